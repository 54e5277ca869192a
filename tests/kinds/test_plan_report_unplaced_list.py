"""A plan report whose practice list names no initiative: no 取組項目 column and no heading rows
grouping it, its columns in an order of the town's own (here the scores first, then the title, the
departments and the years). Section I states each initiative's 実践項目数 on its テーマ line (with
委員会評価 x.x／5, the headings 「取組項目1　…」 spaced with an ideographic space), so the list, printed
in initiative order, is cut by those counts; a progress sheet that says otherwise, or counts that do
not add up, leave the list unplaced, and the report is then read as a generic document with a note
that says why (never placed by a guess).

The document is a text edition written here; the town, its years (平成30年度–令和2年度) and its titles
are made up."""
from __future__ import annotations

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument

HEAD = "番号\t進捗度\t連携度\t効率性\t創造性\t合計\t総合評価\t実践項目\t担当課\t平成30年度\t令和元年度\t令和2年度\t取組終了"
ROWS = [
    "1\t3\t3\t2\t2\t10\tA\t窓口の時間延長\t(住)住民課\tB\tA\tA\t",
    "2\t2\t1\t2\t1\t6\tB\t証明書のコンビニ交付\t(住)住民課、(総)情報課\tC\tB\t-\t令和元年度",
    "N1\t1\t1\t1\t1\t4\tC\t公民館の統合\t(教)生涯学習課\t\tC\tC\t",
    "3\t3\t2\t3\t3\t11\tA\t施設予約のオンライン化\t(総)情報課\tB\tA\tA\t",
]


def report(counts: tuple[int, int] = (2, 2), sheet_initiative: int = 2, head: str = HEAD, rows: list[str] = ROWS,
           counted: bool = True) -> str:
    def stated(n: int) -> str:
        return f"実践項目数：{n}　" if counted else ""

    return "\n".join([
        "桜町行政改革大綱　取組の評価に関する意見書",
        "令和3年7月　桜町行政改革推進委員会",
        "",
        "1 実践項目の評価一覧",
        head,
        *rows,
        "",
        "2 取組項目ごとの評価",
        "取組項目1　窓口サービスの向上",
        f"テーマ：サービス　{stated(counts[0])}自己評価：A　委員会評価：4.1／5",
        "委員の意見",
        "開庁時間の延長は利用者に好評である。",
        "コンビニ交付の周知を続けること。",
        "",
        "取組項目2　公共施設の見直し",
        f"テーマ：施設・ICT　{stated(counts[1])}自己評価：B　委員会評価：3.3／5",
        "委員の意見",
        "統合の説明会を丁寧に開くこと。",
        "",
        "参考 進捗状況シート",
        "実践項目3　施設予約のオンライン化",
        f"取組項目：{sheet_initiative}　担当課：(総)情報課",
        "年度\t取組内容\t自己評価\t評価の理由\t取組上の課題",
        "平成30年度\t(新)予約システムの選定\tB\t仕様書を作成した。\t",
        "令和元年度\t(新)試行\tA\t利用が月200件に増えた。\t",
        "令和2年度\t(継)本稼働\tA\t全施設で予約できるようになった。\t操作の問い合わせが多い。",
        "",
    ])


def read(text: str) -> ParsedDocument:
    text = to_text(text.encode("utf-8"), "sakuramachi.txt").text
    assert registry.detect(text) is plan_report
    return registry.parse(text, "sakuramachi.txt")


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_the_list_is_read_under_its_headers_and_cut_by_the_counts():
    doc = read(report())
    assert doc.kind == "plan_report", [w.note for w in doc.warnings if w.kind == "other_kind"]
    practices = _records(doc, "practice")
    assert {code: p["initiative"] for code, p in practices.items()} == {"1": "1", "2": "1", "N1": "2", "3": "2"}
    two = practices["2"]
    assert (two["title"], two["departments"]) == ("証明書のコンビニ交付", ["(住)住民課", "(総)情報課"])
    assert (two["h30"], two["r1"], two["r2"], two["ended"]) == ("C", "B", "-", "R1")
    assert (two["progress"], two["collaboration"], two["efficiency"], two["creativity"], two["total"], two["overall"]) == (
        2, 1, 2, 1, 6, "B")
    assert practices["N1"]["h30"] == "" and practices["N1"]["ended"] == ""
    assert not doc.conflicts


def test_initiatives_state_their_count_own_grade_and_committee_score():
    doc = read(report())
    initiatives = _records(doc, "initiative")
    assert {k: (v["title"], v["n_practice"], v["self_overall"], v["committee_score"]) for k, v in initiatives.items()} == {
        "1": ("窓口サービスの向上", 2, "A", 4.1), "2": ("公共施設の見直し", 2, "B", 3.3)}
    comments = _records(doc, "comment")
    assert [c["text"] for c in comments.values() if c["initiative"] == "1"] == [
        "開庁時間の延長は利用者に好評である。", "コンビニ交付の周知を続けること。"]
    # The sheet is tied to its item, and its initiative agrees with the counts.
    assert _records(doc, "sheet")["3"]["initiative"] == "2"
    assert _records(doc, "self_eval")["3-R1"]["reason_overall"] == "利用が月200件に増えた。"


def test_a_sheet_that_places_an_item_elsewhere_leaves_the_list_unplaced():
    doc = read(report(sheet_initiative=1))
    assert doc.kind == "generic"
    notes = [w.note for w in doc.warnings if w.kind == "other_kind"]
    assert notes and "食い違います" in notes[0] and "実践項目3" in notes[0]


def test_counts_that_do_not_add_up_leave_the_list_unplaced():
    doc = read(report(counts=(3, 2)))
    assert doc.kind == "generic"
    notes = [w.note for w in doc.warnings if w.kind == "other_kind"]
    assert notes and "合いません" in notes[0]


def test_numbers_of_the_form_initiative_practice_need_no_counts():
    # (the same rows numbered 1-1, 1-2, 2-1, 2-2, and no 実践項目数 anywhere)
    rows = [f"{code}\t{row.split(chr(9), 1)[1]}" for code, row in zip(("1-1", "1-2", "2-1", "2-2"), ROWS)]
    doc = read(report(counted=False, rows=rows).replace("実践項目3　", "実践項目2-2　"))
    assert doc.kind == "plan_report", [w.note for w in doc.warnings if w.kind == "other_kind"]
    practices = _records(doc, "practice")
    assert {code: p["initiative"] for code, p in practices.items()} == {"1-1": "1", "1-2": "1", "2-1": "2", "2-2": "2"}
    assert practices["2-1"]["title"] == "公民館の統合"


def test_section1_worded_otherwise_and_no_sheets_is_found_by_the_scores_on_its_theme_lines():
    # Section I headed in words of the town's own, and no progress sheet: the committee's score on
    # the テーマ lines still says what the document is, and the heading above the first one opens it.
    text = report().replace("2 取組項目ごとの評価", "2 取組項目の評価と委員の意見")
    text = text[:text.index("参考 進捗状況シート")]
    doc = read(text)
    assert doc.kind == "plan_report", [w.note for w in doc.warnings if w.kind == "other_kind"]
    assert {c: p["initiative"] for c, p in _records(doc, "practice").items()} == {"1": "1", "2": "1", "N1": "2", "3": "2"}
    assert _records(doc, "initiative")["2"]["committee_score"] == 3.3


def test_a_list_naming_each_items_initiative_by_its_title():
    # A 取組項目 column holding the initiative's title (no number, no 実践項目数): each row is tied to
    # the initiative of that title in section I; a title section I does not hold leaves the list unplaced.
    head = HEAD.replace("番号\t", "番号\t取組項目\t", 1)
    named = ["窓口サービスの向上", "窓口サービスの向上", "公共施設の見直し", "公共施設の見直し"]
    rows = [row.replace("\t", f"\t{title}\t", 1) for row, title in zip(ROWS, named)]
    doc = read(report(counted=False, head=head, rows=rows))
    assert doc.kind == "plan_report", [w.note for w in doc.warnings if w.kind == "other_kind"]
    practices = _records(doc, "practice")
    assert {code: p["initiative"] for code, p in practices.items()} == {"1": "1", "2": "1", "N1": "2", "3": "2"}
    assert practices["N1"]["title"] == "公民館の統合" and practices["N1"]["overall"] == "C"
    rows[0] = rows[0].replace("窓口サービスの向上", "窓口の改善")
    doc = read(report(counted=False, head=head, rows=rows))
    assert doc.kind == "generic"
    assert any("「窓口の改善」" in w.note for w in doc.warnings if w.kind == "other_kind")
