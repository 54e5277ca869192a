"""「職員数の適正化で、R5年度の正規職員数は何人と定められましたか」 of one record: a figure its text (a progress
sheet's result line) prints after that year and that thing, 「R5年度の正規職員数について、1,037人…と定めた」. The
year names the figure, not the row it is written in (R5年度's number is set in the R4 row), so it is no
condition on the record's yearly columns. Read from the passages as printed; answered as a search (the value
shown with its passage, to be checked there). Questions of another shape, or passages printing no such figure
or several, are left to the rest of the engine (None)."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.kinds.registry import is_year_field
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.query.vocabulary import WIDER_SCOPE
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_label

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# 「何人」「何件」「何台」「何円」「何万円」: the quantity asked, in a unit the text prints after its figure.
_ASKED = compiled(r"何(人|名|件|台|本|枚|冊|か所|箇所|回|世帯|団体|社|校|時間|日|万円|千円|億円|円)")
# 「R5年度の正規職員数」「令和5年度の職員数」: a year said of a thing (a noun of two kanji or more).
_YEAR_OF = compiled(r"((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*年度?|(?:19|20)\d{2}\s*年度)\s*の\s*([一-龥ァ-ヶー]{2,12}?)(?=は|が|を|って|について|の(?:数|値)?(?:は|が))")
_SAME_UNIT = {"名": "人|名", "人": "人|名"}


def _year_spellings(fiscal_year: int) -> str:
    """The ways a text prints a fiscal year: R5年度, R 5年度, 令和5年度, 2023年度."""
    label = fy_label(fiscal_year)  # R5, H30
    era, n = label[0], label[1:]
    word = {"R": "令和", "H": "平成"}.get(era, "")
    first = "元|1" if n == "1" else n
    return rf"(?:{era}\s*(?:{first})|{word}\s*(?:{first})|{fiscal_year})\s*年度?"


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    asked = _ASKED.search(said)
    of = _YEAR_OF.search(said)
    if asked is None or of is None or of.end() > asked.start() or q.aggregate not in ("", "count") or q.target in ("", "passage"):
        return None
    years = find_years(of.group(1))
    if len(years) != 1:
        return None
    fiscal_year, thing = years[0].fiscal_year, of.group(2)
    # (the year said of the thing is no condition on the record's yearly columns, nor is the thing a word to
    # require: the record is the one the rest names)
    year_field = fy_label(fiscal_year).lower()
    rest = [c for c in q.conditions if not (is_year_field(c.field) and c.field == year_field) and c.field != "@part_year"
            and not (c.field == "text" and c.op == "match" and (str(c.value) in thing or thing in str(c.value)))]
    if not rest:
        return None
    ex = assistant.executor
    probe = copy.copy(q)
    # (「何人」 read as counting records asks a figure here)
    probe.conditions, probe.aggregate, probe.value_field, probe.agg_field, probe.order_by, probe.limit = rest, "", "", "", "", None
    rows = ex.select(ex.resolve(probe)[0])[0]
    if len({str(r.get("key")) for r in rows}) != 1:
        return None
    row = dict(rows[0])
    unit = asked.group(1)
    units = _SAME_UNIT.get(unit, re.escape(unit))
    # 「R5年度の正規職員数について、1,037人」: the year, the thing, then the first figure in the unit in that sentence
    printed = compiled(_year_spellings(fiscal_year) + r"\s*の\s*" + re.escape(thing) + r"[^。\n\d]{0,16}?"
                       r"(\d[\d,]*(?:\.\d+)?\s*(?:" + units + r"))")
    scope = [q.target] + WIDER_SCOPE.get(q.target, [])
    found: dict[str, dict] = {}
    for e in ex.excerpts(q.target, [str(row["key"])], [thing], scope):
        for m in printed.finditer(nfkc(str(e.get("text", "")))):
            found.setdefault(re.sub(r"\s+", "", m.group(1)), e)
    if len(found) != 1:
        return None
    figure, excerpt = next(iter(found.items()))
    number = float(re.match(r"[\d,.]+", figure).group(0).replace(",", ""))
    name = f"{row.get('code', '')} {row.get('title') or ''}".strip()
    # (the quantity asked, and the verb said of it after it, 何人と定められた, are what this reads)
    unused = [w for w in q.unused if w not in asked.group(0) and not said.find(nfkc(w)) > asked.start()]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    summary = caveat + (f"{name} の本文に「{of.group(1)}の{thing}」は {figure} とあります"
                        f"（{excerpt.get('source', '')} {excerpt.get('line', '')}行目: 「{str(excerpt.get('text', ''))[:120]}」。抜粋から読んだ値です）。")
    understood = [c.to_dict() for c in rest] + [
        {"field": "text", "op": "figure", "value": thing, "label": f"本文の「{of.group(1)}の{thing}」の数値（{unit}）を答える"}]
    return Answer(question=q.question, target="passage", status="search", count=1, rows=[row], excerpts=[excerpt],
                  value=int(number) if number.is_integer() else number, summary=summary, caveat=caveat, unused=unused,
                  understood=understood, query=q.to_dict())
