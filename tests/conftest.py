"""Suite-wide setup: Qt runs offscreen, never prompts."""

from __future__ import annotations

import os

# Before any Qt import: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402

from app.content import load_content  # noqa: E402
from tests.trust.nonet import block_sockets  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _no_network():
    """The tool never opens a socket: any attempt during the run fails (issue 7)."""
    with block_sockets():
        yield


@pytest.fixture(scope="session")
def bank():
    """The content bank as shipped: frozen data, so one copy serves the whole run."""
    return load_content()


@pytest.fixture(scope="session")
def scenarios(bank):
    """The shipped training scenarios (frozen), checked against the bank."""
    from app.training import load_scenarios

    return load_scenarios(bank)
