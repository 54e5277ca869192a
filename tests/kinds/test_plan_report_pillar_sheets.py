"""A plan report workbook of a cover sheet and one sheet per 柱 (initiative_sheets.py through pillar_heads.py): the
heading row states the committee's score in a cell of its own, a two-row header puts the 西暦 years under a merged
進捗評価, items are numbered 1-01, name a 主担当課 and 関係課, an end year in 和暦 or 「―（継続中）」, and a 備考 saying
the year an item was added; the S–C legend stands on one line. Read by its shape, asked on a real index."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.kinds.plan_report import pillar_heads
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

YEARS = ["2031年度", "2032年度", "2033年度"]
PILLARS = [
    ("窓口サービスの改善", "4.2", [
        ("1-01", "書かない窓口の導入", "住民課", "情報課、税務課", ["A", "S", "S"], "令和14年度", None),
        ("1-02", "証明書の郵送請求のオンライン化", "住民課", "", ["B", "B", "A"], "―（継続中）", None),
        ("1-03", "窓口予約の導入", "情報課", "住民課", ["―", "B", "C"], "―（継続中）", "2032年度追加"),
    ]),
    ("財源の確保", "2.6", [
        ("2-01", "使用料の見直し", "財務課", "情報課", ["C", "B", "B"], "―（継続中）", None),
        ("2-02", "遊休地の売却", "管財課", "財務課", ["S", "A", "―"], "令和14年度", None),
    ]),
]


def workbook(path) -> None:
    wb = Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover.append(["湖畔市 行政改革プラン 実施状況報告書（2031年度～2033年度）"])
    cover.append(["【進捗評価の見方】"])
    cover.append(["S：計画を上回った A：計画どおり B：やや遅れ C：大きく遅れ"])
    cover.append(["―：評価の対象外"])
    for n, (name, score, items) in enumerate(PILLARS, 1):
        ws = wb.create_sheet(f"柱{n}")
        ws.append([f"柱{n}　{name}", None, None, None, None, None, None, f"懇話会評価：{score}"])
        ws.append([])
        ws.append(["番号", "取組名", "主担当課", "関係課", "進捗評価", None, None, "完了年度", "備考"])
        ws.append([None, None, None, None, *YEARS, None, None])
        ws.merge_cells("E3:G3")
        for code, title, main, related, grades, end, remark in items:
            ws.append([code, title, main, related or None, *grades, end, remark])
    wb.save(path)


def test_cells_read_by_pillar_heads():
    assert pillar_heads.heading_row("柱1　窓口\t\t\t懇話会評価：3.8") == (
        "柱1 窓口", {"committee_score": 3.8, "score_word": "懇話会評価"})
    assert pillar_heads.heading_row("番号\t取組名\t主担当課") is None
    assert (pillar_heads.ended("―（継続中）"), pillar_heads.ended("令和7年度")) == ("", "R7")
    assert (pillar_heads.printed_end("―（継続中）"), pillar_heads.printed_end("令和7年度")) == ("継続中", "令和7年度")
    assert pillar_heads.added_year("2025年度追加") == "R7" and pillar_heads.added_year("") == ""
    assert pillar_heads.spaced_letter_legend(["S：上回る A：どおり B：遅れ C：大幅な遅れ"]) == ("S", "A", "B", "C")


def test_pillar_sheets_are_read(tmp_path):
    workbook(tmp_path / "plan.xlsx")
    text = to_text((tmp_path / "plan.xlsx").read_bytes(), "plan.xlsx").text
    assert registry.detect(text) is plan_report
    records = plan_report.parse(text, "plan.xlsx").records
    items = {r.code: r.fields for r in records if r.kind == "practice"}
    assert set(items) == {"1-01", "1-02", "1-03", "2-01", "2-02"}
    assert items["1-01"]["departments"] == ["住民課"] and items["1-01"]["related"] == ["情報課", "税務課"]
    assert items["1-02"]["related"] == [] and items["1-02"]["ended"] == "" and items["1-02"]["state"] == "継続中"
    assert items["1-01"]["r15"] == "S" and items["1-01"]["ended"] == "R14" and items["1-01"]["state"] == "令和14年度"
    assert items["1-03"]["tags"] == ["新規"] and items["1-03"]["started"] == "R14" and items["1-03"]["r13"] == "-"
    pillars = {r.code: r.fields for r in records if r.kind == "initiative"}
    assert pillars["1"]["committee_score"] == 4.2 and pillars["2"]["called"] == "柱"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pillar_sheets")
    workbook(folder / "plan.xlsx")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


@pytest.mark.parametrize("question, codes", [
    ("関係課に情報課が入ってる取組は？", ["1-01", "2-01"]),
    ("関係課が一つも書かれていない取組は？", ["1-02"]),
    ("主担当課が住民課の取組は？", ["1-01", "1-02"]),
    ("2032年度より2033年度の評価が下がった取組は？", ["1-03"]),
    ("2033年度にS評価だった取組は？", ["1-01"]),
    ("柱2の取組で一度もCがついてないのは？", ["2-02"]),
])
def test_pillar_sheets_asked(assistant, question, codes):
    assistant.reset()
    answer = assistant.ask(question)
    assert (answer.status, _codes(answer)) == ("exact", codes), answer.summary


def test_pillar_values_asked(assistant):
    assistant.reset()
    answer = assistant.ask("柱1の懇話会評価っていくつ？")
    assert (answer.status, answer.value) == ("exact", 4.2), answer.summary
    assistant.reset()
    answer = assistant.ask("遊休地の売却はどこの課が主担当？")
    assert (answer.status, answer.value) == ("exact", "管財課"), answer.summary
    assistant.reset()
    answer = assistant.ask("書かない窓口の導入って何年度に完了した？")
    assert (answer.status, answer.value) == ("exact", "令和14年度"), answer.summary
