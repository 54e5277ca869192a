"""A memo of other municipalities in blocks under a bracketed heading naming the place (「【鷺沢市】」,
「【事例１】北浦町（茨城県）」), each block's facts printed as 「人口：18,420人」 lines or said in its sentences
(「年間約２，１００時間の削減効果」「削減時間は年間約３，４００時間」「令和５年度からAI-OCRを導入」).

Staff ask of such a memo as of a table (「完了率が40%以上」「管理件数の多い順に上位３つ」「寄附件数の合計」), so each
block is kept as a numbered item whose fields are its labelled lines and the figures its sentences label, named by
its place: query/tables reads items with fields as the rows of a table, and a table whose rows are places is said
by their names (place_rows.py). Read by the shape — three blocks or more, each heading a municipality's name —
never by the names or the labels of one memo.
"""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

# 【鷺沢市】【杉ノ原村（参考）】【事例１】北浦町（茨城県）【事例２　桜川台市】: the place a block is of, and its prefecture
_PLACE = r"[一-龥々ぁ-んァ-ヶー]{1,8}?[市町村区]"
_HEAD_RE = re.compile(
    rf"^【\s*(?:事例\s*\d{{1,3}}\s*】\s*|事例\s*\d{{1,3}}\s+)?(?P<name>{_PLACE})"
    r"\s*(?:[（(]\s*(?P<pref>[^（）()\s]{1,4}?[都道府県]|北海道)?[^（）()]{0,8}[）)])?\s*】?\s*$")
# 「・人口：18,420人」「経費率　：４７.８％」: a labelled line of the block (a short label, its value after a colon)
_LABELLED_RE = re.compile(r"^[・･\-*●○]?\s*(?P<label>[^\s:：、。()（）「」]{1,14}?)\s*[:：]\s*(?P<value>\S.*)$")
# A line that closes the blocks (a rule, 「以上」, the sources): no fact of the last block
_CLOSES_RE = re.compile(r"^(?:[-=_─━＝－―]{3,}.*|以上|出典\s*[:：].*|※.*)$")
# 「削減時間は年間約３，４００時間」「月平均時間外勤務時間は12.3時間」「人口約12.4万人、職員数1,020人」: a figure said
# right after the noun naming it (with は, or as a list of facts)
# (「1億2,300万円」: 億 and 万 read into one figure)
_NUMBER = (r"(?:(?P<oku>\d{1,4})\s*億\s*)?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<man>万)?\s*"
           r"(?P<unit>時間|件|人|千円|万円|円|%|業務|手続|事業|団体|台|回)")
_NAMED_RE = re.compile(r"(?:^|(?<=[、。の]))(?P<label>[一-龥ァ-ヶー]{2,14}?)(?:は|が|:)?\s*(?:年間|月)?\s*(?:約|およそ)?\s*"
                       + _NUMBER)
# 「年間約２，１００時間の削減効果」「年間約４５０時間を削減」「３００時間削減」: hours cut, named by what was done
_CUT_RE = re.compile(r"(?:約|およそ)?\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*時間\s*(?:の|を)?\s*(?P<verb>削減|短縮|縮減)")
# 「令和５年度からAI-OCRを導入」「令和４年度にRPAを導入し」「令和５年４月から…制度を導入」: the year the case began
_BEGAN_RE = re.compile(r"(?P<year>(?:令和|平成)\s*(?:元|\d{1,2})\s*年(?:度|\s*\d{1,2}\s*月)?)\s*(?:から|に|より)"
                       r"[^。]{0,40}?(?:導入|開始|始め|拡大|本格|運用|着手|取り組)")
# (not 実施: 「令和４年度に…事業仕分けを実施」 is when it was done, no year it began from; read as one, 「令和５年度以降に
# …やった」 lost the rest of what it said)
# Words before a figure that say when or how much, no name of it (「令和６年度の」 is cut at の)
_NOT_LABELS = re.compile(r"^(?:年間|月|約|およそ|合計|計|うち|現在|全体)$")


def _figure(m: re.Match) -> str:
    """The figure as a cell prints it: 12.4万人 → 124000人 (the cell's number is read without 万)."""
    n = m.group("n").replace(",", "")
    unit = m.group("unit")
    if m.group("man") or m.group("oku") or unit == "万円":
        value = float(n) * (10000 if m.group("man") or unit == "万円" else 1) + int(m.group("oku") or 0) * 10 ** 8
        n, unit = (str(int(value)) if value.is_integer() else str(value)), unit.replace("万円", "円")
    return f"{n}{unit}"


def _sentence_fields(text: str) -> dict[str, str]:
    """The figures a block's sentences name (label → figure), and the year it began; a label said twice with two
    figures names neither (which one is asked cannot be told)."""
    found: dict[str, set[str]] = {}
    for m in _NAMED_RE.finditer(text):
        label = m.group("label")
        if _NOT_LABELS.match(label) or re.search(r"\d", label):
            continue
        found.setdefault(label, set()).add(_figure(m))
    for m in _CUT_RE.finditer(text):
        found.setdefault(f"{m.group('verb')}時間", set()).add(f"{m.group('n').replace(',', '')}時間")
    began = {re.sub(r"\s+", "", b.group("year")) for b in _BEGAN_RE.finditer(text)}
    if len(began) == 1:
        found["開始年度"] = {re.sub(r"年\d{1,2}月$", "年度", began.pop())}
    return {label: values.pop() for label, values in found.items() if len(values) == 1}


def place_block_items(lines: list[str], source: str, title: str, items: list[Record]) -> list[Record]:
    """The items of a memo's place blocks (three or more), none where the document's items already hold them."""
    heads = []
    for index, raw in enumerate(lines):
        m = _HEAD_RE.match(nfkc(raw).strip())
        if m:
            heads.append((index, m))
    if len(heads) < 3 or len({m.group("name") for _, m in heads}) < len(heads):
        return []
    out: list[Record] = []
    for n, (index, m) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        body: list[tuple[int, str]] = []
        for at in range(index + 1, end):
            said = nfkc(lines[at]).strip()
            if said.startswith("【") or _CLOSES_RE.match(said):
                break  # 【所感】 after the last block, a rule, 出典: the memo's own, not the block's
            if said:
                body.append((at, said))
        if not body:
            continue
        last = body[-1][0]
        fields: dict[str, str] = {}
        prose: list[str] = []
        for _, said in body:
            labelled = _LABELLED_RE.match(said)
            if labelled and not _NOT_LABELS.match(labelled.group("label")):
                fields.setdefault(labelled.group("label"), clean(labelled.group("value")))
            else:
                prose.append(said)
        text = " ".join(s for _, s in body)
        # (a figure both labelled and said in a sentence is the labelled one)
        fields = {**{k: v for k, v in _sentence_fields("".join(prose)).items() if k not in fields}, **fields}
        if m.group("pref"):
            fields = {"都道府県": m.group("pref"), **fields}
        if not fields:
            continue
        name = m.group("name")
        out.append(Record("item", f"{source}:{index + 1}", {
            "number": "", "title": name, "heading": title, "fields": fields, "text": f"{name} {text}"[:2000],
        }, source, index + 1, last + 1))
    return out if len(out) >= 3 else []


def with_place_blocks(found: list[Record], lines: list[str], source: str, title: str) -> list[Record]:
    """The document's records with its place blocks' items. Where the generic reading made items of the blocks
    too, its items stand when they are as many as the blocks (each block read already); fewer (one item running over
    all the blocks, its fields the first block's) give way to the blocks'."""
    items = [r for r in found if r.kind == "item"]
    blocks = place_block_items(lines, source, title, items)
    if not blocks:
        return found
    first, last = blocks[0].line, max(b.end_line or b.line for b in blocks)
    inside = [r for r in items if r.line <= last and first <= (r.end_line or r.line)]
    if len(inside) >= len(blocks):
        return found
    return sorted([r for r in found if not any(r is i for i in inside)] + blocks, key=lambda r: r.line)
