"""``python main.py content --format json|text``: the whole bank with its version."""

from __future__ import annotations

import json
import subprocess
import sys

from app import paths
from app.cli import run_cli
from app.content import content_version


def test_json_has_every_part_with_the_counts(capsys):
    assert run_cli(["content", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["version"] == content_version()
    counts = {s["id"]: len(s["items"]) for s in doc["sections"]}
    assert counts["youth.open_ended"] == 13 and counts["youth.specific"] == 14
    assert counts["youth.techniques"] == 15 and counts["caregiver.questions"] == 21
    assert counts["investigative_areas"] == 11 and counts["services"] == 26
    assert counts["needs.factors"] == 16 and counts["collateral.types"] == 10
    assert len(doc["red_flags"]) == 39
    assert [i["id"] for i in doc["at_risk_indicators"]] == list("ABCDEFGH")
    assert [p["id"] for p in doc["procedures"]] == ["proc.cse", "proc.labor", "proc.criminal"]
    assert doc["extras"]["otip"]["phone"] == "202-205-4582"
    assert doc["red_flags"][1]["categories"] == ["criminal", "labor"]


def test_text_is_readable(capsys):
    assert run_cli(["content", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Content bank version {content_version()}")
    assert "Has anyone ever paid in order to have sex with you?" in out
    assert "Tattoos or branding  [rf.tattoos_branding]  -> Child Sex Trafficking (CSEC); " in out
    assert "  A. Child/youth exhibits behaviors" in out
    assert "2. Call the Child Protection Hotline" in out


def test_main_py_prints_json_in_a_real_process():
    result = subprocess.run(
        [sys.executable, str(paths.root() / "main.py"), "content", "--format", "json"],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert json.loads(result.stdout.decode("utf-8"))["version"] == content_version()


def test_bad_format_is_refused(capsys):
    try:
        run_cli(["content", "--format", "yaml"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("argparse accepted an unknown format")
    assert "invalid choice" in capsys.readouterr().err
