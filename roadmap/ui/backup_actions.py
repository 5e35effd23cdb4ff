"""File › Restore a backup…: put back one of the open roadmap's rotating backups.

The roadmap is closed, the chosen backup put in its place (what was there is backed up first,
so a restore can itself be undone by another restore) and opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text

if TYPE_CHECKING:
    from roadmap.ui.document_view import DocumentView


def restore_backup_dialog(view: DocumentView, reopen: Callable[[Path], bool]) -> bool:
    """Ask which backup to restore, and restore it; True when one was restored. `reopen`
    opens the roadmap again afterwards (`DocumentActions.open_path`)."""
    # Imported here: the services' workspace brings SQLAlchemy along, which the welcome page
    # (whose menus hold this action) must not wait for.
    from roadmap.services.workspace import list_backups, restore_backup

    session = view.session
    if session is None:
        return False
    path = session.path
    backups = list_backups(path)
    if not backups:
        view.show_message(RoadmapError("backup.none", name=path.name))
        return False
    items = [
        tr("{when} ({reason}, {size} KB)").format(
            when=f"{b.made:%Y-%m-%d %H:%M}",
            reason=_reason_text(b.reason_message),
            size=f"{b.size / 1024:,.0f}",
        )
        for b in backups
    ]
    choice, ok = QInputDialog.getItem(
        view.dialog_parent(),
        tr("Restore a backup"),
        tr("Backups of {name}, newest first:").format(name=path.name),
        items,
        0,
        False,
    )
    if not ok or choice not in items:
        return False
    chosen = backups[items.index(choice)]
    question = tr(
        "Replace {name} with the backup of {when}? What it holds now is backed up first, so "
        "you can go back with another restore."
    ).format(name=path.name, when=f"{chosen.made:%Y-%m-%d %H:%M}")
    if not view.confirm(question):
        return False
    view.close_document()  # our own lock must go before the file is replaced
    try:
        restore_backup(path, chosen.path)
    except RoadmapError as error:
        view.show_message(error)
        reopen(path)
        return False
    return reopen(path)


def _reason_text(reason: Message | str) -> str:
    return message_text(reason) if isinstance(reason, Message) else reason
