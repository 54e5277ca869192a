"""Grammar patterns compiled once per machine: a pattern built from the stored form matches exactly
as `re.compile` would, across real processes, and a damaged store only costs speed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh process: compile patterns through the store, then report what they match.
_PROBE = r"""
import json, re, sys
from assistant.query.compiled import compiled, cache_file
from assistant.query.grammar import all_rules

texts = json.loads(sys.argv[1])
patterns = [r.regex.pattern for r in all_rules()] + [r"(?P<year>R\d+)年度?(?:に)?終了", r"[一-龥]{2,}(課|部)",
                                                    "[\ud800-\udfff]+"]  # (lone surrogates: keyed all the same)
out = []
for p in patterns:
    mine, plain = compiled(p), re.compile(p)
    assert (mine.pattern, mine.flags, mine.groups, mine.groupindex) == (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    out.append([[m.span(), m.groups()] for t in texts for m in mine.finditer(t)])
    assert out[-1] == [[m.span(), m.groups()] for t in texts for m in plain.finditer(t)], p
print(json.dumps({"file": str(cache_file()), "matches": out}))
"""

TEXTS = ["R4に終了した実践項目", "壊れた\udc81文字", "令和5年度までに終わっていない実践項目で総合評価がB以外のもの",
         "納税課の実践項目のうち、R2からR5の評価が一度もAでないもの", "2023年度に始まった連携事業は何件？"]


def _run(cache: Path) -> dict:
    env = {**os.environ, "GYOKAKU_CACHE": str(cache)}
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(TEXTS, ensure_ascii=False)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_stored_patterns_match_exactly_as_re_compile_in_a_later_process(tmp_path):
    first = _run(tmp_path)  # compiles and stores
    stored = Path(first["file"])
    assert stored.is_file() and stored.stat().st_size > 0
    second = _run(tmp_path)  # builds every pattern from the store
    assert second["matches"] == first["matches"]
    assert any(first["matches"])


def test_a_damaged_store_is_ignored_and_replaced(tmp_path):
    stored = Path(_run(tmp_path)["file"])
    stored.write_bytes(b"\x00not marshal data")
    again = _run(tmp_path)
    assert any(again["matches"])
    assert stored.read_bytes() != b"\x00not marshal data"


def test_a_later_process_with_another_hash_seed_compiles_no_pattern_again(tmp_path, index_path):
    """Patterns spelled from sets must not depend on the process's string hashing: otherwise every
    `gyokaku ask` compiles them afresh and the stored file grows with each ordering."""
    from tests.conftest import run_cli

    stored = None
    for seed in ("1", "2", "3"):
        out = run_cli("ask", "--json", "--index", str(index_path), "R4に終了した実践項目", "同じ取組項目の他の実践項目",
                      env={"GYOKAKU_CACHE": str(tmp_path), "PYTHONHASHSEED": seed})
        assert out.returncode == 0, out.stderr
        files = list(tmp_path.rglob("regex-*.marshal"))
        assert len(files) == 1
        if stored is None:
            stored = files[0].read_bytes()  # the first process compiles and stores every pattern it used
        else:
            assert files[0].read_bytes() == stored, f"PYTHONHASHSEED={seed} compiled patterns again"


_KEEP_PROBE = r"""
import marshal, sys
from assistant.query import compiled as store
store._MAX_BYTES = 3 * (len(store._stored_key(("a1", 0))) + len(marshal.dumps(store._parts("a1", 0))) + 10)  # room for three alike patterns
for p in sys.argv[1:]:
    store.compiled(p)
store._write()
print(sorted(store._questions.patterns()))
"""


def test_the_store_keeps_the_most_recently_used_patterns(tmp_path):
    """Names of every index ever ingested would otherwise pile up, and each process reads the file."""
    def run(*patterns):
        out = subprocess.run([sys.executable, "-c", _KEEP_PROBE, *patterns], cwd=ROOT, capture_output=True, text=True,
                             env={**os.environ, "GYOKAKU_CACHE": str(tmp_path)}, check=True)
        return out.stdout.strip()

    assert run("a1", "b2", "c3") == "['a1', 'b2', 'c3']"
    assert run("a1", "d4") == "['a1', 'c3', 'd4']"  # a1 used again, d4 new: b2 is the least recent


# A module's constant patterns (compiled in its body): in a later process, built only when used over a text
# that can match; until then every method gives what re gives for no match.
_DEFERRED_PROBE = r"""
import json, re, sys, types
from assistant.query import compiled as C

module = types.ModuleType("probe_module")
exec("from assistant.query.compiled import compiled\nP = compiled(r'(?P<y>R\\d+)年度?に終了')\n", module.__dict__)
p, plain = module.P, re.compile(r"(?P<y>R\d+)年度?に終了")
out = {"deferred": type(p).__name__, "pattern": p.pattern == plain.pattern}
for text in ("評価がAの実践項目", "R4に終了した実践項目"):
    out[text] = [p.search(text) is None, p.match(text) is None, p.fullmatch(text) is None, list(p.findall(text)),
                 [m.span() for m in p.finditer(text)], p.sub("X", text), p.subn("X", text), p.split(text),
                 [m.span() for m in C.finditer(p, text)]]
    out[text + " re"] = [plain.search(text) is None, plain.match(text) is None, plain.fullmatch(text) is None,
                         plain.findall(text), [m.span() for m in plain.finditer(text)], plain.sub("X", text),
                         plain.subn("X", text), plain.split(text), [m.span() for m in plain.finditer(text)]]
    out[text + " built"] = "groups" in getattr(p, "__dict__", {"groups": 0})
out["groups"] = (p.groups, p.groupindex) == (plain.groups, plain.groupindex)
print(json.dumps(out, ensure_ascii=False))
"""


def test_a_modules_pattern_is_built_on_its_first_use_that_can_match(tmp_path):
    env = {**os.environ, "GYOKAKU_CACHE": str(tmp_path)}
    run = lambda: json.loads(subprocess.run([sys.executable, "-c", _DEFERRED_PROBE], cwd=ROOT, env=env,  # noqa: E731
                                            capture_output=True, text=True, check=True).stdout)
    first = run()  # (the store lacks it: compiled at once, and stored)
    assert first["deferred"] == "Pattern"
    later = run()
    assert later["deferred"] == "_Deferred" and later["pattern"] and later["groups"]
    for text in ("評価がAの実践項目", "R4に終了した実践項目"):
        assert later[text] == later[text + " re"] == first[text]
    assert later["評価がAの実践項目 built"] is False and later["R4に終了した実践項目 built"] is True
