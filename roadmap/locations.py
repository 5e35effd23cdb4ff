"""Where the program's own files are: in a checkout, an installed wheel, or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder (icons, translations, samples), wherever the program runs from."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    from importlib.resources import files

    return Path(str(files("roadmap._resources")))


def sample_path(language: str) -> Path:
    return resources_dir() / "samples" / f"sample-{language}.json"
