"""A document of dated entries (「2026.5.12　【研修】業務改善研修を開催」 + its body: a newsletter's log, read as
items with 日付 and 分類 by kinds/generic/structure.py), asked by its own words.

- 「令和8年度に研修は何回開かれた？」「2027年になってから載った記事は何件？」: the entries counted, chosen by
  the words of the question that their 分類 or title (else their text) hold, and by the fiscal or calendar
  year said of their dates.
- 「生成AI活用研修には何人参加した？」: one entry chosen, the figure of the unit asked read from its text.
- 「職員提案表彰で最優秀賞をとったのはどこの課？」: the 課 the entry's text writes right after the word said.
- 「第1回の懇話会はいつ開かれた？」 then 「会場はどこ？」: its date; the place its text says it was held.

Figures and names read from an entry's text are shown with the passage (status search), as the rest of the
engine does for numbers written in text. The document is the one the question names (a word of its title),
or the entry the conversation is on. Any other question is left to the rest of the engine (None).
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import era_year

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

_RUN = compiled(r"[一-龥々〆ァ-ヶーA-Za-z0-9]{2,}")
# Words that ask, or say the entries in general, not what they are about.
_GENERAL = compiled(r"^(?:記事|項目|お知らせ|エントリー?|ニュース|何回|何件|何本|何人|何名|いくつ|いつ|どこ|何課|会場|場所"
                    r"|課|部署|日付|日時|開催|開催日|参加|参加者|参加人数|人数|回数|件数)$")
_COUNT = compiled(r"何回|何件|何本|いくつ|何度|件数|回数")
_ENTRIES_COUNTED = compiled(r"何回|何度|回数|記事|お知らせ|トピック|話題|載っ|掲載")
_PEOPLE = compiled(r"何人|何名|人数|参加者数")
_WHEN = compiled(r"いつ|何日|何月何日|日付|日にち")
_WHERE = compiled(r"どこで|会場|場所|どこ(?:で|に)?(?:開|行)")
_WHICH_UNIT = compiled(r"どこの(?P<unit>課|部|係|室|局)|(?:何|どの)(?P<unit2>課|部|係|室|局)")
_FISCAL = compiled(r"(?:令和|R)\s*(?P<r>\d{1,2}|元)\s*年度|(?P<w>(?:19|20)\d{2})\s*年度")
_CALENDAR = compiled(r"(?:(?:令和|R)\s*(?P<r>\d{1,2}|元)|(?P<w>(?:19|20)\d{2}))\s*年(?!度)"
                     r"\s*(?P<from>に?なってから|に入ってから|以降|から|以後)?")
_PLACE = compiled(r"([^、。\s]{2,30}?)\s*で(?:[^。]{0,20}?)(?:開かれ|開き|開催|行われ|行い|実施)")


def _reiwa(group: str) -> int:
    return era_year("令和", 1 if group == "元" else int(group))


def _dated_sources(assistant: "Assistant") -> dict[str, str]:
    """Documents three or more of whose items carry a 日付: source → title."""
    if "item" not in assistant.executor.tables:
        return {}
    rows = assistant.db.query(
        "SELECT i.source AS source, d.title AS title, count(*) AS n FROM item i JOIN documents d ON d.source = i.source "
        "WHERE json_extract(i.fields, '$.日付') IS NOT NULL GROUP BY i.source")
    return {r["source"]: nfkc(r["title"] or "") for r in rows if r["n"] >= 3}


def _entries(assistant: "Assistant", source: str) -> list[dict]:
    out = []
    for r in assistant.db.query("SELECT * FROM item WHERE source = ? ORDER BY line", [source]):
        row = dict(r)
        try:
            fields = json.loads(row.get("fields") or "{}")
        except (TypeError, ValueError):
            fields = {}
        if fields.get("日付"):
            row["date"], row["tag"] = fields["日付"], fields.get("分類", "")
            out.append(row)
    return out


def _excerpt(row: dict) -> dict:
    return {"key": row["key"], "source": row["source"], "line": row["line"], "text": row.get("text") or "", "field": "text"}


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    said = nfkc(question)
    dated = _dated_sources(assistant)
    if not dated:
        return None
    # (「何回開かれた」「何人参加した」: a run opening with 何 asks; it names nothing)
    runs = [m for m in _RUN.finditer(said) if not m.group(0).startswith("何")]
    others = [nfkc(r["title"] or "") for r in assistant.db.query("SELECT source, title FROM documents")
              if r["source"] not in dated]

    def names_it(title: str) -> bool:
        # (a part of the title the question says and no other document's title holds, two kanji or katakana
        # at least, no year nor general word: 「行革ニュース」「庁内だより」)
        bare = "".join(title.split())
        for i in range(len(bare)):
            for j in range(len(bare), i + 2, -1):
                part = bare[i:j]
                if part in said and len(part) >= 4 and len(re.findall(r"[一-龥ァ-ヶー]", part)) >= 2 \
                        and not re.search(r"\d|年|月|号|第|版", part) \
                        and not _GENERAL.match(part) and not any(part in other for other in others):
                    return True
        return False

    named = [s for s, title in dated.items() if names_it(title)]
    context = [r for r in (assistant.context_rows or []) if str(r.get("source", "")) in dated]
    asks_of_one = bool(_PEOPLE.search(said) or _WHERE.search(said) or _WHEN.search(said) or _WHICH_UNIT.search(said))
    on_one = not named and len(assistant.context_rows or []) == 1 and len(context) == 1 and asks_of_one \
        and not any(c.field == "source" for c in q.conditions)
    if len(named) != 1 and not on_one:
        return None
    source = named[0] if named else str(context[0]["source"])
    title = dated[source]
    entries = _entries(assistant, source)
    # The years said, of the entries' dates: a fiscal year (April to March) or a calendar year.
    spans: list[tuple[int, int]] = []
    low = high = None
    for m in _FISCAL.finditer(said):
        year = _reiwa(m.group("r")) if m.group("r") else int(m.group("w"))
        low, high = f"{year:04d}-04-01", f"{year + 1:04d}-03-31"
        spans.append(m.span())
    for m in _CALENDAR.finditer(said):
        year = _reiwa(m.group("r")) if m.group("r") else int(m.group("w"))
        low, high = (f"{year:04d}-01-01", "9999-12-31") if m.group("from") else (f"{year:04d}-01-01", f"{year:04d}-12-31")
        spans.append(m.span())
    words, unused = [], []
    for m in runs:
        word = m.group(0)
        if word in title or any(a <= m.start() < b for a, b in spans) or _GENERAL.match(word):
            continue
        words.append(word)
    chosen = [e for e in entries if (low is None or low <= e["date"] <= high)] if not on_one else list(context)
    understood = [{"field": "source", "op": "in", "value": [source], "label": f"資料 = 「{title}」"}]
    if low is not None:
        understood.append({"field": "日付", "op": "between", "value": [low, high],
                           "label": f"日付が{low}～{high if high < '9999' else ''}"})
    tagged_only = True  # (every word said is a tag the entries are filed under: 「研修は何回」 counts entries)
    for word in words:
        by_tag = [e for e in chosen if word == e["tag"] or word in e["tag"]]
        by_title = [e for e in chosen if word in nfkc(e.get("title") or "")]
        by_text = [e for e in chosen if word in nfkc(e.get("text") or "")]
        picked = by_tag or by_title or by_text
        if not picked:
            if on_one:
                return None  # (a word the entry the conversation is on does not say: another question)
            unused.append(word)
            continue
        if on_one:
            continue
        where = "分類" if by_tag else "見出し" if by_title else "本文"
        tagged_only = tagged_only and bool(by_tag)
        understood.append({"field": "text", "op": "match", "value": word, "label": f"{where}に「{word}」"})
        chosen = picked
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    base = dict(question=q.question, target="item", caveat=caveat, unused=unused, understood=understood,
                query=q.to_dict())

    def names(rows: list[dict]) -> str:
        return "、".join(f"{e['date']}「{e.get('title') or ''}」" for e in rows[:5]) + (" ほか" if len(rows) > 5 else "")

    # Entries counted: said as events or entries (何回, 記事), or by their tags alone; 「電子申請の対象手続は何件に
    # なった」 asks a figure one entry writes, not how many entries say it.
    counts_entries = bool(_ENTRIES_COUNTED.search(said)) or tagged_only
    if _COUNT.search(said) and not on_one and counts_entries:
        summary = caveat + f"{len(chosen)}件です" + (f"（{names(chosen)}）。" if chosen else "。")
        return Answer(**base, rows=chosen, count=len(chosen), value=len(chosen),
                      status="partial" if unused else "exact", summary=summary)
    if not on_one and not asks_of_one and not _COUNT.search(said) and (low is not None or len(understood) > 1):
        # (「2027年以降の記事は？」「研修の記事は？」: the entries themselves)
        summary = caveat + f"{len(chosen)}件の記事があります" + (f"（{names(chosen)}）。" if chosen else "。")
        return Answer(**base, rows=chosen, count=len(chosen), status="partial" if unused else ("exact" if chosen else "no_match"),
                      summary=summary)
    if len(chosen) != 1 or not (words or on_one):
        return None
    entry = chosen[0]
    text = nfkc(entry.get("text") or "")
    head = f"{entry['date']}の記事「{entry.get('title') or ''}」"
    value, what = None, ""
    if _PEOPLE.search(said):
        figures = re.findall(r"(\d[\d,]*)\s*(?:名|人)", text)
        if len(figures) == 1:
            value, what = int(figures[0].replace(",", "")), f"{figures[0]}名"
    elif _COUNT.search(said):
        figures = re.findall(r"(\d[\d,]*)\s*件", text)
        if len(set(figures)) == 1:
            value, what = int(figures[0].replace(",", "")), f"{figures[0]}件"
    elif (unit := _WHICH_UNIT.search(said)) is not None:
        unit_word = unit.group("unit") or unit.group("unit2")
        after = [w for w in words if w in text]
        start = max((text.find(w) + len(w) for w in after), default=0)
        found = re.search(r"([一-龥]{1,8}" + unit_word + r")(?![一-龥])", text[start:])
        if found:
            value = what = found.group(1)
    elif _WHERE.search(said):
        found = _PLACE.search(text)
        if found:
            value = what = found.group(1)
    elif _WHEN.search(said):
        value = what = entry["date"]
    if value is None:
        return None  # (nothing of the entry asked that it writes: left to the text search)
    summary = caveat + (f"{head}によると {what} です。" if what else f"{head}を示します。") + f"本文: 「{text[:160]}」"
    return Answer(**base, rows=[entry], count=1, value=value, status="search", summary=summary,
                  excerpts=[_excerpt(entry)],
                  notes=["日付のついた記事の本文から読みました"])
