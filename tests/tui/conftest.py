"""TUI fixtures: the app on the real index, with the history kept in a temporary data directory.

`async def` tests run in a fresh event loop each (no asyncio plugin is needed for Textual's pilot).
"""
from __future__ import annotations

import asyncio
import inspect

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
    return None


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Never touch the real home: the question history goes to a temporary folder."""
    path = tmp_path / "data"
    monkeypatch.setenv("GYOKAKU_DATA", str(path))
    return path


@pytest.fixture()
def make(index_path):
    from assistant.tui.app import make_app

    def factory(path=None):
        return make_app(path or index_path)

    return factory
