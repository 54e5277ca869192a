"""Passage terms for the build, tokenised by a helper process beside the one that parses and writes.

Sudachi is most of an ingest, and the shipped corpus is one large document and a few small ones:
documents cannot be spread over two cores, but a document's passages can. They are cut into chunks
that wait in one queue. The helper tokenises chunks from the front of the queue; when this process
needs a document's terms to write it and has nothing else to do, it tokenises that document's
chunks from the back (work stealing). Both cores stay busy, and a busy machine only shifts the
share. Every passage is tokenised once, by one process or the other, with the same code
(tokenize.passage_terms), so the index is the same as one built in one process.

The helper is a plain child process started with `python -c` and pipes (no fork: the same on
Linux, macOS and Windows) that imports only the tokenizer. It ends when its input closes, so it
never outlives this process, however that ends; its answers are read and its questions written by
two threads, so neither side can block the other whatever the pipes hold. If it cannot start or
dies, this process tokenises the rest itself: the helper only ever saves time.
"""
from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import queue
    import subprocess

# Characters per chunk: small enough for the two processes to share the last document evenly (the
# shipped corpus makes about forty), large enough that the pipes cost nothing beside Sudachi.
_CHUNK_CHARS = 4000
# Chunks sent to the helper and not answered yet: one it works on, one waiting, so it never idles
# between chunks; the rest stay in the queue, where this process can still take them.
_IN_FLIGHT = 2

_BOOT = "import sys; sys.path.insert(0, sys.argv[1]); from assistant.store.build_terms import serve; serve()"


def serve() -> None:
    """The helper's loop: a JSON list of texts per line in, [seconds, their terms] per line out."""
    from assistant.text.tokenize import load_known_terms, passage_terms, save_known_terms

    load_known_terms()
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        started = time.process_time()
        words = passage_terms(json.loads(line))
        out.write(json.dumps([time.process_time() - started, words], ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()
    save_known_terms()  # (its input is closed: the build is writing its last rows meanwhile)


def _local_terms(texts: list[str]) -> list[str]:
    from assistant.text.tokenize import passage_terms

    return passage_terms(texts)


@dataclass(eq=False)
class Chunk:
    texts: list[str]
    words: list[str] | None = None
    taken: bool = False  # sent to the helper, or being tokenised here


class Terms:
    """Terms of passage texts: `submit` a document's texts early, `collect` them when writing it."""

    def __init__(self, helper: bool) -> None:
        self.seconds = 0.0  # CPU seconds spent tokenising, in both processes (BuildSummary.parts)
        self.answered = 0  # chunks the helper tokenised
        self._lock = threading.Condition()
        self._waiting: list[Chunk] = []  # not taken yet, in order
        self._sent: list[Chunk] = []  # sent to the helper, answers pending, in order
        self._proc: subprocess.Popen | None = None
        self._outbox: queue.Queue | None = None  # (made with the helper: without one, no subprocess nor queue is imported)
        self._released = False
        if helper:
            self._start()

    def _start(self) -> None:
        import queue
        import subprocess

        root = str(Path(__file__).resolve().parents[2])  # the helper imports this very package
        self._outbox = queue.Queue()
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _BOOT, root], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL)
        except OSError:
            self._proc = None
            return
        threading.Thread(target=self._write, args=(self._proc,), daemon=True).start()
        threading.Thread(target=self._read, args=(self._proc,), daemon=True).start()

    def submit(self, texts: list[str]) -> list[Chunk]:
        chunks: list[Chunk] = []
        size = 0
        for text in texts:
            if not chunks or size + len(text) > _CHUNK_CHARS:
                chunks.append(Chunk([]))
                size = 0
            chunks[-1].texts.append(text)
            size += len(text)
        with self._lock:
            self._waiting.extend(chunks)
            self._top_up()
        return chunks

    def collect(self, chunks: list[Chunk]) -> list[str]:
        """The terms of a submitted document's texts, in order; tokenises here what the helper has
        not taken, last chunk first."""
        with self._lock:
            while True:
                mine = next((c for c in reversed(chunks) if not c.taken), None)
                if mine is None:
                    if all(c.words is not None for c in chunks):
                        return [w for c in chunks for w in c.words]
                    self._lock.wait()
                    continue
                mine.taken = True
                self._waiting.remove(mine)
                self._lock.release()
                try:
                    # This thread's time: the build may fill the trigram index meanwhile (_Trigrams).
                    started = time.thread_time()
                    words = _local_terms(mine.texts)
                    spent = time.thread_time() - started
                finally:
                    self._lock.acquire()
                mine.words = words
                self.seconds += spent

    def release(self) -> None:
        """No more work: the helper's input is closed and it ends (and frees its dictionary) on its
        own, while this process goes on writing; `close` then only waits for it."""
        with self._lock:
            if self._proc is not None and not self._released:
                self._released = True
                self._outbox.put(None)

    def close(self) -> None:
        self.release()
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is None:
            return
        import subprocess  # (imported by _start already)

        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    # The two threads: one writes chunks to the helper, one reads its answers.

    def _top_up(self) -> None:
        """Keep the helper's chunks in flight (called with the lock held)."""
        if self._proc is None:
            return
        while len(self._sent) < _IN_FLIGHT and self._waiting:
            chunk = self._waiting.pop(0)
            chunk.taken = True
            self._sent.append(chunk)
            self._outbox.put(chunk.texts)

    def _write(self, proc: subprocess.Popen) -> None:
        try:
            while (texts := self._outbox.get()) is not None:
                proc.stdin.write(json.dumps(texts, ensure_ascii=False).encode("utf-8") + b"\n")
                proc.stdin.flush()
        except (OSError, ValueError):  # the helper is gone: _read hands its chunks back
            pass
        try:
            proc.stdin.close()
        except OSError:
            pass

    def _read(self, proc: subprocess.Popen) -> None:
        try:
            for line in proc.stdout:
                seconds, words = json.loads(line)
                with self._lock:
                    if not self._sent or len(words) != len(self._sent[0].texts):
                        raise ValueError("an answer to no chunk sent")
                    chunk = self._sent.pop(0)
                    chunk.words = words
                    self.seconds += seconds
                    self.answered += 1
                    self._top_up()
                    self._lock.notify_all()
        except (OSError, ValueError, IndexError, TypeError):
            pass
        with self._lock:  # the helper ended: whatever it had not answered goes back to the queue
            if self._proc is proc:
                self._proc = None
            for chunk in self._sent:
                chunk.taken = False
            self._waiting[:0] = self._sent
            self._sent.clear()
            self._lock.notify_all()
