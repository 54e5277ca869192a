"""A bulletin of numbered issues in one text (「行革通信 第41号（令和10年5月15日発行）」 between rules of ＝, then
dated items 「■ 令和10年4月1日」 with their text on the lines below): each item an article of its issue and an
event of its date.

An issue is known by its header — a name, 第N号, and the date it was issued in brackets — and an item by a marked
line holding only a date. Two issue headers or more, each followed by dated items, make the document one of these;
nothing is read from the names. Each item's passage says its issue and date before its text, so that an excerpt
answering 「いつ」 or 「第何号」 shows them; the counts its text states are kept as the generic reader keeps them
(count_fact), under the item's date.
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc

# 「行革通信 第41号（令和10年5月15日発行）」: the bulletin's name, the issue's number, the date it was issued.
_ISSUE_RE = re.compile(r"^(?P<name>\S.{0,30}?)\s*第\s*(?P<n>\d{1,4})\s*号\s*[(（]\s*(?P<date>[^()（）]{4,24}?)\s*(?:発行|刊行|号)?\s*[)）]\s*$")
# 「■ 令和10年4月1日」: an item's date on a marked line of its own.
_ITEM_RE = re.compile(r"^[■□◆◇●○▼▽・]\s*(?P<date>(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                      r"\s*(?:[(（][^()（）]{1,4}[)）])?\s*(?P<rest>.*)$")
_DATE_RE = re.compile(r"(?:(?P<era>令和|平成)\s*(?P<n>元|\d{1,2})|(?P<west>(?:19|20)\d{2}))\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_RULE_RE = re.compile(r"^\s*[=＝\-－―─_*]{3,}\s*$")
_SENTENCE_RE = re.compile(r"^(.+?[。！？!?])")


def _iso(text: str) -> str:
    """「令和10年4月1日」 → 2028-04-01; "" when no full date is printed."""
    m = _DATE_RE.search(nfkc(text))
    if not m:
        return ""
    if m.group("west"):
        year = int(m.group("west"))
    else:
        year = (2018 if m.group("era") == "令和" else 1988) + (1 if m.group("n") == "元" else int(m.group("n")))
    return f"{year:04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"


def _issue(line: str) -> re.Match | None:
    m = _ISSUE_RE.match(nfkc(line).strip())
    return m if m and _iso(m.group("date")) else None


def detect(text: str) -> bool:
    """Two issue headers or more, and a dated item under each."""
    lines = [nfkc(line).strip() for line in text.splitlines()]
    issues = [i for i, line in enumerate(lines) if _issue(line)]
    if len(issues) < 2:
        return False
    bounds = issues + [len(lines)]
    return all(any(_ITEM_RE.match(line) for line in lines[a + 1:b]) for a, b in zip(bounds, bounds[1:]))


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.generic.structure import count_facts

    lines = text.splitlines()
    first = next((_issue(line) for line in lines if _issue(line)), None)
    name = clean(first.group("name")) if first else source
    numbers = [int(m.group("n")) for line in lines if (m := _issue(line))]
    title = f"{name} 第{min(numbers)}号～第{max(numbers)}号" if len(numbers) > 1 else name
    doc = ParsedDocument(kind="newsletter", title=title)
    issue: re.Match | None = None
    items: list[dict] = []
    current: dict | None = None
    for index, raw in enumerate(lines):
        line_no = index + 1
        stripped = clean(raw)
        head = _issue(raw)
        if head:
            issue, current = head, None
            doc.passages.append(Passage(f"doc:{source}", "heading", stripped, source, line_no))
            continue
        item = _ITEM_RE.match(nfkc(raw).strip())
        if item and issue is not None:
            current = {"issue": issue, "date": clean(item.group("date")), "line": line_no, "end": line_no,
                       "text": [clean(item.group("rest"))] if item.group("rest").strip() else []}
            items.append(current)
            continue
        if not stripped or _RULE_RE.match(raw):
            continue
        if current is not None:
            current["text"].append(stripped)
            current["end"] = line_no
        else:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, line_no))
    seen: dict[str, int] = {}
    for item in items:
        n = item["issue"].group("n")
        seen[n] = seen.get(n, 0) + 1
        code = f"{n}-{seen[n]}"
        body = "".join(item["text"])
        first_sentence = _SENTENCE_RE.match(body)
        headline = (first_sentence.group(1) if first_sentence else body)[:80]
        volume = f"第{n}号"
        issued = _iso(item["issue"].group("date"))
        date = _iso(item["date"])
        doc.records.append(Record("article", code, {
            "title": headline, "text": body, "volume": n, "issued": issued, "date": date,
        }, source, item["line"], item["end"]))
        doc.records.append(Record("event", code, {
            "title": headline, "what": "", "date_from": date, "date_to": date, "text": body, "article": code,
            "volume": volume,
        }, source, item["line"], item["end"]))
        # (the issue and the date before the text: what an excerpt answering いつ / 第何号 shows)
        said = f"{name} {volume}（{item['issue'].group('date')}発行） {item['date']}： {body}"
        # (the same text as the article's and as the event's: each kind's answer reads its own passages)
        doc.passages.append(Passage(f"article:{code}", "text", said, source, item["line"]))
        doc.passages.append(Passage(f"event:{code}", "text", said, source, item["line"]))
        for k, (label, count, unit, pct) in enumerate(count_facts(body), 1):
            doc.records.append(Record("count_fact", f"{source}:{item['end']}-{k}", {
                "label": label, "count": count, "count_unit": unit, "percent": pct, "heading": item["date"],
                "text": body[:500]}, source, item["end"], item["end"]))
    return doc
