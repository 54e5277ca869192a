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

# The municipalities a document's title opens with: 「鵯ヶ岬市行政刷新プラン」, 「岡山市・倉敷市 連携事業」.
_PLACE = r"(?:[一-龥々]|[ノケヶ](?=[一-龥々])){1,5}?[市町村]"
_OPENING = compiled(rf"^({_PLACE}(?:[・、]{_PLACE})*)(?=[一-龥ァ-ヶ\s　]|$)")
_KINDS = ("practice", "initiative", "comment", "joint_project")


def title_places(title: str) -> frozenset[str]:
    m = _OPENING.match(nfkc(title or "").strip())
    return frozenset(re.split(r"[・、]", m.group(1))) if m else frozenset()


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
    places = {s: title_places(titles.get(s, "")) for s in sources}
    if not all(places.values()) or len(set(places.values())) < 2:
        return
    said = nfkc(question or "")
    if any(p in said or p[:-1] in said for ps in places.values() for p in ps):
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
