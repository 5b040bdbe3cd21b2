"""The window's own translations: Qt catalogues (.ts) extracted from ui/ and compiled (.qm).

This is the text of the window (buttons, labels, messages: every ``tr()`` and
``QCoreApplication.translate`` in ``ui/`` and ``main.py``). The guide's words,
questions and red flags are data translations instead (``app/content/i18n.py``).

One place for the commands (docs/translations.md):

    python -m app.translations update     # pyside6-lupdate: the code's strings into cec_*.ts
    python -m app.translations new hy     # start cec_hy.ts for another language
    python -m app.translations compile    # pyside6-lrelease: every cec_<lang>.ts to a .qm
    python -m app.translations compile --dest DIR   # (the packaging build: into DIR)

A language is a file ``resources/translations/cec_<lang>.ts``: adding one is that
file, no code. ``cec_en.ts`` is the empty source-language catalogue and is left alone.
The .qm files are not committed: the packaging build compiles them into the frozen
folder, and a window started from the source tree compiles the one it needs into the
per-user cache folder (:func:`compiled`), again whenever its .ts changes. A .qm holds
the window's texts only, never case data.

Nothing here imports Qt: the tools are the programs PySide6 ships beside its modules.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

from app import APP_ID
from app.paths import resources_dir, root

PREFIX = "cec"  # cec_<lang>.ts / cec_<lang>.qm
SOURCE_LANGUAGE = "en"  # the language the code is written in; cec_en.ts stays empty
CODE = ("ui", "main.py")  # where the window's strings are, relative to the tree's root


def catalogue_dir() -> Path:
    return resources_dir() / "translations"


def catalogue(language: str, folder: Path | None = None) -> Path:
    return (folder or catalogue_dir()) / f"{PREFIX}_{language}.ts"


def languages(folder: Path | None = None) -> tuple[str, ...]:
    """The languages the window can be shown in besides English: a cec_<lang>.ts (source
    tree) or cec_<lang>.qm (frozen build) in ``folder``, sorted."""
    folder = folder or catalogue_dir()
    found = {
        file.stem.removeprefix(f"{PREFIX}_")
        for pattern in (f"{PREFIX}_*.ts", f"{PREFIX}_*.qm")
        for file in folder.glob(pattern)
    }
    found.discard(SOURCE_LANGUAGE)
    return tuple(sorted(found))


def code_files(tree: Path | None = None) -> list[Path]:
    """Every Python file whose strings go into the catalogues, sorted."""
    tree = tree or root()
    files: list[Path] = []
    for name in CODE:
        path = tree / name
        if path.is_dir():
            files.extend(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.is_file():
            files.append(path)
    return sorted(files)


def qt_tool(name: str) -> Path:
    """pyside6-lupdate's or pyside6-lrelease's program, shipped inside the PySide6 package."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    exe = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    if not exe.is_file():
        raise FileNotFoundError(f"{name} not found in {folder}")
    return exe


def helpers(module: ast.Module) -> dict[str, str]:
    """The module's translating helpers: a function or method whose result is
    ``QCoreApplication.translate("<context>", <its text parameter>)`` (``_tr(text)``,
    ``tr(text)``, ``self._tr(text)``), by name, with that context."""
    constants = {  # CONTEXT = "Keyboard" at the module's top
        target.id: node.value.value
        for node in module.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found: dict[str, str] = {}
    for node in ast.walk(module):
        if not isinstance(node, ast.FunctionDef) or not node.body:
            continue
        params = [a.arg for a in node.args.args if a.arg not in ("self", "cls")]
        last = node.body[-1]
        call = last.value if isinstance(last, ast.Return) else None
        if not (params and isinstance(call, ast.Call) and len(call.args) == 2):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        context, text = call.args
        if isinstance(context, ast.Name):
            context = ast.Constant(constants.get(context.id))
        if (
            name == "translate"
            and isinstance(context, ast.Constant)
            and isinstance(context.value, str)
            and isinstance(text, ast.Name)
            and text.id == params[0]
        ):
            found[node.name] = context.value
    return found


def spelled_out(source: bytes) -> bytes:
    """``source`` with every call of a translating helper on a literal written as the
    ``QCoreApplication.translate("<context>", "...")`` it is, so lupdate files the text
    under the context the window looks it up in (lupdate sees only tr(), translate()
    and the QT_TR*_NOOP marks; it would miss ``_tr("Cancel")``, and file a module-level
    ``tr("Go to")`` under no context)."""
    module = ast.parse(source)
    named = helpers(module)
    if not named:
        return source
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    edits: list[tuple[int, int, bytes]] = []
    for node in ast.walk(module):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func, first = node.func, node.args[0]
        if isinstance(func, ast.Name):
            name = func.id
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in ("self", "cls")
            and func.attr != "tr"  # QObject.tr: lupdate knows it
        ):
            name = func.attr
        else:
            continue
        if name not in named or not isinstance(first, ast.Constant):
            continue
        begin = starts[func.lineno - 1] + func.col_offset
        end = starts[first.lineno - 1] + first.col_offset
        context = named[name].encode("utf-8")
        edits.append((begin, end, b'QCoreApplication.translate("' + context + b'", '))
    for begin, end, text in sorted(edits, reverse=True):
        source = source[:begin] + text + source[end:]
    return source


def lupdate_command(
    ts_files: list[Path], files: list[Path], language: str | None = None
) -> list[str]:
    """The one extraction command. No source locations (line numbers would make every
    edit of ui/ a change, and a conflict, in the .ts); strings gone from the code are
    dropped (lupdate's similar-text heuristic still offers their old translation, as
    unfinished, to a changed string)."""
    return [
        str(qt_tool("lupdate")),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        *(["-target-language", language] if language else []),
        *(str(p) for p in files),
        "-ts",
        *(str(p) for p in ts_files),
    ]


def extract(ts_files: list[Path], tree: Path | None = None, language: str | None = None) -> None:
    """pyside6-lupdate the code's strings into ``ts_files`` (their translations kept),
    reading a copy of the code with the helpers spelled out (:func:`spelled_out`)."""
    import subprocess  # noqa: PLC0415 - not on the window's start-up path
    import tempfile  # noqa: PLC0415 - not on the window's start-up path

    tree = tree or root()
    with tempfile.TemporaryDirectory(prefix="cec-lupdate-") as tmp:
        copies = []
        for file in code_files(tree):
            copy = Path(tmp) / file.relative_to(tree)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(spelled_out(file.read_bytes()))
            copies.append(copy)
        command = lupdate_command(ts_files, copies, language)
        done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed: {done.stderr.strip()}")


def update(tree: Path | None = None, folder: Path | None = None) -> list[Path]:
    """Extract the code's strings into every language's catalogue (translations kept)."""
    ts_files = [catalogue(lang, folder) for lang in languages(folder)]
    if ts_files:
        extract(ts_files, tree)
    return ts_files


def compile_catalogue(ts: Path, qm: Path) -> Path:
    """pyside6-lrelease ``ts`` into ``qm`` (unfinished messages stay English)."""
    import subprocess  # noqa: PLC0415 - not on the window's start-up path

    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    if not qm.is_file():
        raise FileNotFoundError(f"lrelease wrote no {qm.name}")
    return qm


def compile_all(dest: Path, folder: Path | None = None) -> list[Path]:
    """Every language's .qm into ``dest`` (the packaging build)."""
    return [
        compile_catalogue(catalogue(lang, folder), dest / f"{PREFIX}_{lang}.qm")
        for lang in languages(folder)
        if catalogue(lang, folder).is_file()
    ]


def default_cache_dir() -> Path:
    import platformdirs  # noqa: PLC0415 - only when a translation must be compiled

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "translations"


def compiled(language: str, folder: Path | None = None, cache: Path | None = None) -> Path | None:
    """The .qm to load for ``language``, or None (no such catalogue, or it cannot be built).

    A .qm beside the catalogues is used in the frozen build, when there is no .ts
    beside it, or when it is not older than the .ts. Otherwise the .ts is compiled into the
    per-user cache, named by a digest of the .ts, so an edited .ts is compiled again
    at the next start and an unchanged one never."""
    folder = folder or catalogue_dir()
    ts = catalogue(language, folder)
    qm = folder / f"{PREFIX}_{language}.qm"
    frozen = getattr(sys, "frozen", False)  # the packaging build compiled it; no lrelease
    if qm.is_file() and (frozen or not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.is_file():
        return None
    import hashlib  # noqa: PLC0415 - not on the window's start-up path
    import subprocess  # noqa: PLC0415 - not on the window's start-up path

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cache = cache or default_cache_dir()
    cached = cache / f"{PREFIX}_{language}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        compile_catalogue(ts, cached)
    except (OSError, subprocess.CalledProcessError):
        # No lrelease here: an older .qm beats none; without one the window stays
        # English rather than not starting.
        return qm if qm.is_file() else None
    for old in cache.glob(f"{PREFIX}_{language}-*.qm"):
        if old != cached:
            old.unlink(missing_ok=True)
    return cached


def main(argv: list[str] | None = None) -> int:
    import argparse  # noqa: PLC0415 - not on the window's start-up path

    parser = argparse.ArgumentParser(
        prog="python -m app.translations", description=__doc__.splitlines()[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="pyside6-lupdate the code's strings into every cec_<lang>.ts")
    new = sub.add_parser("new", help="start cec_<lang>.ts for another language")
    new.add_argument("language", help="an ISO 639 code: hy, zh, ko, tl, vi, ru, fa ...")
    build = sub.add_parser("compile", help="pyside6-lrelease every cec_<lang>.ts to a .qm")
    build.add_argument("--dest", type=Path, default=None, help="default: beside the .ts files")
    args = parser.parse_args(argv)
    if args.command == "update":
        for ts in update():
            print(f"updated {ts}")
    elif args.command == "new":
        ts = catalogue(args.language)
        extract([ts], language=args.language)
        print(f"started {ts}: translate it (pyside6-linguist), then commit it")
    else:
        for qm in compile_all(args.dest or catalogue_dir()):
            print(f"compiled {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
