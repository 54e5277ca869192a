"""「久慈委員が意見を言った取組は？」「座長が言及した基本目標は？」 answered from minutes whose members' turns name the
plan's items by code (kinds/generic/minutes_turns.py): the question asks for the items (取組, 基本目標) that had a
member's comment, and the engine looks for records of those items holding such comments. Where the items are printed
in other documents than the minutes (a progress list, an evaluation report), no item record holds the comments and
nothing is found; the comments themselves, each under the code of the item it names, are then the answer.

Only where every condition understood is one on the comments (the member, the member's role, words of the
comment) and the comments meeting them are found; otherwise the answer is left as it was."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.query.answer import Answer

_OPS = {"=": "coalesce(t.[{f}], '') = ?", "contains": "coalesce(t.[{f}], '') LIKE '%' || ? || '%'"}
_NOT = {"not_contains": "coalesce(t.[{f}], '') NOT LIKE '%' || ? || '%'"}
# 「複数の委員から意見が出た」: the comments on a code that two or more members of the minutes spoke of
_DISTINCT = {"distinct>=": "t.initiative IN (SELECT c2.initiative FROM comment c2 WHERE c2.source = t.source "
                           "GROUP BY c2.initiative HAVING count(DISTINCT c2.[{f}]) >= ?)"}


def as_turns(db, question: object, answer: "Answer") -> None:
    if not isinstance(question, str) or answer.error or answer.rows:
        return
    if answer.target not in ("initiative", "practice") or answer.status != "no_match" or not answer.understood:
        return
    where: list[str] = []
    args: list[str] = []
    for u in answer.understood:
        if not isinstance(u, dict) or u.get("field") != "@child:comment" or not isinstance(u.get("value"), dict):
            return
        field, value = str(u["value"].get("field") or ""), u["value"].get("value")
        op = u.get("op")
        sql = {**_OPS, **_NOT, **_DISTINCT}.get(op or "")
        if not field.replace("_", "").isalnum() or sql is None or u["value"].get("all") \
                or not (isinstance(value, str) or op in _DISTINCT and isinstance(value, int)):
            return
        where.append(sql.format(f=field))
        args.append(value)
    try:
        found = [dict(r) for r in db.query(
            f"SELECT t.* FROM comment t WHERE {' AND '.join(where)} ORDER BY t.source, t.line", args)]
    except Exception:  # (an index whose comments hold no such field)
        return
    # Only comments naming the item by a code of its own (the minutes' turns): where the items asked for hold
    # comments, the engine's own answer (nothing) stands.
    if not found or not all(r.get("about") in ("practice", "initiative") for r in found):
        return
    asked = answer.target
    if any(r.get("about") == asked for r in found):
        found = [r for r in found if r.get("about") == asked]
    answer.rows = found
    answer.count = len(found)
    answer.target = "comment"
    answer.status = "exact"
    codes = "、".join(dict.fromkeys(str(r.get("initiative") or "") for r in found))
    answer.summary = f"{len(found)}件の意見があります（{codes}）。"
    answer.notes.append("議事録の委員の発言を、発言が名指す取組・目標（番号）への意見として示しています")


def turns_of(answer: "Answer") -> list[dict]:
    """The comments an answer lists when they are turns naming items by code (what a follow-up narrows)."""
    rows = [r for r in answer.rows if isinstance(r, dict)]
    if answer.target != "comment" or answer.status not in ("exact", "partial") or not rows \
            or not all(r.get("about") in ("practice", "initiative") and r.get("member") for r in rows):
        return []
    return rows


def _code(code: object) -> str:
    from assistant.text.normalize import nfkc

    return "".join(nfkc(str(code or "")).split())


def narrowed(turns: list[dict], answer: "Answer") -> None:
    """「そのうち市民課が担当してるのは？」 after the turns of a member: the follow-up found the items meeting it (a list's
    rows, keyed by their codes); the answer is the turns naming those items (in place). Nothing to narrow, as it was."""
    if not turns or answer.error or answer.target == "comment" or answer.status not in ("exact", "partial"):
        return
    shown = answer.to_dict().get("rows") or []
    codes, kinds = set(), set()
    for r in shown:
        kind, _, code = str(r.get("key", "")).partition(":")
        if kind not in ("practice", "initiative", "table_row"):
            return  # (rows of no item: the follow-up is no narrowing of the items named)
        kinds.add(kind)
        codes.add(_code(code.split("@", 1)[0]))
    # (codes as printed or as shown: 1－(2)－ア of a row keyed by its printed number is the turn's 1-(2)-ア)
    kept = [t for t in turns if _code(t.get("initiative")) in codes]
    if not kept and "table_row" in kinds:
        return  # (a table's rows printing none of the codes named: no list of those items)
    answer.rows = kept
    answer.count = len(kept)
    answer.target = "comment"
    said = "、".join(dict.fromkeys(str(t.get("initiative") or "") for t in kept))
    answer.summary = (f"そのうち条件に合うのは{len(kept)}件です（{said}）。" if kept
                      else "前の回答の意見のうち、条件に合う取組への意見はありません。")
    if not kept:
        answer.status = "no_match"
    answer.notes.append("前の回答の意見を、それが名指す取組のうち条件に合うものに絞りました")
