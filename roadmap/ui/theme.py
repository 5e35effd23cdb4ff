"""Light and dark palettes (Fusion), or whatever the system uses."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the system's look ('system'), or Fusion with a light or dark palette."""
    if theme == "system":
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    if theme == "light":
        app.setPalette(app.style().standardPalette())
        return
    dark = QPalette()
    role = QPalette.ColorRole
    colors = {
        role.Window: "#2b2d31",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f2023",
        role.AlternateBase: "#2b2d31",
        role.ToolTipBase: "#3a3d42",
        role.ToolTipText: "#f0f0f0",
        role.Text: "#e6e6e6",
        role.Button: "#34363b",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Highlight: "#3d7fd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#6aa7ff",
        role.PlaceholderText: "#8a8d93",
    }
    for key, value in colors.items():
        dark.setColor(key, QColor(value))
    for key in (role.Text, role.WindowText, role.ButtonText):
        dark.setColor(QPalette.ColorGroup.Disabled, key, QColor("#7d8085"))
    app.setPalette(dark)
