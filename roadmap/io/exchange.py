"""Export and import by file suffix: the one entry point the CLI and the app call.

Both take a progress callback `(done, total)` and a cancellation check, and are safe to run in
a worker thread: they open their own connections and touch no UI. The format modules behind
them are imported only when used (openpyxl and matplotlib are slow to import).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from roadmap.atomic_files import check_target
from roadmap.collector import collector_paused
from roadmap.domain import file_messages
from roadmap.domain.baseline import Baseline
from roadmap.domain.catalogue import CATALOGUE
from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import Language
from roadmap.domain.errors import RoadmapError
from roadmap.domain.lineage import LineageRow
from roadmap.domain.messages import Listing, Message, message
from roadmap.domain.snapshot import SECTION, WRITE_ORDER, RoadmapSnapshot
from roadmap.io.column_mapping import Profile
from roadmap.io.export_options import Cancelled as Cancelled
from roadmap.io.export_options import ExportCancelled as ExportCancelled
from roadmap.io.export_options import ExportOptions as ExportOptions
from roadmap.io.export_options import Progress as Progress
from roadmap.io.foreign_plan import ForeignPlan
from roadmap.io.lane_names import match_lanes_by_name
from roadmap.io.problems import ParsedSource
from roadmap.services.changes import Edit
from roadmap.services.commands import AlsoRows
from roadmap.services.sync import merge
from roadmap.services.workspace import Workspace, is_roadmap_file

EXPORT_SUFFIXES = (".xlsx", ".json", ".csv", ".xml", ".png", ".svg", ".pdf")
IMPORT_SUFFIXES = (".xlsx", ".json", ".csv", ".xml", ".gan")


DEFAULT_OPTIONS = ExportOptions()


class UnsupportedFormat(RoadmapError):
    pass


def export_file(
    workspace: Workspace,
    out: Path,
    options: ExportOptions = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Sequence[str | Message]:
    """Write the roadmap to `out` in the format its suffix names; returns warnings."""
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        choices = ", ".join(EXPORT_SUFFIXES)
        if not suffix:
            raise UnsupportedFormat("export.no_suffix", choices=choices)
        raise UnsupportedFormat("export.unsupported", suffix=suffix, choices=choices)
    if out.is_dir():
        raise RoadmapError("export.is_folder", path=out)
    _refuse_a_roadmap_as_output(out, workspace.path)
    check_target(out)
    snapshot = workspace.queries.snapshot()
    if suffix == ".json":
        from roadmap.io.json_format import write_json
        from roadmap.services.baselines import all_baselines

        write_json(snapshot, out, all_baselines(workspace), workspace.queries.lineage())
        return []
    if suffix == ".xlsx":
        from roadmap.io.workbook_export import export_workbook
        from roadmap.services.baselines import all_baselines

        kept = all_baselines(workspace)
        return export_workbook(
            snapshot,
            out,
            options,
            progress,
            cancelled,
            baselines=kept,
            lineage=workspace.queries.lineage(),
        )
    if suffix == ".csv":
        from roadmap.io.csv_export import export_csv

        return export_csv(snapshot, out, options)
    if suffix == ".xml":
        from roadmap.io.mspdi_export import export_mspdi
        from roadmap.services.baselines import all_baselines

        return export_mspdi(snapshot, out, all_baselines(workspace))
    from roadmap.charts.export import export_chart
    from roadmap.charts.registry import ChartOptions

    chart_options = ChartOptions(problem=options.problem, language=options.language)
    if options.wallchart:
        from roadmap.charts.wallchart import export_wallchart

        return export_wallchart(snapshot, out, options.wallchart, chart_options)
    if options.chart == "milestones":
        from roadmap.services.baselines import all_baselines

        chart_options = replace(chart_options, baselines=all_baselines(workspace))
    return export_chart(snapshot, out, options.chart, chart_options)


def _refuse_a_roadmap_as_output(out: Path, source: Path) -> None:
    """Never export over the roadmap being read (by name, link or hard link) or any roadmap."""
    try:
        same = out.exists() and os.path.samefile(out, source)
    except OSError:
        same = False
    if same:
        raise RoadmapError(file_messages.same_as_input(out, source))
    if out.is_file() and is_roadmap_file(out):
        raise RoadmapError(file_messages.output_is_roadmap(out))


def read_source(
    source: Path,
    progress: Progress | None = None,
    profile: Profile | None = None,
    language: Language | None = None,
) -> ParsedSource | ForeignPlan:
    """The records of a file, each value checked (raises `ImportProblems`).

    Our own workbook and JSON give records; a spreadsheet read through a column mapping
    (`profile`, or any .csv), an MS Project XML and a GanttProject file give a `ForeignPlan`,
    placed in a roadmap once it is known which. Whether the result makes a valid roadmap is
    judged by `apply_import`/`import_file`. `language`: the language of the roadmap it goes
    into, which names a reader makes up are stored in (None for a new roadmap: by content).
    """
    suffix = source.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        if not suffix:
            raise UnsupportedFormat("import.no_suffix")
        raise UnsupportedFormat("import.unsupported_plan", suffix=suffix)
    if not source.is_file():
        raise RoadmapError("import.source_missing", path=source)
    if profile is not None and suffix not in (".xlsx", ".csv"):
        raise RoadmapError("import.map_only_sheets")
    if profile is not None or suffix == ".csv":
        from roadmap.io.sheet_import import read_mapped

        return read_mapped(source, profile)
    if suffix == ".xml":
        from roadmap.io.mspdi_import import read_mspdi

        return read_mspdi(source, language)
    if suffix == ".gan":
        from roadmap.io.gan_import import read_gan

        return read_gan(source, language)
    # Our own files hold a whole roadmap: hundreds of thousands of values read at once, none in
    # a cycle, which the collector would otherwise scan again and again (see roadmap.collector).
    with collector_paused():
        if suffix == ".json":
            from roadmap.io.json_format import parse_json

            return parse_json(source)
        from roadmap.io.workbook_import import parse_workbook

        return parse_workbook(source, progress)


@dataclass
class ImportSummary:
    """Per entity section: how many records were added, updated, left unchanged, kept, removed."""

    target: Path
    created: bool
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    edit: Edit | None = None
    left_out: list[Message] = field(default_factory=list)
    foreign: bool = False  # a plan from another tool joins the roadmap: nothing is "kept"

    def lanes_matched(self) -> int:
        """How many lanes of the source were taken as this roadmap's lanes of the same name."""
        return self.counts.get(SECTION[EntityKind.LANE], {}).get("matched", 0)

    def __str__(self) -> str:
        return self.render("en")

    def render(self, language: str) -> str:
        """What the import did, section by section, in `language` (the CLI's output)."""
        head = "import.summary_created" if self.created else "import.summary_into"
        lines = [message(head, file=self.target).render(language)]
        kept_total = 0
        for section, c in self.counts.items():
            if self.foreign:
                c = {**c, "kept": 0}
            if not any(c.values()):
                continue
            counted = [(code, c.get(k, 0)) for k, code in _COUNTED]  # baselines: no "matched"
            parts = Listing(tuple(message(code, count=n) for code, n in counted if n))
            kept_total += c["kept"]
            code = f"section.{section}"
            name = message(code) if code in CATALOGUE else section.replace("_", " ")
            lines.append(message("import.summary_line", name=name, counts=parts).render(language))
        if kept_total:
            lines.append(message("import.summary_kept", count=kept_total).render(language))
        matched = self.lanes_matched()
        if matched:
            lines.append(message("import.summary_lanes_matched", count=matched).render(language))
        if self.left_out:
            lines.append(message("import.summary_left_out").render(language))
            lines += [f"  {line.render(language)}" for line in self.left_out]
        return "\n".join(lines)


_COUNTED = (
    ("added", "import.count_added"),
    ("updated", "import.count_updated"),
    ("unchanged", "import.count_unchanged"),
    ("matched", "import.count_matched"),
    ("kept", "import.count_kept"),
    ("removed", "import.count_removed"),
)


def summarize(
    old: RoadmapSnapshot | None,
    incoming: RoadmapSnapshot,
    replace: bool,
    lanes_matched: int = 0,
) -> dict[str, dict[str, int]]:
    """Per section, what `incoming` does to `old`; `lanes_matched` lanes of the source were
    taken as lanes of `old` by name (`match_lanes_by_name`), so they are not "kept"."""
    counts: dict[str, dict[str, int]] = {}
    for kind in WRITE_ORDER[1:]:
        before = {e.id: e for e in old.of(kind)} if old else {}
        new_ids = {e.id for e in incoming.of(kind)}
        matched = lanes_matched if kind is EntityKind.LANE else 0
        c = {"added": 0, "updated": 0, "unchanged": 0, "matched": matched, "kept": 0, "removed": 0}
        for entity in incoming.of(kind):
            previous = before.get(entity.id)
            c[
                "added" if previous is None else "unchanged" if previous == entity else "updated"
            ] += 1
        absent = sum(1 for entity_id in before if entity_id not in new_ids)
        c["removed" if replace else "kept"] = absent - matched
        counts[SECTION[kind]] = c
    return counts


def apply_import(
    workspace: Workspace, parsed: ParsedSource | ForeignPlan, *, replace: bool
) -> ImportSummary:
    """Bring a read file into an open roadmap in one undoable edit (all or nothing).

    Without `replace`, records the file leaves out are kept, and the file's records may refer
    to them; the merged roadmap is what must be valid. Its lanes of IDs new here that bear
    the name of a lane here are that lane (`io/lane_names.py`). A foreign plan always joins the
    roadmap (it cannot replace it: it holds no lanes, criteria or patents of its own).
    """
    current = workspace.queries.snapshot()
    left_out: list[Message] = []
    foreign = isinstance(parsed, ForeignPlan)
    plan = parsed if isinstance(parsed, ForeignPlan) else None
    if isinstance(parsed, ForeignPlan):
        if replace:
            raise RoadmapError("import.foreign_replace", name=parsed.source)
        left_out = parsed.left_out
        parsed = parsed.parsed_for(current)
    lanes_matched = 0
    if not replace and not foreign:
        matched, lanes_matched = match_lanes_by_name(current, parsed.snapshot)
        parsed = dataclasses.replace(parsed, snapshot=matched)
    parsed.validated(None if replace else current)
    incoming = parsed.snapshot
    if replace and not workspace.document.readonly:
        workspace.backup("before-import")  # replacing is destructive: keep what was there
    goal = merge(current, incoming) if not replace else incoming
    found = _baselines(plan if plan is not None else parsed, goal, _present(workspace))
    edit = workspace.commands.replace_all(
        current, incoming, keep_absent=not replace, also=found.rows
    )
    counts = {**summarize(current, incoming, replace, lanes_matched), **found.counts}
    return ImportSummary(workspace.path, False, counts, edit, left_out, foreign)


@dataclass(frozen=True)
class IncomingBaselines:
    """The rows adding a file's baselines (None: it brings none) and their count for the
    import's summary."""

    rows: AlsoRows | None = None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


def _baselines(
    parsed: ParsedSource | ForeignPlan, after: RoadmapSnapshot, present: Sequence[Baseline]
) -> IncomingBaselines:
    """The rows adding the file's baselines this roadmap lacks (by ID and name; present ones
    stay as they are), planned in the import's own transaction — one edit, one undo, and a
    refusal of a baseline leaves the file as it was. `after`: the roadmap as the import leaves
    it, over whose steps an MS Project file's Baseline 0–10 come in as "Baseline N · file"."""
    from roadmap.services.baselines import restored_rows

    found: Sequence[Baseline] = ()
    if isinstance(parsed, ParsedSource):
        found = parsed.baselines
    elif parsed.baselines:
        from roadmap.io.plan_baselines import baselines_of

        found = baselines_of(parsed, after, present)  # only those this roadmap lacks
    brought = len(parsed.baselines)
    if not brought:
        return IncomingBaselines()
    ids, names = {b.info.id for b in present}, {b.name for b in present}
    added = sum(1 for b in found if b.info.id not in ids and b.name not in names)
    counted = {"added": added, "updated": 0, "unchanged": brought - added, "kept": 0}
    rows: AlsoRows | None = (lambda session: restored_rows(session, found)) if found else None
    return IncomingBaselines(rows, {"baselines": {**counted, "removed": 0}})


def _present(workspace: Workspace) -> tuple[Baseline, ...]:
    from roadmap.services.baselines import all_baselines

    return all_baselines(workspace)


def import_file(
    source: Path,
    target: Path,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    profile: Profile | None = None,
) -> ImportSummary:
    """Read `source` into the roadmap `target` (created if missing); all or nothing.

    An existing roadmap is opened first: names a reader makes up are stored in its language."""
    if target.exists():
        with Workspace.open(target) as workspace:
            language = workspace.queries.info().language
            parsed = read_source(source, progress, profile, language)
            return apply_import(workspace, parsed, replace=replace)
    parsed = read_source(source, progress, profile)
    left_out: list[Message] = []
    if isinstance(parsed, ForeignPlan):
        base = parsed.new_roadmap()
        left_out = parsed.left_out
        incoming = parsed.parsed_for(base).validated(base)
        lineage: tuple[LineageRow, ...] = ()
    else:
        incoming = parsed.validated()
        lineage = parsed.lineage  # a breakout copy that went out and came back
    found = _baselines(parsed, incoming, ())
    with Workspace.create(target, incoming, lineage, checked=True, also=found.rows):
        pass
    counts = {**summarize(None, incoming, replace), **found.counts}
    foreign = isinstance(parsed, ForeignPlan)
    return ImportSummary(target, True, counts, None, left_out, foreign)
