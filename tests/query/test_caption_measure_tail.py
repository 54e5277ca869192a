"""A caption naming its measure with what the figures are of it after の (「施設区分別維持管理費の推移（単位：千円）」,
「類型別関連経費の実績」) over a row per thing × one column per year: the year columns are that measure's figures
(tables/caption_measure.py), so 「維持管理費がR4よりR5で増えた施設区分」 and 「R3～R5の維持管理費、合計がいちばん多い施設区分」
are read of them, not searched in the text. Another town's text written here."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

TEXT = """\
浜萩町 公園施設の維持管理について（令和５年度）

１ 概要
　町内の公園施設について、区分ごとの維持管理の状況をまとめた。令和５年度の公園維持管理費の決算見込額は2,880千円である。

２ 維持管理費
　表２　施設区分別維持管理費の推移　　　　　（単位：千円）
  番号  施設区分        令和３年度    令和４年度    令和５年度        計
  ----------------------------------------------------------------------
  1     遊具施設               820           760           910       2490
  2     便益施設               640           700           650       1990
  3     園路広場               910           880           940       2730
  4     管理施設               300           420           380       1100
  ----------------------------------------------------------------------
        合計                2670          2760          2880       8310
※令和５年度は決算見込額。端数処理のため合計が一致しない場合がある。３ 今後の方針 遊具施設では遊具の更新を、園路広場では園路の補修を優先する。
"""

# (the measure said in another document's prose too, and another table of the town: the question's words must name
# the table's columns to be read of it)
OTHERS = {
    "浜萩町_公園施設の概要.txt": """浜萩町 公園施設の概要

１ 施設数
　町内には都市公園が１２か所ある。維持管理費は毎年度の予算で措置している。

２ 施設区分別施設数
  番号  施設区分      公園数    遊具数
  ------------------------------------
  1     遊具施設            4        18
  2     便益施設            3        11
  3     園路広場            3        14
  4     管理施設            2         6
""",
}


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("caption_measure_tail")
    (folder / "浜萩町_公園維持管理.txt").write_text(TEXT, encoding="utf-8")
    for name, text in OTHERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return assistant_over(folder)


def _names(answer) -> list[str]:
    return [str(r.get("施設区分") or r.get("title") or r.get("name") or "") for r in answer.to_dict()["rows"]]


def test_years_compared_of_the_captioned_measure(town) -> None:
    answer = ask(town, "維持管理費がR4よりR5で増えた施設区分")
    assert answer.status == "exact" and answer.count == 2, (answer.status, answer.summary)
    assert "遊具施設" in answer.summary and "園路広場" in answer.summary, answer.summary


def test_the_sum_of_the_years_of_the_captioned_measure(town) -> None:
    answer = ask(town, "R3～R5の維持管理費、合計がいちばん多い施設区分は")
    # (園路広場 2730, the 合計 row no 地区)
    assert answer.status == "exact" and "園路広場" in answer.summary and "合計" not in str(answer.value), \
        (answer.status, answer.summary)


def test_the_year_columns_are_the_captioned_measure(town) -> None:
    from assistant.query.tables.read import read_tables

    table = next(t for t in read_tables(town.db) if "令和4年度" in {c.header for c in t.columns})
    years = [c for c in table.columns if c.year is not None]
    assert years and all(c.base == "維持管理費" and "維持管理費" in c.forms for c in years), \
        [(c.header, c.base, c.forms) for c in years]


def test_a_note_run_into_the_next_section_names_no_rows(town) -> None:
    # (the note says what the year's column is; the rows named after it are the next section's, not the note's:
    # the figure is the text's, no rows of the table listed as noted)
    answer = ask(town, "R5の維持管理費の決算見込額は？")
    assert not (answer.target == "table_row" and answer.rows), (answer.status, answer.summary)
    assert "2,880" in str(answer.value) or "2880" in str(answer.value), (answer.status, answer.summary)

