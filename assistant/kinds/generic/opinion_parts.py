"""A review body's opinion as numbered parts under its heading (「２ 審査の意見」 then 「（１）財務に関する事務について」,
「（２）情報管理について」 …), each part a paragraph naming the records it is on by code in brackets (「…の確認漏れ
（R-02）が…」): each part is a comment on every record it cites, keyed 「<code>-<k>」, its text the part's heading and
paragraph, so that 「（２）で取り上げられているリスク」「審査意見で触れられていないリスク」 read them as comments.

Read by the layout alone: a heading line saying 意見 (「２ 審査の意見」「監査委員の意見」), then two or more parts
numbered （ｎ） whose paragraphs cite a code — letters, a hyphen, a number in brackets (（R-07）) — up to the next
heading of the heading's own level (「３ 結び」) or a table. A part citing no code is no comment."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

# 「２ 審査の意見」「第２ 監査委員の意見」: the heading the parts stand under, numbered, saying 意見
# (「第２ 提言」: a council's 答申 gives its opinion as proposals, 提言１－(１) …)
_OPINION_HEAD = re.compile(r"^(?:第?\s*\d{1,2}\s*[.．、]?|[一二三四五六七八九十]{1,2}\s*[、.．]?)\s*(?:\S{0,12}意見\S{0,6}|提言)$")
# the next heading of that level: 「３ 結び」
_TOP_HEAD = re.compile(r"^(?:第?\s*\d{1,2}\s*[.．、]?|[一二三四五六七八九十]{1,2}\s*[、.．]?)\s+\S{1,20}$")
# 「（１）財務に関する事務について」: a part, numbered in brackets, its subject on the same line
_PART = re.compile(r"^(?:[(（]\s*(?P<n>\d{1,2})\s*[)）]|(?:提言|意見)\s*\d{1,2}\s*[-‐－−]\s*[(（]\s*\d{1,2}\s*[)）])\s*(?P<subject>\S.{0,40})$")
# 「提言１ 補助金の終期設定の徹底について」: a proposal over its numbered parts, which ends the part before it
_SECTION = re.compile(r"^(?:提言|意見)\s*\d{1,2}\s+\S.{0,40}$")
# a code cited in brackets: （R-07）（R-14）, or several （R-02、R-04）
# (「（補-034）」: a word of one or two kanji before the hyphen, as a list of subsidies numbers them)
_CODE_SAID = r"(?:[A-Za-z]{1,3}|[一-龥ァ-ヶ]{1,2})\s*-\s*\d{1,4}"
_CITED = re.compile(r"[(（]\s*((?:" + _CODE_SAID + r")(?:\s*[、,・及びと]\s*" + _CODE_SAID + r")*)\s*[)）]")
_CODE = re.compile(_CODE_SAID)
_MIN_PARTS = 2


def _codes(text: str) -> list[str]:
    said = nfkc(text).replace("‐", "-").replace("−", "-")
    out: list[str] = []
    for m in _CITED.finditer(said):
        for c in _CODE.findall(m.group(1)):
            c = "".join(c.split()).upper()
            if c not in out:
                out.append(c)
    return out


def opinion_part_comments(lines: list[str], source: str) -> list[Record]:
    """Comment records of the numbered parts of an opinion citing codes (none where fewer than two parts do)."""
    parts: list[tuple[int, str, str, list[str]]] = []
    inside = False
    part: tuple[int, str] | None = None
    block: list[str] = []

    def close() -> None:
        nonlocal part, block
        if part is not None:
            text = "".join(block)
            codes = _codes(text)
            if codes:
                parts.append((part[0], part[1], text, codes))
        part, block = None, []

    for i, raw in enumerate(lines):
        line = clean(raw).strip()
        if not line:
            continue
        said = nfkc(line)
        if _OPINION_HEAD.match(said) and not said.endswith("。"):
            close()
            inside = True
            continue
        if not inside:
            continue
        if "\t" in raw or (_TOP_HEAD.match(said) and not _PART.match(said) and not said.endswith("。")):
            close()
            inside = False
            continue
        if _SECTION.match(said) and not _PART.match(said) and not said.endswith("。"):
            close()
            continue
        m = _PART.match(said)
        if m is not None and not said.endswith("。"):
            close()
            part = (i + 1, line)
            continue
        if part is not None:
            block.append(line)
    close()
    if len(parts) < _MIN_PARTS:
        return []
    out: list[Record] = []
    seen: dict[str, int] = {}
    # 「…廃止が妥当である。（付帯意見）有害鳥獣駆除対策補助金（補-039）は…拡充を検討されたい。」: the council's added
    # opinion run on in the part is no part of the proposal: a comment of its own (policy 付帯意見（提言３－(２)）)
    split: list[tuple[int, str, str, list[str]]] = []
    for line_no, head, text, codes in parts:
        body, mark, aside = (re.split(r"([(（](?:付帯|附帯)意見[)）])", text, maxsplit=1) + ["", ""])[:3]
        if mark and _codes(aside):
            if _codes(body):
                split.append((line_no, head, body, _codes(body)))
            split.append((line_no, f"{mark.strip('()（）')}（{head.split()[0]}）", mark + aside, _codes(aside)))
        else:
            # (an added opinion naming no record is none of the proposal's words on the records it cites)
            split.append((line_no, head, body if mark else text, codes))
    for line_no, head, text, codes in split:
        for code in codes:
            seen[code] = seen.get(code, 0) + 1
            fields = {"initiative": code, "n": seen[code], "text": f"{head} {text}", "member": "", "member_role": "",
                      "practice": "", "target_word": "", "about": "item", "policy": head}
            out.append(Record("comment", f"{code}-{seen[code]}", fields, source, line_no, line_no))
    return out
