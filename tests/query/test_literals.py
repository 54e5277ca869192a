"""The strings every match of a pattern holds (query/literals.py): a scan is skipped only when it
cannot match, for hand-made patterns and for every grammar rule over real questions."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.query.compiled import compiled, finditer, search
from assistant.query.literals import might_match, required

try:
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _parser

ROOT = Path(__file__).resolve().parents[2]


def _needed(pattern: str, flags: int = 0):
    parsed = _parser.parse(pattern, flags)
    return required(parsed, flags | parsed.state.flags)


@pytest.mark.parametrize("pattern, needed", [
    (r"R\d+年度に終了", ("年度に終了",)),  # the longest run of literals
    (r"(?:件数|何件|いくつ)", ("いくつ", "件数", "何件")),  # in code-point order
    (r"(?:令和|R)\d", ("R", "令和")),
    (r"[AB]評価", ("評価",)),
    (r"[AB]", ("A", "B")),
    (r"(?:の)?実践項目", ("実践項目",)),
    (r"(?:何件|)", None),  # an empty alternative promises nothing
    (r"(?:ある)?", None),  # an optional part neither
    (r"(?:ある)+", ("ある",)),
    (r"[^。]+", None),
    (r"\d+", None),
    (r"(?i)abc", None),  # ignoring case: not read
    (r"(?i:ab)c", ("c",)),
    (r"(?P<a>課)(?P=a)", ("課",)),
    (r"[一-龥]{2,}", None),  # a wide class
    (r"xa(?=b)c", ("xa",)),  # an assertion breaks the run of literals
])
def test_what_every_match_holds(pattern, needed):
    assert _needed(pattern) == needed


def test_a_text_without_the_needed_strings_is_not_scanned():
    regex = compiled(r"(?:令和|R)\d+(?:年度)?(?:に|で)?終了")
    assert might_match(("終了",), "R4に終了") and not might_match(("終了",), "R4に開始")
    assert list(finditer(regex, "R4に開始した実践項目")) == []
    assert [m.group(0) for m in finditer(regex, "R4に終了した実践項目")] == ["R4に終了"]
    assert search(regex, "令和3年度で終了") is not None
    assert might_match(None, "")  # nothing promised: always scanned


def _texts() -> list[str]:
    """Every question turn of the question sets, as written and as the grammar reads it."""
    from assistant.query.grammar.canon import canonicalise
    from assistant.query.grammar.years import expand_eras
    from assistant.query.parse import normalize_question

    files = sorted((ROOT / "tests" / "questions").glob("*.jsonl"))
    files += sorted((ROOT.parent / "shared" / "questions").rglob("*.jsonl"))
    out: set[str] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                turns = json.loads(line).get("turns") or []
                for t in [turns] if isinstance(turns, str) else turns:
                    out.add(str(t))
                    out.add(canonicalise(expand_eras(normalize_question(str(t)))).text)
    assert len(out) > 1000
    return sorted(out)


def test_no_rule_is_skipped_where_it_matches():
    """For every rule and every question: a text the rule's pattern matches is always scanned, and
    most rules are skipped for most questions (what makes the grammar fast)."""
    from assistant.query.grammar import all_rules
    from assistant.query import compiled as stored

    texts = _texts()
    skipped = scanned = 0
    for rule in all_rules():
        needed = stored._needed.get(id(rule.regex), None)
        fragments = [f for f, _ in rule.examples]
        for text in texts + fragments:
            if might_match(needed, text):
                scanned += 1
            else:
                skipped += 1
                assert rule.regex.search(text) is None, (rule.name, text)
    assert skipped > scanned


def test_patterns_of_the_grammar_promise_strings():
    from assistant.query.grammar import all_rules
    from assistant.query import compiled as stored

    rules = all_rules()
    promising = [r for r in rules if stored._needed.get(id(r.regex)) is not None]
    assert len(promising) >= 0.9 * len(rules)
    assert all(isinstance(s, str) and s for r in promising for s in stored._needed[id(r.regex)])


def test_a_run_is_tested_against_the_titles_only_when_it_can_lie_inside_one(db):
    """The partial-title search skips a run of the question some six characters of which in a row
    are in no title (lexicon.title_reach); every run inside a title is still tested."""
    from assistant.query.lexicon import load_lexicon
    from assistant.text.normalize import notation_key

    lex = load_lexicon(db)
    joined, _ = lex.joined_titles
    texts = [notation_key(t) for t in _texts()] + [key + "の実践項目" for key, _, _, _ in lex.title_index()[:20]]
    skipped = inside = 0
    for text in texts:
        reach = lex.title_reach(text, 6)
        assert len(reach) == max(0, len(text) - 5)
        for length in range(6, len(text) + 1):
            for i in range(len(text) - length + 1):
                if i + length - 6 > reach[i]:
                    skipped += 1
                    assert text[i:i + length] not in joined, text[i:i + length]
                elif text[i:i + length] in joined:
                    inside += 1
    assert inside > 20 and skipped > 10 * inside


def test_a_pattern_is_one_object_however_its_flags_are_given():
    """compiled() looks a pattern without flags up by its text alone; with flags, by both."""
    pattern = r"(?:令和|R)\d+年度の実践項目"
    first = compiled(pattern)
    assert compiled(pattern) is first and compiled(pattern, 0) is first and compiled(pattern, re.NOFLAG) is first
    assert compiled(pattern, re.IGNORECASE) is not first
    assert compiled(pattern, re.IGNORECASE).flags & re.IGNORECASE
    assert compiled(pattern, re.IGNORECASE).search("r4年度の実践項目") and not first.search("r4年度の実践項目")
