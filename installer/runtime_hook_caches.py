"""Bundle start-up hook: keep matplotlib's font cache in the user's cache folder.

PyInstaller's own matplotlib hook points MPLCONFIGDIR at a fresh temporary folder on every run,
so the font list is rebuilt each time (seconds on a machine with many fonts). A one-folder
bundle does not move between runs, and matplotlib rebuilds the list by itself when a cached
font path disappears, so a persistent folder is safe. The spec drops PyInstaller's hook; this
one runs instead and respects an MPLCONFIGDIR the user set on purpose.
"""

import os
import sys
from pathlib import Path


def _user_cache_dir() -> Path:
    """The platform's per-user cache folder for this program."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Frontier Roadmap" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Frontier Roadmap"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "frontier-roadmap"


def _keep_matplotlib_cache() -> None:
    if os.environ.get("MPLCONFIGDIR"):
        return
    try:
        folder = _user_cache_dir() / "matplotlib"
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):
        return  # no writable home: matplotlib falls back to a temporary folder by itself
    os.environ["MPLCONFIGDIR"] = str(folder)


_keep_matplotlib_cache()
