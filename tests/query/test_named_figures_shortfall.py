"""「令和5年度の受講実績、目標に何人届かなかった？」: the shortfall of what was reached against its target, read
from the one passage printing both figures (the year's row), the target's figure less the reached one; a search
still, both figures shown. Every town, name and figure is made up."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.query.grammar.named_figures import NAME_SHORT_OF_NAME, NAME_SHORT_OF_NAME_EXAMPLES
from assistant.store.build import build_index
from assistant.store.search import open_index
from assistant.text.normalize import nfkc

REPORT = """東浦町 職員研修の実施状況

年度\t研修回数\t受講目標人数\t受講実績人数
令和４年度\t８回\t１２０人\t１２６人
令和５年度\t９回\t１５０人\t１３８人
令和６年度\t９回\t１５０人\t１５２人
"""


def test_the_grammar_examples():
    for said, (a, b, unit) in NAME_SHORT_OF_NAME_EXAMPLES:
        m = NAME_SHORT_OF_NAME.search(nfkc(said))
        assert m is not None and (m["a"], m["b"], m["unit"]) == (a, b, unit), said


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("named_figures_shortfall")
    (folder / "東浦町_職員研修の実施状況.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_shortfall_is_the_target_less_the_reached(assistant):
    assistant.reset()
    answer = assistant.ask("令和5年度の受講実績、目標に何人届かなかった？")
    assert answer.value == 12, answer.summary  # 150 − 138
    assert answer.status != "exact" or answer.unused == []
