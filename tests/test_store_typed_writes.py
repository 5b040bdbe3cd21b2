"""Writes are called by the caller naming the method, never by a built name (issue 17):
no ``getattr(store, <built name>)`` in app/ or ui/, and no panel (or other window
code) holds a store operation's name as a string."""

from __future__ import annotations

import ast
from pathlib import Path

from app.store import Store, parts

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("app", "ui")
# Every write and remove of the record's parts, by name (the registry's functions).
OPERATION_NAMES = {
    fn.__name__ for p in parts.PARTS.values() for fn in (p.write, p.remove) if fn is not None
} | {"create_interview", "delete_interview", "record_export", "add_personal_word",
     "remove_personal_word"}  # fmt: skip


def _mentions_store(node: ast.AST) -> bool:
    return "store" in ast.unparse(node).lower()


def built_name_lookups(source: str, filename: str = "<src>") -> list[str]:
    """``getattr``/``hasattr`` on something called a store, with a name that is not a literal."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr")
            and len(node.args) >= 2
            and _mentions_store(node.args[0])
            and not (isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str))
        ):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
    return found


def operation_names_as_strings(source: str, filename: str = "<src>") -> list[str]:
    """String literals (or f-string pieces) that are, or build, a store operation's name."""
    found = []
    prefixes = ("set_", "save_", "remove_", "update_")
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value in OPERATION_NAMES:
                found.append(f"{filename}:{node.lineno}: {node.value!r}")
        elif isinstance(node, ast.JoinedStr):
            head = node.values[0] if node.values else None
            if isinstance(head, ast.Constant) and str(head.value) in prefixes:
                found.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
    return found


def _sources() -> list[Path]:
    return [p for d in SOURCES for p in sorted((ROOT / d).rglob("*.py"))]


def test_no_getattr_on_a_store_with_a_built_name() -> None:
    bad = []
    for path in _sources():
        bad += built_name_lookups(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert bad == []


def test_no_window_or_core_code_holds_an_operation_name() -> None:
    bad = []
    for path in _sources():
        bad += operation_names_as_strings(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    assert bad == []


def test_the_operation_names_are_the_stores_methods() -> None:
    assert {"set_answer", "save_tattoo", "remove_tattoo", "update_youth"} <= OPERATION_NAMES
    assert all(callable(getattr(Store, name)) for name in OPERATION_NAMES)


def test_the_checks_catch_what_they_are_for() -> None:
    # What ui/panels/base.py, ui/panels/associates.py and ui/export/fixes.py did before.
    before = """
def save(self, key, op, *args):
    getattr(self.store, op)(self.interview.id, *args)
def _save(self, kind, record):
    self.ctx.save((kind, record.id), f"save_{kind}", record)
_KEYED = {"answer": ("set_answer", "answers")}
def save_record(store, op, iid, key, value):
    getattr(store, op)(iid, key, value)
"""
    assert len(built_name_lookups(before)) == 2
    assert len(operation_names_as_strings(before)) == 2
    fine = """
given = getattr(args, "store", None)
window = getattr(main_window, name)
self.ctx.save(("answer", key), self.ctx.store.set_answer, key, answer)
"""
    assert built_name_lookups(fine) == [] and operation_names_as_strings(fine) == []
