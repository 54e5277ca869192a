"""Two documents grading by year: a workbook of facilities (番号 │ 施設名 │ 評価 R5 │ R6) and a committee's page of
their classes (区分番号 │ 区分名 │ 評価 R5 │ R6) whose names all end in 施設 (運動施設, 集会施設 …). A 区分名's shared
ending says what the classes are of, not what the rows are: 「R5からR6で評価が下がった施設」 asks the facilities, and
the classes' table is no rival that leaves the question unanswered. Another town's papers than the holdout's."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

PAGE = """<html><head><title>指定管理者評価委員会 区分別評価</title></head><body>
<h1>指定管理者評価委員会　区分別評価</h1>
<table border="1">
<tr><th>区分番号</th><th>区分名</th><th>対象施設</th><th>評価（令和５年度）</th><th>評価（令和６年度）</th></tr>
<tr><td>1</td><td>運動施設</td><td>11・12</td><td>A</td><td>B</td></tr>
<tr><td>2</td><td>集会施設</td><td>21・22</td><td>B</td><td>B</td></tr>
<tr><td>3</td><td>子育て支援施設</td><td>31・32</td><td>B</td><td>A</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("class_rows_of_things")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "総合評価"
    ws.append(["指定管理施設　総合評価の推移"])
    ws.append(["施設番号", "施設名", "所管課", "令和５年度", "令和６年度"])
    for row in (["11", "若葉台体育館", "スポーツ課", "A", "B"], ["12", "若葉台プール", "スポーツ課", "B", "B"],
                ["21", "東地区公民館", "生涯学習課", "B", "C"], ["22", "西地区集会所", "生涯学習課", "C", "B"],
                ["31", "中央子育てひろば", "こども課", "B", "A"], ["32", "北児童館", "こども課", "A", "A"]):
        ws.append(row)
    wb.save(folder / "総合評価の推移.xlsx")
    (folder / "区分別評価.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r["key"]).rpartition(":")[2] for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question, codes", [
    ("R5からR6で評価が下がった施設", ["11", "21"]),
    ("令和５年度より令和６年度の評価が上がった施設は？", ["22", "31"]),
])
def test_things_asked_not_their_classes(assistant, question, codes) -> None:
    a = ask(assistant, question)
    assert a.status == "exact" and _codes(a) == codes, (a.status, a.summary, _codes(a))


def test_classes_still_asked_by_their_own_word(assistant) -> None:
    a = ask(assistant, "R5より評価が下がった区分は？")
    assert _codes(a) == ["1"], (a.status, a.summary, _codes(a))
