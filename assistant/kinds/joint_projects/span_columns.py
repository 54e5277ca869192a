"""Columns of a joint-projects table beside its members: 終了 (a year, or 「継続」 while it goes on), a 事業区分
of a few short values (ハード/ソフト), and the publishing body's own share of one year (本市負担額（2025年度・千円）).

Found by their headings, never by a document's words or years. 開始 is read by marks.py; with 終了 the record
holds a period (start_year, end_year; end_year '' while the project goes on), asked as a period is
(「令和5年度の時点で実施されていた」「もう終わっている」「まだ続いてる」).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import year_label

_END_HEADINGS = ("終了", "終了年度", "終了時期", "完了年度", "終期")
# A cell saying the project goes on: no end year.
_GOING_ON_RE = re.compile(r"^(?:継続|継続中|実施中|未定|―|－|-|—)?$")
# 「事業区分」「区分」「種別」「事業種別」: a category column, kept when its values are few short words.
_CATEGORY_RE = re.compile(r"^(?:事業)?(?:区分|種別|類型)$")
# 「本市負担額（2025年度・千円）」「市負担額(R7)」「負担額（令和7年度）」: one year's share, in the unit the brackets say.
# (a prefecture's page: 「県の負担（千円）」, its own share said with の and no 額)
_SHARE_RE = re.compile(r"^(?P<who>本市|本町|本村|当市|市|町|村|本県|県|都|道|府)?\s*(?:(?<=[県都道府市町村])の)?\s*負担(?:額|金|分)?\s*[(（](?P<inside>[^()（）]*)[)）]\s*$")
_YEAR_RE = re.compile(r"(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?|[RH]\s*\d{1,2}")
_UNIT_RE = re.compile(r"千円|百万円|万円|円")
_DASHES = {"―", "－", "-", "—", "ー", "‐", ""}


@dataclass
class SpanColumns:
    end: int = -1
    category: int = -1
    share: int = -1
    share_year: str = ""
    share_unit: str = ""


def find(headings: list[str], rows: list[list[str]]) -> SpanColumns:
    """The columns among `headings` this module reads; -1 where none is."""
    out = SpanColumns()
    for i, cell in enumerate(headings):
        text = "".join(nfkc(cell).split())
        if text in _END_HEADINGS and out.end < 0:
            out.end = i
        elif _CATEGORY_RE.match(text) and out.category < 0:
            values = {r[i].strip() for r in rows if i < len(r) and r[i].strip()}
            if 0 < len(values) <= 6 and all(len(v) <= 8 for v in values):
                out.category = i
        elif out.share < 0:
            match = _SHARE_RE.match(text)
            if match:
                out.share = i
                year = _YEAR_RE.search(match.group("inside"))
                out.share_year = (year_label(re.sub(r"\s+", "", year.group(0))) or "") if year else ""
                unit = _UNIT_RE.search(match.group("inside"))
                out.share_unit = unit.group(0) if unit else ""
    return out


def _number(printed: str) -> int | float | None:
    text = nfkc(printed).replace(",", "").strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return None


def read_into(fields: dict[str, object], cells: list[str], found: SpanColumns) -> None:
    def cell(i: int) -> str:
        return clean(cells[i]) if 0 <= i < len(cells) else ""

    if found.end >= 0:
        printed = nfkc(cell(found.end)).replace(" ", "")
        label = year_label(printed)
        if label:
            fields["end_year"] = label
        elif _GOING_ON_RE.match(printed):
            fields["end_year"] = ""  # (going on: a period open at its end)
        else:
            fields["end_year"] = printed
    if found.category >= 0:
        fields["category"] = cell(found.category)
    if found.share >= 0:
        printed = cell(found.share)
        # (「―」: no share that year, None — never 0)
        fields["own_share"] = None if printed.strip() in _DASHES else _number(printed)
        fields["own_share_year"] = found.share_year
        fields["own_share_unit"] = found.share_unit
