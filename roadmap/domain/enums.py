"""The closed vocabularies of a roadmap.

Each enum's *value* is what the file, the workbook and the JSON store; it never changes once
released. Labels shown to people come from the message catalogs, not from these values.
"""

from __future__ import annotations

from enum import StrEnum


class TimeUnit(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Language(StrEnum):
    EN = "en"
    ZH = "zh"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class FomDirection(StrEnum):
    """Whether a figure of merit improves as it rises or as it falls."""

    HIGHER = "higher"
    LOWER = "lower"


class PathwayStatus(StrEnum):
    PROPOSED = "proposed"
    EXPLORING = "exploring"
    SELECTED = "selected"
    PARKED = "parked"
    DROPPED = "dropped"


class StepKind(StrEnum):
    RESEARCH = "research"
    TECHNOLOGY = "technology"
    PROTOTYPE = "prototype"
    PILOT = "pilot"
    PRODUCT = "product"
    MILESTONE = "milestone"
    DECISION_GATE = "decision_gate"

    @property
    def is_point(self) -> bool:
        """Milestones and decision gates happen on one day: start equals end."""
        return self in (StepKind.MILESTONE, StepKind.DECISION_GATE)


class StepStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    AT_RISK = "at_risk"
    CANCELLED = "cancelled"


class DependencyType(StrEnum):
    FINISH_TO_START = "FS"
    START_TO_START = "SS"


class OrganizationKind(StrEnum):
    ENTERPRISE = "enterprise"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    GOVERNMENT = "government"
    INVESTOR = "investor"
    OTHER = "other"


class MobilityKind(StrEnum):
    SECONDMENT = "secondment"
    DUAL_APPOINTMENT = "dual_appointment"
    TRANSFER = "transfer"
    SPIN_OFF_FOUNDER = "spin_off_founder"


class PatentStatus(StrEnum):
    IDEA = "idea"
    FILED = "filed"
    GRANTED = "granted"
    LICENSED = "licensed"
    TRANSFERRED = "transferred"
    LAPSED = "lapsed"


class LicenseKind(StrEnum):
    EXCLUSIVE = "exclusive"
    NON_EXCLUSIVE = "non_exclusive"
    ASSIGNMENT = "assignment"


class VoteStyle(StrEnum):
    """Whether a closed vote keeps who voted for what (named) or only the counts."""

    ANONYMOUS = "anonymous"
    NAMED = "named"
