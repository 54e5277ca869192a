"""A newsletter as a Word document whose headline gives a round figure as a bound (「…が200社を超えました」) and
whose body the figure itself (「…213社となりました」): asked 「何社」, the engine never states the bound as the count,
and the passage printing the figure itself is read first. A count in another unit (「1件あたり」) is no answer to
「何社」 either. Written here with python-docx and indexed for real; the town and figures are made up."""
from __future__ import annotations

import io

import pytest

from tests.conversation_helpers import ask, assistant_over

PARAGRAPHS = [
    ("Title", "かわべ行革ニュース 第4号"),
    ("Normal", "2027年2月発行 川辺町 企画課"),
    ("Heading 1", "窓口アンケートを実施しました"),
    ("Normal", "（2027年1月12日）"),
    ("Normal", "本庁舎の窓口で来庁者アンケートを行い、回答者は87名でした。"),
    ("Heading 1", "オンライン入札の参加事業者が200社を超えました"),
    ("Normal", "（2027年1月30日）"),
    ("Normal", "令和7年度に始めたオンライン入札の登録事業者が、1月末時点で213社となりました。"),
    ("Normal", "入札1件あたりの事務時間は半分になりました。"),
]


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    for style, text in PARAGRAPHS:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    pytest.importorskip("docx")
    folder = tmp_path_factory.mktemp("bound_figure")
    (folder / "news.docx").write_bytes(docx_bytes())
    (folder / "memo.txt").write_text("事務連絡\n\n庁舎の清掃日程をお知らせします。\n", encoding="utf-8")
    return assistant_over(folder)


def test_the_bound_is_never_the_count(assistant):
    answer = ask(assistant, "行革ニュースでオンライン入札の参加事業者は何社になった？")
    assert not (answer.status == "exact" and answer.value in (200, 1)), answer.summary
    assert answer.value != 200 and "200社" not in str(answer.value)
    # (the passage printing the figure itself first, the headline's bound after it)
    assert answer.excerpts and "213社" in answer.excerpts[0]["text"], answer.excerpts[:2]


def test_a_count_in_the_unit_asked_still_answers(assistant):
    answer = ask(assistant, "行革ニュースで窓口アンケートの回答者は何名？")
    assert "87" in answer.summary + str(answer.value), answer.summary
