"""A plan report that names its items in words of its own (基本項目 for the initiatives, 改革項目 for the
practice items, 進行管理シート for the progress sheets), laid out as tables: an initiatives table with the
committee's score out of 10 and its 評価区分, one list of practice items under a two-row header (年度別評価
over western years) printed again over the list's second page, A–D with 「未」 before the start and 「―」
after the end, start and end in 備考, 担当課 and 所管部 in columns of their own; a sheet per item with its
indicator's 目標値/実績値 by year (own_words.py).

The town, its years (2021–2023) and every title are made up and differ from every shipped or made edition."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SOURCE = "minamidai_kaikaku_hyoka.txt"
LIST_HEAD = ["No.\t基本項目\t改革項目\t年度別評価\t\t\t担当課\t所管部\t備考", "\t\t\t2021\t2022\t2023"]
TEXT = "\n".join([
    "南台町行財政改革プラン（2021～2023年度）評価報告書",
    "令和6年6月 南台町行財政改革推進委員会",
    "1 評価の結果",
    "No.\t基本項目\t改革項目数\t委員会評価（10点満点）\t評価区分",
    "1\t窓口の見直し\t2項目\t8.0点\t順調",
    "2\t財源の確保\t2項目\t4.5点\t要改善",
    "",
    "2 基本項目ごとの委員会意見",
    "基本項目1 窓口の見直し（委員会評価 8.0点／10点）",
    "・窓口の待ち時間は着実に短くなった。",
    "基本項目2 財源の確保（委員会評価 4.5点／10点）",
    "・広告料の収入は目標に届いていない。",
    "・寄附の受付方法を増やすこと。",
    "",
    "3 改革項目別 年度別評価一覧",
    "評価 A：計画以上 B：計画どおり C：やや遅れ D：遅れ 「未」：取組開始前 「―」：取組終了後",
    *LIST_HEAD,
    "1\t1 窓口の見直し\t証明書の郵送請求\tA\tA\tA\t住民課\t町民部",
    "2\t1 窓口の見直し\t窓口の番号案内\t未\tB\tA\t住民課\t町民部\t令和4年度から実施",
    "",
    *LIST_HEAD,
    "3\t2 財源の確保\t町有地の貸付\tC\tD\t―\t管財課\t総務部\t令和4年度で終了",
    "4\t2 財源の確保\t寄附の受付拡大\tB\tC\tC\t企画課\t総務部",
    "",
    "進行管理シート 改革項目No.4 寄附の受付拡大",
    "基本項目：2 財源の確保 担当課：企画課（総務部）",
    "目標指標：寄附の件数（単位：件）",
    "年度\t目標値\t実績値\t達成率\t評価",
    "2022年度（令和4年度）\t50\t31\t62.0%\tC",
    "2023年度（令和5年度）\t60\t44\t73.3%\tC",
    "取組上の課題：受付窓口の周知が足りない。",
    "",
]) + "\n"


@pytest.fixture(scope="module")
def doc():
    assert plan_report.detect(TEXT)
    return plan_report.parse(TEXT, SOURCE)


def _records(doc, kind):
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_items_read_under_the_documents_own_words(doc):
    practices = _records(doc, "practice")
    assert list(practices) == ["1", "2", "3", "4"]  # the list goes on over the header printed again
    assert practices["2"]["called"] == "改革項目"
    # Western year columns are the fiscal years they print; 「未」 kept, 「―」 read as no grade.
    assert (practices["2"]["r3"], practices["2"]["r4"], practices["2"]["r5"]) == ("未", "B", "A")
    assert practices["3"]["r5"] == "-"
    # 備考 states the first and the last year; 担当課 and 所管部 are columns of their own.
    assert (practices["2"]["started"], practices["2"]["ended"]) == ("R4", "")
    assert (practices["3"]["started"], practices["3"]["ended"]) == ("", "R4")
    assert (practices["4"]["departments"], practices["4"]["bureau"]) == (["企画課"], "総務部")


def test_initiatives_with_a_committee_score_out_of_ten_and_their_opinions(doc):
    initiatives = _records(doc, "initiative")
    assert initiatives["2"]["committee_score"] == 4.5
    assert initiatives["2"]["committee_scale"] == 10.0
    assert initiatives["2"]["committee_class"] == "要改善"
    assert initiatives["2"]["called"] == "基本項目"
    comments = {code: f["text"] for code, f in _records(doc, "comment").items()}
    assert comments == {"1-1": "窓口の待ち時間は着実に短くなった。", "2-1": "広告料の収入は目標に届いていない。",
                        "2-2": "寄附の受付方法を増やすこと。"}


def test_a_sheets_indicator_by_year(doc):
    values = _records(doc, "sheet_value")
    assert values["4-R5"]["goal"] == 60 and values["4-R5"]["actual"] == 44
    assert values["4-R4"]["rate"] == 62.0 and values["4-R4"]["unit"] == "件"
    assert _records(doc, "sheet")["4"]["called"] == "進行管理シート"
    assert _records(doc, "challenge")["4"]["problem"] == "受付窓口の周知が足りない。"


def test_a_list_whose_grades_do_not_read_is_refused_and_read_generically():
    # A grade cell the layout does not know is no reading of the report: never a report of guessed grades.
    broken = TEXT.replace("証明書の郵送請求\tA\tA\tA", "証明書の郵送請求\tA\tよい\tA")
    doc = registry.parse(broken, SOURCE)
    assert doc.kind == "generic"
    assert any(w.kind == "other_kind" for w in doc.warnings)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("minamidai")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    # the document's own word for its items is read as the kind's
    ("南台町の改革項目で2023年度にA評価だったのは？", ["1", "2"]),
    ("南台町で2022年度から始まった改革項目は", ["2"]),
    ("南台町の改革項目で終了したものは", ["3"]),
    ("南台町の総務部の改革項目は", ["3", "4"]),
    ("南台町で令和3年度か令和4年度にD評価があった改革項目", ["3"]),
    ("南台町の基本項目で委員会評価が5点以上のもの", ["1"]),
])
def test_questions(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected, answer.summary


def test_a_sheets_value_of_a_year(assistant):
    assistant.reset()
    answer = assistant.ask("南台町の寄附の受付拡大、2023年度の実績値は")
    assert answer.value == 44, (answer.status, answer.summary)


@pytest.mark.parametrize("op, value, expected", [
    ("has", "総務部", ["3", "4"]), ("not_has", "総務部", ["1", "2"]), ("len=", 1, ["1", "2", "3", "4"]),
    ("only", ["総務部"], ["3", "4"]), ("not_empty", None, ["1", "2", "3", "4"]),
])
def test_a_bureau_printed_as_text_is_matched_as_a_list_of_its_one_value(assistant, op, value, expected):
    # An item's 所管部 is one section's text, an initiative's 所管部 a list: both are matched as lists.
    from assistant.query.answer import Condition, Query
    from assistant.query.execute import Executor

    rows, _, _ = Executor(assistant.db).select(Query("", "practice", [Condition("bureau", op, value, "")]))
    assert sorted(str(r["code"]) for r in rows) == expected
