"""A polite yes/no question without a question mark (「…が必要ですか」) is a question: the passage that
answers it comes first (as for 「…が必要？」), not the passages in document order."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCUMENT = """\
地域活動の登録には申請書と名簿の提出が必要である。登録の手続きは毎年度行う。

よくある質問

地域活動の補助を受けるのには決まった手続きを踏まないといけませんか？

所定の手続きはありません。補助の相談は窓口でお気軽にどうぞ。
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("yesno")
    (folder / "chiiki_qa.txt").write_text(DOCUMENT, encoding="utf-8")
    index = folder / "made.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question", [
    "地域活動の補助には決まった手続きが必要ですか",
    "地域活動の補助には決まった手続きが必要ですか。",
    "地域活動の補助には決まった手続きが必要？",
])
def test_the_answering_passage_comes_first(made, question):
    made.reset()
    answer = made.ask(question)
    assert answer.excerpts, answer.summary
    assert "所定の手続きはありません" in answer.excerpts[0]["text"] + answer.summary
