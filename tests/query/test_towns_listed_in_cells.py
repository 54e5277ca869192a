"""Towns as the values of a table's cells (構成団体 椿ヶ丘市、柊町、楓村 | 幹事団体 柊町): a town said is a member
of those lists, besides a place scoping the documents; said with its column after it (「楓村が構成団体の」), with
a verb of taking part (参加している, 入っていない), or as whose the rows are (「柊町の共同処理」: those it is in).
The document's own city said with の is whose the whole list is."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_ROWS = [["広-1", "消防事務", "椿ヶ丘市、柊町", "椿ヶ丘市", "平成10年度"],
         ["広-2", "ごみ処理", "椿ヶ丘市、柊町、楓村", "柊町", "令和2年度"],
         ["広-3", "介護認定審査", "椿ヶ丘市、楓村", "楓村", "令和5年度"],
         ["広-4", "し尿処理", "柊町、楓村", "楓村", "令和6年度"]]


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("towns_in_cells")
    head = "".join(f"<th>{h}</th>" for h in ["番号", "事務名", "構成団体", "幹事団体", "開始年度"])
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS)
    (folder / "joint.html").write_text(f"<html><head><title>椿ヶ丘市 事務の共同処理の状況</title></head><body>"
                                       f"<h1>椿ヶ丘市 事務の共同処理の状況</h1><table><tr>{head}</tr>{rows}</table>"
                                       f"</body></html>", encoding="utf-8")
    return assistant_over(Path(folder))


def _codes(answer) -> list[str]:
    return sorted(r["key"].partition(":")[2] for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question, codes", [
    ("楓村が構成団体の共同処理は？", ["広-2", "広-3", "広-4"]),
    ("幹事団体が柊町の共同処理は？", ["広-2"]),
    ("楓村が幹事の共同処理は？", ["広-3", "広-4"]),
    ("楓村が参加している共同処理は？", ["広-2", "広-3", "広-4"]),
    ("楓村が入ってない共同処理は？", ["広-1"]),
    ("椿ヶ丘市が参加していない共同処理は？", ["広-4"]),
    ("柊町の共同処理は？", ["広-1", "広-2", "広-4"]),
    ("椿ヶ丘市の共同処理は何件？", ["広-1", "広-2", "広-3", "広-4"]),
])
def test_a_town_said_is_a_member_of_the_lists(town, question, codes):
    answer = ask(town, question)
    assert answer.status == "exact" and _codes(answer) == codes, answer.summary
