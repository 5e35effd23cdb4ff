"""The inspector: every field of the selected thing, editable, checked as you type.

Each change is checked with the domain's own rules on a copy (`validate` on
`dataclasses.replace`) and the message shows at once; the value is stored when the field is
left (or Enter is pressed), as one undoable edit. A pathway also shows its score on each
criterion with the rationale (`pathway_scores`); the editors per field type are made by
`field_editors`.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.date_text import DateTextError
from roadmap.domain.entities import (
    Entity,
    EntityKind,
    Pathway,
    Product,
    Step,
    references,
)
from roadmap.domain.step_edits import values_for
from roadmap.services.changes import Edit
from roadmap.ui.baseline_note import BaselineNote
from roadmap.ui.date_edit import problem_text
from roadmap.ui.field_editors import FieldEditors
from roadmap.ui.labels import field_label, kind_label, tr
from roadmap.ui.pathway_scores import PathwayScores
from roadmap.ui.record_form import (
    checked_copy,
    differences,
    heading_label,
    problem_label,
)
from roadmap.ui.session import RoadmapSession

HIDDEN = {"id", "position", "pathway_ids", "step_ids"}
# Changed elsewhere so that more is kept: a patent's status with its date, in its history.
SHOWN_ONLY = {(EntityKind.PATENT, "status")}
_MADE_EACH_TIME = {EntityKind.PATHWAY, EntityKind.PRODUCT, EntityKind.ROADMAP}
MAKE_AHEAD_MS = 2000  # after the roadmap opened: a step's form is made then (see _make_ahead)


@dataclasses.dataclass
class _Form:
    """A form kept for its kind while another is shown."""

    host: QWidget
    form: QFormLayout
    editors: dict[str, tuple[QWidget, Callable[[], Any], Callable[[Any], None]]]
    lists: set[EntityKind]


class Inspector(QWidget):
    stored = Signal()  # a value was stored (for tests and the status bar)

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity: Entity | None = None
        # Per field: its widget, how to read the typed value, how to show a stored one.
        self.editors: dict[str, tuple[QWidget, Callable[[], Any], Callable[[Any], None]]] = {}
        self.fields = FieldEditors(self, session, self.check, self.commit)
        self.title = heading_label(self)
        self.message = problem_label(self)
        # The kind whose form is on screen beside its list (the Technology transfer tab's
        # patents, organizations or people): such a record is not shown here a second time.
        self.beside: EntityKind | None = None
        self.beside_note = QLabel(
            tr("Edited beside its list in the Technology transfer tab."), self
        )
        self.beside_note.setWordWrap(True)
        self.beside_note.hide()
        # One form per kind of record, kept while hidden (see `_forms`); the one on screen is
        # `form_host` with its layout `form` and its `editors`.
        self.forms_box = QWidget(self)
        boxed = QVBoxLayout(self.forms_box)
        boxed.setContentsMargins(0, 0, 0, 0)
        self.form_host, self.form = self._new_form()
        self.scores = PathwayScores(session, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The fields fit the dock's width (they shrink) rather than hide behind a scroll bar.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.title)
        inner.addWidget(self.beside_note)
        inner.addWidget(self.forms_box)
        inner.addWidget(BaselineNote(session, body))  # the chosen baseline's plan of a step
        inner.addWidget(self.scores)
        inner.addStretch(1)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Under the fields, not above them: a message that appears moves no field under the
        # mouse.
        outer.addWidget(self.message)
        # The kind of record the editors were made for, and the kinds their choices list: a
        # record of the same kind is shown in the same editors (making a step's four choice
        # lists of pathways, lanes, organizations and people is most of showing one), until a
        # record of a listed kind changes.
        self._form_kind: EntityKind | None = None
        self._form_lists: set[EntityKind] = set()
        # The forms of the other kinds shown before (kind -> host, layout, editors, the kinds
        # their choices list), shown again for the next record of their kind instead of made
        # again: on L, making a step's form (choice lists of 500 pathways, 200 organizations,
        # 500 people) was most of what pressing a bar to drag it cost, each time a step was
        # selected after something else. A step's form is also made ahead, while the window
        # is idle after the roadmap opened (`_make_ahead`).
        self._forms: dict[EntityKind, _Form] = {}
        session.selection_changed.connect(self._on_selection)
        session.edited.connect(self._on_edited)
        self._on_selection(session.selection)
        ahead = QTimer(self)  # a child: it goes (and never fires) if the inspector goes first
        ahead.setSingleShot(True)
        ahead.timeout.connect(self._make_ahead)
        ahead.start(MAKE_AHEAD_MS)

    # -- what is shown -------------------------------------------------------------------

    def _on_selection(self, selection: tuple[EntityKind, str] | None) -> None:
        entity = self.session.entity(*selection) if selection else self.session.info
        self.show_entity(entity)

    def _on_edited(self, edit: Edit) -> None:
        changes = edit.changes
        for kind in [k for k, form in self._forms.items() if changes.kinds() & form.lists]:
            self._forms.pop(kind).host.deleteLater()  # a choice list is out of date
        if self.entity is None:
            return
        ref = (self.entity.kind, self.entity.id)
        if changes.kinds() & self._form_lists:
            self._form_kind = None  # a choice list is out of date: make the editors again
        # Later, not now: the edit may come from a signal of an editor that showing rebuilds.
        if ref in changes.removed:
            QTimer.singleShot(0, lambda: self.show_entity(self.session.info))
        elif ref in changes.updated or (
            self.entity.kind is EntityKind.PATHWAY and changes.touches(EntityKind.SCORE)
        ):
            QTimer.singleShot(0, lambda: self._refresh(ref))

    def _refresh(self, ref: tuple[EntityKind, str]) -> None:
        """Show the stored values of the entity shown, in the same editors: the field being
        typed in keeps the keyboard (rebuilding the form sent the next keys to the window)."""
        if self.entity is None or (self.entity.kind, self.entity.id) != ref:
            return
        entity = self.session.entity(*ref)
        if entity is None:
            return
        self.entity = entity
        for name, (_widget, _read, fill) in self.editors.items():
            fill(getattr(entity, name))
        if isinstance(entity, Pathway):
            self.scores.fill(entity)
        self.check()

    def form_beside(self, kind: EntityKind | None) -> None:
        """Records of `kind` have their form on screen elsewhere, beside their list (None:
        nowhere): the inspector names the record's kind and leaves the form to that page."""
        if kind is self.beside:
            return
        self.beside = kind
        self._form_kind = None  # made again, or left empty, for the record selected
        self._on_selection(self.session.selection)

    def show_entity(self, entity: Entity | None) -> None:
        self.beside_note.setVisible(entity is not None and entity.kind is self.beside)
        if entity is not None and self._same_form(entity):
            self.entity = entity
            self._fill(entity)
            return
        self.entity = entity
        self._put_away()
        self.scores.clear()
        self.message.hide()
        if entity is None:
            self.title.setText(tr("Nothing selected"))
            return
        self.title.setText(f"{kind_label(entity.kind).capitalize()}")
        if entity.kind is self.beside:
            return
        kept = self._forms.pop(entity.kind, None)
        if kept is not None:
            self._take(entity.kind, kept)
            self._fill(entity)
        else:
            self._make_form(entity)
        if isinstance(entity, Pathway):
            self.scores.show_pathway(entity)

    def _fill(self, entity: Entity) -> None:
        """Show `entity`'s stored values in the editors on screen (made for its kind)."""
        for name, (_widget, _read, fill) in self.editors.items():
            fill(getattr(entity, name))
        self.message.hide()

    def _new_form(self) -> tuple[QWidget, QFormLayout]:
        host = QWidget(self.forms_box)
        form = QFormLayout(host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = self.forms_box.layout()
        assert layout is not None
        layout.addWidget(host)
        return host, form

    def _put_away(self) -> None:
        """Hide the form on screen; keep it for the next record of its kind if it may be
        shown again as it is (not one made each time, no choice list out of date, not being
        typed in), else let it go. An empty form is on screen afterwards."""
        host, form, editors = self.form_host, self.form, self.editors
        kind, lists = self._form_kind, self._form_lists
        # No editors first: an editor that loses the keyboard as its form goes stores
        # nothing (see `candidate`) into the record shown next.
        self.editors = {}
        self._form_kind = None
        self._form_lists = set()
        focused = QApplication.focusWidget()
        typing = focused is not None and host.isAncestorOf(focused)
        host.hide()
        if kind is not None and kind not in _MADE_EACH_TIME and editors and not typing:
            self._forms[kind] = _Form(host, form, editors, lists)
        else:
            host.deleteLater()
        self.form_host, self.form = self._new_form()

    def _take(self, kind: EntityKind, kept: _Form) -> None:
        """Put the form kept for `kind` on screen instead of the empty one there."""
        self.form_host.hide()
        self.form_host.deleteLater()
        self.form_host, self.form, self.editors = kept.host, kept.form, kept.editors
        self._form_kind = kind
        self._form_lists = kept.lists
        self.form_host.show()

    def _make_form(self, entity: Entity) -> None:
        """Make the editors of `entity`'s kind in the (empty) form on screen, showing it."""
        hints = typing.get_type_hints(type(entity))
        refs = {r.field: r for r in references(type(entity)) if not r.many}
        for f in dataclasses.fields(entity):
            if f.name in HIDDEN:
                continue
            editor, read, fill = self.fields.editor(
                f.name, hints[f.name], getattr(entity, f.name), refs.get(f.name)
            )
            editor.setEnabled(not self.session.readonly and (entity.kind, f.name) not in SHOWN_ONLY)
            if (entity.kind, f.name) in SHOWN_ONLY:
                editor.setToolTip(
                    tr("Change it with “Change status…” in the Technology transfer tab (Ctrl+4)")
                )
            editor.setObjectName(f"field_{f.name}")
            self.editors[f.name] = (editor, read, fill)
            self.form.addRow(field_label(f.name), editor)
        if isinstance(entity, Product):
            links = self.editors["pathway_ids"] = self.fields.pathway_links(entity)
            self.form.addRow(field_label("pathway_ids"), links[0])
        self._form_kind = entity.kind
        self._form_lists = {r.target for r in references(type(entity))}

    def _make_ahead(self) -> None:
        """Make a step's form while the window is idle (if none is kept or on screen), so
        the first bar pressed shows its step in editors that exist."""
        session = self.session
        if EntityKind.STEP in self._forms or self._form_kind is EntityKind.STEP:
            return
        step = next(iter(session.steps.values()), None)
        if step is None or self.beside is EntityKind.STEP:
            return
        on_screen = (self.form_host, self.form, self.editors, self._form_kind, self._form_lists)
        self.form_host, self.form = self._new_form()
        self.form_host.hide()
        self.editors = {}
        self._make_form(step)
        self._forms[EntityKind.STEP] = _Form(
            self.form_host, self.form, self.editors, self._form_lists
        )
        self.form_host, self.form, self.editors, self._form_kind, self._form_lists = on_screen

    def _same_form(self, entity: Entity) -> bool:
        """Whether `entity` can be shown in the editors there are: the same kind (a pathway's
        scores and a product's checklist are made each time), no choice list out of date, and
        no editor being typed in (its value belongs to the record shown)."""
        if entity.kind is not self._form_kind or entity.kind in _MADE_EACH_TIME:
            return False
        focused = QApplication.focusWidget()
        return focused is None or not self.form_host.isAncestorOf(focused)

    # -- checking and storing -----------------------------------------------------------

    def candidate(self) -> tuple[Entity | None, str]:
        """The entity with the values in the editors, and why it is refused ('' if it is not)."""
        entity = self.entity
        if entity is None:
            return None, ""
        try:
            typed = {name: read() for name, (_, read, _fill) in self.editors.items()}
        except DateTextError as error:
            return None, problem_text(error.problem)
        if isinstance(entity, Step):
            typed = _with_step_rules(entity, typed)
        return checked_copy(entity, typed)

    def check(self) -> bool:
        """Show at once whether the values typed so far are acceptable."""
        _changed, problem = self.candidate()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        return not problem

    def commit(self) -> None:
        entity = self.entity
        changed, _problem = self.candidate()
        if entity is None or changed is None:
            return
        values = differences(entity, changed)
        if not values:
            return
        kind, entity_id = entity.kind, entity.id
        if kind is EntityKind.ROADMAP:
            edit = self.session.perform(lambda c: c.update_roadmap(**values))
        else:
            edit = self.session.perform(lambda c: c.update(kind, entity_id, **values))
        if edit is None:
            self.message.setText(tr("Not stored; see the status bar for why."))
            self.message.show()
        else:
            self.stored.emit()


def _with_step_rules(step: Step, typed: dict[str, Any]) -> dict[str, Any]:
    """The typed values of a step with what a lone change means for the other fields (a later
    start moves the end along, one TRL level fills the pair; see step_edits)."""
    changed = [name for name, value in typed.items() if getattr(step, name) != value]
    if len(changed) == 1 and changed[0] in ("start", "trl_start", "trl_target"):
        return typed | values_for(step, changed[0], typed[changed[0]])
    return typed
