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

from assistant.kinds.generic.yearly_opinions import yearly_comments
from assistant.model import Record
from assistant.text.normalize import nfkc

# (「質問議員」「質問者」: a council's questions to the executive, the member who asked)
_MEMBER_HEAD = re.compile(r"^(?:委員|委員名|委員氏名|氏名|発言者|意見者|質問議員|質問者|質問議員名)$")
_TARGET_HEAD = re.compile(r"^(?:対象|関連(?:する)?(?:施設|項目|取組|方針|番号))|^[一-龥]{1,4}コード$")  # (「施策コード」: the code of what it is on)
# (「発言要旨」「発言内容」: a minutes table's opinion column, named for what was said)
# (「質問要旨」: a council's question, what the member asked)
_OPINION_HEAD = re.compile(r"意見|^発言(?:の)?(?:要旨|内容|概要)$|^(?:要旨|発言)$|^質問(?:の)?(?:要旨|内容|概要)$")
_CLASS_HEAD = re.compile(r"(?:対応|回答).*区分$|^(?:対応|回答)区分")
# (「答弁要旨」: the executive's answer to a council's question)
_RESPONSE_HEAD = re.compile(r"(?:対応|回答)(?:内容|の内容|方針)?$|(?:対応|回答).*内容$|^答弁(?:の)?(?:要旨|内容|概要)$")
# (「答弁者」: who answered a council's question, 事務局長・財政課長)
_RESPONDER_HEAD = re.compile(r"^(?:答弁者|回答者|答弁者職名)$")
# 「推進方針II (…)」「実施項目 II-3-(2) …」「取組3 …」「1-2 …」: the word, then the code (a Roman numeral or a number, maybe
# followed by the practice item's parts).
_CODE = re.compile(r"^(?P<word>[^\s\d()IVX・]{0,8}?)\s*(?P<init>[IVX]{1,4}|\d{1,2})"
                   r"(?P<rest>(?:\s*[-‐－]\s*(?:\(\d{1,2}\)|\d{1,2}|[①-⑳]))*)(?=\s|\(|$)")
# 「A-02」「F-12」「H-101」: a record's code of letters and a number (a facility's, an item's), alone in the cell or
# several of them (「B-01、B-03」); the whole code is what the opinion is on.
# (a cell may also list a heading's code of a word and a number, 「方針2」「施策3」, beside the records' codes:
# 「K-06、方針1」 — both are what the opinion is on)
_RECORD_CODE = re.compile(r"[A-Za-z]{1,3}\s*[-‐－]\s*\d{1,4}|[一-龥]{1,4}\d{1,2}(?!\d)")
_ONE_CODE = r"(?:[A-Za-z]{1,3}\s*[-‐－]\s*\d{1,4}|[一-龥]{1,4}\d{1,2})"
_CODE_LIST = re.compile(rf"^{_ONE_CODE}(?:\s*[、,，・/／]\s*{_ONE_CODE})*$")
_RELATED_HEAD = re.compile(r"^関連(?:する)?")
_MEETING_HEAD = re.compile(r"^(?:開催回|回|会議|開催|会議回|会議名)$")
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


def _record_codes(cell: str) -> list[str]:
    """The record codes a target cell lists (「B-01、B-03」 → B-01, B-03), or none where it is not only codes."""
    text = nfkc(cell).strip()
    if not _CODE_LIST.match(text):
        return []
    return [re.sub(r"\s+", "", re.sub(r"[‐－]", "-", c)) for c in _RECORD_CODE.findall(text)]


# 「①-3」「2-1」「Ⅱ-3」「①-2-(1)」: an item's code of the plan, a pillar's mark or number and the item's number
_ITEM_CODE = r"(?:[①-⑳]|[IVX]{1,4}|\d{1,2})(?:\s*[-‐－]\s*(?:\d{1,2}|[①-⑳]|\(\d{1,2}\)))+"
_ITEM_CODE_LIST = re.compile(rf"^{_ITEM_CODE}(?:\s*[、,，・/／]\s*{_ITEM_CODE})*$")


def _item_codes(cell: str) -> list[str]:
    """The item codes a cell lists (「④-4、①-2」 → ④-4, ①-2), or none where it is not only such codes."""
    # (the circled mark kept as printed, 「②-1」, as the item's own sheet prints it; full-width digits read as digits)
    text = "".join(ch if "①" <= ch <= "⑳" else nfkc(ch) for ch in cell).strip()
    if not _ITEM_CODE_LIST.match(text):
        return []
    return [re.sub(r"\s+", "", re.sub(r"[‐－]", "-", c)) for c in re.findall(_ITEM_CODE, text)]


def _head_word(head: str) -> str:
    """What a target column's heading calls its targets: 対象施設番号 → 施設, 対象項目 → 項目."""
    word = re.sub(r"^対象", "", "".join(nfkc(head).split()))
    return re.sub(r"(?:番号|コード|No\.?|名)$", "", word)


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
        # (a residents' meeting's opinions name no member: numbered (意見番号) and placed (地区), each is one still.
        # Both said: a table numbered but naming neither member nor place (番号 │ 委員区分 │ 対象 …) is left to the
        # question's reading of opinion rows, query/tables/rows_are.py mark_opinion_rows)
        place = _column(first, _PLACE_HEAD, taken) if not member else ""
        taken.add(place)
        numbered = _column(first, _NUMBER_HEAD, taken) if place else ""
        taken.add(numbered)
        opinion = _column(first, _OPINION_HEAD, taken)
        taken.add(opinion)
        yearly = yearly_comments(members, list(heads)) if not member else []
        if yearly:
            # (| 番号 | 対象 | 2026年度 評価 │ 意見 | 2027年度 評価 │ 意見 |: each year's opinion on the code: yearly_opinions.py)
            out.extend(yearly)
            continue
        if not (member or numbered) and target and opinion:
            # (| No. | 意見の要旨 | 関連する取組番号 | 病院の対応方針 |: a committee's opinions numbered, each citing the plan's
            # items by code (「①-1、①-2」), the table naming no member: a comment on each code a row lists)
            plain = _column(first, _NUMBER_HEAD, taken)
            rest = set(heads) - {plain, target, opinion} - {h for h in heads if _RESPONSE_HEAD.search("".join(nfkc(h).split()))
                                                            or _CLASS_HEAD.search("".join(nfkc(h).split()))}
            cited = [(r, _item_codes(str(r.fields["cells"].get(target) or ""))) for r in members]
            if plain and not rest and sum(1 for _, c in cited if c) >= max(2, len(cited) // 2 + 1):
                klass = _column(first, _CLASS_HEAD, taken | {plain})
                response = _column(first, _RESPONSE_HEAD, taken | {plain, klass})
                out.extend(_record_comments(cited, "", opinion, klass, response, _head_word(target)))
            continue
        if not ((member or numbered) and target and opinion):
            continue
        klass = _column(first, _CLASS_HEAD, taken)
        taken.add(klass)
        response = _column(first, _RESPONSE_HEAD, taken)
        responder = _column(first, _RESPONDER_HEAD, taken | {response})
        meeting = _column(first, _MEETING_HEAD, taken | {response, responder})
        listed = [(r, _record_codes(str(r.fields["cells"].get(target) or ""))) for r in members] if member else []
        if not any(re.match(r"[A-Za-z]", c) for _, cs in listed for c in cs):
            listed = []  # (only headings' codes, 「取組3」: the initiative reading below keeps their word apart)
        if listed and sum(1 for _, c in listed if c) >= max(2, len(listed) // 2 + 1):
            # (targets named by record codes, 「A-02」「B-01、B-03」, in a table naming its members: a comment on each
            # code the row lists. A table naming no member (a residents' meeting's numbered opinions, 意見番号 │ 地区 │
            # 対象 K-02 / 分類Ⅰ) is left to the reading below, which keeps its 地区 and its 分類 targets.)
            out.extend(_record_comments(listed, member, opinion, klass, response, _head_word(target), meeting))
            continue
        coded = [(r, _code(str(r.fields["cells"].get(target) or ""))) for r in members]
        if sum(1 for _, c in coded if c) < max(2, len(coded) // 2 + 1):
            continue  # (targets named in words, not codes: nothing ties them to the plan's records)
        # (| 番号 | 発言者 | 関連取組 | 意見の要旨 |, every row printing its own number 1, 2, 3 … and saying what it is
        # related to (関連…, not 対象: a column to join on, not what the opinion is of) by a heading's word and number,
        # 「取組３」, or 「－」: each opinion is itself, keyed by its number, the heading it cites kept as `cited`; a
        # row citing none is an opinion on nothing in particular. The key contract reads a comment by the part before
        # its hyphen: the opinion's own number here, the cited code where the column says what it is on (対象).)
        own = (_RELATED_HEAD.match("".join(nfkc(target).split())) is not None and _own_numbered(members)
               and all(c is None or c[0] for _, c in coded))
        for k, (r, code) in enumerate(coded, 1):
            if code is None and not (own and _blank_cited(r.fields["cells"].get(target))):
                continue
            cells = r.fields["cells"]
            said, initiative, practice = code or ("", "", "")
            who = nfkc(str(cells.get(member) or "")).strip() if member else ""
            m = _ROLE.match(who)
            name, role = (m.group("name").strip(), m.group("role").strip()) if m else (who, "")
            number = _number(cells, k)
            fields = {"initiative": initiative, "n": int(number), "text": str(cells.get(opinion) or ""),
                      "member": name, "member_role": role, "practice": practice, "target_word": said,
                      "about": "practice" if practice else "initiative"}
            if place and cells.get(place):
                fields["place"] = nfkc(str(cells.get(place))).strip()
            if klass:
                fields["response_class"] = str(cells.get(klass) or "")
            if response:
                fields["response"] = str(cells.get(response) or "")
            if responder:
                fields["responder"] = nfkc(str(cells.get(responder) or "")).strip()
            if meeting and member:
                fields["meeting"] = "".join(nfkc(str(cells.get(meeting) or "")).split())
            if own:
                fields.update({"cited": practice or initiative, "cited_as": nfkc(str(cells.get(target) or "")).strip()})
                if not code:
                    fields["about"] = ""
                out.append(Record("comment", f"{number}-1", fields, r.source, r.line, r.end_line))
                continue
            # (keyed by what it is about, as the contract reads a comment's key: the item's code, else the initiative's)
            out.append(Record("comment", f"{practice or initiative}-{number}", fields, r.source, r.line, r.end_line))
    return out


def _own_numbered(rows: list[Record]) -> bool:
    """Whether every row prints its own number in a 番号 column, 1, 2, 3 … in order (full-width digits read as such)."""
    numbers = []
    for r in rows:
        cells = r.fields.get("cells") or {}
        printed = [nfkc(str(v)).strip() for h, v in cells.items() if _NUMBER_HEAD.fullmatch("".join(nfkc(h).split()))]
        numbers.append(printed[0] if printed else "")
    return numbers == [str(k) for k in range(1, len(rows) + 1)]


def _blank_cited(cell) -> bool:
    """A target cell saying the opinion cites nothing: 「－」, 「―」, 「-」."""
    return nfkc(str(cell or "")).strip() in ("-", "－", "―", "ー", "—", "‐")


def _number(cells: dict, k: int) -> str:
    """The row's own number (No., 番号; full-width digits read as such), else its place in the table."""
    return next((nfkc(str(v)).strip() for h, v in cells.items() if _NUMBER_HEAD.fullmatch("".join(nfkc(h).split()))
                 and re.fullmatch(r"\d{1,3}", nfkc(str(v)).strip())), str(k))


def _record_comments(listed: list[tuple[Record, list[str]]], member: str, opinion: str, klass: str, response: str,
                     word: str, meeting: str = "") -> list[Record]:
    """A comment per (row, code it lists), keyed 「<code>-<No.>」; a row of no code (全体) adds none."""
    out: list[Record] = []
    for k, (r, codes) in enumerate(listed, 1):
        cells = r.fields["cells"]
        who = nfkc(str(cells.get(member) or "")).strip()
        m = _ROLE.match(who)
        name, role = (m.group("name").strip(), m.group("role").strip()) if m else (who, "")
        number = _number(cells, k)
        for code in codes:
            fields = {"initiative": code, "n": int(number), "text": str(cells.get(opinion) or ""),
                      "member": name, "member_role": role, "practice": "", "target_word": word, "about": "item"}
            if klass:
                fields["response_class"] = str(cells.get(klass) or "")
            if response:
                fields["response"] = str(cells.get(response) or "")
            if meeting:
                fields["meeting"] = "".join(nfkc(str(cells.get(meeting) or "")).split())
            out.append(Record("comment", f"{code}-{number}", fields, r.source, r.line, r.end_line))
    return out
