"""A PDF's page footer 「－ 2 －」 is no heading: a facility plan whose cost table (コード │ 施設名 │ Ｒ２…Ｒ６)
runs over pages, each page closed by its footer, is no plan report laid out a sheet per initiative
(initiative_sheets: 「<word><n> <title>」 over a table of numbered rows and fiscal years). Its rows stay the
table's rows, keyed by the codes printed. Text as a PDF's pages give it; made-up village, names and figures."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from tests.conversation_helpers import ask, assistant_over

T = "\t"
_HEAD = T.join(["コード", "施設名", "Ｒ２", "Ｒ３", "Ｒ４", "Ｒ５", "Ｒ６"])
_ROWS = [["H-01", "本庁舎", "10,000", "10,500", "11,000", "11,200", "11,900"],
         ["H-02", "東支所", "2,000", "1,900", "1,800", "1,700", "1,600"],
         ["S-01", "東小学校", "8,000", "8,100", "8,300", "8,200", "8,600"],
         ["S-02", "西小学校", "7,000", "7,200", "7,100", "6,900", "－"]]
TEXT = "\n".join([
    "柊谷村公共施設等個別施設計画 再編方針", "本資料は、各施設の維持管理費の推移を示すものです。", "－ 1 －", "",
    "柊谷村公共施設等個別施設計画 再編方針", "１ 施設別 維持管理費の推移", "（単位：千円）", _HEAD,
    *(T.join(r) for r in _ROWS[:3]), "－ 2 －", "",
    "柊谷村公共施設等個別施設計画 再編方針", "（前頁からの続き） （単位：千円）", _HEAD,
    *(T.join(r) for r in _ROWS[3:]), T.join(["合計", "", "27,000", "27,700", "28,200", "28,000", "22,100"]),
    "※１ 「－」は廃止により維持管理費が発生していない年度を示す。", "－ 3 －", ""])


def test_footers_open_no_initiative_so_the_document_is_no_plan_report():
    assert registry.detect(TEXT).__name__.split(".")[-2] == "generic"


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("footers")
    (folder / "再編方針.txt").write_text(TEXT, encoding="utf-8")
    return assistant_over(folder)


def test_the_cost_rows_are_table_rows_keyed_by_their_codes(village):
    d = ask(village, "Ｒ６の維持管理費が10,000千円以上の施設は？").to_dict()
    assert [r["key"] for r in d["rows"]] == ["table_row:H-01"]
