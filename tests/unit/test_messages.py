"""Refusals carry a code and parameters and read well in English and in Chinese.

The catalogue is the one place of their words: every code raised in the code is in it, both
languages keep the same placeholders, the UI's translation file holds the same Chinese, and the
command line follows the locale.
"""

from __future__ import annotations

import ast
import re
import sys
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from roadmap.domain.catalogue import CATALOGUE
from roadmap.domain.entities import EntityKind, Step
from roadmap.domain.enums import StepKind
from roadmap.domain.errors import NotFoundError, RoadmapError, ValidationError
from roadmap.domain.messages import Message, message, preferred_language
from roadmap.domain.rules import validate

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
HAN = re.compile(r"[\u4e00-\u9fff]")


def step(**changes: object) -> Step:
    values: dict[str, object] = {
        "id": "s1",
        "pathway_id": "p1",
        "lane_id": "l1",
        "name": "Tape-out",
        "start": date(2027, 3, 1),
        "end": date(2027, 6, 30),
    }
    values.update(changes)
    return Step(**values)  # type: ignore[arg-type]


def refusal(entity: Step) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate(entity)
    return caught.value


def test_every_entry_has_both_languages_with_the_same_placeholders() -> None:
    problems = []
    for code, (english, chinese) in CATALOGUE.items():
        if not english.strip() or not chinese.strip():
            problems.append(f"{code}: empty text")
        if sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(chinese)):
            problems.append(f"{code}: placeholders differ")
        if any(not re.fullmatch(r"[a-z_]+", name) for name in PLACEHOLDER.findall(english)):
            problems.append(f"{code}: placeholders are lowercase names")
    assert problems == []


def test_one_english_text_has_one_chinese_text() -> None:
    # The UI translates by the English text: two entries sharing it must agree.
    seen: dict[str, str] = {}
    clashes = []
    for english, chinese in CATALOGUE.values():
        if seen.setdefault(english, chinese) != chinese:
            clashes.append(english)
    assert clashes == []


def raised_codes(source: str) -> list[tuple[int, str | None]]:
    """(line, code) of every error raised or message built with a literal first argument;
    code None when that argument is text written in place (an f-string or a sentence)."""
    found: list[tuple[int, str | None]] = []
    for node in ast.walk(ast.parse(source)):
        call = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
            name = call.func.id if isinstance(call.func, ast.Name) else ""
            if not re.search(r"(Error|Problems|File|Format|Cancelled|Chart|Font)$", name):
                continue
            if name in ("ValueError", "TypeError", "KeyError", "FieldError"):
                continue
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "message"
        ):
            call = node
        if call is None or not call.args:
            continue
        first = call.args[0]
        if isinstance(first, ast.JoinedStr):
            found.append((node.lineno, None))
        elif isinstance(first, ast.Constant) and isinstance(first.value, str):
            code = first.value
            found.append((node.lineno, code if re.fullmatch(r"[a-z_.]+", code) else None))
    return found


def test_the_scan_finds_text_written_in_place() -> None:
    source = (
        'raise ValidationError(f"{x} is bad")\n'
        'raise DocumentError("The file is bad.")\n'
        'raise NotFoundError("record.not_found", kind=k, id=i)\n'
        'm = message("nope.missing")\n'
    )
    assert raised_codes(source) == [
        (1, None),
        (2, None),
        (3, "record.not_found"),
        (4, "nope.missing"),
    ]


def test_every_code_raised_is_in_the_catalogue() -> None:
    problems = []
    for path in sorted((ROOT / "roadmap").rglob("*.py")):
        relative = path.relative_to(ROOT)
        for line, code in raised_codes(path.read_text(encoding="utf-8")):
            if code is None:
                problems.append(f"{relative}:{line}: text written in place, not a catalogue code")
            elif code not in CATALOGUE:
                problems.append(f"{relative}:{line}: {code} is not in roadmap/domain/catalogue.py")
    assert problems == []


def test_a_refusal_reads_in_english_and_in_chinese() -> None:
    error = refusal(step(start=date(2027, 6, 1), end=date(2027, 5, 1)))
    assert error.code == "step.end_before_start"
    assert str(error) == (
        'step "Tape-out": end 2027-05-01 is before start 2027-06-01; '
        "set the end on or after the start."
    )
    chinese = error.render("zh")
    assert chinese == (
        "步骤“Tape-out”：结束日期 2027-05-01 早于开始日期 2027-06-01；"
        "请把结束日期设在开始日期当天或之后。"
    )


def test_enum_parameters_are_named_in_the_language() -> None:
    error = refusal(step(step_kind=StepKind.DECISION_GATE))
    assert "a decision gate happens on one day" in error.render("en")
    assert "决策关口只发生在一天" in error.render("zh")
    missing = NotFoundError("record.not_found", kind=EntityKind.FIGURE_OF_MERIT, id="f9")
    assert missing.render("en") == "There is no figure of merit with ID f9."
    assert missing.render("zh") == "不存在 ID 为 f9 的性能指标。"


def test_lists_of_messages_render_one_per_line() -> None:
    lines = [message("dependency.on_itself"), message("roadmap.more_problems", count=3)]
    shown = Message("roadmap.invalid", {"lines": lines}).render("zh")
    assert shown == "步骤不能依赖自身。\n……另有 3 条。"


def test_an_unknown_code_shows_itself_instead_of_failing() -> None:
    assert str(RoadmapError("no.such_code")) == "no.such_code"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANGUAGE": "zh_CN:en"}, "zh"),
        ({"LANGUAGE": "en:zh_CN", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_locale(environ: dict[str, str], language: str) -> None:
    assert preferred_language(environ) == language


def test_the_ui_source_of_the_catalogue_is_current() -> None:
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "installer"))
    generated = (ROOT / "roadmap" / "ui" / "catalogue_texts.py").read_text(encoding="utf-8")
    hint = "run .venv/bin/python installer/update_translations.py"
    assert generated == update_translations.catalogue_source(), hint


def test_the_translation_file_holds_the_catalogue_chinese() -> None:
    ts = ROOT / "resources" / "translations" / "frontier_roadmap_zh_CN.ts"
    shown: dict[str, str] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "Messages":
            for entry in context.iter("message"):
                shown[entry.findtext("source") or ""] = entry.findtext("translation") or ""
    expected = {english: chinese for english, chinese in CATALOGUE.values()}
    hint = "run .venv/bin/python installer/update_translations.py"
    assert shown == expected, hint
    untranslated = [
        text
        for text in shown.values()
        if not HAN.search(text) and re.search("[a-z]{3}", PLACEHOLDER.sub("", text))
    ]
    assert untranslated == []
