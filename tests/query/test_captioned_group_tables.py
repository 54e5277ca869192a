"""A plan's progress report printing one table per group, each under a caption that numbers the tables before
the group's own heading (「表１　基本方針１　漏水対策の強化」): the groups are 基本方針 1, 2 … named by their own
titles (the caption word 表 names no group), the items are called 取組 (their name column 取組内容), so that
「取組の数がいちばん多い基本方針」 and 「上下水道課の取組」 ask these. Opinions on 「基本方針２の取組」 are none where
the documents calling their groups 基本方針 print no opinions: another plan's committee opinions on its own group 2
are never given for them. (Made up: 桐原村, beside the みなと町 report of tests/kinds/test_plan_report_blocks_per_initiative.)"""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_plan_report_blocks_per_initiative import SOURCE as OTHER_SOURCE, TEXT as OTHER_TEXT

SOURCE = "桐原村節水推進計画_進捗状況.txt"
HEAD = "取組番号\t取組内容\t担当課\t進捗評価\t\t\t\t節水効果（千㎥）"
YEARS = "\t\t\t令和４年度\t令和５年度\t令和６年度\t令和７年度"
TEXT = "\n".join([
    "桐原村節水推進計画 進捗状況報告（令和７年度）",
    "評価区分 ◎：計画以上 ○：計画どおり △：遅れ ×：未実施 －：未着手",
    "表１ 基本方針１ 漏水対策の強化",
    HEAD, YEARS,
    "１－１\t老朽管の更新\t上下水道課\t△\t○\t◎\t◎\t12",
    "１－２\t漏水調査の実施\t上下水道課\t○\t△\t○\t○\t4",
    "基本方針１ 計\t\t\t\t\t\t\t16",
    "表２ 基本方針２ 節水の啓発",
    HEAD, YEARS,
    "２－１\t節水型機器の紹介\t住民生活課\t－\t－\t○\t△\t－",
    "２－２\t学校での節水教室\t教育課\t○\t○\t○\t△\t1",
    "２－３\t広報紙での呼びかけ\t総務課\t◎\t○\t△\t×\t－",
    "基本方針２ 計\t\t\t\t\t\t\t1",
    "",
]) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kirihara")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    (folder / OTHER_SOURCE).write_text(OTHER_TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_caption_names_no_group(assistant):
    rows = assistant.db.execute("SELECT code, title, called FROM initiative WHERE source = ? ORDER BY code", (SOURCE,)).fetchall()
    assert [tuple(r) for r in rows] == [("1", "漏水対策の強化", "基本方針"), ("2", "節水の啓発", "基本方針")]
    called = {r[0] for r in assistant.db.execute("SELECT called FROM practice WHERE source = ?", (SOURCE,))}
    assert called == {"取組"}


def test_the_largest_group_is_asked_by_its_own_word(assistant):
    assistant.reset()
    answer = assistant.ask("取組の数がいちばん多い基本方針は何件？")
    assert answer.value == 3, (answer.status, answer.summary)


def test_no_other_plans_opinions_for_groups_printing_none(assistant):
    assistant.reset()
    answer = assistant.ask("基本方針２の取組に対する意見")
    assert not any(str(r.get("key", "")).startswith("comment:") for r in answer.rows), (answer.status, answer.summary)



@pytest.fixture(scope="module")
def alone(tmp_path_factory):
    # (the report alone: its legend is the index's one scale of marks, so that 「○以上」 is ranked by it)
    folder = tmp_path_factory.mktemp("kirihara_alone")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_run_of_years_at_a_bound(alone):
    # (三年続けて ○ 以上 within four years: each of some three consecutive years ◎ or ○ (1-1 ○◎◎, 2-2 ○○○), never
    # three years of ○ alone with the bound dropped)
    answer = alone.ask("3年間ずっと○以上の取組")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert sorted(str(r.get("code")) for r in answer.rows) == ["1-1", "2-2"], answer.summary


def test_items_grouped_by_the_groups_own_word(assistant):
    # (基本方針 is this report's word only: its items by its groups, not みなと町's items under its 取組項目 1 and 2
    # counted into groups of the same number)
    assistant.reset()
    answer = assistant.ask("基本方針別の評価を見せて")
    counts = {str(r.get("group")): r.get("count") for r in answer.rows}
    assert counts == {"1 漏水対策の強化": 2, "2 節水の啓発": 3}, answer.summary
