"""Issue 12, "The guide, in the window": a searchable Guide pane from data/content;
F1 opens it at the entry for the current item; every question, red flag and step
links to its definition where the guide has one (a content-level mapping).

Expected words are the guide's (exploitation-policy-guide.txt), typed here.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.content.guide import entry_for, guide_entries, search
from app.model import Interview, Interviewee, IntervieweeType, Youth
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import click, press, type_keys
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# ---- the entries: the guide's words, from data/content ----------------------------------------


def test_the_pane_holds_what_the_issue_lists(bank) -> None:
    entries = {e.id: e for e in guide_entries(bank)}
    # Definitions, in the guide's words.
    assert "engages in commercial sex and receives food, shelter, or anything of value" in (
        entries["term.wic_300b2"].text
    )
    assert "(22 USC § 7102)" in entries["term.sex_trafficking"].text
    assert "(22 USC § 7102)" in entries["term.labor_trafficking"].text
    assert "stripping, erotic/nude massages, escort services" in entries["term.csec_forms"].text
    assert entries["term.trauma_bond"].text.endswith("which is known as a trauma bond.")
    assert entries["term.debt_bondage"].text.startswith("Bonded labor, or debt bondage")
    assert "“survival sex”" in entries["term.survival_sex"].text
    # Force, fraud and coercion (with coercion's detail).
    assert entries["tactic.force"].text.startswith("Force involves physically restraining")
    assert entries["tactic.fraud"].text.startswith("Fraud deceives victims")
    assert "facilitating drug use or drug dependency" in entries["tactic.coercion"].text
    # The CSE examples, the 18 labor settings, the criminal-activity industries.
    assert len(_bullets(entries["definitions.cse_examples"])) == 7
    settings = _bullets(entries["definitions.labor_settings"])
    assert len(settings) == 18 and "• Religious Organizations or Cults" in settings
    # A list's short title is the tool's; the guide's own heading leads its text.
    assert entries["definitions.labor_settings"].paragraphs[0] == (
        "Examples of “Exploiting a Child’s Labor” common settings (not limited to list)"
    )
    assert "• Peer Recruitment (CSEC i.e. Posting Others Online, Monitoring Others, Etc.)" in (
        entries["definitions.criminal_industries"].paragraphs
    )
    # The reference tools and statutes.
    assert "• ACL 16-85: Statewide policies and procedures to prevent child sex trafficking" in (
        entries["reference.tools"].paragraphs
    )
    assert len(_bullets(entries["reference.statutes"])) == 3
    # Two or more forms are separate allegations.
    assert (
        "In cases which involve two or more forms of exploitation, allegations should be "
        "entered separately." in entries["guide.subcategory_rules"].text
    )
    # Every paragraph is the bank's text (nothing written for the pane but the titles).
    texts = {it.text for s in bank.sections.values() for it in s.items}
    for eid in ("term.trauma_bond", "term.debt_bondage", "term.survival_sex", "term.wic_300b2"):
        assert entries[eid].paragraphs[0] in texts


def _bullets(entry) -> list[str]:  # noqa: ANN001
    return [p for p in entry.paragraphs if p.startswith("• ")]


def test_search_needs_every_word(bank) -> None:
    entries = guide_entries(bank)
    assert [e.id for e in search(entries, "trauma bond")] == ["term.trauma_bond"]
    assert "term.debt_bondage" in {e.id for e in search(entries, "DEBT")}
    assert search(entries, "no such words anywhere") == []
    assert len(search(entries, "  ")) == len(entries)


# ---- the links: a content-level mapping --------------------------------------------------


def _linked_ids(bank) -> list[str]:
    ids = [it.id for sid in ("youth.open_ended", "youth.specific", "caregiver.questions",
                             "investigative_areas") for it in bank.section(sid).items]  # fmt: skip
    ids += [f.id for f in bank.red_flags]
    ids += [s.id for p in bank.procedures for s in p.steps]
    return ids


def test_every_question_flag_and_step_links_or_says_there_is_no_definition(bank) -> None:
    config = bank.extras["guide"]
    links, none = config["links"], set(config["no_definition"])
    entries = {e.id for e in guide_entries(bank)}
    for item_id in _linked_ids(bank):
        assert (item_id in links) != (item_id in none), item_id  # exactly one of the two
    assert set(links.values()) <= entries  # every link opens an entry
    assert (
        not (set(links) | none)
        - set(_linked_ids(bank))
        - {k for k in links if k.startswith("panel.")}
    )  # no stale ids
    assert len(_linked_ids(bank)) == 13 + 14 + 21 + 11 + 39 + 25


def test_links_follow_the_guides_words(bank) -> None:
    # "Exchanging sexual acts to meet a basic need is sometimes referred to as “survival sex”".
    assert entry_for(bank, "rf.survival_sex") == "term.survival_sex"
    # "Bonded labor, or debt bondage … repayment for a loan or service".
    assert entry_for(bank, "rf.owes_debt_employer") == "term.debt_bondage"
    assert entry_for(bank, "caregiver.q13") == "term.debt_bondage"
    # "… in cases of familial trafficking, or with intimate partners … a trauma bond".
    assert entry_for(bank, "rf.older_partner") == "term.trauma_bond"
    # "Force involves physically restraining or harming a victim."
    assert entry_for(bank, "rf.unexplained_injuries") == "tactic.force"
    # "California law specifically includes facilitating drug use … as a means of coercion."
    assert entry_for(bank, "rf.substance_use_disorder") == "tactic.coercion"
    # A determination goes through its step; an unlinked item falls back to its panel.
    assert entry_for(bank, "proc.labor.s3.d01") == entry_for(bank, "proc.labor.s3")
    assert entry_for(bank, "proc.cse.s1.d09") == "term.wic_300b2"
    assert entry_for(bank, "youth.open_ended.q01") == ""
    assert entry_for(bank, "", "allegations") == "guide.subcategory_rules"


# ---- in the window: F1, type to search, Esc, lock ----------------------------------------


@pytest.fixture
def guide_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.cec"
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    store.create_interview(Interview(
        youth=Youth(name="Rowan Example"),
        interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
    ))  # fmt: skip
    store.lock()
    return path


def _open_interview(qtbot, guide_store, ini_settings):  # noqa: ANN001, ANN202
    window = open_window(qtbot, guide_store, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    window.list_page.search.setFocus()
    type_keys(qtbot, "Rowan\n\n")
    assert window.mode == Mode.CASE  # the list opens the youth's case (issue 14) ...
    press(qtbot, Qt.Key.Key_Return)  # ... and Enter there opens its contact
    assert window.mode == Mode.INTERVIEW
    return window, window.stack.currentWidget()


def test_f1_opens_the_guide_at_the_flag_in_hand_and_type_to_search(
    qtbot, guide_store, ini_settings
) -> None:
    from ui.guide import guide_dock

    window, view = _open_interview(qtbot, guide_store, ini_settings)
    view.open_panel("red_flags")
    marks = view.panel("red_flags").marks
    item = marks.item_for("rf.owes_debt_employer")
    marks.list.scrollToItem(item)
    click(qtbot, marks.list.viewport(), marks.list.visualItemRect(item).center())
    assert marks.current_id() == "rf.owes_debt_employer"

    press(qtbot, Qt.Key.Key_F1)
    dock = guide_dock(window)
    assert dock is not None and dock.isVisible()
    pane = dock.widget()
    assert pane.current_entry() == "term.debt_bondage"
    assert "Bonded labor, or debt bondage" in pane.text.toPlainText()
    assert pane.context.text().startswith("For “Owes a debt to employer")
    assert QApplication.focusWidget() is pane.search

    type_keys(qtbot, "trauma bond")
    assert pane.shown_entries() == ["term.trauma_bond"]
    assert pane.current_entry() == "term.trauma_bond"
    assert "which is known as a trauma bond" in pane.text.toPlainText()
    # Letters typed in the list go to the search too.
    press(qtbot, Qt.Key.Key_Return)  # to the list
    assert QApplication.focusWidget() is pane.tree
    press(qtbot, Qt.Key.Key_Backspace)
    type_keys(qtbot, "x")
    assert pane.search.text() == "trauma bondx" and pane.shown_entries() == []

    if os.environ.get("CEC_SCREENSHOTS"):
        pane.search.clear()
        pane.open_at("term.debt_bondage")
        QApplication.processEvents()
        window.grab().save(str(Path(os.environ["CEC_SCREENSHOTS"]) / "guide-1366x768.png"))

    press(qtbot, Qt.Key.Key_Escape)
    assert not dock.isVisible()
    # On a question page, F1 opens the question's definition.
    view.open_panel("youth/youth.specific.q12")  # "… perform work in order to stay somewhere?"
    press(qtbot, Qt.Key.Key_F1)
    assert dock.isVisible() and pane.current_entry() == "term.survival_sex"
    press(qtbot, Qt.Key.Key_Escape)
    view.open_panel("youth/youth.open_ended.q01")  # "How are you feeling?": no definition
    press(qtbot, Qt.Key.Key_F1)
    assert "no definition for “How are you feeling?”" in pane.context.text()
    type_keys(qtbot, "debt")
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    assert window.mode == Mode.LOCKED
    assert not dock.isVisible() and pane.search.text() == ""


def test_f1_from_the_list_opens_the_guide_at_the_top(qtbot, guide_store, ini_settings) -> None:
    from ui.guide import guide_dock

    window = open_window(qtbot, guide_store, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    press(qtbot, Qt.Key.Key_F1)
    pane = guide_dock(window).widget()
    assert pane.isVisible() and not pane.context.isVisible()
    assert pane.current_entry() == "term.cec"  # the first entry: no item is in hand


def test_f1_in_the_training_window_too(qtbot, tmp_path: Path) -> None:
    from tests.helpers import training
    from ui.guide import guide_dock
    from ui.settings import TOUR_SHOWN, Settings

    settings = Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    settings.set(TOUR_SHOWN, True)
    window = training.open_training(qtbot, settings, tmp_path / "training" / "training.cec")
    window.picker.select_scenario("domestic-debt")
    qtbot.mouseClick(window.picker.start, Qt.MouseButton.LeftButton)
    assert window.page() == "session"
    view = window.session.view
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.open_panel("youth/youth.specific.q06")  # "… someone else got to keep … the money?"
    press(qtbot, Qt.Key.Key_F1)
    pane = guide_dock(window).widget()
    assert pane.isVisible() and pane.current_entry() == "term.commercial_aspect"


def test_f1_when_the_keyboard_is_not_on_the_list_uses_the_flag_shown(
    qtbot, guide_store, ini_settings
) -> None:
    from ui.guide import guide_dock

    window, view = _open_interview(qtbot, guide_store, ini_settings)
    view.open_panel("red_flags")
    window.list_action.trigger()  # back to the list, and in again by Enter
    window.list_page.search.setFocus()
    type_keys(qtbot, "\n\n\n")  # the list, the youth's case (issue 14), its contact
    view = window.stack.currentWidget()
    assert view.current_panel() == "red_flags"
    marks = view.panel("red_flags").marks
    marks.select("rf.survival_sex")  # the flag shown in Details
    click(qtbot, marks.note)  # the person clicks into the note: the keyboard leaves the list
    assert not isinstance(QApplication.focusWidget(), type(marks.list))
    press(qtbot, Qt.Key.Key_F1)
    pane = guide_dock(window).widget()
    assert pane.current_entry() == "term.survival_sex"
