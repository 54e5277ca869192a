"""HTML: the main content without navigation, header and footer; lists and tables kept."""
from __future__ import annotations

from assistant.formats import to_text
from tests.formats.helpers import JOINT_QUESTION, ingest, joint_html

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>行政改革の進捗｜○○市</title>
<style>.x { color: red }</style><script>window.dataLayer = [];</script></head>
<body>
<div id="header"><p>○○市ホームページ</p></div>
<div id="gnavi"><ul><li>くらし</li><li>子育て</li></ul></div>
<div class="pankuzu">ホーム &gt; 市政 &gt; 行政改革</div>
<div id="contents">
  <h1>行政改革の進捗</h1>
  <p>本市では<b>行政改革大綱</b>に基づき、
  取組を進めています。</p>
  <ul><li>No.R3-4 電子申請の拡充（所管課：情報政策課）</li><li>No.R3-5 窓口の一元化</li></ul>
  <ol><li>第一の項目</li><li>第二の<a href="#">項目</a></li></ol>
  <table>
    <caption>評価の内訳</caption>
    <tr><th>評価</th><th>項目数</th><th>割合</th></tr>
    <tr><td>A</td><td>4</td><td>57.1%</td></tr>
    <tr><td colspan="2">C:進捗に課題あり</td><td>8.2%</td></tr>
  </table>
  <p>問い合わせ<br>行政改革課</p>
</div>
<div id="side"><p>関連リンク</p></div>
<div id="footer"><p>Copyright ○○市</p></div>
</body></html>
"""


def test_main_content_lists_and_tables():
    ft = to_text(PAGE.encode("utf-8"), "page.html")
    assert ft.format == "html" and ft.places == ()
    lines = [line for line in ft.text.split("\n") if line]
    assert lines == [
        "行政改革の進捗",
        "本市では行政改革大綱に基づき、取組を進めています。",  # a source line break inside Japanese is no space
        "No.R3-4 電子申請の拡充（所管課：情報政策課）",
        "No.R3-5 窓口の一元化",
        "第一の項目",
        "第二の項目",
        "評価の内訳",
        "評価\t項目数\t割合",
        "A\t4\t57.1%",
        "C:進捗に課題あり\t\t8.2%",  # colspan keeps the next cell in its column
        "問い合わせ",
        "行政改革課",
        "行政改革の進捗｜○○市",  # the browser title names the city the text prints nowhere: kept last
    ]
    for chrome in ("ホームページ", "くらし", "ホーム >", "関連リンク", "Copyright", "dataLayer", "color"):
        assert chrome not in ft.text


def test_semantic_elements_are_dropped_and_title_kept_when_no_heading():
    page = ("<html><head><title>第3次行政改革大綱</title></head><body><header>サイト名</header>"
            "<nav>メニュー</nav><aside>おすすめ</aside><main><p>本文です。</p></main>"
            "<footer>フッター</footer></body></html>")
    ft = to_text(page.encode("utf-8"), "x")
    assert [line for line in ft.text.split("\n") if line] == ["第3次行政改革大綱", "本文です。"]


def test_shift_jis_page_without_extension():
    page = "<html><head><meta charset='Shift_JIS'></head><body><p>行財政改革推進計画</p></body></html>"
    ft = to_text(page.encode("cp932"), "saved_page")
    assert ft.format == "html" and ft.text.strip() == "行財政改革推進計画"


def test_joint_projects_page_is_structured_and_answers(tmp_path):
    summary, reader, assistant = ingest(tmp_path, {"renkei.html": joint_html()})
    assert not summary.skipped, summary.skipped
    assert summary.documents[0]["kind"] == "joint_projects"
    answer = assistant.ask(JOINT_QUESTION)
    assert [r["code"] for r in answer.rows] == ["8"], answer.summary
    text = reader.execute("SELECT text FROM document_texts").fetchone()[0]
    assert "<td>" not in text and "Copyright" not in text and "var menu" not in text
