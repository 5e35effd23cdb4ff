"""The command line's longer reports — `repo list`, `portfolio`, `check --repair`, `check
--recover-to` — in English and Chinese; part of `CATALOGUE` (see roadmap/domain/catalogue.py
for how to add one). The enum entries name the keys of the portfolio's counts."""

from __future__ import annotations

REPORT_TEXTS: dict[str, tuple[str, str]] = {
    # -- `roadmap repo list URL` (roadmap/cli_repository.py) ------------------------------------
    "repo.list_title": ("{id}  {title}", "{id}  {title}"),
    "repo.list_detail": (
        "    version {version}, by {by} at {when}; {counts}",
        "    版本 {version}，{by} 于 {when} 发布；{counts}",
    ),
    # -- `roadmap portfolio URL|FOLDER` (roadmap/cli_repository.py) -----------------------------
    "portfolio.heading": ("{count} roadmaps (as of {today})", "{count} 份路线图（截至 {today}）"),
    "portfolio.line": ("  {title}: {counts}", "  {title}：{counts}"),
    "portfolio.count": ("{name} {count}", "{name} {count}"),
    "portfolio.none": ("none", "无"),
    "portfolio.problems_in": ("problems in {sector}", "{sector}的问题"),
    "portfolio.no_sector": ("(no sector)", "（未填行业）"),
    "portfolio.pathways_by_status": ("pathways by status", "按状态的路径"),
    "portfolio.trl_today": ("pathways by TRL today", "按当前 TRL 的路径"),
    "portfolio.trl_at_horizon": ("pathways by TRL at the horizon", "按期末 TRL 的路径"),
    "portfolio.products_by_launch_year": ("products by launch year", "按上市年份的产品"),
    "portfolio.patents_by_status": ("patents by status", "按状态的专利"),
    "portfolio.licences_by_kind": ("licences by kind", "按类型的许可"),
    "portfolio.moves_by_direction": ("talent moves by direction", "按方向的人才流动"),
    "portfolio.shared_organizations": (
        "  organizations in several roadmaps: {organizations}",
        "  出现在多份路线图中的组织：{organizations}",
    ),
    "portfolio.organization": ("{name} ({count})", "{name}（{count}）"),
    "portfolio.due": (
        "  milestones and gates due in the next 12 months: {count}",
        "  未来 12 个月内到期的里程碑和决策关口：{count}",
    ),
    "portfolio.due_line": (
        "    {date}  {step} ({kind}) — {roadmap}",
        "    {date}  {step}（{kind}）— {roadmap}",
    ),
    "priority.high": ("high", "高"),
    "priority.medium": ("medium", "中"),
    "priority.low": ("low", "低"),
    "pathway_status.proposed": ("proposed", "提出"),
    "pathway_status.exploring": ("exploring", "探索中"),
    "pathway_status.selected": ("selected", "已选定"),
    "pathway_status.parked": ("parked", "搁置"),
    "pathway_status.dropped": ("dropped", "放弃"),
    "license_kind.exclusive": ("exclusive", "独占许可"),
    "license_kind.non_exclusive": ("non-exclusive", "普通许可"),
    "license_kind.assignment": ("assignment", "转让"),
    "direction.research_to_industry": ("research to industry", "科研到产业"),
    "direction.industry_to_research": ("industry to research", "产业到科研"),
    "direction.university_institute": ("between university and institute", "高校与院所之间"),
    "direction.other": ("other", "其他"),
    # -- `roadmap check FILE --repair` (roadmap/store/repair.py RepairReport) ---------------------
    "repair.not_damaged": (
        "{name} is not damaged; nothing to repair.",
        "{name} 没有损坏，无需修复。",
    ),
    "repair.saved": (
        "Saved what could be read of {name} into {target}:",
        "已将 {name} 中能读出的内容保存到 {target}：",
    ),
    "repair.table": ("  {table}: {recovered} recovered", "  {table}：恢复 {recovered} 行"),
    "repair.table_lost": (
        "  {table}: {recovered} recovered ({lost})",
        "  {table}：恢复 {recovered} 行（{lost}）",
    ),
    "repair.refused": ("{count} refused", "{count} 行被拒绝"),
    "repair.unreadable": ("some rows unreadable", "部分行无法读取"),
    "repair.changed": ("{count} changed", "{count} 行有改动"),
    "repair.row": ("row {id}: {why}", "第 {id} 行：{why}"),
    "repair.column": ("column {column}: {value} {says}", "{column} 列：{value} {says}"),
    "repair.column_why": ("column {column}: {why}", "{column} 列：{why}"),
    "repair.renamed": ("row {id}: renamed {old} to {new}", "第 {id} 行：{old} 已改名为 {new}"),
    "repair.why_lost_reference": (
        "it refers to a row that was lost",
        "它引用的行已丢失",
    ),
    "repair.why_repeated": (
        "another row with the same key came across first",
        "已有键相同的另一行被恢复",
    ),
    "repair.why_empty": ("a value it needs is empty", "缺少必需的值"),
    "repair.why_rule": ("a value breaks a rule of the file", "有值违反了文件的规则"),
    "repair.why_sqlite": ("SQLite would not write it ({reason})", "SQLite 无法写入（{reason}）"),
    "repair.why_unusable": ("it cannot be used ({reason})", "无法使用（{reason}）"),
    "repair.link_lost": (
        "row {id}: {column} {value} names a row that is not there",
        "第 {id} 行：{column} {value} 指向不存在的行",
    ),
    "repair.more": ("    … and {count} more", "    ……另有 {count} 条"),
    "repair.lost": (
        "Some data was lost; compare with a backup (`roadmap restore --list`).",
        "部分数据已丢失；请与备份比较（`roadmap restore --list`）。",
    ),
    "repair.kept_changed": (
        "Nothing was lost; the changes above were needed to keep it.",
        "没有丢失数据；为保留这些数据，做了上面的改动。",
    ),
    "repair.kept": ("Nothing was lost.", "没有丢失数据。"),
    # -- what an export says it did not keep (roadmap/io/workbook_export.py, workbook_timeline.py,
    # mspdi_export.py) and the command line's progress lines -------------------------------------
    "export.text_cut": (
        "{sheet} row {row}, column {column}: text longer than 32,767 characters was cut.",
        "{sheet} 第 {row} 行，{column} 列：超过 32,767 个字符的文本已截断。",
    ),
    "export.control_characters": (
        "Removed control characters from {count} cell(s).",
        "已从 {count} 个单元格中删除控制字符。",
    ),
    "export.outside_horizon": (
        "{count} step(s) reach outside the horizon; the Timeline shows only the part within it.",
        "{count} 个步骤超出时间范围；时间线只显示范围内的部分。",
    ),
    "export.horizon_too_long": (
        "The horizon is too long for one sheet; the Timeline is cut short.",
        "时间范围太长，一张工作表放不下；时间线已截短。",
    ),
    "export.mspdi_baselines": (
        "MS Project XML keeps {most} baselines: the {count} oldest stay in the roadmap only.",
        "MS Project XML 最多保留 {most} 个基线：最早的 {count} 个只保留在路线图中。",
    ),
    "export.mspdi_plan_only": (
        "MS Project XML holds the problems, pathways, steps and links; products, patents, "
        "people and scores stay in the roadmap only.",
        "MS Project XML 只包含问题、路径、步骤和链接；产品、专利、人员和评分只保留在路线图中。",
    ),
    "cli.progress_exporting": ("Exporting", "正在导出"),
    "cli.progress_importing": ("Importing", "正在导入"),
    # -- a value a file holds that the rules refuse (roadmap/store/stored_values.py): opening
    # refuses the file with the first, `check` lists every one --------------------------------
    "stored.value": (
        "{file}, {table} row {row}, column {column}: {value} {says}",
        "{file}，{table} 表 {row} 行，{column} 列：{value} {says}",
    ),
    "stored.value_here": (
        "{table} row {row}, column {column}: {value} {says}",
        "{table} 表 {row} 行，{column} 列：{value} {says}",
    ),
    "stored.bad_encoding": (
        "{file}, {table} row {row}, column {column}: text that is not UTF-8",
        "{file}，{table} 表 {row} 行，{column} 列：文本不是 UTF-8 编码",
    ),
    "stored.content": (
        "{file}, {table} row {row}, column {column}: {why}",
        "{file}，{table} 表 {row} 行，{column} 列：{why}",
    ),
    "stored.rows_not_one": (
        "{file}, {table}: holds {count} rows instead of exactly one",
        "{file}，{table} 表：有 {count} 行，而不是正好一行",
    ),
    "stored.rows_at_most_one": (
        "{file}, {table}: holds {count} rows instead of at most one",
        "{file}，{table} 表：有 {count} 行，而最多只应有一行",
    ),
    "stored.not_id": ("is not an ID", "不是 ID"),
    "stored.names_no_row": ("names no {table} row", "不指向任何 {table} 行"),
    "stored.not_plan": ("is not a baseline's plan", "不是基线的计划"),
    "stored.not_packed": ("is not a packed roadmap", "不是打包的路线图"),
    "stored.not_first_link": (
        "is not 1 (a file has one tie to a repository)",
        "不是 1（一个文件只与一个资料库相连）",
    ),
    "stored.not_url": ("is not a repository URL", "不是资料库 URL"),
    "stored.not_version": ("is not a version number", "不是版本号"),
    "stored.not_baseline_name": ("is not a baseline's name", "不是基线名称"),
    "stored.not_date_time": ("is not a date and time", "不是日期和时间"),
    "stored.names_another_baseline": ("names another baseline too", "也是另一个基线的名称"),
    "stored.binary": ("binary data ({size} bytes)", "二进制数据（{size} 字节）"),
    "stored.empty": ("empty", "空值"),
    "stored.not_date": (
        "is not a date between {low} and {high}",
        "不是 {low} 至 {high} 年之间的日期",
    ),
    "stored.not_one_of": ("is not one of {choices}", "不是以下之一：{choices}"),
    "stored.not_whole": ("is not a whole number", "不是整数"),
    "stored.not_whole_within": (
        "is not a whole number within {low}–{high}",
        "不是 {low}–{high} 之间的整数",
    ),
    "stored.not_finite": ("is not a finite number", "不是有限的数字"),
    "stored.not_finite_within": (
        "is not a finite number within {low}–{high}",
        "不是 {low}–{high} 之间的有限数字",
    ),
    "stored.not_colour": ("is not a #RRGGBB colour", "不是 #RRGGBB 颜色"),
    "stored.not_text": ("is not text", "不是文本"),
    # -- what in a file's schema is not ours (roadmap/store/schema_check.py) ---------------------
    "schema.trigger": ("trigger {name}", "触发器 {name}"),
    "schema.view": ("view {name}", "视图 {name}"),
    "schema.other": ("{kind} {name}", "{kind} {name}"),
    "schema.table": ("table {name}", "表 {name}"),
    "schema.column": ("column {table}.{column}", "列 {table}.{column}"),
    "schema.changed_column": ("changed column {table}.{column}", "被改动的列 {table}.{column}"),
    "schema.missing_column": ("missing column {table}.{column}", "缺少的列 {table}.{column}"),
    "schema.changed_references": (
        "changed references of table {name}",
        "表 {name} 的引用被改动",
    ),
    "schema.missing_table": ("missing table {name}", "缺少的表 {name}"),
    "schema.index": ("index {name}", "索引 {name}"),
    # -- `roadmap check FILE --recover-to COPY` (roadmap/cli.py) ----------------------------------
    "cli.recovered_into": (
        "Wrote {copy}: {name} as it was after its last completed edit (the unfinished write "
        "rolled back); {name} and its journal are unchanged.",
        "已写入 {copy}：{name} 最后一次完成编辑后的样子（未完成的写入已回滚）；{name} 及其日志"
        "文件未改动。",
    ),
}
