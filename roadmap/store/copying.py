"""Copying a roadmap file whole: a consistent snapshot through SQLite's backup API, written to
a temporary file beside the target, fsynced and renamed into place.

Save As, the rotating backups and the read-only migration of an older file use it. It sits
below `document` and `backups`, so the document can make backups and backups can copy files
without the two modules importing each other.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from roadmap.atomic_files import replacing
from roadmap.store.inspection import read_only


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of `source` to `target` atomically (backup API, fsync, rename)."""
    with (
        replacing(target.resolve()) as tmp,
        closing(read_only(source)) as src,
        closing(sqlite3.connect(tmp)) as dst,
    ):
        src.backup(dst)
