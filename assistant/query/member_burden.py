"""「その事業の鵆ヶ瀬町の令和6年度の負担額はいくら？」 of a joint project whose row prints each member's share as a
string (負担割合 「槙ノ内市60％、鵆ヶ瀬町25％、鳶ヶ巣町15％」) beside the project's cost of the year: the member's
part is the cost times its share (worked out and said so). Where the row prints no share of the member named, the
cost of the whole project is no answer of its part: the answer says so and is not exact."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_BURDEN = compiled(r"負担(?:額|金|分)?|分担(?:額|金)?")
_TOWN = compiled(r"([一-龥ァ-ヶー々]{1,8}?[市町村区])(?:の|が|は|で)")


def worked_out(db, question: str, answer: Answer) -> None:
    """Turns (in place) a joint project's cost of a year into the named member's part of it."""
    if not isinstance(question, str) or answer.target != "joint_project" or len(answer.rows) != 1:
        return
    if not isinstance(answer.value, (int, float)) or isinstance(answer.value, bool):
        return
    said = nfkc(question)
    if not _BURDEN.search(said):
        return
    row = answer.rows[0]
    members = str(row.get("members") or "")
    towns = [m.group(1) for m in _TOWN.finditer(said) if m.group(1) in members]
    if len(towns) != 1:
        return
    town = towns[0]
    understood = str(answer.understood)
    if "own_share" in understood or not ("cost" in understood or "事業費" in understood):
        return  # (the table's own column of the body's share answered it; or no cost was: a count, a year)
    source, line, end = row.get("source"), int(row.get("line") or 0), int(row.get("end_line") or row.get("line") or 0)
    text = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    lines = nfkc(text[0] if text else "").split("\n")
    printed = "\n".join(lines[max(line - 1, 0):max(end, line)])
    share = re.search(re.escape(town) + r"\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]", printed)
    whole = answer.value
    if share is None:
        answer.status = "partial"
        answer.caveat = f"{town}の負担額・負担割合が読めないため、事業全体の額を示します。"
        answer.summary = answer.caveat + answer.summary
        answer.value = None
        return
    pct = float(share.group(1))
    part = whole * pct / 100
    answer.value = int(part) if part == int(part) else round(part, 1)
    unit = str(row.get("cost_unit") or "")
    answer.summary = (f"{row.get('code') or row.get('no') or ''} の事業費 {whole:,}{unit} のうち、{town}の負担割合 {share.group(1)}％ "
                      f"から、{town}の負担額は {answer.value:,}{unit} です（負担割合から計算）。")
    answer.notes.append(f"負担割合: {share.group(0)}")
