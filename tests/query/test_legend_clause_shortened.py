"""A public comment's handling legend whose meanings are clauses (「Ｄ：案に反映しないもの」「Ｂ：意見の一部を反映し、案
を修正するもの」), asked as staff shorten them: where the opinion goes left unsaid (「反映しないとされた意見」), and the
clause cut at its pause said without を and its verb's stem (「一部反映になった意見」). Another town's results page
(a docx table 番号 │ 該当箇所 │ 意見の概要 │ 村の考え方 │ 区分), no set's words or figures."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

# (番号, 該当箇所, 意見, 考え方, 区分)
OPINIONS = [("1", "第２章", "高齢者の移動支援を加えてほしい。", "第２章に追記します。", "Ａ"),
            ("2", "施策２－１", "バスの本数を増やすべきである。", "運行事業者と協議し、一部を追記します。", "Ｂ"),
            ("3", "全体", "計画期間を短くすべきである。", "現行の期間を維持します。", "Ｄ"),
            ("4", "施策１－２", "デマンド交通の予約をネットでできるようにしてほしい。", "一部の路線で対応を追記します。", "Ｂ"),
            ("5", "施策３－１", "運賃の値上げは避けてほしい。", "既に記載しています。", "Ｃ"),
            ("6", "施策２－３", "駅の駐輪場を無料にすべきである。", "所管が異なるため反映しません。", "Ｄ"),
            ("7", "全体", "説明会を開いてほしい。", "ご意見として承ります。", "Ｅ"),
            ("8", "施策１－１", "停留所の屋根を増やしてほしい。", "計画期間内に３か所整備する旨を追記します。", "Ｂ")]


def _results(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("「楠見村地域公共交通計画（案）」への意見と村の考え方", level=1)
    doc.add_paragraph("１　区分")
    for line in ("Ａ：意見を反映し、案を修正するもの", "Ｂ：意見の一部を反映し、案を修正するもの",
                 "Ｃ：既に案に盛り込まれているもの", "Ｄ：案に反映しないもの", "Ｅ：その他"):
        doc.add_paragraph(line)
    doc.add_paragraph("２　意見の概要と村の考え方")
    table = doc.add_table(rows=1 + len(OPINIONS), cols=5)
    for i, text in enumerate(["番号", "該当箇所", "意見の概要", "村の考え方", "区分"]):
        table.cell(0, i).text = text
    for r, row in enumerate(OPINIONS, start=1):
        for i, text in enumerate(row):
            table.cell(r, i).text = text
    doc.save(path)


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("legend_clause")
    _results(folder / "交通計画案への意見と村の考え方.docx")
    return assistant_over(folder)


@pytest.mark.parametrize("turns,count", [
    (("反映しないとされた意見は何件？",), 2),
    (("一部反映になった意見", "それ何件？"), 3),
])
def test_a_legend_clause_said_shortened(village, turns, count) -> None:
    answer = ask(village, *turns)
    assert answer.status == "exact" and answer.count == count, (answer.status, answer.count, answer.summary)
