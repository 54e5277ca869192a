"""A plan's progress report printing one table per group (「表１　推進方針１　発生抑制の推進」), each item with its
grades by year and one figure of its own (ごみ削減量（ｔ）), 「－」 where the report gives none: the figure is kept
for every group's table, a dash no figure (before, a table holding a dash lost its column), and it is asked by its
word without the unit: 「…が「－」の取組は何件」 (the dashes), 「…、合計するといくつ」 (the figures added up),
「…が大きい順に上位2つ」 (ordered), 「…が30t以上」 (the unit said). The town's summary prints the groups' grades
in a Markdown table padded to line up (「| １    | 発生抑制の推進　　 | Ｂ |」) under 「推進方針別の評価」: its pipes
cut the cells (before, the padding was read as fixed-width columns and the header lost), and the groups' grades
are answered from it though the report is the document calling its groups 推進方針.
(Made up: 楓ヶ丘村's ごみ減量推進計画; made181 m181-027 028 032 035 036 038 are the same kind.)"""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = "楓ヶ丘村ごみ減量推進計画_進捗状況報告書.txt"
HEAD = "取組番号\t取組内容\t担当課\t進捗評価\t\t\tごみ削減量（ｔ）"
YEARS = "\t\t\t令和５年度\t令和６年度\t令和７年度"
REPORT_TEXT = "\n".join([
    "楓ヶ丘村ごみ減量推進計画 進捗状況報告書（令和７年度）",
    "評価区分 ◎：計画以上 ○：計画どおり △：遅れ ×：未実施 －：未着手",
    "ごみ削減量は令和７年度の推計で、推計できないものは「－」とした。",
    "表１ 推進方針１ 発生抑制の推進",
    HEAD, YEARS,
    "１－１\t生ごみ水切りの啓発\t住民課\t○\t◎\t◎\t42",
    "１－２\tマイバッグ運動\t住民課\t△\t○\t○\t15",
    "１－３\t食品ロス削減の講座\t健康課\t－\t△\t○\t－",
    "推進方針１ 計\t\t\t\t\t\t57",
    "表２ 推進方針２ 資源化の推進",
    HEAD, YEARS,
    "２－１\t集団回収の支援\t環境課\t◎\t◎\t○\t30",
    "２－２\t小型家電の回収\t環境課\t○\t△\t△\t－",
    "２－３\t剪定枝の堆肥化\t産業課\t△\t○\t◎\t55",
    "推進方針２ 計\t\t\t\t\t\t85",
    "表３ 推進方針３ 適正処理の推進",
    HEAD, YEARS,
    "３－１\t不法投棄パトロール\t環境課\t○\t○\t○\t－",
    "３－２\tごみ分別アプリの導入\t住民課\t－\t×\t△\t8",
    "推進方針３ 計\t\t\t\t\t\t8",
    "",
]) + "\n"

SUMMARY = "楓ヶ丘村_ごみ減量の進捗（概要）.txt"
SUMMARY_TEXT = "\n".join([
    "■楓ヶ丘村ごみ減量推進計画　令和７年度の進捗（概要）",
    "",
    "■１　推進方針別の評価",
    "　推進方針ごとの評価（Ａ：順調、Ｂ：おおむね順調、Ｃ：遅れ）は次のとおり。",
    "",
    "| 方針 | 名称               | 令和５年度 | 令和６年度 | 令和７年度 |",
    "|------|--------------------|------------|------------|------------|",
    "| １    | 発生抑制の推進　　 | Ｂ         | Ｂ         | Ａ         |",
    "| ２    | 資源化の推進　　　 | Ａ         | Ｃ         | Ｂ         |",
    "| ３    | 適正処理の推進　　 | Ｃ         | Ｃ         | Ｃ         |",
    "",
    "■２　今後の予定",
    "　令和８年度に次期計画を策定する。",
    "",
]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kaedegaoka")
    (folder / REPORT).write_text(REPORT_TEXT, encoding="utf-8")
    (folder / SUMMARY).write_text(SUMMARY_TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return [str(r.get("code") or r["key"].split(":", 1)[1]) for r in answer.rows]


def test_the_figure_of_every_groups_table_is_kept(assistant):
    import json

    kept = {code: json.loads(axes) for code, axes in assistant.db.execute(
        "SELECT code, axes FROM practice WHERE source = ?", (REPORT,))}
    assert kept["2-3"] == {"ごみ削減量(t)": 55}
    assert kept["2-2"] == {"ごみ削減量(t)": None}  # (a dash: no figure)


def test_items_whose_figure_is_a_dash(assistant):
    assistant.reset()
    answer = assistant.ask("ごみ削減量が「－」の取組は何件？")
    assert (answer.status, answer.value) == ("exact", 3), answer.summary
    assert sorted(_codes(answer)) == ["1-3", "2-2", "3-1"]


def test_the_figures_added_up(assistant):
    assistant.reset()
    answer = assistant.ask("取組のごみ削減量、合計するといくつ？")
    assert (answer.status, answer.value) == ("exact", 150), answer.summary


def test_the_items_ordered_by_their_figure(assistant):
    assistant.reset()
    answer = assistant.ask("ごみ削減量が大きい順に上位2つの取組")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == ["2-3", "1-1"]


def test_a_bound_said_in_the_figures_unit(assistant):
    assistant.reset()
    answer = assistant.ask("ごみ削減量が30t以上の取組は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(_codes(answer)) == ["1-1", "2-1", "2-3"]


@pytest.mark.parametrize("turns, codes", [
    (["R7の評価がＡの推進方針"], ["1"]),
    (["前年度より評価が上がった推進方針は？（７年度）"], ["1", "2"]),
    (["推進方針別の評価を見せて", "じゃあ令和６年度にＣだったのは？"], ["2", "3"]),
])
def test_the_groups_grades_of_the_summarys_table(assistant, turns, codes):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.status == "exact", (answer.summary, answer.unused)
    # (the rows are the summary table's, each under the group's number it prints)
    assert sorted(str(r.get("number")) for r in answer.rows) == codes, answer.summary
