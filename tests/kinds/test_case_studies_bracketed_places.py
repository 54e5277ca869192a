"""Other cities listed as 【市名】 blocks of labelled lines (a reference page beside a city's own audit results:
監査年度・テーマ・件数・措置率・備考): each block is a case of that city, its theme the labelled テーマ, its year the
labelled 監査年度. made138's page and a made-up one of other words (取組テーマ, towns and a village) show that
nothing is one file's; a list of 【】 blocks with no theme labelled is no collection of cases."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds import registry
from assistant.kinds.case_studies import loader as case_studies
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE138 = Path(__file__).resolve().parents[1] / "questions" / "made138" / "docs" / "参考_他市の包括外部監査の状況.txt"

TEXT = """参考　近隣町村の窓口改革の状況

【楡川町】
　実施年度：令和４年度
　取組テーマ：窓口の予約制導入
　効果　：待ち時間を半減

【栃尾村】
　実施年度：令和６年度
　取組テーマ：書かない窓口の導入
　効果　：記入の手間をなくした

【椋田町】
　実施年度：令和５年度
　取組テーマ：窓口予約とキャッシュレス決済
　効果　：来庁者の滞在時間を短縮
"""

# (no theme labelled under the 【】: members of a council, no cases)
ROSTER = """協議会 構成団体

【楡川町】
　担当課：企画課
　電話　：0000-11-2222

【栃尾村】
　担当課：総務課
　電話　：0000-33-4444
"""


def test_read_made138_page():
    text = MADE138.read_text(encoding="utf-8")
    assert registry.detect(text) is case_studies
    records = {r.code: r.fields for r in case_studies.parse(text, MADE138.name).records}
    assert len(records) == 7
    assert records["1"]["places"] == ["白鷺台市"] and "委託" in records["1"]["topic"]
    assert records["1"]["start_year"] == "R5"


def test_read_other_words():
    assert registry.detect(TEXT) is case_studies
    records = {r.code: r.fields for r in case_studies.parse(TEXT, "kinrin.txt").records}
    assert [records[c]["places"] for c in ("1", "2", "3")] == [["楡川町"], ["栃尾村"], ["椋田町"]]
    assert records["2"]["topic"] == "書かない窓口の導入" and records["2"]["start_year"] == "R6"


def test_no_theme_no_cases():
    assert registry.detect(ROSTER) is not case_studies


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("bracketed_places")
    shutil.copy(MADE138, folder / MADE138.name)
    (folder / "近隣町村の窓口改革.txt").write_text(TEXT, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question,places", [
    ("テーマに「委託」が入っている他市はどこ？", {"白鷺台市", "南楓市"}),
    ("他市の事例で、テーマに「委託」が入っているところは？", {"白鷺台市", "南楓市"}),
    ("テーマに「予約」が入っている他の自治体はどこ？", {"楡川町", "椋田町"}),
])
def test_theme_said(assistant, question, places):
    answer = ask(assistant, question)
    got = {p for r in answer.rows for p in (r.get("places") or [])}
    assert got == places and answer.status == "exact", (answer.status, answer.summary, answer.understood)
