"""Kinds of document and wordings the fresh holdout made72 found misread. Small documents of a made-up town
(桜ヶ丘町, 2022–2025) whose names, years and figures are not made72's: a joint projects page printing 開始 and 終了
(a year, or 「継続」) in 西暦, a 事業区分 of ハード/ソフト and the town's own share of one year; a paper of the
committee members' own opinions (【氏名】 blocks of 「（取組N）評点X　opinion」); a newsletter of numbered issues
as Word headings. Then the set's own documents, where the members' paper names the plan's 柱 by number only.
Each test names the value a wrong reading would miss."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_JOINT = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>連携事業一覧</title></head><body>
<h1>桜ヶ丘地域連携協議会 連携事業一覧</h1>
<p>開始・終了は年度（西暦）で示し、終了欄の「継続」は現在も実施中の事業です。</p>
<table>
<tr><th>No.</th><th>事業名</th><th>連携市町</th><th>事業区分</th><th>開始</th><th>終了</th><th>幹事団体</th><th>本町負担額（2024年度・千円）</th></tr>
<tr><td>1</td><td>斎場の共同運営</td><td>桜ヶ丘町，松原市</td><td>ハード</td><td>2016年度</td><td>継続</td><td>松原市</td><td>12,000</td></tr>
<tr><td>2</td><td>職員の合同研修</td><td>桜ヶ丘町，松原市，竹田村</td><td>ソフト</td><td>2019年度</td><td>2023年度</td><td>桜ヶ丘町</td><td>300</td></tr>
<tr><td>3</td><td>消防庁舎の共同整備</td><td>松原市，竹田村</td><td>ハード</td><td>2020年度</td><td>2022年度</td><td>竹田村</td><td>―</td></tr>
<tr><td>4</td><td>図書館の相互利用</td><td>桜ヶ丘町，竹田村</td><td>ソフト</td><td>2023年度</td><td>継続</td><td>竹田村</td><td>1,500</td></tr>
</table><p>（2025年4月1日現在）</p></body></html>
"""

_MEMBERS = """桜ヶ丘町行財政改革懇話会
委員意見集

【佐伯 恵子】　会長／大学教授
（取組1）評点4　窓口の待ち時間の公表を続けてほしい。
（取組2）評点2　使用料の見直しが遅れている。
（取組3）評点3　特になし

【永井 俊】　商工会 事務局長
（取組1）評点3　町内事業者への周知が足りない。
（取組2）評点3　特になし
（取組3）評点5　研修の成果が表れている。
"""


def _newsletter(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("桜ヶ丘町 改革ニュース", 0)
    d.add_heading("第3号（2024年6月）", 1)
    d.add_heading("窓口アンケートを実施しました", 2)
    d.add_paragraph("回答者は210名で、満足度は4.1点でした。")
    d.add_heading("研修を開催しました", 2)
    d.add_paragraph("5月に職員研修を開催しました。参加者は35名でした。")
    d.add_heading("第4号（2024年12月）", 1)
    d.add_heading("研修を開催しました", 2)
    d.add_paragraph("11月に管理職研修を開催しました。参加者は18名でした。")
    d.add_heading("提案制度の結果", 2)
    d.add_paragraph("今年度の職員提案は64件の応募がありました（前年度は50件）。")
    d.save(str(path))


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made72_kinds")
    (folder / "桜ヶ丘地域_連携事業一覧.html").write_text(_JOINT, encoding="utf-8")
    (folder / "懇話会_委員意見.txt").write_text(_MEMBERS, encoding="utf-8")
    _newsletter(folder / "改革ニュース_第3号-第4号.docx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


def test_joint_project_columns_read(town) -> None:
    rows = {r["code"]: r for r in town.db.query("SELECT code, start_year, end_year, category, own_share, own_share_year FROM joint_project")}
    # 「継続」 is a period open at its end (no end year); 「―」 is no share, never 0
    assert not rows["1"]["end_year"] and rows["2"]["end_year"] == "R5" and rows["1"]["category"] == "ハード"
    assert rows["3"]["own_share"] is None and rows["1"]["own_share"] == 12000 and rows["1"]["own_share_year"] == "R6"


@pytest.mark.parametrize("turns,codes", [
    (("桜ヶ丘地域連携協議会の連携事業で、ハード事業のうちいまも継続しているものは？",), ["1"]),
    (("桜ヶ丘地域連携協議会の連携事業で、もう終わっているのは？", "そのうちソフト事業は？"), ["2"]),
    (("桜ヶ丘地域連携協議会で、令和4年度の時点で実施されていた事業は？",), ["1", "2", "3"]),
    (("桜ヶ丘地域連携協議会で、2020年度以降に始まった連携事業は？",), ["3", "4"]),
])
def test_joint_project_periods_and_categories(town, turns, codes) -> None:
    answer = ask(town, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, _codes(answer), answer.summary)


def test_joint_projects_ordered_by_start(town) -> None:
    answer = ask(town, "桜ヶ丘地域連携協議会の連携事業を、始まったのが古い順に2つ挙げて")
    assert answer.status == "exact" and [str(r["code"]) for r in answer.rows] == ["1", "2"], answer.summary


def test_own_share_of_its_year_summed(town) -> None:
    answer = ask(town, "桜ヶ丘地域連携協議会の連携事業で、2024年度の負担額を全部足すといくら？")
    assert answer.status == "exact" and answer.value == 13800, (answer.status, answer.value, answer.summary)
    # (a year the table prints no share of gives none, not another year's)
    assert ask(town, "桜ヶ丘地域連携協議会の連携事業で、2023年度の負担額の合計は？").value is None


def test_member_opinions_read_and_asked(town) -> None:
    rows = {r["code"]: r for r in town.db.query("SELECT code, initiative, member, member_score, text FROM comment")}
    assert sorted(rows) == ["1-1", "1-2", "2-1", "2-2", "3-1", "3-2"]
    assert rows["2-1"]["member"] == "佐伯 恵子" and rows["2-1"]["member_score"] == 2
    answer = ask(town, "桜ヶ丘町行財政改革懇話会で永井委員が取組3につけた評点は？")
    assert answer.status == "exact" and answer.value == 5, (answer.status, answer.value, answer.summary)
    answer = ask(town, "桜ヶ丘町行財政改革懇話会で、佐伯会長は取組2にどんな意見を出してる？")
    assert answer.status == "exact" and _codes(answer) == ["2-1"], (answer.status, _codes(answer), answer.summary)


def test_newsletter_issue_and_its_articles(town) -> None:
    titles = {r["code"]: r["volume"] for r in town.db.query("SELECT code, volume FROM article")}
    assert titles == {"3-1": "3", "3-2": "3", "4-1": "4", "4-2": "4"}
    # the 研修 of the issue asked, not the other issue's
    answer = ask(town, "改革ニュースの第4号にはどんな記事が載ってる？", "その号の研修、参加者は何人だった？")
    assert answer.value == 18, (answer.status, answer.value, answer.summary)


def test_change_from_the_previous_year_stated(town) -> None:
    answer = ask(town, "改革ニュースによると、職員提案の応募は前の年度から何件増えた？")
    assert answer.value == 14 and answer.status == "search", (answer.status, answer.value, answer.summary)


@pytest.fixture(scope="module")
def made72() -> Assistant:
    folder = Path(__file__).resolve().parents[1] / "questions" / "made72" / "docs"
    import shutil
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="made72_"))
    for f in folder.iterdir():
        shutil.copy(f, tmp / f.name)
    return assistant_over(tmp)


def test_member_paper_linked_to_its_report(made72) -> None:
    # the paper names the 柱 by number only: its opinions are searched as the report's 柱's text
    answer = ask(made72, "懇話会の委員意見で「市内事業者」に触れているのはどの柱？")
    assert answer.status == "exact" and _codes(answer) == ["1", "3"], (answer.status, _codes(answer), answer.summary)
