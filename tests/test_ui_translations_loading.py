"""Issue 15: the Spanish catalogue compiled (pyside6-lrelease) and loaded, by the
Preferences choice or the system's language, with Qt's own Spanish beside it.

The .qm is not committed: a window started from the source tree compiles the one
it needs into the per-user cache (app.translations.compiled), the packaging build
compiles them into the frozen folder (packaging/cec-assistant.spec).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from app import translations
from tests.person import press, show_with_keyboard, type_keys
from ui import dialogs
from ui.application import install_translators, window_language
from ui.settings import WINDOW_LANGUAGE

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = QLocale("en_US")
SPANISH = QLocale("es_US")


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs, removed after it (the next test is English again)."""
    done: list[QTranslator] = []
    yield done
    for translator in done:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())  # install_translators sets it for a chosen language
    assert QCoreApplication.translate("PreferencesDialog", "System language") == "System language"


def test_the_spanish_catalogue_compiles_and_gives_spanish(tmp_path: Path) -> None:
    qm = translations.compile_catalogue(translations.catalogue("es"), tmp_path / "cec_es.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.language().startswith("es")
    assert translator.translate("PreferencesDialog", "System language") == "Idioma del sistema"
    assert translator.translate("MainWindow", "&File") == "&Archivo"
    assert translator.translate("MainWindow", "Not in the catalogue") == ""  # stays English


def test_preference_spanish_shows_a_real_dialog_in_spanish(
    qtbot, qapp: QApplication, tmp_path: Path, ini_settings, installed: list[QTranslator]
) -> None:
    ini_settings.set(WINDOW_LANGUAGE, "es")
    installed += install_translators(
        qapp, ENGLISH, language=ini_settings.get(WINDOW_LANGUAGE), cache=tmp_path / "cache"
    )
    assert len(installed) == 2  # Qt's own (qtbase_es) and ours
    dialog = dialogs.PreferencesDialog(ini_settings)
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0) == "Idioma del sistema"
    assert (
        dialog.language_note.text() == "La ventana cambia de idioma la próxima vez que se inicie."
    )
    assert dialog.language.currentData() == "es"
    assert QLocale().name() == "es_US"  # Qt's calendar and the accessibility tree follow
    buttons = dialog.findChild(QDialogButtonBox)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancelar"  # Qt's word, from qtbase_es


def test_preference_spanish_shows_the_real_window_in_spanish(
    qtbot, qapp: QApplication, tmp_path: Path, store_path: Path, ini_settings, installed
) -> None:
    """The unlock page, the menus and the list after unlocking, as the CSW meets them."""
    from tests.helpers import PASSPHRASE
    from tests.helpers.window import open_window, type_passphrase
    from ui.main_window import Mode

    ini_settings.set(WINDOW_LANGUAGE, "es")
    installed += install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    window = open_window(qtbot, store_path, ini_settings)
    assert window.unlock_page.unlock.text() == "&Desbloquear"
    assert [m.title() for m in window.menuBar().findChildren(QMenu)][:1] == ["&Archivo"]
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    assert window.lock_action.text() == "&Bloquear"


def test_preference_english_on_a_spanish_system_stays_english(
    qtbot, qapp: QApplication, tmp_path: Path, ini_settings, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, SPANISH, language="en", cache=tmp_path / "cache")
    assert installed == []
    dialog = dialogs.PreferencesDialog(ini_settings)
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0) == "System language"
    assert not (tmp_path / "cache").exists()  # nothing compiled for English


def test_system_language_spanish_shows_spanish(
    qtbot, qapp: QApplication, tmp_path: Path, ini_settings, installed: list[QTranslator]
) -> None:
    assert ini_settings.get(WINDOW_LANGUAGE) == ""  # the default: the system's
    installed += install_translators(qapp, SPANISH, language="", cache=tmp_path / "cache")
    assert len(installed) == 2
    dialog = dialogs.PreferencesDialog(ini_settings)
    qtbot.addWidget(dialog)
    assert dialog.language_note.text().startswith("La ventana")
    assert dialog.language.itemText(0) == "Idioma del sistema"
    assert dialog.language.currentIndex() == 0


@pytest.mark.parametrize(
    ("preference", "system", "expected"),
    [
        ("", "es-US", "es"),
        ("", "es-MX", "es"),
        ("", "en-US", "en"),
        ("", "fr-FR", "en"),  # no French catalogue: English
        ("en", "es-US", "en"),
        ("es", "en-US", "es"),
        ("fr", "es-US", "es"),  # a preference without a catalogue: the system's
    ],
)
def test_which_language(preference: str, system: str, expected: str) -> None:
    assert window_language(preference, QLocale(system), ("es",)) == expected


def test_the_qm_is_compiled_once_into_the_cache_and_again_when_the_ts_changes(
    tmp_path: Path,
) -> None:
    folder, cache = tmp_path / "translations", tmp_path / "cache"
    folder.mkdir()
    ts = folder / "cec_es.ts"
    ts.write_bytes(translations.catalogue("es").read_bytes())
    first = translations.compiled("es", folder, cache)
    assert first is not None and first.parent == cache
    stamp = first.stat().st_mtime_ns
    assert translations.compiled("es", folder, cache) == first
    assert first.stat().st_mtime_ns == stamp  # not compiled again
    text = ts.read_text(encoding="utf-8").replace(
        "<translation>Idioma del sistema</translation>",
        "<translation>Idioma del equipo</translation>",
    )
    ts.write_text(text, encoding="utf-8")
    second = translations.compiled("es", folder, cache)
    assert second is not None and second != first and not first.exists()
    translator = QTranslator()
    assert translator.load(str(second))
    assert translator.translate("PreferencesDialog", "System language") == "Idioma del equipo"


def test_a_frozen_build_uses_its_qm_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "translations"  # the frozen folder: .qm files, no .ts
    qm = translations.compile_catalogue(translations.catalogue("es"), folder / "cec_es.qm")
    assert translations.languages(folder) == ("es",)
    assert translations.compiled("es", folder, tmp_path / "cache") == qm
    assert not (tmp_path / "cache").exists()


def test_every_translation_keeps_the_placeholders_and_the_shortcut_letter() -> None:
    """{name}, %1 and & must survive translation: a lost {n} shows nothing, an extra
    one raises, and a label without & loses its Alt key."""
    fields = re.compile(r"\{[^{}]*\}|%\d")
    wrong = []
    for context in ET.parse(translations.catalogue("es")).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            target = message.findtext("translation") or ""
            if not target:
                continue
            if sorted(fields.findall(source)) != sorted(fields.findall(target)):
                wrong.append((source, target))
            if source.replace("&&", "").count("&") != target.replace("&&", "").count("&"):
                wrong.append((source, target))
    assert wrong == []


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the dialog sizes itself; offscreen warns
def test_preferences_language_chosen_by_keys_is_kept(qtbot, ini_settings) -> None:
    """Alt+W (Window language), "Es" (Español), Enter: kept as "es"."""
    dialog = dialogs.PreferencesDialog(ini_settings)
    qtbot.addWidget(dialog)
    show_with_keyboard(qtbot, dialog)
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.language
    type_keys(qtbot, "Es")  # a closed drop-down picks the entry that starts so
    assert dialog.language.currentText() == "Espa\u00f1ol"
    assert ini_settings.get(WINDOW_LANGUAGE) == ""  # nothing kept before the dialog is closed
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ini_settings.get(WINDOW_LANGUAGE) == "es"


def test_the_app_start_reads_the_preference_and_compiles_into_the_user_cache(
    tmp_path: Path,
) -> None:
    """`python main.py`'s path (ui.application.create_application) on an English
    system with Español chosen in Preferences: Spanish, with nothing done by hand."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "en_US.UTF-8",
        "LANGUAGE": "en_US",
        "LC_ALL": "",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "HOME": str(tmp_path),
    }
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QSettings
        from app import APP_NAME
        from ui.application import ORGANIZATION, create_application
        QSettings(ORGANIZATION, APP_NAME).setValue("window/language", "es")
        app = create_application(["x"])
        print(QCoreApplication.translate("PreferencesDialog", "System language"))
        print(QCoreApplication.translate("QPlatformTheme", "Cancel"))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.splitlines()[-2:] == ["Idioma del sistema", "Cancelar"]
    cached = list((tmp_path / "cache").rglob("cec_es-*.qm"))
    assert len(cached) == 1


def test_spanish_menus_keep_one_shortcut_letter_per_entry() -> None:
    """Alt+letter in a menu: each Spanish entry of a menu, and each menu of the bar,
    has its own letter (a clash makes the letter cycle instead of choosing)."""
    from ui import actions

    spanish: dict[str, str] = {}
    for context in ET.parse(translations.catalogue("es")).getroot().iter("context"):
        if context.findtext("name") == actions.CONTEXT:
            for message in context.iter("message"):
                spanish[message.findtext("source") or ""] = message.findtext("translation") or ""

    def letter(text: str) -> str:
        found = re.search(r"&([^&])", text)
        assert found, text
        return found.group(1).lower()

    groups = [[spanish[title] for _, title, _ in actions.MENUS]]
    for _, _, entries in actions.MENUS:
        specs = [actions.spec(e) for e in entries if e != actions.SEPARATOR]
        groups.append([spanish[s.text].format(n=s.n) for s in specs])
    for texts in groups:
        letters = [letter(t) for t in texts]
        assert len(set(letters)) == len(letters), texts


@pytest.mark.parametrize("log10", [0, 3, 4.5, 6, 7.3, 8, 9, 10, 11, 11.6, 12, 13, 14, 20])
def test_the_crack_time_reads_as_zxcvbn_says_it_in_english(log10: float) -> None:
    from zxcvbn.time_estimates import display_time

    from ui.pages.strength import crack_time

    assert crack_time(log10) == display_time(10**log10 / 1e4)


def test_the_strength_advice_is_spanish_in_spanish(
    qapp: QApplication, tmp_path: Path, installed: list[QTranslator]
) -> None:
    """zxcvbn's estimate and advice are English text from a library: the meter shows
    them in the window's language (the welcome page said "centuries" in Spanish)."""
    import zxcvbn.feedback
    from zxcvbn.time_estimates import display_time

    from ui.pages.strength import rate

    english = {display_time(10**n / 1e4) for n in range(0, 20)}
    english |= set(
        re.findall(r"_\(\s*['\"](.+?)['\"]\s*\)", Path(zxcvbn.feedback.__file__).read_text())
    )
    installed += install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    for passphrase in ("qwertyuiop12", "aaaaaaaaaaaa", "Jennifer1985", "a fictional passphrase 1"):
        advice = rate(passphrase).advice
        assert advice.startswith("Alguien con una copia")
        assert [e for e in english if e in advice] == [], advice


@pytest.mark.qt_log_ignore("propagateSizeHints")  # a field on its own sizes itself
def test_a_date_reads_back_in_spanish(
    qtbot, qapp: QApplication, tmp_path: Path, installed: list[QTranslator]
) -> None:
    """The read-back under a date field said "Mon 30 Nov 2026" in the Spanish window
    (seen at 1366x768); the summary keeps app.dates' English."""
    from datetime import date

    from app.dates import date_words
    from ui.widgets.date_field import DateField

    installed += install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    field = DateField("Fecha")
    qtbot.addWidget(field)
    field.show()
    field.line.setFocus()
    qtbot.keyClicks(field.line, "2026-11-30")
    field.commit()
    assert field.value() == date(2026, 11, 30)
    assert "lun 30 nov 2026" in field.says.text()
    assert date_words(date(2026, 11, 30)) == "Mon 30 Nov 2026"


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("2010-13-01", "date"),
        ("2/30/2010", "date"),
        ("14 Foo 2010", "date"),
        ("soon", "date"),
        ("25:00", "time"),
        ("13pm", "time"),
        ("14", "time"),
    ],
)
def test_why_a_date_is_refused_reads_as_app_dates_says_it_in_english(typed, kind) -> None:  # noqa: ANN001
    from app.dates import NotUnderstood, parse_date, parse_time
    from ui.widgets.date_field import problem_words

    with pytest.raises(NotUnderstood) as refused:
        (parse_date if kind == "date" else parse_time)(typed)
    assert refused.value.kind
    assert problem_words(refused.value) == (str(refused.value), refused.value.short)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # a field on its own sizes itself
def test_why_a_date_is_refused_reads_in_spanish(
    qtbot, qapp: QApplication, tmp_path: Path, installed: list[QTranslator]
) -> None:
    """app.dates' reasons are English sentences from the core: the field words them
    in the window's language."""
    from ui.widgets.date_field import DateField

    installed += install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    field = DateField("Fecha")
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.line, "2/30/2010")
    field.commit()
    assert field.problem() == (
        "febrero de 2010 no tiene día 30; escriba, por ejemplo, 2010-03-14 o 3/14/2010"
    )
    assert field.problem_in_brief() == "ese día no existe"


def test_every_store_message_has_its_words_for_the_window() -> None:
    """ui/store_messages.py words each StoreError's own message again, in English
    exactly as the store says it; a new error class (or a changed message) fails here
    until it is added, so it cannot slip into the Spanish window in English."""
    import importlib
    import pkgutil

    import app.store
    from app.store.errors import StoreError
    from ui.store_messages import DEFAULTS

    for module in pkgutil.iter_modules(app.store.__path__):
        if module.name != "migrations":
            importlib.import_module(f"app.store.{module.name}")
    # Outside app.store, the one subclass (grep "(StoreError)"): imported here so the
    # classes found do not depend on which tests ran before (CI's whole run had it).
    importlib.import_module("app.training.store")
    classes, todo = [], [StoreError]
    while todo:
        cls = todo.pop()
        classes.append(cls)
        todo += cls.__subclasses__()
    declared = {f"{c.__module__}.{c.__name__}": c.default_message for c in classes}
    assert declared == DEFAULTS


def test_store_refusals_read_as_the_store_says_them_in_english() -> None:
    from app.store.errors import StoreLocked, WeakPassphrase
    from app.store.passphrase import check_new_passphrase
    from ui.window_support import user_message

    for first, second in (("abc", "abd"), ("short", "short"), ("password1234", "password1234")):
        with pytest.raises(WeakPassphrase) as refused:
            check_new_passphrase(first, second)
        english = str(refused.value)
        assert user_message(refused.value) == english[0].upper() + english[1:] + "."
    assert user_message(StoreLocked()) == "The store is locked; unlock it with the passphrase."
    assert user_message(StoreLocked("the words given")) == "The words given."


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_welcome_page_refuses_in_spanish(
    qtbot, qapp: QApplication, tmp_path: Path, ini_settings, installed: list[QTranslator]
) -> None:
    """The store's refusals were English on the Spanish first page."""
    from tests.helpers.window import open_window

    installed += install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    window = open_window(qtbot, tmp_path / "new" / "store.cec", ini_settings)
    page = window.welcome
    qtbot.keyClicks(page.passphrase, "Quiet river lantern 7")
    qtbot.keyClicks(page.confirm, "Quiet river lantern 8")
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert page.error.text() == "Las dos frases de contraseña no coinciden."
    page.passphrase.clear()
    page.confirm.clear()
    qtbot.keyClicks(page.passphrase, "password1234")
    qtbot.keyClicks(page.confirm, "password1234")
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert page.error.text().startswith("Esa frase de contraseña es demasiado común")
    assert "Es una contraseña muy común." in page.error.text()
    assert not (tmp_path / "new" / "store.cec").exists()
