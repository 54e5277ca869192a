"""「指定期間が終わる」「指定期間が始まった」 over a period printed as two columns (指定期間 開始 │ 終了, read
指定期間開始・指定期間終了): the plain verbs 終わる・始まる said of the period are the column's own words,
終了する・開始する, so the year said binds to that column as 「指定期間が終了する」 does.

Where no column is X開始 but one column opens with the word (開始時期, 開始年月, 開始日: a list of procedures by the month
each began), the verb is that column's whatever its subject (「令和６年度中に電子申請が始まった手続」 → 開始した):
the only start a table prints is that column's."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_VERB = re.compile(r"(?P<noun>[一-龥ァ-ヶー]{2,10})(?P<p>が|は|の)\s*(?P<verb>終わ|始ま)(?P<tail>る|った|って(?:い)?る|ってい(?:た|ない)|らない|らなかった)")
_AS = {"終わ": ("終了", "終了"), "始ま": ("開始", "開始")}
_TAIL = {"る": "する", "った": "した", "ってる": "している", "っている": "している", "っていた": "していた",
         "っていない": "していない", "らない": "しない", "らなかった": "しなかった"}


def as_start_end_verbs(question: str, tables) -> str:
    """The question with 「Xが終わる」 said as 「Xが終了する」 (「Xが始まった」 as 「Xが開始した」) where a table
    has the column X終了 (X開始); unchanged otherwise."""
    columns = {_key(nfkc(c.header)) for t in tables for c in t.columns}

    def said(m: re.Match) -> str:
        word = _AS[m.group("verb")][0]
        noun = _key(nfkc(m.group("noun")))
        if not any(len(h) > len(word) and h.endswith(word) and noun.endswith(h[:-len(word)]) for h in columns):
            return m.group(0)
        tail = _TAIL.get(m.group("tail"))
        if tail is None:
            return m.group(0)
        return f"{m.group('noun')}{m.group('p')}{word}{tail}"

    out = _VERB.sub(said, question)
    # (each table by itself: a list of procedures by the month each began reads the verb so though another
    # document's table has a column 委託開始 of its own)
    for cols in [{_key(nfkc(c.header)) for c in t.columns} for t in tables]:
        for verb, (word, _) in _AS.items():
            if verb in out and not any(len(h) > len(word) and h.endswith(word) for h in cols) \
                    and len(starts := {h for h in cols if word in h and len(h) > len(word)
                                       and _before_start(h, word)}) == 1 \
                    and next(iter(starts)).partition(word)[2] in _WHEN_WORDS:
                out = _BARE.sub(lambda m: word + _TAIL[m.group("tail")] if m.group("verb") == verb else m.group(0), out)
    return out


def _before_start(header: str, word: str) -> bool:
    """Whether the words before 開始 in the header are none or what is begun (受付開始時期: 受付), never a year."""
    before = header.partition(word)[0]
    return not before or (len(before) <= 4 and not re.search(r"\d|年|度", before))


# (the one start column read so is a time a list prints, 開始時期・開始年月・開始日: 開始年度 is what joint projects print
# beside their own start, read by that kind as on main — made105 「2012年より前から始まっている広域利用」, made110
# 「連携のうち、令和2年度以前に始まったもの」 went to table rows)
_WHEN_WORDS = {"時期", "年月", "年月日", "日", "月"}
# 「始まった」「始まっている」 with any subject or none (「令和６年度中に始まった」).
_BARE = re.compile(r"(?P<verb>終わ|始ま)(?P<tail>った|って(?:い)?る|っていた|っていない|らなかった|らない|る)")
