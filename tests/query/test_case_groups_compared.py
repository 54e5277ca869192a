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
