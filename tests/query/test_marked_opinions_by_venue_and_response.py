"""Opinions of a council's table (「委1」 rows) and of residents' meetings (「【住3】」 paragraphs under a Heading 3 per
venue, 「（東部体育館会場）」), read as comments (kinds/generic/opinion_marked.py), asked by the venue they were heard
at, by the category of the response (「「検討」と回答した」) and by both documents' parts at once. The venue headings
are no items of their own (an item holding the opinions as its fields would answer for them), and the council's
rows are no table rows beside their comments (the table alone would answer 「回答区分が検討の意見」). Another
town's words, codes and venues than any holdout set's."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("kaede_opinions")
    d = docx.Document()
    d.add_heading("楓台市学校施設再編計画（素案）への意見と市の回答", 1)
    d.add_paragraph("令和9年1月　楓台市教育施設課")
    d.add_paragraph("【回答区分】反映：計画に反映する／検討：今後検討する／既記載：計画に記載済み／その他：計画の範囲外")
    d.add_heading("１　市議会からの意見", 2)
    t = d.add_table(rows=1, cols=6)
    for cell, head in zip(t.rows[0].cells, ["番号", "会議", "対象施設", "意見の要旨", "市の回答", "回答区分"]):
        cell.text = head
    for row in [("委1", "予算特別委員会", "S-3\n東小学校", "東小学校の統合時期と成果指標を早く示すべき。", "来年度に示します。", "検討"),
                ("委2", "一般質問", "－", "再編の全体スケジュールを示すべき。", "工程表を作成します。", "反映"),
                ("委3", "文教委員会", "J-2\n西中学校", "西中学校の通学路の安全対策が必要。", "計画第3章に記載しています。", "既記載")]:
        for cell, value in zip(t.add_row().cells, row):
            cell.text = value
    d.add_heading("２　地区説明会での意見", 2)
    d.add_paragraph("説明会は市内3会場で開きました。会場ごとの主な意見は次のとおりです。")
    venues = [("（東部体育館会場）", [("住2", "S-3　東小学校", "統合後の校舎を避難所として残してほしい。", "検討"),
                                     ("住1", "－", "説明会の周知が遅い。", "その他")]),
              ("（西部公民館会場）", [("住3", "J-2　西中学校", "部活動の場所を確保してほしい。", "既記載"),
                                     ("住5", "S-7　北小学校", "北小学校の跡地を公園にしてほしい。", "検討"),
                                     ("住6", "－", "市の財政負担が心配だ。", "既記載")]),
              ("（南部市民センター会場）", [("住4", "S-3　東小学校", "スクールバスの利用者数を成果指標にしてほしい。", "反映")])]
    for venue, opinions in venues:
        d.add_heading(venue, 3)
        for no, cited, text, klass in opinions:
            d.add_paragraph(f"【{no}】対象施設：{cited}")
            d.add_paragraph(f"（意見）{text}")
            d.add_paragraph(f"（市の回答）ご意見を踏まえて対応します。〔回答区分：{klass}〕")
    d.add_heading("３　今後の予定", 2)
    d.add_paragraph("いただいた意見を踏まえて素案を修正します。")
    d.save(folder / "楓台市_学校再編計画への意見と回答.docx")
    # (the list of the schools the opinions cite by code, in the same folder)
    (folder / "楓台市_学校施設一覧.txt").write_text(
        "楓台市 学校施設一覧（再編計画素案）\n\n施設番号\t施設名\t所管課\t方針\n"
        "S-3\t東小学校\t教育施設課\t統合\nS-7\t北小学校\t教育施設課\t統合\n"
        "J-2\t西中学校\t教育施設課\t存続\nS-9\t南小学校\t教育施設課\t存続\n", encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _numbers(answer) -> set[str]:
    return {str(r.get("number")) for r in answer.rows}


def test_venue_headings_are_no_items_holding_the_opinions(assistant):
    db = assistant.db
    held = db.execute("SELECT count(*) FROM item WHERE fields LIKE '%住2%' OR fields LIKE '%住3%'").fetchone()[0]
    assert held == 0
    if "table_row" in db.table_names():
        rows = db.execute("SELECT count(*) FROM table_row WHERE source LIKE '%意見と回答%'").fetchone()[0]
        assert rows == 0


def test_opinions_heard_at_a_venue_are_counted(assistant):
    assistant.reset()
    answer = assistant.ask("西部公民館会場の説明会で出た意見は何件？")
    assert answer.count == 3, answer.summary
    assert _numbers(answer) == {"住3", "住5", "住6"}, answer.summary


def test_a_facility_named_at_the_meetings(assistant):
    assistant.reset()
    answer = assistant.ask("地区説明会で北小学校について出た意見")
    assert _numbers(answer) == {"住5"}, answer.summary


def test_the_category_said_as_what_was_answered(assistant):
    assistant.reset()
    answer = assistant.ask("「既記載」と回答した意見は何件ある？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 3, answer.summary  # (委3 of the table, 住3 and 住6 of the paragraphs)


def test_the_category_asked_of_both_parts(assistant):
    assistant.reset()
    answer = assistant.ask("回答区分が検討の意見")
    assert _numbers(answer) == {"委1", "住2", "住5"}, answer.summary


def test_opinions_whose_facility_label_is_left_blank(assistant):
    assistant.reset()
    answer = assistant.ask("対象施設が書かれていない意見")
    assert answer.status == "exact", answer.summary
    assert _numbers(answer) == {"委2", "住1", "住6"}, answer.summary
    assistant.reset()
    again = assistant.ask("対象施設の記載がない意見は何件？")
    assert again.count == 3, again.summary


def test_a_field_word_the_opinions_mention_is_their_words(assistant):
    # (成果指標 names a kind of indicator and 成果 a field elsewhere: said as what the text mentions, it is words)
    assistant.reset()
    answer = assistant.ask("委員会の意見で成果指標に触れてるもの")
    assert answer.status != "partial", answer.summary
    assert _numbers(answer) == {"委1", "住4"}, answer.summary


def test_opinions_of_one_section_on_the_records_a_list_picks(assistant):
    # (the opinions said first, then the records they are on: the list's 方針 picks the schools, the section heading
    # 「２　地区説明会での意見」 the opinions — 委1 of the council also cites 東小学校 and is no answer)
    assistant.reset()
    answer = assistant.ask("地区説明会の意見で、統合予定の施設に関するもの")
    assert _numbers(answer) == {"住2", "住4", "住5"}, answer.summary
    assistant.reset()
    council = assistant.ask("市議会の意見で、統合予定の施設に関するもの")
    assert _numbers(council) == {"委1"}, council.summary
