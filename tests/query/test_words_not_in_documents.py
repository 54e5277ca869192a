"""A question's word that no document holds as written (計画期間, 問い合わせ先): its Sudachi parts
still find the passage that answers it, shown as a search (never a claimed answer), instead of
「見つかりませんでした」. Made documents of a city no loader was written for."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.query.rank import kind_score, read_question
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCUMENTS = {
    "midori_jisshi.txt": """\
みどり市行政改革推進計画 令和6年度実施状況

みどり市では、みどり市行政改革推進計画（令和3年度～令和7年度）に掲げた12の推進項目について、毎年度、実施状況を点検しています。

推進項目の実施状況

1 窓口業務の委託 所管課: 市民課 達成度: 4
2 公共施設の再編 所管課: 資産管理課 達成度: 3

お問い合わせ

総務部 行政経営課 行革推進係 電話：0000-11-2222
""",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unheld")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = folder / "made.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("みどり市行政改革推進計画の計画期間は？", "令和3年度～令和7年度"),
    ("みどり市の推進計画の問い合わせ先は？", "行政経営課"),
    ("みどり市の推進計画は何年度から何年度まで？", "令和3年度～令和7年度"),
    # The plan named by its title: the title line holds those words, the contact holds a number.
    ("みどり市行政改革推進計画の問い合わせ先は？", "行政経営課"),
])
def test_a_compound_no_document_holds_is_looked_for_by_its_parts(made, question, expected):
    made.reset()
    answer = made.ask(question)
    assert answer.excerpts, answer.summary
    assert expected in answer.excerpts[0]["text"] or expected in answer.summary
    assert answer.status == "search"  # a place to read, not a claimed answer


@pytest.mark.parametrize("question, kind, text", [
    ("計画期間は？", "period", "推進計画（令和3年度～令和7年度）に掲げた"),
    ("問い合わせ先は？", "contact", "行政経営課 電話：0000-11-2222"),
    ("推進計画は何年度から何年度まで？", "period", "推進計画（令和3年度～令和7年度）に掲げた"),
    ("推進計画の期間はいつからいつまで？", "period", "推進計画（令和3年度～令和7年度）に掲げた"),
])
def test_a_period_and_a_contact_are_kinds_of_thing_asked_for(question, kind, text):
    need = read_question(question)
    assert need.kind == kind
    assert kind_score(need, text) == 1.0
    assert kind_score(need, "みどり市行政改革推進計画 令和6年度実施状況") == 0.0


def test_a_name_no_document_holds_is_not_looked_for_by_its_parts(made):
    # マイナンバーカード is a name: not found is the answer, never passages about カード or 番号.
    made.reset()
    answer = made.ask("マイナンバーカードの交付枚数は？")
    assert answer.count == 0 and not answer.rows
