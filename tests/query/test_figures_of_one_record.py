"""Figures a record's text prints, asked of it: an amount's word said longer than printed (「寄附受領額」 over entries
printing 「…円の寄附を受領した」) added up over the years said; a fall asked with 減りました after a count of one year
(「R5は何社からいくら」→「R6は前年度比で寄附額はいくら減りましたか」); 何件 asked right after an answer of one record, of
words of its text (the figure printed, never the count of that one record); the figures of items named in brackets
after the label added up (「参加者数（A、B、C）を合計すると何名」). Expected figures are read from the index."""
from __future__ import annotations

import re

import pytest

from assistant.text.normalize import nfkc
from tests.query.test_entry_amounts_of_years import _r, _record


def test_amount_word_longer_than_printed_added_up_over_years(assistant, db):
    title, amounts = _record(db, "%ふるさと納税%", "寄附")
    noun = title.split("の導入")[0]
    years = sorted(amounts)
    answer = assistant.ask(f"{noun}の寄附受領額、{_r(years[0])}〜{_r(years[-1])}を合計するといくら？")
    assert answer.value == sum(amounts[y][0] for y in years) and answer.status == "search", answer.summary


def test_fall_from_the_year_before_after_a_count_of_one_year(assistant, db):
    title, amounts = _record(db, "%ふるさと納税%", "寄附")
    a, b = sorted(amounts)[-2:]
    assistant.ask(f"{title}、{_r(a)}年度は何社からいくら寄附を受領していましたか。")
    answer = assistant.ask(f"じゃあ{_r(b)}年度は前年度比で寄附額はいくら減りましたか。")
    diff = amounts[a][0] - amounts[b][0]
    assert answer.value == diff and answer.status == "search", answer.summary


def test_count_within_the_one_record_shown_is_the_figure_printed(assistant, db):
    rows = db.execute("SELECT p.title, e.year, e.result FROM sheet_entry e JOIN practice p ON p.key = e.practice_key "
                      "WHERE e.result LIKE '%相談%件%'").fetchall()
    for title, year, result in rows:
        m = re.search(r"、([^\d、()（）]{3,12}?)(\d[\d,]*)件", nfkc(result))
        if m and nfkc(title).startswith(m.group(1)[:2]):
            break
    else:
        pytest.skip("no sheet printing a count of consultations")
    assistant.ask(f"{title}の進捗状況シートって、何が書いてあるん？")
    answer = assistant.ask(f"{year}の{m.group(1)}って何件やったん？")
    assert answer.status != "exact" and m.group(2) in answer.summary, answer.summary


def test_items_named_in_brackets_after_the_label_added_up(assistant, db):
    by_key: dict[str, list[tuple[str, int]]] = {}
    for key, text in db.execute("SELECT key, text FROM passages WHERE text LIKE '%参加者%名%' ORDER BY id"):
        m = re.search(r"・\s*([^\s・:：]{2,14}(?:研修会|ツアー))\s*参加者\s*(\d+)名", nfkc(text))
        if m and m.group(1) not in [n for n, _ in by_key.get(key, [])]:
            by_key.setdefault(key, []).append((m.group(1), int(m.group(2))))
    key, found = max(by_key.items(), key=lambda kv: len(kv[1]), default=(None, []))
    if len(found) < 2:
        pytest.skip("no record listing two events with participants")
    kind, _, code = key.partition(":")
    (name,) = db.execute(f"SELECT name FROM [{kind}] WHERE key = ?", [key]).fetchone()
    names = "、".join(n for n, _ in found)
    answer = assistant.ask(f"{name}の実績報告に出てくる研修会・ツアーの参加者数（{names}）を合計すると何名？")
    assert answer.value == sum(n for _, n in found) and answer.status == "search", answer.summary


def test_actual_over_plan_said_with_the_actual_as_subject(assistant, db):
    row = db.execute("SELECT indicator, year_label, plan, actual FROM indicator WHERE plan IS NOT NULL AND actual IS NOT NULL "
                     "AND actual > plan AND year_label LIKE '令和%' ORDER BY line LIMIT 1").fetchone() or pytest.skip("no indicator over plan")
    name, year, plan, actual = row
    answer = assistant.ask(f"成果指標（{name}）について、{year}は計画値に対して実績が何件上回っていましたか。")
    assert answer.value == actual - plan, answer.summary


def test_the_sheet_said_as_where_to_read_names_no_other_record(assistant, db):
    """「…の進捗状況シートで、R4年度は何社からいくら」: the sheet is where the figures are printed, not a word of them."""
    title, amounts = _record(db, "%ふるさと納税%", "寄附")
    year = sorted(amounts)[-2]
    plain = assistant.ask(f"{title}で、{_r(year)}年度は何社からいくら寄附を受領しましたか。")
    answer = assistant.ask(f"{title}の進捗状況シートで、{_r(year)}年度は何社からいくら寄附を受領しましたか。")
    assert answer.summary == plain.summary and answer.status == "search" and not answer.unused
    assert "社" in answer.summary and "円" in answer.summary


def test_counter_typed_in_kana_is_the_count_asked(assistant, db):
    """「R4 は なんしゃ から きふ もらった？」 typed in kana on a phone: なんしゃ is 何社, the same figure as typed in kanji."""
    title, amounts = _record(db, "%ふるさと納税%", "寄附")
    year = sorted(amounts)[-2]
    kanji = assistant.ask(f"{title}で、{_r(year)}年度は何社から寄附をもらった？")
    kana = assistant.ask(f"{title}で、{_r(year)} は なんしゃ から きふ もらった？")
    assert "社" in kanji.summary and kana.value == kanji.value and kana.summary == kanji.summary, kana.summary
