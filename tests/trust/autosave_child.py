"""Child process for the kill test: autosave answers until killed.

Usage: python -m tests.trust.autosave_child STORE INTERVIEW_ID PREFIX (passphrase on stdin).
Prints "ready" once the store is open, then for n = 0, 1, 2, ... saves the
answer ``PREFIX.n`` (own words "value-PREFIX-n") with ``set_answer`` and prints
n only after the call returned, i.e. after the commit: a printed number is an
acknowledged save, which must survive SIGKILL at any moment.
"""

from __future__ import annotations

import sys

from app.model import Answer, Response
from app.store import Store


def main() -> None:
    path, interview_id, prefix = sys.argv[1:4]
    passphrase = sys.stdin.readline().rstrip("\n")
    store = Store.open(path, passphrase)
    # Opened as the window does before it autosaves. Issue 17: opening reads on the
    # driver, and the window loads the ORM for writes in a worker once the interview is
    # shown (Store.prepare_writes): the saves below are the autosave's pace, not the import's.
    store.load(interview_id)
    store.prepare_writes()
    print("ready", flush=True)
    n = 0
    while True:
        words = f"value-{prefix}-{n}"
        store.set_answer(interview_id, f"{prefix}.{n}", Answer(Response.YES, words, words * 3))
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    main()
