"""A public comment's category said twice: the asker's words for its legend meaning, then the letter in brackets
after the rows' noun (「素案を修正した意見（Ａ）はどれ？」 over 「Ａ：ご意見を反映し、素案を修正したもの」). The words
restate the letter's meaning, so the letter is the condition; it is not dropped as the gloss of a name. Another
city's results (a docx legend and table 番号 │ 該当箇所 │ ご意見の概要 │ 市の考え方 │ 区分), no set's words or figures."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

# (番号, 該当箇所, 意見, 考え方, 区分)
OPINIONS = [("1", "第１章", "図書館の開館時間を延ばしてほしい。", "第１章に追記します。", "Ａ"),
            ("2", "施策１－２", "移動図書館の巡回を増やすべきである。", "巡回先を一部追記します。", "Ｂ"),
            ("3", "全体", "電子書籍を充実させてほしい。", "既に記載しています。", "Ｃ"),
            ("4", "施策２－１", "読み聞かせ講座を土曜日にも開いてほしい。", "土曜日の開催を追記します。", "Ａ"),
            ("5", "施策２－３", "駐車場を拡張すべきである。", "敷地の制約から反映しません。", "Ｄ"),
            ("6", "施策３－１", "学校図書館との連携を進めてほしい。", "ご意見として承ります。", "Ｅ")]


def _results(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("「樫ノ台市読書活動推進計画（素案）」に対するご意見と市の考え方", level=1)
    doc.add_paragraph("１　区分の説明")
    for line in ("Ａ：ご意見を反映し、素案を修正したもの", "Ｂ：ご意見の一部を反映したもの",
                 "Ｃ：既に素案に盛り込んでいるもの", "Ｄ：素案に反映しないもの", "Ｅ：その他"):
        doc.add_paragraph(line)
    doc.add_paragraph("２　ご意見の概要と市の考え方")
    table = doc.add_table(rows=1 + len(OPINIONS), cols=5)
    for i, text in enumerate(["番号", "該当箇所", "ご意見の概要", "市の考え方", "区分"]):
        table.cell(0, i).text = text
    for r, row in enumerate(OPINIONS, start=1):
        for i, text in enumerate(row):
            table.cell(r, i).text = text
    doc.save(path)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    folder = tmp_path_factory.mktemp("legend_value_restated")
    _results(folder / "読書活動推進計画素案へのご意見と市の考え方.docx")
    return assistant_over(folder)


def test_the_letter_after_words_restating_its_meaning_is_the_condition(city) -> None:
    answer = ask(city, "素案を修正した意見（Ａ）はどれ？")
    keys = sorted(str(r["key"]) for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and keys == ["comment:1", "comment:4"], (answer.status, keys, answer.summary)


# (a committee's opinions beside the results: the records every opinion question reads first)
COMMITTEE = """令和７年度第１回樫ノ台市図書館協議会 記録

３ 委員の意見

各委員の主な意見は次のとおり。（　）内は発言者。
（１）【提案】事業番号L-02（移動図書館）は、巡回先を見直されたい。（大森会長）
（２）【懸念】事業番号L-05は、利用者が減っている理由を分析されたい。（白石委員）
（３）【評価】事業番号L-01は、開館時間の延長が好評である。（大森会長）

以上
"""


@pytest.fixture(scope="module")
def city_with_committee(tmp_path_factory):
    folder = tmp_path_factory.mktemp("legend_value_restated_committee")
    _results(folder / "読書活動推進計画素案へのご意見と市の考え方.docx")
    (folder / "図書館協議会記録.txt").write_text(COMMITTEE, encoding="utf-8")
    return assistant_over(folder)


def test_the_letter_after_the_opinions_word_alone_is_their_category(city_with_committee) -> None:
    # (not a group's code glossed after its name, 「経営基盤の強化（B）」, dropped: every opinion listed, exact)
    answer = ask(city_with_committee, "意見（Ａ）はどれ？")
    keys = sorted(str(r["key"]) for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and keys == ["comment:1", "comment:4"], (answer.status, keys, answer.summary)
