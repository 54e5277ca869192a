"""A table of joint projects printing a member per row under each project's number (rowspan: 共-01 over 鷽ノ原市 |
霧ヶ杜市 | 鵆川町, each with its share in %): 「AとBの両方が参加」 asks the projects whose rows hold both
(tables/question.py group_all); 「うちの市」 is the one member of every project; 「５割以上」 is 50% or more; the share
column 費用負担（％） is said 負担割合; a project is said without the deed its name ends in (…センター for
…センター運営); a roster's 出席回数（全５回） answers 「全部は出ていない」. made103's page, and a second town's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made103" / "docs"

_OTHER = """<html><head><title>広域事務の共同処理一覧｜蛍ヶ丘町</title></head><body>
<h1>広域事務の共同処理一覧</h1>
<p>蛍ヶ丘町では、近隣の町村と次の事務を共同で処理しています。</p>
<table>
<tr><th>番号</th><th>事務名</th><th>構成町村</th><th>負担（％）</th><th>状況</th></tr>
<tr><td rowspan="2">K1</td><td rowspan="2">し尿処理場運営</td><td>蛍ヶ丘町</td><td>70</td><td rowspan="2">継続</td></tr>
<tr><td>椋平村</td><td>30</td></tr>
<tr><td rowspan="3">K2</td><td rowspan="3">介護認定審査会</td><td>蛍ヶ丘町</td><td>40</td><td rowspan="3">継続</td></tr>
<tr><td>椋平村</td><td>30</td></tr>
<tr><td>楡木町</td><td>30</td></tr>
<tr><td rowspan="2">K3</td><td rowspan="2">火葬場管理運営</td><td>蛍ヶ丘町</td><td>45</td><td rowspan="2">継続</td></tr>
<tr><td>楡木町</td><td>55</td></tr>
</table></body></html>
"""


def _codes(answer) -> list[str]:
    return sorted({str(r.get("key", "")).split(":", 1)[-1] for r in answer.to_dict()["rows"]})


@pytest.fixture(scope="module")
def made103(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made103_joint")
    shutil.copy(DOCS / "kyodo_jisshi.html", folder / "kyodo_jisshi.html")
    shutil.copy(DOCS / "gaibu_hyoka_houkoku_R7.docx", folder / "gaibu_hyoka_houkoku_R7.docx")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other_town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("hotarugaoka_joint")
    (folder / "kyodo_shori.html").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_both_members_of_a_project(made103, other_town):
    a = ask(made103, "霧ヶ杜市と鵆川町の両方が参加している共同事業")
    assert a.status == "exact" and _codes(a) == ["共-01", "共-04", "共-07", "共-10"]
    a = ask(other_town, "椋平村と楡木町の両方が参加している事務は？")
    assert a.status == "exact" and _codes(a) == ["K2"]


def test_own_member_and_share_in_wari(made103, other_town):
    a = ask(made103, "うちの市の費用負担が５割以上の共同事業はどれ？")
    assert a.status == "exact" and _codes(a) == ["共-02", "共-03", "共-06", "共-08"]
    a = ask(other_town, "うちの町の負担が５割以上の事務は？")
    assert a.status == "exact" and _codes(a) == ["K1"]


def test_share_said_and_name_without_its_deed(made103, other_town):
    a = ask(made103, "休日夜間急患センターの鵆川町の負担割合は何％？")
    assert a.value == 25
    a = ask(other_town, "火葬場の楡木町の負担割合は？")
    assert a.value == 55


def test_done_with_a_member(made103):
    a = ask(made103, "榾原市と一緒にやっている事業は？")
    assert _codes(a) == ["共-05", "共-06", "共-07", "共-08"]


def test_not_at_every_meeting(made103):
    a = ask(made103, "外部評価委員会の会議に全部は出ていない委員はいる？")
    assert a.status == "exact" and _codes(a) == ["B委員", "D委員"]
