"""Case studies under a marked title heading, each with a few labelled facts (a plain-text collection of other
municipalities' reforms): 「■窓口予約システムで待ち時間を短縮」 opens a case, then 「所在地：宮城県桜川台市」,
「人口：約12万人」, 「取組年度：2027年度」 (any order, any of them missing), then what was done and achieved as prose.

The cases are read into the loader's _Case, their heading worded as the ★/〈…〉 layout's
(「宮城県桜川台市の取組事例:窓口予約システムで待ち時間を短縮」) so that the places and the title are read the same
way. A case is known by its shape — a marked heading followed by a label naming a place — never by its names.
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import year_label

# 「■窓口予約システムで待ち時間を短縮」: a case's title after a mark (no number: numbered.py and labelled.py read those).
# (「〇 秋田県楢ノ瀬市　評価シートの簡素化」: a circle marks them too, where the heading names the place first)
_HEAD_RE = re.compile(r"^[■□◆◇●▼〇○◯]\s*(?!事例\s*\d)(\S.{1,60})$")
# 「【白鷺台市】」: a case headed by its municipality alone in brackets (a reference list of other cities' audits or
# reforms), its theme on a labelled line under it (「テーマ：委託契約事務の執行について」).
_BRACKET_HEAD_RE = re.compile(r"^【\s*([^\s【】]{2,20}?[市町村区])\s*】$")
_THEME_LABEL_RE = re.compile(r"^(?:テーマ|監査テーマ|取組テーマ|事例テーマ)\s*[:：]\s*(\S.*)$")
# 「所在地：宮城県桜川台市」: a labelled fact of the case.
_FACT_RE = re.compile(r"^([^\s:：]{2,6})\s*[:：]\s*(\S.*)$")
_PLACE_LABELS = ("所在地", "自治体", "自治体名", "団体名", "団体", "実施団体", "市町村", "市町村名", "所在")
_POPULATION_LABELS = ("人口", "人口規模", "住民基本台帳人口")
_YEAR_LABELS = ("取組年度", "実施年度", "開始年度", "導入年度", "年度", "取組開始", "開始", "開始時期", "実施時期", "監査年度")
# 「令和3年度から実施。」: the year a case began, said as a sentence of its own right under the heading.
_BEGUN_RE = re.compile(r"^(?P<year>(?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年度|\d{4}\s*年度)\s*(?:から|より)\s*"
                       r"(?:実施|開始|導入|運用|取り組んで|取組)[^。]{0,12}。?$")
_EFFECT_LABELS = ("削減効果", "効果額", "削減額", "財政効果", "財政効果額", "効果")
# 「年間約4,800千円」「年間約1,860万円」: an amount of money, read in 千円 (the unit a collection mixing 千円 and 万円
# says is its own); 「金額による効果は算定していない」 none
_AMOUNT_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(億円|百万円|万円|千円|円)")
_IN_THOUSANDS = {"億円": 100000, "百万円": 1000, "万円": 10, "千円": 1, "円": 0.001}


def amount_in_thousands(text: str) -> float | None:
    m = _AMOUNT_RE.search(nfkc(text))
    if m is None:
        return None
    value = float(m.group(1).replace(",", "")) * _IN_THOUSANDS[m.group(2)]
    return int(value) if float(value).is_integer() else value
# 「約12万人」「約1万8千人」「38,000人」: a population as printed.
_PEOPLE_RE = re.compile(r"(?:約|およそ)?\s*(?:(\d[\d,]*(?:\.\d+)?)\s*万)?\s*(?:(\d[\d,]*)\s*千)?\s*(\d[\d,]*)?\s*人")


def population(text: str) -> int | None:
    """「約1万8千人」 → 18000, 「約12万人」 → 120000, 「38,000人」 → 38000; None when it says no number of people."""
    match = _PEOPLE_RE.search(nfkc(text))
    if not match or not any(match.groups()):
        return None
    man, sen, rest = (float(g.replace(",", "")) if g else 0 for g in match.groups())
    return int(round(man * 10000 + sen * 1000 + rest))


def _fact(line: str) -> tuple[str, str] | None:
    """(what, value) of a labelled fact line: what is "places", "population" or "year"; None otherwise."""
    begun = _BEGUN_RE.match(nfkc(line).strip())
    if begun:
        return "year", begun.group("year")
    match = _FACT_RE.match(nfkc(line).strip())
    if not match:
        return None
    label, value = match.group(1), clean(match.group(2))
    for what, labels in (("places", _PLACE_LABELS), ("population", _POPULATION_LABELS), ("year", _YEAR_LABELS),
                         ("amount", _EFFECT_LABELS)):
        if label in labels:
            return what, value
    return None


# 「青嶺県篠津町（篠津町総合体育館）」: a heading naming the place itself, what was done there in brackets.
_PLACE_HEAD_RE = re.compile(r"^(?P<place>[^\s（()）]{2,20})\s*[（(](?P<what>[^（()）]{1,40})[)）]\s*$")
# 「施設種別：図書館」「分野：DX」: a labelled fact saying what field the case is of
_AREA_LABEL_RE = re.compile(r"(?:種別|分野|分類|テーマ)$")


# 「秋田県楢ノ瀬市　評価シートの簡素化（…）」: the place, a space, then what was done
_PLACE_FIRST_RE = re.compile(r"^(?P<place>[^\s（()）]{2,20}?[市町村区])\s+(?P<what>\S.{1,60})$")


# 「長野県檜沢広域水道企業団：ＡＩ漏水検知による有収率の向上」: a prefecture and the body (a water authority, a
# union of municipalities, a municipality), a colon, then what was done
_BODY_FIRST_RE = re.compile(r"^(?P<place>[一-龥]{1,3}[都道府県][^\s:：（()）]{1,20}?(?:企業団|事務組合|組合|広域連合|公社|局|市|町|村|区))"
                            r"\s*[:：]\s*(?P<what>\S.{1,60})$")


def _placed_heading(title: str, parse_places) -> tuple[str, str] | None:
    """(place, what) of a heading naming the place before a bracket (or before a space and the title), every
    character of it a place named (a prefecture, then a municipality); None otherwise."""
    body = _BODY_FIRST_RE.match(nfkc(title).strip())
    if body is not None:
        places = parse_places(body.group("place"))
        # (the prefecture read as a place: the body is in it)
        if places and re.search(r"[都道府県]$", places[0]) and body.group("place").startswith(places[0]):
            return body.group("place"), body.group("what")
    m = _PLACE_HEAD_RE.match(nfkc(title).strip()) or _PLACE_FIRST_RE.match(nfkc(title).strip())
    if m is None:
        return None
    place = m.group("place")
    places = parse_places(place)
    if not places or "".join(places) != place or not re.search(r"[市町村区]$", places[-1]):
        return None
    return place, m.group("what")


def _bracket_place(line: str, parse_places) -> str | None:
    """The municipality of a 「【白鷺台市】」 heading, every character of it a place named; None otherwise."""
    m = _BRACKET_HEAD_RE.match(nfkc(line).strip())
    if m is None:
        return None
    places = parse_places(m.group(1))
    return m.group(1) if places and "".join(places) == m.group(1) and re.search(r"[市町村区]$", places[-1]) else None


def _themed_below(lines: list[str], index: int) -> str | None:
    """The theme labelled on one of the few labelled lines right under a heading, or None."""
    for below in lines[index + 1:index + 7]:
        if _BRACKET_HEAD_RE.match(nfkc(below).strip()) or not _FACT_RE.match(nfkc(below).strip()):
            break
        theme = _THEME_LABEL_RE.match(nfkc(below).strip())
        if theme:
            return clean(theme.group(1))
    return None


def placed_in_heading(case) -> bool:
    """Whether the case's places were said in its heading (「■ 青嶺県篠津町（…）」), not under it."""
    return any(line == case.line for line, _ in case.facts)


def detect(text: str, parse_places) -> bool:
    """Two marked headings or more, each followed (before any other line) by labelled facts naming a place."""
    lines = [clean(line) for line in text.splitlines() if line.strip()]
    heads = placed = 0
    for index, line in enumerate(lines):
        if _bracket_place(line, parse_places) is not None:
            # (「【白鷺台市】」 then labelled lines: a case only where a theme is labelled among them)
            heads += 1
            placed += _themed_below(lines, index) is not None
            continue
        if not _HEAD_RE.match(line):
            continue
        heads += 1
        if _placed_heading(_HEAD_RE.match(line).group(1), parse_places):
            placed += 1
            continue
        for below in lines[index + 1:index + 5]:
            fact = _fact(below)
            if fact is None:
                break
            if fact[0] == "places" and parse_places(fact[1]):
                placed += 1
                break
    return heads >= 2 and placed >= heads


def cases(lines: list[str], case_type, parse_places) -> list[tuple[str, object]]:
    """(number in order of appearance, case) of every case. `case_type` is the loader's _Case."""
    out: list[tuple[str, object]] = []
    current = None
    facts = False  # the labelled lines right under the heading
    for index, raw in enumerate(lines):
        stripped = clean(raw)
        line_no = index + 1
        if not stripped:
            continue
        bracketed = _bracket_place(stripped, parse_places)
        if bracketed is not None:
            # 「【白鷺台市】」: the place is the heading; the theme labelled under it is what the case is about
            theme = _themed_below([clean(x) for x in lines], index) or bracketed
            current = case_type(line=line_no, topic=theme)
            current.end_line = line_no
            current.facts.append((line_no, stripped))  # (the heading's line: its places searchable)
            current.heading = f"{bracketed}の取組事例:{theme}"
            out.append((str(len(out) + 1), current))
            facts = True
            continue
        head = _HEAD_RE.match(stripped)
        if head:
            current = case_type(line=line_no, topic=clean(head.group(1)))
            current.end_line = line_no
            named = _placed_heading(head.group(1), parse_places)
            if named:  # (「■ 青嶺県篠津町（篠津町総合体育館）」: the place said in the heading)
                current.topic = clean(named[1])
                current.facts.append((line_no, stripped))  # (the heading's line: its places searchable)
                current.heading = f"{named[0]}の取組事例:{current.topic}"
            else:
                current.notes.append("団体名の記載なし")  # (until a label names them)
            out.append((str(len(out) + 1), current))
            facts = True
            continue
        if current is None:
            continue
        fact = _fact(stripped)
        if not facts and (fact is None or fact[0] != "amount"):
            fact = None  # (after the prose, only an amount labelled on a line of its own: 「削減効果：…」)
        other = _FACT_RE.match(nfkc(stripped).strip()) if facts and fact is None else None
        if other is not None and other.group(2).strip():
            # (a labelled fact of no place, people or year, 「施設種別：図書館」: the case's text, the facts go on;
            # a label of the field the case is of is its topic)
            if _AREA_LABEL_RE.search(other.group(1)):
                current.area = clean(other.group(2))
            current.parts["details"].append((line_no, stripped))
        elif fact is None:
            facts = False
            current.parts["details"].append((line_no, stripped))
        elif fact[0] == "places" and parse_places(fact[1]):
            current.heading = f"{fact[1]}の取組事例:{current.topic}"
            current.notes = [n for n in current.notes if n != "団体名の記載なし"]
        elif fact[0] == "population":
            current.population = population(fact[1])
            current.facts.append((line_no, stripped))
        elif fact[0] == "year":
            current.start_year = year_label(fact[1]) or fact[1]
            current.facts.append((line_no, stripped))
        elif fact[0] == "amount":
            # (「削減効果：年間約1,860万円」: what it achieved, its amount in 千円 where it prints one)
            current.parts["effects"].append((line_no, stripped))
            amount = amount_in_thousands(fact[1])
            if amount is not None:
                current.figures["effect_amount"] = amount
                current.figures["effect_unit"] = "千円"  # (amount_in_thousands)
        current.end_line = line_no
    return out


def front_matter(doc: ParsedDocument, lines: list[str], source: str) -> None:
    """The lines before the first case (the title, the editor): the document's own text."""
    for index, line in enumerate(lines):
        stripped = clean(line.replace("\t", " "))
        if _HEAD_RE.match(stripped) or _BRACKET_HEAD_RE.match(nfkc(stripped).strip()):
            break
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))
