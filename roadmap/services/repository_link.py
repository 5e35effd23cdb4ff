"""The file's tie to a shared repository, read without loading the repository code.

The status bar asks for it every time a roadmap opens; `roadmap.services.publishing` (which
also has it) imports the PostgreSQL dialect and the server writes, a second of imports before
the window could paint an opened roadmap that was never in a repository.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roadmap.store.link import LinkRow, link_in

if TYPE_CHECKING:
    from roadmap.services.workspace import Workspace


def link_of(workspace: Workspace) -> LinkRow | None:
    """The file's tie to a repository, if it has one (for the status bar and the commands)."""
    with workspace.document.read() as session:
        return link_in(session)
