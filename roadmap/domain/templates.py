"""The kinds of roadmap a team can start from: lanes, scoring criteria and horizon.

- *Industry problem → pathways* (the default): the T-Plan layers under a problem industry
  needs solved, scored on the usual pathway criteria, ten years by quarter.
- *T-Plan* (Phaal, Farrukh and Probert, Cambridge): the product–technology roadmap of a
  business unit — market, product, technology and resources — ten years by quarter, in the
  short, medium and long term of the T-Plan workshops.
- *S-Plan*: the strategic landscape of a whole organization or sector — trends and drivers
  down to resources — fifteen years by year.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.domain.enums import Language, TimeUnit


@dataclass(frozen=True, slots=True)
class Template:
    """What a new roadmap starts with. Texts are (English, Chinese) pairs."""

    key: str
    name: tuple[str, str]
    description: tuple[str, str]
    lanes: tuple[tuple[str, str, str], ...]  # English, Chinese, colour
    criteria: tuple[tuple[str, str, float], ...]  # English, Chinese, weight
    years: int
    time_unit: TimeUnit

    def text(self, pair: tuple[str, str], language: Language) -> str:
        return pair[1] if language is Language.ZH else pair[0]


PROBLEM_PATHWAYS = Template(
    key="problem-pathways",
    name=("Industry problem → pathways", "产业问题 → 技术路径"),
    description=(
        "Start from a problem industry needs solved, explore several feasible technical "
        "pathways to it and carry the best to products. Ten years by quarter.",
        "从产业亟待解决的问题出发，探索多条可行的技术路径，并把最优路径推进到产品。十年，按季度。",
    ),
    lanes=(
        ("Industry & market", "产业与市场", "#E45756"),
        ("Product", "产品", "#F58518"),
        ("Technology", "技术", "#4C78A8"),
        ("Research", "研究", "#54A24B"),
    ),
    criteria=(
        ("Technical feasibility", "技术可行性", 0.25),
        ("Industrial value", "产业价值", 0.20),
        ("Cost", "成本", 0.15),
        ("Time to market", "上市时间", 0.15),
        ("IP position", "知识产权地位", 0.15),
        ("Team strength", "团队实力", 0.10),
    ),
    years=10,
    time_unit=TimeUnit.QUARTER,
)

T_PLAN = Template(
    key="t-plan",
    name=("T-Plan: product–technology roadmap", "T-Plan：产品—技术路线图"),
    description=(
        "The Cambridge T-Plan layers for a business unit: market and business drivers, "
        "products, technologies, and the resources behind them. Ten years by quarter.",
        "剑桥T-Plan方法的分层：市场与业务驱动、产品、技术及其所需资源。适用于事业部。十年，按季度。",
    ),
    lanes=(
        ("Market & business drivers", "市场与业务驱动", "#E45756"),
        ("Products & services", "产品与服务", "#F58518"),
        ("Technology", "技术", "#4C78A8"),
        ("Resources & R&D programmes", "资源与研发项目", "#72B7B2"),
    ),
    criteria=(
        ("Market attractiveness", "市场吸引力", 0.25),
        ("Competitive advantage", "竞争优势", 0.20),
        ("Technical feasibility", "技术可行性", 0.20),
        ("Investment", "投资需求", 0.15),
        ("Risk", "风险", 0.10),
        ("Fit with strategy", "战略契合度", 0.10),
    ),
    years=10,
    time_unit=TimeUnit.QUARTER,
)

S_PLAN = Template(
    key="s-plan",
    name=("S-Plan: strategic landscape", "S-Plan：战略全景"),
    description=(
        "A strategic landscape for an organization or a sector: social, technological, "
        "economic, environmental and political drivers down to capabilities and "
        "partnerships. Fifteen years by year.",
        "面向组织或行业的战略全景：从社会、技术、经济、环境与政策驱动，到能力与合作伙伴。十五年，按年。",
    ),
    lanes=(
        ("Trends & drivers", "趋势与驱动因素", "#B279A2"),
        ("Markets & customers", "市场与客户", "#E45756"),
        ("Business & strategy", "业务与战略", "#F58518"),
        ("Products & services", "产品与服务", "#EECA3B"),
        ("Capabilities & technology", "能力与技术", "#4C78A8"),
        ("Resources & partnerships", "资源与合作伙伴", "#54A24B"),
    ),
    criteria=(
        ("Strategic fit", "战略契合度", 0.25),
        ("Value", "价值", 0.25),
        ("Feasibility", "可行性", 0.20),
        ("Urgency", "紧迫性", 0.15),
        ("Risk", "风险", 0.15),
    ),
    years=15,
    time_unit=TimeUnit.YEAR,
)

TEMPLATES: tuple[Template, ...] = (PROBLEM_PATHWAYS, T_PLAN, S_PLAN)
TEMPLATE_OF: dict[str, Template] = {template.key: template for template in TEMPLATES}
