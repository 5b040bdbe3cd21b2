"""Startup: the first page needs no store, content or panels; translators install."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from ui.application import install_translators, parse_args

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "reportlab",
    "app.store",
    "app.content",
    "ui.panels",
    "ui.interview",
    "jsonschema",
    "pypdf",
)

PROBE = """
import json, os, sys, time
start = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.argv = ["main.py", "--store", sys.argv[1]]
import main
from app.cli import is_cli_invocation
assert not is_cli_invocation(sys.argv[1:])
from ui.application import create_application, parse_args
from pathlib import Path
app = create_application(sys.argv[:1])
from ui.main_window import MainWindow
window = MainWindow(parse_args(sys.argv[1:]).store)
window.show()
app.processEvents()
print(json.dumps({"mode": window.mode.value, "ms": (time.perf_counter() - start) * 1000,
                  "loaded": sorted(m for m in sys.modules)}))
"""


@pytest.mark.parametrize("exists", [True, False])
def test_first_page_loads_no_store_content_or_panels(tmp_path: Path, exists: bool) -> None:
    store = tmp_path / "store.cec"
    if exists:
        store.write_bytes(b"\0" * 4096)  # only its presence matters before unlocking
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(store)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["mode"] == ("unlock" if exists else "welcome")
    loaded = set(result["loaded"])
    assert [m for m in HEAVY if m in loaded] == []
    print(f"first page shown after {result['ms']:.0f} ms in-process")


def test_window_arguments() -> None:
    options = parse_args(["--store", "/tmp/x.cec", "--training", "-style", "fusion"])
    assert options.store == Path("/tmp/x.cec") and options.training
    assert parse_args([]).store is None


@pytest.mark.skipif(
    shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lrelease not installed",
)
def test_qt_and_app_translators_install(qapp: QApplication, tmp_path: Path) -> None:
    ts = tmp_path / "cec_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>UnlockPage</name><message><source>Unlock</source>"
        "<translation>Entsperren</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(tmp_path / "cec_de.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    installed = install_translators(qapp, QLocale(QLocale.Language.German), tmp_path)
    try:
        assert len(installed) == 2  # qtbase_de and ours
        assert QCoreApplication.translate("UnlockPage", "Unlock") == "Entsperren"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("UnlockPage", "Unlock") == "Unlock"
