"""Case studies headed by the place itself over a table of their facts (a web page of <article>s): a heading
「高森台市（茨城県）」 — the municipality, its prefecture in brackets — then a two-column table 「項目 │ 内容」 whose rows
label the case's facts (取組名, 開始年 「2020年」, 効果額（万円） 「1,200」, 削減時間 「1,800時間」 or 「―」), then a paragraph
saying what was done.

Each case is the loader's _Case, its heading worded as the ★/〈…〉 layout's (「茨城県高森台市の取組事例:窓口予約システムの
導入」); the year it began is its start_year as printed; every other fact row is kept as a line of its effects with the
unit its label brackets written after the figure (「効果額 1,200万円」), so that the figures are read from the text as
any case's are (query/text_figures.py); a fact printed 「―」 is left out (none is stated). Known by its shape: two
place headings or more, each over a 項目 │ 内容 table."""
from __future__ import annotations

import re

from assistant.kinds.case_studies.placed import _head
from assistant.model import ParsedDocument, Passage
from assistant.text.normalize import clean, nfkc

_TABLE_HEADS = (("項目", "内容"), ("項目", "詳細"), ("区分", "内容"))
_TITLE_LABELS = ("取組名", "事例名", "取組", "取組名称")
_START_LABELS = ("開始年", "開始年度", "開始時期", "取組開始", "導入年", "導入年度")
# 「効果額（万円）」: a label with its unit in brackets.
_UNIT_LABEL_RE = re.compile(r"^(?P<label>[^（(]+?)\s*[（(]\s*(?P<unit>[^）)]{1,4})\s*[）)]$")
_NONE = ("―", "－", "-", "—", "ー", "なし", "")


def _table_under(lines: list[str], start: int) -> int:
    """0-based line of the 項目 │ 内容 header within three lines under a heading, -1 if none."""
    for i in range(start + 1, min(start + 4, len(lines))):
        cells = tuple(clean(c) for c in lines[i].split("\t"))
        if cells in _TABLE_HEADS:
            return i
    return -1


def detect(text: str) -> bool:
    lines = text.splitlines()
    heads = [i for i, line in enumerate(lines) if "\t" not in line and _head(clean(line))]
    return len(heads) >= 2 and all(_table_under(lines, i) >= 0 for i in heads)


def cases(lines: list[str], case_type) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    heads = [i for i, line in enumerate(lines) if "\t" not in line and _head(clean(line))]
    for k, at in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        head = _head(clean(lines[at]))
        place = f"{head.group(2)}{head.group(1)}"
        case = case_type(line=at + 1, heading=place)
        case.end_line = at + 1
        table = _table_under(lines, at)
        for i in range(table + 1, end):
            line = lines[i]
            if not line.strip():
                continue
            case.end_line = i + 1
            if "\t" not in line:
                case.summary.append((i + 1, clean(line)))
                continue
            cells = [clean(c) for c in line.split("\t")]
            if len(cells) < 2:
                continue
            label, value = re.sub(r"\s+", "", nfkc(cells[0])), cells[1]
            case.tables.append((i + 1, f"{cells[0]}: {value}"))
            if label in _TITLE_LABELS:
                case.topic = value
                case.heading = f"{place}の取組事例:{value}"
            elif label in _START_LABELS:
                case.start_year = value
            elif nfkc(value).strip() not in _NONE:
                unit = _UNIT_LABEL_RE.match(cells[0])
                said = f"{clean(unit.group('label'))} {value}{unit.group('unit')}" if unit and re.fullmatch(r"[\d,.]+", nfkc(value)) \
                    else f"{cells[0]} {value}"
                case.parts["effects"].append((i + 1, said))
        out.append((str(len(out) + 1), case))
    return out


def front_matter(doc: ParsedDocument, lines: list[str], source: str) -> None:
    for index, line in enumerate(lines):
        stripped = clean(line.replace("\t", " "))
        if _head(stripped):
            break
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))
