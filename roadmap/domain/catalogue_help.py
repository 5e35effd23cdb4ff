"""The command line's help (`roadmap --help`, `roadmap COMMAND --help`) in English and Chinese;
part of `CATALOGUE`. The English text is the one the parser is built with
(roadmap/cli.py and its sibling modules); roadmap/cli_language.py `translate_help` puts the
Chinese in its place under a Chinese locale, and tests/cli/test_cli_language.py fails for a help
text of the parser that is not here."""

from __future__ import annotations

HELP_TEXTS: dict[str, tuple[str, str]] = {
    "help.description": (
        "Frontier Roadmap: plan industry-oriented research.",
        "Frontier Roadmap：规划面向产业的研究。",
    ),
    "help.new": ("create an empty roadmap", "新建一份空路线图"),
    "help.start": ("horizon start, YYYY-MM-DD", "时间范围的开始，YYYY-MM-DD"),
    "help.end": ("horizon end, YYYY-MM-DD", "时间范围的结束，YYYY-MM-DD"),
    "help.unit": ("time unit (default: the template's)", "时间单位（默认：模板的）"),
    "help.template": (
        "lanes, criteria and horizon to start from",
        "起步用的泳道、评价标准和时间范围",
    ),
    "help.sample": ("write the bundled sample roadmap", "写出自带的示例路线图"),
    "help.info": ("counts, horizon, problems and pathways", "数量、时间范围、问题和路径"),
    "help.check": ("validate; exit 1 when there are findings", "检查；发现问题时退出码为 1"),
    "help.repair": (
        "save what can be read of a damaged file into a new file beside it",
        "把损坏文件中能读出的内容保存到旁边的新文件",
    ),
    "help.recover_to": (
        "roll back an unfinished write of a read-only file into the new file COPY",
        "把只读文件中未完成的写入回滚到新文件 COPY",
    ),
    "help.export": (
        "write .xlsx .json .csv .xml (MS Project) .png .svg .pdf (by OUT's suffix)",
        "写出 .xlsx .json .csv .xml（MS Project）.png .svg .pdf（按 OUT 的后缀）",
    ),
    "help.chart": (
        "chart to draw for .png/.svg/.pdf (default: timeline)",
        ".png/.svg/.pdf 要画的图表（默认：时间线）",
    ),
    "help.problem": ("draw only this problem (ID)", "只画这个问题（ID）"),
    "help.wallchart": (
        "for .pdf: the timeline as a wall chart on A0, A1, A2, A3 or A4-tiles, then the "
        "pathway ranking",
        "用于 .pdf：把时间线画成 A0、A1、A2、A3 或 A4 拼贴的挂图，后附路径排名",
    ),
    "help.export_baseline": (
        ".xlsx: the baseline of the Variance sheet (default: latest)",
        ".xlsx：偏差工作表所用的基线（默认：最新的）",
    ),
    "help.import": (
        "read .xlsx .json .csv .xml (MS Project) .gan (GanttProject) into a roadmap",
        "把 .xlsx .json .csv .xml（MS Project）.gan（GanttProject）读入路线图",
    ),
    "help.replace": ("make FILE equal to SOURCE", "使 FILE 与 SOURCE 相同"),
    "help.map": (
        "read any spreadsheet through a saved column mapping (.json profile)",
        "按保存的列映射（.json 配置）读取任意电子表格",
    ),
    "help.date_order": (
        "how to read dates like 03/04/2027: day first (dmy) or month first (mdy)",
        "如何读 03/04/2027 这样的日期：日在前（dmy）或月在前（mdy）",
    ),
    "help.schedule": (
        "critical path, slack, earliest/latest dates",
        "关键路径、浮动时间、最早/最迟日期",
    ),
    "help.copy": ("a breakout copy that remembers its base", "记住其基准的分组副本"),
    "help.label": (
        "the group's name (default: the copy's file name)",
        "分组的名称（默认：副本的文件名）",
    ),
    "help.merge": (
        "three-way merge of breakout copies by ID; exit 3 on conflicts",
        "按 ID 三方合并分组副本；有冲突时退出码为 3",
    ),
    "help.dry_run": ("report, change nothing", "只报告，不做任何改动"),
    "help.restore": (
        "put back one of the roadmap's rotating backups",
        "恢复路线图的某个轮换备份",
    ),
    "help.number": ("from --list; 1 = newest", "来自 --list；1 = 最新"),
    "help.list_backups": ("list the backups, newest first", "列出备份，最新的在前"),
    "help.sync_json": (
        "the result, or the conflicts, as JSON",
        "以 JSON 给出结果或冲突",
    ),
    "help.clone": (
        "write a roadmap of a repository to a new file",
        "把资料库中的一份路线图写到新文件",
    ),
    "help.roadmap_key": (
        "its id or exact title (see `roadmap repo list`)",
        "它的 ID 或完整标题（见 `roadmap repo list`）",
    ),
    "help.publish": (
        "send the file's changes to its repository",
        "把文件的改动发送到它的资料库",
    ),
    "help.publish_url": ("the repository, the first time", "资料库（第一次时）"),
    "help.pull": (
        "bring the repository's changes into the file",
        "把资料库的改动取回文件",
    ),
    "help.portfolio": (
        "figures across the roadmaps of a repository or folder",
        "资料库或文件夹中各路线图的汇总数字",
    ),
    "help.portfolio_source": (
        "a repository URL or a folder of .roadmap files",
        "资料库 URL 或存放 .roadmap 文件的文件夹",
    ),
    "help.portfolio_chart": (
        "also draw the portfolio to OUT (.png .svg .pdf)",
        "同时把汇总画到 OUT（.png .svg .pdf）",
    ),
    "help.portfolio_lang": (
        "the chart's language (default: locale)",
        "图表的语言（默认：系统区域设置）",
    ),
    "help.repo": (
        "a shared PostgreSQL repository (init, list, delete)",
        "共享的 PostgreSQL 资料库（init、list、delete）",
    ),
    "help.repo_init": (
        "create or upgrade the repository schema",
        "创建或升级资料库结构",
    ),
    "help.repo_url": (
        "postgresql://USER@HOST/DATABASE (no password: see README)",
        "postgresql://USER@HOST/DATABASE（不含密码：见 README）",
    ),
    "help.roles": (
        "create the reader/planner/owner roles",
        "创建 reader/planner/owner 角色",
    ),
    "help.repo_list": ("the roadmaps in the repository", "资料库中的路线图"),
    "help.repo_delete": (
        "delete a roadmap from the repository (owner only)",
        "从资料库删除一份路线图（仅限所有者）",
    ),
    "help.yes": ("confirm: it cannot be undone", "确认：此操作无法撤销"),
    "help.baseline": ("save, list or delete named baselines", "保存、列出或删除命名基线"),
    "help.baseline_name": (
        "save the plan as it is now under this name",
        "以此名称保存当前计划",
    ),
    "help.baseline_note": ("a note kept with the baseline", "随基线保存的备注"),
    "help.baseline_list": ("list the baselines", "列出基线"),
    "help.baseline_json": ("with --list: as JSON", "配合 --list：以 JSON 输出"),
    "help.baseline_delete": ("delete a baseline", "删除一个基线"),
    "help.compare": (
        "variance against a baseline or another roadmap",
        "与基线或另一份路线图比较偏差",
    ),
    "help.compare_other": (
        "another roadmap (a scenario copy)",
        "另一份路线图（情景副本）",
    ),
    "help.compare_baseline": ("compare with this baseline", "与此基线比较"),
    "help.prefer": ("settle every conflict one way", "所有冲突都按同一方处理"),
    "help.resolutions": (
        'the --json report with "choice" on each conflict',
        '每个冲突都填了 "choice" 的 --json 报告',
    ),
}
