"""What marks a roadmap file as ours and which format it is in.

Its own module because three sides need it without needing each other: opening (checks the
numbers), creating and migrating (writes them) and the schema check (builds the expected
schema through creation). A migration that lands moves FORMAT_VERSION and HEAD_REVISION
together, here.
"""

from __future__ import annotations

APPLICATION_ID = 0x46524D50  # "FRMP": marks the file as a Frontier Roadmap document
FORMAT_VERSION = 8  # PRAGMA user_version; each migration sets its own number
# The Alembic revision that makes the file's format: each migration sets its own number.
HEAD_REVISION = "0008_link_edited"
