"""Case studies as numbered, bracketed headings with labelled parts (a prefecture's collection as plain text):
「【事例3】保健師の共同採用」 opens a case, then 「【自治体】黒田村・赤坂町」 names who did it, 「【概要】…」 what was
done and 「【成果】…」 what it achieved. Other editions say 【団体名】【実施団体】, 【取組内容】, 【効果】, bracket with
［］〔〕 or print a label before a colon (「自治体：…」); a label may stand on its own line, its text under it.

The cases are read into the loader's _Case, their heading worded as the ★/〈…〉 layout's
(「黒田村・赤坂町の取組事例:保健師の共同採用」) so that the places and the title are read the same way. A case is
known by its shape — a numbered case heading followed by a label naming places — never by its names.
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage
from assistant.text.normalize import clean, nfkc

# 「【事例3】保健師の共同採用」「［事例 3］…」「〔事例3〕…」「事例3：…」: a case's number and title.
# (「■事例3 …」: a mark before it; the unbracketed number then ends at a colon or a space)
# (「＜事例１＞岐阜県朴ノ木町：…」: angle brackets, NFKC <>)
# (「【事例】宮城県霧笛町」: no number, the cases then numbered in order)
_CASE_RE = re.compile(r"^[■□◆◇●▼▽]?\s*(?:[【［\[〔(（<]\s*事例\s*(\d{1,3})?\s*[】］\]〕)）>]|事例\s*(\d{1,3})\s*(?:[:：.．]|\s))\s*(\S.*)?$")
# 「保健師の共同採用（黒田村・赤坂町）」: the places in brackets after the title, when no label names them.
_PLACES_AFTER_RE = re.compile(r"^(.+?)\s*[（(]([^()（）]{2,40})[)）]$")
# A part's label in brackets (【自治体】) or before a colon (自治体：), its text after it on the line or under it.
_LABEL_RE = re.compile(r"^(?:[【［\[〔]\s*([^】］\]〕]{1,8}?)\s*[】］\]〕]|([^\s:：【】]{1,8}?)\s*[:：])\s*(.*)$")
# 「■取組の概要」「◆効果」: a part's label printed as a marked line of its own
_MARKED_LABEL_RE = re.compile(r"^[■□◆◇●▼▽]\s*([^\s:：。]{1,8})$")
_PLACE_LABELS = ("自治体", "団体名", "団体", "実施団体", "自治体名", "市町村", "市町村名", "実施自治体")
_EFFECT_LABELS = ("成果", "効果", "取組の効果", "取組の成果", "主な成果", "主な効果", "導入効果", "成果・効果")
_MEASURE_LABELS = ("概要", "取組概要", "取組の概要", "取組内容", "取組の内容", "取組", "内容", "事業概要")
# Facts a 2-column table of the case prints beside its label (項目｜内容, read as 「団体名<TAB>若葉台市」): the
# prefecture the municipality is in, its population, when the case began (和暦 year and month), its field.
_PREFECTURE_LABELS = ("所在", "所在地", "都道府県")
_POPULATION_LABELS = ("人口", "人口規模", "住民基本台帳人口")
_START_LABELS = ("取組開始", "開始時期", "開始年月", "開始", "取組開始時期", "導入時期", "開始年度", "取組年度", "開始年", "導入年度", "導入年")
_AREA_LABELS = ("分野", "取組分野")
# 「団体名<TAB>若葉台市」: a row of such a table, its label cell then its value cell.
_CELL_RE = re.compile(r"^([^\s\t:：【】]{1,8})\t+\s*(\S.*)$")


# 「【事例１　萩ヶ丘市（福浦県）】」: the case's heading inside the brackets, after its number (read as 【事例1】萩ヶ丘市(福浦県)).
_INSIDE_RE = re.compile(r"^([【［\[〔<]\s*事例\s*\d{1,3})\s+([^】］\]〕>]+?)\s*([】］\]〕>])$")


def _case(line: str) -> re.Match | None:
    said = nfkc(line).strip()
    inside = _INSIDE_RE.match(said)
    if inside:
        said = f"{inside.group(1)}{inside.group(3)}{inside.group(2)}"
    return _CASE_RE.match(said)


def _label(line: str) -> tuple[str, str] | None:
    """(part, text after the label) of a labelled line: part "places", "measures" or "effects" (and, of a table's
    row, "prefecture", "population", "start", "area"); None otherwise."""
    cell = _CELL_RE.match(nfkc(line).strip())
    if cell:
        name, text = cell.group(1), clean(cell.group(2))
        for part, names in (("places", _PLACE_LABELS), ("effects", _EFFECT_LABELS), ("measures", _MEASURE_LABELS),
                            ("prefecture", _PREFECTURE_LABELS), ("population", _POPULATION_LABELS),
                            ("start", _START_LABELS), ("area", _AREA_LABELS)):
            if name in names:
                return part, text
        return None
    marked = _MARKED_LABEL_RE.match(nfkc(line).strip())
    if marked:
        # (「■取組の概要」「■効果」: a part's label as a marked line of its own, its text under it)
        for part, names in (("effects", _EFFECT_LABELS), ("measures", _MEASURE_LABELS)):
            if marked.group(1) in names:
                return part, ""
    match = _LABEL_RE.match(nfkc(line).strip())
    if not match:
        return None
    name = match.group(1) or match.group(2)
    for part, names in (("places", _PLACE_LABELS), ("effects", _EFFECT_LABELS), ("measures", _MEASURE_LABELS)):
        if name in names:
            return part, clean(match.group(3))
    # (「人口：12,480人」「取組開始：令和5年度」 on lines of their own, as a <dl> prints them: the same facts)
    for part, names in (("population", _POPULATION_LABELS), ("start", _START_LABELS), ("area", _AREA_LABELS)):
        if name in names and match.group(3).strip():
            return part, clean(match.group(3))
    return None


# 「令和5年4月」「2023年10月」「令和5年度」: when a case began, as a fiscal year (April to March).
_BEGAN_RE = re.compile(r"(?:(?P<era>令和|平成)\s*(?P<n>元|\d{1,2})|(?P<west>(?:19|20)\d{2}))\s*年\s*(?:(?P<month>\d{1,2})\s*月|度)?")


def _began(text: str) -> str:
    """The fiscal-year label (R5) of when a case began: 令和5年4月 → R5, 令和6年2月 → R5 (its fiscal year); "" when
    no year is printed."""
    from assistant.text.wareki import era_year, fiscal_year_of, fy_label

    match = _BEGAN_RE.search(nfkc(text))
    if not match:
        return ""
    year = int(match.group("west")) if match.group("west") else era_year(match.group("era"), 1 if match.group("n") == "元" else int(match.group("n")))
    month = int(match.group("month")) if match.group("month") else 4
    return fy_label(fiscal_year_of(year, month))


# 「秋田県鷦鷯村　～ＲＰＡによる給与・会計事務の自動化～」: the places first, the title between wave dashes (NFKC: ~).
# (「静岡県波戸崎市 ―休日部活動の地域クラブへの完全移行―」: between dashes)
_PLACES_BEFORE_RE = re.compile(r"^(?P<places>[^\s~〜―—]{2,30}?)\s*[~〜―—]\s*(?P<title>[^~〜―—]+?)\s*[~〜―—]?$")
# 「長野県梓ノ平村「空き家改修とお試し移住で…」」: the places first, the title in corner brackets.
_PLACES_QUOTED_RE = re.compile(r"^(?P<places>[^\s「」]{2,30}?)\s*[「『](?P<title>[^「」『』]+)[」』]$")


# 「岐阜県朴ノ木町：通いの場へのポイント制度導入」: the places first, the title after a colon.
_PLACES_COLON_RE = re.compile(r"^(?P<places>[^\s:：]{2,30}?[市町村区])\s*[:：]\s*(?P<title>\S.*)$")


def _places_after(title: str, parse_places) -> tuple[str, str]:
    """(title, places) of a heading naming its places in brackets after the title, or before a title between wave
    dashes or in corner brackets (「…」); (title, "") otherwise."""
    match = _PLACES_AFTER_RE.match(title)
    if match and parse_places(match.group(2)) and all(parse_places(p) for p in re.split(r"[・、,，]", match.group(2)) if p):
        return clean(match.group(1)), clean(match.group(2))
    before = _PLACES_BEFORE_RE.match(nfkc(title)) or _PLACES_QUOTED_RE.match(nfkc(title))
    if before and all(parse_places(p) for p in re.split(r"[・、,，]", before.group("places")) if p):
        return clean(before.group("title")), clean(before.group("places"))
    colon = _PLACES_COLON_RE.match(nfkc(title))
    if colon and all(parse_places(p) for p in re.split(r"[・、,，]", colon.group("places")) if p):
        return clean(colon.group("title")), clean(colon.group("places"))
    return title, ""


# 「北上原市（岩手県、人口約12万人）」: a heading naming the place itself, its prefecture and population in brackets.
_PLACE_FACTS_RE = re.compile(r"^(?P<place>[^\s()（）、,，]{2,12}?[市町村区])\s*[（(](?P<facts>[^()（）]{2,40})[)）]$")
# 「■窓口・デジタル分野」: a marked line over the cases of one field (no case heading, no sentence).
_TOPIC_RE = re.compile(r"^[■□◆◇●]\s*(?P<topic>[^。]{1,30})$")


# 「北潟県雁坂市」: a heading that is the place alone, its prefecture before it
_PLACE_ALONE_RE = re.compile(r"^(?P<prefecture>[^\s()（）、,，]{1,4}?[都道府県])?(?P<place>[^\s()（）、,，都道府県]{1,10}?[市町村区])$")


def _place_facts(title: str, parse_places) -> tuple[str, str, int | None] | None:
    """(place, prefecture, population) of a heading that is the place with its facts in brackets; None otherwise.
    The bracket must hold only facts: a prefecture (岩手県) or a population (人口約12万人). A heading that is the
    place alone, with its prefecture before it (「北潟県雁坂市」), is one too."""
    from assistant.kinds.case_studies.headed import population

    alone = _PLACE_ALONE_RE.match(nfkc(title))
    if alone and alone.group("prefecture") and parse_places(alone.group("place")):
        return clean(alone.group("place")), alone.group("prefecture"), None
    match = _PLACE_FACTS_RE.match(nfkc(title))
    if not match or not parse_places(match.group("place")):
        return None
    prefecture, people = "", None
    for part in re.split(r"[、,，・]", match.group("facts")):
        part = part.strip()
        if re.fullmatch(r"[^\s]{1,4}[都道府県]", part):
            prefecture = part
        elif part.startswith("人口") and population(part[2:]) is not None:
            people = population(part[2:])  # (after the word: its 人 is no figure's)
        else:
            return None
    return (clean(match.group("place")), prefecture, people) if prefecture or people is not None else None


def _short_title(case) -> str:
    """A case headed by its place alone: its 【取組】's first clause as its title (up to 40 characters)."""
    text = next((t for _, t in case.parts["measures"]), "") or next((t for _, t in case.parts["details"]), "")
    first = re.split(r"[。]", re.sub(r"^[・･\-]\s*", "", text))[0]  # (「・令和４年度から…」: its bullet no part of it)
    return first if len(first) <= 40 else first[:40] + "…"


def detect(text: str, parse_places) -> bool:
    """Two numbered cases or more, each naming its places under a label of its own."""
    raw = text.splitlines()
    lines = [clean(line) for line in raw]
    labels = [(_label(r) if "\t" in r else None) or _label(line) for r, line in zip(raw, lines)]
    heads = sum(1 for line in lines if _case(line))
    named = sum(1 for label in labels if label and label[0] == "places" and (not label[1] or parse_places(label[1])))
    named += sum(1 for line in lines if (head := _case(line)) and (_places_after(head.group(3) or "", parse_places)[1]
                                                                   or _place_facts(clean(head.group(3) or ""), parse_places)))
    parts = sum(1 for label in labels if label and label[0] in ("measures", "effects"))
    # (or each case's year it began under a label, its body unlabelled: 「開始年：令和２年（2020年）」)
    began = sum(1 for label in labels if label and label[0] == "start")
    # (or prose bodies, each saying when it began: 「静岡県波戸崎市では、令和４年度から…に取り組んでいる」)
    said = sum(1 for line in lines if _PROSE_BEGAN.search(nfkc(line)))
    return heads >= 2 and named >= heads and (parts >= heads or began >= heads or said >= heads)


# A case's prose: when it began (「令和４年度から…に取り組んでいる」), whom it is for (「対象は…1,860人である」),
# what it achieved (「導入の結果、…」).
_PROSE_BEGAN = re.compile(r"(?P<when>(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?)\s*(?:から|より)"
                          r"[^。]{0,60}?(?:取り組|取組|実施|導入|開始|始め)")
_PROSE_TARGET = re.compile(r"対象(?:者)?(?:は|が)[^。]{0,50}?(?<![\d,])(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*人")
_PROSE_EFFECT = re.compile(r"^(?:導入の結果|その結果|取組の結果|結果として|この結果)")


def _opens_case(lines: list[str], start: int) -> bool:
    """Whether the first non-empty line from `start` is a case heading."""
    following = next((clean(line) for line in lines[start:] if clean(line)), "")
    return bool(following and _case(following))


def cases(lines: list[str], case_type, parse_places) -> list[tuple[str, object]]:
    """(printed number, case) of every case, in order. `case_type` is the loader's _Case."""
    out: list[tuple[str, object]] = []
    current = None
    title = ""
    part = ""
    field_topic = ""  # (the marked line over the cases of one field: 「■公共施設分野」)
    headed_by_place: list[tuple[object, str]] = []
    for index, raw in enumerate(lines):
        stripped = clean(raw)
        line_no = index + 1
        if not stripped:
            continue
        if current is not None and (re.fullmatch(r"[―─━—=＝\-ー]{6,}", nfkc(stripped)) or stripped == "以上"):
            # (「以上」 closes the document, no line of the last case)
            current, part = None, ""  # (a rule between the cases: what follows it is no part of the one before)
            continue
        head = _case(stripped)
        marked = None if head or (current is not None and _MARKED_LABEL_RE.match(nfkc(stripped)) and _label(stripped)) \
            else _TOPIC_RE.match(nfkc(stripped))
        if marked and current is not None and not _opens_case(lines, index + 1):
            # (「■本町への示唆」 inside a case, its text under it: a part of the case no label names, kept as its
            # details; a marked line over the cases of a field is followed by a case heading)
            part = "other"
            current.end_line = line_no
            continue
        if marked:
            field_topic, current, part = clean(marked.group("topic")), None, ""
            continue
        if head:
            facts = _place_facts(clean(head.group(3) or ""), parse_places)
            if facts:
                place, prefecture, people = facts
                current = case_type(line=line_no, topic=field_topic)
                current.end_line = line_no
                current.population = people
                # (the prefecture stands among the places, before the municipality, as 「岩手県北上原市」 would)
                headed_by_place.append((current, f"{prefecture}{place}"))
                out.append((head.group(1) or head.group(2) or str(len(out) + 1), current))
                part = ""
                continue
            title, places = _places_after(clean(head.group(3) or ""), parse_places)
            current = case_type(line=line_no, topic=title)
            current.end_line = line_no
            if places:
                current.heading = f"{places}の取組事例:{title}"
            else:
                current.notes.append("団体名の記載なし")  # (until a label names them)
            out.append((head.group(1) or head.group(2) or str(len(out) + 1), current))
            part = ""
            continue
        if current is None:
            continue
        label = _label(raw) if "\t" in raw else None
        label = label or _label(stripped)
        if label:
            part, text = label
        elif "\t" in raw and not label and _CELL_RE.match(nfkc(raw).strip()):
            part, text = "", ""  # (「項目<TAB>内容」: the table's header row, or a label no part has)
        else:
            text = stripped
        if part in ("prefecture", "population", "start", "area"):
            # (a fact of the case's table: kept as its field, and its row as a passage of the case)
            if part == "population":
                from assistant.kinds.case_studies.headed import population
                current.population = population(text)
            elif part == "start":
                current.start_year = _began(text) or text
                if re.search(r"\d\s*月", nfkc(text)) or re.fullmatch(r"(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年度", nfkc(text).strip()):
                    # (「令和4年10月」: the month, as printed, beside its fiscal year; 「令和2年度」 as printed too)
                    current.started = text
            elif part == "area" and text:
                current.area = text
            # (the prefecture: a fact of its own column, never one of the places — 団体名 names who did it)
            if text:
                current.facts.append((line_no, stripped))
            part = ""
        elif part == "places":
            if text and parse_places(text):
                current.heading = f"{text}の取組事例:{title}"
                current.notes = [n for n in current.notes if n != "団体名の記載なし"]
                part = ""
        elif part in ("measures", "effects") and text:
            current.parts[part].append((line_no, text))
        elif text:
            said = nfkc(text)
            began = _PROSE_BEGAN.search(said) if not part else None
            if began and not current.start_year:
                current.start_year = _began(began.group("when"))
                current.started = began.group("when") if "度" in began.group("when") else ""
            target = _PROSE_TARGET.search(said) if not part else None
            if target and current.target_count is None and hasattr(current, "target_count"):
                current.target_count = int(target.group("n").replace(",", ""))
            if not part and _PROSE_EFFECT.match(said):
                current.parts["effects"].append((line_no, text))
            else:
                current.parts["details"].append((line_no, text))
        current.end_line = line_no
    for case, place in headed_by_place:
        case.heading = f"{place}の取組事例:{_short_title(case)}"
    return out


def front_matter(doc: ParsedDocument, lines: list[str], source: str) -> None:
    """The lines before the first case (the title, the issuer, the foreword): the document's own text."""
    for index, line in enumerate(lines):
        stripped = clean(line.replace("\t", " "))
        if _case(stripped):
            break
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))
