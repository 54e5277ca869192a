"""Amounts a progress sheet prints in its yearly entries asked without a word before 額 (「…、R4は何円集まった？」
「…の寄附、2022年度いくら？」 then 「前の年は？」), after 合計 said beside another noun (「R4の合計収入何千円？」),
with the amount's word before the year (「売却額、R5は何千円？」) and as the change between two years
(「R5はR4に比べて何円減った？」「R2からR6で何千円増えた？」「（R4のあと）2023年度は前年比いくら増えた？」).
Expected figures are read from the index, never written here."""
from __future__ import annotations

import re

import pytest

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_AMOUNT = r"(\d[\d,]*)(千円|円)"


def _one_amount_by_year(db, key: str, word: str = "", after: bool = False) -> dict[int, tuple[int, str]]:
    """Each fiscal year's single amount (as printed number, unit) of the entries saying the word."""
    out: dict[int, set[tuple[int, str]]] = {}
    for year, result in db.execute("SELECT year, result FROM sheet_entry WHERE practice_key = ? ORDER BY line", [key]):
        text = nfkc(result or "")
        if word and word not in text:
            continue
        pattern = (re.escape(word) + _AMOUNT) if after else _AMOUNT
        for m in re.finditer(pattern, text):
            fy = find_years(year)[0].fiscal_year
            out.setdefault(fy, set()).add((int(m.group(1).replace(",", "")), m.group(2)))
    return {fy: next(iter(v)) for fy, v in out.items() if len(v) == 1}


def _record(db, like: str, word: str = "", after: bool = False):
    for key, title in db.execute("SELECT key, title FROM practice WHERE title LIKE ?", [like]):
        amounts = _one_amount_by_year(db, key, word, after)
        if len(amounts) >= 3:
            return nfkc(title), amounts
    pytest.skip(f"no record {like} printing a yearly amount")


def _r(fy: int) -> str:
    return f"R{fy - 2018}"


def test_one_year_asked_without_a_word_before_the_amount_then_the_year_before(assistant, db):
    title, amounts = _record(db, "%ふるさと納税%", "寄附")
    noun = title.split("の導入")[0]
    years = sorted(amounts)
    fy = years[-2]
    answer = assistant.ask(f"{noun}の寄附、{fy}年度いくら？")
    assert answer.value == amounts[fy][0] and answer.status == "search", answer.summary
    answer = assistant.ask("前の年は？")
    assert answer.value == amounts[fy - 1][0] and answer.status == "search", answer.summary


def test_change_between_two_years_said_as_a_fall_or_a_rise(assistant, db):
    title, amounts = _record(db, "%ふるさと納税%", "寄附")
    noun = title.split("の導入")[0]
    a, b = sorted(amounts)[-2:]
    diff = amounts[b][0] - amounts[a][0]
    verb = "減った" if diff < 0 else "増えた"
    answer = assistant.ask(f"{noun}、{_r(b)}は{_r(a)}に比べて何円{verb}？")
    assert answer.value == abs(diff) and answer.status == "search", answer.summary
    assert f"{abs(diff):,}" in answer.summary


def test_total_said_beside_a_noun_and_a_range_change(assistant, db):
    title, totals = _record(db, "%及び%", "合計", after=True)
    a, b = title.split("及び")[0], re.split(r"導入|の", title.split("及び")[1])[0]
    fy = sorted(totals)[1]
    head = a.replace("収入", "")
    answer = assistant.ask(f"{head}と{b}、{_r(fy)}の合計収入何千円？")
    assert answer.value == totals[fy][0] and answer.status == "search", answer.summary
    assistant.reset()
    first, last = min(totals), max(totals)
    answer = assistant.ask(f"{head}＋{b}、{_r(first)}から{_r(last)}で何千円増えた？")
    assert answer.value == totals[last][0] - totals[first][0], answer.summary


def test_word_before_the_year_then_change_from_the_year_before(assistant, db):
    title, amounts = _record(db, "%売却%", "売却")
    noun = title.split("の")[0]
    fy = sorted(amounts)[-3]
    answer = assistant.ask(f"{noun}の売却額、{_r(fy)}は何千円？")
    assert answer.value == amounts[fy][0], answer.summary
    answer = assistant.ask(f"じゃあ{fy + 1}年度は前年比いくら増えた？")
    assert answer.value == amounts[fy + 1][0] - amounts[fy][0], answer.summary
