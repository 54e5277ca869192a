"""A copy of the document asked of by name (資料編の一覧, I章, 本編): the value that copy prints, where copies disagree;
the records whose field two copies named print differently (computed from the conflicts table)."""
from __future__ import annotations

import json

from assistant.conflict_labels import value_text


def _conflicts(db, field: str) -> list[tuple[str, dict]]:
    return [(r["key"], {c["where"]: value_text(c["value"]) for c in json.loads(r["values"])})
            for r in db.query("SELECT key, \"values\" FROM conflicts WHERE field = ? AND key LIKE 'practice:%'", [field])]


def test_the_value_one_copy_prints(assistant, db):
    key, copies = next((k, c) for k, c in _conflicts(db, "title")
                       if c.get("section_1") and c.get("main_list") and c["section_1"] != c["main_list"])
    code = key.split(":")[1]
    answer = assistant.ask(f"No.{code}の実践項目、本編一覧とI章の表では名前が違うと聞きました。I章ではどう書かれてる？")
    assert answer.value == copies["section_1"], answer.summary


def test_the_records_two_copies_print_differently(assistant, db):
    differ = {k.split(":")[1] for k, c in _conflicts(db, "overall")
              if c.get("section_1") and c.get("main_list") and c["section_1"] != c["main_list"]}
    assert differ
    answer = assistant.ask("I章の表と本編の一覧で総合評価が食い違っている実践項目はどれ？")
    assert answer.status == "exact", answer.summary
    assert {str(r["code"]) for r in answer.rows} == differ
