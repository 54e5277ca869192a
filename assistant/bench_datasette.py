"""Benchmark of `gyokaku datasette` under load (scripts/bench --serve): concurrent searches on loopback.

The real command serves a copy of the index on a free loopback port; rounds of 50 concurrent searches
of the passages table (the JSON of the search page, facets included) are sent with httpx. Every answer
is checked against gyokaku's own search, and the served file's SHA-256 is compared before and after.
The load is bounded: a fixed number of requests, each with a timeout, and the server is stopped after.
"""
from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CONCURRENCY = 50
ROUNDS = 3
# Words of the issue: katakana and kana-kanji, two letters and more (the answers are read from the index).
WORDS = ("バス", "委託", "ふるさと納税", "デジタル", "納税")

TARGETS: dict[str, tuple[str, float | None, str, str]] = {
    "datasette_search_p50_ms": ("", None, "ms", f"Datasette の検索 {CONCURRENCY} 件同時（中央値）"),
    "datasette_search_p95_ms": ("", None, "ms", f"Datasette の検索 {CONCURRENCY} 件同時（95%）"),
    "datasette_floor_p50_ms": ("", None, "ms", f"同じ {CONCURRENCY} 件同時で何も読まないページ（/-/versions.json）"),
    "datasette_search_ratio": ("", None, "×", "検索の中央値 ÷ 何も読まないページの中央値"),
    "datasette_search_right": ("", None, "件", "gyokaku の検索と同じ答えだった件数（全件中）"),
    "datasette_index_unchanged": ("", None, "", "配信した索引ファイルのハッシュが前後で同じ"),
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _expected(index: Path) -> dict[str, list[int]]:
    from assistant.store.search import find_passages, open_index

    db = open_index(index)
    try:
        return {w: sorted(p["id"] for p in find_passages(db, w)) for w in WORDS}
    finally:
        db.conn.close()


def _wait_ready(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{url}/-/versions.json", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"gyokaku datasette stopped: {proc.stderr.read() if proc.stderr else ''}")
        if time.monotonic() > deadline:
            raise RuntimeError("gyokaku datasette did not answer within 60 s")
        time.sleep(0.2)


async def _round(url: str, expected: dict[str, list[int]], n: int, floor: bool = False
                 ) -> list[tuple[float, bool]]:
    """`n` simultaneous searches (or, for the floor, requests of a page that reads nothing)."""
    import httpx

    async def one(client, word: str) -> tuple[float, bool]:
        started = time.perf_counter()
        if floor:
            r = await client.get(f"{url}/-/versions.json")
            return (time.perf_counter() - started) * 1000, r.status_code == 200
        r = await client.get(f"{url}/gyokaku/passages.json?_search={quote(word)}&_col=id&_shape=objects&_size=max")
        ms = (time.perf_counter() - started) * 1000
        right = r.status_code == 200 and sorted(row["id"] for row in r.json()["rows"]) == expected[word]
        return ms, right

    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        return await asyncio.gather(*(one(client, WORDS[i % len(WORDS)]) for i in range(n)))


def measure_datasette(index: Path, work: Path, concurrency: int = CONCURRENCY, rounds: int = ROUNDS) -> dict:
    """Figures of `rounds` bursts of `concurrency` simultaneous searches against the real command."""
    from assistant.bench import median, percentile

    served = work / "served" / index.name
    served.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(index, served)
    before = _sha256(served)
    expected = _expected(served)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "datasette", "--index", str(served),
                             "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_ready(url, proc)
        asyncio.run(_round(url, expected, len(WORDS)))  # warm: connections, first queries
        results: list[tuple[float, bool]] = []
        floor: list[tuple[float, bool]] = []
        for _ in range(rounds):  # interleaved, so that both see the same load of the shared machine
            floor.extend(asyncio.run(_round(url, expected, concurrency, floor=True)))
            results.extend(asyncio.run(_round(url, expected, concurrency)))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    times = [ms for ms, _ in results]
    floor_p50 = median([ms for ms, _ in floor])
    return {
        "datasette_search_p50_ms": median(times),
        "datasette_search_p95_ms": percentile(times, 0.95),
        "datasette_floor_p50_ms": floor_p50,
        "datasette_search_ratio": median(times) / floor_p50,
        "datasette_search_right": f"{sum(ok for _, ok in results)}/{len(results)}",
        "datasette_index_unchanged": _sha256(served) == before,
        "notes": [f"datasette: {rounds} rounds of {concurrency} concurrent searches of {', '.join(WORDS)} on "
                  f"loopback; slowest {max(times):.0f} ms; hits per word "
                  + ", ".join(f"{w} {len(ids)}" for w, ids in expected.items())],
    }
