"""Kinds of document the fresh holdout made66 found misread, in small documents of made-up towns whose names,
years and projects are not made66's: a joint-projects page whose members share one cell (「／」), with a 幹事
column and one column per fiscal year holding 実施 / 準備 / ―. Each test names the value a wrong reading would
miss."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

JOINT = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>共同事業の状況 | 青嶺地域連携協議会</title></head>
<body>
<h1>青嶺地域連携協議会 共同事業の状況</h1>
<p>構成市町：東原市、南里町、西岡村、北辺町。年度欄の「実施」は事業を実施、「準備」は協議・準備中、「―」は取組なし。</p>
<table border="1">
<thead><tr><th>分野</th><th>No.</th><th>事業名</th><th>構成市町</th><th>幹事</th><th>2024年度</th><th>2025年度</th><th>2026年度</th></tr></thead>
<tbody>
<tr><th rowspan="2">防災</th><td>1</td><td>防災無線の共同整備</td><td>東原市／南里町／西岡村／北辺町</td><td>東原市</td><td>準備</td><td>実施</td><td>実施</td></tr>
<tr><td>2</td><td>避難所資材の共同購入</td><td>南里町／西岡村</td><td>西岡村</td><td>―</td><td>準備</td><td>実施</td></tr>
<tr><th rowspan="2">環境</th><td>3</td><td>資源ごみの共同回収</td><td>東原市／西岡村／北辺町</td><td>西岡村</td><td>準備</td><td>準備</td><td>準備</td></tr>
<tr><td>4</td><td>公用車の共同利用</td><td>東原市／北辺町</td><td>北辺町</td><td>実施</td><td>実施</td><td>―</td></tr>
</tbody></table>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made66_kinds")
    (folder / "青嶺地域_共同事業の状況.html").write_text(JOINT, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    # the member said before the projects and a count asked between them
    (("西岡村って共同事業いくつ参加してる？",), ["1", "2", "3"]),
    # 幹事をやってる: the member of the question before, unsaid, is the one chairing
    (("西岡村って共同事業いくつ参加してる？", "じゃあ幹事をやってるのは？"), ["2", "3"]),
    # 広域 restates the kind; the year said in 和暦 is the 西暦 column
    (("令和7年度にまだ準備段階だった広域の共同事業は？",), ["2", "3"]),
    # 「実施してない」 (the い of ている dropped) is negated
    (("2026年度に実施してない共同事業ってある？あればどれ",), ["3", "4"]),
    # a change between two states: the one the year before, the other in the year said
    (("準備から実施に切り替わったのが2025年度の事業はどれ？",), ["1"]),
    (("2026年度に準備から実施に変わった共同事業は？",), ["2"]),
])
def test_joint_projects_of_members_and_year_states(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, _codes(answer), answer.summary)


def test_a_change_into_the_first_year_printed_is_not_read(assistant) -> None:
    answer = ask(assistant, "2024年度に準備から実施に変わった共同事業は？")
    assert answer.status != "exact" and not answer.rows, answer.summary


def test_average_members_rounded_to_the_digits_asked(assistant) -> None:
    answer = ask(assistant, "共同事業1件あたり、平均で何市町が参加してる？小数1桁で")
    assert answer.status == "exact" and answer.value == 2.8, (answer.status, answer.value, answer.summary)
