"""「意見が3件以上寄せられた取組は？」「パブコメで意見が1件もこなかった取組ってある？」: a table of opinions (the public
comments' 意見 │ 該当箇所 「2-(3)」) whose one column names the items of another table of the same folder by their
number (the plan's 取組一覧, 取組番号 「2-(3)」): each item's opinions are the rows naming it, counted.

Only where exactly one such pair of tables is found (the opinions' table said by its word, 意見, in its title or
caption; its column holding the other table's numbers in at least half of its rows, other cells 全般 or 第1章), and
the question is nothing but the count said, the verb and the items' word; otherwise nothing is answered here."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePosixPath

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_VERB = r"(?:(?:寄せられ|出され|出|き|こ|あっ|届い|提出され)(?:た|ている|てる|なかった|ていない|てない)|ない|なかった)"
_ASKED = compiled(r"^(?:(?P<pre>[一-龥ァ-ヶー]{2,12})\s*(?:で|の)\s*[、,]?\s*)?(?P<word>意見|コメント)\s*が\s*"
                  r"(?:(?P<n>\d+)\s*件\s*(?P<op>以上|以下|未満|超)|(?P<none>1\s*件\s*も|一件も|ひとつも|一つも))\s*"
                  + r"(?:" + _VERB + r"|の)?\s*(?P<kind>取組|取り組み)\s*(?:は|って|が)?\s*(?:ある|あります)?\s*(?:どれ|何|なに)?\s*"
                  r"(?:ですか|でしょうか|か)?\s*[？?。]?\s*$")
_PLACE = re.compile(r"^(?:取組|取り組み)\s*")


def _code(value: object) -> str:
    return "".join(_PLACE.sub("", nfkc(str(value or "")).strip()).split())


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    m = _ASKED.match(nfkc(question).strip())
    if m is None:
        return None
    from assistant.query.tables.read import read_tables
    from assistant.query.tables.rows_are import mark_rows_kind

    tables = read_tables(assistant.db)
    try:
        folders = {str(r["source"]): str(PurePosixPath(str(r["path"] or "")).parent)
                   for r in assistant.db.query("SELECT source, path FROM documents")}
    except Exception:
        return None
    word = m["word"]
    pairs = []
    for items in [t for t in tables if t.number]:
        numbers = {_code(r["cells"].get(items.number)): r for r in items.rows}
        if len(numbers) != len(items.rows) or "" in numbers:
            continue
        for said in tables:
            if said is items or folders.get(said.source) != folders.get(items.source) \
                    or word not in nfkc(f"{said.doc_title} {said.caption}"):
                continue
            for c in said.columns:
                if c.header in (said.number, said.name) or c.numeric:
                    continue
                cells = [_code(r["cells"].get(c.header)) for r in said.rows]
                if sum(v in numbers for v in cells) * 2 >= len(cells) > 0:
                    pairs.append((items, numbers, said, c.header, cells))
    if len(pairs) != 1:
        return None  # (none, or several: which opinions of which items is not known)
    items, numbers, said, header, cells = pairs[0]
    if m["pre"]:
        # 「パブコメで」: where the opinions were given, a name of a paper of the same folder; any other word (総務課で)
        # would be a condition this reading drops
        from assistant.query.stated_period import _names_title

        titles = [nfkc(str(r["title"] or "")) for r in assistant.db.query("SELECT source, title FROM documents")
                  if folders.get(str(r["source"])) == folders.get(items.source)]
        if not any(_names_title(m["pre"], t) for t in titles):
            return None
    counts = Counter(v for v in cells if v in numbers)
    n = 0 if m["none"] else int(m["n"])
    op = "eq" if m["none"] else {"以上": "ge", "以下": "le", "未満": "lt", "超": "gt"}[m["op"]]
    test = {"eq": lambda k: k == n, "ge": lambda k: k >= n, "le": lambda k: k <= n, "lt": lambda k: k < n,
            "gt": lambda k: k > n}[op]
    chosen = [(code, r) for code, r in numbers.items() if test(counts.get(code, 0))]
    bound = "1件もない" if m["none"] else f"{n}件{m['op']}"
    rows = [{"key": r["key"], "source": items.source, "line": r["line"], "number": code,
             "title": str(r["cells"].get(items.name) or "") if items.name else "", "件数": counts.get(code, 0)}
            for code, r in chosen]
    names = "、".join(f"{r['number']} {r['title']}（{r['件数']}件）".strip() for r in rows[:10])
    result = Answer(question=question, target="table_row", rows=rows, count=len(rows), value=None, status="exact",
                    summary=(f"{word}が{bound}{'' if m['none'] else 'の'}{m['kind']}は {len(rows)}件です：{names}。" if rows else
                             f"{word}が{bound}{'' if m['none'] else 'の'}{m['kind']}はありません。"),
                    understood=[{"field": "source", "op": "in", "value": [items.source, said.source],
                                 "label": f"文書: {items.doc_title}、{said.doc_title}"},
                                {"field": header, "op": "count_" + op, "value": n,
                                 "label": f"「{said.caption or said.doc_title}」の{header}で数えた{word}が{bound}"}],
                    columns=["number", "title", "件数"])
    mark_rows_kind(question, result, items)
    result.notes.append(f"{word}の表の「{header}」が{items.number}で名指す行を、{m['kind']}ごとに数えています")
    return result
