"""Loads the app's own translation and Qt's, for the language the user chose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from roadmap.locations import resources_dir

# Labels of Qt's own file dialog that qtbase_zh_CN.qm lacks (it has them without the "&"), so
# "Look in:" and "Files of type:" stayed English in a Chinese app.
_QT_GAPS = {
    "zh": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    }
}


class QtGaps(QTranslator):
    """Translates the few strings of Qt's own dialogs its translation file leaves out."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._texts = texts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string), not "": Qt then asks the next translator.
        return self._texts.get((context, source))

    def isEmpty(self) -> bool:
        return False


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
    gaps = _QT_GAPS.get(language)
    if gaps:
        patch = QtGaps(gaps, app)
        app.installTranslator(patch)
        installed.append(patch)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
