"""The admin CLI (keepassxc-cli style): ``python main.py COMMAND [options]``.

Each command is one module in this package that defines ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``, and is listed in
``COMMAND_MODULES``. Errors go to stderr with a non-zero exit code; a
passphrase never comes from the command line (prompt or ``--passphrase-stdin``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from types import ModuleType

from app import APP_NAME, app_version

# Module names under app.cli, in the order --help lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "content",
    "init",
    "list",
    "import_",
    "export",
    "verify",
    "rekey",
    "backup",
    "restore",
    "audit",
)

# Options of the window that are not commands (the window parses these itself).
WINDOW_FLAGS = {"--training", "--store"}


def _command_modules() -> dict[str, ModuleType]:
    modules = {}
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"app.cli.{name}")
        modules[module.NAME] = module
    return modules


def is_cli_invocation(args: list[str]) -> bool:
    """True for --help/--version, or when the first word (after window options) is a command."""
    if args[:1] and args[0] in ("-h", "--help", "--version"):
        return True
    i = 0
    while i < len(args):
        word = args[i]
        if word == "--store":  # takes a value
            i += 2
            continue
        if word.startswith("-"):
            i += 1
            continue
        return word in _command_modules()
    return False


class _VersionAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[override]
        print(_version_text(APP_NAME, app_version()))
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME}: run without a command to open the window.",
    )
    # The version text loads the content bank, so it is computed only when asked for.
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    # Accepted before the command too (commands that use a store also take it after).
    parser.add_argument("--store", metavar="PATH", help="the store file to use")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in _command_modules().items():
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(run_command=module.run)
    return parser


def _version_text(app_name: str, version: str) -> str:
    try:
        from app.content import content_version

        return f"{app_name} {version} (content {content_version()})"
    except Exception:  # the version must print even when content fails to load
        return f"{app_name} {version}"


def run_cli(args: list[str]) -> int:
    from app.hardening import harden_process

    harden_process()  # no core dumps; SQLCipher zeroes what it frees
    parser = build_parser()
    ns = parser.parse_args(args)
    if not getattr(ns, "run_command", None):
        parser.print_help()
        return 0
    try:
        return int(ns.run_command(ns) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `list | head`: the reader has had enough
        # Nothing more can reach the pipe; keep the exit-time flush from complaining.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if ns.command in ("list", "audit"):
            return 0
        from app.cli.common import fail

        return fail(ns.command, "standard output was closed before everything was written")
    except Exception as exc:  # noqa: BLE001 - every error ends in one line, never a traceback
        from app.cli.common import fail

        return fail(ns.command, error_message(exc))


def error_message(exc: BaseException) -> str:
    """The one line shown for an error that reached ``run_cli`` (never content)."""
    from app.cli.common import CommandError
    from app.interchange import InterchangeError
    from app.passphrase import PassphraseInputError
    from app.store import StoreError

    if isinstance(exc, CommandError | PassphraseInputError | StoreError | InterchangeError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename is not None else ""
        return f"{where}{exc.strerror or type(exc).__name__}"
    if isinstance(exc, UnicodeError):
        return "a path or text that is not valid UTF-8 cannot be used"
    if isinstance(exc, MemoryError):
        return "not enough memory to finish; nothing more was read"
    # Kind only: an unexpected error's text could carry content.
    return f"stopped by an unexpected error ({type(exc).__name__})"
