"""Paste-ready text: the record, in the PDF's order, in parts CWS/CMS fields can take."""

from __future__ import annotations

from datetime import UTC, datetime

from app.export import PASTE_LIMIT, paste_sections, render_text
from app.export.sample import sample_interview
from app.model import Response

NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
ORDER = [
    "contact",
    "allegations",
    "narrative",
    "red_flags",
    "at_risk",
    "tattoos",
    "online",
    "associates",
    "responsibilities",
    "collateral",
    "deadlines",
    "needs",
]


def by_id(sections) -> dict[str, str]:
    out: dict[str, str] = {}
    for s in sections:
        out[s.id] = out.get(s.id, "") + s.text
    return out


def test_sections_come_in_cwscms_order(bank) -> None:
    sections = paste_sections(sample_interview(bank), bank, now=NOW)
    assert [s.id for s in sections] == ORDER
    assert sections[1].title == "1. Allegations"


def test_paste_text_matches_the_record(bank) -> None:
    iv = sample_interview(bank)
    iv.training = False
    text = by_id(paste_sections(iv, bank, now=NOW))
    assert "Youth: J. R." in text["contact"]
    assert "Start – end: 09:30 – 10:45" in text["contact"]
    assert "Referral number: 0123-4567-8901-2345678" in text["contact"]
    alleg = text["allegations"]
    assert "Abuse Category: Exploitation" in alleg
    assert "Abuse Subcategory: Commercial Sexual Exploitation" in alleg
    assert f"Reasons: {iv.allegations[0].reasons}" in alleg
    assert "Proposed conclusion: Not decided" in alleg
    narrative = text["narrative"]
    assert iv.narrative in narrative
    for item_id, answer in iv.answers.items():
        if item_id.startswith("proc."):
            continue
        assert bank.item(item_id).text in narrative
        if answer.own_words:
            assert f"“{answer.own_words}”" in narrative
        if answer.response == Response.NOT_ASKED and not (answer.own_words or answer.notes):
            assert f"{bank.item(item_id).text}  [not asked]" in narrative
    for flag_id in iv.red_flags:
        assert bank.red_flag(flag_id).text in text["red_flags"]
    for t in iv.tattoos:
        assert t.description in text["tattoos"] and t.exploiter_moniker in text["tattoos"]
    for acc in iv.online_accounts:
        assert acc.handle in text["online"]
    assert "Marcus" in text["associates"] and "Motel on Pacific Ave" in text["associates"]
    assert "Referral 123" in text["responsibilities"]
    assert iv.collateral_contacts[0].summary in text["collateral"]
    assert "Safety plan made." in text["needs"]
    assert "TRAINING" not in "".join(text.values())


def test_markup_and_unicode_pass_through_unchanged(bank) -> None:
    iv = sample_interview(bank)
    iv.narrative = 'Nguyễn Thị Hương said <b>"hi"</b> & left 😀'
    narrative = by_id(paste_sections(iv, bank, now=NOW))["narrative"]
    assert iv.narrative in narrative


def test_control_characters_become_placeholders(bank) -> None:
    iv = sample_interview(bank)
    iv.narrative = "before\x00after\x1b"
    assert "before[U+0000]after[U+001B]" in by_id(paste_sections(iv, bank, now=NOW))["narrative"]


def test_long_narrative_is_split_into_labelled_parts_within_the_limit(bank) -> None:
    iv = sample_interview(bank)
    paragraph = "The youth described the weekend trips in detail. " * 12
    iv.narrative = "\n\n".join(f"{n}. {paragraph}" for n in range(40))
    sections = paste_sections(iv, bank, now=NOW)
    parts = [s for s in sections if s.id == "narrative"]
    assert len(parts) >= 6
    for i, part in enumerate(parts, start=1):
        assert len(part.text) <= PASTE_LIMIT
        assert part.title == f"2. Contact narrative (part {i} of {len(parts)})"
        assert (part.part, part.parts) == (i, len(parts))
    joined = " ".join(p.text for p in parts)
    # every paragraph survives, whole, and in order
    positions = [joined.index(f"{n}. {paragraph.strip()}") for n in range(40)]
    assert positions == sorted(positions)


def test_one_endless_word_is_cut_but_not_lost(bank) -> None:
    iv = sample_interview(bank)
    iv.narrative = "Z" * 10_000
    parts = [s for s in paste_sections(iv, bank, now=NOW, limit=3000) if s.id == "narrative"]
    assert all(len(p.text) <= 3000 for p in parts)
    assert "".join(p.text for p in parts).count("Z") == 10_000


def test_training_marks_every_part_and_the_full_text(bank) -> None:
    iv = sample_interview(bank)
    sections = paste_sections(iv, bank, training=True, now=NOW)
    assert all(s.text.startswith("TRAINING — FICTIONAL CASE\n") for s in sections)
    full = render_text(iv, bank, training=True, now=NOW)
    assert full.startswith("TRAINING — FICTIONAL CASE\n")


def test_render_text_has_every_section_and_the_confidential_line(bank) -> None:
    iv = sample_interview(bank)
    full = render_text(iv, bank, now=NOW)
    for s in paste_sections(iv, bank, now=NOW)[1:]:
        assert s.title in full
    assert full.rstrip().endswith("Produced 2026-11-20 19:00 UTC.")
    assert "Confidential — contains information about a minor" in full


def test_an_empty_interview_exports(bank) -> None:
    from app.model import Interview

    full = render_text(Interview(content_version=bank.version), bank, now=NOW)
    assert "No allegations recorded." in full
    assert "No tattoos recorded." in full
    assert "At risk of commercial sexual exploitation: No" in full
