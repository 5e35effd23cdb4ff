"""File › New…: a title and the template to start from, with a preview of what it brings
(lanes, scoring criteria, horizon)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from roadmap.domain.enums import Language, TimeUnit
from roadmap.domain.templates import TEMPLATES, Template
from roadmap.ui.labels import tr
from roadmap.ui.transfer.form_dialog import FormDialog


def unit_words(unit: TimeUnit) -> str:
    return {
        TimeUnit.MONTH: tr("by month"),
        TimeUnit.QUARTER: tr("by quarter"),
        TimeUnit.YEAR: tr("by year"),
    }[unit]


class NewRoadmapDialog(FormDialog):
    """Asks for the title and the template; `template()` and `title()` give the answers."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("New roadmap"),
            tr("Give the roadmap a title and choose what it starts with."),
            parent,
        )
        self.language = language
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(tr("e.g. Solid-state batteries for city buses"))
        self.title_edit.textChanged.connect(self._check)
        self.form.addRow(tr("Title:"), self.title_edit)
        self.templates = QListWidget(self)
        for template in TEMPLATES:
            item = QListWidgetItem(template.text(template.name, language))
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.templates.setMaximumHeight(self.fontMetrics().height() * (len(TEMPLATES) + 2))
        self.templates.currentRowChanged.connect(self._show_preview)
        self.form.addRow(tr("Template:"), self.templates)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.preview)
        self.add_buttons()
        self._show_preview()
        self._check()

    def template(self) -> Template:
        return TEMPLATES[max(self.templates.currentRow(), 0)]

    def title(self) -> str:
        return self.title_edit.text().strip()

    def _check(self) -> None:
        self.say("" if self.title() else tr("Give the roadmap a title."))

    def _show_preview(self) -> None:
        template, language = self.template(), self.language
        chips = " ".join(
            f'<span style="background:{color}; color:white">&nbsp;{escape(zh if language is Language.ZH else en)}&nbsp;</span>'
            for en, zh, color in template.lanes
        )
        criteria = ", ".join(
            f"{escape(zh if language is Language.ZH else en)} ({weight:.0%})"
            for en, zh, weight in template.criteria
        )
        horizon = tr("{years} years, {unit}").format(
            years=template.years, unit=unit_words(template.time_unit)
        )
        # Every part is tr()'d or the template's own text in the roadmap's language.
        preview = (
            f"<p>{escape(template.text(template.description, language))}</p>"
            f"<p><b>{escape(tr('Lanes'))}:</b> {chips}</p>"
            f"<p><b>{escape(tr('Criteria'))}:</b> {criteria}</p>"
            f"<p><b>{escape(tr('Horizon'))}:</b> {escape(horizon)}</p>"
        )
        self.preview.setText(preview)
