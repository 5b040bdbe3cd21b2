"""The guide's reference, as entries the Guide pane shows and searches (no Qt here).

Every entry's text is the bank's (the guide's words); only the short titles are
the tool's, and they are data too (``extras.guide.titles`` in
``data/content/guide.json``), as is which entry each question, red flag and step
links to (``extras.guide.links``; F1 opens the pane there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.content.bank import ContentBank

# The groups, in the order the pane lists them: (heading, the entries' content ids).
DEFINITION_IDS = (
    "term.cec", "term.sex_trafficking", "term.labor_trafficking", "term.wic_300b2",
    "term.csec_forms", "term.csec_victim", "term.trauma_bond", "term.debt_bondage",
    "term.survival_sex", "term.commercial_aspect", "term.intersection", "term.vulnerabilities",
    "term.labor_victim_pc", "term.labor_services", "term.labor_locations", "term.reporting",
    "term.reporting_when", "term.labor_reporting", "term.evolving_tactics",
)  # fmt: skip
LIST_SECTIONS = (
    ("definitions.cse_examples", "Examples"),
    ("definitions.labor_settings", "Examples"),
    ("definitions.criminal_industries", "Examples"),
    ("reference.tools", "Reference tools and statutes"),
    ("reference.statutes", "Reference tools and statutes"),
    ("special.immigrant", "Special considerations"),
    ("special.runaway", "Special considerations"),
)
SUBCATEGORY_RULES = "guide.subcategory_rules"


@dataclass(frozen=True)
class GuideEntry:
    id: str  # a content id (term.trauma_bond, a section id) or guide.* for a composed one
    group: str  # the heading it is listed under
    title: str
    paragraphs: tuple[str, ...]  # the guide's words; a list section gives one per item

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def matches(self, needle: str) -> bool:
        """Every word of the search is in the title or the text (case-insensitive)."""
        hay = f"{self.title}\n{self.text}".casefold()
        return all(word in hay for word in needle.casefold().split())


def _config(bank: ContentBank) -> dict:
    guide = bank.extras.get("guide", {})
    return guide if isinstance(guide, dict) else {}


def guide_entries(bank: ContentBank) -> list[GuideEntry]:
    titles: dict[str, str] = _config(bank).get("titles", {})
    out: list[GuideEntry] = []
    items = {it.id: it for s in bank.sections.values() for it in s.items}
    for term in DEFINITION_IDS:
        if term in items:
            it = items[term]
            out.append(GuideEntry(term, "Definitions", titles.get(term, term), (it.text,)))
    rules = bank.extras.get("subcategory_rules", {})
    intro = rules.get("intro", "") if isinstance(rules, dict) else ""
    if intro:
        out.append(GuideEntry(SUBCATEGORY_RULES, "Forms of exploitation (CWS/CMS)",
                              titles.get(SUBCATEGORY_RULES, "Forms"), (intro,)))  # fmt: skip
    for sub in bank.subcategories:
        gid = f"guide.sub.{sub.id}"
        paragraphs = tuple(p for p in (sub.name, sub.description) if p)
        out.append(GuideEntry(gid, "Forms of exploitation (CWS/CMS)",
                              titles.get(gid, sub.cwscms_name), paragraphs))  # fmt: skip
    if "definitions.tactics" in bank.sections:
        tactics = bank.section("definitions.tactics")
        for it in tactics.items:
            paragraphs = tuple(p for p in (it.text, it.help) if p)
            out.append(GuideEntry(it.id, "Force, fraud and coercion",
                                  titles.get(it.id, it.id), paragraphs))  # fmt: skip
    for sid, group in LIST_SECTIONS:
        if sid not in bank.sections:
            continue
        section = bank.section(sid)
        title = titles.get(sid, section.title)
        # The guide's own heading leads when the list's short title is the tool's.
        lines = [section.title] if title != section.title else []
        lines += [section.intro] if section.intro else []
        for it in section.items:
            lines.append(f"• {it.text}" + (f" ({it.help})" if it.help else ""))
        out.append(GuideEntry(sid, group, title, tuple(lines)))
    return out


def item_text(bank: ContentBank, item_id: str) -> str:
    """The words of a question, red flag, step or determination ("" when unknown)."""
    for find in (bank.red_flag, bank.step, bank.item):
        try:
            return find(item_id).text
        except KeyError:
            continue
    return ""


def search(entries: list[GuideEntry], needle: str) -> list[GuideEntry]:
    needle = needle.strip()
    return [e for e in entries if e.matches(needle)] if needle else list(entries)


_DETERMINATION = re.compile(r"^(proc\.[a-z]+\.s\d+)\.d\d+$")


def entry_for(bank: ContentBank, item_id: str, panel_id: str = "") -> str:
    """The entry F1 opens for a content item (else for the panel), or "" for the top.

    A guide entry's own id opens it; else the item's link; a determination goes
    through its step, a nested item through its parent.
    """
    ids = {e.id for e in guide_entries(bank)}
    links: dict[str, str] = _config(bank).get("links", {})
    seen: set[str] = set()
    current = item_id
    while current and current not in seen:
        seen.add(current)
        if current in ids:
            return current
        if current in links:
            return links[current]
        match = _DETERMINATION.match(current)
        if match:
            current = match.group(1)
            continue
        try:
            current = bank.item(current).parent
        except KeyError:
            current = ""
    return links.get(f"panel.{panel_id}", "") if panel_id else ""
