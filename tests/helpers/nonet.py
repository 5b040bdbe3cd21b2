"""Block every socket for the whole test run: the tool must never open one.

The suite's conftest installs :func:`block_sockets` once per session. Any
attempt to create a socket, resolve a name or connect raises
:class:`NetworkBlocked` (a ``RuntimeError``, so ``except OSError`` in library
code cannot swallow it and carry on offline-silently).

AF_UNIX is blocked as well: Qt's offscreen platform talks to no server (its
C++ sockets would not pass through Python anyway), and nothing in the tool
needs local IPC. ``socket.socketpair`` is blocked for the same reason.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


class NetworkBlocked(RuntimeError):
    """Raised by any socket use while the suite runs."""


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NetworkBlocked("network access attempted during the test run")


_OriginalSocket = socket.socket


class _BlockedSocket(_OriginalSocket):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _refuse()


_TARGETS = (
    "getaddrinfo",
    "gethostbyname",
    "gethostbyname_ex",
    "gethostbyaddr",
    "create_connection",
    "create_server",
    "socketpair",
    "fromfd",
)


@contextmanager
def block_sockets() -> Iterator[None]:
    patcher = pytest.MonkeyPatch()
    try:
        patcher.setattr(socket, "socket", _BlockedSocket)
        for name in _TARGETS:
            patcher.setattr(socket, name, _refuse)
        # Sockets created before the block (none expected) still cannot reach out.
        patcher.setattr(_OriginalSocket, "connect", _refuse)
        patcher.setattr(_OriginalSocket, "connect_ex", _refuse)
        yield
    finally:
        patcher.undo()
