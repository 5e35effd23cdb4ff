"""Re-extract the UI's strings into the .ts files and compile them to .qm.

    .venv/bin/python installer/update_translations.py           extract, then compile
    .venv/bin/python installer/update_translations.py --compile  compile only

Extraction runs `pyside6-lupdate` over roadmap/ui/**/*.py and roadmap/app.py into every
resources/translations/frontier_roadmap_<locale>.ts: new strings arrive as unfinished, strings
no longer in the code are dropped (-no-obsolete), translations already made are kept. Translate
the unfinished ones (Qt Linguist: `.venv/bin/pyside6-linguist FILE.ts`), then run this again to
compile each .ts with `pyside6-lrelease` into the .qm beside it, which the app loads.
tests/i18n fails while a .ts has unfinished or obsolete entries, misses a string of the code,
or does not match its committed .qm.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LOCALES = ("zh_CN",)


def tool(name: str) -> str:
    """The PySide6 tool `name` of the Python running this script (it sits beside it)."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def ts_path(locale: str) -> Path:
    return TRANSLATIONS / f"frontier_roadmap_{locale}.ts"


def ui_sources() -> list[Path]:
    """The Python files whose tr() strings the app shows."""
    return [*sorted((ROOT / "roadmap" / "ui").rglob("*.py")), ROOT / "roadmap" / "app.py"]


def extract(ts: Path, *, keep_obsolete: bool = False) -> None:
    """Run lupdate over the UI sources into `ts` (created when missing)."""
    command = [tool("pyside6-lupdate"), *map(str, ui_sources()), "-ts", str(ts)]
    if not keep_obsolete:
        command.insert(1, "-no-obsolete")
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm` with lrelease."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for locale in LOCALES:
        ts = ts_path(locale)
        if not args.compile:
            extract(ts)
        compile_ts(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
