"""A table of records that sorts and filters itself, for tables of thousands of rows.

`QSortFilterProxyModel` compares two rows by calling back into Python for each comparison (and
filters by asking `data` of every cell), which on the 10,000 steps of a big roadmap kept the
window frozen for seconds per header click. Here the model does it on keys computed once: each
row's sort key for a column is worked out in one pass when that column is first sorted (and
again only for the records an edit changed), the shown order is Python's sort of the IDs by
those keys, and the filter is one pass over each row's text, also kept until the record
changes. The view is told of a new order with `layoutChanged` (its selection and current cell
follow their records, and leave with a record the filter hides).

Once the table is first shown, the filter's texts and the keys of `warm_columns` (those whose
keys are slow to work out, such as names sorted as people read numbers) are worked out in the
event loop's idle moments, a few milliseconds at a time, so that even the first header click
or filter key finds them ready.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class KeyedRowsModel(QAbstractTableModel):
    """Rows are records by ID. Subclasses give every ID in its natural order (`all_ids`), what
    a cell sorts by (`sort_key`, keys of one column compare) and a record's text that the
    filter searches (`search_text`, case-folded); they call `records_changed` after edits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []  # the shown rows, in the shown order
        self.rows: dict[str, int] = {}  # ID -> shown row
        self.sort_column = -1  # -1: the records' own order
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.filter_text = ""
        self._keys: dict[int, dict[str, Any]] = {}  # column -> ID -> sort key
        self._texts: dict[str, str] = {}  # ID -> case-folded searchable text
        self._warming: list[str] = []  # IDs whose text and keys are still to be worked out
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_some)

    warm_columns: tuple[int, ...] = ()
    WARM_SLICE_S = 0.006  # how long one idle moment's work may take

    # -- what subclasses say ---------------------------------------------------------------------

    def all_ids(self) -> list[str]:
        raise NotImplementedError

    def sort_key(self, record_id: str, column: int) -> Any:
        raise NotImplementedError

    def search_text(self, record_id: str) -> str:
        raise NotImplementedError

    # -- the shown rows ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def _shown(self) -> list[str]:
        """Every ID that passes the filter, in the chosen order."""
        ids = self.all_ids()
        needle = self.filter_text.casefold()
        if needle:
            texts = self._texts
            for record_id in ids:
                if record_id not in texts:
                    texts[record_id] = self.search_text(record_id)
            ids = [i for i in ids if needle in texts[i]]
        if self.sort_column >= 0:
            keys = self._keys.setdefault(self.sort_column, {})
            for record_id in ids:
                if record_id not in keys:
                    keys[record_id] = self.sort_key(record_id, self.sort_column)
            # Python's sort is stable: equal keys keep the records' own order, either way.
            ids.sort(key=keys.__getitem__, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        return ids

    def reset_rows(self) -> None:
        """Show every record again from scratch (after edits too many to follow one by one)."""
        self.beginResetModel()
        self._keys.clear()
        self._texts.clear()
        self._set(self._shown())
        self.endResetModel()
        if self._warming:
            self.warm_up()

    def warm_up(self) -> None:
        """Work out every record's text and `warm_columns` keys in idle moments from now."""
        self._warming = self.all_ids()
        self._warm_timer.start()

    def _warm_some(self) -> None:
        began = time.perf_counter()
        texts, pending = self._texts, self._warming
        columns = [(c, self._keys.setdefault(c, {})) for c in self.warm_columns]
        while pending and time.perf_counter() - began < self.WARM_SLICE_S:
            for record_id in pending[-50:]:
                try:
                    if record_id not in texts:
                        texts[record_id] = self.search_text(record_id)
                    for column, keys in columns:
                        if record_id not in keys:
                            keys[record_id] = self.sort_key(record_id, column)
                except KeyError:  # removed meanwhile
                    continue
            del pending[-50:]
        if not pending:
            self._warm_timer.stop()

    def _set(self, ids: list[str]) -> None:
        self.ids = ids
        self.rows = {record_id: row for row, record_id in enumerate(ids)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when a header is clicked."""
        self.sort_column, self.sort_order = column, order
        self._reorder()

    def set_filter(self, text: str) -> None:
        """Show only the records whose text holds `text`, whatever its case."""
        if text == self.filter_text:
            return
        self.filter_text = text
        self._relayout(self._shown())

    def _reorder(self) -> None:
        """Put the shown rows in the chosen order (and filter)."""
        self._relayout(self._shown())

    def _relayout(self, new: list[str]) -> None:
        """Show `new` instead of the rows shown: the view's selection and current cell follow
        their records, or go when their record is no longer shown."""
        self.layoutAboutToBeChanged.emit()
        old = self.ids
        self._set(new)
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = self.rows.get(old[index.row()]) if 0 <= index.row() < len(old) else None
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- following edits --------------------------------------------------------------------------

    def records_changed(self, added: set[str], removed: set[str], updated: set[str]) -> None:
        """Some records were added, removed or changed: show them where they now belong."""
        for record_id in removed | updated:
            self._texts.pop(record_id, None)
            for keys in self._keys.values():
                keys.pop(record_id, None)
        for record_id in removed:
            row = self.rows.get(record_id)
            if row is not None:
                self.beginRemoveRows(ROOT, row, row)
                self._set(self.ids[:row] + self.ids[row + 1 :])
                self.endRemoveRows()
        shown_now = set(self._shown()) if self.filter_text else None
        for record_id in added:
            if record_id in self.rows or (shown_now is not None and record_id not in shown_now):
                continue
            row = len(self.ids)
            self.beginInsertRows(ROOT, row, row)
            self._set([*self.ids, record_id])
            self.endInsertRows()
        for record_id in updated:
            row = self.rows.get(record_id)
            if row is None:
                if shown_now is not None and record_id in shown_now:  # it matches now
                    self.beginInsertRows(ROOT, len(self.ids), len(self.ids))
                    self._set([*self.ids, record_id])
                    self.endInsertRows()
                continue
            if shown_now is not None and record_id not in shown_now:
                self.beginRemoveRows(ROOT, row, row)
                self._set(self.ids[:row] + self.ids[row + 1 :])
                self.endRemoveRows()
            else:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if self.sort_column >= 0 and (added or updated):
            self._reorder()
