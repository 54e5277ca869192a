"""「市の対応方針で、令和８年度に何か対応するとしている事業は？」 of a report whose parts each open with a record's code
(「１０１－０３　公共施設等総合管理計画推進事業」) and hold the members' opinions on it (kinds/generic/opinion_bullets.py,
comments keyed by that code): the parts, or the rows of the report's table printing the same codes (事業番号), are the
records those opinions are on, and the answer keys them by their codes as the opinions do (initiative:<code>), not
by their place in the file.

Only where every row of the answer names, at the head of its title or in a cell of its own, a code some opinion of
the same document is on; otherwise the answer is left as it was."""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

if TYPE_CHECKING:
    from assistant.query.answer import Answer

_HEAD_CODE = compiled(r"^\s*([A-Za-z]{0,3}\d{0,4}\s*[-‐－]\s*\d{1,4})(?![\d-])")
_SKIP = {"key", "record", "source", "line", "place", "number"}


def _code(text: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"[‐－]", "-", nfkc(text))).strip()


def key_by_code(db, answer: "Answer") -> None:
    if answer.target != "table_row" or answer.rows_are or answer.error or not answer.rows:
        return
    rows = [r for r in answer.rows if isinstance(r, dict)]
    if len(rows) != len(answer.rows) or not all(str(r.get("key", "")).startswith(("table_row:", "item:")) for r in rows):
        return
    sources = {str(r.get("source") or "") for r in rows}
    try:
        held: dict[str, set[str]] = {}
        for s in sources:
            held[s] = {_code(str(c["initiative"] or "")) for c in db.query(
                "SELECT initiative FROM comment WHERE source = ? AND about = 'item'", [s])}
    except Exception:  # (an index without comments)
        return
    codes = []
    for r in rows:
        own = held.get(str(r.get("source") or ""), set())
        if not own:
            return
        m = _HEAD_CODE.match(nfkc(str(r.get("title") or "")))
        code = _code(m.group(1)) if m and _code(m.group(1)) in own else ""
        if not code:
            cells = [_code(str(v)) for k, v in r.items() if k not in _SKIP and isinstance(v, str)]
            code = next((c for c in cells if c in own), "")
        if not code and str(r.get("key", "")).startswith("table_row:"):
            # (an answer of one field of the row, 「…の外部評価結果は」: the row's other cells as the index keeps them)
            try:
                kept = db.execute("SELECT cells FROM table_row WHERE key = ?", [r["key"]]).fetchone()
                cells = json.loads(kept[0]) if kept and kept[0] else {}
            except Exception:
                cells = {}
            code = next((_code(str(v)) for v in cells.values() if _code(str(v)) in own), "") \
                if isinstance(cells, dict) else ""
        if not code:
            return
        codes.append(code)
    for r, code in zip(rows, codes):
        r["number"] = code
    answer.rows_are = "initiative"
