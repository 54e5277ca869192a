"""「（R7がＳの分野は？）じゃあR5は？」: a follow-up saying only another year after rows chosen by one year's grade
is the same condition of the year said now (the rows whose R5 is Ｓ), not the year read as a column asked of the
rows chosen before; a follow-up after a year's value asked (「令和7年度は？」) stays that column, of another year."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SOURCE = "若葉台町　子育て支援計画の分野別評価.txt"
TEXT = """若葉台町　子育て支援計画の分野別評価
２　分野別の評価
分野\t分野名\t令和５年度\t令和６年度\t令和７年度
ア\t保育の受け皿確保\tＢ\tＳ\tＳ
イ\t相談体制の充実\tＳ\tＡ\tＡ
ウ\t放課後の居場所づくり\tＡ\tＡ\tＳ
エ\t経済的支援\tＢ\tＢ\tＢ
※ 評価　Ｓ：大きく前進　Ａ：前進　Ｂ：横ばい
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wakabadai")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _names(answer) -> list[str]:
    return sorted(str(r.get("分野名")) for r in answer.rows)


@pytest.mark.parametrize("follow_up, names", [
    ("じゃあR5は？", ["相談体制の充実"]),
    ("令和6年度は？", ["保育の受け皿確保"]),
])
def test_only_another_year_said_moves_the_years_condition(assistant, follow_up, names):
    assistant.reset()
    first = assistant.ask("R7がＳの分野は？")
    assert _names(first) == ["保育の受け皿確保", "放課後の居場所づくり"], first.summary
    answer = assistant.ask(follow_up)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _names(answer) == names, answer.summary
