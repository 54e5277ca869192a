"""Loader for 総務省「地方公共団体における行政改革の取組」: case studies under ★ topic headings.

Shape of the document: a table of contents of ★ topics (with page numbers), then per topic a
★ heading, a few summary bullets, and one or more cases. A case starts at a 〈…〉 heading naming
the prefectures/municipalities, and has 【取組】 (measures) and usually 【効果】 (effects)
sections, with Markdown tables (cells may hold HTML) in between.

Conversion lost some ★ headings. A topic's summary bullets that appear after a case's content
and lead straight into the next case (〈…〉 or an un-headed 【取組】) mark such a lost heading: the
case then takes the next topic of the table of contents (`topic_source` = "toc").

`places` lists every prefecture and municipality in the 〈…〉 heading, the prefecture as its own
entry and each municipality as a bare name: 〈和歌山県みなべ町・日高川町・白浜町・串本町〉 →
["和歌山県", "みなべ町", "日高川町", "白浜町", "串本町"]. A 郡 is neither and is left out (it
stays in the title). Markdown markup (list dashes, **bold**) and HTML tags are removed from
the stored text; table rows become passages "列名: 値 / …" (field "table").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.errors import DocumentError
from assistant.kinds.case_studies import headed, labelled, numbered, outlined, placed, placed_tables, rows
from assistant.kinds.text_blocks import csv_as_tabs, labelled_cells, pipe_cells
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, notation_key

KIND = "case_studies"
RECORD_KIND = "case_study"


PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)

_TOC_ENTRY_RE = re.compile(r"^★(.+?)\s*P\s*\d+(?:\s*[,，、]\s*\d+)*\s*$")
_CASE_HEADING_RE = re.compile(r"^〈(.+)〉$")
_INTRO_BULLET_RE = re.compile(r"^-\s+(?![・･①-⑳▶✓\-])")
_LIST_MARK_RE = re.compile(r"^(?:[-*+]\s+)+")
_TAG_RE = re.compile(r"<[^>]*>")
_MUNICIPALITY_RE = re.compile(r"^(?:.+?郡)?(.+?[市町村区])$")
_DISTRICT_RE = re.compile(r"^(.+?郡)")
_OTHER_PREFECTURE_RE = re.compile(r"^([一-龥]{2,3}[県府])(?=[一-龥ぁ-んァ-ヶー]{1,10}[市町村区]$)")


def detect(text: str) -> bool:
    head = text[:200000]
    # The shipped edition's layout first: four substring tests, where each layout below reads every line
    # (a document of another kind goes through all of them; this one need not).
    if "【取組】" in head and "★" in head and "〈" in head and ("取組事例" in head or "【効果】" in head):
        return True
    if "【取組】" in head and "取組事例" in head and numbered.detect(head):
        return True  # numbered cases under ■ topics (numbered.py)
    if rows.detect(head) or ("," in head and rows.detect(csv_as_tabs(head))):
        return True  # one case a row of a table (rows.py), also saved as CSV
    if outlined.detect(head, parse_places):
        return True  # cases under numbered outline headings (outlined.py)
    if placed.detect(head):
        return True  # cases headed by their place 「A市（B県）」 (placed.py)
    if placed_tables.detect(head):
        return True  # cases headed by their place over a 項目 │ 内容 table (placed_tables.py)
    if labelled.detect(head, parse_places):
        return True  # 【事例N】 headings with labelled parts naming the places (labelled.py)
    return headed.detect(head, parse_places)  # ■ title headings over 所在地・人口・取組年度 lines (headed.py)


@dataclass
class _Case:
    line: int
    heading: str = ""
    topic: str = ""
    topic_source: str = "body"
    summary: list[tuple[int, str]] = field(default_factory=list)
    parts: dict[str, list[tuple[int, str]]] = field(
        default_factory=lambda: {"details": [], "measures": [], "effects": []}
    )
    tables: list[tuple[int, str]] = field(default_factory=list)
    part: str = "details"
    end_line: int = 0
    notes: list[str] = field(default_factory=list)
    start_year: str = ""  # the year it began as printed (2021年度), where the collection prints one
    started: str = ""  # when it began as printed, where that is a month (令和4年10月): its fiscal year is start_year
    target_count: int | None = None  # how many people it is for, where its text says (対象は…1,860人である)
    population: int | None = None  # the municipality's population, where the collection prints it (人口：約12万人)
    facts: list[tuple[int, str]] = field(default_factory=list)  # labelled lines printed with it (人口：…), as passages
    figures: dict[str, int | float] = field(default_factory=dict)  # effect figures a table prints (measured.py)
    related: list[str] = field(default_factory=list)  # the reader's own items it relates to (【本町の関連する重点取組】重点取組1、…)
    area: str = ""  # the field a case's table prints (分野｜デジタル化): its topic, where printed


def parse(text: str, source: str) -> ParsedDocument:
    lines = text.splitlines()
    toc, body_start = _table_of_contents(lines)
    title = next((clean(line) for line in lines if line.strip() and not line.strip().startswith("★")), source)
    if not toc and numbered.detect(text):
        return _parse_numbered(lines, title, source)
    if not toc and rows.detect(text):
        return _parse_rows(lines, title, source)
    if not toc and "," in text and rows.detect(tabbed := csv_as_tabs(text)):
        # a CSV export (quoted cells, commas inside 概要): its header is its first line, no title of its
        # own, so the file's name is the document's
        lines = tabbed.splitlines()
        if rows.find_columns(lines).header == 0:
            title = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", source.rsplit("/", 1)[-1])
        return _parse_rows(lines, title, source)
    if not toc and outlined.detect(text, parse_places):
        return _parse_outlined(lines, title, source)
    if not toc and placed.detect(text):
        return _parse_placed(lines, title, source)
    if not toc and placed_tables.detect(text):
        doc = ParsedDocument(kind=KIND, title=title)
        placed_tables.front_matter(doc, lines, source)
        for number, case in placed_tables.cases(lines, _Case):
            _emit(doc, case, number, source)
        return doc
    if not toc and labelled.detect(text, parse_places):
        return _parse_labelled(lines, title, source)
    if not toc and headed.detect(text, parse_places):
        doc = ParsedDocument(kind=KIND, title=title)
        headed.front_matter(doc, lines, source)
        for number, case in headed.cases(lines, _Case, parse_places):
            _emit(doc, case, number, source)
            if case.heading and "団体名の記載なし" not in case.notes and headed.placed_in_heading(case):
                # (a collection of cases headed by their places, 「他自治体における指定管理者制度の好事例集」: each case
                # is one of what its title says, so its words are the case's too)
                doc.passages.append(Passage(f"{RECORD_KIND}:{number}", "summary", title, source, 1))
        return doc
    cases = _cases(lines, toc, body_start)
    if not cases:
        raise DocumentError(source, "事例（〈…〉見出しまたは【取組】）が見つかりません")

    doc = ParsedDocument(kind=KIND, title=title)
    _front_matter(doc, lines, source)
    for number, case in enumerate(cases, start=1):
        _emit(doc, case, number, source)
    return doc


def _parse_numbered(lines: list[str], title: str, source: str) -> ParsedDocument:
    """Numbered cases under ■ topics (numbered.py): each kept under its printed number."""
    found = numbered.cases(lines, _Case, parse_places)
    if not found:
        raise DocumentError(source, "事例（「事例1 …」見出し）が見つかりません")
    doc = ParsedDocument(kind=KIND, title=title)
    numbered.front_matter(doc, lines, source)
    for number, case in found:
        _emit(doc, case, int(number), source)
    return doc


def _parse_rows(lines: list[str], title: str, source: str) -> ParsedDocument:
    """One case a row of a table (rows.py): each kept under its printed number."""
    doc = ParsedDocument(kind=KIND, title=title)
    rows.front_matter(doc, lines, source)
    for number, case in rows.cases(lines, _Case):
        _emit(doc, case, number, source)
    return doc


def _parse_outlined(lines: list[str], title: str, source: str) -> ParsedDocument:
    """Cases under numbered outline headings (outlined.py): each kept under its printed number (1.2)."""
    doc = ParsedDocument(kind=KIND, title=title)
    outlined.front_matter(doc, lines, source, parse_places)
    for number, case in outlined.cases(lines, _Case, parse_places):
        _emit(doc, case, number, source)
    return doc


def _parse_placed(lines: list[str], title: str, source: str) -> ParsedDocument:
    """Cases headed by their place (placed.py): numbered in the order the collection prints them."""
    doc = ParsedDocument(kind=KIND, title=title)
    placed.front_matter(doc, lines, source)
    for number, case in placed.cases(lines, _Case):
        _emit(doc, case, number, source)
    return doc


def _parse_labelled(lines: list[str], title: str, source: str) -> ParsedDocument:
    """【事例N】 headings with labelled parts (labelled.py): each kept under its printed number."""
    doc = ParsedDocument(kind=KIND, title=title)
    labelled.front_matter(doc, lines, source)
    for number, case in labelled.cases(lines, _Case, parse_places):
        _emit(doc, case, int(number), source)
    return doc


def _front_matter(doc: ParsedDocument, lines: list[str], source: str) -> None:
    """The lines before the contents (the title, 「(平成29年3月30日公表)」): the document's own text,
    searchable as its passages (key doc:<source>, as the other kinds' running text)."""
    for index, line in enumerate(lines):
        stripped = clean(line)
        if stripped.startswith("★") or re.fullmatch(r"目\s*次", stripped):
            break
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))


def _table_of_contents(lines: list[str]) -> tuple[list[str], int]:
    """★ topics listed with page numbers, and the index of the first body line after them."""
    toc: list[str] = []
    end = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        match = _TOC_ENTRY_RE.match(stripped)
        if match:
            toc.append(clean(match.group(1)))
            end = index + 1
        elif stripped.startswith("★") and toc:
            break
    return toc, end


def _toc_index(topic: str, toc: list[str], current: int) -> int:
    """Position of a body ★ topic in the table of contents (the next one if it is not listed)."""
    key = notation_key(topic)
    for index, entry in enumerate(toc):
        if notation_key(entry) == key:
            return index
    # Body headings may be longer than the contents entry ("公共施設等総合管理計画に基づく
    # 公共施設マネジメント" under "公共施設マネジメント"); prefer entries at or after the current one.
    candidates = [i for i, entry in enumerate(toc) if notation_key(entry) in key or key in notation_key(entry)]
    later = [i for i in candidates if i >= current]
    if later:
        return later[0]
    if candidates:
        return candidates[-1]
    return min(current + 1, len(toc) - 1) if toc else -1


def _next_meaningful(lines: list[str], start: int) -> int:
    index = start
    while index < len(lines) and not lines[index].strip().replace("\u3000", ""):
        index += 1
    return index


def _starts_case(stripped: str) -> bool:
    return bool(_CASE_HEADING_RE.match(stripped)) or stripped == "【取組】"


def _is_lost_section_intro(lines: list[str], index: int) -> bool:
    """Summary bullets (one or more '- …' lines) followed directly by the start of a case."""
    cursor = index
    while cursor < len(lines) and _INTRO_BULLET_RE.match(lines[cursor].strip()):
        cursor = _next_meaningful(lines, cursor + 1)
    return cursor > index and cursor < len(lines) and _starts_case(lines[cursor].strip())


def _cases(lines: list[str], toc: list[str], body_start: int) -> list[_Case]:
    cases: list[_Case] = []
    topic = ""
    topic_source = "body"
    toc_position = -1
    summary: list[tuple[int, str]] = []
    current: _Case | None = None
    in_section_intro = True  # right after a ★ heading: bullets are the topic's summary
    index = body_start
    while index < len(lines):
        raw = lines[index]
        stripped = raw.strip().replace("\u3000", " ").strip()
        line_no = index + 1
        if not stripped:
            index += 1
            continue
        if stripped.startswith("★"):
            current = None
            topic = clean(stripped[1:])
            topic_source = "body"
            toc_position = _toc_index(topic, toc, toc_position)
            summary = []
            in_section_intro = True
        elif current is not None and not in_section_intro and _INTRO_BULLET_RE.match(stripped) \
                and _is_lost_section_intro(lines, index):
            # A topic whose ★ heading the conversion lost: take the next contents entry.
            current = None
            if toc and toc_position + 1 < len(toc):
                toc_position += 1
                topic = toc[toc_position]
                topic_source = "toc"
            summary = [(line_no, _clean_line(stripped))]
            in_section_intro = True
        elif _CASE_HEADING_RE.match(stripped):
            current = _Case(line=line_no, heading=clean(_CASE_HEADING_RE.match(stripped).group(1)),
                            topic=topic, topic_source=topic_source, summary=list(summary))
            cases.append(current)
            in_section_intro = False
        elif stripped == "【取組】" and (current is None or current.parts["measures"] or current.part != "details"):
            # 【取組】 with no 〈…〉 heading of its own: a case whose heading is missing.
            current = _Case(line=line_no, topic=topic, topic_source=topic_source, summary=list(summary))
            current.part = "measures"
            current.notes.append("事例見出し（〈…〉）がないため、テーマ名を事例名とした")
            cases.append(current)
            in_section_intro = False
        elif current is None:
            if stripped.startswith("|"):
                index = _skip_table(lines, index)
                continue
            summary.append((line_no, _clean_line(stripped)))
        elif stripped == "【取組】":
            current.part = "measures"
            current.end_line = line_no
        elif stripped == "【効果】":
            current.part = "effects"
            current.end_line = line_no
        elif stripped.startswith("|"):
            end = _skip_table(lines, index)
            current.tables.extend(_table_rows(lines, index, end))
            current.end_line = end
            index = end
            continue
        else:
            text = _clean_line(stripped)
            if current.part == "measures" and not current.parts["effects"] and _is_effects_label(text):
                current.part = "effects"  # 「…による効果」: an effects section without 【効果】
            if text:
                current.parts[current.part].append((line_no, text))
                current.end_line = line_no
        index += 1
    return cases


def _is_effects_label(text: str) -> bool:
    return len(text) <= 40 and text.endswith("効果") and "。" not in text


def _skip_table(lines: list[str], index: int) -> int:
    while index < len(lines) and lines[index].strip().startswith("|"):
        index += 1
    return index


def _split_row(line: str) -> list[str]:
    return [clean(_TAG_RE.sub(" ", cell)) for cell in pipe_cells(line)]


def _table_rows(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """Markdown table → one text per data row, each cell prefixed with its column header."""
    rows = [(index + 1, _split_row(lines[index])) for index in range(start, end)]
    rows = [(n, cells) for n, cells in rows if not all(re.fullmatch(r":?-*:?", c) for c in cells)]
    if not rows:
        return []
    header_line, header = rows[0]
    header_text = " / ".join(c for c in header if c)
    out: list[tuple[int, str]] = [(header_line, header_text)] if header_text else []
    for line_no, cells in rows[1:]:
        parts = labelled_cells(header, cells)
        if parts:
            out.append((line_no, " / ".join(parts)))
    return out


def _clean_line(text: str) -> str:
    text = _LIST_MARK_RE.sub("", text.strip())
    text = _TAG_RE.sub(" ", text.replace("**", ""))
    return clean(text)


def parse_heading(heading: str) -> tuple[list[str], str]:
    """〈…〉 content → (places, case title). Title is "" when the heading only names places."""
    inner = clean(heading)
    place_part, title = inner, ""
    match = re.match(r"^(.+?)の取組事例\s*[:：]?\s*(.*)$", inner)
    if match:
        place_part, title = match.group(1), match.group(2)
    elif "/" in inner or "／" in inner:
        title, _, place_part = inner.replace("／", "/").rpartition("/")
    return parse_places(place_part), title.strip()


def parse_places(text: str) -> list[str]:
    """'和歌山県みなべ町・日高川町' → ['和歌山県', 'みなべ町', '日高川町']; '広島県及び広島市' → both."""
    places: list[str] = []
    for part in re.split(r"[・、,，]|及び|および|並びに|と(?=[^\s]{1,6}[都道府県市町村区])", text):
        part = part.strip()
        if not part:
            continue
        for prefecture in PREFECTURES:
            if part.startswith(prefecture):
                places.append(prefecture)
                part = part[len(prefecture):]
                break
        else:
            # A prefecture the list does not hold (a made-up region's 「東山県桜台市」): a short name
            # ending in 県/府 before a municipality's name is one too.
            other = _OTHER_PREFECTURE_RE.match(part)
            if other:
                places.append(other.group(1))
                part = part[len(other.group(1)):]
        if not part or part.startswith("内") or part in ("市町村", "市町", "町村"):
            continue  # 「秋田県内市町村」: the prefecture's municipalities, none named
        district = _DISTRICT_RE.match(part)
        if district and re.fullmatch(r"[0-9一二三四五六七八九十]+[市町村]", part[len(district.group(1)):]):
            places += [part, district.group(1)]  # 「揖斐郡3町」: the district's towns, none named here
            continue
        if district and len(part) > len(district.group(1)):
            part = part[len(district.group(1)):]
        hospital = _OWN_INSTITUTION_RE.match(part)
        if hospital:
            part = hospital.group(1)  # 「霜坂市民病院」「鞍ヶ谷町立病院」: the municipality whose hospital it is
        if _MUNICIPALITY_RE.match(part) and len(part) <= 12:
            places.append(part)
    return list(dict.fromkeys(places))


# 「霜坂市民病院」「朴ノ木町立診療所」: a municipality's own hospital, named after it (the case is the municipality's)
_OWN_INSTITUTION_RE = re.compile(r"^(.{1,8}?[市町村])(?:民|立|営)?(?:総合)?(?:病院|診療所|医療センター)$")


def _emit(doc: ParsedDocument, case: _Case, number: int | str, source: str) -> None:
    code = str(number)
    key = f"{RECORD_KIND}:{code}"
    places, title = parse_heading(case.heading) if case.heading else ([], "")
    if not title:
        title = f"{case.topic}（{case.heading}）" if case.heading else case.topic
    fields = {
        "topic": case.area or case.topic,
        "topic_source": case.topic_source,
        "places": places,
        "title": title,
        "heading": case.heading,
        "summary": "\n".join(text for _, text in case.summary),
        "details": "\n".join(text for _, text in case.parts["details"]),
        "measures": "\n".join(text for _, text in case.parts["measures"]),
        "effects": "\n".join(text for _, text in case.parts["effects"]),
        "notes": list(case.notes),
    }
    if case.start_year:
        fields["start_year"] = case.start_year
    if case.started:
        fields["started"] = case.started
    if case.population is not None:
        fields["population"] = case.population
    if case.target_count is not None:
        fields["target_count"] = case.target_count
    if case.related:
        fields["related_items"] = list(case.related)
        # (and their numbers alone, as a question says them in any word for the items: 「取組項目8」 for 重点取組8)
        fields["related_codes"] = [m.group(0) for r in case.related if (m := re.search(r"\d{1,2}(?:-\d{1,2})*$", r))]
    fields.update(case.figures)
    if not case.parts["effects"]:
        fields["notes"].append("【効果】の記載なし")
    doc.records.append(Record(RECORD_KIND, code, fields, source, case.line, max(case.end_line, case.line)))

    doc.passages.append(Passage(key, "title", case.heading or title, source, case.line))
    if case.topic:
        doc.passages.append(Passage(key, "topic", case.topic, source, case.line))
    for name in ("summary",):
        for line_no, text in case.summary:
            doc.passages.append(Passage(key, name, text, source, line_no))
    for name in ("details", "measures", "effects"):
        for line_no, text in case.parts[name]:
            doc.passages.append(Passage(key, name, text, source, line_no))
    for line_no, text in case.tables:
        doc.passages.append(Passage(key, "table", text, source, line_no))
    for line_no, text in case.facts:
        doc.passages.append(Passage(key, "details", text, source, line_no))
