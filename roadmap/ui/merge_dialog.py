"""File › Merge copies…: what each group changed, the conflicts side by side with a choice
each, a preview on a timeline, and one button that applies it all as one undoable edit.

Every choice plans the merge again (`services.merging.plan_merge`, pure and quick), because a
choice can settle or expose a whole-roadmap rule; Merge is enabled once nothing is open.
"""

from __future__ import annotations

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
from roadmap.services.copies import CopyToMerge
from roadmap.services.merging import MergePlan, apply_merge, plain, plan_merge, read_copies
from roadmap.ui.labels import field_label, kind_label, tr, value_label
from roadmap.ui.merge_preview import MergePreview
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


class MergeDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        session: RoadmapSession,
        paths: list[Path],
        copies: list[CopyToMerge] | None = None,
    ) -> None:
        """Merge the copies at `paths`, or `copies` already read (the repository's side of a
        publish or pull, see ui/repository_actions.py)."""
        super().__init__(parent)
        self.setWindowTitle(tr("Merge copies"))
        self.session = session
        workspace = session.workspace
        self.copies = read_copies(workspace, paths) if copies is None else copies
        self.mine = session.queries.snapshot()
        self.lineage = session.queries.lineage()
        self.choices: dict[ConflictKey, Side] = {}
        self.plan: MergePlan = plan_merge(self.mine, self.lineage, self.copies)
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
        self.refresh()

    # -- showing the plan ------------------------------------------------------------------

    def refresh(self) -> None:
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
        self.preview.show_plan(plan, self.choices)

    def summary(self) -> str:
        counts = self.plan.counts()
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
        self.replan()

    def choose_all(self, side: Side) -> None:
        # Rule conflicts can appear once fields are chosen: settle until nothing new opens.
        for _ in range(4):
            keys = [c.key for _, c in self.rows() if self.choices.get(c.key) is not side]
            if not keys:
                break
            for key in keys:
                self.choices[key] = side
            self.plan = plan_merge(self.mine, self.lineage, self.copies, choices=self.choices)
        self.refresh()

    def replan(self) -> None:
        self.plan = plan_merge(self.mine, self.lineage, self.copies, choices=self.choices)
        self.refresh()

    def accept(self) -> None:
        if not self.plan.clean:
            return
        plan = self.plan
        self.edit = self.session.perform(
            lambda _commands: apply_merge(self.session.workspace, plan)
        )
        if self.edit is not None:
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(
                    tr("Merged {count} copies: {summary}").format(
                        count=len(plan.merges), summary=self.summary()
                    ),
                    10000,
                )
            super().accept()
