"""A designated-manager monitoring workbook and report (tests/questions/made101): a workbook of facilities with two-row
year headers (令和４年度 over 総合評価・利用者数・…, 指定期間 over 開始・終了) and a PDF whose numbered captions
(「表２ 総合評価の基準」) start tables of their own between tables of the same width. Read as the records they hold:
bounds said of every year (3か年とも, 一度も…なかった), a grade's change from the year before, the period's start
and end said by 始まる・終わる, 満足度 for 利用者満足度, a body by the end of its name, a band's bound and an item's
allotted points."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made101" / "docs"


@pytest.fixture(scope="module")
def monitoring(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made101_monitoring")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made101_monitoring_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, count", [
    ("令和4年度から6年度まで3か年ともA以上の評価だった施設を教えて", 9),  # (the span's years each read; とも says so)
    ("3年間で一度もA以上の評価をもらえなかった施設は？", 8),  # (no year said: every year column of the grade)
    ("前年度（令和5年度）より総合評価が下がった施設は？", 5),
    ("令和6年度に前年度より評価が上がった施設を全部", 7),  # (評価: the end of 総合評価's name)
    ("令和6年度末で指定期間が終わる施設はどれ？", 7),
    ("令和5年度以降に指定期間が始まった施設ってどこ？", 2),
    ("観光交流課が所管している施設のうち、令和6年度の満足度が85％以上のところは？", 2),
    ("社会福祉協議会が指定管理者になってる施設は何か所？", 3),
    ("生涯学習課以外が所管してる施設で、令和6年度B評価だったのは？", 5),
    ("評価点が2022年度から2024年度にかけて10点以上上がった施設はどこですか", 5),
])
def test_workbook_and_report_rows(monitoring, question, count) -> None:
    answer = ask(monitoring, question)
    assert answer.status == "exact" and answer.count == count, answer.summary


def test_numbered_caption_starts_its_own_table(monitoring) -> None:
    """表２ under 表１ (both four columns wide): its header is its own, not rows of 表１."""
    answer = ask(monitoring, "A評価になるのは評価点が何点以上？")
    assert answer.status == "exact" and answer.value == 80, answer.summary
    marks = ask(monitoring, "モニタリング評価で「利用者満足度」の項目は何点満点？")
    assert marks.status == "exact" and marks.value == 20, marks.summary


def test_one_row_change_between_years(monitoring) -> None:
    answer = ask(monitoring, "総合体育館の利用者数は令和4年度から令和6年度で何人増えた？")
    assert answer.value == 5900, answer.summary
