"""「外部評価では「拡充」だったのに、今後の方向性が縮小になった事業はある？」: two conditions said against each other
(のに), each printed in another document of the same 事業 (an external review's table, the town's evaluation sheet):
each clause is asked alone and the 事業 both find, by their numbers, are the answer (query/joined_clauses.py)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from tests.conversation_helpers import ask, assistant_over

REVIEW = """<html><head><title>令和６年度 椋鳥町外部評価委員会 評価結果報告書</title></head><body>
<h1>令和６年度 椋鳥町外部評価委員会 評価結果報告書</h1>
<p>委員会は、町が選定した６事業について外部評価を行いました。</p>
<h2>外部評価結果一覧</h2>
<table>
<tr><th>No.</th><th>事業番号</th><th>事業名</th><th>担当課</th><th>外部評価結果</th></tr>
<tr><td>1</td><td>A-101</td><td>町民健康診査事業</td><td>保健課</td><td>拡充</td></tr>
<tr><td>2</td><td>A-104</td><td>子育て応援券事業</td><td>子育て支援課</td><td>改善</td></tr>
<tr><td>3</td><td>B-202</td><td>町営バス運行事業</td><td>企画課</td><td>拡充</td></tr>
<tr><td>4</td><td>B-205</td><td>観光案内所運営事業</td><td>商工観光課</td><td>縮小</td></tr>
<tr><td>5</td><td>C-301</td><td>図書館運営事業</td><td>生涯学習課</td><td>拡充</td></tr>
<tr><td>6</td><td>C-303</td><td>スポーツ教室事業</td><td>生涯学習課</td><td>廃止</td></tr>
</table>
</body></html>
"""

SHEET = [("A-101", "町民健康診査事業", "保健課", 12000, "A", "継続"), ("A-104", "子育て応援券事業", "子育て支援課", 8000, "B", "改善"),
         ("B-202", "町営バス運行事業", "企画課", 30000, "B", "縮小"), ("B-205", "観光案内所運営事業", "商工観光課", 5000, "C", "縮小"),
         ("C-301", "図書館運営事業", "生涯学習課", 22000, "A", "拡充"), ("C-303", "スポーツ教室事業", "生涯学習課", 3000, "C", "廃止"),
         ("C-305", "公民館管理事業", "生涯学習課", 15000, "B", "縮小")]


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clauses_against")
    (folder / "外部評価報告書.html").write_text(REVIEW, encoding="utf-8")
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    ws.append(["令和６年度 椋鳥町事務事業評価シート集計表"])
    ws.append([])
    ws.append(["事業番号", "事業名", "担当課", "事業費(千円)", "所管課評価", "今後の方向性"])
    for row in SHEET:
        ws.append(list(row))
    wb.save(folder / "事務事業評価集計表.xlsx")
    return assistant_over(folder)


def test_rows_both_clauses_find(town) -> None:
    answer = ask(town, "外部評価では「拡充」だったのに、今後の方向性が縮小になった事業はある？")
    codes = [str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]]
    assert answer.status == "exact" and codes == ["B-202"], (answer.status, codes, answer.summary)
