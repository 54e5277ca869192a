"""「…で、キャッシュレス決済を始めた年度の翌年度の利用件数は？」: a year said by an event of one item's progress
sheet (grammar/event_years.py). The event is found in the item's own sheet entries (its words and its verb as the
sheets write it, a plan 「実施予定」 not counting as done), the year moved along the years that sheet prints, and the
entries of that year holding the words asked answer. Nothing is guessed: an event written in no entry, or in
several years when the question says not which (最初に / 最後に), or a year beyond the sheet, is said partial."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Condition, Query
from assistant.query.grammar.canon import canonicalise
from assistant.query.grammar.event_years import EVENT_ORDER, EVENT_VERBS, EVENT_YEAR, ORDER_WORDS
from assistant.text.normalize import nfkc
from assistant.text.wareki import era_year, label_fiscal_year

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# A deed written as intended, not done: 「利用者アンケートを実施予定」「募集に向けて」.
_NOT_DONE = re.compile(r"^(?:する|を|の)?(?:予定|に向け|を検討|の検討|準備|を想定)")
_RUN = re.compile(r"[一-龥々ァ-ヶーA-Za-z0-9・]{2,}")
# (words of the asked part that name no content: what is asked, not what is written)
_ASKING = {"何", "何件", "何社", "何%", "何％", "いくつ", "いくら", "年度", "翌年度", "前年度", "どれ", "どの", "だった", "何か所"}


def _verb_forms(event: str) -> tuple[tuple[str, ...], str]:
    """The forms a sheet writes the event's verb in, and the event with the verb cut off."""
    m = re.search(r"(?P<stem>[一-龥々ァ-ヶー]{1,6}|[ぁ-ん]{1,3})[ぁ-ゖ](?:た|だ)$", event)
    if not m:
        return (), event
    stem = m.group("stem")
    whole = event[m.start():-1]  # (始め of 始めた, 見送っ of 見送った)
    forms = EVENT_VERBS.get(stem) or EVENT_VERBS.get(whole) or EVENT_VERBS.get(stem + event[m.end("stem")]) \
        or ((stem,) if len(stem) >= 2 else (whole,) if re.match(r"[一-龥々ァ-ヶー]", whole) else ())
    return forms, event[:m.start()]


def _done_in(text: str, forms: tuple[str, ...]) -> bool:
    for form in forms:
        for m in re.finditer(re.escape(form), text):
            if not _NOT_DONE.match(text[m.end():]):
                return True
    return False


def _text_of(e: dict) -> str:
    # (an entry's circled number, ④, is its place on the sheet: NFKC would run it into a figure, ④3件 → 43件)
    return nfkc(re.sub(r"^\s*[①-⑳]", "", str(e.get("result") or e.get("plan") or "")))


def _hits(entries: list[dict], words: list[str], forms: tuple[str, ...]) -> list[dict]:
    """The entries writing the event done: every word of it, and its verb not as a plan."""
    return [e for e in entries if all(w in _text_of(e) for w in words) and _done_in(_text_of(e), forms)]


def _one_item(assistant: "Assistant", q: Query) -> dict | None:
    """The one item the question names by its title or number, or else the one item (or its sheet) the answer
    before it showed (「…の進捗状況シート」 then 「…を最初に実施した年度の翌年度」)."""
    named = [c for c in q.conditions if c.field in ("code", "@title:practice") and c.op in ("=", "~=")]
    if not named:
        shown = assistant.context_rows or []
        keys = {str(r.get("practice_key") or (r.get("key") if str(r.get("key", "")).startswith("practice:") else ""))
                for r in shown}
        if len(shown) != 1 or len(keys) != 1 or not next(iter(keys)):
            return None
        rows = list(assistant.db.query("SELECT * FROM practice WHERE key = ?", [keys.pop()]))
        return dict(rows[0]) if len(rows) == 1 else None
    if q.target not in ("practice", "sheet", "sheet_entry") or len(named) != 1:
        return None
    probe = copy.copy(q)
    probe.conditions = named
    probe.target = "practice"
    probe.value_field = probe.aggregate = probe.agg_field = ""
    ex = assistant.executor
    rows = ex.select(ex.resolve(probe)[0])[0]
    return dict(rows[0]) if len(rows) == 1 else None


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if "sheet_entry" not in assistant.db.table_names():
        return None
    said = canonicalise(nfkc(question)).text
    m = EVENT_YEAR.regex.search(said)
    if not m or EVENT_YEAR.produce(m, None) is None:  # (a grade's move: the yearly grades')
        return None
    item = _one_item(assistant, q)
    if item is None:
        return None
    entries = [dict(r) for r in assistant.db.query(
        "SELECT * FROM sheet_entry WHERE practice_key = ? ORDER BY n", [item["key"]])]
    if not entries:
        return None
    years = list(dict.fromkeys(str(e["year"]) for e in entries if e.get("year")))
    event = m.group("event")
    order = next((o for w, o in ORDER_WORDS.items() if w in event), "")
    for w in ORDER_WORDS:
        event = event.replace(w, "")
    forms, head = _verb_forms(event)
    words = [w for w in _RUN.findall(head) if w not in _ASKING]
    name = f"{item['code']} {item['title'] or ''}".strip()
    deed = f"「{m.group('event')}」"
    phrase = f"「{m.group('event')}{said[m.end('event'):m.start('rel')].strip().rstrip('の')}」"

    def text_of(e: dict) -> str:
        return nfkc(str(e.get("result") or e.get("plan") or ""))

    if not forms:
        return None
    hits = _hits(entries, words, forms)
    hit_years = list(dict.fromkeys(str(e["year"]) for e in hits))
    item_cond = {"field": "code", "op": "=", "value": item["code"], "label": f"実践項目 = {name}"}

    def partial(why: str) -> Answer:
        return Answer(question=q.question, target="sheet_entry", rows=[], count=0, value=None,
                      summary=f"{why}そのため「{m.group('rel')}」がどの年度か決められません。", caveat=why,
                      status="partial", unused=[m.group("rel")], understood=[item_cond], query=q.to_dict())

    if not hit_years:
        return partial(f"{name} の進捗状況シートに{deed}という記載が見つかりません。")
    if len(hit_years) > 1 and not order:
        return partial(f"{name} の進捗状況シートでは{deed}ことが{'・'.join(hit_years)}の各年度に書かれています"
                       "（最初か最後かが言われていません）。")
    event_year = hit_years[-1] if order == "last" else hit_years[0]
    shift = -1 if m.group("rel").startswith("前") else 1
    at = years.index(event_year) + shift
    if not 0 <= at < len(years):
        return partial(f"{phrase}は{event_year}ですが、その{m.group('rel')}はシートにありません（{years[0]}〜{years[-1]}）。")
    year = years[at]
    of_year = [e for e in entries if str(e["year"]) == year]
    asked = [w for w in _RUN.findall(said[m.end():]) if w not in _ASKING]
    scored = sorted(of_year, key=lambda e: -sum(w in text_of(e) for w in asked))
    best = sum(w in text_of(scored[0]) for w in asked) if asked else 0
    unused = [w for w in asked if not any(w in text_of(e) for e in of_year)] if asked else []
    rows = [e for e in scored if not asked or sum(w in text_of(e) for w in asked) == best] if best or not asked else of_year
    for e in rows:
        e.setdefault("key", f"sheet_entry:{e.get('code')}")
    found = "\n".join(f"・{text_of(e)}" for e in rows)
    numbers = "・".join(str(e.get("n")) for e in hits if str(e["year"]) == event_year)
    read = f"{phrase}を {event_year}（{numbers}番の記載）、その{m.group('rel')}を {year} と読みました。"
    caveat = f"「{'」「'.join(unused)}」は{year}の記載に見つかりません。" if unused else ""
    summary = caveat + f"{name} の{year}の記載: {found}（{read}）"
    understood = [item_cond,
                  {"field": "year", "op": "=", "value": event_year, "label": f"{phrase}（{event_year}）"},
                  {"field": "year", "op": "=", "value": year, "label": f"その{m.group('rel')}（{year}）"}]
    return Answer(question=q.question, target="sheet_entry", rows=rows, count=len(rows),
                  value=text_of(rows[0]) if len(rows) == 1 else None, summary=summary, caveat=caveat,
                  status="partial" if unused else "exact", unused=unused, understood=understood, query=q.to_dict())


# A month written in an entry's text (「R5年1月に民間委託を開始」「R4年10月から」): when two events fall in one fiscal year.
_MONTH = re.compile(r"(?P<era>令和|平成|[RH])\s*(?P<n>元|\d{1,2})\s*年\s*(?P<m>\d{1,2})\s*月")


def _when(e: dict) -> tuple[int, int, str]:
    """An entry's event as (fiscal year, calendar month index or 0, the words saying it)."""
    fy = label_fiscal_year(str(e["year"]))
    m = _MONTH.search(_text_of(e))
    if m:
        year = era_year(m["era"], 1 if m["n"] == "元" else int(m["n"]))
        return fy, year * 12 + int(m["m"]), m.group(0)
    return fy, 0, str(e["year"])


def which_first(conv, question: str, a: str, b: str, cond: str) -> Answer | None:
    """「AとB、委託を先に始めたのはどっち」: each side read alone as one item, its event found on its own sheet; the
    earlier (later) by the sheets' years, and by the month the entry writes when both fall in one year. A side
    not read, an event not found, or a tie no month decides is partial, naming no winner."""
    from assistant.query.compared_pairs import _restore

    m = EVENT_ORDER.regex.match(cond)
    if m is None or EVENT_ORDER.produce(m, None) is None or "sheet_entry" not in conv.db.table_names():
        return None
    forms, head = _verb_forms(m["event"] + m["verb"])
    words = [w for w in _RUN.findall(head) if w not in _ASKING]
    if not forms:
        return None
    saved = dict(conv.__dict__)
    sides, unread = [], []
    for side in (a, b):
        _restore(conv, saved)
        alone = conv._ask_one(side)
        keys = {str(r.get("key")) for r in alone.rows}
        if alone.error or alone.status != "exact" or alone.unused or len(keys) != 1 or not keys.pop().startswith("practice:"):
            unread.append(f"「{side}」が一つの実践項目を指すか特定できません")
            continue
        item = alone.rows[0]
        entries = [dict(r) for r in conv.db.query("SELECT * FROM sheet_entry WHERE practice_key = ? ORDER BY n",
                                                  [item["key"]])]
        hits = _hits(entries, words, forms)
        if not hits:
            unread.append(f"{side}の進捗状況シートに「{cond}」に当たる記載が見つかりません")
            continue
        sides.append((side, item, hits[-1] if m["order"] in ("後に", "あとに", "遅く", "後から") else hits[0]))
    _restore(conv, saved)
    understood = [{"field": "*", "op": "holds", "value": None, "label": f"{a}と{b}のうち「{cond}」方"}]
    if not unread:
        (sa, ia, ea), (sb, ib, eb) = sides
        wa, wb = _when(ea), _when(eb)
        later = m["order"] in ("後に", "あとに", "遅く", "後から")
        if wa[0] != wb[0] or (wa[1] and wb[1] and wa[1] != wb[1]):
            key = (lambda w: (w[0], w[1])) if wa[1] and wb[1] else (lambda w: (w[0], 0))
            first = (sa, ia, ea, wa) if (key(wa) < key(wb)) != later else (sb, ib, eb, wb)
        else:
            unread.append(f"どちらも{wa[0] if not wa[1] else wa[2]}の記載で、前後を決められません")
    if unread:
        why = "比べられません: " + "、".join(unread) + "。"
        return Answer(question=question, target="practice", status="partial", summary=why, caveat=why, value=None,
                      count=0, rows=[], understood=understood, unused=[m["order"]])
    side, item, entry, when = first
    other = next(s for s in sides if s[0] != side)
    summary = (f"「{cond}」のは {side}（{item['code']} {item.get('title') or ''}）です: {when[2]}（{_text_of(entry)}）。"
               f"{other[0]}は{_when(other[2])[2]}（{_text_of(other[2])}）。")
    # (the sheet the event was read on is the record shown, its item's number the value)
    sheet = [dict(r) for r in conv.db.query("SELECT * FROM sheet WHERE practice_key = ?", [item["key"]])] \
        if "sheet" in conv.db.table_names() else []
    return Answer(question=question, target="sheet" if len(sheet) == 1 else "practice", status="exact", summary=summary,
                  value=str(item["code"]), count=1, rows=sheet if len(sheet) == 1 else [item], understood=understood + [
                      {"field": "year", "op": "=", "value": _when(s[2])[2], "label": f"{s[0]}: {_when(s[2])[2]}（{s[2]['n']}番の記載）"}
                      for s in sides])


# 「…で、寄附をくれた企業は最初の年度と最後の年度でそれぞれ何社？」: a figure asked by a counter of one item's
# sheet at years said by their place, counted in the years that sheet prints (R2〜R6), not the years a list grades.
_COUNTER_ASKED = re.compile(r"何\s*(?P<c>社|件|人|回|団体|か所|箇所|校|園|円|%|％)")


def of_sheet_years(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    from assistant.query.parse import _FIRST_YEAR, _LAST_YEAR, _NTH_YEAR

    said = nfkc(question)
    counter = _COUNTER_ASKED.search(said)
    places = [(m.start(), m.group(0), 0) for m in _FIRST_YEAR.finditer(said)] \
        + [(m.start(), m.group(0), int(m.group(1)) - 1) for m in _NTH_YEAR.finditer(said)] \
        + [(m.start(), m.group(0), -1) for m in _LAST_YEAR.finditer(said)]
    if counter is None or not places or "sheet_entry" not in assistant.db.table_names():
        return None
    from assistant.text.wareki import find_years

    if find_years(said):  # (「R5と最終年度で」: a year said by its number too is the engine's, never left out here)
        return None
    item = _one_item(assistant, q)
    if item is None:
        return None
    entries = [dict(r) for r in assistant.db.query(
        "SELECT * FROM sheet_entry WHERE practice_key = ? ORDER BY n", [item["key"]])]
    years = list(dict.fromkeys(str(e["year"]) for e in entries if e.get("year")))
    if len(years) < 2:
        return None
    unit = counter["c"]
    figure = re.compile(rf"[\d,，.]+\s*{re.escape(unit)}")
    first_place = min(p for p, _, _ in places)
    asked = [w for w in _RUN.findall(said[:first_place].split("で、")[-1]) if w not in _ASKING]
    found, missing, understood = [], [], []
    for _, word, at in sorted(places):
        if not -len(years) <= at < len(years):
            missing.append(f"「{word}」")
            continue
        year = years[at]
        of_year = [e for e in entries if str(e["year"]) == year and figure.search(_text_of(e))]
        of_year.sort(key=lambda e: -sum(w in _text_of(e) for w in asked))
        if not of_year or (asked and not any(w in _text_of(of_year[0]) for w in asked)):
            missing.append(f"「{word}」（{year}）")
            continue
        found.append((word, year, of_year[0]))
        understood.append({"field": "year", "op": "=", "value": year,
                           "label": f"{word}（{year}：進捗状況シートの年度 {years[0]}〜{years[-1]} から）"})
    if not found:
        return None
    name = f"{item['code']} {item.get('title') or ''}".strip()
    lines = "、".join(f"{word}（{year}）は {figure.search(_text_of(e)).group(0)}（{_text_of(e)}）" for word, year, e in found)
    caveat = f"{'・'.join(missing)}の記載に{unit}の数が見つかりません。" if missing else ""
    summary = caveat + f"{name} の進捗状況シートでは、{lines}。"
    rows = [e for _, _, e in found]
    for e in rows:
        e.setdefault("key", f"sheet_entry:{e.get('code')}")
    return Answer(question=q.question, target="sheet_entry", rows=rows, count=len(rows),
                  value=figure.search(_text_of(rows[0])).group(0) if len(rows) == 1 else None, summary=summary,
                  caveat=caveat, status="partial" if missing else "exact",
                  unused=[m.strip("「」").split("」")[0] for m in missing],
                  understood=[{"field": "code", "op": "=", "value": item["code"], "label": f"実践項目 = {name}"}]
                  + understood, query=q.to_dict())
