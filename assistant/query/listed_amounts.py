"""「財政効果額の主な取組として挙がっている実践項目を、効果額の大きい順に」: records a passage lists with an amount
each, under the word asked (「財政効果額 … 主な取組 ・ 公有財産の売却促進及び有効活用 28億円 ・ …」), ordered by
that amount. The records are those whose title the list prints as it is (no record has such a field: the
figures are the passage's); a list some line of which names no record is answered with that said. Questions
of another shape, or no passage listing two records or more under the word, are left to the rest (None)."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer, Condition, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# 「効果額の大きい順」「削減額が多い順に」: the amount word and the order asked.
_ORDER = compiled(r"(?P<word>[一-龥ァ-ヶー]{0,8}?(?:額|金額|費用|経費))\s*(?:の|が)?\s*"
                  r"(?P<dir>大きい|多い|高い|小さい|少ない|低い)(?:もの|方|ほう)?(?:から)?順")
# Words of an amount the question says (財政効果額, 効果額): the list is sought under the longest.
_AMOUNT_WORD = compiled(r"[一-龥ァ-ヶー]{0,8}(?:額|金額|費用|経費)")
# 「・ 公有財産の売却促進及び有効活用 28億円」: a listed line, its name and its amount in yen.
_LINE = compiled(r"^\s*[・･\-‐●○◆◇■□※]\s*(?P<name>.+?)\s+(?P<amount>(?:約)?\d[\d,.]*(?:億|千万|百万|十万|万|千)?(?:\d[\d,.]*(?:千万|百万|十万|万|千))*円)\s*$")
_LISTED_VERB = compiled(r"挙が|あが|上が|載っ|載る|並ん|並べ")
_PART = compiled(r"(\d[\d,]*(?:\.\d+)?)(億|千万|百万|十万|万|千)?")
_SCALE = {"億": 10 ** 8, "千万": 10 ** 7, "百万": 10 ** 6, "十万": 10 ** 5, "万": 10 ** 4, "千": 1000, None: 1, "": 1}


def yen(printed: str) -> float:
    """「7億7千万円」→ 770000000: each part by its scale, added up."""
    return sum(float(n.replace(",", "")) * _SCALE[s] for n, s in _PART.findall(printed.replace("約", "").rstrip("円")))


def _fields_said(kind: str, word: str, columns) -> list[str]:
    """The fields of the kind said with the word that the index holds (財政効果額 → effect_amount)."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    rk = record_kinds().get(kind)
    return [f.name for f in (rk.fields if rk else ()) if isinstance(f, Field) and f.name in columns
            and (word in f.words or any(w.endswith(word) for w in f.words))] if _field_says(kind, word) else []


def _field_says(kind: str, word: str) -> bool:
    """Whether a field of the kind is said with the word (事業費, 予算額 of a joint project)."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    rk = record_kinds().get(kind)
    return bool(rk) and any(word in f.words or any(w.endswith(word) for w in f.words)
                            for f in rk.fields if isinstance(f, Field))


def _listed(text: str, word: str) -> list[tuple[str, str]]:
    """(name, amount as printed) of the lines listed after the word, up to the first line of another shape
    once the list has begun."""
    at = text.find(word)
    if at < 0:
        return []
    out: list[tuple[str, str]] = []
    for line in text[at:].split("\n")[1:]:
        m = _LINE.match(line)
        if m:
            out.append((m.group("name").strip(), m.group("amount")))
        elif out:
            break
    return out


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    order = _ORDER.search(said)
    ex = assistant.executor
    if order is None or q.target in ("", "passage") or "title" not in ex.columns.get(q.target, []) or q.value_field:
        return None
    # (an amount the records hold as a field, 事業費 of a joint project, is ordered by it: below, once the list's
    # records are known)
    held = _fields_said(q.target, order.group("word"), ex.columns.get(q.target, []))
    words = sorted({w for w in _AMOUNT_WORD.findall(said) if w.endswith(order.group("word")[-1])}, key=len, reverse=True)
    titles = {nfkc(str(t)): str(c) for c, t in assistant.db.execute(f"SELECT code, title FROM [{q.target}] WHERE title != ''")}
    best: tuple[str, dict, list[tuple[str, str]]] | None = None
    for word in words:
        for key, source, line, text in assistant.db.execute(
                "SELECT key, source, line, text FROM passages WHERE instr(text, ?) > 0 AND instr(text, '円') > 0", [word]):
            listed = _listed(nfkc(str(text)), word)
            if sum(1 for name, _ in listed if name in titles) >= 2:
                best = (word, {"key": key, "source": source, "line": line, "text": text}, listed)
                break
        if best:
            break
    if best is None:
        return None
    word, excerpt, listed = best
    if held:
        # (a kind whose records of some document hold the amount as a field, 財政効果額 of a progress table's items:
        # the list's records, which hold none, are ordered by the passage)
        named = [titles[name] for name, _ in listed if name in titles]
        marks = ",".join("?" * len(named))
        if assistant.db.execute(f"SELECT 1 FROM [{q.target}] WHERE code IN ({marks}) AND ("
                                + " OR ".join(f"[{f}] IS NOT NULL" for f in held) + ") LIMIT 1", named).fetchone():
            return None
    # The conditions the question says besides the list (a word of the amount's own name, 財政 of 財政効果額,
    # or the amount word as a text to find, is the list's, not a condition).
    rest = [c for c in q.conditions if not (c.field == "text" or str(c.value) in word or str(c.value) in order.group(0))]
    codes = [titles[name] for name, _ in listed if name in titles]
    probe = copy.copy(q)
    probe.conditions = rest + [Condition("code", "in", codes, "")]
    probe.aggregate = probe.agg_field = probe.order_by = probe.value_field = ""
    probe.limit = None
    rows = {str(r["code"]): dict(r) for r in ex.select(ex.resolve(probe)[0])[0]}
    amounts = {titles[name]: amount for name, amount in listed if name in titles}
    descending = order.group("dir") in ("大きい", "多い", "高い")
    ordered = sorted((c for c in codes if c in rows), key=lambda c: yen(amounts[c]), reverse=descending)
    unmatched = [name for name, _ in listed if name not in titles]
    kind = kind_label(q.target)
    shown = "、".join(f"{c} {rows[c].get('title')}（{amounts[c]}）" for c in ordered)
    where = f"{excerpt['source']} {excerpt['line']}行目"
    note = f"一覧の「{'」「'.join(unmatched)}」は{kind}の名前と一致しないため含めていません。" if unmatched else ""
    # (「挙がっている」「載っている」: the verb of being listed is what this reads)
    unused = [w for w in q.unused if not _LISTED_VERB.search(w)]
    caveat = (f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else "") + note
    summary = caveat + (f"資料（{where}）で「{word}」の下に金額とともに挙がっている{kind}を、{order.group('word')}の"
                        f"{'大きい' if descending else '小さい'}順に並べました: {shown}。")
    understood = [c.to_dict() for c in rest] + [
        {"field": "@listed", "op": "order", "value": word,
         "label": f"資料の「{word}」の一覧の金額の{'大きい' if descending else '小さい'}順"}]
    return Answer(question=q.question, target=q.target, rows=[rows[c] for c in ordered], count=len(ordered), value=None,
                  summary=summary, caveat=caveat, status="partial" if caveat else "exact", unused=unused,
                  excerpts=[excerpt], understood=understood, query=q.to_dict())


# 「内訳で一番大きい項目は？」「主な取組のうち最も多いのは」: after a figure read from a passage, the largest (smallest)
# line of the amounts the passage lists under it.
_LARGEST_ASKED = compiled(r"^\s*(?:じゃあ|では|それで|で)?[、,]?\s*(?:その)?\s*(?:内訳|うちわけ|主な取組|主な項目|内容|中身|明細)"
                          r"(?:で|の中で|のうち|では|を見ると)?[、,]?\s*"
                          # (「…、公有財産の売却を除くと」: lines naming those words left out first)
                          r"(?:(?P<but>[^、,。?？]{2,30}?)\s*(?:を除くと|を除いて|を除いたら|を除いた中で|以外で|以外では|以外の中で|を抜くと|を抜いたら)[、,]?\s*)?"
                          r"(?:いちばん|一番|最も|もっとも)\s*"
                          r"(?P<dir>大きい|多い|高い|小さい|少ない|低い)(?:項目|取組|もの|の|とこ|ところ)?\s*(?:は|って)?\s*"
                          r"(?:どれ|何|なに|どこ|どの項目)?(?:[、,]?\s*(?:で|と)?\s*(?:いくら|何円|金額は))?"
                          r"(?:ですか|でしょうか|か)?\s*[?？。]?\s*$")
# 「財政効果額の主な取組で一番大きいのはどれでいくら？」: the list under an amount's word asked in one question.
_OF_THE_LIST = compiled(r"^\s*(?P<word>[一-龥ァ-ヶー]{1,10}(?:額|金額))\s*の\s*(?P<rest>(?:内訳|うちわけ|主な取組|主な項目|明細).*)$")


def largest_of_named_list(assistant: "Assistant", question: str) -> Answer | None:
    """The largest (smallest) line of the list a passage prints under the amount's word said first (「財政効果額
    37億6千万円 主な取組 ・ …28億円 ・ …」), as after that figure was read (largest_listed); only when one
    passage lists two lines or more under the word."""
    said = nfkc(question)
    m = _OF_THE_LIST.match(said)
    if m is None or not _LARGEST_ASKED.match(m.group("rest")):
        return None
    found = []
    for key, source, line, text in assistant.db.execute(
            "SELECT key, source, line, text FROM passages WHERE instr(text, ?) > 0 AND instr(text, '円') > 0", [m.group("word")]):
        body = nfkc(str(text))
        at = body.find(m.group("word"))
        if sum(1 for ln in body[at:].split("\n") if _LINE.match(ln)) >= 2:
            found.append({"key": key, "source": source, "line": line, "text": body[at:]})
    if len({(f["source"], f["line"]) for f in found}) != 1:
        return None  # (no list, or lists in several places: which is meant is not said)
    return largest_listed(assistant, m.group("rest"), found[0], before=False)


def largest_listed(assistant: "Assistant", question: str, shown: dict | None, before: bool = True) -> Answer | None:
    """The line of the list printed in the passage a figure was just read from (「財政効果額 37億6千万円 主な取組
    ・ 公有財産の売却促進及び有効活用 28億円 …」) with the largest amount, named as the record its name is the
    title of (a practice item); a line naming no record is answered as the passage's line, said so."""
    asked = _LARGEST_ASKED.match(nfkc(question))
    if shown is None or asked is None:
        return None
    text = nfkc(str(shown.get("text", "")))
    listed = [(m.group("name").strip(), m.group("amount")) for line in text.split("\n") if (m := _LINE.match(line))]
    if len(listed) < 2:
        return None
    left_out = ""
    if asked.group("but"):
        # A line left out by words it holds; words that leave no line out are not dropped silently (the rest
        # of the engine answers, saying what it could not use).
        kept = [(n, a) for n, a in listed if asked.group("but") not in n]
        if len(kept) == len(listed) or not kept:
            return None
        left_out = f"「{asked.group('but')}」を含む行を除いた"
        listed = kept
    descending = asked.group("dir") in ("大きい", "多い", "高い")
    amounts = [yen(a) for _, a in listed]
    best = max(amounts) if descending else min(amounts)
    top = [(n, a) for (n, a), y in zip(listed, amounts) if y == best]
    where = f"{shown.get('source', '')} {shown.get('line', '')}行目"
    word = "大きい" if descending else "小さい"
    whose = "前の回答の抜粋" if before else "資料の抜粋"
    ex = assistant.executor
    for kind in ("practice", "initiative"):
        if kind not in ex.tables or "title" not in ex.columns.get(kind, []):
            continue
        found = [dict(r) for n, _ in top for r in assistant.db.query(
            f"SELECT * FROM [{kind}] WHERE title = ? AND source = ?", [n, shown.get("source", "")])]
        if len(found) == len(top) and found:
            probe = Query(question=question, target=kind,
                          conditions=[Condition("key", "in", [r["key"] for r in found], "")])
            rows = ex.select(ex.resolve(probe)[0])[0] or found
            shown_rows = "、".join(f"{r.get('code')} {r.get('title')}（{a}）" for r, (_, a) in zip(rows, top))
            return Answer(question=question, target=kind, rows=[dict(r) for r in rows], count=len(rows), value=None,
                          status="exact", excerpts=[shown],
                          summary=(f"{whose}（{where}）に金額とともに挙がっている内訳{'、' + left_out if left_out else ''}{len(listed)}件のうち、"
                                   f"最も{word}のは{kind_label(kind)} {shown_rows} です。"),
                          understood=[{"field": "@listed", "op": "max" if descending else "min", "value": None,
                                       "label": f"{whose}の内訳{'（' + left_out + '）' if left_out else ''}で金額が最も{word}もの"}],
                          query=probe.to_dict())
    names = "、".join(f"「{n}」（{a}）" for n, a in top)
    return Answer(question=question, target="passage", rows=[], count=len(top), value=None, status="search",
                  excerpts=[shown],
                  summary=(f"{whose}（{where}）の内訳{'で' + left_out + '中' if left_out else ''}で金額が最も{word}のは {names} です（抜粋から読んだ値で、"
                           f"その名前の記録は見つかりませんでした）。"),
                  understood=[{"field": "@listed", "op": "max" if descending else "min", "value": None,
                               "label": f"{whose}の内訳{'（' + left_out + '）' if left_out else ''}で金額が最も{word}もの"}])
