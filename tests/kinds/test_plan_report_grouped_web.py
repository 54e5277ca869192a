"""A plan report as a web page whose practice list names no initiative column: its rows are grouped
under heading rows (「取組項目1 収納対策の強化」 across the table), its year columns printed newest
first; section I headed 「3 取組項目ごとの委員会評価と意見」, each block stating the departments' grade
and the committee's score on one line (「所管課の自己評価：A ／ 委員会評価：4.4点（5点満点）」); the
initiatives' テーマ cells mixing a theme of the report's (施設) with the city's own words (財源確保).

The town, its years (平成30年度–令和2年度) and its titles are made up. The questions check that the
page is read as a plan report (practice and initiative records, not table rows) and asked as one."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>桜川町行政改革実施計画 取組の評価に関する報告書</title></head>
<body>
<h1>桜川町行政改革実施計画<br>取組の評価に関する報告書</h1>
<p>令和3年7月1日　桜川町行政改革推進委員会</p>
<h2>1　取組項目の評価一覧</h2>
<table border="1">
<tr><th>No.</th><th>取組項目</th><th>テーマ</th><th>実践項目数</th><th>所管課の自己評価</th><th>委員会評価（5点満点）</th></tr>
<tr><td>1</td><td>収納対策の強化</td><td>財源確保</td><td>2</td><td>A</td><td>4.4</td></tr>
<tr><td>2</td><td>集会所の再編</td><td>財源確保・施設</td><td>2</td><td>C</td><td>2.7</td></tr>
</table>
<h2>2　実践項目の評価一覧</h2>
<p>「-」は取組終了後の年度、空欄は未着手の年度です。番号のNは計画期間中に追加した項目です。</p>
<table border="1">
<tr><th rowspan="2">番号</th><th rowspan="2">実践項目</th><th colspan="3">年度別評価</th><th colspan="5">総括</th>
<th rowspan="2">総合評価</th><th rowspan="2">取組終了</th><th rowspan="2">担当課</th></tr>
<tr><th>令和2年度</th><th>令和元年度</th><th>平成30年度</th><th>進捗度</th><th>連携度</th><th>効率性</th><th>創造性</th><th>合計</th></tr>
<tr class="group"><th colspan="13">取組項目1　収納対策の強化</th></tr>
<tr><td>1</td><td>口座振替の推進</td><td>-</td><td>A</td><td>B</td><td>3</td><td>2</td><td>3</td><td>2</td><td>10</td><td>A</td><td>令和元年度</td><td>(税)収税課</td></tr>
<tr><td>N1</td><td>コンビニ納付の拡大</td><td>A</td><td>B</td><td></td><td>2</td><td>2</td><td>2</td><td>3</td><td>9</td><td>B</td><td></td><td>(税)収税課</td></tr>
<tr class="group"><th colspan="13">取組項目2　集会所の再編</th></tr>
<tr><td>2</td><td>集会所の統合</td><td>B</td><td>C</td><td>C</td><td>1</td><td>1</td><td>2</td><td>1</td><td>5</td><td>C</td><td></td><td>(教)生涯学習課</td></tr>
<tr><td>3</td><td>町営住宅の集約</td><td>A</td><td>B</td><td>B</td><td>2</td><td>2</td><td>2</td><td>1</td><td>7</td><td>B</td><td></td><td>(建)住宅課</td></tr>
</table>
<h2>3　取組項目ごとの委員会評価と意見</h2>
<section><h3>取組項目1　収納対策の強化</h3>
<p>所管課の自己評価：A　／　委員会評価：4.4点（5点満点）</p>
<h4>委員会の意見</h4>
<ul><li>口座振替の勧奨は効果が出ている。</li><li>滞納整理は引き続き進めること。</li></ul></section>
<section><h3>取組項目2　集会所の再編</h3>
<p>所管課の自己評価：C　／　委員会評価：2.7点（5点満点）</p>
<h4>委員会の意見</h4>
<ul><li>集会所の統合は地域の合意形成が遅れている。</li></ul></section>
<h2>参考　進捗状況シート（抜粋）</h2>
<h3>実践項目2　集会所の統合</h3>
<p>取組項目：2　担当課：(教)生涯学習課　取組終了：（継続）</p>
<table border="1">
<tr><th>年度</th><th>取組内容</th><th>自己評価</th><th>評価の理由</th><th>取組上の課題</th></tr>
<tr><td>平成30年度</td><td>(新)地区説明会の開催</td><td>C</td><td></td><td></td></tr>
<tr><td>令和元年度</td><td>(継)統合案の協議</td><td>C</td><td></td><td>駐車場の確保について合意が得られていない。</td></tr>
<tr><td>令和2年度</td><td>(新)東西地区の集会所統合</td><td>B</td><td>二つの集会所を統合した。</td><td>残る地区の日程が決まっていない。</td></tr>
</table>
</body></html>
"""
SOURCE = "桜川町_取組の評価に関する報告書.html"


def _doc():
    text = to_text(PAGE.encode("utf-8"), SOURCE).text
    assert registry.detect(text) is plan_report
    return plan_report.parse(text, SOURCE)


def test_the_page_is_read_as_a_plan_report():
    doc = _doc()
    practices = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert list(practices) == ["1", "N1", "2", "3"]
    # The initiative comes from the heading row above each row; each grade from its own column,
    # whatever the order the years are printed in.
    assert [practices[c]["initiative"] for c in practices] == ["1", "1", "2", "2"]
    assert (practices["1"]["h30"], practices["1"]["r1"], practices["1"]["r2"]) == ("B", "A", "-")
    assert (practices["N1"]["h30"], practices["N1"]["r2"]) == ("", "A")
    assert practices["1"]["ended"] == "R1" and practices["2"]["total"] == 5
    initiatives = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert {c: f["committee_score"] for c, f in initiatives.items()} == {"1": 4.4, "2": 2.7}
    # A テーマ cell mixing a report theme with the city's own words keeps both.
    assert initiatives["2"]["themes"] == ["施設", "財源確保"]
    comments = [r.fields["text"] for r in doc.records if r.kind == "comment"]
    assert comments == ["口座振替の勧奨は効果が出ている。", "滞納整理は引き続き進めること。", "集会所の統合は地域の合意形成が遅れている。"]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sakuragawa")
    (folder / SOURCE).write_text(PAGE, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("桜川町の実践項目で令和元年度にA評価だったのは？", ["1"]),
    ("桜川町の取組項目で委員会評価が4以上のものは？", ["1"]),
    ("桜川町の取組項目で施設のテーマに入っているのは？", ["2"]),
])
def test_questions(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected


def test_a_sheet_named_by_the_two_nouns_of_its_title_after_the_town(assistant):
    # 「桜川町の集会所統合」: the town before the name, the title's two nouns said without their の.
    assistant.reset()
    first = assistant.ask("桜川町の集会所統合の進捗状況シートを見せて")
    assert first.status == "exact" and [str(r["code"]) for r in first.rows] == ["2"], (first.summary, first.unused)
    challenge = assistant.ask("令和元年度の取組上の課題は？")
    assert [r["problem"] for r in challenge.rows] == ["駐車場の確保について合意が得られていない。"]


def test_a_line_under_a_sheets_table_is_its_note():
    # 「特記事項：…」 under a year-table sheet was read by nobody and lost; a page's contact footer is no note.
    page = PAGE.replace("</table>\n</body>", "</table>\n<p>特記事項：統合による削減見込額は年間300万円。</p>\n"
                                              "<p>お問い合わせ：桜川町 総務課</p>\n</body>")
    doc = plan_report.parse(to_text(page.encode("utf-8"), SOURCE).text, SOURCE)
    notes = [p.text for p in doc.passages if p.key == "sheet:2" and p.field == "notes"]
    assert notes == ["特記事項：統合による削減見込額は年間300万円。"]
