"""made161's second wave over a real index: a column said with の between its words (移行先の法人) is its table's,
not the document titled with one half of it (移管先法人の選定結果); a count column said by its stem and its own
counter (応募が1法人しかなかった, 応募が2法人以上) or by the plain つ after a form of it (応募法人が2つ以上); columns
naming who told apart by their heads (次点 of 選定法人 | 次点法人); no one there (0歳の子が在籍してない) a count of 0. Over made161's documents and a made-up town's
list of contracts of another shape."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE161 = Path(__file__).resolve().parents[1] / "questions" / "made161" / "docs"

# (番号, 業務名, 応募団体数, 受託団体, 次点団体)
WORKS = [
    ("W1", "公園清掃業務", 3, "柊野緑化協会", "みどり会"),
    ("W2", "図書館窓口業務", 1, "柊野文化協会", "－"),
    ("W3", "学校給食配送業務", 2, "みどり会", "柊野緑化協会"),
    ("W4", "施設警備業務", 4, "柊野警備協会", "みどり会"),
]

# (番号, 講座名, 定員, 参加者数): one course no one came to
COURSES = [("C1", "防災講座", 30, 12), ("C2", "税の講座", 20, 0), ("C3", "健康講座", 25, 18)]


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("nursery_second")
    for f in MADE161.iterdir():
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    from openpyxl import Workbook

    folder = tmp_path_factory.mktemp("contracts_second")
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "柊野町 業務委託の受託者一覧"
    for col, head in enumerate(["番号", "業務名", "応募団体数", "受託団体", "次点団体"], 1):
        ws.cell(3, col, head)
    for n, row in enumerate(WORKS, 4):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(folder / "業務委託一覧.xlsx")
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "柊野町 出前講座の実施状況"
    for col, head in enumerate(["番号", "講座名", "定員", "参加者数"], 1):
        ws.cell(3, col, head)
    for n, row in enumerate(COURSES, 4):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(folder / "出前講座.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("key", "")) for r in answer.rows)


def test_column_said_with_no(city) -> None:
    answer = ask(city, "民営化するのに移行先の法人がまだ決まってない園は？")
    assert answer.status == "exact" and _codes(answer) == ["保-09", "保-13"], (answer.status, answer.summary)


@pytest.mark.parametrize("question,codes", [
    ("応募が1法人しかなかった施設は？", ["保-06"]),  # しかなかった: that many, no negation
    ("応募が2法人以上の施設は？", ["保-01", "保-04", "保-05", "保-14"]),
    ("応募法人が2つ以上あった施設は？", ["保-01", "保-04", "保-05", "保-14"]),
])
def test_count_said_with_its_counter(city, question, codes) -> None:
    answer = ask(city, question)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary, answer.understood)


@pytest.mark.parametrize("question", ["0歳の子が在籍してない保育所ある？", "0歳の子がいない園は？"])
def test_none_enrolled(city, question) -> None:
    answer = ask(city, question)
    assert answer.status == "exact" and _codes(answer) == ["保-02", "保-08", "保-12"], (answer.status, answer.summary)


def test_none_of_another_verb_not_taken(town) -> None:
    # (「応募してない」 is no verb of 参加者数: not read as 参加者数 = 0)
    answer = ask(town, "参加者が応募してない講座は？")
    assert not any(c.get("op") == "eq" and c.get("value") == 0.0 for c in answer.understood), answer.understood


def test_runner_up_told_apart(city) -> None:
    answer = ask(city, "応募法人が2つ以上あった施設は？", "そのうち次点がさくら福祉会だったところは？")
    assert _codes(answer) == ["保-14"], (answer.status, answer.summary, answer.understood)
    assert not any(c["field"] == "選定法人" for c in answer.understood)


@pytest.mark.parametrize("question,codes", [
    ("応募が1団体しかなかった業務は？", ["W2"]),
    ("応募団体が3つ以上の業務は？", ["W1", "W4"]),
    ("次点がみどり会だった業務は？", ["W1", "W4"]),  # 次点団体, not 受託団体 (W3)
    ("参加者が一人もいない講座は？", ["C2"]),  # 参加者数 = 0
])
def test_other_town(town, question, codes) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary, answer.understood)


@pytest.mark.parametrize("question,value", [
    ("移行先法人になってる法人って、重複を除くと何法人？", 4),  # blanks and 「－」 left out
    ("選定法人は重複を除いて何法人？", 4),  # (the selection table: あおば会 twice)
])
def test_distinct_by_the_columns_last_word(city, question, value) -> None:
    answer = ask(city, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.summary)
