"""The test suite's own shape (docs/testing.md), so it survives the code's refactors:

- a test module imports helpers from ``tests.helpers`` or ``tests.person`` only,
  never from another test module or a conftest (top-level and in-function imports);
- no test module or conftest redefines a fixture of the shared plugin
  (``tests/helpers/fixtures.py``), neither with ``@pytest.fixture`` nor by
  re-binding the name;
- the fictional passphrase is one constant (``tests.helpers.PASSPHRASE``);
- every ``test_*.py`` holds tests (shared pieces live in tests/helpers).
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# Where a test module may take code from, besides the application and libraries.
ALLOWED = ("tests.helpers", "tests.person")
# The packaging suite's own builder, shared with the packaging benchmark (tests/packaging).
ALLOWED_BY_FOLDER = {"packaging": ("tests.packaging.frozen",)}
# The benchmarks' smoke test runs the benchmarks it guards (its subject, not a helper).
ALLOWED_BY_FILE = {"test_benchmarks_smoke.py": ("tests.benchmarks",)}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(node: ast.AST, package: str) -> list[str]:
    """The dotted modules an import statement takes names from (``from tests import x``
    counts as ``tests.x``; a relative import is resolved against ``package``)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parts = package.split(".")
            parts = parts[: len(parts) - node.level + 1]
            base = ".".join([*parts, base] if base else parts)
        return [base] + [f"{base}.{alias.name}" for alias in node.names]
    return []


def _is_test_module(name: str) -> bool:
    leaf = name.rsplit(".", 1)[-1]
    return leaf.startswith("test_") or leaf == "conftest"


def _package(path: Path, root: Path) -> str:
    return ".".join(("tests", *path.parent.relative_to(root).parts))


def bad_imports(root: Path) -> list[str]:
    """Imports by test modules (and conftests) from anywhere under ``tests`` but the
    helpers; and imports of a test module by anything under ``tests``."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        is_test = _is_test_module(path.stem)
        allowed = ALLOWED + ALLOWED_BY_FOLDER.get(rel.parts[0] if len(rel.parts) > 1 else "", ())
        allowed += ALLOWED_BY_FILE.get(rel.as_posix(), ())
        for node in ast.walk(_tree(path)):
            names = _imported(node, _package(path, root))
            if not names:
                continue
            modules = [names[0]] if isinstance(node, ast.ImportFrom) else names
            members = names[1:] if isinstance(node, ast.ImportFrom) else []
            for name in modules + members:
                if name != "tests" and not name.startswith("tests."):
                    continue
                if _is_test_module(name):
                    bad.append(f"{rel}:{node.lineno} imports the test module {name}")
                elif (
                    is_test
                    and name in modules
                    and name != "tests"
                    and not any(name == a or name.startswith(a + ".") for a in allowed)
                ):
                    bad.append(f"{rel}:{node.lineno} imports {name} (not tests.helpers)")
    return bad


def _fixture_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for deco in node.decorator_list:
            target = deco.func if isinstance(deco, ast.Call) else deco
            if ast.unparse(target) in ("pytest.fixture", "fixture"):
                given = [
                    k.value.value
                    for k in getattr(deco, "keywords", [])
                    if k.arg == "name" and isinstance(k.value, ast.Constant)
                ]
                names.add(given[0] if given else node.name)
    return names


def _bound_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def redefined_fixtures(root: Path) -> list[str]:
    """Test modules and conftests that define (or re-bind) a shared fixture's name."""
    shared = _fixture_names(_tree(root / "helpers" / "fixtures.py"))
    assert shared, "the shared plugin defines no fixture"
    bad = []
    for path in sorted(root.rglob("*.py")):
        if not _is_test_module(path.stem):
            continue
        tree = _tree(path)
        for name in sorted((_fixture_names(tree) | _bound_names(tree)) & shared):
            bad.append(f"{path.relative_to(root)} redefines the shared fixture {name!r}")
    return bad


def passphrase_constants(root: Path) -> list[str]:
    """String constants bound to a passphrase name outside tests/helpers/__init__.py."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        if path == root / "helpers" / "__init__.py":
            continue
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Constant):
                continue
            if not isinstance(node.value.value, str):
                continue
            for target in node.targets:
                if isinstance(target, ast.Name) and (
                    target.id == "PASS" or "PASSPHRASE" in target.id.upper()
                ):
                    bad.append(f"{path.relative_to(root)}:{node.lineno} {target.id}")
    return bad


def modules_without_tests(root: Path) -> list[str]:
    bad = []
    for path in sorted(root.rglob("test_*.py")):
        tree = _tree(path)
        if not any(
            isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and n.name.lower().startswith("test")
            for n in tree.body
        ):
            bad.append(str(path.relative_to(root)))
    return bad


# --- the suite as it is --------------------------------------------------------------


def test_no_test_module_imports_another() -> None:
    assert bad_imports(TESTS) == []


def test_no_test_module_redefines_a_shared_fixture() -> None:
    assert redefined_fixtures(TESTS) == []


def test_the_passphrase_is_one_constant() -> None:
    assert passphrase_constants(TESTS) == []


def test_every_test_module_holds_tests() -> None:
    assert modules_without_tests(TESTS) == []


def test_the_plugin_is_registered_and_holds_the_shared_fixtures() -> None:
    conftest = (TESTS / "conftest.py").read_text(encoding="utf-8")
    assert 'pytest_plugins = ["tests.helpers.fixtures"]' in conftest
    shared = _fixture_names(_tree(TESTS / "helpers" / "fixtures.py"))
    assert {
        "store",
        "store_path",
        "template_store",
        "ini_settings",
        "bank",
        "data_home",
        "seen_tour_settings",
        "isolated",
        "local_zone",
    } <= shared


# --- the checks catch what they are for ----------------------------------------------


def _suite(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "tests"
    base = {
        "conftest.py": 'pytest_plugins = ["tests.helpers.fixtures"]\n',
        "helpers/__init__.py": 'PASSPHRASE = "x"\n',
        "helpers/fixtures.py": "import pytest\n\n@pytest.fixture\ndef store():\n    pass\n",
    }
    for name, text in {**base, **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_the_checks_catch_imports_between_test_modules(tmp_path: Path) -> None:
    root = _suite(
        tmp_path,
        {
            "test_a.py": "from tests.test_b import helper\n\ndef test_a():\n    pass\n",
            "test_b.py": "def helper():\n    pass\n\ndef test_b():\n    from tests import test_a\n",
            "test_c.py": "from tests.trust.conftest import X\n\ndef test_c():\n    pass\n",
            "test_d.py": "from tests.benchmarks.factory import f\n\ndef test_d():\n    pass\n",
            "test_benchmarks_smoke.py": "from tests.benchmarks.registry import REGISTRY\n\n"
            "def test_smoke():\n    pass\n",
            "trust/test_e.py": "from .test_f import g\n\ndef test_e():\n    pass\n",
            "test_ok.py": "from tests.helpers.window import w\nfrom tests.person import click\n"
            "from tests.helpers import PASSPHRASE\n\ndef test_ok():\n    pass\n",
        },
    )
    found = "\n".join(bad_imports(root))
    for needle in (
        "test_a.py:1 imports the test module tests.test_b",
        "test_b.py:5 imports the test module tests.test_a",
        "test_c.py:1 imports the test module tests.trust.conftest",
        "test_d.py:1 imports tests.benchmarks.factory",
        "test_e.py:1 imports the test module tests.trust.test_f",
    ):
        assert needle in found
    assert "test_ok" not in found
    assert "test_benchmarks_smoke" not in found  # its subject, tests.benchmarks


def test_the_checks_catch_a_redefined_fixture_and_a_second_passphrase(tmp_path: Path) -> None:
    root = _suite(
        tmp_path,
        {
            "test_a.py": "import pytest\n\n@pytest.fixture\ndef store():\n    pass\n\n"
            "def test_a(store):\n    pass\n",
            "test_b.py": "from x import support\nstore = support.store\nPASS = 'other'\n\n"
            "def test_b():\n    pass\n",
            "trust/conftest.py": "PASSPHRASE = 'a third'\n",
            "test_c_support.py": "",
            "test_nothing.py": "def helper():\n    pass\n",
        },
    )
    assert redefined_fixtures(root) == [
        "test_a.py redefines the shared fixture 'store'",
        "test_b.py redefines the shared fixture 'store'",
    ]
    assert passphrase_constants(root) == ["test_b.py:3 PASS", "trust/conftest.py:1 PASSPHRASE"]
    assert modules_without_tests(root) == ["test_c_support.py", "test_nothing.py"]


def view_private_reads(root: Path, view_source: Path) -> list[str]:
    """Reads, anywhere under ``root``, of a private name of ``InterviewView`` (its
    ``self._x`` attributes and ``_x`` methods): tests use ``panel(id)``, ``flow()``..."""
    tree = _tree(view_source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "InterviewView")
    private = set()
    for node in ast.walk(cls):
        if isinstance(node, ast.FunctionDef) and node.name.startswith("_"):
            private.add(node.name)
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
            and node.attr.startswith("_")
        ):
            private.add(node.attr)
    private = {name for name in private if not name.startswith("__")}
    assert private, "no private names found in InterviewView: the check would pass on anything"
    bad = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Attribute) and node.attr in private:
                bad.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)[:60]}")
    return bad


def test_no_test_reads_the_interview_views_privates() -> None:
    assert view_private_reads(TESTS, TESTS.parent / "ui" / "interview" / "view.py") == []


def test_the_check_catches_a_private_read_of_the_view(tmp_path: Path) -> None:
    view = tmp_path / "view.py"
    view.write_text(
        "class InterviewView:\n    def __init__(self):\n        self._panels = {}\n"
        "    def _refresh(self):\n        pass\n"
    )
    root = _suite(
        tmp_path,
        {
            "test_a.py": "def test_a(view):\n    view._panels['youth']\n    view._refresh()\n"
            "    view.panel('youth')\n    view.__init__\n",
        },
    )
    assert view_private_reads(root, view) == [
        "test_a.py:2 view._panels",
        "test_a.py:3 view._refresh",
    ]
