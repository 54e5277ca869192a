"""「電子契約の導入の令和6年度の実績は」 of a progress sheet heading each year's result with a word of its own
(年度 │ 計画 │ 実績 │ 自己評価: the sheet entry's result_heading): that year's entry of the one item named,
its result as the value. The word is the document's (read from its header), never a guess: a question
saying a word no sheet heads its results with, or naming no single item and year, is left to the rest of
the engine (None)."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.kinds.registry import is_year_field
from assistant.query.answer import Answer, Query
from assistant.text.normalize import nfkc
from assistant.text.wareki import fy_text, label_fiscal_year

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    ex = assistant.executor
    if q.target != "practice" or "result_heading" not in ex.columns.get("sheet_entry", []):
        return None
    said = nfkc(question)
    heads = [str(r[0]) for r in assistant.db.execute(
        "SELECT DISTINCT result_heading FROM [sheet_entry] WHERE result_heading IS NOT NULL AND result_heading != ''")]
    # (the word asked of the year: 「令和6年度の実績は」, not a word of a title)
    word = next((h for h in sorted(heads, key=len, reverse=True)
                 if re.search(rf"の{re.escape(h)}(?:値)?(?:は|を|って|[?？]|$)", said)), "")
    years = [c for c in q.conditions if c.op == "evaluated" and is_year_field(c.field)]
    if not word or len(years) != 1:
        return None
    year = years[0].field.upper()
    # A word left as text that a document's title holds (進行管理表) names where to look, not the item's text.
    titled = [c for c in q.conditions if c.field == "text" and c.op == "match" and assistant.db.execute(
        "SELECT 1 FROM documents WHERE instr(title, ?) > 0 LIMIT 1", [str(c.value)]).fetchone()]
    probe = copy.copy(q)
    probe.conditions = [c for c in q.conditions if c is not years[0] and c not in titled]
    probe.value_field = probe.aggregate = probe.agg_field = ""
    probe = ex.resolve(probe)[0]
    # (the items named whose sheet has that year's entry under the word: 推進事項11 of another report is not;
    # sheets attached to a list's item are that item's, by its key: store/sheet_joins)
    linked = "practice_key" in ex.columns.get("sheet_entry", [])
    found = [(row, [dict(r) for r in assistant.db.query(
        "SELECT * FROM [sheet_entry] WHERE year = ? AND result_heading = ? AND ((practice = ? AND source = ?)"
        + (" OR practice_key = ?" if linked else "") + ") ORDER BY n",
        [year, word, str(row["code"]), row["source"], *([row["key"]] if linked else [])])]) for row in ex.select(probe)[0]]
    found = [(row, entries) for row, entries in found if entries]
    if len(found) != 1:
        return None
    item, entries = found[0]
    for e in entries:
        e.setdefault("key", f"sheet_entry:{e.get('code')}")
    results = [str(e.get("result") or "") for e in entries]
    value = results[0] if len(results) == 1 else "、".join(results)
    # (a title's word is taken when it is the item's document's; else it is said unused)
    title = " ".join(str(r[0] or "") for r in assistant.db.execute(
        "SELECT title FROM documents WHERE source IN (?, ?)", [item["source"], entries[0].get("source") or ""]))
    unused = list(dict.fromkeys(list(probe.unused) + [str(c.value) for c in titled if str(c.value) not in nfkc(title)]))
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    name = f"{item.get('code', '')} {item.get('title') or ''}".strip()
    summary = caveat + f"{name} の{fy_text(label_fiscal_year(year))}の{word}は「{value}」です。"
    understood = [c.to_dict() for c in probe.conditions] + [
        {"field": "year", "op": "=", "value": year, "label": fy_text(label_fiscal_year(year))},
        {"field": "result", "op": "value", "value": word, "label": f"{word}（表の見出し）"}]
    return Answer(question=q.question, target="sheet_entry", rows=entries, count=len(entries), value=value,
                  summary=summary, caveat=caveat, status="partial" if unused else "exact", unused=unused,
                  understood=understood, query=q.to_dict())
