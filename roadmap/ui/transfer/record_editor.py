"""What the patent, organization and person editors share: a form of fields checked as you
type with the domain's own rules, stored when a field is left (or Enter is pressed) as one
undoable edit, and refilled whenever the record changes, by this editor, an undo or any view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import ENTITY_TYPES, Entity, EntityKind, Organization
from roadmap.domain.errors import NotFoundError
from roadmap.services.changes import Edit
from roadmap.services.commands import Commands
from roadmap.ui.labels import field_label, tr
from roadmap.ui.record_form import checked_copy, differences, heading_label, problem_label
from roadmap.ui.session import RoadmapSession
from roadmap.ui.tables import natural_key
from roadmap.ui.transfer.fields import Field

F = TypeVar("F", bound=Field)


def add_note(listing: QListWidget, text: str) -> None:
    """An entry of `listing` that only tells something ("nothing yet"): it cannot be picked."""
    note = QListWidgetItem(text)
    note.setFlags(Qt.ItemFlag.NoItemFlags)
    listing.addItem(note)


class RecordEditor(QWidget):
    """The editor of one record of `kind`; subclasses add their fields in `__init__`."""

    stored = Signal()  # an edit of this editor was stored
    kind: EntityKind

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity: Entity | None = None
        self.fields: dict[str, Field] = {}
        self.heading = heading_label(self)
        self.message = problem_label(self)
        self.message.setObjectName("message")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(8, 8, 8, 8)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.message)
        self.body.addLayout(self.form)
        session.edited.connect(self._on_edited)

    # -- building the form -------------------------------------------------------------------

    def add_field(self, name: str, field: F, label: str | None = None) -> F:
        field.widget.setObjectName(f"field_{name}")
        self.fields[name] = field
        self.form.addRow(label or field_label(name), field.widget)
        return field

    def add_history(self, heading: str, name: str) -> QListWidget:
        """A list of entries under a bold `heading`, below the form, taking the room left
        (a patent's dated statuses, a person's moves)."""
        title = QLabel(heading, self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        listing = QListWidget(self)
        listing.setObjectName(name)
        listing.setWordWrap(True)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setMinimumHeight(self.fontMetrics().height() * 5)
        self.body.addWidget(title)
        self.body.addWidget(listing, 1)
        return listing

    def organization_choices(self) -> list[tuple[str, str]]:
        organizations = self.session.queries.all(Organization)
        return sorted(((o.name, o.id) for o in organizations), key=lambda c: natural_key(c[0]))

    def refresh_choices(self) -> None:
        """Fill the pick lists again (organizations, pathways…) after they changed."""

    # -- what is shown -------------------------------------------------------------------------

    def show_record(self, record_id: str | None) -> None:
        """Show the record with this ID (None or a deleted one: nothing, fields disabled)."""
        entity: Entity | None = None
        if record_id is not None:
            try:
                entity = self.session.queries.get(ENTITY_TYPES[self.kind], record_id)
            except NotFoundError:
                entity = None
        self.entity = entity
        self.message.hide()
        self.refill()

    def refill(self) -> None:
        entity = self.entity
        for name, field in self.fields.items():
            field.fill(getattr(entity, name) if entity is not None else None)
        self.setEnabled(entity is not None and not self.session.readonly)
        self.heading.setText(self.title() if entity is not None else tr("Nothing selected"))
        self.filled()

    def title(self) -> str:
        """The heading above the fields for the record shown."""
        return str(getattr(self.entity, "name", ""))

    def filled(self) -> None:
        """Called after the fields show the record: subclasses fill lists and histories."""

    # -- checking and storing ----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the editor holds now, field by field."""
        return {name: field.read() for name, field in self.fields.items()}

    def candidate(self) -> tuple[Entity | None, str]:
        """The record with the values in the editor, and why it is refused ('' if it is not)."""
        if self.entity is None:
            return None, ""
        return checked_copy(self.entity, self.values())

    def check(self) -> bool:
        """Show at once whether what is typed so far is acceptable."""
        _changed, problem = self.candidate()
        self.say(problem)
        return not problem

    def say(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.setVisible(bool(problem))

    def commit(self) -> None:
        """Store the fields that differ from the record, as one undoable edit."""
        entity = self.entity
        changed, problem = self.candidate()
        if entity is None or changed is None:
            self.say(problem)
            return
        values = differences(entity, changed)
        if values:
            kind, record_id = self.kind, entity.id
            self.perform(lambda c: c.update(kind, record_id, **values))

    def perform(self, command: Callable[[Commands], Edit]) -> Edit | None:
        """Run `command` as one undoable edit; if the rules refuse it, say why here too."""
        refusals: list[str] = []

        def refused(message: str) -> None:
            refusals.append(message)

        self.session.refused.connect(refused)
        try:
            edit = self.session.perform(command)
        finally:
            self.session.refused.disconnect(refused)
        if edit is None:
            self.say(" ".join(refusals))
            self.refill()  # back to what is stored
        else:
            self.say("")
            self.stored.emit()
        return edit

    # -- following edits -------------------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        changes = edit.changes
        if changes.touches(EntityKind.ORGANIZATION, EntityKind.PATHWAY, EntityKind.STEP):
            self.refresh_choices()
        entity = self.entity
        if entity is None:
            return
        ref = (self.kind, entity.id)
        if ref in changes.removed:
            self.show_record(None)
        elif ref in changes.updated or self.follows(edit):
            self.show_record(entity.id)
        elif changes.touches(EntityKind.ORGANIZATION, EntityKind.PATHWAY, EntityKind.STEP):
            self.refill()  # the names in the lists may have changed

    def follows(self, edit: Edit) -> bool:
        """Whether `edit` changes what this editor shows besides the record itself."""
        return False
