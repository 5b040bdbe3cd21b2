"""No import circles in app/ or ui/ (issue 17): every module-level and in-function
import counts (an import moved into a function still ties the two modules); only
imports under ``if TYPE_CHECKING:`` do not, since they never run.

An edge goes to the most precise module named: ``from ui.panels import base``
is an edge to ``ui.panels.base``; ``from ui.panels.base import Panel`` also; ``from
ui.panels import registered_panels`` is an edge to the package ``ui.panels``.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "ui")


def modules(root: Path, packages: tuple[str, ...] = PACKAGES) -> dict[str, Path]:
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: at module level or inside a function or
    class, but not in the body of ``if TYPE_CHECKING:`` (its ``else`` does run)."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def graph(root: Path, packages: tuple[str, ...] = PACKAGES) -> dict[str, set[str]]:
    """Module -> the modules of app/ and ui/ it imports."""
    known = modules(root, packages)
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _imports(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    parts = parts[: len(parts) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in known else base)
            for target in targets:
                # ``import a.b.c`` names a.b.c; keep the longest known prefix.
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges[name].add(target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One circle through each tangle, starting at its smallest name."""
    return sorted((_circle(edges, group) for group in tangles(edges)), key=lambda c: c[0])


def tangles(edges: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of two or more modules (Tarjan): each module of
    a group reaches every other one through imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    counter = [0]

    def connect(node: str) -> None:
        # Iterative Tarjan (no recursion limit on a deep import chain).
        work = [(node, iter(sorted(edges[node])))]
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        while work:
            here, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    break
                if child in on_stack:
                    low[here] = min(low[here], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[here])
                if low[here] == index[here]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == here:
                            break
                    if len(group) > 1:
                        groups.append(group)

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return sorted(groups, key=min)


def _circle(edges: dict[str, set[str]], group: set[str]) -> list[str]:
    """A shortest path from the group's first module back to itself, inside the group."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        nxt = []
        for here in frontier:
            for child in sorted(edges[here] & group):
                if child == start:
                    return paths[here] + [start]
                if child not in paths:
                    paths[child] = paths[here] + [child]
                    nxt.append(child)
        frontier = nxt
    raise AssertionError(f"no circle in {sorted(group)}")  # a group always has one


def describe(edges: dict[str, set[str]]) -> str:
    """Each tangle: one circle through it, then every module caught in it."""
    return "\n".join(
        " -> ".join(_circle(edges, group)) + "\n    (all of: " + ", ".join(sorted(group)) + ")"
        for group in tangles(edges)
    )


def test_app_and_ui_import_no_circle() -> None:
    edges = graph(ROOT)
    found = len(tangles(edges))
    assert found == 0, "import circles:\n" + describe(edges)


# --- the check finds what it is for --------------------------------------------------


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_the_check_finds_a_circle_through_a_function_level_import(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/a.py": "from app.b import thing\n",
            "app/b.py": "def thing():\n    from app import c\n",
            "app/c.py": "import app.a\n",
            "ui/__init__.py": "",
            "ui/x.py": "from . import y\n",
            "ui/y.py": "from .x import z\n",
            "ui/leaf.py": "from app.a import thing\n",
        },
    )
    assert cycles(graph(root)) == [["app.a", "app.b", "app.c", "app.a"], ["ui.x", "ui.y", "ui.x"]]


def test_the_check_ignores_type_checking_imports_only(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/a.py": "from typing import TYPE_CHECKING\nfrom app import b\n",
            "app/b.py": "import typing\nif typing.TYPE_CHECKING:\n    from app.a import A\n",
            "app/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    pass\n"
            "else:\n    from app import d\n",
            "app/d.py": "from app.c import C\n",
            "ui/__init__.py": "",
        },
    )
    assert cycles(graph(root)) == [["app.c", "app.d", "app.c"]]


def test_a_package_and_its_submodule_name_the_right_module(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/p/__init__.py": "from app.p.base import Base\n",
            "app/p/base.py": "class Base: ...\n",
            "app/p/one.py": "from app.p import base\nfrom app.p.base import Base\n",
            "ui/__init__.py": "",
        },
    )
    edges = graph(root)
    assert edges["app.p.one"] == {"app.p.base"}
    assert edges["app.p"] == {"app.p.base"}
    assert cycles(edges) == []
