"""A committee's opinions tabled a row per thing judged, each year its own pair of columns (「2026年度（令和８年度）」
merged over 評価 │ 意見): the row is numbered by the code of what it judges (番号 │ 対象: Ⅰ for a pillar, Ⅰ-2 for an
item of it). Each year's opinion that is written (not 「－」) is a comment on that code, numbered by the year's place
among the table's years (1, 2 …); the year's judgement (妥当 / 要改善, a pillar's points) stays in the table's row.

The rows stay table rows (the generic reading is unchanged): this adds the comments beside them, so that a question
about the committee's opinions (「マイナンバーカードに触れている委員会意見」) reads each year's opinion as one. Read by
the header's shape — a code column, two or more year columns of one opinion word — never by the document's words."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# 「Ⅱ」「Ⅱ-3」「2-1-3」 (NFKC: Ⅱ reads II): a pillar's mark or an item's code.
_CODE = re.compile(r"^(?P<init>[IVX]{1,4}|\d{1,2})(?P<rest>(?:-\d{1,2}){0,2})$")
_OPINION_WORD = re.compile(r"(?:意見|コメント|所見)$")
_DASHES = {"-", "－", "―", "‐", "ー", "—", ""}


def _year_columns(heads: list[str], word: re.Pattern) -> dict[int, str]:
    """The columns a year heads and the word ends (「2026年度(令和8年度)意見」), by fiscal year."""
    out: dict[int, str] = {}
    for h in heads:
        key = "".join(nfkc(h).split())
        years = find_years(key)
        if years and word.search(key) and years[0].start == 0:
            out.setdefault(years[0].fiscal_year, h)
    return out


def yearly_comments(members: list[Record], heads: list[str]) -> list[Record]:
    """The comments of a table of yearly opinions, or [] when the table is not one."""
    opinions = _year_columns(heads, _OPINION_WORD)
    if len(opinions) < 2:
        return []
    code_head = next((h for h in heads if re.sub(r"\s", "", nfkc(h)) in ("番号", "No.", "No", "項番")), "")
    if not code_head:
        return []
    coded = [(r, _CODE.match("".join(nfkc(str(r.fields["cells"].get(code_head) or "")).split()))) for r in members]
    if sum(1 for _, m in coded if m) < max(2, len(coded) // 2 + 1):
        return []
    out: list[Record] = []
    order = sorted(opinions)
    for r, m in coded:
        if m is None:
            continue
        cells = r.fields["cells"]
        code = m.group(0)
        for n, fy in enumerate(order, 1):
            text = str(cells.get(opinions[fy]) or "").strip()
            if nfkc(text) in _DASHES:
                continue
            fields = {"initiative": m.group("init"), "n": n, "text": text, "member": "", "member_role": "",
                      "practice": code if m.group("rest") else "", "about": "practice" if m.group("rest") else "initiative"}
            out.append(Record("comment", f"{code}-{n}", fields, r.source, r.line, r.end_line))
    return out
