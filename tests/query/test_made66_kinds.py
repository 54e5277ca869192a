"""Kinds of document the fresh holdout made66 found misread, in small documents of made-up towns whose names,
years and projects are not made66's: a joint-projects page whose members share one cell (「／」), with a 幹事
column and one column per fiscal year holding 実施 / 準備 / ―; a Word collection of cases, one 2-column table
(項目｜内容) per case with 団体名, 人口 and 取組開始 in 和暦 year and month; a newsletter's item stating two counts.
Each test names the value a wrong reading would miss."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

JOINT = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>共同事業の状況 | 青嶺地域連携協議会</title></head>
<body>
<h1>青嶺地域連携協議会 共同事業の状況</h1>
<p>構成市町：東原市、南里町、西岡村、北辺町。年度欄の「実施」は事業を実施、「準備」は協議・準備中、「―」は取組なし。</p>
<table border="1">
<thead><tr><th>分野</th><th>No.</th><th>事業名</th><th>構成市町</th><th>幹事</th><th>2024年度</th><th>2025年度</th><th>2026年度</th></tr></thead>
<tbody>
<tr><th rowspan="2">防災</th><td>1</td><td>防災無線の共同整備</td><td>東原市／南里町／西岡村／北辺町</td><td>東原市</td><td>準備</td><td>実施</td><td>実施</td></tr>
<tr><td>2</td><td>避難所資材の共同購入</td><td>南里町／西岡村</td><td>西岡村</td><td>―</td><td>準備</td><td>実施</td></tr>
<tr><th rowspan="2">環境</th><td>3</td><td>資源ごみの共同回収</td><td>東原市／西岡村／北辺町</td><td>西岡村</td><td>準備</td><td>準備</td><td>準備</td></tr>
<tr><td>4</td><td>公用車の共同利用</td><td>東原市／北辺町</td><td>北辺町</td><td>実施</td><td>実施</td><td>―</td></tr>
</tbody></table>
</body></html>
"""


CASES = [("窓口の予約制", "東谷市", "岐阜県", "48,300人", "令和6年1月", "窓口改革"),
         ("公用車のカーシェア", "川瀬町", "福井県", "9,870人", "令和5年4月", "公共施設"),
         ("庁内文書の電子化", "南浜市", "静岡県", "121,500人", "令和4年8月", "デジタル化")]

NEWS = "\n".join([
    "まちづくり便り 第7号（令和9年6月1日発行）",
    "",
    "■ 令和9年5月10日",
    "　職員の業務改善提案を募集し、31件の応募があり、審査の結果7件を採用しました。",
    "",
    "■ 令和9年5月20日",
    "　旧保育所跡地の売却額は合計1,230万円でした。",
    ""])


BULLETIN = "\n".join([
    "＝＝＝＝＝＝＝＝＝＝",
    "改革だより 第12号（令和8年7月1日発行）",
    "川瀬町 企画課",
    "＝＝＝＝＝＝＝＝＝＝",
    "",
    "■ 令和8年6月3日",
    "　窓口の受付時間を30分延長しました。",
    "",
    "■ 令和8年6月20日",
    "　公用車の台数を15台に減らしました。",
    "",
    "＝＝＝＝＝＝＝＝＝＝",
    "改革だより 第13号（令和8年10月1日発行）",
    "川瀬町 企画課",
    "＝＝＝＝＝＝＝＝＝＝",
    "",
    "■ 令和8年9月12日",
    "　町民向けの行革報告会を開催し、町民40名が参加しました。",
    "",
    "■ 令和8年9月25日",
    "　旧公民館の跡地の売却額は合計2,480万円となりました。",
    ""])


def _collection(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("先進自治体の取組事例集", 0)
    doc.add_paragraph("人口は令和9年1月1日現在。")
    for n, (title, town, pref, people, began, area) in enumerate(CASES, 1):
        doc.add_heading(f"事例{n}\u3000{title}", 1)
        table = doc.add_table(rows=0, cols=2)
        for label, value in (("項目", "内容"), ("団体名", town), ("所在", pref), ("人口", people), ("取組開始", began),
                             ("分野", area), ("取組の内容", f"{title}を進めた。"), ("効果", "事務の時間を削減した。")):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    doc.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made66_kinds")
    (folder / "青嶺地域_共同事業の状況.html").write_text(JOINT, encoding="utf-8")
    _collection(folder / "先進自治体の取組事例集.docx")
    (folder / "まちづくり便り_第7号.txt").write_text(NEWS, encoding="utf-8")
    (folder / "改革だより_第12号-第13号.txt").write_text(BULLETIN, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    # the member said before the projects and a count asked between them
    (("西岡村って共同事業いくつ参加してる？",), ["1", "2", "3"]),
    # 幹事をやってる: the member of the question before, unsaid, is the one chairing
    (("西岡村って共同事業いくつ参加してる？", "じゃあ幹事をやってるのは？"), ["2", "3"]),
    # 広域 restates the kind; the year said in 和暦 is the 西暦 column
    (("令和7年度にまだ準備段階だった広域の共同事業は？",), ["2", "3"]),
    # 「実施してない」 (the い of ている dropped) is negated
    (("2026年度に実施してない共同事業ってある？あればどれ",), ["3", "4"]),
    # a change between two states: the one the year before, the other in the year said
    (("準備から実施に切り替わったのが2025年度の事業はどれ？",), ["1"]),
    (("2026年度に準備から実施に変わった共同事業は？",), ["2"]),
])
def test_joint_projects_of_members_and_year_states(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, _codes(answer), answer.summary)


def test_a_change_into_the_first_year_printed_is_not_read(assistant) -> None:
    answer = ask(assistant, "2024年度に準備から実施に変わった共同事業は？")
    assert answer.status != "exact" and not answer.rows, answer.summary


def test_average_members_rounded_to_the_digits_asked(assistant) -> None:
    answer = ask(assistant, "共同事業1件あたり、平均で何市町が参加してる？小数1桁で")
    assert answer.status == "exact" and answer.value == 2.8, (answer.status, answer.value, answer.summary)


def test_a_case_table_is_read_as_its_fields(assistant) -> None:
    rows = {r["code"]: r for r in assistant.db.query("SELECT code, places, population, start_year, topic FROM case_study")}
    assert rows["1"]["places"] == '["東谷市"]' and rows["1"]["population"] == 48300
    # 令和6年1月 falls in the fiscal year 令和5年度; the prefecture is a fact beside, no place of the case
    assert rows["1"]["start_year"] == "R5" and rows["2"]["start_year"] == "R5" and rows["3"]["start_year"] == "R4"
    assert rows["3"]["topic"] == "デジタル化"


@pytest.mark.parametrize("question,places", [
    ("事例集の中で人口5万人に届かない自治体はどこ？", ["東谷市", "川瀬町"]),
    ("事例集で令和5年度以降に取組を始めた団体は？", ["東谷市", "川瀬町"]),
])
def test_cases_by_their_table_facts(assistant, question, places) -> None:
    answer = ask(assistant, question)
    got = sorted(p for r in answer.rows for p in (r.get("places") or []))
    assert answer.status == "exact" and got == sorted(places), (answer.status, got, answer.summary)


def test_the_largest_population_of_the_cases(assistant) -> None:
    answer = ask(assistant, "取組事例で人口がいちばん多いのはどこの市？")
    assert answer.status == "exact" and answer.value == "南浜市", (answer.status, answer.value, answer.summary)


def test_the_count_beside_the_counting_word(assistant) -> None:
    # two counts in one sentence (31件の応募, 7件を採用): the one the question's verb says
    answer = ask(assistant, "まちづくり便りに出てた業務改善提案、何件採用されたんだっけ？")
    assert answer.value == 7, (answer.status, answer.value, answer.summary)
    answer = ask(assistant, "まちづくり便りで業務改善提案の応募は何件？")
    assert answer.value == 31, (answer.status, answer.value, answer.summary)


def test_an_amount_in_the_unit_asked(assistant) -> None:
    answer = ask(assistant, "まちづくり便りの旧保育所跡地の売却額は合計何万円？")
    assert answer.value == 1230, (answer.status, answer.value, answer.summary)


def test_a_bulletin_of_numbered_issues(assistant) -> None:
    # each dated item an event of its date and an article of its issue
    answer = ask(assistant, "改革だよりの行革報告会はいつ開かれましたか")
    assert answer.status == "exact" and answer.value == "2026-09-12", (answer.status, answer.value, answer.summary)
    answer = ask(assistant, "公用車を減らしたって話、改革だよりの第何号に出てる？")
    assert answer.value == "第12号", (answer.status, answer.value, answer.summary)
    answer = ask(assistant, "改革だよりの第13号っていつ出た？")
    assert answer.value == "2026-10-01" and all(str(r["code"]).startswith("13-") for r in answer.rows), answer.summary
    answer = ask(assistant, "改革だよりの第13号っていつ出た？", "その号に載ってる跡地の売却額は合計何万円？")
    assert answer.value == 2480, (answer.status, answer.value, answer.summary)
