"""「令和４年度に登録した改善項目」「令和６年度に新しく追加された項目」 over rows numbered R4-001, R5-003 … where
the document notes that the number says the year the item was registered (「番号は、登録した年度（Ｒ４～Ｒ６）と
年度内の連番を表す」): the rows whose number starts with that year's era letter and number, not the year's columns."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# R4-001, H30-12: an era letter, the year, a hyphen, the serial
_CODE = re.compile(r"^([RrHh])(\d{1,2})\s*[-‐－−]\s*\d+$")
# the note: a line saying the number (番号・コード) tells the year something was registered or added
_NOTE = re.compile(r"(?:番号|コード|記号)[^。\n]{0,30}(?:登録|追加|採択|新規|設定|着手)[^。\n]{0,6}年度"
                   r"|(?:登録|追加|採択|新規|設定|着手)[^。\n]{0,6}年度[^。\n]{0,30}(?:番号|コード|記号)")
# 「に登録した」「に新しく追加された」「で新規に採択された」: what the year of the code says
_VERB = re.compile(r"(?:に|で|中に)?(?:新しく|新たに|新規に|新規で)?(?:登録|追加|新設|採択|新規登録|新規追加)"
                   r"(?:し|され)(?:た|ている|てる|ていた)?")
_ERA_BASE = {"r": 2018, "h": 1988}


def _coded(db, t) -> bool:
    said = t.memo.get("code_years")
    if said is None:
        codes = [nfkc(str(r["cells"].get(t.number) or "")).strip() for r in t.rows] if t.number else []
        coded = bool(codes) and sum(bool(_CODE.match(c)) for c in codes) >= 0.8 * len(codes)
        text = ""
        if coded:
            got = db.execute("SELECT text FROM document_texts WHERE source = ?", (t.source,)).fetchone()
            text = nfkc(got[0] or "") if got else ""
        said = t.memo["code_years"] = coded and bool(_NOTE.search(text))
    return said


def code_year_said(db, t, qn: str) -> tuple[tuple[int, int], str, str] | None:
    """((start, end) in qn, the code's start 「r4-」 as keyed, the label) of the year said of registering, where the
    rows' numbers say it; None otherwise."""
    if not t.number or not re.search(r"登録|追加|新設|採択", qn):
        return None
    for y in find_years(qn):
        end = y.end + (1 if qn[y.end:y.end + 1] == "度" else 0)
        v = _VERB.match(qn, end)
        if v is None or not _coded(db, t):
            continue
        letter = "r" if y.fiscal_year >= 2019 else "h"
        prefix = f"{letter}{y.fiscal_year - _ERA_BASE[letter]}-"
        return (y.start, v.end()), prefix, f"{t.number}が{prefix.upper()}で始まる（登録年度）"
    return None
