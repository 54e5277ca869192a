"""Questions over another city's tables: 「目標まであと何窓口」 (the target column less the latest year's
result), a unit of one character quoted (単位が「人」), a title shortened from its Latin word (「DX計画」 of
DX推進計画), a title's words said without its brackets (「実施計画案」 of 実施計画（案）), and 「一部でも反映した」
over a legend whose wordings say A：反映する B：一部反映する (A or B); 「今後どうするって書いてある」 of rows
of a table, its 今後 no column: the paragraph under the document's own 「今後の対応」 is shown first, the
answer still partial. The towns and figures are made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PROGRESS = """南川市DX推進計画 進捗管理表（令和6年度末時点）

No.\t取組名\t担当課\tKPI\t単位\t目標値（令和7年度）\t実績値令和5年度\t実績値令和6年度\t進捗状況
1\t電子申請の拡充\t情報課\t手続数\t手続\t200\t120\t150\t順調
2\t窓口キャッシュレス化\t会計課\t導入窓口数\t窓口\t30\t8\t12\t遅れ
3\tRPAの活用\t情報課\t削減時間\t時間\t5000\t2000\t3500\t順調
4\tテレワークの推進\t職員課\t利用職員数\t人\t400\t150\t260\t順調
5\tデジタル研修\t職員課\t受講者数\t人\t600\t300\t450\t順調
"""

COMMENTS = """「南川市行財政改革実施計画（案）」に対する意見募集の結果について

1　反映区分
　　A：反映する
　　B：一部反映する
　　C：既に計画に記載している
　　D：今後の参考とする

2　意見の概要と市の考え方

No.1　【該当箇所】第2章
　（意見の概要）人口の見通しを示すべき。
　（市の考え方）推計を追加します。
　（反映区分）A

No.2　【該当箇所】第3章 取組1
　（意見の概要）支所の窓口を残してほしい。
　（市の考え方）窓口機能は維持します。
　（反映区分）C

No.3　【該当箇所】第3章 取組2
　（意見の概要）公民館の統合は地域と話し合って進めるべき。
　（市の考え方）説明会の開催を追記します。
　（反映区分）B

No.4　【該当箇所】第3章 取組3
　（意見の概要）温泉施設は廃止すべき。
　（市の考え方）今後の参考とします。
　（反映区分）D

No.5　【該当箇所】第4章
　（意見の概要）進捗を公表してほしい。
　（市の考え方）毎年度公表します。
　（反映区分）A
"""


def _facilities_docx() -> bytes:
    """A Word document: the table of facilities, then its own section 「2 今後の対応」 (a heading, a paragraph)."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("指定管理施設の検証結果について")
    document.add_paragraph("1　検証結果一覧")
    table = document.add_table(rows=0, cols=5)
    for row in (("No.", "施設名", "指定管理者", "評価", "次期の方針"), ("1", "南川町体育館", "南川スポーツ協会", "A", "継続"),
                ("2", "南川温泉センター", "南川観光株式会社", "C", "廃止"), ("3", "南川町スキー場", "南川観光株式会社", "C", "直営化")):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    document.add_paragraph("")
    document.add_paragraph("2　今後の対応")
    document.add_paragraph("")
    document.add_paragraph("評価がCとなった施設のうち、温泉センターは令和7年度末で廃止し、スキー場は町の直営に戻して活用策を検討します。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("targets_and_legends")
    (folder / "南川市_DX推進計画_進捗管理表.txt").write_text(PROGRESS, encoding="utf-8")
    (folder / "南川市_実施計画案_意見募集結果.txt").write_text(COMMENTS, encoding="utf-8")
    (folder / "南川町_指定管理施設の検証結果.docx").write_bytes(_facilities_docx())
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, value", [
    ("南川市の窓口キャッシュレス化は目標まであと何窓口？", 18),
    ("南川市の電子申請の拡充、目標値まではあといくつ？", 50),
    ("南川市のDX計画で単位が「人」の取組、目標値を合計すると？", 1000),
    ("南川市の実施計画案の意見募集で、一部でも反映した意見は何件？", 3),
])
def test_the_value_asked(assistant, question, value):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == value, answer.summary


def test_the_fuller_wording_alone_is_that_grade(assistant):
    assistant.reset()
    answer = assistant.ask("南川市の意見募集で反映された意見は何件？")
    assert (answer.status, answer.value) == ("exact", 2)


def test_what_the_document_says_of_the_rows_is_shown_first(assistant):
    assistant.reset()
    answer = assistant.ask("南川町の指定管理の検証、評価がCの施設は今後どうするって書いてある？")
    # (read on the table, partial with the section shown first; or searched in the text: either way unsure)
    assert answer.status in ("partial", "search") and "今後" in answer.unused
    assert "直営に戻して" in answer.excerpts[0]["text"]


def test_a_place_in_the_plan_the_opinions_cite(assistant):
    # 「取組2」 is the 該当箇所 the opinions cite (第3章 取組2), not the opinion numbered 2; 「パブリック
    # コメント」 read as two words names the 意見募集 still.
    assistant.reset()
    answer = assistant.ask("南川市のパブリックコメント、第3章の取組2に対する意見は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [r["line"] for r in answer.rows] == [21]  # No.3


def test_opinions_about_a_word_and_a_follow_up(assistant):
    # 「温泉の意見」: the opinions whose 意見の概要 holds the word; 「南川市パブコメ」 is the city's 意見募集.
    assistant.reset()
    answer = assistant.ask("南川市パブコメで温泉の意見ってあった？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [r["line"] for r in answer.rows] == [26]  # No.4
    answer = assistant.ask("それは反映された？")
    assert answer.status == "no_match" and not answer.rows  # its 反映区分 is D
