"""Asking for a person's move: what kind (secondment, dual appointment, transfer, spin-off
founder), from and to which organization, and when it starts and ends. What is typed is
checked with the domain's own rules as it is typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from roadmap.domain.entities import Mobility, Person, new_id
from roadmap.domain.enums import MobilityKind
from roadmap.domain.errors import RoadmapError
from roadmap.domain.rules import validate
from roadmap.ui.labels import field_label, tr
from roadmap.ui.message_text import message_text
from roadmap.ui.transfer.fields import ChoiceField, DateField
from roadmap.ui.transfer.form_dialog import FormDialog


class MoveDialog(FormDialog):
    def __init__(
        self,
        person: Person,
        organizations: list[tuple[str, str]],
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        intro = tr("A move of {name} between organizations.").format(name=person.name)
        super().__init__(tr("Record a move"), intro, parent)
        self.person = person
        check, nothing = self.check, self.left_field
        self.mobility_kind = ChoiceField(self, check, nothing, optional=False, enum=MobilityKind)
        self.mobility_kind.widget.setObjectName("mobility_kind")
        self.source = ChoiceField(self, check, nothing)
        self.source.set_choices(organizations)
        self.source.fill(person.organization_id)
        self.source.widget.setObjectName("from_org_id")
        self.target = ChoiceField(self, check, nothing)
        self.target.set_choices(organizations)
        self.target.widget.setObjectName("to_org_id")
        self.start = DateField(self, check, nothing, optional=False)
        self.start.fill(today or date.today())
        self.start.widget.setObjectName("start")
        self.end = DateField(self, check, nothing)
        self.end.fill(None)
        self.end.widget.setObjectName("end")
        self.end.widget.setToolTip(tr("Leave empty while the move lasts or when it is for good"))
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        form = self.form
        form.addRow(tr("Kind of move"), self.mobility_kind.widget)
        form.addRow(tr("From"), self.source.widget)
        form.addRow(tr("To"), self.target.widget)
        form.addRow(field_label("start"), self.start.widget)
        form.addRow(field_label("end"), self.end.widget)
        form.addRow(tr("Note"), self.note)
        self.add_buttons()
        self.check()

    def typed_move(self) -> tuple[Mobility | None, str]:
        """The move as typed, and why it cannot be recorded ('' if it can)."""
        source, target = self.source.read(), self.target.read()
        if source is None or target is None:
            return None, tr("Choose the organization the move starts from and the one it goes to.")
        if source == target:
            return None, tr("A move goes to another organization; choose a different one.")
        typo = self.start.problem() or self.end.problem()
        if typo:
            return None, typo
        move = Mobility(
            new_id(),
            self.person.id,
            source,
            target,
            self.mobility_kind.read(),
            self.start.read() or date.today(),
            self.end.read(),
            self.note.text().strip(),
        )
        try:
            validate(move)
        except RoadmapError as error:
            return None, message_text(error)
        return move, ""

    def check(self) -> None:
        _move, problem = self.typed_move()
        self.say(problem)

    def set_dates(self, start: date, end: date | None = None) -> None:
        self.start.fill(start)
        self.end.fill(end)
        self.check()
