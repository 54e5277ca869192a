"""「H16.04.01に何かを実施した連携事業」: the act left unsaid is no word the record must print (phrasing
something_done_is_something_happened); every project whose line prints that day is found."""
from __future__ import annotations

import re


def test_an_unsaid_act_on_a_day_finds_every_line_of_that_day(assistant, db):
    rows = db.execute("SELECT code, text FROM passages p JOIN joint_project j ON p.key = j.key").fetchall()
    days = {}
    for code, text in rows:
        for day in set(re.findall(r"H\d{2}\.\d{2}\.\d{2}", text or "")):
            days.setdefault(day, set()).add(code)
    # (a day two projects print, one of them never saying 実施 on its line: 「H16.04.01 協定書の締結」)
    day = next(d for d, codes in sorted(days.items()) if len(codes) >= 2
               and any("実施" not in (t or "") for c, t in rows if c in codes and d in (t or "")))
    assistant.reset()
    answer = assistant.ask(f"{day}に何かを実施した連携事業はどれ？")
    assert {r["code"] for r in answer.rows} == days[day], answer.summary
    assert not answer.unused
