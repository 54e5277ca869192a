"""A plan report whose 総括 scores its practice items on axes of its own (成果・連携・効率・工夫 and 計, the
town's page otherwise as in tests/kinds/test_plan_report_grouped_web.py): 連携 and 効率 are the report's
連携度 and 効率性, while 成果 and 工夫 are no declared score (the report never says 成果 is 進捗度). They are
kept under the report's own words, and questions use those words as the index holds them: 「工夫が2点の
実践項目」, 「成果が2点以上は何件」, 「口座振替の推進、成果は何点？」. Nothing is read into 進捗度 or 創造性."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_plan_report_grouped_web import PAGE as GROUPED

PAGE = GROUPED.replace("<th>進捗度</th><th>連携度</th><th>効率性</th><th>創造性</th><th>合計</th>",
                       "<th>成果</th><th>連携</th><th>効率</th><th>工夫</th><th>計</th>")
SOURCE = "桜川町_取組の評価に関する報告書.html"


def test_the_reports_own_axes_are_kept_under_its_words():
    assert PAGE != GROUPED
    doc = registry.parse(to_text(PAGE.encode("utf-8"), SOURCE).text, SOURCE)
    practices = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert practices["1"]["axes"] == {"成果": 3, "工夫": 2}
    assert (practices["1"]["collaboration"], practices["1"]["efficiency"], practices["1"]["total"]) == (2, 3, 10)
    assert practices["1"]["progress"] is None and practices["1"]["creativity"] is None


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("own_axes")
    (folder / SOURCE).write_text(PAGE, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, codes", [
    ("桜川町の実践項目で工夫が1点のはどれ？", ["2", "3"]),
    ("桜川町の実践項目で成果が2点以上のもの", ["1", "N1", "3"]),
])
def test_items_by_an_axis_of_the_report(assistant, question, codes):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [r["code"] for r in answer.rows] == codes


def test_an_axis_asked_of_one_item(assistant):
    assistant.reset()
    answer = assistant.ask("桜川町の口座振替の推進、成果は何点？")
    assert (answer.status, answer.value) == ("exact", 3), answer.summary


def test_a_declared_score_is_not_answered_from_an_axis(assistant):
    # 進捗度 is no axis of this report: not answered with 成果's numbers.
    assistant.reset()
    answer = assistant.ask("桜川町の実践項目で進捗度が3点のもの")
    assert not answer.rows or answer.status != "exact"


def test_the_detail_shows_the_axes_as_words_and_points(assistant):
    from assistant.tui.records import load_detail
    from assistant.tui.screens.detail import sections
    from rich.console import Console

    key = next(r["key"] for r in assistant.ask("桜川町の口座振替の推進").rows)
    detail = load_detail(assistant.db, key)
    assert detail.row["axes"] == {"成果": 3, "工夫": 2}
    console = Console(width=120, record=True)
    for part in sections(detail):
        console.print(part)
    shown = console.export_text()
    assert "成果: 3" in shown and '{"' not in shown
