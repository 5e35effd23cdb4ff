"""The steps as a table: sortable, filterable, edited in place through the same services as
the canvas, so a change in either shows at once in the other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import EntityKind, Step, new_id
from roadmap.domain.enums import StepKind, StepStatus
from roadmap.domain.step_edits import values_for
from roadmap.services.changes import Edit
from roadmap.ui.date_edit import DateEdit
from roadmap.ui.keyed_rows import KeyedRowsModel
from roadmap.ui.labels import field_label, tr, value_label
from roadmap.ui.row_selection import STEP_ROLE, RowSelection
from roadmap.ui.session import RoadmapSession
from roadmap.ui.tables import ROOT, Index, natural_key

# Read-only: the chosen baseline's dates and the variance against them (empty without one).
VARIANCE_COLUMNS = ("baseline_start", "baseline_end", "start_variance", "finish_variance")
COLUMNS = (
    "name",
    "pathway_id",
    "lane_id",
    "step_kind",
    "start",
    "end",
    "trl_start",
    "trl_target",
    "status",
    "progress",
    *VARIANCE_COLUMNS,
)
TRL_COLUMNS = {"trl_start", "trl_target"}
CHOICE_COLUMNS = {"pathway_id", "lane_id", "step_kind", "status"} | TRL_COLUMNS


class StepTableModel(KeyedRowsModel):
    """The steps, sorted and filtered by the model itself (see `KeyedRowsModel`)."""

    warm_columns = tuple(
        COLUMNS.index(c) for c in ("name", "pathway_id", "lane_id", "step_kind", "status")
    )

    def __init__(self, session: RoadmapSession) -> None:
        super().__init__()
        self.session = session
        self._labels: dict[tuple[str, Any], str] = {}  # display text of repeated values
        # Whether the table is on screen (its widget says); while it is not, a big edit (an
        # import, a merge) only marks the rows stale, and they are worked out again when it
        # shows: sorting 10,000 rows held the window a fifth of a second after an import.
        self.shown: Callable[[], bool] = lambda: True
        self.stale = False
        self._set(self._shown())
        session.edited.connect(self._on_edited)
        session.baselines.changed.connect(self._on_baseline)

    def all_ids(self) -> list[str]:
        return list(self.session.steps)

    def reset_rows(self) -> None:
        self._labels.clear()  # a lane or pathway may have a new name
        super().reset_rows()

    def _on_baseline(self) -> None:
        if self.filter_text or self.sort_column >= 0:
            self.reset_rows()  # the variance columns sort and filter differently now
            return
        first = COLUMNS.index(VARIANCE_COLUMNS[0])
        if self.ids:
            self.dataChanged.emit(
                self.index(0, first), self.index(len(self.ids) - 1, len(COLUMNS) - 1)
            )

    def value(self, step: Step, column: str) -> Any:
        """A cell's value: the step's field, or what the chosen baseline says of it."""
        if column not in VARIANCE_COLUMNS:
            return getattr(step, column)
        planned = self.session.baselines.planned(step.id)
        if planned is None:
            return None
        if column == "baseline_start":
            return planned.start
        if column == "baseline_end":
            return planned.end
        if column == "start_variance":
            return (step.start - planned.start).days
        return (step.end - planned.end).days

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            column = COLUMNS[section]
            if column in VARIANCE_COLUMNS:
                return _variance_headers()[column]
            return field_label(column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.session.readonly and COLUMNS[index.column()] not in VARIANCE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def step(self, row: int) -> Step:
        return self.session.steps[self.ids[row]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == STEP_ROLE:
            # Asked by the selection while a deleted step's row is still here (rows go after
            # the session's copy has changed): the ID alone, not the step.
            return self.ids[index.row()]
        step = self.step(index.row())
        column = COLUMNS[index.column()]
        value = self.value(step, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if isinstance(value, date):
                return QDate(value.year, value.month, value.day)
            if isinstance(value, Enum):
                return value.value
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            "trl_start",
            "trl_target",
            "progress",
            "start_variance",
            "finish_variance",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort_key(self, record_id: str, column: int) -> Any:
        value = self.value(self.session.steps[record_id], COLUMNS[column])
        if value is None:
            return (0, 0)
        if isinstance(value, (int, float, date)):
            return (1, value)
        return (1, natural_key(self._display(COLUMNS[column], value)))

    def search_text(self, record_id: str) -> str:
        """Every cell's text of the step, as `data` shows it (and so as the filter matches)."""
        step = self.session.steps[record_id]
        labels = self._labels
        parts = [step.name]
        for column in ("pathway_id", "lane_id", "step_kind"):
            value = getattr(step, column)
            text = labels.get((column, value))
            if text is None:  # a few distinct values among thousands of steps: looked up once
                text = labels[(column, value)] = self._display(column, value)
            parts.append(text)
        status = labels.get(("status", step.status))
        if status is None:
            status = labels[("status", step.status)] = self._display("status", step.status)
        parts += [
            step.start.isoformat(),
            step.end.isoformat(),
            "" if step.trl_start is None else str(step.trl_start),
            "" if step.trl_target is None else str(step.trl_target),
            status,
            f"{step.progress}%",
        ]
        if self.session.baselines.planned(record_id) is not None:
            parts += [self._display(c, self.value(step, c)) for c in VARIANCE_COLUMNS]
        return "\x1f".join(parts).casefold()

    def _display(self, column: str, value: Any) -> str:
        if value is None:
            return ""
        if column == "pathway_id":
            pathway = self.session.pathways.get(value)
            return pathway.name if pathway else ""
        if column == "lane_id":
            lane = self.session.lanes.get(value)
            return lane.name if lane else ""
        if isinstance(value, Enum):
            return value_label(value)
        if isinstance(value, date):
            return value.isoformat()
        if column == "progress":
            return f"{value}%"
        if column in ("start_variance", "finish_variance"):
            return tr("{days:+d} d").format(days=value) if value else tr("0 d")
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        step = self.step(index.row())
        column = COLUMNS[index.column()]
        converted = self._convert(column, value)
        if converted == getattr(step, column):
            return False
        # A later start keeps the duration, one TRL level fills the pair (see step_edits).
        values = values_for(step, column, converted)
        edit = self.session.perform(lambda c: c.update(EntityKind.STEP, step.id, **values))
        return edit is not None

    @staticmethod
    def _convert(column: str, value: Any) -> Any:
        if isinstance(value, QDate):
            return date(value.year(), value.month(), value.day())
        if isinstance(value, date):
            return value
        if column == "step_kind":
            return StepKind(value)
        if column == "status":
            return StepStatus(value)
        if column in ("trl_start", "trl_target"):
            return None if value in ("", None) else int(value)
        if column == "progress":
            return int(str(value).rstrip("%"))
        return value

    def _on_edited(self, edit: Edit) -> None:
        changes = edit.changes
        if self.stale:
            return  # worked out whole when the table shows
        if (
            changes.touches(EntityKind.LANE, EntityKind.PATHWAY)
            or len(changes.added | changes.removed) > 200
        ):
            if self.shown():
                self.reset_rows()
            else:
                self.stale = True
            return

        def steps(pairs: Any) -> set[str]:
            return {record_id for kind, record_id in pairs if kind is EntityKind.STEP}

        added = {i for i in steps(changes.added) if i in self.session.steps}
        self.records_changed(added, steps(changes.removed), steps(changes.updated))


def _variance_headers() -> dict[str, str]:
    return {
        "baseline_start": tr("Baseline start"),
        "baseline_end": tr("Baseline end"),
        "start_variance": tr("Start variance"),
        "finish_variance": tr("Finish variance"),
    }


class StepDelegate(QStyledItemDelegate):
    """The cell editors: a drop-down of the allowed values for enum, pathway, lane and TRL
    columns, the app's date editor for dates. A date that is not one keeps its editor open on
    Enter, with the reason beside it; nothing is stored."""

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def _choices(self, column: str) -> list[tuple[str, Any]]:
        if column in TRL_COLUMNS:
            return [("—", None)] + [(str(level), level) for level in range(1, 10)]
        if column == "pathway_id":
            return [(p.name, p.id) for p in self.session.pathways.values()]
        if column == "lane_id":
            return [(lane.name, lane.id) for lane in self.session.lanes.values()]
        members = StepKind if column == "step_kind" else StepStatus
        return [(value_label(m), m.value) for m in members]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = COLUMNS[index.column()]
        if column in ("start", "end"):
            return DateEdit(parent, period_end=column == "end")
        if column not in CHOICE_COLUMNS:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in self._choices(column):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, DateEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.set_value(date(value.year(), value.month(), value.day()))
            editor.selectAll()  # typing replaces the date, as in a spreadsheet
            return
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, DateEdit):
            problem = editor.problem()
            if problem:  # the editor was left another way than Enter: say why nothing changed
                self.session.refused.emit(problem)
                return
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, DateEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            and watched.problem()
        ):
            return True  # the reason shows beside the field; the editor stays to be corrected
        return super().eventFilter(watched, event)


class StepTable(QWidget):
    """The table with its filter box; selecting a row selects the step everywhere."""

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = StepTableModel(session)
        self.model.shown = self.isVisible
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter steps…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        # Rows start in the file's order; sorting 10,000 rows waits until a header is clicked.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setItemDelegate(StepDelegate(session, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.resizeSection(1, 200)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.selection = RowSelection(session, self.view, self.row_of)
        self.view.installEventFilter(self)
        self._warmed = False

    def showEvent(self, event: QShowEvent) -> None:
        if self.model.stale:  # a big edit came while the table was hidden
            self.model.stale = False
            self.model.reset_rows()
        super().showEvent(event)
        if not self._warmed:  # the first header click or filter key finds the keys ready
            self._warmed = True
            self.model.warm_up()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on the last row (not while a cell is being edited) adds the next step there,
        # as a spreadsheet user expects of a list they are filling in.
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            current = self.view.currentIndex()
            if current.isValid() and current.row() == self.model.rowCount() - 1:
                self.add_next(current.data(STEP_ROLE))
                return True
        return super().eventFilter(watched, event)

    def add_next(self, after_id: str) -> str | None:
        """Add a step after `after_id` (same pathway and lane, starting the day after it ends,
        as long) and put the cursor in its name."""
        session = self.session
        previous = session.steps.get(after_id)
        if previous is None or session.readonly:
            return None
        start = previous.end + timedelta(days=1)
        length = (
            timedelta(days=89) if previous.step_kind.is_point else previous.end - previous.start
        )
        step = Step(
            new_id(), previous.pathway_id, previous.lane_id, tr("New step"), start, start + length
        )
        if session.perform(lambda c: c.add(step)) is None:
            return None
        index = self.row_of(step.id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.edit(index)
        return step.id

    def row_of(self, step_id: str) -> QModelIndex:
        row = self.model.rows.get(step_id)
        if row is None:
            return QModelIndex()
        return self.model.index(row, 0)

    def _on_filter(self, text: str) -> None:
        # A filter changes which rows are shown, not what is selected: the selected steps
        # keep their rows if shown, and stay selected elsewhere if not.
        self.selection.keep_while(lambda: self.model.set_filter(text))
