"""Layouts read as the records they hold, whatever town prints them:
- minutes' turns 【Ａ委員】… citing indicators by number in full-width (ＫＰＩ２－１－３): comments of those
  indicators; a measure named in the same turn as one of its own indicators (施策２－１) is not a comment of its own;
- a collection of cases headed 〈県町〉title, a prose line under each: case studies, the year they began and their
  figures read from the prose (full-width digits too);
- minutes whose 日時 label is spaced out (「１　日　時　　令和６年５月１０日（金）」): the meeting's day."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_MINUTES = "\n".join([
    "令和６年度第１回楡沢町総合戦略推進会議　議事録",
    "１　日　時　　令和６年５月１０日（金）　午前１０時～正午",
    "２　場　所　　楡沢町役場　大会議室",
    "議題１　ＫＰＩの進捗について",
    "【委員長】ＫＰＩ２－１－３の転入者数は伸びています。施策２－１の評価は妥当です。",
    "【Ａ委員】ＫＰＩ１－１－１の出荷額とＫＰＩ１－２－２の雇用者数が気になります。",
    "【委員長】本日の意見を踏まえてください。",
    "以上",
])

_CASES = "\n".join([
    "他自治体の子育て支援事例（参考資料）",
    "",
    "〈青森県栗ノ木町〉保育料の完全無償化",
    "第２子以降の保育料を無償化した。令和２年度に開始し、移住者数は１２０人。",
    "",
    "〈秋田県桐生野村〉子育て応援住宅の整備",
    "村営の子育て応援住宅を整備した。平成２９年度開始。移住者数は45人。",
    "",
    "〈北海道楓川町〉放課後の学習支援",
    "地域の大学生による学習支援を実施。令和４年度から。移住者数は８人。",
])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("indicator_turns")
    (folder / "minutes.txt").write_text(_MINUTES, encoding="utf-8")
    (folder / "cases.txt").write_text(_CASES, encoding="utf-8")
    return assistant_over(Path(folder))


def _codes(answer) -> list[str]:
    return sorted({str(r.get("initiative")) for r in answer.to_dict()["rows"]})


def test_turns_citing_indicators_by_full_width_number_are_their_comments(town):
    assert _codes(ask(town, "Ａ委員が取り上げたKPIはどれ？")) == ["1-1-1", "1-2-2"]
    said = [(r["initiative"], r["member"]) for r in town.db.query("SELECT initiative, member FROM comment ORDER BY line")]
    # (施策２－１ is the indicator's measure, named with it: no comment of its own)
    assert said == [("2-1-3", "委員長"), ("1-1-1", "A委員"), ("1-2-2", "A委員")]
    # (a member named by the title alone, 【委員長】, holds it: 「委員長が触れた」 asks of its opinions)
    assert _codes(ask(town, "委員長が触れたKPIは？")) == ["2-1-3"]


def test_cases_headed_by_prefecture_and_town_in_angle_brackets(town):
    cases = ask(town, "他の自治体の事例はどこ？")
    assert cases.target == "case_study"
    places = sorted(p for r in cases.rows for p in r.get("places") or [] if p.endswith(("町", "村")))
    assert places == ["栗ノ木町", "桐生野村", "楓川町"]
    many = ask(town, "移住者数が100人以上の事例は？")
    assert [p for r in many.rows for p in r.get("places") or [] if p.endswith("町")] == ["栗ノ木町"]


def test_a_spaced_out_day_label_states_when_the_meeting_was_held(town):
    held = ask(town, "推進会議はいつ開かれた？")
    assert "5月10日" in held.summary



_NESTED = """<html><head><title>楡沢圏 連携事業一覧</title></head><body><h1>楡沢圏　連携事業一覧</h1>
<table><tr><th>政策分野</th><th>連携事業</th></tr>
<tr><th>生活機能の強化</th><td><table>
<tr><th rowspan="2">番号</th><th rowspan="2">事業名</th><th rowspan="2">連携町</th><th rowspan="2">分野</th><th rowspan="2">開始年度</th><th colspan="2">町の負担（千円）</th></tr>
<tr><th>R5</th><th>R6</th></tr>
<tr><td>連-1</td><td>急患センターの共同運営</td><td>栗ノ木町・桐生野村</td><td>医療</td><td>平成２９年度</td><td>1,200</td><td>1,300</td></tr>
<tr><td>連-2</td><td>図書館の相互利用</td><td>栗ノ木町</td><td>教育</td><td>令和２年度</td><td>300</td><td>280</td></tr>
</table></td></tr>
<tr><th>圏域マネジメント</th><td><table>
<tr><th rowspan="2">番号</th><th rowspan="2">事業名</th><th rowspan="2">連携町</th><th rowspan="2">分野</th><th rowspan="2">開始年度</th><th colspan="2">町の負担（千円）</th></tr>
<tr><th>R5</th><th>R6</th></tr>
<tr><td>連-3</td><td>合同職員研修</td><td>栗ノ木町・桐生野村</td><td>人材育成</td><td>令和４年度</td><td>150</td><td>160</td></tr>
</table></td></tr>
<tr><th>合計</th><td>令和５年度　1,650千円</td></tr>
</table></body></html>"""


def test_an_outer_table_of_inner_tables_reads_as_one_table():
    from assistant.formats.html import extract

    lines = extract(_NESTED.encode("utf-8"), "x.html").text.splitlines()
    assert "政策分野\t番号\t事業名\t連携町\t分野\t開始年度\tR5\tR6" in lines
    assert "圏域マネジメント\t連-3\t合同職員研修\t栗ノ木町・桐生野村\t人材育成\t令和４年度\t150\t160" in lines
    assert "合計\t令和５年度 1,650千円" in lines


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nested_projects")
    (folder / "projects.html").write_text(_NESTED, encoding="utf-8")
    return assistant_over(Path(folder))


def test_nested_tables_of_joint_projects_keep_their_own_field_and_yearly_shares(region):
    rows = list(region.db.query("SELECT code, area, costs_by_year FROM joint_project ORDER BY line"))
    assert [(r["code"], r["area"]) for r in rows] == [("連-1", "医療"), ("連-2", "教育"), ("連-3", "人材育成")]
    assert '"R6": {"total_cost": 160}' in rows[2]["costs_by_year"]
    assert sorted(r["key"] for r in ask(region, "人材育成分野の連携事業は？").to_dict()["rows"]) == ["joint_project:連-3"]



def test_cases_begun_in_an_era_by_the_year_their_prose_says(town):
    since = ask(town, "令和に入ってから始めた事例はどこ？")
    places = sorted(p for r in since.rows for p in r.get("places") or [] if p.endswith(("町", "村")))
    assert places == ["栗ノ木町", "楓川町"]  # (「令和２年度に開始し」「令和４年度から」: no 開始年度 label needed)
