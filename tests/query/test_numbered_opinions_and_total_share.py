"""A committee's opinions numbered on their own (「意見３　（事業番号Ｒ６－０６「…」）…」, or 「意見２　（取組(1)関係）
【評価】」 over its paragraph): comments of the code each cites, else of its own number (generic/numbered_opinions.py);
comments of two municipalities' papers counted together are partial, a paper whose title names no municipality placed
by its letterhead (plans_mixed.letterhead_places); and a row's share of the table's whole for the measure and year
said (tables/share_of_total.py). Over real indexes of made144's and made140's documents (two papers of other bodies,
codes and layouts), the shipped corpus beside them where another municipality's opinions are at stake."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
M144 = ROOT / "tests" / "questions" / "made144" / "docs"
M140 = ROOT / "tests" / "questions" / "made140" / "docs"
PAPER144 = "03_総務産業常任委員会所管事務調査報告書（ふるさと納税）.docx"
PAPER140 = "令和７年度_行政改革推進委員会意見書.docx"
SHEET144 = "01_使途別寄附実績_R4-R6.xlsx"
CORPUS_OPINIONS = "002_388add96d06013c9.txt"  # (苫小牧市's committee's opinions, shipped)


def _over(tmp_path_factory, name: str, *files: Path):
    folder = tmp_path_factory.mktemp(name)
    for f in files:
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def paper144(tmp_path_factory):
    return _over(tmp_path_factory, "p144", M144 / PAPER144, M144 / SHEET144)


@pytest.fixture(scope="module")
def paper140(tmp_path_factory):
    return _over(tmp_path_factory, "p140", M140 / PAPER140)


@pytest.fixture(scope="module")
def with_corpus(tmp_path_factory):
    return _over(tmp_path_factory, "mixed", M144 / PAPER144, ROOT / "corpus" / CORPUS_OPINIONS)


def _initiatives(answer) -> set[str]:
    return {str(r.get("initiative")) for r in answer.rows}


def test_each_opinion_is_a_comment_of_the_code_it_cites_else_of_its_number(paper144, paper140) -> None:
    answer = ask(paper144, "委員会の意見って全部で何件？")
    assert answer.status == "exact" and answer.count == 10, (answer.status, answer.summary)
    assert _initiatives(answer) == {"R6-01", "R6-04", "R6-06", "R6-07", "R6-08", "R6-10", "M-10", "M-12", "9", "10"}
    # (another paper: the opinion a heading, its paragraph under it; 取組(k) cited, 計画全般 citing none)
    other = ask(paper140, "意見は全部で何件？")
    assert other.count == 10, (other.status, other.summary)
    assert _initiatives(other) == {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "1", "9"}
    assert all(str(r.get("text")).strip() and not str(r.get("text")).startswith("意見") for r in other.rows)


def test_opinions_of_two_municipalities_counted_together_are_partial(with_corpus) -> None:
    answer = ask(with_corpus, "委員会の意見って全部で何件？")
    # (the paper's title, 所管事務調査報告書, names no municipality: its letterhead 「椋ノ木村議会議長　様」 does)
    assert answer.status == "partial" and "椋ノ木村 10件" in answer.summary and "苫小牧市" in answer.summary, \
        (answer.status, answer.summary)


@pytest.mark.parametrize("question, expected", [
    ("R5の寄附金額全体のうち「村長おまかせ」は何％？", 24.3),
    ("令和6年度の件数で子育て支援は全体の何％？", 28.5),
    ("令和４年度の観光振興の金額は合計の何パーセント？", None),
])
def test_a_rows_share_of_the_whole_of_the_measure_and_year_said(paper144, question, expected) -> None:
    answer = ask(paper144, question)
    if expected is None:  # (worked from the rows as stored: the row's figure over the six rows' sum)
        row = next(r for r in answer.rows)
        assert row.get("使途") == "観光振興" and answer.status == "exact", (answer.status, answer.summary)
        assert "令和4年度金額" in answer.summary and "6行の合計" in answer.summary, answer.summary
    else:
        assert answer.status == "exact" and answer.value == expected, (answer.status, answer.summary)


def test_a_share_of_a_series_with_no_year_said_is_not_exact(paper144) -> None:
    answer = ask(paper144, "子育て支援の金額は全体の何％？")
    # (it was one row of six, 16.7%, stated as certain)
    assert answer.status != "exact" and answer.value != 16.7, (answer.status, answer.summary)


@pytest.mark.parametrize("which, question, expected", [
    ("paper144", "特定の事業や返礼品を挙げずに出されている意見は？", {"9", "10"}),
    ("paper140", "どの取組にも触れていない意見はどれ？", {"1", "9"}),
])
def test_opinions_citing_no_record(request, which, question, expected) -> None:
    answer = ask(request.getfixturevalue(which), question)
    assert answer.status == "exact" and _initiatives(answer) == expected, (answer.status, answer.summary)


def test_a_word_no_opinion_cites_by_is_not_read_as_uncited(paper144) -> None:
    # (the paper cites 事業番号 and 返礼品番号, never a 施設: 「施設に触れていない」 is not the uncited opinions)
    answer = ask(paper144, "どの施設にも触れていない意見はどれ？")
    assert not any(u.get("field") == "cited" for u in answer.understood), answer.understood


@pytest.fixture(scope="module")
def report144(tmp_path_factory):
    return _over(tmp_path_factory, "r144", M144 / PAPER144, M144 / SHEET144,
                 M144 / "02_令和6年度ふるさと納税寄附金活用事業報告書.pdf")


def _numbers(answer) -> set[str]:
    return {str(r.get("number")) for r in answer.rows}


def test_rows_no_opinion_cites_after_the_rows_asked(report144) -> None:
    answer = ask(report144, "住民福祉課が担当している事業は？", "その中で委員会から意見が出ていないのは？")
    assert answer.status == "exact" and _numbers(answer) == {"R6-03"}, (answer.status, answer.summary)


@pytest.mark.parametrize("question, expected", [
    ("委員会の意見がついていない事業は？", {"R6-02", "R6-03", "R6-05", "R6-09", "R6-11"}),
    # (the other table the paper cites, by its own number's word: 返礼品番号)
    ("委員会から意見が出ていない返礼品は何件？", 12),
])
def test_rows_no_opinion_cites_by_the_tables_word(report144, question, expected) -> None:
    answer = ask(report144, question)
    if isinstance(expected, int):
        assert answer.value == expected and "M-10" not in _numbers(answer), (answer.status, answer.summary)
    else:
        assert answer.status == "exact" and _numbers(answer) == expected, (answer.status, answer.summary)


PROPERTIES = """<html><head><title>鷺ノ宮町 売却予定財産一覧</title></head><body>
<h1>鷺ノ宮町 売却予定財産一覧</h1>
<table>
<tr><th>物件番号</th><th>名称</th><th>区分</th><th>面積（㎡）</th></tr>
<tr><td>P-01</td><td>旧北保育所跡地</td><td>土地</td><td>1,250</td></tr>
<tr><td>P-02</td><td>旧教員住宅</td><td>建物</td><td>320</td></tr>
<tr><td>P-03</td><td>駅前町有地</td><td>土地</td><td>860</td></tr>
<tr><td>P-04</td><td>旧公民館分館</td><td>建物</td><td>410</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def properties(tmp_path_factory):
    folder = tmp_path_factory.mktemp("props")
    (folder / "baikyaku.html").write_text(PROPERTIES, encoding="utf-8")
    return assistant_over(folder)


def test_the_numbering_columns_word_names_the_rows(paper144, properties) -> None:
    # (返礼品 of 返礼品番号 beside 品名: 「…の返礼品」 is of the sheet's rows, as 「…の品」 was)
    answer = ask(paper144, "体験型の返礼品を全部教えて")
    assert answer.status == "exact" and _numbers(answer) == {"M-08", "M-09", "M-10"}, (answer.status, answer.summary)
    mean = ask(paper144, "加工品の返礼品の寄附額って平均いくら？")
    assert mean.status == "exact" and mean.value == 10750, (mean.status, mean.summary)
    # (another table: 物件 of 物件番号 beside 名称)
    land = ask(properties, "区分が土地の物件は？")
    assert land.status == "exact" and _numbers(land) == {"P-01", "P-03"}, (land.status, land.summary)


@pytest.mark.parametrize("question, expected", [
    ("R6の申込件数が多い返礼品トップ３", ["M-01", "M-05", "M-02"]),
    # (the word before 上位 says the order: 少ない, the smallest first)
    ("申込件数の少ない返礼品上位3つ", ["M-11", "M-12", "M-10"]),
])
def test_top_n_ordered_by_the_word_said_before_it(paper144, question, expected) -> None:
    answer = ask(paper144, question)
    assert answer.status == "exact" and [r.get("number") for r in answer.rows][:3] == expected, \
        (answer.status, answer.summary)


def test_top_n_of_another_table(properties) -> None:
    answer = ask(properties, "面積の広い物件トップ2")
    assert answer.status == "exact" and [r.get("number") for r in answer.rows][:2] == ["P-01", "P-03"], \
        (answer.status, answer.summary)
