"""A web list of online procedures said in a resident's words: 「SM-2-03に関連する手続」 over a column 関係計画 printing
that code (tables/related_column.py; the code is printed by another document's table too), a follow-up narrowing
those rows; 「使用料もインターネットで支払える」 over a column 使用料の電子納付 of ○／－ and 「電子署名なしで届出できて」
over 必要／不要 (tables/question._paying_said, _NEED_VERB); a follow-up 「…のは？」 after a search of the text is not
exact over the whole table, however long (conversation._row_said_before)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_HEAD = ["手続名", "担当課", "関係計画", "開始時期", "使用料の電子納付", "電子署名"]
_ROWS = [["野外活動センターの利用予約", "生涯スポーツ課", "SM-3-01", "2023年5月", "○", "不要"],
         ["公民館の部屋予約", "公民館", "SM-3-01", "2022年4月", "○", "不要"],
         ["ひとり親医療費の申請", "子育て応援課", "SM-2-03", "2024年2月", "－", "必要"],
         ["一時預かりの利用登録", "子育て応援課", "SM-2-03", "2024年9月", "○", "不要"],
         ["就学援助の申請", "学務課", "SM-2-03", "2023年1月", "－", "不要"],
         ["住民票の写しの請求", "市民窓口課", "SM-1-01", "2021年4月", "○", "必要"],
         ["ペットの死亡届", "環境課", "SM-1-01", "2023年10月", "－", "不要"]]

_PLAN = """<html><head><title>梅原市デジタル化計画 施策一覧</title></head><body><h1>梅原市デジタル化計画 施策一覧</h1>
<table><tr><th>計画番号</th><th>施策名</th><th>所管課</th></tr>
<tr><td>SM-1-01</td><td>窓口手続のオンライン化</td><td>市民窓口課</td></tr>
<tr><td>SM-2-03</td><td>子育て手続の電子化</td><td>子育て応援課</td></tr>
<tr><td>SM-3-01</td><td>公共施設予約のオンライン化</td><td>公民館</td></tr>
</table></body></html>"""

_PROGRESS = """<html><head><title>梅原市デジタル化計画 令和6年度進捗状況</title></head><body>
<h1>梅原市デジタル化計画 令和6年度進捗状況</h1>
<table><tr><th>取組番号</th><th>取組名</th><th>担当課</th><th>令和6年度評価</th></tr>
<tr><td>SM-1-01</td><td>窓口手続のオンライン化</td><td>市民窓口課</td><td>A</td></tr>
<tr><td>SM-2-03</td><td>子育て関連手続の電子化</td><td>子育て応援課</td><td>B</td></tr>
<tr><td>SM-3-01</td><td>公共施設予約のオンライン化</td><td>公民館</td><td>A</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    folder = tmp_path_factory.mktemp("procedures_other_words")
    table = "<table><tr>" + "".join(f"<th>{h}</th>" for h in _HEAD) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS) + "</table>"
    (folder / "denshi.html").write_text(
        f"<html><head><title>電子申請できる手続｜梅原市</title></head><body><h1>電子申請できる手続</h1>"
        f"<p>電子申請は24時間受け付けていますが、システム保守のため毎月第2日曜日の午前中は停止します。</p>{table}</body></html>",
        encoding="utf-8")
    (folder / "keikaku.html").write_text(_PLAN, encoding="utf-8")
    (folder / "shinchoku.html").write_text(_PROGRESS, encoding="utf-8")
    return assistant_over(Path(folder))


def _names(answer) -> list[str]:
    return sorted(r.get("手続名") or r.get("title") for r in answer.to_dict()["rows"])


def test_a_code_said_related_is_the_related_column(city):
    first = ask(city, "SM-2-03に関連する電子手続は？")
    assert first.status == "exact"
    assert _names(first) == ["ひとり親医療費の申請", "一時預かりの利用登録", "就学援助の申請"]
    # the follow-up narrows those rows, never the whole list
    then = ask(city, "SM-2-03に関連する電子手続は？", "電子署名がいらないのは？")
    assert _names(then) == ["一時預かりの利用登録", "就学援助の申請"]


def test_paying_and_needing_said_in_other_words(city):
    answer = ask(city, "電子署名なしで届出できて、使用料もインターネットで支払える手続は？")
    assert answer.status == "exact"
    assert _names(answer) == ["一時預かりの利用登録", "公民館の部屋予約", "野外活動センターの利用予約"]
    # (「ができて」: the て form of the verb of being able, a condition joined to the next)
    assert _names(ask(city, "使用料の電子納付ができて電子署名がいらない手続は？")) == [
        "一時預かりの利用登録", "公民館の部屋予約", "野外活動センターの利用予約"]
    assert _names(ask(city, "使用料をネットで払える手続は？")) == [
        "一時預かりの利用登録", "住民票の写しの請求", "公民館の部屋予約", "野外活動センターの利用予約"]


def test_paying_by_a_way_the_column_does_not_name_is_not_its_mark(city):
    answer = ask(city, "使用料を窓口で払える手続は？")
    assert answer.status != "exact" or len(answer.to_dict()["rows"]) != 4


def test_a_follow_up_of_a_search_is_not_exact_over_the_whole_table(city):
    first = ask(city, "システム保守で止まるのはいつ？")
    assert first.status == "search"
    # (a follow-up of any length that leaves what it asks unsaid, 「…のは？」: conversation._row_said_before)
    then = ask(city, "システム保守で止まるのはいつ？", "開始時期が2023年以降で電子署名がいらないのは？")
    # the search's passages are no rows of the table: its whole list is no exact answer of what was meant
    assert then.status != "exact"
    assert then.caveat
