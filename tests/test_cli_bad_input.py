"""Issue 11, "bad input": every CLI command ends an odd path in one line, never a
traceback; import reads only regular files; list escapes what could break a terminal."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app.model import Interview, Youth
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.stores import copy_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "interview-example.json"
MEMORY_LIMIT = 1 << 30  # a child that tries to read /dev/zero whole dies here, not the host


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_main(*argv: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess:
    """``python main.py ARGV`` as a user runs it (bytes argv: a path need not be UTF-8)."""
    args = [os.fsencode(sys.executable), b"main.py", *(os.fsencode(a) for a in argv)]
    return subprocess.run(
        args,
        cwd=ROOT,
        env=_env(),
        input=stdin.encode(),
        capture_output=True,
        timeout=timeout,
        preexec_fn=_limit_memory,
    )


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    """The CLI in this process: an exception escaping it would be the traceback."""
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    )
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, what: str) -> None:
    assert code != 0, f"{what}: exit code 0"
    assert "Traceback" not in err, f"{what}: {err}"
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n") and lines[0].strip(), f"{what}: {err!r}"


# --- import: regular files only, the limit on bytes read -------------------------------


@pytest.fixture
def odd_files(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    return {"dev_zero": Path("/dev/zero"), "fifo": fifo, "directory": folder}


@pytest.mark.parametrize("kind", ["dev_zero", "fifo", "directory"])
def test_import_refuses_what_is_not_a_regular_file_within_a_second(
    tmp_path: Path, odd_files: dict[str, Path], kind: str
) -> None:
    store = copy_store(tmp_path / "data")
    # The read itself, timed in a child (memory-capped, killed if it hangs).
    code = (
        "import sys, time\n"
        "from app.interchange import InterchangeError, read_file\n"
        "t = time.monotonic()\n"
        "try:\n"
        "    read_file(sys.argv[1])\n"
        "except InterchangeError as exc:\n"
        "    print(f'{time.monotonic() - t:.3f}', exc)\n"
    )
    try:
        timed = subprocess.run(
            [sys.executable, "-c", code, str(odd_files[kind])],
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=20,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {kind} did not end")
    assert timed.returncode == 0 and timed.stdout, timed.stderr[-500:]
    seconds = float(timed.stdout.split()[0])
    assert seconds < 1.0 and "not a regular file" in timed.stdout

    # And the whole command: one line, non-zero, before any passphrase is asked.
    out = run_main(
        "import",
        str(odd_files[kind]),
        "--store",
        str(store),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        timeout=30,
    )
    assert_one_line_error(out.returncode, out.stderr.decode(), kind)
    assert b"not a regular file" in out.stderr


@pytest.mark.skipif(not Path("/proc/self/pagemap").exists(), reason="Linux /proc only")
def test_import_enforces_the_limit_on_bytes_read() -> None:
    # A regular file whose size says 0 but whose reading never ends in practice
    # (8 bytes per page of the whole address space): only a limit on the bytes
    # actually read stops it.
    code = (
        "import sys, time\n"
        "from app.interchange import InterchangeError, read_file\n"
        "t = time.monotonic()\n"
        "try:\n"
        "    read_file('/proc/self/pagemap')\n"
        "except InterchangeError as exc:\n"
        "    print(f'{time.monotonic() - t:.3f}', exc)\n"
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=20,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("reading a file that claims 0 bytes did not end")
    assert out.returncode == 0 and out.stdout, out.stderr[-500:]
    assert float(out.stdout.split()[0]) < 1.0 and "too large" in out.stdout


# --- every command, odd paths ---------------------------------------------------------


def _odd_paths(tmp_path: Path) -> dict[str, Path]:
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / "a-folder").mkdir()
    (odd / "a-file").write_text("not a folder")
    (odd / "dangling").symlink_to(odd / "nowhere")
    paths = {
        "missing_folder": odd / "missing" / "x.cec",
        "directory": odd / "a-folder",
        "dangling_symlink": odd / "dangling",
        "file_as_folder": odd / "a-file" / "x.cec",
        "newline": odd / "new\nline" / "x.cec",
        "not_utf8": Path(os.fsdecode(os.fsencode(odd) + b"/\xff\xfe-bytes")) / "x.cec",
    }
    if os.geteuid() != 0:  # root reads anything: no way to deny it here
        locked = odd / "locked"
        locked.mkdir()
        (locked / "x.cec").write_bytes(b"\0" * 4096)
        locked.chmod(0)
        paths["no_permission"] = locked / "x.cec"
    return paths


# (command, where the odd path goes) -> the odd kinds for which success is right:
# init makes missing folders (even one with a newline in its name); backup and
# restore do too for their targets.
VALID = {
    ("init", "store"): {"missing_folder", "newline"},
    ("backup", "file"): {"missing_folder", "newline"},
    ("restore", "store"): {"missing_folder", "newline"},
}


def _command(name: str, where: str, odd: Path, store: Path, backup: Path) -> list[str]:
    s = str(odd) if where == "store" else str(store)
    f = str(odd) if where == "file" else None
    return {
        "init": ["init", "--store", s],
        "list": ["list", "--store", s],
        "import": ["import", f or str(EXAMPLE), "--store", s],
        "export": ["export", "0", "--store", s] + (["-o", f] if f else []),
        "verify": ["verify", "--store", s],
        "rekey": ["rekey", "--store", s],
        "backup": ["backup", f or str(store.parent.parent / "b" / "backup.cec"), "--store", s],
        "restore": ["restore", f or str(backup), "--store", s],
        "audit": ["audit", "--store", s],
    }[name]


CASES = [
    (c, "store")
    for c in ("init", "list", "import", "export", "verify", "rekey", "backup", "restore", "audit")
]
CASES += [(c, "file") for c in ("import", "export", "backup", "restore")]


@pytest.mark.parametrize(("name", "where"), CASES, ids=[f"{c}-{w}" for c, w in CASES])
def test_every_command_ends_an_odd_path_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    name: str,
    where: str,
) -> None:
    store = copy_store(tmp_path / "data")
    backup = tmp_path / "backup.cec"
    opened = Store.open(store, PASSPHRASE)
    from app.store.backup import make_backup

    make_backup(opened, backup)
    opened.lock()
    checked = 0
    for kind, odd in _odd_paths(tmp_path).items():
        if kind in VALID.get((name, where), set()):
            continue
        argv = [*_command(name, where, odd, store, backup), "--passphrase-stdin"]
        code, _out, err = cli(
            monkeypatch, capsys, *argv, stdin=f"{PASSPHRASE}\n{PASSPHRASE}-new-one\n"
        )
        assert_one_line_error(code, err, f"{name} with {where} = {kind}")
        checked += 1
    assert checked >= 4


@pytest.mark.parametrize(
    "argv",
    [
        ["init", "--store", "{odd}/dangling"],
        ["list", "--store", "{odd}/new\nline/x.cec"],
        ["list", "--store", "{bad}/x.cec"],
        ["verify", "--store", "{odd}/a-folder"],
    ],
    ids=["init-dangling", "list-newline", "list-not-utf8", "verify-folder"],
)
def test_the_real_entry_point_prints_one_line(tmp_path: Path, argv: list[str]) -> None:
    _odd_paths(tmp_path)
    odd = tmp_path / "odd"
    bad = os.fsdecode(os.fsencode(odd) + b"/\xff\xfe-bytes")
    args = [a.format(odd=odd, bad=bad) for a in argv]
    out = run_main(*args, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert_one_line_error(out.returncode, out.stderr.decode("utf-8", "replace"), repr(args))
    assert not os.path.lexists(odd / "nowhere")  # init did not follow the dangling link


# --- list: names cannot break the table or the terminal --------------------------------

HOSTILE = [
    "Ana\x1b[2J\x1b[31mRed",  # clear screen, colour
    "Bea\rOverwritten",  # carriage return
    "Cam\tExtra\tColumns",  # tabs: more columns
    "Dee\nSecond line",  # newline: a fake row
    "Eve\u202egnp.exe",  # right-to-left override
    "Fay\u2066isolate\u2069\u200f\x7f\x9b",  # bidi isolate, RLM, DEL, C1 CSI
]


def test_list_escapes_control_and_bidi_characters(tmp_path: Path) -> None:
    path = tmp_path / "data" / "store.cec"
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    for name in HOSTILE:
        store.create_interview(Interview(youth=Youth(name=name, akas=[f"{name}-aka"])))
    store.lock()
    out = run_main("list", "--store", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode("utf-8")
    lines = text.splitlines()
    assert len(lines) == len(HOSTILE)  # one line per case, whatever the names hold
    for line in lines:
        assert len(line.split("\t")) == 8, line  # issue 14: the case list's 8 columns
        bad = [
            c
            for c in line
            if c != "\t"
            and (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or c in "\u202e\u2066\u2069\u200f")
        ]
        assert bad == [], line
    assert "Ana\\x1b[2J\\x1b[31mRed" in text and "Eve\\u202egnp.exe" in text
    assert "Dee\\nSecond line" in text and "Cam\\tExtra\\tColumns" in text


def test_list_reads_the_search_text_from_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "data" / "store.cec"
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    for name in ("Jordan Whitfield", "Riley Ashgrove"):
        store.create_interview(Interview(youth=Youth(name=name)))
    store.lock()
    out = run_main(
        "list",
        "--store",
        str(path),
        "--passphrase-stdin",
        "--search-stdin",
        stdin=f"{PASSPHRASE}\nashgro\n",
    )
    assert out.returncode == 0, out.stderr
    rows = out.stdout.decode().splitlines()
    assert len(rows) == 1 and "Riley Ashgrove" in rows[0]


def test_list_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    path = tmp_path / "data" / "store.cec"
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    for i in range(40):  # ~400 KB of output: more than a pipe holds
        store.create_interview(Interview(youth=Youth(name=f"Sam {i}", akas=["x" * 10000])))
    store.lock()
    proc = subprocess.Popen(
        [sys.executable, "main.py", "list", "--store", str(path), "--passphrase-stdin"],
        cwd=ROOT,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(PASSPHRASE.encode() + b"\n")
    proc.stdin.close()
    assert proc.stdout.readline()  # like `| head -1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and err == "", err
