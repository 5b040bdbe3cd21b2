"""app/answers.py: the one rule the navigator, the card and the summary share (issue 13)."""

from __future__ import annotations

from app.answers import choices_for, is_open_question, shown_response, was_asked
from app.model import Answer, Response


def test_words_typed_mean_asked_nothing_typed_means_not_asked() -> None:
    assert not was_asked(None) and shown_response(None) is None
    assert not was_asked(Answer()) and shown_response(Answer()) == Response.NOT_ASKED
    assert not was_asked(Answer(own_words="   "))
    words = Answer(own_words="at my cousin's")
    assert was_asked(words) and shown_response(words) == Response.ANSWERED
    notes = Answer(notes="Looked away.")
    assert was_asked(notes) and shown_response(notes) != Response.NOT_ASKED
    assert shown_response(Answer(Response.NO, own_words="no")) == Response.NO
    assert shown_response(Answer(Response.DECLINED)) == Response.DECLINED


def test_the_guides_open_ended_questions_offer_answered_first(bank) -> None:
    for item in bank.section("youth.open_ended").items:  # "Open-ended questions"
        assert is_open_question(item.id)
        assert choices_for(item.id)[0] == Response.ANSWERED
        assert Response.YES not in choices_for(item.id)
    for sid in ("youth.specific", "caregiver.questions"):  # yes/no questions in the guide
        for item in bank.section(sid).items:
            assert choices_for(item.id)[:2] == (Response.YES, Response.NO)


def test_training_coaching_counts_words_typed_as_asked() -> None:
    from app.training.coaching import _asked

    assert _asked(Answer(own_words="At my cousin's."))
    assert not _asked(Answer())
