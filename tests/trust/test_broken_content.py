"""Content and scenario files failing their schema: file and item named, nothing half-loaded."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import main
from app.content import ContentError, load_content
from app.content import loader as content_loader
from app.paths import data_dir
from app.training.scenario import ScenarioError, load_scenarios

Edit = Callable[[Path], None]


def _json_edit(name: str, change: Callable[[Any], None]) -> Edit:
    def edit(folder: Path) -> None:
        path = folder / name
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    return edit


def _youth_item(data: Any, index: int) -> dict[str, Any]:
    section = next(s for s in data["sections"] if s["id"] == "youth.open_ended")
    return section["items"][index]


def _truncate(name: str) -> Edit:
    def edit(folder: Path) -> None:
        path = folder / name
        path.write_bytes(path.read_bytes()[:500])

    return edit


# name -> (edit of a copy of data/content, words the message must contain)
CONTENT_CASES: dict[str, tuple[Edit, tuple[str, ...]]] = {
    "item without text": (
        _json_edit("youth.json", lambda d: _youth_item(d, 0).pop("text")),
        ("youth.json", "youth.open_ended.q01", "text"),
    ),
    "item text is a number": (
        _json_edit("youth.json", lambda d: _youth_item(d, 2).__setitem__("text", 7)),
        ("youth.json", "youth.open_ended.q03"),
    ),
    "unknown red-flag category": (
        _json_edit(
            "red_flags.json", lambda d: d["red_flags"][0].__setitem__("categories", ["nonsense"])
        ),
        ("red_flags.json", "rf.spends_time_cse_area"),
    ),
    "duplicate item id": (
        _json_edit(
            "youth.json", lambda d: _youth_item(d, 1).__setitem__("id", "youth.open_ended.q01")
        ),
        ("youth.open_ended.q01",),
    ),
    "truncated file": (_truncate("procedures.json"), ("procedures.json", "not valid JSON")),
    "missing file": (
        lambda folder: (folder / "needs_services.json").unlink(),
        ("needs_services.json", "missing"),
    ),
    "stray file": (
        lambda folder: (folder / "extra.json").write_text("{}", encoding="utf-8"),
        ("extra.json",),
    ),
}


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(data_dir() / "content", folder)
    return folder


def test_the_untouched_copy_loads(content_copy: Path) -> None:
    """Control: the failures below come from the damage, not from the copying."""
    assert load_content(content_copy).version == load_content().version


@pytest.mark.parametrize("name", list(CONTENT_CASES))
def test_broken_content_names_file_and_item(content_copy: Path, name: str) -> None:
    edit, words = CONTENT_CASES[name]
    edit(content_copy)
    with pytest.raises(ContentError) as caught:
        load_content(content_copy)
    for word in words:
        assert word in str(caught.value), (name, str(caught.value))


def test_content_cli_refuses_to_run_half_loaded(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    CONTENT_CASES["item without text"][0](content_copy)
    monkeypatch.setattr(content_loader, "default_content_dir", lambda: content_copy)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main.main(["content"])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert "youth.json" in err and "youth.open_ended.q01" in err


SCENARIO = "runaway-return.json"

SCENARIO_CASES: dict[str, tuple[Edit, tuple[str, ...]]] = {
    "missing title": (_json_edit(SCENARIO, lambda d: d.pop("title")), (SCENARIO, "title")),
    "unknown question id": (
        _json_edit(
            SCENARIO,
            lambda d: d["responses"].__setitem__(
                "youth.open_ended.q999", {"response": "yes", "words": "x"}
            ),
        ),
        (SCENARIO, "youth.open_ended.q999"),
    ),
    "bad response value": (
        _json_edit(
            SCENARIO,
            lambda d: d["responses"]["youth.open_ended.q01"].__setitem__("response", "maybe"),
        ),
        (SCENARIO, "response"),
    ),
    "not JSON": (_truncate(SCENARIO), (SCENARIO, "not valid JSON")),
}


@pytest.fixture
def scenarios_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    shutil.copytree(data_dir() / "scenarios", folder)
    return folder


def test_the_untouched_scenarios_load(scenarios_copy: Path) -> None:
    assert len(load_scenarios(load_content(), scenarios_copy)) >= 6


@pytest.mark.parametrize("name", list(SCENARIO_CASES))
def test_broken_scenario_names_file_and_item(scenarios_copy: Path, name: str) -> None:
    edit, words = SCENARIO_CASES[name]
    edit(scenarios_copy)
    with pytest.raises(ScenarioError) as caught:
        load_scenarios(load_content(), scenarios_copy)  # all or nothing: no tuple comes back
    for word in words:
        assert word in str(caught.value), (name, str(caught.value))
