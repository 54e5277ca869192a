"""`gyokaku datasette`: the real command, its warnings and errors, and a real server on loopback."""
from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, run_cli


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_help_is_japanese():
    r = run_cli("datasette", "--help")
    assert r.returncode == 0 and "読み取り専用" in r.stdout and "--port" in r.stdout


def test_missing_index_is_a_clear_message(tmp_path):
    r = run_cli("datasette", "--index", str(tmp_path / "none.db"), "--port", str(_free_port()))
    assert r.returncode == 1
    assert "gyokaku ingest" in r.stderr and "Traceback" not in r.stderr


def test_other_addresses_are_warned_about(index_path):
    # 192.0.2.1 (TEST-NET-1) is never this machine's: the bind fails after the warning, nothing listens.
    r = run_cli("datasette", "--index", str(index_path), "--host", "192.0.2.1", "--port", str(_free_port()))
    assert r.returncode == 1
    assert "警告" in r.stderr and "誰でも索引の内容をすべて読めます" in r.stderr
    assert "待ち受けられません" in r.stderr and "Traceback" not in r.stderr


def test_loopback_is_not_warned_about_and_a_busy_port_is_a_clear_message(index_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        r = run_cli("datasette", "--index", str(index_path), "--port", str(busy.getsockname()[1]))
    assert r.returncode == 1
    assert "警告" not in r.stderr and "待ち受けられません" in r.stderr and "--port" in r.stderr


def test_serves_the_index_read_only(index_path, tmp_path):
    import httpx

    index = tmp_path / "gyokaku.db"
    index.write_bytes(index_path.read_bytes())
    before = hashlib.sha256(index.read_bytes()).hexdigest()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "datasette", "--index", str(index), "--port", str(port)],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"{url}/gyokaku.json", timeout=5)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(proc.stderr.read() if proc.poll() is not None else "no answer within 60 s")
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["database"] == "gyokaku"
        page = httpx.get(f"{url}/gyokaku/passages?_search=%E3%83%90%E3%82%B9", timeout=30)
        assert page.status_code == 200 and "<h1>本文の断片</h1>" in page.text
        assert httpx.get(f"{url}/-/databases.json", timeout=10).json()[0]["is_mutable"] is False
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert "読み取り専用" in proc.stderr.read()
    assert hashlib.sha256(index.read_bytes()).hexdigest() == before


def test_the_plugin_is_declared_as_a_datasette_entry_point():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["datasette"] == {"gyokaku": "assistant.publish.plugin"}
    assert any(d.startswith("datasette==") for d in project["project"]["dependencies"])
