"""「ごみ処理施設の広域化ってもう終わった？」 of one joint project whose list prints its 状況 (実施中 / 終了 / 検討中): the
answer is that state as printed (the value), with はい or いいえ first — as query/stated_end.py answers it of a plan's
item. The question is read as the project's state asked, not as a condition that it has ended (a joint project
has no end year)."""
from __future__ import annotations

import re

from assistant.labels import field_label
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_ENDED_ASKED = compiled(r"(?:終わって(?:い)?る|終わった|終了して(?:い)?る|終了した|完了して(?:い)?る|完了した|終わり)"
                        r"(?:の|ん)?(?:です|でしょう|ですか)?(?:か|かな|の)?\s*[?？]\s*$"
                        r"|(?:終わって|終了して|完了して)(?:い)?ます(?:か)?\s*[?？]?\s*$|(?:終わり|終了し|完了し)ました(?:か)\s*[?？]?\s*$")
# A state that says the project is over: 終了, 完了, 廃止, 実施済み (and not 終了予定).
_OVER_RE = compiled(r"^(?:終了|完了|廃止|解散|実施済み?|事業終了)(?:済み?|した)?$")


def joint_ended_asked(question: str, q: Query) -> None:
    """The query turned in place: the ended condition off, the project's state asked."""
    if q.target != "joint_project" or q.aggregate or q.value_field or not _ENDED_ASKED.search(nfkc(question)):
        return
    named = [c for c in q.conditions if (c.field in ("code", "@no", "no") or c.field.startswith("@title")) and c.op in ("=", "~=")]
    ended = [c for c in q.conditions if c.field in ("ended", "end_year", "status", "state") and c.op in ("not_empty", "empty", "state_is")]
    if len(named) != 1 or len(ended) != 1:
        return
    q.conditions = [c for c in q.conditions if c is not ended[0]]
    q.value_field = "status"


def joint_stated_end(answer: Answer) -> None:
    """はい／いいえ first in the summary of a joint project's state asked so (the value stays the printed state)."""
    if answer.error or answer.status != "exact" or len(answer.rows) != 1 or answer.target != "joint_project":
        return
    if not any(u.get("field") == "status" and u.get("op") == "value" for u in answer.understood):
        return
    if not _ENDED_ASKED.search(nfkc(str(answer.question or ""))):
        return
    state = str(answer.rows[0].get("status") or "").strip()
    if not state:
        # (a list printing no state for it: whether it is over is not known, and the answer says so first)
        answer.status = "partial"
        answer.caveat = "この連携事業の一覧には状況の記載がないため、終わったかどうかは分かりません。"
        answer.summary = answer.caveat + answer.summary
        return
    answer.value = state
    name = " ".join(str(p) for p in (answer.rows[0].get("code"), answer.rows[0].get("title")) if p)
    yes = bool(_OVER_RE.match(nfkc(state).replace(" ", "")))
    answer.summary = ("はい、" if yes else "いいえ、") + f"{name} の状況は「{state}」です。"


# 「教職員合同研修事業って、もう実施してる？」: whether one named project has been carried out, asked
# (not a condition): its 既に実施 cell, and, where that is blank, what its list plans for the year.
_DONE_ASKED = compiled(r"(?:もう|既に|すでに)\s*(?:実施|実行)(?:して(?:い)?る|した|されて(?:い)?る|された|済み?)"
                       r"(?:の|ん)?(?:です|でしょう)?(?:か|かな|の)?\s*[?？]\s*$"
                       r"|(?:もう|既に|すでに)\s*(?:実施|実行)(?:して|されて)(?:い)?ます(?:か)?\s*[?？]?\s*$"
                       r"|(?:もう|既に|すでに)\s*(?:実施|実行)(?:し|され)ました(?:か)\s*[?？]?\s*$")


def joint_done_asked(question: str, q: Query) -> None:
    """The query turned in place: the done condition off, the project's 既に実施 asked."""
    if q.target != "joint_project" or q.aggregate or q.value_field or not _DONE_ASKED.search(nfkc(question)):
        return
    named = [c for c in q.conditions if (c.field in ("code", "@no", "no") or c.field.startswith("@title")) and c.op in ("=", "~=")]
    done = [c for c in q.conditions if c.field == "done" and c.op in ("not_empty", "empty")]
    if len(named) != 1 or len(done) != 1:
        return
    q.conditions = [c for c in q.conditions if c is not done[0]]
    q.value_field = "done"


def joint_stated_done(answer: Answer) -> None:
    """はい／いいえ first, with what is printed: the 既に実施 cell, or (blank) the year's plan."""
    if answer.error or answer.status != "exact" or len(answer.rows) != 1 or answer.target != "joint_project":
        return
    if not any(u.get("field") == "done" and u.get("op") == "value" for u in answer.understood):
        return
    if not _DONE_ASKED.search(nfkc(str(answer.question or ""))):
        return
    row = answer.rows[0]
    done, planned = (str(row.get(f) or "").strip() for f in ("done", "planned"))
    name = " ".join(str(p) for p in (row.get("code"), row.get("title")) if p)
    done_label, planned_label = field_label("done", "joint_project"), field_label("planned", "joint_project")
    if done:
        answer.value = done
        answer.summary = f"はい、{name} の「{done_label}」には「{done}」とあります。"
        return
    answer.value = planned or None
    answer.summary = (f"いいえ、{name} の「{done_label}」の欄は空欄です"
                      + (f"（「{planned_label}」は「{planned}」）。" if planned else "。"))
