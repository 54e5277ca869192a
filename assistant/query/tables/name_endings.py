"""A word that is the common ending of some of the rows' names (小学校 of 東原小学校, 鵲台小学校 … beside
東原中学校 …): said of the rows, it keeps those whose name ends so — 「統合検討の小学校は何校」. An ending every
name shares (学校) calls all the rows, no condition; one only a single name has is that name said short.

The ending every name shares (北野保育園, 本町保育園 … under a title that says 保育所) is what users call the rows:
name_ending gives it, and read.py makes it the rows' word. Both are read from the names themselves, never from a list
of facility words."""
from __future__ import annotations

import os
import re

from assistant.query.tables.per_table import per_table
from assistant.text.normalize import nfkc, search_form

_WORD_CHAR = re.compile(r"[一-龥ァ-ヶー々]")
_KANA = re.compile(r"[ぁ-ん]")


def _key(text) -> str:
    """The form questions are read in (kana folded, lower case, no spaces), as the table's values are keyed."""
    return search_form(str(text or ""))


@per_table
def name_endings(t) -> set[str]:
    """The endings (three characters or more, short of a whole name) that two names of the table's naming column or
    more end in, but not all of them."""
    if not t.name:
        return set()
    names = {_key(r["cells"].get(t.name)) for r in t.rows if not r.get("continues")}
    names.discard("")
    if len(names) < 3:
        return set()
    counts: dict[str, int] = {}
    for n in names:
        for i in range(1, len(n) - 1):
            # (an ending starts a word: a kanji or katakana, or kana after a kanji — こども園 of 汐見こども園)
            if _WORD_CHAR.match(n[i]) or (_KANA.match(n[i]) and not _KANA.match(n[i - 1]) and len(n) - i >= 3):
                counts[n[i:]] = counts.get(n[i:], 0) + 1
    # (the word the naming column's header is of, 事業 of 事業名, 補助金 of 補助金の名称 or 審議会 of 審議会等の名称,
    # calls the rows though a few are named 〜業務, 長寿祝金 or 〜協議会)
    kind = re.sub(r"等?の?(?:名称|名)$", "", _key(t.name))
    # (three characters or more: a word of two, 事業 or 申請, ends names of every sort and is said of all rows alike)
    # (「…について」「…に向けて」: headings of topics, 財政基盤の強化について, end in a phrase, no kind of rows —
    # 「デジタル化についてはどんな意見」 said 化について of 強化について)
    return {e for e, k in counts.items() if 2 <= k < len(names) and len(e) >= 3 and e != kind
            and not _TOPIC_PHRASE.search(e)}


_TOPIC_PHRASE = re.compile(r"(?:について|に(?:向|む)けて|として|に(?:関|かん)して|に(?:対|たい)して)$")


def _rows_called(t, ending: str, ends: set[str]) -> bool:
    """Whether the document's title or the table's caption calls its rows by the ending (「…ビジョン 連携事業進捗管理表」
    over rows of 〜連携事業 and 移住ポータル事業): a word for all of them there, no kind of some. 「小・中学校一覧」
    names two kinds side by side (小学校 and 中学校), not one."""
    title = _key(f"{t.doc_title or ''}／{t.caption or ''}")
    for m in re.finditer(re.escape(ending), title):
        before = title[m.start() - 1:m.start()]
        if _WORD_CHAR.match(before or " "):
            continue  # (the tail of a longer word of the title)
        if before == "・" and any(e != ending and e[0] == title[m.start() - 2:m.start() - 1] and e[1:] == ending[1:]
                                  for e in ends):
            continue  # 「小・中学校」: 小学校 and 中学校 said together
        return True
    return False


def endings_said(t, qn: str, free, take, values) -> None:
    """Take each ending said as a word of its own (not the tail of a longer word: 「東原小学校」 is a name, nor the
    head of one: 「見直し分野」) as a condition that the name holds it, the longest first. Not an ending some column
    prints as its value (学校 of 分類 beside names ending 小学校): that column says it. Names said short (南条小)
    are read first."""
    ends = {e for e in name_endings(t) - set(values) if not _rows_called(t, e, name_endings(t))}
    names = {_key(r["cells"].get(t.name)) for r in t.rows} if ends else set()
    _short_names_said(ends, qn, free, take, values)
    for e in sorted(ends, key=len, reverse=True):
        for m in re.finditer(re.escape(e), qn):
            # (a word's end on both sides: 「見直し分野」 is no row named 〜の見直し)
            if _WORD_CHAR.match(qn[m.start() - 1:m.start()] or " ") or _WORD_CHAR.match(qn[m.end():m.end() + 1] or " ") \
                    or not free(*m.span()):
                continue
            # (「旧鵠ヶ浜北小の跡地」: one name said in two parts, its head then の and its ending, no kind of rows)
            head = re.search(r"([^\s、。,?？!！「」のはがをにでと]{2,})の$", qn[:m.start()])
            if head and any(head.group(1) in n for n in names):
                continue
            take(m.start(), m.end(), "contains", (t.name, e))


# 「通学区域の見直し対象になってる」: the value's okurigana left after its word (見直し of 通学区域見直し), then 対象 —
# the rows the value is said of, no further condition.
_TARGET_TAIL = re.compile(r"の?対象(?=に|と|で|の|は|$)")


def value_tail(t, value: str, qn: str, end: int) -> int:
    """How many characters after a value said belong to it: its last kana when the match stopped short of it, 対象
    (「見直し対象の」), or the last kanji of the rows' own word (校 of 学校: 「大規模校」 is a school of 大規模)
    standing as a word's end. 0 when none."""
    n = 1 if value[-1:] and re.fullmatch(r"[ぁ-ん]", value[-1]) and qn[end:end + 1] == value[-1] \
        and not qn[:end].endswith(value[-1]) else 0
    if (target := _TARGET_TAIL.match(qn, end + n)) is not None:
        return n + target.end() - (end + n)
    kind = re.sub(r"(?:名称|名)$", "", _key(t.name))
    if n == 0 and len(kind) >= 2 and qn[end:end + 1] == kind[-1] and not _WORD_CHAR.match(qn[end + 1:end + 2] or " "):
        return 1
    return n


def _short_names_said(ends: set[str], qn: str, free, take, values) -> None:
    """「南条小に統合される」 for 南条小学校: a name said with its shared ending cut to that ending's first character
    (小学校 → 小, 中学校 → 中), as names of schools are said; only a short form that names one value and is no
    value itself, said as a word's end."""
    shorts: dict[str, list] = {}
    for vk, holders in values.items():
        for e in ends:
            if len(e) >= 2 and vk.endswith(e) and len(vk) - len(e) >= 2 and _WORD_CHAR.match(e[0]):
                shorts.setdefault(vk[:-len(e)] + e[0], []).append((vk, holders))
    for short, held in sorted(shorts.items(), key=lambda kv: -len(kv[0])):
        if len({vk for vk, _ in held}) != 1 or short in values:
            continue
        for m in re.finditer(re.escape(short), qn):
            if _WORD_CHAR.match(qn[m.start() - 1:m.start()] or " ") or _WORD_CHAR.match(qn[m.end():m.end() + 1] or " ") \
                    or not free(*m.span()):
                continue
            vk, holders = held[0]
            take(m.start(), m.end(), "value", (vk, holders))


# a number just before the shared ending: the names are years or counts (令和5年度, 第2回), not things of one kind
_COUNTED = re.compile(r"[\d０-９元〇一二三四五六七八九十]$")
# A shared ending shorter than this is a letter (館, 所), which would make any word ending in it the rows' word.
_SHORTEST = 2


def _word_ending(suffix: str) -> str:
    """The shared ending without a stray mark or space at its start (「・保育園」 → 保育園)."""
    s = suffix.lstrip("ー・ 　")
    return s


def name_ending(t) -> str:
    """The ending (2–6 letters) every row's name ends in, where three rows or more have names longer than it; ""
    otherwise (names sharing nothing, or a name that is the ending alone)."""
    if not t.name:
        return ""
    names = [nfkc(str(r["cells"].get(t.name) or "")).strip() for r in t.rows]
    if len(names) < 3 or not all(names):
        return ""
    tail = os.path.commonprefix([n[::-1] for n in names])[::-1]
    tail = _word_ending(tail)
    if not _SHORTEST <= len(tail) <= 6 or any(len(n) <= len(tail) for n in names):
        return ""
    if not re.fullmatch(r"[一-龥ァ-ヶー]+", tail) or any(_COUNTED.search(n[:-len(tail)]) for n in names):
        return ""  # (令和5年度 | 令和6年度, 第1回会議 | 第2回会議: a year or a count said before, no word for the rows)
    if any(re.search(re.escape(tail) + r"[・、,，/／]", n) for n in names):
        return ""  # (「柚木小学校・大瀬小学校」: a row naming several things of the ending is a group of them, not one)
    if _CLASS_HEADER.search(_key(t.name)):
        # (「区分名」 of スポーツ施設, 公園施設, 福祉施設: the rows are classes of 施設, and 「…下がった施設」 asks the
        # facilities of another table, not these classes)
        return ""
    return tail


# The header of a naming column whose rows are classes of things, not the things: 区分名, 分類, 種別.
_CLASS_HEADER = re.compile(r"(?:区分|分類|種別|類型|部門)(?:名|名称)?$")


def kind_of_rows(t, row, rest: str) -> bool:
    """Whether what follows a place's name at the start of a row's name (公民館 of 本町公民館) is a word for several
    rows, not that row's name said short: another row's name ends in it (南公民館, 北公民館) or another column prints
    it (分類 │ 公民館). A district's name (本町, 栄町) starts a few names as a city's does, and 「公民館の方針」 then
    asks every 公民館, not the one in 本町."""
    key = _key(rest)
    if not key:
        return False
    if any(r is not row and _key(r["cells"].get(t.name)).endswith(key) for r in t.rows):
        return True
    return any(h != t.name and _key(v) == key for r in t.rows for h, v in r["cells"].items() if v)
