"""Benchmark of the browser version under load (scripts/bench --serve): concurrent sessions on loopback.

`gyokaku serve` runs on a free 127.0.0.1 port; each session speaks textual-serve's websocket protocol
as the page's script does (["stdin", keys], ["resize", size]; the terminal output comes back as binary
frames, a delivered file as ["deliver_file_start", key] then GET /download/<key>). Each session asks
questions whose right answer the question set gives, and times Enter → the answer's summary on the
screen. An answer is right when the engine, in process, returns exactly the question set's records
and the served screen shows that answer's summary; every session also downloads its last answer
(Ctrl+E, Enter) and the XLSX must hold the same records. The index file's hash is taken before and
after. Bounded: a fixed number of sessions and questions, each wait with a time limit.
"""
from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import aiohttp

from assistant.bench import median, percentile

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 200, 50
SUMMARY_CHARS = 40  # the start of an answer's summary that is waited for: always on one screen line
READY_TEXT = "質問を入力して Enter"
_ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Z0-9]|\x1b[=>78]")
ENTER, CTRL_E = "\r", "\x05"
# A person reads a dialog before typing into it; keys sent the instant it is drawn can come before
# its box has the focus and be lost.
READING_PAUSE = 1.0


class ServedSession:
    """One browser tab's worth of the browser version, without the browser."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.screen = ""  # everything drawn so far, escape codes removed
        self.deliveries: list[str] = []
        self._changed = asyncio.Event()

    async def __aenter__(self) -> "ServedSession":
        self._http = aiohttp.ClientSession()
        ws_url = self.base_url.replace("http", "ws", 1) + f"/ws?width={WIDTH}&height={HEIGHT}"
        self._ws = await self._http.ws_connect(ws_url, max_msg_size=0)
        await self._ws.send_str(json.dumps(["resize", {"width": WIDTH, "height": HEIGHT}]))
        self._reader = asyncio.create_task(self._read())
        return self

    async def __aexit__(self, *exc) -> None:
        self._reader.cancel()
        await self._ws.close()
        await self._http.close()

    async def _read(self) -> None:
        async for msg in self._ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                self.screen += _ESCAPES.sub("", msg.data.decode("utf-8", "replace"))
            elif msg.type == aiohttp.WSMsgType.TEXT:
                data = json.loads(msg.data)
                if data[0] == "deliver_file_start":
                    self.deliveries.append(data[1])
            self._changed.set()

    async def keys(self, text: str) -> None:
        await self._ws.send_str(json.dumps(["stdin", text]))

    async def wait_for(self, found, what: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not found():
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{what}: not seen within {timeout:.0f} s")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), min(left, 1.0))
            except asyncio.TimeoutError:
                pass

    async def wait_text(self, text: str, since: int = 0, timeout: float = 60) -> None:
        await self.wait_for(lambda: text in self.screen[since:], f"「{text}」", timeout)

    async def ask(self, question: str, summary: str, timeout: float = 60) -> float:
        """Seconds from Enter to the answer's summary on the screen."""
        mark = len(self.screen)
        await self.keys(question)
        started = time.perf_counter()
        await self.keys(ENTER)
        await self.wait_text(summary, mark, timeout)
        return time.perf_counter() - started

    async def export(self, name: str, timeout: float = 120) -> tuple[str, bytes]:
        """Ctrl+E, the file name typed over the proposed one, Enter: the delivered file's name and bytes."""
        mark, delivered = len(self.screen), len(self.deliveries)
        await self.keys(CTRL_E)
        await self.wait_text("ブラウザにダウンロードします", mark, timeout)
        await asyncio.sleep(READING_PAUSE)
        mark = len(self.screen)
        await self.keys(name)  # the proposed name is selected when the dialog opens: typing replaces it
        await self.wait_text(name, mark, timeout)
        await self.keys(ENTER)
        await self.wait_for(lambda: len(self.deliveries) > delivered, "the download", timeout)
        async with self._http.get(f"{self.base_url}/download/{self.deliveries[-1]}") as response:
            response.raise_for_status()
            got = response.headers.get("Content-Disposition", "").split("filename=")[-1]
            return got, await response.read()


def xlsx_records(data: bytes) -> int:
    """The number of records (non-empty rows under the header) in the first sheet."""
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(data), read_only=True).worksheets[0]
    return sum(1 for row in sheet.iter_rows(min_row=2, values_only=True) if any(v is not None for v in row))


def known_right_questions(index: Path, questions: list[dict], limit: int) -> list[tuple[str, str, int]]:
    """(question, the summary's start, count) for single-turn questions the engine answers exactly as
    the set says, each summary's start different (so a redraw of an earlier answer is never taken for
    a later one)."""
    from assistant.query.conversation import Assistant
    from assistant.store.search import open_index

    db = open_index(index)
    chosen = []
    try:
        for item in questions:
            if len(item.get("turns", [])) != 1 or item.get("expect") != "set" or not item.get("answer"):
                continue
            answer = Assistant(db).ask(item["turns"][0])
            got = sorted(str(r.get("code")) for r in answer.rows)
            mark = answer.summary[:SUMMARY_CHARS]
            if got == sorted(map(str, item["answer"])) and "\n" not in mark and mark not in {c[1] for c in chosen}:
                chosen.append((item["turns"][0], mark, len(answer.rows)))
            if len(chosen) == limit:
                break
    finally:
        db.conn.close()
    return chosen


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index: Path, cwd: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """`gyokaku serve` on a free loopback port, its output in `log` (an unread pipe would fill and stop it)."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--index", str(Path(index).resolve()),
                                 "--port", str(port)], cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/", timeout=2):
                return proc, url
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                raise RuntimeError(f"gyokaku serve did not start: {log.read_text(errors='replace')}")
            time.sleep(0.2)


class _AllReady:
    """The sessions start asking together, once every app process has started (start-up is not a question)."""

    def __init__(self, count: int) -> None:
        self.left = count
        self.event = asyncio.Event()

    async def arrive(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.event.set()
        await asyncio.wait_for(self.event.wait(), 300)


async def _session(url: str, n: int, questions: list[tuple[str, str, int]], ready: _AllReady) -> dict:
    """One session: each question once (a different order per session), then its last answer downloaded."""
    order = questions[n % len(questions):] + questions[:n % len(questions)]
    result: dict = {"times": [], "download_ok": False, "problems": []}
    try:
        async with ServedSession(url) as session:
            try:
                await session.wait_text(READY_TEXT, timeout=240)  # many app processes start at once
            finally:
                await ready.arrive()
            for question, summary, _count in order:
                try:
                    result["times"].append(await session.ask(question, summary))
                except TimeoutError as exc:  # a wrong answer never shows the right summary
                    result["problems"].append(f"session {n}: {question}: {exc}")
            name, data = await session.export(f"gyokaku_bench_{n}.xlsx")
            count = order[-1][2]
            try:
                got = xlsx_records(data)
            except Exception as exc:  # noqa: BLE001 - a broken file is a wrong download, said with its size
                got = f"an unreadable file of {len(data)} bytes ({type(exc).__name__})"
            result["download_ok"] = name == f"gyokaku_bench_{n}.xlsx" and got == count
            if not result["download_ok"]:
                result["problems"].append(f"session {n}: the download {name!r} holds {got}, not {count} records")
    except Exception as exc:  # noqa: BLE001 - a failed session is reported, never hidden
        result["problems"].append(f"session {n}: {type(exc).__name__}: {exc}")
    return result


def question_items(pattern: str | None) -> list[dict]:
    """The question set's items (with their expected answers), from the same files as the rest of the bench."""
    files = sorted(Path().glob(pattern)) if pattern and not Path(pattern).is_absolute() else \
        sorted(Path(pattern).parent.glob(Path(pattern).name)) if pattern else \
        sorted((ROOT.parent / "shared" / "questions").glob("*.jsonl"))
    return [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def measure_served(index: Path, questions: list[dict], work: Path, sessions: int = 20,
                   per_session: int = 5) -> tuple[dict[str, object], list[str]]:
    """Figures and notes of `sessions` concurrent sessions, each asking `per_session` questions."""
    chosen = known_right_questions(index, questions, per_session)
    if not chosen:
        return {"serve_p50_ms": None, "serve_p95_ms": None}, ["serve: no single-turn question of the set is "
                                                              "answered exactly, so nothing to check against"]
    before = hashlib.sha256(index.read_bytes()).hexdigest()
    cwd = work / "serve-cwd"
    cwd.mkdir(exist_ok=True)
    proc, url = start_server(index, cwd, work / "serve.log")
    started = time.perf_counter()
    try:
        results = asyncio.run(_gather(url, sessions, chosen))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    times = [t * 1000 for r in results for t in r["times"]]
    problems = [p for r in results for p in r["problems"]]
    figures: dict[str, object] = {
        "serve_p50_ms": median(times) if times else None,
        "serve_p95_ms": percentile(times, 0.95) if times else None,
        "serve_sessions": sessions,
        "serve_right_answers": f"{len(times)}/{sessions * len(chosen)}",
        "serve_right_downloads": f"{sum(r['download_ok'] for r in results)}/{sessions}",
        "serve_index_unchanged": hashlib.sha256(index.read_bytes()).hexdigest() == before,
        "serve_server_files_written": len(list(cwd.iterdir())),
    }
    load = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    notes = [f"serve: load average {load} at the end;", f"serve: {sessions} concurrent sessions × {len(chosen)} questions ({'、'.join(q for q, _, _ in chosen)}),"
             f" slowest {max(times):.0f} ms, took {time.perf_counter() - started:.0f} s" if times else "serve: no answer"]
    notes += [f"serve problem: {p}" for p in problems[:20]]
    return figures, notes


def serve_ok(figures: dict[str, object]) -> bool:
    """Every answer and download right, the index unchanged, nothing written where the server runs."""
    def full(value) -> bool:
        got, _, want = str(value).partition("/")
        return got == want

    return (full(figures.get("serve_right_answers")) and full(figures.get("serve_right_downloads"))
            and figures.get("serve_index_unchanged") is True and figures.get("serve_server_files_written") == 0)


async def _gather(url: str, sessions: int, chosen) -> list[dict]:
    ready = _AllReady(sessions)
    return await asyncio.gather(*(_session(url, n, chosen, ready) for n in range(sessions)))
