"""The words the charts add around the roadmap's own text, in English and Chinese.

Charts follow the roadmap's language (or the one asked for). A key missing from a language
falls back to English, and a test keeps the two columns complete.
"""

from __future__ import annotations

from roadmap.domain.enums import Language

LABELS: dict[str, tuple[str, str]] = {
    # chart names, for menus and the Charts panel
    "chart.timeline": ("Timeline", "时间路线图"),
    "chart.scores": ("Pathway scores", "路径评分"),
    "chart.trl": ("TRL over time", "技术成熟度演进"),
    "chart.fom": ("Figures of merit", "关键指标"),
    "chart.portfolio": ("Portfolio", "路径组合"),
    "chart.patents": ("Patent pipeline", "专利进展"),
    "chart.talent": ("Talent mobility", "人才流动"),
    "chart.milestones": ("Milestone trend", "里程碑趋势"),
    # shared
    "today": ("Today", "今天"),
    "time": ("Time", "时间"),
    "problem": ("Problem: {text}", "问题：{text}"),
    "more_problems": (
        "Showing {shown} of {total} problems; choose one with --problem.",
        "仅显示 {total} 个问题中的 {shown} 个；可用 --problem 指定一个问题。",
    ),
    "nothing": ("Nothing to show: {reason}", "无可显示内容：{reason}"),
    "no_steps": ("the roadmap has no steps yet.", "路线图中还没有步骤。"),
    "no_pathways": ("the roadmap has no pathways yet.", "路线图中还没有技术路径。"),
    "no_fom": ("no problem has figures of merit yet.", "还没有问题设置关键指标。"),
    # milestone trend
    "no_baselines": (
        "the roadmap has no baselines yet (roadmap baseline FILE --name NAME).",
        "路线图还没有基线（roadmap baseline FILE --name 名称）。",
    ),
    "no_milestones": (
        "no baseline has milestones or decision gates.",
        "基线中没有里程碑或决策关口。",
    ),
    "more_milestones": (
        "Showing the {shown} most-moved of {total} milestones.",
        "仅显示 {total} 个里程碑中变化最大的 {shown} 个。",
    ),
    "diagonal": ("Planned date = date recorded", "计划日期 = 记录日期"),
    "recorded_axis": (
        "When the plan was recorded (baselines, then now)",
        "计划记录时间（各基线，然后是现在）",
    ),
    "planned_axis": ("Planned date of the milestone", "里程碑计划日期"),
    "slip_days": ("{days} days", "{days} 天"),
    "removed": ("removed", "已删除"),
    # timeline
    "milestone": ("Milestone", "里程碑"),
    "decision_gate": ("Decision gate", "决策关口"),
    "dependency": ("Dependency", "依赖关系"),
    "cancelled": ("Cancelled", "已取消"),
    "critical_path": ("Critical path (each pathway)", "关键路径（按路径）"),
    "pathway": ("Pathway", "技术路径"),
    # scores
    "score_axis": ("Score (1–5)", "评分（1–5）"),
    "weighted_axis": ("Weighted score (0–100)", "加权得分（0–100）"),
    "criteria_title": ("Scores by criterion", "各项评分"),
    "ranking_title": ("Ranking", "排名"),
    "no_score": ("no score", "未评分"),
    "incomplete": ("* incomplete: some criteria not scored", "* 不完整：部分指标未评分"),
    "weight": ("weight {percent}%", "权重 {percent}%"),
    # trl
    "trl_axis": ("TRL", "技术成熟度（TRL）"),
    "trl_line": ("TRL 7: ready for launch", "TRL 7：可上市"),
    "launch": ("Product launch", "产品上市"),
    "no_trl": ("no pathway has TRLs on its steps.", "技术路径的步骤都未设置 TRL。"),
    # fom
    "fom_required": ("Required: baseline → target", "要求：基线 → 目标"),
    "fom_target": ("Target", "目标"),
    "fom_note": (
        "Projected from each pathway's TRL: baseline at its first step, target when it reaches TRL 7.",
        "按各路径的技术成熟度推算：首个步骤时为基线值，达到 TRL 7 时达到目标值。",
    ),
    "higher_better": ("higher is better", "越高越好"),
    "lower_better": ("lower is better", "越低越好"),
    "more_foms": (
        "Showing {shown} of {total} figures of merit.",
        "仅显示 {total} 个指标中的 {shown} 个。",
    ),
    # portfolio
    "ttm_axis": ("Time to market (years from {start})", "上市时间（自 {start} 起的年数）"),
    "bubble_size": ("Bubble size: budget", "气泡大小：预算"),
    "not_shown": (
        "Not shown (no score or no market date): {names}",
        "未显示（无评分或无上市时间）：{names}",
    ),
    "incomplete_marker": ("hollow: incomplete scores", "空心：评分不完整"),
    # patents
    "patent.idea": ("Idea", "构想"),
    "patent.filed": ("Filed", "已申请"),
    "patent.granted": ("Granted", "已授权"),
    "patent.licensed": ("Licensed", "已许可"),
    "patent.transferred": ("Transferred", "已转让"),
    "patent.lapsed": ("Lapsed", "已失效"),
    "pipeline_title": ("Patents by status at each year end", "各年末专利状态"),
    "patents_axis": ("Patents", "专利数"),
    "by_pathway_title": ("Patents by pathway, today", "各技术路径的专利（当前）"),
    "no_pathway": ("(no pathway)", "（未关联路径）"),
    "reached_industry": (
        "Licensed or transferred to enterprises: {count} of {total} patents",
        "许可或转让给企业：{count} 项（共 {total} 项专利）",
    ),
    "no_patents": ("the roadmap has no patents yet.", "路线图中还没有专利。"),
    "more_rows": ("+ {count} more", "另有 {count} 项"),
    # talent
    "dir.research_to_industry": ("Research → industry", "科研 → 产业"),
    "dir.industry_to_research": ("Industry → research", "产业 → 科研"),
    "dir.university_institute": ("University ↔ institute", "高校 ↔ 院所"),
    "dir.other": ("Other moves", "其他流动"),
    "moves_title": ("Moves by direction and year started", "按方向和起始年份的人员流动"),
    "moves_axis": ("People moving", "流动人次"),
    "by_org_title": ("Moves in and out per organization", "各机构人员流入与流出"),
    "moves_in_out": ("← out    in →", "← 流出    流入 →"),
    "cross_sector": (
        "Cross-sector moves: {count} of {total}",
        "跨部门流动：{count} 人次（共 {total} 人次）",
    ),
    "sector.industry": ("Enterprise", "企业"),
    "sector.research": ("University or institute", "高校或院所"),
    "sector.other": ("Government, investor, other", "政府、投资机构及其他"),
    # the portfolio across roadmaps (roadmap portfolio, the Portfolio window)
    "pf.title": ("Portfolio of {count} roadmaps", "{count} 个路线图的组合"),
    "pf.subtitle": ("as of {today}", "截至 {today}"),
    "pf.problems": ("Problems by sector and priority", "按领域和优先级的问题"),
    "pf.pathways": ("Pathways by status", "按状态的技术路径"),
    "pf.trl": ("Pathways by TRL: today and at the horizon", "技术路径成熟度：当前与规划期末"),
    "pf.trl_now": ("Today", "当前"),
    "pf.trl_horizon": ("At the horizon", "规划期末"),
    "pf.not_rated": ("n/r", "未评"),
    "pf.launches": ("Products by launch year", "按上市年份的产品"),
    "pf.no_date": ("no date", "无日期"),
    "pf.patents": ("Patents by status; licences by kind", "按状态的专利；按类型的许可"),
    "pf.licence.exclusive": ("Exclusive licence", "独占许可"),
    "pf.licence.non_exclusive": ("Non-exclusive licence", "普通许可"),
    "pf.licence.assignment": ("Assignment", "转让"),
    "pf.moves": ("Talent moves by direction", "按方向的人才流动"),
    "pf.shared": ("Organizations in several roadmaps", "出现在多个路线图中的组织"),
    "pf.in_roadmaps": ("{count} roadmaps", "{count} 个路线图"),
    "pf.due": ("Milestones and gates due in the next 12 months", "未来 12 个月到期的里程碑和关口"),
    "pf.none": ("none", "无"),
    "priority.high": ("High", "高"),
    "priority.medium": ("Medium", "中"),
    "priority.low": ("Low", "低"),
    "status.proposed": ("Proposed", "提出"),
    "status.exploring": ("Exploring", "探索中"),
    "status.selected": ("Selected", "已选定"),
    "status.parked": ("Parked", "搁置"),
    "status.dropped": ("Dropped", "放弃"),
    "no_moves": ("no moves between organizations recorded yet.", "还没有记录人员流动。"),
}


def label(key: str, language: Language, **values: object) -> str:
    """The label `key` in `language`, with `values` filled in."""
    english, chinese = LABELS[key]
    text = chinese if language is Language.ZH and chinese else english
    return text.format(**values) if values else text
