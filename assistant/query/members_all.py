"""「Ａ委員とＥ委員の両方が意見を出している事業」: the records every member named commented on. Each opinion has
one member, so the members' conditions together find no one comment; what is asked is the records (the code each
opinion is on) holding an opinion of each of them. The answer is those members' opinions on those records.

Only where the answer found nothing, every condition understood is a member's (「委員 = …」, two or more) or the
record kind the opinions are on (about), and the question says all of them (両方・どちらも・ともに・全員) or joins
the members with と; otherwise the answer is left as it was."""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Answer

_ALL_SAID = compiled(r"両方|どちらも|両者|双方|いずれも|ともに|とも|全員|みんな|皆")


def answer_all(db, question: object, answer: "Answer") -> None:
    if not isinstance(question, str) or answer.error or answer.rows or answer.target != "comment":
        return
    members: list[str] = []
    about = ""
    for u in answer.understood:
        if not isinstance(u, dict):
            return
        if u.get("field") == "member" and u.get("op") == "=" and isinstance(u.get("value"), str):
            members.append(u["value"])
        elif u.get("field") == "about" and u.get("op") == "=" and isinstance(u.get("value"), str):
            about = u["value"]
        else:
            return
    members = list(dict.fromkeys(members))
    said = nfkc(question)
    if len(members) < 2 or not (_ALL_SAID.search(said) or "と" in said):
        return
    try:
        rows = [dict(r) for r in db.query(
            "SELECT * FROM comment WHERE member IN (" + ",".join("?" * len(members)) + ")"
            + (" AND about = ?" if about else "") + " ORDER BY source, line",
            [*members, *([about] if about else [])])]
    except Exception:  # (an index whose comments keep no members)
        return
    by_record: dict[tuple, set] = {}
    for r in rows:
        by_record.setdefault((r.get("source"), r.get("initiative")), set()).add(r.get("member"))
    kept = {k for k, who in by_record.items() if k[1] and who >= set(members)}
    found = [r for r in rows if (r.get("source"), r.get("initiative")) in kept]
    names = "・".join(members)
    codes = "、".join(dict.fromkeys(str(r.get("initiative") or "") for r in found))
    answer.understood = [*answer.understood, {"field": "member", "op": "all_of_record", "value": members,
                                              "label": f"{names}のすべてが意見を出した対象"}]
    if not found:
        answer.status = "no_match"
        answer.summary = f"{names}のすべてが意見を出している対象はありません。"
        return
    answer.rows = found
    answer.count = len(found)
    answer.status = "exact"
    answer.caveat = ""
    answer.summary = (f"{names}のすべてが意見を出している対象は {len(kept)}件です（{codes}）。"
                      f"それぞれの意見 {len(found)}件を示します。")
