"""Every action of the main window, declared once: id, text, shortcut, tooltip, the
modes it works in, and where it is placed (Picard's ``actions.py`` shape).

``ACTIONS`` is the one list; ``MENUS`` and ``TOOLBAR`` say where each goes, by id.
``make_action`` builds the ``QAction`` (object name = id, the shortcut shown in its
tooltip); ``ui.chrome.Chrome`` makes the File and Help entries and the toolbar,
``ui.trust.TrustUi`` the Store menu's, both from here. ``set_enabled_for`` turns each
action on or off for the mode shown. Texts are translated under the context
``MainWindow`` (where they were before). ``tests/test_ui_actions.py`` checks that no
two shortcuts clash and that every action is in a menu or the toolbar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.window_support import Mode

UNLOCKED = frozenset({Mode.LIST, Mode.INTERVIEW, Mode.CASE})  # the store is open in these modes
CASE_PAGE = frozenset({Mode.CASE})  # a case page is shown (issue 14)
INTERVIEW = frozenset({Mode.INTERVIEW})  # a contact is open
ALWAYS: frozenset[Mode] = frozenset(Mode)
CONTEXT = "MainWindow"  # the translation context of every text here
# Each text below is marked QT_TRANSLATE_NOOP("MainWindow", ...) so that pyside6-lupdate
# extracts it (tr() translates it at run time); lupdate needs the context written out.


@dataclass(frozen=True)
class ActionSpec:
    id: str  # the QAction's object name, also its key in MENUS / TOOLBAR
    text: str  # with the & of its mnemonic; translated under CONTEXT
    tip: str = ""  # the tooltip; the shortcut is added in brackets if it has one
    shortcut: str | QKeySequence.StandardKey | None = None
    modes: frozenset[Mode] = ALWAYS  # enabled in these modes, disabled in the others
    n: int = 0  # fills {n} in the text and tip (the panel actions)

    def key_sequences(self) -> list[QKeySequence]:
        if self.shortcut is None:
            return []
        if isinstance(self.shortcut, str):
            return [QKeySequence(self.shortcut)]
        return list(QKeySequence.keyBindings(self.shortcut))


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "newAction",
        QT_TRANSLATE_NOOP("MainWindow", "&New interview…"),
        QT_TRANSLATE_NOOP("MainWindow", "Start a new interview"),
        QKeySequence.StandardKey.New,
        UNLOCKED,
    ),
    ActionSpec(
        "listAction",
        QT_TRANSLATE_NOOP("MainWindow", "Case &list"),
        QT_TRANSLATE_NOOP("MainWindow", "Back to the list of cases"),
        "Ctrl+Shift+L",
        UNLOCKED,
    ),
    # Case (issue 14): on a case page
    ActionSpec(
        "newContactAction",
        QT_TRANSLATE_NOOP("MainWindow", "New &contact…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "A new contact in this case: only who was interviewed and how are asked"
        ),
        "Ctrl+Shift+N",
        CASE_PAGE,
    ),
    ActionSpec(
        "openContactAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Open contact"),
        QT_TRANSLATE_NOOP("MainWindow", "Open the contact chosen in the case's list"),
        None,
        CASE_PAGE,
    ),
    ActionSpec(
        "moveContactAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Move contact to another case…"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "The chosen contact was filed under the wrong youth: "
            "move it and what was learned in it",
        ),
        None,
        CASE_PAGE,
    ),
    ActionSpec(
        "caseSummaryAction",
        QT_TRANSLATE_NOOP("MainWindow", "Case &summary…"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "The case summary for CWS/CMS: every contact's findings, with their sources",
        ),
        None,
        CASE_PAGE,
    ),
    # Issue 14 (case-panels): search everything typed in every case (ui/search.py). In a
    # contact and on the case page; the list page keeps its own Ctrl+F (its filter box),
    # so the keys never clash.
    ActionSpec(
        "searchAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Search every case…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Search names, monikers, handles, phone numbers and notes in every case"
        ),
        QKeySequence.StandardKey.Find,
        frozenset({Mode.INTERVIEW, Mode.CASE}),  # the case page too (case-window)
    ),
    ActionSpec(
        "lockAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Lock"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Lock now: hides every note until the passphrase is entered"
        ),
        "Ctrl+L",
        UNLOCKED,
    ),
    ActionSpec(
        "preferencesAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
        QT_TRANSLATE_NOOP("MainWindow", "Lock time, clipboard, text size"),
        QKeySequence.StandardKey.Preferences,
    ),
    ActionSpec(
        "quitAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        QT_TRANSLATE_NOOP("MainWindow", "Lock and close the window"),
        QKeySequence.StandardKey.Quit,
    ),
    # Store (ui.trust)
    ActionSpec(
        "backupAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Back up the notes…"),
        QT_TRANSLATE_NOOP("MainWindow", "Save an encrypted copy of the notes"),
        modes=UNLOCKED,
    ),
    ActionSpec(
        "restoreAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Restore from a backup…"),
        QT_TRANSLATE_NOOP("MainWindow", "Put back an encrypted copy made earlier"),
        modes=UNLOCKED,
    ),
    ActionSpec(
        "changePassphraseAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Change passphrase…"),
        QT_TRANSLATE_NOOP("MainWindow", "Choose a new passphrase for the notes"),
        modes=UNLOCKED,
    ),
    ActionSpec(
        "auditAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Audit log…"),
        QT_TRANSLATE_NOOP("MainWindow", "When the notes were opened, locked and changed"),
        modes=UNLOCKED,
    ),
    # Go (issue 16): every panel and question from the keyboard (ui/keyboard.py)
    ActionSpec(
        "goToAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Go to…"),
        QT_TRANSLATE_NOOP("MainWindow", "Type part of a panel's or a question's name and go there"),
        "Ctrl+G",
        INTERVIEW,
    ),
    ActionSpec(
        "navigatorAction",
        QT_TRANSLATE_NOOP("MainWindow", "The &navigator"),
        QT_TRANSLATE_NOOP("MainWindow", "Put the keyboard in the list of panels and questions"),
        "Ctrl+0",
        INTERVIEW,
    ),
    *(
        ActionSpec(
            f"panel{n}Action",
            QT_TRANSLATE_NOOP("MainWindow", "Panel &{n}"),
            QT_TRANSLATE_NOOP("MainWindow", "The interview's panel number {n} in the navigator"),
            f"Ctrl+{n}",
            INTERVIEW,
            n,
        )
        for n in range(1, 10)
    ),
    # Help
    ActionSpec(
        "guideAction",
        QT_TRANSLATE_NOOP("MainWindow", "The &guide"),
        QT_TRANSLATE_NOOP("MainWindow", "The policy guide's words for the item you are on"),
        "F1",
    ),
    ActionSpec(
        "shortcutsAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Every shortcut of the window; also ? where ? is not typed into a field"
        ),
        "?",
    ),
    ActionSpec(
        "tourAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Tour of the window"),
        QT_TRANSLATE_NOOP("MainWindow", "A short walk through the window"),
    ),
    ActionSpec(
        "aboutAction",
        QT_TRANSLATE_NOOP("MainWindow", "&About"),
        QT_TRANSLATE_NOOP("MainWindow", "Version, and where the notes are kept"),
    ),
)

SEPARATOR = "-"
# (menu id, title, action ids in order; SEPARATOR between groups). The Store menu is
# made by ui.trust after the first paint and goes before Help.
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "fileMenu",
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "newAction",
            "listAction",
            "searchAction",
            "lockAction",
            SEPARATOR,
            "newContactAction",
            "openContactAction",
            "moveContactAction",
            "caseSummaryAction",
            SEPARATOR,
            "preferencesAction",
            SEPARATOR,
            "quitAction",
        ),
    ),
    (
        "storeMenu",
        QT_TRANSLATE_NOOP("MainWindow", "&Store"),
        ("backupAction", "restoreAction", SEPARATOR, "changePassphraseAction", "auditAction"),
    ),
    (
        "goMenu",
        QT_TRANSLATE_NOOP("MainWindow", "&Go"),
        (
            "goToAction",
            "navigatorAction",
            SEPARATOR,
            *(f"panel{n}Action" for n in range(1, 10)),
        ),
    ),
    (
        "helpMenu",
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        ("guideAction", "shortcutsAction", "tourAction", "aboutAction"),
    ),
)
# The keyboard actions (issue 16), done by ui.keyboard.trigger(window, id).
KEYBOARD: tuple[str, ...] = (
    "goToAction",
    "navigatorAction",
    "shortcutsAction",
    *(f"panel{n}Action" for n in range(1, 10)),
)
# The toolbar: SPACER pushes what follows to the far side.
SPACER = "<->"
TOOLBAR: tuple[str, ...] = ("listAction", "newAction", SPACER, "lockAction")

_BY_ID = {spec.id: spec for spec in ACTIONS}


def spec(action_id: str) -> ActionSpec:
    return _BY_ID[action_id]


def menu(menu_id: str) -> tuple[str, tuple[str, ...]]:
    """A menu's (untranslated) title and its entries."""
    for mid, title, entries in MENUS:
        if mid == menu_id:
            return title, entries
    raise KeyError(menu_id)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def make_action(action_id: str, parent: QObject, slot: Callable[[], object]) -> QAction:
    """The declared action ``action_id``, triggering ``slot``."""
    s = _BY_ID[action_id]
    act = QAction(tr(s.text).format(n=s.n), parent)
    act.setObjectName(s.id)
    keys = s.key_sequences()
    # setShortcuts, not setShortcut: the latter's overloads build the Qt enum
    # namespace (see ui/pages/common.py); a standard key keeps all its bindings.
    if keys:
        act.setShortcuts(keys)
    tip = tr(s.tip).format(n=s.n) if s.tip else act.text().replace("&", "")
    if keys:
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({shown})"
    act.setToolTip(tip)
    act.triggered.connect(slot)
    return act


def set_enabled_for(actions: Iterable[QAction], mode: Mode) -> None:
    """Each action on in the modes it is declared for, off in the others."""
    for act in actions:
        s = _BY_ID.get(act.objectName())
        if s is not None:
            act.setEnabled(mode in s.modes)
