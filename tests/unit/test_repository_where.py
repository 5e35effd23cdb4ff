"""The status bar's "Synced with DATABASE on HOST" reads the remembered URL without SQLAlchemy
(`store.link.where_of_url`): it must say what the server code's own reading says, for every
form of URL a person can give (`store.server.repository_url`, `where`)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from roadmap.store.link import where_of_url
from roadmap.store.server import public_url, repository_url, where

URLS = [
    "postgresql://alice@db.example.org/roadmaps",
    "postgresql://alice@db.example.org:5433/roadmaps",
    "postgresql://Alice@DB.Example.org/Portfolio_2027",
    "postgresql://@/roadmap_test?host=%2Fvar%2Frun%2Fpostgresql",
    "postgresql:///plans?host=/tmp/sockets",
    "postgresql://bob@[::1]:5432/plans",
    "postgresql://bob@[2001:db8::7]/plans",
    "postgresql://localhost/My%20Plans",
    "postgresql:///plans",
    "postgres://carol@10.0.0.5/team",
    "  postgresql://alice@db.example.org/roadmaps  ",
]


@pytest.mark.parametrize("given", URLS)
def test_the_status_bar_names_the_server_as_the_server_code_does(given: str) -> None:
    url = repository_url(given)
    remembered = public_url(url)  # what the file's link holds
    assert where_of_url(remembered) == where(url)


def test_reading_it_imports_no_sqlalchemy() -> None:
    code = (
        "import sys; from roadmap.store.link import where_of_url; "
        "where_of_url('postgresql://alice@db.example.org/roadmaps'); "
        "print('sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
