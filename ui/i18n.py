"""Choosing the user interface language and installing Qt translators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
SYSTEM = "system"


def resolve(choice: str | None) -> str:
    """The language to use for a stored choice (``system`` follows the locale)."""
    if choice in LANGUAGES:
        return str(choice)
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Translations:
    """Installs our translator and Qt's own for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch to ``language``; widgets get a LanguageChange event."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ours = QTranslator(self._app)
        loaded = ours.load(str(TRANSLATIONS / f"account_planner_{language}.qm"))
        if loaded:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self._app)
        if language != "en" and qtbase.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(qtbase)
            self._installed.append(qtbase)
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if language == "zh_CN"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )
        self.language = language
        return loaded
