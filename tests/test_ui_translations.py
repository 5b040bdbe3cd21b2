"""Issue 15, the window in Spanish: every text a person reads goes through Qt's
translation, and resources/translations/cec_es.ts holds exactly the code's texts.

Two checks, because each catches what the other cannot:

- a scan of ui/ and main.py (the AST) for a text written straight into a widget:
  a string literal, f-string, ``"..." + x`` or ``"...".format()`` given to a Qt text
  setter or constructor (setText, QLabel(...), addRow, QMessageBox ...) instead of
  tr() / translate. It sees every line, also of dialogs no test opens, but not a
  text that reaches the widget through a variable;
- the real window with a recording translator installed: every (context, text)
  the window looks up while its pages, panels and dialogs are built must be in the
  catalogue, and on the pages without guide content every text a person can read
  must have come through the translator. That catches what the scan cannot: a
  ``tr(variable)`` whose texts were never marked for lupdate, a helper whose
  context lupdate cannot see, a label put together from an untranslated constant.

The guide's words (questions, red flags, procedures, from data/) are not the
window's text: they have their own translations (app/content/i18n.py).
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from app import translations

ROOT = Path(__file__).resolve().parents[1]

# A Qt (or our own) method or class that puts its str arguments on screen (or into
# the accessibility tree, which a screen reader speaks).
TEXT_CALLS = frozenset(
    {
        # setters
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setSubTitle",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setLabelText",
        "setCancelButtonText",
        "setButtonText",
        "setInformativeText",
        "setDetailedText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setItemText",
        "setTabText",
        "setTabToolTip",
        "setItemToolTip",
        "showMessage",
        "addItem",
        "addItems",
        "insertItem",
        "insertItems",
        "addTab",
        "insertTab",
        "addAction",
        "addMenu",
        "addRow",
        "addButton",
        "setPlainText",
        "setHtml",
        "setMarkdown",
        "show_text",
        # constructors
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QDockWidget",
        "QToolBar",
        "QCommandLinkButton",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QProgressDialog",
        # static dialogs
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "getItem",
        "getInt",
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
        # ours: ui.dialogs, a page's status line, the panels' banners
        "inform",
        "confirm",
        "Banner",
        "PageInfo",
        "emit",  # only `status.emit(...)`: see _is_text_call
    }
)
WORDS = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: a word, not a symbol or a number
# A lone lower-case identifier is a kind or an item's data ("info", "ticked"), not text.
IDENTIFIER = re.compile(r"[a-z][a-z_]*")
TRANSLATING = frozenset({"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"})

# Reviewed: literals given to a text call on purpose, never a sentence a person reads
# as the window's own: (file, the literal). Keep it short; say why.
ALLOWED: frozenset[tuple[str, str]] = frozenset(
    {
        # the file name offered in the save dialog (f"training-debrief-{date}.pdf"): a
        # file name, like every exported file's, stays the same in every language
        ("ui/training/debrief_page.py", "training-debrief-.pdf"),
    }
)


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_text_call(call: ast.Call) -> bool:
    name = _call_name(call)
    if name not in TEXT_CALLS:
        return False
    if name == "emit":  # a signal: only the status line's carries text to show
        func = call.func
        return isinstance(func, ast.Attribute) and getattr(func.value, "attr", "") in (
            "status",
            "message",
        )
    return True


def _literal_text(node: ast.AST) -> str | None:
    """The words of ``node`` if it is (or contains) text written in the code, not
    passed through a translation: "Save", f"{n} saved", "Save " + x, "{n}".format()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if IDENTIFIER.fullmatch(node.value):
            return None
        return node.value if WORDS.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return parts if WORDS.search(parts) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.Call) and _call_name(node) == "format":
        return _literal_text(node.func.value) if isinstance(node.func, ast.Attribute) else None
    if isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            found = _literal_text(element)
            if found:
                return found
    return None


def untranslated(source: str, name: str = "<planted>") -> list[str]:
    """Each text call in ``source`` given text that does not go through a translation."""
    hits = []
    for node in ast.walk(ast.parse(source, filename=name)):
        if not isinstance(node, ast.Call) or not _is_text_call(node):
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            text = _literal_text(arg)
            if text and (name, text) not in ALLOWED:
                hits.append(f"{name}:{node.lineno}: {_call_name(node)}({text!r})")
    return hits


def test_no_text_is_written_straight_into_a_widget() -> None:
    hits = []
    for file in translations.code_files(ROOT):
        rel = file.relative_to(ROOT).as_posix()
        hits += untranslated(file.read_text(encoding="utf-8"), rel)
    assert hits == []


PLANTED = """
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

class Page(QWidget):
    def __init__(self, n, name):
        QLabel("Nothing was saved", self)                      # 1 a literal
        self.button = QPushButton(self.tr("Save"), self)        # fine
        self.button.setToolTip(f"Saves {n} answers")            # 2 an f-string
        self.setWindowTitle("Contact of " + name)               # 3 halves glued
        self.status.emit("{n} saved".format(n=n), 3000)         # 4 format, not tr
        self.table.setHorizontalHeaderLabels([self.tr("Date"), "Place"])  # 5 one of two
        QMessageBox.warning(self, self.tr("Export"), "The file could not be written.")  # 6
        form.addRow("&Name:", self.name)                        # 7 a form label
        self.setAccessibleName(self.tr("{n} saved").format(n=n))  # fine
        self.arrow.setText("\u2192")                            # fine: a symbol
        self.banner = Banner(self, "info")                      # fine: a kind
        self.count.setText(str(n))                              # fine: a number
        self.label.setText(name)                                # fine for the scan: a variable
"""


def test_the_scan_catches_a_planted_untranslated_text() -> None:
    hits = untranslated(PLANTED)
    assert [h.split(": ", 1)[1] for h in hits] == [
        "QLabel('Nothing was saved')",
        "setToolTip('Saves  answers')",
        "setWindowTitle('Contact of ')",
        "emit('{n} saved')",
        "setHorizontalHeaderLabels('Place')",
        "warning('The file could not be written.')",
        "addRow('&Name:')",
    ]


def base_classes_using_self_tr(sources: dict[str, str]) -> list[str]:
    """A class another class derives from, calling self.tr(): at run time that looks
    up under the subclass's name (PySide uses the object's class), while lupdate files
    the text under the class the call is written in, so the subclass never finds it."""
    classes: dict[str, tuple[str, ast.ClassDef]] = {}
    derived: set[str] = set()
    for name, source in sources.items():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (name, node)
                for base in node.bases:
                    derived.add(
                        base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
                    )
    hits = []
    for cls, (name, node) in classes.items():
        if cls not in derived:
            continue
        for call in ast.walk(node):
            func = call.func if isinstance(call, ast.Call) else None
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "tr"
                and isinstance(func.value, ast.Name)
                and func.value.id == "self"
            ):
                hits.append(f"{name}:{call.lineno}: {cls}")
    return hits


def test_no_base_class_translates_with_self_tr() -> None:
    sources = {
        f.relative_to(ROOT).as_posix(): f.read_text(encoding="utf-8")
        for f in translations.code_files(ROOT)
    }
    assert base_classes_using_self_tr(sources) == []


def test_the_base_class_check_catches_one() -> None:
    planted = {
        "a.py": "class Base(QWidget):\n    def f(self):\n        self.tr('Saved')\n",
        "b.py": "class Page(a.Base):\n    def g(self):\n        self.tr('Fine here')\n",
    }
    assert base_classes_using_self_tr(planted) == ["a.py:3: Base"]


# --- the catalogue is up to date with the code ---------------------------------


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every live message in a .ts (not vanished or obsolete)."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = (
                (message.find("translation").get("type") or "")
                if message.find("translation") is not None
                else ""
            )
            if kind not in ("vanished", "obsolete"):
                found.add((name, message.findtext("source") or ""))
    return found


def fresh_messages(tmp_path: Path, tree: Path = ROOT) -> set[tuple[str, str]]:
    """What `python -m app.translations update` would make of the code in ``tree``:
    lupdate run into a copy of the committed catalogue (which it never touches)."""
    copy = tmp_path / "cec_es.ts"
    shutil.copy(translations.catalogue("es"), copy)
    translations.extract([copy], tree)
    return messages(copy)


def test_spanish_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    committed = messages(translations.catalogue("es"))
    fresh = fresh_messages(tmp_path)
    assert sorted(fresh - committed) == [], "run: python -m app.translations update"
    assert sorted(committed - fresh) == [], "run: python -m app.translations update"


def test_the_up_to_date_check_sees_a_new_text(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "ui", tree / "ui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "main.py", tree / "main.py")
    unlock = tree / "ui" / "pages" / "unlock.py"
    source = unlock.read_text(encoding="utf-8")
    marker = 'self.tr("Unlock")'
    assert marker in source
    unlock.write_text(source.replace(marker, 'self.tr("Open the notes")', 1), encoding="utf-8")
    fresh = fresh_messages(tmp_path, tree)
    committed = messages(translations.catalogue("es"))
    assert fresh - committed == {("UnlockPage", "Open the notes")}


def test_helpers_are_filed_under_the_context_the_window_asks_in() -> None:
    """lupdate alone would miss `_tr("Cancel")` and file a module-level `tr("Go to")`
    under no context; the extraction spells both out (app.translations.spelled_out)."""
    catalogue = messages(translations.catalogue("es"))
    assert ("NewInterviewDialog", "Cancel") in catalogue  # ui/dialogs_new_interview.py _tr
    assert ("Keyboard", "Go to") in catalogue  # ui/keyboard.py tr(), CONTEXT = "Keyboard"
    assert ("Autosaver", "Not saved") not in {("", s) for _, s in catalogue}
    assert not [m for m in catalogue if m[0] == ""], "a text filed under no context"
    assert ("MainWindow", "Panel &{n}") in catalogue  # ui/actions.py, QT_TRANSLATE_NOOP


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            b'C = "Ctx"\ndef _tr(text):\n    return QCoreApplication.translate(C, text)\n'
            b'x = _tr("Hello")\n',
            b'x = QCoreApplication.translate("Ctx", "Hello")',
        ),
        (
            b"class A:\n    def _tr(self, text):\n"
            b'        return QCoreApplication.translate("A2", text)\n'
            b"    def f(self):\n        self._tr(\n"
            b'            "Caf\xc3\xa9 \xe2\x80\xa6"\n        )\n',
            b'QCoreApplication.translate("A2", "Caf\xc3\xa9 \xe2\x80\xa6"\n',
        ),
    ],
)
def test_helpers_spelled_out(source: bytes, expected: bytes) -> None:
    out = translations.spelled_out(source)
    assert expected in out
    ast.parse(out)


# --- the real window, with a recording translator -----------------------------------

MARK_OPEN, MARK_CLOSE = "\u27ea", "\u27eb"  # ⟪text⟫: what came through our translator


class Recorder(QTranslator):
    """Answers every lookup of the window's own contexts with ⟪source⟫ and writes
    down (context, source); Qt's own contexts (QPlatformTheme, QShortcut …) are
    left to Qt."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        if qt_context(context):
            return None
        self.asked.add((context, source))
        return f"{MARK_OPEN}{source}{MARK_CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def qt_context(context: str) -> bool:
    return (
        context.startswith("Q")
        and any(hasattr(module, context) for module in (QtCore, QtGui, QtWidgets))
        or context in ("QPlatformTheme", "QShortcut", "QWidgetTextControl", "QGuiApplication")
    )


@pytest.fixture
def recorder(qapp: QApplication) -> Iterator[Recorder]:
    rec = Recorder()
    qapp.installTranslator(rec)
    yield rec
    qapp.removeTranslator(rec)


def readable_texts(root: QWidget) -> list[str]:
    """The window's own texts a person reads on ``root`` (and a screen reader speaks):
    titles, labels, buttons, tips, placeholders, choices, column headings. Not what
    was typed into a field, nor the rows of a list (the notes themselves)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model, header = (
                widget.model(),
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header(),
            )
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(header.count())
            ]
    return [t for t in texts if t and WORDS.search(t)]


def not_through_tr(root: QWidget, allowed: tuple[str, ...] = ()) -> list[str]:
    return sorted({t for t in readable_texts(root) if MARK_OPEN not in t and t not in allowed})


def missing_from_catalogue(recorder: Recorder) -> list[tuple[str, str]]:
    catalogue = messages(translations.catalogue("es"))
    return sorted(recorder.asked - catalogue)


def shown(qtbot, dialog: QWidget) -> QWidget:  # noqa: ANN001
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.qt_log_ignore("propagateSizeHints")  # dialogs size themselves; offscreen warns
def test_the_window_asks_only_for_catalogued_texts_and_shows_only_translated_ones(
    qtbot, tmp_path: Path, store_path: Path, ini_settings, recorder: Recorder
) -> None:
    from app import APP_NAME
    from tests.helpers import PASSPHRASE, YOUTH_NAMES
    from tests.helpers.window import open_window, type_passphrase
    from ui import dialogs, keyboard
    from ui.main_window import Mode

    # the tool's name is a name in every language; the youths' names are the notes
    names = (APP_NAME, *YOUTH_NAMES)
    first = open_window(qtbot, tmp_path / "new" / "store.cec", ini_settings)
    assert first.mode == Mode.WELCOME
    assert not_through_tr(first, names) == []
    window = open_window(qtbot, store_path, ini_settings)
    assert not_through_tr(window, names) == []
    type_passphrase(qtbot, window, "not it at all")
    assert window.unlock_page.error.text()
    assert not_through_tr(window, names) == []
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    assert not_through_tr(window, names) == []
    case_id = window.list_page.current_id()
    window.open_case(case_id)
    assert window.mode == Mode.CASE
    assert not_through_tr(window, names) == []
    contact = window.store.load_case(case_id).contacts[0].id
    window.open_interview(contact)
    view = window.page(Mode.INTERVIEW)
    for panel_id in view.flow():  # the guide's words fill these: lookups only
        view.open_panel(panel_id, focus=False)
    # Qt's own buttons are translated by Qt's catalogue (qtbase_es, loaded with ours);
    # a language is offered under its own name, in every language.
    qt_and_languages = ("OK", "Cancel", "Close", "English", "Espa\u00f1ol")
    preferences = shown(qtbot, dialogs.PreferencesDialog(ini_settings, window))
    assert not_through_tr(preferences, qt_and_languages) == []
    assert not_through_tr(shown(qtbot, keyboard.ShortcutsSheet(window)), qt_and_languages) == []
    assert not_through_tr(shown(qtbot, keyboard.GoToDialog([], window)), qt_and_languages) == []
    for action in window.findChildren(QtGui.QAction):
        if action.text():
            assert MARK_OPEN in action.text(), action.objectName()
    assert len(recorder.asked) > 400
    missing = missing_from_catalogue(recorder)
    assert missing == [], "\n".join(map(str, missing))
