"""`gyokaku serve` as a real server, spoken to as its page's script does (textual-serve's websocket
protocol, aiohttp's client): the real web driver, the real download route. No browser needed."""
from __future__ import annotations

import hashlib
import urllib.request

from assistant.bench_serve import READY_TEXT, ServedSession, xlsx_records
from assistant.serve import exposure_warning
from tests.conftest import run_cli
from tests.serve.conftest import free_port

R4_ENDED_ROWS = 13


async def test_question_and_download_over_the_served_protocol(served):
    url, index, server_dir = served
    before = hashlib.sha256(index.read_bytes()).hexdigest()
    async with ServedSession(url) as session:
        await session.wait_text(READY_TEXT, timeout=120)
        await session.ask("R4に終了した実践項目", "13件", timeout=120)
        name, data = await session.export("回答.xlsx")
        assert name == "回答.xlsx"
        assert xlsx_records(data) == R4_ENDED_ROWS
        # A path typed into the dialog: the download gets the bare name, nothing lands on the server.
        name, data = await session.export("../../../../tmp/gyokaku_traversal.csv")
        assert name == "gyokaku_traversal.csv"
        assert data.decode("utf-8-sig").count("\n") == R4_ENDED_ROWS + 1
    assert list(server_dir.iterdir()) == []
    assert hashlib.sha256(index.read_bytes()).hexdigest() == before


def test_page_loads_nothing_from_outside(served):
    url, _, _ = served
    page = urllib.request.urlopen(url + "/").read().decode("utf-8")
    links = [part.split('"')[0] for part in page.split('="http')[1:]] + \
            [part.split('"')[0] for part in page.split('url("http')[1:]]
    assert links and all(link.startswith("://127.0.0.1:") for link in links), links
    assert "googleapis" not in page and "<html lang=\"ja\">" in page


def test_serve_refuses_a_missing_index_and_builds_none(tmp_path):
    missing = tmp_path / "none.db"
    result = run_cli("serve", "--index", str(missing), "--port", str(free_port()))
    assert result.returncode == 1
    assert "gyokaku ingest" in result.stderr and not missing.exists()


def test_serving_beyond_this_machine_warns_in_japanese(index_path):
    assert exposure_warning("127.0.0.1", 8000) is None and exposure_warning("localhost", 8000) is None
    # 192.0.2.1 is a documentation address no machine has: the warning is printed, then binding fails
    # with a Japanese message (nothing is sent anywhere).
    result = run_cli("serve", "--index", str(index_path), "--host", "192.0.2.1", "--port", str(free_port()))
    assert result.returncode == 1, result.stderr
    assert "誰でも索引の内容を読めます" in result.stderr and "パスワード" in result.stderr
    assert "で待ち受けられません" in result.stderr and "Traceback" not in result.stderr
