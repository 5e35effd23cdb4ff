"""The status bar's lasting notes about the roadmap shown: its counts, and — while it cannot be
written here — why not and what to do (who holds it, or a read-only file or folder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMainWindow

from roadmap.ui.labels import tr

if TYPE_CHECKING:
    from roadmap.ui.session import RoadmapSession


class StatusNotes:
    def __init__(self, window: QMainWindow) -> None:
        self.status_bar = window.statusBar()
        self.counts = QLabel(window)
        self.status_bar.addPermanentWidget(self.counts)
        self.readonly = QLabel(window)
        self.readonly.setObjectName("readonly")
        self.readonly.setStyleSheet("QLabel { background: #fff4c2; padding: 1px 6px; }")
        self.readonly.hide()
        self.status_bar.addPermanentWidget(self.readonly)

    def show_counts(self, session: RoadmapSession) -> None:
        self.counts.setText(
            tr("{steps} steps · {dependencies} dependencies · {pathways} pathways").format(
                steps=len(session.steps),
                dependencies=len(session.dependencies),
                pathways=len(session.pathways),
            )
        )

    def say_why_readonly(self, session: RoadmapSession) -> None:
        holder = session.held_by()
        if holder is not None:
            since = holder.since.replace("T", " ")
            short = tr("Read-only: open on {host} by {user} since {since}").format(
                host=holder.host, user=holder.user, since=since
            )
            advice = tr(
                "{user} has this roadmap open on {host} (since {since}), so it opened read-only "
                "here. Close it there and open it again here to edit it, or save a copy "
                "(File › Save As…) to work on your own."
            ).format(host=holder.host, user=holder.user, since=since)
        else:
            short = tr("Read-only: this file cannot be written here")
            advice = tr(
                "This roadmap cannot be written here (a read-only file or folder). Save a copy "
                "(File › Save As…) somewhere you can write to edit it."
            )
        self.readonly.setText(short)
        self.readonly.setToolTip(advice)
        self.readonly.show()
        self.status_bar.showMessage(advice, 30000)

    def clear(self) -> None:
        """A closed roadmap's counts and reasons are not the next one's."""
        self.counts.clear()
        self.readonly.hide()
