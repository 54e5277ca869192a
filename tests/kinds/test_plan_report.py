"""The plan report loader on the shipped report (corpus/002_388add96d06013c9.txt)."""
from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from assistant.kinds.plan_report import loader as plan_report
from assistant.kinds.plan_report.cells import round_half_up
from assistant.model import Conflict, ParsedDocument
from tests.kinds.helpers import assert_detects_only, corpus_doc, corpus_text

SOURCE = "002_388add96d06013c9.txt"
doc = corpus_doc(plan_report, SOURCE)


@pytest.fixture(scope="module")
def records(doc: ParsedDocument) -> dict[str, dict[str, dict[str, Any]]]:
    """kind → code → fields."""
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for record in doc.records:
        assert record.code not in result.setdefault(record.kind, {}), record.key
        result[record.kind][record.code] = record.fields
    return result


@pytest.fixture(scope="module")
def practices(records) -> dict[str, dict[str, Any]]:
    return records["practice"]


@pytest.fixture(scope="module")
def initiatives(records) -> dict[str, dict[str, Any]]:
    return records["initiative"]


def _where(practices: dict, pred) -> set[str]:
    return {code for code, f in practices.items() if pred(f)}


def _conflict(doc: ParsedDocument, key: str, field: str) -> Conflict:
    found = [c for c in doc.conflicts if c.key == key and c.field == field]
    assert len(found) == 1, (key, field, doc.conflicts)
    return found[0]


# --- detection ------------------------------------------------------------------------------------


def test_detect_accepts_the_report_only():
    assert_detects_only(plan_report, SOURCE)


# --- counts and the report's own figures ----------------------------------------------------------


def test_record_counts(records):
    assert len(records["initiative"]) == 22
    assert len(records["practice"]) == 95
    assert set(records["practice"]) == {str(n) for n in range(1, 71)} | {f"N{n}" for n in range(1, 26)}
    assert len(records["sheet"]) == 95
    assert set(records["sheet"]) == set(records["practice"])


def test_every_sheet_is_linked_to_its_own_item(records, practices):
    for code, sheet in records["sheet"].items():
        assert sheet["practice"] == code
        assert sheet["initiative"] == practices[code]["initiative"]


def test_overall_grades_match_the_reports_98_9_percent(practices):
    grades = Counter(f["overall"] for f in practices.values())
    assert grades["A"] + grades["B"] == 94
    assert round(100 * 94 / 95, 1) == 98.9
    assert _where(practices, lambda f: f["overall"] == "C") == {"N16"}


def test_fourteen_initiatives_score_four_or_more(initiatives):
    # 「評価平均が4.0点以上の項目が14項目」
    assert sum(f["committee_score"] >= 4.0 for f in initiatives.values()) == 14


# The report's 「2 テーマ別・評価集計」 table: theme → (取組項目数, 実践項目数, 審議会評価平均).
THEME_TABLE = {
    "財政": (11, 54, 4.1),
    "サービス": (13, 58, 4.1),
    "協働": (8, 34, 4.0),
    "施設": (5, 25, 3.9),
    "民活": (10, 47, 4.0),
    "ICT": (13, 60, 4.2),
    "人材": (7, 33, 4.3),
}


@pytest.mark.parametrize("theme", list(THEME_TABLE))
def test_theme_table_is_reproduced_from_records(initiatives, theme):
    flagged = [f for f in initiatives.values() if theme in f["themes"]]
    n_initiatives, n_practices, committee = THEME_TABLE[theme]
    assert len(flagged) == n_initiatives
    assert sum(f["n_practice"] for f in flagged) == n_practices
    average = sum(f["committee_score"] for f in flagged) / len(flagged)
    assert round_half_up(average) == committee


def test_initiative_averages_recomputed_from_practice_items(initiatives, practices):
    for code, ini in initiatives.items():
        items = [f for f in practices.values() if f["initiative"] == code]
        assert len(items) == ini["n_practice"], code
        for name in ("progress", "collaboration", "efficiency", "creativity"):
            values = [f[name] for f in items]
            assert None not in values, (code, name)
            assert round_half_up(sum(values) / len(values)) == ini[name], (code, name)
        # 合計 is the sum of the four printed averages (initiative 1: 2.8+2.8+3.0+3.0 = 11.6).
        sums = ini["progress"] + ini["collaboration"] + ini["efficiency"] + ini["creativity"]
        assert round_half_up(sums) == ini["total"], code


def test_every_initiative_has_score_and_comments(initiatives, records):
    comments = records["comment"]
    for code, ini in initiatives.items():
        assert isinstance(ini["committee_score"], float)
        assert ini["n_comments"] >= 1
        own = [c for c in comments.values() if c["initiative"] == code]
        assert sorted(c["n"] for c in own) == list(range(1, ini["n_comments"] + 1))
    assert initiatives["11"]["committee_score"] == 4.0


def test_initiative_fields(initiatives):
    one = initiatives["1"]
    assert one["title"] == "新たな財源確保に向けた取組"
    assert one["themes"] == ["財政", "サービス", "協働", "民活"]
    assert (one["n_practice"], one["progress"], one["collaboration"], one["efficiency"], one["creativity"]) == (
        4, 2.8, 2.8, 3.0, 3.0,
    )
    assert (one["total"], one["self_overall"], one["committee_score"]) == (11.6, "A", 4.4)
    assert [one[y] for y in ("r2", "r3", "r4", "r5")] == ["A", "A", "B", "A"]
    assert [initiatives["22"][y] for y in ("r2", "r3", "r4", "r5")] == ["-", "-", "-", "B"]
    # Row printed with only three yearly grades: they are R3–R5, R2 is not printed.
    assert [initiatives["21"][y] for y in ("r2", "r3", "r4", "r5")] == ["", "B", "B", "A"]
    # The summary table drops trailing empty theme cells; 21 has only 人材, 4 has no 人材.
    assert initiatives["21"]["themes"] == ["人材"]
    assert initiatives["4"]["themes"] == ["サービス", "協働", "ICT"]


# --- practice items -------------------------------------------------------------------------------


def test_practice_fields(practices):
    p27 = practices["27"]
    assert p27["code"] == "27" and p27["initiative"] == "11"
    assert p27["initiative_title"] == "公共施設マネジメントの推進"
    assert p27["title"] == "公有財産の売却促進及び有効活用"
    n16 = practices["N16"]
    assert [n16[y] for y in ("r2", "r3", "r4", "r5")] == ["", "", "", "B"]
    assert (n16["progress"], n16["collaboration"], n16["efficiency"], n16["creativity"], n16["total"]) == (2, 1, 2, 2, 7)
    assert n16["departments"] == ["(財)納税課"] and n16["ended"] == "" and n16["ended_month"] == ""
    assert practices["2"]["tags"] == ["R5内容変更"] and practices["2"]["title"] == "企業版ふるさと納税の導入"
    assert practices["6"]["tags"] == ["R5工程確定"]
    assert practices["1"]["ended"] == "R6" and practices["1"]["ended_month"] == "2025-03"
    assert practices["N1"]["ended"] == "R5" and practices["N1"]["ended_month"] == "2024-03"
    assert practices["60"]["ended"] == "R2" and practices["60"]["ended_month"] == "2020-12"
    # Written on the sheet without the repeated prefix; section I repeats it — not a conflict.
    assert practices["51"]["departments"] == ["(総)行政監理室", "ICT推進室"]
    assert practices["8"]["departments"] == ["(政)秘書広報課", "(総)ICT推進室"]
    # The lists write 「(民)窓口サービス課、保険年金課」, the sheet repeats the prefix; the sheet's
    # writing is kept and the two are the same list, so no conflict.
    assert practices["35"]["departments"] == ["(民)窓口サービス課", "(民)保険年金課"]
    assert practices["23"]["departments"] == ["(消)総務課"]
    assert practices["5"]["title"] == "PFI手法による苫小牧市民文化ホールの整備"
    assert practices["54"]["themes"] == ["ICT", "人材"]
    assert practices["10"]["themes"] == ["サービス", "協働", "ICT"]


def test_spot_checks(practices, initiatives, records):
    def has_dept(word):
        return lambda f: any(word in d for d in f["departments"])

    assert _where(practices, has_dept("住宅課")) == {"31", "42"}
    assert _where(practices, has_dept("緑地公園課")) == {"30", "62"}
    assert _where(practices, lambda f: f["r3"] == "B" and f["r4"] == "A") == {"11", "36", "40", "52", "65"}
    assert _where(practices, lambda f: f["r2"] == "A" and f["overall"] == "B") == {"6", "17", "47"}
    assert len(_where(practices, lambda f: f["creativity"] == 2)) == 58
    assert _where(practices, lambda f: f["progress"] == 3 and f["collaboration"] == 3) == {
        "1", "N1", "8", "9", "13", "14", "15", "18", "N7", "28", "29", "33", "34", "52", "53", "56", "57",
        "N15", "N21", "N22", "N24",
    }
    assert _where(practices, lambda f: has_dept("納税課")(f) and f["overall"] == "C") == {"N16"}
    assert _where(practices, lambda f: f["initiative"] == "5" and f["ended"] == "R3") == {"12"}
    assert _where(practices, lambda f: f["code"].startswith("N") and f["overall"] == "B") == {
        "N3", "N6", "N8", "N9", "N11", "N12", "N14", "N23", "N25",
    }
    assert len(_where(practices, has_dept("会計課"))) == 2
    assert _where(practices, lambda f: f["initiative"] == "11" and f["ended"] == "") == {"32", "N9"}

    assert _where(initiatives, lambda f: f["committee_score"] == 4.2) == {"5", "13", "18"}
    assert _where(initiatives, lambda f: "民活" in f["themes"]) == {"1", "2", "5", "6", "8", "11", "12", "13", "14", "22"}
    assert _where(initiatives, lambda f: "サービス" in f["themes"] and f["self_overall"] == "A") == {
        "1", "2", "4", "5", "6", "9", "11", "12", "13", "16",
    }
    assert _where(initiatives, lambda f: f["n_practice"] == 2) == {"6", "16"}

    def commented(word):
        return {c["initiative"] for c in records["comment"].values() if word in c["text"]}

    assert commented("ノウハウ") == {"1", "12"}
    assert commented("プライバシー") == {"12"}
    assert commented("投票率") == {"21"}


# --- conflicts ------------------------------------------------------------------------------------


def test_conflict_n17_efficiency(doc):
    conflict = _conflict(doc, "practice:N17", "efficiency")
    assert conflict.chosen == 3
    lines = {(v.where, v.value, v.line) for v in conflict.values}
    assert ("main_list", 3, 199) in lines and ("appendix_list", 2, 895) in lines


def test_conflict_practice_20_r5(doc, practices):
    conflict = _conflict(doc, "practice:20", "r5")
    assert conflict.chosen == "B" == practices["20"]["r5"]
    lines = {(v.where, v.value, v.line) for v in conflict.values}
    assert ("main_list", "B", 145) in lines and ("appendix_list", "A", 841) in lines


def test_conflict_n2_departments(doc, practices):
    conflict = _conflict(doc, "practice:N2", "departments")
    assert practices["N2"]["departments"] == ["(産)港湾・企業振興課", "(環)ゼロカーボン推進室"]
    lines = {v.line for v in conflict.values}
    assert {127, 823} <= lines
    odd = [v for v in conflict.values if v.where == "appendix_list"]
    assert odd[0].value == ["(産)港湾・企業振興課", "(環)環境保全課"]


def test_conflict_practice_60_overall_prefers_the_sheet(doc, practices):
    conflict = _conflict(doc, "practice:60", "overall")
    assert conflict.chosen == "A" == practices["60"]["overall"]
    by_where = {v.where: (v.value, v.line) for v in conflict.values}
    assert by_where["section_1"] == ("B", 612)
    assert by_where["progress_sheet"] == ("A", 3865)
    assert by_where["main_list"][0] == by_where["appendix_list"][0] == "A"


def test_notation_variants_are_not_conflicts(doc):
    fields = {(c.key, c.field) for c in doc.conflicts}
    # ゼロごみ/ゼロゴミ (9), repeated bureau prefix (51), 苦小牧/苫小牧 (5, 8, N13), (消) 総務課 spacing (23).
    for code in ("9", "51", "5", "8", "N13", "23"):
        assert not {f for k, f in fields if k == f"practice:{code}"} & {"title", "departments"}, code


def test_conflict_values_name_their_copy(doc):
    allowed = {"main_list", "appendix_list", "section_1", "progress_sheet", "initiative_list", "summary_table"}
    assert doc.conflicts
    for conflict in doc.conflicts:
        assert len({v.where for v in conflict.values}) == len(conflict.values)
        assert {v.where for v in conflict.values} <= allowed
        assert all(v.line > 0 for v in conflict.values)


# --- comments -------------------------------------------------------------------------------------


def test_comment_counts(initiatives, records):
    assert initiatives["4"]["n_comments"] == 9
    assert initiatives["20"]["n_comments"] == 9
    # Bulletless blocks, counted by reading the report.
    assert {n: initiatives[n]["n_comments"] for n in ("3", "5", "6", "11", "12")} == {
        "3": 6, "5": 5, "6": 8, "11": 6, "12": 5,
    }
    comments = records["comment"]
    assert comments["3-1"]["text"].startswith("専任看護師を2名配置し")
    assert comments["3-1"]["text"].endswith("医療提供体制の確保に期待している。")
    assert comments["3-2"]["text"].startswith("新型コロナウイルスの感染拡大により")
    # Sentences of one remark stay together.
    assert comments["4-8"]["text"] == "高齢者向けの対策が必要である。スマホの利用方法講習会が必要と思う。"
    assert comments["4-2"]["initiative"] == "4" and comments["4-2"]["n"] == 2
    assert not any(c["text"].startswith("・") for c in comments.values())


# --- progress sheets ------------------------------------------------------------------------------


def test_sheet_parts(records):
    sheet = records["sheet"]["1"]
    assert sheet["ended_text"] == "令和7年3月取組終了"
    assert sheet["themes"] == ["財政", "サービス", "協働", "民活"]
    assert sheet["schedule"].startswith("R2: 対象事業の選定・実施")
    assert "R6:" in sheet["schedule"]
    assert "ガバメントクラウドファンディングは有効な手段" in sheet["notes"]
    assert records["sheet"]["N16"]["ended_text"] == ""

    entry = records["sheet_entry"]["1-4"]
    assert (entry["practice"], entry["year"], entry["n"], entry["status"]) == ("1", "R3", 4, "新")
    assert entry["plan"] == "「とまチョップ生誕10周年記念事業」寄附受付開始"
    assert entry["result"].startswith("(新) 新型コロナウイルスの影響により")
    assert records["sheet_entry"]["1-13"]["year"] == "R6"
    assert records["sheet_entry"]["1-12"]["status"] == ""
    # The number fused with the plan ('① 導入手法の検討') and the label sharing the row.
    assert records["sheet_entry"]["61-1"]["plan"] == "導入手法の検討"

    total = records["self_eval"]["2-総括"]
    assert (total["progress"], total["collaboration"], total["efficiency"], total["creativity"], total["overall"]) == (
        3, 2, 3, 3, "A",
    )
    assert total["reason_progress"] == "当初のスケジュールどおり進めることができた。"
    assert total["reason_overall"].startswith("制度の活用促進を図ったことで")
    r4 = records["self_eval"]["1-R4"]
    assert (r4["progress"], r4["collaboration"], r4["efficiency"], r4["creativity"], r4["overall"]) == (2, 2, 1, 2, "C")
    # N16's labels are shifted one row down; the rows are read in their fixed order.
    n16 = records["self_eval"]["N16-総括"]
    assert (n16["progress"], n16["collaboration"], n16["efficiency"], n16["creativity"], n16["overall"]) == (
        2, 1, 2, 2, "C",
    )

    challenge = records["challenge"]["2-R3"]
    assert challenge["problem"] == "R2と同じ"
    assert challenge["solution"].startswith("・予算要求前に各部署に制度の活用を周知")


def test_every_sheet_has_its_total_self_evaluation_except_the_one_without_page_1(records, practices):
    totals = {f["practice"] for f in records["self_eval"].values() if f["year"] == "総括"}
    assert set(practices) - totals == {"10"}


def test_passages_cover_free_text(doc, records):
    keys = Counter((p.key.split(":")[0], p.field) for p in doc.passages)
    assert keys[("initiative", "title")] == 22
    assert keys[("practice", "title")] == 95
    assert keys[("comment", "text")] == len(records["comment"])
    for kind_field in (("sheet_entry", "plan"), ("sheet_entry", "result"), ("self_eval", "reason_overall"),
                       ("challenge", "problem"), ("challenge", "solution"), ("sheet", "notes"), ("sheet", "schedule")):
        assert keys[kind_field] > 50, kind_field
    narrative = [p for p in doc.passages if p.key == f"doc:{SOURCE}"]
    texts = "\n".join(p.text for p in narrative)
    for phrase in ("はじめに", "財政効果額", "評価方法", "総評", "テーマ別の評価集計結果について", "98.9%"):
        assert phrase in texts, phrase
    assert all(p.source == SOURCE and p.line >= 1 for p in doc.passages)


def test_records_carry_provenance(doc):
    lines = corpus_text(SOURCE).splitlines()
    for record in doc.records:
        assert record.source == SOURCE
        assert 1 <= record.line <= len(lines)
        assert record.end_line is None or record.line <= record.end_line <= len(lines)
    first = {r.key: r for r in doc.records}
    assert lines[first["practice:1"].line - 1].startswith("1\tNo.1\t")
    assert lines[first["sheet:1"].line - 1].startswith("No.1 新たな財源確保")
    assert lines[first["initiative:4"].line - 1] == "4 市政情報の効果的な発信"
