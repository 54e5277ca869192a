"""A month table of counts (手続名 | 令和7年度 4月 … 3月 | 合計 | 前年度合計 | 増減, tests/questions/made91) and a timeline
of quarters marked ◇ 準備 / ◆ 移行 / ● 稼働: the year's total is what 「件数」「年間」「全部で何件」 say, 「前年度より
減った」 is the 増減 column, 「毎月80件以上」 bounds every month, months said from…to are added per row for an
extreme, 「いちばん多かったのは何月」 is one row across its months (and 「その月は何件」 its figure); a mark runs over
quarters (「4四半期以上続いている」), 「第3・第4四半期」 is either quarter, 「本番移行（◆）」 is the mark said in words;
and a word titling another document (電子申請) is no cell value of a tool column."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parent.parent / "questions" / "made91" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    index = tmp_path_factory.mktemp("made91") / "gyokaku.db"
    build_index([DOCS], index)
    return Assistant(open_index(index))


def _ask(assistant, turns):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


@pytest.mark.parametrize("turns, expected", [
    (["令和7年度に電子申請の件数が年間1,500件以上あった手続は？"], ["9", "11"]),
    (["電子申請で前年度より件数が減った手続はどれ？"], ["5", "10", "15"]),
    (["4月から3月まで毎月80件以上の申請があった手続はどれ？"], ["9", "11", "14"]),
    (["令和7年度の第3・第4四半期に移行（◆）が予定されている業務を全部教えて"], ["12", "13", "14", "19"]),
    (["準備期間（◇）が4四半期以上続いている業務は？"], ["6", "12"]),
    (["移行（◆）が2つの四半期にまたがっている業務はある？"], ["8"]),
    (["標準化の工程表で、令和7年度第1四半期に本番移行（◆）するシステムは？"], ["5", "6", "7", "8", "9"]),
    # (移行 inside the title's word names the document, not the mark ◆ meaning 移行)
    (["ガバメントクラウド移行の工程表で、福祉課が所管している業務は？"], ["13", "14", "15"]),
    (["ガバメントクラウド移行の工程表で、福祉課が所管している業務は？", "そのうち令和7年度末までに稼働（●）にならないのはどれ？"],
     ["14", "15"]),
    (["令和6年度の第1四半期から準備（◇）に入っていた業務は？"], ["1", "3", "6", "10"]),
    # 「本番移行がいちばん遅い」: the legend's 移行 is ◆; the latest first ◆ of the rows kept
    (["標準化対象業務のうち住民課の所管はどれ？", "その中で本番移行がいちばん遅いのは？"], ["12"]),
    # 「令和6年度のうちに稼働し始めた」: the first ● of the row in one of that year's quarters
    (["工程表で、令和6年度のうちに稼働（●）し始めた業務はどれ？"], ["1", "3", "10", "16"]),
    # (標準準拠システム: the legend's own words for ●, 「●：稼働（標準準拠システム稼働）」)
    (["令和6年度のうちに標準準拠システムが稼働し始めた業務はどれ？"], ["1", "3", "10", "16"]),
    # 「ツールを入れている」 over a sheet per year's 導入ツール (なし = none): the year said elsewhere, 前年度 the one before
    (["前年度はツールなしだったのに、令和7年度にツールを導入した業務はどれ？"], ["D-04", "D-07", "D-09", "D-12", "D-14"]),
    (["ツールを入れている業務で、令和7年度の削減率が40％未満のものは？"], ["D-07", "D-11", "D-18"]),
    (["前の年度と比べて削減時間が減ってしまった業務ってある？"], ["D-18"]),
    # 電子申請 titles another document, whose table reads nothing of this question: a tool value here
    (["令和7年度、電子申請で対応した業務のうち削減率が最も低いのはどれ？"], ["D-18"]),
    (["令和7年度、RPAで対応した業務のうち削減率が最も低いのはどれ？"], ["D-03"]),
    (["令和6年度も7年度も、どのツールも導入されていない業務は？"], ["D-15", "D-17"]),
])
def test_rows(assistant, turns, expected):
    answer = _ask(assistant, turns)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r.get("number")) for r in answer.rows) == sorted(expected)


@pytest.mark.parametrize("turns, value", [
    (["令和7年度の電子申請、全部で何件あった？"], 12042),
    (["電子申請全体のうち、住民課の手続が占める割合は何％？"], 16.9),
    (["1月から3月までの3か月間で、件数の合計がいちばん多い手続はどれ？"], "公民館施設の予約"),
    (["前年度と比べていちばん件数が伸びた手続は？"], "水道の開栓・閉栓申込"),
    (["公民館施設の予約の電子申請って、いちばん多かったのは何月？"], "10月"),
    (["公民館施設の予約の電子申請って、いちばん多かったのは何月？", "その月は何件だった？"], 245),
    (["RPAを入れた業務の削減率を単純平均すると何％？（令和7年度）"], 56.26),
])
def test_values(assistant, turns, value):
    answer = _ask(assistant, turns)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == value


def test_counted_quarter(assistant):
    answer = _ask(assistant, ["令和7年度第2四半期の時点で稼働中（●）の業務はいくつ？"])
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.count == 11


def test_row_count_is_no_total(assistant):
    """「手続は全部で何件」 calls the rows by their word: how many rows, not the counts added up."""
    answer = _ask(assistant, ["電子申請の手続は全部で何件？"])
    assert answer.value != 12042
