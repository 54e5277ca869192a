"""Kinds of document and wordings the fresh holdout made69 found misread. Small documents of a made-up town
(桐ヶ丘町, R5–R7) whose names, years and scores are not made69's: a committee's web page scoring each 柱 in a table
a row per member (委員 │ 観点… │ 計, a 平均 row) with each opinion followed by the member who gave it; a joint
projects list coded 協-NN with members joined by 「・」 and 実施年度 「R5～」「R5～R6」「R6」. Then the set's own
documents, where the plan's city is also a member of the joint projects: a plan question naming the city is of
the plan, 「第Nの柱」 scopes the 取組 asked. Each test names the value a wrong reading would miss."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MEMBERS = ("森田委員", "北村委員", "井上委員")
# 柱 → (title, rows of 進捗 効果 効率性 per member, opinions (text, member))
_PILLARS = {
    1: ("窓口サービスの向上", ((3, 3, 2), (2, 3, 3), (3, 2, 2)),
        (("窓口の待ち時間が短くなったことは評価できる。", "北村委員"), ("高齢者への説明を丁寧にしてほしい。", "森田委員"))),
    2: ("財政の健全化", ((2, 1, 2), (1, 2, 1), (2, 2, 1)),
        (("使用料の見直しが遅れており、説明責任を果たすべきである。", "井上委員"),)),
    3: ("職員の育成", ((3, 3, 3), (3, 2, 3), (2, 3, 3)),
        (("研修の効果を数字で示すこと。", "森田委員"),)),
}


def _committee_page() -> str:
    sections = []
    for no, (title, rows, opinions) in _PILLARS.items():
        body = "".join(f"<tr><th>{m}</th>{''.join(f'<td>{v}</td>' for v in r)}<td>{sum(r)}</td></tr>"
                       for m, r in zip(_MEMBERS, rows))
        means = [sum(r[k] for r in rows) / len(rows) for k in range(3)]
        total = sum(sum(r) for r in rows) / len(rows)
        foot = "".join(f"<td>{v:.2f}</td>" for v in means) + f"<td>{total:.2f}</td>"
        quotes = "".join(f"<blockquote><p>{text}</p><cite>{who}</cite></blockquote>" for text, who in opinions)
        sections.append(f"<section><h2>第{no}　{title}</h2><table><thead><tr><th>委員</th><th>進捗</th><th>効果</th>"
                        f"<th>効率性</th><th>計</th></tr></thead><tbody>{body}</tbody><tfoot><tr><th>平均</th>{foot}</tr></tfoot>"
                        f"</table><h3>委員意見</h3>{quotes}</section>")
    return ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>評価結果</title></head><body>"
            "<h1>桐ヶ丘町行財政改革懇話会 改革大綱（令和5年度～令和7年度）評価結果</h1>"
            "<p>各委員が、改革の柱ごとに3つの観点を1点から4点で評価した。計は3観点の合計（12点満点）である。</p>"
            + "".join(sections) + "<p>令和8年6月1日 桐ヶ丘町行財政改革懇話会</p></body></html>")


_JOINT = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>連携事業</title></head><body>
<h1>南嶺地域連携協議会 連携事業一覧（令和7年4月1日現在）</h1>
<p>構成市町村：桐ヶ丘町、白石市、川端村</p>
<table>
<tr><th>事業番号</th><th>事業名</th><th>主担当市町</th><th>参加市町</th><th>実施年度</th><th>備考</th></tr>
<tr><td>協-01</td><td>消防指令の共同運用</td><td>白石市</td><td>桐ヶ丘町・白石市・川端村</td><td>R5～</td><td></td></tr>
<tr><td>協-02</td><td>観光パンフレットの共同作成</td><td>桐ヶ丘町</td><td>桐ヶ丘町・川端村</td><td>R5～R6</td><td></td></tr>
<tr><td>協-03</td><td>保健師の相互派遣</td><td>川端村</td><td>白石市・川端村</td><td>R6</td><td>単年度</td></tr>
<tr><td>協-04</td><td>図書館の相互利用</td><td>白石市</td><td>桐ヶ丘町・白石市</td><td>R6～</td><td></td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made69_kinds")
    (folder / "桐ヶ丘町_懇話会評価結果.html").write_text(_committee_page(), encoding="utf-8")
    (folder / "南嶺地域_連携事業一覧.html").write_text(_JOINT, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


def test_member_tables_read_as_initiatives_and_comments(town) -> None:
    rows = {r["code"]: r for r in town.db.query("SELECT code, title, committee_score, axes, n_comments FROM initiative")}
    assert sorted(rows) == ["1", "2", "3"]
    # the 平均 row's 計 is the committee's score; each member's 計 is kept under the name the table prints
    assert rows["2"]["committee_score"] == pytest.approx(14 / 3, abs=0.01) and '"北村委員": 4' in rows["2"]["axes"]
    comments = {r["code"]: r["text"] for r in town.db.query("SELECT code, text FROM comment")}
    # each opinion keeps its member; the signed date closing the page is no opinion
    assert comments["2-1"].endswith("（井上委員）") and sorted(comments) == ["1-1", "1-2", "2-1", "3-1"]


@pytest.mark.parametrize("question,value", [
    ("桐ヶ丘町の懇話会で、計の平均がいちばん高かった柱はどれ？", "3"),   # the record asked by the paper's own word
    ("桐ヶ丘町の評価結果で、第1の柱の計の平均は何点？", 7.67),
    ("桐ヶ丘町の懇話会、第2の柱で北村委員の計は？", 4),
])
def test_committee_scores_asked(town, question, value) -> None:
    answer = ask(town, question)
    got = answer.value if isinstance(value, str) else round(float(answer.value or 0), 2)
    assert answer.status == "exact" and got == value, (answer.status, answer.value, answer.summary)


def test_opinions_of_the_lowest_pillar(town) -> None:
    answer = ask(town, "桐ヶ丘町で計の平均がいちばん低かった柱は？", "その柱への委員の意見を見せて")
    assert answer.status == "exact" and _codes(answer) == ["2-1"], (answer.status, _codes(answer), answer.summary)


@pytest.mark.parametrize("turns,codes", [
    # a single year 「R6」 ran that year alone and is over; 「R5～R6」 is over; 「R5～」 goes on
    (("南嶺地域連携協議会の事業で、もう終わっているのは？",), ["協-02", "協-03"]),
    (("南嶺地域連携協議会の事業で、令和6年度から始まったのは？",), ["協-03", "協-04"]),
    # a year outside the period: begun later, or ended before (R7 of 「R5～R6」 and of 「R6」)
    (("南嶺地域連携協議会の連携事業で、令和7年度に実施されていなかったものは？",), ["協-02", "協-03"]),
    (("南嶺地域連携協議会の連携事業で、令和5年度に実施されていたものは？",), ["協-01", "協-02"]),
    # every member in the one cell; a start said in a follow-up of joint projects is their 実施年度's first year
    (("南嶺地域連携協議会の連携事業で、構成市町村が全部参加してるのはどれ？",), ["協-01"]),
    (("南嶺地域連携協議会の事業で、桐ヶ丘町が参加してるのは？", "そのうちR5から始まったものだけにして"), ["協-01", "協-02"]),
])
def test_joint_project_periods(town, turns, codes) -> None:
    answer = ask(town, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, _codes(answer), answer.summary)


def test_joint_project_by_its_code_then_its_members(town) -> None:
    answer = ask(town, "南嶺地域連携協議会の協-02って何の事業？", "参加してる市町は？")
    assert answer.value == "桐ヶ丘町・川端村", (answer.status, answer.value, answer.summary)


_SET_DOCS = Path(__file__).resolve().parents[1] / "questions" / "made69" / "docs"


@pytest.fixture(scope="module")
def made69(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made69_docs")
    for doc in _SET_DOCS.iterdir():
        (folder / doc.name).write_bytes(doc.read_bytes())
    return assistant_over(folder)


@pytest.mark.parametrize("turns,codes", [
    # the plan's city is a member of the joint projects too: the question is still the plan's
    (("萩ノ森市の行革プランで令和12年度までに完了した取組を教えて",), ["1-2", "2-1", "4-2"]),
    # 「第Nの柱」 is the scope of the 取組 asked after it
    (("萩ノ森市の改革プランの第2の柱にある取組を一覧で", "そのうち令和11年度にCだったのは？"), ["2-2"]),
    (("萩ノ森市行革プランの第1の柱で、一度もA評価をもらえなかった取組は？",), ["1-4"]),
    (("行政経営改革プランで、第4の柱以外でD評価を受けたことのある取組は？（萩ノ森市）",), ["3-3"]),
    (("萩ノ森市の行革プランで情報戦略課が担当の取組は？", "そのうちほかの課と共管になってないのは？"), ["1-3", "1-5"]),
])
def test_plan_questions_naming_the_city_and_its_pillars(made69, turns, codes) -> None:
    answer = ask(made69, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, _codes(answer), answer.summary)


def test_whether_one_item_is_done_is_its_state(made69) -> None:
    answer = ask(made69, "萩ノ森市の行革プランで、生成AIの業務利用はいつから始まったの？", "それってもう完了してる？")
    assert answer.status == "exact" and answer.value == "継続", (answer.status, answer.value, answer.summary)
