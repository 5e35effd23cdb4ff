"""The shared repository in the app: File › Open from repository…, Publish, Pull, the sync
state in the status bar, and File › Portfolio…

A publish or pull runs whole in a worker thread behind a progress dialog — the server's part,
and bringing the file in line with what the server agreed (`publishing.settle`: the merge
planned and applied there) — through the worker's own writable connection to the file
(`session.writer`, as imports and merges use it: `ui/background_writes.py`), so the window
repaints throughout. Cancel rolls everything back up to the point of no return — the server's
commit of a publish, the file's write of a pull — and is no longer offered from then on. The
edit the worker wrote then goes onto the undo stack as one entry (`session.record`). Conflicts
with others' changes open the merge dialog of breakout copies (`SyncMergeDialog`); the choices
made there run the publish or pull again. The password is never asked for here: libpq finds it
(README).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit

from roadmap.domain.errors import RoadmapError
from roadmap.ui.background import BackgroundJob, BackgroundTask, CancelGate, Job, Progress
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text

if TYPE_CHECKING:
    from roadmap.services.workspace import Workspace
    from roadmap.ui.background_writes import Written
    from roadmap.ui.window_view import WindowView


class RepositoryActions:
    def __init__(self, window: WindowView) -> None:
        self.window = window
        self.sync_label = QLabel(window.qt_window())
        window.qt_window().statusBar().addPermanentWidget(self.sync_label)
        self._edited_since_sync = False
        self.portfolio_window: Any = None
        self.task: BackgroundTask | None = None  # the last publish or pull (tests watch it)
        self.comparing: BackgroundJob | None = None  # the opened file against its base
        self.dialog: Any = None  # the last conflicts dialog

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
        elif self._edited_since_sync or link.pending_publish is not None or link.edited != 0:
            self.sync_label.setText(
                tr("Not published since {time}").format(time=_shown_time(link.synced_at))
            )
        else:
            self.sync_label.setText(self._synced_text(link))

    @staticmethod
    def _synced_text(link: Any) -> str:
        from roadmap.store.link import where_of_url

        return tr("Synced with {where} at {time} (version {version})").format(
            where=message_text(where_of_url(link.url)),
            time=_shown_time(link.synced_at),
            version=link.base_version,
        )

    def document_opened(self) -> None:
        """Show the sync state of the file just opened, as its link recorded it: synced, or
        edited since (every write of the roadmap's rows marks the link; a publish or pull
        clears it), at no cost. Only an edited file (it may have been edited back) or one of
        an older format is compared with its base — in the background, without a dialog:
        the label says "Not published since …" meanwhile and turns to synced if it is."""
        from roadmap.services.repository_link import link_of

        self._edited_since_sync = False
        self.update_status()
        session = self.window.session
        link = None if session is None else link_of(session.workspace)
        if session is None or link is None or link.pending_publish is not None:
            return
        if link.edited == 0:
            return

        def job(progress: Any, cancelled: Any) -> bool:
            from roadmap.services.publishing import differs_from_base

            with session.reader() as reader:
                return differs_from_base(reader, link)

        comparing = BackgroundJob(job, self.window.qt_window())
        self.comparing = comparing

        def done(differs: bool) -> None:
            self.comparing = None
            comparing.deleteLater()
            if self.window.session is not session or differs or self._edited_since_sync:
                return
            if not session.readonly:
                from roadmap.services.publishing import mark_synced

                mark_synced(session.workspace)
            self.update_status()
            if session.readonly:  # the file keeps saying edited; what it holds is synced
                self.sync_label.setText(self._synced_text(link))

        def failed(error: BaseException) -> None:
            self.comparing = None
            comparing.deleteLater()  # the label keeps "Not published since …"

        comparing.finished.connect(done)
        comparing.failed.connect(failed)
        comparing.start()

    # -- open from repository ----------------------------------------------------------------

    def _ask_url(self, title: str) -> str | None:
        url, ok = QInputDialog.getText(
            self.window.dialog_parent(),
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
            self.window.dialog_parent(), tr("Open from repository"), tr("Roadmap:"), shown, 0, False
        )
        if not ok:
            return
        entry = entries[shown.index(item)]
        suggested = Path.home() / f"{_file_name(entry.title)}.roadmap"
        name, _ = QFileDialog.getSaveFileName(
            self.window.dialog_parent(),
            tr("Save the roadmap as"),
            str(suggested),
            tr("Roadmaps (*.roadmap)"),
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

    # -- delete from repository ---------------------------------------------------------------

    def delete_from_repository(self) -> None:
        """File › Delete from repository…: a roadmap chosen from the repository's list, after
        a confirmation; only an owner may (the server's answer to anyone else is shown, and
        nothing is deleted). Clones keep their files."""
        url = self._ask_url(tr("Delete from repository"))
        if url is None:
            return

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.services.repository import list_repository

            return list_repository(url)

        self.window.work.run(
            tr("Reading the repository…"), job, lambda e: self._choose_to_delete(url, e)
        )

    def _choose_to_delete(self, url: str, entries: list[Any]) -> None:
        if not entries:
            self.window.show_message(RoadmapError("app.repository_empty"))
            return
        shown = [f"{e.title} · v{e.version} · {e.published_by}" for e in entries]
        item, ok = QInputDialog.getItem(
            self.window.dialog_parent(),
            tr("Delete from repository"),
            tr("Roadmap:"),
            shown,
            0,
            False,
        )
        if not ok:
            return
        entry = entries[shown.index(item)]
        question = tr(
            "Delete {title} (version {version}) from the repository, for everyone who works "
            "on it? Their files keep it, but they can no longer publish or pull it. This "
            "cannot be undone."
        ).format(title=entry.title, version=entry.version)
        if not self.window.confirm(question):
            return

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.services.repository import delete_from_repository

            return delete_from_repository(url, entry.id)

        self.window.work.run(tr("Deleting {title}…").format(title=entry.title), job, self._deleted)

    def _deleted(self, entry: Any) -> None:
        from roadmap.domain.messages import message

        said = message("cli.repo_deleted", title=entry.title, id=entry.id)
        self.window.show_status(message_text(said), 15000)

    # -- publish and pull --------------------------------------------------------------------

    def _start(self, label: str, job: Job, retry: Any, *, pulling: bool = False) -> None:
        """Run a publish or pull in the background (`window.work`). Cancel is offered until
        the job's point of no return — the server's commit of a publish, the file's first
        write of a pull — decided once by the task's `CancelGate` (`publishing.commit_or_stop`);
        conflicts open the merge dialog, whose choices run it again through `retry(settle_by)`."""
        committed = (
            tr("Bringing the file in line…")
            if pulling
            else tr("Committed; bringing the file in line…")
        )
        self.task = self.window.work.run(
            label,
            job,
            lambda written: self._settled(written, retry),
            failed=lambda error: self._failed(error, retry),
            committed_label=committed,
        )

    def _failed(self, error: BaseException, retry: Any) -> None:
        from roadmap.services.publishing import SyncCancelled, SyncConflicts

        if isinstance(error, SyncCancelled):
            self.window.show_status(message_text(error.message), 15000)
        elif isinstance(error, SyncConflicts):
            self._settle_conflicts(error, retry)
        else:
            self.window.task_failed(error)

    def _settle_conflicts(self, error: Any, retry: Any) -> None:
        """The merge dialog of breakout copies, over the repository's side: a person settles
        each conflict, then the publish or pull runs again with those choices."""
        from roadmap.services.publishing import Settle
        from roadmap.ui.sync_merge_dialog import SyncMergeDialog

        session = self.window.session
        if session is None:
            return
        dialog = SyncMergeDialog(self.window, session, error.plan)
        self.dialog = dialog
        dialog.accepted.connect(lambda: retry(Settle(choices=dict(dialog.choices))))
        dialog.open()

    def publish(self, settle_by: Any = None) -> None:
        # Light: what needs the server code (SQLAlchemy, psycopg, the merge: ~0.3-1 s of
        # imports the first time) is imported by the job, in the worker thread.
        from roadmap.services.repository_link import link_of

        session = self.window.session
        if session is None:
            return
        link = link_of(session.workspace)
        if link is None:
            url = self._ask_url(tr("Publish to a repository"))
            if url is None:
                return

            def first(progress: Progress, cancelled: CancelGate) -> Written[Any]:
                from roadmap.services.publishing import first_publish
                from roadmap.ui.background_writes import write_in_worker

                def run(writer: Workspace) -> Any:
                    return first_publish(
                        writer,
                        url,
                        cancelled=cancelled,
                        commit_point=cancelled.commit,
                        progress=progress,
                    )

                return write_in_worker(session, run)

            self._start(tr("Publishing…"), first, self.publish)
            return

        def job(progress: Progress, cancelled: CancelGate) -> Written[Any]:
            from roadmap.services.publishing import Settle, send, settle
            from roadmap.ui.background_writes import write_in_worker

            chosen = settle_by or Settle()

            def run(writer: Workspace) -> Any:
                synced = send(
                    writer,
                    link,
                    chosen,
                    cancelled=cancelled,
                    commit_point=cancelled.commit,
                    progress=progress,
                )
                return settle(writer, synced)

            return write_in_worker(session, run)

        self._start(tr("Publishing…"), job, self.publish)

    def pull(self, settle_by: Any = None) -> None:
        from roadmap.services.repository_link import link_of  # light, as for publish

        session = self.window.session
        if session is None:
            return
        link = link_of(session.workspace)
        if link is None:
            self.window.show_message(RoadmapError("publishing.not_linked", name=session.path.name))
            return

        def job(progress: Progress, cancelled: CancelGate) -> Written[Any]:
            from roadmap.services.publishing import Settle, commit_or_stop, fetch, settle
            from roadmap.ui.background_writes import write_in_worker

            def run(writer: Workspace) -> Any:
                synced = fetch(writer, link, settle_by or Settle(), cancelled=cancelled)
                # Nothing was written so far: the file's write is a pull's point of no return.
                commit_or_stop(cancelled, cancelled.commit)
                return settle(writer, synced)

            return write_in_worker(session, run)

        self._start(tr("Pulling…"), job, self.pull, pulling=True)

    def _settled(self, written: Written[Any], retry: Any) -> None:
        """The worker brought the file in line: the views follow its edit (one merge at
        most), which goes onto the undo stack. A refusal (Cancel, conflicts, the server's
        no) is told after the views follow whatever was written before it."""
        from roadmap.ui.background_writes import record_written

        session = self.window.session
        if session is not None and written.edits:
            undoable = written.edits[-1] if written.refusal is None else None
            record_written(session, written, undoable)
        if written.refusal is not None:
            self._failed(written.refusal, retry)
        else:
            self._published(written.result)

    def _published(self, result: Any) -> None:
        from roadmap.domain.messages import message

        self._edited_since_sync = False
        self.update_status()
        said = tr("Version {version}: {sent} rows sent, {received} rows received").format(
            version=result.version, sent=result.sent, received=result.received
        )
        for name, kept in result.renamed:
            renamed = message("cli.baseline_renamed", name=name, kept=kept)
            said += " " + message_text(renamed)
        self.window.show_status(said, 15000)

    # -- portfolio ---------------------------------------------------------------------------

    def portfolio(self) -> None:
        from roadmap.ui.portfolio_window import PortfolioWindow

        if self.portfolio_window is None:
            window = self.window
            self.portfolio_window = PortfolioWindow(
                window.dialog_parent(), window.settings, window.work
            )
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
