"""Text in the order people read numbers in it: "Patent 2" before "Patent 10", case ignored.

Plain Python, so the tables the helper process works out (`services/transfer_tables.py`) sort
their names as the window's tables do (`ui/tables.py`, `ui/keyed_rows.py`)."""

from __future__ import annotations

import re
from functools import lru_cache

_DIGITS = re.compile(r"(\d+)")


@lru_cache(maxsize=65536)
def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts text as people read it: "Patent 2" before "Patent 10", case ignored. (Kept for
    texts seen before: a big table's columns repeat a few names thousands of times.)"""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _DIGITS.split(text)
        if part
    )
