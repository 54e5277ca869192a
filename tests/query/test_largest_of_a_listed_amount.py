"""「財政効果額の主な取組で一番大きいのはどれでいくら？」 asked in one question: the largest line of the list a passage
prints under the amount's word (as after that figure was read), named as its record with the amount printed.
Expected answers are read from the index, never written here."""
from __future__ import annotations


import pytest

from assistant.query.listed_amounts import _LINE, yen
from assistant.text.normalize import nfkc


def _list_under(db, word: str):
    for (text,) in db.execute("SELECT text FROM passages WHERE instr(text, ?) > 0 AND instr(text, '円') > 0", [word]):
        body = nfkc(text)
        lines = [m for ln in body[body.find(word):].split("\n") if (m := _LINE.match(ln))]
        if len(lines) >= 2:
            return [(m.group("name").strip(), m.group("amount")) for m in lines]
    pytest.skip(f"no list under {word}")


@pytest.mark.parametrize("tail, pick", [("一番大きいのはどれでいくら？", max), ("最も小さいのは？", min)])
def test_extreme_line_of_the_list_under_the_amount_word(assistant, tail, pick):
    db = assistant.db
    listed = _list_under(db, "財政効果額")
    name, amount = pick(listed, key=lambda t: yen(t[1]))
    answer = assistant.ask(f"財政効果額の主な取組で{tail}")
    assert name in answer.summary and amount in answer.summary, answer.summary
    assert "前の回答" not in answer.summary


# A made town's report (another amount word, other titles) with the list under its figure.
_EFFECTS = "\n".join(["2 削減効果額について", "", "削減効果額\t", "5億2千万円\t", "主な取組\t",
                      "・ 地区集会所の統合\t3億円", "・ 会議資料のタブレット化\t1億5千万円", "・ 電子決裁の導入\t7千万円", ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index
    from tests.query.test_asked_again_of_another_kind import TEXT

    folder = tmp_path_factory.mktemp("kawase_effects")
    text = TEXT.replace("1 評価の方法\n", _EFFECTS + "\n1 評価の方法\n", 1)
    (folder / "kawase_hokoku.txt").write_text(text, encoding="utf-8")
    build_index([folder], folder / "gyokaku.db")
    return Assistant(open_index(folder / "gyokaku.db"))


@pytest.mark.parametrize("but", ["集会所の統合を除くと", "地区集会所以外で"])
def test_a_line_left_out_by_its_words_before_the_largest(town, but):
    answer = town.ask(f"削減効果額の主な取組、{but}いちばん大きいのは？")
    assert answer.status == "exact" and [r["code"] for r in answer.rows] == ["1"], answer.summary
    assert "1億5千万円" in answer.summary and "除いた" in answer.summary


def test_words_that_leave_no_line_out_are_never_dropped_silently(town):
    answer = town.ask("削減効果額の主な取組、図書館を除くといちばん大きいのは？")
    assert not (answer.status == "exact" and "3億円" in answer.summary), answer.summary
