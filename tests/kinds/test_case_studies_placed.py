"""A collection of 先進事例 as a Word document whose cases are headed by the place itself — 「川辺市（北浦県）」,
the prefecture in brackets, no number — with 「テーマ：…」 and labels that are paragraphs of their own
(「取組の概要」「効果」, bold in the original) or open their text (「効果：…」). Written here with python-docx and
indexed for real; the places (a made-up prefecture among them) and the cases are made up."""
from __future__ import annotations

import io

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.case_studies import loader as case_studies
from tests.conversation_helpers import ask, assistant_over

SOURCE = "sakigake_jirei.docx"
PARAGRAPHS = [
    ("Title", "行政改革 参考事例集（2027年度）"),
    ("Normal", "本市の改革の参考とした他団体の事例をまとめた。"),
    ("Heading 2", "川辺市（北浦県）"),
    ("Normal", "テーマ：窓口予約制の導入"),
    ("Normal", "取組の概要", True),
    ("Normal", "転入・転出の手続をオンラインで予約できるようにした。"),
    ("Normal", "効果", True),
    ("Normal", "窓口の待ち時間が平均40分から10分に短縮された。"),
    ("Heading 2", "山里村（高知県）"),
    ("Normal", "テーマ：庁舎の太陽光発電"),
    ("Normal", "取組の概要", True),
    ("Normal", "庁舎と学校の屋根に太陽光発電設備を設置した。"),
    ("Normal", "効果：電気代を年間約900万円削減した。"),
]


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    for style, text, *bold in PARAGRAPHS:
        paragraph = document.add_paragraph(style=style)
        paragraph.add_run(text).bold = bool(bold)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_cases_headed_by_their_place_are_read_with_their_theme_and_parts():
    text = to_text(docx_bytes(), SOURCE).text
    assert registry.detect(text) is case_studies
    doc = registry.parse(text, SOURCE)
    cases = {r.code: r.fields for r in doc.records}
    assert list(cases) == ["1", "2"]
    assert (cases["1"]["places"], cases["1"]["topic"], cases["1"]["title"]) == (["北浦県", "川辺市"], "窓口予約制の導入", "窓口予約制の導入")
    assert cases["1"]["measures"] == "転入・転出の手続をオンラインで予約できるようにした。"
    assert cases["1"]["effects"] == "窓口の待ち時間が平均40分から10分に短縮された。"
    # (a label opening its text: 「効果：…」)
    assert cases["2"]["effects"] == "電気代を年間約900万円削減した。"
    assert any(p.text == "本市の改革の参考とした他団体の事例をまとめた。" for p in doc.passages if p.key.startswith("doc:"))


def test_a_line_of_a_place_alone_is_no_collection():
    """A letter naming two places in brackets, without labelled parts, is no collection of cases."""
    text = "お知らせ\n事例の紹介\n川辺市（北浦県）\nご協力ありがとうございました。\n山里村（高知県）\nよろしくお願いします。\n"
    assert registry.detect(text) is not case_studies


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("placed_cases")
    (folder / SOURCE).write_bytes(docx_bytes())
    return assistant_over(folder)


def test_which_place_did_it(assistant):
    answer = ask(assistant, "参考事例集で窓口予約の事例はどこの自治体？")
    assert any("川辺市" in str(r.get("places")) for r in answer.rows), answer.summary
    assert not any("山里村" in str(r.get("places")) for r in answer.rows)


def test_a_places_effect(assistant):
    answer = ask(assistant, "山里村の事例", "効果は？")
    assert "900万円" in str(answer.value) + answer.summary, answer.summary
