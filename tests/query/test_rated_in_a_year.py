"""「その中で令和5年度に評価がついてたのは？」「令和5年度に評価がついていない施策」 over a table of grades per
year printing 「－」 where a row was not yet graded: the year's cell holding a grade (not 「－」), or a dash, never
that year's grades listed for the rows before with the verb dropped (「評価がついてた」 is the condition)."""
from __future__ import annotations

import pytest

from assistant.text.normalize import nfkc

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SOURCE = "桐ヶ丘村観光振興プラン進捗報告.txt"
TEXT = """桐ヶ丘村観光振興プラン進捗報告
第２章　施策の進捗
表４　施策別の進捗評価
施策番号\t施策名\t担当課\t令和３年度\t令和４年度\t令和５年度
Ⅰ-1\t観光案内所の改修\t商工観光課\tＡ\tＡ\tＢ
Ⅰ-2\t多言語パンフレット\t企画課\t－\tＣ\tＢ
Ⅰ-3\tキャンプ場の再整備\t商工観光課\t－\t－\tＡ
Ⅱ-1\tふるさと体験ツアー\t企画課\tＢ\tＢ\tＡ
Ⅱ-2\t特産品ブランド化\t農林課\t－\tＢ\tＢ
※ 評価　Ａ：順調　Ｂ：おおむね順調　Ｃ：遅れている　－：未着手
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kirigaoka")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _numbers(answer) -> list[str]:
    return sorted(nfkc(str(r.get("number"))) for r in answer.rows)


def test_rated_in_a_year_narrows_the_rows_before(assistant):
    assistant.reset()
    first = assistant.ask("企画課の施策")
    assert _numbers(first) == ["I-2", "II-1"], first.summary
    answer = assistant.ask("その中で令和3年度に評価がついてたのは？")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _numbers(answer) == ["II-1"], answer.summary


@pytest.mark.parametrize("question, numbers", [
    ("令和4年度に評価がついてた施策は？", ["I-1", "I-2", "II-1", "II-2"]),
])
def test_rated_or_not_in_a_year(assistant, question, numbers):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _numbers(answer) == numbers, answer.summary


def test_not_rated_in_a_year_is_never_confidently_wrong(assistant):
    # (「評価がついていない」 is left to the dashes' own readings, which made123's 取組評価一覧 needs; here it may stay
    # unsure, never exact over other rows)
    assistant.reset()
    answer = assistant.ask("令和4年度に評価がついていない施策は？")
    assert answer.status != "exact" or _numbers(answer) == ["I-3"], (answer.status, answer.summary)
