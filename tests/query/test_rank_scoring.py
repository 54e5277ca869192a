"""The ranker's faster scoring gives exactly the scores of the former computation (every answer stays
the same): each context a passage is read in offers the question's terms once per question, the
candidates come from each term's passages kept per open index, and a passage that only echoes the
question is found without rebuilding its text. The former code is kept here as the reference."""
from __future__ import annotations

import heapq
import json
import math

from assistant.query import rank as R
from assistant.text.normalize import search_form
from assistant.text.tokenize import terms

from tests.conftest import ROOT, SHARED

# Questions of every kind the ranker reads (dates, counts, people, places, names, periods, contacts),
# with numbers, verbs said otherwise and quoted names.
QUESTIONS = [
    "東南部都市連絡調整会議の職員研修会には何名参加した？",
    "モデル事業紹介のインタビューに答えている市職員は誰？",
    "大阪城公園のパークマネジメント事業はどこの自治体の事例？",
    "公共施設等総合管理基金をつくった自治体は？",
    "投票率に言及した委員意見はどれ？",
    "広報紙の紙面交流で「広報くらしき」に載ったのはどの号？",
    "意見書はいつ出された？",
    "評価基準の5は何を意味する？",
    "計画期間は何年度から何年度まで？",
    "行政改革の問い合わせ先は？",
    "市民協働推進モデル事業の補助金はいくら？",
    "委員会は何回開かれた？",
    "職員数を減らした理由は？",
]


def _question_files() -> list[str]:
    out = []
    for path in sorted((SHARED / "questions").glob("*.jsonl")) + [ROOT / "tests" / "questions" / "paraphrases.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.extend(json.loads(line).get("turns") or [])
    return out


def _former_held_in_context(need, strength, context):
    for terms_, _, s in context:
        for t in need.terms:
            if t in terms_ and strength.get(t, 0.0) < s and t not in need.numbers:
                strength[t] = s
        if s >= R.CTX_SECTION and need.synonyms:
            held = R._synonym_groups(frozenset(terms_))
            for t, groups, syn in need.synonyms:
                if strength.get(t, 0.0) < s * syn and groups & held:
                    strength[t] = s * syn


def _former_echoes(norm, need):
    import re

    rest = norm
    for w in need.echo_forms:
        rest = rest.replace(w, "")
    if re.search(r"\d", rest):
        return False
    return len(re.sub(r"[\W_ぁ-ん]+", "", rest)) < 4


def _former_evaluate(need, weights, pterms, norm, text, asking, context, kind, contents=False):
    own = frozenset(pterms)
    strength = R._held(need, own)
    total = sum(weights.values())
    own_cov = R._share(strength, weights, total)
    if len(strength) < len(need.terms):
        _former_held_in_context(need, strength, context)
    cov = R._share(strength, weights, total)
    if cov == 0:
        return 0.0
    # (a passage lacking what the question says it is about, 「…に言及した」, is weighed down)
    absent = bool(need.topics) and not any(strength.get(t, 0.0) > 0 for t in need.topics)
    prox = R._proximity(R._positions(pterms), [t for t in need.terms if t in own]) if own_cov else 0.0
    phrase = 0.0
    for ph in need.phrase_forms:
        phrase += 1.0 if ph in norm else max((s for _, n, s in context if n and ph in n), default=0.0)
    phrase = phrase / len(need.phrase_forms) if need.phrase_forms else 0.0
    s = R.W_COVERAGE * cov + R.W_PROXIMITY * own_cov * prox + R.W_PHRASE * phrase
    s -= R.W_LENGTH * math.log2(1 + len(text) / 100)
    if asking:
        s -= R.W_QUESTION
    if own_cov and _former_echoes(norm, need):
        s -= R.W_ECHO
    if contents:
        s *= R.CONTENTS_FACTOR
    if absent and s > 0:
        s *= R.TOPIC_ABSENT
    if need.kind:
        floor = R.KIND_FLOORS.get(need.kind, R.KIND_FLOOR)
        s *= floor + (1 - floor) * kind
    return s


def _former_score(r, need, p, weights):
    context = r._context(p)
    whole = _former_evaluate(need, weights, p.terms, p.norm, p.text, p.asking, context, r.kind(need, p),
                             p.contents) - (R.W_POINTER if p.pointer else 0.0)
    if not p.many_lines or not any(t in p.term_set for t in need.terms):
        return whole
    lines = p.text.strip().split("\n")
    first = (frozenset(terms(lines[0], expand=False)), search_form(lines[0]), R.CTX_LEAD)
    best = whole
    for i, line in enumerate(lines):
        ctx = [first] + context if i > 0 and R._is_heading(lines[0]) else context
        kind = R.kind_score(need, line) if need.kind else 1.0
        best = max(best, _former_evaluate(need, weights, terms(line, expand=False), search_form(line), line,
                                          p.asking, ctx, kind, p.contents))
    return best


def test_scores_are_the_former_ones_on_every_candidate(db):
    r = R.Ranker(db)
    questions = QUESTIONS + _question_files()
    checked = lines = 0
    for question in questions:
        need = r.need(question)
        if not need.terms:
            continue
        weights = r.weights(need)
        found = r._fetch(need, None)
        # Every candidate, its followers and the passages before it (headings, lead-ins, list passages).
        for p in list(found.values())[:40]:
            plist, pos, _ = r._key(p.key)
            i = pos[p.id]
            for q in plist[max(0, i - 2):i + 3]:
                assert r.score(need, q, weights) == _former_score(r, need, q, weights), (question, q.text[:60])
                checked += 1
                lines += q.many_lines
    assert checked > 3000 and lines > 100, (checked, lines)


def test_candidates_are_those_of_one_query_of_the_terms(db):
    r = R.Ranker(db)

    def former(need):
        by_df = sorted(need.terms, key=lambda t: r._df_of(t))
        chosen, total = [], 0
        for t in by_df:
            df = r._df_of(t)
            if chosen and total + df > R.FETCH_BUDGET:
                break
            chosen.append(t)
            total += df
        try:
            return [row[0] for row in db.execute("SELECT rowid FROM passages_tok WHERE passages_tok MATCH ?",
                                                 [" OR ".join(R._quote(t) for t in chosen)]).fetchall()]
        except Exception:
            return []

    checked = 0
    for question in QUESTIONS + _question_files() + ["e-mailの宛先", "「・」と NEAR AND *", '"引用"の意味']:
        need = r.need(question)
        if need.terms:
            assert r._match(need) == former(need), question
            checked += 1
    assert checked > 100
    # Terms FTS5 reads as nothing, or as its syntax, find what they found in one query.
    for chosen in (["・"], ["・", "市"], ['"', "市"], ["NEAR", "市"], ["*"], ["a b", "職員"]):
        need = R.Need(question="", terms=tuple(chosen))
        assert r._match(need) == former(need), chosen


def test_echoes_as_before_on_every_passage(db):
    r = R.Ranker(db)
    norms = [row[0] or "" for row in db.execute("SELECT norm FROM passages").fetchall()]
    norms += ["成果指標 指標名:", "登録数", "登録数 1", "あいう、。・", "ａｂｃ", "指標名 ＿＿＿＿ 登録数 です", ""]
    checked = echoed = 0
    for question in QUESTIONS + ["成果指標の指標名は登録数？", "指標名は何？"]:
        need = r.need(question)
        for norm in norms:
            got = R._echoes(norm, need)
            assert got == _former_echoes(norm, need), (question, norm[:60])
            checked += 1
            echoed += got
    assert checked > 30000 and echoed > 0


def test_first_scores_and_each_terms_passages_are_the_former_ones(db):
    """The cheap first score of every candidate (the weight of the asked terms it holds, less its
    length) and the candidates holding each term, found from the term's FTS5 passages."""
    r = R.Ranker(db)
    checked = 0
    for question in QUESTIONS + _question_files():
        need = r.need(question)
        if not need.terms:
            continue
        r.rank(need)
        found = r._fetch(need, None)
        weights = r.weights(need)
        total = sum(weights.values()) or 1.0
        quick = r._worked(need).quick
        for pid, p in found.items():
            got = 0.0
            for t in need.terms:
                if t in p.term_set:
                    got += weights[t]
            for t, stem in need.stems:  # (a word no passage holds, said in compounds of its kanji: 休み in 休館日)
                if not r._df_of(t) and R._has_prefix(p.term_set, stem):
                    got += R.STEM_MATCH * weights[t]
            assert quick[pid] == R.W_COVERAGE * got / total - R.W_LENGTH * p.length_cost, (question, p.text[:40])
            checked += 1
        # The best of them by it, ties in the candidates' order, as the former selection took them.
        assert heapq.nlargest(R.CONTEXT_TOP, found, key=quick.__getitem__) == \
            heapq.nsmallest(R.CONTEXT_TOP, found, key=lambda pid: -quick[pid]) == \
            sorted(found, key=lambda pid: -quick[pid])[:R.CONTEXT_TOP]
    assert checked > 5000
    # Each term of the index's passages, and terms FTS5 reads as nothing or as more than one word.
    found = r._load([row[0] for row in db.execute("SELECT id FROM passages").fetchall()])
    among = dict.fromkeys(found, 0.0)
    vocabulary = sorted({t for p in found.values() for t in p.term_set})
    assert len(vocabulary) > 3000
    # (FTS5 finds more than hold them for numbers: 1 in 2.1, 15 in 15.07.)
    odd = [t for t in vocabulary if not t.isalpha()]
    assert "1" in odd and "15.07" in odd
    for t in vocabulary[::20] + odd + ["・", "e-mail", "mail", "a b", '"', "", "NEAR", "*"]:
        assert sorted(r._holding(t, among, found)) == sorted(pid for pid, p in found.items() if t in p.term_set), t
