"""A progress sheet holds what its block of lines prints (printed_within.py): a word printed only in one of its
yearly entries finds the sheet; and a bracketed name holding a negation that only a sheet's text prints
(「書かない窓口」) is a name, not 書く negated (quoted_names.py)."""
from __future__ import annotations


def _sheets_printing(db, word: str) -> set[str]:
    """The sheets whose lines (passages of the sheet or of any record printed inside its block) hold the word."""
    rows = db.execute("SELECT s.code FROM sheet s WHERE EXISTS (SELECT 1 FROM passages p WHERE p.source = s.source "
                      "AND p.line BETWEEN s.line AND s.end_line AND instr(p.text, ?) > 0 "
                      "AND (p.key LIKE 'sheet:%' OR p.key LIKE 'sheet_entry:%'))", [word]).fetchall()
    return {r[0] for r in rows}


def test_a_word_printed_in_a_sheets_entry_finds_the_sheet(assistant, db):
    want = _sheets_printing(db, "テレワーク")
    own = {r[0] for r in db.execute("SELECT s.code FROM sheet s JOIN passages p ON p.key = s.key "
                                    "WHERE instr(p.text, 'テレワーク') > 0")}
    assert want - own, "the corpus prints the word in some sheet's entries only"
    got = assistant.ask("テレワークが出てくる進捗状況シート")
    assert {r["code"] for r in got.rows} == want and got.status == "exact", got.summary


def test_narrowed_by_the_item_keeps_the_word(assistant, db):
    assistant.ask("テレワークが出てくる進捗状況シート")
    got = assistant.ask("働き方改革の取組項目のものだけ")
    item = db.execute("SELECT code FROM initiative WHERE title LIKE '%働き方改革%'").fetchone()[0]
    want = {c for c in _sheets_printing(db, "テレワーク")
            if db.execute("SELECT initiative FROM sheet WHERE code = ?", [c]).fetchone()[0] == item}
    assert want and {r["code"] for r in got.rows} == want, got.summary


def test_a_bracketed_name_of_the_text_is_a_name(assistant):
    got = assistant.ask("書かない窓口の視察してた実践項目の進捗シート")
    assert got.status == "exact" and got.unused == [], got.summary
    assert any(u.get("value") == "書かない窓口" for u in got.understood)
