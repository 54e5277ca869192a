"""A page's labelled lines (<dl>: 受託者：…／契約期間：…, Ｓ評価：…／Ａ評価：…) are one passage, a line each: a
question asking two of its facts (「…を受託している事業者はどこで、契約はいつまで？」) is answered by the lines together,
a grade's meaning (「評価基準でいうＢってどういう意味？」) by its line read under the lead-in that introduced the list,
and even two lines (開館時間／休館日) are read one by one (「休みの日は？」). The town and its pages are made up here."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

CONTRACT = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>庁舎清掃業務委託の履行評価｜萩原村</title></head>
<body>
<h1>令和８年度 庁舎清掃業務委託 履行評価</h1>
<h2>１ 委託の概要</h2>
<dl>
<dt>受託事業者</dt><dd>有限会社ひかり総合サービス</dd>
<dt>契約期間</dt><dd>令和８年４月１日から令和１１年３月３１日まで</dd>
<dt>委託業務</dt><dd>本庁舎及び第二庁舎の日常清掃・定期清掃</dd>
</dl>
<h2>２ 評価の基準</h2>
<p>履行状況は、担当課による月例の確認により、次の基準で３段階に評価しました。</p>
<dl>
<dt>Ｓ評価</dt><dd>仕様書の水準を上回る履行がなされている。</dd>
<dt>Ａ評価</dt><dd>仕様書の水準どおりに履行されている。</dd>
<dt>Ｂ評価</dt><dd>一部に不備があり、是正の指示を要する。</dd>
</dl>
<h2>３ 評価結果</h2>
<p>年間を通じてＡ評価であった。受託事業者との定例会議を四半期ごとに開き、契約の内容を確認した。</p>
</body></html>
"""

LIBRARY = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>村立図書館のご案内｜萩原村</title></head>
<body>
<h1>村立図書館のご案内</h1>
<h2>開館時間・休館日</h2>
<dl>
<dt>開館時間</dt><dd>平日は午前１０時から午後７時まで、土曜日・日曜日・祝日は午前９時から午後５時まで（学習室は閉館の３０分前まで）</dd>
<dt>休館日</dt><dd>毎週火曜日及び蔵書点検期間（６月に７日間）</dd>
</dl>
<h2>お知らせ</h2>
<p>※ 図書館の分館は令和８年度、空調改修工事のため休館（「－」と表示）。</p>
</body></html>
"""

REPORT = """萩原村 委託業務の評価基準の見直しについて

委託業務の評価基準は、平成３０年度に定めたもので、契約の種類ごとに見直しを行う。
清掃・警備などの業務を受託している事業者については、評価基準の項目を統一する。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("hagiwara")
    (folder / "庁舎清掃業務委託の履行評価.html").write_text(CONTRACT, encoding="utf-8")
    (folder / "村立図書館のご案内.html").write_text(LIBRARY, encoding="utf-8")
    (folder / "評価基準の見直し.txt").write_text(REPORT, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question,expected", [
    ("庁舎清掃を受託している事業者はどこで、契約はいつまで？", ("有限会社ひかり総合サービス", "令和１１年３月３１日")),
    ("評価基準でいうＢってどういう意味？", ("是正の指示",)),
    ("図書館の休みの日は？", ("毎週火曜日",)),
])
def test_the_lines_asked_are_the_passage_read_first(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.excerpts and all(e in answer.excerpts[0]["text"] for e in expected), (answer.summary, answer.excerpts[:2])


def test_two_labelled_lines_are_read_line_by_line(assistant):
    """Its 休館日 line alone scores the passage: run together, 開館時間's long value dilutes the line asked about."""
    from assistant.query.rank import ranker

    r = ranker(assistant.db)
    need = r.need("図書館の休みの日は？")
    first = r.rank(need, limit=1)[0]
    passage = r.lookup(first)
    assert passage.many_lines and first["text"].count("\n") == 1
    whole = r.score(need, passage, r.weights(need))
    passage.many_lines = False
    try:
        assert whole > r.score(need, passage, r.weights(need))
    finally:
        passage.many_lines = True
