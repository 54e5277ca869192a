"""A plan report printed one page per item (its 事業シート): label cells (事業番号 │ 1-2, 事業名, 担当課, 実施期間 in the
western calendar, 指標 with its unit), a table of years × 目標 │ 実績 │ 評価 graded with the marks its legend table lists
(◎○△×, ― outside the period), 状況 with a 備考, the council's score on its own scale (「審議会評点：4.2点（5点満点）」)
and its opinion; and the plan's summary list of the same items (a web page: 番号 │ 事業名 │ 担当課 │ 最終年度の評価 │
状況), joined in the index to the same items. Indexed for real; the town and its items are made up."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from tests.conversation_helpers import ask, assistant_over

PAGES = "kawase_jigyo_sheet.txt"
LIST = "kawase_jigyo_ichiran.html"
PLAN = "川瀬町行政改革実行計画"
# code, name, department, (first, last year), {year: (goal, actual, mark)}, state, remark, score, opinion
ITEMS = [
    ("1-1", "窓口のオンライン予約", "住民課", (2024, 2026), {2024: ("10件", "12件", "◎"), 2025: ("20件", "18件", "△"),
                                                          2026: ("30件", "36件", "◎")}, "継続", "", "4.2",
     "予約の利用は伸びている。高齢者への周知を続けられたい。"),
    ("1-2", "公用車の削減", "管財課", (2024, 2025), {2024: ("3台", "1台", "×"), 2025: ("5台", "5台", "○")}, "完了", "",
     "3.1", "削減台数は目標に届いた。維持費の推移を示されたい。"),
    ("2-1", "施設予約システムの更新", "生涯学習課", (2025, 2026), {2025: ("2館", "1館", "×"), 2026: ("4館", "（廃止）", "―")},
     "廃止", "令和7年度末で廃止（県の共同システムへ移行）", "2.4", "受益者負担の説明が不足していた。移行後の利用状況を報告されたい。"),
]
YEARS = (2024, 2025, 2026)


def pages() -> str:
    out = [f"{PLAN} 事業シート", "評価の凡例", "記号\t意味", "◎\t目標を大きく上回った", "○\t目標を達成した",
           "△\t目標に届かなかった", "×\t大幅に遅れている", "―\t実施期間外"]
    for code, name, dept, (first, last), rows, state, remark, score, opinion in ITEMS:
        out += ["", f"事業シート 基本方針{code[0]} 効率的な行政運営", f"事業番号\t{code}", f"事業名\t{name}", f"担当課\t{dept}",
                f"実施期間\t{first}年度～{last}年度", "指標\t実績の数（単位：件）", "年度\t目標\t実績\t評価"]
        out += [f"{y}年度\t{rows[y][0]}\t{rows[y][1]}\t{rows[y][2]}" if y in rows else f"{y}年度\t―\t―\t―" for y in YEARS]
        out += [f"状況：{state}" + (f" 備考：{remark}" if remark else ""), f"審議会評点：{score}点（5点満点）", "審議会意見", opinion]
    return "\n".join(out) + "\n"


def summary_list() -> str:
    rows = "".join(f"<tr><td>{code}</td><td>{name}</td><td>{dept}</td><td>{final}</td><td>{state}</td></tr>"
                   for (code, name, dept, _, _, state, *_), final in zip(ITEMS, ("◎", "○", "―")))
    return ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>事業一覧</title></head><body>"
            f"<h1>{PLAN} 事業一覧（令和8年度末）</h1>"
            "<p>評価の凡例：◎：目標を大きく上回った、○：目標を達成した、△：目標に届かなかった、×：大幅に遅れている、―：実施期間外</p>"
            "<table><tr><th>番号</th><th>事業名</th><th>担当課</th><th>最終年度の評価</th><th>状況</th></tr>"
            f"{rows}</table></body></html>")


def test_each_page_is_an_item_with_its_years_state_score_and_opinion():
    text = pages()
    assert registry.detect(text) is plan_report
    doc = registry.parse(text, PAGES)
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert list(items) == ["1-1", "1-2", "2-1"]
    one = items["2-1"]
    assert (one["title"], one["departments"], one["called"], one["initiative"]) == ("施設予約システムの更新", ["生涯学習課"], "事業", "2")
    assert (one["r6"], one["r7"], one["r8"], one["started"], one["period_years"]) == ("-", "×", "-", "R7", 2)
    assert (one["state"], one["remarks"], one["committee_score"], one["committee_scale"]) == (
        "廃止", "令和7年度末で廃止（県の共同システムへ移行）", 2.4, 5.0)
    values = {r.code: r.fields for r in doc.records if r.kind == "sheet_value"}
    assert (values["1-1-R6"]["goal"], values["1-1-R6"]["actual"], values["1-1-R6"]["unit"]) == (10, 12, "件")
    comments = {r.code: r.fields["text"] for r in doc.records if r.kind == "comment"}
    assert comments["1-2"] == "削減台数は目標に届いた。維持費の推移を示されたい。"


def test_the_summary_list_alone_is_read_as_the_plans_items():
    text = to_text(summary_list().encode("utf-8"), LIST).text
    doc = registry.parse(text, LIST)
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert (items["1-2"]["final_grade"], items["1-2"]["state"], items["2-1"]["final_grade"]) == ("○", "完了", "-")


def test_one_page_is_no_such_document():
    one = "\n".join(pages().split("\n\n")[:2])
    assert not plan_report.detect(one)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("item_pages")
    (folder / PAGES).write_text(pages(), encoding="utf-8")
    (folder / LIST).write_text(summary_list(), encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, expected", [
    ("令和7年度の評価が×の事業は？", ["2-1"]),  # (1-2 was × in 2024, R6, not in R7)
    ("2024年度に×がついた事業は？", ["1-2"]),
    ("一度も×がついていない事業は？", ["1-1"]),
    ("2024年度から2025年度のあいだに△があった事業は？", ["1-1"]),
    ("完了した事業は？", ["1-2"]),
    ("廃止された事業は？", ["2-1"]),
    ("審議会評点が3.0未満の事業は？", ["2-1"]),
    ("実施期間が2年間の事業は？", ["1-2", "2-1"]),
    ("最終年度の評価が○の事業は？", ["1-2"]),
    ("受益者負担に触れている審議会意見は？", ["2-1"]),
])
def test_asked(assistant, question, expected):
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r["code"]) for r in answer.rows) == expected, answer.summary


def test_the_list_and_the_pages_are_one_record_per_item(assistant):
    answer = ask(assistant, "事業は何件？")
    assert answer.value == 3, answer.summary


def test_one_item_by_its_code_and_its_opinion_after_it(assistant):
    grade = ask(assistant, "事業1-2の2024年度の評価は？")
    assert grade.value == "×", grade.summary
    opinion = ask(assistant, "公用車の削減の評価は？", "審議会の意見は？")
    assert [r["code"] for r in opinion.rows] == ["1-2"], opinion.summary
    lowest = ask(assistant, "審議会評点がいちばん低い事業について、審議会の意見は？")
    assert [r["code"] for r in lowest.rows] == ["2-1"], lowest.summary
    said_with_no = ask(assistant, "審議会評点が最も低い事業の審議会意見は？")
    assert [r["code"] for r in said_with_no.rows] == ["2-1"], said_with_no.summary
    # (what the second part asks must be of that one record: never every item's)
    highest = ask(assistant, "審議会評点がいちばん高い事業の担当課は？")
    assert (highest.value, len(highest.rows)) == ("住民課", 1), highest.summary


def _items(index) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(index) as conn:
        return conn.execute("SELECT code, source, final_grade, state FROM practice ORDER BY code").fetchall()


def test_either_document_read_again_keeps_one_record_per_item(tmp_path):
    from assistant.store.build import build_index

    (tmp_path / PAGES).write_text(pages(), encoding="utf-8")
    (tmp_path / LIST).write_text(summary_list(), encoding="utf-8")
    index = tmp_path / "gyokaku.db"
    build_index([tmp_path], index)
    assert _items(index) == [("1-1", PAGES, "◎", "継続"), ("1-2", PAGES, "○", "完了"), ("2-1", PAGES, "-", "廃止")]
    (tmp_path / PAGES).write_text(pages().replace("予約の利用は伸びている", "予約の利用は大きく伸びている"), encoding="utf-8")
    build_index([tmp_path], index)
    assert [r[2] for r in _items(index)] == ["◎", "○", "-"]  # (the list's values, kept aside, joined again)
    # The list read again: what it states now (every item's last grade ◎) is what the items hold.
    (tmp_path / LIST).write_text(summary_list().replace("<td>○</td>", "<td>◎</td>"), encoding="utf-8")
    build_index([tmp_path], index)
    assert [r[2] for r in _items(index)] == ["◎", "◎", "-"] and {r[1] for r in _items(index)} == {PAGES}


def turned_sheets() -> str:
    """Another town's 進行管理シート: labels said with a colon, the years as columns (目標 / 実績 / 評価 as rows),
    letters of the usual scale, a score out of 10."""
    out = ["北見沢村 行財政改革 進行管理シート", ""]
    for code, name, marks in (("A1", "ごみ袋の有料化", ("A", "B", "C")), ("A2", "公民館の統合", ("―", "C", "A"))):
        out += [f"進行管理シート 重点分野A 財政の健全化", f"項目番号：{code}", f"項目名：{name}", "担当課：環境課",
                "実施期間：令和5年度～令和7年度"]
        # (one page states its 状況 among its labels, above the table)
        out += ["状況\t完了"] if code == "A2" else []
        out += ["区分\t令和5年度\t令和6年度\t令和7年度",
                "目標\t100\t200\t300", "実績\t120\t180\t150", "評価\t" + "\t".join(marks)]
        out += [] if code == "A2" else ["状況：継続"]
        out += ["委員会評点：7.5点（10点満点）", ""]
    return "\n".join(out)


def test_labels_with_a_colon_and_the_years_as_columns():
    text = turned_sheets()
    assert registry.detect(text) is plan_report
    doc = registry.parse(text, "hokkenzawa.txt")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    # (the page names no word of its items: the number's label does, 項目番号)
    assert (items["A2"]["r5"], items["A2"]["r6"], items["A2"]["r7"], items["A2"]["called"]) == ("-", "C", "A", "項目")
    assert (items["A1"]["departments"], items["A1"]["committee_scale"], items["A1"]["initiative"]) == (["環境課"], 10.0, "A")
    assert (items["A1"]["state"], items["A2"]["state"]) == ("継続", "完了")
    values = {r.code: r.fields for r in doc.records if r.kind == "sheet_value"}
    assert (values["A1-R6"]["goal"], values["A1-R6"]["actual"]) == (200, 180)


@pytest.fixture(scope="module")
def turned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("turned_sheets")
    (folder / "hokkenzawa.txt").write_text(turned_sheets(), encoding="utf-8")
    return assistant_over(folder)


def test_items_and_groups_coded_with_letters(turned):
    grade = ask(turned, "項目A2の令和6年度の評価は？")
    assert (grade.status, grade.value) == ("exact", "C"), grade.summary
    grouped = ask(turned, "重点分野Aの項目は？")
    assert grouped.status == "exact" and sorted(r["code"] for r in grouped.rows) == ["A1", "A2"], grouped.summary


def test_the_grades_by_year_then_a_years_figure(turned):
    grades = ask(turned, "ごみ袋の有料化の評価は年度ごとにどうだった？")
    assert grades.status == "exact" and len(grades.rows) == 3, grades.summary
    figure = ask(turned, "ごみ袋の有料化の評価は年度ごとにどうだった？", "令和6年度の実績は？")
    assert (figure.status, figure.value) == ("exact", 180), figure.summary


@pytest.fixture(scope="module")
def beside_corpus(tmp_path_factory, corpus_dir):
    """The pages indexed beside the shipped report, whose items state an end year instead of a 状況."""
    import shutil

    folder = tmp_path_factory.mktemp("item_pages_and_corpus")
    for path in corpus_dir.iterdir():
        if path.is_file() and path.name != "README.md":
            shutil.copy(path, folder / path.name)
    (folder / PAGES).write_text(pages(), encoding="utf-8")
    return assistant_over(folder)


def test_a_state_said_as_a_verb_reads_each_report_its_own_way(beside_corpus):
    ended = ask(beside_corpus, "苫小牧市の完了した実践項目は何件？")
    written = ask(beside_corpus, "苫小牧市の取組を終了した実践項目は何件？")
    assert ended.value == written.value > 0, (ended.summary, written.summary)
    own = ask(beside_corpus, "川瀬町の完了した事業は？")
    assert [r["code"] for r in own.rows] == ["1-2"], own.summary
