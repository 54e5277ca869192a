"""Blocks headed by a record's printed code and name, in a document of no dedicated kind: 「■ 施設番号 7-1　椚ヶ原高原キャンプ場
（観光）」 over a sentence giving a figure (「…割合（満足度）は８４．１％であった」) and labelled lines (改善指示：有, 評価委員の
コメント：…), or 「【椚ヶ原町民プール】（施設番号 3）」 over sets of 指示日／指示内容／対応状況 lines, one set per instruction.

Staff ask of them as of a table (「満足度が80％未満の施設」「令和６年10月以降に指示が出た施設」「対応中のものがある施設」), so
each block (each set of labels, where a block repeats them) is kept as an item numbered by its code, named by its name, its
fields its labelled lines, the figures its sentences name and the bracketed class after the name. Read by the shape — three
blocks or more under one heading form, distinct codes — never by the labels or the codes of one document."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

_CODE = r"(?P<code>[0-9]{1,3}(?:\s*[-‐－]\s*[0-9]{1,2})?|[A-Za-z]{1,3}\s*[-‐－]?\s*[0-9]{1,3})"
_LABEL = r"(?P<label>[一-龥]{1,6}(?:番号|コード|No\.?)|No\.?|番号)"
# 「■ 施設番号 7-1　椚ヶ原高原キャンプ場（観光）」「◆ No.3 中央図書館」
_MARKED = re.compile(rf"^[■□◆◇▼▽●]\s*{_LABEL}?\s*{_CODE}\s+(?P<name>[^\s（）()][^（）()]{{0,40}}?)\s*"
                     r"(?:[（(](?P<kind>[^（）()]{1,10})[）)])?$")
# 「【椚ヶ原町民プール】（施設番号 3）」
_BRACKETED = re.compile(rf"^【(?P<name>[^【】]{{2,40}})】\s*[（(]\s*{_LABEL}\s*{_CODE}\s*[）)]$")
_LABELLED = re.compile(r"^[・･]?\s*(?P<label>[^\s:：、。()（）「」]{1,14}?)\s*[:：]\s*(?P<value>\S.*)$")
_RULE = re.compile(r"^(?:[-=_─━＝－―]{3,}|[-－—―]\s*\d{1,3}\s*[-－—―])$")  # ====, 「－ 4 －」 page footers
_CLOSES = re.compile(r"^(?:以上|※.*)$")
# 「割合（満足度）は８４．１％であった」「利用者数は12,300人」: a figure said right after the noun (or the bracketed word) naming it
_FIGURE = re.compile(r"(?:[（(](?P<l1>[一-龥ァ-ヶー]{2,10})[)）]|(?P<l2>[一-龥ァ-ヶー]{2,10}))\s*(?:は|が)\s*(?:約)?\s*"
                     r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|人|件|千円|円|回)")


def _heads(lines: list[str]) -> list[tuple[int, re.Match]]:
    heads = []
    for index, raw in enumerate(lines):
        said = nfkc(raw).strip()
        m = _MARKED.match(said) or _BRACKETED.match(said)
        if m:
            heads.append((index, m))
    if len(heads) < 3 or len({h.re for _, h in heads}) != 1:
        return []
    codes = [re.sub(r"\s+", "", h.group("code")) for _, h in heads]
    return heads if len(set(codes)) == len(codes) else []


def coded_block_items(lines: list[str], source: str, title: str) -> list[Record]:
    """An item per block (per set of labels in a block that repeats them), none unless three blocks or more."""
    out: list[Record] = []
    heads = _heads(lines)
    for n, (index, m) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        code, name = re.sub(r"\s+", "", m.group("code")).replace("－", "-").replace("‐", "-"), clean(m.group("name"))
        # (the class in brackets after the name, named by what the code's label numbers: 施設番号 → 施設分類)
        said = re.sub(r"(?:番号|コード|No\.?)$", "", m.group("label") or "")
        own = {f"{said}分類" if len(said) >= 2 else "分類": m.group("kind")} \
            if "kind" in m.groupdict() and m.group("kind") else {}
        sets: list[tuple[int, int, dict[str, str], list[str]]] = []
        fields: dict[str, str] = {}
        prose: list[str] = []
        first = last = index + 1
        for at in range(index + 1, end):
            said = nfkc(lines[at]).strip()
            if _CLOSES.match(said):
                break
            if not said or _RULE.match(said):
                continue
            labelled = _LABELLED.match(said)
            if labelled and labelled.group("label") in fields:
                # (the labels again: the block's next set, 指示日 of its second instruction)
                sets.append((first, last, fields, prose))
                fields, prose, first = {}, [], at + 1
            if labelled:
                fields[labelled.group("label")] = clean(labelled.group("value"))
            elif said != nfkc(title).strip():
                # (a wrapped value, 「…遵守 / を求める。」 across lines, joins the label above it)
                label = next(reversed(fields), None) if fields else None
                if label is not None and not _FIGURE.search(said):
                    fields[label] += said
                else:
                    prose.append(said)
            last = at + 1
        sets.append((first, last, fields, prose))
        for first, last, fields, prose in sets:
            figures: dict[str, set[str]] = {}
            for f in _FIGURE.finditer("".join(prose)):
                figures.setdefault(f.group("l1") or f.group("l2"), set()).add(f"{f.group('n').replace(',', '')}{f.group('unit')}")
            cells = {**own, **{k: v.pop() for k, v in figures.items() if len(v) == 1 and k not in fields}, **fields}
            if not cells:
                continue
            text = " ".join([name, *prose, *(f"{k}：{v}" for k, v in fields.items())])
            out.append(Record("item", f"{source}:{first}", {
                "number": code, "title": name, "heading": title, "fields": cells, "text": text[:2000],
            }, source, first, last))
    return out if len(out) >= 3 else []


def with_coded_blocks(found: list[Record], lines: list[str], source: str, title: str) -> list[Record]:
    """The document's records with its coded blocks' items, unless the generic reading made as many items of them."""
    blocks = coded_block_items(lines, source, title)
    if not blocks:
        return found
    items = [r for r in found if r.kind == "item"]
    first, last = blocks[0].line, max(b.end_line or b.line for b in blocks)
    inside = [r for r in items if r.line <= last and first <= (r.end_line or r.line)]
    if len(inside) >= len(blocks):
        return found
    return sorted([r for r in found if not any(r is i for i in inside)] + blocks, key=lambda r: r.line)
