"""The question engine end to end on the real index: what it understands and what it answers."""
from __future__ import annotations

import pytest

from assistant.query.parse import normalize_question


def codes(answer) -> list[str]:
    return [r["key"].split(":", 1)[1] for r in answer.rows]


def labels(answer) -> list[str]:
    return [c["label"] for c in answer.understood]


R4_ENDED = ["8", "9", "24", "29", "33", "34", "35", "36", "40", "41", "56", "57", "58"]


@pytest.mark.parametrize("question", [
    "R4に終了した実践項目", "令和4年度に終わった実践項目", "Ｒ４で完了した実践項目", "2022年度に取組終了した実践項目",
    "R4に終了した項目は？", "令和４年度で取組終了したもの",
])
def test_years_in_every_notation(assistant, question):
    a = assistant.ask(question)
    assert a.target == "practice"
    assert codes(a) == R4_ENDED
    assert "取組終了 = R4" in labels(a)


def test_continuing_items(assistant):
    for q in ("まだ継続している実践項目", "終了していない実践項目"):
        a = assistant.ask(q)
        assert set(codes(a)) == {"N3", "N4", "25", "32", "N9", "38", "N13", "43", "46", "N16", "N17", "69"}


def test_grades_and_comparisons(assistant):
    assert set(codes(assistant.ask("R3でC評価だった実践項目"))) == {"10", "15", "46"}
    assert set(codes(assistant.ask("R3がBでR4にAになった実践項目"))) == {"11", "36", "40", "52", "65"}
    assert set(codes(assistant.ask("進捗度が1の実践項目"))) == {"N8", "N11", "50"}
    assert assistant.ask("創造性が2以下の実践項目は何件").count == 58
    assert set(codes(assistant.ask("委員評価4.5以上の取組項目"))) == {"17", "20"}
    assert assistant.ask("Cではない実践項目は何件").count == 94
    assert all(8 <= r["total"] <= 10 for r in assistant.ask("合計8〜10点の実践項目").rows)
    low = assistant.ask("委員評価が平均より低い取組項目")
    mean = sum(r["committee_score"] for r in assistant.ask("取組項目").rows) / 22
    assert low.rows and all(r["committee_score"] < mean for r in low.rows)


def test_department_typo_is_corrected_and_shown(assistant):
    a = assistant.ask("市民税化の実践項目")
    assert codes(a) == ["48"]
    assert any("市民税課" in n for n in a.notes)


def test_negation_and_themes(assistant):
    assert codes(assistant.ask("総務課以外の実践項目で総合評価がC")) == ["N16"]
    assert len(assistant.ask("納税部会を除く連携事業").rows) == 22
    assert codes(assistant.ask("人材だけの取組項目")) == ["21"]
    both = assistant.ask("財政とサービスの両方のテーマの取組項目")
    assert both.rows and all({"財政", "サービス"} <= set(r["themes"]) for r in both.rows)


def test_aggregates(assistant):
    top = assistant.ask("委員評価が最も高い取組項目")
    assert top.value == 4.6 and set(codes(top)) == {"17", "20"}
    by_grade = assistant.ask("評価別の実践項目の件数")
    assert {r["group"]: r["count"] for r in by_grade.rows} == {"A": 58, "B": 36, "C": 1}
    assert by_grade.count == 3
    top3 = assistant.ask("合計点の上位3件の実践項目")
    assert len(top3.rows) == 3 and all(r["total"] == 12 for r in top3.rows)


def test_single_values(assistant):
    assert assistant.ask("No.17の委員評価は？").value == 4.6
    assert assistant.ask("動物火葬場の廃止の合計点は？").value == 12
    assert assistant.ask("営繕積算システムの導入は何年度に終了？").value == "R2"


def test_facts_in_running_text_come_first_with_highlight(assistant):
    a = assistant.ask("残留農薬のクロスチェックはいつ行った？")
    first = a.excerpts[0]
    assert "H16年度" in first["text"]
    assert first["highlights"] and first["source"].startswith("000_") and first["line"] > 0
    b = assistant.ask("派遣契約期間はどれくらい？")
    assert "2年5ヶ月" in b.excerpts[0]["text"]


def test_follow_ups_refine_until_a_new_topic(assistant):
    assistant.ask("R4に終了した実践項目")
    a = assistant.ask("その中で総務課は？")
    assert set(codes(a)) == {"24", "33", "34"}
    b = assistant.ask("R5では？")
    assert "取組終了 = R5" in labels(b) and all(r["ended"] == "R5" for r in b.rows)
    c = assistant.ask("その取組項目の委員評価は？")
    assert c.target == "initiative" and c.rows
    d = assistant.ask("住宅課の実践項目")
    assert set(codes(d)) == {"31", "42"}


def test_nothing_matches_says_why_and_suggests(assistant):
    a = assistant.ask("R1に終了した実践項目")
    assert a.rows == [] and a.summary
    assert any("R2" in s for s in a.suggestions)


def test_not_understood_shows_examples(assistant):
    a = assistant.ask("？？？")
    assert a.error and a.suggestions


def test_normalize_question_handles_width_and_control_characters():
    assert normalize_question("Ｒ４\x00に　終了") == "R4 に 終了"


def test_keyword_scoped_to_comments(assistant):
    a = assistant.ask("ふるさと納税に触れた委員の意見")
    assert a.target == "comment" and codes(a) == ["1-4", "1-6"]
    assert all("ふるさと納税" in e["text"] for e in a.excerpts)


def test_the_top_group_of_the_previous_grouped_answer(assistant):
    assistant.ask("連携事業を部会別に")
    answer = assistant.ask("いちばん多いのは何件")
    assert answer.value == 4
