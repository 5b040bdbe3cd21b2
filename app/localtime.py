"""Times as a person reads them: the computer's local time, with the zone named.

The model keeps moments in UTC; the CSW enters times into CWS/CMS, and a
supervisor reads them, in local wall-clock time. Everything printed for a
person goes through ``to_local`` so the zone comes from one place:
``local_zone()``, which tests replace (``monkeypatch.setenv("TZ", ...)`` is
enough: the ``TZ`` variable is read on every call, no ``time.tzset`` needed).
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone() -> tzinfo | None:
    """The zone named by ``TZ`` (an IANA name such as "America/Los_Angeles"), else
    None: the operating system's own local time (Windows included) is used."""
    name = os.environ.get("TZ", "").lstrip(":").strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None  # a POSIX rule string ("PST8PDT") or a typo: the system decides


def to_local(moment: datetime) -> datetime:
    """An aware moment in local time (a naive one is taken as UTC, as the model does)."""
    from datetime import UTC

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    zone = local_zone()
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def local_wall(day: date, at: time) -> datetime:
    """A wall-clock date and time the CSW entered (already local), made aware."""
    naive = datetime.combine(day, at.replace(tzinfo=None))
    zone = local_zone()
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


def zone_name(moment: datetime) -> str:
    """The zone's short name at that moment: "PST", "PDT", "UTC". Windows gives long
    names ("Pacific Standard Time"); they are shortened the same way."""
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


def fmt_local(moment: datetime) -> str:
    """ "2026-11-20 09:30 PST": a stored moment in local time with its zone."""
    local = to_local(moment)
    return f"{local:%Y-%m-%d %H:%M} {zone_name(local)}"


def fmt_due(moment: datetime) -> str:
    """ "Tue 1 Dec 2026 14:30 PST": a due time, weekday first (how a deadline is read)."""
    local = to_local(moment)
    return f"{local:%a} {local.day} {local:%b %Y %H:%M} {zone_name(local)}"


def fmt_wall_time(day: date | None, at: time) -> str:
    """ "14:30 PST": a time of day the CSW entered, with the zone it had on that day."""
    zone = zone_name(local_wall(day, at)) if day is not None else ""
    return f"{at:%H:%M} {zone}".strip()
