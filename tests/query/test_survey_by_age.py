"""A made-up town's residents' survey page (not made127's words, groups or figures): two tables of the same columns
(全体 │ 20代以下 │ … │ 60代以上), each under its own 問 heading with 「（単位：％）」 on a line between, the first row
of each the number who answered (回答者数（人）). The unit line is no heading; 問１ and 問２ stay two tables; the
base row is no answer (「60代以上が一番高い」 is never it); 「AとBで割合の差が一番大きい」 compares the two columns."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

HEAD = ("選択肢", "全体", "20代以下", "30～40代", "50代", "60代以上")
Q1 = [("回答者数（人）", "800", "150", "250", "180", "220"),
      ("満足", "40.0", "30.0", "38.0", "42.0", "48.0"),
      ("どちらともいえない", "12.0", "15.0", "12.0", "11.0", "10.0"),
      ("不満", "48.0", "55.0", "50.0", "47.0", "42.0")]
Q2 = [("回答者数（人）", "800", "150", "250", "180", "220"),
      ("ごみ収集", "31.0", "20.0", "28.0", "35.0", "39.0"),
      ("道路補修", "44.0", "52.0", "47.0", "41.0", "38.0"),
      ("公共交通", "27.0", "10.0", "22.0", "30.0", "42.0")]


def _table(rows) -> str:
    head = "".join(f"<th>{h}</th>" for h in HEAD)
    body = "".join("<tr>" + f"<th>{r[0]}</th>" + "".join(f"<td>{v}</td>" for v in r[1:]) + "</tr>" for r in rows)
    return f"<table border='1'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _page() -> str:
    return ("<html><head><title>町民満足度調査結果｜楓ヶ丘町</title></head><body>"
            "<h1>令和６年度 楓ヶ丘町 町民満足度調査結果</h1>"
            "<h2>結果（年代別）</h2>"
            "<h3>問１　町の行政サービスに満足していますか</h3><p>（単位：％）</p>" + _table(Q1) +
            "<h3>問２　優先して取り組むべき分野はどれですか（２つまで）</h3><p>（単位：％）</p>" + _table(Q2) +
            "<p>※ 問２は複数回答。</p></body></html>")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("survey_by_age")
    (folder / "町民満足度調査結果.html").write_text(_page(), encoding="utf-8")
    return assistant_over(folder)


def test_each_question_is_a_table_of_its_own(assistant) -> None:
    # 分野 of 問２'s heading: its rows only (満足・不満 of 問１ answer another question), and no 回答者数 row
    answer = ask(assistant, "60代以上が30%以上の分野は？")
    names = sorted(str(r.get("title")) for r in answer.rows)
    assert answer.status == "exact" and names == ["ごみ収集", "公共交通", "道路補修"], (answer.status, names, answer.summary)


@pytest.mark.parametrize("question,value", [
    ("優先して取り組むべき分野で、60代以上が一番高い選択肢は？", "公共交通"),
    ("優先して取り組むべき分野で、20代以下と60代以上で割合の差が一番大きい選択肢は？", "公共交通"),
])
def test_columns_of_age_groups(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


@pytest.mark.parametrize("question,value", [
    # one choice's row across the columns of age groups (「全体」 no age group)
    ("「満足」と答えた割合が一番高い年代は？", "60代以上"),
    ("不満が一番低い年代は？", "60代以上"),
    ("道路補修を選んだ割合が一番高い年代は？", "20代以下"),
])
def test_age_group_of_one_row(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)
