"""Reading dates and times as people type them, and saying what was understood.

Pure functions, no Qt (issue 13, finding 4). A CSW in a California county types dates
the US way or the ISO way, and times on a 12- or 24-hour clock:

    2010-03-14   2010/3/14   03/14/2010   3/14/10   3-14-2010   20100314   14 Mar 2010
    March 14, 2010   Mar 14 2010   today   yesterday
    1430   930   14:30   2:30 pm   2.30pm   2pm   noon   midnight

Empty text means "not known" (None). Text that cannot be read raises ``NotUnderstood``
with a message to show beside the field; nothing is guessed. Two-digit years are read
as the most recent such year that is not in the future (3/14/10 -> 2010, 5/1/98 -> 1998).
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_BY_NAME = {m.lower(): n for n, m in enumerate(MONTHS, 1)}
_MONTH_BY_NAME.update({m[:3].lower(): n for n, m in enumerate(MONTHS, 1)})
_MONTH_BY_NAME["sept"] = 9

DATE_EXAMPLE = "2010-03-14 or 3/14/2010"
TIME_EXAMPLE = "14:30, 2:30 pm or 1430"


class NotUnderstood(ValueError):
    """The text is not a date (or time) this reader can be sure of; ``str()`` says why,
    ``short`` says it in a few words (to fit under a narrow field). ``kind`` and
    ``fields`` say the same as data, so the window can say it in its own language
    (ui/widgets/date_field.py, issue 15)."""

    def __init__(self, message: str, short: str, kind: str = "", **fields: object) -> None:
        super().__init__(message)
        self.short = short
        self.kind = kind
        self.fields = fields


def _year(text: str, today: date) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000
        if year > today.year:
            year -= 100
    elif len(text) != 4:
        raise NotUnderstood(
            f"“{text}” is not a year; type four digits", "a four-digit year?", "year", text=text
        )
    return year


def _make(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise NotUnderstood(
            f"There is no month {month}; type e.g. {DATE_EXAMPLE}",
            f"no month {month}",
            "month_number",
            month=month,
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise NotUnderstood(
            f"{MONTHS[month - 1]} {year} has no day {day}; type e.g. {DATE_EXAMPLE}",
            "no such day",
            "day",
            year=year,
            month=month,
            day=day,
        ) from None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in _MONTH_BY_NAME:
        return _MONTH_BY_NAME[key]
    raise NotUnderstood(
        f"“{name}” is not a month; type e.g. {DATE_EXAMPLE}", "not a month", "month_name", name=name
    )


def parse_date(text: str, today: date | None = None) -> date | None:
    """The date ``text`` means; None for empty text ("not known")."""
    today = today or date.today()
    s = " ".join(text.strip().split())
    if not s or s.lower() in ("not known", "unknown", "none", "-", "—"):
        return None
    low = s.lower()
    if low == "today":
        return today
    if low == "yesterday":
        return today - timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s):  # ISO-like
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", s):  # US month/day/year
        return _make(_year(m[3], today), int(m[1]), int(m[2]))
    if m := re.fullmatch(r"\d{8}", s):
        if s[:2] in ("19", "20"):  # 20100314
            return _make(int(s[:4]), int(s[4:6]), int(s[6:]))
        return _make(int(s[4:]), int(s[:2]), int(s[2:4]))  # 03142010
    if m := re.fullmatch(r"(?:[a-z]{3,9},? )?(\d{1,2}) ([a-z]{3,9})\.?,? (\d{2}|\d{4})", low):
        return _make(_year(m[3], today), _month(m[2]), int(m[1]))  # (Sun) 14 Mar 2010
    if m := re.fullmatch(
        r"(?:[a-z]{3,9},? )?([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{2}|\d{4})", low
    ):  # noqa: E501
        return _make(_year(m[3], today), _month(m[1]), int(m[2]))  # March 14, 2010
    raise NotUnderstood(
        f"“{s}” is not a date; type e.g. {DATE_EXAMPLE}", "not a date", "date", text=s
    )


def parse_time(text: str) -> time | None:
    """The time of day ``text`` means; None for empty text ("not set")."""
    s = re.sub(r"\s+", " ", text.strip().lower())
    s = re.sub(r"([ap])\.\s?m\.?$", r"\1m", s).replace(".", ":")  # p.m. -> pm; 2.30 -> 2:30
    if not s or s in ("not set", "not known", "unknown", "-", "—"):
        return None
    if s == "noon":
        return time(12, 0)
    if s == "midnight":
        return time(0, 0)
    m = re.fullmatch(r"(\d{1,2})(?::?(\d{2}))? ?([ap])m?", s)
    if m:  # 2:30 pm, 2pm, 230pm, 2:30 p.m.
        hour, minute = int(m[1]), int(m[2] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            raise NotUnderstood(
                f"“{text.strip()}” is not a time; type e.g. {TIME_EXAMPLE}",
                "not a time",
                "time",
                text=text.strip(),
            )
        hour = hour % 12 + (12 if m[3] == "p" else 0)
        return time(hour, minute)
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", s) or re.fullmatch(r"(\d{1,2})(\d{2})", s)
    if m:  # 14:30, 9:05, 1430, 930
        hour, minute = int(m[1]), int(m[2])
        if hour > 23 or minute > 59:
            raise NotUnderstood(
                f"“{text.strip()}” is not a time; type e.g. {TIME_EXAMPLE}",
                "not a time",
                "time",
                text=text.strip(),
            )
        return time(hour, minute)
    if re.fullmatch(r"\d{1,2}", s):
        raise NotUnderstood(
            f"“{s}” could be any time that hour; type e.g. {TIME_EXAMPLE}",
            "add the minutes",
            "hour",
            text=s,
        )
    raise NotUnderstood(
        f"“{text.strip()}” is not a time; type e.g. {TIME_EXAMPLE}",
        "not a time",
        "time",
        text=text.strip(),
    )


def date_words(value: date) -> str:
    """How a date reads back to the person who typed it: "Sun 14 Mar 2010"."""
    return f"{WEEKDAYS[value.weekday()]} {value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def time_words(value: time) -> str:
    """ "14:30 (2:30 pm)": both clocks, so a misread am/pm shows at once."""
    twelve = value.hour % 12 or 12
    half = "am" if value.hour < 12 else "pm"
    return f"{value:%H:%M} ({twelve}:{value.minute:02d} {half})"


def age_on(born: date, on: date) -> int:
    """Whole years from ``born`` to ``on`` (a birthday counts on the day)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
