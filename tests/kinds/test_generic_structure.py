"""The generic kind's structure: table rows, numbered items with their labelled fields and count facts
read from documents of other municipalities, in several shapes; the passages stay as they were, and
the shipped documents still go to their own kinds."""
from __future__ import annotations

import hashlib
import json

import pytest

from assistant.kinds import registry
from assistant.kinds.generic import loader as generic
from assistant.kinds.generic.structure import count_facts, item_start, label_values, split_title
from tests.kinds.helpers import CORPUS, corpus_text

PROGRESS = """\
令和5年度 行政改革推進プラン 進捗状況（北見沢市）

■ 取組の進捗状況

No.R3-4 電子申請の拡充（所管課：情報政策課）
　オンラインで申請できる手続を増やす。
No.R3-5 窓口のキャッシュレス化（所管課：市民課、会計課）
No.R2-1 公共施設の再配置
　所管課：資産経営課
　担当：施設係
"""

TABLE = "南川町 行財政改革 取組一覧\n\n番号\t取組名\t担当部名\t進捗\n1\t補助金の見直し\t財務部\tB\n2\t公用車の削減\t総務部\tA\n"

SUMMARY = """\
# 東浜村 第3次行政改革大綱 実施状況

## 委員会評価

S:0、A:4、B:2、C:0

## 進捗区分ごとの件数

C:進捗に課題あり ………… 7項目(8.2%)
未達成 21件 30.4%
取組中 65件
"""


def _records(doc, kind: str) -> list:
    return [r for r in doc.records if r.kind == kind]


def test_numbered_items_carry_title_fields_and_heading() -> None:
    doc = generic.parse(PROGRESS, "kitamisawa.txt")
    items = _records(doc, "item")
    assert [(r.fields["number"], r.fields["title"], r.fields["fields"]) for r in items] == [
        ("R3-4", "電子申請の拡充", {"所管課": "情報政策課"}),
        ("R3-5", "窓口のキャッシュレス化", {"所管課": "市民課、会計課"}),
        ("R2-1", "公共施設の再配置", {"所管課": "資産経営課", "担当": "施設係"}),
    ]
    assert all(r.fields["heading"] == "取組の進捗状況" for r in items)
    assert [(r.key, r.line, r.end_line) for r in items] == [
        ("item:kitamisawa.txt:5", 5, 6), ("item:kitamisawa.txt:7", 7, 7), ("item:kitamisawa.txt:8", 8, 10)]
    assert all(r.source == "kitamisawa.txt" for r in items)


def test_a_pipe_pair_on_a_line_of_its_own_is_a_field() -> None:
    doc = generic.parse("(1) 窓口改革\n担当課名 | 市民課 |\n", "t.txt")
    assert _records(doc, "item")[0].fields["fields"] == {"担当課名": "市民課"}


def test_a_one_row_table_under_an_item_gives_it_fields() -> None:
    one = "No.1 電子申請の拡充\n| 所管課 | 目標 | 実績 |\n|---|---|---|\n| 情報政策課 | 50手続 | 42手続 |\n"
    doc = generic.parse(one, "t.md")
    assert _records(doc, "item")[0].fields["fields"] == {"所管課": "情報政策課", "目標": "50手続", "実績": "42手続"}
    assert _records(doc, "table_row")[0].fields["table"] == "1 電子申請の拡充"
    several = one + "| 総務課 | 10手続 | 9手続 |\n"
    doc = generic.parse(several, "t.md")
    assert _records(doc, "item")[0].fields["fields"] == {}  # a list of rows is not one item's
    assert len(_records(doc, "table_row")) == 2


def test_table_rows_are_named_by_their_header() -> None:
    doc = generic.parse(TABLE, "minamikawa.tsv")
    rows = _records(doc, "table_row")
    assert [r.fields["cells"] for r in rows] == [
        {"番号": "1", "取組名": "補助金の見直し", "担当部名": "財務部", "進捗": "B"},
        {"番号": "2", "取組名": "公用車の削減", "担当部名": "総務部", "進捗": "A"},
    ]
    assert rows[0].fields["table"] == "南川町 行財政改革 取組一覧"
    assert rows[0].fields["text"] == "番号: 1 / 取組名: 補助金の見直し / 担当部名: 財務部 / 進捗: B"
    assert (rows[0].key, rows[0].line) == ("table_row:minamikawa.tsv:4", 4)


def test_markdown_table_of_counts_and_label_value_table_under_an_item() -> None:
    text = ("# 西谷市 改革の取組\n\n1. 文書の電子化\n\n| 担当課名 | 文書法制課 |\n|---|---|\n| 目標 | 紙文書の半減 |\n\n"
            "## 評価の集計\n\n| 評価 | 件数 | 割合 |\n|---|---|---|\n| A | 40 | 46.5% |\n| B | 39 | 45.3% |\n")
    doc = generic.parse(text, "nishitani.md")
    (item,) = _records(doc, "item")
    assert item.fields["title"] == "文書の電子化"
    assert item.fields["fields"] == {"担当課名": "文書法制課", "目標": "紙文書の半減"}
    rows = _records(doc, "table_row")
    assert [r.fields["cells"] for r in rows] == [{"評価": "A", "件数": "40", "割合": "46.5%"},
                                                 {"評価": "B", "件数": "39", "割合": "45.3%"}]
    facts = [(r.fields["label"], r.fields["count"], r.fields["count_unit"], r.fields["percent"], r.fields["heading"])
             for r in _records(doc, "count_fact")]
    assert facts == [("A", 40, "件", 46.5, "評価の集計"), ("B", 39, "件", 45.3, "評価の集計")]


def test_count_facts_with_the_heading_they_sit_under() -> None:
    doc = generic.parse(SUMMARY, "higashihama.md")
    facts = [(r.fields["label"], r.fields["count"], r.fields["count_unit"], r.fields["percent"], r.fields["heading"])
             for r in _records(doc, "count_fact")]
    assert facts == [
        ("S", 0, "", None, "委員会評価"), ("A", 4, "", None, "委員会評価"),
        ("B", 2, "", None, "委員会評価"), ("C", 0, "", None, "委員会評価"),
        ("C:進捗に課題あり", 7, "項目", 8.2, "進捗区分ごとの件数"),
        ("未達成", 21, "件", 30.4, "進捗区分ごとの件数"),
        ("取組中", 65, "件", None, "進捗区分ごとの件数"),
    ]
    keys = [r.key for r in _records(doc, "count_fact")]
    assert len(set(keys)) == len(keys) and keys[0] == "count_fact:higashihama.md:5-1"


def test_a_table_of_counts_by_column() -> None:
    text = "## 令和5年度 評価結果\n\n| 評価 | S | A | B | C |\n|---|---|---|---|---|\n| 件数 | 0 | 4 | 2 | 0 |\n"
    doc = generic.parse(text, "t.md")
    assert [(r.fields["label"], r.fields["count"], r.fields["heading"]) for r in _records(doc, "count_fact")] == [
        ("S", 0, "令和5年度 評価結果"), ("A", 4, "令和5年度 評価結果"), ("B", 2, "令和5年度 評価結果"),
        ("C", 0, "令和5年度 評価結果")]


@pytest.mark.parametrize("line, expected", [
    ("No.R2-1 窓口改革", ("R2-1", "no", "窓口改革")),
    ("NO．３ 補助金", ("3", "no", "補助金")),
    ("R3-4 電子申請の拡充", ("R3-4", "code", "電子申請の拡充")),
    ("（1）事務の見直し", ("1", "paren", "事務の見直し")),
    ("① 窓口の一元化", ("1", "circled", "窓口の一元化")),
    ("2. 公用車の削減", ("2", "dot", "公用車の削減")),
    ("第1 基本方針", ("1", "dai", "基本方針")),
    ("1.5億円の効果", None),  # a decimal number, not an item
    ("2024-03-01 更新", None),
])
def test_item_numbers(line, expected) -> None:
    assert item_start(line) == expected


@pytest.mark.parametrize("text, title, fields", [
    ("電子申請の拡充（所管課：情報政策課）", "電子申請の拡充", {"所管課": "情報政策課"}),
    ("庁舎の省エネ化（所管部署:管財課）", "庁舎の省エネ化", {"所管部署": "管財課"}),
    ("窓口改革 担当：市民課 期間：R5～R7", "窓口改革", {"担当": "市民課", "期間": "R5～R7"}),
    ("新庁舎（仮称）の整備", "新庁舎（仮称）の整備", {}),  # a parenthesis without a label stays in the title
    ("DX推進：電子申請", "DX推進：電子申請", {}),  # a colon at the start belongs to the title
])
def test_titles_and_label_values(text, title, fields) -> None:
    assert split_title(text) == (title, fields)


def test_label_values_keep_a_value_with_commas() -> None:
    assert label_values("所管課：企画課、財政課") == {"所管課": "企画課、財政課"}
    assert label_values("所管課：情報政策課、関係課：総務課") == {"所管課": "情報政策課", "関係課": "総務課"}
    assert label_values("10:30 開始") == {}


def test_count_fact_shapes() -> None:
    assert count_facts("S:0、A:4、B:2、C:0") == [("S", 0, "", None), ("A", 4, "", None), ("B", 2, "", None),
                                                  ("C", 0, "", None)]
    assert count_facts("未達成 21件 30.4%") == [("未達成", 21, "件", 30.4)]
    assert count_facts("達成 40件(58.0%)、未達成 21件(30.4%)") == [("達成", 40, "件", 58.0), ("未達成", 21, "件", 30.4)]
    assert count_facts("達成が40件、うちC評価は4件") == [("達成", 40, "件", None), ("C評価", 4, "件", None)]
    # A table converted from PDF: the count has no unit, its share follows.
    assert count_facts("C:進捗に課題あり   7   8.2%") == [("C:進捗に課題あり", 7, "", 8.2)]
    assert count_facts("第3回の会議を開いた") == []  # an ordinal counts nothing
    assert count_facts("年4か所ずつ移管する") == []  # a rate, not a count
    # A bound (a headline's round figure) or a rate per one is no count; the figure itself is.
    assert count_facts("電子契約の利用事業者が150社を超えました") == []
    assert count_facts("参加者は200人余りでした") == []
    assert count_facts("契約1件あたりの印紙代が不要になった") == []
    assert count_facts("利用登録事業者は152社") == [("利用登録事業者", 152, "社", None)]


def test_passages_are_exactly_as_before() -> None:
    """The structure is new records only: the passages of every shipped file read as a generic
    document are what the loader gave before it yielded records (their digests were taken then)."""
    before = {
        "000_f03bfc25bf0d6070.txt": (28, "5cce4f6610831e9f"),
        "001_c52443f5e17d354b.txt": (298, "dee1a51cc2e7c82d"),
        "002_388add96d06013c9.txt": (3902, "90c21a1e3b00480c"),
        "003_14d72dc13e628662.txt": (6, "2934100909aebac4"),
        "004_b3b6ed6238b81566.txt": (97, "7bf6bd91a20912f9"),
    }
    for name, (count, digest) in before.items():
        doc = generic.parse(corpus_text(name), name)
        rows = [(p.key, p.field, p.text, p.source, p.line) for p in doc.passages]
        got = hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()[:16]
        assert (len(rows), got) == (count, digest), name


def test_shipped_documents_keep_their_own_kinds() -> None:
    """Only documents no kind recognises go to the generic kind: the shipped ones give the records
    of their own kinds, exactly what their loaders give, and none of the generic structure."""
    generic_kinds = {rk.name for rk in __import__("assistant.kinds.generic.records", fromlist=["RECORDS"]).RECORDS}
    for path in sorted(CORPUS.glob("*.txt")):
        text = corpus_text(path.name)
        module = registry.detect(text)
        assert module.KIND != "generic", path.name
        doc = registry.parse(text, path.name)
        assert doc.records == module.parse(text, path.name).records
        assert not {r.kind for r in doc.records} & generic_kinds, path.name


def test_every_generic_record_kind_and_field_is_declared() -> None:
    declared = registry.record_kinds()
    doc = generic.parse(PROGRESS + "\n" + TABLE + "\n" + SUMMARY, "all.txt")
    for record in doc.records:
        rk = declared[record.kind]
        assert rk.label and not rk.label.isascii()
        for name in record.fields:
            assert rk.field(name) is not None, (record.kind, name)
            assert not registry.field_label(name, record.kind).isascii()


def test_structure_stays_linear_on_long_input() -> None:
    text = "\n".join(f"No.{i} 取組{i}（所管課：課{i % 7}） 達成 {i}件" for i in range(20_000))
    doc = generic.parse(text, "long.txt")
    assert len(_records(doc, "item")) == 20_000
    assert len(_records(doc, "count_fact")) == 20_000


# ------------------------------------------------------------------ items without a number
BLOCKS = """\
港南町 令和6年度 行財政改革の取組状況
■ 基本方針1 効率的な行政運営
■ 電子申請の拡充
【所管課】情報政策課
【評価】B
■ 窓口の改善
所管課：市民課
評価：A
【事業名】ごみ減量推進事業
【担当課】環境課
【事業名】公園管理事業
【担当課】公園課
No.1 研修の実施（所管課：人事課）
No.2 庁舎の省エネ化（所管課：管財課）
評価の集計
達成 3項目（50.0%）
未達成 2項目
"""


def test_a_heading_over_labelled_lines_is_an_item() -> None:
    """Word and PDF documents have no blank lines: 「■ 電子申請の拡充」 over 【所管課】… (or 所管課：…)
    lines names an item without a number; the heading above it stays the items' heading."""
    items = {r.fields["title"]: r for r in _records(generic.parse(BLOCKS, "k.txt"), "item")}
    assert items["電子申請の拡充"].fields["fields"] == {"所管課": "情報政策課", "評価": "B"}
    assert items["電子申請の拡充"].fields["heading"] == "基本方針1 効率的な行政運営"
    assert items["窓口の改善"].fields["fields"] == {"所管課": "市民課", "評価": "A"}
    assert items["窓口の改善"].fields["heading"] == "基本方針1 効率的な行政運営"


def test_a_bracketed_name_starts_an_item() -> None:
    items = {r.fields["title"]: r for r in _records(generic.parse(BLOCKS, "k.txt"), "item")}
    assert items["ごみ減量推進事業"].fields["fields"] == {"担当課": "環境課"}
    assert items["公園管理事業"].fields["fields"] == {"担当課": "公園課"}
    # a numbered item after them is no part of the last one
    assert items["研修の実施"].fields["heading"] == "基本方針1 効率的な行政運営"


def test_counts_under_a_title_line_after_the_last_item() -> None:
    """「評価の集計」 right over the counts is their heading, not the item before it (No.2)."""
    doc = generic.parse(BLOCKS, "k.txt")
    facts = {r.fields["label"]: r.fields for r in _records(doc, "count_fact")}
    assert facts["達成"]["heading"] == "評価の集計" and facts["達成"]["count"] == 3
    assert facts["未達成"]["heading"] == "評価の集計"
    last = next(r for r in _records(doc, "item") if r.fields["title"] == "庁舎の省エネ化")
    assert last.fields["text"] == "No.2 庁舎の省エネ化（所管課：管財課）" and last.end_line == 14


SHEET = "令和4年度 事務事業評価シート\n\n事業名\t放課後児童クラブ運営事業\t\t担当課\tこども家庭課\n" \
        "事業費（千円）\t48200\t\t事業期間\t平成28年度～\n\n評価\tB\t\t今後の方向性\t拡充\n\n" \
        "令和4年度 事務事業評価シート\n\n事業名\t高齢者配食サービス事業\t\t担当課\t高齢福祉課\n" \
        "\n◎ 2件\t\t○ 1件\n"


def test_label_cells_beside_their_values_are_one_item_per_sheet() -> None:
    doc = generic.parse(SHEET, "s.xlsx")
    items = _records(doc, "item")
    assert [r.fields["title"] for r in items] == ["放課後児童クラブ運営事業", "高齢者配食サービス事業"]
    assert items[0].fields["fields"] == {"担当課": "こども家庭課", "事業費(千円)": "48200",
                                         "事業期間": "平成28年度~", "評価": "B", "今後の方向性": "拡充"}
    assert items[1].fields["fields"] == {"担当課": "高齢福祉課"}
    assert not _records(doc, "table_row")  # label cells are no table
    # a row of counts standing alone states counts
    facts = [(r.fields["label"], r.fields["count"]) for r in _records(doc, "count_fact")]
    assert facts == [("◎", 2), ("○", 1)]


def test_a_two_column_table_with_a_header_stays_a_table() -> None:
    doc = generic.parse("区分\t内容\n達成\t目標を達成した\n未達成\t目標に届かなかった\n", "t.txt")
    assert not _records(doc, "item")
    assert [r.fields["cells"] for r in _records(doc, "table_row")] == [
        {"区分": "達成", "内容": "目標を達成した"}, {"区分": "未達成", "内容": "目標に届かなかった"}]
    listed = generic.parse("事業名\t担当課\nごみ減量推進事業\t環境課\n公園管理事業\t公園課\n", "t.txt")
    assert not _records(listed, "item")
    assert [r.fields["cells"]["担当課"] for r in _records(listed, "table_row")] == ["環境課", "公園課"]


def test_a_table_goes_on_after_a_page_break() -> None:
    """A PDF's list runs on to the next page after its page number, without its header or with it
    printed again: the rows keep the header's names. A table of its own with its header does not."""
    text = ("進捗一覧\nNo.\t取組項目\t所管課\n1\t電子申請\t情報課\n2\t窓口改善\t市民課\n\n- 1 -\n\n"
            "3\t公用車削減\t管財課\n\nNo.\t取組項目\t所管課\n4\t研修充実\t人事課\n\n"
            "■ 別表\n\n区分\t件数\n達成\t3\n")
    doc = generic.parse(text, "p.txt")
    rows = [r.fields["cells"] for r in _records(doc, "table_row")]
    assert [r.get("所管課") for r in rows[:4]] == ["情報課", "市民課", "管財課", "人事課"]
    assert rows[4] == {"区分": "達成", "件数": "3"}
    assert all(r.fields["heading"] != "- 1 -" for r in _records(doc, "table_row"))


@pytest.mark.parametrize("lower", ["\t\t\t目標\t実績\t", "No.\t取組項目\t所管課\t目標\t実績\t評価"])
def test_a_header_of_two_rows(lower) -> None:
    """| 令和5年度 | (merged over two columns) above | 目標 | 実績 |: both rows name the columns
    (Excel and PDF leave the merged cells empty, Word repeats their text)."""
    top = "No.\t取組項目\t所管課\t令和5年度\t\t評価" if lower.startswith("\t") else \
        "No.\t取組項目\t所管課\t令和5年度\t令和5年度\t評価"
    doc = generic.parse(f"進捗一覧\n{top}\n{lower}\n1\t電子申請\t情報課\t20手続\t24手続\tA\n", "h.txt")
    assert [r.fields["cells"] for r in _records(doc, "table_row")] == [
        {"No.": "1", "取組項目": "電子申請", "所管課": "情報課", "令和5年度目標": "20手続", "令和5年度実績": "24手続",
         "評価": "A"}]


def test_a_data_row_with_an_empty_cell_is_no_header() -> None:
    doc = generic.parse("区分\t内容\t備考\n達成\t目標を達成\t\n", "d.txt")
    assert [r.fields["cells"] for r in _records(doc, "table_row")] == [{"区分": "達成", "内容": "目標を達成"}]


def test_a_title_line_over_bracketed_labels_is_an_item() -> None:
    """Word's automatic numbering is not in the text: 「オンライン手続の拡大」 over 【所管課】… lines
    names an item, and the next such line ends it."""
    text = "港西市 取組報告\n■ 基本方針1\nオンライン手続の拡大\n【所管課】デジタル推進課\n【評価】B\n" \
           "窓口の待ち時間短縮\n【所管課】市民窓口課\n【評価】A\n"
    items = _records(generic.parse(text, "w.docx"), "item")
    assert [(r.fields["title"], r.fields["heading"], r.fields["fields"]) for r in items] == [
        ("オンライン手続の拡大", "基本方針1", {"所管課": "デジタル推進課", "評価": "B"}),
        ("窓口の待ち時間短縮", "基本方針1", {"所管課": "市民窓口課", "評価": "A"})]
    assert items[0].end_line == 5


def test_a_row_merged_across_a_table_is_a_heading_its_rows_sit_under():
    """A Word table whose 基本方針 rows are merged across every column, the first right under the header:
    the table goes on, each row keeps the header and sits under its 基本方針."""
    from assistant.kinds.generic import loader

    text = ("別表 実施計画\n\n番号\t実施項目\t主管課\t財政効果（千円）\n基本方針1 市民サービスの向上\n"
            "1-1\tオンライン手続の拡大\tデジタル推進課\t0\n1-2\t書かない窓口の導入\t市民窓口課\t2,000\n"
            "基本方針2 持続可能な財政運営\n2-1\t公共施設の再編\t行政改革推進課\t30,000\n")
    rows = [r.fields for r in loader.parse(text, "plan.docx").records if r.kind == "table_row"]
    assert [r["cells"]["番号"] for r in rows] == ["1-1", "1-2", "2-1"]
    assert rows[0]["cells"]["主管課"] == "デジタル推進課"
    assert [r["heading"] for r in rows] == ["基本方針1 市民サービスの向上"] * 2 + ["基本方針2 持続可能な財政運営"]


def test_a_lower_header_holding_the_word_above_it_is_the_column_name():
    """| 評価 | (merged) over | 自己評価 | 委員会評価 |: the lower names already say 評価, so they name the
    columns alone (評価自己評価 is no one's word); 令和5年度 over 目標 still joins."""
    text = "番号\t取組名\t評価\t\n\t\t自己評価\t委員会評価\n1\t書かない窓口\t達成\t概ね達成\n"
    doc = generic.parse(text, "e.txt")
    assert [r.fields["cells"] for r in _records(doc, "table_row")] == [
        {"番号": "1", "取組名": "書かない窓口", "自己評価": "達成", "委員会評価": "概ね達成"}]


def test_a_year_a_sentence_begins_with_counts_nothing():
    """「令和7年度は90事業を点検し」: the year is when, not what was counted; 「未達成は21件」 is a count."""
    assert not [f for f in count_facts("令和7年度は90事業を点検し、6事業を見直した。") if f[1] == 90]
    assert [f[:2] for f in count_facts("未達成は21件")] == [("未達成", 21)]


def test_a_legend_line_below_a_table_heads_nothing_after_it():
    """「進捗状況 S：計画以上 A：計画どおり B：やや遅れ」 under one sheet's table explains its marks: the
    next sheet's table does not sit under it (nor is it that table's caption)."""
    sheet = "番号\t取組名\t進捗状況\n1\t窓口の民間委託\tA\n2\t手数料の改定\tB\n"
    text = f"西峰市 進捗表\n企画課\n\n{sheet}\n進捗状況 S：計画以上 A：計画どおり B：やや遅れ\n\n西峰市 進捗表\n企画課\n\n{sheet}"
    rows = _records(generic.parse(text, "b.xlsx"), "table_row")
    assert len(rows) == 4
    assert not any("計画以上" in (r.fields["heading"] or "") or "計画以上" in (r.fields["table"] or "") for r in rows)


def test_the_title_printed_again_at_the_top_of_a_page_is_no_heading():
    """A PDF's running header repeats the document's title on each page: a block of labelled lines
    cut by the page break goes on after it, and the blocks after it sit under no heading of its name."""
    text = ("西原市 行政評価 結果報告\n令和7年度の実績です。\n【取組1】\n取組名：窓口の改善\n所管：市民課\n"
            "- 1 -\n\n西原市 行政評価 結果報告\n指標：職員1人当たり待ち時間（分）\n実績値：12\n評価：A\n"
            "【取組2】\n取組名：公用車の削減\n所管：管財課\n指標：台数\n実績値：40\n評価：B\n")
    doc = generic.parse(text, "nishihara.pdf")
    items = {r.fields["fields"]["取組名"]: r.fields for r in doc.records if r.kind == "item"}
    assert items["窓口の改善"]["fields"]["評価"] == "A" and items["窓口の改善"]["fields"]["実績値"] == "12"
    assert not items["公用車の削減"].get("heading")


def test_a_fixed_width_text_table_is_read_as_rows_under_its_header() -> None:
    """A text export in columns aligned with spaces, ruled with dashes (a rule inside the rows too),
    a 合計 row and notes: the rows are read under the header across the rules; the total is no row."""
    from assistant.formats import to_text

    text = ("効果額一覧\n\n                              （単位：千円）\n" + "-" * 60 + "\n"
            "番号  取組項目              所管課      区分         令和7年度\n" + "-" * 60 + "\n"
            "   1  窓口のワンストップ化  市民課      歳出削減         2,100\n"
            "   2  広告収入の確保        財政課      歳入確保         9,100\n" + "-" * 60 + "\n"
            "   3  公用車の削減          管財課      歳出削減           520\n" + "-" * 60 + "\n"
            "      合計                                              11,720\n" + "-" * 60 + "\n"
            "※区分：歳入確保＝収入を増やす取組。\n")
    doc = generic.parse(to_text(text.encode("utf-8"), "e.txt").text, "e.txt")
    rows = _records(doc, "table_row")
    assert [r.fields["cells"] for r in rows] == [
        {"番号": "1", "取組項目": "窓口のワンストップ化", "所管課": "市民課", "区分": "歳出削減", "令和7年度": "2,100"},
        {"番号": "2", "取組項目": "広告収入の確保", "所管課": "財政課", "区分": "歳入確保", "令和7年度": "9,100"},
        {"番号": "3", "取組項目": "公用車の削減", "所管課": "管財課", "区分": "歳出削減", "令和7年度": "520"}]
    assert [r.line for r in rows] == [7, 8, 10]  # the file's own lines
    assert {r.fields["table"] for r in rows} == {"（単位：千円）"}  # one table: the rules do not cut it
    assert not any("-----" in p.text for p in doc.passages)  # a rule is layout, not text


@pytest.mark.parametrize("total", ["\t企画部 小計\t\t\t87,400", "\t企画部小計\t\t\t87,400", "小計\t\t\t\t87,400",
                                   "\t総務部 計\t\t\t87,400", "\t部計\t\t\t87,400", "計\t\t\t\t87,400",
                                   "\t合計\t\t\t87,400", "\t総計\t\t\t87,400"])
def test_subtotal_and_total_rows_are_no_rows(total) -> None:
    """A 小計 after each 部's rows and a 合計 at the end sum the rows: they are no measures."""
    head = "番号\t取組項目\t担当部局\t評価\t財政効果額（千円）\n"
    text = (f"実施計画\n{head}1\t行政評価の再構築\t企画部\t4\t0\n2\tふるさと納税の拡充\t企画部\t5\t87,400\n"
            f"{total}\n3\t時間外勤務の縮減\t総務部\t2\t18,000\n")
    rows = _records(generic.parse(text, "s.pdf"), "table_row")
    assert [r.fields["cells"]["番号"] for r in rows] == ["1", "2", "3"]


def test_a_measure_named_with_a_word_ending_in_kei_stays_a_row() -> None:
    head = "番号\t取組項目\t担当課\t財政効果額（千円）\n"
    text = f"実施計画\n{head}1\t統一的な基準による地方公会計\t財政課\t0\n2\t公共施設等総合管理計画\t資産経営課\t1,200\n3\t合計額の検証\t財政課\t300\n"
    rows = _records(generic.parse(text, "k.pdf"), "table_row")
    assert [r.fields["cells"]["番号"] for r in rows] == ["1", "2", "3"]


def test_chapters_head_the_measures_numbered_through_them() -> None:
    """第2章 and 第3章 over measures （1）…（4） numbered straight through: each measure sits under its
    chapter as printed (users say 「第3章の取組」), and a chapter's number is not a measure's."""
    text = ("推進プラン 実績報告\n\n第1章　概要\n\n本報告は実績をまとめたものです。\n\n第2章　行政運営\n\n"
            "（1）窓口の改善\n【評価】達成\n（2）電子申請\n【評価】未達成\n\n第3章　財政運営\n\n"
            "（3）使用料の見直し\n【評価】達成\n（4）広告収入\n【評価】達成\n")
    items = _records(generic.parse(text, "c.docx"), "item")
    measures = {r.fields["number"]: r.fields["heading"] for r in items if r.fields["fields"]}
    assert measures == {"1": "第2章 行政運営", "2": "第2章 行政運営", "3": "第3章 財政運営", "4": "第3章 財政運営"}
    chapters = [r.fields["number"] for r in items if not r.fields["fields"]]
    assert chapters == ["第1章", "第2章", "第3章"]


def test_a_formula_under_a_header_cell_is_part_of_a_header_of_two_rows() -> None:
    """A sheet's header of two rows: 予算額 merged over two years, the other cells merged down (the
    sheet repeats them) and 「（R7－R6）」 under 増減 saying how it is computed. The second row is no
    data row; the years name the two columns and the change column keeps its name."""
    text = ("補助金等見直し結果一覧\n\n"
            "No.\t補助金名\t所管課\t予算額\t\t増減\t見直し区分\n"
            "No.\t補助金名\t所管課\t令和6年度\t令和7年度\t（R7－R6）\t見直し区分\n"
            "1\t商店街活性化補助金\t商工課\t4800\t4300\t-500\t減額\n"
            "2\t防犯灯設置補助金\t防災課\t3300\t3300\t0\t継続\n")
    rows = _records(generic.parse(text, "h.xlsx"), "table_row")
    assert [r.fields["cells"] for r in rows] == [
        {"No.": "1", "補助金名": "商店街活性化補助金", "所管課": "商工課", "予算額令和6年度": "4800",
         "予算額令和7年度": "4300", "増減": "-500", "見直し区分": "減額"},
        {"No.": "2", "補助金名": "防犯灯設置補助金", "所管課": "防災課", "予算額令和6年度": "3300",
         "予算額令和7年度": "3300", "増減": "0", "見直し区分": "継続"}]


def test_a_label_set_off_by_an_ideographic_space_is_a_field() -> None:
    # Minutes of questions print who asked and who answered as 「質問者　…」 with no colon: fields.
    text = ("東谷市議会 一般質問 答弁要旨\n\n1．図書館の開館時間について\n　質問者　森 花子議員（市民の会）\n　答弁者　教育部長\n"
            "　【質問要旨】\n　　開館時間の延長を伺う。\n\n2．公用車の削減について\n　質問者　林 一郎議員\n　答弁者　市長\n")
    items = _records(generic.parse(text, "t.txt"), "item")
    # (「【質問要旨】」 alone over its paragraph is the item's field of that paragraph)
    assert [r.fields["fields"] for r in items] == [{"質問者": "森 花子議員(市民の会)", "答弁者": "教育部長",
                                                    "質問要旨": "開館時間の延長を伺う。"},
                                                   {"質問者": "林 一郎議員", "答弁者": "市長"}]


def test_a_headlines_own_count_is_under_that_headline() -> None:
    """「研修の参加者が120名となりました」 set apart as a heading: its figure sits under it, not under the article before."""
    text = "行革ニュース\n\n窓口アンケートを実施しました\n\n回答者は87名でした。\n\n研修の参加者が120名となりました\n\n研修を3回行いました。\n"
    facts = {r.fields["label"]: r.fields["heading"] for r in generic.parse(text, "news.txt").records if r.kind == "count_fact"}
    assert facts["回答者"] == "窓口アンケートを実施しました"
    assert facts["研修の参加者"] == "研修の参加者が120名となりました"


def test_a_label_with_its_year_and_unit_in_brackets_is_a_label() -> None:
    # 「市の財政支援額（令和5年度）（千円）」: long only by its brackets
    text = ("1 公益財団法人南川町文化財団\n所管課\t文化課\n市の財政支援額（令和5年度）（千円）\t182,400\n"
            "市の財政支援額（令和6年度）（千円）\t176,900\n経営評価\tB\n")
    fields = _records(generic.parse(text, "t.txt"), "item")[0].fields["fields"]
    assert fields["市の財政支援額(令和5年度)(千円)"] == "182,400"
    assert fields["市の財政支援額(令和6年度)(千円)"] == "176,900" and fields["経営評価"] == "B"


def test_a_bracket_label_alone_under_an_item_is_its_field_of_the_paragraph_below() -> None:
    text = ("南川町 外郭団体評価\n\n1 公益財団法人南川町文化財団\n所管課\t文化課\n経営評価\tB\n\n【課題】\n"
            "指定管理料への依存度が高い。\n\n2 南川町土地開発公社\n所管課\t管財課\n経営評価\tD\n\n【課題】\n保有地の処分が進まない。\n")
    items = _records(generic.parse(text, "t.txt"), "item")
    assert [(r.fields["title"], r.fields["fields"].get("課題")) for r in items] == [
        ("公益財団法人南川町文化財団", "指定管理料への依存度が高い。"), ("南川町土地開発公社", "保有地の処分が進まない。")]
    assert items[1].fields["heading"] != "課題"  # no heading of the items after it
