"""A report's opinions as numbered paragraphs in a text block per record (an external evaluation's report: 「事業番号
J-04　ごみ減量化推進事業」, its labelled lines 所管課：… 委員会評価：Ｂ, then 【委員会の意見】 and ① ② paragraphs): each
paragraph is a comment on the record the block names by its code, keyed 「<code>-<k>」 (k its number), so that questions
about the committee's opinions (「ＳＮＳに触れている意見」「費用対効果について言及している委員会意見」) read them as
comments of those codes.

A paragraph may open with its number alone on a line and run over several lines (a PDF's text), a word broken at the
line's end (Ｓ / ＮＳ) is one word again; a page's number line (「－ 2 －」) and the running header (the document's
first line printed again) are no part of it. Read by the layout alone: two blocks or more, each opened by a number
label and a code of letters and digits (事業番号 J-03, 整理番号 A-1), holding a heading of opinions (【…意見…】) and
numbered paragraphs under it; never by the document's words or codes."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

# 「事業番号 J-03 消費生活相談事業」: the block's opening line, its code (as generic/structure reads it: labelled)
_OPENING = re.compile(r"^[一-龥]{1,4}番号\s*(?P<code>[A-Za-z]{1,3}[-‐]?\d{1,4}(?:[-‐]\d{1,4}){0,2})(?:\s+\S.*)?$")
_OPINION_HEADING = re.compile(r"^[【〔\[][^】〕\]]*(?:意見|所見|指摘)[^】〕\]]*[】〕\]]$")
_CIRCLED = {chr(c): n for n, c in enumerate(range(0x2460, 0x2474), 1)}
_PAGE_NUMBER = re.compile(r"^[-－—‐ー−\s]*\d{1,3}[-－—‐ー−\s]*$")
# (a line closing the block's part: a note 「※…」, or a heading of a section 「６ 今後の取組」)
_CLOSING = re.compile(r"^(?:※|[0-9]{1,2}\s+\S{2,20}$|第[0-9一二三四五六七八九十]+[章節])")


def block_opinions(lines: list[str], source: str) -> list[Record]:
    header = next((nfkc(l).strip() for l in lines if l.strip()), "")
    opened = [(i, m.group("code").replace("‐", "-")) for i, raw in enumerate(lines)
              if (m := _OPENING.match(nfkc(raw).strip()))]
    if len(opened) < 2:
        return []
    out: list[Record] = []
    for j, (start, code) in enumerate(opened):
        end = opened[j + 1][0] if j + 1 < len(opened) else len(lines)
        heading = next((i for i in range(start + 1, end) if _OPINION_HEADING.match(nfkc(lines[i]).strip())), -1)
        if heading < 0:
            continue
        parts: list[list] = []  # [number, first line, [texts]]
        for i in range(heading + 1, end):
            line = nfkc(lines[i]).strip()
            raw = lines[i].strip()
            if raw[:1] in _CIRCLED:  # (before the page number: NFKC reads a ① alone as 1)
                parts.append([_CIRCLED[raw[0]], i, [nfkc(raw[1:]).strip()]])
                continue
            if not line or _PAGE_NUMBER.match(line) or line == header:
                continue
            if _CLOSING.match(line):
                break
            if parts:
                parts[-1][2].append(line)
        for n, at, texts in parts:
            text = "".join(t for t in texts if t)
            if text:
                out.append(Record("comment", f"{code}-{n}", {
                    "initiative": code, "n": n, "text": text, "member": "", "member_role": "", "practice": "",
                    "target_word": "", "about": "item"}, source, at + 1, at + len(texts)))
    return out if len({r.fields["initiative"] for r in out}) >= 2 else []
