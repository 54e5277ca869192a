"""A review body's opinion printed in a column of a table of items (審査会の評価結果: 番号 │ 名称 │ 評点 … │ 判定 │
審査会の附帯意見; 外部評価: No. │ 事業名 │ 評価 │ 委員会意見): each row's opinion is that body's comment on the item the
row names by its code (H-101, A-3, 12), so a question about what the body said (「附帯意見で終期に触れているもの」)
reads the opinions as comments, while the row stays a table row for its figures and grades.

The layout is known by its shape alone: a table whose header names an opinion (意見・所見・コメント・講評; an audit's
指摘事項 is a finding, no opinion), three rows or more, a column whose every row prints a distinct code and, between it
and the opinion, one naming each row's item (a table whose rows are the opinions themselves, 番号 │ 委員の意見 │ …, is
no such layout); a document naming the body that gives the opinion (委員会・審議会・審査会・懇話会・協議会・会議, or
the opinion's own header 「審査会の附帯意見」). An empty or dashed cell (「－」「なし」) is no opinion. Each comment keeps the item's code as printed (its key 「H-101-1」).
"""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc, no_spaces

_OPINION_HEAD = re.compile(r"意見|所見|コメント|講評")
_BODY = re.compile(r"委員会?|審議会|審査会|懇話会|懇談会|協議会|会議|評価会")
# An item's code: letters then digits, maybe hyphenated (H-101, A3, 1-2, No.12 read as 12).
_CODE = re.compile(r"^(?:[A-Za-z]{1,3}[-－‐]?)?\d{1,4}(?:[-－‐]\d{1,3}){0,2}$")
_NO_OPINION = re.compile(r"^(?:[-－―ー‐—–]+|なし|特になし|無し|該当なし)$")
_MIN_ROWS = 3
# A column saying whose opinion a row is, or what it is on: a table of opinions, not of items.
_OF_A_MEMBER = re.compile(r"^(?:委員(?:名|氏名|区分)?|発言者|意見者|(?:関連|対象|該当)(?:項目|番号)?)$")


def opinion_comments(text: str, source: str, rows: list[Record]) -> list[Record]:
    """Comment records of the opinions a table's column holds (none where no table is of that layout)."""
    if not _OPINION_HEAD.search(text):
        return []
    tables: dict[tuple[str, str], list[Record]] = {}
    for r in rows:
        cells = r.fields.get("cells") or {}
        head = next((h for h in cells if _OPINION_HEAD.search(no_spaces(nfkc(h)))), None)
        if head is None:
            continue
        tables.setdefault((str(r.fields.get("table") or ""), head), []).append(r)
    out: list[Record] = []
    seen: set[str] = set()
    for (_, head), members in tables.items():
        if len(members) < _MIN_ROWS or not (_BODY.search(no_spaces(nfkc(head))) or _BODY.search(text)):
            continue
        if any(_OF_A_MEMBER.match(no_spaces(nfkc(h))) for h in members[0].fields["cells"] if h != head):
            continue  # (番号 │ 委員区分 │ 関連 │ 意見要旨: the rows are members' opinions on what 関連 names, no items)
        code_col = _code_column(members, head)
        if code_col is None or not _named_before(members, code_col, head):
            continue
        for r in members:
            cells = r.fields["cells"]
            opinion = clean(str(cells.get(head) or ""))
            if not opinion or _NO_OPINION.match(no_spaces(nfkc(opinion))):
                continue
            code = nfkc(str(cells[code_col])).strip().replace("‐", "-")
            key = f"{code}-1"
            if key in seen:
                continue
            seen.add(key)
            out.append(Record("comment", key, {"initiative": code, "n": "1", "text": opinion}, source, r.line,
                              r.end_line))
    return out


def _code_column(members: list[Record], opinion: str) -> str | None:
    """The first column (left to right) whose every row prints a distinct code."""
    heads: list[str] = []
    for r in members:
        for h in r.fields["cells"]:
            if h not in heads and h != opinion:
                heads.append(h)
    for h in heads:
        values = [nfkc(str(r.fields["cells"].get(h) or "")).strip() for r in members]
        if all(_CODE.match(v) for v in values) and len(set(values)) == len(values) \
                and (any(not v.isdigit() for v in values) or _numbered(h)):
            return h
    return None


def _named_before(members: list[Record], code: str, opinion: str) -> bool:
    """A column naming each row's item (distinct words, no figures) printed between the code and the opinion: the rows
    are items the opinion is of. (「番号 │ 委員の意見 │ 関連取組 │ 対応区分」 is a table of opinions themselves, each
    row one opinion: no item's comment.)"""
    heads = max((list(r.fields["cells"]) for r in members), key=len)
    if code not in heads or opinion not in heads:
        return False
    between = heads[heads.index(code) + 1:heads.index(opinion)]
    for h in between:
        values = [nfkc(str(r.fields["cells"].get(h) or "")).strip() for r in members]
        if all(v and not re.fullmatch(r"[\d,.\s%％▲△-]+", v) for v in values) and len(set(values)) == len(values):
            return True
    return False


def _numbered(head: str) -> bool:
    """A header naming a numbering column (番号, No., コード): bare numbers there are codes too."""
    return bool(re.search(r"番号|No\.?|NO\.?|ＮＯ|コード|^#$", nfkc(head)))
