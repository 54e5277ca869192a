"""A question that says a year and asks something no column holds (「令和2年度の寄附額は？」) is not answered
by the year's column of a generic table (its grade) nor by the rows of that year: the year only says when,
and the text that states what is asked (a progress sheet's sentence) answers it."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# A town's table of items with yearly marks, then a sheet per item whose lines are years, printed
# without cells as a PDF gives them (made up).
TEXT = "\n".join([
    "南川町行政改革の取組状況",
    "取組項目1 財源の確保",
    "",
    "番号\t実践項目\t担当課\tR1\tR2\t総合評価",
    "1\t寄附の受入れ拡大\t企画課\t◎\t○\tA",
    "2\t窓口の電子化\t住民課\t○\t◎\tB",
    "",
    "【取組の状況】取組1 寄附の受入れ拡大",
    "担当課：企画課",
    "年度\t取組内容\t達成度\t評価の理由\t課題",
    "令和元年度\t返礼品の拡充\t◎\t寄附額は1億2,000万円となった。",
    "令和2年度\tサイトの追加\t○\t寄附額は3億4,000万円となり、過去最高となった。\t返礼品が食品に偏っている。",
    "",
]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("minamikawa")
    (folder / "minamikawa.txt").write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_text_answers_what_no_column_holds(assistant):
    assistant.reset()
    answer = assistant.ask("南川町の寄附の受入れ拡大、令和2年度の寄附額はいくら？")
    assert answer.value not in ("○", "◎")
    said = " ".join(str(e.get("text", "")) for e in answer.excerpts) + answer.summary
    assert "3億4,000万円" in said
