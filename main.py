"""Entry point: parse arguments and hand over (to the window or to a CLI command)."""

from __future__ import annotations

import sys

from app.cli import is_cli_invocation, run_cli


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if is_cli_invocation(args):
        return run_cli(args)
    from ui.application import run_window  # noqa: PLC0415 - The window: imported late so CLI commands never pay for Qt.

    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
