"""「SMSの徴収業務見直しで、納付状況を照会した先の市は？」: the municipalities one record's own text names beside the
words said (places_in_entries.py); where none is found, the answer is not exact."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc


def test_places_beside_the_words(assistant, db):
    hit = None
    for r in db.query("SELECT key, text FROM passages WHERE key LIKE 'sheet_entry:%' AND text LIKE '%照会%'"):
        m = re.search(r"([一-龥]{1,4}市)", nfkc(r["text"]))
        if m:
            hit = (r["key"].split(":")[1].rsplit("-", 1)[0], m.group(1))
            break
    if hit is None:
        return
    code, place = hit
    answer = assistant.ask(f"実践項目{code}で、照会した先の市は？")
    assert answer.status != "exact" or place in str(answer.value)


def test_no_place_is_not_exact(assistant):
    answer = assistant.ask("SMSの徴収業務見直しで、視察に行った先の市は？")
    assert answer.status != "exact"


def test_place_named(assistant, db):
    rows = list(db.query("SELECT text FROM passages WHERE key LIKE 'sheet_entry:N16-%' AND text LIKE '%納付状況%'"))
    places = sorted({p for r in rows for p in re.findall(r"([一-龥]{1,4}市)(?=[、,に])", nfkc(r["text"]))})
    if not places:
        return
    answer = assistant.ask("SMSの徴収業務見直しで、納付状況を照会した先の市は？")
    assert answer.status == "exact" and all(p in answer.summary for p in places)
