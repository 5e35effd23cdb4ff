"""Asking for a patent's new status: which status, on what date (today unless said otherwise),
and, when it is licensed or transferred, to whom and under what kind of licence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from roadmap.domain.entities import Patent
from roadmap.domain.enums import LicenseKind, PatentStatus
from roadmap.domain.transfer import REACHED_INDUSTRY
from roadmap.ui.labels import field_label, tr, value_label
from roadmap.ui.transfer.fields import ChoiceField, DateField
from roadmap.ui.transfer.form_dialog import FormDialog

# The status a patent usually goes to next: offered first.
NEXT_STATUS = {
    PatentStatus.IDEA: PatentStatus.FILED,
    PatentStatus.FILED: PatentStatus.GRANTED,
    PatentStatus.GRANTED: PatentStatus.LICENSED,
    PatentStatus.LICENSED: PatentStatus.TRANSFERRED,
    PatentStatus.TRANSFERRED: PatentStatus.LAPSED,
    PatentStatus.LAPSED: PatentStatus.FILED,
}


@dataclass(frozen=True)
class StatusChange:
    """What the dialog was answered with; licensee and kind only when licensing."""

    status: PatentStatus
    on: date
    note: str
    licensing: bool
    licensee_org_id: str | None
    license_kind: LicenseKind | None


class StatusDialog(FormDialog):
    def __init__(
        self,
        patent: Patent,
        organizations: list[tuple[str, str]],
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        intro = tr("“{title}” is now {status}.").format(
            title=patent.title, status=value_label(patent.status)
        )
        super().__init__(tr("Change patent status"), intro, parent)
        self.patent = patent
        update, nothing = self._update, self.left_field
        self.status = ChoiceField(self, update, nothing, optional=False, enum=PatentStatus)
        self.status.set_choices(
            [(value_label(s), s.value) for s in PatentStatus if s is not patent.status]
        )
        self.status.fill(NEXT_STATUS[patent.status])
        self.status.widget.setObjectName("status")
        self.on = DateField(self, update, nothing, optional=False)
        self.on.fill(today or date.today())
        self.on.widget.setObjectName("on")
        self.licensee = ChoiceField(self, update, nothing)
        self.licensee.set_choices(organizations)
        self.licensee.fill(patent.licensee_org_id)
        self.licensee.widget.setObjectName("licensee")
        self.license_kind = ChoiceField(self, update, nothing, enum=LicenseKind)
        self.license_kind.fill(patent.license_kind)
        self.license_kind.widget.setObjectName("license_kind")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(tr("e.g. the contract or the office action"))
        form = self.form
        form.addRow(tr("New status"), self.status.widget)
        form.addRow(tr("Date"), self.on.widget)
        form.addRow(field_label("licensee_org_id"), self.licensee.widget)
        form.addRow(field_label("license_kind"), self.license_kind.widget)
        form.addRow(tr("Note"), self.note)
        self.add_buttons()
        self._update()

    def licensing(self) -> bool:
        return self.status.read() in REACHED_INDUSTRY

    def _update(self) -> None:
        """Licensee and kind only matter when licensing; then a licensee is needed."""
        licensing = self.licensing()
        self.licensee.widget.setEnabled(licensing)
        self.license_kind.widget.setEnabled(licensing)
        missing = licensing and self.licensee.read() is None
        problem = tr("Choose the organization that takes the licence.") if missing else ""
        self.say(self.on.problem() or problem)

    def set_date(self, day: date) -> None:
        self.on.fill(day)

    def change(self) -> StatusChange:
        """The status change as answered so far."""
        licensing = self.licensing()
        return StatusChange(
            status=self.status.read(),
            on=self.on.read() or date.today(),
            note=self.note.text().strip(),
            licensing=licensing,
            licensee_org_id=self.licensee.read() if licensing else None,
            license_kind=self.license_kind.read() if licensing else None,
        )
