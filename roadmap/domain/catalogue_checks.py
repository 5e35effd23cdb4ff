"""The words of `roadmap check`'s findings (roadmap.domain.checks, transfer_checks), in English
and Chinese; part of `CATALOGUE` (see roadmap/domain/catalogue.py for how to add one)."""

from __future__ import annotations

CHECK_TEXTS: dict[str, tuple[str, str]] = {
    "list.separator": (", ", "、"),  # between the items of a `Listing`
    "check.named_step": ('step "{name}"', "步骤“{name}”"),
    "check.named_patent": ('patent "{name}"', "专利“{name}”"),
    "check.quoted": ('"{name}"', "“{name}”"),
    "check.outside_horizon": (
        "{what} ({start} – {end}) lies outside the roadmap horizon ({first} – {last}); move it "
        "or widen the horizon.",
        "{what}（{start} – {end}）超出路线图的时间范围（{first} – {last}）；请移动它或扩大时间范围。",
    ),
    "check.trl_falls": (
        '{what} starts at TRL {trl}, but pathway "{pathway}" already stood at TRL {reached} '
        'after step "{earlier}"; raise its TRL at start to {reached} or correct the earlier '
        "step's TRLs.",
        "{what}起始 TRL 为 {trl}，但路径“{pathway}”在步骤“{earlier}”之后已达到 TRL {reached}；"
        "请把它的起始 TRL 提高到 {reached}，或更正前一步骤的 TRL。",
    ),
    "check.trl_jump": (
        "{what} jumps from TRL {trl} to TRL {target}, more than {limit} levels in one step; "
        "split it into steps of at most {limit} levels or correct its TRLs.",
        "{what}从 TRL {trl} 跳到 TRL {target}，一步超过 {limit} 级；请拆分为每步最多 {limit} 级"
        "的步骤，或更正其 TRL。",
    ),
    "check.launch_never_ready": (
        'product "{name}" launches on {launch}, but pathway "{pathway}" never reaches TRL {trl} '
        "on this roadmap; plan steps that take it to TRL {trl} before the launch, or unlink the "
        "pathway.",
        "产品“{name}”于 {launch} 上市，但路径“{pathway}”在本路线图中从未达到 TRL {trl}；"
        "请安排在上市前把它提升到 TRL {trl} 的步骤，或取消与该路径的关联。",
    ),
    "check.launch_too_early": (
        'product "{name}" launches on {launch}, before pathway "{pathway}" reaches TRL {trl} on '
        "{ready}; move the launch to {ready} or later, or bring the pathway to TRL {trl} sooner.",
        "产品“{name}”于 {launch} 上市，早于路径“{pathway}”在 {ready} 达到 TRL {trl}；"
        "请把上市日期移到 {ready} 或之后，或让该路径更早达到 TRL {trl}。",
    ),
    "check.selected_unscored": (
        'pathway "{name}" is selected but has no score on {criteria}; score it 1–5 on every '
        "criterion, or change its status.",
        "路径“{name}”已被选定，但在 {criteria} 上没有评分；请在每个准则上给出 1–5 分，或更改其状态。",
    ),
    "check.fom_no_target": (
        'figure of merit "{name}" has no target date; give it one within the horizon '
        "({first} – {last}).",
        "性能指标“{name}”没有目标日期；请在时间范围（{first} – {last}）内给它一个。",
    ),
    "check.fom_target_outside": (
        'figure of merit "{name}" has its target date {target} outside the roadmap horizon '
        "({first} – {last}); move the date into the horizon or widen it.",
        "性能指标“{name}”的目标日期 {target} 超出路线图的时间范围（{first} – {last}）；"
        "请把日期移入范围内或扩大范围。",
    ),
    "check.schedule_conflict": (
        'step "{name}" is planned to start on {planned}, but it waits on {waits} and cannot '
        "start before {earliest}; move it to {earliest} or later, or shorten the wait.",
        "步骤“{name}”计划于 {planned} 开始，但它要等待 {waits}，不能早于 {earliest} 开始；"
        "请把它移到 {earliest} 或之后，或缩短等待。",
    ),
    "check.licensee_missing": (
        "{what} is {status} but names no licensee; choose the organization it was licensed or "
        "transferred to, or change its status.",
        "{what}状态为“{status}”，但没有指明被许可方；请选择获得许可或受让的组织，或更改其状态。",
    ),
    "check.licensee_is_owner": (
        "{what} names its owner as its licensee; choose the organization that took the licence, "
        "or clear the licensee.",
        "{what}把所有者指定为被许可方；请选择获得许可的组织，或清除被许可方。",
    ),
    "check.expires_before_launch": (
        '{what} expires on {expiry}, before product "{product}" of its pathway launches on '
        "{launch}; correct the expiry, plan a follow-up patent, or link the patent to another "
        "pathway.",
        "{what}于 {expiry} 到期，早于其路径的产品“{product}”在 {launch} 上市；请更正到期日、"
        "规划后续专利，或把该专利关联到其他路径。",
    ),
    "check.no_industry_partner": (
        '{what} is {status} to the enterprise "{licensee}", but no enterprise works on pathway '
        '"{pathway}"; make an enterprise the owner of one of its steps or its problem\'s '
        "demanding organization, or link the patent to the pathway it serves.",
        "{what}已“{status}”给企业“{licensee}”，但没有企业参与路径“{pathway}”；请让一家企业成为"
        "其某个步骤的负责组织或其问题的需求方，或把该专利关联到它所服务的路径。",
    ),
    "check.history_backwards": (
        "the history of {what} says {status} on {date}, after {reached} on {reached_on}; correct "
        "the date or the status of one of these entries.",
        "{what}的历史记录显示 {date} 为“{status}”，却在 {reached_on} 的“{reached}”之后；"
        "请更正其中一条记录的日期或状态。",
    ),
    "check.history_before_filing": (
        "the history of {what} says {status} on {date}, before the patent was filed on {filed}; "
        "correct the entry's date or the filing date.",
        "{what}的历史记录显示 {date} 为“{status}”，早于专利申请日 {filed}；请更正该记录的日期或"
        "申请日期。",
    ),
    "check.history_status": (
        "{what} is {status}, but its history ends with {last} on {date}; record the change to "
        "{status} with its date, or correct the status.",
        "{what}状态为“{status}”，但其历史记录以 {date} 的“{last}”结束；请记录变为“{status}”"
        "的日期，或更正状态。",
    ),
    "check.mobility_order": (
        '{person} leaves "{left}" on {start}, but the move before, on {before}, took them to '
        '"{went}"; correct the dates or the organizations of these moves.',
        "{person}于 {start} 离开“{left}”，但之前 {before} 的流动把其带到了“{went}”；"
        "请更正这些流动的日期或组织。",
    ),
    # -- the command's own lines --------------------------------------------------------------
    "check.count": ("{count} finding(s).", "{count} 项发现。"),
    "check.none": ("No findings.", "没有发现问题。"),
}
