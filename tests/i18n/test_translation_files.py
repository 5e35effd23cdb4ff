"""The translations are complete, current and compiled.

A .ts file must have no unfinished, obsolete or vanished entries; it must hold exactly the
strings the UI's code has today (lupdate run now would add or drop nothing); the committed .qm
must be what lrelease makes of the .ts; and a translation must keep the placeholders and the
keyboard mnemonic of its English source.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("frontier_roadmap_*.ts"))
BIN = Path(sys.executable).parent
LUPDATE = BIN / "pyside6-lupdate"
LRELEASE = BIN / "pyside6-lrelease"
UI_SOURCES = [*sorted((ROOT / "roadmap" / "ui").rglob("*.py")), ROOT / "roadmap" / "app.py"]

needs_lupdate = pytest.mark.skipif(not LUPDATE.exists(), reason="no pyside6-lupdate")
needs_lrelease = pytest.mark.skipif(not LRELEASE.exists(), reason="no pyside6-lrelease")
by_file = pytest.mark.parametrize("ts", TS_FILES, ids=[p.stem for p in TS_FILES])


def messages(ts: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(ts).getroot().iter("message"))


def sources(ts: Path) -> set[tuple[str, str]]:
    """(context, source text) of every live message."""
    found = set()
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind not in ("obsolete", "vanished"):
                found.add((name, message.findtext("source") or ""))
    return found


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-z_]*\}|%\d|%n", text))


def mnemonic(text: str) -> bool:
    return re.search(r"(?<!&)&(?!&)\S", text) is not None


def test_there_is_a_chinese_translation() -> None:
    assert [p.name for p in TS_FILES] == ["frontier_roadmap_zh_CN.ts"]
    assert len(messages(TS_FILES[0])) > 100


@by_file
def test_every_entry_is_finished(ts: Path) -> None:
    problems = []
    for message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{kind}: {source!r}")
        elif translation is not None and not (translation.text or "").strip():
            problems.append(f"empty: {source!r}")
    assert problems == [], f"{ts.name} is not finished:\n" + "\n".join(problems)


@by_file
def test_translations_keep_placeholders_and_mnemonics(ts: Path) -> None:
    problems = []
    for message in messages(ts):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        if placeholders(source) != placeholders(text):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        if mnemonic(source) != mnemonic(text):
            problems.append(f"mnemonic lost or added: {source!r} -> {text!r}")
    assert problems == [], "\n".join(problems)


@needs_lupdate
@by_file
def test_ts_holds_exactly_the_strings_of_the_code(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.name
    subprocess.run(
        [str(LUPDATE), *map(str, UI_SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    current, committed = sources(fresh), sources(ts)
    missing = sorted(text for _, text in current - committed)
    stale = sorted(text for _, text in committed - current)
    hint = "; run .venv/bin/python installer/update_translations.py and translate"
    assert missing == [], f"strings of the code missing from {ts.name}{hint}: {missing}"
    assert stale == [], f"{ts.name} keeps strings the code no longer has{hint}: {stale}"


@needs_lrelease
@by_file
def test_committed_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing"
    fresh = tmp_path / qm.name
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is older than {ts.name}; run installer/update_translations.py --compile"
    )


def test_the_check_sees_an_unfinished_entry(tmp_path: Path) -> None:
    ts = tmp_path / "frontier_roadmap_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context>'
        "<name></name><message><source>Open {name}</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Gone</source>"
        '<translation type="vanished">Weg</translation></message></context></TS>',
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match=r"unfinished: 'Open \{name\}'"):
        test_every_entry_is_finished(ts)
    with pytest.raises(AssertionError, match="vanished: 'Gone'"):
        test_every_entry_is_finished(ts)
    assert sources(ts) == {("", "Open {name}")}
    assert placeholders("Open {name} in %1") == ["%1", "{name}"]
    assert mnemonic("&File") and mnemonic("文件(&F)") and not mnemonic("R&&D")


def test_update_script_knows_the_same_sources() -> None:
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "installer"))
    assert update_translations.ui_sources() == UI_SOURCES
    assert [update_translations.ts_path(loc) for loc in update_translations.LOCALES] == TS_FILES
