"""The document actions see the window only through `DocumentView`: every member they use on
`self.view` is one the interface names, and none reaches into the window's widgets."""

from __future__ import annotations

import ast
import inspect

from roadmap.ui import document_actions
from roadmap.ui.document_view import DocumentView


def _members_used_on_view() -> set[str]:
    tree = ast.parse(inspect.getsource(document_actions))
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


def test_the_actions_use_only_what_the_view_interface_names() -> None:
    named = {
        name
        for name in dir(DocumentView) + list(DocumentView.__annotations__)
        if not name.startswith("_")
    }
    used = _members_used_on_view()
    assert used, "the actions reach the window through self.view"
    assert used <= named, f"not in DocumentView: {sorted(used - named)}"


def test_the_actions_do_not_know_the_main_window() -> None:
    source = inspect.getsource(document_actions)
    assert "main_window" not in source
    assert "self.window" not in source
