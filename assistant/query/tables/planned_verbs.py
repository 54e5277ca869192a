"""A column printing what is planned for a row as a noun and 予定 (「R8委託予定」「統合予定」, a year before it or not):
「委託する予定がある」「委託される予定の」 say that value, as 「委託予定の」 reads it. Only a noun some cell of a table
prints with 予定 is read so; 「予定」 said of anything else stays for the other readings (held_as.py, asked_by_verb.py)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「R8委託予定」「令和8年度統合予定」「委託予定」: the noun planned, a year before it or none
_PLANNED_CELL = re.compile(r"(?:(?:R|令和|平成)\s*\d{1,2}\s*(?:年度?)?)?\s*([一-龥]{2,4})予定")
# 「委託する予定がある」「委託される予定の」「委託を行う予定」: the noun said as a verb before 予定
_VERB = r"\s*(?:する|される|を行う|が行われる|を実施する)\s*予定"


def as_planned_value(question: str, tables) -> str:
    """The question with 「Xする予定」 said 「X予定」 where a table's cell prints X予定 (a year before it or not)."""
    text = nfkc(question)
    nouns = {m.group(1) for t in tables for c in t.columns if not c.numeric for r in t.rows
             if (m := _PLANNED_CELL.fullmatch(nfkc(str(r["cells"].get(c.header) or "")).strip()))}
    for noun in sorted(nouns, key=len, reverse=True):
        said = re.sub(re.escape(noun) + _VERB, noun + "予定", text)
        if said != text:
            return said
    return question


def as_value_planned(question: str, tables) -> str:
    """「統合予定の施設」「除却予定のもの」 over a column printing the measure alone (対策内容 │ 統合) and a year
    column beside it: the plan is the value, 予定 only says it lies ahead. Read only where some table's cell
    prints the noun alone and none prints it with 予定 (then as_planned_value's reading stands); 「統合予定年度」
    (a word after 予定) names a column and stays."""
    text = nfkc(question)
    if "予定" not in text:
        return question
    cells = {nfkc(str(r["cells"].get(c.header) or "")).strip() for t in tables for c in t.columns if not c.numeric
             for r in t.rows}
    for m in sorted(re.finditer(r"([一-龥ぁ-んァ-ヶー]{2,8}?)予定(?![一-龥ァ-ヶ])", text), key=lambda m: -len(m.group(1))):
        noun = m.group(1)
        # the longest tail of the run before 予定 that a cell prints alone (「R12に建替え予定」 → 建替え)
        tail = next((noun[i:] for i in range(len(noun) - 1) if noun[i:] in cells), None)
        if tail is None or tail + "予定" in cells or any(c.endswith(tail + "予定") for c in cells):
            continue
        if any(tail + "予定" in nfkc(c.header) for t in tables for c in t.columns):
            continue  # (「完了予定は？」 over a column 完了予定: the column is asked, not the value 完了)
        return text[:m.start(1)] + noun[:len(noun) - len(tail)] + tail + text[m.end():]
    return question


# A column of when each row's action is planned: 実施予定時期, 完了予定年度 (its action the words before 予定)
_WHEN_PLANNED = re.compile(r"([一-龥]{2})予定(?:時期|年度|年)")


def as_titles_action_planned(question: str, tables) -> str:
    """「令和９年度に再編される予定の施設」 over a 再編方針's table whose 実施予定時期 prints each row's year: the action
    said is the one the table's title names (再編), and its plan's year is that column's; said 「実施予定」 as
    the column reads it. Only an action of the table's own title or caption, and a column of years planned."""
    text = nfkc(question)
    for m in re.finditer(r"([一-龥]{2,4})" + _VERB, text):
        action = m.group(1)
        for t in tables:
            own = nfkc(f"{t.doc_title} {t.caption}")
            if action not in own:
                continue
            heads = [h for c in t.columns if not c.numeric and (h := _WHEN_PLANNED.fullmatch(nfkc(c.header).strip()))
                     and any(re.search(r"年度|年", nfkc(str(r["cells"].get(c.header) or ""))) for r in t.rows)]
            if len(heads) == 1 and heads[0].group(1) != action:
                return text[:m.start()] + heads[0].group(1) + "予定" + text[m.end():]
    return question
