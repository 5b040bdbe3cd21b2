"""Opening an interview imports only the panels it shows (issue 17: the first open,
imports included, <= 150 ms). The registry declares every panel's id, title, order,
progress and pages (ui/panels/declared.py), so the navigator lists them all; a panel's
own module, with its widgets, is imported when the panel is first shown.

A fresh process each time: ``sys.modules`` then says what opening imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.model import Interview, IntervieweeType, RedFlagObservation, Youth
from tests.helpers import PASSPHRASE
from ui.panels import Panel, registered_panels

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
from app.content import load_content
from app.store import Store
from ui.interview import InterviewView

def panels():
    return sorted(m for m in sys.modules if m.startswith("ui.panels."))

app = QApplication([])
store = Store.open(sys.argv[2], sys.stdin.readline().rstrip("\n"))
before = panels()
view = InterviewView(store, load_content(), sys.argv[3])
view.resize(1366, 768)
view.show()
app.processEvents()
nav = view.navigator
titles = [nav.topLevelItem(n).text(0) for n in range(nav.topLevelItemCount())]
opened = panels()
view.open_panel("red_flags")
app.processEvents()
shown = view.current_panel()
after_red_flags = panels()
view.flush()
store.lock()
print(json.dumps({"before": before, "opened": opened, "titles": titles, "shown": shown,
                  "after_red_flags": after_red_flags}))
"""


def _open_in_fresh_process(store_path: Path, interview_id: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(store_path), interview_id],
        input=PASSPHRASE + "\n",  # never on the command line
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_opening_imports_only_the_panel_shown_and_the_navigator_lists_every_panel(store, bank):
    iv = Interview(content_version=bank.version, youth=Youth(name="T.Q."))
    iv.interviewee.type = IntervieweeType.YOUTH
    iv.red_flags["rf.many_condoms"] = RedFlagObservation()
    store.create_interview(iv)
    store.set_last_panel(iv.id, "contact")
    path = store.path
    store.lock()

    seen = _open_in_fresh_process(path, iv.id)

    widget_modules = {
        "ui.panels.allegations", "ui.panels.associates", "ui.panels.at_risk",
        "ui.panels.caregiver_interview", "ui.panels.collateral", "ui.panels.contact",
        "ui.panels.investigative", "ui.panels.needs_services", "ui.panels.online",
        "ui.panels.red_flags", "ui.panels.responsibilities", "ui.panels.review",
        "ui.panels.special", "ui.panels.tattoos", "ui.panels.youth_interview",
        "ui.panels.questions", "ui.panels.binding", "ui.panels.echoes",
    }  # fmt: skip
    # No panel's module with the view's; after opening on Contact, its module only.
    assert set(seen["before"]) & widget_modules == set()
    assert set(seen["opened"]) & widget_modules == {"ui.panels.contact"}
    # Yet the navigator lists every panel of the flow, with its progress (the record's
    # one red flag of the guide's 39; the youth's questions, not the caregiver's).
    titles = seen["titles"]
    assert [t.split("  ")[0] for t in titles] == [
        "Contact",
        "Youth interview",
        "Investigative areas",
        "Red flags",
        "At-risk",
        "Tattoos",
        "Social media and online",
        "Associates, exploiters and other victims",
        "Special considerations",
        "CSW responsibilities",
        "Collateral contacts",
        "Allegations and disposition",
        "Needs and services",
        "Review",
    ]
    assert f"Red flags  1/{len(bank.red_flags)}" in titles
    # Shown, the red flags panel's module (and what it uses) comes in; no other panel's.
    assert seen["shown"] == "red_flags"
    assert set(seen["after_red_flags"]) & widget_modules == {
        "ui.panels.contact",
        "ui.panels.red_flags",
        "ui.panels.binding",
    }


def test_every_declared_panel_names_a_module_whose_panel_names_it_back():
    # A wrong ``module`` would only show when a CSW first opened that panel.
    declared = registered_panels()
    assert len(declared) == 15
    for entry in declared:
        widget = entry.widget_class()
        assert issubclass(widget, Panel) and widget.declared is entry, entry.panel_id
        assert widget.__module__ == entry.module
