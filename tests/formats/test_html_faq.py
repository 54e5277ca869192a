"""HTML: a <dl> of questions and answers (a FAQ page) is read as a table of 質問 | 回答 under its headings."""
from __future__ import annotations

from assistant.formats import to_text
from tests.formats.helpers import ingest

FAQ = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>ごみ減量についてのよくある質問｜架空市</title></head>
<body><main>
<h1>ごみ減量についてのよくある質問</h1>
<h2>収集について</h2>
<dl class="faq">
<dt>Q　粗大ごみはいつ出せますか。</dt><dd>A　毎月第２水曜日に収集します。<br>関連リンク：<a href="#">粗大ごみの出し方</a></dd>
<dt>Q　収集日に出し忘れたらどうすればよいですか。</dt><dd>A　次の収集日まで保管してください。</dd>
<dt>Q　年末年始も収集しますか。</dt><dd>A　１２月３１日から１月３日までは収集しません。</dd>
</dl>
<h2>分別について</h2>
<dl class="faq">
<dt>Q　ペットボトルのキャップはどう分けますか。</dt><dd>A　プラスチック製容器包装に出してください。<br>関連リンク：<a href="#">分別表</a></dd>
<dt>Q　乾電池は何ごみですか。</dt><dd>A　有害ごみとして出してください。<br>関連リンク：<a href="#">有害ごみ</a></dd>
</dl>
<h2>その他</h2>
<dl class="faq">
<dt>Q　意見はどこに送ればよいですか。</dt><dd>A　環境部清掃課で受け付けています。<br>関連リンク：<a href="#">意見募集フォーム</a></dd>
</dl>
<h2>用語</h2>
<dl><dt>所管部署</dt><dd>清掃課</dd></dl>
</main></body></html>
"""


def test_faq_list_is_a_table_of_questions_and_answers():
    lines = [line for line in to_text(FAQ.encode("utf-8"), "faq.html").text.split("\n") if line]
    assert lines[1:6] == [
        "収集について",
        "質問\t回答\t関連リンク",  # the Q/A marks say what the columns are; a labelled line of the answer is a column
        "粗大ごみはいつ出せますか。\t毎月第２水曜日に収集します。\t粗大ごみの出し方",
        "収集日に出し忘れたらどうすればよいですか。\t次の収集日まで保管してください。\t",  # no link: a blank cell
        "年末年始も収集しますか。\t１２月３１日から１月３日までは収集しません。\t",
    ]
    assert "所管部署：清掃課" in lines  # a <dl> of labels and values stays labelled lines


def test_faq_pairs_are_counted_by_heading_and_by_a_blank_column(tmp_path):
    summary, reader, assistant = ingest(tmp_path, {"faq.html": FAQ.encode("utf-8")})
    assert not summary.skipped, summary.skipped
    answer = assistant.ask("よくある質問のうち、収集に関する質問はいくつ載っていますか。")
    assert answer.count == 3, answer.summary
    answer = assistant.ask("よくある質問で、関連リンクが付いていない回答はいくつありますか。")
    assert answer.count == 2, answer.summary
