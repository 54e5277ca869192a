"""A plan report published as a workbook laid out a sheet per initiative, in words of its own (重点分野 for
the initiatives, 改革事項 for the practice items), and its council's opinion paper (initiative_sheets.py,
opinion_paper.py).

The workbook: a summary sheet (分野No.│重点分野│改革事項数) with a note naming the mark of the items added
later (「追」), then one sheet per 重点分野: its heading 「重点分野N <title>」, a legend of marks written with a
colon (◎：計画以上 …), a two-row header (年度別の状況 over 令和3年度…令和5年度, 観点 over 有効性/経済性), 判定 in
letters S/A/B, 終了年度 or 継続, 担当部 and 担当課. The paper (text, a PDF's wrapping kept): per 重点分野 its
heading, 「審議会評価 3.2点（5点満点） 評語 課題あり」, 委員の主な意見 numbered ① ② over wrapped lines, and a
closing line. The town, its plan, years and every title are made up."""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = "西浜町行政改革推進プラン"
AREAS = {1: "窓口の改善", 2: "財源の確保"}
# code: (area, title, grades R3-R5, 有効性, 経済性, 判定, 終了年度, 担当部, 担当課)
ITEMS = {
    "1": (1, "証明書のコンビニ交付", ["◎", "◎", "◎"], 5, 4, "S", "継続", "住民部", "住民課"),
    "2": (1, "窓口の予約制", ["△", "○", "－"], 3, 3, "B", "令和4年度", "住民部", "住民課"),
    "追1": (1, "オンライン相談", ["－", "○", "◎"], 4, 4, "A", "継続", "総務部", "情報課"),
    "3": (2, "町有地の売却", ["×", "△", "○"], 2, 5, "B", "継続", "総務部", "財産管理課"),
    "4": (2, "広告収入の拡大", ["○", "◎", "－"], 5, 5, "S", "令和4年度", "総務部", "企画課"),
}
HEAD_TOP = ["番号", "改革事項名", "年度別の状況", "", "", "観点", "", "合計", "判定", "終了年度", "担当部", "担当課"]
HEAD_SUB = ["番号", "改革事項名", "令和3年度", "令和4年度", "令和5年度", "有効性", "経済性", "合計", "判定", "終了年度",
            "担当部", "担当課"]


def workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "集計"
    ws.append([f"{PLAN} 進捗状況一覧（令和3年度～令和5年度）"])
    ws.append([])
    ws.append(["分野No.", "重点分野", "改革事項数"])
    for no, title in AREAS.items():
        ws.append([no, title, sum(v[0] == no for v in ITEMS.values())])
    ws.append([])
    ws.append(["注：番号に「追」が付く改革事項は計画期間の途中で追加したもの。"])
    for no, title in AREAS.items():
        sheet = wb.create_sheet(f"分野{no}")
        sheet.append([f"重点分野{no}　{title}"])
        sheet.append(["年度別の状況　◎：計画以上　○：計画どおり　△：遅れ　×：未着手　－：対象外"])
        sheet.append([])
        sheet.append(HEAD_TOP)
        sheet.append(HEAD_SUB)
        for code, (area, name, grades, a, b, judged, ended, bu, ka) in ITEMS.items():
            if area == no:
                sheet.append([code, name, *grades, a, b, a + b, judged, ended, bu, ka])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


PAPER = "\n".join([
    f"{PLAN}に関する意見書",
    "令和6年7月 西浜町行政改革推進審議会",
    "審議会は重点分野ごとに5点満点で評価した。",
    "重点分野1 窓口の改善",
    "審議会評価\t4.4点(5点満点)\t評語\t順調",
    "委員の主な意見",
    "① コンビニ交付の利用が伸びており、窓口の混雑が緩和された点を",
    "評価する。",
    "② 予約制は高齢者にも使いやすい方法を検討し、ほかの分野にも広げてほしい。",
    "重点分野2 財源の確保",
    "審議会評価\t3.2点(5点満点)\t評語\t課題あり",
    "委員の主な意見",
    "① 町有地の売却は、買い手の募集方法を見直すこと。",
    "審議会評価の平均は3.8点であった。",
]) + "\n"


def test_the_workbook_is_read_by_its_shape():
    doc = registry.parse(to_text(workbook(), "kitagawa.xlsx").text, "kitagawa.xlsx")
    assert doc.kind == "plan_report"
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == sorted(ITEMS)
    one = items["1"]
    assert (one["called"], one["initiative"], one["r3"], one["r5"]) == ("改革事項", "1", "◎", "◎")
    assert one["axes"] == {"有効性": 5, "経済性": 4} and one["total"] == 9 and one["overall"] == "S"
    assert (one["departments"], one["bureau"], one["ended"]) == (["住民課"], "住民部", "")
    assert items["2"]["ended"] == "R4" and items["2"]["r5"] == "-"  # a dash: outside the item's years
    assert items["追1"]["tags"] == ["新規"] and items["3"]["tags"] == []  # the note's mark
    areas = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert {no: (f["title"], f["n_practice"], f["called"]) for no, f in areas.items()} == {
        "1": ("窓口の改善", 3, "重点分野"), "2": ("財源の確保", 2, "重点分野")}


def test_the_paper_is_read_with_its_scores_bands_and_wrapped_opinions():
    doc = registry.parse(to_text(PAPER.encode(), "kitagawa_iken.txt").text, "kitagawa_iken.txt")
    assert doc.kind == "plan_report"
    areas = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert {no: (f["committee_score"], f["committee_scale"], f["committee_class"]) for no, f in areas.items()} == {
        "1": (4.4, 5.0, "順調"), "2": (3.2, 5.0, "課題あり")}
    comments = {r.code: r.fields["text"] for r in doc.records if r.kind == "comment"}
    assert comments["1-1"] == "コンビニ交付の利用が伸びており、窓口の混雑が緩和された点を評価する。"
    assert sorted(comments) == ["1-1", "1-2", "2-1"]  # the closing line is no opinion
    assert any("平均は3.8点" in p.text for p in doc.passages if p.key.startswith("doc:"))


def test_a_single_block_is_no_such_workbook():
    # one heading over one table: nothing says it is laid out per initiative
    text = "\n".join(["重点分野1 窓口の改善", "\t".join(HEAD_SUB), "1\t証明書\t◎\t○\t○\t5\t4\t9\tS\t継続\t住民部\t住民課"])
    from assistant.kinds.plan_report import initiative_sheets

    assert not initiative_sheets.detect(text)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sheets")
    (folder / "kitagawa.xlsx").write_bytes(workbook())
    (folder / "kitagawa_iken.txt").write_text(PAPER, encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


@pytest.mark.parametrize("question, expected", [
    ("西浜町の改革事項で令和4年度に◎だったものは？", ["1", "4"]),
    ("西浜町の改革事項で令和4年度の達成状況が△か×のものは？", ["3"]),
    ("西浜町で判定がSの改革事項は？", ["1", "4"]),
    ("西浜町の改革事項で有効性の観点が5点のものは？", ["1", "4"]),
    ("西浜町で途中で追加された改革事項は？", ["追1"]),
    ("西浜町の改革事項で、一度でも×がついたものは？", ["3"]),
    ("西浜町の改革事項で令和3年度は△か×だったのに令和5年度に○になったものは？", ["3"]),
    ("西浜町で令和4年度に終了した改革事項は？", ["2", "4"]),
    ("西浜町の審議会評価が4点以上の重点分野は？", ["1"]),
    ("西浜町の推進審議会の評価がいちばん高い重点分野は？", ["1"]),
])
def test_questions(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == expected


def test_what_the_council_says_of_an_area_said_in_short(assistant):
    # 「推進審議会は、…何と言っている」 asks its opinions; 分野 alone is the paper's 重点分野 (its text says it so)
    assistant.reset()
    answer = assistant.ask("西浜町の推進審議会は、財源の確保の分野について何と言っている？")
    assert (answer.status, [r["code"] for r in answer.rows]) == ("exact", ["2-1"])


def test_the_council_and_the_workbook_are_one_plan(assistant):
    assistant.reset()
    assert assistant.ask("西浜町の重点分野は何件？").count == 2  # joined, not four
    assistant.reset()
    answer = assistant.ask("西浜町の重点分野2の審議会評価は？")
    assert float(answer.value) == 3.2
    assistant.reset()
    answer = assistant.ask("西浜町の改革プランで、いちばん多くの改革事項を所管している課はどこ？")
    assert answer.value == "住民課"
