"""Workshop › Dot vote…: the facilitator sets the vote up, participants vote in turn on the one
laptop (each on a fresh ballot, earlier ballots and all totals hidden), and closing shows the
totals and stores the vote — as a scoring criterion too, if the team wants — as one edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import VoteStyle
from roadmap.domain.errors import RoadmapError
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.voting import DotVote, Item, VoteSetup
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text
from roadmap.ui.record_form import problem_label

MAX_PARTICIPANTS = 200


def participants_from(text: str) -> tuple[str, ...]:
    """Names separated by commas (or 、，;), or a number of anonymous participants."""
    text = text.strip()
    if text.isdigit():
        count = min(int(text), MAX_PARTICIPANTS)
        return tuple(tr("Participant {n}").format(n=n) for n in range(1, count + 1))
    for separator in "，、;；\n":
        text = text.replace(separator, ",")
    names = [name.strip() for name in text.split(",") if name.strip()]
    return tuple(dict.fromkeys(names))  # a name given twice is one participant


class VoteDialog(QDialog):
    """Setup → ballots → totals; `vote` is the DotVote once started, `criterion()` says
    whether (and as what) to apply it when it is stored."""

    def __init__(self, snapshot: RoadmapSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Dot vote"))
        self.snapshot = snapshot
        self.vote: DotVote | None = None
        self.pages = QStackedWidget(self)
        self.problem = problem_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.problem)
        self._setup_page()
        self._ballot_page()
        self._results_page()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    # -- pages ---------------------------------------------------------------------------

    def _setup_page(self) -> None:
        page = QWidget(self)
        form = QFormLayout(page)
        self.question = QLineEdit(tr("Which pathways should we pursue first?"), page)
        form.addRow(tr("Question:"), self.question)
        self.items = QListWidget(page)
        problems = {p.id: p.statement for p in self.snapshot.problems}
        for pathway in sorted(self.snapshot.pathways, key=lambda p: (p.problem_id, p.position)):
            text = f"{pathway.name} — {problems.get(pathway.problem_id, '')[:60]}"
            self._item(text, Item(EntityKind.PATHWAY, pathway.id, pathway.name), checked=True)
        for product in sorted(self.snapshot.products, key=lambda p: p.position):
            text = tr("Product: {name}").format(name=product.name)
            self._item(text, Item(EntityKind.PRODUCT, product.id, product.name), checked=False)
        form.addRow(tr("Vote on:"), self.items)
        self.dots = QSpinBox(page)
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        form.addRow(tr("Dots per participant:"), self.dots)
        self.cap = QSpinBox(page)
        self.cap.setRange(0, 20)
        self.cap.setSpecialValueText(tr("no cap"))
        form.addRow(tr("Most dots on one item:"), self.cap)
        self.people = QLineEdit(page)
        self.people.setPlaceholderText(tr("Names separated by commas, or how many people vote"))
        form.addRow(tr("Participants:"), self.people)
        self.named = QCheckBox(tr("Keep who voted for what (named voting)"), page)
        form.addRow(self.named)
        self.start_button = QPushButton(tr("Start voting"), page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        form.addRow(self.start_button)
        self.pages.addWidget(page)

    def _item(self, text: str, item: Item, *, checked: bool) -> None:
        entry = QListWidgetItem(text, self.items)
        entry.setData(Qt.ItemDataRole.UserRole, item)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _ballot_page(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.ballot_title = QLabel(page)
        self.ballot_title.setWordWrap(True)
        font = self.ballot_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.ballot_title.setFont(font)
        self.ballot_form = QFormLayout()
        self.left_label = QLabel(page)
        buttons = QHBoxLayout()
        self.cast_button = QPushButton(tr("Cast ballot"), page)
        self.cast_button.setDefault(True)
        self.cast_button.clicked.connect(self._cast)
        self.close_button = QPushButton(tr("Close the vote"), page)
        self.close_button.clicked.connect(self._close_vote)
        buttons.addWidget(self.cast_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addWidget(self.ballot_title)
        layout.addLayout(self.ballot_form)
        layout.addWidget(self.left_label)
        layout.addLayout(buttons)
        self.ballot: dict[str, QSpinBox] = {}
        self.pages.addWidget(page)

    def _results_page(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.results_title = QLabel(page)
        self.results_title.setWordWrap(True)
        self.results = QTableWidget(0, 2, page)
        self.results.setHorizontalHeaderLabels([tr("Item"), tr("Dots")])
        self.results.horizontalHeader().setStretchLastSection(True)
        self.apply = QCheckBox(tr("Apply as a scoring criterion of the pathways"), page)
        self.apply.setChecked(True)
        self.criterion_name = QLineEdit(tr("Team vote"), page)
        self.weight = QDoubleSpinBox(page)
        self.weight.setRange(0.0, 100.0)
        self.weight.setSingleStep(0.05)
        weights = [c.weight for c in self.snapshot.criteria]
        self.weight.setValue(round(sum(weights) / len(weights), 2) if weights else 1.0)
        form = QFormLayout()
        form.addRow(self.apply)
        form.addRow(tr("Criterion:"), self.criterion_name)
        form.addRow(tr("Weight:"), self.weight)
        self.store_button = QPushButton(tr("Store the vote"), page)
        self.store_button.setDefault(True)
        self.store_button.clicked.connect(self.accept)
        layout.addWidget(self.results_title)
        layout.addWidget(self.results)
        layout.addLayout(form)
        layout.addWidget(self.store_button)
        self.pages.addWidget(page)

    # -- flow ----------------------------------------------------------------------------

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def _start(self) -> None:
        items = []
        for row in range(self.items.count()):
            entry = self.items.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                items.append(entry.data(Qt.ItemDataRole.UserRole))
        participants = participants_from(self.people.text())
        named = self.named.isChecked() and not self.people.text().strip().isdigit()
        setup = VoteSetup(
            self.question.text(),
            tuple(items),
            participants,
            self.dots.value(),
            self.cap.value(),
            VoteStyle.NAMED if named else VoteStyle.ANONYMOUS,
        )
        try:
            self.vote = DotVote(setup)
        except RoadmapError as error:
            self._say(message_text(error))
            return
        self._say("")
        self._next_ballot()

    def _next_ballot(self) -> None:
        """A fresh ballot for the next participant: nobody's dots, no totals on screen."""
        assert self.vote is not None
        participant = self.vote.next_participant
        if participant is None:
            self._close_vote()
            return
        setup = self.vote.setup
        done = len(self.vote.ballots)
        self.ballot_title.setText(
            tr("Ballot {n} of {total} — {name}: give your {dots} dots").format(
                n=done + 1, total=len(setup.participants), name=participant, dots=setup.dots_each
            )
        )
        while self.ballot_form.rowCount():
            self.ballot_form.removeRow(0)
        self.ballot = {}
        for item in setup.items:
            box = QSpinBox(self)
            box.setRange(0, setup.cap or setup.dots_each)
            box.valueChanged.connect(self._show_left)
            self.ballot_form.addRow(item.name, box)
            self.ballot[item.id] = box
        self._show_left()
        self.pages.setCurrentIndex(1)
        if self.ballot:
            next(iter(self.ballot.values())).setFocus()

    def _show_left(self) -> None:
        assert self.vote is not None
        left = self.vote.setup.dots_each - sum(box.value() for box in self.ballot.values())
        self.left_label.setText(tr("Dots left: {left}").format(left=left))

    def _cast(self) -> None:
        assert self.vote is not None
        participant = self.vote.next_participant
        if participant is None:
            return
        try:
            self.vote.cast(participant, {k: box.value() for k, box in self.ballot.items()})
        except RoadmapError as error:
            self._say(message_text(error))
            return
        self._say("")
        self._next_ballot()

    def _close_vote(self) -> None:
        assert self.vote is not None
        self.vote.close()
        totals = self.vote.totals()
        names = {item.id: item.name for item in self.vote.setup.items}
        ranked = sorted(totals.items(), key=lambda entry: -entry[1])
        self.results.setRowCount(len(ranked))
        for row, (item_id, count) in enumerate(ranked):
            self.results.setItem(row, 0, QTableWidgetItem(names[item_id]))
            self.results.setItem(row, 1, QTableWidgetItem(str(count)))
        self.results_title.setText(
            tr("The vote is closed: {ballots} of {total} ballots.").format(
                ballots=len(self.vote.ballots), total=len(self.vote.setup.participants)
            )
        )
        has_pathways = any(i.kind is EntityKind.PATHWAY for i in self.vote.setup.items)
        self.apply.setEnabled(has_pathways)
        self.apply.setChecked(has_pathways)
        self.pages.setCurrentIndex(2)

    def criterion(self) -> tuple[str, float] | None:
        """(name, weight) of the criterion to apply the vote as, or None."""
        if not (self.apply.isEnabled() and self.apply.isChecked()):
            return None
        return (self.criterion_name.text().strip() or tr("Team vote"), self.weight.value())

    def held_on(self) -> date:
        return date.today()
