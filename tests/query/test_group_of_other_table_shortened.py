"""A made-up village's two documents (no set's words, years or codes): a facility ledger (xlsx) listing its facilities
under group rows 【１】医療保健系施設 …, and a maintenance report (docx) marking the same facilities year by year
(◎○△×) with no group column. 「医療施設でR5に×がついたのは何件？」 says the group with its middle left out, as staff
shorten it: the report's rows of that group are asked (group_of_other_table.py), and where none of them has a ×, the
answer is the table's 0 — not the × of a facility of another group, and not the shipped plan's records' partial 0
(医療施設 left unread)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

CORPUS = Path(__file__).parent.parent.parent / "corpus"

# (group, [(code, name, office, floor area, R3, R4, R5)])
GROUPS = [
    ("医療保健系施設", [("M1", "楢崎村診療所", "保健課", 640, "○", "○", "◎"),
                 ("M2", "保健センター", "保健課", 820, "◎", "△", "○")]),
    ("産業振興系施設", [("S1", "農産物直売所", "産業課", 310, "○", "△", "△"),
                 ("S2", "林業研修館", "産業課", 450, "△", "×", "○"),
                 ("S3", "観光案内所", "産業課", 120, "○", "○", "△")]),
    ("子育て支援施設", [("K1", "楢崎保育所", "福祉課", 900, "◎", "○", "×"),
                 ("K2", "児童クラブ館", "福祉課", 260, "○", "◎", "○")]),
]


def _ledger(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "施設台帳"
    ws.append(["楢崎村 公共施設台帳（令和６年３月末現在）"])
    ws.append([])
    ws.append(["施設番号", "施設名", "所管課", "延床面積（㎡）"])
    for n, (group, rows) in enumerate(GROUPS, 1):
        ws.append([f"【{n}】{group}"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
        for code, name, office, area, *_ in rows:
            ws.append([code, name, office, area])
    wb.save(path)


def _report(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("楢崎村 施設保全計画 実施状況（令和５年度）", 1)
    doc.add_paragraph("各施設の保全工事の実施状況を次のとおり評価した（◎計画以上、○計画どおり、△一部遅れ、×未実施）。")
    doc.add_heading("施設別の実施状況", 2)
    header = ["施設番号", "施設名", "R3", "R4", "R5"]
    table = doc.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for _group, rows in GROUPS:
        for code, name, _office, _area, *marks in rows:
            for cell, text in zip(table.add_row().cells, [code, name, *marks]):
                cell.text = text
    doc.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("group_of_other_table_shortened")
    _ledger(folder / "楢崎村公共施設台帳.xlsx")
    _report(folder / "施設保全計画_実施状況_令和5年度.docx")
    # (beside the shipped plan report, as users have them: its 実践項目 read the question too, leaving 医療施設
    # unread, and find none)
    index = folder / "gyokaku.db"
    build_index([CORPUS, folder], index)
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"])


def test_a_shortened_group_of_another_document_with_no_such_mark_counts_zero(assistant) -> None:
    answer = ask(assistant, "医療施設でR5に×がついたのは何件？")
    assert answer.count == 0 and not answer.unused and answer.status == "no_match", \
        (answer.status, answer.count, answer.unused, answer.summary)


def test_a_shortened_group_of_another_document_picks_its_rows(assistant) -> None:
    answer = ask(assistant, "産業施設でR5に△がついた施設は？")
    assert answer.status == "exact" and _codes(answer) == ["S1", "S3"], (answer.status, _codes(answer), answer.summary)
