"""「会議録で鈴木委員が言及した意見番号は？」: minutes whose members' turns cite the rows of another paper of the same set by
their number (「意見番号１４を受けて…」「意見番号２９の図書館については」), the rows numbered so in that paper's table
(the public comments' 意見番号 column). The answer is those rows, each under the number the turn cites; the turns
are the member's (comment.member, kinds/generic/minutes_turns.py), whatever item codes they also name.

Only where the number's word is the header of a numbering column of a table in the same folder as the minutes, and
the words around the member only say where the remarks were made (member_cited._FILLER); otherwise nothing is
answered here (the engine's own reading stands). A number cited that no row bears is said, and the answer partial."""
from __future__ import annotations

import json
import re
from pathlib import PurePosixPath

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.member_cited import _END, _FILLER, _SAID
from assistant.text.normalize import nfkc

# 「鈴木委員が言及した意見番号は？」「田中委員が触れた提案番号を全部」
_ASKED = compiled(rf"^(?P<pre>.*?)(?P<name>[一-龥々ァ-ヶー]{{1,6}}?)\s*委員\s*(?:が|は)\s*(?P<mid>.*?){_SAID}\s*"
                  rf"(?P<word>[一-龥ァ-ヶー]{{1,6}}番号){_END}$")
_JOINED = r"\s*(?:、|,|・|と|及び|および|や)\s*"


def cited_numbers(text: str, word: str) -> list[str]:
    """The numbers a turn cites after the word (「意見番号１４」, 「意見番号１７、２６」), in order."""
    out: list[str] = []
    for m in re.finditer(rf"{re.escape(word)}\s*(\d+(?:{_JOINED}\d+)*)", nfkc(text)):
        out += [n for n in re.findall(r"\d+", m.group(1)) if n not in out]
    return out


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    m = _ASKED.match(nfkc(question).strip())
    if m is None or not _FILLER.fullmatch(f"{m.group('pre')} {m.group('mid')}"):
        return None
    name, word = m.group("name"), m.group("word")
    db = assistant.db
    try:
        turns = [dict(r) for r in db.query(
            "SELECT source, line, text FROM comment WHERE member = ? ORDER BY source, line", [name])]
        folders = {str(r["source"]): str(PurePosixPath(str(r["path"] or "")).parent)
                   for r in db.query("SELECT source, path FROM documents")}
    except Exception:  # (an index without comments or members)
        return None
    if not turns:
        return None
    said: list[str] = []
    for t in {(r["source"], r["line"]): r for r in turns}.values():  # (a turn naming two items is two comments)
        said += [n for n in cited_numbers(str(t.get("text") or ""), word) if n not in said]
    if not said:
        return None
    where = {folders.get(str(t["source"])) for t in turns}
    tabled = [dict(r) for r in db.query(
        "SELECT key, source, line, cells FROM table_row WHERE json_extract(cells, '$.\"' || ? || '\"') IS NOT NULL "
        "ORDER BY source, line", [word])]
    tabled = [r for r in tabled if folders.get(str(r["source"])) in where]
    # (the paper numbering its rows so, each row its own number; a 新旧対照表 listing 「１７、２６」 per row cites them)
    tabled = [r for r in tabled if _numbers_rows([t for t in tabled if t["source"] == r["source"]], word)]
    if len({r["source"] for r in tabled}) != 1:
        return None  # (no paper numbering its rows so, or several: which is cited is not known)
    rows, found = [], []
    for r in tabled:
        cells = json.loads(r["cells"])
        number = nfkc(str(cells.get(word) or "")).strip()
        if number in said and number not in found:
            found.append(number)
            title = next((str(v) for h, v in cells.items() if h != word and len(str(v)) >= 8), "")
            rows.append({"key": r["key"], "source": r["source"], "line": r["line"], "number": number, "title": title[:80]})
    if not rows:
        return None
    missing = [n for n in said if n not in found]
    numbers = "、".join(found)
    result = Answer(question=question, target="table_row", rows=rows, count=len(rows), value=None,
                    status="partial" if missing else "exact",
                    summary=f"{name}委員が発言で挙げた{word}は {len(found)}件です（{numbers}）。",
                    understood=[{"field": "member", "op": "=", "value": name, "label": f"委員 = {name}"},
                                {"field": word, "op": "cited", "value": found, "label": f"発言が挙げる{word}"}],
                    columns=["number", "title"])
    if missing:
        result.caveat = f"発言が挙げる{word}のうち {'、'.join(missing)} は表に見当たりません。"
    result.notes.append(f"議事録の{name}委員の発言にある「{word}」を、{word}の表の行として示しています")
    return result


def _numbers_rows(rows: list[dict], word: str) -> bool:
    """Whether the column numbers the rows of its table: one number a row, no two rows alike."""
    values = [nfkc(str(json.loads(r["cells"]).get(word) or "")).strip() for r in rows]
    return all(re.fullmatch(r"\d{1,4}", v) for v in values) and len(set(values)) == len(values)
