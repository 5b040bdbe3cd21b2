"""Times for the CSW: shown in the laptop's local time zone, with the zone named.

The model and the store keep aware UTC times; only what a person reads is local.
"Local" is the operating system's zone, read through the ``time`` module on
every call (``datetime.astimezone()`` with no argument), so a test can set the
``TZ`` environment variable and call ``time.tzset()`` to run in another zone,
and a summer time is named PDT and a winter one PST, each by its own date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

DEFAULT_FORMAT = "%Y-%m-%d %H:%M"


def to_local(moment: datetime) -> datetime:
    """An aware time in the local zone; a naive value is taken as UTC (the model's rule)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def zone_name(local: datetime) -> str:
    """The zone's short name ("PST", "PDT", "CET"); a long one is shortened to its initials.

    Windows names zones in full ("Pacific Standard Time"); "PST" reads as the CSW
    expects beside a clock time. A name without spaces is kept as it is ("+05").
    """
    name = local.tzname() or ""
    if " " in name:
        name = "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()
    return name or local.strftime("UTC%z")


def format_local(moment: datetime, fmt: str = DEFAULT_FORMAT) -> str:
    """E.g. "2026-03-08 14:30 PDT": the local clock time and the zone it is in."""
    local = to_local(moment)
    return f"{local.strftime(fmt)} {zone_name(local)}"


def local_start(day: date, at: time | None) -> datetime:
    """When a local date (and clock time, if recorded) began, as an aware UTC time.

    A contact's date and times are typed as the laptop's local clock shows them.
    With no clock time the day's first minute is used: the earliest the record allows.
    """
    naive = datetime.combine(day, (at or time(0, 0)).replace(tzinfo=None))
    return naive.astimezone().astimezone(UTC)
