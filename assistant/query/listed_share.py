"""「財政効果額全体のうち、公有財産の売却促進及び有効活用の分は何％を占める？」: the share of a total a passage
prints (「財政効果額 37億6千万円 主な取組 ・ 公有財産の売却促進及び有効活用 28億円」) that one line of it under the
total makes up: the line's amount over the total's, both read as printed (億, 千万, 万, 千円). Only a passage
printing the whole's word with one amount after it and the part's words with one amount after them is read; the
answer is a search (the figures shown with their passage, to be checked there). Questions of another shape
are left to the rest of the engine (None)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.query.listed_amounts import yen
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# (「何割？パーセントで」: a share in tenths, said in percent after all; 何割 alone, in tenths)
_PERCENT = r"何\s*(?:[%％]|パーセント|(?P<tenths>割))"
_IN_PERCENT = compiled(r"パーセント|[%％]")
# 「Xのうち、Yの分は何％を占める」「X全体のうちYは何％」「X37億6千万円のうち…」 (the whole's amount said too)
_PART_OF_WHOLE = compiled(r"(?P<whole>[一-龥ァ-ヶー]{2,12}?)(?:全体|の総額|の合計|総額|合計)?\s*(?:の)?\s*"
                          r"(?:\d[\d,.]*\s*(?:億\s*(?:\d\s*千\s*万|\d[\d,]*\s*万)?|千万|百万|万|千)?\s*円\s*(?:の)?\s*)?(?:うち|中で|なかで)[、,]?\s*"
                          r"(?P<part>[^、,。?？]{2,40}?)(?:の分|の額|分|の金額)?(?:は|が)\s*(?:全体の)?\s*" + _PERCENT)
# 「Yの分は、X全体の何％」
_WHOLE_AFTER = compiled(r"(?P<part>[^、,。?？]{2,40}?)(?:の分|の額|分|の金額)?(?:は|が)[、,]?\s*(?P<whole>[一-龥ァ-ヶー]{2,12}?)"
                        r"(?:全体|の総額|の合計|総額|合計)?\s*の\s*" + _PERCENT)
# An amount as printed: 37億6千万円, 28億円, 7,700万円, 35,580千円, 1,200円.
_AMOUNT = (r"(?:\d[\d,]*(?:\.\d+)?\s*億\s*(?:\d\s*千\s*万|\d[\d,]*\s*万)?\s*円?"
           r"|\d[\d,]*(?:\.\d+)?\s*(?:千万円|百万円|万円|千円|円))")


def _one_amount_after(label: str, body: str) -> tuple[float, str] | None:
    """The one amount printed right after the label (on its line or the next), as yen and as printed."""
    found = {}
    for m in compiled(re.escape(label) + r"[ \t]*(?:[:：][ \t]*)?\n?[ \t]*(?:" + _AMOUNT + ")").finditer(body):
        amount = compiled(_AMOUNT).search(m.group(0), len(label))
        if amount:
            found.setdefault(yen(amount.group(0)), amount.group(0).strip())
    return next(iter(found.items())) if len(found) == 1 else None


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    said = nfkc(question)
    m = _PART_OF_WHOLE.search(said) or _WHOLE_AFTER.search(said)
    if m is None:
        return None
    whole, part = m.group("whole"), re.sub(r"^(?:その|この)", "", m.group("part").strip())
    if len(part) < 2 or part == whole:
        return None
    rank = _RANK_SAID.fullmatch(part)
    if rank is not None:
        return _ranked_share(assistant, q, said, m, whole, _rank_of(rank))
    rows = list(assistant.db.query("SELECT id, key, kind, field, source, line, text FROM passages WHERE text LIKE ? AND text LIKE ?",
                                   [f"%{whole}%", f"%{part}%"]))
    read: dict[tuple[float, float], dict] = {}
    shown: dict[tuple[float, float], tuple[str, str]] = {}
    for r in rows:
        body = nfkc(str(r["text"] or ""))
        total, share = _one_amount_after(whole, body), _one_amount_after(part, body)
        if total and share and total[0] > 0:
            read.setdefault((share[0], total[0]), dict(r))
            shown.setdefault((share[0], total[0]), (share[1], total[1]))
    if len(read) != 1:
        return None
    (amount, total), excerpt = next(iter(read.items()))
    printed_part, printed_total = shown[(amount, total)]
    tenths = bool(m.group("tenths")) and not _IN_PERCENT.search(said[m.end():] + said[:m.start()])
    value = amount / total * (10 if tenths else 100)
    summary = (f"抜粋に「{whole} {printed_total}」「{part} {printed_part}」とあり、{part}の分は{whole}の "
               f"{value:.4g}{'割' if tenths else '%'} です（{printed_part} ÷ {printed_total}。抜粋から読んだ値です: "
               f"{excerpt.get('source', '')} {excerpt.get('line', '')}行目）。")
    understood = [{"field": "text", "op": "share", "value": part,
                   "label": f"本文の「{part}」の額 ÷ 「{whole}」の額"}]
    return Answer(question=q.question, target="passage", status="search", count=1, rows=[], excerpts=[excerpt],
                  value=value, summary=summary, understood=understood, query=q.to_dict())


# 「1位の取組」「2番目に大きい取組」「いちばん多いもの」: the line under the total at a rank by its amount, not by name.
_RANK_SAID = compiled(r"(?:(?P<place>\d{1,2})\s*位|(?P<nth>\d{1,2})\s*番目に(?:大きい|多い|高い)|(?P<top>いちばん|一番|最も)(?:大きい|多い|高い))"
                      r"\s*(?:の)?\s*[一-龥ァ-ヶー]{0,8}?")
# A line of the list under the total: a bullet, its words, one amount at its end.
_LISTED_LINE = compiled(r"^[ \t]*[・●○■\-－][ \t]*(?P<name>[^\n]+?)[ \t]+(?P<amount>" + _AMOUNT + r")[ \t]*$", re.M)


def _rank_of(m: re.Match) -> int:
    return int(m.group("place") or m.group("nth") or 1)


def _ranked_share(assistant: "Assistant", q: Query, said: str, m: re.Match, whole: str, rank: int) -> Answer | None:
    """The share of the total that the line at `rank` (by amount, largest first) of the list printed under it
    makes up. A tie at that rank, or a passage whose list cannot be read line by line, is no answer (None)."""
    rows = list(assistant.db.query("SELECT id, key, kind, field, source, line, text FROM passages WHERE text LIKE ?",
                                   [f"%{whole}%"]))
    read: dict[tuple[str, float, float], tuple[dict, str, str]] = {}
    for r in rows:
        body = nfkc(str(r["text"] or ""))
        total = _one_amount_after(whole, body)
        if not total or total[0] <= 0:
            continue
        lines = [(ln.group("name").strip(), yen(ln.group("amount")), ln.group("amount").strip())
                 for ln in _LISTED_LINE.finditer(body, body.find(whole))]
        amounts = sorted((a for _, a, _ in lines), reverse=True)
        if len(amounts) < rank or (len(amounts) > rank and amounts[rank - 1] == amounts[rank]) \
                or (rank > 1 and amounts[rank - 1] == amounts[rank - 2]) or sum(amounts) > total[0]:
            continue  # (a tie at the rank asked, or lines that are no parts of the total)
        name, amount, printed = next(t for t in lines if t[1] == amounts[rank - 1])
        read.setdefault((name, amount, total[0]), (dict(r), printed, total[1]))
    if len(read) != 1:
        return None
    (name, amount, total), (excerpt, printed_part, printed_total) = next(iter(read.items()))
    tenths = bool(m.group("tenths")) and not _IN_PERCENT.search(said[m.end():] + said[:m.start()])
    value = amount / total * (10 if tenths else 100)
    summary = (f"抜粋に「{whole} {printed_total}」とあり、その下の一覧で金額が{rank}位の「{name} {printed_part}」は"
               f"{whole}の {value:.4g}{'割' if tenths else '%'} です（{printed_part} ÷ {printed_total}。抜粋から読んだ値です: "
               f"{excerpt.get('source', '')} {excerpt.get('line', '')}行目）。")
    understood = [{"field": "text", "op": "share", "value": name,
                   "label": f"「{whole}」の下の一覧で{rank}位の額 ÷ 「{whole}」の額"}]
    return Answer(question=q.question, target="passage", status="search", count=1, rows=[], excerpts=[excerpt],
                  value=value, summary=summary, understood=understood, query=q.to_dict())
