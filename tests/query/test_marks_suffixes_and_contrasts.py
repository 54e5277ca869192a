"""Negations and contrasts over the shipped corpus: themes neither marked (「財政もサービスも○がついていない」), one
theme's marked records left out of the answer before (「その中で人材にも○がついているものを除いた残り」), a number
with its own comparison after a count (「じゃあ逆に4.0未満のもの」), a municipality's department by the last word of
its name (「倉敷市側の担当部署が「〜課」ではないもの」), a word's record left out of a few (「大阪城公園じゃない方」)
and the unit of the department asked in contrast (「部ではなく課の名前で言うと何課」)."""
from __future__ import annotations

import json


def _themes(db) -> dict[str, set[str]]:
    return {str(code): set(json.loads(themes or "[]")) for code, themes in db.execute("SELECT code, themes FROM initiative")}


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_neither_theme_marked(assistant, db):
    held = _themes(db)
    want = {c for c, ts in held.items() if not {"財政", "サービス"} & ts}
    answer = assistant.ask("テーマに財政もサービスも○がついていない取組項目は？")
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert _codes(answer) == want


def test_a_theme_marked_left_out_of_the_answer_before(assistant, db):
    held = _themes(db)
    assistant.ask("ICTのテーマに○がついている取組項目は？")
    answer = assistant.ask("その中で人材にも○がついているものを除いた残りを。")
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert _codes(answer) == {c for c, ts in held.items() if "ICT" in ts and "人材" not in ts}


def test_one_theme_kept_and_the_next_left_out(assistant, db):
    held = _themes(db)
    answer = assistant.ask("サービスに○がついている取組項目のうち協働にも○がついているものを除いた残りは？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {c for c, ts in held.items() if "サービス" in ts and "協働" not in ts}


def test_two_themes_left_out_together_are_not_read_as_each(assistant):
    # (「財政にもサービスにも○がついているものを除いた」 leaves out those marked with both: no per-theme condition)
    answer = assistant.ask("財政にもサービスにも○がついているものを除いた取組項目は？")
    assert answer.status != "exact", answer.summary


def test_a_number_with_its_own_comparison_after_a_count(assistant, db):
    want = {str(c) for (c,) in db.execute("SELECT code FROM initiative WHERE committee_score < 4.0")}
    assistant.ask("審議会評価平均が4.0以上の取組項目って何件？")
    answer = assistant.ask("じゃあ逆に4.0未満のものを番号で。")
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert _codes(answer) == want


def _cells(db) -> dict[str, dict[str, str]]:
    return {str(no): json.loads(d) for no, d in db.execute("SELECT no, departments FROM joint_project")
            if d and d.startswith("{")}


def test_a_municipalitys_department_by_its_last_word(assistant, db):
    cells = _cells(db)
    city = "倉敷市"
    not_ka = {n for n, c in cells.items() if c.get(city, "").strip()
              and not any(w.endswith("課") for w in c[city].split())}
    shitsu = {n for n, c in cells.items() if any(w.endswith("室") for w in c.get(city, "").split())}
    answer = assistant.ask(f"{city}側の担当部署が「〜課」ではない連携事業は？")
    assert answer.status == "exact", answer.summary
    assert {str(r["no"]) for r in answer.rows} == not_ka
    assistant.reset()
    answer = assistant.ask(f"{city[:-1]}側の担当部署が〜室の事業は？")
    assert answer.status == "exact", answer.summary
    assert {str(r["no"]) for r in answer.rows} == shitsu


def test_a_records_name_word_left_out_with_janai_hou(assistant, db):
    answer = assistant.ask("納付金制度を入れた事例のうち、大阪城公園じゃない方はどこ？")
    assert answer.rows and all("大阪城公園" not in json.dumps(r, ensure_ascii=False) for r in answer.rows), answer.summary


def test_the_unit_asked_in_contrast(assistant, db):
    name, section, department = db.execute("SELECT name, section, department FROM program").fetchone()
    answer = assistant.ask(f"{name}の担当は、部ではなく課の名前で言うと何課？")
    assert answer.status == "exact" and answer.value == section, answer.summary
    assistant.reset()
    answer = assistant.ask(f"{name}の担当は課じゃなくて部で言うとどこ？")
    assert answer.status == "exact" and answer.value == department, answer.summary
