"""鵆ヶ瀬町's 総合戦略 documents (made106's, read alone): a PDF table of 基本目標 each merged over its two 数値目標 rows
(the goal's name and its 総合評価 ◎○△ printed once, the goal's number inside its name 「基本目標1地域の…」); a web
page's joint projects whose 事業費（千円） spans 令和５年度｜令和６年度｜増減 (the headings spanning both header rows
printed again on the lower one); a Word summary of members' opinions saying the body's size (委員定数12名) beside the
sections of those who attended; a text collection of cases 「◇事例N 県町村「題」」 with 開始年度：/成果： lines.
General behaviours, each asked the way another town's documents would be."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.case_studies import labelled
from assistant.kinds.case_studies.loader import parse_places
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made106" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made106_layouts")
    for name in ("chidorigase_kihonmokuhyo_kensho_R6.pdf", "chidorigase_koiki_renkei_R6.html",
                 "chidorigase_suishinkaigi_iken_R6.docx", "chidorigase_senshin_jirei.txt"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted({str(r["key"]) for r in answer.to_dict()["rows"]})


def test_goals_merged_over_their_measures_are_keyed_by_the_goal(assistant) -> None:
    a = ask(assistant, "総合評価が◎の基本目標はどれ？")
    assert _keys(a) == ["initiative:1", "initiative:2"]
    # (the grade printed once over a goal's two rows is each row's: the goal's second measure too)
    a = ask(assistant, "達成度が令和5年度に80％未満の数値目標がある基本目標は？")
    assert _keys(a) == ["initiative:2", "initiative:3"]


def test_year_columns_under_a_spanning_cost_heading_printed_twice(assistant) -> None:
    a = ask(assistant, "連携事業の令和6年度の事業費の合計はいくら？")
    assert a.value == 42050
    a = ask(assistant, "令和6年度の事業費が前年度より減った連携事業は？")
    assert _keys(a) == ["joint_project:連-2", "joint_project:連-6"]


def test_the_body_size_stated_outranks_the_sections_counted(assistant) -> None:
    a = ask(assistant, "推進会議の委員は何人？")
    assert a.value == 12 and a.status == "search"  # (7 sections: those who attended, not the members)


def test_cases_headed_by_place_and_quoted_title(assistant) -> None:
    assert labelled._places_after("長野県梓ノ平村「空き家改修で定住を促進」", parse_places) == \
        ("空き家改修で定住を促進", "長野県梓ノ平村")
    a = ask(assistant, "九州の自治体の事例ってある？")
    assert any("椎ノ尾村" in r.get("places", []) for r in a.to_dict()["rows"])
    a = ask(assistant, "移住者数が50人以上の事例はどこ？")  # (事例5's 延べ4,350人 is no 移住者数)
    assert sorted(p for r in a.to_dict()["rows"] for p in r["places"] if not p.endswith("県")) == \
        ["梓ノ平村", "茜沢町", "雪笹町"]
    a = ask(assistant, "先進事例で移住者数がいちばん多いのはどこ？")  # (先進: the collection's title, no case's word)
    assert a.value == "梓ノ平村"
    a = ask(assistant, "ワーケーションの事例はどこ？", "そこはいつから始めた取組？")
    assert a.to_dict()["rows"][0]["started"] == "令和2年度"


def test_a_members_part_of_the_cost_from_its_printed_share(assistant) -> None:
    a = ask(assistant, "連-3の幹事団体はどこ？", "その事業の鵆ヶ瀬町の令和6年度の負担額はいくら？")
    assert a.value == 3100  # (12,400千円 × 「鵆ヶ瀬町25％」)


def test_members_headed_by_number_citing_measure_codes(assistant) -> None:
    from assistant.kinds.generic.headed_turns import headed_turn_comments

    lines = ["令和６年度 ○○町推進会議 委員意見まとめ", "（１）山田　一郎委員（○○町商工会）",
             "・施策1-2-1の創業支援は評価できる。", "・施策2-3の体験事業は波及が見えにくい。",
             "【町の考え方】経営相談を実施します。", "（２）佐藤　花子委員（公募委員）", "・施策3-1-1を早めに公表してほしい。",
             "【町の考え方】11月に公表します。"]
    found = {r.fields["initiative"]: r.fields for r in headed_turn_comments(lines, "m.docx")}
    assert sorted(found) == ["1-2-1", "2-3", "3-1-1"]
    assert found["3-1-1"]["member"] == "佐藤 花子" and found["3-1-1"]["response"] == "11月に公表します。"
    a = ask(assistant, "商工会の委員が意見を出したのはどの施策？")
    assert sorted({str(r["key"]).split(":")[1].split("-")[0] for r in a.to_dict()["rows"]}) == ["1－2－1", "1－3－2"]
