"""A table of a committee's opinions, a row per opinion, in a document of no dedicated kind (a web page 「委員意見と
市の対応」): a header naming the member (委員名, 委員, 氏名), what the opinion is on (対象, 対象項目 …), the opinion
(意見, 意見の要旨 …) and maybe the city's response (市の対応 区分 │ 内容, 対応区分, 対応内容). Each row whose target
cell names an initiative or a practice item by its code (「推進方針Ⅱ （…）」, 「実施項目 Ⅱ-3-(2) …」) is also a
comment record of that initiative, so that questions about the members' opinions read them as the plan's comments:
code 「<initiative>-<No.>」, the member's name and role (「榊原 志保 （学識経験者）」), the practice item's code when
the target is one, what the target is called (推進方針, 実施項目), and the response's category and text.

The table's rows stay table rows and passages (the generic reading is unchanged): this adds records beside them.
Read by the shape of the header and of the target cells, never by the city: a table whose target cells name no code
adds nothing."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

_MEMBER_HEAD = re.compile(r"^(?:委員|委員名|委員氏名|氏名|発言者|意見者)$")
_TARGET_HEAD = re.compile(r"^対象")
_OPINION_HEAD = re.compile(r"意見")
_CLASS_HEAD = re.compile(r"(?:対応|回答).*区分$|^(?:対応|回答)区分")
_RESPONSE_HEAD = re.compile(r"(?:対応|回答)(?:内容|の内容|方針)?$|(?:対応|回答).*内容$")
# 「推進方針II (…)」「実施項目 II-3-(2) …」「取組3 …」「1-2 …」: the word, then the code (a Roman numeral or a number, maybe
# followed by the practice item's parts).
_CODE = re.compile(r"^(?P<word>[^\s\d()IVX・]{0,8}?)\s*(?P<init>[IVX]{1,4}|\d{1,2})"
                   r"(?P<rest>(?:\s*[-‐－]\s*(?:\(\d{1,2}\)|\d{1,2}|[①-⑳]))*)(?=\s|\(|$)")
_NUMBER_HEAD = re.compile(r"^(?:No\.?|番号|№|意見番号|意見No\.?)$")
_PLACE_HEAD = re.compile(r"^(?:地区|地域|開催地区|会場)$")
# 「K-02」「F-10」: a record's own code, letters, a hyphen and a number (a facility's, an item's), the whole of it
_LETTER_CODE = re.compile(r"^(?P<code>[A-Z]{1,3}\s*[-‐－]\s*\d{1,3})$")
_ROLE = re.compile(r"^(?P<name>.+?)\s*\((?P<role>.+)\)$")


def _column(cells: dict, pattern: re.Pattern, taken: set[str]) -> str:
    for head in cells:
        key = "".join(nfkc(head).split())
        if head not in taken and pattern.search(key):
            return head
    return ""


def _code(cell: str) -> tuple[str, str, str] | None:
    """(what the target is called, its initiative's code, the practice item's code or "")."""
    lettered = _LETTER_CODE.match(nfkc(cell).strip())
    if lettered:
        code = re.sub(r"\s*[-‐－]\s*", "-", lettered.group("code"))
        return "", code, code
    m = _CODE.match(nfkc(cell).strip())
    if m is None:
        return None
    rest = re.sub(r"\s+", "", m.group("rest") or "")
    rest = re.sub(r"[‐－]", "-", rest)
    word = m.group("word").strip()
    return word, m.group("init"), f"{m.group('init')}{rest}" if rest else ""


def comments_of_rows(rows: list[Record]) -> list[Record]:
    """The comment records of the opinion tables among a document's table rows (rows of one table share its
    header cells in the same order)."""
    out: list[Record] = []
    tables: dict[tuple, list[Record]] = {}
    for r in rows:
        cells = r.fields.get("cells") or {}
        tables.setdefault((r.fields.get("table", ""), tuple(cells)), []).append(r)
    for (_, heads), members in tables.items():
        if len(members) < 2 or not heads:
            continue
        first = members[0].fields["cells"]
        taken: set[str] = set()
        member = _column(first, _MEMBER_HEAD, taken)
        taken.add(member)
        target = _column(first, _TARGET_HEAD, taken)
        taken.add(target)
        # (a residents' meeting's opinions name no member: numbered (意見番号) and placed (地区), each is one still)
        numbered = _column(first, _NUMBER_HEAD, taken) if not member else ""
        taken.add(numbered)
        opinion = _column(first, _OPINION_HEAD, taken)
        taken.add(opinion)
        if not ((member or numbered) and target and opinion):
            continue
        place = _column(first, _PLACE_HEAD, taken) if not member else ""
        klass = _column(first, _CLASS_HEAD, taken)
        taken.add(klass)
        response = _column(first, _RESPONSE_HEAD, taken)
        coded = [(r, _code(str(r.fields["cells"].get(target) or ""))) for r in members]
        if sum(1 for _, c in coded if c) < max(2, len(coded) // 2 + 1):
            continue  # (targets named in words, not codes: nothing ties them to the plan's records)
        for k, (r, code) in enumerate(coded, 1):
            if code is None:
                continue
            cells = r.fields["cells"]
            said, initiative, practice = code
            who = nfkc(str(cells.get(member) or "")).strip() if member else ""
            m = _ROLE.match(who)
            name, role = (m.group("name").strip(), m.group("role").strip()) if m else (who, "")
            number = next((str(v).strip() for h, v in cells.items() if _NUMBER_HEAD.fullmatch("".join(nfkc(h).split()))
                           and re.fullmatch(r"\d{1,3}", str(v).strip())), str(k))
            fields = {"initiative": initiative, "n": int(number), "text": str(cells.get(opinion) or ""),
                      "member": name, "member_role": role, "practice": practice, "target_word": said,
                      "about": "practice" if practice else "initiative"}
            if place and cells.get(place):
                fields["place"] = nfkc(str(cells.get(place))).strip()
            if klass:
                fields["response_class"] = str(cells.get(klass) or "")
            if response:
                fields["response"] = str(cells.get(response) or "")
            # (keyed by what it is about, as the contract reads a comment's key: the item's code, else the initiative's)
            out.append(Record("comment", f"{practice or initiative}-{number}", fields, r.source, r.line, r.end_line))
    return out
