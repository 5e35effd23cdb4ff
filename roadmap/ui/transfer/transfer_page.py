"""The main window's Transfer tab: patents, organizations and people, each a table beside its
editor, and the transfer figures and charts. The organizations, people and figures pages are
built the first time they are shown (a big roadmap's tab opens sooner)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from roadmap.domain.entities import EntityKind, Organization, Patent, Person, new_id
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.transfer.patent_editor import PatentEditor
from roadmap.ui.transfer.record_page import RecordPage
from roadmap.ui.transfer.record_table import RecordTableModel

if TYPE_CHECKING:  # imported with the figures page: it brings the charts' modules along
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
    """The tabs of patents, organizations, people and the figures. Only the patents page is
    built with the tab; the others are built the first time they are shown (or asked for):
    building all three record pages with their editors held the window ~0.1–0.4 s on L when
    the tab was first shown."""

    def __init__(
        self, session: RoadmapSession, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.setDocumentMode(True)
        self._built: dict[EntityKind, RecordPage] = {}
        self._hosts: dict[EntityKind, QWidget] = {}
        for kind in (EntityKind.PATENT, EntityKind.ORGANIZATION, EntityKind.PERSON):
            host = QWidget(self)
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self._hosts[kind] = host
        self._figures_host = QWidget(self)
        QVBoxLayout(self._figures_host).setContentsMargins(0, 0, 0, 0)
        self._view: TransferView | None = None
        self.addTab(self._hosts[EntityKind.PATENT], tr("Patents"))
        self.addTab(self._hosts[EntityKind.ORGANIZATION], tr("Organizations"))
        self.addTab(self._hosts[EntityKind.PERSON], tr("People"))
        self.addTab(self._figures_host, tr("Figures and charts"))
        self.page(EntityKind.PATENT)  # the page shown first
        self.currentChanged.connect(self._on_tab)

    def page(self, kind: EntityKind) -> RecordPage:
        """The page of `kind` (patents, organizations or people), built when first needed."""
        built = self._built.get(kind)
        if built is None:
            built = self._built[kind] = self._make_page(kind)
            layout = self._hosts[kind].layout()
            assert layout is not None
            layout.addWidget(built)
        return built

    def _make_page(self, kind: EntityKind) -> RecordPage:
        session = self.session
        if kind is EntityKind.PATENT:
            return RecordPage(
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
        if kind is EntityKind.ORGANIZATION:
            from roadmap.ui.transfer.organization_editor import OrganizationEditor

            return RecordPage(
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
        from roadmap.ui.transfer.person_editor import PersonEditor

        return RecordPage(
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

    @property
    def patents(self) -> RecordPage:
        return self.page(EntityKind.PATENT)

    @property
    def organizations(self) -> RecordPage:
        return self.page(EntityKind.ORGANIZATION)

    @property
    def people(self) -> RecordPage:
        return self.page(EntityKind.PERSON)

    @property
    def pages(self) -> dict[EntityKind, RecordPage]:
        """Every record page (all built)."""
        return {kind: self.page(kind) for kind in self._hosts}

    @property
    def view(self) -> TransferView:
        """The figures and charts, built the first time anyone needs them."""
        if self._view is None:
            from roadmap.ui.transfer.transfer_view import TransferView

            self._view = TransferView(self.session, self.language, self._figures_host)
            layout = self._figures_host.layout()
            assert layout is not None
            layout.addWidget(self._view)
        return self._view

    def _on_tab(self, index: int) -> None:
        shown = self.widget(index)
        if shown is self._figures_host:
            _ = self.view
        for kind, host in self._hosts.items():
            if shown is host:
                self.page(kind)

    def show_figures(self) -> TransferView:
        self.setCurrentWidget(self._figures_host)
        return self.view

    def shutdown(self) -> None:
        """Wait for a count of the figures in progress (before the roadmap closes)."""
        if self._view is not None:
            self._view.shutdown()

    def show_record(self, kind: EntityKind, record_id: str) -> bool:
        """Bring the page of `kind` forward with `record_id` chosen."""
        if kind not in self._hosts:
            return False
        page = self.page(kind)
        self.setCurrentWidget(self._hosts[kind])
        return page.choose(record_id)
