"""Start the window: QApplication (names, icon, style, translators), then the main window.

Only what the first page needs is imported here; the store (SQLAlchemy), the
content bank and the interview panels load after the passphrase is accepted.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, translations
from app.paths import resources_dir

ORGANIZATION = "CEC Interview Assistant"  # the QSettings folder name


def default_store_path() -> Path:
    """Where the notes live unless --store says otherwise (same rule as the CLI)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "store.cec"


def parse_args(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", add_help=False)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--training", action="store_true")
    known, _qt_args = parser.parse_known_args(args)  # the rest is Qt's (-style, -platform)
    return known


def window_language(preference: str, locale: QLocale, available: tuple[str, ...]) -> str:
    """The window's language: the Preferences choice if there is a catalogue for it,
    else the first of the system's languages that is English or has one, else English."""
    if preference == translations.SOURCE_LANGUAGE or preference in available:
        return preference
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code == translations.SOURCE_LANGUAGE or code in available:
            return code
    return translations.SOURCE_LANGUAGE


def install_translators(
    app: QApplication,
    locale: QLocale | None = None,
    app_folder: Path | None = None,
    language: str = "",
    cache: Path | None = None,
) -> list[QTranslator]:
    """Qt's own strings (qtbase: "Cancel", "Yes" in Qt's dialogs) and the window's, in
    ``language`` (Preferences; "" = the system's, from ``locale``). The window's .qm is
    compiled from its .ts on first need (app.translations.compiled)."""
    folder = app_folder or translations.catalogue_dir()
    system = locale or QLocale.system()
    chosen = window_language(language, system, translations.languages(folder))
    if language and chosen != QLocale.languageToCode(system.language()):
        # The Preferences choice overrides the system's language: Qt's own widgets (the
        # calendar) and what the window tells assistive technology follow it (US forms).
        here = QLocale(f"{chosen}_US")
        QLocale.setDefault(here if here.name().startswith(chosen) else QLocale(chosen))
    if chosen == translations.SOURCE_LANGUAGE:
        return []
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(chosen), "qtbase", "_", qt_folder):
        installed.append(qt)
    qm = translations.compiled(chosen, folder, cache)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def apply_style(app: QApplication) -> None:
    # Only sizes and spacing: colours come from the system palette (dark or light),
    # made readable (ui.palette, issue 16), or high contrast if Preferences say so.
    from ui import palette, settings

    palette.install(app, settings.current().get(settings.CONTRAST))
    qss = resources_dir() / "styles" / "app.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    from ui.pages.common import app_icon

    app.setWindowIcon(app_icon())
    from ui.settings import WINDOW_LANGUAGE, Settings

    install_translators(app, language=Settings().get(WINDOW_LANGUAGE))
    apply_style(app)
    from ui import wheel_guard

    wheel_guard.install(app)  # no field changes on the wheel unless clicked into (issue 13)
    return app


def _warm_up() -> None:
    """Import the store while the CSW types the passphrase, so Unlock answers at once."""
    try:
        import app.store  # noqa: F401
    except ImportError:
        pass


def _report_shown(app: QApplication, page: str) -> None:
    """CEC_STARTUP_PROBE=1 (tests/benchmarks/bench_window.py): print the page shown and
    the wall time, then quit. A page name and a time only, never content."""
    print(f"first page shown: {page} {time.time():.6f}", flush=True)
    app.quit()


def _training_content_whole() -> bool:
    """Training mode checks the content bank before its window opens (issue 7: say which
    file and item, never start half-loaded); the scenarios are checked, with the same
    kind of message, by ui.training.launch.open_training_window."""
    from ui.pages.content_problem import check_content

    _bank, problem = check_content()
    if not problem:
        return True
    from ui import dialogs

    dialogs.inform(
        None,
        QCoreApplication.translate("Training", "Training mode"),
        QCoreApplication.translate("Training", "Training mode could not start: {reason}").format(
            reason=problem
        ),
    )
    return False


def run_window(args: list[str]) -> int:
    from app.hardening import harden_process

    harden_process()  # no core dumps; SQLCipher zeroes what it frees
    options = parse_args(args)
    app = create_application([sys.argv[0], *args])
    from ui.main_window import MainWindow

    if options.training:  # its own store and window; the real store is never opened
        if not _training_content_whole():
            return 1
        from ui.training import open_training_window

        training_window = open_training_window()  # kept referenced while it runs
        return app.exec() if training_window is not None else 1
    window = MainWindow(options.store or default_store_path())
    from ui.training.launch import wire_shell

    wire_shell(window)  # the first page's Training entry; the first-run tour
    window.show()
    QTimer.singleShot(300, _warm_up)
    if os.environ.get("CEC_STARTUP_PROBE"):  # benchmarks: the first page is up, say when
        QTimer.singleShot(0, lambda: _report_shown(app, window.mode.value))
    return app.exec()
