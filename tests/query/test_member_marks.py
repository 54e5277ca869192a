"""A made-up city's review panel (not made127's words, members or codes): a saved page whose table gives each of four
members' mark (◎○△) in a column of their own (会長 first) and the panel's 判定. A mark said with no member named
is read by the words around it: every member's (「4人とも」「全員が」), any member's (「1つでも」), no member's
(「一つもついていない」), the one role's (「会長は」); a count said that is not the panel's is left unread."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, name, 会長, 三浦委員, 北川委員, 岡委員, 判定)
ROWS = [
    ("S-1", "市民相談窓口運営", "◎", "◎", "◎", "◎", "継続"),
    ("S-2", "公用車管理", "◎", "○", "◎", "◎", "継続"),
    ("S-3", "観光案内所運営", "△", "○", "△", "△", "改善"),
    ("S-4", "花火大会補助", "○", "△", "△", "○", "改善"),
    ("S-5", "旧庁舎管理", "△", "△", "△", "△", "廃止"),
]


def _page() -> str:
    head = "".join(f"<th>{h}</th>" for h in ("事業番号", "事業名", "大島会長", "三浦委員", "北川委員", "岡委員", "判定"))
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in ROWS)
    return ("<html><head><title>槙ヶ原市 事業評価委員会 評価結果</title></head><body>"
            "<h1>令和６年度 槙ヶ原市事業評価委員会 評価結果</h1>"
            "<p>凡例：◎＝妥当　○＝概ね妥当　△＝要検討。判定は委員の評価を踏まえ委員会で決定した。</p>"
            f"<table><tr>{head}</tr>{body}</table></body></html>")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("member_marks")
    (folder / "事業評価委員会_評価結果.html").write_text(_page(), encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    ("委員4人とも◎をつけた事業は？", ["S-1"]),
    ("全員が△の事業は？", ["S-5"]),
    ("○が1つでもついた事業は？", ["S-2", "S-3", "S-4"]),
    ("◎が一つもついていない事業は？", ["S-3", "S-4", "S-5"]),
    ("会長は○なのに判定が改善になった事業は？", ["S-4"]),
])
def test_marks_of_the_members(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and not answer.unused and _codes(answer) == codes, \
        (answer.status, answer.unused, _codes(answer), answer.summary)


def test_count_of_members_not_the_panels(assistant) -> None:
    # five members said of a panel of four: no reading of every member's mark (never the four's, as if said)
    answer = ask(assistant, "委員5人とも◎をつけた事業は？")
    assert answer.status != "exact" or _codes(answer) != ["S-1"], (answer.status, _codes(answer), answer.summary)
