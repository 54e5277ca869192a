"""A plan's items each with its own indicator (指標（単位）) and results by year (実績 令和N年度), called by what they
do (「ノー残業デー」 of 「ノー残業デーの徹底」) and by the office in charge said with its verb (「人事課が担当してる」);
a committee's opinions whose related column names its kinds in brackets (対象（取組番号／基本目標）), keyed as
comments on those items. Other towns' names than the set the layouts came from (made100)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

_PLAN = "\n".join([
    "雉子山町特定事業主行動計画　令和５年度取組状況",
    "",
    "具体的取組の状況",
    "番号\t取組名\t担当課\t指標（単位）\t目標値（Ｒ７）\t実績\t\t\t進捗",
    "番号\t取組名\t担当課\t指標（単位）\t目標値（Ｒ７）\t令和３年度\t令和４年度\t令和５年度\t進捗",
    "1-(1)-1\tノー残業デーの徹底\t総務課\t定時退庁率（％）\t95％\t60.5\t70.2\t81.4\tB",
    "1-(1)-2\tテレワークの推進\t情報課\t利用職員数（人）\t150人\t20\t55\t98\tB",
    "1-(2)-1\tキャリア研修の実施\t総務課\t受講者数（人）\t40人\t12\t25\t41\tA",
    "2-(1)-1\t介護休暇の周知\t福祉課\t説明会参加者数（人）\t60人\t10\t18\t22\tC",
    "※進捗　Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れ",
])

_OPINIONS = "\n".join([
    "雉子山町男女共同参画推進懇話会　意見一覧",
    "",
    "番号\t委員区分\t対象（取組番号／基本目標）\t意見の要旨\t町の考え方",
    "1\t学識経験者\t1-(1)-2\tテレワーク端末が足りないとの声がある。\t端末を追加配備します。",
    "2\t公募町民\t基本目標2\t介護との両立支援を強めてほしい。\t次期計画で検討します。",
    "3\t学識経験者\t2-(1)-1\t説明会の開催時間を工夫してほしい。\t夕方にも開催します。",
    "4\t労働者代表\t1-(1)-1\t曜日を選べるようにしてほしい。\t試行します。",
])


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    from assistant.store.build import build_index

    docs = tmp_path_factory.mktemp("docs")
    (docs / "plan.txt").write_text(_PLAN, encoding="utf-8")
    (docs / "opinions.txt").write_text(_OPINIONS, encoding="utf-8")
    index = tmp_path_factory.mktemp("index") / "gyokaku.db"
    build_index([Path(docs)], index)
    return index


def _ask(index, *questions):
    from tests.conftest import run_cli

    out = run_cli("ask", "--json", "--index", str(index), *questions)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)[-1]


def test_the_measure_named_on_each_row_over_its_results_by_year(made):
    a = _ask(made, "テレワークの推進、令和５年度の利用職員数は何人？")
    assert a["status"] == "exact" and a["value"] == 98


def test_a_row_called_by_what_it_does(made):
    a = _ask(made, "ノー残業デーの定時退庁率、令和４年度はどうだった？")
    assert a["status"] == "exact" and a["value"] == pytest.approx(70.2)


def test_the_office_said_in_charge(made):
    a = _ask(made, "総務課が担当してる取組は？")
    assert a["status"] == "exact" and sorted(r["key"] for r in a["rows"]) == ["practice:1-(1)-1", "practice:1-(2)-1"]


def test_opinions_keyed_on_what_they_are_about(made):
    a = _ask(made, "学識経験者が意見した対象を全部")
    assert a["status"] == "exact"
    assert sorted(str(r["key"]).partition(":")[0] for r in a["rows"]) == ["comment", "comment"]
    assert sorted(r["number"] for r in a["rows"]) == ["1-(1)-2-1", "2-(1)-1-3"]
