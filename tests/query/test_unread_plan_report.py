"""A document that speaks as a plan report (取組項目, 実践項目, 総合評価) in a layout its reader does not
know is read as a generic document, and says so: the reading carries an other_kind warning, and an
answer from its tables is not given as certain (status partial, with the reason first)."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# A village's list of its practice items with their grades: no committee section, no list the plan
# report's reader knows (made up; no shipped or made edition is laid out so).
TEXT = "\n".join([
    "星川村行政改革実施計画 取組の一覧",
    "",
    "番号\t取組項目\t実践項目名\t総合評価",
    "1\t1\t窓口受付の一本化\tA",
    "2\t1\t申請書の電子化\tB",
    "3\t2\t公用車の削減\tA",
    "",
]) + "\n"


def test_the_generic_reading_says_it_looks_like_a_plan_report():
    doc = registry.parse(TEXT, "hoshikawa.txt")
    assert doc.kind != "plan_report"
    assert [w.note for w in doc.warnings if w.kind == "other_kind"] == [
        f"{registry.document_label('plan_report')}に似ていますが（総合評価があります）、その形として読み取れなかったため汎用の文書として読みました"]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hoshikawa")
    (folder / "hoshikawa.txt").write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_an_answer_from_it_is_not_given_as_certain(assistant):
    assistant.reset()
    answer = assistant.ask("総合評価がAの実践項目")
    assert answer.rows
    assert answer.status == "partial"
    assert "汎用の文書として読みました" in answer.caveat
