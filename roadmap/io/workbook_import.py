"""Placeholder until this format lands (see the open issues)."""

from __future__ import annotations

from typing import Any, NoReturn

from roadmap.io.exchange import UnsupportedFormat


def read_workbook(*_args: Any) -> NoReturn:
    raise UnsupportedFormat("This format is not available yet; use .json.")
