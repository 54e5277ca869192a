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
         *([f"K-{n:02d}", f"第{n}集会所", "300", "310", "320", "330", "340"] for n in range(1, 16)),
         ["S-02", "西小学校", "7,000", "7,200", "7,100", "6,900", "－"]]
TEXT = "\n".join([
    "柊谷村公共施設等個別施設計画 再編方針", "本資料は、各施設の維持管理費の推移を示すものです。",
    "１ 再編の考え方", "施設の総量を縮減し、", "維持管理費の増加を抑えます。",
    "２ 対象施設", "村が所有する施設のうち、", "延床面積100㎡以上のものを対象とします。", "－ 1 －", "",
    "柊谷村公共施設等個別施設計画 再編方針", "３ 施設別 維持管理費の推移", "（単位：千円）", _HEAD,
    *(T.join(r) for r in _ROWS[:-1]), "－ 2 －", "",
    "柊谷村公共施設等個別施設計画 再編方針", "（前頁からの続き） （単位：千円）", _HEAD,
    *(T.join(r) for r in _ROWS[-1:]), T.join(["合計", "", "31,500", "32,350", "32,950", "32,900", "26,950"]),
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


def test_the_header_printed_again_atop_the_next_page_goes_on_with_the_same_table():
    # (the numbered section 「３ 施設別 維持管理費の推移」, its sections run on with no blank line between them, closed by the page's end: its header printed again under
    # 「（前頁からの続き）」 is the same table, not one captioned by that line)
    rows = [r for r in registry.parse(TEXT, "再編方針.pdf").records if r.kind == "table_row"]
    assert [r.fields["cells"]["コード"] for r in rows] == [r[0] for r in _ROWS]
    assert len({r.fields["table"] for r in rows}) == 1
