"""A collection of case studies as a Word document with numbered headings: topics 「1 窓口改革」, cases
「1.1 … （<prefecture><municipality>）」 and labelled parts 「（1）取組内容 …」「（2）成果 …」, from a
research group of a made-up region (its prefectures are in no list). Written here with python-docx and
indexed for real; the group, the places and the cases are made up."""
from __future__ import annotations

import io

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.case_studies import loader as case_studies
from tests.conversation_helpers import ask, assistant_over

SOURCE = "jireishu.docx"
PARAGRAPHS = [
    ("Title", "自治体経営 優良事例集（2027年版）"),
    ("Normal", "南嶺地方自治研究会　2027年4月"),
    ("Heading 1", "1 窓口改革"),
    ("Heading 2", "1.1 オンライン申請の拡大（南嶺県青葉市）"),
    ("Normal", "（1）取組内容　子育て関係の手続をすべてオンラインで申請できるようにした。"),
    ("Normal", "（2）成果　来庁者が年間約8,000人減った。"),
    ("Heading 2", "1.2 おくやみ窓口の設置（西岬県浜辺町）"),
    ("Normal", "（1）取組内容　死亡に伴う手続を一つの窓口で受け付けた。"),
    ("Normal", "（2）成果　遺族の来庁時間が平均90分から30分に短縮された。"),
    ("Heading 1", "2 資産活用"),
    ("Heading 2", "2.1 廃校の貸付け（南嶺県青葉市）"),
    ("Normal", "（1）取組内容　廃校となった小学校を企業のサテライトオフィスに貸し付けた。"),
    ("Normal", "（2）成果　年間600万円の貸付収入を得た。"),
]


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    for style, text in PARAGRAPHS:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_cases_under_numbered_headings_are_read_with_their_places_and_parts():
    text = to_text(docx_bytes(), SOURCE).text
    assert registry.detect(text) is case_studies
    doc = registry.parse(text, SOURCE)
    cases = {r.code: r.fields for r in doc.records}
    assert list(cases) == ["1.1", "1.2", "2.1"]
    assert (cases["1.2"]["topic"], cases["1.2"]["title"], cases["1.2"]["places"]) == (
        "窓口改革", "おくやみ窓口の設置", ["西岬県", "浜辺町"])
    assert cases["2.1"]["measures"] == "廃校となった小学校を企業のサテライトオフィスに貸し付けた。"
    assert cases["2.1"]["effects"] == "年間600万円の貸付収入を得た。"
    assert not cases["1.1"]["notes"]
    assert any(p.text == "南嶺地方自治研究会 2027年4月" for p in doc.passages if p.key.startswith("doc:"))


def test_a_prefecture_no_list_holds_is_read_before_its_municipality():
    assert case_studies.parse_places("南嶺県青葉市") == ["南嶺県", "青葉市"]
    assert case_studies.parse_places("府中市") == ["府中市"]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outlined_cases")
    (folder / SOURCE).write_bytes(docx_bytes())
    # Another document of the kind, which a question naming the collection by its title must leave out.
    (folder / "other.docx").write_bytes(_other())
    return assistant_over(folder)


def _other() -> bytes:
    import docx

    document = docx.Document()
    for style, text in [("Title", "窓口改革 取組事例集"), ("Heading 1", "1 窓口改革"),
                        ("Heading 2", "1.1 書かない窓口（北浦県川辺市）"), ("Normal", "（1）取組内容　申請書の記入をなくした。"),
                        ("Normal", "（2）成果　記入時間がなくなった。"),
                        ("Heading 2", "1.2 窓口の予約制（北浦県川辺市）"), ("Normal", "（1）取組内容　予約制にした。"),
                        ("Normal", "（2）成果　待ち時間が減った。")]:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_collection_named_by_its_title_scopes_the_answer(assistant):
    # 「優良事例集」 is part of one document's title (「自治体経営 優良事例集（2027年版）」): its cases only.
    answer = ask(assistant, "自治体経営優良事例集で窓口改革の事例はどこの自治体？")
    assert answer.status == "exact", answer.summary
    assert sorted(r["key"] for r in answer.rows) == ["case_study:1.1", "case_study:1.2"]
    assert {r["source"] for r in answer.rows} == {SOURCE}
    effects = ask(assistant, "優良事例集の廃校の貸付けの事例はどこ？", "効果は？")
    assert "600万円" in str(effects.value)
