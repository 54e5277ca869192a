"""A text table padded by characters, not by display width (a program's str.ljust: full-width names padded with
half-width spaces, so that the columns drift line by line in a fixed-width font): each line of the same number of
pieces is read as its pieces in order, the header too — no row is taken for a second header line. Its code column
of bare numbers (分野 │ 名称 │ 令和3年度 …, １ … ４), said with the number (「分野２の令和５年度の平均評価点」), names
that row even where another document prints 「分野2 …」 as a heading of its own rows. Made-up town, indexed alone."""
from __future__ import annotations

import pytest

from assistant.formats.plain import fixed_width_tables
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

_FIELDS = [("１", "子育て・教育", "６１．２", "６３．０", "６４．８"),
           ("２", "医療と福祉の連携", "４８．５", "４７．９", "５０．１"),
           ("３", "産業・雇用", "３３．３", "３５．２", "３６．０"),
           ("４", "防災と消防体制の強化", "５５．０", "５６．４", "５８．９")]
REVIEW = "\n".join([
    "水無瀬町　施策評価結果の概要", "",
    "１　分野別の平均評価点",
    "　分野ごとの施策の評価点を単純平均した（単位：点）。",
    "-" * 56,
    "分野  名称                    令和３年度  令和５年度  令和７年度",
    *(f"{code}      {name:<11}  {a:>6}  {b:>6}  {c:>6}" for code, name, a, b, c in _FIELDS),
    "-" * 56,
    "※評価点は100点満点。", "",
])

# Another document heading its own rows 「分野2 医療と福祉の連携」, whose columns lack the table's years.
MEASURES = "\n".join([
    "水無瀬町　施策一覧", "",
    "| 施策番号 | 分野 | 施策名 | 担当課 |",
    "|---|---|---|---|",
    "| 2-1 | 分野2 医療と福祉の連携 | 在宅医療の推進 | 健康課 |",
    "| 2-2 | 分野2 医療と福祉の連携 | 地域包括ケア | 福祉課 |",
    "| 3-1 | 分野3 産業・雇用 | 創業支援 | 商工課 |",
    "",
])


def test_each_line_is_its_pieces_in_order():
    rows = [line.split("\t") for line in fixed_width_tables(REVIEW).split("\n") if "\t" in line]
    assert rows[0] == ["分野", "名称", "令和３年度", "令和５年度", "令和７年度"]
    assert rows[1] == ["１", "子育て・教育", "６１．２", "６３．０", "６４．８"]
    assert len(rows) == 5


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("padded")
    (folder / "施策評価結果の概要.txt").write_text(REVIEW, encoding="utf-8")
    (folder / "施策一覧.txt").write_text(MEASURES, encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return index


@pytest.fixture
def assistant(index):
    return Assistant(open_index(index))


def test_rising_every_time_reads_the_first_row_too(assistant):
    answer = assistant.ask("平均評価点がR3からR7までずっと上がり続けてる分野")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r.get("分野") or r.get("number")) for r in answer.rows) == ["1", "3", "4"], answer.summary


def test_code_said_with_its_column_word_names_the_row(assistant):
    answer = assistant.ask("分野２の令和５年度の平均評価点")
    assert answer.value == pytest.approx(47.9), (answer.status, answer.summary)
