"""The layering of DESIGN.md, enforced: Qt only in ui, heavy libraries only when needed."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "roadmap"


def top_level_imports(path: Path) -> set[str]:
    """Modules imported at module level (not inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def all_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_only_ui_imports_pyside6() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in modules()
        if "PySide6" in all_imports(p) and not p.is_relative_to(PACKAGE / "ui")
    ]
    assert offenders == []


def test_matplotlib_only_at_module_level_in_ui_and_charts() -> None:
    allowed = (PACKAGE / "ui", PACKAGE / "charts")
    offenders = [
        str(p.relative_to(ROOT))
        for p in modules()
        if "matplotlib" in top_level_imports(p) and not any(p.is_relative_to(a) for a in allowed)
    ]
    assert offenders == []


def test_domain_imports_neither_qt_nor_sqlalchemy() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (PACKAGE / "domain").rglob("*.py")
        if all_imports(p) & {"PySide6", "sqlalchemy", "alembic", "openpyxl", "matplotlib"}
    ]
    assert offenders == []


def test_services_speak_to_the_store_only_through_its_interface() -> None:
    # SQL lives in roadmap/store; the services plan row changes and read entities through
    # `StoreSession`, so a second backend is an adapter, not a fork of the services.
    offenders = [
        str(p.relative_to(ROOT))
        for p in (PACKAGE / "services").rglob("*.py")
        if all_imports(p) & {"sqlalchemy", "sqlite3", "psycopg", "alembic"}
    ]
    assert offenders == []
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA)\b")
    written = [
        f"{p.relative_to(ROOT)}:{number}"
        for p in sorted((PACKAGE / "services").rglob("*.py"))
        for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if sql.search(line)
    ]
    assert written == []


def loaded_after(statement: str) -> set[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return {name.split(".")[0] for name in json.loads(out.stdout)}


def test_importing_the_cli_stays_light() -> None:
    loaded = loaded_after("import roadmap.cli")
    assert not loaded & {"matplotlib", "openpyxl", "PySide6", "alembic", "xlsxwriter", "sqlalchemy"}


def test_reading_a_roadmap_does_not_import_alembic_or_openpyxl(sample_file: Path) -> None:
    loaded = loaded_after(
        f"from roadmap.services.workspace import Workspace; Workspace.open({str(sample_file)!r}, readonly=True).queries.snapshot()"
    )
    assert not loaded & {"matplotlib", "openpyxl", "PySide6", "alembic"}


def test_the_window_leaves_multiprocessing_until_its_helper_process_starts() -> None:
    # ~60-90 ms of an opening on L went to importing it for a process not started yet.
    loaded = loaded_after(
        "import roadmap.ui.main_window, roadmap.ui.session, roadmap.ui.analysis.panels, "
        "roadmap.ui.transfer.transfer_page, roadmap.ui.timeline.canvas, roadmap.store.document"
    )
    assert "PySide6" in loaded and "multiprocessing" not in loaded


def import_graph() -> dict[str, set[str]]:
    """Module → the roadmap modules it imports anywhere (functions and TYPE_CHECKING too)."""

    def name_of(path: Path) -> str:
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    names = {name_of(p): p for p in modules()}
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found.add(full if full in names else node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[name] = {other for other in found if other in names and other != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, round about (strongly connected)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in order:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], order[nxt])
        if low[node] == order[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in order:
            visit(node)
    return sorted(found)


# None left. Broken so far: the store's backups and document share store/copying.py; opening,
# migrating and the schema check share store/file_format.py; the timeline's places, arrows and
# items no longer import each other (what they share is in ui/timeline/places.py and
# style.py); the baseline choice gets the workspace and the edited signal instead of the
# session; the window-level actions see the main window as a DocumentView, and the parts it
# builds for itself (authoring, capture and find bars, context menus, presenter, repository
# actions) as a WindowView / WindowChrome (roadmap/ui/window_view.py). Nothing may join.
KNOWN_CYCLES: list[list[str]] = []


def test_no_new_import_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles(import_graph()) == sorted(KNOWN_CYCLES)
