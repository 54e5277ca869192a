"""Fiscal years in questions: any era, any number of digits, calendar dates by the fiscal-year rule."""
from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.query.compiled import compiled
from assistant.query.grammar import Context
from assistant.text.normalize import nfkc
from assistant.text.wareki import YearMention, find_years

# A month date or a western calendar year (令和7年3月, 2023年3月, 2023年), for ranges of 取組終了.
DATE = (r"(?:(?:令和|平成|(?<![A-Za-z])[RrHh])\s*(?:元|\d{1,3})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
        r"|(?<!\d)(?:19|20|21)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?!\s*度))")


def mentions(text: str, ctx: Context | None = None) -> list[YearMention]:
    """The years written in a matched fragment; an ambiguous calendar year adds a note saying which
    fiscal year was assumed (2023年 alone: April 2023 – March 2024)."""
    found = find_years(text, calendar=True)
    for y in found:
        if y.ambiguous and ctx is not None:
            note = (f"「{text[y.start:y.end]}」は{y.fiscal_year}年度（{y.label}）とみなしました"
                    f"（1〜3月なら{y.fiscal_year - 1}年度です）")
            if note not in ctx.notes:
                ctx.notes.append(note)
    return found


def labels(text: str, ctx: Context | None = None) -> list[str]:
    return [y.label for y in mentions(text, ctx)]


# 「令和2年度から4年度」「令和3、4年度」: later years of a list or range written without their era (not a number of
# years after it: 「令和4年度と令和5年度、2年続けて」「…、2年ともC」).
_ERA_LIST = compiled(
    r"(?P<era>令和|平成|(?<![A-Za-z])[RrHh])\s*(?:元|\d{1,3})(?:\s*年度|\s*年(?!\s*\d{1,2}\s*月))?"
    r"(?P<tail>(?:\s*(?:から|〜|-|と|、|,|・|及び|および|や|か|又は|または|もしくは)\s*\d{1,3}(?=\s*(?:年度(?!\s*(?:連続|続け|続い|間|とも))|年(?!\s*\d{1,2}\s*月|連続|間|目|以上|以下|未満|続け|続い|とも)|、|,|・|と|から|〜)))+)")
_BARE = compiled(r"(?<![\d.])(\d{1,3})")


def expand_eras(text: str) -> str:
    """Write the era before every year of a list or range that names it only once."""
    def repl(m: re.Match) -> str:
        tail = _BARE.sub(lambda n: m.group("era") + n.group(1), m.group("tail"))
        return m.group(0)[: m.start("tail") - m.start()] + tail

    return _ERA_LIST.sub(repl, text)


# 「令和2年度はCだったのに3年度には」: a year written without its era after one written with it.
_ERA_SAID = compiled(r"(令和|平成|(?<![A-Za-z])[RrHh])\s*(?:元|\d{1,3})\s*年")
# (「元年度」 too: the first year of an era, as a document made over the era change writes it)
_ERALESS = compiled(r"(?<![\d.第元和成紀A-Za-z])(\d{1,2}|元)(?=\s*年度(?!\s*(?:連続|分|間|目|続け|続い|続く|ずっと|とも|通して|にわたって|にわたり)))")


def inherit_eras(text: str, said_before: str = "", graded: Iterable[str] = ()) -> str:
    """Write before an era-less fiscal year (3年度) the era of the last year said before it, in the
    question or else in the conversation's question before it (「令和2年度にC」→「そのうち5年度には」).
    With no era said at all, the era of the years the index's reports grade (`graded`: R2, R3 …) that holds
    that year, when only one does (「4年度の自己評価欄」 over reports graded R2–R5 is R4; 「6年度」 over H30 and
    R4–R6 is R6)."""
    out, last = [], 0
    earlier = [e.group(1) for e in _ERA_SAID.finditer(nfkc(said_before))][-1:] if said_before else []
    labels = {g for g in graded if re.fullmatch(r"[RH]\d{1,2}", g)}
    # (only where the question says no year at all, and not of a count: 「R2・R3・R4・R5の4年度すべて」)
    only = {g[0] for g in labels} if not find_years(text) else set()
    for m in _ERALESS.finditer(text):
        n = 1 if m.group(1) == "元" else int(m.group(1))
        era = earlier[0] if earlier else None
        # (reports of two eras, 平成30年度（基準） beside 令和4〜6年度: 「6年度」 is of the one era holding a 6th year)
        holding = {e for e in only if f"{e}{n}" in labels}
        if era is None and len(holding) == 1 \
                and not re.match(r"\s*年度\s*(?:の)?\s*(?:すべて|全て|全部|いずれも|どれも|ともに)", text[m.end():]):
            era = {"R": "令和", "H": "平成"}[next(iter(holding))]
        for e in _ERA_SAID.finditer(text, 0, m.start()):
            era = e.group(1)
        if m.group(1) == "元" and era is None:
            # (「元年度はDだったのに令和2年度に」: the era whose first year the index grades, else the one said after it)
            era = "令和" if "R1" in labels else "平成" if "H1" in labels else next(
                (e.group(1) for e in _ERA_SAID.finditer(text, m.end())), None)
            era = {"R": "令和", "H": "平成"}.get(era, era)
        if era is None:
            # 「22年度で終わった」 over reports graded R2–R6: a western year without its century (2022年度), when
            # the reports grade that year and no year of an era numbered so
            west = 2000 + n if len(m.group(1)) == 2 else 0
            if west and {f"R{west - 2018}", f"H{west - 1988}"} & labels and not {f"R{n}", f"H{n}"} & labels:
                out.append(text[last:m.start()] + "20")
                last = m.start()
            continue
        out.append(text[last:m.start()] + era)
        last = m.start()
    return "".join(out) + text[last:] if out else text


def months(text: str) -> list[str]:
    """The calendar months written in a fragment (令和4年9月, 2022年9月) as "YYYY-MM"."""
    from assistant.text.wareki import _DATE_RE, _era_year, nfkc

    out = []
    for m in _DATE_RE.finditer(nfkc(text)):
        if m.group("month"):
            year = int(m.group("west")) if m.group("west") else _era_year(m.group("era"), m.group("n"))
            out.append(f"{year:04d}-{int(m.group('month')):02d}")
    return out


# 「今年度」「昨年度」「前年度」「一昨年度」: years said relative to now, read as the last years the asked records'
# fields hold (never the machine's clock): 今年度 = the last year held, 昨年度/前年度 = the one before, 一昨年度 = two
# before. 「今年度(H17)」「今年度の実施予定」 are a table's own column (left as said).
_NOT_A_COLUMN = r"(?!\s*[(（]|[^。、,？?]{0,8}予定|比|対比)"
THIS_YEAR = compiled(r"(?:今年度|本年度|当年度|今期)" + _NOT_A_COLUMN)
TWO_BEFORE = compiled(r"(?:一昨年度|おととし(?:度)?|一昨年|前々年度|前前年度)" + _NOT_A_COLUMN)
ONE_BEFORE = compiled(r"(?:昨年度|前年度)" + _NOT_A_COLUMN)
# (「前年度より上がった」 alone compares each year with its own year before: a point in time only beside 今年度)
_COMPARED_WITH = compiled(r"\s*(?:より|から|と比べ|に比べ|と比較)")
# 「R2から翌年度にかけて」: the year after the one said just before.
_NEXT_AFTER = compiled(r"(?P<y>(?<![A-Za-z])[RH]\d{1,2})\s*(?P<from>から|より|〜)\s*(?:その)?(?:翌年度|次の年度|次年度|翌年)")


# (what the graded years are years of: a grade, an item's end, the items themselves)
_OF_YEARS_HELD = compiled(r"評価|判定|取組終了|終了|終わ|実践項目|(?<![A-Za-zＡ-Ｚａ-ｚ])[A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ])")
_PLACE = compiled(r"[一-龥々ヶ]{1,5}[市町村](?![民長議役場内外])")


def said_relative_to_now(text: str) -> bool:
    return bool(THIS_YEAR.search(text) or TWO_BEFORE.search(text) or ONE_BEFORE.search(text))


def relative_to_latest(text: str, years: tuple[str, ...], said: list[str], *, pinned: bool = False,
                       title: str = "") -> str:
    """Write 今年度 / 昨年度 / 前年度 / 一昨年度 as the years `years` (the asked records' years, oldest first)
    end with, adding to `said` how each was read. Not when the question names a year by its number, and not
    前年度/昨年度 after a turn naming one (`pinned`): 前年度 then is the year before that one (「令和3年度に前年度
    から」「（R5にAの）そのうち前年度もA」); nor when it
    asks of nothing those years grade (「今年度の主な取組」 of a newsletter) or names a town the graded
    document (`title`) is not of."""
    if len(years) < 1 or find_years(text) or not _OF_YEARS_HELD.search(text):
        return text
    if title and any(p.group(0) not in title for p in _PLACE.finditer(text)):
        return text

    def put(word: str, n: int, how: str):
        def sub(m: re.Match) -> str:
            if n > len(years):
                return m.group(0)
            y = years[-n]
            note = f"「{m.group(0)}」を資料の{how} {y} として読みました"
            if note not in said:
                said.append(note)
            return y
        return sub

    this = bool(THIS_YEAR.search(text))
    text = TWO_BEFORE.sub(put("一昨年度", 3, "最新年度の2年前"), text)

    def before(m: re.Match) -> str:
        # 「前年度より上がった」 without 今年度: each year against its own year before (not a year of its own)
        if pinned or not this and (m.group(0).startswith("前") or _COMPARED_WITH.match(text, m.end())):
            return m.group(0)
        return put("昨年度", 2, "最新年度の前年度")(m)
    text = ONE_BEFORE.sub(before, text)
    text = THIS_YEAR.sub(put("今年度", 1, "最新年度"), text)
    return text


def next_year_after(text: str, years: tuple[str, ...], said: list[str]) -> str:
    """「R2から翌年度にかけて」: the year after the year said (when the records hold it)."""
    def sub(m: re.Match) -> str:
        y = m.group("y")
        nxt = f"{y[0]}{int(y[1:]) + 1}"
        if years and nxt not in years:
            return m.group(0)
        said.append(f"「{m.group(0)[m.end('from') - m.start():]}」を {y} の翌年度 {nxt} として読みました")
        return f"{y}{m.group('from')}{nxt}"
    return _NEXT_AFTER.sub(sub, text)


# 「最終年度にAで、その前の年はB」「最初の2年はBで、その翌年度にA」: the year before (after) the year said just
# before (その points back to it: the end of a span said); 「前の年」 with no year said before it is left as said.
_BEFORE_SAID = compiled(r"その\s*(?:(?P<before>前の年度?|前年度?|一つ前の年度?|ひとつ前の年度?)|翌年度?|次の年度?|次年度)(?![一-龥])")
_YEAR_LABEL = compiled(r"(?<![A-Za-z])[RH]\d{1,2}(?!\d)")


def year_next_to_said(text: str) -> bool:
    """Whether the question says a year by its place next to one said before it (「その前の年」「その翌年度」)."""
    return bool(_BEFORE_SAID.search(text))


def year_before_said(text: str, years: tuple[str, ...], said: list[str], places: dict[str, str] | None = None) -> str:
    """「…R5にAで、その前の年はB」「R2からR3まではBで、その翌年度にA」: the year before (after) the last year written
    before the words (when the records hold it), noted in `said` and put in `places` with the words."""
    def sub(m: re.Match) -> str:
        before = _YEAR_LABEL.findall(text, 0, m.start())
        if not before:
            return m.group(0)
        y = before[-1]
        prev = f"{y[0]}{int(y[1:]) + (-1 if m.group('before') else 1)}"
        if years and prev not in years:
            return m.group(0)
        said.append(f"「{m.group(0)}」を {y} の{'前年度' if m.group('before') else '翌年度'} {prev} として読みました")
        if places is not None:
            places.setdefault(prev, m.group(0))
        return prev
    return _BEFORE_SAID.sub(sub, text)


# The notes of a relative reading (above, and parse._relative_years): the word said, the year it was read as.
_READ_NOTE = compiled(r"「(?P<word>[^」]+)」(?:は(?P<y1>[RH]\d{1,2})（評価のある年度 (?P<start>[RH]\d{1,2})〜(?P<end>[RH]\d{1,2}) から）"
                      r"|を資料の(?P<how>最新年度(?:の前年度|の2年前)?) (?P<y2>[RH]\d{1,2}) として)")


def read_from_the_latest(notes: list[str]) -> dict[str, tuple[int, str]]:
    """Of the notes of relative readings, each year read counted back from the last (1 = the last, 2 = the
    one before …) with the note saying so: 「最新の年度」 read as R5 of R2〜R5 is {"R5": (1, note)}."""
    out: dict[str, tuple[int, str]] = {}
    for note in notes:
        for m in _READ_NOTE.finditer(note):
            if m.group("y1"):
                y, end = m.group("y1"), m.group("end")
                if y[0] == end[0] and int(y[1:]) <= int(end[1:]) and not _FIRST_SAID.search(m.group("word")):
                    out[y] = (int(end[1:]) - int(y[1:]) + 1, note)
            else:
                out[m.group("y2")] = ({"最新年度": 1, "最新年度の前年度": 2, "最新年度の2年前": 3}[m.group("how")], note)
    return out


_FIRST_SAID = compiled(r"初年度|最初|\d年目|古い|途中")


def read_from_the_first(notes: list[str]) -> dict[str, tuple[int, str]]:
    """Of the notes of relative readings, each year read counted from the first (1 = the first, 2 = the second …)
    with the note saying so: 「最初の年度」 read as R2 of R2〜R5 is {"R2": (1, note)} (「途中」 is no place)."""
    out: dict[str, tuple[int, str]] = {}
    for note in notes:
        for m in _READ_NOTE.finditer(note):
            if m.group("y1") and _FIRST_SAID.search(m.group("word")) and "途中" not in m.group("word"):
                y, start = m.group("y1"), m.group("start")
                if y[0] == start[0] and int(y[1:]) >= int(start[1:]):
                    out[y] = (int(y[1:]) - int(start[1:]) + 1, note)
    return out
