"""A table whose two sides repeat the same sub-columns (旧組織 部 | 課 ‖ 新組織 部 | 課, 職員数 旧 | 新): the code merged
down over the old rows a new section joins keys one record (merged_records.py), the side said chooses the column
(「新しい課」「職員数（新）」, side_forms.py), 旧 against 新 of one row is a change (「職員数が減る」, before_after.py),
a row named 「（廃止）」 is its old side's section, and a follow-up with a figure condition is not kept silently.
Over made151's 新旧組織対照表 (xlsx) and txt 管理職 table, and a second workbook of another city and layout."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
M151 = ROOT / "tests" / "questions" / "made151" / "docs"


def _codes(answer) -> set[str]:
    return {str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]}


def _other_workbook(path: Path) -> None:
    """Another city's table: 改正前 | 改正後 sides, the code column first, a merged 統合 over two old rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "対照表"
    ws.append(["白鷺台市 組織改正 新旧対照表"])
    ws.append([])
    ws.append(["課コード", "旧組織", None, "新組織", None, "区分", "職員数", None])
    ws.append([None, "部", "課", "部", "課", None, "旧", "新"])
    rows = [
        ["S-1", "総務部", "秘書課", "総務部", "秘書広報課", "統合", 6, 9],
        ["S-1", "総務部", "広報課", "総務部", "秘書広報課", "統合", 4, 9],
        ["S-2", "総務部", "文書課", "総務部", "文書法制課", "名称変更", 7, 8],
        ["S-3", "環境部", "清掃課", "環境部", "資源循環課", "名称変更", 12, 10],
        ["S-4", "環境部", "公園課", "建設部", "公園課", "移管", 5, 6],
        ["－", "環境部", "公害対策課", "－", "（廃止）", "廃止", 3, "－"],
    ]
    for r in rows:
        ws.append(r)
    ws.merge_cells("A5:A6")
    ws.merge_cells("E5:E6")
    ws.merge_cells("H5:H6")
    ws.merge_cells("F5:F6")
    ws.merge_cells("B3:C3")
    ws.merge_cells("D3:E3")
    ws.merge_cells("G3:H3")
    ws.merge_cells("A3:A4")
    ws.merge_cells("F3:F4")
    wb.save(path)


@pytest.fixture(scope="module")
def made151(tmp_path_factory):
    folder = tmp_path_factory.mktemp("m151")
    for name in ("01_新旧組織対照表（R8.4.1）.xlsx", "05_定員管理と改革効果について.txt"):
        shutil.copy(M151 / name, folder / name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other")
    _other_workbook(folder / "組織改正新旧対照表.xlsx")
    return assistant_over(folder)


def test_rows_are_keyed_by_the_code_merged_down_once(made151) -> None:
    merged = ask(made151, "統合でできる新しい課はどれ？")
    assert merged.status == "exact" and _codes(merged) == {"K-06", "K-16"}, merged.summary
    renamed = ask(made151, "名称変更になる課って何課ある？")
    assert renamed.count == 5, renamed.summary


def test_the_side_said_chooses_the_column_and_a_follow_up_keeps_its_figure(made151) -> None:
    first = ask(made151, "総務部の新しい課を一覧で", "そのうち職員数（新）が10人以上のところだけ")
    assert first.status == "exact" and _codes(first) == {"K-01", "K-02", "K-03"}, first.summary
    fewer = ask(made151, "移管になる課を教えて", "その中で職員数が減るのは？")
    assert fewer.status == "exact" and _codes(fewer) == {"K-05", "K-14", "K-17"}, fewer.summary


def test_a_unit_asked_of_its_new_side_and_a_category_said_in_a_follow_up(made151) -> None:
    split = ask(made151, "税務課は新しい組織ではどの課に分かれるの？")
    assert split.status == "exact" and _codes(split) == {"K-08", "K-09"}, split.summary
    new = ask(made151, "こども未来部にはどの課が入る？", "そのうち新設の課は？")
    assert new.status == "exact" and _codes(new) == {"K-18"}, new.summary


def test_a_section_abolished_is_named_by_its_old_side(made151) -> None:
    gone = ask(made151, "廃止になる課の名前は？")
    assert gone.value == "建築住宅課", gone.summary


def test_bare_old_and_new_columns_take_the_caption_measure(made151) -> None:
    many = ask(made151, "管理職数（新）が10人以上の部")
    assert many.status == "exact" and _codes(many) == {"総務部", "企画財政部"}, many.summary
    before = ask(made151, "旧の管理職数が11人以上の部")
    assert before.status == "exact" and _codes(before) == {"総務部", "企画財政部", "市民生活部", "健康福祉部",
                                                           "都市建設部"}, before.summary


def test_another_city_and_layout_reads_the_same(other) -> None:
    merged = ask(other, "統合でできる新しい課はどれ？")
    assert merged.status == "exact" and _codes(merged) == {"S-1"}, merged.summary
    fewer = ask(other, "区分が名称変更で職員数が減る課")
    assert fewer.status == "exact" and _codes(fewer) == {"S-3"}, fewer.summary
    gone = ask(other, "廃止になる課の名前は？")
    assert gone.value == "公害対策課", gone.summary


def test_the_side_said_by_its_label_or_apart_from_the_measure(made151) -> None:
    # (旧組織（Ｒ７）‖ 新組織（Ｒ８）: R8 labels the new side, no fiscal year of the rows; 「、新体制で」 said after the
    # measure is the side of that measure)
    top = ask(made151, "R8の職員数が多い課を上から３つ")
    assert top.status == "exact" and [r["key"] for r in top.to_dict()["rows"]] == \
        ["table_row:K-16", "table_row:K-15", "table_row:K-11"], top.summary
    summed = ask(made151, "企画財政部の課の職員数、新体制で合計何人？")
    assert summed.status == "exact" and summed.value == 57, summed.summary
    before = ask(made151, "係数は改編前だと３の課はいくつ？")
    assert any(u.get("field") == "係数旧" for u in before.to_dict()["understood"]), before.summary


def test_a_side_said_apart_over_another_layout(other) -> None:
    # (改正前 | 改正後 print no label: only the words of a side say it; the 統合's record counted once)
    summed = ask(other, "旧の部が環境部の課の職員数、改正前で合計何人？")
    assert summed.status == "exact" and summed.value == 20, summed.summary
    unlabelled = ask(other, "R8の職員数が多い課を上から３つ")
    assert unlabelled.status != "exact", unlabelled.summary


@pytest.fixture(scope="module")
def summary_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("m151pdf")
    name = "02_組織機構改革の概要.pdf"
    shutil.copy(M151 / name, folder / name)
    return assistant_over(folder)


def test_a_note_mark_inside_a_header_is_no_part_of_its_words(summary_pdf) -> None:
    # (改編前（Ｒ７.４.１）※ over 課数 | 係数 | 職員数: 「改編前の課数」 names the column the ※ sits in)
    total = ask(summary_pdf, "改編前の課数の合計は？")
    assert total.status == "exact" and total.value == 22, total.summary
    most = ask(summary_pdf, "改編前の係数が一番多い部は？")
    assert most.status == "exact" and "総務部" in most.summary, most.summary


def test_a_value_merged_over_several_rows_is_summed_once(made151, other) -> None:
    # (税務課's 旧 30 and 4 merged over its 分割's two new rows K-08, K-09: one old section; the old sections a
    # 統合 joins each added, its new figure once; the totals the document prints: 309, 301, 54, 55)
    for question, total in (("旧の職員数の合計は何人？", 309), ("新の職員数の合計は何人？", 301),
                            ("旧の係数の合計は？", 54), ("新の係数の合計は？", 55)):
        summed = ask(made151, question)
        assert summed.status == "exact" and summed.value == total, (question, summed.summary)
    for question, total in (("旧の職員数の合計は何人？", 37), ("新の職員数の合計は何人？", 33)):
        summed = ask(other, question)
        assert summed.status == "exact" and summed.value == total, (question, summed.summary)
