"""Joint-project table (岡山市・倉敷市): 26 rows, shifted cells placed by what they are; the municipalities
are read from the header, so editions with another pair or with three of them read the same way."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.errors import DocumentError
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.model import ParsedDocument, Record, SourceValue
from tests.kinds.helpers import assert_detects_only, assert_renamed_copy_is_identical, corpus_doc, corpus_text

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
    assert f["departments"] == {"岡山市": "収税課", "倉敷市": "納税課"}
    assert f["notes"] == []


def test_row_2_subcommittee_in_department_column(doc: ParsedDocument, rows: dict[int, Record]) -> None:
    f = rows[2].fields
    assert f["title"] == "滞納市税等合同徴収事業"
    assert f["done"].startswith("50万以下の滞納者を原則として, H15.10.23~24 実施")
    assert f["planned"] == "協議中(効果等も含め、実施の有無・方法等について検討)"
    assert f["subcommittee"] == "納税部会"
    assert f["chair_city"] == "岡山市(H16)・倉敷市(H17)"
    # The single department's city cannot be read from the row: chosen by row 1, recorded as uncertain.
    assert f["departments"] == {"岡山市": "収税課", "倉敷市": ""}
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
    assert f["departments"] == {"岡山市": "", "倉敷市": "収税課 税制課"}
    assert any("岡山市の担当部署欄は空欄" in note for note in f["notes"])


def test_row_4_shifted(doc: ParsedDocument, rows: dict[int, Record]) -> None:
    f = rows[4].fields
    assert f["title"] == "コンビニ等を利用した市税収納委託"
    assert f["done"] == "H15年度 ワーキンググループを5回開催"
    assert f["planned"] == "倉敷市の合併後に実施に向けての研究"
    assert f["subcommittee"] == "納税部会"
    assert f["departments"] == {"岡山市": "収税課", "倉敷市": ""}
    assert any(c.key == "joint_project:4" for c in doc.conflicts)


def test_row_14_empty_planned_stays_empty(rows: dict[int, Record]) -> None:
    f = rows[14].fields
    assert f["title"] == "広域物流ネットワークの構築"
    assert f["done"] == "H15.10.24 水島港の利用促進PRを岡山市内で実施"
    assert f["planned"] == ""
    assert f["subcommittee"] == "商工部会"
    assert f["chair_city"] == "岡山市"
    assert f["departments"] == {"岡山市": "事業政策課", "倉敷市": "産業支援課"}


@pytest.mark.parametrize("no, dept", [(21, "予防課"), (23, "警防課")])
def test_rows_without_subcommittee(rows: dict[int, Record], no: int, dept: str) -> None:
    f = rows[no].fields
    assert f["subcommittee"] == ""
    assert f["chair_city"] == ""
    assert f["departments"] == {"岡山市": dept, "倉敷市": dept}
    assert any("部会名称の記載なし" in note for note in f["notes"])


def test_row_5_and_18(rows: dict[int, Record]) -> None:
    assert rows[5].fields["subcommittee"] == "人権啓発部会"
    assert rows[5].fields["chair_city"] == "岡山市"
    assert rows[5].fields["departments"]["倉敷市"] == "人権同和啓発課"
    assert rows[18].fields["done"] == ""
    assert rows[18].fields["planned"] == "協議中"
    assert rows[18].fields["departments"]["岡山市"] == "教育委員会 教育企画総務課"


def test_known_answers(rows: dict[int, Record]) -> None:
    both = [no for no, r in rows.items()
            if r.fields["departments"] == {"岡山市": "介護保険課", "倉敷市": "介護保険課"}]
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
    assert any(p.field == "departments" and p.text == "介護保険課" for p in by_key["joint_project:8"])
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
    assert rows[2]["departments"] == {"岡山市": "人事課", "倉敷市": ""}
    # Row 3: 部会 shifted into a department column; 人事課 was 岡山市's in row 2.
    assert rows[3]["subcommittee"] == "丙部会"
    assert rows[3]["departments"] == {"岡山市": "人事課", "倉敷市": ""}
    assert [c.key for c in doc.conflicts] == ["joint_project:3"]


def test_missing_header_is_a_document_error() -> None:
    with pytest.raises(DocumentError):
        joint_projects.parse("岡山市\t倉敷市\n1\tx\n", "t.txt")


# ---------------------------------------------------------------- every shipped department, exactly
SHIPPED_DEPARTMENTS = {
    1: ("収税課", "納税課"), 2: ("収税課", ""), 3: ("", "収税課 税制課"), 4: ("収税課", ""),
    5: ("", "人権同和啓発課"), 6: ("情報政策課 システム企画課", "情報政策室"), 7: ("保育課", "保育課"),
    8: ("介護保険課", "介護保険課"), 9: ("国民健康保険課 福祉援護課", "国民健康保険課 医療給付課"),
    10: ("保健所保健課", "保健総務課"), 11: ("生活衛生課", "衛生検査課"), 12: ("人事課", "人事課"),
    13: ("地域産業課", "産業支援課"), 14: ("事業政策課", "産業支援課"), 15: ("観光経済交流課", "観光企画課"),
    16: ("広報課", "公聴広報課"), 17: ("教育委員会 教育企画総務課", "教育委員会 教育総務課"),
    18: ("教育委員会 教育企画総務課", "教育委員会 教育総務課"), 19: ("文化政策課", "文化振興室"),
    20: ("環境調整課", "環境保全課"), 21: ("予防課", "予防課"), 22: ("予防課", "危険物課"), 23: ("警防課", "警防課"),
    24: ("水道局総務課", "水道局 水道管理課"), 25: ("計画調整課", "下水計画課"),
    26: ("国体・障害者スポーツ大会局 総務企画課", "国体推進室 国体総務課"),
}


def test_every_shipped_department(doc: ParsedDocument, rows: dict[int, Record]) -> None:
    assert doc.title == "岡山市・倉敷市 連携事業の進捗状況（H17）"
    for no, (okayama, kurashiki) in SHIPPED_DEPARTMENTS.items():
        departments = rows[no].fields["departments"]
        assert list(departments) == ["岡山市", "倉敷市"], no  # the header's order, every municipality a key
        assert departments == {"岡山市": okayama, "倉敷市": kurashiki}, no
    # One passage per department written, in the header's order, after the record's other text.
    depts_8 = [p.text for p in doc.passages if p.key == "joint_project:8" and p.field == "departments"]
    assert depts_8 == ["介護保険課", "介護保険課"]
    assert [c.key for c in doc.conflicts] == ["joint_project:2", "joint_project:4"]


# ---------------------------------------------------------------- made editions
def _renamed(value, pairs: tuple[tuple[str, str], ...]):
    """A parsed value with every name replaced (keys of objects and copies of conflicts included)."""
    if isinstance(value, str):
        for old, new in pairs:
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_renamed(v, pairs) for v in value]
    if isinstance(value, tuple):
        return tuple(_renamed(v, pairs) for v in value)
    if isinstance(value, dict):
        return {_renamed(k, pairs): _renamed(v, pairs) for k, v in value.items()}
    if isinstance(value, SourceValue):
        return replace(value, value=_renamed(value.value, pairs))
    return value


def _edition(pairs: tuple[tuple[str, str], ...]) -> ParsedDocument:
    """The shipped file with names replaced everywhere in its text."""
    text = _renamed(corpus_text(SOURCE), pairs)
    assert joint_projects.detect(text)
    return joint_projects.parse(text, SOURCE)


@pytest.mark.parametrize("pairs, wording", [
    ((("岡山", "福山"), ("倉敷", "尾道")), ()),
    # Towns: the notes say 市町村 where they said 市.
    ((("岡山市", "下野町"), ("倉敷市", "上野町")), (("どちらの市の", "どちらの市町村の"),)),
])
def test_another_pair_of_municipalities_gives_the_same_records(doc: ParsedDocument, pairs, wording) -> None:
    other = _edition(pairs)
    expected = pairs + wording
    assert other.title == _renamed(doc.title, pairs)
    assert [r.fields for r in other.records] == [_renamed(r.fields, expected) for r in doc.records]
    assert [(r.key, r.line, r.end_line) for r in other.records] == [(r.key, r.line, r.end_line) for r in doc.records]
    assert [(p.key, p.field, p.text, p.line) for p in other.passages] == \
        [(p.key, p.field, _renamed(p.text, pairs), p.line) for p in doc.passages]
    assert [(c.key, c.field, c.chosen, c.values, c.note) for c in other.conflicts] == \
        [(c.key, c.field, _renamed(c.chosen, pairs), _renamed(c.values, pairs), _renamed(c.note, expected))
         for c in doc.conflicts]


def test_swapped_pair_follows_the_header(rows: dict[int, Record]) -> None:
    """Swapping the two names everywhere swaps every record's departments: the order is the header's."""
    swap = (("岡山", "\x00"), ("倉敷", "岡山"), ("\x00", "倉敷"))
    other = _edition(swap)
    assert other.title == "倉敷市・岡山市 連携事業の進捗状況（H17）"
    for record in other.records:
        assert list(record.fields["departments"]) == ["倉敷市", "岡山市"]
        assert _renamed(record.fields, swap) == rows[record.fields["no"]].fields


def _with_third_municipality(text: str, name: str = "総社市") -> str:
    """The shipped table with one more department column: a heading under 担当部署 and, at the end of
    every row, that municipality's department (「総社<番号>課」)."""
    out = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if "事業項目" in line:
            line += "\t"
        elif cells[-1] == "倉敷市":
            line += f"\t{name}"
        elif cells[0].strip().isdigit():
            line += f"\t総社{cells[0].strip()}課"
        out.append(line)
    return "\n".join(out)


def test_three_municipalities(doc: ParsedDocument, rows: dict[int, Record]) -> None:
    text = _with_third_municipality(corpus_text(SOURCE))
    assert joint_projects.detect(text)
    three = joint_projects.parse(text, SOURCE)
    assert three.title == "岡山市・倉敷市・総社市 連携事業の進捗状況（H17）"
    got = {r.fields["no"]: r.fields for r in three.records}
    assert sorted(got) == list(range(1, 27))
    for no, (okayama, kurashiki) in SHIPPED_DEPARTMENTS.items():
        assert got[no]["departments"] == {"岡山市": okayama, "倉敷市": kurashiki, "総社市": f"総社{no}課"}, no
        for name in ("title", "description", "done", "planned", "subcommittee", "chair_city"):
            assert got[no][name] == rows[no].fields[name], (no, name)
    # Rows whose tail is shifted: 収税課 is 岡山市's by evidence, the third department by its column,
    # each recorded as uncertain and naming the municipality it was given.
    assert [(c.key, c.chosen) for c in three.conflicts] == [
        ("joint_project:2", "岡山市"), ("joint_project:2", "総社市"),
        ("joint_project:4", "岡山市"), ("joint_project:4", "総社市")]
    assert any("総社市とした" in note for note in got[2]["notes"])
    assert any(note.startswith("岡山市の担当部署欄は空欄") and "総社市" in note for note in got[3]["notes"])


def test_departments_named_in_their_headings() -> None:
    """「担当部署（甲市）」 headings on one line name the municipalities as well as a second header line."""
    text = (
        "番号\t事業項目\t事業内容\t既に実施\t今年度(H18)に実施予定\t部会名称 (部会長)\t担当部署（甲市）\t担当部署（乙町）\t担当部署（丙村）\n"
        "1\t事業A\t内容A\t済\t予定\t甲部会 (乙町)\t総務課\t企画課\t住民課\n"
        "2\t事業B\t内容B\t済\t予定\t乙部会 18年度(丙村) 19年度(甲市)\t人事課\t\t税務課\n"
    )
    assert joint_projects.detect(text)
    doc = joint_projects.parse(text, "t.txt")
    assert doc.title == "甲市・乙町・丙村 連携事業の進捗状況（H18）"
    rows = {r.fields["no"]: r.fields for r in doc.records}
    assert rows[1]["departments"] == {"甲市": "総務課", "乙町": "企画課", "丙村": "住民課"}
    assert rows[1]["chair_city"] == "乙町"
    assert rows[2]["departments"] == {"甲市": "人事課", "乙町": "", "丙村": "税務課"}
    assert rows[2]["chair_city"] == "丙村(H18)・甲市(H19)"
    assert any(note.startswith("乙町の担当部署欄は空欄") for note in rows[2]["notes"])


def test_a_single_municipality_is_not_this_kind() -> None:
    text = (
        "番号\t事業項目\t事業内容\t進捗状況\t\t部会名称 (部会長)\t担当部署\n"
        "\t\t\t既に実施\t今年度(H17)に実施予定\t\t岡山市\n"
        "1\t事業A\t内容A\t済\t予定\t甲部会 (岡山市)\t総務課\n"
    )
    assert not joint_projects.detect(text)
    with pytest.raises(DocumentError):
        joint_projects.parse(text, "t.txt")


def test_a_row_that_lost_one_progress_cell_keeps_the_other_where_it_belongs() -> None:
    """Another pair's table: row 2 lost a progress cell, so its 部会 sits in the 実施予定 column. The one
    progress cell left is a state still to come (協議中): it is the plan, not something already done;
    a dated record (H18.06.15 …) stays 既に実施."""
    header = ("番号\t事業項目\t事業内容\t進捗状況\t\t部会名称 (部会長)\t担当部署\t\n"
              "\t\t\t既に実施\t今年度(H19)に実施予定\t\t福山市\t尾道市\n")
    text = ("福山市・尾道市 連携事業の進捗状況（H19）\n" + header
            + "1\t合同研修\t研修を行う。\tH18.06.15 合同研修の実施\t合同研修の実施\t納税部会 (福山市)\t収納課\t税務課\n"
            + "2\t申告受付の相互実施\t申告を受け付ける。\t協議中\t納税部会 (福山市)\t市民税課\t税務課\n"
            + "3\t共同調達\t共同で調達する。\tH18.04.01 共同利用開始\t情報システム部会 (尾道市)\t情報管理課\t情報政策課\n")
    rows = {r.fields["no"]: r.fields for r in joint_projects.parse(text, "fukuyama.txt").records}
    assert (rows[2]["done"], rows[2]["planned"], rows[2]["subcommittee"]) == ("", "協議中", "納税部会")
    assert (rows[3]["done"], rows[3]["planned"]) == ("H18.04.01 共同利用開始", "")
    assert rows[1]["done"].startswith("H18.06.15") and rows[1]["planned"] == "合同研修の実施"


def test_the_chair_labelled_inside_the_brackets_of_a_web_page() -> None:
    """A saved web page whose 部会 cell spans its projects' rows and names the chair as 「（部会長 乙市）」
    under the 部会's name: every project of the 部会 has that chair."""
    from assistant.formats import to_text

    html = (
        "<html><head><meta charset='utf-8'><title>甲市・乙市 連携事業の進捗状況</title></head><body>"
        "<table border='1'><tr><th rowspan='2'>番号</th><th rowspan='2'>事業項目</th><th rowspan='2'>事業内容</th>"
        "<th colspan='2'>進捗状況</th><th rowspan='2'>部会名称 (部会長)</th><th colspan='2'>担当部署</th></tr>"
        "<tr><th>既に実施</th><th>今年度(H20)に実施予定</th><th>甲市</th><th>乙市</th></tr>"
        "<tr><td>1</td><td>事業A</td><td>内容A</td><td>H19.05 実施</td><td>継続</td>"
        "<td rowspan='2'>防災部会<br>（部会長 乙市）</td><td>危機管理課</td><td>防災課</td></tr>"
        "<tr><td>2</td><td>事業B</td><td>内容B</td><td></td><td>協議中</td><td>危機管理課</td><td>消防課</td></tr>"
        "<tr><td>3</td><td>事業C</td><td>内容C</td><td>H19.10 実施</td><td>継続</td>"
        "<td>環境部会<br>（部会長：甲市）</td><td>環境課</td><td>環境政策課</td></tr>"
        "</table></body></html>"
    )
    text = to_text(html.encode("utf-8"), "kou_otsu.html").text
    assert joint_projects.detect(text)
    rows = {r.fields["no"]: r.fields for r in joint_projects.parse(text, "kou_otsu.html").records}
    assert [(rows[n]["subcommittee"], rows[n]["chair_city"]) for n in (1, 2, 3)] == [
        ("防災部会", "乙市"), ("防災部会", "乙市"), ("環境部会", "甲市")]


@pytest.mark.parametrize("current,expected", [("R5", "R5"), ("令和5年度", "R5"), ("Ｈ30", "H30")])
def test_a_table_of_another_era_reads_its_years_in_that_era(current, expected) -> None:
    """A 令和 edition: 今年度(R5) titles the table, and a chair's year printed without its era
    (4年度(甲市)) is in the era of the table's current year, not 平成."""
    text = (f"番号\t事業項目\t事業内容\t既に実施\t今年度({current})に実施予定\t部会名称 (部会長)\t担当部署（甲市）\t担当部署（乙市）\n"
            "1\t事業A\t内容A\t済\t予定\t乙部会 4年度(甲市) 5年度(乙市)\t人事課\t税務課\n")
    doc = joint_projects.parse(text, "t.txt")
    assert doc.title == f"甲市・乙市 連携事業の進捗状況（{expected}）"
    era = expected[0]
    assert doc.records[0].fields["chair_city"] == f"甲市({era}4)・乙市({era}5)"
