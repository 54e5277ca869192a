"""A finance analyst's questions over the shipped corpus: amounts a progress sheet prints in its yearly entries (one
year, the next year asked after it, a ratio of two years, the year of the largest), a listed amount's share of the
total above it, a figure printed after a year (「R4まで15件分」), and the grade and score wordings around them.
Expected answers are read from the index, never written here."""
from __future__ import annotations

import re

import pytest

from assistant.query.year_figure_said import figure_of_year
from assistant.text.normalize import nfkc

_GRADES = ("r2", "r3", "r4", "r5")


def _amounts_by_year(db, key: str, word: str) -> dict[str, float]:
    """Each year's one amount (in 千円) printed after the word in a record's entries."""
    out: dict[str, set[float]] = {}
    for year, result in db.execute("SELECT year, result FROM sheet_entry WHERE practice_key = ? ORDER BY line", [key]):
        for m in re.finditer(re.escape(word) + r"\s*(\d[\d,]*)千円", nfkc(result or "")):
            out.setdefault(year, set()).add(float(m.group(1).replace(",", "")))
    return {y: v.pop() for y, v in out.items() if len(v) == 1}


def _entry_with_totals(db) -> tuple[str, str, dict[str, float]]:
    for key, title in db.execute("SELECT key, title FROM practice WHERE title LIKE '%及び%'"):
        totals = _amounts_by_year(db, key, "合計")
        if len(totals) >= 3:
            return key, nfkc(title), totals
    pytest.skip("no record printing a yearly 合計 in this corpus")


def test_one_year_then_another_year_of_the_total(assistant, db):
    key, title, totals = _entry_with_totals(db)
    first, last = list(totals)[0], list(totals)[-1]
    a, b = title.split("及び")[0], re.split(r"導入|の", title.split("及び")[1])[0]
    answer = assistant.ask(f"{a}と{b}、{first}の合計額はいくら？")
    assert answer.value == totals[first] and answer.status == "search", answer.summary
    answer = assistant.ask(f"じゃあ{last}は？")
    assert answer.value == totals[last], answer.summary
    assert f"{totals[last]:,.0f}千円" in nfkc(answer.summary)


def test_ratio_of_two_years(assistant, db):
    key, title, totals = _entry_with_totals(db)
    first, last = list(totals)[0], list(totals)[-1]
    a, b = title.split("及び")[0], re.split(r"導入|の", title.split("及び")[1])[0]
    answer = assistant.ask(f"{a}と{b}の合計額、{last}は{first}の何倍になった？")
    assert answer.value == pytest.approx(totals[last] / totals[first]), answer.summary
    assert answer.status == "search"


def test_year_of_the_largest_amount_said_beside_a_verb(assistant, db):
    for key, title in db.execute("SELECT key, title FROM practice WHERE title LIKE '%売却%'"):
        amounts: dict[str, list[float]] = {}
        for year, result in db.execute("SELECT year, result FROM sheet_entry WHERE practice_key = ?", [key]):
            if "売却" in nfkc(result or ""):
                amounts.setdefault(year, []).extend(
                    float(x.replace(",", "")) for x in re.findall(r"(\d[\d,]*)千円", nfkc(result)))
        if len(amounts) >= 2 and all(len(v) == 1 for v in amounts.values()):
            break
    else:
        pytest.skip("no record printing a yearly sale amount")
    best = max(amounts, key=lambda y: amounts[y][0])
    noun = nfkc(title).split("の")[0]
    answer = assistant.ask(f"{noun}の売却額が一番大きかったのはどの年度？")
    assert answer.value == best, answer.summary
    assistant.reset()
    answer = assistant.ask(f"{noun}の売却額が最も少なかったのはどの年度？")
    assert answer.value == min(amounts, key=lambda y: amounts[y][0]), answer.summary


def test_share_of_a_listed_amount_in_the_total(assistant):
    from assistant.query.listed_amounts import yen

    answer = assistant.ask("財政効果額全体のうち、公有財産の売却促進及び有効活用の分は何％を占める？")
    if answer.value is None:
        pytest.skip("no list of amounts under 財政効果額 in this corpus")
    text = nfkc(answer.excerpts[0]["text"])
    total = re.search(r"財政効果額\s*\n\s*(\S+円)", text).group(1)
    part = re.search(r"公有財産の売却促進及び有効活用\s*(\S+円)", text).group(1)
    assert answer.value == pytest.approx(yen(part) / yen(total) * 100)
    assert answer.status == "search"


def test_figure_printed_after_a_year():
    shown = [{"text": "R4まで15件分の予算だったが、R5:24件、R6:28件と予算を増額した。"}]
    assert figure_of_year("R4までは何件分の予算だった？", shown)[0] == 15
    assert figure_of_year("R6は？ 何件分", shown)[0] == 28
    assert figure_of_year("令和5年度は何件？", shown)[0] == 24
    assert figure_of_year("R4は何件？", shown) is None  # (「R4まで」 is not R4's own figure)
    assert figure_of_year("R6は何人？", shown) is None


def test_rise_to_a_grade_from_some_earlier_year(assistant, db):
    rows = [dict(zip(("code",) + _GRADES, r)) for r in db.execute("SELECT code, r2, r3, r4, r5 FROM practice")]
    want = {r["code"] for r in rows if r["r5"] == "A" and "C" in (r["r2"], r["r3"], r["r4"])}
    assistant.ask("R2〜R5のどこかでC評価がついた実践項目は？")
    answer = assistant.ask("そのうちR5にはAまで上がったのは？")
    assert {str(r["code"]) for r in answer.rows} == want and answer.status == "exact", answer.summary


def test_every_year_overall_grade_all_along(assistant, db):
    want = {str(c) for c, *g in db.execute("SELECT code, r2, r3, r4, r5 FROM practice") if all(x == "A" for x in g)}
    answer = assistant.ask("令和2年度から令和5年度まで、毎年度の総合評価がずっとAだった実践項目を全部教えて")
    assert {str(r["code"]) for r in answer.rows} == want and answer.status == "exact", answer.summary


def test_score_said_under_its_heading_and_only(assistant, db):
    want = {str(c) for (c,) in db.execute("SELECT code FROM practice WHERE progress = 1")}
    answer = assistant.ask("進捗度の総括自己評価が1しかない実践項目は？")
    assert {str(r["code"]) for r in answer.rows} == want and answer.status == "exact", answer.summary


def test_each_count_after_the_largest(assistant, db):
    most = max(n for (n,) in db.execute("SELECT n_practice FROM initiative WHERE n_practice IS NOT NULL"))
    assistant.ask("実践項目をいちばん多く抱えている取組項目はどれ？")
    answer = assistant.ask("それぞれ実践項目はいくつ？")
    assert answer.count == most and answer.value == most, answer.summary


def test_plan_cell_said_empty(assistant, db):
    want = {str(c) for c, p in db.execute("SELECT code, planned FROM joint_project") if not (p or "").strip()}
    answer = assistant.ask("連携事業のうち、今年度の実施予定欄が空なのは？")
    assert {str(r["code"]) for r in answer.rows} == want, answer.summary


@pytest.mark.parametrize("said", ["全体で", "トータルで", "全部で"])
def test_headline_amount_asked_of_the_whole(assistant, db, said):
    # 「財政効果額は全体でいくら」: the whole is what the label already is; the figure printed under it answers.
    text = "\n".join(nfkc(t or "") for (t,) in db.execute("SELECT text FROM document_texts"))
    printed = re.search(r"財政効果額\s*\n?\s*(\d+億(?:\d+千万)?円)", text)
    if printed is None:
        pytest.skip("no 財政効果額 printed in this corpus")
    answer = assistant.ask(f"財政効果額は{said}いくら？")
    assert answer.value == printed.group(1) and answer.status == "search", answer.summary
