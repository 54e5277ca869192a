"""「複数の委員から意見が出た取組はある？」「2人以上の委員が意見を述べている施策は？」: the records the comments name
(their code, comment.initiative) counted by the distinct members who made them, those named by two or more members
(「3人以上」: that many) the answer, with their comments. 「複数」 here is how many members, not a word of the text.
Where the index's comments name no member, the count cannot be made and the answer says so (search, not exact)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_DIGITS = {"二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_HOW_MANY = (r"(?P<many>複数|複数人|複数名|何人も|(?P<n>[二三四五2-5])\s*(?:人|名)以上)\s*の?\s*")
_ASKED = compiled(
    rf"{_HOW_MANY}(?:委員|メンバー|構成員|人|方)\s*(?:から|が|より)\s*(?:の)?\s*"
    r"(?:意見|指摘|コメント|発言|質問|言及|取り上げ|取上げ|触れ)")
_ASKED_AFTER = compiled(  # 「意見が複数の委員から出た取組」
    rf"(?:意見|指摘|コメント|発言)\s*(?:が|を)\s*{_HOW_MANY}(?:委員|メンバー|構成員|人|方)\s*(?:から|が|より)")

# 「委員の意見の中で、2人以上の委員が言及した施策は？」: the comments named first, as where to look (no condition)
_AMONG = compiled(r"^(?:(?:委員|メンバー|構成員)\s*の\s*)?(?:意見|発言|コメント)\s*(?:の中で|のなかで|のうち|の中から|では|で)\s*[、,]?\s*")

_VERB = (r"(?:が|を|の)?\s*(?:寄せられ|出され|出|述べ(?:られ)?|言(?:われ|っ)?|あ|付|つい|挙が|上が|し|され)?"
         r"(?:た|ている|てる|ていた|てた|て(?:い)?る|った|る)?")
_ONLY_AFTER = compiled(_VERB + r"\s*(?:の\s*は)?\s*(?:[一-龥々ァ-ヶー]{1,8})?\s*(?:は|って|が)?\s*"
                       r"(?:ある|あります|あった|どれ|どこ|何|なに|いくつ|何件)?\s*(?:の|ん)?\s*"
                       r"(?:ですか|でしょうか|か)?\s*[？?。]?\s*")


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = nfkc(question)
    text = _AMONG.sub("", text.strip(), count=1)
    m = _ASKED.match(text)
    if m is None:  # (「意見が複数の委員から出た取組」: the opinions said first)
        m = _ASKED_AFTER.search(text)
        if m is None or m.start() != 0:
            return None
    # Only the question of that alone: no other condition the count would drop (「そのうち」「Ⅱの柱で」).
    if not _ONLY_AFTER.fullmatch(text[m.end():]):
        return None
    least = _DIGITS.get(m.group("n") or "", 2)
    try:
        rows = [dict(r) for r in assistant.db.query(
            "SELECT * FROM comment WHERE coalesce(initiative, '') <> '' ORDER BY source, line, key")]
    except Exception:  # (an index without comments)
        return None
    said = [r for r in rows if str(r.get("member") or "").strip()]
    understood = [{"field": "member", "op": "count_distinct>=", "value": least,
                   "label": f"意見を述べた委員が{least}人以上の対象"}]
    if not said:
        return Answer(question=question, target="comment", rows=[], count=None, value=None, status="search",
                      summary=("索引の委員の意見には発言した委員の名前が記録されていないため、"
                               f"委員が{least}人以上の対象を数えられません。"),
                      understood=understood, columns=["initiative", "n", "text", "member"])
    members: dict[tuple[str, str], set[str]] = {}
    for r in said:
        members.setdefault((r["source"], str(r["initiative"])), set()).add(str(r["member"]).strip())
    chosen = [k for k, names in members.items() if len(names) >= least]
    out = [r for r in said if (r["source"], str(r["initiative"])) in chosen]
    codes = list(dict.fromkeys(code for _, code in chosen))
    yes_no = bool(re.search(r"(?:ある|あります|あった|ありました)\s*(?:の|ん)?\s*(?:ですか|でしょうか|か)?\s*[？?。]?\s*$", text))
    if codes:
        head = "はい、あります。" if yes_no else ""
        detail = "；".join(f"{code}（{'、'.join(sorted(members[(s, code)]))}）" for s, code in chosen)
        summary = f"{head}{least}人以上の委員から意見が出た対象は {len(codes)}件です: {detail}。"
    else:
        summary = f"{'いいえ、' if yes_no else ''}{least}人以上の委員から意見が出た対象はありません（意見の対象ごとに委員を数えました）。"
    return Answer(question=question, target="comment", rows=out, count=len(codes),
                  value=("ある" if codes else "ない") if yes_no else None, status="exact", summary=summary,
                  understood=understood, columns=["initiative", "n", "text", "member"])
