"""Text as a spreadsheet cell may hold it: no control characters, no more than Excel allows.

Spreadsheets treat text that starts with `=`, `+`, `-` or `@` as a formula when a person edits
the cell or opens a CSV file; a roadmap's notes must never run as formulas, so writers ask
`looks_like_formula` and keep such text inert.
"""

from __future__ import annotations

import re

MAX_CELL_CHARS = 32_767

# C0 controls except tab, line feed and carriage return; DEL and the C1 controls; lone
# surrogates and the two non-characters XML cannot carry.
CONTROL_CHARACTERS = _CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
)
_FORMULA_START = ("=", "+", "-", "@")
# Text starting with none of these is not formula-like (the common case, decided at once).
FORMULA_FIRST = frozenset("=+-@\t\r\n ")
# Workbook XML spells control characters as _xHHHH_ (ECMA-376 ST_Xstring). xlsxwriter writes
# them so and protects literal look-alikes as _x005F_xHHHH_; openpyxl undoes the protection but
# leaves the control escapes, so a reader turns those back (only those: other _xHHHH_ is text).
_CONTROL_ESCAPE = re.compile("_x(00[01][0-9A-Fa-f])_")


def clean(text: str) -> tuple[str, bool]:
    """`text` without control characters, cut to Excel's cell limit; and whether it was cut."""
    text = _CONTROL.sub("", text)
    if len(text) > MAX_CELL_CHARS:
        return text[:MAX_CELL_CHARS], True
    return text, False


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula (also after leading tab/CR/LF)."""
    if not text or text[0] not in FORMULA_FIRST:
        return False  # the common case, decided by the first character alone
    return text.lstrip("\t\r\n ").startswith(_FORMULA_START)


def inert_for_csv(text: str) -> str:
    """`text` as a CSV cell Excel will not evaluate: formula-like text gets a leading quote."""
    return "'" + text if looks_like_formula(text) else text


def unescape_from_xlsx(text: str) -> str:
    """Text as a spreadsheet shows it: control-character escapes (`_x000D_`) turned back."""
    if "_x" not in text:
        return text
    return _CONTROL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
