"""Two documents listing the same facilities, each printing its 指定管理者 (a workbook of grades and a town page of
one table per 区分): 「いちばん多くの施設を受けてる指定管理者は何施設持ってる？」 groups the rows by that column the
same way in both, so the documents are no choice to ask about — the largest group's size is answered. Another
town's documents than the holdout's."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

FACILITIES = (("1", [("A1", "若草体育館", "わかくさスポーツ株式会社", "B"), ("A2", "若草プール", "わかくさスポーツ株式会社", "A"),
                     ("A3", "若草武道場", "若草町体育協会", "B")]),
              ("2", [("B1", "若草図書館", "ブックサービス株式会社", "A"), ("B2", "若草町民会館", "若草町文化振興会", "B")]),
              ("3", [("C1", "ひかり保育園", "社会福祉法人ひかり会", "A"), ("C2", "ひかり児童館", "社会福祉法人ひかり会", "A"),
                     ("C3", "ひかり学童クラブ", "社会福祉法人ひかり会", "C")]))
GROUPS = {"1": "スポーツ施設", "2": "文化施設", "3": "子育て施設"}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("groups_of_two_lists")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "評価一覧"
    ws.append(["若草町　指定管理施設　評価一覧"])
    ws.append(["施設番号", "施設名", "指定管理者", "令和６年度評価"])
    for group, rows in FACILITIES:
        ws.append([f"【{group}　{GROUPS[group]}】"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
        for row in rows:
            ws.append(list(row))
    wb.save(folder / "指定管理施設評価一覧.xlsx")
    page = ["<html><head><title>指定管理者制度導入施設｜若草町</title></head><body><h1>指定管理者制度導入施設</h1>"]
    for group, rows in FACILITIES:
        page.append(f"<h2>{GROUPS[group]}</h2><table border='1'><tr><th>No.</th><th>施設名</th><th>指定管理者</th></tr>")
        page += [f"<tr><td>{n}</td><td>{name}</td><td>{who}</td></tr>" for n, name, who, _ in rows]
        page.append("</table>")
    page.append("</body></html>")
    (folder / "指定管理者制度導入施設_若草町.html").write_text("\n".join(page), encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", [
    "いちばん多くの施設を受けてる指定管理者は何施設持ってる？",
    "施設がいちばん多い指定管理者は何施設？",
])
def test_the_largest_group_of_both_lists(assistant, question) -> None:
    a = ask(assistant, question).to_dict()
    assert a["status"] == "exact" and a["value"] == 3, (a["status"], a["unused"], a["summary"], a["value"])
