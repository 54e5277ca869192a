"""The values of table cells as questions compare them: amounts with units, fiscal years and their
spans, days, grade letters and the parts of a cell."""
from __future__ import annotations

from functools import lru_cache

import re

from assistant.query.facts import _grade_of, _parts
from assistant.text.normalize import nfkc
from assistant.text.wareki import era_year, find_years
from assistant.query.compiled import compiled


# Words that sum: also how a total column is named (3か年の合計), never a part of its name.
_SUM = compiled(r"合計|総額|総計|累計|足す|足し|合算")
_MARKS = {"○", "〇", "●", "◎", "✓", "✔", "■", "◯"}
# (「延べ回答数」 under answers of several choices: the answers added up, no choice of its own)
# (「部計」「課計」: a department's rows summed under its own table, as the structure reads them too)
_TOTAL_ROW = compiled(r"^(?:(?:全庁|全市|全町|全村|全体)?合計|総合計|総計|計|小計|中計|[部課局室都道府県]計|全体|累計|延べ[一-龥]{0,4}数)(?:[(（](?:全|[一-龥ァ-ヶー]{1,4})?\d{1,4}[^\d()（）]{1,4}[)）])?$")  # 合計(42事業)


_EMPTY = {"", "-", "–", "—", "―", "ー", "－", "‐", "/", "／", "なし"}
_NUMBER = compiled(r"^[+\-−]?\d[\d,]*(?:\.\d+)?$")


_UNIT = compiled(r"[(（]([^()（）]*)[)）]")


# A grade printed as a letter or symbol is a value even though it is one character long.
_SHORT_VALUE = compiled(r"^(?:[a-es]|[◎○〇△▲×✕●↑↓→↗↘]|[■□◆◇▶▷★☆※])$")  # (arrows: a KPI's 達成状況 ↑／→／↓; ■◆▶…: a 工程表's marks, each a stage its legend names)
# (「1,240.0㎡」: an area, NFKC m2, printed with its unit in each cell)
_AMOUNT = compiled(r"^([+\-]?\d+(?:\.\d+)?)(千円|百万円|万円|億円|円|%|人|名|件|台|か所|箇所|区画|回|日|時間|分|校|館|園|m2|ha|千枚|枚)?$")
# 「16名（本部長を含む）」: a note in brackets after a counted figure says what it counts; the figure stands.
_COUNT_NOTE = compiled(r"(?<=[人名件台回])[(（][^()（）]{1,20}[)）]$")


_AGE_WITH_YEAR = compiled(r"(\d{1,3})年[(（](?:明治|大正|昭和|平成|令和|\d{4}年)[^()（）]{0,16}[)）]")
_FOOTNOTE = compiled(r"(?<=\d)(?:※\d{0,2}|\*\d{0,2}|注\d{1,2})$")


def _number(value) -> float | None:
    """「18,000千円」「95%」「3」 → 18000, 95, 3 (the unit is the column's); None for text."""
    return _number_of(value if isinstance(value, str) else str(value or ""))


@lru_cache(maxsize=1 << 15)  # (every cell of every table is read for each question over them)
def _number_of(value: str) -> float | None:
    v = nfkc(str(value or "")).replace(",", "").replace(" ", "").replace("−", "-")
    if v in _EMPTY:
        return None
    if v == "無料":
        return 0.0  # a fee of nothing: the cheapest, and nothing added to a sum
    # A footnote mark after a figure (「0※」「1,200※2」「500*」) points to a note; the figure still stands.
    v = _FOOTNOTE.sub("", v)
    # 「50年（昭和50年建築）」: an age in years with the year it counts from beside it is its years.
    aged = _AGE_WITH_YEAR.fullmatch(v)
    if aged:
        return float(aged.group(1))
    # 「△1,100」「▲150」: Japanese accounts print a negative amount with a triangle before it (a mark
    # alone is a grade, not a number, and has no digit after it).
    v = re.sub(r"^[△▲](?=\d)", "-", v)
    v = _COUNT_NOTE.sub("", v)
    # 「500件以上（令和9年度）」: a target printed with its direction and the year it is of is its figure
    # (the direction is the row's: read.py's _lower_better).
    v = _BOUND_OF_YEAR.sub("", v)
    # 「年間約200時間」「約120時間」: a figure said as about so much a year is that figure (200), the period and the
    # 「about」 only how it is said; other periods (月2回) are left as text, not comparable with yearly ones.
    v = _ABOUT_YEARLY.sub("", v)
    m = _AMOUNT.match(v)
    return float(m.group(1)) if m else None


_ABOUT_YEARLY = compiled(r"^(?:年間)?(?:約|およそ|概ね|おおむね)(?=\d)|^年間(?=\d)|(?<=[\d件回人円日間分])(?:程度|ほど)$")
_BOUND_OF_YEAR = compiled(r"(?<=[\d%人名件台回円所日間分校館園])(?:以上|以下)?(?:[(（](?:平成|令和|昭和|R|H)\s*(?:\d{1,2}|元)\s*年度?(?:末|時点)?[)）]"
                          r"|[(（]\d{4}\s*年度?(?:末|時点)?[)）])$|(?<=[\d%人名件台回円所日間分校館園])(?:以上|以下)$")


def _unit_of(values: list[str]) -> str:
    units = [m.group(2) for v in values
             if (m := _AMOUNT.match(_ABOUT_YEARLY.sub("", _COUNT_NOTE.sub("", nfkc(v).replace(",", "").replace(" ", "")))))
             and m.group(2)]
    return max(set(units), key=units.count) if units else ""


_TWO_KINDS = compiled(r"([一-龥ぁ-んァ-ヶー]{1,8})[(（]([一-龥ぁ-んァ-ヶー]{2,8})[)）]")
_QUALIFIER = compiled(r"予定|見込み?|案|仮称|仮|済み?|未定|暫定|一部|全部|再掲|任意|必須|継続|新規|休止|廃止|完了|検討中?")


@lru_cache(maxsize=1 << 15)  # (every cell of every table is read for each question over them)
def _cell_values(raw: str) -> frozenset[str]:
    """What a cell may be called by: itself, its grade letter, its parts (市民課、会計課) and the text
    around a parenthesis (「完了（平成28年度）」 is 完了)."""
    bare = re.sub(r"\s*[(（][^()（）]*[)）]\s*", " ", raw).strip()
    out = {_grade_of(raw), raw, *_parts(raw), bare, *(_parts(bare) if bare != raw else [])}
    marked = re.fullmatch(r"\s*[※＊*]\s*([^※＊*\d\s]{2,10})\s*", nfkc(raw))
    if marked:  # 「※不調」: a word a note mark opens (the note saying what it means) is that word
        out.add(marked.group(1))
    noted = re.fullmatch(r"\s*([^※＊*\s]{1,10}?)\s*[※＊*]\s*\d{0,2}\s*", nfkc(raw))
    if noted:  # 「縮小※1」: a value a note mark follows (the note saying how it came about) is that value
        out.add(noted.group(1))
    # 「実務（オンライン）」: a short word after a kind, in brackets, is a second kind of the row (its 形式)
    # (not a state's qualifier: 完了（予定）, 廃止（見込み）)
    kinds = _TWO_KINDS.fullmatch(nfkc(raw).strip())
    if kinds and not _QUALIFIER.fullmatch(kinds.group(2)):
        out.add(kinds.group(2))
    office = re.fullmatch(r"(.{2,10}?[部局])(.{2,12}[課室係])", nfkc(bare))
    if office:  # 「総務部情報企画課」 is 総務部 and 情報企画課
        out |= {office.group(1), office.group(2)}
    # 「公共施設の再編について」 (an agenda, a heading) is called by its subject: 公共施設の再編
    # (each entry of a list folded into the cell too: 「…について → 了承／窓口のキャッシュレス化の拡大について → 了承」)
    for piece in {nfkc(bare), *_parts(nfkc(bare))}:
        topic = re.fullmatch(r"(.{3,}?)\s*(?:について|に関して|に係る件|の件)", piece)
        if topic:
            out.add(topic.group(1))
            # 「窓口のキャッシュレス化の拡大」 is called 窓口のキャッシュレス化: what the action is done to
            acted = re.fullmatch(r"(.{4,}?)の(?:拡大|拡充|推進|導入|見直し|検討|実施|充実|強化|促進|方針|在り方|あり方)", topic.group(1))
            if acted:
                out.add(acted.group(1))
    # 「社会福祉法人あすわ福祉会」 is called あすわ福祉会: a body's name without the legal form it is
    # registered as (「株式会社」 before or after it)
    body = _LEGAL_FORM.sub("", nfkc(bare)).strip()
    if body != nfkc(bare).strip() and len(body) >= 3:
        out.add(body)
        # 「社会福祉法人鶴岡市社会福祉協議会」 is called 社会福祉協議会 too: the town's own body, its town
        # said elsewhere in the question (or not at all).
        local = re.match(r"^[一-龥]{1,5}?[都道府県市区町村](?=[一-龥ァ-ヶー]{4,}$)", body)
        # (「一般社団法人くぬぎがはら観光協会」: the town's name in kana before what the body is, 観光協会)
        local = local or re.match(r"^[ぁ-ん]{3,8}(?=[一-龥]{4,}$)", body)
        if local:
            out.add(body[local.end():])
    return frozenset(out)


_LEGAL_FORM = compiled(r"^(?:社会福祉法人|公益財団法人|一般財団法人|公益社団法人|一般社団法人|特定非営利活動法人|NPO法人|"
                         r"学校法人|医療法人|株式会社|有限会社|合同会社|\(株\)|\(有\)|㈱|㈲)\s*"
                         r"|\s*(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|㈱|㈲)$")


_DATE = compiled(r"(?:(?P<era>令和|平成|[RrHh])\s*(?P<n>元|\d{1,2})|(?P<west>(?:19|20)\d{2}))\s*"
                   r"(?:年|[./\-])\s*(?P<m>\d{1,2})\s*(?:月|[./\-])\s*(?P<d>\d{1,2})\s*日?")


def _date(value) -> tuple[int, int, int] | None:
    """「R7.3.31」「令和7年3月31日」「2025/3/31」 → (2025, 3, 31)."""
    m = _DATE.search(nfkc(str(value or "")))
    if not m:
        return None
    if m.group("west"):
        year = int(m.group("west"))
    else:
        era = m.group("era").upper() if len(m.group("era")) == 1 else m.group("era")
        year = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}[era] + (1 if m.group("n") == "元" else int(m.group("n")))
    return year, int(m.group("m")), int(m.group("d"))


# 「令和7年9月」「R7.9」「2025年9月」: a month, no day (措置年月)
_MONTH_CELL = compiled(r"(?:(?P<era>令和|平成|[RrHh])\s*(?P<n>元|\d{1,2})|(?P<west>(?:19|20)\d{2}))\s*"
                       r"(?:年|[./\-])\s*(?P<m>1[0-2]|0?[1-9])\s*月?(?![\d.])")


def month_of(value) -> tuple[int, int] | None:
    """「令和7年9月」 → (2025, 9); a day's month too (「R7.9.30」 → (2025, 9))."""
    day = _date(value)
    if day is not None:
        return day[0], day[1]
    text = nfkc(str(value or "")).strip()
    # 「令和7年4月（予定）」: the month planned is the month the cell gives, its note dropped
    m = _MONTH_CELL.fullmatch(text) or _MONTH_CELL.fullmatch(re.sub(r"\s*\((?:予定|見込み?|目途|目処)\)$", "", text))
    if not m:
        return None
    if m.group("west"):
        year = int(m.group("west"))
    else:
        era = m.group("era").upper() if len(m.group("era")) == 1 else m.group("era")
        year = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}[era] + (1 if m.group("n") == "元" else int(m.group("n")))
    return year, int(m.group("m"))


def _days(value) -> list[tuple[int, int, int]]:
    """Every day a cell prints, in order: 「R2.4.1~R7.3.31」 → [(2020, 4, 1), (2025, 3, 31)]."""
    text = nfkc(str(value or ""))
    out, at = [], 0
    while (m := _DATE.search(text, at)) is not None:
        day = _date(m.group(0))
        if day is not None:
            out.append(day)
        at = m.end()
    return out


def _span_years(value) -> float | None:
    """How many years a span lasts: 「R4.4.1~R9.3.31」 → 5 (to the day before the fifth anniversary),
    「令和6年度～令和9年度」 → 4; None when the cell is no span."""
    days = _days(value)
    if len(days) >= 2:
        (y1, m1, d1), (y2, m2, d2) = days[0], days[-1]
        months = (y2 - y1) * 12 + (m2 - m1) + (1 if d2 >= d1 - 1 else 0)  # 4.1 to 3.31 closes a month
        return months / 12
    span = _fy_span(value)
    if span is not None and span[0] != span[1] and not days:
        return float(span[1] - span[0] + 1)
    return None


# 「Ｓ４９」 alone in a cell of years (a register's 建築年度 abbreviating 昭和49年度, as its note 「Ｓ＝昭和」 says):
# the era letter S is 昭和 only so, a whole cell of a year; elsewhere a lone S is a grade.
# (「S49（1974）」: the western year after it in brackets says the same year)
_SHOWA_CELL = compiled(r"^\s*[Ss]\s*(元|\d{1,2})\s*(?:年度|年)?\s*(?:[(（]\s*(?:19|20)\d{2}\s*(?:年度|年)?\s*[)）])?\s*$")


def _fy(value) -> int | None:
    showa = _SHOWA_CELL.match(nfkc(str(value or "")))
    if showa:
        return era_year("昭和", 1 if showa.group(1) == "元" else int(showa.group(1)))
    found = find_years(nfkc(str(value or "")), calendar=True)
    if found:
        return found[0].fiscal_year
    day = _date(value)
    return (day[0] - 1 if day[1] <= 3 else day[0]) if day else None  # R7.3.31 is in fiscal 2024


_BARE_SPAN = compiled(r"^\s*((?:19|20)\d{2})\s*(?:年度)?\s*[~～〜\-ー]\s*((?:19|20)\d{2})\s*(?:年度)?\s*$")


def _fy_span(value) -> tuple[int, int] | None:
    """The fiscal years a cell covers: 「令和7年度～令和8年度」 → (2025, 2026), 「令和7年度」 → (2025, 2025)."""
    bare = _BARE_SPAN.match(nfkc(str(value or "")))
    if bare and 0 <= int(bare.group(2)) - int(bare.group(1)) <= 20:
        return int(bare.group(1)), int(bare.group(2))  # 「2024~2027(年度)」 in a schedule column: fiscal years
    found = find_years(nfkc(str(value or "")), calendar=True)
    if len(found) >= 2 and re.search(r"[~～〜\-ー]|から", nfkc(str(value))[found[0].end:found[1].start]):
        return found[0].fiscal_year, found[1].fiscal_year
    fy = _fy(value)
    if fy is None:  # 「2025」 alone in a column of spans 「2024〜2026」: that year
        alone = re.fullmatch(r"\s*((?:19|20)\d{2})\s*", nfkc(str(value or "")))
        fy = int(alone.group(1)) if alone else None
    return (fy, fy) if fy is not None else None


def _report_years(title: str) -> set[int]:
    """The fiscal years a title names on their own, not as a plan's span: 「プラン（2024年度～2026年度）
    2024年度取組結果」 → {2024}."""
    text = nfkc(title)
    out = set()
    for y in find_years(text):
        before, after = text[:y.start].rstrip(" ("), text[y.end:].lstrip(" )")
        if not before.endswith(("~", "～", "〜", "から")) and not after.startswith(("~", "～", "〜", "から")):
            out.add(y.fiscal_year)
    return out


def _year_part(value, fy: int):
    """「令和6年度：検討 令和7年度：委託開始」 and FY 2025 → 「令和7年度：委託開始」 (the cell when no year)."""
    if not fy or not isinstance(value, str):
        return value
    text = nfkc(value)
    found = find_years(text)
    for n, y in enumerate(found):
        if y.fiscal_year == fy:
            end = found[n + 1].start if n + 1 < len(found) else len(text)
            return text[y.start:end].strip(" 、,/")
    return value

