"""「体育施設について委員からどんな意見が出た？」 over a committee's minutes whose numbered opinions cite facilities by
their number (「施設番号12（…）は、…」) and never print the group word: the opinions citing the facilities the town's
workbook files under 分類 「体育施設」 (query/grouped_opinions.py). Over a made-up town (鴫沢町) of other numbers,
groups and members."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

_FACILITIES = [("11", "体育施設", "鴫沢町民体育館"), ("12", "体育施設", "鴫沢町営グラウンド"),
               ("13", "体育施設", "しぎさわ弓道場"), ("21", "文化施設", "鴫沢町民ホール"),
               ("22", "文化施設", "鴫沢町歴史民俗資料館"), ("31", "保健福祉施設", "鴫沢町保健センター"),
               ("32", "保健福祉施設", "鴫沢町老人福祉館")]

_OPINIONS = ["（１）【評価】施設番号21（町民ホール）は、自主公演の入場者が増えており、評価は妥当である。（浜口委員長）",
             "（２）【指摘】施設番号12（町営グラウンド）は、夜間照明の故障対応が遅れている。点検の記録を残されたい。（小野寺委員）",
             "（３）【要望】施設番号31（保健センター）は、健診の予約方法をわかりやすく周知されたい。（浜口委員長）",
             "（４）【評価】施設番号11（町民体育館）は、教室事業の参加者が増え、地域の健康づくりに寄与している。（三好委員）",
             "（５）【要望】施設番号13（弓道場）は、更衣室の改修時期を指定管理者と協議されたい。（小野寺委員）",
             "（６）【要望】評価の配点を施設の性質に応じて見直すことを検討されたい。（三好委員）"]


def _minutes(path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("令和７年度第１回鴫沢町指定管理者選定評価委員会　会議録", 0)
    d.add_heading("１　開会", 1)
    d.add_paragraph("事務局から、委員３名全員の出席により会議が成立している旨の報告があった。")
    d.add_heading("２　委員意見", 1)
    d.add_paragraph("各委員からの主な意見は次のとおり。（　）内は発言者。")
    for text in _OPINIONS:
        d.add_paragraph(text)
    d.add_heading("３　閉会", 1)
    d.add_paragraph("委員長が閉会を宣言した。")
    d.save(path)


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "施設一覧"
    ws["A1"] = "鴫沢町 指定管理施設一覧（令和７年４月１日現在）"
    for col, head in enumerate(["施設番号", "分類", "施設名", "指定管理者"], 1):
        ws.cell(3, col, head)
    for n, (number, group, name) in enumerate(_FACILITIES, 4):
        for col, v in enumerate((number, group, name, "鴫沢町施設管理公社"), 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("grouped_opinions")
    _minutes(folder / "指定管理者選定評価委員会会議録.docx")
    _workbook(folder / "指定管理施設一覧.xlsx")
    return assistant_over(folder)


def _cited(answer) -> list[str]:
    return sorted(str(r.get("key")).split(":", 1)[1].split("-")[0] for r in answer.to_dict()["rows"]
                  if str(r.get("key")).startswith("comment:"))


def test_opinions_on_the_facilities_a_group_word_files(town) -> None:
    # (was 0 opinions holding 「体育施設」 in their text, partial)
    answer = ask(town, "体育施設について委員からどんな意見が出た？")
    assert answer.status == "exact", answer.summary
    assert _cited(answer) == ["11", "12", "13"], answer.summary


def test_a_word_no_table_files_facilities_under_is_left_alone(town) -> None:
    answer = ask(town, "商業施設について委員からどんな意見が出た？")
    assert answer.status != "exact" or not answer.rows, answer.summary
