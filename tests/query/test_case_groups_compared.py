"""「自治体クラウドの事例で、コスト削減見込みが大きい方のグループの町村を全部」: the case record whose text prints the
larger figure beside the label, its places of the kind said (computed from the records' own passages)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc


def test_the_group_of_the_larger_figure(assistant, db):
    rows = list(db.query("SELECT key, places FROM case_study WHERE title LIKE '%自治体クラウド%'"))
    if len(rows) < 2:
        return
    figures = {}
    for r in rows:
        texts = " ".join(nfkc(p["text"]) for p in db.query("SELECT text FROM passages WHERE key = ?", [r["key"]]))
        m = re.search(r"(\d+)%の運用コスト削減見込み", texts)
        figures[r["key"]] = int(m.group(1))
    best = max(figures, key=figures.get)
    import json
    places = [p for p in json.loads(next(r["places"] for r in rows if r["key"] == best)) if p.endswith(("町", "村"))]
    answer = assistant.ask("自治体クラウドの事例で、コスト削減見込みが大きい方のグループの町村を全部")
    assert [r["key"] for r in answer.rows] == [best]
    assert all(p in answer.summary for p in places)


def test_two_places_named_then_the_larger(assistant, db):
    rows = list(db.query("SELECT key, title FROM case_study WHERE title LIKE '%自治体クラウド%'"))
    if len(rows) != 2:
        return
    figures, prefs = {}, {}
    for r in rows:
        texts = " ".join(nfkc(p["text"]) for p in db.query("SELECT text FROM passages WHERE key = ?", [r["key"]]))
        figures[r["key"]] = int(re.search(r"(\d+)%の運用コスト削減見込み", texts).group(1))
        prefs[r["key"]] = re.search(r"(?:（|\()([一-龥]{2,3}?)県", nfkc(r["title"])).group(1)
    best = max(figures, key=figures.get)
    a, b = (prefs[r["key"]] for r in rows)
    answer = assistant.ask(f"自治体クラウド、{a}と{b}でコスト削減見込みが大きいのはどっち？")
    assert [r["key"] for r in answer.rows] == [best]
    assert f"{figures[best]}%" in answer.summary and prefs[best] in answer.summary
