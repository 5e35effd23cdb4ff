"""The preferences dialog over the typed settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from roadmap.ui.labels import tr
from roadmap.ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language_changed = False
        self.setWindowTitle(tr("Preferences"))
        self.language = self._combo([(tr("English"), "en"), ("简体中文", "zh")], settings.language)
        self.unit = self._combo(
            [
                (tr("As the roadmap says"), ""),
                (tr("Month"), "month"),
                (tr("Quarter"), "quarter"),
                (tr("Year"), "year"),
            ],
            settings.time_unit,
        )
        self.color = self._combo(
            [(tr("By lane"), "lane"), (tr("By pathway"), "pathway")], settings.color_mode
        )
        self.theme = self._combo(
            [(tr("As the system"), "system"), (tr("Light"), "light"), (tr("Dark"), "dark")],
            settings.theme,
        )
        form = QFormLayout(self)
        form.addRow(tr("Language:"), self.language)
        form.addRow(tr("Time unit:"), self.unit)
        form.addRow(tr("Bar colors:"), self.color)
        form.addRow(tr("Theme:"), self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _combo(self, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def store(self) -> None:
        self.language_changed = self.language.currentData() != self.settings.language
        self.settings.language = self.language.currentData()
        self.settings.time_unit = self.unit.currentData()
        self.settings.color_mode = self.color.currentData()
        self.settings.theme = self.theme.currentData()
        self.settings.sync()
