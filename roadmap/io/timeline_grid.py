"""Where things are on the Timeline sheet: its rows, label columns, words and colours.

Shared by the sheet writer and its conditional formats, which must agree cell for cell.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from roadmap.domain.enums import StepStatus

# (English, Chinese, width) of the label columns left of the bars. Narrow enough that the
# sheet prints one page wide at a readable size: names and owners wrap instead of widening.
LABELS = (
    ("ID", "ID", 9),  # hidden: kept for the round trip, not for the reader
    ("Name", "名称", 30),
    ("Lane", "泳道", 12),
    ("Kind", "类型", 11),
    ("Start", "开始", 10),
    ("End", "结束", 10),
    ("TRL", "TRL", 5),
    ("Status", "状态", 9.5),
    ("Owner", "负责机构", 17),
)
COL_NAME, COL_STATUS, COL_OWNER = 1, 7, 8
FONT_SIZE = 11  # the Timeline's text, chosen with the widths above for print
LINE_HEIGHT = 15  # points per line of FONT_SIZE text
COL_LANE, COL_KIND, COL_START, COL_END = 2, 3, 4, 5
SPACER = len(LABELS)  # a narrow column between the labels and the bars
FIRST_PERIOD = SPACER + 1
ROW_TITLE, ROW_SUBTITLE, ROW_LANES, ROW_STATUS = 0, 1, 2, 3
ROW_PERIOD_FIRST, ROW_PERIOD_LAST = 4, 5  # hidden: each period's first and last day
ROW_YEARS, ROW_HEADER, FIRST_ROW = 6, 7, 8
MAX_PERIODS = 16_384 - FIRST_PERIOD
MILESTONE = "◆"

WORDS = {
    "problem": ("Problem", "问题"),
    "pathway": ("Pathway", "路径"),
    "lanes": ("Lanes", "泳道"),
    "status": ("Status", "状态"),
    "milestone": ("◆ Milestone / decision gate", "◆ 里程碑 / 决策关口"),
    "today": ("Today", "今天"),
    "horizon": ("Horizon", "规划期"),
    "by": ("by", "按"),
    "exported": ("exported", "导出于"),
    "steps": ("steps", "个步骤"),
}
STATUS_LOOK: dict[StepStatus, dict[str, Any]] = {
    StepStatus.PLANNED: {"font_color": "#595959"},
    StepStatus.IN_PROGRESS: {"font_color": "#1F4E79", "bold": True},
    StepStatus.DONE: {"font_color": "#2E7D32"},
    StepStatus.AT_RISK: {"font_color": "#C00000", "bold": True, "bg_color": "#FCE4D6"},
    StepStatus.CANCELLED: {"font_color": "#808080", "font_strikeout": True},
}
PROBLEM_BAR, PATHWAY_BAR, TODAY = "#404040", "#A6A6A6", "#E00000"


def word(key: str, language: str) -> str:
    """A word of the Timeline sheet in `language`."""
    en, zh = WORDS[key]
    return zh if language == "zh" else en


def col_name(col: int) -> str:
    """The spreadsheet letters of a 0-based column index (0 → A, 26 → AA)."""
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return name


NARROW = 1.1  # character cells a narrow (Latin) character takes; a wide one takes 2


def display_width(text: str) -> float:
    """Roughly how many character cells `text` takes: wide (CJK) characters count two."""
    if text.isascii():  # no wide characters, without asking unicodedata per letter
        return NARROW * len(text)
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else NARROW for ch in text)


@lru_cache(maxsize=4096)
def wrapped_lines(text: str, room: float) -> int:
    """How many lines `text` takes when wrapped at word boundaries (or between CJK
    characters) into lines of `room` character cells, as `display_width` counts them.

    Remembered: the Timeline sheet asks it for every cell of every row, and most of those
    texts repeat (lanes, kinds, statuses, owners) — measuring them anew was a quarter of
    exporting L. Texts that seldom repeat (names) are better measured by `count_lines`."""
    return count_lines(text, room)


_CJK = "\u2e80-\u9fff\uf900-\uffef"
_WORD = re.compile(f"[^\\s{_CJK}]+|[{_CJK}]")
_ANY_CJK = re.compile(f"[{_CJK}]")


def count_lines(text: str, room: float) -> int:
    """`wrapped_lines` without remembering the answer."""
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        # Words are runs of anything but spaces and CJK characters, each CJK character a word
        # of its own; without CJK characters they are what str.split finds (its whitespace
        # is the regular expression's \s), several times faster.
        words = (
            paragraph.split() if _ANY_CJK.search(paragraph) is None else _WORD.findall(paragraph)
        )
        for word_ in words:
            # display_width's ASCII case in line: this loop runs for every word of L's names.
            need = NARROW * len(word_) if word_.isascii() else display_width(word_)
            gap = 0.0 if used == 0 or ord(word_[0]) >= 0x2E80 else NARROW  # a space
            if used and used + gap + need > room:
                lines += 1
                used = need
            else:
                used += gap + need
            while used > room:  # a word longer than a line breaks inside it
                lines += 1
                used -= room
    return max(lines, 1)


def excel_string(text: str) -> str:
    """`text` as a string literal inside a spreadsheet formula."""
    return '"' + text.replace('"', '""') + '"'
