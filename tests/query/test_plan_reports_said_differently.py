"""Questions over plan reports said the way staff say them, over small reports made here (the split edition
with yearly points, tests/kinds/test_plan_report_split_edition.py; the edition naming its items in words of
its own with a committee band and a sheet of yearly values, tests/kinds/test_plan_report_own_words.py) and
the shipped corpus (whose evaluation sheets print a 基本方針 too):

- a follow-up adding a second year's points keeps the first year's (「そのうち令和6年度も4点以下」);
- 「N年間一度もM点以上を取れなかった」: no graded year reached the bound;
- a field several kinds hold, with no kind named (基本方針 of 取組項目 and of evaluation sheets);
- items by a field of their initiative when the two are printed in two documents (split edition);
- the distribution of one year's grades (「2022年度の評価はどれがいちばん多い」);
- a value of the committee's band said alone (「「要改善」とされた」);
- 「目標」 right after a year asks the year's target value;
- 「令和5年度の実績は？」 after a progress sheet was shown: the sheet's yearly values."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from assistant.query.grammar import Context
from assistant.query.grammar.canon import canonicalise
from assistant.query.lexicon import Lexicon
from assistant.query.parse import normalize_question
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS
from tests.kinds import test_plan_report_own_words as own_words
from tests.kinds.test_plan_report_split_edition import paper, workbook


@pytest.fixture(scope="module")
def points(tmp_path_factory):
    """The split edition (points 1–5 for 2023–2025) beside the shipped corpus."""
    folder = tmp_path_factory.mktemp("kitahama")
    (folder / "kitahama_list.xlsx").write_bytes(workbook())
    (folder / "kitahama_paper.docx").write_bytes(paper())
    corpus = tmp_path_factory.mktemp("corpus")
    for path in CORPUS.iterdir():
        if path.is_file():
            shutil.copy(path, corpus / path.name)
    index = folder / "gyokaku.db"
    assert not build_index([corpus, folder], index).skipped
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def banded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("minamidai")
    (folder / own_words.SOURCE).write_text(own_words.TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


def _exact(a: Assistant, *turns: str):
    a.reset()
    for t in turns:
        answer = a.ask(t)
    assert answer.status == "exact", (answer.summary, answer.unused)
    return answer


def test_a_follow_up_year_of_points_keeps_the_first_years(points):
    # 2023年度 ≥ 3: 1-1 (3) and 2-1 (4); of them 2024年度 ≤ 4 too: 1-1 (4), never 2-1 (5)
    assert _codes(_exact(points, "北浜町で令和5年度に3点以上だった実践項目は？")) == ["1-1", "2-1"]
    answer = _exact(points, "北浜町で令和5年度に3点以上だった実践項目は？", "そのうち令和6年度も4点以下のものは？")
    assert _codes(answer) == ["1-1"]
    assert {c["field"] for c in answer.query["conditions"]} >= {"r5", "r6"}


def test_never_reaching_points_over_the_years(points):
    # every graded year under 3: 3-1 (1, 2, 2); 2-2 (－, 2, 3) reached 3 once
    assert _codes(_exact(points, "北浜町の実践項目で3年間一度も3点以上を取れなかったものは？")) == ["3-1"]
    assert _codes(_exact(points, "北浜町の実践項目で一度も2点以下になったことがないものは？")) == ["1-1", "2-1"]
    # two years of three: which two is unsaid, so nothing is read and the answer says so
    points.reset()
    assert points.ask("北浜町の実践項目で2年間一度も3点以上を取れなかったものは？").status != "exact"


def test_a_field_several_kinds_hold_is_tried_in_each(points):
    # 基本方針 is a field of 取組項目 and of the corpus's evaluation sheets: the initiatives hold this value
    answer = _exact(points, "北浜町の行革プランで基本方針が「健全な財政」の取組は？")
    assert answer.target == "initiative" and _codes(answer) == ["2", "3"]


def test_items_by_a_field_of_their_initiative_printed_in_the_other_document(points):
    # the items are in the list, their initiatives' 基本方針 and judgement in the paper too: linked by key
    assert _codes(_exact(points, "北浜町で基本方針が「健全な財政」の実践項目は？")) == ["2-1", "2-2", "3-1"]
    # 十分 is the whole value: never the items of an initiative judged 概ね十分 or やや不十分
    assert _codes(_exact(points, "北浜町で委員会の判定が十分の取組の実践項目は？")) == ["1-1", "1-2"]


def test_one_years_grades_grouped(points):
    # 2025年度: 5 (1-1), 5 (2-1), 3 (2-2), 2 (3-1); 1-2 has no grade that year
    answer = _exact(points, "北浜町の実践項目で2025年度の評価はどれがいちばん多い？何件？")
    assert answer.query["group_by"] == "r7" and answer.value == 2


def test_a_value_of_the_committees_band_said_alone(banded):
    assert _codes(_exact(banded, "南台町で「要改善」とされた基本項目は")) == ["2"]
    assert _codes(_exact(banded, "南台町で順調と評価された基本項目は")) == ["1"]


def test_the_target_of_a_year_and_the_actual_after_a_sheet(banded):
    answer = _exact(banded, "南台町の寄附の受付拡大の寄附の件数の2023年度の目標は何件")
    assert answer.value == 60
    answer = _exact(banded, "南台町の寄附の受付拡大の進行管理シートを見せて", "令和4年度の実績は？")
    assert answer.value == 31


def test_rules_read_only_what_the_index_has():
    """The rules' own examples run over an index with no points a year and no scale of words (they
    read nothing there); over one with both they read these."""
    from assistant.query.grammar import all_rules

    rules = {r.name: r for r in all_rules()}
    lex = Lexicon(kinds={"practice", "initiative"},
                  columns={"practice": {"code", "r5", "r6", "r7", "r8"}, "initiative": {"code", "committee_class"}})
    lex.point_years = {"r5", "r6", "r7", "r8"}
    lex.closed_values = {"committee_class": {"順調", "概ね順調", "要改善"}}

    def produce(name: str, fragment: str):
        text = canonicalise(normalize_question(fragment)).text
        m = rules[name].regex.search(text)
        prod = rules[name].produce(m, Context(lex)) if m else None
        return prod.expected() if prod else None

    assert produce("points_never_reached", "4年間一度も3点以上を取れなかった") == {"conditions": [
        ("@grades", "no_any_cmp", {"fields": ["r5", "r6", "r7", "r8"], "op": ">=", "n": 3})]}
    assert produce("points_never_reached", "3年間一度も3点以上を取れなかった") is None
    assert produce("closed_value_alone", "「要改善」とされた") == {"conditions": [("committee_class", "=", "要改善")]}
    assert produce("closed_value_alone", "概ね順調と評価された") == {"conditions": [("committee_class", "=", "概ね順調")]}
    assert produce("closed_value_alone", "「改善」とされた") is None  # a part of a value is none of them
