"""Suite-wide fixtures: a temporary Shelfwise home for every test, the offline guard, shared data."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED_DATA = Path(
    os.environ.get("SHELFWISE_SHARED_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data")
).resolve()

_LOOPBACK_PREFIXES = ("127.", "::1", "localhost")


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host.startswith(_LOOPBACK_PREFIXES) or host == "0.0.0.0"
    return isinstance(address, (str, bytes))  # AF_UNIX paths are local


class NetworkAccessError(RuntimeError):
    """Raised when a test tries to reach anything but this machine."""


@pytest.fixture(autouse=True)
def _offline_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any non-loopback connection attempt fails the test: Shelfwise never goes online."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_loopback(address):
            raise NetworkAccessError(f"network access attempted: {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_loopback(address):
            raise NetworkAccessError(f"network access attempted: {address!r}")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> list[object]:
        if host not in (None, "localhost") and not str(host).startswith(_LOOPBACK_PREFIXES):
            raise NetworkAccessError(f"name lookup attempted: {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    real_getaddrinfo = socket.getaddrinfo
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


@pytest.fixture(autouse=True)
def shelfwise_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty data directory; no test touches a real library."""
    home = tmp_path / "shelfwise-home"
    monkeypatch.setenv("SHELFWISE_HOME", str(home))
    yield home


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data`` (real public data); tests using it are marked ``realdata``."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED_DATA.is_dir():
        return
    skip = pytest.mark.skip(reason="../shared/data is not present")
    for item in items:
        if "realdata" in item.keywords:
            item.add_marker(skip)
