"""A public comment's opinions each citing one of a plan's items by its word and code (該当箇所 「取組２－１」, or
「全般」), asked by the group those items stand under (「基本方針２の取組に対する意見」): the plan's own records say
which items are of that group (桐原村's progress report, tables 表１ 基本方針１ … of 取組 １－１ …), so the opinions
are those citing one of them, keyed by their own number. With a category the legend defines as a state (「Ｃ：既に
計画で対応しているもの」) said as the act done (「既に対応済みとされた意見のうち、…」), both conditions hold.
(Made up: 桐原村's comments on its 節水推進計画, beside the report of test_captioned_group_tables.)"""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over
from tests.query.test_captioned_group_tables import SOURCE as PLAN_SOURCE, TEXT as PLAN_TEXT

# (番号, 該当箇所, 意見, 考え方, 区分)
OPINIONS = [("1", "取組２－１", "節水型トイレの補助を設けてほしい。", "補助制度の検討を追記します。", "Ａ"),
            ("2", "全般", "計画の目標をもっと高くすべきである。", "現行の目標を維持します。", "Ｄ"),
            ("3", "取組１－２", "漏水調査の結果を公表してほしい。", "既に公表する旨を記載しています。", "Ｃ"),
            ("4", "取組２－３", "広報紙以外でも呼びかけてほしい。", "ホームページでの周知を追記します。", "Ａ"),
            ("5", "取組１－１", "老朽管の更新を急いでほしい。", "既に計画で前倒ししています。", "Ｃ"),
            ("6", "取組２－２", "節水教室を全学年で行うべきである。", "既に全学年で実施しています。", "Ｃ")]


def _results(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("「桐原村節水推進計画（改定案）」に対する意見と村の考え方", level=1)
    doc.add_paragraph("１　対応区分")
    for line in ("Ａ：意見を踏まえて計画を修正するもの", "Ｂ：意見の一部を計画に反映するもの",
                 "Ｃ：既に計画で対応しているもの", "Ｄ：計画に反映しないもの"):
        doc.add_paragraph(line)
    doc.add_paragraph("２　意見の概要と村の考え方")
    table = doc.add_table(rows=1 + len(OPINIONS), cols=5)
    for i, text in enumerate(["番号", "該当箇所", "意見の概要", "村の考え方", "対応区分"]):
        table.cell(0, i).text = text
    for r, row in enumerate(OPINIONS, start=1):
        for i, text in enumerate(row):
            table.cell(r, i).text = text
    doc.save(path)


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("opinions_on_groups_items")
    (folder / PLAN_SOURCE).write_text(PLAN_TEXT, encoding="utf-8")
    _results(folder / "節水推進計画改定案への意見と村の考え方.docx")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted((str(r["key"]) for r in answer.to_dict()["rows"]), key=lambda k: (len(k), k))


def test_the_opinions_citing_a_groups_items(village) -> None:
    answer = ask(village, "基本方針２の取組に対する意見")
    assert answer.status == "exact" and _keys(answer) == ["comment:1", "comment:4", "comment:6"], \
        (answer.status, _keys(answer), answer.summary)


def test_a_state_said_as_the_act_done_and_the_group(village) -> None:
    answer = ask(village, "既に対応済みとされた意見のうち、基本方針１の取組についてのもの")
    assert answer.status == "exact" and _keys(answer) == ["comment:3", "comment:5"], \
        (answer.status, _keys(answer), answer.summary)


def test_a_group_the_plan_does_not_have_lists_no_opinions(village) -> None:
    answer = ask(village, "基本方針３の取組に対する意見")
    assert not (answer.status == "exact" and answer.rows), (answer.status, _keys(answer), answer.summary)
