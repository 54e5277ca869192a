"""Opinions numbered ①②③ under one section on 意見, each paragraph naming at its end the record it is on
(a labour-management summary: 「３ 組合側の主な意見」, then 「① 時差出勤は…見直してほしい。（取組(5)関連）」): each
paragraph is a comment on the cited record, keyed 「<code>-<k>」 (k counting that record's opinions in order), so that
「組合から出た意見は何件」「意見が2つ以上出た取組」「端末不足を指摘した意見はどの取組」 read them as comments.

Read by the layout alone: a section heading saying 意見 (「３ 組合側の主な意見」), up to the next heading of its level;
inside it circled paragraphs, each ending in a bracket that cites a record by a word and its number
(「（取組(5)関連）」「（項目３関係）」「（No.７について）」). Who gave the opinions is the section title's words before
「の…意見」 (「組合側」→ 組合), kept as the comment's member so that 「組合から出た意見」 is a condition on them. Two
cited paragraphs or more, else nothing: one stray bracket is no paper of opinions."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

# 「３ 組合側の主な意見」「第２ 委員の意見」: the section the opinions stand in, and the next of its level ending it
_SECTION = re.compile(r"^(?P<mark>第\s*\d{1,2}|\d{1,2}\s*[.．、]?|[一二三四五六七八九十]{1,2}\s*[、.．])\s*(?P<title>\S.{0,30})$")
# the record cited at the paragraph's end: 「（取組(5)関連）」「（項目3関係）」「（No.7について）」
_CITED = re.compile(r"[(（]\s*(?P<word>[^\s()（）\d]{0,6}?)\s*(?P<code>\(\s*\d{1,3}\s*\)|\d{1,3}|[A-Za-z]{1,3}-?\d{1,4})"
                    r"\s*(?:関連|関係|について|に関して|に係る意見)\s*[)）]\s*[。.]?$")
# the speaker in the section title: 「組合側の主な意見」→ 組合, 「委員からの意見」→ 委員
_SPEAKER = re.compile(r"^(?P<who>\S{1,12}?)(?:側)?(?:から)?の(?:主な|主要な|おもな)?意見")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_MIN_OPINIONS = 2


def _code(said: str) -> str:
    """The cited number as records print it: 「(5)」 stays bracketed (half-width), 「No.7」 its digits."""
    return "".join(said.split())


def cited_opinions(lines: list[str], source: str) -> list[Record]:
    """Comment records of circled opinions that each cite their record at the end (none where fewer than two do)."""
    out: list[Record] = []
    inside = False
    speaker = ""
    seen: dict[str, int] = {}
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        said = nfkc(line)
        if line[0] not in _CIRCLED:
            section = _SECTION.match(said)
            if section and len(line) <= 30 and not line.endswith("。"):
                title = section.group("title").strip()
                inside = "意見" in title
                who = _SPEAKER.match(title)
                speaker = who.group("who") if who and inside else ""
            continue
        if not inside:
            continue
        cited = _CITED.search(said)
        if cited is None:
            continue
        code = _code(cited.group("code"))
        seen[code] = seen.get(code, 0) + 1
        text = said[1:cited.start()].strip()
        fields = {"initiative": code, "n": seen[code], "text": text, "member": speaker, "member_role": "",
                  "practice": "", "target_word": cited.group("word"), "about": "item"}
        out.append(Record("comment", f"{code}-{seen[code]}", fields, source, i + 1, i + 1))
    if len(out) < _MIN_OPINIONS:
        return []
    return out
