"""The main window's Transfer tab: patents, organizations and people, each a table beside its
editor, and the transfer figures and charts. The figures page is built the first time it is
shown, so matplotlib stays unloaded until someone looks at a chart."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from roadmap.domain.entities import EntityKind, Organization, Patent, Person, new_id
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.transfer.organization_editor import OrganizationEditor
from roadmap.ui.transfer.patent_editor import PatentEditor
from roadmap.ui.transfer.person_editor import PersonEditor
from roadmap.ui.transfer.record_page import RecordPage
from roadmap.ui.transfer.record_table import RecordTableModel
from roadmap.ui.transfer.transfer_view import TransferView

PATENT_COLUMNS = (
    "title",
    "number",
    "status",
    "filing_date",
    "owner_org_id",
    "licensee_org_id",
    "license_kind",
    "expiry",
    "pathway_id",
)
ORGANIZATION_COLUMNS = ("name", "org_kind", "country")
PERSON_COLUMNS = ("name", "organization_id", "role", "expertise")


class TransferPage(QTabWidget):
    def __init__(
        self, session: RoadmapSession, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.setDocumentMode(True)
        self.patents = RecordPage(
            session,
            RecordTableModel(session, Patent, PATENT_COLUMNS),
            PatentEditor(session),
            lambda: Patent(new_id(), tr("New patent")),
            {
                "filter": tr("Filter patents…"),
                "add": tr("Add patent"),
                "delete": tr("Delete patent"),
                "confirm": tr("Delete the patent “{name}” and its history?"),
            },
        )
        self.organizations = RecordPage(
            session,
            RecordTableModel(session, Organization, ORGANIZATION_COLUMNS),
            OrganizationEditor(session),
            lambda: Organization(new_id(), tr("New organization")),
            {
                "filter": tr("Filter organizations…"),
                "add": tr("Add organization"),
                "delete": tr("Delete organization"),
                "confirm": tr("Delete the organization “{name}”?"),
            },
        )
        self.people = RecordPage(
            session,
            RecordTableModel(session, Person, PERSON_COLUMNS),
            PersonEditor(session),
            lambda: Person(new_id(), tr("New person")),
            {
                "filter": tr("Filter people…"),
                "add": tr("Add person"),
                "delete": tr("Delete person"),
                "confirm": tr("Delete “{name}” and their moves?"),
            },
        )
        self._figures_host = QWidget(self)
        QVBoxLayout(self._figures_host).setContentsMargins(0, 0, 0, 0)
        self._view: TransferView | None = None
        self.addTab(self.patents, tr("Patents"))
        self.addTab(self.organizations, tr("Organizations"))
        self.addTab(self.people, tr("People"))
        self.addTab(self._figures_host, tr("Figures and charts"))
        self.currentChanged.connect(self._on_tab)
        self.pages = {
            EntityKind.PATENT: self.patents,
            EntityKind.ORGANIZATION: self.organizations,
            EntityKind.PERSON: self.people,
        }

    @property
    def view(self) -> TransferView:
        """The figures and charts, built the first time anyone needs them."""
        if self._view is None:
            self._view = TransferView(self.session, self.language, self._figures_host)
            layout = self._figures_host.layout()
            assert layout is not None
            layout.addWidget(self._view)
        return self._view

    def _on_tab(self, index: int) -> None:
        if self.widget(index) is self._figures_host:
            _ = self.view

    def show_figures(self) -> TransferView:
        self.setCurrentWidget(self._figures_host)
        return self.view

    def shutdown(self) -> None:
        """Wait for a count of the figures in progress (before the roadmap closes)."""
        if self._view is not None:
            self._view.shutdown()

    def show_record(self, kind: EntityKind, record_id: str) -> bool:
        """Bring the page of `kind` forward with `record_id` chosen."""
        page = self.pages.get(kind)
        if page is None:
            return False
        self.setCurrentWidget(page)
        return page.choose(record_id)
