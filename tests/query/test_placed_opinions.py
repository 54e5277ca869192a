"""The opinions heard at residents' meetings, one table numbering them by marks of their own (東-1 …) under a merged
row per district (【東部地区】 date and venue), with the town's answer and whether it is taken up (反映): asked as
opinions, the rows found are comments keyed by their own numbers, written whole (東－1, as a comment on itself is).
A table of opinions numbered 1, 2 … and placed nowhere (a public comment's) keeps its rows (made137: table_row)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_ROWS = [("【東部地区】 令和6年10月5日 東部会館", None),
         ("東-1", "東小学校までのスクールバスを確保してほしい。", "運行を続けます。", "反映する"),
         ("東-2", "東部会館の駐車場を広げてほしい。", "設計の中で検討します。", "今後検討"),
         ("【西部地区】 令和6年10月8日 西部公民館", None),
         ("西-1", "西部プールを残してほしい。", "存続は困難です。", "反映困難"),
         ("西-2", "公民館の開館時間を延ばしてほしい。", "延長します。", "反映する")]


def _page() -> str:
    body = "".join(f'<tr><td colspan="4">{r[0]}</td></tr>' if r[1] is None else
                   "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS)
    return ("<html><head><title>住民説明会における意見と町の考え方</title></head><body>"
            "<h1>住民説明会における意見と町の考え方</h1><table><tr><th>番号</th><th>意見要旨</th><th>町の考え方</th>"
            f"<th>反映</th></tr>{body}</table></body></html>")


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("placed_opinions")
    (folder / "opinions.html").write_text(_page(), encoding="utf-8")
    (folder / "public.html").write_text(
        "<html><head><title>パブリックコメントの結果</title></head><body><h1>パブリックコメントの結果</h1><table>"
        "<tr><th>番号</th><th>意見要旨</th><th>町の考え方</th><th>反映</th></tr>"
        "<tr><td>1</td><td>窓口を増やしてほしい。</td><td>検討します。</td><td>今後検討</td></tr>"
        "<tr><td>2</td><td>手数料を下げてほしい。</td><td>困難です。</td><td>反映困難</td></tr>"
        "<tr><td>3</td><td>電子申請を広げてほしい。</td><td>拡大します。</td><td>反映する</td></tr>"
        "</table></body></html>", encoding="utf-8")
    # (a committee's opinions numbered 意見１ … beside them: comment records the index holds, none on buses)
    (folder / "committee.txt").write_text("行政改革推進委員会 意見書\n意見１　窓口の待ち時間を短くすること。\n"
                                          "意見２　施設の使用料を見直すこと。\n意見３　職員の研修を充実すること。\n",
                                          encoding="utf-8")
    return assistant_over(Path(folder))


def test_opinions_heard_per_district_are_comments_keyed_by_their_own_numbers(town):
    d = ask(town, "説明会の意見で「反映困難」になったのは？").to_dict()
    assert [r["key"] for r in d["rows"]] == ["comment:西－1"]


def test_opinions_numbered_1_2_3_and_placed_nowhere_stay_table_rows(town):
    d = ask(town, "パブリックコメントの意見で反映困難になったのは？").to_dict()
    assert [r["key"] for r in d["rows"]] == ["table_row:2"]


def test_opinions_mentioning_a_word_no_comment_record_holds_are_the_tables_rows(town):
    # (no comment record holds スクールバス: the residents' opinions tabled per district do, given as comments)
    d = ask(town, "スクールバスに触れている意見はどれ？").to_dict()
    assert [r["key"] for r in d["rows"]] == ["comment:東－1"]
    assert d["status"] == "exact"
