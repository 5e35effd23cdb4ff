"""Conflicts of a publish or pull, settled in the merge dialog of breakout copies.

The one source merged is the repository (its current roadmap against the file's sync base).
The dialog only collects the choices: Publish / Pull runs the sync again with them, since the
server may have moved on meanwhile — a fresh conflict then opens the dialog again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from roadmap.services.merging import MergePlan
from roadmap.ui.document_view import DialogOwner
from roadmap.ui.labels import tr
from roadmap.ui.merge_dialog import MergeDialog
from roadmap.ui.session import RoadmapSession


class SyncMergeDialog(MergeDialog):
    def __init__(self, view: DialogOwner, session: RoadmapSession, plan: MergePlan) -> None:
        super().__init__(view, session, [], copies=[m.copy for m in plan.merges])
        self.setWindowTitle(tr("Conflicts with the repository"))
        self.merge_button.setText(tr("&Settle and sync"))

    def refresh(self) -> None:
        super().refresh()
        self.heading.setText(
            tr('Changes here and in the repository collide in "{title}"').format(
                title=self.plan.mine.info.title
            )
        )

    def accept(self) -> None:
        # Nothing is written here: the sync runs again with `self.choices`.
        if self.plan.clean:
            QDialog.accept(self)
