"""What the readers of other tools' files say about a cell, a task or a link they cannot take
— someone's own spreadsheet (roadmap/io/sheet_import.py, loose_dates.py), GanttProject
(gan_import.py), MS Project XML (mspdi_import.py) — and what they leave out, in English and
Chinese; part of `CATALOGUE` (see roadmap/domain/catalogue.py for how to add one)."""

from __future__ import annotations

READER_TEXTS: dict[str, tuple[str, str]] = {
    # -- a cell's value (roadmap/io/loose_dates.py, sheet_import.py; numbers and choices use the
    # import's `value.*` entries) --------------------------------------------------------------
    "cell.not_a_date": ("{value} is not a date", "{value} 不是日期"),
    "cell.wrong_day_order": (
        "{value} does not fit the day/month order chosen",
        "{value} 与所选的日/月顺序不符",
    ),
    # -- someone's own spreadsheet (roadmap/io/sheet_import.py) -----------------------------------
    "sheet.row": ("{sheet} row {row}", "{sheet} 第 {row} 行"),
    "sheet.cell": (
        "{sheet} row {row}, column {column}: {why}.",
        "{sheet} 第 {row} 行，{column} 列：{why}。",
    ),
    "sheet.no_column": (
        "{sheet}: no column {header} in row {row}.",
        "{sheet}：第 {row} 行没有 {header} 列。",
    ),
    "sheet.no_name_column": (
        "{sheet}: no column is mapped to the step name.",
        "{sheet}：没有列对应到步骤名称。",
    ),
    "sheet.no_date_column": (
        "{sheet}: no column is mapped to the start or the end date.",
        "{sheet}：没有列对应到开始或结束日期。",
    ),
    "sheet.key_repeated": (
        "{sheet} row {row}, column {column}: key {key} is also in row {other}; keys must be "
        "unique.",
        "{sheet} 第 {row} 行，{column} 列：键 {key} 也出现在第 {other} 行；键必须唯一。",
    ),
    "sheet.ambiguous_dates": (
        "{sheet}, column {column}: {count} date(s) read either way as day/month (rows {rows}); "
        "choose day first or month first.",
        "{sheet}，{column} 列：{count} 个日期按日/月或月/日都能读（第 {rows} 行）；请选择日在前"
        "或月在前。",
    ),
    "sheet.no_rows": ("{sheet}: no rows below the header row.", "{sheet}：标题行下面没有数据行。"),
    # -- GanttProject and MS Project XML (roadmap/io/gan_import.py, mspdi_import.py) -------------
    "task.at": ("task {id}", "任务 {id}"),
    # the name a summary task without one gets (stored: in the roadmap's language)
    "task.unnamed": ("Task {id}", "任务 {id}"),
    # an MS Project baseline brought in as one of ours (stored: in the roadmap's language)
    "plan.baseline_name": ("Baseline {number} · {file}", "基线 {number} · {file}"),
    "plan.baseline_note": ("from {file}", "来自 {file}"),
    "task.at_named": ("task {id} ({name})", "任务 {id}（{name}）"),
    "task.uid_at": ("task UID {id}", "任务 UID {id}"),
    "task.uid_at_named": ("task UID {id} ({name})", "任务 UID {id}（{name}）"),
    "task.link_at": (
        "task UID {id}, link from UID {other}",
        "任务 UID {id}，来自 UID {other} 的链接",
    ),
    "task.dependency_at": (
        "task {id}, dependency on task {other}",
        "任务 {id}，依赖于任务 {other}",
    ),
    "task.unreadable_dates": (
        "{where}: start {start} or duration {duration} is not readable.",
        "{where}：开始 {start} 或工期 {duration} 无法读取。",
    ),
    "task.duration_range": (
        "{where}: a duration of {days} days is outside 0–{most}.",
        "{where}：工期 {days} 天超出 0–{most}。",
    ),
    "task.complete_not_number": (
        "{where}: complete {value} is not a number.",
        "{where}：完成度 {value} 不是数字。",
    ),
    # -- a file that is not what it says (roadmap/io/zip_guard.py, workbook_sheets.py,
    # xml_guard.py): the reasons inside the refusal -------------------------------------------
    "workbook.damaged": (
        "{name} is damaged or not a workbook; save it again from Excel or LibreOffice as .xlsx.",
        "{name} 已损坏或不是工作簿；请用 Excel 或 LibreOffice 重新另存为 .xlsx。",
    ),
    "workbook.damaged_because": (
        "{name} is damaged or not a workbook ({why}); save it again from Excel or LibreOffice "
        "as .xlsx.",
        "{name} 已损坏或不是工作簿（{why}）；请用 Excel 或 LibreOffice 重新另存为 .xlsx。",
    ),
    "workbook.why_parts": ("it holds {count} parts", "其中有 {count} 个部件"),
    "workbook.why_missing": ("no {part} inside", "其中没有 {part}"),
    "workbook.why_too_big": (
        "it unpacks to more than a workbook can hold",
        "解压后超出了工作簿能容纳的大小",
    ),
    "workbook.why_ratio": (
        "it is compressed beyond any real workbook",
        "压缩比超出了任何真实的工作簿",
    ),
    "workbook.why_doctype": ("{part} declares a document type", "{part} 声明了文档类型"),
    "workbook.why_entities": ("it declares XML entities", "其中声明了 XML 实体"),
    "workbook.why_row_beyond": (
        "row {row} is beyond the last row {last}",
        "第 {row} 行超出了最后一行（第 {last} 行）",
    ),
    "workbook.why_column_beyond": (
        "column {column} is beyond the last column XFD",
        "第 {column} 列超出了最后一列 XFD",
    ),
    "xml.why_too_large": ("larger than {mb} MB", "大于 {mb} MB"),
    "xml.why_doctype": (
        "it declares a document type or entities",
        "其中声明了文档类型或实体",
    ),
    "xml.why_error": ("XML error: {detail}", "XML 错误：{detail}"),
    # -- what a reader leaves out (roadmap/io/foreign_plan.py left_out_summary) -------------------
    "left_out.line": ("{count} {what}: {names}", "{what} {count} 项：{names}"),
    "left_out.more": ("… ({count} more)", "……（另有 {count} 项）"),
    "left_out.assignment": ("task {task} ← resource {resource}", "任务 {task} ← 资源 {resource}"),
    "left_out.vacation": (
        "resource {resource}: {start} – {end}",
        "资源 {resource}：{start} – {end}",
    ),
    "left_out.unnamed": ("unnamed", "未命名"),
    "left_out.ff_links": ("finish-to-finish links", "完成-完成链接"),
    "left_out.sf_links": ("start-to-finish links", "开始-完成链接"),
    "left_out.summary_links": ("links to or from summary tasks", "连到或来自摘要任务的链接"),
    "left_out.other_project_links": ("links to other projects", "连到其他项目的链接"),
    "left_out.percent_lags": (
        "lags given as a percentage (links kept without the lag)",
        "以百分比给出的延隔（链接保留，但不带延隔）",
    ),
    "left_out.calendars": ("calendars", "日历"),
    "left_out.resources": ("resources", "资源"),
    "left_out.resource_assignments": ("resource assignments", "资源分配"),
    "left_out.resource_allocations": ("resource allocations", "资源分配"),
    "left_out.resource_vacations": ("resource vacations", "资源休假"),
    "left_out.holidays": ("holidays", "节假日"),
    "left_out.tasks_with_costs": ("tasks with costs", "带成本的任务"),
    "left_out.custom_fields": ("custom fields", "自定义字段"),
    "left_out.custom_columns": ("custom columns", "自定义列"),
}
