"""A question ending on the word a generic table's numbering column is headed by (柱 of 「柱 │ 名称 │ 令和3年度 …」),
beside the shipped plan report whose 実践項目 no rule reads that word of: 「Ａ評価をとったことがある柱はいくつ？」 is
that table's rows counted, not the report's items with the word dropped (made187 m187-034, 036 over 樫ノ江市's 柱別の
評価). And 「どの月が…」 said of records with no month: the word asked is listed unused (partial), never dropped."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

CORPUS = Path(__file__).parent.parent.parent / "corpus"

REVIEW = """桐ヶ丘町行財政改革推進本部　評価結果

令和６年７月　事務局：企画財政課

１　柱別の評価
　各柱を年度ごとにＡ（順調）、Ｂ（やや遅れ）、Ｃ（遅れ）の３段階で評価した。

柱    名称                    令和3年度  令和4年度  令和5年度
１   窓口サービスの向上          Ｃ        Ｂ        Ｂ    
２   公共施設の適正配置          Ｂ        Ｂ        Ｂ    
３   財源の確保                  Ｂ        Ａ        Ｃ    
４   職員の人材育成              Ａ        Ａ        Ａ    

２　今後の予定
　令和６年度は計画の最終年度であることから、次期計画の骨子を示す。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("rows_named_by_numbering_column")
    (folder / "行財政改革推進本部 評価結果.txt").write_text(REVIEW, encoding="utf-8")
    # (beside the shipped plan report, as users have them: its 実践項目 are graded by year too)
    index = folder / "gyokaku.db"
    build_index([CORPUS, folder], index)
    return Assistant(open_index(index))


def test_rows_counted_by_the_numbering_columns_word(assistant) -> None:
    answer = ask(assistant, "Ａ評価をとったことがある柱はいくつ？")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert answer.value == 2, answer.summary


def test_rows_listed_by_the_numbering_columns_word(assistant) -> None:
    answer = ask(assistant, "3年間ずっと同じ評価の柱")
    assert answer.status == "exact", (answer.status, answer.summary)
    # (every year's grade compared — 柱１ Ｃ→Ｂ→Ｂ is not the same all three years)
    assert "公共施設の適正配置" in answer.summary and "職員の人材育成" in answer.summary, answer.summary
    assert len(answer.rows) == 2 and "窓口サービスの向上" not in answer.summary, answer.summary
    assert not any(str(r.get("key", "")).startswith("practice:") for r in answer.rows), answer.summary


def test_which_month_of_records_without_months_is_said_unused(assistant) -> None:
    answer = ask(assistant, "政策推進課って令和4年度はどの月がいちばん多かった？")
    assert answer.status != "exact" or "月" in answer.unused, (answer.status, answer.summary)
    if any(str(r.get("key", "")).startswith("practice:") for r in answer.rows):
        assert "月" in answer.unused and answer.status == "partial", (answer.unused, answer.summary)


def test_rows_shown_by_the_numbering_columns_word_then_narrowed(assistant) -> None:
    # (「柱ごとの評価」: the rows each their own 柱 listed, no groups; the follow-up narrows those rows)
    first = ask(assistant, "柱ごとの評価を見せて")
    assert first.status == "exact" and len(first.rows) == 4, (first.status, first.summary)
    answer = ask(assistant, "柱ごとの評価を見せて", "R3からR5で評価が下がったのは？")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert len(answer.rows) == 1 and "財源の確保" in answer.summary, answer.summary

