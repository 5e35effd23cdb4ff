"""The tables of a roadmap document (SQLAlchemy Core), one per entity plus two link tables.

Every table of records (and both link tables) keeps a `position`: the order its rows are shown
and loaded in, so that undoing a delete puts a row back exactly where it was. For lanes,
pathways, steps… it is the entity's own field; for the others the store keeps it (the order
they were added in). Foreign keys carry the delete policy (`ondelete`): the services read it to plan a delete with
everything it takes along, so undo can put all of it back. Enums are stored as their text value
and dates as ISO dates; the domain checks values before they get here.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from roadmap.domain.entities import EntityKind
from roadmap.store import tables as stored

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _id() -> Column[str]:
    return Column("id", String(36), primary_key=True)


def _fk(name: str, target: str, ondelete: str, *, nullable: bool) -> Column[str]:
    return Column(
        name,
        String(36),
        ForeignKey(f"{target}.id", ondelete=ondelete),
        nullable=nullable,
        index=True,
    )


roadmap = Table(
    "roadmap",
    metadata,
    _id(),
    Column("title", Text, nullable=False),
    Column("horizon_start", Date, nullable=False),
    Column("horizon_end", Date, nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("time_unit", String(16), nullable=False),
    Column("language", String(8), nullable=False),
)

lanes = Table(
    "lanes",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("color", String(7), nullable=False),
    Column("position", Integer, nullable=False),
)

criteria = Table(
    "criteria",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("weight", Float, nullable=False),
    Column("description", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

organizations = Table(
    "organizations",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("org_kind", String(32), nullable=False),
    Column("country", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

people = Table(
    "people",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    _fk("organization_id", "organizations", "SET NULL", nullable=True),
    Column("role", Text, nullable=False),
    Column("expertise", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

problems = Table(
    "problems",
    metadata,
    _id(),
    Column("statement", Text, nullable=False),
    Column("sector", Text, nullable=False),
    _fk("demand_org_id", "organizations", "SET NULL", nullable=True),
    Column("priority", String(16), nullable=False),
    Column("description", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

figures_of_merit = Table(
    "figures_of_merit",
    metadata,
    _id(),
    _fk("problem_id", "problems", "CASCADE", nullable=False),
    Column("name", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("baseline", Float, nullable=False),
    Column("target", Float, nullable=False),
    Column("direction", String(16), nullable=False),
    Column("target_date", Date, nullable=True),
    Column("position", Integer, nullable=False),
)

pathways = Table(
    "pathways",
    metadata,
    _id(),
    _fk("problem_id", "problems", "CASCADE", nullable=False),
    Column("name", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("color", String(7), nullable=False),
    Column("position", Integer, nullable=False),
)

scores = Table(
    "scores",
    metadata,
    _id(),
    _fk("pathway_id", "pathways", "CASCADE", nullable=False),
    _fk("criterion_id", "criteria", "CASCADE", nullable=False),
    Column("value", Integer, nullable=False),
    Column("rationale", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

steps = Table(
    "steps",
    metadata,
    _id(),
    _fk("pathway_id", "pathways", "CASCADE", nullable=False),
    _fk("lane_id", "lanes", "RESTRICT", nullable=False),
    Column("name", Text, nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
    Column("step_kind", String(16), nullable=False),
    Column("trl_start", Integer, nullable=True),
    Column("trl_target", Integer, nullable=True),
    Column("status", String(16), nullable=False),
    Column("progress", Integer, nullable=False),
    _fk("owner_org_id", "organizations", "SET NULL", nullable=True),
    _fk("lead_person_id", "people", "SET NULL", nullable=True),
    Column("budget", Float, nullable=True),
    Column("notes", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

dependencies = Table(
    "dependencies",
    metadata,
    _id(),
    _fk("from_step_id", "steps", "CASCADE", nullable=False),
    _fk("to_step_id", "steps", "CASCADE", nullable=False),
    Column("type", String(2), nullable=False),
    Column("lag_days", Integer, nullable=False),
    Column("position", Integer, nullable=False),
)

products = Table(
    "products",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("market", Text, nullable=False),
    Column("launch_date", Date, nullable=True),
    Column("description", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

pathway_products = Table(
    "pathway_products",
    metadata,
    Column(
        "product_id",
        String(36),
        ForeignKey("products.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "pathway_id",
        String(36),
        ForeignKey("pathways.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("position", Integer, nullable=False),
)

mobility = Table(
    "mobility",
    metadata,
    _id(),
    _fk("person_id", "people", "CASCADE", nullable=False),
    Column("mobility_kind", String(32), nullable=False),
    _fk("from_org_id", "organizations", "CASCADE", nullable=False),
    _fk("to_org_id", "organizations", "CASCADE", nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=True),
    Column("note", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

patents = Table(
    "patents",
    metadata,
    _id(),
    Column("title", Text, nullable=False),
    Column("number", Text, nullable=False),
    Column("filing_date", Date, nullable=True),
    Column("status", String(16), nullable=False),
    _fk("owner_org_id", "organizations", "SET NULL", nullable=True),
    _fk("licensee_org_id", "organizations", "SET NULL", nullable=True),
    Column("license_kind", String(16), nullable=True),
    Column("expiry", Date, nullable=True),
    _fk("pathway_id", "pathways", "SET NULL", nullable=True),
    Column("position", Integer, nullable=False),
)

patent_steps = Table(
    "patent_steps",
    metadata,
    Column(
        "patent_id",
        String(36),
        ForeignKey("patents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "step_id",
        String(36),
        ForeignKey("steps.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("position", Integer, nullable=False),
)

patent_events = Table(
    "patent_events",
    metadata,
    _id(),
    _fk("patent_id", "patents", "CASCADE", nullable=False),
    Column("status", String(16), nullable=False),
    Column("date", Date, nullable=False),
    Column("note", Text, nullable=False),
    Column("position", Integer, nullable=False),
)

ideas = Table(
    "ideas",
    metadata,
    _id(),
    Column("text", Text, nullable=False),
    _fk("pathway_id", "pathways", "SET NULL", nullable=True),
    _fk("lane_id", "lanes", "SET NULL", nullable=True),
    Column("position", Integer, nullable=False),
)

votes = Table(
    "votes",
    metadata,
    _id(),
    Column("question", Text, nullable=False),
    Column("held_on", Date, nullable=False),
    Column("style", String(16), nullable=False),
    Column("dots_each", Integer, nullable=False),
    Column("cap", Integer, nullable=False),
    Column("participants", Integer, nullable=False),
    _fk("criterion_id", "criteria", "SET NULL", nullable=True),
)

vote_counts = Table(
    "vote_counts",
    metadata,
    _id(),
    _fk("vote_id", "votes", "CASCADE", nullable=False),
    _fk("pathway_id", "pathways", "CASCADE", nullable=True),
    _fk("step_id", "steps", "CASCADE", nullable=True),
    _fk("product_id", "products", "CASCADE", nullable=True),
    Column("count", Integer, nullable=False),
    Column("voters", Text, nullable=False),
)

# The file's tie to a shared repository (roadmap.services.publishing): where it came from and
# the content at the last sync (zlib-compressed JSON), against which publish and pull merge.
# At most one row; a file that was never cloned or published has none. File only: the
# server has no such table.
repository_link = Table(
    "repository_link",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("roadmap_id", String(36), nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("synced_at", Text, nullable=False),
    Column("pending_publish", String(36), nullable=True),
    Column("base", LargeBinary, nullable=False),
    # 0: the roadmap's rows are as the last publish or pull left them; 1: edited since (set by
    # every write of them, see document.SqliteSession); NULL: not known (an older file).
    Column("edited", Integer, nullable=True),
)

# Baselines are not part of the plan: no plan edit, import or merge writes them. The plan they
# keep is one JSON text (see roadmap.domain.baseline), so a baseline is one row to take, rename,
# delete or put back.
baselines = Table(
    "baselines",
    metadata,
    _id(),
    # Unique per roadmap; the services check it (on the server one table holds many roadmaps).
    Column("name", Text, nullable=False),
    Column("taken_at", Text, nullable=False),
    Column("taken_by", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("content", Text, nullable=False),
)

# Where a file came from and what was merged into it (not a record of the roadmap: no view
# shows it). role "base": this file is the breakout copy `id`, and `content` is the roadmap as
# it was when the copy was made; role "merged": the copy `id` was merged into this file, and
# `content` is that copy as it was then — the base of the next merge of the same copy.
lineage = Table(
    "lineage",
    metadata,
    Column("role", String(16), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("roadmap_id", String(36), nullable=False),
    Column("label", Text, nullable=False),
    Column("parent_id", String(36), nullable=True),
    Column("created", String(32), nullable=False),
    Column("content", LargeBinary, nullable=False),
)

# The same tables as SQLAlchemy's, for the server and the migrations; which kind and which
# list-of-IDs field each holds is said once, in `tables.py`.
TABLES: dict[EntityKind, Table] = {
    kind: metadata.tables[table.name] for kind, table in stored.TABLES.items()
}

LINKS: dict[tuple[EntityKind, str], tuple[Table, str, str]] = {
    key: (metadata.tables[table.name], owner, member)
    for key, (table, owner, member) in stored.LINKS.items()
}
