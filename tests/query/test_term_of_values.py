"""A note under a list naming some values of one column as a term (「※ 区分がＳ又はＡの提案を「採択提案」とする。」): the
term said as the rows' state (「採択された提案」「採択提案は何件」) is the column holding one of those values, denied
(「採択されなかった」「採択にならなかった」) holding none of them — not the one value whose label denies it alone, nor a
search. Made-up workbook of 柿沢町 (other grades, term and years than tests/questions/made180's 椿ヶ瀬市)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# 提案番号, 提案名, 担当課, 区分
_ROWS = [("K-01", "窓口の呼出し番号表示", "住民課", "Ｓ（即時実施）"),
         ("K-02", "公用車の予約システム", "管財課", "Ｂ（要検討）"),
         ("K-03", "健診案内のはがき廃止", "保健課", "Ａ（実施）"),
         ("K-04", "会議資料のタブレット化", "総務課", "Ｃ（見送り）"),
         ("K-05", "図書館の自動貸出機", "図書館", "Ａ（実施）"),
         ("K-06", "庁舎の屋上緑化", "管財課", "Ｃ（見送り）")]


def _list(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "区分一覧"
    ws.cell(1, 1, "令和５年度 柿沢町 改善提案 区分一覧")
    for c, v in enumerate(["提案番号", "提案名", "担当課", "区分"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_ROWS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    ws.cell(len(_ROWS) + 5, 1, "※ 区分がＳ又はＡの提案を「採択提案」とする。")
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("term_of_values")
    _list(folder / "改善提案区分一覧.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key", "")).split(":", 1)[1] for r in answer.to_dict()["rows"] if isinstance(r, dict))


@pytest.mark.parametrize("question,codes", [
    ("採択された提案は？", ["K-01", "K-03", "K-05"]),
    ("採択提案はどれ？", ["K-01", "K-03", "K-05"]),
    ("採択されなかった提案は？", ["K-02", "K-04", "K-06"]),
    ("採択にならなかった提案は何件？", ["K-02", "K-04", "K-06"]),
])
def test_term_said_is_the_values_the_note_names(town, question, codes) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary, _codes(answer))


def test_another_word_the_term_begins_is_no_saying_of_it(town):
    # (「採択率」「採択担当課」 begin with the term's stem and are no 「採択された」: the rows are not narrowed to Ｓ・Ａ)
    answer = ask(town, "採択担当課は？")
    assert not any(u.get("field") == "区分" for u in answer.understood), (answer.status, answer.summary, answer.understood)
