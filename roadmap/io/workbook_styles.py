"""Cell formats of the exported workbook, made once per workbook and shared by its sheets.

xlsxwriter formats are workbook objects; asking for the same properties twice returns the same
format, so a sheet can ask freely (a workbook holds at most 64,000 distinct formats).
"""

from __future__ import annotations

from datetime import date
from typing import Any

DATE_FORMAT = "yyyy-mm-dd"
FONT = "Calibri"
CJK_FONT = "Microsoft YaHei"  # LibreOffice substitutes an installed CJK font when missing
_EXCEL_EPOCH = 693_594  # date(1899, 12, 30).toordinal(): day 0 of Excel's 1900 date system


def excel_serial(ordinal: int) -> int:
    """The Excel day number of a date given as `date.toordinal()`."""
    return ordinal - _EXCEL_EPOCH


# Excel's 1900 date system counts a 29 February 1900 that never was; earlier days are not dates.
FIRST_EXCEL_DAY = date(1900, 3, 1).toordinal()


def write_date(sheet: Any, row: int, col: int, value: date, fmt: Any) -> None:
    """A real date cell; a day before March 1900, which Excel cannot hold, as ISO text.
    `sheet` is an `xlsx_rows.RowSheet`."""
    ordinal = value.toordinal()
    if ordinal >= FIRST_EXCEL_DAY:
        sheet.put_number(row, col, ordinal - _EXCEL_EPOCH, fmt)
    else:
        sheet.put_string(row, col, value.isoformat(), fmt)


def text_color_on(fill: str) -> str:
    """Black or white, whichever reads better on a `#RRGGBB` fill."""
    red, green, blue = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "#FFFFFF"


class Styles:
    """Formats by their properties, created on first use."""

    def __init__(self, workbook: Any, language: str, font_size: float = 10) -> None:
        self._workbook = workbook
        self._made: dict[tuple[tuple[str, Any], ...], Any] = {}
        self._base: dict[str, Any] = {
            "font_name": CJK_FONT if language == "zh" else FONT,
            "font_size": font_size,
            "valign": "top",
        }
        self.text = self.get()
        self.quoted = self.get(quote_prefix=True)
        self.id = self.get(font_color="#808080")
        self.date = self.get(num_format=DATE_FORMAT)
        self.timestamp = self.get(num_format=DATE_FORMAT + " hh:mm", align="left")
        self.integer = self.get(num_format="0")
        # Table headers carry their own look: not every program draws Excel's table styles.
        self.header = self.get(bold=True, font_color="#FFFFFF", bg_color="#1F4E79", valign="bottom")

    def get(self, **props: Any) -> Any:
        """The format with the house font plus `props`."""
        merged = {**self._base, **props}
        key = tuple(sorted(merged.items()))
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = self._workbook.add_format(merged)
        return found

    def quoted_variant(self, **props: Any) -> Any:
        """`get(**props)` that also keeps formula-like text inert when a person edits it."""
        return self.get(quote_prefix=True, **props)

    def swatch(self, color: str) -> Any:
        """A cell filled with `color`, its text readable on it."""
        return self.get(bg_color=color, font_color=text_color_on(color))

    def dxf(self, **props: Any) -> Any:
        """A format for conditional formatting (fill, font colour, border only)."""
        key = (("dxf", True), *sorted(props.items()))
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = self._workbook.add_format(props)
        return found
