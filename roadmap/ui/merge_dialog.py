"""File › Merge copies…: what each group changed, the conflicts side by side with a choice
each, a preview on a timeline, and one button that applies it all as one undoable edit.

Every choice plans the merge again (`services.merging.plan_merge`), because a choice can
settle or expose a whole-roadmap rule; Merge is enabled once nothing is open. On L a plan takes
seconds, so it runs in a worker thread (`BackgroundTask`, quiet: no progress dialog over the
choices) on frozen snapshots: the window stays responsive, choices made meanwhile are kept and
planned once more when it ends (the latest choices always win), and Merge waits for the plan
that has them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import Step
from roadmap.domain.merge import RULES, Conflict, ConflictKey, Side
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.changes import Edit
from roadmap.services.copies import CopyToMerge
from roadmap.services.merging import (
    MergePlan,
    apply_merge,
    plain,
    plan_merge,
    read_copies_into,
)
from roadmap.services.workspace import Workspace
from roadmap.store.lineage import LineageRow
from roadmap.ui.background import BackgroundJob, BackgroundTask, BackgroundWork
from roadmap.ui.document_view import DialogOwner
from roadmap.ui.labels import field_label, kind_label, tr, value_label
from roadmap.ui.loading import collector_paused, freeze_loaded
from roadmap.ui.merge_preview import MergePreview, PreviewRow, preview_rows
from roadmap.ui.message_text import message_text
from roadmap.ui.session import RoadmapSession

MAX_COLUMN = 180  # pixels
CHOICE_COLUMN = 1  # next to the group, so the choice never scrolls out of sight


def _shown(conflict: Conflict, value: Any) -> str:
    if conflict.field is None or conflict.field == RULES:
        # whole records: say what each side did with it
        if value is None:
            return tr("(absent)")
        if isinstance(value, Step):  # dates are what a planner compares on the timeline
            return f"{value.start.isoformat()} – {value.end.isoformat()}"
        return tr("(as it was)") if value == conflict.base else tr("(edited)")
    if value is None:
        return "—"
    if isinstance(value, Enum):
        return value_label(value)
    shown = plain(value)
    return ", ".join(map(str, shown)) if isinstance(shown, list) else str(shown)


ALL_ROUNDS = 4  # "all mine/theirs": a choice can open a rule conflict; settle a few rounds


@dataclass(frozen=True)
class Planned:
    """A plan and what the dialog shows of it, all computed off the UI thread."""

    mine: RoadmapSnapshot
    copies: Sequence[CopyToMerge]
    plan: MergePlan
    choices: dict[ConflictKey, Side]
    counts: dict[str, dict[str, int]]
    rows: list[PreviewRow]


def plan_choices(
    mine: RoadmapSnapshot | Callable[[], Workspace],
    lineage: Sequence[LineageRow],
    copies: Sequence[CopyToMerge] | None,
    paths: Sequence[Path],
    choices: dict[ConflictKey, Side],
    all_side: Side | None = None,
) -> Planned:
    """Plan with `choices`; with `all_side`, also choose it for every conflict, planning again
    until no new conflict opens. The first time, `mine` is the session's `reader` (the roadmap
    is read here, in this thread) and `copies` is None (the copies at `paths` are read here).
    Runs in the planning thread."""
    if not isinstance(mine, RoadmapSnapshot):
        with mine() as reader:
            mine = reader.queries.snapshot()
    if copies is None:
        copies = read_copies_into(mine.info.id, lineage, paths)
    choices = dict(choices)
    plan = plan_merge(mine, lineage, copies, choices=choices)
    for _ in range(ALL_ROUNDS if all_side is not None else 0):
        keys = [c.key for m in plan.merges for c in m.result.conflicts]
        keys = [key for key in keys if choices.get(key) is not all_side]
        if not keys or all_side is None:
            break
        for key in keys:
            choices[key] = all_side
        plan = plan_merge(mine, lineage, copies, choices=choices)
    return Planned(mine, copies, plan, choices, plan.counts(), preview_rows(plan, choices))


class MergeDialog(QDialog):
    def __init__(
        self,
        view: DialogOwner,
        session: RoadmapSession,
        paths: list[Path],
        copies: list[CopyToMerge] | None = None,
        work: BackgroundWork | None = None,
    ) -> None:
        """Merge the copies at `paths`, or `copies` already read (the repository's side of a
        publish or pull, see ui/repository_actions.py). The merge is written in a worker
        thread of `work` (the window's); without it the dialog only collects choices. `view`:
        the window it was opened from, which reports a failure and tells the merge's outcome."""
        super().__init__(view.dialog_parent())
        self.view = view
        self.setWindowTitle(tr("Merge copies"))
        self.session = session
        self.work = work
        self.applying: BackgroundTask | None = None  # the merge being written
        # The copies are read with the first plan, in the planning thread (seconds on L).
        self.paths = list(paths)
        self.copies: Sequence[CopyToMerge] | None = copies  # None: read in the thread
        # The roadmap as it is now is read with the first plan, in the planning thread
        # (through `session.reader()`, a read-only connection of that thread's own).
        self.mine: RoadmapSnapshot | Callable[[], Workspace] = session.reader
        self.lineage = session.queries.lineage()
        self.choices: dict[ConflictKey, Side] = {}
        self.planned: Planned | None = None  # the latest plan that came back
        self.planning = False  # a plan is being made, or is out of date
        self._task: BackgroundJob | None = None
        self._again = False  # choices changed while planning: plan once more
        self._all: Side | None = None  # "all mine/theirs" waiting for the next plan
        self._chosen_meanwhile: set[ConflictKey] = set()
        self.edit: Any = None

        self.heading = QLabel()
        self.groups = QTableWidget(0, 5)
        self.groups.setHorizontalHeaderLabels(
            [tr("Group"), tr("Added"), tr("Changed"), tr("Deleted"), tr("Conflicts")]
        )
        self.conflicts = QTableWidget(0, 7)
        self.conflicts.setHorizontalHeaderLabels(
            [tr("Group"), tr("Keep"), tr("What"), tr("Field"), tr("Base"), tr("Mine"), tr("Theirs")]
        )
        for table in (self.groups, self.conflicts):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
        self.groups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.groups.setMaximumHeight(110)
        self.all_mine = QPushButton(tr("All &mine"))
        self.all_theirs = QPushButton(tr("All &theirs"))
        self.all_mine.clicked.connect(lambda: self.choose_all(Side.MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(Side.THEIRS))
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        self.status = QLabel()
        self.preview = MergePreview()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.radio_groups: list[QButtonGroup] = []
        self._shown_rows: list[tuple[str, Conflict]] | None = None

        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(tr("Conflicts: base / mine / theirs")))
        choice_row.addStretch()
        choice_row.addWidget(self.all_mine)
        choice_row.addWidget(self.all_theirs)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.heading)
        upper_layout.addWidget(self.groups)
        upper_layout.addLayout(choice_row)
        upper_layout.addWidget(self.conflicts)
        upper_layout.addWidget(self.duplicates)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(
            QLabel(tr("Preview: the result, with the side not taken as ghost bars"))
        )
        lower_layout.addWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1100, 720)
        self.heading.setText(
            tr('Merging {count} copies into "{title}"').format(
                count=len(copies) if copies is not None else len(paths),
                title=session.queries.info().title,
            )
        )
        self.replan()

    @property
    def plan(self) -> MergePlan:
        """The latest plan (wait for `planning` to turn False for one with every choice)."""
        assert self.planned is not None, "not planned yet"
        return self.planned.plan

    # -- showing the plan ------------------------------------------------------------------

    def show_planning(self) -> None:
        self.status.setText(tr("Planning the merge…"))
        self.merge_button.setEnabled(False)

    def refresh(self) -> None:
        if self.planned is None:
            return
        plan = self.plan
        self.heading.setText(
            tr('Merging {count} copies into "{title}"').format(
                count=len(plan.merges), title=plan.mine.info.title
            )
        )
        self.groups.setRowCount(len(plan.merges))
        for row, merge in enumerate(plan.merges):
            r = merge.result
            cells = [
                merge.copy.label,
                str(sum(r.added.values())),
                str(sum(r.changed.values())),
                str(sum(r.deleted.values())),
                str(len(r.conflicts)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(merge.copy.path))
                self.groups.setItem(row, column, item)
        self.show_conflicts()
        duplicates = [
            tr('{kind} "{name}" was added by both sides').format(
                kind=kind_label(d.kind), name=d.name
            )
            for d in plan.duplicates
        ]
        self.duplicates.setText(
            tr("Possible duplicates: {list}").format(list="; ".join(duplicates))
            if duplicates
            else ""
        )
        open_count = len(plan.unresolved)
        self.status.setText(
            tr("{count} conflict(s) to settle before merging.").format(count=open_count)
            if open_count
            else tr("Ready to merge: {summary}").format(summary=self.summary())
        )
        self.merge_button.setEnabled(plan.clean)
        self.preview.show_plan(plan, self.choices, self.planned.rows)

    def summary(self) -> str:
        assert self.planned is not None
        counts = self.planned.counts
        return tr("{added} added, {changed} changed, {deleted} deleted").format(
            added=sum(counts["added"].values()),
            changed=sum(counts["changed"].values()),
            deleted=sum(counts["deleted"].values()),
        )

    def rows(self) -> list[tuple[str, Conflict]]:
        """(group label, conflict) for every conflict, open or settled, one row per key."""
        seen: dict[ConflictKey, tuple[str, Conflict]] = {}
        for merge in self.plan.merges:
            for conflict in merge.result.conflicts:
                seen.setdefault(conflict.key, (merge.copy.label, conflict))
        return list(seen.values())

    def show_conflicts(self) -> None:
        rows = self.rows()
        if rows == self._shown_rows:
            # The same conflicts (the usual case after a choice): only the choices moved.
            for group, (_, conflict) in zip(self.radio_groups, rows, strict=True):
                chosen = self.choices.get(conflict.key)
                for button in group.buttons():
                    button.setChecked(button.objectName() == (chosen and chosen.value))
            return
        self._shown_rows = rows
        self.conflicts.setRowCount(len(rows))
        self.radio_groups = []
        for row, (label, conflict) in enumerate(rows):
            what = f"{kind_label(conflict.kind)} “{conflict.name}”"
            if conflict.field == RULES:
                field = tr("rule: {reason}").format(
                    reason=message_text(conflict.reason) if conflict.reason else ""
                )
            elif conflict.field is None:
                field = tr("deleted / edited")
            else:
                field = field_label(conflict.field)
            values = (conflict.base, conflict.mine, conflict.theirs)
            cells = [label, "", what, field, *(_shown(conflict, v) for v in values)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.conflicts.setItem(row, column, item)
            self.conflicts.setCellWidget(row, CHOICE_COLUMN, self._choice_widget(conflict))
        # Long values and rule texts are cut (the tooltip has them whole), so the choice
        # column stays on screen.
        self.conflicts.resizeColumnsToContents()
        for column in range(CHOICE_COLUMN + 1, self.conflicts.columnCount()):
            if self.conflicts.columnWidth(column) > MAX_COLUMN:
                self.conflicts.setColumnWidth(column, MAX_COLUMN)

    def _choice_widget(self, conflict: Conflict) -> QWidget:
        widget = QWidget()
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(2, 0, 2, 0)
        group = QButtonGroup(widget)
        chosen = self.choices.get(conflict.key)
        for side, text in ((Side.MINE, tr("Mine")), (Side.THEIRS, tr("Theirs"))):
            button = QRadioButton(text)
            button.setObjectName(side.value)
            button.setChecked(chosen is side)
            group.addButton(button)
            layout.addWidget(button)
            button.clicked.connect(lambda _=False, s=side: self.choose(conflict.key, s))
        self.radio_groups.append(group)
        return widget

    # -- choosing and applying -------------------------------------------------------------

    def choose(self, key: ConflictKey, side: Side) -> None:
        self.choices[key] = side
        self._chosen_meanwhile.add(key)
        self.replan()

    def choose_all(self, side: Side) -> None:
        self._all = side
        self._chosen_meanwhile.clear()  # "all" overrides the choices made before it
        self.replan()

    def replan(self) -> None:
        """Plan with the current choices in the background (once more later if busy)."""
        self.planning = True
        self.show_planning()
        if self._task is not None:
            self._again = True
            return
        self._again = False
        self._chosen_meanwhile = set()
        mine, lineage, copies, paths = self.mine, self.lineage, self.copies, self.paths
        choices, all_side = dict(self.choices), self._all
        self._all = None

        def job(_progress: Any, _cancelled: Any) -> Planned:
            # A plan of L allocates hundreds of thousands of objects; full collections over
            # the roadmap's millions hold the interpreter lock — and so the window — for up
            # to a second or two. As when a roadmap loads (roadmap.ui.loading): no collection
            # while planning, then what lives on (the copies, the plan) is kept out of scans.
            with collector_paused():
                planned = plan_choices(mine, lineage, copies, paths, choices, all_side)
                freeze_loaded()  # before the collector is back: it would scan it all once
            return planned

        # A job without a progress dialog: the dialog says "Planning…" itself, and a modal
        # progress box must not cover the choices the user keeps making.
        task = BackgroundJob(job, self)
        task.finished.connect(self._planned)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _planned(self, planned: Planned) -> None:
        self._task = None
        # The plan's choices (with "all …" filled in), then what was clicked meanwhile.
        later = {k: self.choices[k] for k in self._chosen_meanwhile if k in self.choices}
        self.choices = {**planned.choices, **later}
        self.planned = planned
        self.mine, self.copies = planned.mine, planned.copies
        if self._again or self._all is not None:
            self.replan()
            return
        self.planning = False
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.planning = False
        self.reject()
        self.view.task_failed(error)  # a copy refused: not a copy, of another roadmap, …

    def done(self, result: int) -> None:
        # A plan still running is let finish (its result is dropped), so its thread never
        # outlives the dialog.
        task, self._task = self._task, None
        if task is not None:
            task.finished.disconnect(self._planned)
            task.failed.disconnect(self._failed)
            task.cancel()
            task.wait()
        super().done(result)

    def accept(self) -> None:
        """Write the settled plan in a worker thread (backup, one transaction), behind a
        progress dialog whose Cancel leaves the roadmap as it was; then one undoable edit."""
        from roadmap.ui.background_writes import write_in_background

        if self.planning or self.planned is None or not self.plan.clean:
            return
        if self.applying is not None or self.work is None:
            return
        plan = self.plan
        summary = self.summary()

        def done(edit: Edit) -> None:
            self.edit = edit
            self.view.show_status(
                tr("Merged {count} copies: {summary}").format(
                    count=len(plan.merges), summary=summary
                ),
                10000,
            )
            super(MergeDialog, self).accept()

        self.merge_button.setEnabled(False)
        self.applying = write_in_background(
            self.work,
            self.session,
            tr("Merging {count} copies…").format(count=len(plan.merges)),
            lambda writer, _read: apply_merge(writer, plan),
            undoable=lambda edit: edit,
            done=done,
            parent=self,
        )
        self.applying.ended.connect(self._written)

    def _written(self) -> None:
        """The write ended (done, cancelled or refused): Merge may be pressed again."""
        self.applying = None
        self.merge_button.setEnabled(not self.planning and self.plan.clean)
