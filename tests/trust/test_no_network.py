"""The suite blocks sockets for the whole run; prove an attempt would fail."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.helpers.nonet import NetworkBlocked


def test_creating_a_socket_fails() -> None:
    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_local_sockets_fail_too() -> None:
    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        socket.socketpair()


def test_name_lookup_and_connection_fail() -> None:
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))


def test_high_level_http_fails() -> None:
    # urllib wraps OSError in URLError, but NetworkBlocked is not an OSError.
    with pytest.raises(NetworkBlocked):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)
