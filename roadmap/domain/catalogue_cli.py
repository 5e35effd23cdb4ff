"""The command line's own words — what it says when work is done, and argparse's complaints
about the command typed — in English and Chinese; part of `CATALOGUE` (see
roadmap/domain/catalogue.py for how to add one).

The `argparse.*` entries are argparse's own English templates (Python's `argparse` module asks
`gettext` for them; roadmap/cli_language.py answers from here), so their placeholders are
argparse's `%s` / `%(name)s`, kept as they are in both languages.
"""

from __future__ import annotations

CLI_TEXTS: dict[str, tuple[str, str]] = {
    "cli.created": ("Created {file}", "已创建 {file}"),
    "cli.sample_written_en": (
        "Wrote the English sample roadmap to {file}",
        "已将英文示例路线图写入 {file}",
    ),
    "cli.sample_written_zh": (
        "Wrote the Chinese sample roadmap to {file}",
        "已将中文示例路线图写入 {file}",
    ),
    "cli.wrote": ("Wrote {file}", "已写入 {file}"),
    "cli.warning": ("warning: {text}", "警告：{text}"),
    "cli.info_horizon": (
        "  horizon {start} – {end}, by {unit}, language {language}",
        "  时间范围 {start} – {end}，按{unit}，语言 {language}",
    ),
    "cli.info_count": ("{count} {name}", "{name} {count}"),
    "section.lanes": ("lanes", "泳道"),
    "section.criteria": ("criteria", "评价标准"),
    "section.organizations": ("organizations", "组织"),
    "section.people": ("people", "人员"),
    "section.problems": ("problems", "问题"),
    "section.figures_of_merit": ("figures of merit", "性能指标"),
    "section.pathways": ("pathways", "路径"),
    "section.scores": ("scores", "评分"),
    "section.steps": ("steps", "步骤"),
    "section.baselines": ("baselines", "基线"),
    "section.dependencies": ("dependencies", "依赖"),
    "section.products": ("products", "产品"),
    "section.mobility": ("mobility", "人员流动"),
    "section.patents": ("patents", "专利"),
    "section.patent_events": ("patent events", "专利事件"),
    "section.ideas": ("ideas", "想法"),
    "section.votes": ("votes", "投票"),
    "section.vote_counts": ("vote counts", "计票"),
    "cli.info_problem": ("Problem: {statement}", "问题：{statement}"),
    "cli.info_pathway": ("  - {name} ({status})", "  - {name}（{status}）"),
    "cli.not_a_date": (
        "{text} is not a date (use YYYY-MM-DD)",
        "{text} 不是日期（请用 YYYY-MM-DD）",
    ),
    "cli.usage_error": (
        "{problem} (see `roadmap --help`)",
        "{problem}（参见 `roadmap --help`）",
    ),
    "cli.unknown_command": ("unknown command {name}", "未知命令 {name}"),
    # -- baselines (roadmap/cli_baselines.py) ---------------------------------------------------
    "cli.no_baselines": ("No baselines.", "没有基线。"),
    "cli.baseline_deleted": ("Deleted baseline {name}.", "已删除基线 {name}。"),
    "cli.baseline_saved": ("Saved baseline {name}.", "已保存基线 {name}。"),
    "cli.heading_steps": ("Steps:", "步骤："),
    "cli.heading_products": ("Products:", "产品："),
    "cli.heading_pathways": ("Pathways:", "路径："),
    "compare.added": ("  added    {name}", "  新增     {name}"),
    "compare.removed": ("  removed  {name}", "  删除     {name}"),
    "compare.changed": ("  changed  {name}", "  变更     {name}"),
    "compare.changed_detail": ("  changed  {name}: {detail}", "  变更     {name}：{detail}"),
    "compare.step_days": (
        "start {start}, finish {finish}",
        "开始 {start}，完成 {finish}",
    ),
    "compare.status": ("status {before} → {after}", "状态 {before} → {after}"),
    "compare.trl_target": ("target TRL {before} → {after}", "目标 TRL {before} → {after}"),
    "compare.launch": ("launch {before} → {after} {days}", "上市 {before} → {after} {days}"),
    "compare.rank": ("rank {before} → {after}", "排名 {before} → {after}"),
    "compare.days": ("{days} d", "{days} 天"),
    "compare.separator": ("; ", "；"),
    # -- `roadmap restore --list` and File › Restore a backup… (Backup.reason_message) -------------------------------------------
    "backup.list_line": (
        "{number}  {when}  {reason}  {size} KB",
        "{number}  {when}  {reason}  {size} KB",
    ),
    "backup.reason.hourly": ("while editing", "编辑期间"),
    "backup.reason.before-import": ("before an import", "导入之前"),
    "backup.reason.before-restore": ("before a restore", "恢复之前"),
    "backup.reason.before-migration": ("before a format upgrade", "格式升级之前"),
    "backup.reason.before-merge": ("before a merge", "合并之前"),
    "backup.reason.before-adopt": ("before adopting a scenario", "采用方案之前"),
    # -- the shared repository (roadmap/cli_repository.py) -----------------------------------
    "cli.repo_created": (
        "Created the repository (format {format}).",
        "已创建仓库（格式 {format}）。",
    ),
    "cli.repo_upgraded": (
        "Upgraded the repository from format {before} to {after}.",
        "已将仓库从格式 {before} 升级到 {after}。",
    ),
    "cli.repo_current": (
        "The repository is up to date (format {format}).",
        "仓库已是最新（格式 {format}）。",
    ),
    "cli.repo_roles": (
        "Roles: {roles} (grant them to people's logins).",
        "角色：{roles}（请把它们授予相应人员的登录名）。",
    ),
    "cli.repo_empty": (
        "The repository holds no roadmap yet; add one with `roadmap publish FILE URL`.",
        "仓库中还没有路线图；请用 `roadmap publish FILE URL` 添加一个。",
    ),
    "cli.skipped": ("warning: skipped {what}", "警告：已跳过 {what}"),
    "cli.cloned": (
        "Cloned {title} (version {version}) to {file}",
        "已将 {title}（版本 {version}）克隆到 {file}",
    ),
    "cli.nothing_to_publish": (
        "Nothing to publish: the repository has version {version}.",
        "没有需要发布的内容：仓库已是版本 {version}。",
    ),
    "cli.published": (
        "Published version {version} ({sent} rows sent).",
        "已发布版本 {version}（发送 {sent} 行）。",
    ),
    "cli.received": (
        "Brought in others' changes: {received} rows.",
        "已并入他人的更改：{received} 行。",
    ),
    "cli.pull_current": ("Up to date (version {version}).", "已是最新（版本 {version}）。"),
    "cli.baseline_renamed": (
        'The baseline "{name}" from the repository is called "{kept}" here: this file has '
        "another baseline of that name (the new name goes to the repository with a publish).",
        "来自仓库的基线“{name}”在此处改名为“{kept}”：本文件已有同名的另一条基线（新名称会随发布送到仓库）。",
    ),
    "cli.repo_deleted": (
        "Deleted {title} ({id}) from the repository; clones keep their files.",
        "已从仓库删除 {title}（{id}）；克隆的文件保留不变。",
    ),
    "cli.pulled": (
        "Pulled version {version}: {received} rows changed here.",
        "已拉取版本 {version}：本地有 {received} 行发生变化。",
    ),
    # -- `roadmap schedule` (roadmap/services/reports.py ScheduleReport.as_text) ---------------
    "schedule.none": ("No steps to schedule.", "没有可排程的步骤。"),
    "schedule.head": (
        "Schedule {start} – {finish}: {count} steps.",
        "排程 {start} – {finish}：{count} 个步骤。",
    ),
    "schedule.head_left_out": (
        "Schedule {start} – {finish}: {count} steps; {excluded} cancelled step(s) left out.",
        "排程 {start} – {finish}：{count} 个步骤；未计入 {excluded} 个已取消的步骤。",
    ),
    "schedule.pathway": ("Pathway {name}: {start} – {finish}.", "路径{name}：{start} – {finish}。"),
    "schedule.pathway_linked": (
        "Pathway {name} with {others}: {start} – {finish}.",
        "路径{name}与{others}：{start} – {finish}。",
    ),
    "schedule.no_pathway": (
        "Steps of no pathway: {start} – {finish}.",
        "不属于任何路径的步骤：{start} – {finish}。",
    ),
    "schedule.critical": ("  Critical path: {chain}", "  关键路径：{chain}"),
    "schedule.critical_numbered": (
        "  Critical path {number}: {chain}",
        "  关键路径 {number}：{chain}",
    ),
    "schedule.conflicts": ("{count} conflict(s):", "{count} 处冲突："),
    "schedule.conflict": (
        "  {name} is planned for {planned} but waits on {waits} until {earliest} "
        "({days} days late).",
        "  {name}计划于 {planned} 开始，但要等待{waits}到 {earliest}（晚 {days} 天）。",
    ),
    "schedule.no_conflicts": ("No conflicts.", "没有冲突。"),
    "schedule.table_head": (
        "earliest start  earliest finish  latest start  latest finish  slack  step",
        "最早开始        最早完成         最晚开始      最晚完成       时差   步骤",
    ),
    "schedule.table_note": (
        "(* critical: no slack; slack in days)",
        "（*：关键步骤，没有时差；时差以天计）",
    ),
    # -- import (roadmap/io/exchange.py ImportSummary) -----------------------------------------
    "import.summary_created": ("Created {file}:", "已创建 {file}："),
    "import.summary_into": ("Imported into {file}:", "已导入到 {file}："),
    "import.summary_line": ("  {name}: {counts}", "  {name}：{counts}"),
    "import.count_added": ("{count} added", "新增 {count}"),
    "import.count_updated": ("{count} updated", "更新 {count}"),
    "import.count_unchanged": ("{count} unchanged", "未变 {count}"),
    "import.count_kept": ("{count} kept", "保留 {count}"),
    "import.count_removed": ("{count} removed", "删除 {count}"),
    "import.summary_kept": (
        "  {count} record(s) not in the source were kept; use --replace to remove them.",
        "  保留了来源中没有的 {count} 条记录；如需删除，请使用 --replace。",
    ),
    "import.summary_left_out": (
        "Left out (a roadmap has no place for them):",
        "未导入（路线图中没有它们的位置）：",
    ),
    "time_unit.month": ("month", "月"),
    "time_unit.quarter": ("quarter", "季度"),
    "time_unit.year": ("year", "年"),
    # -- argparse's own templates (Python 3.11 and later) -------------------------------------
    "argparse.required": (
        "the following arguments are required: %s",
        "缺少以下参数：%s",
    ),
    "argparse.unrecognized": ("unrecognized arguments: %s", "无法识别的参数：%s"),
    "argparse.help": ("show this help message and exit", "显示此帮助信息并退出"),
    "argparse.version": ("show program's version number and exit", "显示程序版本号并退出"),
    "argparse.usage": ("usage: ", "用法："),
    "argparse.positionals": ("positional arguments", "位置参数"),
    "argparse.options": ("options", "选项"),
    "argparse.invalid_choice": (
        "invalid choice: %(value)r (choose from %(choices)s)",
        "无效的选项：%(value)r（可选：%(choices)s）",
    ),
    "argparse.argument": (
        "argument %(argument_name)s: %(message)s",
        "参数 %(argument_name)s：%(message)s",
    ),
    "argparse.invalid_value": (
        "invalid %(type)s value: %(value)r",
        "无效的 %(type)s 值：%(value)r",
    ),
    "argparse.expected_one": ("expected one argument", "需要一个值"),
    "argparse.expected_at_most_one": ("expected at most one argument", "最多需要一个值"),
    "argparse.expected_at_least_one": ("expected at least one argument", "至少需要一个值"),
    "argparse.ambiguous": (
        "ambiguous option: %(option)s could match %(matches)s",
        "有歧义的选项：%(option)s 可能是 %(matches)s",
    ),
    "argparse.not_allowed_with": ("not allowed with argument %s", "不能与参数 %s 同时使用"),
    "argparse.one_required": ("one of the arguments %s is required", "参数 %s 中必须有一个"),
    "argparse.ignored_explicit": ("ignored explicit argument %r", "忽略了显式参数 %r"),
}
