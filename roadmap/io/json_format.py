"""The JSON interchange format: the whole roadmap as one object (see docs/json-format.md).

Records are keyed by `id`; references are `<entity>_id` fields; dates are ISO strings. Reading
validates everything through the domain before anything is written, and reports every problem
with the section and index it comes from.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from roadmap.atomic_files import replacing
from roadmap.domain.baseline import Baseline, baseline_from_record, baseline_record
from roadmap.domain.consistency import Violation
from roadmap.domain.entities import Entity, EntityKind, RoadmapInfo, new_id
from roadmap.domain.errors import ValidationError
from roadmap.domain.lineage import LineageRow, from_plain
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import SECTION, WRITE_ORDER, RoadmapSnapshot
from roadmap.io.problems import DamagedFile, ImportProblems, ParsedSource, Problems
from roadmap.io.records import FieldError, build, place_in_order, problem_of, to_plain

FORMAT = "frontier-roadmap"
VERSION = 1
MAX_BYTES = 256 * 1024 * 1024


def to_json(
    snapshot: RoadmapSnapshot,
    baselines: tuple[Baseline, ...] = (),
    lineage: Sequence[LineageRow] = (),
) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    data["roadmap"] = to_plain(snapshot.info)
    for kind in WRITE_ORDER[1:]:
        data[SECTION[kind]] = [to_plain(e) for e in snapshot.of(kind)]
    if baselines:
        data["baselines"] = [baseline_record(b) for b in baselines]
    if lineage:  # a breakout copy: its base goes along, so the copy still merges back
        data["lineage"] = [row.plain() for row in lineage]
    return data


# Records per call of the C encoder in `dumps_in_pieces`: a few ms of L each.
_PIECE = 500


def dumps_in_pieces(data: dict[str, Any]) -> str:
    """`json.dumps(data, ensure_ascii=False)`, the same text, encoded a few hundred records of
    each list at a time. The C encoder keeps the interpreter lock for a whole call: one call
    over L (~65 ms, 130 under load) froze the window while a worker wrote a file's base."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list) and len(value) > _PIECE:
            pieces = (
                json.dumps(value[i : i + _PIECE], ensure_ascii=False)[1:-1]
                for i in range(0, len(value), _PIECE)
            )
            encoded = "[" + ", ".join(pieces) + "]"
        else:
            encoded = json.dumps(value, ensure_ascii=False)
        parts.append(f"{json.dumps(key, ensure_ascii=False)}: {encoded}")
    return "{" + ", ".join(parts) + "}"


def write_json(
    snapshot: RoadmapSnapshot,
    path: Path,
    baselines: tuple[Baseline, ...] = (),
    lineage: Sequence[LineageRow] = (),
) -> None:
    text = json.dumps(to_json(snapshot, baselines, lineage), ensure_ascii=False, indent=2)
    with replacing(path) as partial:
        partial.write_text(text + "\n", encoding="utf-8")


def read_json(path: Path) -> RoadmapSnapshot:
    """A validated roadmap from a JSON file; raises `ImportProblems` or `DamagedFile`."""
    return parse_json(path).validated()


def parse_json(path: Path) -> ParsedSource:
    """The records of a JSON file, each field checked, the whole not yet validated."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DamagedFile("json.too_large", name=path.name, megabytes=MAX_BYTES // 2**20)
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: also >4,300 digits
        raise DamagedFile("json.unreadable", name=path.name, reason=exc) from None
    return parse_data(data, path.name)


def from_json(data: Any, source: str = "JSON") -> RoadmapSnapshot:
    """A validated roadmap from decoded JSON data."""
    return parse_data(data, source).validated()


def parse_data(data: Any, source: str) -> ParsedSource:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DamagedFile("json.not_ours", source=source, format=FORMAT)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DamagedFile("json.no_version", source=source)
    if version > VERSION:
        raise DamagedFile("json.newer_version", source=source, version=version, supported=VERSION)
    problems: Problems = []
    where: dict[tuple[EntityKind, str], str] = {}
    roadmap_record = data.get("roadmap")
    info: Entity | None = None
    if not isinstance(roadmap_record, dict):
        problems.append(message("json.roadmap_missing"))
    else:
        try:
            info = build(EntityKind.ROADMAP, {"id": new_id(), **roadmap_record})
            where[(EntityKind.ROADMAP, info.id)] = "roadmap"
        except FieldError as exc:
            problems.append(
                message("json.field_problem", place="roadmap", field=exc.field, problem=exc.said)
            )
    sections: dict[str, tuple[Entity, ...]] = {}
    for kind in WRITE_ORDER[1:]:
        name = SECTION[kind]
        records = data.get(name, [])
        if not isinstance(records, list):
            problems.append(message("json.not_list", name=name))
            continue
        items: list[Entity] = []
        given: list[bool] = []
        for index, record in enumerate(records):
            place = f"{name}[{index}]"
            if not isinstance(record, dict):
                problems.append(message("json.not_object", place=place))
                continue
            try:
                entity = build(kind, record)
            except FieldError as exc:
                problems.append(
                    message("json.field_problem", place=place, field=exc.field, problem=exc.said)
                )
                continue
            except (TypeError, ValueError) as exc:
                problems.append(message("import.at", place=place, problem=problem_of(exc)))
                continue
            where.setdefault((kind, entity.id), place)
            items.append(entity)
            given.append("position" in record)
        sections[name] = tuple(place_in_order(kind, items, given))
    baselines = _baselines(data.get("baselines", []), problems)
    if problems or not isinstance(info, RoadmapInfo):
        raise ImportProblems(source, problems)
    snapshot = RoadmapSnapshot(info=info, **sections)  # type: ignore[arg-type]

    def locate(violation: Violation) -> str | Message | None:
        place = where.get((violation.kind, violation.id))
        if place is None or not violation.field:
            return place
        return message("json.place_field", place=place, field=violation.field)

    lineage = data.get("lineage", [])
    if not isinstance(lineage, list) or not all(isinstance(r, dict) for r in lineage):
        raise ImportProblems(source, [message("json.lineage_not_list")])
    try:
        rows = tuple(from_plain(record) for record in lineage)
    except ValidationError as exc:
        raise ImportProblems(
            source, [message("import.at", place="lineage", problem=exc.message)]
        ) from None
    return ParsedSource(source, snapshot, locate, baselines, rows)


def _baselines(records: Any, problems: Problems) -> tuple[Baseline, ...]:
    if not isinstance(records, list):
        problems.append(message("json.baselines_not_list"))
        return ()
    found: list[Baseline] = []
    for index, record in enumerate(records):
        try:
            found.append(baseline_from_record(record))
        except ValidationError as exc:
            problems.append(message("import.at", place=f"baselines[{index}]", problem=exc.message))
    names = [b.name for b in found]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append(message("json.baseline_twice", name=repr(name)))
    return tuple(found)
