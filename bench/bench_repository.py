"""The shared repository on a real PostgreSQL server, against references of the same run.

    python bench/bench_repository.py [--repeat 3] [--many 1000]

1. The first publish of L against `roadmap import` of L's JSON into a new file (target ≤ 3×).
2. A pull of 10 changed rows from a repository of 100 and of `--many` S roadmaps (target: the
   second ≤ 1.5× the first: a pull's cost follows the changes, not the repository).
3. The portfolio summary of 100 and of `--many` S roadmaps (target: growth no worse than
   linear, i.e. time per roadmap at `--many` ≤ 1.5× that at 100).

The server: ROADMAP_TEST_DATABASE_URL (as `.ci/postgres.sh` prints it), else the local socket;
each part uses a new database, dropped at the end. The other S roadmaps are server-side copies
of one published S roadmap under new roadmap ids (INSERT … SELECT), which is what the server
holds either way. min/median/max wall times are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from bench.generate import SIZES, build
from bench.timing import wall_time

ADMIN = os.environ.get(
    "ROADMAP_TEST_DATABASE_URL", "postgresql://@/roadmap_test?host=/var/run/postgresql"
)


def spread(runs: list[float]) -> str:
    return f"min {min(runs):.3f} s, median {statistics.median(runs):.3f} s, max {max(runs):.3f} s"


@contextmanager
def database() -> Iterator[str]:
    admin_url = make_url(ADMIN).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    name = f"bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = admin_url.set(drivername="postgresql", database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def copy_roadmap(url: str, source: str, copies: int) -> None:
    """`copies` more roadmaps on the server: the rows of `source` under new roadmap ids."""
    from roadmap.store.repository import RECORD_TABLES

    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"), poolclass=NullPool)
    with engine.begin() as conn:
        ids = [str(uuid.uuid4()) for _ in range(copies)]
        conn.execute(text("CREATE TEMP TABLE new_ids (id varchar(36))"))
        conn.execute(text("INSERT INTO new_ids VALUES (:id)"), [{"id": i} for i in ids])
        conn.execute(
            text(
                "INSERT INTO repository_roadmaps (id, title, version, published_by, published_at, counts) "
                "SELECT n.id, r.title || ' ' || n.id, r.version, r.published_by, r.published_at, r.counts "
                "FROM repository_roadmaps r, new_ids n WHERE r.id = :s"
            ),
            {"s": source},
        )
        for table in RECORD_TABLES:
            columns = [
                row[0]
                for row in conn.execute(
                    text(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = :t "
                        "AND column_name <> 'roadmap_id' ORDER BY ordinal_position"
                    ),
                    {"t": table},
                )
            ]
            cols = ", ".join(f'"{c}"' for c in columns)
            own = ", ".join(f't."{c}"' if c != "id" else 't."id"' for c in columns)
            if table == "roadmap":
                own = own.replace('t."id"', "n.id", 1)
            conn.execute(
                text(
                    f'INSERT INTO "{table}" (roadmap_id, {cols}) SELECT n.id, {own} '
                    f'FROM "{table}" t, new_ids n WHERE t.roadmap_id = :s'
                ),
                {"s": source},
            )
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    engine.dispose()


def first_publish(repeat: int, seed: int) -> bool:
    from roadmap.io.exchange import import_file
    from roadmap.io.json_format import write_json
    from roadmap.services.publishing import publish
    from roadmap.services.repository import init_repository

    snapshot = build(SIZES["L"], seed)
    imports, publishes = [], []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        source = tmp / "L.json"
        write_json(snapshot, source)
        for i in range(repeat):
            target = tmp / f"imported-{i}.roadmap"
            imports.append(wall_time(lambda target=target: import_file(source, target)))
            with database() as url:
                init_repository(url)
                publishes.append(wall_time(lambda target=target, url=url: publish(target, url)))
    ratio = min(publishes) / min(imports)
    print(f"L: {len(snapshot.steps)} steps, {len(snapshot.dependencies)} dependencies")
    print(f"  import of L's JSON into a new file (reference): {spread(imports)}")
    print(f"  first publish of L: {spread(publishes)}")
    print(f"  ratio (fastest runs) {ratio:.2f} (target ≤ 3)")
    return ratio <= 3


def many_roadmaps(repeat: int, seed: int, many: int) -> bool:
    from roadmap.domain.entities import EntityKind
    from roadmap.services.portfolio import portfolio_of_repository
    from roadmap.services.publishing import clone, publish, pull
    from roadmap.services.repository import init_repository
    from roadmap.services.workspace import Workspace

    snapshot = build(SIZES["S"], seed)
    pulls: dict[int, list[float]] = {}
    summaries: dict[int, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder, database() as url:
        tmp = Path(folder)
        init_repository(url)
        first = tmp / "S.roadmap"
        Workspace.create(first, snapshot).close()
        publish(first, url)
        reader, writer = tmp / "reader.roadmap", tmp / "writer.roadmap"
        clone(url, snapshot.info.id, reader)
        clone(url, snapshot.info.id, writer)
        held = 1
        round_ = 0
        for size in (100, many):
            copy_roadmap(url, snapshot.info.id, size - held)
            held = size
            pulls[size], summaries[size] = [], []
            for _ in range(repeat):
                round_ += 1
                with Workspace.open(writer) as ws:
                    for step in ws.queries.snapshot().steps[:10]:
                        ws.commands.update(
                            EntityKind.STEP, step.id, name=f"{step.name[:40]} #{round_}"
                        )
                publish(writer)
                pulls[size].append(wall_time(lambda: pull(reader)))
                summaries[size].append(
                    wall_time(lambda: portfolio_of_repository(url, date(2030, 1, 1)))
                )
    pull_ratio = min(pulls[many]) / min(pulls[100])
    per_100 = min(summaries[100]) / 100
    per_many = min(summaries[many]) / many
    growth = per_many / per_100
    print(f"a pull of 10 changed steps, repository of 100 S roadmaps: {spread(pulls[100])}")
    print(f"a pull of 10 changed steps, repository of {many} S roadmaps: {spread(pulls[many])}")
    print(f"  ratio (fastest runs) {pull_ratio:.2f} (target ≤ 1.5)")
    print(f"portfolio summary of 100 S roadmaps: {spread(summaries[100])}")
    print(f"portfolio summary of {many} S roadmaps: {spread(summaries[many])}")
    print(
        f"  time per roadmap at {many} / at 100: {growth:.2f} (target ≤ 1.5: no worse than linear)"
    )
    return pull_ratio <= 1.5 and growth <= 1.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--many", type=int, default=1000)
    args = parser.parse_args(argv)
    ok = first_publish(args.repeat, args.seed)
    ok = many_roadmaps(args.repeat, args.seed, args.many) and ok
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
