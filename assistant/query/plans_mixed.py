"""Records of two municipalities' plans answered together, no municipality said: 「総合評価がCの実践項目は？」
over an index holding 苫小牧市's plan and 鵯ヶ岬市's. Every row matches, but the user most likely asked about
one of them; counting both as one list would be a confident wrong answer for either. The answer keeps the
rows, says how many are each document's, and is partial until a municipality is named."""
from __future__ import annotations

import re
from collections import Counter

from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import label_fiscal_year

# The municipalities a document's title opens with: 「鵯ヶ岬市行政刷新プラン」, 「岡山市・倉敷市 連携事業」.
# (or a body of several of them: 「柊ヶ瀬広域連合行政改革実施計画」, 「…一部事務組合」)
_PLACE = (r"(?:(?:[一-龥々]|[ノケヶ](?=[一-龥々])){1,5}?[市町村]"
          r"|(?:[一-龥々]|[ノケヶ](?=[一-龥々])){1,6}?(?:広域連合|一部事務組合|事務組合))")
_OPENING = compiled(rf"^({_PLACE}(?:[・、]{_PLACE})*)(?=[一-龥ァ-ヶ\s　]|$)")
_KINDS = ("practice", "initiative", "comment", "joint_project")


# 「令和１１年度 榁ヶ崎町 外部評価委員会 評価結果」: a title opening with the fiscal year it is of, the municipality after it.
_YEAR_FIRST = compiled(r"^(?:(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度)\s*")


def title_places(title: str) -> frozenset[str]:
    m = _OPENING.match(_YEAR_FIRST.sub("", nfkc(title or "").strip()))
    return frozenset(re.split(r"[・、]", m.group(1))) if m else frozenset()


# 「椋ノ木村議会議長　様」「鵆ノ森市長　様」「鵯ヶ岬市行政改革推進委員会」: a letter's addressee or sender opening a
# line of its head, naming the municipality that a title of its own (「所管事務調査報告書」) leaves unsaid.
_LETTERHEAD = compiled(rf"^({_PLACE})(?=長|議会|役場|[一-龥々ァ-ヶー]{{0,14}}(?:委員会|審議会|協議会))")
_HEAD_LINES = 8


def letterhead_places(db, source: str) -> frozenset[str]:
    """The municipality a document's letterhead names in its first lines (none where no such line opens it)."""
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", (source,)).fetchone()
    heads = [l.strip() for l in str(row[0] if row else "").splitlines() if l.strip()][:_HEAD_LINES]
    for line in heads:
        m = _LETTERHEAD.match(nfkc(line))
        if m:
            return frozenset([m.group(1)])
    return frozenset()


def say_plans_mixed(db, question: str, answer: Answer) -> None:
    """Mark (in place) an exact answer whose rows are of documents of different municipalities, none said."""
    if answer.status != "exact" or answer.target not in _KINDS or answer.error or len(answer.rows) < 2:
        return
    sources = Counter(r.get("source") for r in answer.rows if isinstance(r, dict))
    if len(sources) < 2 or None in sources:
        return
    titles = {s: t or "" for s, t in db.execute(
        f"SELECT source, title FROM documents WHERE source IN ({', '.join('?' * len(sources))})",
        list(sources)).fetchall()}
    places = {s: title_places(titles.get(s, "")) or letterhead_places(db, s) for s in sources}
    if not all(places.values()) or len(set(places.values())) < 2:
        return
    said = nfkc(question or "")
    if any(p in said or p[:-1] in said for ps in places.values() for p in ps):
        return
    if _within_the_years_said(answer, sources, places):
        return
    by_place = Counter()
    for s, n in sources.items():
        by_place["・".join(sorted(places[s]))] += n
    parts = "、".join(f"{p} {n}件" for p, n in sorted(by_place.items(), key=lambda x: (-x[1], x[0])))
    kind = kind_label(answer.target) or "記録"
    answer.status = "partial"
    answer.caveat = (f"市町村の指定がないため、{len(by_place)}つの市町村の資料の{kind}をまとめて答えています"
                     f"（{parts}）。一つの市町村の分だけなら、市町村名を付けて聞いてください。")
    answer.summary = answer.caveat + answer.summary


_YEAR_VALUE = compiled(r"^[RH]\d{1,2}$")
_YEAR_FIELD = compiled(r"^[rh]\d{1,2}$")


def _within_the_years_said(answer: Answer, sources: Counter, places: dict) -> bool:
    """「令和９年度までに完了した取組は何件？」 over two plans, one graded R2–R5 and one R8–R11: the year said lies
    within the years one plan grades (its year columns that hold a grade) and outside the others', so the question
    is of that plan: its rows alone are the answer, and the answer says so. False (nothing done) otherwise."""
    query = answer.query if isinstance(answer.query, dict) else {}
    if query.get("aggregate") not in ("", None, "count"):
        return False
    said = {label_fiscal_year(str(c.get("value"))) for c in query.get("conditions", [])
            if isinstance(c, dict) and isinstance(c.get("value"), str) and _YEAR_VALUE.match(c["value"])}
    if len(said) != 1:
        return False
    year = said.pop()
    spans: dict[str, tuple[int, int]] = {}
    for row in answer.rows:
        if not isinstance(row, dict):
            continue
        graded = [label_fiscal_year(f.upper()) for f, v in row.items() if _YEAR_FIELD.match(f) and v not in (None, "")]
        if graded:
            lo, hi = spans.get(row.get("source"), (min(graded), max(graded)))
            spans[row.get("source")] = (min(lo, *graded), max(hi, *graded))
    if set(spans) != set(sources):
        return False
    kept = {s for s, (lo, hi) in spans.items() if lo <= year <= hi}
    if not kept or kept == set(sources) or len({places[s] for s in kept}) != 1:
        return False
    before = len(answer.rows)
    answer.rows = [r for r in answer.rows if isinstance(r, dict) and r.get("source") in kept]
    place = "・".join(sorted(next(iter({places[s] for s in kept}))))
    if query.get("aggregate") == "count":
        answer.count = answer.value = len(answer.rows)
    else:
        answer.count = len(answer.rows)
    answer.notes.append(f"市町村の指定がないため、質問の年度を評価している{place}の資料について答えています"
                        f"（ほかの市町村の資料の{before - len(answer.rows)}件は、その年度を含まない計画のものです）")
    answer.summary = re.sub(rf"(?<!\d){before}件", f"{len(answer.rows)}件", answer.summary, count=1)
    answer.summary = f"{answer.notes[-1]}。" + answer.summary
    return True
