"""made153's web page of offered plots over a real index: one card a plot, 「物件番号：未-20」 over 所在地／面積／…／
現地説明会. Each card is a table row keyed by the code its first label prints (as the register's rows are), so an answer
about a card names the plot, not the card's line; cards not opened by a code label stay items. Beside them, values
said of the register's columns that are also words of other documents' titles (方針が売却 beside 「…売却実績」), and
an ongoing state said as a verb (公募してる over 公募中)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.generic.loader import parse
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made153" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("coded_cards")
    for path in DOCS.iterdir():
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


def test_card_answers_with_its_code(assistant) -> None:
    answer = ask(assistant, "公募中の物件で、現地説明会をやらないのは？")
    keys = [r["key"] for r in answer.to_dict()["rows"]]
    assert answer.status == "exact" and keys == ["table_row:未-20"], answer.summary


def _cards(first_label: str, n: int) -> str:
    return "\n\n".join(f"## 物件{i}\n\n{first_label}：A-0{i}\n所在地：本町{i}丁目\n面積：{i}00㎡" for i in range(1, n + 1))


def test_cards_opened_by_a_code_label_become_rows() -> None:
    found = parse(f"# 物件のご案内\n\n{_cards('物件番号', 3)}\n", "cards.txt").records
    rows = [r for r in found if r.kind == "table_row"]
    assert [r.fields["cells"].get("物件番号") for r in rows] == ["A-01", "A-02", "A-03"]
    assert rows[0].fields["cells"]["名称"] == "物件1"


@pytest.mark.parametrize("first_label, n", [("所在地", 3), ("物件番号", 2)])
def test_other_cards_stay_items(first_label, n) -> None:
    # (a first label naming no code, or too few cards to call a list)
    found = parse(f"# 物件のご案内\n\n{_cards(first_label, n)}\n", "cards.txt").records
    assert not [r for r in found if r.kind == "table_row" and r.source == "cards.txt"]


@pytest.mark.parametrize("question, codes", [
    # 売却 said as 方針's value names neither 「…売却実績」 nor 「市有地売却…のご案内」 by their titles
    ("方針が売却で状況が不調の物件", {"未-09", "未-17", "未-24"}),
    ("方針が貸付の物件", {"未-04", "未-11", "未-15", "未-16", "未-23"}),
    # 「公募してる」 over 状況 printing 公募中
    ("今公募してる物件は？", {"未-01", "未-07", "未-13", "未-20"}),
])
def test_value_said_not_a_title_word(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    got = {str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]}
    assert answer.status == "exact" and got == codes, answer.summary


def test_sum_over_cards_of_an_ongoing_state(assistant) -> None:
    answer = ask(assistant, "いま公募してる物件の最低売却価格を全部足すといくら？")
    assert answer.status == "exact" and answer.value == 411130000, answer.summary


def test_declining_cell_holds_none(assistant) -> None:
    # 未-20's 現地説明会 「実施しません」 is no 説明会 held (the confident wrong answer once its card was a row)
    answer = ask(assistant, "公募中の物件は？", "そのうち一般競争入札で、現地説明会があるのは")
    got = {str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]}
    assert answer.status == "exact" and got == {"未-07", "未-13"}, answer.summary


@pytest.mark.parametrize("turns, codes", [
    # 「売れた」 over 状況 printing 売却済, with the rows of the turn before kept
    (("方針が売却になってる物件を出して", "そのうちもう売れたのは？"), {"未-02", "未-03", "未-06", "未-12", "未-18", "未-22"}),
    (("方針が保有継続の物件", "そのうちもう売れたのは？"), set()),
    (("地目が山林になってる物件は？", "そのうちまだ売れてないものは？"), {"未-14", "未-25"}),
])
def test_sold_said_by_its_verb(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    got = {str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]}
    assert answer.status in ("exact", "no_match") and got == codes, answer.summary
    assert any("売却済" in str(u.get("label")) for u in answer.understood), answer.understood


@pytest.mark.parametrize("question, value", [
    # 「を合わせると？」 with nothing after it asks the amounts added up
    ("社会福祉法人に貸してる市有地の年額を合わせると？", 4116000),
    # 落札価格（円） said 落札額
    ("R4からR6までの３年間で、落札額は合計いくら？", 110715000),
])
def test_sums_said_otherwise(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, answer.summary


def test_sold_with_a_time_is_no_state(assistant) -> None:
    # 「令和５年度以降に売れた」 asks when the sale was; read as 売却済 the year fell on 処分予定 (planned years)
    answer = ask(assistant, "令和５年度以降に売れた物件")
    assert not any("処分予定" in str(u.get("label")) for u in answer.understood), answer.summary
