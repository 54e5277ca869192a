"""A plan made over the era change (平成→令和, H29–R2), its parts as text the formats give: an evaluation list with
an initiative column (「1　窓口サービスの改善」, a cell merged over its items), one table per 基本方針 and a two-row
header naming FY2019 both ways; progress sheets graded on a line under 【自己評価】; the committee's paper as one
table (No. │ 基本方針 │ 取組項目 │ 委員会評価 │ 委員の意見, the remarks as bullets in one cell); a joint-projects
start year printed 「元年度」. The city and its items are made up."""
from __future__ import annotations

from assistant.kinds import registry
from assistant.kinds.joint_projects import loader as joint_projects

T = "\t"
HEAD = T.join(["番号", "取組項目", "実践項目", "所管課", "年度別評価（担当課自己評価）", "", "", "", "取組終了", "備考"])
YEARS = T.join(["番号", "取組項目", "実践項目", "所管課", "平成29年度 (2017)", "平成30年度 (2018)",
                "平成31年度 (令和元年度) (2019)", "令和2年度 (2020)", "取組終了", "備考"])


def _sheet(policy: str, rows: list[list[str]]) -> list[str]:
    return ["架空市行政経営改革プラン（平成29年度〜令和2年度） 実践項目 評価一覧", policy + T * 8 + "令和３年５月 行政経営課", "",
            HEAD, YEARS, *[T.join(r) for r in rows], "", "【評価区分】", "A" + T + "計画を上回って進捗している",
            "－" + T + "取組期間外（開始前又は終了後）", ""]


LIST = "\n".join(
    _sheet("基本方針１ 市民サービスの向上", [
        ["1-1", "1 窓口サービスの改善", "窓口受付時間の延長", "市民課", "B", "B", "A", "A"],
        ["1-2", "1 窓口サービスの改善", "証明書のコンビニ交付", "市民課", "－", "B", "A", "A", "", "平成30年度から取組開始"],
        ["2-1", "2 情報発信の充実", "広報紙の刷新", "広報課", "A", "B", "－", "－", "平成30年度"]])
    + _sheet("基本方針２ 効率的な行政運営", [
        ["3-1", "3 業務の見直し", "RPAの試行", "情報政策課", "－", "－", "C", "B", "", "平成31年度から取組開始"],
        ["3-2", "3 業務の見直し", "定型業務の委託", "行政経営課", "B", "B", "C", "－", "令和元年度"]]))


def test_the_list_reads_items_of_every_sheet_with_their_policy_and_initiative():
    doc = registry.parse(LIST, "list.xlsx")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert list(items) == ["1-1", "1-2", "2-1", "3-1", "3-2"]
    assert items["3-1"]["policy"] == "基本方針2 効率的な行政運営"
    assert items["1-1"]["initiative_title"] == "窓口サービスの改善"
    initiatives = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert initiatives["1"]["n_practice"] == 2 and initiatives["3"]["policy"].startswith("基本方針2")


def test_the_era_change_year_is_one_fiscal_year():
    items = {r.code: r.fields for r in registry.parse(LIST, "list.xlsx").records if r.kind == "practice"}
    # (the header names FY2019 both ways: one field, r1; 平成31年度 and 令和元年度 in the cells are both R1)
    assert items["1-1"]["r1"] == "A" and "h31" not in items["1-1"]
    assert items["3-2"]["ended"] == "R1" and items["2-1"]["ended"] == "H30"
    assert items["3-1"]["started"] == "R1" and items["1-2"]["started"] == "H30" and not items["1-1"]["started"]


SHEETS = "\n".join([
    "架空市行政経営改革プラン 実践項目進捗シート（令和２年度実績）", "",
    *[line for code, title, dept, grades in (
        ("1-2", "証明書のコンビニ交付", "市民課", "平成29年度：－　平成30年度：B　令和元年度：A　令和2年度：A"),
        ("3-1", "RPAの試行", "情報政策課", "平成29年度：－　平成30年度：－　平成31年度（令和元年度）：C　令和2年度：B"))
      for line in (f"進捗シート　実践項目 {code}　{title}", "", f"基本方針{T}1 市民サービスの向上", f"取組項目{T}1 窓口サービスの改善",
                   f"所管課{T}{dept}", "", "【目標と実績】", "", T.join(["年度", "目標", "実績", "達成率"]),
                   T.join(["平成30年度", "3,000", "2,415", "80.5％"]), T.join(["平成31年度（令和元年度）", "6,000", "6,832", "113.9％"]),
                   T.join(["令和2年度", "9,000", "11,204", "124.5％"]), "", "【取組状況・特記事項】", "交付件数が伸びた。",
                   "【自己評価】", grades, "")]])


def test_progress_sheets_graded_under_a_bracketed_heading():
    doc = registry.parse(SHEETS, "sheets.docx")
    assert doc.kind == "plan_report"
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert items["1-2"]["r1"] == "A" and items["3-1"]["r1"] == "C" and items["3-1"]["h30"] == "-"
    assert items["1-2"]["sheet_grade_word"] == "自己評価" and items["1-2"]["departments"] == ["市民課"]
    entries = [r.fields for r in doc.records if r.kind == "sheet_entry" and r.fields["practice"] == "1-2"]
    assert [(e["year"], e["result"]) for e in entries] == [("H30", "2,415"), ("R1", "6,832"), ("R2", "11,204")]


PAPER = "\n".join([
    "架空市行政経営改革プランの取組に関する意見書", "２ 評価の方法", "担当課が作成した実践項目ごとの自己評価を参考に評価した。", f"評価{T}評価基準", f"5{T}非常に評価できる", f"1{T}課題がある",
    "３ 取組項目別の評価及び委員の意見",
    T.join(["No.", "基本方針", "取組項目", "委員会評価", "委員の意見"]),
    T.join(["1", "1 市民サービスの向上", "窓口サービスの改善", "4", "・受付時間の延長は好評である。 ・混雑緩和策を検討されたい。"]),
    "- 1 -", "",
    T.join(["No.", "基本方針", "取組項目", "委員会評価", "委員の意見"]),
    T.join(["2", "1 市民サービスの向上", "情報発信の充実", "5", "・SNSの活用が進んだ。 ・他自治体の事例も参考にされたい。"]),
    "４ 総評", "多くの取組が成果を上げた。"])


def test_a_committee_paper_of_one_table_over_a_page_break():
    doc = registry.parse(PAPER, "paper.pdf")
    initiatives = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert {k: v["committee_score"] for k, v in initiatives.items()} == {"1": 4.0, "2": 5.0}
    comments = [r.fields["text"] for r in doc.records if r.kind == "comment" and r.fields["initiative"] == "2"]
    assert comments == ["SNSの活用が進んだ。", "他自治体の事例も参考にされたい。"]
    assert not [r for r in doc.records if r.kind == "practice"]


def test_an_eraless_first_year_takes_the_era_of_the_column():
    from assistant.model import ParsedDocument, Record

    doc = ParsedDocument(kind="joint_projects", title="t")
    for no, year in (("1", "H30"), ("2", "R1"), ("3", "元年度"), ("4", "R2")):
        doc.records.append(Record(joint_projects.RECORD_KIND, no, {"start_year": year}, "x.html", 1))
    joint_projects._eraless_first_years(doc)
    assert [r.fields["start_year"] for r in doc.records] == ["H30", "R1", "R1", "R2"]
