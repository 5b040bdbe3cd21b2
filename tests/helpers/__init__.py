"""Everything the tests share, in one place (docs/testing.md).

``tests/conftest.py`` registers :mod:`tests.helpers.fixtures` as a pytest plugin,
so every fixture there is available to every test without an import. Test
modules import helpers (functions, constants) from this package or from
``tests.person``, never from another test module (tests/test_suite_layout.py).

- ``fixtures``: the shared fixtures (stores, settings, the content bank, the
  training data folder, isolated folders, the laptop's time zone) and the
  suite-wide guards (no network, fresh dialog hooks, no wheel guard left over).
- ``stores``: the empty template store copied per test, folder digests.
- ``records``: fictional interviews, every field filled or realistic.
- ``window``: opening the main window, typing the passphrase, visible texts.
- ``interview``: an interview view on its own (make, open, reload the record).
- ``training``: opening the training window, the training data folder.
- ``texts``: every text the application still holds (after a lock).
- ``trust``: the trust tests' tools (children, CLI runs, canary search).
- ``screens``: the screen checks of the shell (palette, contrast, shots).
- ``order``: Tab order, keyboard traps, focus seen, the accessible tree, every dialog.
- ``legacy``: stores made the way older releases made them.
- ``old_store``: a store at schema 0005 (before cases, issue 14), for migration 0006.
- ``memscan``, ``sqlcipher_pages``, ``fuzzing``, ``nonet``: trust tools.
"""

from __future__ import annotations

# The one fictional passphrase of every store the tests make. A test about a
# different passphrase names its own for why (OTHER_PASSPHRASE, a long one, ...).
PASSPHRASE = "a fictional passphrase 1"
# A second passphrase: the wrong guess, the new one after a change, a backup's own.
OTHER_PASSPHRASE = "Copper-meadow-violet-17"

# Fictional people only: the three youths of the window tests' template store.
YOUTH_NAMES = ("Jordan Sample", "Riley Fictional", "Casey Madeup")
