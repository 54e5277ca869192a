"""Fixtures of the browser version: `gyokaku serve` as a real process on a free loopback port."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT
# `async def` tests in a fresh event loop, and a temporary data folder: the same as the TUI's tests.
from tests.tui.conftest import data_dir, pytest_pyfunc_call  # noqa: F401


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
