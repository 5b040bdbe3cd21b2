"""Smoke test of the PyInstaller build: it runs without Python's packages.

The build (packaging/build.py, reused when newer than the sources) is copied
out of the repository and started with an `env -i`-like environment from a
temporary folder, so nothing of the venv or the tree can help it.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import COMMAND_MODULES
from tests.helpers import PASSPHRASE
from tests.packaging.frozen import (
    ROOT,
    build,
    clean_env,
    executable,
    frozen_modules,
    install_copy,
    internal,
    require_pyinstaller,
    run,
    x_server,
)

pytestmark = pytest.mark.packaging

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
EXAMPLE = ROOT / "docs" / "examples" / "interview-example.json"

# The offscreen platform plugin's own remark when a window sets size hints;
# the source install prints it too, and a real display never does.
OFFSCREEN_ONLY = ("This plugin does not support propagateSizeHints()",)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux file names")


def qt_complaints(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and line not in OFFSCREEN_ONLY]


@pytest.fixture(scope="session")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_pyinstaller()
    build()
    return install_copy(tmp_path_factory.mktemp("installed"))


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_version_comes_from_pyproject(app_dir: Path, home: Path) -> None:
    frozen = run([str(executable(app_dir)), "--version"], cwd=home, env=clean_env(home))
    source = run(
        [sys.executable, str(ROOT / "main.py"), "--version"], cwd=ROOT, env=clean_env(home)
    )
    assert frozen.returncode == 0, frozen.stderr
    assert frozen.stderr == ""
    assert VERSION in frozen.stdout
    assert "content" in frozen.stdout  # the content version shows beside it
    assert frozen.stdout == source.stdout


@linux_only
def test_bundle_holds_what_the_app_needs_at_run_time(app_dir: Path) -> None:
    inside = internal(app_dir)
    for folder in ("data", "resources"):
        wanted = {
            p.relative_to(ROOT)
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        present = {p.relative_to(inside) for p in (inside / folder).rglob("*") if p.is_file()}
        assert wanted and wanted <= present, sorted(map(str, wanted - present))
    assert (inside / "docs" / "interview.schema.json").is_file()  # import validates with it
    # Alembic loads its scripts by path: they must be there as source.
    scripts = sorted((ROOT / "app/store/migrations").rglob("*.py"))
    assert scripts
    for script in scripts:
        assert (inside / script.relative_to(ROOT)).is_file(), script
    # copy_metadata takes whichever copy importlib.metadata finds first: the
    # editable install's dist-info or the egg-info pip leaves in the tree.
    metadata = [
        *inside.glob("cec_interview_assistant-*.dist-info/METADATA"),
        *inside.glob("cec_interview_assistant*.egg-info/PKG-INFO"),
    ]
    assert metadata and f"Version: {VERSION}" in metadata[0].read_text(encoding="utf-8")
    assert list(inside.glob("sqlcipher3/_sqlite3*.so"))
    plugins = inside / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ):
        assert (plugins / plugin).is_file(), plugin


def test_bundle_holds_the_compiled_spanish_catalogue(app_dir: Path) -> None:
    """Issue 15: the build compiled cec_es.ts (pyside6-lrelease) into the bundle; the
    frozen app has no lrelease, so the window's Spanish is this file."""
    from PySide6.QtCore import QTranslator

    from app import translations

    folder = internal(app_dir) / "resources" / "translations"
    assert translations.languages(folder) == translations.languages()
    translator = QTranslator()
    assert translator.load(str(folder / "cec_es.qm"))
    assert translator.translate("PreferencesDialog", "System language") == "Idioma del sistema"


def test_frozen_modules_are_the_apps_not_the_test_tools(app_dir: Path) -> None:
    modules = frozen_modules(executable(app_dir))
    # CLI commands are imported by name at run time: each must be frozen in.
    assert {f"app.cli.{name}" for name in COMMAND_MODULES} <= modules
    # Panels, store, export and training load late (after unlock): all must be in.
    for package in ("app", "ui"):
        for source in (ROOT / package).rglob("*.py"):
            parts = source.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts:
                continue  # data, loaded by path (checked above)
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            assert name in modules, name
    for package in ("alembic.runtime.migration", "pypdf", "reportlab", "sqlcipher3", "zxcvbn"):
        assert package in modules, package
    tops = {name.split(".")[0] for name in modules}
    assert not tops & {"pytest", "_pytest", "pytestqt", "hypothesis", "PyInstaller"}


def _first_page(app_dir: Path, home: Path, env: dict[str, str]) -> str:
    """Start the window; ui/application.py's CEC_STARTUP_PROBE names the first page shown
    and quits, so a window that cannot come up fails here instead of hanging."""
    done = run(
        [str(executable(app_dir)), "--store", str(home / "store.cec")],
        cwd=home,
        env={**env, "CEC_STARTUP_PROBE": "1"},
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert qt_complaints(done.stderr) == []  # no Qt warning, no traceback
    shown = [line.split() for line in done.stdout.splitlines() if line.startswith("first page")]
    assert shown, done.stdout
    return shown[0][3]


def test_window_comes_up_offscreen(app_dir: Path, home: Path) -> None:
    # No store yet: the welcome page, where the CSW creates the passphrase.
    assert _first_page(app_dir, home, clean_env(home)) == "welcome"


@linux_only
def test_window_comes_up_on_x11(app_dir: Path, home: Path) -> None:
    """The real display plugin (xcb) and its libraries, not only offscreen."""
    with x_server() as display:
        env = clean_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        assert _first_page(app_dir, home, env) == "welcome"


def _cli(app_dir: Path, home: Path, *args: str, stdin: str = ""):
    return run([str(executable(app_dir)), *args], cwd=home, env=clean_env(home), stdin=stdin)


def test_cli_init_import_export_verify(app_dir: Path, home: Path) -> None:
    store = ["--store", str(home / "store.cec"), "--passphrase-stdin"]
    secret = f"{PASSPHRASE}\n"
    done = _cli(app_dir, home, "init", *store, stdin=secret)
    assert done.returncode == 0, done.stderr
    assert (home / "store.cec").is_file()
    done = _cli(app_dir, home, "import", str(EXAMPLE), *store, stdin=secret)
    assert done.returncode == 0, done.stderr
    listed = _cli(app_dir, home, "list", *store, stdin=secret)
    assert listed.returncode == 0, listed.stderr
    youth = json.loads(EXAMPLE.read_text(encoding="utf-8"))["interview"]["youth"]["name"]
    row = next(line for line in listed.stdout.splitlines() if youth in line)
    interview_id = row.split()[0]

    pdf = home / "summary.pdf"
    done = _cli(
        app_dir,
        home,
        "export",
        interview_id,
        "--format",
        "pdf",
        "-o",
        str(pdf),
        *store,
        stdin=secret,
    )
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert youth in text  # reportlab, the bundled font and the store all worked frozen

    done = _cli(app_dir, home, "verify", *store, stdin=secret)
    assert done.returncode == 0, done.stdout + done.stderr


def test_frozen_store_is_where_the_source_install_looks(app_dir: Path, home: Path) -> None:
    """A CSW moving between the frozen app and the source install finds their interviews."""
    secret = f"{PASSPHRASE}\n"
    done = _cli(app_dir, home, "init", "--passphrase-stdin", stdin=secret)
    assert done.returncode == 0, done.stderr
    done = _cli(app_dir, home, "import", str(EXAMPLE), "--passphrase-stdin", stdin=secret)
    assert done.returncode == 0, done.stderr
    source = run(
        [sys.executable, str(ROOT / "main.py"), "list", "--passphrase-stdin"],
        cwd=home,
        env=clean_env(home),
        stdin=secret,
    )
    assert source.returncode == 0, source.stderr
    youth = json.loads(EXAMPLE.read_text(encoding="utf-8"))["interview"]["youth"]["name"]
    assert youth in source.stdout


def _revision(path: Path) -> str | None:
    from app.store import migrate
    from app.store.engine import KeyHolder, make_engine

    engine = make_engine(path, KeyHolder(PASSPHRASE))
    try:
        with engine.connect() as conn:
            return migrate.current_revision(conn)
    finally:
        engine.dispose()


def test_frozen_app_migrates_an_older_store(app_dir: Path, home: Path) -> None:
    """Alembic's scripts travel as data and load by path: prove they run frozen."""
    from app.store import migrate
    from app.store.engine import KeyHolder, create_empty_file, make_engine

    path = home / "old.cec"
    create_empty_file(path)
    engine = make_engine(path, KeyHolder(PASSPHRASE))
    with engine.connect() as conn:  # a store as the first release left it
        migrate.upgrade(conn, "0001")
        conn.commit()
    engine.dispose()
    assert _revision(path) == "0001" != migrate.HEAD

    done = _cli(
        app_dir, home, "list", "--store", str(path), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n"
    )
    assert done.returncode == 0, done.stderr
    assert _revision(path) == migrate.HEAD
