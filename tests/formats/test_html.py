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


MARK_ICONS = """<html><head><meta charset="utf-8"><title>連携事業の実施状況</title></head><body><main>
<h1>連携事業の実施状況</h1>
<p>凡例：<img src="/i/d.png" alt="◎">実施済み　<img src="/i/c.png" alt="○">実施中　<img src="/i/x.png" alt="×">未実施</p>
<p><img src="/photo.jpg" alt="合同公売会の様子">写真は令和6年度の公売会です。</p>
<table>
<tr><th>番号</th><th>事業名</th><th>令和5年度</th><th>令和6年度</th></tr>
<tr><td>1</td><td>合同公売会</td><td><img src="/i/c.png" alt="○"></td><td><img src="/i/d.png" alt="◎"></td></tr>
<tr><td>2</td><td>合同研修</td><td><img src="/i/x.png" alt="×"></td><td><img src="/i/c.png" alt="○"></td></tr>
</table></main></body></html>
"""


def test_mark_icons_are_their_alt_marks_and_pictures_stay_out():
    # A status icon's alt (◎ ○ ×) is the only record of the cell's value; a photo's alt is no text of the page.
    ft = to_text(MARK_ICONS.encode("utf-8"), "page.html")
    lines = [line for line in ft.text.split("\n") if line]
    assert "凡例：◎実施済み ○実施中 ×未実施" in lines
    assert "1\t合同公売会\t○\t◎" in lines and "2\t合同研修\t×\t○" in lines
    assert "写真は令和6年度の公売会です。" in lines and "様子" not in ft.text


def test_mark_icons_answer_a_years_mark(tmp_path):
    _, _, assistant = ingest(tmp_path, {"renkei.html": MARK_ICONS.encode("utf-8")})
    answer = assistant.ask("令和6年度が◎だった事業は？")
    assert len(answer.rows) == 1 and "合同公売会" in answer.summary, (answer.rows, answer.summary)


def test_pieces_styled_apart_are_kept_apart_from_the_words_beside_them():
    # an item's code in a box of its own and its status in a styled span: no part of the title between them
    page = ("<html><body><main><ul>"
            "<li><span class=\"code\">1-1-1</span>町税収納率の向上<span class=\"st\">進捗状況：概ね順調</span>／今後の方向性：継続</li>"
            "<li>本市では<span class=\"em\">重点</span>として取り組む</li>"
            "</ul></main></body></html>")
    lines = [line for line in to_text(page.encode("utf-8"), "p.html").text.split("\n") if line]
    assert lines[0].startswith("1-1-1 町税収納率の向上 進捗状況：概ね順調")
    # a styled word inside a sentence (no code, no label) stays in it
    assert lines[1] == "本市では重点として取り組む"
