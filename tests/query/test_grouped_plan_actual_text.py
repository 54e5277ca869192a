"""A fixed-width text report whose table has its header alone between two rules (years over 目標 | 実績, 番号
and 状況 printed on the upper line only), a group's label in brackets with a space inside over each group's
rows, and a title line naming what the 目標/実績 columns measure (「処理件数の目標と実績」); and a table whose
rows are numbered by a 記号 column (Ａ, Ｂ, …)."""
from __future__ import annotations

import unicodedata

import pytest

from assistant.formats.plain import fixed_width_tables
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over


def _pad(text: str, width: int, right: bool = False) -> str:
    wide = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1 for ch in text)
    fill = "　" * ((width - wide) // 2) + " " * ((width - wide) % 2)
    return (fill + text) if right else (text + fill)


_RULE = "━" * 60
_ROWS = {"Ｐ　窓口の改善": [("K1-01", "窓口予約の導入", "市民課", "100", "120", "200", "180", "完了"),
                       ("K1-02", "申請書の簡素化", "税務課", "50", "40", "80", "－", "中止"),
                       ("K2-01", "電話案内の一元化", "市民課", "－", "－", "60", "90", "継続")],
         "Ｑ　内部事務の改善": [("K1-03", "決裁の電子化", "総務課", "300", "310", "400", "350", "継続"),
                         ("K2-02", "会議録の自動作成", "総務課", "－", "－", "90", "95", "完了")]}


def _row(code, name, dept, *rest) -> str:
    *figures, state = rest
    return _pad(code, 10) + _pad(name, 22) + _pad(dept, 10) + "".join(_pad(f, 8, True) for f in figures) + "　" + state


REPORT = "\n".join([
    "令和６年度　椋平市業務改善の実績", "　　　　―　改善項目別　処理件数の目標と実績　―", "",
    _RULE,
    _pad("番号", 10) + _pad("改善項目名", 22) + _pad("担当課", 10) + _pad("令和５年度", 16, True) + _pad("令和６年度", 16, True) + "　状況",
    _pad("", 42) + "".join(_pad(w, 8, True) for w in ("目標", "実績", "目標", "実績")),
    _RULE,
    *[line for group, rows in _ROWS.items() for line in (f"【{group}】", *(_row(*r) for r in rows), "")],
    _RULE, "",
    "２　分野別の状況", "", _RULE,
    _pad("記号", 8) + _pad("分野", 20) + _pad("評価", 8),
    _RULE,
    _pad("Ｐ", 8) + _pad("窓口の改善", 20) + _pad("◎", 8),
    _pad("Ｑ", 8) + _pad("内部事務の改善", 20) + _pad("△", 8),
    _pad("Ｒ", 8) + _pad("施設の改善", 20) + _pad("△", 8),
    _RULE, ""])


OPINIONS = "\n".join([
    "椋平市行財政改革推進会議　委員意見", "",
    _pad("番号", 6) + _pad("委員区分", 14) + _pad("関連", 14) + "意見要旨",
    _pad("1", 6) + _pad("公募委員", 14) + _pad("K1-02", 14) + "申請書の簡素化の中止理由を示してほしい。",
    _pad("2", 6) + _pad("学識経験者", 14) + _pad("分野Ｑ", 14) + "内部事務の改善は成果の測り方を統一すべき。",
    _pad("3", 6) + _pad("公募委員", 14) + _pad("分野Ｐ", 14) + "窓口の相談体制も充実してほしい。", ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("grouped_plan_actual")
    (folder / "椋平市_業務改善実績.txt").write_text(REPORT, encoding="utf-8")
    (folder / "椋平市_推進会議意見.txt").write_text(OPINIONS, encoding="utf-8")
    return assistant_over(folder)


def test_the_header_alone_between_rules_is_the_groups_header() -> None:
    lines = fixed_width_tables(REPORT).split("\n")
    header = next(line for line in lines if line.startswith("番号\t"))
    assert header.split("\t") == ["番号", "改善項目名", "担当課", "令和５年度目標", "令和５年度実績",
                                  "令和６年度目標", "令和６年度実績", "状況"]
    assert "K1-02\t申請書の簡素化\t税務課\t50\t40\t80\t－\t中止" in lines
    assert "【Ｐ　窓口の改善】" in lines  # (a group's label stays a line of its own)


def _tables(assistant):
    from assistant.query.tables.read import read_tables

    return read_tables(assistant.db)


def test_rows_numbered_by_their_printed_code(assistant) -> None:
    numbers = {t.number: sorted(str(r["cells"].get(t.number)) for r in t.rows) for t in _tables(assistant)}
    assert numbers.get("番号") == ["K1-01", "K1-02", "K1-03", "K2-01", "K2-02"], numbers
    assert numbers.get("記号") == ["P", "Q", "R"], numbers  # (記号 over each row's own code)


def test_a_state_of_the_grouped_rows(assistant) -> None:
    answer = ask(assistant, "状況が中止の改善項目は？")
    assert answer.status == "exact" and [r["title"] for r in answer.rows] == ["申請書の簡素化"], answer.summary


def test_the_measure_of_the_title_line_names_the_done_column(assistant) -> None:
    answer = ask(assistant, "令和６年度の処理実績がいちばん多い改善項目は？")
    assert answer.status == "exact" and [r["title"] for r in answer.rows] == ["決裁の電子化"], answer.summary


def test_opinions_keyed_by_the_record_they_are_on(assistant) -> None:
    answer = ask(assistant, "公募委員から意見が出ている項目は？")
    keys = [r["key"] for r in answer.to_dict()["rows"]]
    assert answer.status == "exact" and keys == ["comment:K1－02-1", "comment:P-3"], (keys, answer.summary)
