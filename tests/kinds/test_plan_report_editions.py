"""Made editions of the plan report: the shipped text transformed in the test (other fiscal years, another
city, copies left out, rows damaged as a converter damages them), each checked record by record against
the shipped records transformed the same way. Nothing here is a committed copy: every edition is built
from the shipped document by a general rule, so that the loader cannot be fitted to one of them."""
from __future__ import annotations

import re
from typing import Any, Callable

import pytest

from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument
from tests.kinds.format_editions import map_strings, records_by_key, shift_field, shift_record_fields, shift_years
from tests.kinds.helpers import corpus_text

SOURCE = "002_388add96d06013c9.txt"
T = "\t"


@pytest.fixture(scope="module")
def text() -> str:
    return corpus_text(SOURCE)


@pytest.fixture(scope="module")
def shipped(text) -> ParsedDocument:
    return plan_report.parse(text, SOURCE)


# --- transformations (shared with the format editions) ------------------------------------------------

def assert_same_records(got: ParsedDocument, expected: dict[str, dict[str, Any]]) -> int:
    """Every record of `expected` is in `got` with exactly these fields, and no other record is;
    returns how many records were checked."""
    found = records_by_key(got)
    assert set(found) == set(expected), (sorted(set(expected) - set(found))[:10], sorted(set(found) - set(expected))[:10])
    wrong = {key: {f: (found[key].get(f), v) for f, v in fields.items() if found[key].get(f) != v}
             for key, fields in expected.items() if found[key] != fields}
    assert not wrong, list(wrong.items())[:5]
    return len(expected)


def _rekey(key: str, k: int) -> str:
    kind, _, code = key.partition(":")
    return f"{kind}:{shift_years(code, k)}"


# --- the shipped report: years are data, and nothing is reported as damaged ------------------------


def test_the_shipped_report_has_its_years_and_no_warnings(shipped):
    practices = [r for r in shipped.records if r.kind == "practice"]
    assert {f for f in practices[0].fields if re.fullmatch(r"[rh]\d+", f)} == {"r2", "r3", "r4", "r5"}
    grades = {r.code: r.fields for r in shipped.records if r.kind == "grade"}
    assert len(grades) == 4 * len(practices)
    assert grades["27-R4"] == {"practice": "27", "year": "R4", "fiscal_year": 2022, "grade": "A"}
    assert grades["19-R5"]["grade"] == "-" and grades["N16-R2"]["grade"] == ""
    assert shipped.warnings == []
    assert shipped.title == "苫小牧市行政創革プラン 取組の有効性に関する意見書"


# --- other fiscal years -------------------------------------------------------------------------------


@pytest.mark.parametrize("k", [1, 2, -4], ids=["next-cycle", "two-later", "heisei"])
def test_fiscal_years_shifted(text, shipped, k):
    """Every era year moved by k, in headers, sheet labels, 取組終了, 令和N年度 texts and dates. With
    k = -4 the first years fall in 平成 (R2 → H28, R5 → R1): fields h28, h29, h30, r1."""
    edition = plan_report.parse(shift_years(text, k), SOURCE)
    expected = {_rekey(key, k): shift_record_fields(fields, k) for key, fields in records_by_key(shipped).items()}
    checked = assert_same_records(edition, expected)
    assert checked == len(shipped.records)
    practice = next(r for r in edition.records if r.kind == "practice")
    years = sorted(f for f in practice.fields if re.fullmatch(r"[rh]\d+", f))
    assert years == sorted(shift_field(f, k) for f in ("r2", "r3", "r4", "r5"))
    kinds = {r.kind for r in edition.records}
    counts = {kind: sum(r.kind == kind for r in edition.records) for kind in kinds}
    assert counts["challenge"] == 353 and counts["sheet_entry"] == 817 and counts["self_eval"] == 360
    assert edition.warnings == []


def test_shift_years_rewrites_every_era_year():
    assert shift_years("R2\tR 3\t令和\t7 年 3 月\t令和元年度\tH26年\tQR2\tRPA", 1) == "R3\tR 4\t令和\t8 年 3 月\t令和2年度\tH27年\tQR2\tRPA"
    assert shift_years("R2 令和2年", -4) == "H28 平成28年"
    assert shift_field("r5", -4) == "r1" and shift_field("r2", -4) == "h28" and shift_field("total", 3) == "total"


# --- another city ---------------------------------------------------------------------------------


def _rename_city(text: str, city: str) -> str:
    # 苦小牧 is the converter's misreading of 苫小牧 (the normaliser reads it back): the same name.
    return re.sub("[苫苦]小牧", city, text)


def test_another_city(text, shipped):
    city = "室蘭"
    edition = plan_report.parse(_rename_city(text, city), SOURCE)
    expected = {key: {name: map_strings(v, lambda s: s.replace("苫小牧", city)) for name, v in fields.items()}
                for key, fields in records_by_key(shipped).items()}
    assert assert_same_records(edition, expected) == len(shipped.records)
    assert edition.title == f"{city}市行政創革プラン 取組の有効性に関する意見書"


# --- copies left out ------------------------------------------------------------------------------


def _appendix_span(lines: list[str]) -> tuple[int, int]:
    """0-based [start, end) of the appendix list: its heading up to the first progress sheet."""
    start = next(i for i, line in enumerate(lines) if line.startswith("行政創革プラン取組項目・実践項目一覧"))
    end = next(i for i in range(start, len(lines)) if re.match(r"^No\.\d+ \S", lines[i]))
    return start, end


def _is_item_row(line: str) -> bool:
    row = line.split(T)
    return len(row) > 1 and bool(re.fullmatch(r"N?\d{1,2}", row[0])) and bool(re.fullmatch(r"No\.\d+", row[1]))


def test_without_the_appendix_list(text, shipped):
    lines = text.split("\n")
    start, end = _appendix_span(lines)
    edition = plan_report.parse("\n".join(lines[:start] + lines[end:]), SOURCE)
    assert assert_same_records(edition, records_by_key(shipped)) == len(shipped.records)
    absent = [w for w in edition.warnings if w.kind == "absent_copy"]
    assert len(absent) == 1 and "資料編の実践項目一覧" in absent[0].note and absent[0].line == 0
    # Every remaining disagreement about a practice item says which copy was absent.
    practice_conflicts = [c for c in edition.conflicts if c.key.startswith("practice:")]
    assert practice_conflicts and all("appendix_list" in c.absent for c in practice_conflicts)
    assert all("資料編の実践項目一覧に記載なし" in c.note for c in practice_conflicts)


@pytest.mark.parametrize("every", [1, 3, 7], ids=["all-rows", "every-third", "every-seventh"])
def test_appendix_rows_removed(text, shipped, every):
    lines = text.split("\n")
    start, end = _appendix_span(lines)
    rows = [i for i in range(start, end) if _is_item_row(lines[i])]
    removed = set(rows[::every])
    codes = {lines[i].split(T)[0] for i in removed}
    edition = plan_report.parse("\n".join(l for i, l in enumerate(lines) if i not in removed), SOURCE)
    assert assert_same_records(edition, records_by_key(shipped)) == len(shipped.records)
    named = {w.record for w in edition.warnings if w.kind == "absent_copy"}
    if every == 1:
        assert any(w.line == 0 and "資料編" in w.note for w in edition.warnings)
    else:
        assert named == {f"practice:{c}" for c in codes}
        for conflict in edition.conflicts:
            code = conflict.key.partition(":")[2]
            if conflict.key.startswith("practice:"):
                assert ("appendix_list" in conflict.absent) is (code in codes), conflict


# --- rows damaged in conversion ---------------------------------------------------------------------


def _split_at(line: str, cut: int | str) -> tuple[str, str]:
    """A line cut in two: at its n-th tab (int; the tab is lost), or inside a cell before the text `cut`."""
    if isinstance(cut, int):
        cells = line.split(T)
        return T.join(cells[:cut]), T.join(cells[cut:])
    at = line.index(cut)
    return line[:at], line[at:]


def _damage(text: str, find: Callable[[list[str]], int], cut: int | str, between: list[str]) -> tuple[str, int]:
    """The text with the line `find` picks cut in two and `between` put between the pieces; returns the
    new text and the 1-based line of the first piece."""
    lines = text.split("\n")
    i = find(lines)
    first, second = _split_at(lines[i], cut)
    return "\n".join(lines[:i] + [first, *between, second] + lines[i + 1:]), i + 1


def _list_row(code: str, which: int) -> Callable[[list[str]], int]:
    """The row of practice `code` in the main list (which = 0) or the appendix list (which = 1)."""
    def find(lines: list[str]) -> int:
        return [i for i, line in enumerate(lines) if _is_item_row(line) and line.split(T)[0] == code][which]
    return find


def _list_header(lines: list[str], which: int) -> list[str]:
    """The two header rows of a list, as the converter prints them again after a page break."""
    heads = [i for i, line in enumerate(lines) if line.startswith("小No.")]
    i = heads[0] if which == 0 else next(h for h in heads if h > _appendix_span(lines)[0])
    return lines[i:i + 2]


def _sheet_row(code: str, label: str) -> Callable[[list[str]], int]:
    """The row labelled `label` of the self-evaluation on practice `code`'s progress sheet: the first such
    row after the sheet's 実践項目 line, which names the item as the main list does."""
    def find(lines: list[str]) -> int:
        title = lines[_list_row(code, 0)(lines)].split(T)[3]
        top = next(i for i, line in enumerate(lines) if line.startswith("実践項目" + T) and title in line)
        return next(i for i in range(top, len(lines)) if line_label(lines[i]) == label)
    return find


def line_label(line: str) -> str:
    cells = [c.strip() for c in line.split(T)]
    return next((c for c in cells[:3] if c in ("進捗度", "連携度", "効率性", "創造性", "総合評価")), "")


SPLIT_SHEET_ROWS = [
    ("19", "総合評価", 4), ("19", "総合評価", 2), ("19", "総合評価", 6), ("19", "進捗度", 3),
    ("1", "総合評価", 3), ("27", "総合評価", 5), ("60", "総合評価", 4), ("44", "効率性", 4),
]


@pytest.mark.parametrize("code,label,cut", SPLIT_SHEET_ROWS)
def test_a_split_sheet_row(text, shipped, code, label, cut):
    """A self-evaluation row cut over two lines is joined back and reported at its own line; the sheet's
    pieces never outvote the copies that agree (19.r5 stays '-', not the B a misread piece gives)."""
    damaged, line = _damage(text, _sheet_row(code, label), cut, [])
    edition = plan_report.parse(damaged, SOURCE)
    assert assert_same_records(edition, records_by_key(shipped)) == len(shipped.records)
    assert [(w.line, w.kind, w.record) for w in edition.warnings] == [(line, "repaired_row", f"practice:{code}")]


LIST_CUTS = [
    # (code, which list, where the row is cut, what comes between the pieces)
    ("19", 0, 6, []), ("19", 1, 6, []), ("52", 0, 8, ["", "\f"]), ("52", 1, 3, ["\f"]),
    ("27", 0, "有効活用", ["", "HEADER"]), ("N15", 0, 9, ["HEADER"]), ("N2", 1, 14, ["\f", "HEADER"]),
    ("8", 0, "LINE", []), ("70", 0, 14, ["", "HEADER", ""]), ("N25", 1, 5, ["HEADER"]), ("1", 0, 4, ["\f"]),
]


@pytest.mark.parametrize("code,which,cut,between", LIST_CUTS)
def test_a_list_row_cut_by_a_page_break(text, shipped, code, which, cut, between):
    """A list row split over two lines, or cut by a page break (a form feed, the header printed again):
    read back whole, reported at its own line, blamed on nothing else."""
    lines = text.split("\n")
    header = _list_header(lines, which)
    filler = [x for b in between for x in (header if b == "HEADER" else [b])]
    damaged, line = _damage(text, _list_row(code, which), cut, filler)
    edition = plan_report.parse(damaged, SOURCE)
    assert assert_same_records(edition, records_by_key(shipped)) == len(shipped.records)
    assert [(w.line, w.kind, w.record) for w in edition.warnings] == [(line, "repaired_row", f"practice:{code}")]


def test_a_form_feed_inside_a_row_is_removed_and_reported(text, shipped):
    lines = text.split("\n")
    i = _list_row("27", 0)(lines)
    first, second = _split_at(lines[i], 7)
    lines[i] = first + "\t\f" + second
    edition = plan_report.parse("\n".join(lines), SOURCE)
    assert assert_same_records(edition, records_by_key(shipped)) == len(shipped.records)
    assert [(w.line, w.kind) for w in edition.warnings] == [(i + 1, "repaired_row")]


def test_a_row_beyond_repair_is_reported_at_its_line_and_left_out(text, shipped):
    """The appendix row of 20 keeps only its first cells: it is reported where it is, and the item is
    read from its other copies (its r5 = B, as the main list and the sheet say)."""
    lines = text.split("\n")
    i = _list_row("20", 1)(lines)
    lines[i] = T.join(lines[i].split(T)[:5])
    edition = plan_report.parse("\n".join(lines), SOURCE)
    assert assert_same_records(edition, records_by_key(shipped)) == len(shipped.records)
    kinds = {(w.line, w.kind) for w in edition.warnings}
    assert (i + 1, "malformed_row") in kinds
    assert any(w.kind == "absent_copy" and w.record == "practice:20" for w in edition.warnings)


def test_editions_combined(text, shipped):
    """Next cycle's report of another city, without its appendix list, with a cut row: all at once."""
    lines = _rename_city(shift_years(text, 1), "千歳").split("\n")
    start, end = _appendix_span(lines)
    lines = lines[:start] + lines[end:]
    damaged, line = _damage("\n".join(lines), _sheet_row("19", "総合評価"), 4, [])
    edition = plan_report.parse(damaged, SOURCE)
    expected = {
        _rekey(key, 1): {n: map_strings(v, lambda s: s.replace("苫小牧", "千歳")) for n, v in shift_record_fields(f, 1).items()}
        for key, f in records_by_key(shipped).items()
    }
    assert assert_same_records(edition, expected) == len(shipped.records)
    assert {w.kind for w in edition.warnings} == {"absent_copy", "repaired_row"}


@pytest.mark.parametrize("cut", [3, 4, 5])
def test_a_sheet_row_that_lost_its_end_never_outvotes_the_lists(text, shipped, cut):
    """19's 総合評価 row cut and its second piece lost: read alone it would put B under R5 (values are
    right-aligned). It is reported at its line and outvotes nothing: 19.r5 stays '-' as three copies say."""
    lines = text.split("\n")
    i = _sheet_row("19", "総合評価")(lines)
    lines[i] = _split_at(lines[i], cut)[0]
    edition = plan_report.parse("\n".join(lines), SOURCE)
    got = records_by_key(edition)
    want = records_by_key(shipped)
    assert got["practice:19"] == want["practice:19"]
    assert got["grade:19-R5"]["grade"] == "-"
    assert [(w.line, w.kind, w.record) for w in edition.warnings] == [(i + 1, "malformed_row", "practice:19")]
    assert {k: v for k, v in got.items() if not k.startswith(("self_eval:19-", "practice:19", "grade:19-"))} == {
        k: v for k, v in want.items() if not k.startswith(("self_eval:19-", "practice:19", "grade:19-"))}


@pytest.mark.parametrize("which", [0, 1], ids=["main-list", "appendix-list"])
def test_a_full_page_break_inside_a_list_row(text, shipped, which):
    """The whole of what a page break prints between the two halves of a row: a page number, a form
    feed, the report's running title and the table's header."""
    lines = text.split("\n")
    header = _list_header(lines, which)
    title = lines[next(i for i, line in enumerate(lines) if line.startswith("行政創革プラン取組状況一覧【実践項目別】"))]
    between = ["", "- 7 -", "\f", title, "", *header]
    for code in ("4", "N9", "58"):
        damaged, line = _damage(text, _list_row(code, which), 7, between)
        edition = plan_report.parse(damaged, SOURCE)
        assert assert_same_records(edition, records_by_key(shipped)) == len(shipped.records)
        assert [(w.line, w.kind, w.record) for w in edition.warnings] == [(line, "repaired_row", f"practice:{code}")]


# Fields that are running text gathered from many rows of a sheet (the schedule's cells are placed by
# column, the notes by paragraph): a cut inside them may move a word, not a value.
_TEXT_BLOBS = {"schedule", "notes"}


def _rows_to_cut(lines: list[str]) -> list[int]:
    """Every 61st row with three or more cells from the practice-item list on: a spread over the main
    list, section I, the appendix list and every kind of sheet row, picked by a rule, not by hand."""
    start = next(i for i, line in enumerate(lines) if line.startswith("行政創革プラン取組状況一覧【実践項目別】"))
    rows = [i for i in range(start, len(lines)) if len([c for c in lines[i].split(T) if c.strip()]) >= 3]
    return rows[::61]


_CUT_ROWS = _rows_to_cut(corpus_text(SOURCE).split("\n"))


def test_enough_rows_are_cut():
    assert len(_CUT_ROWS) > 40


@pytest.mark.parametrize("i", _CUT_ROWS, ids=lambda i: f"line{i + 1}")
def test_a_row_cut_anywhere(text, shipped, i):
    """The row cut at its middle cell boundary (the tab lost): every record comes out as shipped
    (running text of a sheet's schedule and notes aside), and nothing is refused."""
    lines = text.split("\n")
    filled = [j for j, c in enumerate(lines[i].split(T)) if c.strip()]
    damaged = "\n".join(lines[:i] + list(_split_at(lines[i], filled[len(filled) // 2])) + lines[i + 1:])
    got = records_by_key(plan_report.parse(damaged, SOURCE))
    want = records_by_key(shipped)
    assert set(got) == set(want)
    wrong = [key for key, fields in want.items()
             if {f: v for f, v in fields.items() if f not in _TEXT_BLOBS} != {f: v for f, v in got[key].items() if f not in _TEXT_BLOBS}]
    assert not wrong, wrong[:10]


# --- another plan's name, section II left out ---------------------------------------------------------


def test_a_plan_of_another_name(text, shipped):
    """A city names its plan its own way (行政経営プラン): the report is recognised and read the same."""
    edition_text = text.replace("行政創革プラン", "行政経営プラン")
    assert plan_report.detect(edition_text)
    edition = plan_report.parse(edition_text, SOURCE)
    expected = {key: {name: map_strings(v, lambda s: s.replace("行政創革プラン", "行政経営プラン")) for name, v in fields.items()}
                for key, fields in records_by_key(shipped).items()}
    assert assert_same_records(edition, expected) == len(shipped.records)
    assert edition.title == "苫小牧市行政経営プラン 取組の有効性に関する意見書"


def test_without_section_two(text, shipped):
    """An edition without section II (the summary tables) reads section I up to the closing remarks."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("II 取組の有効性について"))
    end = next(i for i in range(start, len(lines)) if re.match(r"^\d+\s*総評$", lines[i]))
    edition_text = "\n".join(lines[:start] + lines[end:])
    assert plan_report.detect(edition_text)
    edition = plan_report.parse(edition_text, SOURCE)
    got, want = records_by_key(edition), records_by_key(shipped)
    practice = [k for k in want if k.startswith("practice:")]
    assert practice and all(got[k] == want[k] for k in practice)
    assert {k for k in got if k.startswith("initiative:")} == {k for k in want if k.startswith("initiative:")}


def test_a_document_that_only_mentions_the_words_is_not_the_report():
    text = "このREADMEは実践項目と進捗状況シートについて説明します。「I 取組項目別の評価について」の節を読みます。"
    assert not plan_report.detect(text)
