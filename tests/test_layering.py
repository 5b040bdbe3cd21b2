"""The core (app/) never imports a Qt widget or GUI module."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
FORBIDDEN = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtSvg", "PySide6.QtPrintSupport", "ui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            if node.module == "PySide6":
                names.extend(f"PySide6.{alias.name}" for alias in node.names)
    return names


def _offending(root: Path) -> list[str]:
    bad = []
    for path in sorted(root.rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                bad.append(f"{path.relative_to(root.parent)}: {name}")
    return bad


def test_app_imports_no_widget_module() -> None:
    assert _offending(APP) == []


def test_the_check_catches_a_widget_import(tmp_path: Path) -> None:
    pkg = tmp_path / "app"
    pkg.mkdir()
    (pkg / "bad.py").write_text("from PySide6 import QtWidgets\nimport PySide6.QtGui\n")
    assert len(_offending(pkg)) == 2
