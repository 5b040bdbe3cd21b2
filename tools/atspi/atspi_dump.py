#!/usr/bin/python3
"""Read the window as a Linux screen reader does: through AT-SPI (issue 16).

Runs with the SYSTEM python3 that has Debian's ``gir1.2-atspi-2.0`` (``gi.repository.Atspi``),
not the project's venv. It talks to the accessibility bus of the D-Bus session it runs in;
``tools/atspi/try.sh`` starts that session, Xvfb, the window and this script together.

    atspi_dump.py tree [--app NAME] [--out FILE]     # every object: role, name, description, states
    atspi_dump.py listen SECONDS [--out FILE]        # the events the window sends (focus, names,
                                                     #   announcements, alerts, state changes)
    atspi_dump.py check [--app NAME]                 # exit 1 if a shown control has no name, or two
                                                     #   share a name without a description

The window shows up as an AT-SPI application named after the program (``python3`` or
``main.py`` or the frozen ``cec-assistant``); ``--app`` picks it by a part of that name or of its
window's title (default: "Interview Assistant").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "entry",
    "spin button",
    "slider",
    "page tab list",
    "list",
    "table",
    "tree",
    "tree table",
    "link",
}
CONTAINERS_OF_ITEMS = {"list", "table", "tree", "tree table", "page tab list", "menu bar"}


def states(obj: Atspi.Accessible) -> list[str]:
    found = obj.get_state_set()
    return sorted(
        Atspi.StateType(s).value_nick
        for s in range(Atspi.StateType.LAST_DEFINED)
        if found.contains(Atspi.StateType(s))
    )


def node(obj: Atspi.Accessible, depth: int) -> dict:
    return {
        "depth": depth,
        "role": obj.get_role_name(),
        "name": obj.get_name() or "",
        "description": obj.get_description() or "",
        "states": states(obj),
    }


def walk(obj: Atspi.Accessible, depth: int = 0, out: list | None = None, limit: int = 4000) -> list:
    out = [] if out is None else out
    if obj is None or len(out) >= limit:
        return out
    try:
        item = node(obj, depth)
    except GLib.Error:  # gone while we read it
        return out
    out.append(item)
    if item["role"] in CONTAINERS_OF_ITEMS:
        return out  # rows and cells are named by their own text
    if "showing" not in item["states"] and depth > 1:
        return out
    for n in range(obj.get_child_count()):
        walk(obj.get_child_at_index(n), depth + 1, out, limit)
    return out


def find_app(name: str, wait: float = 20.0) -> Atspi.Accessible:
    """The application whose own or first window's name holds ``name``."""
    end = time.monotonic() + wait
    seen: list[str] = []
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        seen = []
        for n in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(n)
            if app is None:
                continue
            names = [app.get_name() or ""]
            for w in range(app.get_child_count()):
                window = app.get_child_at_index(w)
                if window is not None:
                    names.append(window.get_name() or "")
            seen.append(" / ".join(names))
            if any(name.lower() in x.lower() for x in names):
                return app
        time.sleep(0.5)
    raise SystemExit(f"no AT-SPI application named {name!r}; the bus has: {seen}")


def problems(tree: list[dict]) -> list[str]:
    shown = [
        t
        for t in tree
        if t["role"] in INTERACTIVE and "showing" in t["states"] and "visible" in t["states"]
    ]
    out = [f"no name: {t['role']}" for t in shown if not t["name"].strip()]
    counts = Counter((t["name"], t["description"]) for t in shown if t["name"].strip())
    out += [
        f"same name twice, no description: {n!r}" for (n, d), c in counts.items() if c > 1 and not d
    ]
    return out


def print_tree(tree: list[dict], stream) -> None:  # noqa: ANN001
    for t in tree:
        states_shown = ",".join(
            s
            for s in t["states"]
            if s in ("focused", "focusable", "checked", "showing", "editable", "sensitive")
        )
        desc = f"  — {t['description']}" if t["description"] else ""
        print(
            f"{'  ' * t['depth']}[{t['role']}] {t['name']!r}{desc}  ({states_shown})", file=stream
        )


EVENTS = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:state-changed",
    "object:text-changed",
    "object:children-changed",
    "focus:",
    "window:activate",
    "object:visible-data-changed",
)


def listen(seconds: float, stream) -> None:  # noqa: ANN001
    def on_event(event: Atspi.Event) -> None:
        try:
            source = event.source
            who = f"[{source.get_role_name()}] {source.get_name()!r}" if source else "?"
        except GLib.Error:
            who = "(gone)"
        extra = ""
        if event.any_data is not None:
            extra = f" data={event.any_data!r}"
        print(
            f"{time.strftime('%H:%M:%S')} {event.type} detail1={event.detail1} {who}{extra}",
            file=stream,
            flush=True,
        )

    listener = Atspi.EventListener.new(on_event)
    for kind in EVENTS:
        listener.register(kind)
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("tree", "listen", "check"))
    parser.add_argument("seconds", nargs="?", type=float, default=10.0)
    parser.add_argument("--app", default="Interview Assistant")
    parser.add_argument("--out", default="-")
    parser.add_argument("--json", action="store_true", help="tree as JSON")
    args = parser.parse_args()
    stream = sys.stdout if args.out == "-" else open(args.out, "a", encoding="utf-8")  # noqa: SIM115
    Atspi.init()
    if args.command == "listen":
        print(f"# listening {args.seconds:.0f} s", file=stream, flush=True)
        listen(args.seconds, stream)
        return 0
    app = find_app(args.app)
    tree = walk(app)
    if args.command == "tree":
        if args.json:
            json.dump(tree, stream, indent=1)
        else:
            print_tree(tree, stream)
        return 0
    found = problems(tree)
    for line in found:
        print(line, file=stream)
    print(f"# {len(tree)} objects, {len(found)} problems", file=stream)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
