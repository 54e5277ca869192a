"""市民協働 newsletter Vol.7: articles, Q&A pairs, dated events and the featured model project."""
from __future__ import annotations

import pytest

from assistant.kinds.newsletter import loader as newsletter
from assistant.model import ParsedDocument, Record
from tests.kinds.helpers import assert_detects_only, assert_renamed_copy_is_identical, corpus_doc

SOURCE = "004_b3b6ed6238b81566.txt"
doc = corpus_doc(newsletter, SOURCE)


@pytest.fixture(scope="module")
def records(doc: ParsedDocument) -> dict[str, Record]:
    return {r.key: r for r in doc.records}


def test_detect() -> None:
    assert_detects_only(newsletter, SOURCE)


def test_counts(doc: ParsedDocument) -> None:
    kinds = [r.kind for r in doc.records]
    assert (kinds.count("article"), kinds.count("qa"), kinds.count("event"), kinds.count("model_project")) == (3, 8, 2, 1)
    assert doc.title == "ニュースレター Vol.7"


def test_articles(records: dict[str, Record]) -> None:
    first = records["article:1"]
    assert first.line == 5
    assert first.fields["title"] == "岡山市 市民協働推進会議 （ワーキングチーム研修）を実施しました。"
    # Wrapped lines are joined back into sentences.
    assert "配置する予定となっていることから" in first.fields["text"]
    assert records["article:2"].line == 190
    assert records["article:2"].fields["title"].startswith("『平成 28 年度岡山市市民協働推進モデル事業』提案を募集")
    assert records["article:3"].line == 208
    assert "Ｃｏｎｔｅｎｔｓ" not in first.fields["text"]


def test_paragraph_passages_have_lines(doc: ParsedDocument) -> None:
    passage = next(p for p in doc.passages if p.text.startswith("岡山市では、「岡山市協働のまちづくり条例」"))
    assert (passage.key, passage.field, passage.line) == ("article:1", "text", 7)
    assert passage.text.endswith("事業アイディアを検討しました。")


def test_qa_pairs(records: dict[str, Record]) -> None:
    qa1 = records["qa:1"].fields
    assert records["qa:1"].line == 29 and records["qa:1"].end_line == 37
    assert qa1["question"] == "「市民協働推進モデル事業」と課の事業とのさびわけがよく分からない。"
    assert "モデルケースを生み出し" in qa1["answer"]
    assert qa1["article"] == "1"
    assert records["qa:2"].fields["question"] == "同規模程度の他の自治体の協働の進捗状況は？"
    assert "参照リンク" in records["qa:2"].fields["answer"]
    # Question and answer printed on one line.
    assert records["qa:5"].fields["question"] == "協働のまちづくり条例第９条の「市」とは？"
    assert records["qa:5"].fields["answer"] == "ここでの「市」は「行政（岡山市）」を指しています。"
    assert records["qa:6"].fields["answer"].startswith("岡山市では地縁組織が主体")
    assert records["qa:8"].end_line == 86


def test_events(records: dict[str, Record]) -> None:
    training = records["event:1"].fields
    assert (training["what"], training["date_from"], training["date_to"]) == ("実施日時", "2015-11-20", "2015-11-20")
    assert (training["time_from"], training["time_to"]) == ("13:30", "16:30")
    assert "ワーキングチーム研修" in training["title"]
    call = records["event:2"].fields
    assert (call["what"], call["date_from"], call["date_to"]) == ("募集期間", "2015-12-18", "2016-02-19")
    assert records["event:2"].line == 198


def test_model_project(doc: ParsedDocument, records: dict[str, Record]) -> None:
    project = records["model_project:1"]
    f = project.fields
    assert project.line == 222
    assert f["name"] == "幼児期の子どもをもつ親への児童虐待の予防・啓発事業"
    assert f["organization"] == "CAP おかやま"
    assert f["department"] == "保健福祉局健康づくり課"
    assert f["year"] == "H27"
    assert f["interviewee"] == "土井佳子"
    assert f["interviewee_affiliation"] == "保険福祉局健康づくり課母子歯科保健係"
    assert f["goal"].startswith("児童虐待は、年々増加の一途を辿っているが")
    assert f["goal"].endswith("急務である。")
    interview = [p for p in doc.passages if "土井佳子" in p.text]
    assert interview and all(p.line == 236 for p in interview)


def test_interview_questions_are_passages(doc: ParsedDocument) -> None:
    questions = {p.text: p.line for p in doc.passages if p.key == "article:3" and p.field == "question"}
    assert questions == {
        "協働相手に求める役割や期待することは？": 300,
        "よりよい協働の実践に向けて展望を教えてください": 340,
        "協働を通じてどのような効果が生まれていますか？": 342,
    }
    # The answer text the question was pasted into is whole again.
    assert any(p.text.startswith("「幼児期の子どもを持つ親への児童虐待の予防・啓発」事業で市民団体の CAP さん")
               for p in doc.passages)


def test_parse_dates() -> None:
    assert newsletter.parse_dates("2015 年 12月 18 日から 2月 19 日", None) == ["2015-12-18", "2016-02-19"]
    assert newsletter.parse_dates("平成２８年１月５日", None) == ["2016-01-05"]
    assert newsletter.parse_dates("３月１日", 2015) == ["2015-03-01"]
    assert newsletter.parse_dates("3月1日", None) == []


def test_renamed_copy_gives_identical_records(doc: ParsedDocument) -> None:
    assert_renamed_copy_is_identical(newsletter, doc, SOURCE)


def test_a_masthead_naming_the_city_is_the_title_and_searchable(doc: ParsedDocument) -> None:
    text = ("北浦市 市民協働ニュース Vol.4\n\n発行：北浦市 市民局 協働推進課 令和8年3月\n\n"
            "≫協働推進員研修を実施しました。\n\n研修を実施しました。\n実施日時 ： 令和8年2月6日（金）14:00～16:30\n")
    other = newsletter.parse(text, "kitaura.docx")
    assert other.title == "北浦市 市民協働ニュース Vol.4"
    assert any(p.key == "doc:kitaura.docx" and "発行：北浦市" in p.text for p in other.passages)
    assert doc.title == "ニュースレター Vol.7"  # the shipped one prints only its volume there
