"""Where the program's own files are: in a checkout, an installed wheel, or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder (icons, translations, samples), wherever the program runs from."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    checkout = package.parent / "resources"
    if checkout.is_dir():
        return checkout
    return package / "_resources"  # an installed wheel (see setup.py)


def sample_path(language: str) -> Path:
    return resources_dir() / "samples" / f"sample-{language}.json"


def reports_dir() -> Path:
    """Where the CLI writes the details of a refusal (a check's output, import problems)."""
    import os

    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "frontier-roadmap" / "reports"
