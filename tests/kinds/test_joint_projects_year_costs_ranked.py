"""Joint projects of a made-up 圏域 with one 事業費 column per fiscal year (「－」: no amount that year), asked
for a ranking by one year's amount, the average of one 分野, the projects with no amount in a year and those
whose amount stopped between two years; the area's name (「水瀬圏域で…」) names the list."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

ROWS = [  # 番号, 分野, 事業名, 連携市町, 開始年度, R7, R8, R9
    (1, "防災", "防災備蓄の共同化", "全市町", "令和7年度", "4,000", "4,200", "4,400"),
    (2, "防災", "消防指令の共同運用", "水瀬市・川辺町", "令和7年度", "30,000", "31,000", "29,000"),
    (3, "観光", "広域観光マップの作成", "全市町", "令和7年度", "1,500", "2,500", "－"),
    (4, "観光", "合同物産展", "川辺町・山里村", "令和8年度", "－", "3,300", "3,500"),
    (5, "福祉", "移動図書館の共同運行", "全市町", "令和7年度", "900", "－", "－"),
]


def text() -> str:
    lines = ["水瀬圏域連携推進協議会 連携事業一覧（令和7年度～令和9年度）",
             "構成市町村：水瀬市、川辺町、山里村（連携中枢都市：水瀬市）",
             "事業費の単位は千円。「－」はその年度の事業費なし。",
             "\t".join(["番号", "分野", "事業名", "連携市町", "開始年度",
                        "R7事業費（千円）", "R8事業費（千円）", "R9事業費（千円）"])]
    lines += ["\t".join(str(c) for c in row) for row in ROWS]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year_costs_ranked")
    (folder / "minase.txt").write_text(text(), encoding="utf-8")
    # (another document, whose text says the area's name too: the name scopes to the list, whose title holds it)
    (folder / "dayori.txt").write_text("水瀬市 行革だより\n\n水瀬圏域の総会が令和8年度に開かれました。事業費の見直しを話し合いました。\n",
                                       encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return [str(r["code"]) for r in answer.rows]


def test_ranked_by_one_years_amount(assistant):
    answer = ask(assistant, "水瀬圏域の連携事業、令和8年度の事業費が多い順に上から3つ")
    assert answer.status == "exact" and _codes(answer) == ["2", "1", "4"], answer.summary
    western = ask(assistant, "連携事業で2027年度の事業費が少ない順に2つ")  # (2027年度 = 令和9年度; 「－」 left out)
    assert _codes(western) == ["4", "1"], western.summary


def test_no_amount_in_a_year(assistant):
    answer = ask(assistant, "水瀬圏域の連携事業のうち、令和7年度には事業費がついていなかったものは？")
    assert answer.status == "exact" and sorted(_codes(answer)) == ["4"], (answer.summary, answer.unused)


def test_an_amount_that_stopped(assistant):
    answer = ask(assistant, "水瀬圏域で令和8年度は事業費があったのに令和9年度はなくなった事業は？")
    assert answer.status == "exact" and sorted(_codes(answer)) == ["3"], (answer.summary, answer.unused)


def test_average_of_one_field(assistant):
    answer = ask(assistant, "水瀬圏域の観光分野の事業の令和8年度事業費、平均するといくら？")
    assert answer.status == "exact" and answer.value == 2900, answer.summary
    # (a 「－」 is no amount: the average is of the projects with one, and says which)
    blank = ask(assistant, "水瀬圏域の福祉分野の事業の令和8年度事業費の平均は？")
    assert blank.value is None or blank.status != "exact", blank.summary
