"""A town's page of joint projects (made109 04_広域連携の取組状況.html) asked in the town's words: 「広域連携」 alone is
the projects, 「構成町」 their members, 「効果額が5,000千円以上」 an amount in the unit the column prints,
「令和5年4月以降に始まった」 a start compared by calendar month, 「うちの町が代表町」 the documents' publisher as the chair."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE109 = Path(__file__).resolve().parents[1] / "questions" / "made109" / "docs"
_CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def made109(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made109_joint")
    for src in (_CORPUS, _MADE109):
        for doc in src.iterdir():
            if doc.is_file() and doc.suffix != ".db":
                shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("key", "")).partition(":")[2] for r in answer.rows}


def test_regional_cooperation_alone_is_the_projects(made109) -> None:
    a = ask(made109, "篠目町が参加している広域連携は？")
    assert a.status == "exact" and _codes(a) == {"連携-1", "連携-2", "連携-4", "連携-5"}, (a.status, _codes(a))
    assert ask(made109, "広域連携の効果額を全部足すといくら？（千円）").value == 14760


def test_amount_with_thousands_separator_in_the_columns_unit(made109) -> None:
    a = ask(made109, "萩生原町が入っている連携で、効果額が5,000千円以上のものは？")
    assert a.status == "exact" and _codes(a) == {"連携-4"}, (a.status, _codes(a), a.summary)


def test_members_said_as_towns_counted(made109) -> None:
    assert _codes(ask(made109, "構成町が一番多い連携は？")) == {"連携-5"}


def test_start_compared_by_calendar_month(made109) -> None:
    assert _codes(ask(made109, "令和5年4月以降に始まった広域連携を挙げて")) == {"連携-1", "連携-4", "連携-5", "連携-6", "連携-7"}
    assert _codes(ask(made109, "令和5年4月より前に始まった連携事業は？")) == {"連携-2", "連携-3"}


def test_own_town_as_chair(made109) -> None:
    a = ask(made109, "うちの町が代表町になっている連携事業はどれ？")
    assert a.status == "exact" and _codes(a) == {"連携-2", "連携-6", "連携-7"}, (a.status, _codes(a))
    # (「うちの市」: the publisher is a 町, so no reading — said unread, not exact)
    assert ask(made109, "うちの市が幹事の連携事業は？").status != "exact"


def test_one_row_named_whole_with_a_years_figure(made109) -> None:
    # (有収率 is also in the case studies' text: the table's row of that name is still the one with a year's figure)
    assert ask(made109, "令和６年度の有収率は？").value == 87.9
    assert ask(made109, "企業債残高はR3からR6でいくら減った？（百万円）").value == 177


def test_cases_headed_by_prefecture_and_body(made109) -> None:
    a = ask(made109, "令和2年度以降に始めた事例を教えて")
    text = a.summary + " ".join(str(v) for r in a.rows for v in r.values())
    for name in ("檜沢広域水道企業団", "揖川水道企業団", "阿蘇西麓水道企業団", "九頭東水道企業団"):
        assert name in text
    assert "斐伊南部" not in text  # (令和元年度 is before 令和2年度)


def test_rows_asked_by_no_word_are_the_tables_items(made109) -> None:
    a = ask(made109, "総務係の担当分で順調に進んでいるのは？")
    shown = {str(r.get("key")) for r in a.to_dict()["rows"]}
    assert shown == {"practice:C-1", "practice:C-3"}, shown


def test_how_a_figure_is_worked_out_shows_its_note(made109) -> None:
    a = ask(made109, "有収率ってどうやって計算してるの？")
    first = a.excerpts[0]["text"] if a.excerpts else ""
    assert a.status == "search" and "有収水量" in a.summary and "配水量" in first, (a.status, a.summary[:120])


def test_figure_after_the_change_said_in_a_case(made109) -> None:
    a = ask(made109, "揖川水道企業団の取組後の有収率は何％？")
    assert a.status == "search" and a.value == 85.0, (a.status, a.value)
    assert ask(made109, "雄鹿水道企業団の取組前の有収率は何％だった？").value == 74.9


def test_items_no_member_commented_on_once_each(made109) -> None:
    # (「どの委員からも」 is never; B-4, printed over two rows of its 担当係, is one item)
    a = ask(made109, "審議会の意見書で、どの委員からも意見が出ていない取組は？")
    shown = [str(r.get("key")) for r in a.to_dict()["rows"]]
    assert sorted(shown) == ["practice:A-3", "practice:A-4", "practice:B-4", "practice:C-2", "practice:C-3",
                             "practice:D-2"], shown


def test_member_opinions_said_without_no(made109) -> None:
    # (「委員意見」: the members' opinions, as 「委員の意見」)
    a = ask(made109, "進捗が遅れ又はやや遅れの取組について出された委員意見は、どの取組についてのもの？")
    assert a.target == "comment" and a.count == 6, (a.target, a.count, a.summary[:100])


def test_items_printed_over_rows_of_two_departments(made109) -> None:
    for question in ("担当係が２つの係にまたがっている取組ってどれ？", "担当係が複数ある取組は？"):
        a = ask(made109, question)
        shown = sorted(str(r.get("key")) for r in a.to_dict()["rows"])
        assert shown == ["practice:A-2", "practice:B-4", "practice:D-1"], (question, shown)
