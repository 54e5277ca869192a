"""made131's layouts over its own documents: a committee's 意見書 in Word, a heading per 団体 「（１）○○（団体番号１）」
and opinions ①②③ one paragraph each, read as comments on the 団体 by its number; a small made paper of the same
layout shows the number in the bracket keys them and that paragraphs outside a section on 意見 are no opinions."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.kinds.generic.opinion_circled import circled_opinions
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from assistant.text.normalize import nfkc

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made131" / "docs"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("made131") / "g.db"
    build_index([DOCS], path)
    return open_index(path)


def test_circled_opinions_are_comments_on_each_body(index):
    rows = index.execute("SELECT initiative, n FROM comment WHERE source LIKE '%意見書%' ORDER BY line").fetchall()
    assert len(rows) == 25
    assert rows[:3] == [("1", 1), ("1", 2), ("1", 3)] and rows[-1] == ("12", 2)


def test_all_opinions_counted(index):
    answer = Assistant(index).ask("経営評価委員会の意見は全部で何件？")
    assert answer.count == 25, answer.summary


PAPER = """評価委員会意見書
第１　はじめに
①この段落は委員会の紹介であり、意見ではない。
第２　施設ごとの意見
（１）市民会館（施設番号７）
①利用率の向上策を検討されたい。
②修繕計画を見直すこと。
（２）市民プール（施設番号９）
①廃止の時期を明らかにすること。
第３　おわりに
①以上のとおり。"""


def test_the_bracketed_number_keys_the_opinions():
    records = circled_opinions(PAPER.splitlines(), "paper.txt")
    assert [r.code for r in records] == ["7-1", "7-2", "9-1"]
    assert records[2].fields["text"] == "廃止の時期を明らかにすること。"


def test_one_records_opinions_are_no_paper_of_opinions():
    one = "\n".join(line for line in PAPER.splitlines() if "市民プール" not in line and "廃止" not in line)
    assert circled_opinions(one.splitlines(), "paper.txt") == []


@pytest.mark.parametrize("question", ["外郭団体の所管課は全部で何課ある？", "外郭団体の所管課は何課？"])
def test_a_count_in_the_columns_own_unit_counts_its_kinds(index, question):
    # (何課 of the column 所管課: how many 課 it names, not 「はい、あります」 over its rows)
    answer = Assistant(index).ask(question)
    assert answer.count == 11, answer.summary


def _numbers(answer) -> set[str]:
    # (the forms print 団体番号 in full-width digits, １２)
    return {nfkc(str(r.get("number"))) for r in answer.rows}


def test_a_run_of_deficits_as_long_as_the_years_printed(index):
    # (the workbook keeps ▲ as a number format over negative numbers; its note says ▲ is 損失（赤字）)
    answer = Assistant(index).ask("経常収支が３年連続で赤字の団体は？")
    assert answer.status == "exact" and _numbers(answer) == {"3", "6", "8", "11"}, answer.summary


def test_a_shorter_run_is_not_read_as_every_year(index):
    answer = Assistant(index).ask("経常収支が2年連続で赤字の団体は？")
    assert answer.status != "exact", answer.summary


def test_a_balance_in_deficit_in_one_year(index):
    answer = Assistant(index).ask("R6の経常収支が赤字になっている団体は？")
    assert _numbers(answer) == {"3", "5", "6", "8", "11"}, answer.summary


def test_a_sum_over_every_row_said_as_all_of_them(index):
    answer = Assistant(index).ask("R6の経常収支、全団体合計でいくら？（千円）")
    assert answer.status == "exact" and float(answer.value) == 20320, answer.summary


def test_the_most_common_value_asked_by_a_word_for_it(index):
    # (区分 names the value of 今後の方向性 asked, no column of its own)
    answer = Assistant(index).ask("今後の方向性で一番多い区分は？")
    assert answer.status == "exact" and "存続" in answer.summary, answer.summary


def test_a_form_a_page_is_a_row_a_page(index):
    # (the PDF's grid of label and value boxes, one 団体 a page: one table, its columns the labels)
    rows = index.execute("SELECT line FROM table_row WHERE source LIKE '%個別評価シート.pdf'").fetchall()
    assert len(rows) == 12


@pytest.mark.parametrize("question, expected", [
    ("平成に設立された団体は？", {"2", "4", "6", "7", "9", "11"}),
    ("最も新しく設立された団体は？", {"12"}),
])
def test_founding_years_in_wareki_on_the_forms(index, question, expected):
    answer = Assistant(index).ask(question)
    assert answer.status == "exact" and _numbers(answer) == expected, answer.summary


def test_a_follow_up_on_a_column_only_the_list_prints(index):
    # (団体番号 of the forms and No. of the list number the same 団体, their names alike)
    assistant = Assistant(index)
    assistant.ask("平成に設立された団体は？")
    answer = assistant.ask("そのうち出資比率が50％以上のものは？")
    assert _numbers(answer) == {"2", "4", "6", "7", "11"}, answer.summary


FORMS = """評価シート（番号 １）
番号\t１\t担当課\t企画課
事業名\t窓口の電子化
課題\t利用率が低い
－ 1 －

評価シート（番号 ２）
番号\t２\t担当課\t財政課
事業名\t公会計の導入
課題\t人材の不足
－ 2 －
"""


def test_form_rows_read_one_row_a_page():
    from assistant.kinds.generic.form_pages import form_rows

    rows, spans = form_rows(FORMS.splitlines(), "forms.txt")
    assert [r.fields["cells"]["事業名"] for r in rows] == ["窓口の電子化", "公会計の導入"]
    assert rows[0].fields["table"] == "評価シート" and spans == [(2, 4), (8, 10)]


def test_one_page_is_no_form():
    from assistant.kinds.generic.form_pages import form_rows

    assert form_rows(FORMS.split("－ 1 －")[0].splitlines(), "forms.txt") == ([], [])
