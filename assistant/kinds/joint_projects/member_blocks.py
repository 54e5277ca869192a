"""An edition of the joint projects written as labelled blocks that list each project's members.

「【広域-01】ごみ処理の広域化」 opens a project; lines 「分野：環境」「参加団体：北浜市、東野市…（６団体）」
「幹事団体：北浜市」「開始年度：平成２８年度」「状況：実施中」 follow, in any order. (The older block edition,
loader._blocks, names each member's department and a 部会 instead.) The members are read from the lines,
never from code; a line saying every member takes part (「県内全市町村（18団体）」) is read as every
municipality the document names, and the record says so.
"""
from __future__ import annotations

import re

from assistant.kinds.joint_projects.marks import MUNICIPALITY_RE, split_listed
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import year_label

# 【広域-01】, 【K-3】, 【12】: a project's code in brackets, then its title
_HEAD_RE = re.compile(r"^\s*[【\[［]\s*((?:[A-Za-z一-龥]{1,4}\s*[-‐－]\s*)?\d{1,3})\s*[】\]］]\s*(\S.*)$")
_LABEL_RE = re.compile(r"^\s*([^:：]{1,12}?)\s*[:：]\s*(.*)$")
_LABELS = {"分野": "area", "参加団体": "members", "構成団体": "members", "参加市町村": "members", "構成市町村": "members",
           "参加自治体": "members", "幹事団体": "chair_city", "幹事市町村": "chair_city", "幹事": "chair_city",
           "代表団体": "chair_city", "開始年度": "start_year", "開始": "start_year", "状況": "status",
           "進捗状況": "status", "事業内容": "description", "内容": "description", "概要": "description"}
# 「（６団体）」 after the names: how many the line counts
_COUNT_RE = re.compile(r"[(（]\s*(\d{1,3})\s*(?:団体|市町村|自治体)\s*[)）]\s*$")
# 「県内全市町村」「全市町村」「圏域内全団体」: every member, none named
_ALL_RE = re.compile(r"^(?:\S{1,4}内)?全\s*(?:構成)?\s*(?:市町村|市町|町村|団体|自治体)$")
_NOT_YET = re.compile(r"準備中|予定|検討中|協議中|調整中")


def _blocks(lines: list[str]) -> list[tuple[str, int, str, dict[str, tuple[str, int]]]]:
    out = []
    current: dict[str, tuple[str, int]] | None = None
    for i, line in enumerate(lines):
        text = nfkc(line).strip()
        head = _HEAD_RE.match(text) if "\t" not in line else None
        if head:
            current = {}
            out.append((re.sub(r"\s+", "", head.group(1)), i, clean(head.group(2)), current))
            continue
        labelled = _LABEL_RE.match(text) if current is not None else None
        if labelled:
            label = re.sub(r"\s+", "", labelled.group(1))
            if label in _LABELS:
                current.setdefault(_LABELS[label], (clean(labelled.group(2)), i + 1))
    return out


def _listed(value: str) -> tuple[list[str], int | None, bool]:
    """(names, the count printed, whether the line says every member) of a 参加団体 line."""
    count = _COUNT_RE.search(value)
    bare = _COUNT_RE.sub("", value).strip()
    if _ALL_RE.match(bare.replace(" ", "")):
        return [], int(count.group(1)) if count else None, True
    return [n for n, _ in split_listed(bare)], int(count.group(1)) if count else None, False


def find(lines: list[str]) -> list | None:
    """The blocks, where two or more are projects listing two or more municipalities each (and every block
    lists its members); None otherwise."""
    blocks = _blocks(lines)
    listing = [b for b in blocks if "members" in b[3] and (_listed(b[3]["members"][0])[2]
                                                           or len(_listed(b[3]["members"][0])[0]) >= 2)]
    return blocks if len(listing) >= 2 and len(listing) == len(blocks) else None


def parse(lines: list[str], blocks: list, source: str, kind: str, record_kind: str) -> ParsedDocument:
    named: list[str] = []
    for *_, values in blocks:
        named += [n for n in _listed(values["members"][0])[0] if n not in named]
    title = next((clean(l) for l in lines if clean(l) and not re.fullmatch(r"[━─―\-=＝]+", clean(l))), source)
    doc = ParsedDocument(kind=kind, title=title)
    for code, start, name, values in blocks:
        key = f"{record_kind}:{code}"
        names, printed, every = _listed(values["members"][0])
        notes: list[str] = []
        if every:
            names = named
            notes.append(f"「{values['members'][0]}」を資料に名前の出る市町村すべて（{'・'.join(named)}）として読んだ")
            if printed is not None and printed != len(named):
                notes.append(f"記載の団体数（{printed}）と資料に名前の出る市町村の数（{len(named)}）が合わない（不確か）")
        members = {n: ("○" if n in names else "") for n in named}
        status = values.get("status", ("", 0))[0]
        fields: dict = {
            "no": code, "title": name, "description": values.get("description", ("", 0))[0],
            "members": members, "n_members": len(names), "notes": notes, "status": status,
            "done": status if status and not _NOT_YET.search(status) else "",
            "planned": status if _NOT_YET.search(status) else "",
        }
        if "area" in values:
            fields["area"] = values["area"][0]
        if "chair_city" in values:
            chair = values["chair_city"][0]
            fields["chair_city"] = chair
        if "start_year" in values:
            printed_year = values["start_year"][0]
            # (「令和８年度（予定）」: the year it is to begin, its label; as printed beside it)
            bare = re.sub(r"[(（][^()（）]*[)）]\s*$", "", nfkc(printed_year)).strip()
            fields["start_year"] = year_label(bare) or printed_year
            fields["start_year_text"] = printed_year
        last = max([start + 1] + [line for _, line in values.values()])
        doc.records.append(Record(record_kind, code, fields, source, start + 1, last))
        for field_name in ("title", "description", "area", "status", "chair_city"):
            if fields.get(field_name):
                line = values.get(field_name, ("", start + 1))[1]
                doc.passages.append(Passage(key, field_name, fields[field_name], source, line))
        if names:
            doc.passages.append(Passage(key, "members", "・".join(names), source, values["members"][1]))
    for index, line in enumerate(lines):
        if line.strip() and not any(b[1] <= index < max([b[1] + 1] + [l for _, l in b[3].values()]) for b in blocks):
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line), source, index + 1))
    return doc
