"""At-risk for CSE: one of A-C, or two of D-H (every branch)."""

from __future__ import annotations

import pytest

from app.rules import at_risk_cse


@pytest.mark.parametrize("letter", ["A", "B", "C"])
def test_each_of_a_to_c_alone_is_enough(letter):
    r = at_risk_cse([letter])
    assert r.met and r.decided_by == (letter,) and r.present == (letter,) and r.missing == ""
    assert r.reasons == (f"The youth displays at least one of the indicators A-C: {letter}.",)


def test_empty_is_not_met():
    r = at_risk_cse([])
    assert not r.met and r.decided_by == () and r.present == ()
    assert r.missing == "none of A–C, and none of D–H (needs 2)"


@pytest.mark.parametrize("letter", ["D", "E", "F", "G", "H"])
def test_one_of_d_to_h_is_not_enough(letter):
    r = at_risk_cse([letter])
    assert not r.met and r.decided_by == ()
    assert r.missing == "none of A–C, and only 1 of D–H (needs 2)"
    assert letter in r.reasons[-1]


def test_two_of_d_to_h():
    r = at_risk_cse(["F", "D"])
    assert r.met and r.decided_by == ("D", "F") and r.present == ("D", "F")
    assert r.reasons == ("The youth displays a minimum of two of the indicators D-H: D, F.",)


def test_three_of_d_to_h():
    r = at_risk_cse({"E", "G", "H"})
    assert r.met and r.decided_by == ("E", "G", "H")


def test_a_to_c_decide_when_both_groups_are_present():
    r = at_risk_cse(["B", "D", "E"])
    assert r.met and r.decided_by == ("B",) and r.present == ("B", "D", "E")
    assert len(r.reasons) == 2  # both findings are explained


def test_one_a_to_c_with_one_d_to_h():
    r = at_risk_cse(["C", "H"])
    assert r.met and r.decided_by == ("C",)


def test_duplicates_count_once():
    r = at_risk_cse(["D", "D"])
    assert not r.met and r.present == ("D",)


def test_accepts_a_dict_of_marks():
    assert at_risk_cse({"A": object()}).met


@pytest.mark.parametrize("bad", ["I", "a", "", "rf.chronic_runaway"])
def test_unknown_letter_raises(bad):
    with pytest.raises(ValueError, match="unknown at-risk indicator"):
        at_risk_cse(["A", bad])


def test_to_dict_is_plain():
    assert at_risk_cse(["D"]).to_dict() == {
        "status": "not met",  # issue 12: "not assessed" when nothing is marked
        "met": False,
        "decided_by": [],
        "present": ["D"],
        "missing": "none of A–C, and only 1 of D–H (needs 2)",
        "reasons": [
            "Not met: none of the indicators A-C, and only one of D-H (D); "
            "a minimum of two of D-H is needed."
        ],
    }
