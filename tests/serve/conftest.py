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


def start_server(index, cwd, port: int, log) -> subprocess.Popen:
    """`gyokaku serve` from this checkout, its output in the file `log` (an unread pipe would fill up
    and stop the server), waiting until its page answers."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--index", str(index),
                                 "--port", str(port)], cwd=cwd, env={**os.environ, "PYTHONPATH": path},
                                stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                if page.status == 200:
                    return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                raise RuntimeError(f"gyokaku serve did not start: {log.read_text(errors='replace')}")
            time.sleep(0.2)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture()
def served(index_path, tmp_path):
    """(url, index file, server folder): the server runs in a folder of its own, to check it stays empty."""
    index = tmp_path / "index" / "gyokaku.db"
    index.parent.mkdir()
    shutil.copy(index_path, index)
    cwd = tmp_path / "server"
    cwd.mkdir()
    port = free_port()
    proc = start_server(index, cwd, port, tmp_path / "serve.log")
    yield f"http://127.0.0.1:{port}", index, cwd
    stop_server(proc)
