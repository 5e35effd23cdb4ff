"""The suite's own settings: a warning raised from our code fails the test, an xfail that
starts passing fails."""

from __future__ import annotations

import warnings

import pytest


def test_a_warning_from_roadmap_is_an_error() -> None:
    with pytest.raises(UserWarning, match="boom"):
        warnings.warn_explicit(
            "boom", UserWarning, "roadmap/store/rows.py", 1, module="roadmap.store.rows"
        )
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit("old", DeprecationWarning, "roadmap/cli.py", 1, module="roadmap")


def test_a_warning_from_elsewhere_is_left_to_its_library() -> None:
    with warnings.catch_warnings(record=True) as seen:
        warnings.warn_explicit("theirs", UserWarning, "other.py", 1, module="roadmapper")
    assert [str(w.message) for w in seen] == ["theirs"]


def test_xfail_is_strict(request: pytest.FixtureRequest) -> None:
    assert request.config.getini("xfail_strict") is True
