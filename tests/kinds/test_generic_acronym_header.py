"""A header of two rows whose lower row names measures under merged groups, some by an acronym in capitals
(| 民間活力の活用 | | デジタル化の推進 | over | 指定管理者制度 | 窓口業務委託 | RPA | AI-OCR |): both rows are the
header; a row of such acronyms alone under a header is still data."""
from __future__ import annotations

from assistant.kinds.generic import loader as generic

MATRIX = ("県内市町村 取組状況調査\n\n"
          "No.\t市町村名\t民間活力の活用\t\tデジタル化の推進\t\n"
          "No.\t市町村名\t指定管理者制度\t窓口業務委託\tRPA\tAI-OCR\n"
          "1\t北浜市\t○\t△\t○\t\n"
          "2\t東野市\t\t○\t△\t○\n")

CODES = ("システム一覧\n\n"
         "番号\t区分\t方式\n"
         "1\tRPA\tAI-OCR\n"
         "2\tRPA\tOCR\n")


def _rows(text: str) -> list[dict]:
    return [r.fields["cells"] for r in generic.parse(text, "t.txt").records if r.kind == "table_row"]


def test_acronyms_under_merged_groups_name_columns() -> None:
    rows = _rows(MATRIX)
    assert len(rows) == 2
    assert rows[0]["デジタル化の推進RPA"] == "○" and rows[1]["デジタル化の推進AI-OCR"] == "○"
    assert rows[0]["民間活力の活用窓口業務委託"] == "△"


def test_a_row_of_acronyms_alone_is_data() -> None:
    rows = _rows(CODES)
    assert len(rows) == 2 and rows[0]["区分"] == "RPA"
