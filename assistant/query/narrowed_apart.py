"""「そのうち…」 answered by rows that are not the answer before narrowed: none of them was shown before, no
condition of the answer before is among the new one's, and they come from other documents (「建設課の答弁は
何件？」 read from a 総括's table of counts, then 「そのうち「研究する」と答えたものは？」 found in the register's
rows of every 担当課). The rows may be right for the new words alone, but the 「そのうち」 was dropped: the answer is
partial and says so first, never a confident answer of a condition it did not apply."""
from __future__ import annotations

from assistant.query.answer import Answer


def _keys(rows: list) -> set[str]:
    return {str(r.get(k)) for r in rows if isinstance(r, dict) for k in ("key", "record") if r.get(k)}


def _conditions(understood: list) -> tuple[set, set]:
    sources = {str(v) for u in understood if u.get("field") == "source"
               for v in (u.get("value") if isinstance(u.get("value"), list) else [u.get("value")])}
    said = {(u.get("field"), u.get("op"), str(u.get("value"))) for u in understood if u.get("field") != "source"}
    return sources, said


def mark_unnarrowed(before_rows: list, before_understood: list, answer: Answer) -> None:
    """Make `answer` (to a 「そのうち…」 question) partial when nothing ties it to the answer before it."""
    if answer.status != "exact" or answer.caveat or not before_rows or not answer.rows:
        return
    if _keys(before_rows) & _keys(answer.rows):
        return
    sources, said = _conditions(before_understood)
    new_sources, new_said = _conditions(answer.understood)
    if said and said <= new_said:
        return
    if not sources or not new_sources or new_sources <= sources:
        return
    answer.status = "partial"
    answer.caveat = "前の回答の記録をこの質問の条件で絞り込めなかったため、前の回答で絞らずに答えています。"
    answer.summary = answer.caveat + answer.summary
