"""The document, import and export actions (and the breakout, backup and scenario actions) see
the window only through `DocumentView`: every member they use on their view is one the interface names, and
none of them imports the main window."""

from __future__ import annotations

import ast
import inspect
from types import ModuleType

import pytest

from roadmap.ui import (
    backup_actions,
    breakout,
    document_actions,
    export_actions,
    import_actions,
    scenario_dialog,
)
from roadmap.ui.document_view import DocumentView

VIEWERS = [
    document_actions,
    import_actions,
    export_actions,
    breakout,
    backup_actions,
    scenario_dialog,
]


def _members_used_on_view(module: ModuleType) -> set[str]:
    tree = ast.parse(inspect.getsource(module))
    used: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "view"
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "self"
        ):
            used.add(node.attr)
        # `view = self.view` then `view.confirm(...)`
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "view"
        ):
            used.add(node.attr)
    return used


@pytest.mark.parametrize("module", VIEWERS, ids=lambda m: m.__name__)
def test_the_actions_use_only_what_the_view_interface_names(module: ModuleType) -> None:
    named = {
        name
        for name in dir(DocumentView) + list(DocumentView.__annotations__)
        if not name.startswith("_")
    }
    used = _members_used_on_view(module)
    assert used, "the actions reach the window through self.view"
    assert used <= named, f"not in DocumentView: {sorted(used - named)}"


@pytest.mark.parametrize("module", VIEWERS, ids=lambda m: m.__name__)
def test_the_actions_do_not_know_the_main_window(module: ModuleType) -> None:
    source = inspect.getsource(module)
    assert "main_window" not in source
    assert "self.window" not in source
