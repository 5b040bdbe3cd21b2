"""The summary's sections are a registry: one file per section, in CWS/CMS order, no circle.

The order and titles below are CWS/CMS's (docs/export.md, DOMAIN.md), written here by
hand: the registry must produce them, not the other way round.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import app.export.sections as sections_pkg
from app.export import build_summary, paste_sections
from app.export.sample import sample_interview
from app.export.sections import registered_sections, section
from app.model import Interview

ROOT = Path(__file__).resolve().parents[1]
EXPORT = ROOT / "app" / "export"
CWSCMS_ORDER = [
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
]


def test_the_registry_holds_the_eleven_sections_in_cwscms_order() -> None:
    assert [(s.id, s.title) for s in registered_sections()] == CWSCMS_ORDER


@pytest.mark.parametrize("interview", ["full", "empty"])
def test_the_summary_and_the_paste_text_follow_the_registry(bank, interview) -> None:
    iv = sample_interview(bank) if interview == "full" else Interview(content_version=bank.version)
    summary = build_summary(iv, bank)
    assert [(s.number, s.id, s.title) for s in summary.sections] == [
        (n, sid, title) for n, (sid, title) in enumerate(CWSCMS_ORDER, start=1)
    ]
    assert all(s.blocks for s in summary.sections), "a section printed nothing"
    parts = [p.id for p in paste_sections(iv, bank)]
    assert list(dict.fromkeys(parts)) == ["contact", *(sid for sid, _ in CWSCMS_ORDER)]


def test_one_file_per_section_named_by_its_id() -> None:
    files = {p.stem for p in (EXPORT / "sections").glob("*.py")} - {"__init__", "base"}
    assert files == {sid for sid, _ in CWSCMS_ORDER}
    for s in registered_sections():
        assert s.module == f"app.export.sections.{s.id}", s


def test_a_section_id_or_order_is_registered_once() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        section(id="narrative", title="Again", order=999)(lambda src: [])
    with pytest.raises(ValueError, match="order 20"):
        section(id="brand_new", title="New", order=20)(lambda src: [])
    assert "brand_new" not in {s.id for s in registered_sections()}


def _is_module(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function (a late import
    is still a dependency): ``from a.b import c`` is a.b.c when c is a module, else a.b."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                out.add(sub if _is_module(sub) else node.module)
    return out


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_a_section_imports_only_leaves_never_another_section_or_the_summary() -> None:
    allowed_in_export = {
        "app.export.blocks",
        "app.export.fmt",
        "app.export.rules_view",
        "app.export.finding_blocks",  # the blocks both summaries print (issue 14)
        "app.export.sections.base",
    }
    for path in (EXPORT / "sections").glob("*.py"):
        if path.stem in ("__init__", "base"):
            continue
        inside = {m for m in _imports(path) if m.startswith("app.export")}
        assert inside <= allowed_in_export, (path.name, inside - allowed_in_export)
    for leaf in ("blocks", "fmt", "rules_view"):
        inside = {m for m in _imports(EXPORT / f"{leaf}.py") if m.startswith("app.export")}
        assert inside <= {"app.export.blocks", "app.export.fmt"}, (leaf, inside)
    inside = {m for m in _imports(EXPORT / "finding_blocks.py") if m.startswith("app.export")}
    assert inside <= {"app.export.blocks", "app.export.fmt", "app.export.rules_view"}, inside


def test_no_import_circle_inside_app_export() -> None:
    modules = {_module(p): p for p in EXPORT.rglob("*.py")}
    graph = {m: {i for i in _imports(p) if i in modules and i != m} for m, p in modules.items()}
    # A package's __init__ is a module like any other: a cycle through it is a cycle.
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                cycles.append(stack[stack.index(n) :] + [n])
            elif n not in state:
                visit(n)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)
    assert not cycles, cycles


def test_importing_the_package_registers_every_section_file() -> None:
    names = {n for n in dir(sections_pkg) if not n.startswith("_")}
    assert {sid for sid, _ in CWSCMS_ORDER} <= names
