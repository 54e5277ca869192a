"""Joint-project table (岡山市・倉敷市): 26 rows, shifted cells placed by what they are."""
from __future__ import annotations

import pytest

from assistant.errors import DocumentError
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.model import ParsedDocument, Record
from tests.kinds.helpers import assert_detects_only, assert_renamed_copy_is_identical, corpus_doc

SOURCE = "000_f03bfc25bf0d6070.txt"
doc = corpus_doc(joint_projects, SOURCE)


@pytest.fixture(scope="module")
def rows(doc: ParsedDocument) -> dict[int, Record]:
    return {record.fields["no"]: record for record in doc.records}


def test_detect() -> None:
    assert_detects_only(joint_projects, SOURCE)


def test_26_projects_with_keys_and_lines(doc: ParsedDocument, rows: dict[int, Record]) -> None:
    assert doc.kind == "joint_projects"
    assert len(doc.records) == 26
    assert sorted(rows) == list(range(1, 27))
    assert all(r.kind == "joint_project" and r.key == f"joint_project:{r.code}" for r in doc.records)
    assert rows[1].line == 5
    assert rows[13].line == 17
    # The blank line between rows 13 and 14 does not lose row 14.
    assert rows[14].line == 19
    assert rows[26].line == 31


def test_row_1_regular(rows: dict[int, Record]) -> None:
    f = rows[1].fields
    assert f["title"] == "公売物件合同公売事業"
    assert f["description"].startswith("滞納整理などによる、両市の差押物件を合同で公売するもの。")
    assert f["done"].startswith("H16.01.21 実施 電話加入権30本")
    assert f["planned"] == "情報交換をし、不動産等で実施条件に合致しそうな案件があれば実施を検討"
    assert f["subcommittee"] == "納税部会"
    assert f["chair_city"] == "岡山市(H16)・倉敷市(H17)"
    assert (f["dept_okayama"], f["dept_kurashiki"]) == ("収税課", "納税課")
    assert f["notes"] == []


def test_row_2_subcommittee_in_department_column(doc: ParsedDocument, rows: dict[int, Record]) -> None:
    f = rows[2].fields
    assert f["title"] == "滞納市税等合同徴収事業"
    assert f["done"].startswith("50万以下の滞納者を原則として, H15.10.23~24 実施")
    assert f["planned"] == "協議中(効果等も含め、実施の有無・方法等について検討)"
    assert f["subcommittee"] == "納税部会"
    assert f["chair_city"] == "岡山市(H16)・倉敷市(H17)"
    # The single department's city cannot be read from the row: chosen by row 1, recorded as uncertain.
    assert f["dept_okayama"] == "収税課"
    assert f["dept_kurashiki"] == ""
    assert any("判別できない" in note and "収税課" in note for note in f["notes"])
    conflicts = [c for c in doc.conflicts if c.key == "joint_project:2"]
    assert len(conflicts) == 1
    assert conflicts[0].field == "department_city"
    assert conflicts[0].chosen == "岡山市"
    assert {v.value for v in conflicts[0].values} == {"岡山市", "倉敷市"}
    assert conflicts[0].note


def test_row_3_single_department_by_column(rows: dict[int, Record]) -> None:
    f = rows[3].fields
    assert f["subcommittee"] == "納税部会"
    assert f["dept_okayama"] == ""
    assert f["dept_kurashiki"] == "収税課 税制課"
    assert any("岡山市の担当部署欄は空欄" in note for note in f["notes"])


def test_row_4_shifted(doc: ParsedDocument, rows: dict[int, Record]) -> None:
    f = rows[4].fields
    assert f["title"] == "コンビニ等を利用した市税収納委託"
    assert f["done"] == "H15年度 ワーキンググループを5回開催"
    assert f["planned"] == "倉敷市の合併後に実施に向けての研究"
    assert f["subcommittee"] == "納税部会"
    assert f["dept_okayama"] == "収税課"
    assert f["dept_kurashiki"] == ""
    assert any(c.key == "joint_project:4" for c in doc.conflicts)


def test_row_14_empty_planned_stays_empty(rows: dict[int, Record]) -> None:
    f = rows[14].fields
    assert f["title"] == "広域物流ネットワークの構築"
    assert f["done"] == "H15.10.24 水島港の利用促進PRを岡山市内で実施"
    assert f["planned"] == ""
    assert f["subcommittee"] == "商工部会"
    assert f["chair_city"] == "岡山市"
    assert (f["dept_okayama"], f["dept_kurashiki"]) == ("事業政策課", "産業支援課")


@pytest.mark.parametrize("no, dept", [(21, "予防課"), (23, "警防課")])
def test_rows_without_subcommittee(rows: dict[int, Record], no: int, dept: str) -> None:
    f = rows[no].fields
    assert f["subcommittee"] == ""
    assert f["chair_city"] == ""
    assert (f["dept_okayama"], f["dept_kurashiki"]) == (dept, dept)
    assert any("部会名称の記載なし" in note for note in f["notes"])


def test_row_5_and_18(rows: dict[int, Record]) -> None:
    assert rows[5].fields["subcommittee"] == "人権啓発部会"
    assert rows[5].fields["chair_city"] == "岡山市"
    assert rows[5].fields["dept_kurashiki"] == "人権同和啓発課"
    assert rows[18].fields["done"] == ""
    assert rows[18].fields["planned"] == "協議中"
    assert rows[18].fields["dept_okayama"] == "教育委員会 教育企画総務課"


def test_known_answers(rows: dict[int, Record]) -> None:
    both = [no for no, r in rows.items()
            if r.fields["dept_okayama"] == "介護保険課" and r.fields["dept_kurashiki"] == "介護保険課"]
    assert both == [8]
    assert rows[11].fields["subcommittee"] == "保健所部会"
    assert rows[11].fields["chair_city"] == "倉敷市"
    assert "「広報くらしき」H16年2月号・H16年7月号・H17年2月号" in rows[16].fields["done"]
    assert all(r.fields["chair_city"] in ("", "岡山市", "倉敷市", "岡山市(H16)・倉敷市(H17)") for r in rows.values())


def test_passages_cover_free_text(doc: ParsedDocument) -> None:
    by_key = {}
    for p in doc.passages:
        by_key.setdefault(p.key, []).append(p)
    row16 = by_key["joint_project:16"]
    assert any(p.field == "done" and "広報くらしき" in p.text and p.line == 21 for p in row16)
    assert any(p.field == "dept_kurashiki" and p.text == "介護保険課" for p in by_key["joint_project:8"])
    assert not any(p.field == "planned" for p in by_key["joint_project:14"])


def test_renamed_copy_gives_identical_records(doc: ParsedDocument) -> None:
    assert_renamed_copy_is_identical(joint_projects, doc, SOURCE)


def test_small_table_with_continuation_and_shift() -> None:
    text = (
        "番号\t事業項目\t事業内容\t進捗状況\t\t部会名称 (部会長)\t担当部署\t\n"
        "\t\t\t既に実施\t今年度(H17)に実施予定\t\t岡山市\t倉敷市\n"
        "1\t事業A\t内容A\t済\t予定\t甲部会 (倉敷市)\t総務課\t企画課\n"
        "\n"
        "2\t事業B\t内容B\t済\t予定\t乙部会 (岡山市)\t人事課\t\n"
        "3\t事業C\t内容C\t済\t予定\t\t丙部会 (岡山市)\t人事課\n"
    )
    assert joint_projects.detect(text)
    doc = joint_projects.parse(text, "t.txt")
    rows = {r.fields["no"]: r.fields for r in doc.records}
    assert rows[1]["chair_city"] == "倉敷市"
    assert rows[2]["dept_okayama"] == "人事課" and rows[2]["dept_kurashiki"] == ""
    # Row 3: 部会 shifted into a department column; 人事課 was 岡山市's in row 2.
    assert rows[3]["subcommittee"] == "丙部会"
    assert rows[3]["dept_okayama"] == "人事課"
    assert [c.key for c in doc.conflicts] == ["joint_project:3"]


def test_missing_header_is_a_document_error() -> None:
    with pytest.raises(DocumentError):
        joint_projects.parse("岡山市\t倉敷市\n1\tx\n", "t.txt")
