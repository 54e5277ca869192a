"""made163's school documents beside the shipped corpus (and another town's list of nurseries made here): names
sharing an ending (小学校, 中学校) filter the rows by it; a value said with the rows' word (大規模校) or as 「…の見直し
対象」 is that value; two year columns of one measure (児童生徒数 R6実績 | R12推計) are one series; 「初めて…を下回る
のは何年度」 is the earliest such year; a PDF's caption with its unit at the right is no second column of text."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.formats.pdf import extract
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "tests" / "questions" / "made163" / "docs"

NURSERIES = """\
楢葉町 保育施設一覧（令和7年4月1日現在）

施設番号\t施設名\t地区\t定員\t在籍児童数\t方針\t移管先
N-01\t北野保育所\t北部\t90\t84\t存続\t－
N-02\t川端保育所\t中部\t60\t41\t民営化\t本町保育所
N-03\t南浜こども園\t南部\t120\t118\t存続\t－
N-04\t汐見こども園\t南部\t90\t62\t民営化\t南浜こども園
N-05\t本町保育所\t中部\t100\t97\t存続\t－
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made163_school_tables")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    for doc in sorted(DOCS.iterdir()):
        shutil.copy(doc, folder / doc.name)
    (folder / "楢葉町保育施設一覧.txt").write_text(NURSERIES, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("number") or r.get("学校番号") or r.get("施設番号")) for r in answer.rows}


def test_ending_of_some_names_filters_the_rows(assistant) -> None:
    a = ask(assistant, "統合検討になってる小学校は何校？")
    assert a.status == "exact" and a.value == 5
    b = ask(assistant, "統合検討の学校を一覧で", "そのうち中学校は？")
    assert _codes(b) == {"中-04"}
    # another town's list: こども園 ends two names, 保育所 three
    c = ask(assistant, "民営化するこども園は？")
    assert c.status == "exact" and _codes(c) == {"N-04"}
    d = ask(assistant, "存続する保育所の在籍児童数を合計すると？")
    assert d.status == "exact" and d.value == 84 + 97


def test_subtotal_rows_are_never_schools(assistant) -> None:
    a = ask(assistant, "特別支援学級が３学級以上ある学校")
    assert _codes(a) == {"小-01", "小-04", "小-07", "小-13", "小-14", "中-02", "中-06"}


def test_value_said_with_the_rows_word_or_as_target(assistant) -> None:
    a = ask(assistant, "大規模校になっているのは？")
    assert a.status == "exact" and _codes(a) == {"小-04", "小-14", "中-02"}
    b = ask(assistant, "通学区域の見直し対象になってる学校を全部教えて")
    assert b.status == "exact" and _codes(b) == {"小-04", "小-05", "小-12", "小-14", "中-02"}


def test_two_years_of_one_measure(assistant) -> None:
    a = ask(assistant, "R12の推計でR6より児童生徒数が増える見込みの学校はどこ？")
    assert a.status == "exact" and _codes(a) == {"小-04", "小-05", "小-13", "小-14", "中-02", "中-06"}


def test_first_year_under_a_bound(assistant) -> None:
    a = ask(assistant, "南部地区で児童生徒数の合計が初めて700人を下回るのは何年度？")
    assert a.status == "exact" and a.value == "令和11年度"


def test_district_tables_of_the_pdf(assistant) -> None:
    a = ask(assistant, "北部地区の令和９年度の小学校児童数の推計は？")
    assert a.status == "exact" and a.value == 414
    # (中央地区's table goes on over the next page, its caption printed again with （続き）)
    # (partial only because this index holds a second town's list, and no town is said)
    b = ask(assistant, "中央地区のR12の中学校生徒数は何人の見込み？")
    assert b.value == 531 and not b.unused


def test_caption_with_its_unit_is_no_second_column() -> None:
    text = extract((DOCS / "資料編_地区別児童生徒数推計（R6～R12）.pdf").read_bytes(), "p.pdf").text
    lines = text.splitlines()
    # 南部地区's table (its first row 512 | 305 | 817) comes under its own heading, before 北部地区's
    south = lines.index("（３）南部地区")
    north = lines.index("（４）北部地区")
    first_row = next(n for n, line in enumerate(lines) if line.startswith("令和６年度（実績）\t512"))
    assert south < first_row < north


def test_row_said_as_where_others_go(assistant) -> None:
    # 東原小 (東原小学校 said short) with に統合される: the schools whose 統合先 is it, not 東原小学校 itself
    a = ask(assistant, "東原小に統合される学校は？")
    assert a.value is None or a.value == 2
    assert _codes(a) == {"小-02", "小-03"}
    # another town's list: the column is 移管先, the verb 移管
    b = ask(assistant, "南浜こども園に移管される施設は？")
    assert _codes(b) == {"N-04"}


def test_rows_naming_several_schools_are_no_list_of_schools(assistant) -> None:
    # the plan's 統合案 rows name several schools each (柚木小学校・大瀬小学校): 学校 calls the list's rows, one
    # school a row, and a follow-up narrows those
    a = ask(assistant, "東部地区の学校を教えて")
    assert sorted(r.get("title") for r in a.rows) == sorted(["東原小学校", "鵲台小学校", "桐ヶ谷小学校", "東原中学校"])
    b = ask(assistant, "南部地区の学校を教えて", "その中で校舎が昭和50年度より前に建ったのは？")
    assert _codes(b) == {"小-08", "小-09", "中-04"}


def test_row_said_as_where_others_go_with_a_plan_word(assistant) -> None:
    # 「…に統合される予定の」: 予定 is of the verb the 統合先 column reads, no word left unread
    a = ask(assistant, "南条小に統合される予定の学校は？")
    assert _codes(a) == {"小-08", "小-09"} and not a.unused
    b = ask(assistant, "南浜こども園に移管される予定の施設は？")
    assert _codes(b) == {"N-04"} and not b.unused


def test_joined_count_said_by_one_half(assistant) -> None:
    # 児童生徒数 said 児童数: the PDF's tables count 児童数 and 生徒数 apart
    a = ask(assistant, "小学校でR6の児童数が多い順に上位３校")
    assert a.status == "exact" and [r.get("number") for r in a.rows] == ["小-04", "小-14", "小-13"]
    # 「…を合わせると何人」 after the rows: the figure named before を, added up over them
    b = ask(assistant, "東原小に統合される学校は？", "その学校のR6の児童数を合わせると何人？")
    assert b.value == 220
    c = ask(assistant, "民営化する施設は？", "その施設の在籍児童数を合わせると何人？")
    assert c.value == 41 + 62


def test_fewest_it_becomes_is_the_smallest(assistant) -> None:
    # 「一番少なくなる」: the smallest figure of the projection, no decrease between its years
    a = ask(assistant, "R12推計で児童生徒数が一番少なくなる学校は？")
    assert a.status == "exact" and [r.get("number") for r in a.rows] == ["小-11"]
    b = ask(assistant, "在籍児童数が一番少なくなる施設は？")
    assert [r.get("施設番号") for r in b.rows] == ["N-02"]


def test_share_of_another_column_said_with_aru(assistant) -> None:
    # 「…の半分以上ある」: the bound on the share of the other column, then ある
    a = ask(assistant, "特別支援学級の数が通常学級の半分以上ある学校は？")
    assert a.status == "exact" and _codes(a) == {"小-11", "中-04"}
    b = ask(assistant, "在籍児童数が定員の9割以上ある施設は？")
    assert _codes(b) == {"N-01", "N-03", "N-05"}


def test_how_many_took_part_is_the_count_of_participants(assistant) -> None:
    # 「何人参加した」 over 参加者数 of the meetings' table
    a = ask(assistant, "南部地区の懇談会には何人参加した？")
    assert a.value == 66 and not a.unused

