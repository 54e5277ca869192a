"""Tables of other cities' pages that the generic reader used to cut short: a note merged across the
table between its rows (「※ 以下の審議会等は…です。」, a web page's <td colspan>) goes on under the same
header, and a two-row header under a page's 「更新日：…」 lines (first read as label | value pairs of the
page's item) is the table's header once its second row repeats the first cell. Towns and figures are
made up."""
from __future__ import annotations

from assistant.kinds.generic import loader as generic

COUNCILS = (
    "審議会等委員の構成状況\n\n"
    "本市では、女性委員の登用率を40％以上とすることを目標としています。\n\n"
    "番号\t審議会等の名称\t所管課\t委員構成\t\t\t女性比率（%）\n"
    "番号\t審議会等の名称\t所管課\t委員数（人）\tうち女性（人）\tうち公募（人）\t女性比率（%）\n"
    "1\t北浜市行政改革推進委員会\t行政経営課\t10\t4\t2\t40.0\n"
    "2\t北浜市都市計画審議会\t都市計画課\t20\t5\t―\t25.0\n"
    "※ 以下の審議会等は、法令等により委員の一部が充て職とされているものです。\n"
    "3\t北浜市文化財保護審議会\t文化財保護課\t9\t2\t―\t22.2\n"
    "4\t北浜市地域公共交通協議会\t交通政策課\t22\t4\t―\t18.2\n"
    "合計\t\t\t61\t15\t2\t24.6\n"
)

OVERTIME = (
    "南山市トップ > 市政情報 > 時間外勤務の状況\n\n"
    "時間外勤務の状況（令和6年度）\n\n"
    "更新日：2025年6月20日 担当：総務部 職員課\n\n"
    "令和6年度の部別・四半期別の時間外勤務時間は次のとおりです。\n\n"
    "部別・四半期別 時間外勤務時間（単位：時間）\n"
    "部名\t令和6年度\t\t\t令和5年度 年間計（時間）\t前年度比\n"
    "部名\t第1四半期\t第2四半期\t年間計（時間）\t令和5年度 年間計（時間）\t増減（時間）\t増減率（%）\n"
    "総務部\t3,120\t2,480\t5,600\t6,000\t△400\t△6.7\n"
    "財政部\t2,010\t1,650\t3,660\t3,500\t160\t4.6\n"
    "※ 選挙管理委員会事務局は、選挙に伴い第2四半期が増加しています。\n"
    "選挙管理委員会事務局\t210\t1,380\t1,590\t540\t1,050\t194.4\n"
    "合計\t5,340\t5,510\t10,850\t10,040\t810\t8.1\n"
)


def _rows(text: str, source: str) -> list:
    return [r for r in generic.parse(text, source).records if r.kind == "table_row"]


def test_a_note_row_inside_a_table_keeps_its_header() -> None:
    rows = _rows(COUNCILS, "kitahama.txt")
    assert [r.fields["cells"]["審議会等の名称"] for r in rows] == [
        "北浜市行政改革推進委員会", "北浜市都市計画審議会", "北浜市文化財保護審議会", "北浜市地域公共交通協議会"]
    assert {r.fields["table"] for r in rows} == {rows[0].fields["table"]}  # one table, not one from the note
    assert rows[2].fields["cells"]["委員構成うち公募(人)"] == "―"
    # the note is text of the page, searchable, and the 合計 row no council
    passages = generic.parse(COUNCILS, "kitahama.txt").passages
    assert any(p.field == "text" and p.text.startswith("※ 以下の審議会等") for p in passages)


def test_a_two_row_header_under_labelled_lines_is_the_tables() -> None:
    parsed = generic.parse(OVERTIME, "minamiyama.txt")
    rows = [r for r in parsed.records if r.kind == "table_row"]
    assert [r.fields["cells"]["部名"] for r in rows] == ["総務部", "財政部", "選挙管理委員会事務局"]
    assert rows[0].fields["cells"]["令和6年度第1四半期"] == "3,120"
    assert rows[1].fields["cells"]["前年度比増減率(%)"] == "4.6"
    assert rows[0].fields["table"] == "部別・四半期別 時間外勤務時間（単位：時間）"  # the caption over the header
    # the page's item (its 更新日 and 担当) holds neither the header read as pairs nor the rows
    item = next(r for r in parsed.records if r.kind == "item")
    assert set(item.fields["fields"]) == {"更新日", "担当"}


def test_a_note_between_two_tables_joins_neither() -> None:
    text = ("番号\t取組項目\t効果額\n1\t窓口の委託\t1,000\n2\t公用車の削減\t500\n"
            "※ 効果額は千円単位です。\n"
            "番号\t施設名\t利用者数\n1\t市民会館\t12,000\n2\t図書館\t30,000\n")
    rows = _rows(text, "kitahama.txt")
    assert [sorted(r.fields["cells"]) for r in rows][-1] == ["利用者数", "施設名", "番号"]  # its own header
