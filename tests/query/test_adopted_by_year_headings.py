"""A follow-up list of adopted proposals grouped under headings 「【令和６年度認定分】」, each row's status at the end of
several years (進捗状況 over 令和６年度末 …) and a total row 「合計（効果額実績）」 naming the column it sums:
「令和６年度に認定された提案」 is that heading's rows (not the status at 令和６年度末), 「R5とR6に認定された」 both
headings', 「R7の間に完了した」 完了 at 令和７年度末 but not at 令和６年度末, the total row is no proposal (so the rows keep their 提案番号 as keys), and 「令和７年度の提案で…」 is of the
document whose own year it is (its 審査結果 list), not of the status of several years' proposals at 令和７年度末.
Made documents of 霧ヶ丘町 (nothing of tests/questions/made180's 椿ヶ瀬市: other years, codes and words)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 提案番号, 提案名, 担当課, 判定, 進捗 R5末, R6末, R7末, 効果額実績
_FOLLOWED = {
    "令和５年度認定分": [("K501", "窓口呼出表示の電子化", "住民課", "Ａ", "実施中", "完了", "完了", "1,450"),
                     ("K504", "会議資料のペーパーレス化", "総務課", "Ｂ", "検討中", "実施中", "完了", "380"),
                     ("K507", "道路損傷通報のアプリ受付", "建設課", "Ａ", "実施中", "実施中", "実施中", "2,100")],
    "令和６年度認定分": [("K602", "給食費の口座振替推進", "学校教育課", "Ｂ", "－", "検討中", "完了", "760"),
                     ("K605", "公民館予約のオンライン化", "生涯学習課", "Ａ", "－", "実施中", "完了", "1,020"),
                     ("K608", "防災無線の文字配信", "防災課", "Ｂ", "－", "検討中", "取りやめ", "－")],
    "令和７年度認定分": [("K701", "窓口キャッシュレス決済", "住民課", "Ａ", "－", "－", "実施中", "－"),
                     ("K703", "議事録作成支援ツール", "議会事務局", "Ａ", "－", "－", "完了", "540"),
                     ("K706", "公用車予約の一元化", "総務課", "Ｂ", "－", "－", "検討中", "－")],
}
# 令和７年度 審査結果: 提案番号, 提案名, 担当課, 判定, 合計点
_REVIEWED = [("K701", "窓口キャッシュレス決済", "住民課", "Ａ", "82"), ("K702", "広報紙の多言語版", "企画課", "Ｃ", "48"),
             ("K703", "議事録作成支援ツール", "議会事務局", "Ａ", "77"), ("K704", "除雪車の運行管理", "建設課", "Ｄ", "35"),
             ("K706", "公用車予約の一元化", "総務課", "Ｂ", "66")]


def _followed(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "実施状況"
    ws.cell(1, 1, "霧ヶ丘町 認定提案の実施状況（令和５～７年度認定分）")
    heads = ["提案番号", "提案名", "担当課", "判定", "進捗状況", None, None, "効果額実績（千円）"]
    for c, v in enumerate(heads, 1):
        ws.cell(3, c, v)
    for c, v in enumerate(["令和５年度末", "令和６年度末", "令和７年度末"], 5):
        ws.cell(4, c, v)
    for c in (1, 2, 3, 4, 8):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=7)
    r = 5
    for heading, rows in _FOLLOWED.items():
        ws.cell(r, 1, f"【{heading}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                ws.cell(r, c, v)
            r += 1
    ws.cell(r, 1, "合計（効果額実績）")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 8, "6,250")
    wb.save(path)


def _reviewed(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "審査結果"
    ws.cell(1, 1, "令和７年度 霧ヶ丘町 業務改善提案 審査結果")
    for c, v in enumerate(["提案番号", "提案名", "担当課", "判定", "合計点"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_REVIEWED, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = tmp_path_factory.mktemp("kirigaoka_docs")
    _followed(docs / "認定提案の実施状況.xlsx")
    _reviewed(docs / "令和７年度提案審査結果.xlsx")
    index = tmp_path_factory.mktemp("kirigaoka_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


@pytest.mark.parametrize("question, codes", [
    # (the year said, then the doing its heading names: that heading's rows, not the status at 令和６年度末)
    ("令和６年度に認定された提案", {"K602", "K605", "K608"}),
    ("R5とR6に認定された提案のうち、令和７年度末に完了したもの", {"K504", "K501", "K602", "K605"}),
    # (completed within the year said: 完了 at its end, not at the end of the year before — became_in_year.py)
    ("R5とR6に認定された提案のうち、R7の間に完了したもの", {"K504", "K602", "K605"}),
    ("令和７年度中に完了した提案は？", {"K504", "K602", "K605", "K703"}),
    # (the total row 「合計（効果額実績）」 is no proposal: the rows keep their 提案番号, the total no bound of them)
    ("効果額実績が1,000千円を超える提案", {"K501", "K507", "K605"}),
    ("令和６年度末の時点で検討中だったものは？", {"K602", "K608"}),
    # (the year said is the 審査結果's own: its rows, not the status of three years' proposals at 令和７年度末)
    ("令和７年度の提案で判定がＡだったものは？", {"K701", "K703"}),
])
def test_rows_of_the_heading_said(town, question, codes):
    town.reset()
    answer = town.ask(question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes, answer.summary
