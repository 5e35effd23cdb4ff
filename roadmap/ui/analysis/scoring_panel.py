"""The scoring tab: each problem's pathways ranked by their weighted criterion scores, with a
slider per criterion to try other weights. Moving a slider re-ranks at once and writes
nothing; "Apply weights" stores the tried weights as one undoable edit."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import Criterion, EntityKind, Score
from roadmap.domain.scoring import PathwayScore, Ranking, rank_pathways
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.tables import Index, RowsModel, result_view

SLIDER_TOP = 100
_SCORING_KINDS = (EntityKind.CRITERION, EntityKind.SCORE, EntityKind.PATHWAY, EntityKind.PROBLEM)


class RankingModel(RowsModel):
    """One problem's pathways, best first, with the rank they have under the saved weights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([tr("Rank"), tr("Pathway"), tr("Score"), tr("Missing scores")], parent)
        self.rows: Sequence[PathwayScore] = ()
        self.saved_rank: dict[str, int | None] = {}
        self.criterion_names: dict[str, str] = {}

    def set_ranking(self, ranking: Ranking | None, saved: Ranking | None) -> None:
        self.saved_rank = {p.pathway_id: p.rank for p in saved.pathways} if saved else {}
        self.set_rows(ranking.pathways if ranking is not None else ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return entry.pathway_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            if entry.rank is None:
                return "–"
            saved = self.saved_rank.get(entry.pathway_id)
            if saved is not None and saved != entry.rank:
                return tr("{rank} (was {saved})").format(rank=entry.rank, saved=saved)
            return str(entry.rank)
        if column == 1:
            return entry.name
        if column == 2:
            return "–" if entry.score is None else f"{entry.score:.1f}"
        return ", ".join(self.criterion_names.get(c, c) for c in entry.missing)


class ScoringPanel(QWidget):
    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.criteria: tuple[Criterion, ...] = ()
        self.scores: tuple[Score, ...] = ()
        self.what_if: dict[str, float] = {}  # criterion id -> tried weight (unsaved)
        self.sliders: dict[str, QSlider] = {}
        self._shares: dict[str, QLabel] = {}
        self._scale = 1.0  # slider ticks per unit of weight
        self.problem = QComboBox(self)
        # Problem statements are long sentences: size the box for a few words, not the longest.
        self.problem.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.problem.setMinimumContentsLength(20)
        self.problem.currentIndexChanged.connect(self._rank)
        self.model = RankingModel(self)
        self.table = result_view(self.model, {0: 90, 1: 260, 2: 70}, self)
        self.table.clicked.connect(self._on_row)
        self.weights_box = QGroupBox(tr("Weights (what-if)"), self)
        self.weights_box.setMinimumWidth(340)
        self.weights_form = QFormLayout(self.weights_box)
        self.weights_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.apply_button = QPushButton(tr("Apply weights"), self)
        self.apply_button.setToolTip(tr("Save these weights in the roadmap (one undoable edit)"))
        self.apply_button.clicked.connect(self.apply_weights)
        self.reset_button = QPushButton(tr("Reset"), self)
        self.reset_button.setToolTip(tr("Go back to the saved weights"))
        self.reset_button.clicked.connect(self.reset_weights)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.apply_button)
        left = QVBoxLayout()
        left.addWidget(self.weights_box)
        left.addLayout(buttons)
        left.addStretch(1)
        right = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Problem:"), self))
        pick.addWidget(self.problem, 1)
        right.addLayout(pick)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        session.edited.connect(self._on_edited)
        # Read now (with the roadmap's opening) and after each scoring edit — while hidden,
        # only when next shown: ranking L's 500 pathways takes 50–200 ms, which every rename
        # of a pathway paid with the Analysis dock closed.
        self._stale = True
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read criteria, scores and problems again; tried weights that now equal the saved
        ones are dropped (they were applied or undone)."""
        self._stale = False
        queries = self.session.queries
        self.criteria = tuple(sorted(queries.all(Criterion), key=lambda c: c.position))
        self.scores = queries.all(Score)
        saved = {c.id: c.weight for c in self.criteria}
        self.what_if = {
            cid: w for cid, w in self.what_if.items() if cid in saved and abs(saved[cid] - w) > 1e-9
        }
        self.model.criterion_names = {c.id: c.name for c in self.criteria}
        current = self.problem.currentData()
        self.problem.blockSignals(True)
        self.problem.clear()
        for problem in self.session.problems.values():
            self.problem.addItem(problem.statement, problem.id)
        found = self.problem.findData(current)
        self.problem.setCurrentIndex(found if found >= 0 else 0)
        self.problem.blockSignals(False)
        self._build_sliders()
        self._rank()

    def _snapshot(self) -> RoadmapSnapshot:
        s = self.session
        return RoadmapSnapshot(
            info=s.info,
            criteria=self.criteria,
            problems=tuple(s.problems.values()),
            pathways=tuple(s.pathways.values()),
            scores=self.scores,
        )

    def _build_sliders(self) -> None:
        while self.weights_form.rowCount():
            self.weights_form.removeRow(0)
        self.sliders.clear()
        self._shares.clear()
        biggest = max((c.weight for c in self.criteria), default=0.0)
        # The largest saved weight sits mid-way, so every weight can go up as well as down.
        self._scale = SLIDER_TOP / 2 / biggest if biggest > 0 else SLIDER_TOP / 2
        for criterion in self.criteria:
            slider = QSlider(Qt.Orientation.Horizontal, self.weights_box)
            slider.setRange(0, SLIDER_TOP)
            slider.setObjectName(f"weight_{criterion.id}")
            weight = self.what_if.get(criterion.id, criterion.weight)
            slider.setValue(round(weight * self._scale))
            slider.valueChanged.connect(partial(self._on_slider, criterion.id))
            share = QLabel(self.weights_box)
            share.setMinimumWidth(share.fontMetrics().horizontalAdvance("100 %") + 6)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(share)
            label = QLabel(criterion.name, self.weights_box)
            label.setToolTip(criterion.description or criterion.name)
            self.weights_form.addRow(label, row)
            self.sliders[criterion.id] = slider
            self._shares[criterion.id] = share
        if not self.criteria:
            self.weights_form.addRow(QLabel(tr("The roadmap has no scoring criteria."), self))

    # -- what-if ------------------------------------------------------------------------------

    def weights(self) -> dict[str, float]:
        """The weights the ranking is shown with: tried ones over the saved ones."""
        return {c.id: self.what_if.get(c.id, c.weight) for c in self.criteria}

    def _on_slider(self, criterion_id: str, value: int) -> None:
        self.what_if[criterion_id] = round(value / self._scale, 4)
        self._rank()

    def _rank(self) -> None:
        snapshot = self._snapshot()
        tried = rank_pathways(snapshot, self.what_if or None)
        saved = rank_pathways(snapshot) if self.what_if else tried
        problem_id = self.problem.currentData()
        pick = next((r for r in tried if r.problem_id == problem_id), None)
        before = next((r for r in saved if r.problem_id == problem_id), None)
        self.model.set_ranking(pick, before)
        weights = self.weights()
        total = sum(weights.values())
        for cid, label in self._shares.items():
            share = 100 * weights[cid] / total if total > 0 else 0
            label.setText(f"{share:.0f} %")
            label.setStyleSheet("font-weight: bold" if cid in self.what_if else "")
        changed = bool(self.what_if)
        self.apply_button.setEnabled(changed and not self.session.readonly)
        self.reset_button.setEnabled(changed)

    def reset_weights(self) -> None:
        self.what_if.clear()
        self._build_sliders()
        self._rank()

    def apply_weights(self) -> None:
        """Store the tried weights: one undoable edit however many criteria changed."""
        changes = dict(self.what_if)
        if not changes:
            return

        self.session.perform(lambda commands: commands.set_weights(changes))

    # -- following the roadmap ------------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        if edit.changes.touches(*_SCORING_KINDS):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def _on_row(self, index: QModelIndex) -> None:
        pathway_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if pathway_id in self.session.pathways:
            self.session.select(EntityKind.PATHWAY, pathway_id)
