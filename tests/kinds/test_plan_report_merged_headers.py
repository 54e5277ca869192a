"""A plan report whose lists carry two-row headers (a heading merged over the columns it names:
年度別評価 over the years, 総括 over the scores, テーマ over ○ columns), whose practice list comes
first and names its end year 終了年度, whose section of the committee's evaluation heads each
initiative 「No.2 …」 over the list of its practice items (対象の実践項目：…) and states the score
as 「委員会評価 3.5点／5点」, and whose appendix is titled 【資料】.

The document is plain text laid out as the formats layer gives a PDF's tables (tab-separated rows,
a converter dropping trailing empty cells). Its appendix holds a progress sheet laid out as small
tables one under another (labelled rows, entries by year, the self-evaluation with the years as
columns, reasons and challenges by year, 特記事項). The plan, its years (R2–R4) and titles are made up; the
town is a real one's name so that questions can name it."""
from __future__ import annotations

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report

TEXT = """岩泉町行財政改革プラン
取組成果に関する評価報告書
令和5年8月1日
岩泉町行財政改革推進委員会

1 実践項目ごとの状況
No.\t取組No.\t実践項目\t担当課\t年度別評価\t\t\t総括\t\t\t\t\t\t終了年度
\t\t\t\t令和2年度\t令和3年度\t令和4年度\t進捗度\t連携度\t効率性\t創造性\t合計\t総合評価
1\tNo.1\t下水道使用料の改定\t上下水道課\tB\tA\t-\t3\t2\t3\t2\t10\tA\tR3
2\tNo.2\t窓口の番号案内\t住民課、情報課\tC\tB\tB\t2\t2\t1\t2\t7\tB
N1\tNo.2\tオンライン相談\t情報課\t\tC\tB\t1\t2\t2\t2\t7\tC

2 取組項目の一覧
No.\t取組項目\tテーマ\t\t\t実践項目数\t平均点\t\t\t\t合計\t担当課自己評価\t委員会評価
\t\t財政\tサービス\tICT\t\t進捗度\t連携度\t効率性\t創造性
1\t使用料の適正化\t○\t\t\t1\t3.0\t2.0\t3.0\t2.0\t10.0\tA\t4.0
2\t窓口サービスの改善\t\t○\t○\t2\t1.5\t2.0\t1.5\t2.0\t7.0\tB\t3.5

3 取組項目ごとの委員会の評価と意見
No.1 使用料の適正化
対象の実践項目：1
委員会評価 4.0点／5点
委員の意見
・改定の根拠を町民に丁寧に説明したことは評価できる。
No.2 窓口サービスの改善

対象の実践項目：2、N1
委員会評価 3.5点／5点
委員の意見
・番号案内で待ち時間が短くなった。
・オンライン相談の利用者が少ない。周知を工夫されたい。
・令和4年度の窓口の待ち時間は繁忙期に30分を超えたと聞く。

【資料】実践項目進捗状況シート（令和4年度末）
進捗状況シート 実践項目2
取組項目\tNo.2 窓口サービスの改善
実践項目\t2 窓口の番号案内
担当課\t住民課、情報課
取組終了\t継続（令和5年度以降も実施）
年度\t番号\t取組内容\t区分
R2\t①\t番号案内システムの導入\t(新)
R4\t②\t案内表示の多言語化\t(継)
自己評価\tR2\tR3\tR4
進捗度\t1\t2\t2
連携度\t2\t2\t2
効率性\t1\t1\t2
創造性\t1\t2\t2
総合評価\tC\tB\tB
年度\t評価の理由\t取組上の課題
R2\t導入が年度末にずれ込んだ。\t職員の操作習熟
R4\t平均待ち時間が18分から11分に短くなった。\t繁忙期の窓口増設
特記事項：令和5年度に番号の呼出しを携帯電話へ知らせる機能を加える。
"""


def _parsed():
    text = to_text(TEXT.encode(), "岩泉町_評価報告書.txt").text
    return text, plan_report.parse(text, "岩泉町_評価報告書.txt")


def test_detected_as_the_plan_report():
    text, _ = _parsed()
    assert plan_report.detect(text)
    assert registry.detect(text).KIND == "plan_report"


def test_practice_list_read_under_its_two_header_rows():
    _, doc = _parsed()
    practices = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert list(practices) == ["1", "2", "N1"]
    assert practices["1"]["r2"] == "B" and practices["1"]["r4"] == "-"
    assert practices["1"]["ended"] == "R3"  # 終了年度, the last column
    assert practices["2"]["ended"] == ""  # a trailing empty cell the converter dropped: continuing
    assert practices["2"]["departments"] == ["住民課", "情報課"]
    assert practices["N1"]["r2"] == "" and practices["N1"]["r3"] == "C"  # started later: blank year
    assert (practices["2"]["total"], practices["2"]["overall"], practices["2"]["initiative"]) == (7, "B", "2")


def test_initiatives_read_with_theme_marks_and_the_committees_score():
    _, doc = _parsed()
    initiatives = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert initiatives["1"]["themes"] == ["財政"]
    assert initiatives["2"]["themes"] == ["サービス", "ICT"]
    assert (initiatives["2"]["committee_score"], initiatives["2"]["self_overall"], initiatives["2"]["n_practice"]) == (3.5, "B", 2)
    comments = [r.fields for r in doc.records if r.kind == "comment"]
    assert [(c["initiative"], c["n"]) for c in comments] == [("1", 1), ("2", 1), ("2", 2), ("2", 3)]
    assert comments[2]["text"] == "オンライン相談の利用者が少ない。周知を工夫されたい。"


def test_a_sheet_of_small_tables():
    _, doc = _parsed()
    sheets = {r.code: r.fields for r in doc.records if r.kind == "sheet"}
    assert list(sheets) == ["2"]
    assert sheets["2"]["initiative"] == "2" and sheets["2"]["notes"].startswith("令和5年度に番号の呼出し")
    entries = [(r.fields["year"], r.fields["n"], r.fields["status"]) for r in doc.records if r.kind == "sheet_entry"]
    assert entries == [("R2", 1, "新"), ("R4", 2, "継")]
    evals = {r.code: r.fields for r in doc.records if r.kind == "self_eval"}
    assert (evals["2-R3"]["progress"], evals["2-R3"]["overall"]) == (2, "B")
    assert evals["2-R4"]["reason_overall"] == "平均待ち時間が18分から11分に短くなった。"
    challenges = {r.code: r.fields["problem"] for r in doc.records if r.kind == "challenge"}
    assert challenges == {"2-R2": "職員の操作習熟", "2-R4": "繁忙期の窓口増設"}
    practice = next(r.fields for r in doc.records if r.kind == "practice" and r.code == "2")
    assert (practice["ended"], practice["r2"]) == ("", "C")  # the sheet agrees with the list
    assert not doc.conflicts


def test_a_list_going_on_over_a_page_break_under_its_header_printed_again():
    # A PDF prints the header rows again on the next page, after the page's break (a blank line).
    head = "No.\t取組No.\t実践項目\t担当課\t年度別評価\t\t\t総括\t\t\t\t\t\t終了年度\n" \
           "\t\t\t\t令和2年度\t令和3年度\t令和4年度\t進捗度\t連携度\t効率性\t創造性\t合計\t総合評価\n"
    broken = TEXT.replace("\nN1\tNo.2", "\n\n" + head + "N1\tNo.2", 1)
    assert broken != TEXT
    text = to_text(broken.encode(), "岩泉町_評価報告書.txt").text
    doc = plan_report.parse(text, "岩泉町_評価報告書.txt")
    practices = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert list(practices) == ["1", "2", "N1"]
    assert practices["N1"]["r3"] == "C"
