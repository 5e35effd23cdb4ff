"""Where things are on the Timeline sheet: its rows, label columns, words and colours.

Shared by the sheet writer and its conditional formats, which must agree cell for cell.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from roadmap.domain.enums import StepStatus

# (English, Chinese, width) of the label columns left of the bars.
LABELS = (
    ("ID", "ID", 9),
    ("Name", "名称", 40),
    ("Lane", "泳道", 16),
    ("Kind", "类型", 11),
    ("Start", "开始", 10.5),
    ("End", "结束", 10.5),
    ("TRL", "TRL", 6),
    ("Status", "状态", 10),
    ("Owner", "负责机构", 18),
)
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


def display_width(text: str) -> float:
    """Roughly how many character cells `text` takes: wide (CJK) characters count two."""
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def excel_string(text: str) -> str:
    """`text` as a string literal inside a spreadsheet formula."""
    return '"' + text.replace('"', '""') + '"'
