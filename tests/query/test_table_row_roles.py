"""Rows of a table that are not records of it: a 部's 計 row, a 総計 row and a （再掲） row restating part
of the row above it (its 内数), none counted nor added; a group of rows picked by a shared value (a 部)
asked 「何人」 is their sum; a two-row header's group said alone (会計年度任用職員 over フルタイム |
パートタイム | 計) is its 計 column. A small web page of a made-up city, indexed on its own."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles

_ROWS = [  # 部, 課, 常勤職員, 臨時フル, 臨時パート, 臨時計, 合計
    ("企画部", "企画課", 21, 1, 4, 5, 26),
    ("企画部", "広報課", 9, 0, 3, 3, 12),
    ("企画部", "計", 30, 1, 7, 8, 38),
    ("福祉部", "介護保険課", 25, 2, 6, 8, 33),
    ("福祉部", "（再掲）うち地域包括支援センター", 12, 1, 5, 6, 18),
    ("福祉部", "こども課", 33, 9, 40, 49, 82),
    ("福祉部", "障害者支援課", 15, 1, 2, 3, 18),
    ("福祉部", "計", 73, 12, 48, 60, 133),
    ("総計", "", 103, 13, 55, 68, 171),
]


def _page() -> str:
    rows, seen = [], set()
    for dept, section, *numbers in _ROWS:
        cells = "".join(f"<td>{n}</td>" for n in numbers)
        if dept == "総計":
            rows.append(f"<tr><th colspan='2'>総計</th>{cells}</tr>")
            continue
        head = ""
        if dept not in seen:
            seen.add(dept)
            span = sum(1 for r in _ROWS if r[0] == dept)
            head = f"<th rowspan='{span}'>{dept}</th>"
        rows.append(f"<tr>{head}<td>{section}</td>{cells}</tr>")
    return ("<html><head><title>北山市 課別職員数</title></head><body><h1>北山市 課別職員数（令和7年4月1日現在）</h1>"
            "<table><caption>課別職員数（単位：人）</caption>"
            "<tr><th rowspan='2'>部</th><th rowspan='2'>課</th><th rowspan='2'>常勤職員</th>"
            "<th colspan='3'>臨時職員</th><th rowspan='2'>合計</th></tr>"
            "<tr><th>フルタイム</th><th>パートタイム</th><th>計</th></tr>"
            + "".join(rows) + "</table><p>※ （再掲）は介護保険課の内数であり、計・総計には含めない。</p></body></html>")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("row_roles")
    (folder / "北山市_課別職員数.html").write_text(_page(), encoding="utf-8")
    return assistant_over(folder)


def test_the_whole_leaves_totals_and_restated_rows_out(assistant) -> None:
    answer = ask(assistant, "北山市の常勤職員は全部で何人？")
    assert (answer.status, answer.value) == ("exact", 103), answer.summary


def test_a_range_counts_sections_only(assistant) -> None:
    answer = ask(assistant, "北山市で常勤職員が20人未満の課は何課？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    assert titles(answer) == ["広報課", "障害者支援課"], answer.summary


@pytest.mark.parametrize("question,value", [
    ("北山市の福祉部の常勤職員は何人ですか", 73),
    ("北山市の企画部の職員は合計何人？", 38),
])
def test_a_group_of_rows_asked_how_many_is_their_sum(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_one_row_asked_how_many_is_its_value(assistant) -> None:
    answer = ask(assistant, "北山市のこども課の常勤職員は何人？")
    assert (answer.status, answer.value) == ("exact", 33), answer.summary


def test_a_header_group_said_alone_is_its_total_column(assistant) -> None:
    answer = ask(assistant, "北山市のこども課の臨時職員は何人いますか")
    assert (answer.status, answer.value) == ("exact", 49), answer.summary
    answer = ask(assistant, "北山市で臨時職員がいちばん多い課はどこ？")
    assert answer.status == "exact" and answer.value == "こども課", answer.summary
