"""Issue 15: words the window shows that are not plain tr() calls, in Spanish.

The at-risk result's reasons are worded by the window, so a Spanish window says them
in Spanish; in English they are the rule's own words (``app.rules.at_risk``, pinned
against the guide in tests/test_rules_at_risk.py). The shortcuts sheet's keys named in
words ("Space", "Body map: Enter") are translated; "Ctrl+Enter" stays."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app import rules, translations
from app.rules.at_risk import ONE_OF, TWO_OF
from tests.helpers.interview import make_interview, open_view
from ui import keyboard

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen, as the other view tests
LETTERS = ONE_OF + TWO_OF


def _every_marking() -> list[tuple[str, ...]]:
    return [c for n in range(len(LETTERS) + 1) for c in combinations(LETTERS, n)]


def test_in_english_the_window_says_the_rules_own_reasons(qtbot, store, bank) -> None:  # noqa: ANN001
    panel = open_view(qtbot, store, bank, make_interview(store, bank)).panel("at_risk")
    for marked in _every_marking():  # all 256 markings of A-H
        result = rules.at_risk_cse(list(marked))
        assert panel.reasons(result) == list(result.reasons), marked


def _spanish(tmp_path: Path) -> QTranslator:
    qm = translations.compile_catalogue(translations.catalogue("es"), tmp_path / "cec_es.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_the_shortcuts_sheet_names_keys_in_spanish(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    translator = _spanish(tmp_path)
    qapp.installTranslator(translator)
    try:
        keys = [k for k, _what in keyboard.shortcut_rows()]
    finally:
        qapp.removeTranslator(translator)
    assert "Espacio" in keys and "Mapa del cuerpo: Shift+flechas" in keys
    assert "Space" not in keys and "Ctrl+Enter" in keys  # a key's own name stays


def test_in_spanish_the_reasons_are_spanish(qtbot, store, bank, tmp_path: Path) -> None:  # noqa: ANN001
    panel = open_view(qtbot, store, bank, make_interview(store, bank)).panel("at_risk")
    translator = _spanish(tmp_path)
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        cases = {
            ("A",): "A",
            ("D", "F"): "D, F",
            ("G",): "(G)",
            (): "A-H",
        }
        for marked, letters in cases.items():
            result = rules.at_risk_cse(list(marked))
            said = panel.reasons(result)
            assert len(said) == len(result.reasons)
            for spanish, english in zip(said, result.reasons, strict=True):
                assert spanish != english and letters in spanish, (marked, spanish)
    finally:
        app.removeTranslator(translator)
