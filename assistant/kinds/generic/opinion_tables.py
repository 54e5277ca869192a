"""The opinions of a public comment (パブリックコメント) in tables of their own, one under each heading of what they
are on (「（１）手数料の額について」 over 意見No. │ 意見の要旨 │ 町の考え方 │ 反映区分), numbered on across the tables: each
row is a comment keyed by its own number (no opinion cites a record's code), its topic the heading it stands under
(「手数料の額」, filed as the comment's 分野), the response and its category as printed (反映 / 一部反映 / 参考 / 反映なし).

Read by the shape alone: a number column, an opinion column, a response or a category column and no other (a column
of who gave it or of the record it cites makes another table: opinion_rows.py's, or rows of their own), numbers all
different, two rows or more."""
from __future__ import annotations

import re

from assistant.model import Passage, Record
from assistant.text.normalize import nfkc

_NUMBER_HEAD = re.compile(r"^(?:No\.?|番号|№|意見番号|意見No\.?|意見№)$")
_OPINION_HEAD = re.compile(r"^(?:意見|ご意見|意見の(?:要旨|概要|内容)|(?:ご)?意見(?:要旨|概要|内容))$")
_CLASS_HEAD = re.compile(r"(?:反映|対応|回答)(?:の)?(?:区分|状況|結果)$")
_RESPONSE_HEAD = re.compile(r"(?:考え方|対応|回答|見解)(?:内容|方針)?$")
# The table's caption as the heading prints it: its number, then what the opinions are on (「1 手数料の額について」).
_TOPIC = re.compile(r"^(?:[(（]?\d{1,2}[)）.．]?\s*)?(?P<topic>.+?)(?:について|に関する(?:意見|もの)?|関係|関連)?$")


def _key(head: str) -> str:
    return "".join(nfkc(head).split())


def opinion_table_comments(rows: list[Record]) -> list[Record]:
    """The comment records of numbered opinion tables among a document's table rows; [] where there are none."""
    picked: list[tuple[Record, str, str, str, str, str]] = []  # (row, number, opinion, response, class, topic)
    for r in rows:
        cells = r.fields.get("cells") or {}
        heads = {_key(h): h for h in cells}
        number = next((h for k, h in heads.items() if _NUMBER_HEAD.match(k)), "")
        opinion = next((h for k, h in heads.items() if _OPINION_HEAD.match(k)), "")
        klass = next((h for k, h in heads.items() if _CLASS_HEAD.search(k)), "")
        response = next((h for k, h in heads.items() if h != klass and _RESPONSE_HEAD.search(k)), "")
        if not (number and opinion and (klass or response)) or set(heads.values()) - {number, opinion, klass, response}:
            continue  # (any other column, who gave it or what it cites, is a table of rows of its own: made137)
        no = nfkc(str(cells.get(number) or "")).strip()
        if not re.fullmatch(r"\d{1,3}", no):
            continue
        said = _TOPIC.match(nfkc(str(r.fields.get("table") or "")).strip())
        topic = said.group("topic").strip() if said else ""
        picked.append((r, no, str(cells.get(opinion) or ""), str(cells.get(response) or "") if response else "",
                       nfkc(str(cells.get(klass) or "")).strip() if klass else "", topic))
    numbers = [no for _, no, *_ in picked]
    if len(picked) < 2 or len(set(numbers)) != len(numbers):
        return []
    out: list[Record] = []
    for r, no, text, response, klass, topic in picked:
        fields = {"initiative": no, "n": 1, "text": text, "member": "", "member_role": "", "practice": "",
                  "target_word": "", "about": "item", "response": response, "response_class": klass}
        if topic:
            fields["excerpt_class"] = topic
        out.append(Record("comment", f"{no}-1", fields, r.source, r.line, r.end_line))
    return out


def topic_passages(comments: list[Record]) -> list[Passage]:
    """What else an opinion's words are found by: the response (「無料」 said in 町の考え方 is said of that opinion) and
    the heading it stands under (「減免についての意見」 are those under 「（２）減免について」 as well as those saying 減免)."""
    out: list[Passage] = []
    for c in comments:
        for field in ("response", "excerpt_class"):
            said = str(c.fields.get(field) or "").strip()
            if said:
                out.append(Passage(c.key, field, said, c.source, c.line))
    return out
