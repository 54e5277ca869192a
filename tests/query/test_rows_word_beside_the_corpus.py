"""Another town's table of plan items called 取組 by the table itself (取組番号 │ 取組名 │ 担当課 │ grades per year)
beside the shipped corpus: 「財政課の取組は？」 read as the dedicated records' 取組項目 is a guess (the question says
the table's own word, and the table has rows of that 担当課), so the answer is not certain and names the table's
rows; a follow-up counting them (「何件ある？」) is the same guess, not certain either."""
from __future__ import annotations

import shutil

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "北浜町 窓口改革推進計画 取組の評価",
    "表３ 取組別の評価",
    T.join(["取組番号", "取組名", "担当課", "令和５年度", "令和６年度"]),
    T.join(["①-1", "証明書のコンビニ交付", "市民課", "○", "◎"]),
    T.join(["①-2", "手数料の見直し", "財政課", "△", "○"]),
    T.join(["②-1", "キャッシュレス決済の導入", "財政課", "○", "○"]),
    T.join(["②-2", "窓口案内の多言語化", "市民課", "－", "△"]),
    "※ 評価 ◎：計画以上 ○：計画どおり △：遅れている －：未着手",
    ""])


@pytest.fixture(scope="module")
def both(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("kitahama")
    shutil.copytree(corpus_dir, folder / "docs")
    (folder / "docs" / "北浜町_窓口改革推進計画.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder / "docs")


def test_the_tables_own_word_said_is_not_certain_of_the_records(both) -> None:
    answer = ask(both, "財政課の取組は？")
    assert answer.status != "exact", (answer.status, answer.summary)
    assert "1-2、2-1" in answer.caveat, answer.summary


def test_counting_the_guess_is_not_certain_either(both) -> None:
    answer = ask(both, "財政課の取組は？", "何件ある？")
    assert answer.status != "exact", (answer.status, answer.summary)
