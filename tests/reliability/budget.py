"""How hard the hostile tests try: a fixed, small budget in CI, a long one on request.

`ROADMAP_LONG_TESTS=1 make test` (or `pytest --long` … see conftest) runs the kill tests 20+
times per case and the fuzz tests for thousands of examples.
"""

from __future__ import annotations

import os

LONG = os.environ.get("ROADMAP_LONG_TESTS", "") not in ("", "0")


def runs(ci: int, long: int) -> int:
    return long if LONG else ci
