"""「委員会の意見の中で、番号を挙げて名指しされている具体的取組はどれ？」: the plan's items the committee's opinions
name by their number (「ネーミングライツ（取組1-6）は…」), read from the opinions' text: each number an opinion
prints after the items' word is the item of that number under the opinion's own initiative (the index links the
paper's initiatives to the plan report's items). Read only where the question says the opinions name items; None
otherwise (left to the rest of the engine)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer, Condition
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_OPINIONS = compiled(r"意見|コメント|指摘")
_NAMED = compiled(r"名指し|番号を挙げ|番号で(?:挙げ|触れ|示)|番号が(?:書かれ|出て|挙が)|番号付きで")
# 「取組1-6」「実践項目2-4」「No.3-1」 in an opinion's text: the item's number after its word.
_CODE_IN_TEXT = compiled(r"(?:取組|実践項目|具体的取組|推進項目|No\.?)\s*(\d{1,2}-\d{1,2})")


def answer(assistant: "Assistant", question: str) -> Answer | None:
    said = nfkc(question or "")
    if not _OPINIONS.search(said) or not _NAMED.search(said):
        return None
    tables = assistant.executor.tables
    if not {"comment", "practice"} <= tables or "initiative_key" not in assistant.executor.columns.get("practice", []):
        return None
    named: dict[tuple[str, str], int] = {}
    for r in assistant.db.query("SELECT initiative_key, text FROM comment WHERE text IS NOT NULL"):
        for m in _CODE_IN_TEXT.finditer(nfkc(str(r["text"]))):
            named.setdefault((m.group(1), str(r["initiative_key"] or "")), 0)
            named[m.group(1), str(r["initiative_key"] or "")] += 1
    if not named:
        return None
    rows: list[dict] = []
    seen: set[str] = set()
    for (code, key), _ in named.items():
        for row in assistant.db.query("SELECT * FROM practice WHERE code = ? AND initiative_key = ?", [code, key]):
            if row["key"] not in seen:
                seen.add(row["key"])
                rows.append(dict(row))
    if not rows:
        return None
    rows.sort(key=lambda r: [int(x) for x in str(r.get("code")).split("-") if x.isdigit()])
    label = f"委員の意見が番号で挙げている{kind_label('practice')}"
    listed = "、".join(f"{r.get('code')} {r.get('title') or ''}" for r in rows)
    return Answer(question=question, target="practice", rows=rows, count=len(rows), status="exact",
                  understood=[Condition("@named_in_comments", "in", [r.get("code") for r in rows], label).to_dict()],
                  summary=f"{label}は {len(rows)}件です（{listed}）。",
                  notes=["委員の意見の本文に「取組X-Y」のように番号で書かれた実践項目を、その意見の取組項目の中から探しました"])


# 「葛籠田町や樫ノ尾町の名前が出てくる委員意見」: the places said are words the opinions print, not the documents asked.
_MENTIONED_AFTER = compiled(r"\s*(?:(?:の名前|という名前|の名)\s*(?:が|も)?\s*(?:出てく|出て(?:い)?る|載って|登場|挙が|書かれ)"
                            r"|(?:が|も)\s*(?:出てく|出て(?:い)?る|登場))")
_JOINED = compiled(r"^\s*(?:や|と|・|、|か|または|又は)\s*")


def places_mentioned(assistant: "Assistant", question: str) -> Answer | None:
    """The committee's opinions that print the municipalities the question names as mentioned in them (the index's
    own municipalities, 葛籠田町 of a joint list), each opinion under its initiative; None unless asked so."""
    said = nfkc(question or "")
    if not _OPINIONS.search(said) or "comment" not in assistant.executor.tables:
        return None
    known = sorted(getattr(assistant.lexicon, "municipalities", set()) or set(), key=len, reverse=True)
    spans: list[tuple[int, int, str]] = []
    for name in known:
        for m in re.finditer(re.escape(name), said):
            if not any(s <= m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), name))
    spans.sort()
    if not spans:
        return None
    # (the names said one after another, joined by や / と / ・, the last followed by a word of mention)
    run = [spans[0]]
    for span in spans[1:]:
        if _JOINED.match(said[run[-1][1]:span[0]]) and _JOINED.match(said[run[-1][1]:span[0]]).end() == span[0] - run[-1][1]:
            run.append(span)
        else:
            run = [span]
    if not _MENTIONED_AFTER.match(said, run[-1][1]):
        return None
    names = [name for _, _, name in run]
    marks = " OR ".join("instr(text, ?) > 0" for _ in names)
    rows = [dict(r) for r in assistant.db.query(f"SELECT * FROM comment WHERE {marks} ORDER BY source, line", names)]
    label = "本文に" + "か".join(f"「{n}」" for n in names) + "を含む"
    if not rows:
        return None  # (no opinion prints them: left to the rest of the engine, the places' own documents)
    groups = list(dict.fromkeys(f"{r.get('initiative')}" for r in rows))
    return Answer(question=question, target="comment", rows=rows, count=len(rows), status="exact",
                  understood=[Condition("text", "match_any", "|".join(names), label).to_dict()],
                  summary=f"{label}{kind_label('comment')}は {len(rows)}件で、取組項目 {'・'.join(groups)} に対するものです。",
                  notes=["質問の市町村名は、意見の本文に出てくる語として探しました"])
