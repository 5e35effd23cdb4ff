"""The command line's words in the user's language (`preferred_language`: LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), argparse's own complaints included.

Python's argparse asks `gettext` for each English template when it builds a complaint; while a
command line is read in Chinese, `argparse_speaking` answers those questions from the
catalogue's `argparse.*` entries (roadmap/domain/catalogue_cli.py), and gives argparse its own
function back afterwards.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from roadmap.domain.catalogue import CATALOGUE


@contextmanager
def argparse_speaking(language: str) -> Iterator[None]:
    if language != "zh":
        yield
        return
    chinese = {en: zh for code, (en, zh) in CATALOGUE.items() if code.startswith("argparse.")}
    original: Callable[[str], str] = getattr(argparse, "_")  # noqa: B009 (argparse's gettext)

    def translate(text: str) -> str:
        return chinese.get(text) or original(text)

    setattr(argparse, "_", translate)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", original)  # noqa: B010


def translate_help(parser: argparse.ArgumentParser, language: str) -> None:
    """Put the catalogue's Chinese in place of each help text the parser was built with
    (`help.*`, roadmap/domain/catalogue_help.py), in every subcommand too; nothing for English.
    Build the parser inside `argparse_speaking` so argparse's own texts follow as well."""
    if language != "zh":
        return
    chinese = {en: zh for code, (en, zh) in CATALOGUE.items() if code.startswith("help.")}
    seen: set[int] = set()

    def walk(each: argparse.ArgumentParser) -> None:
        if id(each) in seen:
            return
        seen.add(id(each))
        if each.description:
            each.description = chinese.get(each.description, each.description)
        for action in each._actions:
            if isinstance(action.help, str):
                action.help = chinese.get(action.help, action.help)
            if isinstance(action, argparse._SubParsersAction):
                for listed in action._choices_actions:
                    if isinstance(listed.help, str):
                        listed.help = chinese.get(listed.help, listed.help)
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
