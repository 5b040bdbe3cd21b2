"""The whole bank as plain data (JSON) or readable text, for policy staff to review."""

from __future__ import annotations

from typing import Any

from app.content.bank import ContentBank, Determination, Item, Section


def _item(it: Item) -> dict[str, Any]:
    d: dict[str, Any] = {"id": it.id, "text": it.text}
    for key in ("help", "parent"):
        if getattr(it, key):
            d[key] = getattr(it, key)
    if it.see_also:
        d["see_also"] = list(it.see_also)
    if it.tags:
        d["tags"] = list(it.tags)
    return d


def _determination(d: Determination) -> dict[str, Any]:
    """The item, with its direction: kind, and concern_when (finding) or value (fact)."""
    out = _item(d)
    out["kind"] = d.kind
    for key in ("concern_when", "value", "same_as"):
        if getattr(d, key):
            out[key] = getattr(d, key)
    return out


def _direction(d: Determination) -> str:
    if d.is_fact:
        return f"fact to record: {d.value}"
    link = f"; the same record as red flag {d.same_as}" if d.same_as else ""
    return f"yes/no, concern when {d.concern_when}{link}"


def _section(s: Section) -> dict[str, Any]:
    d: dict[str, Any] = {"id": s.id, "title": s.title}
    if s.intro:
        d["intro"] = s.intro
    d["items"] = [_item(it) for it in s.items]
    return d


def bank_to_dict(bank: ContentBank) -> dict[str, Any]:
    return {
        "version": bank.version,
        "sections": [_section(s) for s in bank.sections.values()],
        "red_flags": [
            {"id": f.id, "text": f.text, "categories": sorted(f.categories),
             **({"see_also": list(f.see_also)} if f.see_also else {})}
            for f in bank.red_flags
        ],
        "at_risk_indicators": [
            {"id": i.id, "group": i.group, "text": i.text} for i in bank.at_risk_indicators
        ],
        "labor_risk_factors": _section(bank.labor_risk_factors),
        "subcategories": [
            {"id": s.id, "name": s.name, "cwscms_name": s.cwscms_name, "category": s.category,
             "description": s.description}
            for s in bank.subcategories
        ],
        "procedures": [
            {"id": p.id, "title": p.title, "subcategory": p.subcategory, "steps": [
                {"id": st.id, "number": st.number, "text": st.text, "kind": st.kind,
                 **({"detail": st.detail} if st.detail else {}),
                 "determinations": [_determination(d) for d in st.determinations]}
                for st in p.steps
            ]}
            for p in bank.procedures
        ],
        "reporting_duties": [
            {"id": d.id, "kind": d.kind, "title": d.title, "text": d.text, "source": d.source}
            for d in bank.duties
        ],
        "extras": bank.extras,
    }  # fmt: skip


def _text_section(s: Section, out: list[str]) -> None:
    out += ["", s.title.upper(), f"[{s.id}]"]
    if s.intro:
        out.append(s.intro)
    for it in s.items:
        indent = "    " if it.parent else "  "
        out.append(f"{indent}- {it.text}  [{it.id}]")
        if it.help:
            out.append(f"{indent}    ({it.help})")
        if it.see_also:
            out.append(f"{indent}    see also: {', '.join(it.see_also)}")


def bank_to_text(bank: ContentBank) -> str:
    out = [f"Content bank version {bank.version}"]
    for s in bank.sections.values():
        _text_section(s, out)
    chart = bank.extras.get("red_flags_chart", {})
    names = chart.get("category_names", {}) if isinstance(chart, dict) else {}
    out += ["", "RED FLAGS", f"[{len(bank.red_flags)} indicators]"]
    for f in bank.red_flags:
        cats = "; ".join(
            names.get(c, c) for c in ("csec", "labor", "criminal") if c in f.categories
        )
        out.append(f"  - {f.text}  [{f.id}]  -> {cats}")
    out += ["", "AT-RISK FOR COMMERCIAL SEXUAL EXPLOITATION",
            "Met with at least one of A-C, or a minimum of two of D-H."]  # fmt: skip
    out += [f"  {i.id}. {i.text}" for i in bank.at_risk_indicators]
    _text_section(bank.labor_risk_factors, out)
    out += ["", "EXPLOITATION SUBCATEGORIES (CWS/CMS)"]
    out += [f"  - {s.cwscms_name}  [{s.id}]: {s.description}" for s in bank.subcategories]
    for p in bank.procedures:
        out += ["", p.title.upper(), f"[{p.id}]"]
        for st in p.steps:
            out.append(f"  {st.number}. {st.text}  [{st.id}, {st.kind}]")
            if st.detail:
                out.append(f"       {st.detail}")
            for d in st.determinations:
                indent = "         " if d.parent else "     "
                out.append(f"{indent}- {d.text}  [{d.id}; {_direction(d)}]")
    if bank.duties:
        out += ["", "REPORTING DUTIES (DUE ON ANY SUSPICION, WHATEVER THE FORM)"]
        out += [f"  - {d.title}: {d.text}  [{d.id}, {d.kind}]" for d in bank.duties]
    otip = bank.extras.get("otip")
    if isinstance(otip, dict):
        out += ["", "OTIP CONTACT"] + [f"  {k}: {v}" for k, v in otip.items()]
    return "\n".join(out) + "\n"


def _covered(bank: ContentBank, code: str) -> list[tuple[Section, list[tuple[str, str, str]]]]:
    """The sections a language covers, each with (id, English text, English help) rows."""
    lang = bank.languages[code]
    out = []
    for section_id in lang.sections:
        s = bank.section(section_id)
        rows = [(s.id, s.title, s.intro)] + [(it.id, it.text, it.help) for it in s.items]
        out.append((s, rows))
    return out


def translation_to_dict(bank: ContentBank, code: str) -> dict[str, Any]:
    """Every translated entry with its English beside it and its review status."""
    lang = bank.languages[code]
    entries = []
    for s, rows in _covered(bank, code):
        for id_, text, help_ in rows:
            tr = lang.entries[id_]
            first, second = ("title", "intro") if id_ == s.id else ("text", "help")
            en = {first: text, **({second: help_} if help_ else {})}
            own = {first: tr.text, **({second: tr.help} if tr.help else {})}
            entries.append({
                "id": id_, "section": s.id, "kind": "section" if id_ == s.id else "item",
                "review": tr.review, "review_status": tr.review_label,
                "en": en, code: own,
            })  # fmt: skip
    return {
        "version": bank.version,
        "language": {"code": lang.code, "name": lang.name, "english_name": lang.english_name},
        "entries": entries,
    }


def translation_to_text(bank: ContentBank, code: str) -> str:
    lang = bank.languages[code]
    data = translation_to_dict(bank, code)
    drafts = sum(1 for e in data["entries"] if e["review"] == "draft")
    out = [
        f"Content bank version {bank.version}: {lang.english_name} ({lang.name}, {code}),"
        f" {len(data['entries'])} entries, {drafts} of them draft translations, pending county"
        " review"
    ]
    for e in data["entries"]:
        if e["kind"] == "section":
            out += ["", f"{e['en']['title'].upper()}  [{e['id']}]  ({e['review_status']})"]
            out.append(f"  {code}: {e[code]['title']}")
            if "intro" in e["en"]:
                out += [f"  en intro: {e['en']['intro']}", f"  {code} intro: {e[code]['intro']}"]
            continue
        out += [f"  - [{e['id']}]  ({e['review_status']})"]
        out += [f"      en: {e['en']['text']}", f"      {code}: {e[code]['text']}"]
        if "help" in e["en"]:
            out += [f"      en help: {e['en']['help']}", f"      {code} help: {e[code]['help']}"]
    return "\n".join(out) + "\n"
