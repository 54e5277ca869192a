"""A page of numbered entries (a <dl> of 「R5-002　…」 with 削減時間 「年間約600時間」) whose codes are another document's
table rows (提案番号 of a 職員提案一覧): its entries are that table's kind (提案) and shown under those rows' keys, a
figure said about a year (年間約N時間) is N, and 「…一番多い提案は」「実施中の提案で…一番大きいのは」 ask the row, answered
by its code. Over tests/questions/made134 (鸊ノ池町) and a made town's pair of pages (潮見野市: an html table, not a sheet)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.tables.cells import _number
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parent.parent / "questions" / "made134" / "docs"


def _town(d: Path) -> Path:
    """潮見野市: 改善提案一覧 as an html table (K6-01…) and the effects of some of them as a <dl> page."""
    rows = [("K6-01", "窓口番号案内の電子化", "市民課", "採用", "実施中", "420"),
            ("K6-02", "議事録作成の音声認識", "議会事務局・総務課", "採用", "実施中", "960"),
            ("K6-03", "公用車の削減", "財産管理課", "一部採用", "実施中", "1,500"),
            ("K6-04", "庁内郵便の集約", "総務課", "不採用", "－", "－"),
            ("K6-05", "防災メールの多言語化", "防災課・市民課", "採用", "実施済", "－"),
            ("K6-06", "職員表彰の選考簡素化", "人事課", "採用", "実施中", "－")]
    body = "".join(f"<tr><td>{'</td><td>'.join(r)}</td></tr>" for r in rows)
    (d / "改善提案一覧.html").write_text(
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>改善提案一覧｜潮見野市</title></head><body>"
        "<h1>潮見野市 職員改善提案一覧（令和６年度）</h1><table><tr><th>提案番号</th><th>提案名</th><th>所属</th>"
        f"<th>審査結果</th><th>実施状況</th><th>効果額（千円）</th></tr>{body}</table></body></html>", encoding="utf-8")
    entries = [("K6-01", "窓口番号案内の電子化", "市民課", "年間約90時間"),
               ("K6-02", "議事録作成の音声認識", "議会事務局", "年間約640時間"),
               ("K6-03", "公用車の削減", "財産管理課", "－"),
               ("K6-05", "防災メールの多言語化", "防災課", "年間約30時間")]
    dl = "".join(f"<dt>{a}　{b}</dt><dd>所管：{c}</dd><dd>効果：{b}により事務を見直した。</dd><dd>削減時間：{t}</dd>"
                 for a, b, c, t in entries)
    (d / "kaizen_kouka.html").write_text(
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>改善提案の効果｜潮見野市</title></head><body>"
        "<main><h1>改善提案の実施後の効果</h1><p>※削減時間は年間の試算です。</p><h2>令和６年度提案分</h2>"
        f"<dl>{dl}</dl></main></body></html>", encoding="utf-8")
    # (a commendation list of some of them: 表彰 only in its title; one row's name says 表彰 too, no word of the list's)
    awards = [("K6-02", "議事録作成の音声認識", "最優秀賞"), ("K6-03", "公用車の削減", "優秀賞"),
              ("K6-05", "防災メールの多言語化", "奨励賞")]
    rows_html = "".join(f"<tr><td>{'</td><td>'.join(r)}</td></tr>" for r in awards)
    (d / "hyosho.html").write_text(
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>改善提案 表彰者一覧｜潮見野市</title></head><body>"
        "<h1>潮見野市 改善提案 表彰者一覧</h1><table><tr><th>提案番号</th><th>提案名</th><th>賞</th></tr>"
        f"{rows_html}</table></body></html>", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def made134(tmp_path_factory):
    index = tmp_path_factory.mktemp("made134_entries") / "gyokaku.db"
    build_index([DOCS], index)
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = _town(tmp_path_factory.mktemp("town_docs"))
    index = tmp_path_factory.mktemp("town_entries") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("text, number", [
    ("年間約200時間", 200), ("約120時間", 120), ("年間80時間", 80), ("50時間程度", 50),
    ("月2回", None),  # (another period than the year: not comparable with yearly figures, left as text)
    ("年間約", None), ("－", None),
])
def test_figure_said_about_a_year(text, number):
    assert _number(text) == number


@pytest.mark.parametrize("fixture, question, code", [
    ("made134", "実施後の効果で、削減時間が一番多い提案は？", "R5-002"),
    ("made134", "実施中の提案で効果額が一番大きいのは？", "R5-004"),
    ("town", "削減時間が一番多い提案は？", "K6-02"),
    ("town", "実施中の提案で効果額が一番大きいのは？", "K6-03"),
])
def test_row_with_the_largest_figure_is_answered_by_its_code(request, fixture, question, code):
    assistant = request.getfixturevalue(fixture)
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact"
    assert answer.value == code
    assert answer.to_dict()["rows"][0]["key"] == f"table_row:{code}"


def test_largest_figure_asked_as_amount_stays_a_figure(town):
    # (「いくら」 asks the amount, not which row)
    town.reset()
    answer = town.ask("実施中の提案で効果額が一番大きいのはいくら？")
    assert answer.value == 1500


def test_entries_are_shown_as_the_listed_rows(made134):
    made134.reset()
    answer = made134.ask("実施後の効果一覧で、実施時期が令和６年４月以降のものは？")
    assert answer.status == "exact"
    keys = sorted(r["key"] for r in answer.to_dict()["rows"])
    assert keys == [f"table_row:{c}" for c in
                    ("R5-006", "R5-008", "R5-014", "R6-004", "R6-006", "R6-007", "R6-008", "R6-013", "R6-014")]


@pytest.mark.parametrize("fixture, question, count", [
    ("made134", "総務課が関わってる提案って３年間で何件ある？グループ提案も入れて", 12),
    ("made134", "複数の課による共同提案（グループ提案）は全部で何件？", 11),
    ("town", "総務課が関わってる提案は何件？共同提案も含めて", 2),  # (K6-02 with 議会事務局, K6-04 alone)
    ("town", "グループ提案は何件？", 2),
])
def test_group_entries_counted(request, fixture, question, count):
    # (a cell joining several 課 counts for each; 「グループ提案」 is the rows joining two or more)
    assistant = request.getfixturevalue(fixture)
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact"
    assert answer.count == count


@pytest.mark.parametrize("fixture, question, codes", [
    ("made134", "R6で採用・一部採用になったけど表彰されていない提案は？",
     ["R6-001", "R6-006", "R6-008", "R6-011", "R6-012", "R6-016"]),
    ("made134", "表彰された提案のうち、効果額が金額換算されていない（－の）ものは？", ["R4-006", "R5-014", "R6-002"]),
    ("town", "表彰された提案で実施中のものは？", ["K6-02", "K6-03"]),
    ("town", "採用されたけど表彰されていない提案は？", ["K6-01", "K6-06"]),
])
def test_rows_another_list_holds(request, fixture, question, codes):
    # (表彰 is said only by the title of a list of some of the rows: the whole list's rows it lists, or not)
    assistant = request.getfixturevalue(fixture)
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact"
    assert sorted(r["key"].partition(":")[2] for r in answer.to_dict()["rows"]) == codes


def test_the_list_of_some_rows_is_not_the_whole(made134):
    # (「総務課が関わってる提案」 reads both lists alike: the whole list, not the 表彰者一覧's 7 rows)
    made134.reset()
    answer = made134.ask("総務課が関わってる提案は？")
    assert answer.count == 12


@pytest.mark.parametrize("fixture, question, total", [
    ("made134", "R5提案分の削減時間って合計で何時間？", 1350),
    ("made134", "令和5年度提案分の削減時間の合計は？", 1350),
    ("town", "R6提案分の削減時間の合計は？", 760),
])
def test_year_heading_said_in_any_spelling(request, fixture, question, total):
    # (the rows under 「令和５年度提案分」, said R5提案分: that heading's rows; 年間約N時間 summed as N)
    assistant = request.getfixturevalue(fixture)
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact"
    assert answer.value == total


@pytest.mark.parametrize("question, codes", [
    ("削減時間が載っている提案は？", ["K6-01", "K6-02", "K6-05"]),
    ("削減時間が載っていない提案は？", ["K6-03"]),
])
def test_column_said_printed_or_not(town, question, codes):
    # (「載っている」 is a cell written, as 「書かれている」 is; 「－」 is none)
    town.reset()
    answer = town.ask(question)
    assert answer.status == "exact"
    assert sorted(r["key"].partition(":")[2] for r in answer.to_dict()["rows"]) == codes


def test_as_many_years_as_sheets_is_every_sheet(made134):
    # (「３年分」 over a list joined from three years' sheets: every sheet, no year and no figure)
    made134.reset()
    answer = made134.ask("事務改善の提案の効果額、３年分合計するといくら？")
    assert answer.status == "exact"
    assert answer.value == 4650


def test_records_then_the_first_ones_after_a_comma(town):
    town.reset()
    answer = town.ask("効果額が大きい提案、上位２つを順番に")
    assert answer.status == "exact"
    assert [r["key"] for r in answer.to_dict()["rows"][:2]] == ["table_row:K6-03", "table_row:K6-02"]


@pytest.mark.parametrize("question, value", [
    ("効果額の合計、R5からR6でどれだけ減った？", 1820),  # (5,350 → 3,530 千円)
    ("提案件数、R4からR6で何件増えた？", 2),  # (14 → 16 rows)
])
def test_change_between_two_years_sheets(made134, question, value):
    made134.reset()
    answer = made134.ask(question)
    assert answer.status == "exact"
    assert answer.value == value


def test_change_with_a_condition_more_is_not_the_whole_lists(made134):
    # (経費節減 is a condition the change of the whole list's sum would drop)
    made134.reset()
    answer = made134.ask("経費節減の効果額の合計、R5からR6でどれだけ減った？")
    assert not (answer.status == "exact" and answer.value == 1820)


def test_notes_column_said_to_be_so(made134):
    # (「備考で再提案になっている」: 備考 holds 「R4-004の再提案」; a word no cell is whole, read as written there)
    made134.reset()
    answer = made134.ask("備考で再提案になっている提案は？")
    assert answer.status == "exact"
    assert sorted(r["key"] for r in answer.to_dict()["rows"]) == ["table_row:R5-001", "table_row:R6-001"]


def test_value_said_to_be_so_stays_the_value(made134):
    # (「…提案で実施済になってる」: 実施済 is a whole cell of 実施状況, not words written in the rows' names)
    made134.reset()
    answer = made134.ask("住民サービスの提案で実施済になってるものは？")
    assert answer.status == "exact"
    assert answer.count == 5
