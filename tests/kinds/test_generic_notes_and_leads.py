"""Shapes of other cities' documents the generic reader reads: a row of notes over a table (its unit at
one end, the date its figures are as of at the other) is no header; a total line under a table is no
heading of the tables after it; the noun after a count names it (「42件の提案があり」); numbered lines
after 「次のようなご意見をいただきました」 are each an 意見."""
from __future__ import annotations

from assistant.kinds.generic import loader as generic
from assistant.kinds.generic.structure import count_facts

NOTED = (
    "北浜市行政改革実施計画 令和6年度 進捗状況\n"
    "（単位：千円）\t\t\t\t\t令和7年6月末現在\n"
    "番号\t取組項目\t担当課\t効果額\t\t進捗\n"
    "番号\t取組項目\t担当課\t計画\t実績\t進捗\n"
    "1\t窓口の委託\t市民課\t1,000\t1,200\t◎\n"
    "2\t公用車の削減\t管財課\t500\t300\t△\n"
)


def _rows(text: str, source: str) -> list:
    return [r for r in generic.parse(text, source).records if r.kind == "table_row"]


def test_a_row_of_notes_over_a_table_is_no_header() -> None:
    rows = _rows(NOTED, "kitahama.txt")
    assert [r.fields["cells"] for r in rows] == [
        {"番号": "1", "取組項目": "窓口の委託", "担当課": "市民課", "効果額計画": "1,000", "効果額実績": "1,200", "進捗": "◎"},
        {"番号": "2", "取組項目": "公用車の削減", "担当課": "管財課", "効果額計画": "500", "効果額実績": "300", "進捗": "△"},
    ]
    # the unit of the note is the table's: its caption says it
    assert all("単位:千円" in r.fields["table"] for r in rows)


def test_a_note_row_without_a_unit_or_date_is_still_a_header() -> None:
    text = NOTED.replace("（単位：千円）", "区分").replace("令和7年6月末現在", "備考")
    rows = _rows(text, "kitahama.txt")
    assert "区分" in rows[0].fields["cells"]  # a header of two words is a header


SECTIONS = (
    "令和6年度 事務事業評価結果\n\n"
    "（1）企画部\n\n"
    "事業番号\t事務事業名\t担当課\t決算額（千円）\t評価\n"
    "K-01\t広報事業\t広報課\t2,000\tA\n"
    "K-02\t統計事業\t企画課\t1,000\tB\n\n"
    "企画部計　3,000千円\n\n"
    "（2）総務部\n\n"
    "事業番号\t事務事業名\t担当課\t決算額（千円）\t評価\n"
    "S-01\t研修事業\t職員課\t500\tB\n"
)


def test_a_total_line_under_a_table_heads_nothing() -> None:
    rows = _rows(SECTIONS, "sections.txt")
    assert [r.fields["table"] for r in rows] == ["1 企画部", "1 企画部", "2 総務部"]
    assert "企画部計" not in rows[-1].fields["heading"]


def test_the_noun_after_a_count_names_it() -> None:
    assert count_facts("令和6年度は職員から42件の提案があり、次の3件を表彰しました。")[0][:3] == ("提案", 42, "件")
    assert count_facts("未達成は21件でした。")[0][:2] == ("未達成", 21)  # nothing counted after it: the label before


NEWSLETTER = (
    "■2 推進委員会を開きました\n\n"
    "第2回委員会で、委員から次のようなご意見をいただきました。\n"
    "（1）窓口の委託は、市民の声を聞いて進めてほしい。\n"
    "（2）公用車の削減は、災害時の備えにも配慮すること。\n\n"
    "■3 今後の予定\n\n"
    "（1）令和7年8月 第1回委員会\n"
)


def test_numbered_lines_after_a_lead_in_are_what_it_names() -> None:
    items = [r for r in generic.parse(NEWSLETTER, "news.txt").records if r.kind == "item"]
    assert [r.fields["fields"] for r in items] == [
        {"意見": "窓口の委託は、市民の声を聞いて進めてほしい。"},
        {"意見": "公用車の削減は、災害時の備えにも配慮すること。"},
        {},  # under the next heading the lead-in is over
    ]


def test_a_note_row_is_a_passage_of_its_own_and_no_passages_header() -> None:
    tables = [p.text for p in generic.parse(NOTED, "kitahama.txt").passages if p.field == "table"]
    assert tables[0] == "（単位：千円） 令和7年6月末現在"
    assert tables[1].startswith("番号 / 取組項目") and tables[3].startswith("番号: 1 / 取組項目: 窓口の委託")
