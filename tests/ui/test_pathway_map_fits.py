"""The Pathway map fits the window's width: on a 1366 × 768 screen its product column needed
sideways scrolling. Its three columns share the view's width (boxes 150–260 px), and a wider
window gives them more room again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import EntityKind


def _shown_whole(view: Any) -> bool:
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    return all(
        visible.left() <= box.sceneBoundingRect().left()
        and box.sceneBoundingRect().right() <= visible.right()
        for box in view.boxes.values()
    )


def test_the_pathway_map_fits_1366_pixels_and_grows_with_the_window(
    opened: Any, qtbot: Any
) -> None:
    window = opened
    window.resize(1366, 768)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.pathway_map
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    products = [box for (kind, _id), box in view.boxes.items() if kind is EntityKind.PRODUCT]
    assert products
    qtbot.waitUntil(lambda: _shown_whole(view), timeout=10000)
    assert view.horizontalScrollBar().maximum() == 0
    narrow = next(iter(view.boxes.values())).rect().width()
    assert narrow < 260

    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: next(iter(view.boxes.values())).rect().width() > narrow, timeout=10000)
    assert _shown_whole(view) and view.horizontalScrollBar().maximum() == 0
    # A box still answers a click: the product is selected everywhere.
    product = next((k, i) for (k, i) in view.boxes if k is EntityKind.PRODUCT)
    box = view.boxes[product]
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.mapFromScene(box.sceneBoundingRect().center()),
    )
    assert window.session.selection == product
