"""The red-flags chart: all 39 indicators with exactly the categories the chart marks.

One row per indicator, written from the guide's chart (DOMAIN.md explains how the
flattened two-half table reads), not generated from the data.
"""

# The chart's wording stays on one line per indicator.
# ruff: noqa: E501

from __future__ import annotations

import pytest

S, L, K = "csec", "labor", "criminal"

CHART = [
    # (id, text, categories) in the chart's reading order: each row's left half, then its right half.
    (
        "rf.spends_time_cse_area",
        "Spends time in area associated with commercial sexual exploitation",
        {S},
    ),
    (
        "rf.scripted_work_story",
        "Explanation of work situation doesn’t make sense, seems scripted",
        {L, K},
    ),
    ("rf.provocative_clothing", "Provocative, sexualized clothing", {S}),
    ("rf.long_hours_exhausted", "Describes long work hours; exhausted; hungry", {L, K}),
    ("rf.explicit_social_media", "Sexually explicit images/text posted on social media", {S}),
    (
        "rf.owes_debt_employer",
        "Owes a debt to employer (may be a family member or informal employer)",
        {L, K},
    ),
    (
        "rf.survival_sex",
        "Youth exchanging sex for food, shelter, drugs, clothing, basic needs (aka “survival sex”)",
        {S},
    ),
    ("rf.cannot_move_freely", "Can’t move freely, not allowed to come and go at will", {S, L, K}),
    ("rf.glamorizing_pimping", "Glamorizing pimping/the commercial sex industry", {S}),
    (
        "rf.living_with_non_guardians",
        "Living with or accompanied by people who are not their parents or guardians",
        {S, L, K},
    ),
    ("rf.exploitation_slang", "Use of slang referencing exploitation (e.g. “the life”)", {S}),
    ("rf.someone_speaks_for_them", "Someone else who speaks for them", {S, L, K}),
    (
        "rf.frequent_stis",
        "Frequent or multiple Sexually Transmitted infections or Sexually Transmitted diseases",
        {S},
    ),
    ("rf.unsure_of_date", "Unsure of day, month or year as developmentally appropriate", {S, L, K}),
    ("rf.many_condoms", "Possession of many condoms", {S}),
    ("rf.phone_dependence", "Attachment/dependence on cell phones", {S, L, K}),
    ("rf.unplanned_pregnancies", "Unplanned pregnancies", {S}),
    ("rf.changing_social_media", "Frequent changing of social media accounts", {S, L, K}),
    (
        "rf.multiple_phones_money",
        "Possessing multiple cell phones or unexplained sums of money",
        {S, K},
    ),
    (
        "rf.phone_restricted",
        "Not permitted to use phone or other communications, especially if restricted from contacting family",
        {S, L, K},
    ),
    ("rf.tattoos_branding", "Tattoos or branding", {S, K}),
    ("rf.unexplained_injuries", "Unexplained bruises or other physical trauma", {S, L, K}),
    ("rf.unexplained_travel", "Unexplained travel or non-consent travel", {S, K}),
    ("rf.chronic_runaway", "Chronic runaway behavior from home/placement", {S, L, K}),
    (
        "rf.gang_drug_ties",
        "Ties to criminal street gangs, drugs or criminal activity, especially if it does not seem developmentally appropriate",
        {S, K},
    ),
    ("rf.transport_controlled", "Someone else that may control their transportation", {S, L, K}),
    ("rf.substance_use_disorder", "History of, or currently has, substance use disorder", {S, K}),
    ("rf.older_partner", "Romantic/inappropriate relationships with older adults", {S, L, K}),
    (
        "rf.criminal_history_third_party",
        "Arrested for or history of criminal activity for crimes such as stealing or drug sales, and money goes to third party",
        {S, K},
    ),
    ("rf.frequent_moves", "Experiences frequent moves or uncertainty of address", {S, L, K}),
    (
        "rf.secrecy_associates",
        "Secrecy regarding intimate partners, friends, associates",
        {S, L, K},
    ),
    (
        "rf.substance_abuse_functioning",
        "Substance abuse issues that interfere with their functioning",
        {S, L, K},
    ),
    ("rf.fearful_of_exploiter", "Fearful of employer or exploiter or boyfriend", {S, L, K}),
    ("rf.afraid_to_answer", "Seems afraid to answer questions", {S, L, K}),
    ("rf.other_abuse_signs", "Shows other signs of abuse or neglect", {S, L, K}),
    ("rf.unusual_living_space", "Describes unusual living/work space", {S, L, K}),
    (
        "rf.same_clothes",
        "Wears the same clothes daily, or routinely wears clothes not in season",
        {S, L, K},
    ),
    (
        "rf.money_controlled",
        "Has someone else controlling their money or collects their earnings",
        {S, L, K},
    ),
    ("rf.no_control_of_id", "Not in control of personal identification", {S, L, K}),
]


def test_chart_has_39_indicators_in_reading_order(bank):
    assert len(CHART) == 39
    assert [f.id for f in bank.red_flags] == [row[0] for row in CHART]


@pytest.mark.parametrize(("flag_id", "text", "categories"), CHART, ids=[r[0] for r in CHART])
def test_indicator_text_and_categories(bank, flag_id, text, categories):
    flag = bank.red_flag(flag_id)
    assert flag.text == text
    assert flag.categories == frozenset(categories)


def test_category_totals_match_the_decoded_chart(bank):
    by_set: dict[frozenset[str], int] = {}
    for flag in bank.red_flags:
        by_set[flag.categories] = by_set.get(flag.categories, 0) + 1
    assert by_set == {
        frozenset({S}): 9,
        frozenset({S, K}): 6,
        frozenset({L, K}): 3,
        frozenset({S, L, K}): 21,
    }


def test_unknown_flag_raises(bank):
    with pytest.raises(KeyError):
        bank.red_flag("rf.no_such_flag")
