"""What the process still holds after a lock: a scan of its own memory.

Usage: ``QT_QPA_PLATFORM=offscreen python -m tests.helpers.memscan [FOLDER]`` (Linux:
it reads /proc/self/maps and /proc/self/mem). Prints one JSON object.

It runs the real window (offscreen) on a new store in FOLDER (a temporary folder by
default), types a distinctive fictional passphrase on the first-run page, starts an
interview with a distinctive fictional youth name, types a distinctive note, and
locks with Ctrl+L. Then, after ``gc.collect()``, it counts:

- ``live``: Python objects still reachable from the garbage collector's containers
  (dicts, lists, closures, frames, instances, lru_caches...) that hold the text: what
  the application keeps. This must be 0.
- ``raw``: every copy of the text in every readable region of the process, as UTF-8
  (also Python's 1-byte str form), UTF-16-LE (Qt's QString, Python's 2-byte str) and
  UTF-32-LE (Python's 4-byte str), plus the passphrase as the hex key. These include
  freed memory that Python and Qt do not zero; they are reported, not required to be 0.

The scan is done "before lock" too, to show it finds what is there. The texts are kept
only XOR-masked in this script, typed one character at a time, and unmasked into
pattern bytes only while counting; hits inside those patterns and inside the read
buffer are not counted.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import re
import sys
import tempfile
import types
from pathlib import Path

_MASK = 0x5A


def _masked(text: str) -> bytes:
    return bytes(b ^ _MASK for b in text.encode("ascii"))


# Fictional, distinctive, never in the code base or the content bank.
SECRETS = {
    "passphrase": _masked("Vexmoor-quillon-7-orchard-brine"),
    "youth_name": _masked("Tamsivel Orrinwick"),
    "note": _masked("Kestrelmoss lantern quay-48 Dunharrow"),
}

_MAPS = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$")
_CHUNK = 8 << 20


def _unmask(masked: bytes) -> bytes:
    return bytes(b ^ _MASK for b in masked)


def _patterns(name: str) -> dict[str, bytes]:
    plain = _unmask(SECRETS[name])
    text = plain.decode("ascii")
    forms = {
        "utf8": plain,
        "utf16": text.encode("utf-16-le"),
        "ucs4": text.encode("utf-32-le"),
    }
    if name == "passphrase":
        forms["hexkey"] = plain.hex().encode("ascii")
        forms["hexkey_utf16"] = plain.hex().encode("utf-16-le")
    return forms


def _address(buffer: bytes | bytearray) -> tuple[int, int]:
    if isinstance(buffer, bytearray):
        start = ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))
    else:  # a bytes object's data follows its header
        start = id(buffer) + sys.getsizeof(b"") - 1
    return start, start + len(buffer)


def scan_memory(patterns: dict[str, bytes]) -> dict[str, int]:
    """Count each pattern in every readable mapping of this process."""
    counts = dict.fromkeys(patterns, 0)
    buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    excluded = [_address(buffer), *(_address(p) for p in patterns.values())]
    longest = max(len(p) for p in patterns.values())
    with open("/proc/self/maps") as maps:
        regions = maps.read().splitlines()
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in regions:
            match = _MAPS.match(line)
            if not match or "r" not in match.group(3):
                continue
            if match.group(4) in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
                continue
            start, end = int(match.group(1), 16), int(match.group(2), 16)
            pos = start
            while pos < end:
                size = min(_CHUNK, end - pos)
                try:
                    mem.seek(pos)
                    got = mem.readinto(view[:size])
                except (OSError, ValueError, OverflowError):
                    break
                if not got:
                    break
                data = bytes(view[:got])  # a snapshot: the buffer must not move under find()
                for name, pattern in patterns.items():
                    at = data.find(pattern)
                    while at != -1:
                        absolute = pos + at
                        if not any(lo <= absolute < hi for lo, hi in excluded):
                            counts[name] += 1
                        at = data.find(pattern, at + 1)
                del data
                # Overlap by the longest pattern so a copy across two chunks is seen.
                pos += got if got < size or got <= longest else got - longest
    return counts


def live_references(
    texts: list[bytes], ignore: set[int] | frozenset[int] = frozenset()
) -> list[str]:
    """Objects reachable through the collector's containers that hold one of ``texts``.

    Each is named with the chain of what holds it (up to three levels), e.g.
    ``list <- dict <- ui.pages.list_model.ListModel``, so a leak can be found.
    """
    needles = [t.decode("ascii") for t in texts]
    ours = {id(needles), id(texts), *ignore}  # (ignore: holders the caller accounts for)
    holders = []
    for obj in gc.get_objects():
        if id(obj) in ours:
            continue
        referents = gc.get_referents(obj)
        # Tuples of strings only are not tracked by the collector: look inside them.
        referents += [r for t in referents if isinstance(t, tuple | frozenset) for r in t]
        for ref in referents:
            if isinstance(ref, str):
                hit = any(n in ref for n in needles)
            elif isinstance(ref, bytes | bytearray):
                hit = any(n.encode() in ref or n.encode().hex().encode() in ref for n in needles)
            else:
                continue
            if hit:
                holders.append(obj)
                break
    del needles
    found = [_chain(obj, ours | {id(holders)}) for obj in holders]
    del holders
    return found


def _name(obj: object) -> str:
    kind = type(obj)
    return (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )


def _chain(obj: object, skip: set[int], depth: int = 8) -> str:
    names = [_name(obj)]
    current = obj
    skip = set(skip)
    frame = types.FrameType
    for _ in range(depth):
        referrers = gc.get_referrers(current)
        skip.add(id(referrers))
        parents = [r for r in referrers if id(r) not in skip and not isinstance(r, frame)]
        skip.add(id(parents))
        del referrers
        if not parents:
            break
        current = parents[0]
        names.append(_name(current))
        del parents
    return " <- ".join(names)


def measure(phase: str) -> dict[str, object]:
    gc.collect()
    result: dict[str, object] = {}
    for name in SECRETS:
        patterns = _patterns(name)
        result[name] = scan_memory(patterns)
        del patterns
    result["live"] = live_references([_unmask(m) for m in SECRETS.values()])
    return {phase: result}


def _type(masked: bytes) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for byte in masked:  # one character at a time: the whole text never exists here
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        QTest.keyClicks(widget, chr(byte ^ _MASK), Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def _press(key: object, modifier: object = None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QTest.keyClick(
        QApplication.focusWidget(),
        key,
        modifier if modifier is not None else Qt.KeyboardModifier.NoModifier,
    )
    QApplication.processEvents()


def _settle(app: object, ms: int = 200) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest

    QTest.qWait(ms)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def run(folder: Path) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.application import create_application
    from ui.main_window import MainWindow, Mode
    from ui.settings import Settings

    try:  # as the window starts (ui.application.run_window)
        from app.hardening import harden_process
    except ImportError:  # (measuring code from before it existed)
        pass
    else:
        harden_process()
    app = create_application([sys.argv[0]])
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(folder / "notes" / "store.cec", settings)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    _settle(app)

    window.welcome.passphrase.setFocus()  # where a person clicks first
    _type(SECRETS["passphrase"])
    _press(Qt.Key.Key_Tab)
    _type(SECRETS["passphrase"])
    _press(Qt.Key.Key_Return)
    _settle(app)
    assert window.mode == Mode.LIST, window.mode

    def fill_dialog() -> None:
        _type(SECRETS["youth_name"])  # the youth name field has the focus
        _press(Qt.Key.Key_Return)

    QTimer.singleShot(200, fill_dialog)
    window.activateWindow()
    _press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _settle(app)
    assert window.mode == Mode.INTERVIEW, window.mode
    view = window.page(Mode.INTERVIEW)
    view.open_panel("youth")  # the navigator's second entry: the guide, then questions
    panel = view.panel("youth")
    for _ in range(10):  # past the guide's pages to the first question card
        if panel.card.isVisible():
            break
        panel.step(True)
        _settle(app, 50)
    notes = panel.card.own_words  # "The youth's own words"
    assert notes.isVisible()
    window.activateWindow()
    _settle(app, 50)
    notes.setFocus()
    _settle(app, 50)
    _type(SECRETS["note"])
    _settle(app, 1500)  # past the autosave delay

    out: dict[str, object] = {}
    out.update(measure("before_lock"))
    window.activateWindow()
    _press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _settle(app, 500)
    assert window.mode == Mode.LOCKED, window.mode
    assert window.store is None
    out.update(measure("after_lock"))
    window.close()
    _settle(app)
    QApplication.processEvents()
    return out


def main() -> None:
    try:
        _main()
    except BaseException:  # a window left open would keep the process alive: end it
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)


def _main() -> None:
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
        folder.mkdir(parents=True, exist_ok=True)
        result = run(folder)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(Path(tmp))
    print(json.dumps(result), flush=True)
    os._exit(0)  # no teardown that could touch the measured state or print


if __name__ == "__main__":
    main()
