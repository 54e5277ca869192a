"""Questions about a document itself (「このニュースレターは第何号？」「この計画の計画期間は？」): its
title and opening lines answer, as a search over that one document, never its records' rows.
Made documents of a town no loader was written for."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCUMENTS = {
    "sakura_tsushin.txt": """\
さくら町 協働つうしん 第12号

令和6年10月発行　発行：さくら町 協働推進課

町民活動の紹介

さくら町では、町民団体と協働して花壇の整備を進めています。今年度は5団体が参加しました。
""",
    "sakura_keikaku.txt": """\
さくら町行財政改革推進計画

この計画の期間は、令和5年度から令和9年度までの5年間とします。

取組1 窓口業務の見直し 担当課: 住民課
""",
    "sakura_iinkai.html": """<html><body><h1>令和7年度第1回 さくら町行財政改革推進委員会 会議録</h1>
<table><tr><th>日時</th><td>令和7年7月8日（火）午前10時～正午</td></tr>
<tr><th>場所</th><td>さくら町役場 201会議室</td></tr>
<tr><th>出席者</th><td>委員7名、事務局3名</td></tr></table>
<h2>1 開会</h2><p>事務局：ただいまから委員会を開会します。</p>
<h2>2 議事</h2><p>委員A：窓口業務の見直しの進み具合を伺いたい。</p>
</body></html>""",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("itself")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = folder / "made.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def read_first(answer) -> str:
    first = [answer.summary] + [str(v) for part in (answer.rows, answer.excerpts) for v in (part[0].values() if part else ())]
    return "".join("".join(first).split())


@pytest.mark.parametrize("question, expected", [
    ("このつうしんは第何号？", "第12号"),
    ("この協働つうしんは何号ですか", "第12号"),
    ("このつうしんはいつ発行された？", "令和6年10月"),
])
def test_the_document_named_with_kono_answers_from_its_title_and_opening(made, question, expected):
    made.reset()
    answer = made.ask(question)
    assert expected in read_first(answer), answer.summary
    assert answer.status == "search"  # a place to read, not a claimed answer


def test_a_question_about_what_a_document_holds_is_not_about_the_document(made):
    made.reset()
    answer = made.ask("このつうしんで紹介された町民活動は？")
    assert not any(c.get("field") == "document" for c in answer.understood)


@pytest.mark.parametrize("question, expected", [
    # The issue number stands only in the newsletter's title lines, which no record or passage holds.
    ("このニュースレターは第何号？", "Vol.7"),
    ("このニュースレターのタイトルは？", "ニュースレターVol.7"),
])
def test_a_dedicated_kinds_document_answers_from_its_title(assistant, question, expected):
    answer = assistant.ask(question)
    assert expected in read_first(answer), answer.summary
    assert answer.status == "search"


@pytest.mark.parametrize("question, said", [
    ("さくら町の行財政改革推進委員会の開催日は？", "令和7年7月8日"),
    ("さくら町の推進委員会の場所はどこ？", "201会議室"),
    ("行財政改革推進委員会の出席者は？", "委員7名"),
])
def test_a_meetings_record_states_when_where_and_who(made, question, said):
    made.reset()
    answer = made.ask(question)
    assert answer.status == "search" and said in answer.summary and said in answer.excerpts[0]["text"]
