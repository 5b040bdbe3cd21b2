"""Times as a person reads them: the laptop's local time, with the zone named.

The model and the store keep aware UTC times; only what a person reads (the
window, the summary) is local. "Local" is ``local_zone()``: the zone named by
the ``TZ`` environment variable when it is an IANA name, read on every call,
else the operating system's own local time (Windows included). So a test can
set ``TZ`` (with ``time.tzset()`` for code that asks the OS, as the
``local_zone`` fixture in tests/conftest.py does), and a summer time is named
PDT and a winter one PST, each by its own date.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_FORMAT = "%Y-%m-%d %H:%M"


def local_zone() -> tzinfo | None:
    """The zone named by ``TZ`` (an IANA name such as "America/Los_Angeles"), else
    None: the operating system's own local time is used."""
    name = os.environ.get("TZ", "").lstrip(":").strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None  # a POSIX rule string ("PST8PDT") or a typo: the system decides


def to_local(moment: datetime) -> datetime:
    """An aware time in the local zone; a naive value is taken as UTC (the model's rule)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    zone = local_zone()
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def local_wall(day: date, at: time) -> datetime:
    """A wall-clock date and time the CSW entered (already local), made aware."""
    naive = datetime.combine(day, at.replace(tzinfo=None))
    zone = local_zone()
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


def local_start(day: date, at: time | None) -> datetime:
    """When a local date (and clock time, if recorded) began, as an aware UTC time.

    A contact's date and times are typed as the laptop's local clock shows them.
    With no clock time the day's first minute is used: the earliest the record allows.
    """
    return local_wall(day, at or time(0, 0)).astimezone(UTC)


def zone_name(moment: datetime) -> str:
    """The zone's short name at that moment: "PST", "PDT", "UTC", "CET".

    Windows names zones in full ("Pacific Standard Time"); "PST" reads as the CSW
    expects beside a clock time. A name without spaces is kept as it is ("+05").
    """
    name = moment.tzname() or ""
    if name == "Coordinated Universal Time":
        name = "UTC"
    elif " " in name:
        name = "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()
    if not name:
        offset = moment.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        sign = "+" if minutes >= 0 else "-"
        name = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return name


def format_local(moment: datetime, fmt: str = DEFAULT_FORMAT) -> str:
    """E.g. "2026-03-08 14:30 PDT": the local clock time and the zone it is in."""
    local = to_local(moment)
    return f"{local.strftime(fmt)} {zone_name(local)}"


def fmt_due(moment: datetime) -> str:
    """ "Tue 1 Dec 2026 14:30 PST": a due time, weekday first (how a deadline is read)."""
    local = to_local(moment)
    return f"{local:%a} {local.day} {local:%b %Y %H:%M} {zone_name(local)}"


def fmt_wall_time(day: date | None, at: time) -> str:
    """ "14:30 PST": a time of day the CSW entered, with the zone it had on that day."""
    zone = zone_name(local_wall(day, at)) if day is not None else ""
    return f"{at:%H:%M} {zone}".strip()
