"""Joint projects printed as labelled blocks in a document of no dedicated kind (a web page 「広域利用・共同設置の
状況」): a heading per project opening with its code (「広域-01　消防指令センターの共同運用」, 「No.3 …」), then its
fields as 「ラベル：値」 lines (a <dl> of <dt>/<dd>): the members listed in one value (構成団体：A市・B町・C村), the
body that set it up (設置主体), the year it began (開始年度), the amount the city bears (年間負担金（千円）), its state.

The generic reading keeps each block as a numbered item; this adds a joint_project record beside each, so that questions
of 広域連携・共同設置 read them as the joint projects they are. Read by the shape (a members label whose every value
lists two or more municipalities' names, in most blocks), never by the city or the codes."""
from __future__ import annotations

import re

from assistant.kinds.joint_projects.marks import split_listed
from assistant.model import Passage, Record
from assistant.text.normalize import nfkc
from assistant.text.wareki import year_label

_MEMBERS = re.compile(r"^(?:構成|参加|実施|加盟)(?:団体|市町村|市町|町村|自治体|市区町村)(?:名)?$")
_CHAIR = re.compile(r"^(?:設置主体|運営主体|事業主体|幹事(?:団体|市町村|市町|町村|市|町)?|主担当(?:団体)?|代表団体|事務局(?:団体)?)$")
_START = re.compile(r"^(?:開始|運用開始|供用開始|事業開始|実施開始)(?:年度|年|時期)?$")
_SHARE = re.compile(r"^(?P<year>(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?)?(?:年間|本市|市)?負担(?:金|額)(?:額)?$")
_COST = re.compile(r"^(?:総)?(?:事業費|予算額)$")
_STATUS = re.compile(r"^(?:状況|進捗状況|進捗|現況|実施状況)$")
_CATEGORY = re.compile(r"^(?:施設種別|事業種別|事業区分|種別|分類)$")
_DESCRIPTION = re.compile(r"^(?:事業内容|内容|概要|事業概要)$")
# 「広域-01 消防指令センターの共同運用」「No.3 …」「A-2 …」: the code the heading opens with, then the title
_CODED_TITLE = re.compile(r"^(?:No\.?\s*)?(?P<code>(?:[A-Za-z]{1,3}|[一-龥]{1,4})\s*[-‐－]\s*\d{1,3}|\d{1,3})\s+(?P<title>\S.*)$")
_REMARKED = re.compile(r"^(?P<state>[^()（）]{1,12}?)\s*[(（](?P<remark>[^()（）]+)[)）]$")
_UNIT = re.compile(r"[(（]\s*(?P<unit>千円|万円|百万円|円)\s*[)）]")


def _label(head: str) -> tuple[str, str]:
    """(the label without its unit in brackets, the unit): 「年間負担金（千円）」 → (年間負担金, 千円)."""
    text = "".join(nfkc(head).split())
    unit = _UNIT.search(text)
    return _UNIT.sub("", text), unit.group("unit") if unit else ""


def _amount(printed: str) -> int | float | None:
    text = nfkc(printed).replace(",", "").strip()
    text = re.sub(r"^[▲△]", "-", text)
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return None


def _find(fields: dict[str, str], pattern: re.Pattern) -> tuple[str, str, str]:
    """(label as printed, value, unit) of the first field whose label matches; ("", "", "") when none."""
    for head, value in fields.items():
        label, unit = _label(head)
        if pattern.match(label):
            return head, str(value or ""), unit
    return "", "", ""


# 「樒ヶ岡市・蘭沼県・汐見台町」: the members of a project the prefecture shares in, the 県 among them
_PREFECTURE_OR_TOWN = re.compile(r"^[^\s\d()（）:：]{1,10}?[市町村区都道府県]$")


def _with_prefecture(value: str) -> list[tuple[str, str]]:
    """split_listed, a prefecture (蘭沼県) one of the members too, where a municipality is listed beside it."""
    parts = [p.strip() for p in re.split(r"[・、,，/／]", nfkc(value).strip()) if p.strip()]
    if len(parts) < 2 or not all(_PREFECTURE_OR_TOWN.match(p) for p in parts) \
            or not any(re.search(r"[市町村区]$", p) for p in parts):
        return []
    return [(p, "○") for p in parts]


def projects_of_items(items: list[Record], source: str) -> tuple[list[Record], list[Passage]]:
    """The joint_project records of a document's labelled blocks listing their members, and their passages."""
    listed = []
    for it in items:
        fields = it.fields.get("fields") or {}
        head, value, _ = _find(fields, _MEMBERS)
        members = (split_listed(value) or _with_prefecture(value)) if head else []
        coded = _CODED_TITLE.match(nfkc(str(it.fields.get("title") or "")).strip())
        if coded is None and it.fields.get("number"):
            # (the heading's code read as the item's number: 「共補-1」 over 「広域救急医療体制整備補助」)
            coded = _CODED_TITLE.match(nfkc(f"{it.fields.get('number')} {it.fields.get('title') or ''}").strip())
        listed.append((it, fields, members, coded))
    full = [x for x in listed if len(x[2]) >= 2 and x[3]]
    with_fields = [x for x in listed if x[1]]
    if len(full) < 2 or len(full) * 2 < len(with_fields):
        return [], []
    records: list[Record] = []
    passages: list[Passage] = []
    seen: set[str] = set()
    for it, fields, members, coded in full:
        code = re.sub(r"\s+", "", re.sub(r"[‐－]", "-", coded.group("code")))
        if code in seen:
            continue
        seen.add(code)
        out: dict = {"no": int(code) if code.isdigit() else code, "title": coded.group("title").strip(),
                     "members": dict(members), "n_members": len(members), "notes": []}
        _, chair, _ = _find(fields, _CHAIR)
        if chair:
            out["chair_city"] = nfkc(chair).strip()
        _, start, _ = _find(fields, _START)
        if start:
            out["start_year"] = year_label(start) or nfkc(start).strip()
            if re.fullmatch(r"(?:19|20)\d{2}\s*年度?", nfkc(start).strip()):
                out["start_year_text"] = nfkc(start).strip()
        head, share, unit = _find(fields, _SHARE)
        if share:
            # (「4,200千円」: the unit printed after the figure, not in the label)
            printed = re.fullmatch(r"\s*([▲△\-]?[\d,]+(?:\.\d+)?)\s*(千円|万円|百万円|円)\s*", nfkc(share))
            out["own_share"] = _amount(printed.group(1) if printed else share)
            out["own_share_unit"] = unit or (printed.group(2) if printed else "")
            year = _SHARE.match(_label(head)[0]).group("year")
            if year and year_label(year):
                out["own_share_year"] = year_label(year)
        # (「負担割合：市：県＝1：2」: what the members each bear, kept as printed)
        _, ratio, _ = _find(fields, re.compile(r"^負担(?:割合|比率)$"))
        if ratio:
            out["notes"].append(f"負担割合：{nfkc(ratio).strip()}")
        _, cost, unit = _find(fields, _COST)
        if cost:
            out["total_cost"] = _amount(cost)
            out["cost_unit"] = unit
        for name, pattern in (("status", _STATUS), ("category", _CATEGORY), ("description", _DESCRIPTION)):
            _, value, _ = _find(fields, pattern)
            if value:
                out[name] = value.strip()
        remark = _REMARKED.match(nfkc(out.get("status", "")).strip())
        if remark:
            # 「運用中（負担割合見直し協議中）」: the state, and a remark on it kept as a note
            out["status"] = remark.group("state")
            out["notes"].append(remark.group("remark"))
        record = Record("joint_project", code, out, it.source, it.line, it.end_line)
        records.append(record)
        key = f"joint_project:{code}"
        for name in ("title", "description", "status", "chair_city", "category"):
            if out.get(name):
                passages.append(Passage(key, name, str(out[name]), it.source, it.line))
        for note in out["notes"]:
            passages.append(Passage(key, "notes", note, it.source, it.line))
        # (the heading as printed, its code too: 「広域-01」 says what the projects are, 「広域の事業」)
        passages.append(Passage(key, "title", nfkc(str(it.fields.get("title") or "")).strip(), it.source, it.line))
        passages.append(Passage(key, "members", "・".join(out["members"]), it.source, it.line))
    return records, passages
