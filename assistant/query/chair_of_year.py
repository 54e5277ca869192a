"""「納税部会の部会長は今年度どちらの市？」「じゃあ前年度は？」「H16年度の部会長は」: a joint-project table's chair
cell naming a city per year (岡山市(H16)・倉敷市(H17)) read for the year said. 今年度 is the year the table's own
title calls so (「今年度(H17)に実施予定」, lexicon.joint_years), 前年度 / 来年度 the years next to it; a year said by
its number is that year, not a document of it. A year the cell does not name, or a table whose 今年度 is not
one year, is said partial, never one city picked."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_label, label_fiscal_year

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

FIELD = "chair_city"
# (the years said relative to the table's 今年度: how many years from it)
_RELATIVE = {"今年度": 0, "本年度": 0, "前年度": -1, "昨年度": -1, "去年度": -1, "来年度": 1, "翌年度": 1, "次年度": 1}
_CITY_YEAR = compiled(r"(?P<city>[^・、()（）\s]+?)\s*[(（]\s*(?P<year>[RH]\d{1,2})\s*[)）]")
# 「じゃあ前年度は？」: a year alone, asked of the answer before
_YEAR_ALONE = compiled(r"^(?:じゃあ|では|それでは|なら|で)?\s*、?\s*(?P<y>[^\s、?？]{2,8}?)\s*(?:は|だと|なら)?\s*(?:どう|どちら|どっち)?\s*[?？]?$")


def _by_year(cell: str) -> dict[str, str]:
    return {m["year"]: m["city"] for m in _CITY_YEAR.finditer(nfkc(cell or ""))}


def _year_said(question: str, this_years: set[str]) -> tuple[str, str] | None:
    """The year asked and the words that said it: a relative word read against the table's 今年度, else a number."""
    said = nfkc(question)
    for word, shift in _RELATIVE.items():
        if word in said:
            if len(this_years) != 1:
                return ("", word)
            year = fy_label(label_fiscal_year(next(iter(this_years))) + shift)
            return (year, f"{word}（{year}）")
    found = find_years(said)
    return (found[0].label, said[found[0].start:found[0].end]) if len(found) == 1 else None


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    ctx = assistant.context
    field = q.value_field
    if not field and ctx is not None and ctx.value_field == FIELD and _YEAR_ALONE.match(nfkc(question)):
        field = FIELD  # (「じゃあ前年度は？」 after the chair asked)
    if field != FIELD or q.target != "joint_project":
        return None
    lex = assistant.parser.lex
    said = _year_said(question, lex.joint_years)
    if said is None:
        return None
    year, words = said
    # (the year said is the year asked, not a document's or a word of the text)
    dropped = {"今年度", "本年度", "前年度", "昨年度", "去年度", "来年度", "翌年度", "次年度"}
    probe = copy.copy(q)
    conditions = list(q.conditions)
    if field != q.value_field and ctx is not None:  # (the records of the answer before, asked again)
        conditions = list(ctx.conditions) + [c for c in conditions if c not in ctx.conditions]
        q.value_field = field  # (kept for the next 「じゃあ来年度は？」 as this question's own)
    probe.conditions = [c for c in conditions
                        if not (c.field == "text" and str(c.value) in dropped)
                        and not (c.field == "source" and "資料" in str(c.label) and find_years(str(c.label)))]
    probe.value_field = probe.aggregate = probe.agg_field = ""
    ex = assistant.executor
    rows = ex.select(ex.resolve(probe)[0])[0]
    if not rows:
        return None
    understood = [c.to_dict() for c in probe.conditions] + [
        {"field": FIELD, "op": "value", "value": year or None, "label": f"{words}の部会長の市を答える"}]
    cities, unknown = [], []
    for r in rows:
        cell = str(r.get(FIELD) or "")
        per_year = _by_year(cell)
        if per_year:
            city = per_year.get(year)
        else:  # (a cell of one city: the table's own year's chair; of another year it says nothing)
            city = cell if cell and year in lex.joint_years else None
        (cities if city else unknown).append((r, city))
    if not year or unknown:
        why = (f"「{words}」がどの年度か表から決められません。" if not year
               else f"{'、'.join(str(r.get('title') or r.get('code')) for r, _ in unknown)} の部会長の欄に{year}の市がありません。")
        return Answer(question=q.question, target="joint_project", rows=[], count=0, value=None, summary=why,
                      caveat=why, status="partial", unused=[words.split("（")[0]], understood=understood,
                      query=q.to_dict())
    names = list(dict.fromkeys(c for _, c in cities))
    value = names[0] if len(names) == 1 else "・".join(names)
    titles = "、".join(f"{r.get('code')} {r.get('title') or ''}".strip() for r, _ in cities)
    summary = f"{titles} の{words}の部会長の市は {value} です。"
    return Answer(question=q.question, target="joint_project", rows=[r for r, _ in cities], count=len(cities),
                  value=value, summary=summary, status="exact", understood=understood, query=q.to_dict())
