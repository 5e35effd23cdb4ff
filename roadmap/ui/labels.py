"""Names people read for the stored values: entity kinds, enum members, field names.

The stored values are English identifiers that never change; these are the words shown in
menus, columns and the inspector, all translatable.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from roadmap.domain.entities import EntityKind

if TYPE_CHECKING:  # the services pull in SQLAlchemy, which the welcome page does not need
    from roadmap.services.changes import Edit


def tr(text: str) -> str:
    """Translate a UI string. Every module calls this bare `tr(...)`, which the translation
    tools collect into one context (the empty one), so lookups here use that context too."""
    return QCoreApplication.translate("", text)


# The English source strings, written out so the translation tools find each one.
_KINDS = {
    EntityKind.ROADMAP: lambda: tr("roadmap"),
    EntityKind.LANE: lambda: tr("lane"),
    EntityKind.CRITERION: lambda: tr("criterion"),
    EntityKind.ORGANIZATION: lambda: tr("organization"),
    EntityKind.PERSON: lambda: tr("person"),
    EntityKind.PROBLEM: lambda: tr("problem"),
    EntityKind.FIGURE_OF_MERIT: lambda: tr("figure of merit"),
    EntityKind.PATHWAY: lambda: tr("pathway"),
    EntityKind.SCORE: lambda: tr("score"),
    EntityKind.STEP: lambda: tr("step"),
    EntityKind.DEPENDENCY: lambda: tr("dependency"),
    EntityKind.PRODUCT: lambda: tr("product"),
    EntityKind.MOBILITY: lambda: tr("mobility"),
    EntityKind.PATENT: lambda: tr("patent"),
    EntityKind.PATENT_EVENT: lambda: tr("patent event"),
    EntityKind.IDEA: lambda: tr("idea"),
    EntityKind.VOTE: lambda: tr("vote"),
    EntityKind.VOTE_COUNT: lambda: tr("vote count"),
    EntityKind.BASELINE: lambda: tr("baseline"),
}

_ACTIONS = {
    "add": lambda: tr('Add {kind} "{name}"'),
    "change": lambda: tr('Change {kind} "{name}"'),
    "delete": lambda: tr('Delete {kind} "{name}"'),
    "move": lambda: tr('Move {kind} "{name}"'),
    "reorder": lambda: tr('Reorder {kind} "{name}"'),
    "link": lambda: tr('Link {kind} "{name}"'),
    "unlink": lambda: tr('Unlink {kind} "{name}"'),
    "import": lambda: tr('Import into "{name}"'),
    "merge": lambda: tr('Merge copies into "{name}"'),
}

_VALUES = {
    # time units
    "month": lambda: tr("Month"),
    "quarter": lambda: tr("Quarter"),
    "year": lambda: tr("Year"),
    # priority
    "high": lambda: tr("High"),
    "medium": lambda: tr("Medium"),
    "low": lambda: tr("Low"),
    "higher": lambda: tr("Higher is better"),
    "lower": lambda: tr("Lower is better"),
    # pathway status
    "proposed": lambda: tr("Proposed"),
    "exploring": lambda: tr("Exploring"),
    "selected": lambda: tr("Selected"),
    "parked": lambda: tr("Parked"),
    "dropped": lambda: tr("Dropped"),
    # step kinds
    "research": lambda: tr("Research"),
    "technology": lambda: tr("Technology"),
    "prototype": lambda: tr("Prototype"),
    "pilot": lambda: tr("Pilot"),
    "product": lambda: tr("Product"),
    "milestone": lambda: tr("Milestone"),
    "decision_gate": lambda: tr("Decision gate"),
    # step status
    "planned": lambda: tr("Planned"),
    "in_progress": lambda: tr("In progress"),
    "done": lambda: tr("Done"),
    "at_risk": lambda: tr("At risk"),
    "cancelled": lambda: tr("Cancelled"),
    # dependency types
    "FS": lambda: tr("Finish to start"),
    "SS": lambda: tr("Start to start"),
    # organizations
    "enterprise": lambda: tr("Enterprise"),
    "university": lambda: tr("University"),
    "research_institute": lambda: tr("Research institute"),
    "government": lambda: tr("Government"),
    "investor": lambda: tr("Investor"),
    "other": lambda: tr("Other"),
    # mobility
    "secondment": lambda: tr("Secondment"),
    "dual_appointment": lambda: tr("Dual appointment"),
    "transfer": lambda: tr("Transfer"),
    "spin_off_founder": lambda: tr("Spin-off founder"),
    # patents
    "idea": lambda: tr("Idea"),
    "filed": lambda: tr("Filed"),
    "granted": lambda: tr("Granted"),
    "licensed": lambda: tr("Licensed"),
    "transferred": lambda: tr("Transferred"),
    "lapsed": lambda: tr("Lapsed"),
    "exclusive": lambda: tr("Exclusive"),
    "non_exclusive": lambda: tr("Non-exclusive"),
    "assignment": lambda: tr("Assignment"),
    # languages
    "en": lambda: tr("English"),
    "zh": lambda: tr("Chinese"),
}

_FIELDS = {
    "title": lambda: tr("Title"),
    "name": lambda: tr("Name"),
    "statement": lambda: tr("Statement"),
    "sector": lambda: tr("Sector"),
    "demand_org_id": lambda: tr("Demanding organization"),
    "priority": lambda: tr("Priority"),
    "description": lambda: tr("Description"),
    "problem_id": lambda: tr("Problem"),
    "status": lambda: tr("Status"),
    "color": lambda: tr("Color"),
    "pathway_id": lambda: tr("Pathway"),
    "lane_id": lambda: tr("Lane"),
    "start": lambda: tr("Start"),
    "end": lambda: tr("End"),
    "step_kind": lambda: tr("Kind"),
    "trl_start": lambda: tr("TRL at start"),
    "trl_target": lambda: tr("Target TRL"),
    "progress": lambda: tr("Progress %"),
    "owner_org_id": lambda: tr("Owner organization"),
    "lead_person_id": lambda: tr("Lead person"),
    "budget": lambda: tr("Budget"),
    "notes": lambda: tr("Notes"),
    "market": lambda: tr("Market"),
    "launch_date": lambda: tr("Launch date"),
    "organization_id": lambda: tr("Organization"),
    "role": lambda: tr("Role"),
    "expertise": lambda: tr("Expertise"),
    "org_kind": lambda: tr("Kind"),
    "country": lambda: tr("Country"),
    "number": lambda: tr("Number"),
    "filing_date": lambda: tr("Filing date"),
    "licensee_org_id": lambda: tr("Licensee"),
    "license_kind": lambda: tr("License kind"),
    "expiry": lambda: tr("Expiry"),
    "pathway_ids": lambda: tr("Pathways"),
    "step_ids": lambda: tr("Steps"),
    "horizon_start": lambda: tr("Horizon start"),
    "horizon_end": lambda: tr("Horizon end"),
    "time_unit": lambda: tr("Time unit"),
    "language": lambda: tr("Language"),
    "weight": lambda: tr("Weight"),
}


def kind_label(kind: EntityKind) -> str:
    return _KINDS[kind]()


def value_label(value: Enum | str | None) -> str:
    """The translated word for an enum member (or its stored value); '' for None."""
    if value is None:
        return ""
    key = value.value if isinstance(value, Enum) else value
    make = _VALUES.get(str(key))
    return make() if make else str(key)


def field_label(name: str) -> str:
    make = _FIELDS.get(name)
    return make() if make else name.replace("_", " ").capitalize()


_MANY: dict[tuple[str, EntityKind], Callable[[], str]] = {
    ("move", EntityKind.STEP): lambda: tr("Move {count} steps"),
    ("delete", EntityKind.STEP): lambda: tr("Delete {count} steps"),
    ("change", EntityKind.CRITERION): lambda: tr("Apply criterion weights"),
}


def edit_title(edit: Edit) -> str:
    """The Undo menu's words for an edit, e.g. 'Move step "Tape-out"', in the UI language."""
    if edit.count > 1:
        many = _MANY.get((edit.action.value, edit.kind))
        return (many() if many else tr("{count} changes")).format(count=edit.count)
    name = edit.name if len(edit.name) <= 40 else edit.name[:39] + "…"
    return _ACTIONS[edit.action.value]().format(kind=kind_label(edit.kind), name=name)
