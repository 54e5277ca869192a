"""A prefecture's case collection: a case of a district's towns (〈揖斐郡3町の取組事例〉) with a small table
printed in its text; a town of that table, said in the question, is a word of the case, and the cell its
row and column name is the answer."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

CASES = """市町村における行政改革の取組事例集
令和9年3月 青葉県総務部市町村課

★窓口業務の民間委託

〈青葉市の取組事例：窓口業務の包括委託〉
【取組】
令和6年4月から、市民課の窓口業務を民間事業者に包括委託した。
【効果】
年間約1,200万円の経費削減となった。

★自治体クラウドの共同利用

〈緑郡3町の取組事例：基幹系システムの共同調達〉
【取組】
北町・南町・西町の3町で、基幹系システムを共同で調達し、データセンターで運用している。

町\t導入前（千円/年）\t導入後（千円/年）\t削減額（千円/年）
北町\t52,000\t36,000\t16,000
南町\t48,000\t33,000\t15,000
西町\t41,000\t29,000\t12,000

【効果】
3町合計で運用経費を年間約4,300万円削減した。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("cases")
    (folder / "aoba_jirei.txt").write_text(CASES, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    summary = build_index([folder], index)
    assert not summary.skipped and summary.documents[0]["kind"] == "case_studies", summary.documents
    return Assistant(open_index(index))


def test_the_district_names_its_case(assistant):
    assistant.reset()
    answer = assistant.ask("緑郡の自治体クラウドの事例")
    assert [r["title"] for r in answer.rows] == ["基幹系システムの共同調達"]


def test_the_cell_of_the_printed_table(assistant):
    assistant.reset()
    answer = assistant.ask("緑郡3町の基幹系システムの共同調達で西町の削減額は？")
    assert answer.value == 12000 and "12,000" in answer.summary and answer.status == "exact"
    assistant.reset()
    assert assistant.ask("緑郡3町の共同調達で南町の導入後の経費は？").value == 33000
