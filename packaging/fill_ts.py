"""Fill and check a Qt Linguist ``.ts`` translation file (issue 15).

The strings are extracted with ``python -m app.translations update`` (w-estr, issue 15:
lupdate over a copy of ui/ and main.py with the ``_tr()`` helpers spelled out, with
``-no-obsolete``). Before that existed, this round's first extraction was:

    .venv/bin/pyside6-lupdate $(find ui main.py -name '*.py' | sort) -locations none \
        -target-language es_US -ts resources/translations/cec_es.ts

Then, from the repository root:

    python packaging/fill_ts.py fill resources/translations/cec_es.ts words.py
    python packaging/fill_ts.py reuse resources/translations/cec_es.ts
    python -m app.translations update      # back to lupdate's own layout
    python packaging/fill_ts.py check resources/translations/cec_es.ts

``words.py`` holds one Python dict literal (read with ``ast.literal_eval``, never run):
``{"English source": "traducción", ("Context", "English source"): "traducción"}``; a
(context, source) key wins over a plain source key. ``fill`` writes a translation only
into a message that has none (``--force`` overwrites) and removes ``type="unfinished"``.

``reuse`` finishes every unfinished message whose source text has a translation in
another context of the file, finished or ``vanished``. ``app.translations update`` drops
vanished messages (``-no-obsolete``); a text that moved context then comes back unfinished
with lupdate's same-text (or similar-text) copy of its old translation: read it, and
``fill`` it if it is right.

``check`` lists what is not a finished translation: unfinished or empty messages, a
placeholder of the source (``{name}``, ``%1``, ``%n``, an HTML tag, a line break) missing
from or added to the translation, an ``&`` accelerator lost, doubled or added, and a
translation identical to a source of two or more words of 3+ letters (English left over).
It exits 1 when it finds any of these.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^{}]*)?\}|%L?\d+|%n|</?[A-Za-z][^>]*>|\n")
WORD = re.compile(r"[A-Za-z]{3,}")
# An accelerator: "&" before a letter or digit; "&&" is a literal ampersand.
ACCEL = re.compile(r"(?<!&)&(?=[^&\s])")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(ACCEL.findall(text.replace("&&", "")))


def messages(root: ET.Element):
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def translation_texts(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def problems(name: str, msg: ET.Element) -> list[str]:
    source = msg.findtext("source") or ""
    tr = msg.find("translation")
    if tr is not None and tr.get("type") in ("vanished", "obsolete"):
        return []
    texts = translation_texts(msg)
    out = []
    if tr is None or tr.get("type") == "unfinished":
        out.append("unfinished")
    if not texts or any(not t.strip() for t in texts):
        out.append("empty")
        return out
    for text in texts:
        want, got = placeholders(source), placeholders(text)
        if msg.get("numerus") == "yes":
            want.pop("%n", None)
            got.pop("%n", None)
        if want != got:
            out.append(f"placeholders {dict(want)} != {dict(got)}")
        if accelerators(source) != accelerators(text):
            out.append(f"accelerators {accelerators(source)} != {accelerators(text)}")
        if text == source and len(WORD.findall(PLACEHOLDER.sub(" ", source))) > 1:
            out.append("same as the English")
    return out


def check(path: Path) -> int:
    root = ET.parse(path).getroot()
    total = finished = 0
    bad = 0
    for name, msg in messages(root):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("vanished", "obsolete"):
            continue
        total += 1
        found = problems(name, msg)
        if found:
            bad += 1
            print(f"{name}: {msg.findtext('source')!r}: {'; '.join(found)}")
        else:
            finished += 1
    print(f"{path}: {total} messages, {finished} finished, {bad} with problems")
    return 1 if bad else 0


def fill(path: Path, words: Path, force: bool) -> int:
    table = ast.literal_eval(words.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for name, msg in messages(tree.getroot()):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("vanished", "obsolete"):
            continue
        new = table.get((name, source), table.get(source))
        if new is None or (tr.get("type") != "unfinished" and not force):
            continue
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            forms = new if isinstance(new, (list, tuple)) else [new, new]
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = new
        filled += 1
    write(path, tree)
    print(f"filled {filled} messages")
    return 0


def write(path: Path, tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def reuse(path: Path) -> int:
    tree = ET.parse(path)
    known: dict[str, str] = {}
    for _name, msg in messages(tree.getroot()):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in (None, "vanished") and (tr.text or "").strip():
            known.setdefault(msg.findtext("source") or "", tr.text)
    done = 0
    for _name, msg in messages(tree.getroot()):
        tr = msg.find("translation")
        source = msg.findtext("source") or ""
        if tr is not None and tr.get("type") == "unfinished" and source in known:
            tr.text = known[source]
            tr.attrib.pop("type")
            done += 1
    write(path, tree)
    print(f"reused {done} translations")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check")
    c.add_argument("ts", type=Path)
    f = sub.add_parser("fill")
    f.add_argument("ts", type=Path)
    f.add_argument("words", type=Path)
    f.add_argument("--force", action="store_true")
    r = sub.add_parser("reuse")
    r.add_argument("ts", type=Path)
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.ts)
    if args.command == "reuse":
        return reuse(args.ts)
    return fill(args.ts, args.words, args.force)


if __name__ == "__main__":
    sys.exit(main())
