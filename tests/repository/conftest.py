"""The repository tests run against a real PostgreSQL server: see tests/postgres.py."""

from tests.postgres import empty_database, repository, server_admin  # noqa: F401
from tests.repository.sync_support import published  # noqa: F401
