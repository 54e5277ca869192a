"""A meeting record's opinions printed as bullets under a numbered heading per district or meeting (a residents'
meeting record: 「（１）東部地区」, its 開催日／会場／参加者数 lines, 「主な意見」, then 「・…してほしい。（保護者）」): each
bullet closing with the speaker's class in brackets is a comment of that speaker heard at the heading's place, keyed
「<place>-<k>」 (k counts the bullets under the heading), so that questions about who said what where (「保護者から出た
意見」「南部地区で地域住民が言ってたこと」「通学区域について意見が出なかった地区」) read them as comments: `member` the
bracket as printed, `place` the heading's name.

Read by the layout alone: headings numbered 「（ｎ）」「ｎ．」「第ｎ」 then a short name of no sentence, two or more such
headings with bracketed bullets under them, and most bullets under them closing with a bracket (a list whose bullets
name nobody is no record of opinions). A bracket holding figures (「（R6）」「（３校）」) names no speaker."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

# 「（１）東部地区」「1. 北部地区」: the number, then a name (no sentence: no 。, not too long)
_HEADING = re.compile(r"^(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．])\s*(?P<name>[^\s。、・:：()（）]{2,20})\s*$")
# 「１　概要」「２　各地区の状況」「【…】」: a heading of the document's own parts, ending the last place's part
_OTHER_HEADING = re.compile(r"^(?:\d{1,2}[\s\u3000]+\S|[一二三四五六七八九十]+[\s\u3000、.．]\S|【[^】]+】$|第\s*\d{1,2}\s*[章節])")
_BULLET = re.compile(r"^[・●○◯◆◇■□\-－]\s*(?P<text>.+?)\s*[(（](?P<who>[^()（）\d]{1,12})[)）]\s*$")
_ANY_BULLET = re.compile(r"^[・●○◯◆◇■□\-－]\s*\S")
_MIN_PLACES = 2


def section_bullet_comments(lines: list[str], source: str) -> list[Record]:
    """Comment records of the bracketed bullets under numbered headings (none where fewer than two headings hold
    such bullets, or where most bullets name no speaker)."""
    heads = [(i, nfkc(m.group("name"))) for i, raw in enumerate(lines)
             if (m := _HEADING.match(nfkc(raw).strip()))]
    out: list[Record] = []
    bullets = 0
    for j, (start, place) in enumerate(heads):
        end = heads[j + 1][0] if j + 1 < len(heads) else len(lines)
        k = 0
        for i in range(start + 1, end):
            line = nfkc(lines[i]).strip()
            if _OTHER_HEADING.match(line):
                break  # (the document's next part: this place's opinions have ended)
            if not _ANY_BULLET.match(line):
                continue
            bullets += 1
            m = _BULLET.match(line)
            if m is None:
                continue
            k += 1
            fields = {"initiative": place, "n": k, "text": m.group("text").strip(), "member": m.group("who").strip(),
                      "member_role": "", "practice": "", "target_word": "", "about": "item", "place": place}
            out.append(Record("comment", f"{place}-{k}", fields, source, i + 1, i + 1))
    if len({r.fields["place"] for r in out}) < _MIN_PLACES or len(out) * 2 <= bullets:
        return []
    return out


def place_items_headed(found: list[Record], comments: list[Record]) -> list[Record]:
    """The items of the places' headings (「（２）西部地区」, read as numbered items with their 開催日 lines) all under the
    part the first stands in: read as printed, each one's heading would be the line over it, the last opinion of the
    place before (「運転手の確保が難しい。（事業者）」), a heading a question's words then match as if it said them."""
    places = {c.fields.get("place") for c in comments}
    items = sorted((r for r in found if r.kind == "item" and r.fields.get("title") in places), key=lambda r: r.line)
    if len(items) < _MIN_PLACES:
        return found
    part = items[0].fields.get("heading")
    for r in items[1:]:
        r.fields["heading"] = part
    return found
