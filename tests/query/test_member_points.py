"""A committee's web page scoring each 柱 in a table a row per member and a column per 観点 (made69's layout, a
made-up town's names and scores): one member's score on one 観点 (after the 柱 shown, or naming it), and the 柱 some
member gave a score on a 観点 (「「市民目線」に4点をつけた委員がいる柱」), read from each member's row."""
from __future__ import annotations

import json

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MEMBERS = ("森田委員", "北村委員", "井上委員")
_AXES = ("進捗", "効果", "市民目線")
_PILLARS = {
    1: ("窓口サービスの向上", ((3, 3, 2), (2, 3, 4), (3, 2, 2))),
    2: ("財政の健全化", ((2, 1, 2), (1, 2, 1), (2, 2, 1))),
    3: ("職員の育成", ((3, 3, 4), (3, 2, 3), (2, 3, 3))),
}


def _page() -> str:
    sections = []
    for no, (title, rows) in _PILLARS.items():
        body = "".join(f"<tr><th>{m}</th>{''.join(f'<td>{v}</td>' for v in r)}<td>{sum(r)}</td></tr>"
                       for m, r in zip(_MEMBERS, rows))
        foot = "".join(f"<td>{sum(r[k] for r in rows) / 3:.2f}</td>" for k in range(3))
        foot += f"<td>{sum(map(sum, rows)) / 3:.2f}</td>"
        head = "".join(f"<th>{a}</th>" for a in _AXES)
        sections.append(f"<section><h2>第{no}　{title}</h2><table><thead><tr><th>委員</th>{head}<th>計</th></tr></thead>"
                        f"<tbody>{body}</tbody><tfoot><tr><th>平均</th>{foot}</tr></tfoot></table>"
                        f"<h3>委員意見</h3><blockquote><p>着実に進めてほしい。</p><cite>森田委員</cite></blockquote></section>")
    return ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>評価結果</title></head><body>"
            "<h1>桐ヶ丘町行政改革懇話会 評価結果</h1><p>懇話会の各委員が、改革の柱ごとに3つの観点を1点から4点で評価した。</p>"
            + "".join(sections) + "</body></html>")


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("member_points")
    (folder / "桐ヶ丘町_懇話会評価結果.html").write_text(_page(), encoding="utf-8")
    return assistant_over(folder)


def test_each_members_row_is_kept(town) -> None:
    row = next(town.db.query("SELECT member_points FROM initiative WHERE code = '1'"))
    assert json.loads(row["member_points"])["北村委員"] == {"進捗": 2, "効果": 3, "市民目線": 4}


def test_one_members_score_on_one_axis(town) -> None:
    # (was the member's row found as a passage, no value)
    answer = ask(town, "桐ヶ丘町の懇話会の第3の柱の評価を見せて", "森田委員の市民目線は何点？")
    assert (answer.status, answer.value) == ("exact", 4), answer.summary
    answer = ask(town, "桐ヶ丘町の懇話会の第2の柱の評価を見せて", "井上委員の効果は何点？")
    assert (answer.status, answer.value) == ("exact", 2), answer.summary


def test_pillars_some_member_scored_so(town) -> None:
    # (was 委員評価 = 4, a score of the committee, with 市民目線 unread)
    answer = ask(town, "桐ヶ丘町の懇話会で「市民目線」に4点をつけた委員がいる柱は？")
    assert answer.status == "exact" and sorted(r["code"] for r in answer.rows) == ["1", "3"], answer.summary
    answer = ask(town, "桐ヶ丘町の懇話会で市民目線に1点をつけた委員がいる柱は？")
    assert sorted(r["code"] for r in answer.rows) == ["2"], answer.summary
