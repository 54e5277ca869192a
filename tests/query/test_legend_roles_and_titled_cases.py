"""A joint-projects table whose legend gives two marks a part each (「○：主担当　△：協力　－：不参加」) under a two-row
header (各市町の役割 merged over the members), its 開始年度 printed in 西暦; and a plain-text collection of cases
headed 「【県名】市名：見出し」 over a prose body whose first 年度 (西暦 or 和暦) is the year the case began.
The names and years here are another town's, not those of the set the layout arrived with (made96)."""
from __future__ import annotations

import io
import shutil

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS


def _table() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("楢ヶ浦町・朱鷺見市・萩平村 広域連携事業一覧")
    d.add_paragraph("楢ヶ浦町と近隣２市村は、次の共同事業に取り組んでいる。")
    rows = [
        ["事業番号", "事業名", "幹事市町", "各市町の役割", "各市町の役割", "各市町の役割", "開始年度", "状況"],
        ["事業番号", "事業名", "幹事市町", "楢ヶ浦町", "朱鷺見市", "萩平村", "開始年度", "状況"],
        ["R-1", "ごみ収集の共同化", "楢ヶ浦町", "○", "△", "△", "2017年度", "実施中"],
        ["R-2", "図書の相互貸出", "朱鷺見市", "○", "○", "－", "2021年度", "実施中"],
        ["R-3", "観光パンフレットの共同作成", "萩平村", "△", "－", "○", "2024年度", "終了"],
    ]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows[2:], start=2):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    for j in (3, 4, 5):
        t.cell(1, j).text = rows[1][j]
    t.cell(0, 3).merge(t.cell(0, 5)).text = rows[0][3]
    for j in (0, 1, 2, 6, 7):
        t.cell(0, j).merge(t.cell(1, j)).text = rows[0][j]
    d.add_paragraph("【凡例】○：主担当　△：協力　－：不参加")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


_CASES = """他自治体の取組事例（参考）

楢ヶ浦町 企画課 編

【宮崎県】椎葉野市：窓口のキャッシュレス化
令和４年度から証明書の手数料にキャッシュレス決済を導入した。

【山形県】月山台市：ＲＰＡによる給与事務の自動化
2023年度に給与事務へＲＰＡを導入し、年間８００時間を削減した。

【大分県】湯布江市：公共施設の予約のオンライン化
2019年度に施設予約をオンライン化した。

※内容は各自治体の公表資料による。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("legend_roles")
    (folder / "連携事業一覧.docx").write_bytes(_table())
    (folder / "取組事例.txt").write_text(_CASES, encoding="utf-8")
    (folder / "楢ヶ浦町行政改革プラン.txt").write_text("楢ヶ浦町行政改革プラン\n\n本町の行政改革の方針を定める。\n", encoding="utf-8")
    for path in CORPUS.iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("萩平村が参加していない共同事業は？", ["R-2"]),
    ("朱鷺見市が協力の立場で関わっている事業は？", ["R-1"]),
    ("楢ヶ浦町が主担当の共同事業は？", ["R-1", "R-2"]),
    ("うちの町が主担当なのに幹事じゃない共同事業ってある？", ["R-2"]),
    ("令和5年度以降に始まった共同事業は？", ["R-3"]),
])
def test_legend_roles(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected


def test_western_start_year_answered_as_printed(assistant):
    assistant.reset()
    assistant.ask("共同事業で終了したものはある？")
    answer = assistant.ask("それは何年度から始まってた？")
    assert answer.value == 2024 and "2024年度" in answer.summary


def test_titled_cases(assistant):
    assistant.reset()
    answer = assistant.ask("九州の市の事例はどこ？")
    assert answer.status == "exact"
    mine = [r for r in answer.rows if r.get("source") == "取組事例.txt"]
    assert {str(r["code"]) for r in mine} == {"1", "3"}  # (宮崎県, 大分県; not 山形県)
    assistant.reset()
    answer = assistant.ask("2022年度以降に始まった事例は？")
    assert answer.status == "exact"
    mine = [r for r in answer.rows if r.get("source") == "取組事例.txt"]
    assert {str(r["code"]) for r in mine} == {"1", "2"}  # (令和４年度 and 2023年度; not 2019年度)
    assistant.reset()
    assistant.ask("給与事務の事例ってある？")
    answer = assistant.ask("その市は何県？")
    assert answer.value == "山形県"
