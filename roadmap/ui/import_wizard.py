"""The Import wizard for any spreadsheet: pick the sheet and header row, map columns to step
fields (pre-filled from English and Chinese synonyms), choose defaults and the day/month order,
and see the rows as they will be stored, with every problem listed, before anything is written.

The mapping can be saved as a profile (the same JSON `roadmap import … --map` reads) and loaded
again. The wizard only reads the file; the import itself is the one undoable import edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message
from roadmap.io.column_mapping import FIELDS, Profile, auto_map, detect_header_row
from roadmap.io.foreign_plan import ForeignPlan
from roadmap.io.loose_dates import DayOrder
from roadmap.io.sheet_import import Table, plan_from_table, read_rows
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text

PREVIEW_ROWS = 20


def field_label(name: str) -> str:
    labels = {
        "key": tr("Key (updates instead of duplicating)"),
        "name": tr("Name"),
        "start": tr("Start"),
        "end": tr("End"),
        "lead": tr("Lead person"),
        "organization": tr("Owner organization"),
        "lane": tr("Lane"),
        "pathway": tr("Pathway"),
        "problem": tr("Problem"),
        "step_kind": tr("Kind"),
        "status": tr("Status"),
        "progress": tr("Progress %"),
        "trl_start": tr("TRL at start"),
        "trl_target": tr("Target TRL"),
        "budget": tr("Budget"),
        "notes": tr("Notes"),
    }
    return labels[name]


class ImportWizard(QWizard):
    """Over the tables of `source`; `profile()` is what the user chose, `plan()` what it
    makes of the whole sheet."""

    def __init__(
        self, parent: QWidget | None, source: Path, lanes: list[str], tables: list[Table]
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.tables = tables  # read by the caller, in a worker thread        self.setWindowTitle(tr("Import {name}").format(name=source.name))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.mapping_page = MappingPage(self, lanes)
        self.preview_page = PreviewPage(self)
        self.addPage(self.mapping_page)
        self.addPage(self.preview_page)
        self.resize(760, 560)

    def table(self) -> Table:
        return self.mapping_page.current_table()

    def profile(self) -> Profile:
        page = self.mapping_page
        columns = {
            name: combo.currentText()
            for name, combo in page.combos.items()
            if combo.currentIndex() > 0
        }
        order = page.date_order.currentData()
        return Profile(
            sheet=self.table().name,
            header_row=page.header_row.value(),
            columns=columns,
            date_order=DayOrder(order) if order else None,
            problem=page.problem.text().strip() or None,
            pathway=page.pathway.text().strip() or None,
            lane=page.lane.currentText().strip() or None,
        )

    def plan(self) -> ForeignPlan:
        return plan_from_table(self.source.name, self.table(), self.profile())


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard, lanes: list[str]) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(tr("Columns"))
        self.setSubTitle(
            tr("Which column holds what. Columns with known headers are mapped already.")
        )
        self.sheet = QComboBox()
        self.sheet.addItems([t.name for t in wizard.tables])
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1_000_000)
        self.date_order = QComboBox()
        self.date_order.addItem(tr("Ask (refuse dates like 03/04/2027)"), None)
        self.date_order.addItem(tr("Day first (31/12/2027)"), DayOrder.DAY_FIRST.value)
        self.date_order.addItem(tr("Month first (12/31/2027)"), DayOrder.MONTH_FIRST.value)
        self.problem = QLineEdit()
        self.problem.setPlaceholderText(tr("named after the file"))
        self.pathway = QLineEdit()
        self.pathway.setPlaceholderText(tr("named after the file"))
        self.lane = QComboBox()
        self.lane.setEditable(True)
        self.lane.addItems(["", *lanes])
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(tr("Sheet"), self.sheet)
        form.addRow(tr("Header row"), self.header_row)
        form.addRow(tr("Dates like 03/04/2027"), self.date_order)
        for name in FIELDS:
            combo = QComboBox()
            self.combos[name] = combo
            form.addRow(field_label(name), combo)
        form.addRow(tr("Problem for rows without one"), self.problem)
        form.addRow(tr("Pathway for rows without one"), self.pathway)
        form.addRow(tr("Lane for rows without one"), self.lane)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.load_button = QPushButton(tr("Load mapping…"))
        self.load_button.clicked.connect(self.load_profile)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.load_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(buttons)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.header_row.valueChanged.connect(self._header_changed)
        self._sheet_changed()

    def current_table(self) -> Table:
        return self.owner.tables[max(self.sheet.currentIndex(), 0)]

    def headers(self) -> list[str]:
        rows = self.current_table().rows
        at = self.header_row.value() - 1
        if at >= len(rows):
            return []
        return [str(cell).strip() for cell in rows[at] if cell is not None and str(cell).strip()]

    def _sheet_changed(self) -> None:
        rows = self.current_table().rows
        self.header_row.blockSignals(True)
        self.header_row.setValue(detect_header_row(rows) + 1)
        self.header_row.blockSignals(False)
        self._header_changed()

    def _header_changed(self) -> None:
        headers = self.headers()
        mapped = auto_map(headers)
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(not in this sheet)"))
            combo.addItems(headers)
            if name in mapped:
                combo.setCurrentIndex(combo.findText(mapped[name]))
            combo.blockSignals(False)

    def apply_profile(self, profile: Profile) -> None:
        if profile.sheet is not None:
            index = self.sheet.findText(profile.sheet)
            if index >= 0:
                self.sheet.setCurrentIndex(index)
        if profile.header_row is not None:
            self.header_row.setValue(profile.header_row)
        for name, combo in self.combos.items():
            header = profile.columns.get(name)
            combo.setCurrentIndex(max(combo.findText(header), 0) if header else 0)
        order = profile.date_order.value if profile.date_order else None
        self.date_order.setCurrentIndex(max(self.date_order.findData(order), 0))
        self.problem.setText(profile.problem or "")
        self.pathway.setText(profile.pathway or "")
        self.lane.setCurrentText(profile.lane or "")

    def load_profile(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Load mapping"), "", tr("Mapping profile (*.json)")
        )
        if not name:
            return
        try:
            self.apply_profile(Profile.load(Path(name)))
        except RoadmapError as error:
            self.owner.preview_page.show_problems([error.message])


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(tr("Preview"))
        self.setSubTitle(tr("The first rows as they will be stored. Nothing is written until Finish."))  # fmt: skip
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Name"),
                tr("Start"),
                tr("End"),
                tr("Pathway"),
                tr("Lane"),
                tr("Lead person"),
                tr("Key"),
            ]
        )
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(140)
        self.status = QLabel()
        self.save_button = QPushButton(tr("Save mapping…"))
        self.save_button.clicked.connect(self.save_profile)
        self.problem_lines: list[str] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        profile = self.owner.profile()
        table = self.owner.table()
        whole = read_rows(table, profile)
        shown = whole.tasks[:PREVIEW_ROWS]
        title = self.owner.source.stem
        self.table.setRowCount(len(shown))
        for row, task in enumerate(shown):
            values = [
                task.name or "",
                task.start.isoformat() if task.start else "",
                task.end.isoformat() if task.end else "",
                task.pathway or profile.pathway or title,
                task.lane or profile.lane or "",
                task.lead or "",
                task.key or "",
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.status.setText(tr("{n} row(s) to import").format(n=len(whole.tasks)))
        self.show_problems(whole.problems)

    def show_problems(self, lines: Sequence[Message]) -> None:
        self.problem_lines = [message_text(line) for line in lines]
        shown = "\n".join(self.problem_lines)
        self.problems.setPlainText(shown if lines else tr("No problems found."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem_lines and self.table.rowCount() > 0

    def save_profile(self) -> None:
        suggested = str(self.owner.source.with_suffix(".mapping.json"))
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save mapping"), suggested, tr("Mapping profile (*.json)")
        )
        if name:
            self.owner.profile().save(Path(name))
