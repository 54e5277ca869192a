"""Records printed over several rows by merged cells (a 新旧対照表: the new section's code, name and figures
merged down over the two old sections it joins), read into every row they span by the format: the rows after
the first are the same record, counted once, and its code still keys the rows."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_CODE_HEADER = re.compile(r"(?:番号|こーど|code|id|記号|符号)$")
_CODE = re.compile(r"[A-Za-z]{0,3}[-‐]?\d{1,4}(?:[-‐]\d{1,4}){0,2}")
# (「－」: a row no record of the code's side stands for, an abolished section of a 新旧対照表)
_NONE = {"-", "－", "―", "ー", "‐", "–", "—"}


def _text(r: dict, h: str) -> str:
    return nfkc(str(r["cells"].get(h) or "")).strip()


def mark_merged_records(headers: list[str], rows: list[dict]) -> None:
    """A code column whose code repeats on adjacent rows, the repeats agreeing with the row above in every cell
    but the few of the other side (merged down, repeated by the format): the repeats `continue` the row above.
    Only where most codes stand once (repeats are the exception) and the repeats differ somewhere (two rows of
    one record, not a row printed twice)."""
    codes = [h for h in headers if _CODE_HEADER.search(_key(h))]
    for h in codes:
        values = [_text(r, h) for r in rows]
        if len(rows) < 4 or not all(_CODE.fullmatch(v) or v in _NONE for v in values):
            continue
        repeats = [i for i in range(1, len(rows)) if values[i] not in _NONE and values[i] == values[i - 1]]
        if not repeats or len(repeats) * 3 > len(rows) or len({v for v in values if v not in _NONE}) < 3:
            continue
        if any(values[i] in values[:i - 1] for i in repeats):
            continue  # (a code again further down is no merged record)
        others = [x for x in headers if x != h]
        ok = True
        for i in repeats:
            same = [x for x in others if _text(rows[i], x) == _text(rows[i - 1], x) and _text(rows[i], x)]
            if len(same) * 2 < len(others) or len(same) == len(others):
                ok = False
                break
        if not ok:
            continue
        for i in repeats:
            rows[i]["continues"] = True
            rows[i]["merged"] = True  # (this module's, not another reading's continuation: summed_once)
        return


def codes_with_merged(values: list[str], rows: list[dict]) -> list[str] | None:
    """The codes of a column to test as the rows' numbering: those of rows no merged record continues, without
    the dash of a row none stands for (at most one such row). None when nothing was merged."""
    if not any(r.get("continues") for r in rows):
        return None
    own = [nfkc(v).strip() for v, r in zip(values, rows) if not r.get("continues")]
    dashes = [v for v in own if v in _NONE]
    if len(dashes) > 1:
        return None
    return [v for v in own if v not in _NONE]


def differs_in_record(rows: list[dict], header: str) -> bool:
    """Whether a column's value changes within one merged record (the old sections a new one joins): no name of
    the record."""
    return any(r.get("continues") and _text(r, header) != _text(rows[i - 1], header)
               for i, r in enumerate(rows) if i)


def _names(rows: list[dict], headers: list[str]) -> list[str]:
    """Columns naming their rows (旧課, 新課): text, and nearly every value its own."""
    out = []
    for h in headers:
        values = [v for r in rows if (v := _text(r, h)) and v not in _NONE]
        if len(values) * 2 < len(rows) or any(re.fullmatch(r"[\d,.\s]+", v) for v in values):
            continue
        if len(set(values)) * 3 >= len(values) * 2:
            out.append(h)
    return out


def _side(header: str) -> str:
    """The side of a 新旧対照表 a column is under (旧 of 職員数旧 or 旧組織(R7)課), or ''."""
    h = nfkc(header)
    sides = [w for w in ("旧", "新") if w in h]
    return sides[0] if len(sides) == 1 else ""


def summed_once(rows: list[dict], kept: list[dict], header: str) -> list[dict]:
    """The rows whose values of a column a sum adds, over a table holding merged records: a value merged over
    several rows belongs to one record and is added once — the old 税務課's 30 merged over the two new rows of its
    分割 (K-08, K-09), the new 15 of a 統合 — and a column whose value changes within a merged record (旧課 of a
    統合: 企画課 and 広報広聴課) adds each of its rows. Tables with no merged record: the rows kept as they are."""
    if not any(r.get("merged") for r in rows):
        return kept
    ids = {id(r) for r in kept}
    own = differs_in_record(rows, header)
    taken: list[dict] = []
    for i, r in enumerate(rows):
        if id(r) not in ids and not (own and r.get("continues") and taken and taken[-1] is rows[i - 1]):
            continue
        taken.append(r)
    side = _side(header)
    headers = list(rows[0]["cells"]) if rows else []
    # (the name of the value's own side: 旧課 for 職員数旧; two new rows' equal figures are two records' own)
    names = [h for h in _names(rows, headers) if h != header and side and _side(h) == side]
    out: list[dict] = []
    for r in taken:
        prev = out[-1] if out else None
        if names and prev is not None and not r.get("continues") and rows.index(prev) == rows.index(r) - 1 \
                and _text(r, header) \
                and _text(r, header) == _text(prev, header) \
                and any(_text(r, h) and _text(r, h) not in _NONE and _text(r, h) == _text(prev, h) for h in names):
            continue  # (the same value, merged over two rows of one named thing)
        out.append(r)
    return out
