"""「今公募中になってる未利用地ってどれ？」 over a sheet named 「未利用地一覧」: a sheet named as a list of something
(…一覧, …台帳, …リスト) says what its rows are, where the document's title words it otherwise (未利用市有地一覧).
The word then names the rows, no condition left unread."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_LIST_OF = re.compile(r"([一-龥ァ-ヶー々]{2,8}?)(?:一覧表?|台帳|リスト|名簿)")


def sheet_row_word(db, source: str, rows: list[dict]) -> str:
    """The word the sheet holding every row of the table calls them by (「未利用地一覧」 → 未利用地), or ""."""
    lines = [r.get("line") for r in rows if r.get("line")]
    if not lines:
        return ""
    got = db.execute("SELECT DISTINCT place FROM places WHERE source = ? AND format = 'xlsx' AND first_line <= ? "
                     "AND last_line >= ?", [source, max(lines), min(lines)]).fetchall()
    sheets = {str(p).rsplit("!", 1)[0] for (p,) in got if p and "!" in str(p)}
    if len(sheets) != 1:
        return ""
    m = _LIST_OF.fullmatch(nfkc(sheets.pop()).strip())
    return m.group(1) if m else ""
