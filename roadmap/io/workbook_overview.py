"""The Overview sheet: the one printed page a sponsor reads first.

Problems, the pathway ranking with its scores, products with their launch dates, and the
milestones and decision gates due in the next two years. It is a view like the Timeline: the
importer never reads it, so it can be laid out for print rather than for editing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from roadmap.domain.entities import Step
from roadmap.domain.scoring import rank_pathways
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io import display_order
from roadmap.io.enum_labels import label
from roadmap.io.timeline_grid import wrapped_lines
from roadmap.io.workbook_styles import write_date

if TYPE_CHECKING:
    from roadmap.io.workbook_timeline import ExportRun

OVERVIEW_SHEET = ("Overview", "概览")
# Column widths (characters) of the sheet's six columns; every section uses the same grid.
WIDTHS = (6, 46, 18, 14, 12, 34)
HORIZON_YEARS = 2  # the milestones listed are those due within this many years of the export
# A page that must hold more rows than this is printed one page wide instead of on one page,
# so the text of a big roadmap's overview stays readable.
ONE_PAGE_ROWS = 70
LINE_HEIGHT = 13.5  # points per line of 10 pt text

WORDS: dict[str, tuple[str, str]] = {
    "overview": ("Overview", "概览"),
    "horizon": ("Horizon", "规划期"),
    "exported": ("exported", "导出于"),
    "problems": ("Problems", "问题"),
    "problem": ("Problem", "问题"),
    "sector": ("Sector", "行业"),
    "priority": ("Priority", "优先级"),
    "pathways": ("Pathways", "路径数"),
    "best": ("Best pathway", "最优路径"),
    "ranking": ("Pathway ranking", "路径排名"),
    "rank": ("Rank", "排名"),
    "pathway": ("Pathway", "路径"),
    "status": ("Status", "状态"),
    "score": ("Score (0–100)", "得分 (0–100)"),
    "missing": ("Not scored on", "未评分的准则"),
    "products": ("Products", "产品"),
    "product": ("Product", "产品"),
    "market": ("Market", "市场"),
    "launch": ("Launch", "上市"),
    "milestones": (
        "Milestones and decision gates, next {years} years",
        "未来 {years} 年的里程碑与决策关口",
    ),
    "date": ("Date", "日期"),
    "kind": ("Kind", "类型"),
    "name": ("Name", "名称"),
    "none": ("None.", "无。"),
    "more": ("… and {count} more", "……另有 {count} 项"),
}
MAX_LISTED = 40  # rows of one section before "… and N more"


def word(key: str, language: str, **values: object) -> str:
    """A word of the Overview in `language`, with `values` filled in."""
    en, zh = WORDS[key]
    return (zh if language == "zh" else en).format(**values)


@dataclass
class _Looks:
    title: Any
    subtitle: Any
    section: Any
    header: Any
    text: Any
    wrap: Any
    bold: Any
    bold_wrap: Any
    center: Any
    date: Any
    muted: Any


def _looks(run: ExportRun) -> _Looks:
    get = run.styles.get
    return _Looks(
        title=get(bold=True, font_size=18),
        subtitle=get(font_color="#595959", font_size=10),
        section=get(
            bold=True, font_size=13, font_color="#1F4E79", bottom=2, bottom_color="#1F4E79"
        ),
        header=run.styles.header,
        text=get(font_size=10),
        wrap=get(font_size=10, text_wrap=True),
        bold=get(font_size=10, bold=True),
        bold_wrap=get(font_size=10, bold=True, text_wrap=True),
        center=get(font_size=10, align="center"),
        date=get(font_size=10, num_format="yyyy-mm-dd", align="center"),
        muted=get(font_size=10, italic=True, font_color="#595959"),
    )


class _OverviewWriter:
    def __init__(self, run: ExportRun, snapshot: RoadmapSnapshot, exported: datetime) -> None:
        self.run = run
        self.snapshot = snapshot
        self.language = run.language
        self.exported = exported
        en, zh = OVERVIEW_SHEET
        self.ws = run.workbook.add_worksheet(zh if self.language == "zh" else en)
        self.look = _looks(run)
        self.row = 0
        self.lines = 1  # text lines the current row needs
        self.names = run.names(snapshot)
        self.rankings = rank_pathways(snapshot)

    def text(self, col: int, value: str, fmt: Any, span: int = 1) -> None:
        """Write `value`; wrapped text makes its row tall enough (spreadsheet programs do not
        grow rows by themselves when they open a file, so the printout would overlap)."""
        self.run.write_text(self.ws, self.row, col, value, fmt, self.run.styles.quoted, "")
        if fmt is self.look.wrap or fmt is self.look.bold_wrap:
            # A column's width counts the 11 pt default font's digits; 10 pt text averages
            # narrower (LibreOffice fits ~1.4 `display_width` cells per unit): 1.3 errs
            # towards a taller row, never towards a cut line.
            room = sum(WIDTHS[col : col + span]) * 1.3
            self.lines = max(self.lines, wrapped_lines(value, room))

    def next_row(self) -> None:
        if self.lines > 1:
            self.ws.set_row(self.row, LINE_HEIGHT * self.lines)
        self.lines = 1
        self.row += 1

    def headers(self, *columns: tuple[int, str]) -> None:
        named = dict(columns)
        for col in range(len(WIDTHS)):
            text = word(named[col], self.language) if col in named else ""
            self.ws.write_string(self.row, col, text, self.look.header)
        self.next_row()

    def section(self, title: str) -> None:
        self.row += 1
        self.ws.merge_range(self.row, 0, self.row, len(WIDTHS) - 1, title, self.look.section)
        self.ws.set_row(self.row, 20)
        self.row += 1

    def more(self, count: int) -> None:
        if count > 0:
            self.text(1, word("more", self.language, count=count), self.look.muted)
            self.next_row()

    def none(self) -> None:
        self.text(1, word("none", self.language), self.look.muted)
        self.next_row()

    # -- sections ------------------------------------------------------------------------

    def title(self) -> None:
        info, language = self.snapshot.info, self.language
        self.ws.set_row(0, 28)
        self.text(0, info.title, self.look.title)
        self.row = 1
        self.text(
            0,
            f"{word('overview', language)} · {word('horizon', language)} "
            f"{info.horizon_start.isoformat()} – {info.horizon_end.isoformat()} · "
            f"{word('exported', language)} {self.exported.strftime('%Y-%m-%d %H:%M')}",
            self.look.subtitle,
        )
        self.row = 2

    def problems(self) -> None:
        language, look = self.language, self.look
        self.section(word("problems", language))
        problems = display_order.problems(self.snapshot)
        if not problems:
            self.none()
            return
        self.headers((1, "problem"), (2, "sector"), (3, "priority"), (4, "pathways"), (5, "best"))
        rankings = {ranking.problem_id: ranking for ranking in self.rankings}
        for problem in problems:
            ranking = rankings.get(problem.id)
            best = ranking.best() if ranking else None
            self.text(1, problem.statement, look.wrap)
            self.text(2, problem.sector, look.wrap)
            self.ws.write_string(self.row, 3, label(problem.priority, language), look.center)
            count = len(ranking.pathways) if ranking else 0
            self.ws.write_number(self.row, 4, count, look.center)
            if best is not None:
                self.text(5, best.name, look.wrap)
            self.next_row()

    def ranking(self) -> None:
        language, look = self.language, self.look
        self.section(word("ranking", language))
        pathways = {pathway.id: pathway for pathway in self.snapshot.pathways}
        criteria = {criterion.id: criterion.name for criterion in self.snapshot.criteria}
        problems = {problem.id: problem for problem in self.snapshot.problems}
        order = {problem.id: i for i, problem in enumerate(display_order.problems(self.snapshot))}
        rankings = sorted(self.rankings, key=lambda r: order.get(r.problem_id, len(order)))
        if not any(ranking.pathways for ranking in rankings):
            self.none()
            return
        self.headers((0, "rank"), (1, "pathway"), (2, "status"), (3, "score"), (5, "missing"))
        listed = 0
        for ranking in rankings:
            if not ranking.pathways:
                continue
            problem = problems.get(ranking.problem_id)
            if problem is not None:
                self.ws.merge_range(self.row, 0, self.row, len(WIDTHS) - 1, "", look.bold_wrap)
                self.text(0, problem.statement, look.bold_wrap, span=len(WIDTHS))
                self.next_row()
            for entry in ranking.pathways:
                if listed == MAX_LISTED:
                    break
                listed += 1
                if entry.rank is not None:
                    self.ws.write_number(self.row, 0, entry.rank, look.center)
                self.text(1, entry.name, look.wrap)
                pathway = pathways.get(entry.pathway_id)
                if pathway is not None:
                    self.ws.write_string(self.row, 2, label(pathway.status, language), look.text)
                if entry.score is not None:
                    self.ws.write_number(self.row, 3, round(entry.score, 1), look.center)
                if entry.missing:
                    missing = ", ".join(criteria.get(c, c) for c in entry.missing)
                    self.text(5, missing, look.wrap)
                self.next_row()
        self.more(sum(len(r.pathways) for r in rankings) - listed)

    def products(self) -> None:
        language, look = self.language, self.look
        self.section(word("products", language))
        products = display_order.by_position(self.snapshot.products)
        if not products:
            self.none()
            return
        self.headers((1, "product"), (2, "market"), (3, "launch"), (5, "pathways"))
        for product in list(products)[:MAX_LISTED]:
            self.text(1, product.name, look.wrap)
            self.text(2, product.market, look.wrap)
            if product.launch_date is not None:
                write_date(self.ws, self.row, 3, product.launch_date, look.date)
            linked = "; ".join(self.names.get(p, "") for p in product.pathway_ids)
            self.text(5, linked, look.wrap)
            self.next_row()
        self.more(len(products) - MAX_LISTED)

    def milestones(self) -> None:
        language, look = self.language, self.look
        self.section(word("milestones", language, years=HORIZON_YEARS))
        due = milestones_due(self.snapshot, self.exported.date())
        if not due:
            self.none()
            return
        self.headers((1, "name"), (2, "kind"), (3, "date"), (4, "status"), (5, "pathway"))
        for step in due[:MAX_LISTED]:
            self.text(1, step.name, look.wrap)
            self.ws.write_string(self.row, 2, label(step.step_kind, language), look.text)
            write_date(self.ws, self.row, 3, step.start, look.date)
            self.ws.write_string(self.row, 4, label(step.status, language), look.text)
            self.text(5, self.names.get(step.pathway_id, ""), look.wrap)
            self.next_row()
        self.more(len(due) - MAX_LISTED)

    def finish(self) -> None:
        ws = self.ws
        for col, col_width in enumerate(WIDTHS):
            ws.set_column(col, col, col_width)
        ws.set_landscape()
        ws.set_paper(8)  # A3, like the Timeline it is printed with
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        ws.fit_to_pages(1, 1 if self.row <= ONE_PAGE_ROWS else 0)
        ws.print_area(0, 0, max(self.row - 1, 0), len(WIDTHS) - 1)
        ws.hide_gridlines(2)
        title = self.snapshot.info.title[:80].replace("&", "&&")
        ws.set_footer(f"&L{title}&R&P / &N")

    def write(self) -> None:
        self.title()
        self.problems()
        self.ranking()
        self.products()
        self.milestones()
        self.finish()
        self.run.advance(1)


def milestones_due(snapshot: RoadmapSnapshot, today: date) -> list[Step]:
    """Milestones and decision gates from `today` to two years later, by date then name."""
    try:
        until = today.replace(year=today.year + HORIZON_YEARS)
    except ValueError:  # 29 February
        until = today.replace(year=today.year + HORIZON_YEARS, day=28)
    due = [
        step for step in snapshot.steps if step.step_kind.is_point and today <= step.start <= until
    ]
    return sorted(due, key=lambda step: (step.start, step.name))


def write_overview(run: ExportRun, snapshot: RoadmapSnapshot, exported: datetime) -> None:
    """Add the Overview sheet to the workbook being written by `run`."""
    _OverviewWriter(run, snapshot, exported).write()
