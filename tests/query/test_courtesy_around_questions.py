"""Keigo around a question (a greeting, the asker's self-introduction, ご担当, どちらの部署) is never read as
a keyword or a condition: the answer is the one the plain question gets (shipped corpus)."""
from __future__ import annotations

import pytest


def _plain_and_polite(db):
    code, title = db.execute("SELECT code, title FROM practice WHERE departments LIKE '%課%' AND title != '' "
                             "ORDER BY code LIMIT 1").fetchone()
    return code, title


@pytest.mark.parametrize("polite", [
    "お世話になっております。人事課の者です。{t}という実践項目は、どちらの部署のご担当でしょうか。",
    "お疲れ様です。お忙しいところ恐れ入りますが、{t}の担当部署を教えていただけますでしょうか。よろしくお願いいたします。",
    "人事課の山田と申します。{t}は、どの部署のご担当でしょうか。",
])
def test_keigo_around_a_department_question(assistant, db, polite):
    code, title = _plain_and_polite(db)
    plain = assistant.ask(f"{title}の担当部署は？")
    assistant.reset()
    answer = assistant.ask(polite.format(t=title))
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert answer.value == plain.value and answer.value, answer.summary


def test_the_askers_own_department_is_no_condition(assistant, db):
    plain = assistant.ask("令和3年度の自己評価がAだった実践項目は何件？")
    assistant.reset()
    answer = assistant.ask("お世話になっております。人事課の者です。令和3年度の自己評価がAだった実践項目は何件ございますか。")
    assert answer.status == plain.status and not answer.unused and answer.count == plain.count, answer.summary
    assert not any("人事課" in str(u.get("label")) for u in answer.understood)


def test_the_size_of_the_top_department_held_alone_asked_in_keigo(assistant, db):
    import json

    top = assistant.ask("実践項目をいちばん多く担当している部署はどこでしょうか。")
    alone = sum(1 for (d,) in db.execute("SELECT departments FROM practice")
                if json.loads(d or "[]") == [top.value])
    answer = assistant.ask("その部署が他の部署と共同ではなく単独で担当している実践項目は何件ございますか。")
    assert answer.status == "exact" and answer.count == alone, answer.summary


def test_thanks_before_a_follow_up_keeps_it_a_follow_up(assistant):
    plain = [assistant.ask("納税課が担当している実践項目"), assistant.ask("そのうちR4の評価がAのもの")][-1]
    assistant.reset()
    assistant.ask("総務課の鈴木です。納税課が担当している実践項目を拝見したいのですが。")
    answer = assistant.ask("ありがとうございます。そのうちR4の評価がAのものをお伺いしたいのですが。")
    assert {r["key"] for r in answer.rows} == {r["key"] for r in plain.rows}, answer.summary
    assert not answer.unused, answer.summary
