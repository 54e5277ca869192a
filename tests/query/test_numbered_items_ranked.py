"""A report's numbered items (「（１）…」「（２）コンビニ交付　令和９年４月から…開始」) are lines of one passage, each
item with its wrapped lines: the ranker reads each on its own under the lines leading to them (「…っていつ始めたの？」
is the item's line, not another town's start seen on a visit), and a question touching two items still finds them
together. A sentence naming items by number (「(1)から(4)までの…」「(5)については…」) is no item. The town and its
documents are made up here."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = """柳川台町 事務改善の取組結果（令和９年度）

１　はじめに
　本書は、令和９年度に取り組んだ事務改善の結果をまとめたものである。

２　主な取組
（１）コンビニ交付　令和９年４月から住民票のコンビニ交付を開始し、
　　　1,420件を交付した。
（２）公用車の削減　公用車を３台減らし、カーシェアリングを導入した。
（３）会議の電子化　庁内会議の資料をタブレットで配布し、紙の使用量を約３割減らした。

３　効果額
(1)から(2)までの取組による効果額の合計は、約3,200千円である。
(3)については効果額を算定していないため、合計に含めていない。
"""

VISIT = """柳川台町 窓口改善の検討経過

検討の経過
・近隣市のコンビニ交付の運用を視察した。令和８年１０月に開始された近隣市の事例を参考に、担当課と協議した。
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("yanagawadai")
    (folder / "事務改善の取組結果.txt").write_text(REPORT, encoding="utf-8")
    (folder / "窓口改善の検討経過.txt").write_text(VISIT, encoding="utf-8")
    path = Path(folder) / "gyokaku.db"
    assert not build_index([folder], path).skipped
    return path


@pytest.fixture(scope="module")
def assistant(index) -> Assistant:
    return Assistant(open_index(index))


def _passages(index: Path, word: str) -> list[str]:
    db = open_index(index)
    return [r[0] for r in db.execute("SELECT text FROM passages WHERE text LIKE ?", [f"%{word}%"]).fetchall()]


def test_the_items_are_lines_of_one_passage(index):
    (text,) = _passages(index, "コンビニ交付を開始")
    lines = text.split("\n")
    assert len(lines) == 4 and lines[0].endswith("主な取組"), lines
    assert lines[1].startswith("（１）") and "1,420件" in lines[1]  # (the item's wrapped line joined to it)
    assert lines[3].startswith("（３）")


def test_items_named_by_number_are_no_items(index):
    (text,) = _passages(index, "算定していない")
    assert "\n" not in text.strip() and "(1)から(2)まで" in text


@pytest.mark.parametrize("question,expected", [
    ("コンビニ交付っていつ始めたの？", "令和９年４月"),
    ("公用車を減らしてカーシェアを入れたのはどの取組？", "公用車の削減"),
])
def test_the_item_is_the_passage_read_first(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.excerpts and expected in answer.excerpts[0]["text"], (answer.summary, answer.excerpts[:2])
