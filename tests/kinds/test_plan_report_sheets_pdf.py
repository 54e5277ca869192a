"""A plan report as a town publishes it in a PDF: numbered headings (「3 取組状況一覧【取組項目別】」,
「4 取組項目・実践項目一覧」) before section I, the practice list (小No.│大No.│…│one grade per year│four
scores│合計│総合評価│取組終了│担当部署, departments without bureau abbreviations), section I with each
initiative's practice table and 委員評価 X.X /5 followed by a note instead of remarks (「（委員の意見は別冊
の意見書のとおり）」), no section II, then a 【資料編】 heading and progress sheets for only some items,
each a run of ruled tables headed by its initiative (「No.2 窓口の改善 【進捗状況シート】」): 実践項目,
担当部署, 工程表, 取組内容 (年度│番号│取組予定│取組結果│進捗), 取組終了, the self-evaluation by year
with 総括 and 【評価の理由】, and 取組上の課題 by year.

The document is built here as a real PDF (fpdf2, read back by the formats layer). The town, its
years (crossing 平成→令和) and its titles are made up and differ from every shipped or made edition."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument
from tests.formats.make_pdf import japanese_font

pytestmark = pytest.mark.skipif(japanese_font() is None,
                                reason="no Japanese font on this machine (fonts-ipaexfont-gothic)")

PLAN = "若松町行政改革大綱実施計画"
YEARS = ["H30", "R1", "R2"]
YEAR_HEADS = {"H30": "平成30年度", "R1": "令和元年度", "R2": "令和2年度"}
THEMES = ["財政", "サービス", "協働", "施設", "民活", "ICT", "人材"]
INITIATIVES = [
    # no, title, themes, averages (4), total, self, committee score
    ("1", "歳入の確保", ("財政", "協働"), ("2.3", "2.3", "2.3", "2.0"), "9.0", "B", "3.4"),
    ("2", "窓口の改善", ("サービス", "ICT"), ("2.5", "2.5", "2.5", "3.0"), "10.5", "A", "4.2"),
]
# code, initiative, title, grades per year, scores (4), total, overall, ended, department
PRACTICES = [
    ("1", "1", "町税の口座振替の推進", ("B", "A", "-"), ("3", "2", "2", "2"), "9", "B", "R1", "税務課"),
    ("2", "1", "遊休町有地の売却", ("C", "B", "B"), ("2", "2", "2", "1"), "7", "C", "", "財政課"),
    ("N1", "1", "ふるさと寄附の返礼品の見直し", ("", "B", "A"), ("2", "3", "3", "3"), "11", "A", "R2", "企画課"),
    ("3", "2", "証明書の郵送請求の電子化", ("A", "A", "A"), ("3", "2", "3", "3"), "11", "A", "R2", "町民課"),
    ("N2", "2", "窓口のキャッシュレス決済", ("", "", "B"), ("2", "3", "2", "3"), "10", "A", "", "会計課"),
]
# The sheets: code → (schedule, entries (year, n, plan, result, progress), ended month or "",
# self-evaluation by year and 総括 (4 scores + 総合評価), reasons, challenges (year, problem, solution)).
SHEETS = {
    "2": {
        "schedule": "売却候補地の選定（H30）→ 公募売却（R1〜）",
        "entries": [
            ("H30", "①", "売却候補地の選定", "(新) 候補地を5か所に絞った。", "工程どおり"),
            ("R1", "②", "公募売却の実施", "(新) 2か所の応募がなく、売却は1か所にとどまった。", "遅れ"),
            ("R2", "③", "売却条件の見直し", "(継) 最低価格を見直し、2か所を売却した。", "工程どおり"),
        ],
        "ended": "",
        "evals": {"H30": ("1", "2", "1", "1", "C"), "R1": ("2", "2", "2", "1", "B"), "R2": ("2", "2", "2", "2", "B"),
                  "総括": ("2", "2", "2", "1", "C")},
        "reasons": ("3か所を売却したが2か所は残った。", "財政課と管財担当が協力した。", "公募の手間がかかった。",
                    "新しい手法は取り入れていない。"),
        "challenges": [("H30", "候補地の測量費", "測量を分けて発注する。"), ("R1", "応募者がいない", "最低価格を見直す。"),
                       ("R2", "残った土地の扱い", "貸付への切替えを検討する。")],
    },
    "N2": {
        "schedule": "導入準備（R2）→ 本格導入（R3〜）",
        "entries": [("R2", "①", "決済端末の導入", "(新) 窓口2か所に端末を置いた。", "工程どおり")],
        "ended": "",
        "evals": {"R2": ("2", "3", "2", "3", "B"), "総括": ("2", "3", "2", "3", "A")},
        "reasons": ("2か所で導入した。", "会計課と町民課が連携した。", "手数料がかかる。", "二次元コード決済も選べる。"),
        "challenges": [("R2", "手数料の負担", "利用件数を見て見直す。")],
    },
    "N1": {
        "schedule": "返礼品の見直し（R1〜R2）",
        "entries": [("R1", "①", "返礼品の棚卸し", "(新) 30品目を見直した。", "工程どおり"),
                    ("R2", "②", "新しい返礼品の追加", "(継) 町内の工房の木工品など8品目を加えた。", "工程どおり")],
        "ended": "令和3年3月",
        "evals": {"R1": ("2", "3", "2", "2", "B"), "R2": ("3", "3", "3", "3", "A"), "総括": ("2", "3", "3", "3", "A")},
        "reasons": ("2年で38品目を見直した。", "町内の事業者と協議した。", "寄附額が増えた。", "工房と組んだ。"),
        "challenges": [("R1", "事業者の負担", "出荷を町がまとめる。"), ("R2", "在庫の不足", "予約制にする。")],
    },
}
SCORE_NAMES = ("progress", "collaboration", "efficiency", "creativity")


def _initiative_rows() -> list[list[str]]:
    head = ["No.", "取組項目", *THEMES, "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計",
            "担当部署自己評価 (総合評価)", "委員会評価平均"]
    rows = [head]
    for no, title, themes, averages, total, own, committee in INITIATIVES:
        count = sum(p[1] == no for p in PRACTICES)
        rows.append([no, title, *["○" if t in themes else "" for t in THEMES], str(count), *averages, total, own, committee])
    return rows


def _practice_rows() -> list[list[str]]:
    head = ["小No.", "大No.", "取組項目", "実践項目", *YEARS, "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価",
            "取組終了", "担当部署(実践項目)"]
    titles = {i[0]: i[1] for i in INITIATIVES}
    return [head] + [[code, f"No.{no}", titles[no], title, *grades, *scores, total, overall, ended, dept]
                     for code, no, title, grades, scores, total, overall, ended, dept in PRACTICES]


def _section_rows(no: str) -> list[list[str]]:
    head = ["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当部署"]
    return [head] + [[code, title, *scores, total, overall, ended, dept]
                     for code, pno, title, _g, scores, total, overall, ended, dept in PRACTICES if pno == no]


def _sheet_parts(code: str) -> list[str | tuple[list[list[str]], tuple]]:
    practice = next(p for p in PRACTICES if p[0] == code)
    no, title, dept = practice[1], practice[2], practice[8]
    sheet = SHEETS[code]
    ini_title = next(i[1] for i in INITIATIVES if i[0] == no)
    parts: list = [f"No.{no} {ini_title} 【進捗状況シート】",
                   ([["実践項目", title], ["担当部署", dept], ["工程表 (予定含む)", sheet["schedule"]]], (40, 220))]
    entries = [["取組内容", "年度", "番号", "取組予定", "取組内容（取組結果）", "進捗"]]
    entries += [["", YEAR_HEADS[y], n, plan, result, progress] for y, n, plan, result, progress in sheet["entries"]]
    parts.append((entries, (20, 25, 12, 60, 120, 23)))
    if sheet["ended"]:
        parts.append(f"取組終了の場合記入 → {sheet['ended']}取組終了")
    columns = [c for c in sheet["evals"] if c != "総括"]
    evals = [["取組に対する自己評価", *(YEAR_HEADS[y] for y in columns), "総括", "【評価の理由】"]]
    for k, label in enumerate(("進捗度", "連携度", "効率性", "創造性", "総合評価")):
        reason = sheet["reasons"][k] if k < 4 else ""
        evals.append([label, *(sheet["evals"][c][k] for c in [*columns, "総括"]), reason])
    parts.append((evals, (40, *(22 for _ in columns), 18, 260 - 58 - 22 * len(columns))))
    challenges = [["取組上の課題", "年度", "課題・問題点", "左記の解決方法"]]
    challenges += [["", YEAR_HEADS[y], problem, solution] for y, problem, solution in sheet["challenges"]]
    parts.append((challenges, (30, 25, 95, 110)))
    return parts


def _parts() -> list:
    parts: list = [
        PLAN, "取組の進捗状況報告書（令和2年度）", "令和3年7月", "若松町行政改革推進委員会",
        "1 はじめに",
        "平成30年度から始まった計画の2つの取組項目と5つの実践項目について、委員会が評価した結果をまとめた。",
        "2 取組状況一覧【取組項目別】",
        (_initiative_rows(), (8, 40, 10, 13, 10, 10, 10, 10, 10, 14, 12, 12, 12, 12, 12, 22, 18)),
        "3 取組項目・実践項目一覧",
        (_practice_rows(), (10, 11, 30, 50, 10, 10, 10, 11, 11, 11, 11, 10, 13, 13, 27)),
        "I 取組項目別の評価について",
    ]
    for no, title, *_rest, committee in INITIATIVES:
        parts += [f"{no} {title}", (_section_rows(no), (12, 70, 14, 14, 14, 14, 12, 16, 16, 35)),
                  f"委員評価 {committee} /5 （委員の意見は別冊の意見書のとおり）"]
    parts.append(f"【資料編】 {PLAN} 令和2年度進捗状況シート")
    for code in SHEETS:
        parts += _sheet_parts(code)
    return parts


def document_pdf(font: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))  # same bytes every time
    pdf.add_font("jp", fname=font)
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    for part in _parts():
        if isinstance(part, str):
            if part.startswith("No.") and "進捗状況シート" in part:
                pdf.add_page()  # every sheet opens a page
            pdf.set_font("jp", size=9)
            pdf.multi_cell(0, 6, part, new_x="LMARGIN", new_y="NEXT")
            continue
        rows, widths = part
        pdf.set_font("jp", size=7)
        with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False, line_height=4.5) as table:
            for row in rows:
                cells = table.row()
                for value in row:
                    cells.cell(value)
        pdf.ln(3)
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    text = to_text(document_pdf(japanese_font()), "wakamatsu_houkoku_R2.pdf").text
    assert registry.detect(text) is plan_report
    return registry.parse(text, "wakamatsu_houkoku_R2.pdf")


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_every_practice_item_is_read_with_its_grades_per_year(doc):
    assert doc.kind == plan_report.KIND
    practices = _records(doc, "practice")
    assert list(practices) == [p[0] for p in PRACTICES]
    titles = {i[0]: i[1] for i in INITIATIVES}
    for code, no, title, grades, scores, total, overall, ended, dept in PRACTICES:
        got = practices[code]
        assert (got["initiative"], got["initiative_title"], got["title"]) == (no, titles[no], title)
        assert [got[y.lower()] for y in YEARS] == list(grades), code
        assert [got[n] for n in SCORE_NAMES] == [int(s) for s in scores], code
        assert (got["total"], got["overall"], got["ended"]) == (int(total), overall, ended), code
        assert got["departments"] == [dept], code
        assert got["themes"] == list(next(i[2] for i in INITIATIVES if i[0] == no))
    assert practices["N1"]["ended_month"] == "2021-03"  # 令和3年3月取組終了, as the sheet prints it
    grades = _records(doc, "grade")
    assert [grades[f"2-{y}"]["fiscal_year"] for y in YEARS] == [2018, 2019, 2020]
    assert [grades[f"2-{y}"]["grade"] for y in YEARS] == ["C", "B", "B"]
    assert doc.conflicts == []


def test_every_initiative_is_read_with_its_committee_score(doc):
    initiatives = _records(doc, "initiative")
    assert list(initiatives) == [i[0] for i in INITIATIVES]
    for no, title, themes, averages, total, own, committee in INITIATIVES:
        got = initiatives[no]
        assert (got["title"], got["themes"], got["self_overall"]) == (title, list(themes), own)
        assert [got[n] for n in SCORE_NAMES] + [got["total"]] == [float(a) for a in (*averages, total)]
        assert got["committee_score"] == float(committee)
        assert got["n_practice"] == sum(p[1] == no for p in PRACTICES)
        # The remarks are printed elsewhere (the note says so): none are made up from the note.
        assert got["n_comments"] == 0
    assert _records(doc, "comment") == {}


def test_the_sheets_present_are_read_with_entries_self_evaluations_and_challenges(doc):
    assert sorted(_records(doc, "sheet")) == sorted(SHEETS)
    entries = _records(doc, "sheet_entry")
    evals = _records(doc, "self_eval")
    challenges = _records(doc, "challenge")
    for code, sheet in SHEETS.items():
        got = _records(doc, "sheet")[code]
        assert got["schedule"] == sheet["schedule"]
        assert got["ended_text"] == (f"{sheet['ended']}取組終了" if sheet["ended"] else "")
        for n, (year, _mark, plan, result, _progress) in enumerate(sheet["entries"], start=1):
            entry = entries[f"{code}-{n}"]
            assert (entry["year"], entry["plan"], entry["status"]) == (year, plan, result[1])
            assert entry["result"].startswith(result)
        for year, (*scores, overall) in sheet["evals"].items():
            got_eval = evals[f"{code}-{year}"]
            assert [got_eval[n] for n in SCORE_NAMES] == [int(s) for s in scores], (code, year)
            assert got_eval["overall"] == overall
        summary = evals[f"{code}-総括"]
        assert [summary[f"reason_{n}"] for n in SCORE_NAMES] == list(sheet["reasons"])
        for year, problem, solution in sheet["challenges"]:
            assert (challenges[f"{code}-{year}"]["problem"], challenges[f"{code}-{year}"]["solution"]) == (problem, solution)
    assert len(entries) == sum(len(s["entries"]) for s in SHEETS.values())
    assert len(challenges) == sum(len(s["challenges"]) for s in SHEETS.values())


def test_the_title_is_the_reports_own(doc):
    assert doc.title == f"{PLAN} 取組の進捗状況報告書（令和2年度）"


def test_nothing_is_reported_damaged(doc):
    assert not [w for w in doc.warnings if w.kind in ("malformed_row", "repaired_row", "other_kind")]
