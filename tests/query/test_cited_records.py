"""Committee minutes citing records by code (「Ⅰ-1-①」) that another document of the same set prints differently
(「I-1-1」 in the progress list): the records the comments cite, with the records' own conditions, their negation
(一度も意見が出なかった), and members asked by a roster's 区分 (事業者) — made107's and made106's documents read alone."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.cited_records import norm
from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


def _town(tmp_path_factory, made: str, names: tuple[str, ...]):
    folder = tmp_path_factory.mktemp(made + "_cited")
    for name in names:
        shutil.copy(QUESTIONS / made / "docs" / name, folder / name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def sobigahara(tmp_path_factory):
    return _town(tmp_path_factory, "made107", ("sobigahara_kaigo9ki_torikumi_shinchoku_R6.xlsx",
                                               "sobigahara_unei_kyogikai_gijiroku_R7-1.docx"))


@pytest.fixture(scope="module")
def chidorigase(tmp_path_factory):
    return _town(tmp_path_factory, "made106", ("chidorigase_kpi_jisseki_R6.xlsx", "chidorigase_suishinkaigi_iken_R6.docx"))


def _cited(answer) -> list[str]:
    return sorted({norm(r.get("initiative") or str(r.get("key", "")).split(":", 1)[-1])
                   for r in answer.to_dict()["rows"]})


def test_codes_normalised() -> None:
    assert norm("Ⅰ-1-①") == norm("I-1-1") == norm("1－1－1") == "1-1-1"
    assert norm("生活-1-(2)") == norm("生活－1－（２）") == "生活-1-2"
    assert norm("ON-202") == "ON-202" and norm("方針1") == "方針1"


def test_cited_records_with_their_own_condition(sobigahara) -> None:
    answer = ask(sobigahara, "運営協議会で意見が出た取組のうち、自己評価が×のものは？")
    assert answer.status == "exact" and answer.target == "comment", answer.summary
    assert _cited(answer) == ["1-2-2", "3-2-1", "4-2-1"], answer.summary


def test_records_never_cited_counted(sobigahara) -> None:
    answer = ask(sobigahara, "取組に一度も運営協議会の意見が出なかったものは何件？")
    assert answer.status == "exact" and answer.count == 7, answer.summary  # (subtotal rows not counted)


def test_members_by_roster_class(sobigahara) -> None:
    answer = ask(sobigahara, "事業者の委員からはどの取組に意見が出てる？")
    assert _cited(answer) == ["1-2-2", "2-1-2", "4-2-1", "4-2-2"], answer.summary


def test_never_touched_among_a_part(chidorigase) -> None:
    answer = ask(chidorigase, "基本目標1の施策で、推進会議の委員意見で一度も触れられていないのは？")
    assert answer.status == "exact" and _cited(answer) == ["1-3-1"], answer.summary


def test_unread_words_left_to_the_engine(sobigahara) -> None:
    # (「複数の委員から」 is no word this reading uses: the engine's own reading answers)
    answer = ask(sobigahara, "複数の委員から意見が出た取組はある？")
    assert "番号を正規化して照合" not in " ".join(answer.notes)


@pytest.fixture(scope="module")
def kasumidana(tmp_path_factory):
    docs = sorted(p.name for p in (QUESTIONS / "made105" / "docs").iterdir() if p.name.startswith(("01_", "02_", "03_")))
    return _town(tmp_path_factory, "made105", tuple(docs))


def test_comments_on_records_meeting_a_condition(kasumidana) -> None:
    answer = ask(kasumidana, "令和6年度にD判定の施設について出た発言をまとめて")
    assert answer.target == "comment" and _cited(answer) == ["K-03", "K-07", "K-08", "K-11", "K-14"], answer.summary


@pytest.mark.parametrize("kind,codes", [("方針じゃなくて施設", ["K-06"]), ("施設じゃなくて方針", ["方針1", "方針2"])])
def test_shown_comments_by_the_kind_of_list(kasumidana, kind, codes) -> None:
    answer = ask(kasumidana, "真柴委員の発言は何についてのものだった？", f"そのうち{kind}に関するものは？")
    assert answer.status == "exact" and _cited(answer) == codes, answer.summary


@pytest.fixture(scope="module")
def tochigahira(tmp_path_factory):
    return _town(tmp_path_factory, "made129", ("第５次行政改革推進計画_進捗管理表（令和７年度実績）.xlsx",
                                               "令和８年度第１回行政改革推進本部会議_会議録.txt"))


def test_cited_items_asked_are_rows_after_the_comments(tochigahira) -> None:
    # 「話題になった項目のうち、R7評価が◎のもの」 asks the items: they follow the comments said of them
    answer = ask(tochigahira, "本部会議で話題になった項目のうち、R7評価が◎のものは？")
    keys = [str(r.get("key")) for r in answer.to_dict()["rows"]]
    items = sorted(norm(k.split(":", 1)[1]) for k in keys if not k.startswith("comment:"))
    assert items == ["1-1-2", "3-1-1"], answer.summary
    assert keys[0].startswith("comment:"), keys
