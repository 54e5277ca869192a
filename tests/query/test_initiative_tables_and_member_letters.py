"""A plan report laid out as one table per initiative under its own heading (重点取組Ｎ, 達成状況, marks per year, a
year printed in both eras), a committee paper scoring initiatives by member letter with bullets per initiative, case
studies headed by their places before a title between wave dashes — read, then asked (made92's layouts, here with
another city's names and years)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.kinds.case_studies import loader as case_loader
from assistant.kinds.plan_report import member_letters, year_grade_table

_REPORT = "\n".join([
    "榧野町行財政改革計画（令和元年度～令和３年度）実施結果報告書",
    "",
    "◎：計画を上回った",
    "○：計画どおり",
    "△：やや遅れ",
    "×：未着手",
    "－：取組期間外（開始前又は終了後）",
    "",
    "重点取組１　窓口サービスの改善",
    "成果指標：窓口満足度　／　目標値：90％　／　実績値（令和３年度）：93％",
    "重点取組としての総合評価：Ａ",
    "表１　重点取組１の実施項目",
    "No.\t実施項目\t所管課\t年度別進捗状況\t\t\t達成状況\t備考",
    "No.\t実施項目\t所管課\tＨ31／Ｒ1\tＲ2\tＲ3\t達成状況\t備考",
    "1-(1)\t窓口の一本化\t住民課\t○\t◎\t◎\t達成\t",
    "1-(2)\t証明書のコンビニ交付\t住民課\t×\t△\t○\t一部達成\t",
    "1-(3)\t窓口案内の外部委託\t総務課\t○\t－\t－\t達成\t令和元年度で完了",
    "",
    "重点取組２　財源の確保",
    "重点取組としての総合評価：Ｃ",
    "No.\t実施項目\t所管課\t年度別進捗状況\t\t\t達成状況\t備考",
    "No.\t実施項目\t所管課\tＨ31／Ｒ1\tＲ2\tＲ3\t達成状況\t備考",
    "2-(1)\t町税の収納対策\t税務課\t△\t×\t△\t未達成\t",
    "2-(2)\t使用料の見直し\t財政課\t－\t○\t○\t達成\t令和２年度から",
])

_PAPER = "\n".join([
    "榧野町行財政改革推進委員会",
    "榧野町行財政改革計画に関する意見書",
    "１ 委員構成",
    "Ａ委員 学識経験者（委員長）",
    "Ｂ委員 商工会代表",
    "Ｃ委員 公募町民",
    "２ 重点取組別の委員評価（10点満点）",
    "重点取組\t委員評価\t\t\t平均",
    "\tＡ\tＢ\tＣ",
    "１ 窓口サービスの改善\t8\t7\t9\t8.0",
    "２ 財源の確保\t4\t5\t6\t5.0",
    "",
    "（前頁からの続き）",
    "重点取組\t委員評価\t\t\t平均",
    "\tＡ\tＢ\tＣ",
    "３ 職員の育成\t6\t6\t7\t6.3",
    "３ 重点取組ごとの意見",
    "【重点取組１】窓口サービスの改善",
    "・窓口の一本化は評価できる。（Ａ委員）",
    "・コンビニ交付の利用率を示してほしい。（Ｃ",
    "委員）",
    "【重点取組２】財源の確保",
    "・収納対策の工程を示すべきである。（Ｂ委員）",
    "【重点取組３】職員の育成",
    "・研修の効果を検証されたい。（Ａ委員）",
    "４ おわりに",
    "次期計画に反映されたい。",
])

_CASES = "\n".join([
    "他団体の取組事例集",
    "",
    "事例１　青森県榊平村　～電子申請の全面導入～",
    "分野：ＤＸ",
    "【概要】",
    "　近隣町村と共同で申請システムを導入した。",
    "【成果】",
    "　来庁者数が２割減った。",
    "",
    "事例２　高知県樫浦町　～窓口の予約制～",
    "分野：窓口改革",
    "【概要】",
    "　窓口を予約制にした。",
    "【成果】",
    "　待ち時間が短縮した。",
])


def test_tables_under_initiative_headings_read_as_items():
    lines = _REPORT.splitlines()
    assert year_grade_table.detect(_REPORT)
    doc = year_grade_table.parse(lines, "r.txt", "t")
    items = {r.fields["code"]: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == ["1-(1)", "1-(2)", "1-(3)", "2-(1)", "2-(2)"]
    assert items["1-(2)"]["state"] == "一部達成" and items["1-(2)"]["r1"] == "×" and items["1-(2)"]["initiative"] == "1"
    # (a dash after its last grade, the legend saying a dash is after the item ended: it ended that year)
    assert items["1-(3)"]["ended"] == "R1" and items["1-(1)"]["ended"] == ""
    assert items["2-(2)"]["started"] == "R2"
    groups = {r.fields["no"]: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["1"]["self_overall"] == "A" and groups["2"]["self_overall"] == "C"
    assert groups["1"]["n_practice"] == 3 and groups["1"]["target"] == "90%"


def test_committee_paper_by_member_letter():
    assert member_letters.detect(_PAPER)
    doc = member_letters.parse(_PAPER.splitlines(), "p.txt", "t")
    groups = {r.fields["no"]: r.fields for r in doc.records if r.kind == "initiative"}
    assert sorted(groups) == ["1", "2", "3"]  # (the table goes on over the page break)
    assert groups["2"]["committee_score"] == 5.0 and groups["2"]["axes"] == {"A委員": 4, "B委員": 5, "C委員": 6}
    comments = [r.fields for r in doc.records if r.kind == "comment"]
    assert [(c["initiative"], c["member"]) for c in comments] == [("1", "A委員"), ("1", "C委員"), ("2", "B委員"), ("3", "A委員")]
    assert comments[1]["text"] == "コンビニ交付の利用率を示してほしい。"  # (the member's bracket wrapped over lines)
    assert comments[0]["member_role"] == "学識経験者(委員長)"
    assert groups["1"]["n_comments"] == 2


def test_cases_headed_by_places_before_the_title():
    assert case_loader.detect(_CASES)
    doc = case_loader.parse(_CASES, "c.txt")
    assert [(r.fields["places"], r.fields["title"]) for r in doc.records] == [
        (["青森県", "榊平村"], "電子申請の全面導入"), (["高知県", "樫浦町"], "窓口の予約制")]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index

    docs = tmp_path_factory.mktemp("docs")
    (docs / "report.txt").write_text(_REPORT, encoding="utf-8")
    (docs / "paper.txt").write_text(_PAPER, encoding="utf-8")
    index = tmp_path_factory.mktemp("index") / "gyokaku.db"
    build_index([Path(docs)], index)
    return index


def _ask(index, *questions):
    from tests.conftest import run_cli
    import json

    out = run_cli("ask", "--json", "--index", str(index), *questions)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)[-1]


def _codes(answer):
    return sorted(r.get("code") for r in answer["rows"])


def test_questions_on_the_tables_and_the_paper(made):
    a = _ask(made, "令和２年度の進捗が×だった実施項目は？")
    assert a["status"] == "exact" and _codes(a) == ["2-(1)"]
    a = _ask(made, "一度も△や×がつかなかった実施項目は？")
    assert a["status"] == "exact" and _codes(a) == ["1-(1)", "1-(3)", "2-(2)"]
    a = _ask(made, "未達成に終わった実施項目はどれ？")
    assert a["status"] == "exact" and _codes(a) == ["2-(1)"]
    a = _ask(made, "達成できなかった実施項目は？")
    assert a["status"] == "exact" and _codes(a) == ["1-(2)", "2-(1)"]
    a = _ask(made, "Ｃ委員が意見を出している重点取組はどれ？")
    assert a["status"] == "exact" and [r["initiative"] for r in a["rows"]] == ["1"]
    a = _ask(made, "委員長が意見を出している重点取組を教えて")
    assert a["status"] == "exact" and sorted(r["initiative"] for r in a["rows"]) == ["1", "3"]
    a = _ask(made, "委員評価の平均点で、最高の重点取組と最低の重点取組の差は何点？")
    assert a["status"] == "exact" and a["value"] == 3


def test_items_given_a_mark_in_the_most_years(made):
    a = _ask(made, "◎の数がいちばん多い実施項目はどれ？")
    assert a["status"] == "exact" and _codes(a) == ["1-(1)"]
