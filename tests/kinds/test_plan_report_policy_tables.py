"""A plan report published as a web page of one table per policy, its initiatives printed in columns of their
own beside each item (施策 │ 施策名 spanning their items' rows │ No. │ 取組事項 │ years │ 完了年度 │ 所管課), its
years graded in words its legend lists best first (順調 / 概ね順調 / 遅れ, ― for a year not carried out),
and its committee's opinion paper: a table of each member's score and their average (委員平均), then per
initiative 「施策N <名称>」 over ・ bullets (initiative_sheets._grouped, cells._word_legend,
opinion_paper.score_table). The town, its plan, years, words and every title are made up."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = "東川町行財政改革プラン"
POLICIES = {1: "住民サービスの向上", 2: "健全な財政運営"}
MEASURES = {1: (1, "窓口の改善"), 2: (1, "手続の電子化"), 3: (2, "歳入の確保")}
# code: (measure, title, grades R5-R7, 完了年度, 所管課)
ITEMS = {
    "1": (1, "窓口案内の改善", ["順調", "順調", "概ね順調"], "", "住民課"),
    "2": (1, "休日窓口の開設", ["遅れ", "概ね順調", "―"], "令和6年度", "住民課"),
    "3": (2, "電子申請の拡大", ["概ね順調", "遅れ", "順調"], "", "情報政策課"),
    "4": (3, "町有地の売却", ["順調", "―", "遅れ"], "", "財産管理課"),
    "5": (3, "広告収入の拡大", ["遅れ", "遅れ", "遅れ"], "", "企画課"),
}
SCORES = {1: ([4, 4, 5], "4.3"), 2: ([3, 2, 3], "2.7"), 3: ([3, 3, 4], "3.3")}


def page() -> str:
    out = [f"<html><head><title>{PLAN} 進捗状況（令和5年度～令和7年度）</title></head><body>",
           f"<h1>{PLAN} 進捗状況報告書</h1>", "<h2>凡例</h2><ul>",
           "<li>順調：計画どおり進んだ</li>", "<li>概ね順調：一部に遅れがある</li>", "<li>遅れ：計画より遅れている</li>",
           "<li>―：その年度は実施していない</li>", "<li>完了年度：空欄は継続中</li></ul>"]
    for no, title in POLICIES.items():
        out.append(f"<h2>重点方針{no}　{title}</h2><table>")
        out.append("<tr><th>施策</th><th>施策名</th><th>No.</th><th>取組事項</th><th>令和5年度</th><th>令和6年度</th>"
                   "<th>令和7年度</th><th>完了年度</th><th>所管課</th></tr>")
        for m, (policy, name) in MEASURES.items():
            rows = [(c, v) for c, v in ITEMS.items() if v[0] == m]
            if policy != no:
                continue
            for n, (code, (_, item, grades, ended, dept)) in enumerate(rows):
                lead = f'<td rowspan="{len(rows)}">{m}</td><td rowspan="{len(rows)}">{name}</td>' if n == 0 else ""
                out.append(f"<tr>{lead}<td>{code}</td><td>{item}</td>" + "".join(f"<td>{g}</td>" for g in grades)
                           + f"<td>{ended}</td><td>{dept}</td></tr>")
        out.append("</table>")
    return "\n".join(out + ["</body></html>"])


PAPER = "\n".join([
    f"{PLAN}に関する評価意見書",
    "令和8年8月 東川町行財政改革推進委員会",
    "1　施策ごとの評価点",
    "施策\t施策名\t委員A\t委員B\t委員C\t委員平均",
    *(f"{m}\t{MEASURES[m][1]}\t" + "\t".join(map(str, s)) + f"\t{avg}" for m, (s, avg) in SCORES.items()),
    "2　施策ごとの意見",
    "施策1　窓口の改善",
    "・窓口の待ち時間が短くなった点を評価する。",
    "・高齢者への案内を充実されたい。",
    "施策2　手続の電子化",
    "・電子申請の利用が伸び悩んでいる。",
    "施策3　歳入の確保",
    "・町有地の売却を計画的に進められたい。",
]) + "\n"


def test_the_page_reads_initiatives_from_their_columns_and_policies_from_the_headings():
    doc = registry.parse(to_text(page().encode(), "higashikawa.html").text, "higashikawa.html")
    assert doc.kind == "plan_report"
    measures = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert {no: (f["title"], f["policy"], f["n_practice"], f["called"]) for no, f in measures.items()} == {
        "1": ("窓口の改善", "重点方針1 住民サービスの向上", 2, "施策"),
        "2": ("手続の電子化", "重点方針1 住民サービスの向上", 1, "施策"),
        "3": ("歳入の確保", "重点方針2 健全な財政運営", 2, "施策")}
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == sorted(ITEMS)
    two = items["2"]
    assert (two["initiative"], two["called"], two["r5"], two["r6"], two["r7"]) == ("1", "取組事項", "遅れ", "概ね順調", "-")
    assert (two["ended"], two["departments"], two["policy"]) == ("R6", ["住民課"], "重点方針1 住民サービスの向上")


def test_a_legend_of_grade_words_is_the_scale_best_first():
    from assistant.kinds.plan_report.cells import legend_scale

    lines = to_text(page().encode(), "higashikawa.html").text.splitlines()
    assert legend_scale(lines) == ("順調", "概ね順調", "遅れ")  # 完了年度 (a column) and ― (no grade) are not
    assert legend_scale([line for line in lines if "\t" not in line]) == ()  # words no table grades with


def test_the_paper_reads_the_members_scores_and_bullets():
    doc = registry.parse(to_text(PAPER.encode(), "higashikawa_iken.txt").text, "higashikawa_iken.txt")
    assert doc.kind == "plan_report"
    measures = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert {no: (f["committee_score"], f["axes"]) for no, f in measures.items()} == {
        "1": (4.3, {"委員A": 4, "委員B": 4, "委員C": 5}), "2": (2.7, {"委員A": 3, "委員B": 2, "委員C": 3}),
        "3": (3.3, {"委員A": 3, "委員B": 3, "委員C": 4})}
    comments = {r.code: r.fields["text"] for r in doc.records if r.kind == "comment"}
    assert comments == {"1-1": "窓口の待ち時間が短くなった点を評価する。", "1-2": "高齢者への案内を充実されたい。",
                        "2-1": "電子申請の利用が伸び悩んでいる。", "3-1": "町有地の売却を計画的に進められたい。"}


# Another town's report of four years in the same index (R3–R6): 「3年間とも」 is each report's own years.
OTHER = "\n".join([
    "<html><body><h1>西山村行政改革プラン 実施状況</h1><ul><li>順調：計画どおり</li><li>概ね順調：一部遅れ</li>",
    "<li>遅れ：計画より遅れ</li></ul>",
    *(f"<h2>基本方針{n}　方針{n}</h2><table><tr><th>施策</th><th>施策名</th><th>No.</th><th>取組事項</th>"
      "<th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>令和6年度</th><th>所管課</th></tr>"
      f"<tr><td>{n}</td><td>施策{n}</td><td>{n}</td><td>事項{n}</td><td>遅れ</td><td>遅れ</td><td>遅れ</td><td>遅れ</td>"
      "<td>総務課</td></tr></table>" for n in (1, 2)),
    "</body></html>"])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("policy_tables")
    (folder / "higashikawa.html").write_text(page(), encoding="utf-8")
    (folder / "higashikawa_iken.txt").write_text(PAPER, encoding="utf-8")
    (folder / "nishiyama.html").write_text(OTHER, encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("東川町の取組事項で令和6年度に遅れだったものは？", ["3", "5"]),
    ("東川町の取組事項で令和7年度が概ね順調だったものは？", ["1"]),  # not 順調 alone
    ("東川町の取組事項で令和5年度より令和6年度の評価が下がったものは？", ["3"]),  # ― is no grade
    ("東川町の取組事項で令和6年度から令和7年度にかけて評価が上がったものは？", ["3"]),
    ("東川町の取組事項で令和6年度は実施していない（―）ものは？", ["4"]),
    ("東川町の重点方針2の取組事項で令和7年度に取り組んだのに順調にならなかったものは？", ["4", "5"]),
    ("東川町の重点方針1にはどの施策がある？", ["1", "2"]),
    ("東川町で住民課が所管している取組事項は？", ["1", "2"]),
    ("東川町の取組事項で令和5年度は遅れだったが令和6年度に概ね順調以上に改善したものは？", ["2"]),
    ("東川町の取組事項で一度も順調にならず、3年間とも遅れのままのものは？", ["5"]),
    ("東川町の取組事項で一度も順調にならなかったものは？", ["2", "5"]),
    ("東川町行財政改革推進委員会の評価意見書で委員平均が3.0未満の施策は？", ["2"]),
    ("東川町の評価意見書で委員Cが5点をつけた施策は？", ["1"]),
    ("東川町の評価意見書で高齢者や町有地に触れた委員の意見があるのはどの施策？", ["1", "3"]),  # either word
])
def test_questions(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected


def test_the_paper_and_the_page_are_one_plan(assistant):
    assistant.reset()
    assert assistant.ask("東川町の施策は何件？").count == 3  # joined, not six
    assistant.reset()
    answer = assistant.ask("東川町行財政改革推進委員会の評価意見書で委員平均がいちばん高い施策は？")
    assert [str(r["code"]) for r in answer.rows][:1] == ["1"]
    assistant.reset()
    assert float(assistant.ask("東川町の施策2の委員平均は？").value) == 2.7


def test_a_years_count_is_each_reports_own(assistant):
    # 西山村 grades four years, 東川町 three: 「4年間とも遅れ」 is every year of the item's own report
    assistant.reset()
    answer = assistant.ask("西山村の取組事項で4年間とも遅れのままのものは？")
    assert (answer.status, sorted(str(r["code"]) for r in answer.rows)) == ("exact", ["1", "2"])


def test_a_named_items_grade_of_a_year(assistant):
    assistant.reset()
    answer = assistant.ask("東川町の「電子申請の拡大」は令和6年度どうだった？")
    assert (answer.status, answer.value) == ("exact", "遅れ")


def test_the_practice_items_of_the_initiative_the_paper_scored(assistant):
    # the paper's initiative and the page's items are one report: 「その施策の取組事項」 crosses the documents
    assistant.reset()
    assert float(assistant.ask("東川町行財政改革推進委員会の評価意見書で施策3の委員平均は？").value) == 3.3
    answer = assistant.ask("その施策の取組事項で令和7年度に遅れのものは？")
    assert (answer.status, [str(r["code"]) for r in answer.rows]) == ("exact", ["4", "5"])
