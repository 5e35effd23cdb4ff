"""The workbook's Baselines sheet (every baseline, read back on import) and Variance sheet
(the plan against one baseline; a report, not read back).

The Baselines sheet has one row per record a baseline keeps — its steps, products and
pathways — under the baseline's ID, name, time, author and note, so a baseline survives a trip
through Excel and comes back as it was. Kinds and statuses are written as their stored codes
(`research`, `planned`…), which read back the same in either language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from roadmap.domain.baseline import (
    PATHWAY_FIELDS,
    PRODUCT_FIELDS,
    STEP_FIELDS,
    Baseline,
    baseline_from_record,
    baseline_record,
)
from roadmap.domain.enums import StepKind, StepStatus
from roadmap.domain.errors import NotFoundError, ValidationError
from roadmap.domain.messages import message
from roadmap.domain.variance import Change, Comparison, Summary
from roadmap.io.enum_labels import label
from roadmap.io.workbook_styles import write_date

if TYPE_CHECKING:
    from roadmap.io.problems import Problems
    from roadmap.io.workbook_timeline import ExportRun

BASELINES_SHEET = ("Baselines", "基线")
VARIANCE_SHEET = ("Variance", "偏差")

# (key, English header, Chinese header, width)
COLUMNS = (
    ("baseline_id", "Baseline ID", "基线 ID", 38),
    ("baseline", "Baseline", "基线", 22),
    ("taken_at", "Taken at", "保存时间", 22),
    ("taken_by", "Taken by", "保存人", 12),
    ("note", "Note", "备注", 24),
    ("record", "Record", "记录类型", 10),
    ("id", "ID", "ID", 38),
    ("name", "Name", "名称", 32),
    ("parent_id", "Pathway or problem ID", "路径或问题 ID", 38),
    ("kind", "Kind", "类型", 12),
    ("start", "Start or launch", "开始或上市", 12),
    ("end", "End", "结束", 12),
    ("status", "Status", "状态", 12),
    ("progress", "Progress", "进度", 9),
    ("trl_start", "TRL start", "起始 TRL", 9),
    ("trl_target", "TRL target", "目标 TRL", 9),
    ("score", "Score", "评分", 8),
    ("rank", "Rank", "排名", 6),
)
KEYS = tuple(c[0] for c in COLUMNS)
_DATES = {"start", "end"}
_NUMBERS = {"progress", "trl_start", "trl_target", "score", "rank"}


def chosen_baseline(baselines: tuple[Baseline, ...], name: str | None) -> Baseline | None:
    """The baseline called `name`, or the latest one; `NotFoundError` for an unknown name."""
    if name is not None:
        for baseline in baselines:
            if baseline.name == name:
                return baseline
        raise NotFoundError("baseline.not_found", name=name)
    return max(baselines, key=lambda b: b.info.taken_at, default=None)


def _header(column: tuple[str, str, str, int], language: str) -> str:
    return column[2] if language == "zh" else column[1]


def _rows_of(baseline: Baseline) -> list[dict[str, Any]]:
    record = baseline_record(baseline)
    label = {k: record[k] for k in ("name", "taken_at", "taken_by", "note")}
    head = {"baseline_id": record["id"], "baseline": label["name"], **label}
    head.pop("name")
    rows: list[dict[str, Any]] = []
    for step in record["steps"]:
        rows.append(
            {
                **head,
                "record": "step",
                **step,
                "parent_id": step["pathway_id"],
                "name": step["name"],
            }
        )
    for product in record["products"]:
        rows.append({**head, "record": "product", **product, "start": product["launch_date"]})
    for pathway in record["pathways"]:
        rows.append({**head, "record": "pathway", **pathway, "parent_id": pathway["problem_id"]})
    return rows or [{**head, "record": ""}]


def write_baselines(run: ExportRun, baselines: tuple[Baseline, ...]) -> None:
    """The Baselines sheet: an Excel table, one row per kept record."""
    language, styles = run.language, run.styles
    ws = run.workbook.add_worksheet(BASELINES_SHEET[1] if language == "zh" else BASELINES_SHEET[0])
    rows = [row for baseline in baselines for row in _rows_of(baseline)]
    ws.add_table(
        0,
        0,
        max(len(rows), 1),
        len(COLUMNS) - 1,
        {
            "name": "Baselines",
            "style": "Table Style Medium 2",
            "columns": [
                {"header": _header(c, language), "header_format": styles.header} for c in COLUMNS
            ],
        },
    )
    for index, column in enumerate(COLUMNS):
        ws.set_column(index, index, column[3])
    ws.freeze_panes(1, 2)
    for offset, values in enumerate(rows):
        row = offset + 1
        for col, key in enumerate(KEYS):
            value = values.get(key)
            if value is None or value == "":
                continue
            if key in _DATES:
                write_date(ws, row, col, date.fromisoformat(value), styles.date)
            elif key in _NUMBERS:
                ws.write_number(row, col, value, styles.text)
            else:
                run.write_text(ws, row, col, str(value), styles.text, styles.quoted, ws.name)
    run.advance(len(rows))


def _cell(value: Any, key: str) -> Any:
    """A cell as the baseline record wants it: dates as ISO text, whole numbers as ints."""
    if value is None or value == "":
        return None
    if key in _DATES:
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return str(value)
    if key in _NUMBERS:
        if isinstance(value, float) and value.is_integer() and key != "score":
            return int(value)
        return value
    return str(value) if key != "taken_at" or not isinstance(value, datetime) else value.isoformat()


def read_baselines(
    name: str, rows: Sequence[Sequence[Any]], problems: Problems
) -> tuple[Baseline, ...]:
    """Baselines from the Baselines sheet's rows (header first); problems say sheet and row."""
    if not rows:
        return ()
    headers = {str(h).strip().casefold(): i for i, h in enumerate(rows[0]) if h is not None}
    where: dict[str, int] = {}
    for column in COLUMNS:
        for text in (column[1], column[2]):
            if text.casefold() in headers:
                where[column[0]] = headers[text.casefold()]
    missing = [c[1] for c in COLUMNS if c[0] not in where]
    if missing:
        problems.append(message("workbook.column_missing", sheet=name, column=missing[0]))
        return ()
    grouped: dict[str, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    for number, values in enumerate(rows[1:], start=2):
        cells = {k: _cell(values[i] if i < len(values) else None, k) for k, i in where.items()}
        key = cells["baseline_id"]
        if key is None:
            continue
        record = grouped.get(key)
        if record is None:
            first_row[key] = number
            record = grouped[key] = {
                "id": key,
                "name": cells["baseline"] or "",
                "taken_at": cells["taken_at"] or "",
                "taken_by": cells["taken_by"] or "",
                "note": cells["note"] or "",
                "steps": [],
                "products": [],
                "pathways": [],
            }
        kind = cells["record"]
        if kind == "step":
            step = {f: cells.get(f) for f in STEP_FIELDS if f != "pathway_id"}
            record["steps"].append({**step, "pathway_id": cells["parent_id"]})
        elif kind == "product":
            fields = {f: cells.get(f) for f in PRODUCT_FIELDS if f != "launch_date"}
            record["products"].append({**fields, "launch_date": cells["start"]})
        elif kind == "pathway":
            fields = {f: cells.get(f) for f in PATHWAY_FIELDS if f != "problem_id"}
            record["pathways"].append({**fields, "problem_id": cells["parent_id"]})
        elif kind is not None:
            problems.append(
                message("workbook.baseline_record", sheet=name, row=number, kind=repr(kind))
            )
    found = []
    for key, record in grouped.items():
        try:
            found.append(baseline_from_record(record))
        except ValidationError as exc:
            place = message("workbook.place_row", sheet=name, row=first_row[key])
            problems.append(message("import.at", place=place, problem=exc.message))
    return tuple(found)


# -- the Variance sheet ------------------------------------------------------------------------

_VARIANCE_COLUMNS = (
    ("id", "ID", "ID", 38),
    ("name", "Step", "步骤", 36),
    ("change", "Change", "变化", 10),
    ("kind", "Kind", "类型", 12),
    ("baseline_start", "Baseline start", "基线开始", 12),
    ("baseline_finish", "Baseline end", "基线结束", 12),
    ("start", "Start", "开始", 12),
    ("finish", "End", "结束", 12),
    ("start_days", "Start variance (days)", "开始偏差（天）", 12),
    ("finish_days", "Finish variance (days)", "完成偏差（天）", 12),
    ("duration_days", "Duration variance (days)", "工期偏差（天）", 12),
    ("status_from", "Baseline status", "基线状态", 12),
    ("status_to", "Status", "状态", 12),
    ("trl_target_from", "Baseline TRL target", "基线目标 TRL", 10),
    ("trl_target_to", "TRL target", "目标 TRL", 10),
)
_CHANGE_WORDS = {
    Change.ADDED: ("added", "新增"),
    Change.REMOVED: ("removed", "删除"),
    Change.CHANGED: ("changed", "变化"),
    Change.UNCHANGED: ("unchanged", "未变"),
}


def summary_zh(summary: Summary) -> str:
    """The one-line summary in Chinese (the English one is `Summary.text`)."""
    parts: list[str] = []
    if summary.steps_later:
        median = summary.median_slip_days or 0
        days = str(int(median)) if float(median).is_integer() else f"{median:.1f}"
        parts.append(f"{summary.steps_later} 个步骤推迟，中位数 {days} 天")
    for n, text in (
        (summary.steps_earlier, "{n} 个步骤提前"),
        (summary.milestones_slipped, "{n} 个里程碑推迟"),
        (summary.steps_added, "新增 {n} 个步骤"),
        (summary.steps_removed, "删除 {n} 个步骤"),
        (summary.steps_cancelled, "取消 {n} 个步骤"),
        (summary.products_later, "{n} 个产品推迟"),
        (summary.products_earlier, "{n} 个产品提前"),
        (summary.pathways_status_changed, "{n} 条路径状态改变"),
        (summary.pathways_rank_changed, "{n} 条路径排名改变"),
    ):
        if n:
            parts.append(text.format(n=n))
    return "；".join(parts) if parts else "没有变化。"


def write_variance(run: ExportRun, comparison: Comparison, baseline: Baseline) -> None:
    """The Variance sheet: a title, the one-line summary, and a table of every step."""
    language, styles = run.language, run.styles
    zh = language == "zh"
    ws = run.workbook.add_worksheet(VARIANCE_SHEET[1 if zh else 0])
    taken = baseline.info.taken_at.strftime("%Y-%m-%d %H:%M")
    title = (
        f"与基线“{baseline.name}”（{taken}）比较"
        if zh
        else f"Compared with baseline “{baseline.name}” ({taken})"
    )
    run.write_text(ws, 0, 0, title, styles.get(bold=True, font_size=14), styles.quoted, ws.name)
    summary = summary_zh(comparison.summary) if zh else comparison.summary.text
    run.write_text(ws, 1, 0, summary, styles.text, styles.quoted, ws.name)
    top = 3
    rows = [v.as_json() for v in comparison.steps]
    ws.add_table(
        top,
        0,
        top + max(len(rows), 1),
        len(_VARIANCE_COLUMNS) - 1,
        {
            "name": "Variance",
            "style": "Table Style Medium 2",
            "columns": [
                {"header": c[2] if zh else c[1], "header_format": styles.header}
                for c in _VARIANCE_COLUMNS
            ],
        },
    )
    for index, column in enumerate(_VARIANCE_COLUMNS):
        ws.set_column(index, index, column[3])
    ws.freeze_panes(top + 1, 2)
    days = {"start_days", "finish_days", "duration_days"}
    for offset, values in enumerate(rows):
        row = top + 1 + offset
        for col, (key, *_rest) in enumerate(_VARIANCE_COLUMNS):
            value = values.get(key)
            if value is None:
                continue
            if key == "change":
                words = _CHANGE_WORDS[Change(value)]
                ws.write_string(row, col, words[1 if zh else 0], styles.text)
            elif key == "kind":
                ws.write_string(row, col, label(StepKind(value), language), styles.text)
            elif key in ("status_from", "status_to"):
                ws.write_string(row, col, label(StepStatus(value), language), styles.text)
            elif key in ("baseline_start", "baseline_finish", "start", "finish"):
                write_date(ws, row, col, date.fromisoformat(value), styles.date)
            elif isinstance(value, int):
                ws.write_number(row, col, value, styles.integer)
            else:
                run.write_text(ws, row, col, str(value), styles.text, styles.quoted, ws.name)
    if rows:  # slips red, gains green, read by the eye before the numbers
        first = top + 1
        for col, (key, *_rest) in enumerate(_VARIANCE_COLUMNS):
            if key not in days:
                continue
            for criteria, color in ((">", "#F4CCCC"), ("<", "#D9EAD3")):
                ws.conditional_format(
                    first,
                    col,
                    first + len(rows) - 1,
                    col,
                    {
                        "type": "cell",
                        "criteria": criteria,
                        "value": 0,
                        "format": styles.dxf(bg_color=color),
                    },
                )
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(top)
    run.advance(len(rows))
