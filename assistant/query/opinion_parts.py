"""「審査意見の「情報管理について」で取り上げられているリスクは？」「資産管理について監査委員が指摘したリスク番号」
「監査委員の意見の（１）は何について書いてある？」→「そこで引用されているリスク番号を全部挙げて」: a review body's
opinion in numbered parts (「（２）情報管理について」, kinds/generic/opinion_parts.py: each part a comment on every record
it cites, the part's heading kept as the comment's `policy`), one part named by its subject or its number: the
comments of that part, or (「何について」) the part's subject.

Only where the question says the opinion (意見・指摘・審査) and names one part's whole subject (its words before
について) or its number; None otherwise (left to the rest of the engine)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

_OPINION = compiled(r"意見|指摘|審査|監査委員|提言|答申")
# (「提言２－(３) 類似補助金の統合」: a 答申's proposal numbered under its section, 提言２ naming all its parts)
_PART_HEAD = compiled(r"^\s*(?:[(（]\s*(?P<n>\d{1,2})\s*[)）]|(?P<word>提言|意見)\s*(?P<sec>\d{1,2})\s*[-‐－−]\s*[(（]\s*(?P<n2>\d{1,2})\s*[)）])"
                        r"\s*(?P<subject>.+?)\s*(?:について|に関して|に関する事項|に係る事項)?\s*$")
_WHAT_ABOUT = compiled(r"何について|なにについて|何が書|なにが書|テーマは|どんな(?:こと|内容|テーマ)|何の(?:こと|話)|何を(?:提言|求め)")
# 「そこで引用されているリスク番号を全部挙げて」: the part asked before
_THERE = compiled(r"^\s*(?:そこ|その中|そのなか|そこの中|その項目|その意見)\s*(?:で|に|の中で|では|には)?")
_RECORDS = compiled(r"引用|取り上げ|挙げ|触れ|言及|指摘|名指|番号|どれ|どの|リスク|項目|何件|いくつ|補助金")


def _parts(db) -> dict[str, list[dict]]:
    """The parts' comments by the part's heading (only headings numbered （ｎ）)."""
    try:
        rows = [dict(r) for r in db.query("SELECT * FROM comment WHERE coalesce(policy, '') <> '' ORDER BY source, line, key")]
    except Exception:
        return {}
    out: dict[str, list[dict]] = {}
    for r in rows:
        if _PART_HEAD.match(nfkc(str(r.get("policy") or ""))):
            out.setdefault(str(r["policy"]), []).append(r)
    return out


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = "".join(nfkc(question).split())
    parts = None
    chosen = ""
    there = _THERE.match(text)
    before, turn = getattr(assistant, "_opinion_part", None) or ("", -9)
    if there and before and turn == getattr(assistant, "_turn", 0) - 1 and _RECORDS.search(text):
        chosen = before  # (the part answered in the turn right before)
    elif _OPINION.search(text):
        parts = _parts(assistant.db)
        named = []
        sections = []
        for head in parts:
            m = _PART_HEAD.match(nfkc(head))
            subject = "".join(m.group("subject").split())
            said_subject = re.search(re.escape(subject) + r"(?:について|に関して|に関する|」|』|で|の(?:意見|項))", text)
            if m.group("word"):
                said_number = re.search(m.group("word") + m.group("sec") + r"[-‐－−]?[(（]" + m.group("n2") + r"[)）]", text)
                # 「提言２で取り上げられている」: the section said alone, each of its parts
                if re.search(m.group("word") + m.group("sec") + r"(?![\d\-‐－−(（])", text):
                    sections.append(head)
            else:
                said_number = re.search(r"(?:意見|審査意見)の?[(（]" + m.group("n") + r"[)）]", text)
            if said_subject or said_number:
                named.append(head)
        if not named and sections and len({c["source"] for h in sections for c in parts[h]}) == 1 \
                and _RECORDS.search(text) and not _WHAT_ABOUT.search(text):
            first = _PART_HEAD.match(nfkc(sections[0]))
            label = f"{first.group('word')}{first.group('sec')}"
            comments = [c for h in sections for c in parts[h]]
            codes = list(dict.fromkeys(str(c.get("initiative") or "") for c in comments))
            asks_count = bool(re.search(r"何件|いくつ|幾つ|何個|件数", text))
            return Answer(question=question, target="comment", rows=comments, count=len(codes),
                          value=len(codes) if asks_count else None, status="exact",
                          understood=[{"field": "policy", "op": "in", "value": sections, "label": f"{label}の各項"}],
                          summary=f"{label}（{'、'.join(sections)}）で取り上げられている番号は {len(codes)}件です（{'、'.join(codes)}）。")
        if len(named) != 1 or len({c["source"] for c in parts[named[0]]}) != 1:
            return None
        # (another source's parts numbered the same: the number alone names no one part)
        chosen = named[0]
    if not chosen:
        return None
    parts = parts if parts is not None else _parts(assistant.db)
    comments = parts.get(chosen)
    if not comments:
        return None
    m = _PART_HEAD.match(nfkc(chosen))
    subject = m.group("subject")
    assistant._opinion_part = (chosen, getattr(assistant, "_turn", 0))
    codes = list(dict.fromkeys(str(c.get("initiative") or "") for c in comments))
    understood = [{"field": "policy", "op": "eq", "value": chosen, "label": f"意見の「{chosen}」の部分"}]
    if _WHAT_ABOUT.search(text) and not there:
        return Answer(question=question, target="comment", rows=comments, count=len(comments), value=subject,
                      status="exact", understood=understood,
                      summary=f"{chosen}は「{subject}」についての意見です（引用されている番号: {'、'.join(codes)}）。")
    if not _RECORDS.search(text) or re.search(r"合計|いくら|総額|平均|金額|交付額|何円|何万", text):
        return None  # (「そこで挙がっている補助金の交付額を合計すると」: an amount of them, not the part's list)
    asks_count = bool(re.search(r"何件|いくつ|幾つ|何個|件数", text))
    return Answer(question=question, target="comment", rows=comments, count=len(codes),
                  value=len(codes) if asks_count else None, status="exact", understood=understood,
                  summary=f"意見の「{chosen}」で取り上げられている番号は {len(codes)}件です（{'、'.join(codes)}）。")
