"""Sections 1-11 of the contact summary, in the order a CWS/CMS entry needs them."""

from __future__ import annotations

from datetime import datetime

from app.answers import shown_response
from app.content.bank import CATEGORIES, ContentBank
from app.export import rules_view
from app.export.sections_more import (
    associates,
    collateral,
    deadlines,
    needs_services,
    online,
    responsibilities,
)
from app.export.summary import (
    NONE_RECORDED,
    RESPONSE_LABELS,
    SOURCE_LABELS,
    Block,
    BodyMarks,
    Fields,
    Para,
    SummarySection,
    Table,
    joined,
    or_dash,
)
from app.model import Interview, Response

CATEGORY_SHORT = {"csec": "CSEC", "labor": "Labor", "criminal": "Criminal"}
CONCLUSION_LABELS = {"substantiated": "Substantiated", "inconclusive": "Inconclusive",
                     "unfounded": "Unfounded"}
SECTION_TITLES = (
    ("allegations", "Allegations"),
    ("narrative", "Contact narrative"),
    ("red_flags", "Red flags observed"),
    ("at_risk", "At-risk determination"),
    ("tattoos", "Tattoos"),
    ("online", "Social media and online accounts"),
    ("associates", "Associates, exploiters and other possible victims"),
    ("responsibilities", "CSW responsibilities"),
    ("collateral", "Collateral contacts"),
    ("deadlines", "Deadlines"),
    ("needs", "Needs and services referred"),
)


def text_of(bank: ContentBank, content_id: str) -> str:
    """A content id's text; an id this content version lacks is shown as itself."""
    try:
        return bank.item(content_id).text
    except KeyError:
        pass
    try:
        return bank.red_flag(content_id).text
    except KeyError:
        return content_id


def build_sections(interview: Interview, bank: ContentBank, now: datetime,
                   ) -> list[SummarySection]:
    builders = {
        "allegations": lambda: allegations(interview, bank, now),
        "narrative": lambda: narrative(interview, bank),
        "red_flags": lambda: red_flags(interview, bank, now),
        "at_risk": lambda: at_risk(interview, bank, now),
        "tattoos": lambda: tattoos(interview, bank),
        "online": lambda: online(interview, bank),
        "associates": lambda: associates(interview),
        "responsibilities": lambda: responsibilities(interview, bank),
        "collateral": lambda: collateral(interview, bank),
        "deadlines": lambda: deadlines(interview, bank, now),
        "needs": lambda: needs_services(interview, bank),
    }
    return [
        SummarySection(sid, n, title, builders[sid]())
        for n, (sid, title) in enumerate(SECTION_TITLES, start=1)
    ]


def subcategory_name(bank: ContentBank, sub_id: str) -> str:
    try:
        return bank.subcategory(sub_id).cwscms_name
    except KeyError:
        return sub_id or "\u2014"


def allegations(interview: Interview, bank: ContentBank, now: datetime) -> list[Block]:
    blocks: list[Block] = []
    for i, a in enumerate(interview.allegations, start=1):
        sub = subcategory_name(bank, a.subcategory)
        conclusion = (CONCLUSION_LABELS.get(str(a.proposed_conclusion), str(a.proposed_conclusion))
                      if a.proposed_conclusion else "Not decided")
        blocks.append(Fields(title=f"Allegation {i}", rows=[
            ("Alleged Victim", or_dash(a.alleged_victim)),
            ("Alleged Perpetrator", or_dash(a.alleged_perpetrator)),
            ("Abuse Category", "Exploitation"),
            ("Abuse Subcategory", sub),
            ("Proposed conclusion", conclusion),
            ("Reasons", or_dash(a.reasons)),
        ]))
    if not interview.allegations:
        blocks.append(Para("No allegations recorded."))
    for text in rules_view.suggestion_lines(interview, bank, now):
        # The tool's sentence, then one reason a line (issue 13).
        blocks += [Para(line) for line in text.split("\n")]
    return blocks


def narrative(interview: Interview, bank: ContentBank) -> list[Block]:
    blocks: list[Block] = [Para("CSW narrative", "sub"),
                           Para(interview.narrative or "No narrative written.")]
    answered = {k: v for k, v in interview.answers.items() if not k.startswith("proc.")}
    if not answered:
        blocks.append(Para("No questions answered.", "muted"))
        return blocks
    seen: set[str] = set()
    for section in bank.sections.values():
        items = [it for it in section.items if it.id in answered]
        if not items:
            continue
        blocks.append(Para(section.title, "sub"))
        for it in items:
            seen.add(it.id)
            blocks += answer_blocks(it.text, answered[it.id])
    for item_id in (k for k in answered if k not in seen):
        try:
            text = bank.item(item_id).text  # e.g. a labor-risk factor asked as a question
        except KeyError:
            text = f"{item_id} (not in content version {bank.version})"
        blocks += answer_blocks(text, answered[item_id])
    return blocks


def answer_blocks(question: str, answer) -> list[Block]:
    shown = shown_response(answer)  # words typed mean asked: one rule with the navigator
    response = RESPONSE_LABELS.get(shown, str(shown)) if shown is not None else ""
    skipped = shown in (Response.NOT_ASKED, Response.DECLINED)
    out: list[Block] = [Para(f"{question}  [{response.lower()}]" if skipped else question,
                             "question")]
    if response and not skipped and not (shown == Response.ANSWERED and answer.own_words):
        out.append(Para(f"Response: {response}"))  # an answer in words shows by its quote
    if answer.own_words:
        out.append(Para(f"\u201c{answer.own_words}\u201d", "quote"))
    if answer.notes:
        out.append(Para(f"CSW notes: {answer.notes}"))
    return out


def red_flags(interview: Interview, bank: ContentBank, now: datetime) -> list[Block]:
    if not interview.red_flags:
        return [Para("No red flags marked.")]
    order = {f.id: i for i, f in enumerate(bank.red_flags)}
    rows = []
    for flag_id in sorted(interview.red_flags, key=lambda k: (order.get(k, 10**6), k)):
        obs = interview.red_flags[flag_id]
        try:
            flag = bank.red_flag(flag_id)
            text, cats = flag.text, flag.categories
        except KeyError:
            text, cats = flag_id, frozenset()
        rows.append([text, *("X" if c in cats else "" for c in CATEGORIES),
                     joined([SOURCE_LABELS.get(s, str(s)) for s in obs.sources]),
                     obs.note])
    blocks: list[Block] = [Table(
        ["Red flag", *(CATEGORY_SHORT[c] for c in CATEGORIES), "Sources", "Note"],
        rows, [0.34, 0.07, 0.07, 0.10, 0.17, 0.25])]
    tallies = rules_view.tallies(interview, bank, now)
    if tallies:
        blocks.append(Fields(title="Red flags observed per category", rows=tallies))
    return blocks


def at_risk(interview: Interview, bank: ContentBank, now: datetime) -> list[Block]:
    blocks: list[Block] = []
    verdict, reasons = rules_view.at_risk(interview, bank, now)
    blocks.append(Fields(rows=[("At risk of commercial sexual exploitation", verdict)]))
    blocks += [Para(r) for r in reasons]
    marked = [ind for ind in bank.at_risk_indicators if ind.id in interview.at_risk_indicators]
    if marked:
        blocks.append(Table(
            ["", "Indicator", "Group", "Note"],
            [[ind.id, ind.text, ind.group, interview.at_risk_indicators[ind.id].note]
             for ind in marked],
            [0.05, 0.55, 0.08, 0.32]))
    else:
        blocks.append(Para("No at-risk indicators marked.", "muted"))
    blocks.append(Para("Labor trafficking risk factors", "sub"))
    factors = interview.labor_risk_factors
    if factors:
        blocks.append(Fields(rows=[(text_of(bank, fid), or_dash(mark.note))
                                   for fid, mark in factors.items()]))
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks


def tattoo_location(bank: ContentBank, t) -> str:
    from app.body_outline import load_outline

    place = text_of(bank, t.location) if t.location else ""
    if t.x is not None and t.y is not None:
        outline = load_outline()
        region = outline.region_at(str(t.side), t.x, t.y)
        lr = outline.body_side_at(str(t.side), t.x)
        if not place and region:
            place = outline.label(region)
        if lr and not _mentions(place, lr):  # the window may have named the side already
            place = f"{place} ({lr})" if place else lr
    return f"{str(t.side).capitalize()}: {place}" if place else str(t.side).capitalize()


def _mentions(place: str, word: str) -> bool:
    import re

    return re.search(rf"\b{re.escape(word)}\b", place, re.IGNORECASE) is not None


def tattoos(interview: Interview, bank: ContentBank) -> list[Block]:
    if not interview.tattoos:
        return [Para("No tattoos recorded.")]
    marks = [(t.number, str(t.side), t.x, t.y) for t in interview.tattoos
             if t.x is not None and t.y is not None]
    blocks: list[Block] = [BodyMarks(marks)] if marks else []
    rows = []
    for t in interview.tattoos:
        what = joined([t.description, joined([text_of(bank, s) for s in t.symbols], "; ")
                       if t.symbols else ""], " \u2014 ")
        obtained = joined([t.how_obtained, t.where_obtained], "; ")
        words = f"\u201c{t.youth_description}\u201d" if t.youth_description else ""
        rows.append([str(t.number), tattoo_location(bank, t), what, words, obtained,
                     t.exploiter_moniker])
    blocks.append(Table(
        ["No.", "Location", "Description and symbols", "In the youth's words",
         "How / where obtained",
         "Exploiter moniker"], rows, [0.05, 0.17, 0.24, 0.22, 0.19, 0.13]))
    return blocks
