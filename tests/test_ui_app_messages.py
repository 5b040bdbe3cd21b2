"""English from app/ no longer reaches a Spanish window (after issue 15): training's
refusals, an export's write errors and other OS errors are worded by the window
(ui/app_messages.py, ui/store_messages.py) from what the core's errors carry as data
(``app.oserrors``, ``ScenarioError.kind``, a ``StoreError``'s ``kind``).

Each case is driven for real (a damaged training key or scenario file on disk, a full
or failing disk under an export, a damaged page of the notes file) in a window set to
Spanish, then in English; and every reason or kind has words in both languages.
"""

from __future__ import annotations

import ast
import errno
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app import oserrors, translations
from app.model import Interview, Interviewee, IntervieweeType, Youth
from app.store import Store
from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.stores import full_record
from tests.helpers.window import open_window, type_passphrase
from ui import app_messages, dialogs, store_messages
from ui.application import install_translators
from ui.export import saving
from ui.export.dialog import ExportDialog
from ui.main_window import Mode
from ui.training import launch

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
ROOT = Path(__file__).resolve().parents[1]
ENGLISH = QLocale("en_US")
# The core's English that used to show: the C library's reasons and the scenario loader's.
APP_ENGLISH = (
    "No space left on device",
    "Input/output error",
    "Invalid cross-device link",
    "not valid JSON",
    "Expecting",
    "key file is damaged",
    "HMAC",
    "training store",
    "disk is full",
    "the file",
)


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The window's language set to Spanish, as Preferences > Español does at start;
    English again after the test."""
    done = install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    assert done, "no Spanish catalogue was loaded"
    yield
    for translator in done:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def _english_left(text: str) -> list[str]:
    return [words for words in APP_ENGLISH if words.lower() in text.lower()]


# -- every reason and kind has words, in both languages ------------------------------------


def _kinds_raised(cls_names: set[str]) -> set[str]:
    """Every ``kind="..."`` given to one of ``cls_names`` anywhere in app/."""
    found = set()
    for path in (ROOT / "app").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in cls_names:
                continue
            for kw in node.keywords:
                if kw.arg == "kind" and isinstance(kw.value, ast.Constant):
                    found.add(kw.value.value)
            if name == "FixRefused" and len(node.args) == 2:
                found.add(node.args[1].value)
    return found


def test_every_kind_the_core_raises_has_words_for_the_window() -> None:
    """A new reason raised in app/ without its row here fails, so it cannot slip into
    the Spanish window in English (as test_every_store_message_has_its_words_for_the_window
    does for the store's own messages)."""
    import importlib
    import pkgutil

    import app.store
    from app.store.errors import StoreError

    for module in pkgutil.iter_modules(app.store.__path__):
        if module.name != "migrations":
            importlib.import_module(f"app.store.{module.name}")
    importlib.import_module("app.training.store")  # TrainingStoreError

    classes, todo = [], [StoreError]
    while todo:
        cls = todo.pop()
        classes.append(cls.__name__)
        todo += cls.__subclasses__()
    store_kinds = _kinds_raised(set(classes))
    assert {
        "training_apart",
        "training_key_missing",
        "backup_damaged",
        "cannot_open",
    } <= store_kinds
    assert store_kinds <= set(store_messages.REASONS)
    scenario_kinds = _kinds_raised({"ScenarioError"}) | {"damaged"}  # the default
    assert scenario_kinds == set(app_messages.SCENARIO)
    assert _kinds_raised({"FixRefused"}) == set(app_messages.FIX)
    assert set(oserrors.REASONS) == set(app_messages.OS_REASONS)
    # ui/app_messages.py knows these classes by name (no import of the loader to word them).
    from app.export.language import FixRefused
    from app.training.scenario import ScenarioError

    for cls, name in ((ScenarioError, app_messages.SCENARIO_ERROR),
                      (FixRefused, app_messages.FIX_REFUSED)):  # fmt: skip
        assert f"{cls.__module__}.{cls.__name__}" == name
        assert not cls.__subclasses__()  # a subclass would need its own row
    assert set(oserrors.BY_ERRNO.values()) | {oserrors.OTHER} == set(oserrors.REASONS)


def _spanish_catalogue(tmp_path: Path) -> QTranslator:
    qm = translations.compile_catalogue(translations.catalogue("es"), tmp_path / "cec_es.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_every_new_text_has_its_spanish_with_the_same_fields(tmp_path: Path) -> None:
    translator = _spanish_catalogue(tmp_path)
    tables = [
        (app_messages.CONTEXT, app_messages.OS_REASONS),
        (app_messages.CONTEXT, app_messages.SCENARIO),
        (app_messages.CONTEXT, app_messages.FIX),
        (app_messages.CONTEXT, {"": app_messages.UNEXPECTED}),
        (store_messages.CONTEXT, store_messages.REASONS),
    ]
    for context, table in tables:
        for key, english in table.items():
            spanish = translator.translate(context, english)
            assert spanish and spanish != english, (key, english)
            fields = set(re.findall(r"\{(\w+)\}", english))
            assert set(re.findall(r"\{(\w+)\}", spanish)) == fields, (key, spanish)


@pytest.mark.parametrize(
    ("number", "english", "spanish"),
    [
        (errno.ENOSPC, "The disk is full.", "El disco está lleno."),
        (
            errno.EACCES,
            "This computer does not allow it in that folder (no permission).",
            "Esta computadora no lo permite en esa carpeta (no hay permiso).",
        ),
        (
            errno.EPERM,
            "This computer does not allow it in that folder (no permission).",
            "Esta computadora no lo permite en esa carpeta (no hay permiso).",
        ),
        (
            errno.EROFS,
            "The disk or folder is read-only.",
            "El disco o la carpeta es de solo lectura.",
        ),
        (
            errno.ENOENT,
            "The file or folder is not there (any more).",
            "El archivo o la carpeta no está allí (o ya no está).",
        ),
        (
            errno.ENAMETOOLONG,
            "The file name is too long.",
            "El nombre del archivo es demasiado largo.",
        ),
        (
            errno.EIO,
            "The disk could not be read or written (it may be failing, or was removed).",
            "No se pudo leer ni escribir en el disco (puede estar fallando, o se retiró).",
        ),
        (
            errno.EXDEV,
            "The computer refused it (for IT: EXDEV).",
            "La computadora no lo permitió (para informática: EXDEV).",
        ),
    ],
)
def test_an_os_error_reads_by_its_errno_in_both_languages(
    qapp: QApplication, tmp_path: Path, number: int, english: str, spanish: str
) -> None:
    from ui.window_support import user_message

    exc = OSError(number, os.strerror(number))
    assert user_message(exc) == english
    done = install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    try:
        assert user_message(exc) == spanish
        assert os.strerror(number) not in user_message(exc)
    finally:
        for translator in done:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())


def test_an_unknown_failure_shows_its_kind_never_its_words(spanish) -> None:
    from ui.window_support import user_message

    said = user_message(ValueError("Jordan said the man at the motel"))
    assert said == "Ocurrió un problema inesperado (para informática: ValueError)."


# -- training: a damaged key file, a damaged scenario file -----------------------------------


def _start_training_from_the_first_page(qtbot, window) -> None:  # noqa: ANN001
    launch.wire_shell(window)
    assert window.mode == Mode.UNLOCK
    qtbot.mouseClick(window.unlock_page.training, Qt.MouseButton.LeftButton)


def _damaged_key(data_home: Path) -> None:
    from app.training import default_training_path

    training = default_training_path()
    training.parent.mkdir(parents=True, exist_ok=True)
    training.write_bytes(b"")  # a store is there ...
    (training.parent / "training.key").write_text("not a key", encoding="ascii")  # ... its key not


def _messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.setattr(dialogs, "record_messages", True)
    monkeypatch.setattr(dialogs, "shown", [])
    return dialogs.shown


def test_a_damaged_training_key_is_said_in_spanish(
    qtbot, data_home: Path, seen_tour_settings, spanish, monkeypatch
) -> None:
    _damaged_key(data_home)
    shown = _messages(monkeypatch)
    window = open_window(qtbot, data_home, seen_tour_settings)
    _start_training_from_the_first_page(qtbot, window)
    assert not launch.open_windows()
    [(title, text)] = shown
    assert title == "Modo de capacitación"
    assert text == (
        "El modo de capacitación no pudo iniciar: El archivo de clave del archivo de notas de "
        "capacitación está dañado, así que no se pueden abrir sus casos de práctica. El "
        "departamento de informática del condado puede restablecerlo para empezar de nuevo "
        "(solo guarda casos ficticios)."
    )
    assert _english_left(text) == []


def test_a_damaged_training_key_is_said_in_english(
    qtbot, data_home: Path, seen_tour_settings, monkeypatch
) -> None:
    _damaged_key(data_home)
    shown = _messages(monkeypatch)
    window = open_window(qtbot, data_home, seen_tour_settings)
    _start_training_from_the_first_page(qtbot, window)
    assert shown == [
        (
            "Training mode",
            "Training mode could not start: The training store's key file is damaged, so its "
            "practice cases cannot be opened. County IT can reset the training store to start "
            "again (it holds fictional cases only).",
        )
    ]


@pytest.fixture
def broken_scenario(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A copy of the shipped scenarios with one file cut short (a failed copy); the
    loader reads the copy. The file's name."""
    from app.training import scenario

    folder = tmp_path / "scenarios"
    shutil.copytree(scenario.scenarios_dir(), folder)
    victim = sorted(folder.glob("*.json"))[0]
    victim.write_text(victim.read_text(encoding="utf-8")[:200], encoding="utf-8")
    monkeypatch.setattr(scenario, "scenarios_dir", lambda: folder)
    return victim.name


def _read_the_box(qtbot, seen: list[tuple[str, str, str]]) -> None:  # noqa: ANN001
    """Read the message box the CSW sees (its text and what "Show Details…" holds), then
    close it with its button."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append((box.windowTitle(), box.text(), box.detailedText()))
        box.defaultButton().click() if box.defaultButton() else box.accept()

    QTimer.singleShot(0, look)


def test_a_damaged_scenario_file_is_said_in_spanish_with_the_details_for_it(
    qtbot, data_home: Path, seen_tour_settings, spanish, broken_scenario: str
) -> None:
    window = open_window(qtbot, data_home, seen_tour_settings)
    seen: list[tuple[str, str, str]] = []
    _read_the_box(qtbot, seen)
    _start_training_from_the_first_page(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    [(title, text, details)] = seen
    assert title == "Modo de capacitación"
    assert text == (
        "El modo de capacitación no pudo iniciar: El archivo de escenario de práctica "
        f"{broken_scenario} está dañado. Reinstalar la herramienta suele resolverlo; el "
        "departamento de informática del condado puede ayudarle (los detalles son para ese "
        "departamento)."
    )
    assert _english_left(text.replace(broken_scenario, "")) == []
    # The loader's English, for IT, behind "Show Details…".
    assert details.startswith(f"{broken_scenario}: not valid JSON")
    assert not launch.open_windows()


def test_a_damaged_scenario_file_is_said_in_english(
    qtbot, data_home: Path, seen_tour_settings, broken_scenario: str, monkeypatch
) -> None:
    shown = _messages(monkeypatch)
    window = open_window(qtbot, data_home, seen_tour_settings)
    _start_training_from_the_first_page(qtbot, window)
    assert shown == [
        (
            "Training mode",
            f"Training mode could not start: The practice scenario file {broken_scenario} is "
            "damaged. Reinstalling the tool usually fixes it; county IT can help (the details "
            "are for them).",
        )
    ]


def test_an_unreadable_scenario_names_the_os_reason_in_spanish(
    tmp_path: Path, broken_scenario: str, spanish, bank
) -> None:
    """A scenario file that is listed but cannot be read (a link left pointing nowhere
    by a broken install): the OS reason, in Spanish; the loader's English for the CLI."""
    from app.training import ScenarioError, load_scenarios
    from app.training.scenario import scenarios_dir
    from ui.window_support import user_message

    victim = scenarios_dir() / broken_scenario
    victim.unlink()
    victim.symlink_to(tmp_path / "gone.json")
    with pytest.raises(ScenarioError) as refused:
        load_scenarios(bank)
    assert user_message(refused.value) == (
        f"No se puede leer el archivo de escenario de práctica {broken_scenario}: el archivo "
        "o la carpeta no está allí (o ya no está)."
    )
    assert "No such file or directory" in str(refused.value)  # the CLI and IT keep the English


# -- the export's write errors ----------------------------------------------------------------


def _dialog(qtbot, store: Store, bank) -> ExportDialog:  # noqa: ANN001
    interview = Interview(
        content_version=bank.version,
        youth=Youth(name="Avery Example", referral_number="0999-0000-1234"),
        interviewee=Interviewee(type=IntervieweeType.YOUTH, name="Avery Example"),
    )
    iid = store.create_interview(interview)
    dlg = ExportDialog(store, bank, store.load(iid))
    qtbot.addWidget(dlg)
    dlg.resize(1366, 768)
    with qtbot.waitExposed(dlg):
        dlg.show()
    dlg.activateWindow()
    dlg.tabs.setCurrentWidget(dlg.save_page)
    return dlg


def _failing_disk(monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    import app.export.atomic as atomic

    def fails(_fd: int) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(atomic.os, "fsync", fails)


@pytest.mark.parametrize(
    ("number", "said"),
    [
        (errno.ENOSPC, "El disco está lleno. Libere espacio o elija otro lugar."),
        (errno.EROFS, "Este disco o carpeta es de solo lectura. Elija otro lugar."),
        (
            errno.ENAMETOOLONG,
            "El nombre del archivo es demasiado largo. Elija un nombre más corto.",
        ),
        (
            errno.EIO,
            "No se pudo escribir el archivo: no se pudo leer ni escribir en el disco (puede estar "
            "fallando, o se retiró).",
        ),
        (
            errno.EXDEV,
            "No se pudo escribir el archivo: la computadora no lo permitió (para informática: "
            "EXDEV).",
        ),
    ],
)
def test_an_export_that_cannot_be_written_says_why_in_spanish(
    qtbot, store, bank, tmp_path: Path, spanish, monkeypatch, number: int, said: str
) -> None:
    dlg = _dialog(qtbot, store, bank)
    out = tmp_path / "out"
    out.mkdir()
    _failing_disk(monkeypatch, number)
    saving.answer_next_path(out / "record.json")
    qtbot.mouseClick(dlg.save_page.json_button, Qt.MouseButton.LeftButton)
    text = dlg.save_page.status.text()
    assert text == said
    assert _english_left(text) == []
    assert list(out.iterdir()) == []  # nothing half-written left behind


@pytest.mark.parametrize(
    ("number", "said"),
    [
        (errno.EROFS, "This disk or folder is read-only. Choose another place."),
        (errno.ENAMETOOLONG, "The file name is too long. Choose a shorter name."),
        (
            errno.EIO,
            "The file could not be written: the disk could not be read or written (it may be "
            "failing, or was removed).",
        ),
    ],
)
def test_an_export_that_cannot_be_written_says_why_in_english(
    qtbot, store, bank, tmp_path: Path, monkeypatch, number: int, said: str
) -> None:
    dlg = _dialog(qtbot, store, bank)
    out = tmp_path / "out"
    out.mkdir()
    _failing_disk(monkeypatch, number)
    saving.answer_next_path(out / "record.json")
    qtbot.mouseClick(dlg.save_page.json_button, Qt.MouseButton.LeftButton)
    assert dlg.save_page.status.text() == said
    assert os.strerror(number) not in dlg.save_page.status.text()


# -- the page check ---------------------------------------------------------------------------


def test_a_damaged_page_locks_with_spanish_words_only(
    qtbot, store_path: Path, ini_settings, spanish
) -> None:
    """The page check's own findings (SQLCipher's "HMAC check failed for pgno=…") stay
    out of the window: it says, in Spanish, that the notes were locked and what to do;
    the next unlock refuses the damaged file, in Spanish."""
    store = Store.open(store_path, PASSPHRASE)
    for i in range(30):
        store.create_interview(full_record(f"P{i}"))
    store.lock()
    data = bytearray(store_path.read_bytes())
    page = 4096
    far = (len(data) // page * 2 // 3) * page  # far from page 1 and the list's pages
    data[far + 700] ^= 0x10
    store_path.write_bytes(bytes(data))

    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED, timeout=20000)
    text = window.locked_page.error.text()
    assert text.startswith("Parte del archivo de notas está dañada"), text
    assert _english_left(text) == [] and "pgno" not in text
    type_passphrase(qtbot, window, PASSPHRASE)
    refused = window.locked_page.error.text()
    assert window.store is None
    assert refused.startswith("El archivo de notas está dañado"), refused
    assert _english_left(refused) == [] and "pgno" not in refused
    window.close()


# -- the language check's refusals -------------------------------------------------------------


def test_a_stale_fix_is_refused_in_spanish(spanish) -> None:
    from app.export.language import FixRefused
    from ui.window_support import user_message

    stale = FixRefused("the text changed since it was checked; check again", "stale")
    assert user_message(stale) == "El texto cambió después de la revisión; revíselo de nuevo."


# -- a save that fails while the CSW types ------------------------------------------------------


def test_a_full_store_under_typing_is_said_in_spanish(qtbot, store, bank, spanish) -> None:
    """The store's own "disk is full" (StoreFull, a real page limit) in the save banner:
    it was the store's English inside the Spanish sentence."""
    from tests.helpers.interview import make_interview, open_view

    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    item = bank.section("youth.open_ended").items[0]
    view.open_panel(f"youth/{item.id}")
    card = view.panel("youth").card
    with store.exclusive_connection() as conn:  # the file may not grow by one page more
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
    QApplication.clipboard().setText("se quedó en la parada del autobús " * 400)
    card.own_words.setFocus()
    person.press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.save_banner.isVisible(), timeout=5000)
    text = view.save_banner.text()
    assert text.startswith("No se pudo guardar"), text
    assert "El disco está lleno, así que este cambio no se guardó" in text
    assert _english_left(text) == []
    with store.exclusive_connection() as conn:
        conn.execute("PRAGMA max_page_count = 4294967294")
    view.close()


# -- the store's refusals at the door and the backup's ----------------------------------------


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "El archivo de notas está vacío; no se cambió."),
        (
            b"SQLite format 3\x00" + bytes(4080),
            "Ese archivo es una base de datos común, sin cifrar, no un archivo de notas de CEC "
            "Interview Assistant; no se cambió.",
        ),
        (
            bytes(100),
            "Ese archivo (100 bytes) está dañado o no es un archivo de notas de CEC Interview "
            "Assistant; no se cambió. Consérvelo y pida a informática que restaure las notas "
            "desde una copia de seguridad.",
        ),
    ],
)
def test_a_file_that_is_not_a_store_is_refused_in_spanish(
    qtbot, tmp_path: Path, ini_settings, spanish, content: bytes, said: str
) -> None:
    path = tmp_path / "notes" / "store.cec"
    path.parent.mkdir()
    path.write_bytes(content)
    window = open_window(qtbot, path, ini_settings)
    assert window.mode == Mode.UNLOCK
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.store is None
    text = window.unlock_page.error.text()
    assert text == said
    assert path.read_bytes() == content  # nothing was changed
    window.close()


def test_the_backup_refusals_read_in_spanish(tmp_path: Path, store_path: Path, spanish) -> None:
    from app.store import StoreError
    from app.store.backup import check_backup
    from app.store.guard import SessionLock
    from ui.window_support import user_message

    said = []
    for attempt in (
        lambda: check_backup(tmp_path / "nothing.cec", PASSPHRASE),
        lambda: check_backup(store_path, "not the passphrase at all"),
        lambda: SessionLock.acquire(tmp_path / "gone" / "store.cec"),
    ):
        with pytest.raises(StoreError) as refused:
            attempt()
        said.append(user_message(refused.value))
    assert said == [
        f"No hay ninguna copia de seguridad en {tmp_path / 'nothing.cec'}.",
        "La frase de contraseña no es la de esta copia de seguridad, o la copia está dañada.",
        "No se puede abrir el archivo de notas: el archivo o la carpeta no está allí (o ya no "
        "está).",
    ]


def test_an_earlier_stores_log_in_the_folder_is_said_in_spanish_on_the_first_page(
    qtbot, tmp_path: Path, ini_settings, spanish
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "store.cec-wal").write_bytes(bytes(32))  # what is left of an earlier store
    window = open_window(qtbot, folder / "store.cec", ini_settings)
    page = window.welcome
    qtbot.keyClicks(page.passphrase, "amber gulls over the ferry pier 1962")
    qtbot.keyClicks(page.confirm, "amber gulls over the ferry pier 1962")
    person.click(qtbot, page.create)
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=10000)
    assert page.error.text() == (
        "En esa carpeta hay archivos de un archivo de notas anterior (su registro); no se creó "
        "nada. Muévalos a otro lugar o consulte a informática."
    )
    assert not (folder / "store.cec").exists()
    window.close()


# -- training's debrief PDF ---------------------------------------------------------------------


def test_a_debrief_pdf_that_cannot_be_saved_says_why_in_spanish(
    qtbot, tmp_path: Path, seen_tour_settings, spanish
) -> None:
    """The folder chosen is gone by the time the PDF is written (a USB stick pulled):
    the OS reason, in Spanish (it was the C library's "No such file or directory")."""
    from tests.helpers.training import open_training
    from ui.training.debrief_page import next_save_path

    window = open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")
    window.picker.select_scenario("domestic-debt")
    person.click(qtbot, window.picker.start)
    assert window.page() == "session"
    window.finish_action.trigger()
    next_save_path.append(tmp_path / "gone" / "debrief.pdf")
    person.click(qtbot, window.debrief_page.save_pdf)
    text = window.debrief_page.status.text()
    assert text == (
        "No se pudo guardar el PDF: El archivo o la carpeta no está allí (o ya no está)."
    ), text
    assert _english_left(text) == [] and "No such file" not in text
    assert not (tmp_path / "gone").exists()
    window.close()
