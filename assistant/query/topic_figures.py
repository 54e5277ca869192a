"""「行革つうしんに載ってる研修で、満足度がいちばん低かったのはどの研修？」: the topic of a document (a marked heading,
「◆ データ活用研修を開催しました」) whose text states the lowest (highest) figure of the word asked (「満足度は…平均3.9点」),
compared across the topics of the documents that state it.

Only topics whose heading holds the kind of thing asked (研修 of 「どの研修」) are compared, each by the one figure
its lines state after the word; a topic stating none is left out. Answered as a search (the topic's heading and the
line its figure was read from shown); a question of another shape, or a figure read for fewer than two topics, is
left to the rest of the engine (None)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

# 「満足度がいちばん低かったのはどの研修」: the word, the superlative, the kind of topic asked.
_ASKED = compiled(r"(?P<word>[一-龥ァ-ヶー]{2,8})(?:が|の)\s*(?:いちばん|一番|最も|もっとも)\s*(?P<how>高|低|多|少|大き|小さ)"
                  r"[ぁ-ん]*\s*(?:のは|は)?\s*(?:どの|どれ|どこの)\s*(?P<thing>[一-龥ァ-ヶー]{1,8})")
_HEADING = compiled(r"^\s*[◆◇■□●▼▽★☆]\s*(?P<title>\S.{1,60})$")
# (「満足度は5点満点で平均4.2点」: a scale's 5点満点 is no figure of the topic; the figure after it is)
_FIGURE = r"[^。]{0,24}?(?<![\d.])(\d+(?:\.\d+)?)\s*(?:点|%|％|人|名|件|回|時間|日)(?!\s*(?:満点|中))"


def _topics(text: str) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """(line, heading, its lines) of each marked heading in the text."""
    out: list[tuple[int, str, list[tuple[int, str]]]] = []
    for n, line in enumerate(text.splitlines(), start=1):
        said = nfkc(line).strip()
        m = _HEADING.match(said)
        if m:
            out.append((n, m.group("title").strip(), []))
        elif out and said and not re.fullmatch(r"[━─=＝\-]{3,}.*", said):
            out[-1][2].append((n, said))
    return out


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    said = nfkc(question)
    m = _ASKED.search(said)
    if m is None or "document_texts" not in assistant.db.table_names():
        return None
    word, thing = m.group("word"), m.group("thing")
    low = m.group("how") in ("低", "少", "小さ")
    figure = compiled(re.escape(word) + _FIGURE)
    found: list[tuple[float, str, int, str, int, str]] = []  # (value, source, heading line, heading, line, text)
    for r in assistant.db.query("SELECT source, text FROM document_texts WHERE instr(text, ?) > 0 AND instr(text, ?) > 0",
                                [word, thing]):
        for at, heading, lines in _topics(r["text"] or ""):
            if thing not in heading:
                continue
            values = [(float(x.group(1)), n, line) for n, line in lines for x in figure.finditer(line)]
            if len(values) == 1:
                found.append((values[0][0], r["source"], at, heading, values[0][1], values[0][2]))
    if len(found) < 2:
        return None
    best = (min if low else max)(v for v, *_ in found)
    chosen = [f for f in found if f[0] == best]
    if len(chosen) != 1:
        return None
    value, source, at, heading, line_no, text = chosen[0]
    shown = int(value) if value.is_integer() else value
    others = "、".join(f"{h}（{int(v) if v.is_integer() else v}）" for v, _, _, h, _, _ in found if (v, h) != (value, heading))
    summary = (f"{word}が{'最も低い' if low else '最も高い'}{thing}は「{heading}」（{shown}）です"
               f"（{source} {line_no}行目: 「{text[:100]}」。本文から読んだ値です。ほか: {others}）。")
    excerpts = [{"key": f"doc:{source}", "source": source, "line": at, "text": heading, "field": "title"},
                {"key": f"doc:{source}", "source": source, "line": line_no, "text": text, "field": "text"}]
    return Answer(question=q.question, target="passage", status="search", count=len(found), rows=[], excerpts=excerpts,
                  value=None, summary=summary,
                  understood=[{"field": "text", "op": "min" if low else "max", "value": word,
                               "label": f"{thing}ごとの本文の「{word}」の値の{'最小' if low else '最大'}"}], query=q.to_dict())
