"""Opinions numbered under a mark saying where they were heard (「議1」 in a council's table, 「【説3】」 over a residents'
meeting's paragraphs), each citing the record it is on by code and name (「学05 北川分校」, 「関連施設：集03　川端集会所」)
or a dash for none: each is a comment keyed by the code it cites (「<code>-<k>」), else by its own number, its
response and category (〔対応区分：反映〕) kept, the meeting or venue heading it stands under (「（中央公民館会場）」) as
its place, and the section heading over it (「１　町議会における主な意見」) as what else its words are found by.

Two layouts, read by their shape alone, never by the document's words or codes:
- a table whose number column prints a mark and a number (議1, 議2 …), with an opinion column and a column of what it
  is on (関連施設, 対象) whose cells open with a code or are a dash; other columns (会議) are kept as the meeting;
- paragraphs 「【説1】関連施設：学05　北川分校」 / 「（意見）…」 / 「（町の考え方）…〔対応区分：参考〕」, two or more,
  under headings in brackets (「（北川地区公民館会場）」) naming where they were heard."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

_MARKED_NO = re.compile(r"^[一-龥]{1,3}\d{1,3}$")  # 「議1」「説12」: a mark and the opinion's number
_NUMBER_HEAD = re.compile(r"^(?:No\.?|番号|№|意見番号)$")
_OPINION_HEAD = re.compile(r"^(?:ご)?意見(?:の)?(?:要旨|概要|内容)?$")
_TARGET_HEAD = re.compile(r"^(?:関連|対象)[一-龥]{0,4}$")
_CLASS_HEAD = re.compile(r"(?:対応|反映|回答)(?:の)?区分$")
_RESPONSE_HEAD = re.compile(r"(?:考え方|回答|対応|見解)(?:内容|方針)?$")
_MEETING_HEAD = re.compile(r"^(?:会議|会議名|開催|会議等|場)$")
# 「学05 北川分校」「K-02　旧庁舎」: a record's code, then its name; 「－」: none
_CITED = re.compile(r"^(?P<code>[A-Za-z一-龥]{1,3}[-‐－]?\d{1,4})(?:\s+\S.*)?$", re.S)
_DASH = re.compile(r"^[-－―‐ー—]?$")
# 「【説1】関連施設：学05　北川分校」: the mark and number, the label of what it is on, the code and name (or a dash)
_OPENING = re.compile(r"^【(?P<no>[一-龥]{1,3}\d{1,3})】\s*(?P<label>[^:：\s]{1,8})\s*[:：]\s*(?P<cited>.*)$")
_TEXT = re.compile(r"^[(（](?:ご)?意見[)）]\s*(?P<text>\S.*)$")
_RESPONSE = re.compile(r"^[(（][^()（）]{0,8}(?:考え方|回答|対応|見解)[)）]\s*(?P<text>\S.*?)"
                       r"(?:\s*[〔\[［(（](?:対応|反映|回答)?区分\s*[:：]\s*(?P<klass>[^〕\]］)）]+)[〕\]］)）])?$")
_PLACE = re.compile(r"^[(（](?P<place>[^()（）:：]{2,24})[)）]$")
# 「１　町議会における主な意見」「２ 住民説明会における意見」: a numbered section heading on opinions
_SECTION = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十])[\s.．、]+(?P<topic>\S.*意見.*)$")


def _key(head: str) -> str:
    return "".join(nfkc(head).split())


def _cited(cell: str) -> str | None:
    """The code a cell cites (「学05 北川分校」 → 学05), "" for a dash, None for anything else."""
    said = nfkc(cell).strip()
    if _DASH.match(said):
        return ""
    m = _CITED.match(said)
    return re.sub(r"[‐－]", "-", m.group("code")) if m else None


def _comment(found: list, seen: dict[str, int], own: str, cited: str, word: str, fields: dict, source: str,
             line: int, end: int) -> None:
    code = cited or own
    seen[code] = seen.get(code, 0) + 1
    found.append(Record("comment", f"{code}-{seen[code]}",
                        {"initiative": code, "n": seen[code], "member": "", "member_role": "", "practice": "",
                         "target_word": word, "about": "item" if cited else "", "cited": cited, "number": own,
                         **fields}, source, line, end))


def marked_opinions(rows: list[Record], lines: list[str], source: str) -> list[Record]:
    """The comment records of both layouts in a document (none where neither holds two opinions)."""
    out: list[Record] = []
    seen: dict[str, int] = {}
    _table_opinions(rows, source, out, seen)
    _paragraph_opinions(lines, source, out, seen)
    return out if len(out) >= 2 else []


def _table_opinions(rows: list[Record], source: str, out: list[Record], seen: dict[str, int]) -> None:
    tables: dict[tuple, list[Record]] = {}
    for r in rows:
        cells = r.fields.get("cells") or {}
        tables.setdefault((r.fields.get("table", ""), tuple(cells)), []).append(r)
    for (table, heads), members in tables.items():
        keys = {_key(h): h for h in heads}
        number = next((h for k, h in keys.items() if _NUMBER_HEAD.match(k)), "")
        opinion = next((h for k, h in keys.items() if _OPINION_HEAD.match(k)), "")
        target = next((h for k, h in keys.items() if _TARGET_HEAD.match(k)), "")
        if len(members) < 2 or not (number and opinion and target):
            continue
        numbers = [nfkc(str(r.fields["cells"].get(number) or "")).strip() for r in members]
        cited = [_cited(str(r.fields["cells"].get(target) or "")) for r in members]
        if not all(_MARKED_NO.match(n) for n in numbers) or len(set(numbers)) != len(numbers) \
                or any(c is None for c in cited) or not any(cited):
            continue
        klass = next((h for k, h in keys.items() if _CLASS_HEAD.search(k)), "")
        response = next((h for k, h in keys.items() if h != klass and _RESPONSE_HEAD.search(k)), "")
        meeting = next((h for k, h in keys.items() if _MEETING_HEAD.match(k)), "")
        section = _SECTION.match(nfkc(str(table or "")).strip())
        word = re.sub(r"^(?:関連|対象)", "", _key(target))
        for r, own, code in zip(members, numbers, cited):
            cells = r.fields["cells"]
            fields = {"text": str(cells.get(opinion) or "")}
            if response:
                fields["response"] = str(cells.get(response) or "")
            if klass:
                fields["response_class"] = nfkc(str(cells.get(klass) or "")).strip()
            if meeting:
                fields["meeting"] = "".join(nfkc(str(cells.get(meeting) or "")).split())
            if section:
                fields["excerpt_class"] = section.group("topic").strip()
            _comment(out, seen, own, code or "", word, fields, source, r.line, r.end_line or r.line)


def _paragraph_opinions(lines: list[str], source: str, out: list[Record], seen: dict[str, int]) -> None:
    found: list[tuple] = []  # (line, own number, cited code, word, text, response, class, place, section)
    place = section = ""
    opened: tuple | None = None
    for i, raw in enumerate(lines):
        said = nfkc(clean(raw)).strip()
        if not said:
            continue
        if (m := _SECTION.match(said)) is not None and len(said) <= 40:
            section, place = m.group("topic").strip(), ""
            continue
        if (m := _PLACE.match(said)) is not None:
            place = "".join(m.group("place").split())
            continue
        if (m := _OPENING.match(said)) is not None:
            code = _cited(m.group("cited"))
            opened = (i + 1, m.group("no"), code, re.sub(r"^(?:関連|対象)", "", _key(m.group("label")))) \
                if code is not None else None
            continue
        if opened is None:
            continue
        if (m := _TEXT.match(said)) is not None:
            found.append([*opened, m.group("text").strip(), "", "", place, section, i + 1])
            continue
        if (m := _RESPONSE.match(said)) is not None and found and found[-1][1] == opened[1]:
            found[-1][5], found[-1][6], found[-1][9] = m.group("text").strip(), (m.group("klass") or "").strip(), i + 1
            opened = None
            continue
        opened = None  # (prose after the opening: no opinion of this layout)
    if len(found) < 2:
        return
    for line, own, code, word, text, response, klass, where, topic, end in found:
        fields = {"text": text}
        if response:
            fields["response"] = response
        if klass:
            fields["response_class"] = klass
        if where:
            fields["place"] = where
        if topic:
            fields["excerpt_class"] = topic
        _comment(out, seen, own, code or "", word, fields, source, line, end)
