"""「R2の進捗度が1になってるのは？」「工程表に「工程見直し」って入ってるのは？」 answered with rows of a part of each
practice item (a year's self-evaluation, a progress sheet, a year's 取組上の課題): the items those rows belong to
are what a user asked about, so the summary names them and each row is shown again as a passage of its item
(its line of the sheet, keyed by the item), so that the answer reads as a list of items too."""
from __future__ import annotations

import re

from assistant.query.answer import Answer

_PARTS = ("self_eval", "sheet", "challenge")  # parts of one item whose rows carry their item's key
_SCORES = (("progress", "進捗度"), ("collaboration", "連携度"), ("efficiency", "効率性"), ("creativity", "創造性"),
           ("overall", "総合評価"))
_TEXTS = ("problem", "solution", "schedule", "notes")


def _text(row: dict, shown: dict[str, str]) -> str:
    if row.get("key") in shown:
        return shown[row["key"]]
    if "progress" in row:
        scores = "・".join(f"{label} {row.get(f)}" for f, label in _SCORES if row.get(f) not in (None, ""))
        return f"{row.get('year') or ''} の自己評価: {scores}".strip()
    text = " ".join(str(row.get(f)) for f in _TEXTS if row.get(f))
    return text[:160]


def name_the_items(answer: Answer) -> None:
    if answer.error or answer.status not in ("exact", "partial") or answer.target not in _PARTS or not answer.rows:
        return
    if answer.value is not None or answer.count != len(answer.rows):
        return  # (a value asked of one row, or a count: no list of items)
    shown = {str(e.get("key")): str(e.get("text") or "") for e in answer.excerpts}
    items: list[str] = []
    added: list[dict] = []
    for row in answer.rows:
        item = str(row.get("practice_key") or "")
        if not item.startswith("practice:"):
            return
        added.append({"key": item, "source": row.get("source"), "line": row.get("line"), "text": _text(row, shown),
                      "field": answer.target})
        code = item.split(":", 1)[1].split("@", 1)[0]
        if code not in items:
            items.append(code)
    answer.excerpts = answer.excerpts + added
    if items and "実践項目" not in answer.summary:
        years = {str(r.get("year") or "") for r in answer.rows}
        of = f" の{years.pop()}の自己評価" if answer.target == "self_eval" and len(years) == 1 else ""
        head = re.sub(r"（[^（）]*）。?$", "", answer.summary.rstrip()).rstrip("。")
        answer.summary = head + f"（実践項目 {'、'.join(items)}{of}）。"
