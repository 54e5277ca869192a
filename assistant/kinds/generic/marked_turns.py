"""Minutes whose members' opinions are paragraphs opening with the member in brackets (「【委員A】指-18（デイサービス
センター）は…」「【山田委員】…」), naming the records they are on by code (指-18, A-02), maybe each followed by the
secretariat's reply (「（事務局）…」), with the members listed in a table of their own (記号 | 氏名 | 選出区分 | 役職):
each opinion is a comment of its member on every record it names, keyed 「<code>-<k>」 (k counts the opinions on the
record), so that questions about who said what on which record (「光熱費について委員から意見が出た施設」「社労士の委員が
意見を言った施設」「委員長が意見を述べた施設」) read them as comments of those codes.

Read by the layout alone: two or more such paragraphs naming a code — letters or a short word, a hyphen, a number
(指-08, F-03). A paragraph naming no code is no comment. The member is kept as printed (委員A); the member's role is
what the members' table says of that member beyond the name (選出区分 and 役職 joined, 「－」 left out)."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

# 「【委員A】」「【A委員】」「【山田委員】」「【委員長】」: a member's turn (NFKC)
_TURN = re.compile(r"^\s*【\s*(?P<who>[^【】]{0,10}?(?:委員|会長|座長)(?:[^【】()]{0,3}?|\s*\([^()【】]{1,20}\)))\s*】\s*(?P<text>\S.*)$")
# A record's code: letters or a short word, a hyphen, a number (「指-08」「F-03」), no longer code's part
_CODE = re.compile(r"(?<![A-Za-z0-9一-龥ァ-ヶ\-])([A-Za-z]{1,3}|[一-龥]{1,2})-(\d{1,4})(?![\d\-])")
_NAME_HEADS = ("氏名", "名前", "委員名", "氏 名")
_BLANK = {"", "－", "-", "―", "ー", "—", "−"}
_MIN_TURNS = 2


# 「施策3-3の…」: a plan's measure by the word the plan calls it and its number (digits joined by a hyphen), the number
# its code
_MEASURE = re.compile(r"(?:施策|取組|事業|項目)\s*(\d{1,2}-\d{1,2}(?:-\d{1,2})?)(?![\d\-])")
# 「【委員（交通事業者）】」: a member named only by the body the member is from, in brackets after the title
_AFFILIATED = re.compile(r"^(?:副?委員長|副?会長|委員)\s*[(（](?P<role>[^()（）]{1,20})[)）]$")


# 「ＫＰＩ１－３－２の観光消費額は…」: an indicator by its number (digits joined by hyphens), the number its code
_INDICATOR = re.compile(r"(?<![A-Za-z])KPI\s*(?:No\.?|番号)?\s*(\d{1,2}(?:-\d{1,3}){1,3})(?![\d\-])", re.IGNORECASE)


_TITLES = ("委員長", "副委員長", "会長", "副会長", "座長", "副座長")


def _codes(text: str) -> list[str]:
    said = nfkc(text).replace("‐", "-").replace("－", "-").replace("−", "-")
    found = sorted([(m.start(), f"{m.group(1)}-{m.group(2)}") for m in _CODE.finditer(said)]
                   + [(m.start(), m.group(1)) for m in _MEASURE.finditer(said)]
                   + [(m.start(), m.group(1)) for m in _INDICATOR.finditer(said)])
    out: list[str] = []
    for _, code in found:
        if code not in out:
            out.append(code)
    # (「ＫＰＩ３－１－１の…施策３－１の評価が…」: a measure named with an indicator of its own in the same remark is
    # named as the indicator's place — the remark is on the indicator, not on the measure as a whole)
    return [c for c in out if not any(o.startswith(c + "-") for o in out if o != c and "-" in c)]


def _roles(lines: list[str], marks: set[str]) -> dict[str, str]:
    """Each member mark's role, from a table (tab-separated lines) with a row per member whose first cells
    hold the mark: the row's other cells, the name's column and blanks left out."""
    out: dict[str, str] = {}
    header: list[str] = []
    for raw in lines:
        if "\t" not in raw:
            header = []
            continue
        cells = [clean(c).strip() for c in raw.split("\t")]
        key = "".join(nfkc(cells[0]).split()) if cells else ""
        if key not in marks:
            header = cells
            continue
        names = {j for j, h in enumerate(header) if "".join(nfkc(h).split()) in _NAME_HEADS}
        role = " ".join(c for j, c in enumerate(cells[1:], 1) if j not in names and nfkc(c).strip() not in _BLANK)
        out.setdefault(key, role)
    return out


def marked_turn_comments(lines: list[str], source: str) -> list[Record]:
    """Comment records of the members' bracketed turns naming a code (none where fewer than two turns do)."""
    turns: list[tuple[int, str, str, list[str]]] = []
    for i, raw in enumerate(lines):
        line = clean(raw).strip()
        m = _TURN.match(nfkc(line)) if line.startswith("【") else None
        if m is None:
            continue
        codes = _codes(m.group("text"))
        if codes:
            turns.append((i + 1, "".join(m.group("who").split()), line[line.index("】") + 1:].strip(), codes))
    if len(turns) < _MIN_TURNS:
        return []
    roles = _roles(lines, {who for _, who, _, _ in turns})
    out: list[Record] = []
    seen: dict[str, int] = {}
    for line_no, who, text, codes in turns:
        affiliated = _AFFILIATED.match(who)
        for code in codes:
            seen[code] = seen.get(code, 0) + 1
            fields = {"initiative": code, "n": seen[code], "text": text, "member": who,
                      "member_role": roles.get(who, "") or (affiliated.group("role") if affiliated else "")
                      # (「【委員長】」: a member named by the title alone holds it)
                      or (who if who in _TITLES else ""),
                      "practice": "", "target_word": "", "about": "item"}
            out.append(Record("comment", f"{code}-{seen[code]}", fields, source, line_no, line_no))
    return out
