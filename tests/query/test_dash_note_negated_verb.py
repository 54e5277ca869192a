"""A made-up town's table of its 取組 graded by year (not made182's words), a note defining the dash by a verb
negated (「「－」は、その年度に取組を開始していないことを示す。」, not 未開始): 「令和５年度の時点でまだ始まってなかった取組」
is that year's cell printing the dash, the kango verb said natively (開始 → 始まっていない) — dash_meaning.py."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
TABLE = "\n".join([
    "楓台町 窓口改善プラン 取組の評価",
    T.join(["取組番号", "取組名", "担当課", "令和4年度", "令和5年度", "令和6年度"]),
    T.join(["1", "書かない窓口の導入", "市民課", "－", "－", "B"]),
    T.join(["2", "手数料のキャッシュレス化", "市民課", "B", "A", "A"]),
    T.join(["3", "窓口予約システム", "情報政策課", "－", "C", "B"]),
    T.join(["4", "休日窓口の開設", "市民課", "A", "A", "A"]),
    "※「－」は、その年度に取組を開始していないことを示す。",
    ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("dash_note_negated")
    (folder / "楓台町_取組の評価.txt").write_text(TABLE, encoding="utf-8")
    return assistant_over(folder)


def _numbers(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("code")) for r in answer.rows)


def test_not_begun_said_natively(assistant):
    answer = ask(assistant, "令和５年度の時点でまだ始まってなかった取組はどれ？")
    assert answer.status == "exact" and _numbers(answer) == ["1"], answer.summary
    answer = ask(assistant, "令和4年度にまだ開始していない取組は？")
    assert answer.status == "exact" and _numbers(answer) == ["1", "3"], answer.summary
