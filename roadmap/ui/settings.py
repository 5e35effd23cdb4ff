"""The app's settings: typed, named in one place, with defaults and an upgrade step.

Everything is stored through `QSettings`, so tests pass a `QSettings` on a temporary INI file
and the real app uses the platform's place for settings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 10

LANGUAGES = ("en", "zh")
TIME_UNITS = ("", "month", "quarter", "year")  # "" follows the roadmap's own unit
COLOR_MODES = ("lane", "pathway")
THEMES = ("system", "light", "dark")


def language_for(ui_languages: list[str]) -> str:
    """The app's language for the system's preferred UI languages, best first: the first one
    the app speaks ("zh" for any Chinese), else English."""
    for name in ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Settings:
    """Typed access to the settings; unknown or damaged values read as their defaults."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        self.upgrade()

    def upgrade(self) -> None:
        """Bring settings written by an older version up to date (renamed keys and such)."""
        version = self._int("settings_version", 0)
        if version < 1:
            # Version 0 kept recent files under "recent"; keep them under the new name.
            old = self._store.value("recent")
            if old is not None and self._store.value("files/recent") is None:
                self._store.setValue("files/recent", old)
            self._store.remove("recent")
        self._store.setValue("settings_version", SETTINGS_VERSION)

    def sync(self) -> None:
        self._store.sync()

    # -- plain values ------------------------------------------------------------------

    def _str(self, key: str, default: str, allowed: tuple[str, ...]) -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) and value in allowed else default

    def _int(self, key: str, default: int) -> int:
        value: Any = self._store.value(key, default)
        try:
            return int(value)
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        # Until the user picks a language in Preferences, the app speaks the system's.
        return self._str("ui/language", language_for(QLocale.system().uiLanguages()), LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in LANGUAGES else "en")

    @property
    def legend_shown(self) -> bool:
        return self._str("timeline/legend", "1", ("0", "1")) == "1"

    @legend_shown.setter
    def legend_shown(self, on: bool) -> None:
        self._store.setValue("timeline/legend", "1" if on else "0")

    @property
    def folded_docks(self) -> list[str]:
        """The side panels folded to a strip (by their object names)."""
        value = self._store.value("ui/folded_docks", "")
        names = value.split(",") if isinstance(value, str) else []
        return [name for name in names if name]

    @folded_docks.setter
    def folded_docks(self, names: list[str]) -> None:
        self._store.setValue("ui/folded_docks", ",".join(names))

    @property
    def time_unit(self) -> str:
        return self._str("timeline/time_unit", "", TIME_UNITS)

    @time_unit.setter
    def time_unit(self, value: str) -> None:
        self._store.setValue("timeline/time_unit", value if value in TIME_UNITS else "")

    @property
    def color_mode(self) -> str:
        return self._str("timeline/color_mode", "lane", COLOR_MODES)

    @color_mode.setter
    def color_mode(self, value: str) -> None:
        self._store.setValue("timeline/color_mode", value if value in COLOR_MODES else "lane")

    @property
    def theme(self) -> str:
        return self._str("ui/theme", "system", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self._store.setValue("ui/theme", value if value in THEMES else "system")

    @property
    def repository_url(self) -> str:
        """The last repository URL typed (never with a password: those are refused)."""
        value = self._store.value("repository/url", "")
        return value if isinstance(value, str) else ""

    @repository_url.setter
    def repository_url(self, value: str) -> None:
        self._store.setValue("repository/url", value)

    # -- window state ------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def splitter_sizes(self) -> list[int]:
        value = self._store.value("window/splitter")
        if not isinstance(value, list):
            return []
        try:
            return [int(v) for v in value]
        except (TypeError, ValueError):
            return []

    @splitter_sizes.setter
    def splitter_sizes(self, sizes: list[int]) -> None:
        self._store.setValue("window/splitter", [int(s) for s in sizes])

    # -- recent files ------------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("files/recent")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        """Put `path` first in the recent files (once), keeping the newest few."""
        files = [path] + [p for p in self.recent_files if p != path]
        self._store.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._store.setValue("files/recent", [p for p in self.recent_files if p != path])
