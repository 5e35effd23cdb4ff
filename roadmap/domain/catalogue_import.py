"""The words of an import's per-line problems — where in the file (sheet, row, column; JSON
path and field) and what is wrong with a value — in English and Chinese; part of `CATALOGUE`
(see roadmap/domain/catalogue.py for how to add one)."""

from __future__ import annotations

IMPORT_TEXTS: dict[str, tuple[str, str]] = {
    # -- what is wrong with one value (roadmap/io/records.py) ---------------------------------
    "value.empty": ("is empty", "为空"),
    "value.missing": ("is missing", "缺失"),
    "value.unknown_field": ("is not a field of this record", "不是该记录的字段"),
    "value.not_ids": ("{value} is not a list of IDs", "{value} 不是 ID 列表"),
    "value.not_date": (
        "{value} is not a date (use YYYY-MM-DD)",
        "{value} 不是日期（请用 YYYY-MM-DD）",
    ),
    "value.not_one_of": ("{value} is not one of {choices}", "{value} 不是 {choices} 之一"),
    "value.not_whole": ("{value} is not a whole number", "{value} 不是整数"),
    "value.not_number": ("{value} is not a number", "{value} 不是数字"),
    "value.not_finite": ("{value} is not a finite number", "{value} 不是有限的数字"),
    "value.not_text": ("is not text", "不是文本"),
    "value.unexpected_type": ("{value} has an unexpected type", "{value} 的类型不符合要求"),
    "value.other": ("{text}", "{text}"),
    # -- where in a workbook (roadmap/io/workbook_import.py) ----------------------------------
    "workbook.sheet_missing": ("Sheet {en} ({zh}) is missing.", "缺少工作表 {en}（{zh}）。"),
    "workbook.no_header": (
        "{sheet}: no header row with an ID column in the first rows.",
        "{sheet}：前几行中没有带 ID 列的表头行。",
    ),
    "workbook.column_missing": (
        "{sheet}: column {column} is missing.",
        "{sheet}：缺少 {column} 列。",
    ),
    "workbook.cell": (
        "{sheet} row {row}, column {column}: {problem}.",
        "{sheet} 第 {row} 行，{column} 列：{problem}。",
    ),
    "workbook.cell_empty": (
        "{sheet} row {row}, column {column} is empty.",
        "{sheet} 第 {row} 行，{column} 列为空。",
    ),
    "workbook.about_cell": (
        "{sheet} row {row} ({item}): {problem}.",
        "{sheet} 第 {row} 行（{item}）：{problem}。",
    ),
    "workbook.about_missing": ("{sheet}: the {item} row is missing.", "{sheet}：缺少“{item}”行。"),
    "workbook.about_empty": (
        "{sheet} row {row} ({item}) is empty.",
        "{sheet} 第 {row} 行（{item}）为空。",
    ),
    "workbook.baseline_record": (
        "{sheet} row {row}: record {kind} is not step, product or pathway.",
        "{sheet} 第 {row} 行：记录 {kind} 不是步骤、产品或路径。",
    ),
    "workbook.sheet_problem": ("{sheet}: {problem}.", "{sheet}：{problem}。"),
    "workbook.place_sheet": ("{sheet}", "{sheet}"),
    "workbook.place_row": ("{sheet} row {row}", "{sheet} 第 {row} 行"),
    "workbook.place_column": ("{sheet}, column {column}", "{sheet}，{column} 列"),
    "workbook.place_cell": (
        "{sheet} row {row}, column {column}",
        "{sheet} 第 {row} 行，{column} 列",
    ),
    # -- where in a JSON file (roadmap/io/json_format.py) -------------------------------------
    "json.roadmap_missing": (
        'roadmap: the "roadmap" object is missing.',
        "roadmap：缺少“roadmap”对象。",
    ),
    "json.field_problem": ("{place}, field {field}: {problem}", "{place}，字段 {field}：{problem}"),
    "json.place_field": ("{place}, field {field}", "{place}，字段 {field}"),
    "json.not_list": ("{name}: must be a list of records.", "{name}：必须是记录列表。"),
    "json.not_object": ("{place}: must be an object.", "{place}：必须是对象。"),
    "json.baselines_not_list": (
        "baselines: must be a list of baselines.",
        "baselines：必须是基线列表。",
    ),
    "json.baseline_twice": (
        "baselines: the name {name} is used twice.",
        "baselines：名称 {name} 被使用了两次。",
    ),
    "json.lineage_not_list": ("lineage: must be a list of records.", "lineage：必须是记录列表。"),
}
