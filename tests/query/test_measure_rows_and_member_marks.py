"""Layouts read as the records they hold: a table printing each heading on one row per measure (重点目標 merged
over a 達成率 row and a 評価 row, 区分 saying which), joined into one row per heading with each measure's years as
its columns; a column per town under a group header (参加町 ○/×) read as one column listing the towns taking
part; case studies headed 「◎<県><市町村>」 with 【分野】【開始】 and （取組の概要）（効果）. Other towns' names and
years than the set the layouts came from (made100)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.kinds.case_studies import loader as case_loader

_GOALS = "\n".join([
    "椋鳥台町男女共同参画行動計画　重点目標別評価（令和５年度）",
    "",
    "重点目標別の達成率と評価の推移",
    "重点目標\t主管課\t区分\t令和３年度\t令和４年度\t令和５年度",
    "重点目標1 意識の改革\t総務課\t達成率（％）\t20.0\t40.0\t60.0",
    "重点目標1 意識の改革\t総務課\t評価\tB\tB\tA",
    "重点目標2 仕事と家庭の両立\t福祉課\t達成率（％）\t50.0\t25.0\t75.0",
    "重点目標2 仕事と家庭の両立\t福祉課\t評価\tB\tC\tS",
    "重点目標3 働き方の見直し\t企画課\t達成率（％）\t10.0\t30.0\t30.0",
    "重点目標3 働き方の見直し\t企画課\t評価\tC\tC\tB",
    "※評価　S：大きく上回る　A：達成　B：概ね達成　C：未達成",
])

_JOINT = "\n".join([
    "広域合同研修・共同事業の実施状況（令和５年度）",
    "",
    "番号\t事業名\t区分\t参加町（○参加　×不参加）\t\t\t幹事町\t参加人数",
    "番号\t事業名\t区分\t椋鳥台町\t雉子山町\t鶺野村\t幹事町\t参加人数",
    "共-01\t新任職員合同研修\t研修\t○\t○\t×\t雉子山町\t40",
    "共-02\t管理職マネジメント研修\t研修\t×\t○\t○\t鶺野村\t25",
    "共-03\t職員意識調査の共同実施\t共同事業\t○\t○\t○\t椋鳥台町\t60",
    "共-04\t広報紙の共同編集\t共同事業\t○\t×\t○\t椋鳥台町\t12",
    "※参加人数は令和５年度の延べ人数。",
])

_CASES = "\n".join([
    "先進事例集　～女性活躍の推進に向けて～",
    "",
    "本資料は、他自治体の取組のうち参考となる事例をまとめたものである。",
    "────────────────────",
    "◎青潮県鳰島市",
    "【分野】男性育休",
    "【開始】令和２年度",
    "（取組の概要）",
    "男性職員全員に育児参加計画書の提出を求めた。",
    "（効果）",
    "男性職員の育児休業取得率が６５．０％に上昇した。",
    "────────────────────",
    "◎岩霧県杉ノ尾町",
    "【分野】テレワーク",
    "【開始】2022年度",
    "（取組の概要）",
    "全庁にモバイル端末を配備した。",
    "（効果）",
    "月平均時間外勤務時間が３．０時間減少した。",
    "────────────────────",
    "※効果の数値は各自治体への聞き取りによる。",
])


def test_cases_headed_by_a_mark_and_the_place():
    assert case_loader.detect(_CASES)
    doc = case_loader.parse(_CASES, "c.txt")
    cases = [r for r in doc.records if r.kind == "case_study"]
    assert [(r.fields["places"], r.fields["title"], r.fields.get("start_year")) for r in cases] == [
        (["青潮県", "鳰島市"], "男性育休", "R2"), (["岩霧県", "杉ノ尾町"], "テレワーク", "R4")]
    assert "聞き取り" not in str(cases[-1].fields.get("effects")) and "───" not in str(cases[0].fields.get("effects"))


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    from assistant.store.build import build_index

    docs = tmp_path_factory.mktemp("docs")
    (docs / "goals.txt").write_text(_GOALS, encoding="utf-8")
    (docs / "joint.txt").write_text(_JOINT, encoding="utf-8")
    index = tmp_path_factory.mktemp("index") / "gyokaku.db"
    build_index([Path(docs)], index)
    return index


def _ask(index, *questions):
    from tests.conftest import run_cli

    out = run_cli("ask", "--json", "--index", str(index), *questions)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)[-1]


def _codes(answer):
    return sorted(str(r.get("key")).partition(":")[2] for r in answer["rows"])


def test_one_row_per_measure_joined(made):
    a = _ask(made, "令和５年度の評価がSだった重点目標は？")
    assert a["status"] == "exact" and _codes(a) == ["2"]
    a = _ask(made, "令和５年度の達成率が50％以上の重点目標は？")
    assert a["status"] == "exact" and _codes(a) == ["1", "2"]


def test_bound_of_every_year_and_of_some_year(made):
    a = _ask(made, "評価が3年間ずっとB以上の重点目標は？")
    assert a["status"] == "exact" and _codes(a) == ["1"]
    a = _ask(made, "これまでに評価Cがついたことのある重点目標は？")
    assert a["status"] == "exact" and _codes(a) == ["2", "3"]


def test_rows_counted_as_said_before_the_mean(made):
    a = _ask(made, "令和５年度の重点目標別の達成率、3つの平均は何％？")
    assert a["status"] == "exact" and a["value"] == pytest.approx(55.0)
    a = _ask(made, "令和５年度の重点目標別の達成率、5つの平均は何％？")
    assert a["status"] != "exact"


def test_a_column_per_town_read_as_the_towns_taking_part(made):
    a = _ask(made, "椋鳥台町が参加していない事業は？")
    assert a["status"] == "exact" and _codes(a) == ["共-02"]
    a = _ask(made, "椋鳥台町が幹事の事業は？")
    assert a["status"] == "exact" and _codes(a) == ["共-03", "共-04"]
    assert all(str(r["key"]).startswith("joint_project:") for r in a["rows"])


def test_every_kind_of_a_column_said_in_one_phrase(made):
    a = _ask(made, "合同研修・共同事業の参加人数を全部足すと何人？")
    assert a["status"] == "exact" and a["value"] == 137
