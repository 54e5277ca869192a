"""Soak test (scripts/soak): the robustness faults of tests/test_robustness_*.py, in random loops, for
as long as asked. Prints what it did and what it found; exit status 1 if anything broke.

    scripts/soak [--minutes 10] [--only kill,questions,parsers,damage,diskfull] [--seed N] [--keep DIR]

Rounds, taken in turn until the time is up:
  kill       SIGKILL a real `python -m assistant ingest` at a random moment (a random delay, a random
             size of its temporary file, or right after the swap); the index must be byte-identical
             to the previous one or the complete new one, answering as before / as a complete build;
             every tenth round an ingest that is let finish must remove the stray temporary files.
  questions  random questions (all of Unicode with lone surrogates, the index's vocabulary and the
             question grammar, FTS5/SQL syntax) in random conversations: always an Answer, a
             Japanese message for errors, JSON that encodes as UTF-8, the index file unchanged.
  parsers    the shipped documents mutated (lines cut, dropped, doubled, swapped, digits swapped for
             look-alikes ² ፩ ①) through every loader: anything but DocumentError is a parser bug;
             each distinct one (exception, file, line) is saved under --keep for a bug report.
  damage     random bytes over a copy of the index: open_index refuses with a GyokakuError, or the
             Assistant answers (an answer may carry an error) — never an exception.
  diskfull   an ingest under a random RLIMIT_FSIZE: it succeeds, or fails with a Japanese message
             and the previous index byte-identical.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.errors import DocumentError, GyokakuError  # noqa: E402
from tests.robustness_helpers import (  # noqa: E402
    CORPUS,
    PROBE_QUESTIONS,
    cli,
    copy_corpus,
    documents,
    fsize_limit,
    popen_cli,
    sha256,
    temps,
)

counts: collections.Counter = collections.Counter()
failures: list[str] = []
findings: dict[tuple, str] = {}


def fail(what: str) -> None:
    failures.append(what)
    print(f"FAIL: {what}", flush=True)


class Soak:
    def __init__(self, work: Path, keep: Path, rnd: random.Random) -> None:
        self.work = work
        self.keep = keep
        self.rnd = rnd
        self.corpus = copy_corpus(work / "big", 5)
        self.previous = work / "index" / "gyokaku.db"
        self.previous.parent.mkdir()
        r = cli("ingest", "-q", "--index", str(self.previous), str(CORPUS))
        assert r.returncode == 0, r.stderr
        self.before_bytes = self.previous.read_bytes()
        self.before_sha = sha256(self.previous)
        self.before_answers = self._answers(self.previous)
        # One complete build of the change, for its answers and final size.
        self.previous.write_bytes(self.before_bytes)
        started = time.monotonic()
        r = cli("ingest", "-q", "--index", str(self.previous), str(self.corpus))
        assert r.returncode == 0, r.stderr
        self.duration = time.monotonic() - started
        self.after_docs = documents(self.previous)
        self.after_answers = self._answers(self.previous)
        self.final_size = self.previous.stat().st_size
        self.previous.write_bytes(self.before_bytes)
        self.kill_rounds = 0

    @staticmethod
    def _answers(index: Path) -> list[dict]:
        r = cli("ask", "--index", str(index), "--json", *PROBE_QUESTIONS)
        if r.returncode != 0 or "Traceback" in r.stderr:
            fail(f"ask on {index}: {r.stderr[-500:]}")
            return []
        return json.loads(r.stdout)

    # --- kill ------------------------------------------------------------------------------------
    def kill(self) -> None:
        self.kill_rounds += 1
        self.previous.write_bytes(self.before_bytes)
        how = self.rnd.choice(["time", "size", "size", "after-swap"])
        proc = popen_cli("ingest", "-q", "--index", str(self.previous), str(self.corpus))
        tmp = self.previous.with_name(self.previous.name + f".building-{proc.pid}")
        if how == "time":
            time.sleep(self.rnd.uniform(0, self.duration * 1.1))
        else:
            limit = int(self.final_size * self.rnd.random())
            seen = False  # the temporary file existed: its disappearance is the swap
            while proc.poll() is None:
                size = tmp.stat().st_size if tmp.exists() else -1
                if how == "size" and size >= limit:
                    break
                if how == "after-swap" and size == -1 and seen:
                    break
                seen = seen or size >= 0
                time.sleep(0.001)
        building = tmp.exists()
        alive = proc.poll() is None
        if alive:
            proc.send_signal(signal.SIGKILL)
        proc.communicate()
        if not alive:
            outcome = "finished"
        elif sha256(self.previous) == self.before_sha:
            outcome = "previous, killed while building" if building else "previous, killed before building"
        else:
            outcome = "new (killed after the swap)"
        counts[f"kill: {outcome}"] += 1
        if sha256(self.previous) == self.before_sha:
            if self._answers(self.previous) != self.before_answers:
                fail(f"kill ({how}): previous index answers differently")
        else:
            if documents(self.previous) != self.after_docs:
                fail(f"kill ({how}): a partial index became visible")
            elif self._answers(self.previous) != self.after_answers:
                fail(f"kill ({how}): the new index answers unlike a complete build")
        if self.kill_rounds % 10 == 0:
            stray = len(temps(self.previous))
            r = cli("ingest", "-q", "--index", str(self.previous), str(self.corpus))
            counts["kill: stray temporary files removed"] += stray
            if r.returncode != 0 or temps(self.previous):
                fail(f"ingest after kills: rc={r.returncode} temps={temps(self.previous)} {r.stderr[-300:]}")

    # --- questions ---------------------------------------------------------------------------------
    def questions(self, n: int = 400) -> None:
        from assistant.query.conversation import Assistant
        from assistant.store.search import open_index

        index = self.work / "index" / "questions.db"
        if not index.exists():
            index.write_bytes(self.before_bytes)
        before = sha256(index)
        db = open_index(index)
        assistant = Assistant(db)
        grammar = ["の", "で", "が", "以上", "以下", "件数", "平均", "部署別", "上位3件", "その中で", "さらに",
                   "R4", "令和4年度", "H17", "No.17", "実践項目", "取組項目", "委員の意見", "連携事業", "総合評価",
                   "ふるさと納税", "デジタル", "AI", "'; DROP TABLE practice; --", '"', "*", "NEAR(", "OR", "NOT"]
        for _ in range(n):
            kind = self.rnd.randrange(4)
            if kind == 0:
                q = "".join(chr(self.rnd.randrange(0, 0x110000)) for _ in range(self.rnd.randrange(0, 80)))
            elif kind == 1:
                q = "".join(self.rnd.choice(grammar) for _ in range(self.rnd.randrange(1, 10)))
            elif kind == 2:
                q = " ".join(self.rnd.choice(grammar) for _ in range(self.rnd.randrange(1, 10)))
            else:  # long ones are rare: a question of 2 000 characters takes about a second to parse
                q = self.rnd.choice(grammar) * (self.rnd.randrange(1, 3000) if self.rnd.random() < 0.01
                                                else self.rnd.randrange(1, 60))
            if self.rnd.random() < 0.3:
                assistant.reset()
            try:
                answer = assistant.ask(q)
                json.dumps(answer.to_dict(explain=True), ensure_ascii=False, default=str).encode("utf-8")
                if not answer.summary:
                    fail(f"question {q[:80]!r}: empty summary")
                counts["questions: answered with an error" if answer.error else "questions: answered"] += 1
            except Exception as exc:  # noqa: BLE001
                fail(f"question {q[:80]!r}: {type(exc).__name__}: {exc}")
        db.conn.close()
        if sha256(index) != before:
            fail("asking changed the index file")

    # --- parsers -----------------------------------------------------------------------------------
    def parsers(self, seconds: float = 10.0) -> None:
        from assistant.kinds import registry as loaders

        texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            name = self.rnd.choice(sorted(texts))
            text = texts[name]
            for _ in range(self.rnd.randrange(1, 4)):
                text = self._mutate(text)
            counts["parsers: documents parsed"] += 1
            try:
                loaders.parse(text, name)
            except DocumentError:
                counts["parsers: refused with a DocumentError"] += 1
            except Exception as exc:  # noqa: BLE001
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                key = (type(exc).__name__, Path(frame.filename).name, frame.lineno)
                if key not in findings:
                    saved = self.keep / f"parser-crash-{len(findings) + 1}-{name}"
                    saved.write_text(text, encoding="utf-8")
                    findings[key] = f"{key[0]} at {key[1]}:{key[2]}: {exc!s:.120} (input: {saved})"
                    print(f"FOUND: {findings[key]}", flush=True)

    def _mutate(self, text: str) -> str:
        lines = text.split("\n")
        rnd = self.rnd
        op = rnd.randrange(8)
        i = rnd.randrange(len(lines))
        if op == 0:
            lines = lines[:i]
        elif op == 1:
            del lines[i:i + rnd.randrange(1, 200)]
        elif op == 2:
            lines[i:i] = lines[i:i + rnd.randrange(1, 200)]
        elif op == 3:
            for _ in range(rnd.randrange(1, 50)):
                lines[rnd.randrange(len(lines))] = ""
        elif op == 4:
            for _ in range(rnd.randrange(1, 50)):
                a, b = rnd.randrange(len(lines)), rnd.randrange(len(lines))
                lines[a], lines[b] = lines[b], lines[a]
        elif op == 5:
            line = lines[i]
            k = rnd.randrange(len(line) + 1)
            lines[i:i + 1] = [line[:k], line[k:]]
        elif op == 6:  # digits that str.isdigit() accepts and int() does not, and other look-alikes
            lookalike = rnd.choice(["²", "፩", "①", "１", "٣", "Ⅳ", "〇", "十"])
            for _ in range(rnd.randrange(1, 20)):
                j = rnd.randrange(len(lines))
                lines[j] = "".join(lookalike if c.isdigit() and rnd.random() < 0.3 else c for c in lines[j])
        else:
            lines = [line for line in lines if rnd.random() < 0.5]
        return "\n".join(lines) if lines else ""

    # --- damage ------------------------------------------------------------------------------------
    def damage(self, n: int = 30) -> None:
        from assistant.query.conversation import Assistant
        from assistant.store.search import open_index

        path = self.work / "damaged.db"
        for _ in range(n):
            path.write_bytes(self.before_bytes)
            with open(path, "r+b") as f:
                for _ in range(self.rnd.randrange(1, 4)):
                    f.seek(self.rnd.randrange(len(self.before_bytes)))
                    f.write(self.rnd.randbytes(self.rnd.choice([1, 16, 512, 4096])))
            try:
                db = open_index(path)
            except GyokakuError as exc:
                counts["damage: refused"] += 1
                if "gyokaku ingest" not in exc.message:
                    fail(f"damage: message without what to do: {exc.message}")
                continue
            try:
                assistant = Assistant(db)
                errors = sum(bool(assistant.ask(q).error) for q in PROBE_QUESTIONS)
                counts["damage: answered with errors" if errors else "damage: answered"] += 1
            except Exception as exc:  # noqa: BLE001
                fail(f"damage: {type(exc).__name__}: {exc}")
            finally:
                db.conn.close()

    # --- disk full ---------------------------------------------------------------------------------
    def diskfull(self) -> None:
        self.previous.write_bytes(self.before_bytes)
        limit = self.rnd.randrange(0, int(self.final_size * 1.05))
        r = cli("ingest", "--index", str(self.previous), str(self.corpus), preexec_fn=fsize_limit(limit))
        if "Traceback" in r.stderr:
            fail(f"disk full at {limit}: traceback {r.stderr[-400:]}")
        if r.returncode == 0:
            counts["diskfull: succeeded (limit large enough)"] += 1
            return
        counts["diskfull: refused with a message"] += 1
        if "ディスク" not in r.stderr or sha256(self.previous) != self.before_sha or temps(self.previous):
            fail(f"disk full at {limit}: rc={r.returncode} {r.stderr[-300:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--only", default="kill,questions,parsers,damage,diskfull")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="folder for inputs that broke something")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rnd = random.Random(seed)
    started = time.monotonic()
    deadline = started + args.minutes * 60
    rounds = [r.strip() for r in args.only.split(",") if r.strip()]
    with tempfile.TemporaryDirectory(prefix="gyokaku-soak-") as tmp:
        keep = args.keep or Path(tmp) / "keep"
        keep.mkdir(parents=True, exist_ok=True)
        print(f"soak: seed {seed}, {args.minutes:g} min, rounds {', '.join(rounds)}", flush=True)
        soak = Soak(Path(tmp), keep, rnd)
        print(f"soak: a full build of the test corpus takes {soak.duration:.1f} s", flush=True)
        n = 0
        seconds: collections.Counter = collections.Counter()
        while time.monotonic() < deadline:
            name = rounds[n % len(rounds)]
            n += 1
            counts[f"rounds: {name}"] += 1
            round_started = time.monotonic()
            try:
                getattr(soak, name)()
            except Exception as exc:  # noqa: BLE001 - the soak itself must report, not stop
                fail(f"round {name}: {type(exc).__name__}: {exc}\n{traceback.format_exc()}")
            seconds[name] += time.monotonic() - round_started
        elapsed = time.monotonic() - started
        print(f"\nsoak ran {elapsed / 60:.1f} min ({elapsed:.0f} s), seed {seed}")
        for key in sorted(counts):
            print(f"  {key}: {counts[key]}")
        print("  seconds per kind of round: " + ", ".join(f"{k} {v:.0f}" for k, v in sorted(seconds.items())))
        print(f"  parser crashes (distinct): {len(findings)}")
        for text in findings.values():
            print(f"    {text}")
        print(f"  failures: {len(failures)}")
        for text in failures:
            print(f"    {text[:300]}")
        if findings and args.keep is None:
            print("  (crash inputs were in a temporary folder: use --keep DIR to keep them)")
    return 1 if failures or findings else 0


if __name__ == "__main__":
    sys.exit(main())
