"""Tables of other cities laid out as their systems print them (issue 12): a text export in fixed-width
columns with rules and a 合計 row, a list cut by a 小計 row after each 部's rows and a 合計 row, a
report whose measures are numbered straight through its chapters, and a grade column asked for a
value it never holds. Small documents of made-up cities, indexed beside the shipped corpus."""
from __future__ import annotations

import shutil
import unicodedata

import pytest

from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over, titles


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def _fixed(cells: list[str], widths: list[int], right: set[int]) -> str:
    """A line of a fixed-width printout: each cell padded to its column's display width."""
    out = ""
    for n, (cell, width) in enumerate(zip(cells, widths)):
        pad = " " * (width - _width(cell))
        out += (pad + cell if n in right else cell + pad) + "  "
    return out.rstrip()


_ROWS = [  # 番号, 取組項目, 所管課, 区分, 令和6年度, 令和7年度, 累計
    ("1", "窓口のワンストップ化", "市民課", "歳出削減", "0", "2,100", "2,100"),
    ("2", "使用料・手数料の見直し", "財政課", "歳入確保", "0", "0", "0"),
    ("3", "公共施設の総量縮減", "資産経営課", "歳出削減", "9,800", "14,200", "24,000"),
    ("4", "広告収入の確保", "財政課", "歳入確保", "7,600", "9,100", "16,700"),
    ("5", "ふるさと納税の推進", "ふるさと納税推進室", "歳入確保", "45,000", "52,000", "97,000"),
]
_WIDTHS = [4, 24, 18, 8, 10, 10, 10]
_RULE = "-" * 100
EFFECTS = "\n".join([
    "北浜市行政改革推進プラン　財政効果額一覧（令和7年度決算見込み）", "",
    " " * 80 + "（単位：千円）", _RULE,
    _fixed(["番号", "取組項目", "所管課", "区分", "令和6年度", "令和7年度", "累計"], _WIDTHS, {4, 5, 6}), _RULE,
    *(_fixed(list(r), _WIDTHS, {0, 4, 5, 6}) for r in _ROWS), _RULE,
    _fixed(["", "合計", "", "", "62,400", "77,400", "139,800"], _WIDTHS, {4, 5, 6}), _RULE,
    "※区分：歳入確保＝収入を増やす取組、歳出削減＝支出を減らす取組。", ""])

REPORT = """北浜市行政改革推進プラン　令和7年度実績報告

第1章　プランの概要

評価は「達成」「概ね達成」「未達成」の3段階で示しています。

第2章　効率的な行政運営

（1）窓口のワンストップ化
【所管課】市民課
【評価】達成
（2）電子申請の拡大
【所管課】情報政策課
【評価】未達成
（3）職員提案制度の活性化
【所管課】職員課
【評価】達成

第3章　持続可能な財政運営

（4）使用料・手数料の見直し
【所管課】財政課
【評価】未達成
（5）広告収入の確保
【所管課】財政課
【評価】達成
（6）公共施設の総量縮減
【所管課】資産経営課
【評価】概ね達成

第4章　今後の進め方

未達成となった取組は、原因を分析して見直します。
"""

T = "\t"
HEAD = T.join(["番号", "取組項目", "担当部局", "評価", "財政効果額（千円）"])
PLAN = "\n".join([
    "南山市第6次行政改革大綱 実施計画（令和6年度実績）", HEAD,
    T.join(["1", "行政評価制度の再構築", "企画部", "4", "0"]),
    T.join(["2", "ふるさと納税の返礼品拡充", "企画部", "5", "85,000"]),
    T.join(["", "企画部 小計", "", "", "85,000"]),
    T.join(["3", "時間外勤務の縮減", "総務部", "2", "18,000"]),
    T.join(["4", "電子決裁の推進", "総務部", "3", "1,500"]),
    "", HEAD,  # the next page prints the header again
    T.join(["5", "公用車の削減", "総務部", "4", "0"]),
    T.join(["", "総務部 小計", "", "", "19,500"]),
    T.join(["6", "敬老祝金の見直し", "福祉部", "5", "24,000"]),
    T.join(["", "福祉部小計", "", "", "24,000"]),
    T.join(["", "合計", "", "", "128,500"]), ""])

GRADES = """東野市行財政改革実施計画 進捗一覧（令和7年度末時点）
達成度 S：計画以上 A：計画どおり B：やや遅れ C：大幅な遅れ

番号\t取組項目\t主管課\t進捗状況\t達成度
1\t電子申請の拡充\tデジタル推進課\t順調\tA
2\tペーパーレス会議の導入\t総務課\t完了\tS
3\t職員定員の適正化\t人事課\t遅れ\tB
4\t未利用市有地の売却\t資産管理課\t遅れ\tC
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("layouts")
    (folder / "北浜市_財政効果額一覧.txt").write_text(EFFECTS, encoding="utf-8")
    (folder / "北浜市_推進プラン_実績報告.txt").write_text(REPORT, encoding="utf-8")
    (folder / "南山市_実施計画.txt").write_text(PLAN, encoding="utf-8")
    (folder / "東野市_進捗一覧.txt").write_text(GRADES, encoding="utf-8")
    for path in (SHARED / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


# A fixed-width text table: its columns, its rows without the 合計 row.
@pytest.mark.parametrize("question,value", [
    ("北浜市の財政効果額一覧で令和7年度の効果額の合計は？", 77400),
    ("北浜市の財政効果額一覧で区分が歳入確保の取組の累計の合計は？", 113700),
    ("北浜市のふるさと納税の推進の令和6年度の効果額は？", 45000),
    ("北浜市の財政効果額一覧で歳出削減の取組は何件？", 2),
])
def test_a_fixed_width_text_table(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_rows_of_a_fixed_width_table_by_a_range(assistant) -> None:
    answer = ask(assistant, "北浜市で令和7年度の効果額が10,000千円以上の取組は？")
    assert titles(answer) == ["ふるさと納税の推進", "公共施設の総量縮減"], answer.summary


# Subtotal and total rows: no rows of the table, wherever they stand.
def test_the_sum_leaves_subtotals_out(assistant) -> None:
    answer = ask(assistant, "南山市の実施計画の財政効果額の合計は？")
    assert (answer.status, answer.value) == ("exact", 128500), answer.summary


def test_a_range_lists_measures_not_subtotals(assistant) -> None:
    answer = ask(assistant, "南山市で財政効果額が10,000千円を超える取組は？")
    assert titles(answer) == ["ふるさと納税の返礼品拡充", "敬老祝金の見直し", "時間外勤務の縮減"], answer.summary


def test_counting_rows_without_an_amount(assistant) -> None:
    answer = ask(assistant, "南山市の取組で財政効果額がないものは何件？")
    assert answer.value == 2 or answer.count == 2, answer.summary


# The chapter a measure sits under is a condition users say.
def test_the_chapter_of_a_measure(assistant) -> None:
    answer = ask(assistant, "北浜市の推進プランで評価が達成の取組は？", "そのうち第3章のものは？")
    assert titles(answer) == ["広告収入の確保"], answer.summary
    assert answer.status == "exact", answer.summary
    answer = ask(assistant, "北浜市の推進プランで第2章の取組は何件？")
    assert (answer.status, answer.value) == ("exact", 3), answer.summary


def test_chapters_are_no_measures(assistant) -> None:
    """「第2章」 and 「（2）」 are both numbered 2: the chapter is a heading, the measure the row."""
    answer = ask(assistant, "北浜市の推進プランの取組は何件？")
    assert answer.value == 6, answer.summary


# A document named by its title's words: the report, not the list of its effects.
def test_the_plan_named_is_the_report_not_its_annex(assistant) -> None:
    answer = ask(assistant, "北浜市の行政改革推進プランで財政課が所管する取組は？")
    assert titles(answer) == ["使用料・手数料の見直し", "広告収入の確保"], answer.summary
    assert all("実績報告" in r["source"] for r in answer.rows), answer.rows


# A value the column never holds: none, said with what the column holds.
def test_a_grade_the_table_never_gives(assistant) -> None:
    answer = ask(assistant, "東野市の取組で評価が未達成のものは何件？")
    assert (answer.status, answer.count, answer.value) == ("no_match", 0, 0), answer.summary
    assert "未達成" in answer.summary and "S・A・B・C" in answer.summary, answer.summary
