"""Every text the desktop app shows goes through tr(), so the translation can be complete.

The check reads the UI's source: a string literal (or f-string) handed straight to a Qt call
that puts text on screen is a string no translator will ever see.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = [*sorted((ROOT / "roadmap" / "ui").rglob("*.py")), ROOT / "roadmap" / "app.py"]

# Qt calls and constructors whose text arguments people read.
TEXT_CALLS = {
    "QAction",
    "QCheckBox",
    "QGroupBox",
    "QLabel",
    "QPushButton",
    "QRadioButton",
    "QToolButton",
    "QMessageBox",
    "addAction",
    "addMenu",
    "addRow",
    "addTab",
    "addItem",
    "addItems",
    "critical",
    "getOpenFileName",
    "getSaveFileName",
    "getText",
    "getItem",
    "information",
    "insertTab",
    "question",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setInformativeText",
    "setLabelText",
    "setPlaceholderText",
    "setPrefix",
    "setSpecialValueText",
    "setStatusTip",
    "setSuffix",
    "setTabText",
    "setText",
    "setTitle",
    "setToolTip",
    "setWhatsThis",
    "setWindowTitle",
    "showMessage",
    "warning",
}


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_shown_text(node: ast.expr) -> bool:
    """A literal a person would read: it has letters and is not a bare symbol or key."""
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and any(c.isalpha() for c in str(part.value))
            for part in node.values
        )
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return sum(c.isalpha() for c in node.value) >= 2
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_shown_text(item) for item in node.elts)
    return False


def untranslated_texts(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not (isinstance(node, ast.Call) and _call_name(node) in TEXT_CALLS):
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if _is_shown_text(arg):
                found.append(f"{filename}:{node.lineno}: {ast.unparse(arg)[:60]}")
    return found


def tr_of_a_variable(source: str, filename: str) -> list[str]:
    """tr() calls lupdate cannot read: their text is a variable, so it never reaches the .ts."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and _call_name(node) == "tr":
            text = node.args[0] if node.args else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:60]}")
    return found


def test_the_check_finds_a_literal_label() -> None:
    bad = 'label = QLabel("Start date")\nmenu.addAction(f"Open {name}")\n'
    good = 'label = QLabel(tr("Start date"))\nbox.setText(str(count))\n'
    assert len(untranslated_texts(bad, "bad.py")) == 2
    assert untranslated_texts(good, "good.py") == []
    assert len(tr_of_a_variable("FILTER = 'A (*.a)'\nx = tr(FILTER)\n", "bad.py")) == 1
    assert tr_of_a_variable("x = tr('A (*.a)')\n", "good.py") == []


def test_no_ui_text_bypasses_tr() -> None:
    found = []
    for path in UI_SOURCES:
        found += untranslated_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == [], "texts shown without tr():\n" + "\n".join(found)


def test_every_tr_call_has_its_text_written_out() -> None:
    found = []
    for path in UI_SOURCES:
        found += tr_of_a_variable(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == [], "lupdate cannot see these (use QT_TRANSLATE_NOOP):\n" + "\n".join(found)
