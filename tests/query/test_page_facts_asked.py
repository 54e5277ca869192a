"""Facts a web page states in its definition lists and contact block, asked in everyday words: 「パブコメの募集期間
を教えて」 (the short form, a request, a day printed with its weekday 「１１月１日（日）から」), 「パブコメを出した人は
何人？」, 「…の問い合わせ先はどこ」「…の内線番号」 (a contact line, not a place or rows sharing a noun), 「…の休みの日は？」
(the <dl> line 「休館日：毎週火曜日…」, a passage of its own, not run into 「利用時間：…」), 「町外の人が借りると料金は
どうなるの」 (「…上記の２倍の額」 states a charge). The answer
is the passage read first. The town, its page and its table are made up here (another shape's documents are the
made sets')."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>施設使用料の改定について｜松風町</title></head>
<body>
<h1>施設使用料の改定について</h1>
<p>町では、受益者負担の適正化のため、町民会館などの施設使用料を令和９年４月から改定します。</p>
<h2>パブリックコメントの結果</h2>
<dl>
<dt>意見募集期間</dt><dd>令和８年１１月１日（日）から令和８年１１月３０日（月）まで</dd>
<dt>提出者数</dt><dd>１２人（意見数３０件）</dd>
</dl>
<h2>利用時間・休館日</h2>
<dl>
<dt>利用時間</dt><dd>午前８時３０分から午後１０時まで</dd>
<dt>休館日</dt><dd>毎週火曜日（祝日の場合は翌日）、年末年始（１２月２８日～１月４日）</dd>
</dl>
<h2>使用料</h2>
<ul>
<li>※ 会議室は夜間の貸出しを行っていません。</li>
<li>※ 町外の方が利用する場合は、上記の２倍の額となります。</li>
</ul>
<h2>お問い合わせ</h2>
<p>松風町役場 財政課 管財係<br>電話：０１２３－４５－６７８９（内線３１２）</p>
</body></html>
"""

TABLE = """松風町 施設使用料見直し一覧（令和９年度）

番号\t施設名\t所管課\t現行使用料（円）\t改定後使用料（円）\t見直し内容
1\t町民会館 大ホール\t生涯学習課\t12,000\t14,000\t使用料の見直しにより維持管理費を確保
2\t町民会館 会議室\t生涯学習課\t1,500\t1,800\t使用料の見直しにより受益者負担を適正化
3\t町立体育館\tスポーツ振興課\t3,000\t3,300\t使用料の見直しにより維持管理費を確保
4\t町民プール\tスポーツ振興課\t500\t600\t使用料の見直しにより維持管理費を確保
"""

NEWS = """町民会館だより 第１２号

町民会館の愛称を募集します
町民会館の開館３０周年を記念して、親しみやすい愛称を募集します。
募集期間：令和８年４月１日（水曜日）から令和８年５月８日（金曜日）

町民会館の催し
開催日：令和８年６月７日（日） 会場：町民会館 大ホール 町民音楽祭
開催日：令和８年７月５日（日） 会場：町民会館 会議室 親子工作教室

町民会館の昨年度の利用料金収入は約３２０万円でした。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("matsukaze")
    (folder / "施設使用料の改定について_松風町.html").write_text(PAGE, encoding="utf-8")
    (folder / "施設使用料見直し一覧.txt").write_text(TABLE, encoding="utf-8")
    (folder / "町民会館だより.txt").write_text(NEWS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question,expected", [
    pytest.param("パブコメの募集期間を教えて", "令和８年１１月１日"),  # short form said in full; the weekday in brackets
    pytest.param("パブコメを出した人は何人？", "１２人"),
    ("使用料の見直しの問い合わせ先はどこ", "内線３１２"),  # どこ of a 問い合わせ先 asks the contact, not a place
    ("使用料見直しの担当の内線番号", "内線３１２"),  # the number asked by its name
    ("町民会館の休みの日は？", "毎週火曜日"),  # the <dl>'s line of its own; 休み said by the page as 休館日
    ("町外の人が借りると料金はどうなるの", "２倍の額"),  # a charge stated against the one printed
])
def test_the_fact_is_the_passage_read_first(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.excerpts and expected in answer.excerpts[0]["text"], (answer.summary, answer.excerpts[:2])
