"""The shared repository in the app: File › Open from repository…, Publish, Pull, the sync
state in the status bar, and File › Portfolio…

Server work runs in a worker thread with a progress dialog (Cancel stops it before anything is
committed); what it agreed is then brought into the file on the main thread as one undoable
edit (`publishing.settle`). The password is never asked for here: libpq finds it (README).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit

from roadmap.domain.errors import RoadmapError
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text

if TYPE_CHECKING:
    from roadmap.ui.main_window import MainWindow


class Cancelled(RoadmapError):
    """The user stopped a publish or pull before it was committed."""


def _stop_if(cancelled: Any) -> None:
    if cancelled():
        raise Cancelled("cli.interrupted")


class RepositoryActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.sync_label = QLabel(window)
        window.statusBar().addPermanentWidget(self.sync_label)
        self._edited_since_sync = False
        self.portfolio_window: Any = None

    # -- status bar ------------------------------------------------------------------------

    def update_status(self, edited: bool = False) -> None:
        """Say where the open roadmap is published and whether it changed since."""
        session = self.window.session
        if session is None:
            self.sync_label.setText("")
            return
        # Light: every opened roadmap asks, before the window paints it (see repository_link).
        from roadmap.services.repository_link import link_of

        link = link_of(session.workspace)
        self._edited_since_sync = self._edited_since_sync or edited
        if link is None:
            self.sync_label.setText(tr("Not in a repository"))
        elif self._edited_since_sync or link.pending_publish is not None:
            self.sync_label.setText(
                tr("Not published since {time}").format(time=_shown_time(link.synced_at))
            )
        else:
            from roadmap.store.repository import where_of_url

            self.sync_label.setText(
                tr("Synced with {where} at {time} (version {version})").format(
                    where=message_text(where_of_url(link.url)),
                    time=_shown_time(link.synced_at),
                    version=link.base_version,
                )
            )

    def document_opened(self) -> None:
        self._edited_since_sync = False
        self.update_status()

    # -- open from repository ----------------------------------------------------------------

    def _ask_url(self, title: str) -> str | None:
        url, ok = QInputDialog.getText(
            self.window,
            title,
            tr("Repository URL (postgresql://USER@HOST/DATABASE; no password):"),
            QLineEdit.EchoMode.Normal,
            self.window.settings.repository_url,
        )
        url = url.strip()
        if not ok or not url:
            return None
        self.window.settings.repository_url = url
        return url

    def open_from_repository(self) -> None:
        url = self._ask_url(tr("Open from repository"))
        if url is None:
            return

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.services.repository import list_repository

            return list_repository(url)

        self.window.work.run(tr("Reading the repository…"), job, lambda e: self._choose(url, e))

    def _choose(self, url: str, entries: list[Any]) -> None:
        if not entries:
            self.window.show_message(RoadmapError("app.repository_empty"))
            return
        shown = [f"{e.title} · v{e.version} · {e.published_by}" for e in entries]
        item, ok = QInputDialog.getItem(
            self.window, tr("Open from repository"), tr("Roadmap:"), shown, 0, False
        )
        if not ok:
            return
        entry = entries[shown.index(item)]
        suggested = Path.home() / f"{_file_name(entry.title)}.roadmap"
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save the roadmap as"), str(suggested), tr("Roadmaps (*.roadmap)")
        )
        if not name:
            return
        target = Path(name)

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.services.publishing import clone

            return clone(url, entry.id, target)

        self.window.work.run(
            tr("Cloning {title}…").format(title=entry.title),
            job,
            lambda _entry: self.window.docs.open_path(target),
        )

    # -- publish and pull --------------------------------------------------------------------

    def publish(self) -> None:
        from roadmap.services.repository_link import link_of

        session = self.window.session
        if session is None:
            return
        workspace = session.workspace
        link = link_of(workspace)
        if link is None:
            url = self._ask_url(tr("Publish to a repository"))
            if url is None:
                return

            def first(progress: Any, cancelled: Any) -> Any:
                from roadmap.services.publishing import first_publish

                _stop_if(cancelled)
                return first_publish(workspace, url)

            self.window.work.run(tr("Publishing…"), first, self._published)
            return

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.services.publishing import send

            _stop_if(cancelled)
            return send(workspace, link)

        self.window.work.run(tr("Publishing…"), job, self._settle)

    def pull(self) -> None:
        from roadmap.services.repository_link import link_of

        session = self.window.session
        if session is None:
            return
        workspace = session.workspace
        link = link_of(workspace)
        if link is None:
            self.window.show_message(RoadmapError("publishing.not_linked", name=session.path.name))
            return

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.services.publishing import fetch

            synced = fetch(workspace, link)
            _stop_if(cancelled)
            return synced

        self.window.work.run(tr("Pulling…"), job, self._settle)

    def _settle(self, synced: Any) -> None:
        from roadmap.services.publishing import settle

        session = self.window.session
        if session is None or synced is None:
            return
        result = settle(session.workspace, synced, perform=session.perform)
        self._published(result)

    def _published(self, result: Any) -> None:
        self._edited_since_sync = False
        self.update_status()
        self.window.statusBar().showMessage(
            tr("Version {version}: {sent} rows sent, {received} rows received").format(
                version=result.version, sent=result.sent, received=result.received
            ),
            15000,
        )

    # -- portfolio ---------------------------------------------------------------------------

    def portfolio(self) -> None:
        from roadmap.ui.portfolio_window import PortfolioWindow

        if self.portfolio_window is None:
            window = self.window
            self.portfolio_window = PortfolioWindow(window, window.settings, window.work)
        if self.portfolio_window.isVisible():
            self.portfolio_window.raise_()
        else:
            self.portfolio_window.show()


def _shown_time(iso: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _file_name(title: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title).strip()
    return " ".join(kept.split())[:60] or "roadmap"
