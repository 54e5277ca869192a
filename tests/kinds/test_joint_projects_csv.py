"""A joint-project table saved as CSV (a title line above the header), numbered by codes (R-01, not 1),
with a 幹事団体 column instead of 部会, one 担当（<municipality>） column per member and one column of
states (実施中 / 2027年度実施予定 / 検討中).

The file is written here and indexed for real; the pair of municipalities and the projects are made up."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.kinds.text_blocks import csv_as_tabs
from tests.conversation_helpers import ask, assistant_over

CSV = """\ufeff東山市・西浜村 広域連携事業 実施状況一覧（2026年度末現在）
連携番号,事業名,概要,実施状況,幹事団体,担当（東山市）,担当（西浜村）
R-01,消防指令の共同運用,"指令センターを共同で設置し, 運用する",実施中,東山市,消防本部指令課,総務課
R-02,図書館の相互利用,双方の図書館を利用できる,実施中,西浜村,中央図書館,教育課
R-03,ごみ処理施設の共同整備,新たな施設を共同で整備する,2027年度実施予定,東山市,環境課,住民課
R-04,合同防災訓練,災害時の相互応援の訓練,実施中,西浜村,危機管理課,総務課
R-05,施設予約の共同化,予約システムを共同で調達する,検討中,西浜村,情報政策課,総務課
R-06,移住相談会の合同開催,首都圏で相談会を開く,2028年度実施予定,西浜村,企画課,産業課
※実施状況は2026年度末の状況, 予定は協定の内容による
"""
SOURCE = "higashiyama_nishihama_renkei.csv"


def test_csv_rows_become_tab_rows_line_for_line_and_a_note_stays_text():
    text = csv_as_tabs(CSV)
    lines = text.split("\n")
    assert len(lines) == len(CSV.split("\n"))
    assert lines[1].split("\t")[5] == "担当（東山市）"
    assert lines[2].split("\t")[2] == "指令センターを共同で設置し, 運用する"  # a quoted comma stays in its cell
    assert "\t" not in lines[0] and "\t" not in lines[8]  # the title and the note under the table


def test_the_csv_table_is_read_as_joint_projects_keyed_by_their_codes():
    text = to_text(CSV.encode("utf-8"), SOURCE).text
    assert registry.detect(text) is joint_projects
    doc = registry.parse(text, SOURCE)
    fields = {r.code: r.fields for r in doc.records}
    assert list(fields) == ["R-01", "R-02", "R-03", "R-04", "R-05", "R-06"]
    assert fields["R-02"]["chair_city"] == "西浜村"
    assert fields["R-01"]["departments"] == {"東山市": "消防本部指令課", "西浜村": "総務課"}
    assert fields["R-01"]["description"] == "指令センターを共同で設置し, 運用する"
    assert [(f["status"], f["planned"]) for f in fields.values()][2:5] == [
        ("2027年度実施予定", "2027年度実施予定"), ("実施中", ""), ("検討中", "")]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("csv_joint")
    (folder / SOURCE).write_bytes(CSV.encode("utf-8"))
    return assistant_over(folder)


def codes(answer) -> list[str]:
    return sorted(str(r["key"]).split(":", 1)[1] for r in answer.rows)


@pytest.mark.parametrize("turns, expected", [
    (("東山市と西浜村の連携事業で検討中のものは",), ["R-05"]),
    # A year said with 実施予定 is the state that names it, not every planned project.
    (("西浜村との連携事業で2027年度に実施予定のもの",), ["R-03"]),
    (("西浜村との連携事業で令和10年度に実施予定のもの",), ["R-06"]),
    (("東山市・西浜村の連携事業で西浜村の担当が総務課のものは", "そのうち実施中なのは？"), ["R-01", "R-04"]),
])
def test_questions_over_the_csv_table(assistant, turns, expected):
    answer = ask(assistant, *turns)
    assert answer.status == "exact", answer.summary
    assert codes(answer) == expected


def test_the_leading_municipality_is_counted(assistant):
    answer = ask(assistant, "東山市・西浜村の連携事業で西浜村が幹事の事業は何件")
    assert answer.status == "exact" and answer.count == 4
