"""A made-up town's facility evaluation (no set's words, years or codes): a workbook grading 施設 year by year,
a sheet scoring the 分類 they are filed under, a sheet of their visitors by year and a sheet of KPIs with an
評価 column, a 事務事業 sheet giving each 事業 an indicator and a 方向性, and a register of petitions by the state of
their handling at two dates (完了, 検討中: no grade). Graded facilities are keyed as the report's items (practice:<code>), the graded groups as its
initiatives (initiative:<code>); so are the rows of the visitors' table, the same facilities by the same codes and
names (their excerpts show them as the table's rows, table_row:<code>); the KPIs and the petitions stay table rows."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, name, office, R5, R6, visitors R5, visitors R6)
FACILITIES = [
    ("11", "雲雀野市民プール", "スポーツ課", "A", "B", 40_210, 38_900),
    ("12", "雲雀野体育センター", "スポーツ課", "B", "B", 55_300, 57_020),
    ("21", "中央図書館", "生涯学習課", "A", "A", 120_500, 118_300),
    ("22", "郷土資料館", "生涯学習課", "B", "C", 6_120, 5_880),
    ("31", "ふれあい農園", "農政課", "C", "C", 8_400, 7_960),
    ("32", "市民ギャラリー", "文化振興課", "C", "B", 9_900, 11_040),
]
GROUPS = [("1", "運動施設", "○"), ("2", "文化施設", "△"), ("3", "交流施設", "○")]
# Two graded lists numbered from 1 (事務事業 1…8, 集会所 1…3): the shorter is no group of the longer
PROJECTS = [(str(i), f"事業{'ABCDEFGH'[i - 1]}推進事業", "ABCABCAB"[i - 1]) for i in range(1, 9)]
HALLS = [("1", "東集会所", "A"), ("2", "西集会所", "C"), ("3", "南集会所", "B")]
# A 事務事業 sheet giving each 事業 its indicator in a column: still graded 事業 (the sheet names no 指標 list)
WORKS = [("J-01", "子育て応援事業", "相談件数", "継続"), ("J-02", "空き家対策事業", "除却件数", "縮小"),
         ("J-03", "地域公共交通事業", "利用者数", "継続"), ("J-04", "観光宣伝事業", "入込客数", "廃止")]
# A register of petitions with their state at two dates: states of handling, graded by nobody
PETITIONS = [("P-01", "通学路の安全対策", "検討中", "完了"), ("P-02", "公園遊具の更新", "完了", "完了"),
             ("P-03", "バス停の上屋設置", "未着手", "検討中"), ("P-04", "側溝の改修", "検討中", "検討中")]
KPIS = [("1", "利用者満足度", "達成"), ("2", "稼働率", "未達成"), ("3", "自主事業数", "達成"), ("4", "苦情件数", "達成")]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "施設別評価"
    ws.append(["雲雀野市 指定管理施設 評価結果一覧"])
    ws.append([])
    ws.append(["施設コード", "施設名", "所管課", "令和５年度評価", "令和６年度評価"])
    for code, name, office, r5, r6, _, _ in FACILITIES:
        ws.append([code, name, office, r5, r6])
    ws = wb.create_sheet("分類別評価")
    ws.append(["雲雀野市 分類別の委員会評価"])
    ws.append([])
    ws.append(["分類番号", "分類名", "委員会評価"])
    for row in GROUPS:
        ws.append(list(row))
    ws = wb.create_sheet("利用者数")
    ws.append(["雲雀野市 指定管理施設の利用者数（単位：人）"])
    ws.append([])
    ws.append(["施設コード", "施設名", "令和５年度", "令和６年度"])
    for code, name, _, _, _, v5, v6 in FACILITIES:
        ws.append([code, name, v5, v6])
    for title, header, rows in (("事務事業評価", ["事業番号", "事業名", "総合評価"], PROJECTS),
                                ("集会所評価", ["集会所番号", "集会所名", "運営評価"], HALLS)):
        ws = wb.create_sheet(title)
        ws.append([f"雲雀野市 {title}"])
        ws.append([])
        ws.append(header)
        for row in rows:
            ws.append(list(row))
    ws = wb.create_sheet("事務事業")
    ws.append(["雲雀野市 事務事業評価シート"])
    ws.append([])
    ws.append(["事業コード", "事業名", "成果指標名", "今後の方向性"])
    for row in WORKS:
        ws.append(list(row))
    ws = wb.create_sheet("陳情")
    ws.append(["雲雀野市 陳情処理状況一覧"])
    ws.append([])
    ws.append(["受付番号", "件名", "状況(R6年度末)", "状況(R7年度末)"])
    for row in PETITIONS:
        ws.append(list(row))
    ws = wb.create_sheet("成果指標")
    ws.append(["雲雀野市 指定管理の成果指標"])
    ws.append([])
    ws.append(["指標番号", "指標名", "評価"])
    for row in KPIS:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("evaluated_rows_keys")
    _workbook(folder / "指定管理施設評価結果.xlsx")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,keys", [
    ("令和6年度の評価がCの施設は？", ["practice:22", "practice:31"]),
    ("R5からR6で評価が下がった施設", ["practice:11", "practice:22"]),
    ("生涯学習課の施設", ["practice:21", "practice:22"]),
    ("委員会評価が△の分類は？", ["initiative:2"]),
    ("運営評価がCの集会所は？", ["practice:2"]),
    ("今後の方向性が縮小か廃止の事業は？", ["practice:J-02", "practice:J-04"]),
    # (って quoting the verdict as と does: 「縮小と判定された」)
    ("縮小って判定された事業は？", ["practice:J-02"]),
])
def test_graded_rows_are_the_reports_items_and_groups(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _keys(answer) == keys, (answer.status, _keys(answer), answer.summary)


@pytest.mark.parametrize("question,keys", [
    ("評価が未達成の指標は？", ["table_row:2"]),
    ("R7年度末の状況が検討中の陳情は？", ["table_row:P-03", "table_row:P-04"]),
])
def test_rows_the_document_does_not_grade_stay_table_rows(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _keys(answer) == keys, (answer.status, _keys(answer), answer.summary)


def test_figures_of_the_graded_facilities_are_of_the_items(assistant) -> None:
    answer = ask(assistant, "令和6年度の利用者数が10万人以上の施設")
    assert answer.status == "exact" and _keys(answer) == ["practice:21"], (answer.status, _keys(answer), answer.summary)
    assert [e["key"] for e in answer.to_dict()["excerpts"]] == ["table_row:21"]
