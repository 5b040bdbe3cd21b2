"""The case summary (issue 14): one youth's case across its contacts, read back with pypdf.

A case here holds a youth, a caregiver and a collateral contact; each finding carries the
contact it was learned in, and the summary names that contact the way a CSW does
("caregiver, 11/14"). All people are fictional.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, time

import pytest
from pypdf import PdfReader

from app.export import PASTE_LIMIT
from app.export.case_sections import NOT_RECORDED, contact_labels, registered_case_sections
from app.export.case_summary import (
    case_json,
    case_paste_sections,
    check_case_language,
    render_case_pdf,
    render_case_text,
)
from app.model import (
    Allegation,
    Answer,
    Associate,
    Case,
    Contact,
    ContactMethod,
    ContactRef,
    IndicatorMark,
    Interview,
    Interviewee,
    IntervieweeType,
    InterviewStatus,
    OtherVictim,
    RedFlagObservation,
    Response,
    ServiceReferral,
    Source,
    SpecialConsiderations,
    StepRecord,
    StepStatus,
    YesNoUnknown,
    Youth,
)

NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
# Ids as the store makes them (32 hex digits): the JSON's schema checks them.
CID = {"youth": "1" * 32, "caregiver": "2" * 32, "collateral": "3" * 32, "caregiver-2": "4" * 32}
CASE_ID = "c" * 32
YOUTH = Youth(name="Tanya R.", akas=["T-Bird"], referral_number="0555-1234-5678-9012345")
WHO = {
    "youth": (IntervieweeType.YOUTH, "", "self", date(2026, 11, 12)),
    "caregiver": (IntervieweeType.CAREGIVER, "Rosa Vidal", "grandmother", date(2026, 11, 14)),
    "collateral": (
        IntervieweeType.COLLATERAL,
        "Ms. Okafor",
        "school counselor",
        date(2026, 11, 15),
    ),
}


def pdf_text(path, password: str | None = None) -> str:
    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    pages = [unicodedata.normalize("NFC", p.extract_text() or "") for p in reader.pages]
    return " ".join(" ".join(pages).split())


def contact(kind: str, case_id: str, contact_id: str = "") -> Interview:
    t, name, rel, day = WHO[kind]
    return Interview(
        id=contact_id or CID[kind],
        case_id=case_id,
        content_version="2026.11.0",
        youth=YOUTH,
        interviewee=Interviewee(type=t, name=name, relationship=rel),
        contact=Contact(
            date=day,
            start_time=time(9, 30),
            end_time=time(10, 15),
            method=ContactMethod.PHONE if kind == "collateral" else ContactMethod.IN_PERSON,
            purpose=f"Purpose of the {kind} contact.",
        ),
    )


def ref(c: Interview) -> ContactRef:
    return ContactRef(
        id=c.id,
        interviewee=c.interviewee,
        contact=c.contact,
        status=InterviewStatus.IN_PROGRESS,
        content_version=c.content_version,
        created_at=NOW,
        updated_at=NOW,
    )


def three_contact_case(bank, *, special: SpecialConsiderations | None = None, training=False):
    """A case with a youth, a caregiver and a collateral contact, findings from each."""
    case_id = CASE_ID
    contacts = [contact(k, case_id) for k in ("youth", "caregiver", "collateral")]
    y, cg, co = (c.id for c in contacts)
    flags = bank.red_flags
    proc = bank.procedures[0]
    view = Interview(
        id="",
        case_id=case_id,
        youth=YOUTH,
        special=special or SpecialConsiderations(),
        red_flags={
            flags[0].id: RedFlagObservation([Source.YOUTH], "Flag-from-youth.", contact_id=y),
            flags[1].id: RedFlagObservation([Source.CAREGIVER], "Flag-from-caregiver.", cg),
            flags[2].id: RedFlagObservation([Source.COLLATERAL], "Flag-from-school.", co),
        },
        at_risk_indicators={
            "A": IndicatorMark("Indicator-from-youth.", y),
            "E": IndicatorMark("Indicator-from-caregiver.", cg),
        },
        responsibilities={
            proc.steps[0].id: StepRecord(StepStatus.DONE, NOW, "Step-by-CSW.", contact_id=cg)
        },
        answers={
            proc.steps[0].determinations[0].id: Answer(
                Response.YES, "", "Determination-note.", NOW, contact_id=co
            )
        }
        if proc.steps[0].determinations
        else {},
        allegations=[
            Allegation(
                subcategory=bank.subcategories[0].id,
                alleged_victim="Tanya R.",
                alleged_perpetrator="Dre",
                reasons="Allegation-reasons.",
                contact_id=y,
            )
        ],
        associates=[
            Associate(
                name="Andre",
                nicknames=["Dre"],
                relationship="boyfriend",
                suspected_exploiter=True,
                has_children=YesNoUnknown.UNKNOWN,
                notes="Associate-from-caregiver.",
                contact_id=cg,
            )
        ],
        other_victims=[OtherVictim(name="Kiki", notes="Victim-from-school.", contact_id=co)],
        needs={"need.prior_abuse": IndicatorMark("Need-from-caregiver.", cg)},
        services={"svc.basic_needs": ServiceReferral(date(2026, 11, 16), "Service-note.", co)},
    )
    case = Case(
        id=case_id,
        created_at=NOW,
        updated_at=NOW,
        training=training,
        youth=YOUTH,
        special=view.special,
        contacts=[ref(c) for c in contacts],
    )
    return case, view, contacts


def test_case_sections_come_in_the_cwscms_order_the_issue_names() -> None:
    # Issue 14: "the allegations, at-risk determination, red flags with sources and
    # contacts, steps and deadlines, associates and other victims, needs and services";
    # then the contacts, one line each (design.md).
    assert [s.id for s in registered_case_sections()] == [
        "allegations",
        "at_risk",
        "red_flags",
        "responsibilities",
        "associates",
        "needs",
        "contacts",
    ]


def test_findings_from_all_three_contacts_each_with_its_source(bank, tmp_path) -> None:
    case, view, contacts = three_contact_case(bank)
    result = render_case_pdf(case, view, contacts, bank, tmp_path / "case.pdf", now=NOW)
    text = pdf_text(result.path)
    assert result.pages >= 2 and not result.encrypted
    # issue 16: the title names the day it was produced (never the youth)
    assert PdfReader(str(result.path)).metadata.title == "Case summary, produced 2026-11-20"
    assert "Case summary" in text and "Tanya R." in text and "0555-1234-5678-9012345" in text
    titles = [
        "1. Allegations",
        "2. At-risk determination",
        "3. Red flags observed",
        "4. CSW steps and deadlines",
        "5. Associates, exploiters and other possible victims",
        "6. Needs and services referred",
        "7. Contacts",
    ]
    positions = [text.index(t) for t in titles]
    assert positions == sorted(positions)
    # Each red flag with its source and the contact it was learned in.
    rf = text[text.index("3. Red flags observed") : text.index("4. CSW steps")]
    for flag, source, learned in (
        (bank.red_flags[0], "youth", "youth, 11/12"),
        (bank.red_flags[1], "caregiver", "caregiver, 11/14"),
        (bank.red_flags[2], "collateral", "collateral, 11/15"),
    ):
        assert flag.text.split()[0] in rf and source in rf and learned in rf
    for words in (
        "Flag-from-youth.",
        "Flag-from-caregiver.",
        "Flag-from-school.",
        "Indicator-from-youth.",
        "Indicator-from-caregiver.",
        "Associate-from-caregiver.",
        "Victim-from-school.",
        "Need-from-caregiver.",
        "Service-note.",
        "Allegation-reasons.",
        "Step-by-CSW.",
        "Entered in: youth, 11/12",
        "Learned in: caregiver, 11/14",
        "Learned in: collateral, 11/15",
    ):
        assert words in text, words
    # The contacts: one line each, who, when and how, with what was learned in it.
    tail = text[text.index("7. Contacts") :]
    assert "Youth — 2026-11-12" in tail
    assert "Caregiver Rosa Vidal (grandmother) — 2026-11-14" in tail
    assert "Collateral Ms. Okafor (school counselor) — 2026-11-15" in tail and "phone" in tail
    assert "Contact 2" in text and "Caregiver Rosa Vidal; 2026-11-14; in person" in text
    assert "Confidential — contains information about a minor" in text
    assert "Page 1 of" in text and "Reviewed by" in text
    # The at-risk determination is the case's: A from the youth is enough (A-C: one of).
    at_risk = text[text.index("2. At-risk determination") : text.index("3. Red flags")]
    assert "At risk of commercial sexual exploitation" in at_risk and "Yes" in at_risk


def test_paste_parts_follow_the_pdf_and_name_each_contact(bank) -> None:
    case, view, contacts = three_contact_case(bank)
    parts = case_paste_sections(case, view, contacts, bank, now=NOW)
    assert [p.id for p in parts] == [
        "case",
        *(s.id for s in registered_case_sections()),
    ]
    assert all(len(p.text) <= PASTE_LIMIT for p in parts)
    by_id = {p.id: p.text for p in parts}
    assert "Referral number: 0555-1234-5678-9012345" in by_id["case"]
    assert "Learned in: caregiver, 11/14" in by_id["red_flags"]
    assert "Flag-from-school." in by_id["red_flags"] and "collateral, 11/15" in by_id["red_flags"]
    whole = render_case_text(case, view, contacts, bank, now=NOW)
    assert whole.startswith("CASE SUMMARY") and "7. Contacts" in whole
    assert "TRAINING" not in whole


def test_a_finding_whose_contact_is_gone_says_so(bank) -> None:
    case, view, contacts = three_contact_case(bank)
    view.needs["need.prior_abuse"].contact_id = ""  # its contact was deleted (SET NULL)
    needs = {p.id: p.text for p in case_paste_sections(case, view, contacts, bank, now=NOW)}
    assert f"Learned in: {NOT_RECORDED}" in needs["needs"]


def test_two_contacts_of_one_kind_on_one_day_are_told_apart(bank) -> None:
    case, _view, contacts = three_contact_case(bank)
    second = contact("caregiver", case.id, CID["caregiver-2"])
    second.contact.start_time = time(14, 0)
    labels = contact_labels([*case.contacts, ref(second)])
    assert labels[CID["caregiver"]] == "caregiver, 11/14 09:30"
    assert labels[CID["caregiver-2"]] == "caregiver, 11/14 14:00"
    assert labels[CID["youth"]] == "youth, 11/12"


def test_one_otip_clock_for_the_case(bank, tmp_path) -> None:
    # Guide: a foreign national minor suspected at any point: notify OTIP within 24 hours
    # of suspicion. The clock is the case's, from the first suspicion in any contact.
    special = SpecialConsiderations(
        foreign_national=YesNoUnknown.YES, suspicion_at=datetime(2026, 11, 14, 18, 0, tzinfo=UTC)
    )
    case, view, contacts = three_contact_case(bank, special=special)
    text = pdf_text(render_case_pdf(case, view, contacts, bank, tmp_path / "o.pdf", now=NOW).path)
    steps = text[text.index("4. CSW steps and deadlines") : text.index("5. Associates")]
    assert steps.count("OTIP") >= 1 and "overdue" in steps
    assert steps.count("Due ") == 1  # one clock, not one per contact


def test_an_empty_case(bank, tmp_path) -> None:
    case = Case(id="e" * 32, youth=Youth(name="K. M."))
    view = Interview(id="", case_id="e" * 32, youth=case.youth)
    result = render_case_pdf(case, view, [], bank, tmp_path / "e.pdf", now=NOW)
    text = pdf_text(result.path)
    for words in (
        "K. M.",
        "No allegations recorded.",
        "No at-risk indicators marked.",
        "No red flags marked.",
        "No procedure started.",
        "No deadline applies.",
        "No contact recorded yet.",
    ):
        assert words in text, words
    parts = case_paste_sections(case, view, [], bank, now=NOW)
    assert len(parts) == 1 + len(registered_case_sections())


def test_password_training_band_and_atomic_write(bank, tmp_path) -> None:
    case, view, contacts = three_contact_case(bank, training=True)
    path = tmp_path / "t.pdf"
    path.write_bytes(b"previous")
    result = render_case_pdf(case, view, contacts, bank, path, password="pässword 1", now=NOW)
    assert result.encrypted
    reader = PdfReader(str(path))
    assert reader.is_encrypted and reader.decrypt("wrong") == 0
    reader.decrypt("pässword 1")
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256, as the contact summary
    assert b"Tanya" not in path.read_bytes()
    pages = [p.extract_text() for p in reader.pages]
    assert all("TRAINING — FICTIONAL CASE" in p for p in pages)
    assert all(
        p.text.startswith("TRAINING — FICTIONAL CASE")
        for p in case_paste_sections(case, view, contacts, bank, now=NOW)
    )

    class Stop(Exception):
        pass

    def stop() -> bool:
        raise Stop

    with pytest.raises(Stop):
        render_case_pdf(case, view, contacts, bank, path, now=NOW, should_cancel=stop)
    assert path.read_bytes() == b"previous" or PdfReader(str(path)).is_encrypted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.pdf"]


def test_odd_unicode_and_markup_pass_through(bank, tmp_path) -> None:
    case, view, contacts = three_contact_case(bank)
    odd = 'Nguyễn <b>"Dre"</b> & 😀 שלום e\u0301 \x00end'
    view.associates[0].notes = odd
    view.red_flags[bank.red_flags[0].id].note = odd
    result = render_case_pdf(case, view, contacts, bank, tmp_path / "u.pdf", now=NOW)
    text = pdf_text(result.path)
    assert 'Nguyễn <b>"Dre"</b> & 😀' in text and "[U+0000]end" in text
    assert ("\x00", "<control>") in result.missing_glyphs or any(
        ch == "\x00" for ch, _ in result.missing_glyphs
    )
    pasted = "".join(p.text for p in case_paste_sections(case, view, contacts, bank, now=NOW))
    assert 'Nguyễn <b>"Dre"</b> & 😀 שלום' in pasted and "[U+0000]end" in pasted


@pytest.mark.slow
def test_huge_text_renders_and_pastes_in_parts(bank, tmp_path) -> None:
    case, view, contacts = three_contact_case(bank)
    words = " ".join(f"word{i}" for i in range(40_000))  # ~360,000 characters
    view.associates[0].notes = words
    result = render_case_pdf(case, view, contacts, bank, tmp_path / "h.pdf", now=NOW)
    assert result.pages > 40
    text = pdf_text(result.path)
    assert "word0 " in text and "word39999" in text
    parts = case_paste_sections(case, view, contacts, bank, now=NOW)
    assoc = [p for p in parts if p.id == "associates"]
    assert len(assoc) > 80 and all(len(p.text) <= PASTE_LIMIT for p in parts)
    assert (
        assoc[0].title
        == f"5. Associates, exploiters and other possible victims (part 1 of {len(assoc)})"
    )
    pasted = set(" ".join(p.text for p in assoc).split())
    assert {f"word{i}" for i in range(40_000)} <= pasted  # no word lost at a cut


def test_language_check_over_the_case_names_where_each_term_is(bank) -> None:
    case, view, contacts = three_contact_case(bank)
    view.red_flags[bank.red_flags[1].id].note = "Grandmother says she is a prostitute."
    caregiver = contacts[1]
    caregiver.narrative = "Grandmother called her delinquent."
    # A loaded contact also carries the case's findings: counted once, as the case's.
    caregiver.red_flags = dict(view.red_flags)
    found = check_case_language(case, view, contacts, bank)
    assert sorted((f.where, f.finding.path.split("[")[0], f.finding.matched) for f in found) == [
        ("caregiver, 11/14", "narrative", "delinquent"),
        ("case", "red_flags", "prostitute"),
    ]
    assert {f.contact_id for f in found} == {"", CID["caregiver"]}
    case_part = next(f for f in found if f.where == "case")
    assert case_part.learned_in == "caregiver, 11/14"  # the red flag's contact


def test_json_is_interchange_v2_with_every_findings_contact(bank) -> None:
    import json

    from app.interchange_v2 import case_from_dict

    case, view, contacts = three_contact_case(bank)
    data = json.loads(case_json(case, view, contacts, bank, now=NOW))
    assert (data["format"], data["version"]) == ("cec-case", 2)
    assert [c["id"] for c in data["contacts"]] == [c.id for c in contacts]
    assert {f["contact_id"] for f in data["case"]["red_flags"].values()} == {c.id for c in contacts}
    back = case_from_dict(data)  # the schema and the ids check pass
    assert back.view.red_flags == view.red_flags
