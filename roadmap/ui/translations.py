"""Loads the app's own translation and Qt's, for the language the user chose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from roadmap.locations import resources_dir

QT_LOCALE = {"en": "en_US", "zh": "zh_CN"}


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and the app's translators for `language` ("en" or "zh").

    Returns the installed translators; keep them alive as long as the app runs. Missing
    `.qm` files are not an error: the English source strings show instead.
    """
    locale_name = QT_LOCALE.get(language, "en_US")
    QLocale.setDefault(QLocale(locale_name))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own_dir = str(resources_dir() / "translations")
    for name, folder in (
        (f"qtbase_{locale_name}", qt_dir),
        (f"frontier_roadmap_{locale_name}", own_dir),  # frontier_roadmap_zh_CN.qm
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
