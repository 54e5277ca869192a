"""「高齢者に触れている意見を挙げて」 over the shipped city's committee opinions and a town's consultation results
whose title (「…パブリックコメントの結果について」) names no town, the town said in its opening line instead
(「　楢葉沢村ごみ処理手数料改定案について…」, a town no dictionary knows): which body's opinions are meant is a
guess, so the rows of both are kept but not as certain (comments_of_two_places._places_of)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROOT = Path(__file__).parents[2]

OPINIONS = [
    ("1", "高齢者の世帯には手数料の減額を検討してほしい。", "所得に応じた減免制度を設けます。", "反映"),
    ("2", "袋の種類を増やしてほしい。", "小さい袋を追加します。", "反映"),
    ("3", "収集日を増やしてほしい。", "高齢者の見守りを兼ねた戸別収集を検討します。", "参考"),
    ("4", "手数料収入の使い道を知らせてほしい。", "広報紙で公表します。", "反映"),
]


def _consultation(path: Path) -> None:
    doc = Document()
    doc.add_paragraph("ごみ処理手数料の改定に関するパブリックコメントの結果について")
    doc.add_paragraph("　楢葉沢村ごみ処理手数料改定案について、村民の皆様からご意見を募集しました。"
                      "お寄せいただいたご意見の要旨とそれに対する村の考え方を次のとおり公表します。")
    doc.add_paragraph("１　募集期間　令和６年６月１日から令和６年６月３０日まで")
    doc.add_paragraph("２　意見提出者数　３人（意見件数　４件）")
    doc.add_heading("（１）手数料について", level=2)
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("意見No.", "意見の要旨", "村の考え方", "反映区分")):
        cell.text = text
    for opinion in OPINIONS:
        for cell, text in zip(table.add_row().cells, opinion):
            cell.text = text
    doc.save(str(path))


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("village_consultation")
    _consultation(folder / "手数料改定_意見募集結果.docx")
    shutil.copy(ROOT / "corpus" / "002_388add96d06013c9.txt", folder)
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_opinions_of_two_towns_one_named_in_its_opening_line_are_not_certain(assistant):
    assistant.reset()
    answer = assistant.ask("高齢者に触れている意見を挙げて")
    sources = {r["source"] for r in answer.rows}
    assert "手数料改定_意見募集結果.docx" in sources and len(sources) == 2
    assert answer.status == "partial"
    assert "どの資料の意見か指定がありません" in answer.caveat


def test_class_said_treated_as_then_narrowed(assistant):
    # (「参考扱いのもの」: the class the opinion was treated as, 参考, formal_wordings' treated_as_class)
    assistant.reset()
    assistant.ask("手数料についての意見を見せて")
    answer = assistant.ask("そのうち参考扱いのものは？")
    assert answer.status == "exact"
    # (the opinion's row, as the comment or as its table's row: the text either way)
    assert [r.get("text") or r.get("title") for r in answer.rows] == ["収集日を増やしてほしい。"]
