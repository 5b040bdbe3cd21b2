"""Hypothesis strategies and helpers for the fuzz tests: hostile but valid text, and not."""

from __future__ import annotations

import dataclasses
import enum
import typing
from typing import Any

from hypothesis import strategies as st

# Pieces real clipboards and keyboards produce that break naive code.
AWKWARD = [
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\u2028",
    "\u2029",  # control characters and line breaks of every kind
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200f",
    "\u200e",  # bidi
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",  # zero-width, joiner, BOM, soft hyphen
    "e\u0301\u0302\u0303\u0304",
    "\u0e01\u0e49\u0e49\u0e49",  # stacked combining marks
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👍🏿",
    "🇲🇽",  # emoji sequences, skin tone, flags
    "\U0010ffff",
    "\ufffe",
    "\uffff",
    "\ufdd0",  # noncharacters (valid UTF-8, must survive)
    "𝕏",
    "ﷺ",
    "ß",
    "İ",
    "ﬃ",  # astral letters and case-mapping surprises
    "مرحبا",
    "שלום",
    "你好",
    "नमस्ते",  # right-to-left and complex scripts
    "'; DROP TABLE interviews; --",
    "%s%n",
    "{0}",
    "<b>x</b>&amp;",
    "\\",
    '"',
]

# Every code point UTF-8 can carry (so everything except lone surrogates).
storable_chars = st.characters(codec="utf-8")
storable_text = st.lists(
    st.one_of(st.text(storable_chars, max_size=12), st.sampled_from(AWKWARD)), max_size=8
).map("".join)

# Text with at least one lone surrogate somewhere in it.
surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
refused_text = st.tuples(storable_text, surrogate, storable_text).map("".join)


def _is_text_type(tp: Any) -> bool:
    return tp is str


def _is_text_list(tp: Any) -> bool:
    return typing.get_origin(tp) is list and typing.get_args(tp) == (str,)


def fill_text(obj: Any, text: str, skip: frozenset[str] = frozenset({"id"})) -> int:
    """Put ``text`` into every text field of a dataclass tree (ids kept); return how many."""
    count = 0
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        tp = hints[f.name]
        value = getattr(obj, f.name)
        if _is_text_type(tp) and not isinstance(value, enum.Enum):
            setattr(obj, f.name, text)
            count += 1
        elif _is_text_list(tp):
            setattr(obj, f.name, [text, text[::-1]])
            count += 1
        elif dataclasses.is_dataclass(value):
            count += fill_text(value, text, skip)
        elif isinstance(value, list):
            count += sum(fill_text(v, text, skip) for v in value if dataclasses.is_dataclass(v))
        elif isinstance(value, dict):
            count += sum(
                fill_text(v, text, skip) for v in value.values() if dataclasses.is_dataclass(v)
            )
    return count
