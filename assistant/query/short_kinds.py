"""Clipped kind words users type (実践 for 実践項目, 取組 for 取組項目), said in full before the
question is read: only where the word stands alone, never as the head of a longer compound
(実践項目数, 取組内容, 取組終了) nor as the end of a title the index holds (…に向けた取組)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from assistant.kinds.registry import record_kinds, short_kind_words
from assistant.query.compiled import compiled

# What may not follow a clipped word standing alone: more of a compound (漢字, カタカナ, letters).
# (「連携表」「実践表」: the word before 表 alone is the kind's table, 連携事業の表, no compound of its own)
_ALONE_AFTER = r"(?:み)?(?:(?=表(?![一-龥々ァ-ヶー]))|(?![一-龥々ァ-ヶーA-Za-z]))"
_TAIL = 6  # characters of a title before the clipped word that say the title is being said
# 「取組が終わった」「取組を終えた」「終了した取り組み」: the work itself, started or ended (an item's 取組終了),
# not the kind named; the word is kept for the rules of ends and starts.
_VERB_AFTER = compiled(r"(?:み)?\s*(?:が|を|は|も|って|の(?=\s*(?:終わ|終了す|終え|始ま|開始す)))?\s*(?:まだ|もう|すでに|既に|いつ(?:頃|ごろ)?|何年何月|何年度)?\s*(?:に|で)?\s*"
                       r"(?:終|おわ|完了|始|はじ|開始|続|つづ|継続|実施|進|やめ|止|中止|廃止|着手|スタート|取組終了|取り組み終了|な(?:い|かった|し))")
# 「取組が令和4年度で終わった」: the end of the work said with its year between (取組終了 of that year); only the
# end (the plan's items print one), not a start, which the items of the plans read so far do not print.
_YEAR_THEN_END = compiled(r"(?:み)?\s*(?:が|は)\s*(?:(?:令和|平成|(?<![A-Za-z])[RH])\s*(?:\d{1,2}|元)\s*(?:年度|年)?|(?:19|20)\d{2}\s*(?:年度|年))"
                          r"\s*(?:中|末)?\s*(?:に|で)\s*(?:もう|すでに|既に)?\s*(?:終|おわ|完了|終了|取組終了|取り組み終了)")
# 「RPAを内部業務に広げた取組」「まだ終わってない取組」: a clause of a verb before 取組 says what was done,
# the work of an item, not the kind 取組項目 (「一番多い取組」「民間委託の取組」 name the kind).
_ACTIVITY_WORDS = ("取組", "取り組み")
_RUN_BEFORE = compiled(r"([一-龥ァ-ヶーぁ-ん]{4,12})\s*の\s*$")
_YEAR_BEFORE = compiled(r"(?:年度|\d年|[RH]\d{1,2}|元年)\s*の\s*$")  # (「令和8年度の取組」: that year's work)
_PLACE_BEFORE = compiled(r"[一-龥ァ-ヶー]{1,8}[都道府県市区町村]\s*の\s*$")
# The word used as a word (「実践に向けた」「実践する」「取組を進める」 are said of doing, not of a kind of records).
_USED_AS_WORD = compiled(r"\s*(?:に向け|に移|に生か|する|して|した|し(?:ている|てる)|的|例)")
_CLAUSE_BEFORE = compiled(r"(?:[たるだうくすつぬぶむぐ]|ない|なかった|てる|ている)\s*$|どの\s*$")
_VERB_BEFORE = compiled(r"(?:終了|完了|終わっ|終え|開始|始まっ|始め|着手|廃止|中止|継続)(?:し|され)?(?:た|て(?:い)?る|ている)\s*(?:の)?\s*$"
                        # (「まだ継続中の取組」「完了済みの取組」: a state said of the work, as the verbs above)
                        r"|(?:継続中|完了済み?|終了済み?|実施中|進行中|休止中|取組中)\s*の\s*$")


# 「広域連携の表」「実践の一覧」: a kind's word without its last noun (事業, 項目), said of a table or list.
_TABLE_AFTER = r"(?=\s*(?:の\s*)?(?:一覧表|一覧|表)(?![一-龥々ァ-ヶー]))"


def _tables_named(text: str, notes: list[str] | None) -> str:
    """「広域連携の表」 → 「広域連携事業の表」: the table of the kind whose word, its head noun left off, is said."""
    for rk in record_kinds().values():
        for word in rk.words:
            if len(word) < 4 or not word.endswith(("事業", "項目")):
                continue
            stem = word[:-2]
            new = compiled(r"(?<![一-龥々ァ-ヶー])" + re.escape(stem) + _TABLE_AFTER).sub(word, text)
            if new != text:
                text = new
                if notes is not None:
                    notes.append(f"「{stem}」を「{word}」とみなしました")
    return text


def spelled_in_full(text: str, titles: Iterable[str], notes: list[str] | None = None) -> str:
    """`text` with each clipped kind word standing alone replaced by the kind's full word."""
    text = _tables_named(text, notes)
    full = {rk.name: rk.words[0] for rk in record_kinds().values() if rk.words}
    tails, named = _title_patterns(tuple(titles))
    for word, kind in short_kind_words():
        pattern = compiled(r"(?<![一-龥々])" + re.escape(word) + _ALONE_AFTER)
        out, last = [], 0
        for m in pattern.finditer(text):
            if any(_ends_title(text, m.start(), word, t) for t in tails):
                continue  # 「窓口の利便性向上に向けた取組」: the title's own last word
            said = _RUN_BEFORE.search(text[:m.start()])
            if said and any(t.endswith(word) and said.group(1) in t for t in tails):
                continue  # 「市立保育園の効率的な運営の取組」: a title ending in the word, said loosely
            if _VERB_AFTER.match(text, m.start() + len(word)) or _VERB_BEFORE.search(text[:m.start()]) \
                    or _YEAR_THEN_END.match(text, m.start() + len(word)):
                continue
            if word in _ACTIVITY_WORDS and _CLAUSE_BEFORE.search(text[:m.start()]):
                continue
            if word in _ACTIVITY_WORDS and named is not None and named.search(text[:m.start()]):
                continue
            if word in _ACTIVITY_WORDS and (_PLACE_BEFORE.search(text[:m.start()]) or _YEAR_BEFORE.search(text[:m.start()])):
                continue  # 「鳥取県の取組」: a place's own work (a case study), no item of the plan
            if _USED_AS_WORD.match(text, m.end()):
                continue  # 「協働の実践に向けた展望」「実践する」: the word itself, no kind
            out += [text[last:m.start()], full[kind]]
            last = m.end()
        if out:
            text = "".join(out) + text[last:]
            if notes is not None:
                notes.append(f"「{word}」を「{full[kind]}」とみなしました")
    return text


@lru_cache(maxsize=16)
def _title_patterns(titles: tuple[str, ...]) -> tuple[list[str], re.Pattern | None]:
    """The titles holding a clipped word, and a pattern of a title said whole before の (「市税のキャッシュレス化の
    取組」: that record's work): worked out once per index's titles, not on every question."""
    tails = [t for t in titles if any(w in t for w, _ in short_kind_words())]
    named = compiled("(?:" + "|".join(re.escape(t) for t in sorted({t for t in titles if len(t) >= 4}, key=lambda t: (-len(t), t)))
                     + r")\s*の\s*$") if titles else None
    return tails, named


def _ends_title(text: str, start: int, word: str, title: str) -> bool:
    """Whether the title's words before `word` stand just before `start` in the text."""
    at = title.find(word)
    while at > 0:
        before = title[max(0, at - _TAIL):at]
        if text[:start].endswith(before):
            return True
        at = title.find(word, at + 1)
    return False
