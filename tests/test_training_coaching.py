"""Coaching notes as the trainee goes, each quoting the guide's reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.model import Answer, OnlineAccount, Response, Tattoo
from app.training import PanelOrder, coach, scenario_by_id, start_interview
from app.training.coaching import moved_past

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
# The caller's panels (the window's, issue 4): the core learns them from the caller.
WINDOW = PanelOrder(
    order=("contact", "youth", "caregiver", "investigative", "red_flags", "at_risk", "tattoos",
           "online", "associates", "special", "responsibilities", "collateral", "allegations",
           "needs", "review"),
    holds={"tattoos": "tattoos", "online_accounts": "online"},
)  # fmt: skip
ORDER = WINDOW.order


def _fresh(scenarios, bank, scenario_id: str):
    sc = scenario_by_id(scenarios, scenario_id)
    return sc, start_interview(sc, bank, NOW)


def _asked(iv, item_id: str, minute: int, notes: str = "", words: str = "") -> None:
    iv.answers[item_id] = Answer(Response.YES, words, notes, NOW + timedelta(minutes=minute))


def test_a_label_in_the_trainees_notes_is_noted_with_the_guides_reason(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "runaway-return")
    _asked(iv, "youth.rapport.r01", 0)
    _asked(iv, "youth.open_ended.q08", 1, notes="Seems like a teen prostitute.")
    notes = [n for n in coach(iv, sc, bank) if n.kind == "language"]
    assert len(notes) == 1
    assert "teen prostitute" in notes[0].message
    assert "victims of a severe form of child abuse" in notes[0].guide
    assert notes[0].path == "answers[youth.open_ended.q08].notes"


def test_the_persons_own_words_are_never_coached(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "runaway-return")
    _asked(iv, "youth.rapport.r01", 0)
    _asked(iv, "youth.open_ended.q08", 1, words="They call girls like me prostitutes. It's rape.")
    assert coach(iv, sc, bank) == []


def test_a_clinical_term_in_interview_notes_but_not_in_the_narrative(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "domestic-debt")
    _asked(iv, "youth.rapport.r01", 0)
    _asked(iv, "youth.specific.q04", 1, notes="Asked her about labor trafficking and exploitation.")
    iv.narrative = "Facts point to commercial exploitation of the child's labor."
    notes = coach(iv, sc, bank)
    assert [n.kind for n in notes] == ["clinical_term"]
    assert "exploitation" in notes[0].message
    assert notes[0].guide == bank.item("youth.techniques.t05").text


def test_moving_past_tattoos_without_recording_any(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "runaway-return")
    on_it = ["contact", "youth", "tattoos"]
    assert [n.kind for n in coach(iv, sc, bank, on_it, WINDOW)] == []  # still there
    past = [*on_it, "online"]
    notes = coach(iv, sc, bank, past, WINDOW)
    assert [n.kind for n in notes] == ["tattoos"]
    assert notes[0].guide == bank.item("youth.techniques.t12").text
    skipped = ["contact", "youth", "special"]  # never opened it, went beyond
    assert [n.kind for n in coach(iv, sc, bank, skipped, WINDOW)] == ["tattoos", "online"]
    iv.tattoos.append(Tattoo(number=1, location="tattoo.loc.neck"))
    assert [n.kind for n in coach(iv, sc, bank, past, WINDOW)] == []


def test_no_tattoo_note_when_the_case_gave_no_cause(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "domestic-debt")
    assert not sc.cause.tattoos and not sc.cause.online
    assert coach(iv, sc, bank, ["contact", "youth", "tattoos", "online", "review"], WINDOW) == []


def test_online_for_a_caregiver_quotes_the_guide_on_nicknames(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "caregiver-denies")
    notes = coach(iv, sc, bank, ["contact", "caregiver", "online", "associates"], WINDOW)
    assert [n.kind for n in notes] == ["online"]
    assert "nicknames or monikers" in notes[0].guide
    iv.online_accounts.append(OnlineAccount(platform="Instagram", handle="kiki.bandz"))
    assert coach(iv, sc, bank, ["contact", "caregiver", "online", "associates"], WINDOW) == []


def test_rapport_and_basic_needs_skipped(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "runaway-return")
    assert coach(iv, sc, bank) == []  # nothing asked yet: too early to coach
    _asked(iv, "youth.specific.q01", 0)
    notes = coach(iv, sc, bank)
    assert [n.kind for n in notes] == ["rapport", "basic_needs"]
    assert notes[0].guide == bank.item("youth.rapport.r01").text
    assert "contingent on participation" in notes[1].guide
    _asked(iv, "youth.rapport.r01", 5)  # afterwards is too late
    assert [n.kind for n in coach(iv, sc, bank)] == ["rapport", "basic_needs"]
    _asked(iv, "youth.rapport.r01", -1)  # before the first question
    assert coach(iv, sc, bank) == []


def test_basic_needs_not_noted_without_cause(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "boyfriend-sales")
    assert not sc.cause.basic_needs
    _asked(iv, "youth.specific.q02", 0)
    assert [n.kind for n in coach(iv, sc, bank)] == ["rapport"]


def test_a_caregiver_opening_counts_as_rapport(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "caregiver-denies")
    _asked(iv, "caregiver.q01", 1)
    assert [n.kind for n in coach(iv, sc, bank)] == ["rapport"]
    _asked(iv, "caregiver.opening.empathy", 0)
    assert coach(iv, sc, bank) == []


def test_moved_past() -> None:
    assert moved_past("tattoos", ["tattoos", "online"], ORDER)
    assert not moved_past("tattoos", ["tattoos", "red_flags"], ORDER)  # went back, not past
    assert moved_past("tattoos", ["review"], ORDER)
    assert not moved_past("tattoos", [], ORDER)
    assert not moved_past("not_a_panel", ["review"], ORDER)


def test_the_views_locations_count_for_rapport_and_basic_needs(scenarios, bank) -> None:
    """In the window, rapport and the notes are guidance pages; opening them first counts."""
    sc, iv = _fresh(scenarios, bank, "runaway-return")
    straight_in = ["contact", "youth/youth.specific.q01"]
    assert [n.kind for n in coach(iv, sc, bank, straight_in, WINDOW)] == ["rapport", "basic_needs"]
    guided = ["contact", "youth/guide.youth.rapport", "youth/guide.youth.notes",
              "youth/youth.open_ended.q01", "youth/youth.specific.q01"]  # fmt: skip
    _asked(iv, "youth.specific.q01", 0)
    assert coach(iv, sc, bank, guided, WINDOW) == []
    late = ["contact", "youth/youth.open_ended.q01", "youth/guide.youth.rapport",
            "youth/youth.specific.q01"]  # fmt: skip
    assert [n.kind for n in coach(iv, sc, bank, late, WINDOW)] == ["rapport"]
    assert moved_past("tattoos", ["tattoos", "online/"], ORDER)
    assert not moved_past("youth", ["youth/youth.specific.q02"], ORDER)


def test_the_order_and_the_panel_holding_a_part_come_from_the_caller(scenarios, bank) -> None:
    sc, iv = _fresh(scenarios, bank, "runaway-return")
    went = ["contact", "youth", "tattoos", "online"]
    assert [n.kind for n in coach(iv, sc, bank, went, WINDOW)] == ["tattoos"]
    # Online, then tattoos: in this order that goes back, not past anything ...
    back = ["contact", "youth", "online", "tattoos"]
    assert coach(iv, sc, bank, back, WINDOW) == []
    # ... in another caller's order, where online comes first, it moves past online.
    other = PanelOrder(("contact", "youth", "online", "tattoos", "review"),
                       {"tattoos": "tattoos", "online_accounts": "online"})  # fmt: skip
    assert [n.kind for n in coach(iv, sc, bank, back, other)] == ["online"]
    # Another caller's ids: its "body" panel holds the tattoos.
    renamed = PanelOrder(("body", "social", "end"),
                         {"tattoos": "body", "online_accounts": "social"})  # fmt: skip
    assert [n.kind for n in coach(iv, sc, bank, ["body", "social"], renamed)] == ["tattoos"]
    # No order given (no window): nothing to say about moving past a panel.
    assert coach(iv, sc, bank, went) == []


def test_the_window_gives_its_registry_order_and_holders() -> None:
    from ui.panels import registered_panels
    from ui.training.session import panel_order

    panels = panel_order()
    assert panels.order == tuple(c.panel_id for c in registered_panels())
    assert panels.order == WINDOW.order  # the order a CSW works (issue 4)
    assert (panels.holder("tattoos"), panels.holder("online_accounts")) == ("tattoos", "online")
    assert panels.holder("answers") == "youth" and panels.holder("narrative") == "review"
