"""Two plan reports of two towns in one index number their initiatives alike (1, 2, …): a question
about the committee's remarks of one town names that town's initiatives only, never the initiative
of the same number whose remark in the other report holds the word. And a theme of a town's own
wording (財政の健全化) is the theme said, not the shorter theme (財政) its words hold."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_plan_report_headed_lists import INITIATIVES, report


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two_reports")
    (folder / "sakuragawa.docx").write_bytes(report(False))
    # The other town: the same initiatives with their remarks swapped, so that 口座振替 is in a
    # remark of initiative 2 there and of initiative 1 in 桜川町's.
    # Its first theme is written as the report's short name 財政, which 桜川町's 財政の健全化 holds.
    (one, two) = INITIATIVES
    swapped = [(*one[:2], "財政", *one[3:5], two[5]), (*two[:5], one[5])]
    (folder / "kawanishi.docx").write_bytes(report(False, "川西町", swapped))
    index = folder / "gyokaku.db"
    summary = build_index([folder], index)
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("town, expected", [("川西町", ["2"]), ("桜川町", ["1"])])
def test_a_remark_names_the_initiative_of_its_own_report(assistant, town, expected):
    assistant.reset()
    answer = assistant.ask(f"{town}の委員の意見で口座振替に触れているのはどの取組項目？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected


def test_a_theme_of_the_towns_own_wording(assistant):
    assistant.reset()
    answer = assistant.ask("桜川町の取組項目でテーマが財政の健全化のものは？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [str(r["code"]) for r in answer.rows] == ["1"]
    assistant.reset()
    answer = assistant.ask("川西町の取組項目でテーマが財政のものは？")
    assert [str(r["code"]) for r in answer.rows] == ["1"]
