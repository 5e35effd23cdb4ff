"""The organization editor: name, sector (enterprise, university, research institute,
government, investor, other), country and description, and who and what belongs to it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from roadmap.domain.entities import EntityKind, Mobility, Organization, Patent, Person
from roadmap.domain.enums import OrganizationKind
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.transfer.fields import ChoiceField, LongTextField, TextField
from roadmap.ui.transfer.record_editor import RecordEditor


class OrganizationEditor(RecordEditor):
    kind = EntityKind.ORGANIZATION

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.entity: Organization | None = None
        check, commit = self.check, self.commit
        self.add_field("name", TextField(self, check, commit))
        self.add_field(
            "org_kind",
            ChoiceField(self, check, commit, optional=False, enum=OrganizationKind),
            tr("Sector"),
        )
        self.add_field("country", TextField(self, check, commit))
        self.add_field("description", LongTextField(self, check, commit))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        self.refill()

    def filled(self) -> None:
        organization = self.entity
        if organization is None:
            self.summary.clear()
            return
        queries = self.session.queries
        org_id = organization.id
        people = sum(p.organization_id == org_id for p in queries.all(Person))
        patents = queries.all(Patent)
        owned = sum(p.owner_org_id == org_id for p in patents)
        licensed = sum(p.licensee_org_id == org_id for p in patents)
        moves = queries.all(Mobility)
        arrived = sum(m.to_org_id == org_id for m in moves)
        left = sum(m.from_org_id == org_id for m in moves)
        self.summary.setText(
            tr(
                "{people} people · {owned} patents owned · {licensed} licensed in · "
                "{arrived} moves in · {left} moves out"
            ).format(people=people, owned=owned, licensed=licensed, arrived=arrived, left=left)
        )

    def follows(self, edit: Edit) -> bool:
        return edit.changes.touches(EntityKind.PERSON, EntityKind.PATENT, EntityKind.MOBILITY)
