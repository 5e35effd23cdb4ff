"""The person editor: name, current organization, role and expertise, and the person's moves
between organizations (secondments, dual appointments, transfers, spin-offs) as a list, with
"Record move…" to add one and "Remove move" to take one back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from roadmap.domain.entities import EntityKind, Mobility, Person
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer import moves_of
from roadmap.services.changes import Edit
from roadmap.services.transfer import TransferCommands
from roadmap.ui.labels import tr, value_label
from roadmap.ui.session import RoadmapSession
from roadmap.ui.transfer.fields import ChoiceField, TextField
from roadmap.ui.transfer.form_dialog import answered
from roadmap.ui.transfer.move_dialog import MoveDialog
from roadmap.ui.transfer.record_editor import RecordEditor, add_note

MOVE_ROLE = Qt.ItemDataRole.UserRole + 1


def move_line(move: Mobility, names: dict[str, str]) -> str:
    """One move as the person's history shows it: dates, kind, from → to."""
    until = move.end.isoformat() if move.end else "…"
    text = tr("{start} – {end}  {kind}: {source} → {target}").format(
        start=move.start.isoformat(),
        end=until,
        kind=value_label(move.mobility_kind),
        source=names.get(move.from_org_id, "?"),
        target=names.get(move.to_org_id, "?"),
    )
    return f"{text} — {move.note}" if move.note else text


class PersonEditor(RecordEditor):
    kind = EntityKind.PERSON

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.entity: Person | None = None
        # Tests answer the move dialog here instead of showing it.
        self.ask_move: Callable[[MoveDialog], bool] = answered
        check, commit = self.check, self.commit
        self.add_field("name", TextField(self, check, commit))
        self.organization = self.add_field("organization_id", ChoiceField(self, check, commit))
        self.add_field("role", TextField(self, check, commit))
        self.add_field("expertise", TextField(self, check, commit))
        self.moves = self.add_history(tr("Moves between organizations"), "moves")
        self.moves.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.record_button = QPushButton(tr("Record move…"), self)
        self.record_button.setObjectName("record_move")
        self.record_button.clicked.connect(self.record_move_dialog)
        self.remove_button = QPushButton(tr("Remove move"), self)
        self.remove_button.setObjectName("remove_move")
        self.remove_button.clicked.connect(self.remove_selected_move)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.refresh_choices()
        self.refill()

    def refresh_choices(self) -> None:
        self.organization.set_choices(self.organization_choices())

    def filled(self) -> None:
        self.moves.clear()
        person = self.entity
        if person is not None:
            queries = self.session.queries
            snapshot = RoadmapSnapshot(info=self.session.info, mobility=queries.all(Mobility))
            names = {org_id: name for name, org_id in self.organization_choices()}
            for move in moves_of(snapshot, person.id):
                item = QListWidgetItem(move_line(move, names))
                item.setData(MOVE_ROLE, move.id)
                self.moves.addItem(item)
            if not self.moves.count():
                add_note(self.moves, tr("No moves recorded"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.moves.currentItem()
        self.remove_button.setEnabled(item is not None and bool(item.data(MOVE_ROLE)))

    def follows(self, edit: Edit) -> bool:
        return edit.changes.touches(EntityKind.MOBILITY)

    def move_ids(self) -> list[str]:
        """The IDs of the moves listed, in the order shown."""
        items = (self.moves.item(i) for i in range(self.moves.count()))
        return [str(item.data(MOVE_ROLE)) for item in items if item.data(MOVE_ROLE)]

    # -- recording and removing moves -------------------------------------------------------------

    def record_move_dialog(self) -> Edit | None:
        """Ask for a move and record it; None if cancelled or refused."""
        person = self.entity
        if person is None:
            return None
        dialog = MoveDialog(person, self.organization_choices(), parent=self)
        try:
            if not self.ask_move(dialog):
                return None
            move, _problem = dialog.typed_move()
        finally:
            dialog.deleteLater()
        if move is None:
            return None
        return self.record_move(move)

    def record_move(self, move: Mobility) -> Edit | None:
        """Record `move` as one edit (a transfer that has begun also changes the person's
        organization, in the same edit)."""
        queries = self.session.queries
        return self.perform(
            lambda c: TransferCommands(c, queries).record_move(
                move.person_id,
                move.to_org_id,
                move.mobility_kind,
                move.start,
                end=move.end,
                from_org_id=move.from_org_id,
                note=move.note,
                move_id=move.id,
            )
        )

    def remove_selected_move(self) -> Edit | None:
        item = self.moves.currentItem()
        move_id = item.data(MOVE_ROLE) if item is not None else None
        if not move_id:
            return None
        return self.perform(lambda c: c.delete(EntityKind.MOBILITY, str(move_id)))
