"""The measure a caption names for a table of one figure per year (「推進項目別 財政効果額（単位：千円）」 over
番号 | 推進項目 | Ｒ６ | Ｒ７ | 累計): the year-only columns are that measure's figures of each year."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「推進項目別 財政効果額（単位：千円）」「曜日・時間帯別の待ち時間」: the words after 別 (or ごと), a unit aside dropped.
# (「類型別関連経費の実績（単位：百万円）」: what the figures are of the measure, 実績 or 推移, said after の, is no part of it)
_AFTER_BY = compiled(r"(?:別|ごと)の?\s*((?:(?![とやの及])[一-龥ぁ-んァ-ヶー]){2,8})(?:の(?P<tail>実績|推移|状況|見込み?|計画|予定))?"
                     r"\s*(?:[(（][^()（）]*[)）])?\s*$")


def caption_measure(caption: str) -> str:
    """The measure the caption names after 別, keyed as columns' forms are; "" when it names none."""
    m = _AFTER_BY.search(nfkc(caption or "").strip())
    return _key(m.group(1)) if m else ""


def _measure_tail(caption: str) -> str:
    """What the caption says the measure's figures are (実績 of 「…関連経費の実績」); "" when it says nothing."""
    m = _AFTER_BY.search(nfkc(caption or "").strip())
    return (m.group("tail") or "") if m else ""


def year_columns_named(columns: list, caption: str) -> list:
    """Year-only numeric columns (base "") given the caption's measure as their base and a form: 「令和７年度の
    財政効果額」 then names the Ｒ７ column. Only where the caption's measure is no other column's word, and
    at least two columns are of years (a series of one figure, not a table of several measures), and the caption
    prints the figures' unit."""
    # (only a caption printing the figures' unit, 「（単位：千円）」, says what every figure is; a sheet's title 「柱別評価点」
    # names the sheet, and 「柱別の評価点で」 is read as that name — made123)
    # (and only an amount of money, 「…額（単位：千円）」: a count captioned 「区分別の公益通報件数（単位：件）」 is read by
    # the rows' own words, 「通報が一番多かった区分」 — made90)
    if not re.search(r"単位\s*[:：]\s*(?:円|千円|万円|百万円|億円)", nfkc(caption or "")):
        return columns
    measure = caption_measure(caption)
    yearly = [c for c in columns if c.numeric and c.year is not None and not c.base]
    if not measure or len(yearly) < 2 or any(measure in c.forms or c.base == measure for c in columns):
        return columns
    tail = _measure_tail(caption)
    said = (f"{measure}の{tail}", f"{measure}{tail}", measure) if tail else (measure,)
    return [replace(c, base=measure, forms=(*c.forms, *said)) if c in yearly else c for c in columns]
