"""事務事業評価シート 1000064: labelled cells as program fields, indicators per fiscal year."""
from __future__ import annotations

import pytest

from assistant.errors import DocumentError
from assistant.kinds.program_sheet import loader as program_sheet
from assistant.model import ParsedDocument, Record
from tests.kinds.helpers import assert_detects_only, assert_renamed_copy_is_identical, corpus_doc

SOURCE = "003_14d72dc13e628662.txt"
doc = corpus_doc(program_sheet, SOURCE)


@pytest.fixture(scope="module")
def program(doc: ParsedDocument) -> Record:
    return next(r for r in doc.records if r.kind == "program")


def test_detect() -> None:
    assert_detects_only(program_sheet, SOURCE)


def test_counts(doc: ParsedDocument) -> None:
    kinds = [r.kind for r in doc.records]
    assert kinds.count("program") == 1
    assert kinds.count("indicator") == 10
    assert doc.title == "事務事業評価シート 1000064 埼玉県東南部都市連絡調整会議事業"


def test_program_fields(program: Record) -> None:
    f = program.fields
    assert program.key == "program:1000064"
    assert f["code"] == "1000064"
    assert f["name"] == "埼玉県東南部都市連絡調整会議事業"
    assert f["department"] == "企画政策部"
    assert f["section"] == "企画調整課"
    assert f["policy_pillar"] == "2 まちの魅力向上"
    assert f["policy"] == "経2-2 広域行政の推進"
    assert f["start_year"] == "平成3年度"
    assert f["end_year"] == "なし"
    assert f["target"] == "市民"
    assert f["total_cost"] == 7110000
    assert f["specific_revenue"] == 0
    assert f["city_burden"] == 7110000
    assert f["settlement_year"] == "R4"
    assert (f["staff_fulltime"], f["staff_parttime"]) == (2, 0)
    assert f["staff"] == "フルタイム 2 / パートタイム 0"
    assert f["workload_share"] == "25%"
    assert f["work_type"] == "非定型業務"
    assert f["difficulty"] == "普通"
    assert f["summary"].startswith("埼玉県東南部地域に位置する5市1町(草加市、越谷市")
    assert f["future_policy"].startswith("既存事業の見直しや新規事業の検討")
    assert "参加者 28名" in f["report"]


def test_lost_circled_digits_repaired(program: Record) -> None:
    f = program.fields
    assert f["response"].startswith("①共通する行政課題の解決策を提案する②団体間の")
    assert "④まんまるよやくの適正な運用を行う" in f["response"]
    assert f["response_raw"].startswith("@共通する")


def test_labels_cover_fields(program: Record) -> None:
    assert set(program.fields) <= set(program_sheet.LABELS)
    assert program_sheet.LABELS["city_burden"].startswith("市の実質負担額")
    assert program_sheet.LABELS["name"] == "事業名"


def test_indicators(doc: ParsedDocument) -> None:
    indicators = {r.code: r for r in doc.records if r.kind == "indicator"}
    assert list(indicators) == [f"1000064-{n}" for n in range(1, 11)]
    r4 = indicators["1000064-2"]
    assert r4.line == 107
    f = r4.fields
    assert (f["program"], f["type"], f["indicator"], f["year"]) == ("1000064", "活動指標", "まんまるよやく申請書等の配架場所", "R4")
    assert (f["plan"], f["actual"], f["rate"], f["unit"]) == (12, 12, 100.0, "か所")
    assert f["method"] == "配架実績による"
    outcome = indicators["1000064-7"].fields
    assert (outcome["type"], outcome["year"], outcome["plan"], outcome["actual"], outcome["rate"], outcome["unit"]) == (
        "成果指標", "R4", 1250, 1252, 100.0, "件")
    future = indicators["1000064-10"].fields
    assert (future["year"], future["plan"], future["actual"], future["rate"]) == ("R7", 1250, None, None)
    assert [indicators[f"1000064-{n}"].fields["year"] for n in range(1, 6)] == ["R3", "R4", "R5", "R6", "R7"]


def test_passages_findable(doc: ParsedDocument) -> None:
    texts = [p for p in doc.passages if p.key == "program:1000064"]
    workload = [p for p in texts if "業務割合推計" in p.text and "25%" in p.text]
    assert len(workload) == 1 and workload[0].line == 79
    training = [p for p in texts if "職員研修会" in p.text and "参加者 28名" in p.text]
    assert len(training) == 1 and training[0].field == "report" and training[0].line == 191
    assert any(p.text == "総事業費(合計): 7,110,000" for p in texts)
    assert any(p.key == "indicator:1000064-7" and "1252" in p.text for p in doc.passages)


def test_renamed_copy_gives_identical_records(doc: ParsedDocument) -> None:
    assert_renamed_copy_is_identical(program_sheet, doc, SOURCE)


def test_cells_span_lines() -> None:
    cells = program_sheet.cells("a |\nb\nc\n|\n|\nd |")
    assert [(c.text, c.line) for c in cells] == [("a", 1), ("b c", 2), ("", 5), ("d", 6)]


def test_sheet_without_code_is_an_error() -> None:
    with pytest.raises(DocumentError):
        program_sheet.parse("事業名 |\nなにか |\n", "x.txt")


def test_repair_lost_circled_only_for_the_artifact() -> None:
    from assistant.text.normalize import repair_lost_circled, wareki_short, wareki_to_year

    assert repair_lost_circled("@一つ目A二つ目") == "①一つ目②二つ目"
    assert repair_lost_circled("連絡先 info@example.jp まで") == "連絡先 info@example.jp まで"
    assert repair_lost_circled("評価はAランク") == "評価はAランク"
    assert wareki_short("令和4年度決算") == "R4"
    assert wareki_short("平成元年度") == "H1"
    assert (wareki_to_year("令和", 4), wareki_to_year("H", 17)) == (2022, 2005)


def test_the_sheet_as_a_web_page_is_read_the_same_way() -> None:
    """Another city's sheet published as HTML tables (cells come out tab-separated): the same kind,
    its key/value cells and its indicator rows, each row ending with its line."""
    from assistant.formats import to_text
    from assistant.kinds import registry

    def table(rows):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"

    html = ("<html><body><h1>事務事業評価シート（令和6年度決算）</h1>"
            + table([["事務事業コード", "2000317"], ["事業名", "県央地域広域連携推進事業"], ["担当部名", "総合政策部"],
                     ["担当課名", "広域連携推進課"], ["開始年度", "平成8年度"]])
            + "<h2>事業費</h2>" + table([["歳出", "総事業費(合計)", "令和6年度決算", "4,860,000"]])
            + "<h2>指標</h2>" + table([["成果指標", "指標名", "公共施設の相互利用件数", "単位", "件"],
                                       ["年度", "計画値", "実績値", "達成率"],
                                       ["令和6年度", "3,000", "3,360", "112.0%"]])
            + "<h2>事業の評価・改善</h2>" + table([["評価", "相互利用件数は目標を上回った。"]]) + "</body></html>")
    doc = registry.parse(to_text(html.encode("utf-8"), "sheet.html").text, "sheet.html")
    assert doc.kind == "program_sheet"
    program = doc.records[0].fields
    assert (program["code"], program["section"], program["start_year"]) == ("2000317", "広域連携推進課", "平成8年度")
    assert program["total_cost"] == 4860000
    indicator = doc.records[1].fields
    assert (indicator["year"], indicator["plan"], indicator["actual"], indicator["rate"], indicator["unit"]) == \
        ("R6", 3000, 3360, 112.0, "件")
