"""Clone, publish and pull: a `.roadmap` file working with the shared repository.

The file remembers its repository (URL without password), the roadmap's id, the server
version it last synchronized at and the roadmap as it was then — its *base* (`store.link`).

- **publish** sends what changed since the base, in one server transaction holding the
  roadmap's row lock (publishes of one roadmap queue; others don't wait). If others published
  since the base, their changes are read (only those: by row version) and merged with the file's
  against the base by the one merge engine (`domain.merge.merge_three`, field by field: mine =
  the file, theirs = the server); open conflicts stop it (nothing changed anywhere, exit 3)
  unless `choices`/`prefer` settle them. Each row written carries the new version and is
  written only if its `row_version` is still the one it was planned against: the base's for
  rows nobody else touched, the current one for rows merged from others. A publish has an id,
  saved in the file before it is sent: a retry after a lost answer finds it applied and does
  not apply it again.
- **pull** reads what changed since the base and merges it into the file (the same engine, the
  same choices) as one undoable edit.
- Offline: nothing here is needed to work on the file; an unreachable server is one line.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from roadmap.domain.entities import new_id
from roadmap.domain.errors import ConflictError, RoadmapError, ValidationError
from roadmap.domain.merge import Conflict, ConflictKey, Side, merge_three
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.io.json_format import dumps_in_pieces, from_json, to_json
from roadmap.services.baseline_sync import BaselineMerge, Labels, labels_of, merge_baselines
from roadmap.services.baselines import baseline_from_row, restore_baselines
from roadmap.services.changes import Edit
from roadmap.services.commands import Commands
from roadmap.services.copies import CopyToMerge
from roadmap.services.merging import CopyMerge, MergePlan
from roadmap.services.repository import Server
from roadmap.services.repository_link import link_of
from roadmap.services.sync import plan_diff
from roadmap.services.workspace import Workspace, require_valid
from roadmap.store.baselines import TABLE as BASELINES
from roadmap.store.baselines import baseline_rows
from roadmap.store.interface import Row, RowChange
from roadmap.store.link import LinkRow, set_pending, write_link
from roadmap.store.link import mark_synced as mark_synced_link
from roadmap.store.repository import RepositoryEntry, find_entry, load_snapshot
from roadmap.store.server import RepositoryAccessDenied, public_url, repository_url
from roadmap.store.server_changes import Delta, apply_delta, changed_since, server_baselines
from roadmap.store.server_session import ServerSession, row_key
from roadmap.store.server_writes import (
    add_roadmap,
    current_user,
    lock_roadmap,
    may_publish,
    record_publish,
    roadmap_version,
    version_of_publish,
)

_BATCH = 500  # rows written between two looks at Cancel
SYNCED_BASELINES = "synced_baselines"  # the key of the baselines' labels in a packed base


class SyncConflicts(RoadmapError):
    """Changes here and in the repository collide; nothing was changed anywhere.

    `plan` is the merge as `roadmap merge` reports it (one source: the repository), so the
    CLI lists it, `--json` prints it and the app's merge dialog settles it the same way."""

    def __init__(self, plan: MergePlan) -> None:
        super().__init__("publishing.conflicts", count=len(plan.unresolved))
        self.plan = plan

    @property
    def conflicts(self) -> list[Conflict]:
        return self.plan.unresolved


class SyncCancelled(RoadmapError):
    """The person stopped a publish or pull before its commit; nothing changed anywhere."""


Cancelled = Callable[[], bool]
# Asked last before the point of no return: false — Cancel came first, stop; true — go ahead,
# and from then on Cancel is no longer accepted (the app's `ui/background.CancelGate.commit`).
CommitPoint = Callable[[], bool]
Progress = Callable[[int, int], None]  # (done, out of): rows or tables written so far


def _never() -> bool:
    return False


def _go() -> bool:
    return True


def _unseen(done: int, total: int) -> None:
    return None


def _stop_if(cancelled: Cancelled) -> None:
    if cancelled():
        raise SyncCancelled("publishing.cancelled")


def commit_or_stop(cancelled: Cancelled, commit_point: CommitPoint) -> None:
    """The point of no return: going on is decided by `commit_point` — one decision, so a
    Cancel that comes after it is refused rather than accepted for work that commits anyway
    (a look at `cancelled` followed by the commit left that moment open)."""
    if cancelled() or not commit_point():
        raise SyncCancelled("publishing.cancelled")


@dataclass(frozen=True)
class Settle:
    """How conflicts with the repository are settled: per conflict, or all one way."""

    choices: Mapping[ConflictKey, Side] | None = None
    prefer: Side | None = None


@dataclass(frozen=True)
class SyncResult:
    roadmap_id: str
    version: int
    sent: int  # rows written on the server
    received: int  # rows changed in the file
    already: bool = False  # nothing to do
    # (name in the repository, name in the file) of baselines renamed on their way in
    renamed: tuple[tuple[str, str], ...] = ()


def pack(snapshot: RoadmapSnapshot, baselines: Labels | None = None) -> bytes:
    """The base a file keeps: the roadmap and the labels of its baselines at the last sync."""
    data = to_json(snapshot)
    data[SYNCED_BASELINES] = [{"id": key, **labels} for key, labels in (baselines or {}).items()]
    # In pieces: a publish or pull packs L in its worker while the window goes on.
    return zlib.compress(dumps_in_pieces(data).encode(), 6)


def unpack(blob: bytes) -> RoadmapSnapshot:
    return unpack_base(blob)[0]


def unpack_base(blob: bytes) -> tuple[RoadmapSnapshot, Labels]:
    """The base `pack` stored; `ValidationError` for bytes it did not write (a hand-made file)."""
    try:
        data = json.loads(zlib.decompress(blob))
    except (zlib.error, ValueError, TypeError) as exc:
        raise ValidationError("copy.base_unreadable", reason=str(exc)) from None
    if not isinstance(data, dict):
        raise ValidationError("copy.base_unreadable", reason="not a packed roadmap")
    return from_json(data), labels_of(data.get(SYNCED_BASELINES, []))


def file_baselines(workspace: Workspace) -> list[Row]:
    with workspace.document.read() as session:
        return baseline_rows(session)


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def differs_from_base(workspace: Workspace, link: LinkRow) -> bool:
    """Whether the file holds changes not yet in its repository: a publish is pending, or its
    content differs from the base it recorded at its last publish or pull. Both are stored in
    the file's link, so this holds across closing and reopening it. A link that says nothing
    was written since the sync (`edited` 0) answers at once; otherwise the whole roadmap is
    compared with the base (undoing back to the synced content counts as synced), which
    takes seconds on a large roadmap: run it off the UI thread."""
    if link.pending_publish is not None:
        return True
    if link.edited == 0:
        return False
    return bool(plan_diff(unpack(link.base), workspace.queries.snapshot()))


def mark_synced(workspace: Workspace) -> None:
    """Record that the file, though written since its sync, holds its base again."""
    with workspace.document.transaction() as conn:
        mark_synced_link(conn)


def clone(url_text: str, key: str, path: Path) -> RepositoryEntry:
    """Write the repository's roadmap `key` (id or exact title) as a new file at `path`."""
    server = Server.at(url_text)
    try:
        with server.transaction(reading=True) as conn:
            entry = find_entry(conn, key)
            snapshot = load_snapshot(conn, entry.id)
            baselines = server_baselines(conn, entry.id)
    finally:
        server.close()
    with Workspace.create(path, snapshot) as workspace:
        if baselines:
            restore_baselines(workspace, [baseline_from_row(row) for row in baselines])
        with workspace.document.transaction() as conn:
            base = pack(snapshot, labels_of(baselines))
            link = LinkRow(public_url(server.url), entry.id, entry.version, now_text(), None, base)
            write_link(conn, link)
    return entry


def _require_planner(server: Server) -> None:
    with server.transaction(reading=True) as conn:
        allowed = may_publish(conn)
    if not allowed:
        raise RepositoryAccessDenied("publishing.reader", where=server.where)


def publish(path: Path, url_text: str | None = None, settle_by: Settle = Settle()) -> SyncResult:
    """Send the file's changes since its last sync to its repository (see the module)."""
    with Workspace.open(path) as workspace:
        link = link_of(workspace)
        if link is None:
            if url_text is None:
                raise RoadmapError("publishing.no_repository", name=Path(path).name)
            return first_publish(workspace, url_text)
        if url_text is not None and public_url(repository_url(url_text)) != link.url:
            raise RoadmapError("publishing.other_repository", url=link.url)
        return settle(workspace, send(workspace, link, settle_by))


def first_publish(
    workspace: Workspace,
    url_text: str,
    *,
    cancelled: Cancelled = _never,
    commit_point: CommitPoint = _go,
    progress: Progress = _unseen,
) -> SyncResult:
    """Add the open roadmap to the repository at `url_text` (any thread: not an edit).
    `cancelled` is asked until the commit (then it rolls back); `commit_point` decides the
    point of no return (see `commit_or_stop`)."""
    mine = workspace.queries.snapshot()
    require_valid(mine)
    baselines = file_baselines(workspace)
    server = Server.at(url_text)
    try:
        _require_planner(server)
        publish_id = new_id()
        with server.transaction() as conn:
            by = current_user(conn)
            if lock_roadmap(conn, mine.info.id) is not None:
                raise RoadmapError("publishing.already_there", title=mine.info.title)
            add_roadmap(conn, mine.info.id, mine.info.title, by, mine.counts())
            on_server = ServerSession(conn, mine.info.id, version=1)
            for number, kind in enumerate(WRITE_ORDER):
                _stop_if(cancelled)
                progress(number, len(WRITE_ORDER))
                on_server.insert_all([(kind, mine.of(kind))])
            _stop_if(cancelled)
            on_server.apply([RowChange(BASELINES, (("id", b["id"]),), None, b) for b in baselines])
            record_publish(conn, mine.info.id, publish_id, 1, mine.info.title, by, mine.counts())
            commit_or_stop(cancelled, commit_point)
    finally:
        server.close()
    with workspace.document.transaction() as conn:
        base = pack(mine, labels_of(baselines))
        link = LinkRow(public_url(server.url), mine.info.id, 1, now_text(), None, base)
        write_link(conn, link)
    records = sum(len(mine.of(kind)) for kind in WRITE_ORDER)
    return SyncResult(mine.info.id, 1, records + len(baselines), 0)


def _merge_or_refuse(
    link: LinkRow,
    base: RoadmapSnapshot,
    mine: RoadmapSnapshot,
    theirs: RoadmapSnapshot,
    settle_by: Settle,
    baselines: BaselineMerge,
) -> RoadmapSnapshot:
    """The file's content merged with the server's against the base; refuses open conflicts
    (of the records and of the baselines, listed together)."""
    result = merge_three(base, mine, theirs, choices=settle_by.choices, prefer=settle_by.prefer)
    if result.clean and not baselines.unresolved:
        return result.merged
    result = replace(
        result,
        conflicts=(*result.conflicts, *baselines.conflicts),
        unresolved=(*result.unresolved, *baselines.unresolved),
    )
    source = CopyToMerge(Path(link.url), link.url, link.roadmap_id, None, base, theirs)
    raise SyncConflicts(MergePlan(mine, (CopyMerge(source, result),), ()))


@dataclass(frozen=True)
class Synced:
    """What a publish or pull agreed with the server, before the file is brought in line."""

    link: LinkRow
    mine: RoadmapSnapshot  # the file's content the merge was made from
    merged: RoadmapSnapshot  # what the file holds afterwards
    base: RoadmapSnapshot  # the new base: the server's content at `version`
    version: int
    sent: int
    pending: str | None  # the publish id still unconfirmed afterwards
    baselines: Labels  # the baselines' labels of the new base
    to_file: tuple[RowChange, ...] = ()  # baseline rows the file gets with the records
    renamed: tuple[tuple[str, str], ...] = ()  # see `SyncResult.renamed`
    packed: bytes | None = None  # `base` as `pack` made it already (the file's, kept)


Perform = Callable[[Callable[[Commands], Edit]], object]


def settle(workspace: Workspace, synced: Synced, perform: Perform | None = None) -> SyncResult:
    """Bring the file in line with what was agreed (one undoable edit) and move its base.
    `perform` runs the edit (the app passes its session's, for the undo stack)."""
    received = plan_diff(synced.mine, synced.merged)
    if received or synced.to_file:

        def edit(c: Commands) -> Edit:
            if synced.to_file:
                return c.merge_in(synced.mine, synced.merged, synced.to_file)
            return c.replace_all(synced.mine, synced.merged, keep_absent=False)

        (perform or (lambda command: command(workspace.commands)))(edit)
    link = synced.link
    # A pull into a file with changes of its own leaves it different from the new base.
    edited = 0 if synced.base is synced.merged or synced.base == synced.merged else 1
    with workspace.document.transaction() as conn:
        write_link(
            conn,
            LinkRow(
                link.url,
                link.roadmap_id,
                synced.version,
                now_text(),
                synced.pending,
                synced.packed or pack(synced.base, synced.baselines),
                edited,
            ),
        )
    got = len(received) + len(synced.to_file)
    return SyncResult(
        link.roadmap_id,
        synced.version,
        synced.sent,
        got,
        not synced.sent and not got,
        synced.renamed,
    )


def send(
    workspace: Workspace,
    link: LinkRow,
    settle_by: Settle = Settle(),
    *,
    cancelled: Cancelled = _never,
    commit_point: CommitPoint = _go,
    progress: Progress = _unseen,
) -> Synced:
    """The server half of a publish (may run in a worker thread): one transaction.
    `cancelled` is asked until the commit: the transaction is then rolled back and the file
    left as it was; `commit_point` decides the point of no return (see `commit_or_stop`)."""
    mine = workspace.queries.snapshot()
    mine_baselines = file_baselines(workspace)
    base, base_baselines = unpack_base(link.base)
    server = Server.at(link.url)
    try:
        _require_planner(server)
        publish_id = link.pending_publish or new_id()
        marked = False
        with _unmark_if_cancelled(workspace, lambda: marked), server.transaction() as conn:
            by = current_user(conn)
            version = lock_roadmap(conn, link.roadmap_id)
            if version is None:
                raise RoadmapError("publishing.gone", title=mine.info.title)
            applied = version_of_publish(conn, publish_id) is not None
            theirs, moved, delta = base, set[tuple[str, str]](), None
            if version != link.base_version:
                delta = changed_since(conn, link.roadmap_id, link.base_version)
                theirs, moved = apply_delta(base, delta), delta.moved_rows()
            baselines = _merge_baselines(base_baselines, mine_baselines, delta, settle_by)
            merged = (
                mine
                if theirs is base
                else _merge_or_refuse(link, base, mine, theirs, settle_by, baselines)
            )

            def read_at(change: RowChange) -> int:
                # Planned against the base, unless merged from what others wrote since.
                moved_since = (change.table, row_key(change.key)) in moved
                return version if moved_since else link.base_version

            on_server = ServerSession(conn, link.roadmap_id, version=version + 1, read_at=read_at)
            # Planned against the server's rows: new records take the positions free there.
            to_send = plan_diff(theirs, merged, on_server) + baselines.to_server
            new_version = version
            _stop_if(cancelled)
            if to_send:
                if link.pending_publish is None:
                    # Kept before the commit: if its answer is lost, a retry sends the same id.
                    with workspace.document.transaction() as local:
                        set_pending(local, publish_id)
                    marked = True
                new_version = version + 1
                for start in range(0, len(to_send), _BATCH):
                    _stop_if(cancelled)
                    progress(start, len(to_send))
                    try:
                        on_server.apply(to_send[start : start + _BATCH])
                    except ConflictError:  # not under the lock; never overwrite all the same
                        raise RoadmapError("publishing.moved", title=mine.info.title) from None
                record_publish(
                    conn,
                    link.roadmap_id,
                    new_id() if applied else publish_id,
                    new_version,
                    merged.info.title,
                    by,
                    merged.counts(),
                )
            commit_or_stop(cancelled, commit_point)
    finally:
        server.close()
    return Synced(
        link,
        mine,
        merged,
        merged,
        new_version,
        len(to_send),
        None,
        baselines.merged,
        tuple(baselines.to_file),
        tuple(baselines.renamed),
    )


def _merge_baselines(
    base: Labels, mine: list[Row], delta: Delta | None, settle_by: Settle
) -> BaselineMerge:
    changed = [] if delta is None else delta.baselines
    gone = [] if delta is None else delta.gone.get("baselines", [])
    return merge_baselines(
        base, mine, changed, gone, choices=settle_by.choices, prefer=settle_by.prefer
    )


@contextmanager
def _unmark_if_cancelled(workspace: Workspace, marked: Callable[[], bool]) -> Iterator[None]:
    """A cancelled publish takes back the publish id it kept in the file: nothing was sent."""
    try:
        yield
    except SyncCancelled:
        if marked():
            with workspace.document.transaction() as local:
                set_pending(local, None)
        raise


def pull(path: Path, settle_by: Settle = Settle()) -> SyncResult:
    """Bring the repository's changes since the last sync into the file (one undoable edit)."""
    with Workspace.open(path) as workspace:
        link = link_of(workspace)
        if link is None:
            raise RoadmapError("publishing.not_linked", name=Path(path).name)
        return settle(workspace, fetch(workspace, link, settle_by))


def fetch(
    workspace: Workspace,
    link: LinkRow,
    settle_by: Settle = Settle(),
    *,
    cancelled: Cancelled = _never,
) -> Synced:
    """The server half of a pull (may run in a worker thread): only what changed is read.
    Nothing is written until `settle`, so a cancel up to then changes nothing."""
    server = Server.at(link.url)
    try:
        with server.transaction(reading=True) as conn:
            version = roadmap_version(conn, link.roadmap_id)
            if version is None:
                raise RoadmapError("publishing.gone", title=link.roadmap_id)
            delta = None
            if version != link.base_version:
                delta = changed_since(conn, link.roadmap_id, link.base_version)
    finally:
        server.close()
    _stop_if(cancelled)
    mine = workspace.queries.snapshot()
    if delta is None and link.edited == 0:
        # Nothing new on either side (the store marks every write of the file's rows): the
        # file is its base, which stays as packed. Unpacking and packing L's base again held
        # the interpreter lock, and so the window, ~90 ms for a pull that brought nothing.
        return Synced(
            link, mine, mine, mine, version, 0, link.pending_publish, {}, packed=link.base
        )
    base, base_baselines = unpack_base(link.base)
    if delta is None:
        return Synced(link, mine, mine, base, version, 0, link.pending_publish, base_baselines)
    theirs = apply_delta(base, delta)
    baselines = _merge_baselines(base_baselines, file_baselines(workspace), delta, settle_by)
    merged = _merge_or_refuse(link, base, mine, theirs, settle_by, baselines)
    return Synced(
        link,
        mine,
        merged,
        theirs,
        version,
        0,
        link.pending_publish,
        baselines.theirs,
        tuple(baselines.to_file),
        tuple(baselines.renamed),
    )
