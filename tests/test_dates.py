"""app/dates.py: dates and times as people type them (issue 13, finding 4)."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.dates import (
    NotUnderstood,
    age_on,
    date_words,
    parse_date,
    parse_time,
    time_words,
)

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    "text",
    [
        "2010-03-14", "2010/03/14", "2010/3/14", "2010.03.14", " 2010-03-14 ",
        "03/14/2010", "3/14/2010", "3/14/10", "03-14-2010", "3.14.10",
        "20100314", "03142010",
        "14 Mar 2010", "14 March 2010", "Sun 14 Mar 2010", "sun 14 mar 2010",
        "March 14, 2010", "Mar 14 2010", "mar. 14, 2010", "March 14th, 2010",
    ],
)  # fmt: skip
def test_the_ways_people_write_14_march_2010(text: str) -> None:
    assert parse_date(text, TODAY) == date(2010, 3, 14)


@pytest.mark.parametrize("text", ["", "   ", "Not known", "unknown"])
def test_empty_means_not_known(text: str) -> None:
    assert parse_date(text, TODAY) is None
    assert parse_time(text) is None


def test_two_digit_years_are_never_in_the_future() -> None:
    assert parse_date("5/1/98", TODAY) == date(1998, 5, 1)
    assert parse_date("5/1/26", TODAY) == date(2026, 5, 1)
    assert parse_date("5/1/27", TODAY) == date(1927, 5, 1)
    assert parse_date("today", TODAY) == TODAY
    assert parse_date("yesterday", TODAY) == date(2026, 11, 28)


@pytest.mark.parametrize(
    "text",
    [
        "Not known0100314",  # what the old field made of "2010-03-14"
        "0100314", "2010-13-01", "2010-02-30", "14/03/2010", "31/12/2010", "2/30/2010",
        "March 2010", "14 Smarch 2010", "next tuesday", "2010", "12345", "1/2", "0123-4567",
    ],
)  # fmt: skip
def test_what_cannot_be_read_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(NotUnderstood) as caught:
        parse_date(text, TODAY)
    assert str(caught.value)  # a message to show beside the field


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1430", time(14, 30)), ("14:30", time(14, 30)), ("2:30 pm", time(14, 30)),
        ("2:30pm", time(14, 30)), ("2:30 PM", time(14, 30)), ("2.30 p.m.", time(14, 30)),
        ("230pm", time(14, 30)), ("2pm", time(14, 0)), ("930", time(9, 30)),
        ("09:30", time(9, 30)), ("9:30 am", time(9, 30)), ("12:15 am", time(0, 15)),
        ("12 pm", time(12, 0)), ("noon", time(12, 0)), ("0000", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)  # fmt: skip
def test_the_ways_people_write_a_time(text: str, want: time) -> None:
    assert parse_time(text) == want


@pytest.mark.parametrize(
    "text", ["Not set530", "2530", "14:60", "13 pm", "0 am", "2", "half two", "1:2", "14:30:99"]
)
def test_a_time_that_cannot_be_read_is_refused(text: str) -> None:
    with pytest.raises(NotUnderstood):
        parse_time(text)


def test_what_was_understood_reads_back_plainly() -> None:
    assert date_words(date(2010, 3, 14)) == "Sun 14 Mar 2010"
    assert time_words(time(14, 30)) == "14:30 (2:30 pm)"
    assert time_words(time(0, 5)) == "00:05 (12:05 am)"


def test_age_counts_whole_years() -> None:
    assert age_on(date(2010, 3, 14), date(2026, 3, 13)) == 15
    assert age_on(date(2010, 3, 14), date(2026, 3, 14)) == 16


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_date_written_back_is_read_again(value: date) -> None:
    for text in (
        value.isoformat(),
        f"{value.month}/{value.day}/{value.year}",
        f"{value:%m/%d/%Y}",
        date_words(value),
        f"{value:%B} {value.day}, {value.year}",
    ):
        assert parse_date(text, TODAY) == value


@given(st.times())
def test_every_time_written_back_is_read_again(value: time) -> None:
    minute = value.replace(second=0, microsecond=0)
    for text in (f"{minute:%H:%M}", f"{minute:%H%M}", time_words(minute).split("(")[1][:-1]):
        assert parse_time(text) == minute


@given(st.text(max_size=30))
def test_any_text_is_a_date_none_or_a_refusal(text: str) -> None:
    try:
        result = parse_date(text, TODAY)
    except NotUnderstood:
        return
    assert result is None or isinstance(result, date)
    try:
        parse_time(text)
    except NotUnderstood:
        pass
