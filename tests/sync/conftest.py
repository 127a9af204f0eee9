"""A real CalDAV server per test process: Radicale on 127.0.0.1, a counting proxy in front.

Under `pytest -n 2` each worker is its own process with its own server on its own free port;
each test works in a calendar of its own, so tests never see each other's events.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.sync_config import SyncConfig
from tests.caldav_server import PASSWORD, USER, Proxy, Radicale


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the keyring or a password of the person running the tests."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("ATC_PLANNER_CALDAV_PASSWORD", raising=False)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def session_proxy(radicale: Radicale) -> Iterator[Proxy]:
    proxy = Proxy(radicale.port)
    yield proxy
    proxy.close()


@pytest.fixture
def proxy(session_proxy: Proxy) -> Iterator[Proxy]:
    session_proxy.reset()
    yield session_proxy
    session_proxy.delay = 0.0
    session_proxy.fail_paths.clear()
    session_proxy.drop_after = None


@pytest.fixture
def config(proxy: Proxy) -> SyncConfig:
    """Settings for a calendar no other test uses (it does not exist yet)."""
    return SyncConfig(url=proxy.url, user=USER, calendar=f"ATC {uuid.uuid4().hex[:8]}")


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[tuple[Radicale, Proxy]]:
    """A server of the test's own, for tests that stop it."""
    server = Radicale(tmp_path / "radicale")
    server.start()
    proxy = Proxy(server.port)
    yield server, proxy
    proxy.close()
    server.stop()


__all__ = ["PASSWORD", "USER"]
