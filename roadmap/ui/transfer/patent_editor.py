"""The patent editor: title, number, dates, owner, licensee, licence, pathway and linked steps,
stored as you leave each field; the status changed only through "Change status…", which asks
for the date so the patent's dated history (filed → granted → licensed → …) is kept, and
shows that history as a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from roadmap.domain.entities import EntityKind, Patent, PatentEvent
from roadmap.domain.enums import LicenseKind
from roadmap.domain.transfer import history
from roadmap.services.changes import Edit
from roadmap.services.transfer import TransferCommands
from roadmap.ui.labels import field_label, tr, value_label
from roadmap.ui.session import RoadmapSession
from roadmap.ui.transfer.fields import ChoiceField, DateField, TextField
from roadmap.ui.transfer.form_dialog import answered
from roadmap.ui.transfer.record_editor import RecordEditor, add_note
from roadmap.ui.transfer.status_dialog import StatusChange, StatusDialog

STEP_ROLE = Qt.ItemDataRole.UserRole + 1


def history_line(event: PatentEvent) -> str:
    """One entry of a patent's history as the list shows it."""
    text = f"{event.date.isoformat()}  {value_label(event.status)}"
    return f"{text} — {event.note}" if event.note else text


class PatentEditor(RecordEditor):
    kind = EntityKind.PATENT

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.entity: Patent | None = None
        # Tests answer the status dialog here instead of showing it.
        self.ask_status: Callable[[StatusDialog], bool] = answered
        check, commit = self.check, self.commit
        self.add_field("title", TextField(self, check, commit))
        self.add_field("number", TextField(self, check, commit))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        self.status_button = QPushButton(tr("Change status…"), self)
        self.status_button.setObjectName("change_status")
        self.status_button.setToolTip(
            tr("Record a new status with its date, so the patent's history is kept")
        )
        self.status_button.clicked.connect(self.change_status_dialog)
        status_row = QWidget(self)
        row = QHBoxLayout(status_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.status_button)
        self.form.addRow(field_label("status"), status_row)
        self.add_field("filing_date", DateField(self, check, commit))
        self.add_field("expiry", DateField(self, check, commit))
        self.owner = self.add_field("owner_org_id", ChoiceField(self, check, commit))
        self.licensee = self.add_field("licensee_org_id", ChoiceField(self, check, commit))
        self.add_field("license_kind", ChoiceField(self, check, commit, enum=LicenseKind))
        self.pathway = self.add_field("pathway_id", ChoiceField(self, check, commit))
        self.steps = QListWidget(self)
        self.steps.setObjectName("steps")
        self.steps.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setMinimumHeight(self.fontMetrics().height() * 5)
        self.steps.itemChanged.connect(lambda _item: self.commit())
        self.form.addRow(tr("Linked steps"), self.steps)
        self.history = self.add_history(tr("History"), "history")
        self.refresh_choices()
        self.refill()

    def title(self) -> str:
        return self.entity.title if self.entity is not None else ""

    def refresh_choices(self) -> None:
        organizations = self.organization_choices()
        self.owner.set_choices(organizations)
        self.licensee.set_choices(organizations)
        self.pathway.set_choices([(p.name, p.id) for p in self.session.pathways.values()])

    # -- what is shown -------------------------------------------------------------------

    def filled(self) -> None:
        patent = self.entity
        self.status_label.setText(value_label(patent.status) if patent is not None else "")
        self._fill_steps(patent)
        self.history.clear()
        if patent is None:
            return
        events = self.session.queries.all(PatentEvent)
        entries = history(e for e in events if e.patent_id == patent.id).get(patent.id, [])
        for event in entries:
            item = QListWidgetItem(history_line(event))
            item.setToolTip(event.note or history_line(event))
            self.history.addItem(item)
        if not entries:
            add_note(self.history, tr("No dated status changes yet"))

    def _fill_steps(self, patent: Patent | None) -> None:
        """The steps of the patent's pathway, and any linked step elsewhere, ticked if linked."""
        self.steps.blockSignals(True)
        self.steps.clear()
        if patent is not None:
            steps = self.session.steps
            linked = set(patent.step_ids)
            shown = sorted(
                (s for s in steps.values() if s.pathway_id == patent.pathway_id),
                key=lambda s: (s.start, s.position),
            )
            in_pathway = {s.id for s in shown}
            shown += [steps[i] for i in patent.step_ids if i in steps and i not in in_pathway]
            for step in shown:
                item = QListWidgetItem(f"{step.name} ({step.start.isoformat()})")
                item.setToolTip(step.name)
                item.setData(STEP_ROLE, step.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if step.id in linked else Qt.CheckState.Unchecked
                )
                self.steps.addItem(item)
            if not shown:
                add_note(self.steps, tr("Choose a pathway to link its steps"))
        self.steps.blockSignals(False)

    def linked_steps(self) -> tuple[str, ...]:
        """The ticked steps, those already linked first, in their stored order."""
        ticked = [
            str(item.data(STEP_ROLE))
            for item in (self.steps.item(i) for i in range(self.steps.count()))
            if item.data(STEP_ROLE) and item.checkState() == Qt.CheckState.Checked
        ]
        stored = self.entity.step_ids if self.entity is not None else ()
        return tuple([s for s in stored if s in ticked] + [s for s in ticked if s not in stored])

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["step_ids"] = self.linked_steps()
        return values

    def follows(self, edit: Edit) -> bool:
        return edit.changes.touches(EntityKind.PATENT_EVENT)

    # -- status changes -------------------------------------------------------------------------

    def change_status_dialog(self) -> Edit | None:
        """Ask for the new status and its date, and record it; None if cancelled or refused."""
        patent = self.entity
        if patent is None:
            return None
        dialog = StatusDialog(patent, self.organization_choices(), parent=self)
        try:
            if not self.ask_status(dialog):
                return None
            change = dialog.change()
        finally:
            dialog.deleteLater()
        return self.change_status(change)

    def change_status(self, change: StatusChange) -> Edit | None:
        """Record `change` of the patent shown, with its dated history entry, as one edit."""
        patent = self.entity
        if patent is None:
            return None
        queries = self.session.queries
        extra: dict[str, Any] = {}
        if change.licensing:
            extra = {
                "licensee_org_id": change.licensee_org_id,
                "license_kind": change.license_kind,
            }
        return self.perform(
            lambda c: TransferCommands(c, queries).change_patent_status(
                patent.id, change.status, change.on, note=change.note, **extra
            )
        )
