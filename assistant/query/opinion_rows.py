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
    if not _OPINION_ASKED.search(nfkc(question)) and not read_in_opinion and not _class_of_opinions(db, answer):
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
    _left_beyond_table(db, answer, {r.get("source") for r in rows})
    answer.notes.append("表の各行の項目（番号）について、報告書の同じ項目の下にある委員の意見を示しています" if of_part
                        else "表の意見の欄を、各行の項目（番号）への意見として示しています")


def _class_of_opinions(db, answer: "Answer") -> bool:
    """「検討会で出た要望を全部」, no word of opinions said: the table's one condition is the class its rows' opinions are
    printed with (区分 要望 = their excerpt_class), so what was asked is those opinions all the same."""
    conditions = [c for c in answer.understood if isinstance(c, dict) and c.get("field") not in ("source", "*")]
    if answer.target != "table_row" or len(conditions) != 1 or conditions[0].get("op") not in ("eq", "="):
        return False
    said = nfkc(str(conditions[0].get("value") or "")).strip()
    try:
        for r in answer.rows:
            hit = db.execute("SELECT excerpt_class FROM comment WHERE source = ? AND line = ?",
                             [r.get("source"), r.get("line")]).fetchall()
            if not hit or any(nfkc(str(h[0] or "")).strip() != said for h in hit):
                return False
    except Exception:  # (an index whose comments keep no class)
        return False
    return bool(answer.rows) and bool(said)


def _left_beyond_table(db, answer: "Answer", sources: set) -> None:
    """The table's opinions answered while its document goes on with more opinions as numbered paragraphs (「（２）第２回
    【意見７】（指摘）…」, kinds/generic/numbered_opinions.py): the table's reading covers its rows only, so the answer is
    not certain and says which opinions it left out (in place)."""
    if answer.status != "exact" or len(sources) != 1:
        return
    source = next(iter(sources))
    try:
        tabled = {r[0] for r in db.execute("SELECT line FROM table_row WHERE source = ?", [source]).fetchall()}
        beyond = [r for r in db.execute("SELECT n, initiative, line FROM comment WHERE source = ? ORDER BY line",
                                        [source]).fetchall() if r[2] not in tabled]
    except Exception:  # (an index without table rows or comments)
        return
    if not tabled or not beyond:
        return
    if _class_over_series(db, answer, source):
        return
    said = [f"意見{r[1]}" for r in beyond]
    listed = f"{said[0]}〜{said[-1]}" if len(said) > 2 else "・".join(said)
    answer.status = "partial"
    answer.caveat = f"この資料の表の外に本文で書かれた意見（{listed}）があり、この回答には含めていません。" + (answer.caveat or "")
    answer.summary = answer.caveat + answer.summary


def _class_over_series(db, answer: "Answer", source: str) -> bool:
    """「提案の意見はいくつ」 read on the table's 区分 column while the paragraphs going on with its opinions print the same
    classes (「【意見５】（提案）」: excerpt_class): the class asked is of every opinion of the paper, so the answer is all
    the paper's opinions of it (rows and count in place). Only where the table's condition is that one class, and each
    opinion the table gave holds it."""
    conditions = [c for c in answer.understood if isinstance(c, dict) and c.get("field") not in ("source", "*")]
    if len(conditions) != 1 or conditions[0].get("op") not in ("eq", "=") or answer.value not in (None, answer.count):
        return False
    said = nfkc(str(conditions[0].get("value") or "")).strip()
    if not said or not all(nfkc(str(r.get("excerpt_class") or "")).strip() == said for r in answer.rows):
        return False
    try:
        found = [dict(r) for r in db.query("SELECT * FROM comment WHERE source = ? AND excerpt_class = ? ORDER BY line",
                                            [source, said])]
    except Exception:  # (no class kept on this index's comments)
        return False
    if len(found) <= len(answer.rows):
        return False
    counted = answer.value is not None
    answer.rows, answer.count = found, len(found)
    if counted:
        answer.value = len(found)
    answer.excerpts = []
    answer.understood = [*[c for c in answer.understood if c is not conditions[0]],
                         {"field": "excerpt_class", "op": "=", "value": said, "label": f"区分 = {said}（表と本文の意見）"}]
    numbers = "、".join(str(r.get("initiative") or "") for r in found)
    answer.summary = f"区分が{said}の意見は、表と本文を合わせて {len(found)}件です（意見{numbers}）。"
    answer.notes.append("表の区分と本文の意見の区分を合わせて答えています")
    return True
