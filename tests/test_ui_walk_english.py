"""Issue 16's "Done means": a whole youth interview and its export, without the mouse.

The real main window on a real store file. Every action is a key sent to whatever has
the focus (tests/person.py): the passphrase and Enter, Ctrl+N and the new-interview
dialog filled by Tab and typing, every panel of the contact walked with Ctrl+Enter
(the youth's answers, "Yes"/"No" by their underlined letters, two red flags of
different categories with where they were learned and a note, the at-risk indicators,
a tattoo placed on the body map with Enter, moved with Shift+arrows and described, an
online account, an associate, the due steps recorded, the determinations), then
Ctrl+E: the text copied for CWS/CMS, the PDF saved through the file dialog with a
path typed and a password. Widgets are looked up only to assert what a person would
read. Then the window locks (Ctrl+L), the store file is opened again and every typed
value is compared, and the PDF is read back with pypdf. All people are fictional.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.model import BodySide, IntervieweeType, Response, Source, StepStatus, YesNoUnknown
from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.walk import ALT, CTRL, SHIFT, Walk, flat, saved_record
from tests.helpers.window import open_window
from ui.main_window import Mode

# Offscreen, Qt's own file dialog cannot raise its completer or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)
CSEC_FLAG, LABOR_FLAG = "rf.spends_time_cse_area", "rf.owes_debt_employer"
CSEC_NOTE = "Youth said she “hangs out” on Figueroa at night."
LABOR_NOTE = "Aunt says he owes the boss for the bus fare."
INV_WORDS = "Works nights at a “nail salon” for Tío Beto; no pay stub."
TATTOO = ("Crown with “R” under it", "My boyfriend’s name, he paid for it.", "King Dre")
NARRATIVE = "Met R.V. at the group home office; he spoke about work at the salon."
PASSWORD = "cedar 12"
DETERMINATIONS = {  # what the CSW found, by the determination's words on screen
    "If a debt exists that the child or family feels they must repay": "y",
    "If third party receives the money earned": "u",
    "How the child’s education is affected by working": "Misses first period twice a week",
}


def test_a_youth_interview_and_its_export_by_keys_alone(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    bank,  # noqa: ANN001
    tmp_path: Path,
    walk: Walk,
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    # The unlock page opens with the cursor in the passphrase.
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)

    def new_interview(dialog) -> None:  # noqa: ANN001
        # Youth (name, AKAs, birth date, referral, client id), who is interviewed (as
        # offered: the youth), the contact (date, start, end, how, outcome, where,
        # language, interpreter, CSW, purpose, participants), then Enter.
        person.type_keys(qtbot, "R.V.\tRay, Little R\t7/2/10\t0500-1234-5678-9012345\t\t")
        person.type_keys(qtbot, "\t\t\t11/24/2026\t1400\t3:15 pm\t\t\t")
        person.type_keys(qtbot, "Group home office\tEnglish\t\tCSW Walker\tFollow-up\tR.V., CSW\n")

    walk.when_dialog(new_interview)
    person.press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))
    view = window.view

    # The youth's questions, one page each: their words, and Yes/No by Alt+letter.
    while view.current_panel() != "youth/youth.open_ended.q01":
        walk.next()
    sections = ("youth.open_ended", "youth.specific")
    questions = [i.id for s in sections for i in bank.section(s).items]
    assert len(questions) == 13 + 14
    typed: dict[str, str] = {}
    chosen: dict[str, Response] = {}
    for n, item_id in enumerate(questions):
        assert view.current_panel() == f"youth/{item_id}"
        typed[item_id] = f"Said at page {n + 1}: it’s okay — “fine”."
        person.type_words(qtbot, typed[item_id])
        if item_id.startswith("youth.specific"):
            person.press(qtbot, (Qt.Key.Key_Y, Qt.Key.Key_N)[n % 2], ALT)
            chosen[item_id] = (Response.YES, Response.NO)[n % 2]
            qtbot.wait(120)  # a mnemonic clicks after a short animation
        walk.next()

    # The investigative areas: what the youth said about the first, the rest walked past.
    assert view.current_panel() == "investigative/inv.q01"
    person.type_words(qtbot, INV_WORDS)
    while view.current_panel().startswith("investigative"):
        walk.next()

    # Red flags: the list has the keyboard; Space ticks the current flag, Tab goes on to
    # where it was learned and to the note, Shift+Tab back to the list.
    assert view.current_panel() == "red_flags"
    flags = view.panel("red_flags")
    assert person.focused() is flags.marks.list
    assert flags.marks.current_id() == CSEC_FLAG
    person.press(qtbot, Qt.Key.Key_Space)
    person.press(qtbot, Qt.Key.Key_Tab, times=2)  # past "Observed by you" to "The youth"
    person.press(qtbot, Qt.Key.Key_Space)
    person.press(qtbot, Qt.Key.Key_Tab, times=4)  # to the note
    person.type_words(qtbot, CSEC_NOTE)
    person.press(qtbot, Qt.Key.Key_Tab, SHIFT, times=6)
    assert person.focused() is flags.marks.list
    person.press(qtbot, Qt.Key.Key_Down, times=5)
    assert flags.marks.current_id() == LABOR_FLAG
    person.press(qtbot, Qt.Key.Key_Space)
    person.press(qtbot, Qt.Key.Key_Tab)  # Observed by you
    person.press(qtbot, Qt.Key.Key_Space)
    person.press(qtbot, Qt.Key.Key_Tab, times=2)  # A caregiver
    person.press(qtbot, Qt.Key.Key_Space)
    person.press(qtbot, Qt.Key.Key_Tab, times=3)
    person.type_words(qtbot, LABOR_NOTE)
    walk.next()

    # At-risk: indicator A ticked, and the result read where the panel shows it. The
    # guide: at risk when the youth shows at least one of the indicators A-C.
    assert view.current_panel() == "at_risk"
    at_risk = view.panel("at_risk")
    assert person.focused() is at_risk.indicators.list
    person.press(qtbot, Qt.Key.Key_Space)
    result = at_risk.determination.text()
    assert result.startswith("Meets the at-risk definition") and "A-C: A." in result
    walk.next()

    # Tattoos: Enter on the body map places a mark, Shift+arrows move it, then its
    # fields by their underlined letters.
    assert view.current_panel() == "tattoos"
    tattoos = view.panel("tattoos")
    assert person.focused() is tattoos.map
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(tattoos.map.marks) == 1)
    assert person.focused() is tattoos.map, "after Enter, Shift+arrows must move the new mark"
    placed = (tattoos.map.marks[0].x, tattoos.map.marks[0].y)
    person.press(qtbot, Qt.Key.Key_Right, SHIFT, times=4)
    person.press(qtbot, Qt.Key.Key_Down, SHIFT, times=2)
    person.press(qtbot, Qt.Key.Key_D, ALT)  # &Description
    person.type_words(qtbot, TATTOO[0])
    person.press(qtbot, Qt.Key.Key_W, ALT)  # The youth's own &words
    person.type_words(qtbot, TATTOO[1])
    person.press(qtbot, Qt.Key.Key_X, ALT)  # E&xploiter's name or moniker
    person.type_words(qtbot, TATTOO[2])
    walk.next()

    # Social media: Insert adds a row; typing fills a cell, Tab moves on, Space ticks
    # "Shown by youth", a drop-down cell takes what is typed.
    assert view.current_panel() == "online"
    assert person.focused() is view.panel("online").table.view
    person.press(qtbot, Qt.Key.Key_Insert)
    person.type_words(qtbot, "Instagram\tray.v.2010\tLil R\t323-555-0101\t\t")
    person.press(qtbot, Qt.Key.Key_Space)
    person.type_words(qtbot, "\tYes\tDM’d by “Dre” about a job")
    walk.next()

    # Associates: one row, "Suspected exploiter" ticked with Space.
    assert view.current_panel() == "associates"
    assert person.focused() is view.panel("associates").associates.view
    person.press(qtbot, Qt.Key.Key_Insert)
    person.type_words(qtbot, "Andre Doe\tDre, King Dre\tboyfriend\t")
    person.press(qtbot, Qt.Key.Key_Space)
    person.type_words(qtbot, "\tUnknown\tAbout 25; drives a black car")
    walk.next()

    # Special considerations: when exploitation was first suspected (local time).
    assert view.current_panel() == "special"
    person.type_keys(qtbot, "\t11/24/2026\t2:30 pm\t")
    walk.next()

    # CSW responsibilities: the determinations answered where the CSW reads them, then
    # on with Tab, as the page reads, to the steps that are due, each recorded.
    assert view.current_panel() == "responsibilities"
    duties = view.panel("responsibilities")
    tabs = 0
    while not person.focused().accessibleName().startswith("Status of step"):
        name = person.focused().accessibleName()
        if name in DETERMINATIONS:
            person.type_words(qtbot, DETERMINATIONS[name])
        person.press(qtbot, Qt.Key.Key_Tab)
        tabs += 1
        assert tabs < 120, "the steps that are due cannot be reached with Tab"
    first, second = duties.step_ids()[:2]
    assert person.focused() is duties.step_row(first)[0]
    # Status (typed: "d" is Done), Tab past the time (Done sets "now"), the note.
    person.type_keys(qtbot, "d\t\t\t\t\tCalled the hotline, ref 4471\t")
    assert person.focused() is duties.step_row(second)[0]
    person.type_keys(qtbot, "n\t\t\t\t\tNot needed: already open\t")
    walk.next()

    # Collateral, allegations, needs: walked past; the review's narrative typed.
    while view.current_panel() != "review":
        walk.next()
    assert person.focused() is view.panel("review").narrative
    person.type_keys(qtbot, NARRATIVE)
    # The navigator, once it caught up with the typing, counts every question answered.
    nav = view.navigator
    youth_row = next(
        nav.topLevelItem(n) for n in range(nav.topLevelItemCount())
        if nav.topLevelItem(n).text(0).startswith("Youth interview")
    )  # fmt: skip
    qtbot.waitUntil(lambda: youth_row.text(0).endswith("27/27"))

    # Ctrl+E: the export. Step 3 copies the narrative for CWS/CMS; step 4 saves the PDF
    # (a password, the file dialog, a path typed) and the text file.
    exports = tmp_path / "exports"
    exports.mkdir()
    pdf_path, text_path = exports / "rv_contact.pdf", exports / "rv_contact.txt"
    copied: list[str] = []
    statuses: list[str] = []

    def export(dialog) -> None:  # noqa: ANN001
        person.press(qtbot, Qt.Key.Key_3, ALT)  # &3 Copy for CWS/CMS
        for _ in range(30):
            if person.focused().accessibleName() == "Copy: 2. Contact narrative":
                break
            person.press(qtbot, Qt.Key.Key_Tab)
        person.press(qtbot, Qt.Key.Key_Space)
        copied.append(QApplication.clipboard().text())
        person.press(qtbot, Qt.Key.Key_4, ALT)  # &4 Save or print
        person.press(qtbot, Qt.Key.Key_A, ALT)  # P&assword, then its confirmation
        person.type_keys(qtbot, f"{PASSWORD}\t{PASSWORD}")
        walk.when_dialog(walk.save_as(pdf_path), over=dialog)
        person.press(qtbot, Qt.Key.Key_P, ALT)  # Save &PDF…
        qtbot.waitUntil(pdf_path.exists, timeout=10000)
        walk.back_to(dialog)
        statuses.append(dialog.save_page.status.text())
        walk.when_dialog(walk.save_as(text_path), over=dialog)
        person.press(qtbot, Qt.Key.Key_T, ALT)  # Save &text…
        qtbot.waitUntil(text_path.exists, timeout=10000)
        walk.back_to(dialog)
        statuses.append(dialog.save_page.status.text())
        person.press(qtbot, Qt.Key.Key_Escape)

    walk.when_dialog(export)
    person.press(qtbot, Qt.Key.Key_E, CTRL)
    pdf_status, text_status = statuses
    assert pdf_status.startswith("Saved the PDF (") and pdf_status.endswith(
        " pages, password protected) as rv_contact.pdf."
    )
    assert text_status == "Saved the text as rv_contact.txt."
    (clip,) = copied
    assert clip.startswith("CSW NARRATIVE\n" + NARRATIVE)
    assert all(f"“{words}”" in clip for words in typed.values())

    assert not walk.strays, walk.strays
    walk.back_to(window)
    interview_id = window.interview_id
    person.press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED)

    # Read back from the file, as the next unlock would.
    saved = saved_record(store_path, interview_id)
    assert (saved.youth.name, saved.youth.akas) == ("R.V.", ["Ray", "Little R"])
    assert saved.youth.date_of_birth == date(2010, 7, 2)
    assert saved.youth.referral_number == "0500-1234-5678-9012345"
    assert saved.interviewee.type == IntervieweeType.YOUTH
    assert saved.contact.date == date(2026, 11, 24)
    assert (saved.contact.start_time, saved.contact.end_time) == (time(14, 0), time(15, 15))
    assert (saved.contact.location, saved.contact.language) == ("Group home office", "English")
    assert (saved.contact.csw, saved.contact.purpose) == ("CSW Walker", "Follow-up")
    assert saved.contact.participants == ["R.V.", "CSW"]
    for item_id in questions:
        answer = saved.answers[item_id]
        assert answer.own_words == typed[item_id], item_id
        assert answer.response == chosen.get(item_id, Response.ANSWERED), item_id
    assert saved.answers["inv.q01"].own_words == INV_WORDS
    assert set(saved.red_flags) == {CSEC_FLAG, LABOR_FLAG}
    csec, labor = saved.red_flags[CSEC_FLAG], saved.red_flags[LABOR_FLAG]
    assert (csec.sources, csec.note) == ([Source.YOUTH], CSEC_NOTE)
    assert (labor.sources, labor.note) == ([Source.OBSERVED, Source.CAREGIVER], LABOR_NOTE)
    assert set(saved.at_risk_indicators) == {"A"}
    (tattoo,) = saved.tattoos
    assert tattoo.x == pytest.approx(placed[0] + 0.04)
    assert tattoo.y == pytest.approx(placed[1] + 0.02)
    assert tattoo.side == BodySide.FRONT
    assert (tattoo.description, tattoo.youth_description, tattoo.exploiter_moniker) == TATTOO
    (account,) = saved.online_accounts
    assert (account.platform, account.handle, account.nicknames) == (
        "Instagram",
        "ray.v.2010",
        ["Lil R"],
    )
    assert account.phone_numbers == ["323-555-0101"] and account.shown_by_youth
    assert account.job_ad_online == YesNoUnknown.YES
    assert account.notes == "DM’d by “Dre” about a job"
    (associate,) = saved.associates
    assert (associate.name, associate.nicknames) == ("Andre Doe", ["Dre", "King Dre"])
    assert associate.relationship == "boyfriend" and associate.suspected_exploiter
    assert associate.has_children == YesNoUnknown.UNKNOWN
    assert associate.notes == "About 25; drives a black car"
    suspected = saved.special.suspicion_at.astimezone()  # shown and typed in local time
    assert (suspected.date(), suspected.time()) == (date(2026, 11, 24), time(14, 30))
    by_text = {d.text: d.id for d in bank.determinations()}
    debt, third, school = (saved.answers[by_text[t]] for t in DETERMINATIONS)
    assert (debt.response, third.response) == (Response.YES, Response.UNSURE)
    assert school.notes == DETERMINATIONS["How the child’s education is affected by working"]
    assert saved.responsibilities[first].status == StepStatus.DONE
    assert saved.responsibilities[first].at is not None
    assert saved.responsibilities[first].note == "Called the hotline, ref 4471"
    assert saved.responsibilities[second].status == StepStatus.NOT_APPLICABLE
    assert saved.responsibilities[second].note == "Not needed: already open"
    assert saved.narrative == NARRATIVE

    # The PDF, read back: locked with the password, and what was typed is in it.
    reader = pypdf.PdfReader(pdf_path)
    assert reader.is_encrypted
    reader.decrypt(PASSWORD)
    pdf = flat("\n".join(page.extract_text() for page in reader.pages))
    for item_id in questions:
        assert flat(f"“{typed[item_id]}”") in pdf, item_id
    assert flat(f"“{INV_WORDS}”") in pdf
    table = pdf[pdf.index("Red flags observed Red flag") :]
    for flag_id, source, note in (
        (CSEC_FLAG, "youth", CSEC_NOTE),
        (LABOR_FLAG, "observed by CSW, caregiver", LABOR_NOTE),
    ):
        row = table[table.index(flat(bank.red_flag(flag_id).text)) :][:300]
        assert source in row and flat(note) in row, row  # the flag, where from, the note
    assert "At risk of commercial sexual exploitation: Yes" in pdf
    for words in TATTOO:
        assert flat(words) in pdf
    assert "Andre Doe (suspected exploiter)" in pdf and "Nicknames: Dre, King Dre" in pdf
    assert "Username / handle: ray.v.2010" in pdf
    assert flat(NARRATIVE) in pdf
    text = text_path.read_text(encoding="utf-8")
    assert NARRATIVE in text and all(f"“{w}”" in text for w in typed.values())
