"""Questions about joint projects over the shipped index and over indexes of made editions (another
pair of municipalities, three municipalities): nothing in the query engine names a city."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from assistant.export import render_answer
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS

SOURCE = "000_f03bfc25bf0d6070.txt"


def _codes(answer) -> list[str]:
    return [r["code"] for r in answer.rows]


# ---------------------------------------------------------------- the shipped index
def test_department_named_alone(assistant) -> None:
    answer = assistant.ask("介護保険課が担当している連携事業は？")
    assert _codes(answer) == ["8"]
    assert answer.rows[0]["departments"] == {"岡山市": "介護保険課", "倉敷市": "介護保険課"}


@pytest.mark.parametrize("question, codes", [
    ("両市とも予防課が担当している連携事業", ["21"]),  # 22 is 予防課 in one city only
    ("どちらの市も介護保険課が担当する事業", ["8"]),
    # each municipality named with も: each one's own cell (22 is 予防課 in 岡山市 only)
    ("岡山市も倉敷市も担当が予防課の事業", ["21"]),
    ("倉敷市とも岡山市とも担当部署が介護保険課の連携事業", ["8"]),
    ("両市とも担当が予防課の連携事業", ["21"]),
    ("既に実施の欄が空っぽの連携事業は？", ["18"]),
    ("既に実施がからっぽの連携事業", ["18"]),
    ("H17の実施予定が書かれていない連携事業", ["14", "25"]),  # the table's 今年度 is H17
    ("今年度の実施予定が記入されていない事業項目", ["14", "25"]),
    ("教育部会の事業でまだ実施してないもの", ["18"]),  # the い of ている dropped
    ("まだ実施されてない連携事業", ["18"]),
])
def test_every_city_and_empty_cells(assistant, question, codes) -> None:
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes


def test_chair_city(assistant) -> None:
    # The cells naming 倉敷市 alone; the 納税部会 rows, whose chair changes by year (岡山市(H16)・倉敷市(H17)),
    # are left out and said first (with a year said, that year's chair counts them).
    answer = assistant.ask("部会長が倉敷市の連携事業")
    assert [c["label"] for c in answer.understood] == ["部会長の市 = 倉敷市（年度で交代する部会は除く）"]
    assert len(answer.rows) == 10
    assert answer.status == "partial" and "納税部会" in answer.caveat and "含めると14件" in answer.caveat


@pytest.mark.parametrize("question, codes", [
    ("倉敷市の担当部署が収税課の連携事業", ["3"]),
    ("岡山市の担当部署が収税課の連携事業", ["1", "2", "4"]),
    ("収税課が担当している連携事業", ["1", "2", "3", "4"]),
    # A section named inside a cell of two names is found whole, not as a shorter name inside it.
    ("教育総務課が担当する連携事業", ["17", "18"]),
    ("税制課の連携事業", ["3"]),
])
def test_city_selects_its_department(assistant, question: str, codes: list[str]) -> None:
    answer = assistant.ask(question)
    assert _codes(answer) == codes
    assert not answer.notes or all("使いませんでした" not in n for n in answer.notes)


def test_department_value_names_every_municipality(assistant) -> None:
    answer = assistant.ask("介護保険業務の担当部署は？")
    assert answer.value == "岡山市: 介護保険課 / 倉敷市: 介護保険課"


def test_municipality_alone_is_no_search_word(assistant) -> None:
    """「岡山市の」 says where the project is, not a word to find: all 26 projects, nothing unused."""
    answer = assistant.ask("岡山市の連携事業")
    assert len(answer.rows) == 26
    assert answer.understood == [] or all(c["field"] != "text" for c in answer.understood)


def test_grouped_by_department_counts_each_department_once_per_project(assistant) -> None:
    answer = assistant.ask("部署別の連携事業の件数")
    groups = {r["group"]: r["count"] for r in answer.rows}
    assert groups["介護保険課"] == 1  # No.8 names it for both cities
    assert groups["収税課"] == 3


def test_exports_show_departments_per_municipality(assistant) -> None:
    answer = assistant.ask("介護保険課が担当している連携事業は？")
    text = render_answer(answer, "csv", encoding="utf-8").decode("utf-8")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][rows[0].index("担当部署")] and rows[1][rows[0].index("担当部署")] == "岡山市: 介護保険課 / 倉敷市: 介護保険課"
    assert "岡山市: 介護保険課 / 倉敷市: 介護保険課" in render_answer(answer, "md").decode("utf-8")
    data = json.loads(render_answer(answer, "json"))
    assert data["rows"][0]["departments"] == {"岡山市": "介護保険課", "倉敷市": "介護保険課"}


# ---------------------------------------------------------------- made editions
def _index(tmp_path: Path, text: str) -> Assistant:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "joint.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "edition.db"
    summary = build_index([folder], path)
    assert not summary.skipped and summary.records == {"joint_project": 26}
    return Assistant(open_index(path))


@pytest.fixture(scope="module")
def other_pair(tmp_path_factory) -> Assistant:
    text = (CORPUS / SOURCE).read_text(encoding="utf-8").replace("岡山", "福山").replace("倉敷", "尾道")
    return _index(tmp_path_factory.mktemp("pair"), text)


def test_other_pair_questions(other_pair: Assistant, assistant) -> None:
    assert _codes(other_pair.ask("介護保険課が担当している連携事業は？")) == ["8"]
    shipped = _codes(assistant.ask("部会長が倉敷市の連携事業"))
    assert _codes(other_pair.ask("部会長が尾道市の連携事業")) == shipped
    assert _codes(other_pair.ask("尾道市の担当部署が収税課の連携事業")) == ["3"]
    assert _codes(other_pair.ask("福山市の担当部署が収税課の連携事業")) == ["1", "2", "4"]
    assert other_pair.ask("人事交流部会の部会長は福山市と尾道市のどちら？").value == "尾道市"
    assert len(other_pair.ask("福山市の連携事業").rows) == 26
    # The shipped names mean nothing here: they are not municipalities of this index.
    assert other_pair.lexicon.municipalities == {"福山市", "尾道市"}


@pytest.fixture(scope="module")
def three(tmp_path_factory) -> Assistant:
    """A third department column: 総社市, whose department is 協働推進課 for No.8 and 総務課 elsewhere."""
    out = []
    for line in (CORPUS / SOURCE).read_text(encoding="utf-8").split("\n"):
        cells = line.split("\t")
        if "事業項目" in line:
            line += "\t"
        elif cells[-1] == "倉敷市":
            line += "\t総社市"
        elif cells[0].strip().isdigit():
            line += "\t" + ("協働推進課" if cells[0].strip() == "8" else "総務課")
        out.append(line)
    return _index(tmp_path_factory.mktemp("three"), "\n".join(out))


def test_three_municipalities_questions(three: Assistant) -> None:
    answer = three.ask("協働推進課が担当している連携事業は？")
    assert _codes(answer) == ["8"]
    assert answer.rows[0]["departments"] == {"岡山市": "介護保険課", "倉敷市": "介護保険課", "総社市": "協働推進課"}
    assert len(three.ask("総社市の担当部署が総務課の連携事業").rows) == 25
    assert three.ask("倉敷市の担当部署が総務課の連携事業").rows == []
    assert _codes(three.ask("介護保険課が担当している連携事業は？")) == ["8"]
    assert three.lexicon.municipalities == {"岡山市", "倉敷市", "総社市"}


@pytest.mark.parametrize("question, codes", [
    # a calendar month against dates the cells write in the era's short form (H16.01.21, H16.1.30)
    ("2004年1月に実施された連携事業", ["1", "13"]),
    ("平成16年1月に実施した連携事業", ["1", "13"]),
])
def test_a_month_is_found_in_the_dates_the_cells_write(assistant, question, codes) -> None:
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes
