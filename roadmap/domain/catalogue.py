"""Every message a person reads from below the UI, in English and Chinese: one place to add one.

To add a message: pick a code `<area>.<what>` (the area is the module or the thing it is
about), write one entry below with both languages and the same `{placeholders}` (lowercase
names), and raise it: `raise ValidationError("area.what", name=...)` or build it with
`message("area.what", ...)`. Then run `installer/update_translations.py`: it hands the English
texts to Qt's translation tools and copies the Chinese ones into the .ts file, so the desktop
app shows them through tr(). tests/unit/test_messages.py fails for a code that is raised but
not here, for placeholders that differ, and for a .ts file that is out of step.

Enum members used as parameters are named through the entries `<enum in snake case>.<value>`.
"""

from __future__ import annotations

from roadmap.domain.catalogue_checks import CHECK_TEXTS
from roadmap.domain.catalogue_cli import CLI_TEXTS
from roadmap.domain.catalogue_help import HELP_TEXTS
from roadmap.domain.catalogue_import import IMPORT_TEXTS
from roadmap.domain.catalogue_readers import READER_TEXTS
from roadmap.domain.catalogue_reports import REPORT_TEXTS

CATALOGUE: dict[str, tuple[str, str]] = {
    # -- names used inside other messages -----------------------------------------------------
    "entity.named": ('{kind} "{name}"', "{kind}“{name}”"),
    "entity.unnamed": ("{kind} {id}", "{kind} {id}"),
    "entity_kind.roadmap": ("roadmap", "路线图"),
    "entity_kind.lane": ("lane", "泳道"),
    "entity_kind.criterion": ("criterion", "评价标准"),
    "entity_kind.organization": ("organization", "组织"),
    "entity_kind.person": ("person", "人员"),
    "entity_kind.problem": ("problem", "问题"),
    "entity_kind.figure_of_merit": ("figure of merit", "性能指标"),
    "entity_kind.pathway": ("pathway", "路径"),
    "entity_kind.score": ("score", "评分"),
    "entity_kind.step": ("step", "步骤"),
    "entity_kind.dependency": ("dependency", "依赖"),
    "entity_kind.product": ("product", "产品"),
    "entity_kind.mobility": ("mobility", "人员流动"),
    "entity_kind.patent": ("patent", "专利"),
    "entity_kind.patent_event": ("patent event", "专利事件"),
    "entity_kind.baseline": ("baseline", "基线"),
    "step_kind.research": ("research", "研究"),
    "step_kind.technology": ("technology", "技术"),
    "step_kind.prototype": ("prototype", "原型"),
    "step_kind.pilot": ("pilot", "中试"),
    "step_kind.product": ("product", "产品"),
    "step_kind.milestone": ("milestone", "里程碑"),
    "step_kind.decision_gate": ("decision gate", "决策关口"),
    "patent_status.idea": ("idea", "构想"),
    "patent_status.filed": ("filed", "已申请"),
    "patent_status.granted": ("granted", "已授权"),
    "patent_status.licensed": ("licensed", "已许可"),
    "patent_status.transferred": ("transferred", "已转让"),
    "patent_status.lapsed": ("lapsed", "已失效"),
    "type.text": ("text", "文本"),
    "type.whole_number": ("a whole number", "整数"),
    "type.number": ("a number", "数字"),
    "type.date": ("a date", "日期"),
    "type.id_list": ("a list of IDs", "ID 列表"),
    "type.one_of": ("one of {choices}", "以下之一：{choices}"),
    # -- the domain's rules (roadmap.domain.rules, graph) -------------------------------------
    "rule.wrong_type": (
        "{what}: {field} must be {expected}, not {value}.",
        "{what}：{field} 必须是{expected}，而不是 {value}。",
    ),
    "rule.not_finite": (
        "{what}: {field} must be a finite number.",
        "{what}：{field} 必须是有限数值。",
    ),
    "rule.no_id": ("{kind}: every record needs an ID.", "{kind}：每条记录都需要一个 ID。"),
    "rule.empty_text": ("{kind} {id}: {field} is empty.", "{kind} {id}：{field} 为空。"),
    "rule.bad_color": (
        "{what}: color {color} is not a #RRGGBB color.",
        "{what}：颜色 {color} 不是 #RRGGBB 格式的颜色。",
    ),
    "step.end_before_start": (
        "{what}: end {end} is before start {start}; set the end on or after the start.",
        "{what}：结束日期 {end} 早于开始日期 {start}；请把结束日期设在开始日期当天或之后。",
    ),
    "step.point_has_length": (
        "{what}: a {step_kind} happens on one day, so its end must equal its start.",
        "{what}：{step_kind}只发生在一天，结束日期必须等于开始日期。",
    ),
    "step.trl_half_given": (
        "{what}: give both TRL at start and target TRL, or neither.",
        "{what}：请同时填写起始 TRL 和目标 TRL，或者都不填。",
    ),
    "step.trl_out_of_range": (
        "{what}: TRL {trl} is outside 1–9.",
        "{what}：TRL {trl} 超出 1–9 的范围。",
    ),
    "step.trl_lowered": (
        "{what}: target TRL {target} is below the TRL at start {start}; a step cannot lower "
        "maturity.",
        "{what}：目标 TRL {target} 低于起始 TRL {start}；一个步骤不能降低成熟度。",
    ),
    "step.progress_out_of_range": (
        "{what}: progress {progress}% is outside 0–100.",
        "{what}：进度 {progress}% 超出 0–100 的范围。",
    ),
    "step.negative_budget": ("{what}: budget cannot be negative.", "{what}：预算不能为负数。"),
    "roadmap.horizon_reversed": (
        "{what}: the horizon ends ({end}) before it starts ({start}).",
        "{what}：规划期的结束日期（{end}）早于开始日期（{start}）。",
    ),
    "vote.no_question": ("Ask a question to vote on.", "请填写投票的问题。"),
    "vote.no_items": ("Choose what to vote on.", "请选择投票的对象。"),
    "vote.no_participants": (
        "Name the participants, or say how many there are.",
        "请填写参与者姓名，或参与人数。",
    ),
    "vote.closed": ("The vote is closed.", "投票已结束。"),
    "vote.still_open": ("The totals are shown when the vote is closed.", "投票结束后才显示票数。"),
    "vote.not_your_turn": ("It is not {name}'s turn to vote.", "现在还没轮到 {name} 投票。"),
    "vote.unknown_item": ("{id} is not on the ballot.", "{id} 不在选票上。"),
    "vote.over_cap": ("At most {cap} dots on one item.", "每一项最多投 {cap} 票。"),
    "vote.too_many_dots": (
        "{spent} dots given; each participant has {dots}.",
        "投了 {spent} 票；每位参与者只有 {dots} 票。",
    ),
    "vote.bad_setup": (
        "{what}: give each participant at least one dot; a cap and the number of "
        "participants cannot be negative.",
        "{what}：每位参与者至少要有一票；单项上限和参与人数不能为负数。",
    ),
    "vote.one_item": (
        "Vote count {id} must be for exactly one pathway, step or product.",
        "投票结果 {id} 必须且只能对应一个路径、步骤或产品。",
    ),
    "vote.negative_count": (
        "Vote count {id} has {count} dots; a count cannot be negative.",
        "投票结果 {id} 的票数为 {count}；票数不能为负数。",
    ),
    "score.out_of_range": (
        "score {id}: {value} is outside 1–5.",
        "评分 {id}：{value} 超出 1–5 的范围。",
    ),
    "criterion.negative_weight": (
        "{what}: weight {weight} is negative.",
        "{what}：权重 {weight} 为负数。",
    ),
    "dependency.on_itself": ("A step cannot depend on itself.", "步骤不能依赖自身。"),
    "mobility.end_before_start": (
        "mobility {id}: ends ({end}) before it starts ({start}); set the end on or after the "
        "start, or leave it empty while the move lasts.",
        "人员流动 {id}：结束日期（{end}）早于开始日期（{start}）；请把结束日期设在开始日期当天"
        "或之后，流动仍在进行时可留空。",
    ),
    "mobility.same_organization": (
        "mobility {id}: moves to the organization it comes from.",
        "人员流动 {id}：流入的组织与流出的组织相同。",
    ),
    "dependency.cycle": (
        "These steps would wait on each other in a circle: {names}. Remove one dependency.",
        "这些步骤会形成循环等待：{names}。请删除其中一个依赖。",
    ),
    # -- the services' commands ---------------------------------------------------------------
    "document.read_only_edit": (
        "This roadmap is open read-only; save a copy to change it.",
        "此路线图以只读方式打开；请另存一份副本再修改。",
    ),
    "record.not_found": ("There is no {kind} with ID {id}.", "不存在 ID 为 {id} 的{kind}。"),
    "record.choose_reference": ("{what}: choose a {kind}.", "{what}：请选择一个{kind}。"),
    "record.reference_empty": ("{what}: {field} is empty.", "{what}：{field} 为空。"),
    "record.dangling_reference": (
        "{what}: {field} {target} names no {kind} in this roadmap.",
        "{what}：{field} {target} 在此路线图中找不到对应的{kind}。",
    ),
    "dependency.duplicate": (
        "These two steps are already linked by a dependency.",
        "这两个步骤之间已经有依赖关系。",
    ),
    "record.id_twice": (
        "ID {id} is used twice; IDs must be unique.",
        "ID {id} 被使用了两次；ID 必须唯一。",
    ),
    "score.twice": (
        "This pathway already has a score on this criterion; keep one.",
        "此路径在该评价标准上已有评分；只保留一个。",
    ),
    "score.duplicate": (
        "This pathway already has a score on this criterion; change it.",
        "此路径在该评价标准上已有评分；请修改已有评分。",
    ),
    "roadmap.add_second": (
        "A file holds one roadmap; create a new file instead.",
        "一个文件只包含一个路线图；请新建一个文件。",
    ),
    "record.id_taken": (
        "ID {id} is already used; give the new record a new ID.",
        "ID {id} 已被使用；请为新记录指定新的 ID。",
    ),
    "record.id_changed": ("An ID never changes.", "ID 永远不能更改。"),
    "record.unknown_field": ("A {kind} has no field {fields}.", "{kind}没有字段 {fields}。"),
    "roadmap.delete_itself": (
        "The roadmap itself cannot be deleted; delete the file.",
        "路线图本身不能删除；请删除文件。",
    ),
    "record.no_order": ("{kind} records have no order.", "{kind}没有顺序。"),
    "record.still_used": (
        "This {kind} is still used by {count} {child_kind}(s); move them elsewhere before "
        "deleting it.",
        "此{kind}仍被 {count} 个{child_kind}使用；请先把它们移到别处再删除。",
    ),
    "patent.same_status": (
        "{what} is already {status}; choose another status, or edit the patent to change its "
        "other fields.",
        "{what}已经是“{status}”状态；请选择其他状态，或编辑专利以修改其他字段。",
    ),
    "patent.history_later": (
        "the history of {what} already has {status} on {date}; date the change on or after "
        "{date}, or correct that entry first.",
        "{what}的历史中已有 {date} 的“{status}”记录；请把这次变更的日期定在 {date} 当天或之后，"
        "或先更正那条记录。",
    ),
    "patent.needs_licensee": (
        "{what} cannot be {status} without a licensee; choose the organization that takes it.",
        "{what}没有被许可方就不能是“{status}”状态；请选择接受它的组织。",
    ),
    "person.no_organization": (
        "{what} belongs to no organization; say which organization the move starts from.",
        "{what}不属于任何组织；请指明流动从哪个组织开始。",
    ),
    "roadmap.invalid": ("{lines}", "{lines}"),
    "roadmap.more_problems": ("… and {count} more.", "……另有 {count} 条。"),
    "edit.cancelled": (
        "Cancelled before anything was written: the roadmap is as it was.",
        "已在写入前取消：路线图保持原样。",
    ),
    "edit.conflict": (
        "{what} was changed meanwhile (by another program or window); nothing was written. "
        "Reload and make the change again.",
        "{what}在此期间已被更改（其他程序或窗口）；未写入任何内容。请重新载入后再修改。",
    ),
    "edit.row_exists": (
        "{what} exists already (added meanwhile by another program or window); nothing was "
        "written. Reload and make the change again.",
        "{what}已经存在（在此期间由其他程序或窗口添加）；未写入任何内容。请重新载入后再修改。",
    ),
    "edit.changed_meanwhile": (
        "{what} was changed meanwhile (by another program or window); nothing was written.",
        "{what}在此期间已被更改（其他程序或窗口）；未写入任何内容。",
    ),
    "edit.undo_failed": (
        "Could not undo this step: {name}. {reason}\nIt was taken off the undo history; the roadmap "
        "shows what the file holds now, and the steps before it can still be undone.",
        "无法撤销这一步：{name}。{reason}\n该步骤已从撤销历史中移除；路线图显示的是文件中现有的内容，"
        "更早的步骤仍可撤销。",
    ),
    "edit.redo_failed": (
        "Could not redo this step: {name}. {reason}\nIt was taken off the undo history; the roadmap "
        "shows what the file holds now.",
        "无法重做这一步：{name}。{reason}\n该步骤已从撤销历史中移除；路线图显示的是文件中现有的内容。",
    ),
    "record.link_row": ("the link {key} ({table})", "链接 {key}（{table}）"),
    # -- quick capture, pasted lists and the clipboard (domain/capture, services/capture) --------
    "capture.line": ("Line {number}: {problem}", "第 {number} 行：{problem}"),
    "capture.not_a_date": ('"{text}" is not a date that exists.', "“{text}”不是存在的日期。"),
    "capture.no_name": ('"{text}" gives no name for the step.', "“{text}”没有给出步骤名称。"),
    "capture.unknown_kind": (
        '"{text}" names no kind of step (research, milestone, gate, …).',
        "“{text}”不是步骤类型（研究、里程碑、决策关口……）。",
    ),
    "capture.row_no_name": ("Row {number}: the name cell is empty.", "第 {number} 行：名称为空。"),
    "capture.row_bad_start": (
        'Row {number}: start "{text}" is not a date.',
        "第 {number} 行：开始日期“{text}”不是日期。",
    ),
    "capture.row_bad_end": (
        'Row {number}: end "{text}" is not a date.',
        "第 {number} 行：结束日期“{text}”不是日期。",
    ),
    "capture.row_bad_trl": (
        'Row {number}: TRL "{text}" is not a level from 1 to 9.',
        "第 {number} 行：TRL“{text}”不是 1 到 9 之间的等级。",
    ),
    "capture.no_match": (
        'No {kind} is called "{typed}"; there are {names}.',
        "没有名为“{typed}”的{kind}；现有：{names}。",
    ),
    "capture.none_yet": (
        'No {kind} is called "{typed}"; there is none yet.',
        "没有名为“{typed}”的{kind}；目前还没有。",
    ),
    "capture.ambiguous": (
        'Several of them start with "{typed}": {names}; type more of the {kind}\'s name.',
        "有多个{kind}以“{typed}”开头：{names}；请多输入几个字。",
    ),
    "capture.which_pathway": (
        "Say which pathway the step is on (#pathway), or select one first.",
        "请说明步骤属于哪条路径（#路径），或先选择一条路径。",
    ),
    "capture.no_lane": (
        "The roadmap has no lane to put the steps in.",
        "此路线图没有可放置步骤的泳道。",
    ),
    "capture.empty": (
        "There is nothing to add: the text has no lines.",
        "没有可添加的内容：文本中没有任何行。",
    ),
    "clipboard.unreadable": (
        "The clipboard holds no steps this version can read.",
        "剪贴板中没有此版本能读取的步骤。",
    ),
    "clipboard.choose_pathway": (
        "Select a pathway to paste the steps onto.",
        "请先选择要粘贴步骤的路径。",
    ),
    # -- the document file (roadmap.store) ----------------------------------------------------
    "file.missing": (
        "{path} does not exist; check the path or create it with `roadmap new`.",
        "{path} 不存在；请检查路径，或用 `roadmap new` 创建它。",
    ),
    "file.is_folder": (
        "{path} is a folder, not a roadmap file.",
        "{path} 是文件夹，不是路线图文件。",
    ),
    "file.unreadable": ("{name} cannot be read: {reason}.", "无法读取 {name}：{reason}。"),
    "file.not_roadmap": (
        "{name} is not a Frontier Roadmap file (it is not a roadmap database).",
        "{name} 不是 Frontier Roadmap 文件（不是路线图数据库）。",
    ),
    "file.foreign_database": (
        "{name} is an SQLite database but not a Frontier Roadmap file; import its data instead "
        "of opening it.",
        "{name} 是 SQLite 数据库，但不是 Frontier Roadmap 文件；请导入其数据而不是直接打开。",
    ),
    "file.newer_format": (
        "{name} was written by a newer Frontier Roadmap (file format {version}, this version "
        "reads up to {supported}); update the program to open it.",
        "{name} 由更新版本的 Frontier Roadmap 写入（文件格式 {version}，本版本最多读取 "
        "{supported}）；请更新程序后再打开。",
    ),
    "file.unknown_revision": (
        "{name} was written by a version of Frontier Roadmap that this one does not know "
        "(revision {revision}); open it with the program that wrote it, or update this one.",
        "{name} 由本程序不认识的 Frontier Roadmap 版本写入（修订 {revision}）；请用写入它的程序打开，"
        "或更新本程序。",
    ),
    "file.damaged": (
        "{name} is damaged and cannot be opened; use a backup copy.",
        "{name} 已损坏，无法打开；请使用备份副本。",
    ),
    "file.damaged_detail": (
        "{name} is damaged ({detail}); use a backup copy.",
        "{name} 已损坏（{detail}）；请使用备份副本。",
    ),
    "file.unfinished": (
        "{name} is an unfinished roadmap file (no format version); use a backup.",
        "{name} 是未写完的路线图文件（没有格式版本）；请使用备份。",
    ),
    "file.save_as_same": (
        "Save As needs a different file name than the open roadmap.",
        "“另存为”需要一个与当前路线图不同的文件名。",
    ),
    "file.give_file_name": (
        "{path} is a folder; give a file name.",
        "{path} 是文件夹；请给出文件名。",
    ),
    "file.open_elsewhere": (
        "{name} is open in another program: {holder}.",
        "{name} 已在另一个程序中打开：{holder}。",
    ),
    "file.cannot_write": ("Could not write {path}: {reason}.", "无法写入 {path}：{reason}。"),
    "file.read_only_here": (
        "{name} is read-only here; save a copy somewhere you can write, or change the file's "
        "permissions.",
        "{name} 在此处是只读的；请把副本保存到可写的位置，或修改文件权限。",
    ),
    "file.exists": (
        "{path} already exists; choose another name or open it.",
        "{path} 已存在；请换一个名称，或打开它。",
    ),
    "folder.missing": ("The folder {path} does not exist.", "文件夹 {path} 不存在。"),
    "folder.read_only": (
        "The folder {path} is read-only; choose another folder.",
        "文件夹 {path} 是只读的；请选择其他文件夹。",
    ),
    "lock.held": (
        "{name} is open in another program: {user} on {host} (process {pid}) since {since}. "
        "Close it there, or open a copy.",
        "{name} 已在另一个程序中打开：{host} 上的 {user}（进程 {pid}），自 {since} 起。"
        "请在那里关闭它，或打开一份副本。",
    ),
    "lock.failed": ("Could not lock {name}; try again.", "无法锁定 {name}；请重试。"),
    "lock.holder": (
        "{user} on {host} (process {pid}) since {since}",
        "{host} 上的 {user}（进程 {pid}），自 {since} 起",
    ),
    # -- exchange: export and import (roadmap.io, roadmap.charts) -----------------------------
    "export.unsupported": (
        "Cannot export to {suffix}; use one of {choices}.",
        "无法导出为 {suffix}；请使用以下格式之一：{choices}。",
    ),
    "export.no_suffix": (
        "Cannot export to a file without a suffix; use one of {choices}.",
        "无法导出到没有扩展名的文件；请使用以下格式之一：{choices}。",
    ),
    "export.is_folder": (
        "{path} is a folder; give a file name to export to.",
        "{path} 是文件夹；请给出要导出的文件名。",
    ),
    "export.cannot_write": ("Cannot write {path}: {reason}", "无法写入 {path}：{reason}"),
    "export.folder_missing": (
        "Cannot write {path}: the folder {folder} does not exist.",
        "无法写入 {path}：文件夹 {folder} 不存在。",
    ),
    "export.cancelled": ("Export cancelled; no file was written.", "导出已取消；未写入任何文件。"),
    "import.unsupported": (
        "Cannot import {suffix}; use .xlsx or .json.",
        "无法导入 {suffix}；请使用 .xlsx 或 .json。",
    ),
    "import.no_suffix": (
        "Cannot import a file without a suffix; use .xlsx or .json.",
        "无法导入没有扩展名的文件；请使用 .xlsx 或 .json。",
    ),
    "import.source_missing": (
        "{path} does not exist or is not a file.",
        "{path} 不存在或不是文件。",
    ),
    "import.refused": (
        "{source} was not imported ({count} problem(s)); the roadmap is unchanged:\n{lines}",
        "{source} 未导入（{count} 个问题）；路线图没有改变：\n{lines}",
    ),
    "import.line": ("  {line}", "  {line}"),
    "import.more": ("  … and {count} more.", "  ……另有 {count} 条。"),
    "import.at": ("{place}: {problem}", "{place}：{problem}"),
    "import.joining": ("the roadmap it joins ({kind})", "所并入的路线图（{kind}）"),
    "import.nothing": ("Nothing was imported.", "没有导入任何内容。"),
    "import.unsupported_plan": (
        "Cannot import {suffix}; use .xlsx, .json, .csv, .xml (MS Project) or .gan (GanttProject).",
        "无法导入 {suffix}；请使用 .xlsx、.json、.csv、.xml（MS Project）或 .gan（GanttProject）。",
    ),
    "import.map_only_sheets": (
        "A column mapping (--map) applies only to .xlsx and .csv files.",
        "列对应方案（--map）只适用于 .xlsx 和 .csv 文件。",
    ),
    "import.foreign_replace": (
        "{name} is a plan from another tool; it can join a roadmap but not replace it "
        "(leave out --replace).",
        "{name} 是其他工具制作的计划，只能并入路线图，不能替换它（请去掉 --replace）。",
    ),
    # -- plans from other tools (roadmap.io.sheet_import, column_mapping, mspdi, gan) ---------
    "mapping.too_large": (
        "{name} is too large to be a mapping profile.",
        "{name} 太大，不是列对应方案。",
    ),
    "mapping.unreadable": (
        "{name} is not a readable mapping profile: {detail}",
        "{name} 不是可读的列对应方案：{detail}",
    ),
    "mapping.unusable": (
        "{name} is not a usable mapping profile: {detail}.",
        "{name} 不是可用的列对应方案：{detail}。",
    ),
    "mapping.why_format": ('no "format": "{format}"', '缺少 "format": "{format}"'),
    "mapping.why_version": (
        "format version {version}; this program reads up to {most}",
        "格式版本为 {version}；本程序最多读取 {most}",
    ),
    "mapping.why_columns": (
        '"columns" must map field names to header texts',
        '"columns" 必须把字段名对应到表头文字',
    ),
    "mapping.why_fields": (
        "unknown field(s) {unknown}; known: {known}",
        "未知字段 {unknown}；已知字段：{known}",
    ),
    "mapping.why_text": ('"{field}" must be text', '"{field}" 必须是文本'),
    "mapping.why_header_row": (
        '"header_row" must be a row number from 1',
        '"header_row" 必须是从 1 开始的行号',
    ),
    "mapping.why_date_order": (
        '"date_order" must be "dmy" or "mdy"',
        '"date_order" 必须是 "dmy" 或 "mdy"',
    ),
    "sheet.too_large": ("{name} is larger than {mb} MB.", "{name} 大于 {mb} MB。"),
    "sheet.unreadable": ("{name} cannot be read: {detail}.", "无法读取 {name}：{detail}。"),
    "sheet.not_text": (
        "{name} is not a text file (CSV).",
        "{name} 不是文本文件（CSV）。",
    ),
    "sheet.not_csv": ("{name} is not readable CSV: {detail}.", "{name} 不是可读的 CSV：{detail}。"),
    "sheet.none": ("{name} holds no sheet.", "{name} 中没有工作表。"),
    "sheet.missing": (
        "{name} has no sheet {sheet}; its sheets are {sheets}.",
        "{name} 中没有工作表 {sheet}；现有工作表：{sheets}。",
    ),
    "xml.what_mspdi": ("an MS Project XML file", "MS Project XML 文件"),
    "xml.what_gan": ("a GanttProject file", "GanttProject 文件"),
    "xml.damaged": (
        "{name} is damaged or not {what} ({detail}).",
        "{name} 已损坏或不是{what}（{detail}）。",
    ),
    "xml.unreadable": ("{name} cannot be read: {detail}.", "无法读取 {name}：{detail}。"),
    "xml.needs_defusedxml": (
        "Reading XML needs the defusedxml package; reinstall Frontier Roadmap.",
        "读取 XML 需要 defusedxml 软件包；请重新安装 Frontier Roadmap。",
    ),
    "mspdi.not_project": (
        "{name} is not an MS Project XML file (no <Project> with <Tasks>).",
        "{name} 不是 MS Project XML 文件（没有含 <Tasks> 的 <Project>）。",
    ),
    "gan.not_project": (
        "{name} is not a GanttProject file (no <project> with <tasks>).",
        "{name} 不是 GanttProject 文件（没有含 <tasks> 的 <project>）。",
    ),
    "gan.too_deep": (
        "{name} nests tasks deeper than {depth} levels.",
        "{name} 中任务嵌套超过 {depth} 层。",
    ),
    "json.too_large": (
        "{name} is larger than {megabytes} MB; it is not a roadmap.",
        "{name} 大于 {megabytes} MB；它不是路线图。",
    ),
    "json.unreadable": (
        "{name} is not readable JSON: {reason}",
        "{name} 不是可读的 JSON：{reason}",
    ),
    "json.not_ours": (
        '{source} is not a Frontier Roadmap JSON file (no "format": "{format}").',
        '{source} 不是 Frontier Roadmap 的 JSON 文件（缺少 "format": "{format}"）。',
    ),
    "json.no_version": ("{source} has no format version.", "{source} 没有格式版本。"),
    "json.newer_version": (
        "{source} uses JSON format version {version}; this program reads up to {supported}. "
        "Update Frontier Roadmap.",
        "{source} 使用 JSON 格式版本 {version}；本程序最多读取 {supported}。请更新 Frontier Roadmap。",
    ),
    "workbook.needs_defusedxml": (
        "Workbook import needs the defusedxml package, and OPENPYXL_DEFUSEDXML must not be "
        "False; reinstall Frontier Roadmap.",
        "导入工作簿需要 defusedxml 软件包，且 OPENPYXL_DEFUSEDXML 不能为 False；请重新安装 "
        "Frontier Roadmap。",
    ),
    "workbook.cannot_read": ("Cannot read workbooks: {reason}", "无法读取工作簿：{reason}"),
    "workbook.newer_version": (
        "{source} was written by a newer Frontier Roadmap (workbook format {version}); this "
        "program reads up to {supported}. Update Frontier Roadmap.",
        "{source} 由更新版本的 Frontier Roadmap 写入（工作簿格式 {version}）；本程序最多读取 "
        "{supported}。请更新 Frontier Roadmap。",
    ),
    "chart.bad_format": (
        "Charts are written as {choices}, not {suffix}.",
        "图表只能保存为 {choices}，不能保存为 {suffix}。",
    ),
    "chart.folder_missing": ("The folder {path} does not exist.", "文件夹 {path} 不存在。"),
    "wallchart.bad_size": (
        "There is no wall chart size {size}; choose one of {choices}.",
        "没有 {size} 这种挂图尺寸；请选择 {choices} 之一。",
    ),
    "wallchart.not_pdf": (
        "A wall chart is written as PDF; name the file .pdf, not {suffix}.",
        "挂图以 PDF 格式写出；文件名应以 .pdf 结尾，而不是 {suffix}。",
    ),
    "chart.unknown": (
        "There is no chart called {name}; use one of {choices}.",
        "没有名为 {name} 的图表；请使用以下之一：{choices}。",
    ),
    "chart.unknown_problem": (
        "There is no problem with ID {id}; `roadmap info FILE` lists the problems and their IDs.",
        "不存在 ID 为 {id} 的问题；`roadmap info FILE` 会列出问题及其 ID。",
    ),
    "chart.no_cjk_font": (
        "This chart has Chinese text but no Chinese font is installed; install one of {fonts} "
        "(on Debian or Ubuntu: apt install fonts-noto-cjk) and export again.",
        "此图表含有中文，但没有安装中文字体；请安装以下字体之一：{fonts}（Debian 或 Ubuntu："
        "apt install fonts-noto-cjk），然后重新导出。",
    ),
    # -- breakout copies and merging (roadmap.services.copies, merging; domain.merge) ----------
    "copy.label_missing": (
        'Give the copy a label (the group\'s name), e.g. --label "Group A".',
        '请为副本起一个标签（小组名称），例如 --label "A 组"。',
    ),
    "copy.same_names": (
        "Two groups have the same name; give each group its own.",
        "有两个小组同名；请给每个小组起不同的名称。",
    ),
    "copy.exists": (
        "{path} already exists; choose another name or folder.",
        "{path} 已存在；请换一个名称或文件夹。",
    ),
    "copy.written": (
        'Wrote {copy}, a copy of {file} for "{label}" that remembers its base.',
        "已写入 {copy}：{file} 给“{label}”的副本，记有其基准版本。",
    ),
    "copy.lineage_unreadable": (
        "The lineage of this copy cannot be read ({reason}).",
        "无法读取此副本的来源记录（{reason}）。",
    ),
    "copy.base_unreadable": (
        "The stored base of this copy cannot be read ({reason}).",
        "无法读取此副本保存的基准版本（{reason}）。",
    ),
    "merge.no_file": ("{path} does not exist or is not a file.", "{path} 不存在或不是文件。"),
    "merge.not_a_copy": (
        "{name} is not a breakout copy (it remembers no base); make copies with `roadmap copy` "
        "or File › Copies for breakout groups.",
        "{name} 不是分组副本（没有记录基准版本）；请用 `roadmap copy` 或“文件 › 分组副本”创建副本。",
    ),
    "merge.foreign_roadmap": (
        "{name} is a copy of a different roadmap; only copies of this roadmap can be merged "
        "into it.",
        "{name} 是另一份路线图的副本；只能合并本路线图的副本。",
    ),
    "merge.unsettled": (
        "{count} conflict(s) are not settled; nothing was changed.",
        "还有 {count} 处冲突未解决；没有任何更改。",
    ),
    "merge.stopped": (
        "{count} conflict(s); nothing was changed. Settle them with --prefer mine|theirs, or "
        '--resolutions FILE.json (the --json report with "choice": "mine" or "theirs" on each '
        "conflict).",
        "{count} 处冲突；没有任何更改。请用 --prefer mine|theirs 统一解决，或用 --resolutions "
        'FILE.json（即 --json 报告，在每处冲突上写 "choice": "mine" 或 "theirs"）。',
    ),
    "merge.resolutions_unreadable": (
        "{path} is not a readable JSON file: {reason}",
        "{path} 不是可读取的 JSON 文件：{reason}",
    ),
    "merge.resolutions_no_list": (
        'The resolutions file holds no "conflicts" list.',
        '解决方案文件中没有 "conflicts" 列表。',
    ),
    "merge.resolution_incomplete": (
        'Resolution {number}: each conflict needs "kind", "id" and "field".',
        '第 {number} 项解决方案：每处冲突都需要 "kind"、"id" 和 "field"。',
    ),
    "merge.resolution_bad_choice": (
        'Resolution {number}: "choice" must be "mine" or "theirs", not {choice}.',
        '第 {number} 项解决方案："choice" 必须是 "mine" 或 "theirs"，而不是 {choice}。',
    ),
    "merge.summary": (
        '"{label}" ({file}): {added} added, {changed} changed, {deleted} deleted, '
        "{conflicts} conflict(s)",
        "“{label}”（{file}）：新增 {added}，修改 {changed}，删除 {deleted}，冲突 {conflicts}",
    ),
    "merge.duplicate": (
        'possible duplicate: {kind} "{name}" was added on both sides',
        "可能重复：双方都新增了{kind}“{name}”",
    ),
    "merge.conflicts_heading": ("Conflicts ({count}):", "冲突（{count}）："),
    "merge.conflict_field": (
        "{what}, {field}: base {base} / mine {mine} / theirs {theirs}",
        "{what}，{field}：基准 {base} / 我方 {mine} / 对方 {theirs}",
    ),
    "merge.conflict_record": (
        "{what}: deleted on one side, edited on the other (mine {mine}, theirs {theirs})",
        "{what}：一方删除，另一方修改（我方{mine}，对方{theirs}）",
    ),
    "merge.conflict_rule": ("{what}: {reason}", "{what}：{reason}"),
    "merge.side_deleted": ("deleted", "已删除"),
    "merge.side_edited": ("edited", "已修改"),
    "merge.done": ("Merged into {file}.", "已合并到 {file}。"),
    "merge.dry_run": ("Dry run: nothing was changed.", "试运行：没有任何更改。"),
    # -- baselines (roadmap.domain.baseline, roadmap.services.baselines) ----------------------
    "baseline.name_empty": ("A baseline needs a name.", "基线需要一个名称。"),
    "baseline.name_too_long": (
        "A baseline name has at most {limit} characters.",
        "基线名称最多 {limit} 个字符。",
    ),
    "baseline.name_control": (
        "A baseline name cannot hold control characters.",
        "基线名称不能包含控制字符。",
    ),
    "baseline.exists": (
        'A baseline named "{name}" already exists; choose another name or delete it first.',
        "已有名为“{name}”的基线；请换一个名称，或先删除它。",
    ),
    "baseline.not_found": (
        'This roadmap has no baseline named "{name}"; `roadmap baseline FILE --list` lists them.',
        "此路线图没有名为“{name}”的基线；`roadmap baseline FILE --list` 会列出所有基线。",
    ),
    "baseline.too_many": (
        "A roadmap keeps at most {limit} baselines; delete an old one first.",
        "一个路线图最多保存 {limit} 个基线；请先删除一个旧基线。",
    ),
    "baseline.damaged": (
        "A baseline is damaged ({detail}); it was not read.",
        "基线已损坏（{detail}），未能读取。",
    ),
    "baseline.field_missing": (
        "A baseline lacks a valid field ({detail}).",
        "基线缺少有效字段（{detail}）。",
    ),
    "baseline.not_object": ("A baseline must be an object.", "基线必须是一个对象。"),
    "baseline.cli_usage": (
        "baseline: give one of --name NAME, --list or --delete NAME.",
        "baseline：请给出 --name 名称、--list 或 --delete 名称 之一。",
    ),
    "baseline.compare_usage": (
        "compare: give either --baseline NAME or another roadmap file.",
        "compare：请给出 --baseline 名称，或另一个路线图文件。",
    ),
    # -- the shared repository (roadmap.store.server, roadmap.store.repository) ---------------
    "repository.where": ("{database} on {host}", "{host} 上的 {database}"),
    "repository.bad_url": (
        "{text} is not a repository URL; write it as postgresql://USER@HOST:PORT/DATABASE "
        "(add ?sslmode=verify-full for TLS).",
        "{text} 不是仓库地址；请写成 postgresql://USER@HOST:PORT/DATABASE"
        "（使用 TLS 时加上 ?sslmode=verify-full）。",
    ),
    "repository.not_postgresql": (
        "{text} is not a PostgreSQL URL; write it as postgresql://USER@HOST/DATABASE.",
        "{text} 不是 PostgreSQL 地址；请写成 postgresql://USER@HOST/DATABASE。",
    ),
    "repository.password_in_url": (
        "Leave the password out of the repository URL (the shell's history would keep it); put "
        "it in ~/.pgpass, a service file or PGPASSWORD, where libpq finds it.",
        "请不要把密码写在仓库地址里（命令历史会记住它）；请把它放在 ~/.pgpass、服务文件或 "
        "PGPASSWORD 中，libpq 会在那里找到它。",
    ),
    "repository.denied": (
        "Your role may not do this in the repository {where} ({reason}); ask its owner for the "
        "planner role to publish.",
        "您的角色无权在仓库 {where} 中执行此操作（{reason}）；如需发布，请向仓库所有者申请 "
        "planner 角色。",
    ),
    "repository.login_refused": (
        "The server refused the login to {where} ({reason}); check the user name and the "
        "password in ~/.pgpass, the service file or PGPASSWORD.",
        "服务器拒绝登录 {where}（{reason}）；请检查用户名以及 ~/.pgpass、服务文件或 PGPASSWORD "
        "中的密码。",
    ),
    "repository.no_database": (
        "There is no database {where} ({reason}); check the URL.",
        "数据库 {where} 不存在（{reason}）；请检查地址。",
    ),
    "repository.unreachable": (
        "The repository {where} cannot be reached ({reason}); keep working offline and try again "
        "when you are back on the network. Nothing was changed.",
        "无法连接仓库 {where}（{reason}）；请继续离线工作，回到网络后再试。没有任何更改。",
    ),
    "repository.refused": (
        "The repository {where} refused this: {reason}.",
        "仓库 {where} 拒绝了此操作：{reason}。",
    ),
    "repository.not_a_repository": (
        "{where} is not a Frontier Roadmap repository; create one with `roadmap repo init`.",
        "{where} 不是 Frontier Roadmap 仓库；请用 `roadmap repo init` 创建。",
    ),
    "repository.older": (
        "The repository {where} has an older format; its owner upgrades it with "
        "`roadmap repo init`.",
        "仓库 {where} 的格式较旧；请由其所有者用 `roadmap repo init` 升级。",
    ),
    "repository.newer": (
        "The repository {where} was written by a newer Frontier Roadmap; update the program.",
        "仓库 {where} 由更新版本的 Frontier Roadmap 写入；请更新程序。",
    ),
    "repository.unfinished": (
        "{where} holds the tables of an unfinished repository; use an empty database.",
        "{where} 含有未完成仓库的表；请使用空数据库。",
    ),
    "repository.occupied": (
        "{where} already holds tables named like a roadmap's; use an empty database.",
        "{where} 已有与路线图同名的表；请使用空数据库。",
    ),
    "repository.ambiguous_title": (
        "Several roadmaps are titled {title} ({ids}); give the id.",
        "有多个路线图的标题是 {title}（{ids}）；请给出 ID。",
    ),
    "repository.unknown_roadmap": (
        "The repository holds no roadmap with the id or title {key}; see `roadmap repo list`.",
        "仓库中没有 ID 或标题为 {key} 的路线图；请查看 `roadmap repo list`。",
    ),
    "repository.not_owner": (
        "Only an owner of the repository {where} may delete roadmaps; nothing was deleted.",
        "只有仓库 {where} 的所有者才能删除路线图；没有删除任何内容。",
    ),
    "repository.delete_unconfirmed": (
        "Deleting {key} from the repository cannot be undone; add --yes to confirm.",
        "从仓库删除 {key} 无法撤销；请加上 --yes 确认。",
    ),
    "publishing.conflicts": (
        "{count} conflict(s) between the changes here and the repository's since your last "
        "sync; nothing was changed. Settle them with --prefer mine|theirs or --resolutions "
        'FILE.json (the --json report with "choice": "mine" or "theirs" on each conflict), '
        "or publish or pull in the app.",
        "自上次同步以来，本地与仓库的修改有 {count} 处冲突；没有任何更改。请用 --prefer mine|theirs "
        '统一解决，或用 --resolutions FILE.json（即 --json 报告，在每处冲突上写 "choice": "mine" '
        '或 "theirs"），或在应用中发布或拉取。',
    ),
    "publishing.cancelled": (
        "Stopped before the commit: nothing was changed here or in the repository.",
        "已在提交前停止：本地和仓库都没有任何更改。",
    ),
    "publishing.reader": (
        "Your role may only read the repository {where}; ask its owner for the planner role "
        "to publish. Nothing was written.",
        "您的角色只能读取仓库 {where}；如需发布，请向仓库所有者申请 planner 角色。没有写入任何内容。",
    ),
    "publishing.no_repository": (
        "{name} has not been published yet; give the repository URL: "
        "roadmap publish FILE postgresql://USER@HOST/DATABASE.",
        "{name} 尚未发布；请给出仓库地址：roadmap publish FILE postgresql://USER@HOST/DATABASE。",
    ),
    "publishing.other_repository": (
        "This roadmap belongs to the repository {url}; publish it there, or save a copy to "
        "publish elsewhere.",
        "此路线图属于仓库 {url}；请发布到那里，或另存副本后再发布到其他仓库。",
    ),
    "publishing.already_there": (
        "The repository already holds the roadmap {title}; clone it and publish from the clone.",
        "仓库中已有路线图 {title}；请克隆它，再从克隆的文件发布。",
    ),
    "publishing.gone": (
        "The repository no longer holds the roadmap {title}; its owner deleted it.",
        "仓库中已没有路线图 {title}；它已被所有者删除。",
    ),
    "publishing.moved": (
        "A row of {title} changed on the server while publishing; nothing was written. "
        "Publish again.",
        "发布期间服务器上 {title} 的某行被修改；没有写入任何内容。请重新发布。",
    ),
    "publishing.not_linked": (
        "{name} is not tied to a repository; clone a roadmap with `roadmap clone` or publish "
        "this one with `roadmap publish FILE URL`.",
        "{name} 没有关联仓库；请用 `roadmap clone` 克隆路线图，或用 `roadmap publish FILE URL` 发布此路线图。",
    ),
    "app.repository_empty": (
        "The repository holds no roadmap yet; publish one first (File › Publish).",
        "仓库中还没有路线图；请先发布一个（文件 › 发布）。",
    ),
    "portfolio.no_folder": (
        "{path} is neither a folder of roadmap files nor a repository URL "
        "(postgresql://USER@HOST/DATABASE).",
        "{path} 既不是存放路线图文件的文件夹，也不是仓库地址（postgresql://USER@HOST/DATABASE）。",
    ),
    # -- the front ends (roadmap.app, roadmap.cli) --------------------------------------------
    "app.no_display": (
        "There is no display here, so the desktop app cannot open; use the subcommands "
        "instead, e.g. `roadmap export FILE out.xlsx` (see `roadmap --help`).",
        "此处没有显示器，无法打开桌面程序；请改用子命令，例如 `roadmap export FILE out.xlsx`"
        "（见 `roadmap --help`）。",
    ),
    "cli.interrupted": ("interrupted; nothing was changed.", "已中断；没有任何更改。"),
    # -- reliability: recovery, locks, foreign files, safe writing (issue 12) -----------------
    "file.damaged_repair": (
        "{name} is damaged and cannot be opened; run `roadmap check {name} --repair` to save what "
        "can be read into a new file, or restore a backup (`roadmap restore`).",
        "{name} 已损坏，无法打开；请运行 `roadmap check {name} --repair` 把能读出的内容保存到新文件，"
        "或恢复一个备份（`roadmap restore`）。",
    ),
    "file.recovered": (
        "{name} was recovered after an unfinished write (a program stopped while saving); it "
        "holds everything up to the last completed edit.",
        "{name} 在一次未完成的写入后已恢复（有程序在保存时中止）；最后一次完成的编辑之前的内容都在。",
    ),
    "file.recovery_needs_write": (
        "{name} has an unfinished write from a program that stopped while saving; its data is "
        "intact once that write is rolled back, but the file is read-only here. Save a "
        "rolled-back copy with `roadmap check {name} --recover-to COPY.roadmap`, or make the "
        "file and its folder writable and open it again.",
        "{name} 有一次未完成的写入（有程序在保存时中止）；回滚该写入后数据完好，但此文件在此处是只读的。"
        "请用 `roadmap check {name} --recover-to COPY.roadmap` 保存一份回滚后的副本，"
        "或让该文件及其文件夹可写后重新打开。",
    ),
    "file.recovery_failed": (
        "{name} could not be rolled back ({reason}); the file and its journal were left as "
        "they are.",
        "{name} 无法回滚（{reason}）；该文件及其日志保持原样。",
    ),
    "file.nothing_to_recover": (
        "{name} has no unfinished write to roll back; open it as it is.",
        "{name} 没有需要回滚的未完成写入；请直接打开它。",
    ),
    "file.busy": (
        "{name} is busy: another program is writing to it right now; try again in a moment.",
        "{name} 正忙：另一个程序正在写入它；请稍后再试。",
    ),
    "file.foreign_objects": (
        "{name} holds things a Frontier Roadmap file never has ({what}); another program changed "
        "it, so it is not opened, to keep them from running. Import its data instead.",
        "{name} 含有 Frontier Roadmap 文件从不会有的内容（{what}）；它被其他程序修改过，"
        "为防止这些内容被执行，不予打开。请改为导入其数据。",
    ),
    "file.foreign_objects_more": (
        "{name} holds things a Frontier Roadmap file never has ({what} and {more} more); another "
        "program changed it, so it is not opened, to keep them from running. Import its data "
        "instead.",
        "{name} 含有 Frontier Roadmap 文件从不会有的内容（{what} 等，另有 {more} 项）；"
        "它被其他程序修改过，为防止这些内容被执行，不予打开。请改为导入其数据。",
    ),
    "file.bad_values": (
        "{name} holds values a roadmap cannot have: {first}.",
        "{name} 含有路线图不可能有的值：{first}。",
    ),
    "file.bad_values_more": (
        "{name} holds values a roadmap cannot have: {first} (and {more} more).",
        "{name} 含有路线图不可能有的值：{first}（另有 {more} 处）。",
    ),
    "file.too_damaged": (
        "{name} is too damaged to repair: its title and horizon cannot be read.",
        "{name} 损坏过于严重，无法修复：读不出标题和时间范围。",
    ),
    "lock.held_starting": (
        "{name} is open in another program (it is just starting up). Close it there, or open a "
        "copy.",
        "{name} 已在另一个程序中打开（该程序正在启动）。请在那里关闭它，或打开一份副本。",
    ),
    "lock.is_folder": (
        "{name} is a folder where the roadmap's lock file belongs; move it away to open the "
        "roadmap.",
        "{name} 是一个文件夹，而那里应是路线图的锁文件；请把它移走后再打开路线图。",
    ),
    "export.same_as_roadmap": (
        "{path} is the roadmap being exported ({name}); choose another output file.",
        "{path} 就是正在导出的路线图（{name}）；请选择其他输出文件。",
    ),
    "export.over_roadmap": (
        "{path} is a roadmap file; export to a new name rather than over a roadmap.",
        "{path} 是路线图文件；请导出到新的文件名，而不要覆盖路线图。",
    ),
    "write.read_only": (
        "{path} is read-only; choose another file or change its permissions.",
        "{path} 是只读的；请选择其他文件或修改其权限。",
    ),
    "backup.failed": (
        "No backup of {name} could be made ({reason}); nothing was changed.",
        "无法为 {name} 制作备份（{reason}）；没有任何更改。",
    ),
    "backup.none": (
        "{name} has no backups yet; they are made before an import that replaces it, a "
        "restore, and hourly while it is edited.",
        "{name} 还没有备份；在替换式导入、恢复之前以及编辑时每小时都会自动备份。",
    ),
    "backup.no_number": (
        "{name} has no backup number {number}; `roadmap restore {name} --list` shows them.",
        "{name} 没有编号为 {number} 的备份；`roadmap restore {name} --list` 会列出所有备份。",
    ),
    "backup.restored": (
        "Restored {name} from the backup of {when}; what was there is backed up as {saved}.",
        "已用 {when} 的备份恢复 {name}；原有内容已备份为 {saved}。",
    ),
    "file.bad_text": (
        "This roadmap holds text that is not valid UTF-8 ({detail}); another program wrote it. "
        "`roadmap check FILE --repair` saves a copy with that text mended.",
        "此路线图含有不是有效 UTF-8 的文本（{detail}）；它是由其他程序写入的。"
        "`roadmap check FILE --repair` 会保存一份修正了该文本的副本。",
    ),
    "write.not_regular_file": (
        "{path} is not a regular file (a device or a pipe); choose a file to write to.",
        "{path} 不是普通文件（是设备或管道）；请选择一个文件来写入。",
    ),
    "write.disk_full": (
        "The disk is full: {path} was not written (anything already there is unchanged); free "
        "some space and try again.",
        "磁盘已满：未写入 {path}（原有内容保持不变）；请腾出空间后重试。",
    ),
    "write.no_permission": (
        "No permission to write {path} (anything already there is unchanged); choose a folder "
        "you can write to.",
        "没有写入 {path} 的权限（原有内容保持不变）；请选择一个可写的文件夹。",
    ),
    "write.failed": (
        "Could not write {path}: {reason} (anything already there is unchanged).",
        "无法写入 {path}：{reason}（原有内容保持不变）。",
    ),
    "rule.number_too_large": (
        "{what}: {field} is too large a number.",
        "{what}：{field} 数值过大。",
    ),
    "rule.date_out_of_range": (
        "{what}: {field} {value} is outside the years {first}–{last}.",
        "{what}：{field} {value} 超出 {first}–{last} 年的范围。",
    ),
    "criterion.weight_too_large": (
        "{what}: weight {weight} is above {limit}.",
        "{what}：权重 {weight} 超过 {limit}。",
    ),
    "dependency.lag_too_long": (
        "dependency {id}: a lag of {lag} days is beyond ±{limit} days (a century).",
        "依赖 {id}：{lag} 天的延迟超出 ±{limit} 天（一个世纪）。",
    ),
    "cli.details_saved": ("{line} (details in {path})", "{line}（详情见 {path}）"),
    "cli.output_failed": (
        "Could not write the output: {reason}.",
        "无法写出输出：{reason}。",
    ),
}

CATALOGUE.update(CHECK_TEXTS)  # the findings of `roadmap check` (roadmap/domain/catalogue_checks)
CATALOGUE.update(CLI_TEXTS)  # the command line's own words (roadmap/domain/catalogue_cli)
CATALOGUE.update(IMPORT_TEXTS)  # an import's per-line problems (roadmap/domain/catalogue_import)
CATALOGUE.update(REPORT_TEXTS)  # longer reports: repo list, portfolio, repair (catalogue_reports)
CATALOGUE.update(
    READER_TEXTS
)  # other tools' files: cells, tasks, what is left out (catalogue_readers)
CATALOGUE.update(HELP_TEXTS)  # the command line's --help (catalogue_help)
