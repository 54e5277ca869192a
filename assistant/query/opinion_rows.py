"""「附帯意見で終期に触れているのはどの補助金？」「審査会の意見は何て書いてある？」 answered from a table whose column
holds a review body's opinion of each row's item (kinds/generic/opinion_rows.py reads each such cell as a comment on
the item, at the row's own place): what was asked is what the body said, so the rows found are given as those
comments — each under its item's code — not as the table's rows. Only where the question names an opinion and every
row found holds one; otherwise the answer is left as it was."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Answer

_OPINION_ASKED = compiled(r"意見|指摘|所見|コメント|講評")
# A record's code at the head of a row's name (「F-03 汐見温水プール」).
_CODED = compiled(r"^([A-Za-z]{1,3}[-‐－]\d{1,4})(?![\d-])")


def as_comments(db, question: object, answer: "Answer") -> None:
    if not isinstance(question, str):
        return
    # (「審査会が「廃止が妥当」としたのは」: the words were found in the opinion column, what the body said)
    read_in_opinion = any(isinstance(u, dict) and _OPINION_ASKED.search(nfkc(str(u.get("field") or "")))
                          and u.get("op") in ("contains", "match", "match_any") for u in answer.understood)
    if not _OPINION_ASKED.search(nfkc(question)) and not read_in_opinion:
        return
    if answer.target != "table_row" or answer.error or not answer.rows:
        return
    rows = [r for r in answer.rows if isinstance(r, dict)]
    if len(rows) != len(answer.rows) or not all(str(r.get("key", "")).startswith(("table_row:", "item:")) for r in rows):
        return
    try:
        found = {}
        of_part = False
        for r in rows:
            hit = list(db.query("SELECT * FROM comment WHERE source = ? AND line = ? ORDER BY key",
                           [r.get("source"), r.get("line")]))
            if not hit and (code := _CODED.match(nfkc(str(r.get("title") or "")).strip())):
                # (「委員会の所見が…の施設」: a row of a record's part of a report, 「（３）F-03 …」, whose members'
                # opinions are bullets under it, opinion_bullets.py: that record's opinions)
                hit = list(db.query("SELECT * FROM comment WHERE source = ? AND about = 'item' AND initiative = ?"
                                    " ORDER BY line, key", [r.get("source"), re.sub(r"[‐－]", "-", code.group(1))]))
                of_part = of_part or bool(hit)
            if not hit:
                return  # (a row with no opinion: the table's answer stands)
            # (a row whose target lists several records, 「B-01、B-03」, is an opinion on each: all of them)
            found[r["key"]] = [dict(h) for h in hit]
    except Exception:  # (an index without comments)
        return
    out = []
    for r in rows:
        for c in found[r["key"]]:
            c.setdefault("title", r.get("title") or "")
            if r.get("place"):
                c["place"] = r["place"]
            out.append(c)
    excerpts = []
    for e in answer.excerpts:
        if isinstance(e, dict) and e.get("key") in found:
            c = found[e["key"]][0]
            excerpts.append({**e, "key": c["key"], "field": "text", "text": c.get("text", ""),
                             "record": c["key"]})
        else:
            excerpts.append(e)
    answer.rows = out
    answer.excerpts = excerpts
    answer.target = "comment"
    answer.notes.append("表の各行の項目（番号）について、報告書の同じ項目の下にある委員の意見を示しています" if of_part
                        else "表の意見の欄を、各行の項目（番号）への意見として示しています")
