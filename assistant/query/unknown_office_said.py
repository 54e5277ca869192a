"""An answer over an office no document names (parse._unknown_office: 「…（記録にない部署名）」), carried into a
follow-up (「その中で R6 まで続いたのは何件？」), is no records found, never 「0件です」 stated as exact: the office
may be a name the question misspelt or typed in a way not read. Said first which office the records do not name."""
from __future__ import annotations

_UNKNOWN = "（記録にない部署名）"


def said_unknown_office(answer) -> None:
    if answer is None or answer.status != "exact" or answer.rows:
        return
    offices = [str(u.get("value")) if not isinstance(u.get("value"), dict) else "・".join(u["value"].get("names") or [])
               for u in answer.understood or [] if u.get("field") == "@dept" and _UNKNOWN in str(u.get("label", ""))]
    if not offices:
        return
    answer.status = "no_match"
    note = f"「{'」「'.join(offices)}」はどの資料の担当部署にもない名前のため、当てはまる記録はありません。"
    answer.notes.insert(0, note)
    answer.summary = note + answer.summary
