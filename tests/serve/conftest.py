"""Fixtures of the browser version: `gyokaku serve` as a real process on a free loopback port."""
from __future__ import annotations

import asyncio
import inspect
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
    return None


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Never touch the real home: anything the app would keep goes to a temporary folder."""
    path = tmp_path / "data"
    monkeypatch.setenv("GYOKAKU_DATA", str(path))
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index, cwd, port: int, *extra: str) -> subprocess.Popen:
    """`gyokaku serve` from this checkout, waiting until its page answers."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--index", str(index), "--port", str(port),
                             *extra], cwd=cwd, env={**os.environ, "PYTHONPATH": path},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                if page.status == 200:
                    return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                out, err = proc.communicate()
                raise RuntimeError(f"gyokaku serve did not start: {out}\n{err}")
            time.sleep(0.2)


def stop_server(proc: subprocess.Popen) -> tuple[str, str]:
    proc.terminate()
    try:
        return proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.communicate()


@pytest.fixture()
def served(index_path, tmp_path):
    """(url, index file, server folder): the server runs in a folder of its own, to check it stays empty."""
    index = tmp_path / "index" / "gyokaku.db"
    index.parent.mkdir()
    shutil.copy(index_path, index)
    cwd = tmp_path / "server"
    cwd.mkdir()
    port = free_port()
    proc = start_server(index, cwd, port)
    yield f"http://127.0.0.1:{port}", index, cwd
    stop_server(proc)
