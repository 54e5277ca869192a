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
_CODE_IN_TEXT = re.compile(r"(?:取組|実践項目|具体的取組|推進項目|No\.?)\s*(\d{1,2}-\d{1,2})")


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
