"""Case studies headed by the place itself (a Word collection of 先進事例): a heading 「青葉台市（神奈川県）」 —
the municipality, its prefecture in brackets, no number — then 「テーマ：…」 and labelled parts, each label a
paragraph of its own (「取組の概要」「効果」, bold in the original) or opening its text (「効果：…」).

The cases are read into the loader's _Case, their heading worded as the ★/〈…〉 layout's
(「神奈川県青葉台市の取組事例:電子契約の全面導入」) so that the places and the title are read the same way.
A case is known by its shape, never by its names: a short line that is only a municipality and a
prefecture, followed by labelled parts saying what was done and what it achieved.
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage
from assistant.kinds.case_studies.headed import amount_in_thousands, population
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import year_label

# 「青葉台市（神奈川県）」: a municipality's name and, in brackets, its prefecture (any, made-up ones too).
_HEAD_RE = re.compile(r"^([^\s（）()「」:：。、]{1,12}?[市町村区])\s*[（(]\s*([^\s（）()]{1,4}?[都道府県]|北海道)\s*[）)]$")
# 「テーマ：電子契約の全面導入」「分野：…」: what the case is about.
_THEME_RE = re.compile(r"^(?:テーマ|分野|取組テーマ|事例テーマ)\s*[:：]\s*(\S.*)$")
# A part's label on a line of its own or before its text (「効果：…」, 「【効果】」).
# (「（取組の概要）」「（効果）」: the label in round brackets, a line of its own)
_PART_RE = re.compile(r"^[【［\[（(]?\s*(取組の概要|取組概要|取組内容|取組の内容|取組の経緯|概要|取組|"
                      r"効果|成果|取組の効果|導入効果|成果・効果|主な効果)\s*[】］\]）)]?\s*(?:[:：]\s*(.*))?$")
# 「【効果】窓口での平均滞在時間が…」: a bracketed label with its text on the same line.
_BRACKET_PART_RE = re.compile(r"^[【［\[]\s*(取組の概要|取組概要|取組内容|取組の内容|取組の経緯|概要|取組|"
                              r"効果|成果|取組の効果|導入効果|成果・効果|主な効果)\s*[】］\]]\s*[:：]?\s*(.*)$")
_EFFECTS = ("効果", "成果", "取組の効果", "導入効果", "成果・効果", "主な効果")


# 「【山形県 蔦ヶ原市】」「【長野県 霧生町・雪室村】」「【島根県】」: the prefecture, then the places of the case (none
# where the prefecture itself is the one), in brackets.
_BRACKET_HEAD_RE = re.compile(r"^【\s*([^\s【】（）()]{1,4}?[都道府県]|北海道)(?:\s+([^\s【】（）()]{1,12}?[市町村区]"
                              r"(?:[・、][^\s【】（）()]{1,12}?[市町村区])*))?\s*】$")
# 「■テーマ１　窓口サービスの改革」: the topic of the cases under it.
_TOPIC_HEAD_RE = re.compile(r"^[■□◆◇●]\s*(?:テーマ|分野)\s*[0-9０-９]{0,2}\s*[:：.．]?\s*(\S.*)$")
# 「取組名　：「書かない窓口」とフロントヤード改革」: the case's title.
_TITLE_RE = re.compile(r"^(?:取組名|事例名|取組の名称)\s*[:：]\s*(\S.*)$")


class _Bracketed:
    """A bracketed heading's match, seen as _HEAD_RE's (group 1 the places, group 2 the prefecture)."""

    def __init__(self, m: re.Match) -> None:
        self._m = m

    def group(self, n: int) -> str:
        return (self._m.group(2) or "") if n == 1 else self._m.group(1)


# 「【北海道】雁来野市：ＲＰＡ導入による定型業務の自動化」: the prefecture in brackets, the places, and after a colon the
# case's title on the same line (a plain-text collection whose body follows as prose, no labelled parts).
_TITLED_HEAD_RE = re.compile(r"^【\s*([^\s【】（）()]{1,4}?[都道府県]|北海道)\s*】\s*([^\s【】（）():：]{1,12}?[市町村区]"
                             r"(?:[・、][^\s【】（）():：]{1,12}?[市町村区])*)\s*[:：]\s*(\S.{1,60})$")


# 「〈北海道霧生田町〉酪農インターンから始まる就農移住」: the prefecture and the places in angle brackets, the case's
# title after them on the same line (a plain-text collection whose body follows as prose).
_ANGLE_TITLED_HEAD_RE = re.compile(r"^〈\s*(北海道|東京都|京都府|大阪府|[^\s〈〉（）()]{1,3}?県)\s*([^\s〈〉（）():：]{1,12}?[市町村区]"
                                   r"(?:[・、][^\s〈〉（）():：]{1,12}?[市町村区])*)\s*〉\s*(\S.{1,60})$")


class _Titled(_Bracketed):
    """A heading naming its title too (_TITLED_HEAD_RE): title() is the case's title."""

    def group(self, n: int) -> str:
        return self._m.group(2) if n == 1 else self._m.group(1)

    def title(self) -> str:
        return clean(self._m.group(3))


# 「■長野県 笹目平村」: a mark, the prefecture, then the places of the case (a plain-text collection).
# (「◎汐凪県霞浦市」: the place written on after its prefecture, a ◎ before them)
_MARKED_HEAD_RE = re.compile(r"^[■□◆◇●◎]\s*([^\s■◎（）()]{1,4}?[都道府県]|北海道)\s*([^\s（）()]{1,12}?[市町村区]"
                             r"(?:[・、][^\s（）()]{1,12}?[市町村区])*)$")
# 「人口：約8,400人　　取組開始：2024年度」: labelled facts of the case, one or more a line.
_FACT_RE = re.compile(r"([^\s:：]{2,8})\s*[:：]\s*(\S+)")
_POPULATION_LABELS = ("人口", "人口規模", "住民基本台帳人口")
# 「効果額：18.5百万円」: what the case saved, in 千円 as the other layouts keep it
_AMOUNT_LABELS = ("効果額", "財政効果額", "削減効果額")
_YEAR_LABELS = ("取組開始", "開始年度", "取組年度", "実施年度", "導入年度", "取組開始年度")
# 「【本町の関連する重点取組】重点取組1、重点取組2」: a labelled line that is no part of the text (what it relates to).
_LABELLED_RE = re.compile(r"^【([^】]{2,20})】\s*(\S.*)$")
_BRACKET_YEAR_LABELS = ("開始", "開始年度", "取組開始", "取組年度", "実施年度", "導入年度", "導入", "取組開始年度")
_BRACKET_THEME_LABELS = ("分野", "テーマ", "取組分野", "取組テーマ")


# 「○ 長野県霧ヶ里市「全庁的なRPA導入による…」」: a mark, the prefecture and the places written on, the case's title in
# 「」 after them (a plain-text collection whose body follows as prose).
_QUOTED_HEAD_RE = re.compile(r"^[○◯〇●◎■□◆◇]\s*([^\s「」（）()]{1,4}?[都道府県]|北海道)\s*([^\s「」（）()]{1,12}?[市町村区]"
                             r"(?:[・、][^\s「」（）()]{1,12}?[市町村区])*)\s*「(.{1,60})」\s*$")


def _head(line: str):
    m = _HEAD_RE.match(line)
    if m:
        return m
    q = _QUOTED_HEAD_RE.match(line)
    if q:
        return _Titled(q)
    t = (_TITLED_HEAD_RE.match(nfkc(line)) and _TITLED_HEAD_RE.match(line)) or _ANGLE_TITLED_HEAD_RE.match(line)
    if t:
        return _Titled(t)
    b = _BRACKET_HEAD_RE.match(line) or _MARKED_HEAD_RE.match(line)
    return _Bracketed(b) if b else None


def _part(line: str):
    return _PART_RE.match(line) or _BRACKET_PART_RE.match(line)


def _facts(line: str) -> list[tuple[str, str]] | None:
    """(what, value) of every fact on a line made only of labelled facts (人口, 取組開始, 効果額), maybe parted by
    「／」; None otherwise."""
    found = list(_FACT_RE.finditer(line))
    if not found or _FACT_RE.sub("", line).strip(" \u3000／/|｜"):
        return None
    out = []
    for m in found:
        what = ("population" if m.group(1) in _POPULATION_LABELS else
                "year" if m.group(1) in _YEAR_LABELS else
                "amount" if m.group(1) in _AMOUNT_LABELS else "")
        if not what:
            return None
        out.append((what, m.group(2)))
    return out


def detect(text: str) -> bool:
    """Two place-headed cases or more, each followed by labelled parts (an effects label among them)."""
    lines = [clean(line) for line in text.splitlines()]
    heads = sum(1 for line in lines if _head(line))
    effects = sum(1 for line in lines if (m := _part(line)) and m.group(1) in _EFFECTS)
    if heads >= 2 and effects >= heads and "事例" in text[:2000]:
        return True
    # (or headings naming their title, 「【北海道】雁来野市：…」, each over its body: no labelled parts needed)
    titled = [i for i, line in enumerate(lines) if isinstance(_head(line), _Titled)]
    return len(titled) >= 2 and len(titled) == heads and "事例" in text[:2000] \
        and all(i + 1 < len(lines) and lines[i + 1] and not _head(lines[i + 1]) for i in titled)


def cases(lines: list[str], case_type) -> list[tuple[str, object]]:
    """(number in order of appearance, case) of every case. `case_type` is the loader's _Case."""
    out: list[tuple[str, object]] = []
    current = None
    place = ""
    topic = ""
    for index, raw in enumerate(lines):
        stripped = clean(raw)
        line_no = index + 1
        if not stripped:
            continue
        if re.fullmatch(r"[─━―—\-=＝]{4,}", stripped):
            current = None  # (a rule between cases: what follows it is the next case's, or the collection's note)
            continue
        said = _TOPIC_HEAD_RE.match(stripped)
        if said:
            topic, current = clean(said.group(1)), None  # (the cases under it are of that topic)
            continue
        head = _head(stripped)
        if head:
            place = f"{head.group(2)}{head.group(1)}"
            current = case_type(line=line_no, heading=place)
            if isinstance(head, _Titled):
                current.heading = f"{place}の取組事例:{head.title()}"
                current.part = "summary"
            if topic:
                current.topic, current.topic_source = topic, "heading"
            current.end_line = line_no
            out.append((str(len(out) + 1), current))
            continue
        if current is None:
            continue
        facts = _facts(stripped)
        if facts:
            for what, value in facts:
                if what == "population":
                    current.population = population(value)
                elif what == "amount":
                    amount = amount_in_thousands(value)
                    if amount is not None:
                        current.figures["effect_amount"] = amount
                        current.figures["effect_unit"] = "千円"  # (amount_in_thousands)
                else:
                    current.start_year = year_label(value) or value
            current.facts.append((line_no, stripped))
            current.end_line = line_no
            continue
        theme = _THEME_RE.match(stripped)
        part = _part(stripped)
        labelled = _LABELLED_RE.match(stripped) if not part else None
        if labelled and labelled.group(1) in _BRACKET_YEAR_LABELS and not current.start_year:
            # 「【開始】令和３年度」: the year the case began
            current.start_year = year_label(clean(labelled.group(2))) or clean(labelled.group(2))
        elif labelled and labelled.group(1) in _BRACKET_THEME_LABELS and not current.topic:
            # 「【分野】男性育休」: what the case is about
            current.topic = clean(labelled.group(2))
            current.heading = f"{place}の取組事例:{current.topic}"
        if labelled:
            # (what the case is related to: a fact of its own, not part of its effects)
            current.facts.append((line_no, f"{labelled.group(1)}：{clean(labelled.group(2))}"))
            if "関連" in labelled.group(1) or "関係" in labelled.group(1):
                # (the items of the reader's own plan it relates to, each as printed without its bracketed name:
                # 「重点取組1、重点取組2」, 「取組4-1（書かない窓口の導入）」)
                current.related += [no_spaces(nfkc(re.sub(r"[（(][^）)]*[）)]", "", part))) for part in
                                    re.split(r"[、,，・]", labelled.group(2)) if part.strip()]
            current.end_line = line_no
            continue
        named = _TITLE_RE.match(stripped)
        if named:
            # (the case's own title, its topic the heading above it)
            current.heading = f"{place}の取組事例:{clean(named.group(1))}"
            current.parts["details"].append((line_no, stripped))
        elif theme and not current.topic:
            current.topic = clean(theme.group(1))
            current.heading = f"{place}の取組事例:{current.topic}"
        elif part:
            current.part = "effects" if part.group(1) in _EFFECTS else "measures"
            if part.group(2):
                current.parts[current.part].append((line_no, clean(part.group(2))))
        elif current.part == "summary" and stripped.startswith(("※", "＊", "*")) and not lines[index - 1].strip():
            current = None  # (a note under the last case, after a blank line, is the collection's, not the case's)
            continue
        elif current.part == "summary":
            # (the prose under a titled heading: what was done, and the year it began where it says one)
            current.summary.append((line_no, stripped))
            if not current.start_year and (began := _BEGAN_RE.search(nfkc(stripped))):
                current.start_year = year_label(re.sub(r"\s+", "", began.group(1))) or ""
        else:
            current.parts[current.part].append((line_no, stripped))
        current.end_line = line_no
    return out


# The first fiscal year a case's prose names (「2022年度から…」「令和５年度に…を開始し」): the year it began.
_BEGAN_RE = re.compile(r"((?:令和|平成)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度)")


def front_matter(doc: ParsedDocument, lines: list[str], source: str) -> None:
    """The lines before the first case (the title, the foreword): the document's own text."""
    for index, line in enumerate(lines):
        stripped = clean(line.replace("\t", " "))
        if _head(stripped):
            break
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))
