"""A real PostgreSQL server for the repository tests (tests/repository, and the app's in
tests/ui): one fresh database per test. Import the fixtures where they are used.

The server is found through ROADMAP_TEST_DATABASE_URL (`.ci/run` starts Debian's PostgreSQL
and sets it), else the local server's Unix socket with the login's own name (peer
authentication, no password). Where none answers the tests are skipped — except on CI
(CI=true), where a missing server is a failure: those tests must run there.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

DEFAULT_URL = "postgresql://@/roadmap_test?host=/var/run/postgresql"


def _admin_url() -> URL:
    raw = os.environ.get("ROADMAP_TEST_DATABASE_URL", DEFAULT_URL)
    return make_url(raw).set(drivername="postgresql+psycopg")


@pytest.fixture(scope="session")
def server_admin() -> URL:
    """The URL of a database on a server where the tester may create databases and roles."""
    url = _admin_url()
    try:
        engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 5})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure to reach it: the server is not there
        message = f"no PostgreSQL server for the repository tests at {url}: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return url


def _with_database(url: URL, name: str) -> str:
    return url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)


@pytest.fixture
def empty_database(server_admin: URL) -> Iterator[str]:
    """The URL (as a person writes it) of a new, empty database, dropped after the test."""
    name = f"rt_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_admin, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield _with_database(server_admin, name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def repository(empty_database: str) -> str:
    """The URL of a new, empty repository."""
    from roadmap.services.repository import init_repository

    init_repository(empty_database)
    return empty_database
