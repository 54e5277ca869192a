"""Benchmark (scripts/bench): speed measured against its physical limit, not against a stopwatch.

Machines are shared and noisy, so every figure is a median over repeated runs, and the ingest and
CLI figures are ratios to floors measured in the same run, interleaved with them:
- ingest: Sudachi alone tokenising, once and in mode A, exactly the passage text the index holds,
  both in this process (ingest_ratio: build_index as `gyokaku ingest` runs it, with the terms helper
  process tokenising beside it where a core is spare; ingest_single_ratio: never the helper, context)
  and as a whole process started like `gyokaku ingest` (ingest_process_ratio: Python, the
  dictionary, the tokenising);
- `gyokaku ask`: a Python process that loads the Sudachi dictionary, opens the index and reads one
  question (cli_ask_ratio); the bare process that only opens the index read-only and prints a query
  result is shown beside it (cli_bare_ms).
Whole processes run with byte-code caches as an installed gyokaku has them (PYTHONDONTWRITEBYTECODE
is dropped for them; the caches go to the benchmark's temporary folder).
Prints `name: value` lines and a table; `--json PATH` writes the same figures as JSON.

    python -m assistant.bench [--quick] [--json out.json]
    python -m assistant.bench --serve [--sessions 20]   (the served versions under load, on loopback)
    python -m assistant.bench --only ask_x100 [--scaled-index PATH]   (the ×100 ask figures alone)
    python -m assistant.bench --only tui [--runs 5]   (the TUI's first answer alone)
    python -m assistant.bench --scale-only [--scale 100]   (only the scaled corpus's ingest: one process, the pool)

Figures: ingest_ratio, ingest_process_ratio, what each part of ingest costs (decode, parse,
tokenize, write, fts; beside the tokenize part, tokenize_read_s: the floor plus reading each
morpheme's word id and surface, the least any use of Sudachi's morphemes costs), ask_p50_ms, ask_p95_ms, cli_ask_ratio, tui_first_answer_ms, ingest_peak_mb,
and (without --quick) on a corpus 100× larger: scale_ingest_ratio_x100 (one process), the pool's
speed-up and per-process peak memory, ask_p95_ms_x100. A few more are printed as context.
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A made edition of another city's documents in five formats no kind was written for (tests/questions/).
OTHER_SET = "made84"
CLI_QUESTION = "R4に終了した実践項目"
TUI_QUESTION = "R4に終了した実践項目"

# name -> (comparison, target, unit, what it means)
TARGETS: dict[str, tuple[str, float | None, str, str]] = {
    "ingest_ratio": ("<=", 1.5, "×", "取り込み ÷ Sudachi だけで索引の本文を一度解析（プロセス内）"),
    "ingest_process_ratio": ("<=", 1.5, "×", "gyokaku ingest ÷ 同じ解析だけのプロセス（プロセス全体）"),
    "ingest_s": ("", None, "s", "取り込み（corpus/ 全体、プロセス内）"),
    "tokenize_s": ("", None, "s", "Sudachi だけで索引の本文（断片）を一度解析"),
    "tokenize_read_s": ("", None, "s", "同じ解析 + 各形態素の語 ID と表層を読むだけ（形態素を使う最小の手間）"),
    "ingest_decode_s": ("", None, "s", "取り込みの内訳: 文字コード・形式の読み取り"),
    "ingest_parse_s": ("", None, "s", "取り込みの内訳: 記録と断片への解析（検索用の正規化を含む）"),
    "ingest_tokenize_s": ("", None, "s", "取り込みの内訳: 断片の Sudachi 解析（検索語）"),
    "ingest_write_s": ("", None, "s", "取り込みの内訳: SQLite への書き込み"),
    "ingest_fts_s": ("", None, "s", "取り込みの内訳: FTS5 索引"),
    "ingest_cpu_ratio": ("", None, "×", "同じ比を CPU 時間で（混雑に強い）"),
    "ingest_single_ratio": ("", None, "×", "参考: 解析の補助プロセスなし（1 プロセスだけ）で取り込んだ場合 ÷ Sudachi だけ"),
    "ingest_single_s": ("", None, "s", "参考: 解析の補助プロセスなしで取り込んだ場合"),
    "ingest_single_cpu_ratio": ("", None, "×", "参考: 同じ比を CPU 時間で"),
    "ingest_process_s": ("", None, "s", "gyokaku ingest（プロセス全体）"),
    "tokenize_process_s": ("", None, "s", "Python + Sudachi 辞書 + 索引の本文の解析だけのプロセス"),
    "ask_p50_ms": ("", None, "ms", "質問 1 件の応答（プロセス内、中央値）"),
    "ask_p95_ms": ("<=", 5.0, "ms", "質問 1 件の応答（プロセス内、95%）"),
    "ask_p95_cpu_ms": ("", None, "ms", "同じ 95% を CPU 時間で（混雑に強い）"),
    "ask_p50_ms_other": ("", None, "ms", "他市の資料（専用の読み取り規則のない 5 形式）を加えた索引で質問 1 件（中央値）"),
    "ask_p95_ms_other": ("", None, "ms", "同上（95%）"),
    "ask_p95_cpu_ms_other": ("", None, "ms", "同じ 95% を CPU 時間で（混雑に強い）"),
    "cli_ask_ratio": ("<=", 2.5, "×", "gyokaku ask --json ÷ 下限のプロセス（Python + Sudachi 辞書 + 索引）"),
    "cli_ask_cpu_ratio": ("", None, "×", "同じ比を CPU 時間で（混雑に強い）"),
    "cli_ask_ms": ("", None, "ms", "gyokaku ask --json（プロセス全体）"),
    "cli_floor_ms": ("", None, "ms", "下限: Python + sqlite3 + Sudachi 辞書で質問を一度解析"),
    "cli_bare_ms": ("", None, "ms", "Python が索引を読み取り専用で開き、問い合わせ結果を表示するだけ"),
    "cli_import_ms": ("", None, "ms", "Python の起動 + ask の経路のモジュールの import だけ"),
    "tui_first_answer_ms": ("<=", 1000.0, "ms", "端末アプリ起動から最初の回答表示まで"),
    "tui_first_answer_cold_ms": ("", None, "ms", "同上、新しいプロセスで初回（アプリの import・辞書・索引を含む）"),
    "ingest_peak_mb": ("", None, "MB", "gyokaku ingest の最大常駐メモリ"),
    "tokenize_peak_mb": ("", None, "MB", "Sudachi だけで索引の本文を解析するプロセスの最大常駐メモリ"),
    "scale_ingest_ratio_x100": ("<=", 110.0, "×", "100 倍の資料の取り込み ÷ 1 倍（1 プロセス）"),
    "ingest_s_x100": ("", None, "s", "100 倍の資料の取り込み（1 プロセス）"),
    "scale_ingest_cpu_ratio_x100": ("", None, "×", "同じ比を CPU 時間で（混雑に強い）"),
    "pool_ingest_s_x100": ("", None, "s", "100 倍の資料の gyokaku ingest（コアごとのプロセス + 書き込み 1 つ）"),
    "pool_speedup_x100": ("", None, "×", "1 プロセス ÷ プロセスプール（100 倍の資料）"),
    "pool_peak_ratio_x100": ("<=", 1.3, "×", "プール取り込みのプロセスごとの最大メモリ ÷ Sudachi だけ"),
    "pool_peak_mb_x100": ("", None, "MB", "同上の最大常駐メモリ（最も大きいプロセス）"),
    "ask_p50_ms_x100": ("", None, "ms", "100 倍の索引で質問 1 件（中央値）"),
    "ask_p95_ms_x100": ("<=", 20.0, "ms", "100 倍の索引で質問 1 件（95%）"),
    "ask_p95_cpu_ms_x100": ("", None, "ms", "同じ 95% を CPU 時間で（混雑に強い）"),
    "serve_p50_ms": ("", None, "ms", "ブラウザ版: 同時セッションで Enter から回答表示まで（中央値）"),
    "serve_p95_ms": ("", None, "ms", "ブラウザ版: 同上（95%）"),
    "serve_sessions": ("", None, "", "ブラウザ版: 同時セッション数"),
    "serve_right_answers": ("", None, "", "ブラウザ版: 質問集どおりの回答が表示された数"),
    "serve_right_downloads": ("", None, "", "ブラウザ版: Ctrl+E のダウンロードが回答と同じ件数だった数"),
    "serve_index_unchanged": ("", None, "", "ブラウザ版: 索引ファイルのハッシュが前後で同じ"),
    "serve_server_files_written": ("", None, "", "ブラウザ版: サーバーの作業フォルダに書かれたファイル数"),
}


def log(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    pos = (len(xs) - 1) * p
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def gyokaku_command() -> list[str]:
    exe = Path(sys.executable).with_name("gyokaku")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant"]


# --------------------------------------------------------------------------- ingest


def process_env(work: Path) -> dict[str, str]:
    """The environment of measured processes: byte-code caches on, as an installed gyokaku has
    them (a session may set PYTHONDONTWRITEBYTECODE, and then every run compiles every module)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    # The grammar's compiled-pattern cache as a user's machine has it: this index's patterns, written by
    # the first (uncounted) run, not a developer's cache grown over the test suite's many indexes.
    env["GYOKAKU_CACHE"] = str(work / "cache")
    # This checkout's code: .venv/bin/gyokaku imports the package the editable install names, which in
    # a second worktree sharing the .venv is the main checkout's.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def passage_texts(index: Path) -> list[str]:
    """The passage text the index holds: what ingest tokenises."""
    import sqlite3

    conn = sqlite3.connect(index)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM passages ORDER BY id")]
    finally:
        conn.close()


PARTS = ("decode", "parse", "tokenize", "write", "fts")


def _children_cpu() -> float:
    """CPU seconds of this process's ended (and waited for) children: ingest's terms helper."""
    try:
        import resource
    except ImportError:  # Windows: the helper's share is not counted
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_ingest(corpus: Path, reps: int, work: Path) -> dict[str, float]:
    """Medians of whole ingest and of the Sudachi floor, interleaved so both see the same noise.
    Ingest runs as `gyokaku ingest` runs it (with the terms helper process beside it where a core is
    spare; its CPU time includes the helper's), and, as context, without the helper, all in this one
    process (build_index(terms_helper=False)), which also gives the parts."""
    from assistant.store.build import build_index
    from assistant.text.tokenize import clear_caches, tokenize_raw, tokenize_read

    # Warm-up: imports, the dictionary, SQLite; neither side is charged for loading them.
    build_index([corpus], work / "warmup.db", workers=1)
    texts = passage_texts(work / "warmup.db")
    (work / "warmup.db").unlink()
    for text in texts:
        tokenize_raw(text)
    tok_wall, tok_cpu, ing_wall, ing_cpu, one_wall, one_cpu, read_wall = [], [], [], [], [], [], []
    parts: dict[str, list[float]] = {part: [] for part in PARTS}
    for rep in range(reps):
        gc.collect()
        w, c = time.perf_counter(), time.process_time()
        for text in texts:
            tokenize_raw(text)
        tok_wall.append(time.perf_counter() - w)
        tok_cpu.append(time.process_time() - c)
        w = time.perf_counter()
        for text in texts:
            tokenize_read(text)
        read_wall.append(time.perf_counter() - w)
        for helper, walls, cpus in ((None, ing_wall, ing_cpu), (False, one_wall, one_cpu)):
            clear_caches()  # a real ingest starts in a fresh process with cold caches
            target = work / f"ingest-{rep}.db"
            gc.collect()
            w, c = time.perf_counter(), time.process_time() + _children_cpu()
            summary = build_index([corpus], target, terms_helper=helper)
            walls.append(time.perf_counter() - w)
            cpus.append(time.process_time() + _children_cpu() - c)
            if helper is False:
                for part in PARTS:
                    parts[part].append(summary.parts.get(part, 0.0))
            target.unlink()
    ingest_s, tokenize_s = median(ing_wall), median(tok_wall)
    return {
        "ingest_ratio": ingest_s / tokenize_s,
        "ingest_s": ingest_s,
        "tokenize_s": tokenize_s,
        "tokenize_read_s": median(read_wall),
        **{f"ingest_{part}_s": median(parts[part]) for part in PARTS},
        "ingest_cpu_ratio": median(ing_cpu) / median(tok_cpu),
        "ingest_cpu_s": median(ing_cpu),
        "ingest_single_ratio": median(one_wall) / tokenize_s,
        "ingest_single_s": median(one_wall),
        "ingest_single_cpu_ratio": median(one_cpu) / median(tok_cpu),
        "ingest_single_cpu_s": median(one_cpu),
        "passage_chars": sum(map(len, texts)),
        "passages": len(texts),
    }


# The floor process: started like `gyokaku ingest` (the same interpreter), it loads the dictionary
# and tokenises the passage texts once, in mode A, with one tokenizer as ingest does.
_TOKENIZE_PROCESS = """
import json, sys
from sudachipy import Dictionary, SplitMode
tok = Dictionary(dict="core").tokenizer(SplitMode.A)
for text in json.loads(open(sys.argv[1], encoding="utf-8").read()):
    if text.strip():
        tok.tokenize(text)
"""


def measure_ingest_process(corpus: Path, runs: int, work: Path) -> dict[str, float]:
    """`gyokaku ingest` as a whole process against the floor process, interleaved, medians."""
    from assistant.store.build import build_index

    env = process_env(work)
    build_index([corpus], work / "texts.db", workers=1)
    texts = work / "passages.json"
    texts.write_text(json.dumps(passage_texts(work / "texts.db"), ensure_ascii=False), encoding="utf-8")
    (work / "texts.db").unlink()
    index = work / "process.db"
    ingest = [*gyokaku_command(), "ingest", "--quiet", "--index", str(index), str(corpus)]
    floor = [sys.executable, "-c", _TOKENIZE_PROCESS, str(texts)]
    ingest_times, floor_times = [], []
    for rep in range(runs + 1):  # the first of each writes the byte-code caches, and is not counted
        for cmd, into in ((floor, floor_times), (ingest, ingest_times)):
            index.unlink(missing_ok=True)
            start = time.perf_counter()
            subprocess.run(cmd, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
            if rep:
                into.append(time.perf_counter() - start)
    index.unlink(missing_ok=True)
    return {"ingest_process_ratio": median(ingest_times) / median(floor_times),
            "ingest_process_s": median(ingest_times), "tokenize_process_s": median(floor_times)}


def make_scaled_corpus(corpus: Path, factor: int, target: Path) -> Path:
    """The shipped documents `factor` times with distinct names: same vocabulary, longer tables."""
    from assistant.store.build import collect_files

    target.mkdir(parents=True, exist_ok=True)
    files = collect_files([corpus])
    for n in range(factor):
        for path in files:
            shutil.copyfile(path, target / f"x{n:03d}_{path.name}")
    return target


def time_one_ingest(corpus: Path, index: Path) -> tuple[float, float]:
    """(wall, cpu) seconds of one cold in-process ingest, in this one process."""
    from assistant.store.build import build_index
    from assistant.text.tokenize import clear_caches

    clear_caches()
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    summary = build_index([corpus], index, workers=1)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if summary.skipped:
        log(f"skipped while ingesting: {summary.skipped[:3]}")
    return wall, cpu


def measure_scale(corpus: Path, factor: int, work: Path, figures: dict[str, object], cpu_x1: float) -> Path:
    """The corpus `factor` times: one in-process ingest (against the one-process ×1 ingest and cpu_x1),
    then `gyokaku ingest` with its pool of worker processes, its speed-up and per-process peak memory
    (against figures["tokenize_peak_mb"]). Returns the one-process index (kept for the ask figures)."""
    log(f"×{factor}: writing the corpus {factor} times")
    big = make_scaled_corpus(corpus, factor, work / f"x{factor}")
    big_index = work / f"x{factor}.db"
    log(f"×{factor}: ingest (one run, one process)")
    seconds, cpu = time_one_ingest(big, big_index)
    figures[f"ingest_s_x{factor}"] = seconds
    # One process against one process: the ×1 ingest without the terms helper (scale_main measures
    # its ingest_s so).
    figures[f"scale_ingest_ratio_x{factor}"] = seconds / figures.get("ingest_single_s", figures["ingest_s"])
    figures[f"scale_ingest_cpu_ratio_x{factor}"] = cpu / cpu_x1
    log(f"×{factor}: gyokaku ingest with a process pool (one run)")
    big_pool = work / f"x{factor}-pool.db"
    start = time.perf_counter()
    peak = _peak_rss([*gyokaku_command(), "ingest", "--quiet", "--index", str(big_pool), str(big)],
                     process_env(work))
    figures[f"pool_ingest_s_x{factor}"] = pool_s = time.perf_counter() - start
    figures[f"pool_speedup_x{factor}"] = seconds / pool_s
    figures[f"pool_peak_mb_x{factor}"] = peak
    if peak and figures.get("tokenize_peak_mb"):
        figures[f"pool_peak_ratio_x{factor}"] = peak / figures["tokenize_peak_mb"]
    big_pool.unlink(missing_ok=True)
    shutil.rmtree(big)
    return big_index


def scale_main(args, figures: dict[str, object], notes: list[str], work: Path) -> None:
    """scripts/bench --scale-only: only the scaled corpus's ingest (one process, then the pool), with
    the ×1 figures it is a ratio to: ingest_s and its CPU time (median of 3 ingests all in this
    process) and the floor process's peak memory."""
    from assistant.store.build import build_index
    from assistant.text.tokenize import tokenize_raw

    build_index([args.corpus], work / "warmup.db", workers=1)  # imports, the dictionary, SQLite
    texts = passage_texts(work / "warmup.db")
    (work / "warmup.db").unlink()
    for text in texts:
        tokenize_raw(text)
    (work / "passages.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    runs = [time_one_ingest(args.corpus, work / f"x1-{n}.db") for n in range(3)]
    figures["ingest_s"] = median([wall for wall, _ in runs])
    figures["tokenize_peak_mb"] = _peak_rss([sys.executable, "-c", _TOKENIZE_PROCESS, str(work / "passages.json")],
                                            process_env(work))
    measure_scale(args.corpus, args.scale, work, figures, median([cpu for _, cpu in runs]))


# --------------------------------------------------------------------------- ask


def load_questions(pattern: str | None) -> tuple[list[list[str]], str]:
    """Questions as lists of turns: the shared question files, or the app's examples as a fallback."""
    files: list[Path] = []
    if pattern:
        files = sorted(Path().glob(pattern)) if not Path(pattern).is_absolute() else \
            sorted(Path(pattern).parent.glob(Path(pattern).name))
    else:
        files = sorted((ROOT.parent / "shared" / "questions").glob("*.jsonl"))
    questions: list[list[str]] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                turns = json.loads(line).get("turns") or []
                if isinstance(turns, str):
                    turns = [turns]
                if turns:
                    questions.append([str(t) for t in turns])
    if questions:
        return questions, ", ".join(str(p) for p in files)
    from assistant.query.conversation import EXAMPLES

    return [[q] for q in EXAMPLES], "assistant.query.conversation.EXAMPLES (no question files found)"


def measure_ask(index: Path, questions: list[list[str]], passes: int) -> dict[str, float]:
    """Each question alone on a fresh Assistant (a conversation for its follow-up turns), warm:
    one untimed pass first, then `passes` timed passes; p50/p95 per pass, median over passes. The p95
    is also taken in CPU time (p95_cpu): on a crowded machine the wall clock mostly measures waiting."""
    from assistant.query.conversation import Assistant
    from assistant.store.search import open_index

    db = open_index(index)
    for turns in questions:
        assistant = Assistant(db)
        for turn in turns:
            assistant.ask(turn)
    p50s, p95s, cpu_p95s, worst = [], [], [], []
    for _ in range(passes):
        latencies, cpu = [], []
        for turns in questions:
            assistant = Assistant(db)
            for turn in turns:
                start, start_cpu = time.perf_counter(), time.process_time()
                assistant.ask(turn)
                latencies.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
        p50s.append(percentile(latencies, 0.50))
        p95s.append(percentile(latencies, 0.95))
        cpu_p95s.append(percentile(cpu, 0.95))
        worst.append(max(latencies))
    db.conn.close()
    return {"p50": median(p50s), "p95": median(p95s), "p95_cpu": median(cpu_p95s), "max": median(worst),
            "n": len(latencies)}


# --------------------------------------------------------------------------- whole processes


# The floors of `gyokaku ask`: what any answer needs (Python, the dictionary, the index, the question
# read once), and the bare process that only opens the index and prints a query result.
_CLI_FLOOR = """
import sqlite3, sys
from sudachipy import Dictionary, SplitMode
conn = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(conn.execute("SELECT key, text FROM passages LIMIT 20").fetchall())
Dictionary(dict="core").tokenizer(SplitMode.A).tokenize(sys.argv[2])
"""
_CLI_BARE = """
import sqlite3, sys
conn = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(conn.execute("SELECT key, text FROM passages LIMIT 20").fetchall())
"""


def _run_for_cpu(cmd: list[str], env: dict[str, str]) -> float | None:
    """Run a process to its end; the CPU time (user + system, ms) it used where the OS tells it."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    if not hasattr(os, "wait4"):  # Windows: the wall clock only
        if proc.wait():
            raise subprocess.CalledProcessError(proc.returncode, cmd)
        return None
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return (usage.ru_utime + usage.ru_stime) * 1000


def measure_cli(index: Path, runs: int, work: Path) -> dict[str, object]:
    """`gyokaku ask --json` against its floors, interleaved, medians."""
    env = process_env(work)
    commands = {
        "cli_ask_ms": [*gyokaku_command(), "ask", "--json", "--index", str(index), CLI_QUESTION],
        "cli_floor_ms": [sys.executable, "-c", _CLI_FLOOR, str(index.resolve()), CLI_QUESTION],
        "cli_bare_ms": [sys.executable, "-c", _CLI_BARE, str(index.resolve())],
        "cli_import_ms": [sys.executable, "-c",
                          "import assistant.cli, assistant.query.conversation, assistant.store.search\n"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for rep in range(runs + 1):  # the first run writes the byte-code caches and is not counted
        for name, cmd in commands.items():
            start = time.perf_counter()
            used = _run_for_cpu(cmd, env)
            if rep:
                times[name].append((time.perf_counter() - start) * 1000)
                if used is not None:
                    cpu[name].append(used)
    # (told by an exit handler: `gyokaku ask` ends its process itself once it has answered)
    probe = ("import atexit, sys\nfrom assistant.cli import main\n"
             f"sys.argv = ['gyokaku', 'ask', '--json', '--index', {str(index)!r}, {CLI_QUESTION!r}]\n"
             "atexit.register(lambda: print('HEAVY:' + ','.join(m for m in ('textual', 'rich', 'openpyxl')"
             " if m in sys.modules), file=sys.stderr))\n"
             "main()\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT)
    if "HEAVY:" not in out.stderr:
        raise RuntimeError(f"the heavy-module probe did not report: {out.stderr[-500:]}")
    heavy = out.stderr.strip().rpartition("HEAVY:")[2] or "none"
    figures: dict[str, object] = {name: median(values) for name, values in times.items()}
    figures["cli_ask_ratio"] = figures["cli_ask_ms"] / figures["cli_floor_ms"]
    if cpu["cli_ask_ms"] and cpu["cli_floor_ms"]:
        figures["cli_ask_cpu_ratio"] = median(cpu["cli_ask_ms"]) / median(cpu["cli_floor_ms"])
    figures["heavy"] = heavy
    return figures


def measure_ingest_peak(corpus: Path, work: Path) -> tuple[float | None, float | None]:
    """Peak RSS of `gyokaku ingest`, and of the floor process that only has Sudachi tokenise the
    passage texts (the dictionary is read into memory)."""
    index = work / "peak.db"
    env = process_env(work)
    ingest = _peak_rss([*gyokaku_command(), "ingest", "--quiet", "--index", str(index), str(corpus)], env)
    index.unlink(missing_ok=True)
    floor = _peak_rss([sys.executable, "-c", _TOKENIZE_PROCESS, str(work / "passages.json")], env)
    return ingest, floor


# Run by a small helper process: a child's ru_maxrss also counts the memory it had as a fork of its
# parent before exec, so measuring straight from this (large) process would report our own size.
_PEAK_HELPER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
if hasattr(os, "wait4"):
    _, status, usage = os.wait4(proc.pid, 0)
    code, peak = os.waitstatus_to_exitcode(status), usage.ru_maxrss
else:
    import resource
    code, peak = proc.wait(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(code, peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024)
"""


def _peak_rss(cmd: list[str], env: dict[str, str] | None = None) -> float | None:
    """Peak RSS in MB of one command in its own process (of its largest process, when it starts
    worker processes of its own: Linux reports the largest of a finished process tree)."""
    out = subprocess.run([sys.executable, "-c", _PEAK_HELPER, *cmd], capture_output=True, text=True, cwd=ROOT,
                         env=env)
    try:
        code, peak = out.stdout.split()
    except ValueError:
        log(f"peak memory not measured: {out.stderr.strip()[-200:]}")
        return None
    if code != "0":
        log(f"{' '.join(cmd[:3])} … exited with {code}")
    return float(peak)


# --------------------------------------------------------------------------- TUI


def measure_tui(index: Path, runs: int, work: Path) -> dict[str, object]:
    """Run the pilot in a fresh process (so the first run is a true cold start of the app)."""
    from assistant.query.conversation import Assistant
    from assistant.store.search import open_index

    try:
        db = open_index(index)
        expect = Assistant(db).ask(TUI_QUESTION).summary or ""
        db.conn.close()
    except Exception as exc:  # noqa: BLE001 - then only the AnswerReady message is waited for
        log(f"tui: no expected answer ({exc})")
        expect = ""
    env = {**process_env(work), "GYOKAKU_DATA": str(work / "tui-data")}  # never touch the user's history
    cmd = [sys.executable, "-m", "assistant.bench", "--tui-child", str(index), "--runs", str(runs),
           "--expect", expect]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60 + 30 * runs)
    except subprocess.TimeoutExpired:
        return {"error": "timed out"}
    try:
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": (out.stderr.strip().splitlines() or ["no output"])[-1]}


def tui_figures(index: Path, runs: int, work: Path, figures: dict, notes: list[str]) -> None:
    """tui_first_answer_ms (the median of the runs, the first of them cold) and the cold figure."""
    log(f"tui: pilot in a fresh process, {runs} runs")
    tui = measure_tui(index, runs=runs, work=work)
    if "error" in tui or not tui.get("runs_ms"):
        figures["tui_first_answer_ms"] = figures["tui_first_answer_cold_ms"] = None
        notes.append(f"tui: n/a ({tui.get('error', 'no runs')})")
        return
    times = tui["runs_ms"]
    figures["tui_first_answer_ms"] = median(times)
    figures["tui_first_answer_cold_ms"] = tui.get("import_ms", 0.0) + times[0]
    notes.append(f"tui: runs {', '.join(f'{x:.0f}' for x in times)} ms (first is cold), detected by "
                 f"{tui.get('method')}; importing the app took {tui.get('import_ms', 0):.0f} ms "
                 f"(counted in the cold figure only)")


def tui_main(args, json_path: Path | None, figures: dict, notes: list[str], started: float) -> int:
    """scripts/bench --only tui: the TUI's first answer alone (--runs runs, as the full run measures
    it), on an index built from the corpus in a temporary folder."""
    from assistant.store.build import build_index

    with tempfile.TemporaryDirectory(prefix="gyokaku-bench-") as tmp:
        work = Path(tmp)
        index = work / "x1.db"
        log("tui: ingest ×1")
        build_index([args.corpus], index)
        tui_figures(index, args.runs, work, figures, notes)
    notes.append(f"bench took {time.perf_counter() - started:.0f} s")
    report(figures, notes)
    write_json(json_path, figures)
    return 0


def _screen_text(app) -> str | None:
    try:
        return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
    except Exception:  # noqa: BLE001 - private API; fall back to the message
        return None


async def _first_answer(make_app, index: Path, question: str, expect: str, timeout: float = 30.0
                        ) -> tuple[float, str]:
    """Milliseconds from make_app() to the answer's summary on screen (or, if the screen cannot be
    read, to the first AnswerReady message having been handled)."""
    from textual.widgets import Input

    needle = "".join(expect.split())[:10]
    answered: list[float] = []

    def hook(message) -> None:
        if not answered and type(message).__name__ == "AnswerReady":
            answered.append(time.perf_counter())

    start = time.perf_counter()
    app = make_app(index)
    async with app.run_test(size=(100, 32), message_hook=hook) as pilot:
        deadline = start + timeout
        box = None
        while box is None:
            try:
                box = app.screen.query_one("#question", Input)
            except Exception:  # noqa: BLE001
                found = list(app.screen.query(Input))
                box = found[0] if found else None
            if box is None:
                if time.perf_counter() > deadline:
                    raise TimeoutError("no question box")
                await asyncio.sleep(0.002)
        box.focus()
        box.value = question
        await pilot.press("enter")
        while True:
            now = time.perf_counter()
            if answered:
                text = _screen_text(app)
                if text is None or not needle:
                    await pilot.pause()
                    return (time.perf_counter() - start) * 1000, "message"
                if needle in "".join(text.split()):
                    return (now - start) * 1000, "screen"
            if now > deadline:
                raise TimeoutError("no answer shown")
            await asyncio.sleep(0.002)


def tui_child(index: Path, runs: int, expect: str) -> None:
    start = time.perf_counter()
    try:
        from assistant.tui.app import make_app
    except Exception as exc:  # noqa: BLE001 - the TUI may not exist yet
        print(json.dumps({"error": f"assistant.tui.app not available ({type(exc).__name__}: {exc})"}))
        return
    import_ms = (time.perf_counter() - start) * 1000
    times, method = [], ""
    try:
        for _ in range(runs):
            ms, method = asyncio.run(_first_answer(make_app, index, TUI_QUESTION, expect))
            times.append(ms)
    except Exception as exc:  # noqa: BLE001
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}", "runs_ms": times}))
        return
    print(json.dumps({"runs_ms": times, "import_ms": import_ms, "method": method}))


# --------------------------------------------------------------------------- report


def status(name: str, value) -> str:
    op, target, _, _ = TARGETS.get(name, ("", None, "", ""))
    if target is None or not isinstance(value, (int, float)):
        return ""
    return "ok" if value <= target else "OVER"


def fmt(value) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:.1f}"
    return str(value)


def report(figures: dict[str, object], notes: list[str]) -> None:
    for name, value in figures.items():
        print(f"{name}: {fmt(value)}")
    print()
    rows = []
    for name, value in figures.items():
        op, target, unit, what = TARGETS.get(name, ("", None, "", ""))
        goal = f"{op} {target:g}" if target is not None else ""
        rows.append((name, fmt(value), unit, goal, status(name, value), what))
    widths = [max(len(r[i]) for r in rows + [("figure", "value", "unit", "target", "", "")]) for i in range(5)]
    head = ("figure", "value", "unit", "target", "", "meaning")
    for row in [head, tuple("-" * w for w in widths) + ("-" * 20,)] + rows:
        print("  ".join(c.ljust(w) if i != 1 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
              + "  " + row[5])
    for note in notes:
        print(f"# {note}")


def write_json(json_path: Path | None, figures: dict[str, object]) -> None:
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"# figures written to {json_path}")


def serve_main(args, json_path: Path | None, figures: dict, notes: list[str], started: float) -> int:
    """scripts/bench --serve: the served versions under load on loopback (the browser version's
    concurrent sessions, then concurrent Datasette searches), on an index built from the corpus;
    fails when any answer is wrong."""
    from assistant.bench_datasette import TARGETS as DATASETTE_TARGETS
    from assistant.bench_datasette import measure_datasette
    from assistant.bench_serve import measure_served, question_items, serve_ok
    from assistant.store.build import build_index

    TARGETS.update(DATASETTE_TARGETS)
    with tempfile.TemporaryDirectory(prefix="gyokaku-bench-") as tmp:
        work = Path(tmp)
        index = work / "gyokaku.db"
        build_index([args.corpus], index)
        log(f"serve: {args.sessions} concurrent browser-version sessions on loopback")
        served, served_notes = measure_served(index, question_items(args.questions), work, sessions=args.sessions)
        figures.update(served)
        notes.extend(served_notes)
        log("datasette: concurrent searches on loopback")
        measured = measure_datasette(index, work)
        notes.extend(measured.pop("notes"))
        figures.update(measured)
    notes.append(f"bench took {time.perf_counter() - started:.0f} s")
    report(figures, notes)
    write_json(json_path, figures)
    return 0 if serve_ok(figures) else 1


def scaled_ask_main(args, json_path: Path | None, figures: dict, notes: list[str], started: float) -> int:
    """scripts/bench --only ask_x100: the ×N ask figures alone, measured as the full run measures
    them (the same questions, passes and percentiles) on the corpus written N times. The index is
    built in a temporary folder, or kept at --scaled-index (a later run reads none of the files again)."""
    from assistant.store.build import build_index

    factor = args.scale
    questions, source = load_questions(args.questions)
    with tempfile.TemporaryDirectory(prefix="gyokaku-bench-") as tmp:
        work = Path(tmp)
        big_index = args.scaled_index or work / f"x{factor}.db"
        log(f"×{factor}: writing the corpus {factor} times")
        big = make_scaled_corpus(args.corpus, factor, work / f"x{factor}")
        log(f"×{factor}: ingest into {big_index}")
        summary = build_index([big], big_index)
        log(f"×{factor}: {len(summary.added)} files read, {len(summary.unchanged)} unchanged")
        if summary.skipped:
            log(f"skipped while ingesting: {summary.skipped[:3]}")
        shutil.rmtree(big)
        log(f"×{factor}: ask, {sum(map(len, questions))} turns from {len(questions)} questions")
        ask = measure_ask(big_index, questions, passes=2)
        figures[f"ask_p50_ms_x{factor}"], figures[f"ask_p95_ms_x{factor}"] = ask["p50"], ask["p95"]
        figures[f"ask_p95_cpu_ms_x{factor}"] = ask["p95_cpu"]
        notes.append(f"ask ×{factor}: {ask['n']} turns of {len(questions)} questions from {source}; "
                     f"slowest {ask['max']:.1f} ms")
    notes.append(f"bench took {time.perf_counter() - started:.0f} s")
    report(figures, notes)
    write_json(json_path, figures)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the ×1 figures (under a minute)")
    parser.add_argument("--json", dest="json_path", type=Path, help="write the figures as JSON here")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--questions", help="glob of JSON Lines question files (default ../shared/questions/*.jsonl)")
    parser.add_argument("--reps", type=int, default=None, help="repetitions of the ×1 ingest")
    parser.add_argument("--scale", type=int, default=100, help="factor of the scaled corpus")
    parser.add_argument("--scale-only", action="store_true",
                        help="only the scaled corpus's ingest: one process, then the pool (and the ×1 figures they need)")
    parser.add_argument("--serve", action="store_true",
                        help="only the served versions under load on loopback (browser sessions, Datasette searches)")
    parser.add_argument("--sessions", type=int, default=20, help="concurrent browser-version sessions (--serve)")
    parser.add_argument("--only", choices=["ask_x100", "tui"],
                        help="only these figures: ask_x100 = the ask p50/p95 on the corpus --scale times (default 100); "
                             "tui = tui_first_answer_ms (--runs runs)")
    parser.add_argument("--scaled-index", type=Path,
                        help="with --only ask_x100: build the scaled index here and keep it (a later run skips the unchanged files)")
    parser.add_argument("--tui-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=5, help="with --only tui: runs of the first answer, the first cold (default 5)")
    parser.add_argument("--expect", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.tui_child:
        tui_child(args.tui_child, args.runs, args.expect)
        return 0
    quick = args.quick
    reps = args.reps or (5 if quick else 9)
    json_path = args.json_path
    if json_path and not json_path.is_absolute():
        json_path = Path(os.environ.get("GYOKAKU_BENCH_CWD", os.getcwd())) / json_path
    if args.scaled_index and not args.scaled_index.is_absolute():
        args.scaled_index = Path(os.environ.get("GYOKAKU_BENCH_CWD", os.getcwd())) / args.scaled_index
    figures: dict[str, object] = {}
    load = f", load {' '.join(f'{x:.2f}' for x in os.getloadavg())} at start" if hasattr(os, "getloadavg") else ""
    notes = [f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cpus{load}"]
    started = time.perf_counter()
    if args.serve:
        return serve_main(args, json_path, figures, notes, started)
    if args.only == "ask_x100":
        return scaled_ask_main(args, json_path, figures, notes, started)
    if args.only == "tui":
        return tui_main(args, json_path, figures, notes, started)
    if args.scale_only:
        with tempfile.TemporaryDirectory(prefix="gyokaku-bench-") as tmp:
            scale_main(args, figures, notes, Path(tmp))
        notes.append(f"bench took {time.perf_counter() - started:.0f} s")
        report(figures, notes)
        write_json(json_path, figures)
        return 0
    with tempfile.TemporaryDirectory(prefix="gyokaku-bench-") as tmp:
        work = Path(tmp)
        log(f"ingest ×1: {reps} interleaved runs of Sudachi alone and of build_index")
        figures.update(measure_ingest(args.corpus, reps, work))
        figures.pop("ingest_cpu_s")
        cpu_x1 = figures.pop("ingest_single_cpu_s")  # the ×100 one-process ingest's base: one process too
        notes.append(f"ingest floor: {figures.pop('passage_chars')} characters in {figures.pop('passages')} "
                     "passages (the text the index holds), tokenised once in mode A")
        log("ingest ×1: whole processes, gyokaku ingest and the floor")
        figures.update(measure_ingest_process(args.corpus, 3 if quick else 5, work))
        index = work / "x1.db"
        from assistant.store.build import build_index

        build_index([args.corpus], index)
        questions, source = load_questions(args.questions)
        log(f"ask ×1: {sum(map(len, questions))} turns from {len(questions)} questions")
        ask = measure_ask(index, questions, passes=3 if quick else 5)
        figures["ask_p50_ms"], figures["ask_p95_ms"], figures["ask_p95_cpu_ms"] = ask["p50"], ask["p95"], ask["p95_cpu"]
        notes.append(f"ask: {ask['n']} turns of {len(questions)} questions from {source}; slowest {ask['max']:.1f} ms")
        other = ROOT / "tests" / "questions" / OTHER_SET
        if other.is_dir():
            # Staff's own documents no kind was written for: every question over them reads their tables.
            log(f"ask over other documents: the corpus and {OTHER_SET}'s five files")
            other_index = work / "other.db"
            build_index([args.corpus, other / "docs"], other_index)
            other_questions = [json.loads(line)["turns"] for line in
                               (other / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
            ask = measure_ask(other_index, other_questions, passes=2 if quick else 3)
            figures["ask_p50_ms_other"], figures["ask_p95_ms_other"] = ask["p50"], ask["p95"]
            figures["ask_p95_cpu_ms_other"] = ask["p95_cpu"]
            notes.append(f"ask over other documents: {ask['n']} turns of {OTHER_SET}; slowest {ask['max']:.1f} ms")
        log("cli ask: whole processes")
        cli = measure_cli(index, runs=7 if quick else 11, work=work)
        for name in ("cli_ask_ratio", "cli_ask_cpu_ratio", "cli_ask_ms", "cli_floor_ms", "cli_bare_ms", "cli_import_ms"):
            if name in cli:
                figures[name] = cli[name]
        notes.append(f"gyokaku ask --json loaded heavy UI modules: {cli['heavy']}")
        tui_figures(index, 3 if quick else 5, work, figures, notes)
        log("ingest peak memory: gyokaku ingest in a subprocess")
        figures["ingest_peak_mb"], figures["tokenize_peak_mb"] = measure_ingest_peak(args.corpus, work)
        if not quick:
            big_index = measure_scale(args.corpus, args.scale, work, figures, cpu_x1)
            log(f"×{args.scale}: ask")
            ask = measure_ask(big_index, questions, passes=2)
            figures[f"ask_p50_ms_x{args.scale}"], figures[f"ask_p95_ms_x{args.scale}"] = ask["p50"], ask["p95"]
            figures[f"ask_p95_cpu_ms_x{args.scale}"] = ask["p95_cpu"]
            notes.append(f"ask ×{args.scale}: slowest {ask['max']:.1f} ms")
    notes.append(f"bench took {time.perf_counter() - started:.0f} s")
    report(figures, [n for n in notes if n])
    write_json(json_path, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
