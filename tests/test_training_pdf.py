"""The debrief PDF for the trainer: marked on every page, read back with a real parser."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from app.model import Answer, Response
from app.training import (
    TRAINING_MARK,
    debrief,
    render_debrief_pdf,
    scenario_by_id,
    scripted_interview,
)

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def _text(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def test_every_page_is_marked_and_the_findings_are_there(tmp_path, scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, "runaway-return")
    iv = scripted_interview(sc, bank, NOW)
    del iv.red_flags["rf.tattoos_branding"]
    iv.answers["youth.open_ended.q02"] = Answer(
        Response.DECLINED, "", 'Called her a prostitute <b> & <img src="/etc/passwd"/>', NOW
    )
    result = render_debrief_pdf(debrief(iv, sc, bank, NOW), tmp_path / "debrief.pdf")
    pages = _text(tmp_path / "debrief.pdf")
    assert result.pages == len(pages) > 1
    assert all(TRAINING_MARK in page for page in pages)
    whole = " ".join(pages)
    assert "Debrief: Back from nine days away" in whole
    assert "Missed: Tattoos or branding" in whole
    assert "A recent crown tattoo with her boyfriend" in whole  # the case's reason
    assert "The guide's red-flags chart lists" in whole  # the guide's reason
    assert "Red flags: 92 / 100" in whole  # 11 of 12 found
    assert '<b> & <img src="/etc/passwd"/>' in whole  # typed text shown as typed
    assert "Coaching notes" in whole
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_full_marks_print_as_such(tmp_path, scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, "edge-not-at-risk")
    render_debrief_pdf(debrief(scripted_interview(sc, bank, NOW), sc, bank, NOW),
                       tmp_path / "d.pdf")  # fmt: skip
    whole = " ".join(_text(tmp_path / "d.pdf"))
    assert "Overall score: 100 / 100" in whole
    assert "Right: Determination" in whole


def test_a_failed_write_leaves_nothing_behind(tmp_path, scenarios, bank) -> None:
    sc = scenarios[0]
    result = debrief(scripted_interview(sc, bank, NOW), sc, bank, NOW)
    with pytest.raises(OSError):
        render_debrief_pdf(result, tmp_path / "missing-folder" / "d.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_debrief_builds_through_the_reportlab_wall(tmp_path, scenarios, bank) -> None:
    # A character beyond U+FFFF survives copying only with the wall's ToUnicode fix, which
    # is in place while the debrief builds and put back after (app/export/reportlab_compat).
    from reportlab.pdfbase import ttfonts

    from app.export import reportlab_compat

    sc = scenario_by_id(scenarios, "runaway-return")
    iv = scripted_interview(sc, bank, NOW)
    iv.answers["youth.open_ended.q02"] = Answer(
        Response.DECLINED, "", "Called her a prostitute \U0001f600 twice", NOW
    )
    render_debrief_pdf(debrief(iv, sc, bank, NOW), tmp_path / "debrief.pdf")
    whole = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "debrief.pdf")).pages)
    assert "prostitute \U0001f600 twice" in whole
    assert ttfonts.makeToUnicodeCMap is reportlab_compat.REPORTLAB_CMAP
