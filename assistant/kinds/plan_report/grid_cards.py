"""A plan report printed as one small grid table per item (a PDF of cards, two to a page): a first row of label and
value pairs 「項目番号 │ Ⅰ-1-① │ 所管課 │ 市民課」, a row placing the item in the plan 「基本方針 │ Ⅰ 市民サービスの向上 ／
推進方策1 窓口サービスの改善」, a row naming it 「項目名 │ …」, a header 「年度 │ 評価 │ 実績」 over one row per year (its
mark of the legend's scale, a dash for a year outside the item's period, and what was done), and a last row of pairs
「達成状況 │ 一部達成 │ 完了年度 │ 継続」.

Each card is one practice item under the code it prints; the group it names first (Ⅰ) is its initiative, called by
the label's word (基本方針), the second (推進方策1) its item_group. A year row whose text says the item was added that year
(「（令和5年度追加項目のため対象外）」) gives the year it was `added` (as printed, the year label); 完了年度 gives `ended`
when it is a year and `state` 「継続」 otherwise (as printed); 達成状況 is `achievement`. The layout is known by its shape
— three cards or more, each a code row naming a department and rows of graded years — never by the document's words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.kinds.plan_report.cells import cells, departments, grade, legend_scale
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, label_fiscal_year, year_label

_CODE_LABELS = ("項目番号", "番号", "No.", "No", "項番", "整理番号")
_DEPT_LABELS = ("所管課", "担当課", "担当部署", "所管部署", "所管", "担当", "主担当課")
_NAME_LABELS = ("項目名", "取組名", "名称", "事業名", "改革項目名")
_END_LABELS = ("完了年度", "終了年度", "完了予定年度")
_ACHIEVE_LABELS = ("達成状況", "達成度", "最終評価")
_YEAR_HEADS = ("年度",)
# 「Ⅰ 市民サービスの向上 ／ 推進方策1 窓口サービスの改善」: the groups the item sits in, outermost first.
_GROUP_PART_RE = re.compile(r"^(?P<word>[^\sIVXⅠ-Ⅻ\d]{0,6}?)\s*(?P<code>[IVX]{1,4}|\d{1,2})\s*(?P<title>\S.*)$")
# 「（令和5年度追加項目のため対象外）」: a year row saying the item was added in that year.
_ADDED_RE = re.compile(r"(?P<year>(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度)\s*(?:に|から)?\s*(?:追加|新規)")


@dataclass
class Card:
    start: int
    end: int
    pairs: dict[str, tuple[str, int]] = field(default_factory=dict)
    years: list[tuple[int, str, str, str]] = field(default_factory=list)  # (0-based line, year label, mark, text)


def _pairs(parts: list[str]) -> list[tuple[str, str]]:
    return [(no_spaces(nfkc(parts[k])), clean(parts[k + 1])) for k in range(0, len(parts) - 1, 2)]


def _cards(lines: list[str]) -> list[Card]:
    starts = []
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        parts = cells(line)
        if len(parts) >= 4 and no_spaces(nfkc(parts[0])) in _CODE_LABELS and any(
                no_spaces(nfkc(p)) in _DEPT_LABELS for p in parts[2::2]):
            starts.append(i)
    cards = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        card = Card(start, end)
        in_years = False
        for i in range(start, end):
            if "\t" not in lines[i]:
                if lines[i].strip():
                    in_years = False
                continue
            parts = cells(lines[i])
            head = no_spaces(nfkc(parts[0]))
            if head in _YEAR_HEADS:
                in_years = True
                continue
            year = year_label(no_spaces(head)) if in_years else None
            if year and len(parts) >= 2:
                card.years.append((i, year, nfkc(parts[1]).strip(), clean(parts[2]) if len(parts) > 2 else ""))
                continue
            in_years = False
            for label, value in (_pairs(parts) if len(parts) % 2 == 0 else [(head, clean(" ".join(parts[1:])))]):
                card.pairs.setdefault(label, (value, i))
        cards.append(card)
    return cards


def detect(text: str) -> bool:
    """Three cards or more, codes unique, each with graded years of the document's scale."""
    if "年度" not in text or "\t" not in text:
        return False
    lines = text.splitlines()
    cards = _cards(lines)
    if len(cards) < 3:
        return False
    codes = [_value(c, _CODE_LABELS) for c in cards]
    if len(set(codes)) < len(codes) or not all(c.years for c in cards):
        return False
    scale = legend_scale(lines)
    return all(grade(mark, scale) is not None for c in cards for _, _, mark, _ in c.years)


def _value(card: Card, labels: tuple[str, ...]) -> str:
    return next((card.pairs[w][0] for w in labels if w in card.pairs), "")


def _groups(value: str) -> list[tuple[str, str, str]]:
    """[(word, code, title)] of 「Ⅰ 市民サービスの向上 ／ 推進方策1 窓口サービスの改善」, outermost first."""
    found = []
    for part in re.split(r"\s*[／/]\s*", nfkc(value)):
        said = _GROUP_PART_RE.match(part.strip())
        if said:
            found.append((said.group("word"), said.group("code"), clean(said.group("title"))))
    return found


def _item_word(lines: list[str]) -> str:
    """The word the document's prose calls its items by (「改革項目ごとに」), the commonest 「…項目」 outside tables."""
    counts: dict[str, int] = {}
    for line in lines:
        if "\t" in line:
            continue
        for said in re.finditer(r"([一-龥]{1,4}項目)(?!番号|名)", line):
            counts[said.group(1)] = counts.get(said.group(1), 0) + 1
    return max(counts, key=lambda w: counts[w]) if counts else ""


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    scale = legend_scale(lines)
    doc = ParsedDocument(kind="plan_report", title=title)
    groups: dict[str, dict] = {}
    called = _item_word(lines)
    for card in _cards(lines):
        code = nfkc(_value(card, _CODE_LABELS)).strip()
        group_label = next((w for w in card.pairs if _groups(card.pairs[w][0]) and w not in _CODE_LABELS + _NAME_LABELS
                            and w not in _DEPT_LABELS), "")
        placed = _groups(card.pairs[group_label][0]) if group_label else []
        group, group_title = (placed[0][1], placed[0][2]) if placed else ("", "")
        dept = _value(card, _DEPT_LABELS)
        name = _value(card, _NAME_LABELS)
        fields: dict = {"code": code, "title": name, "departments": departments(dept) if dept else [],
                        "initiative": group, "initiative_title": group_title,
                        "themes": [], "tags": [], "ended": "", "ended_month": "", "called": called}
        if len(placed) > 1:
            fields["item_group"] = f"{placed[1][1]} {placed[1][2]}"
            fields["item_group_word"] = placed[1][0]
        ended = _value(card, _END_LABELS)
        if ended and (label := year_label(no_spaces(nfkc(ended)))):
            fields["ended"] = label
            fields["state"] = "完了"
        elif ended:
            fields["state"] = ended
        achieved = _value(card, _ACHIEVE_LABELS)
        if achieved:
            fields["achievement"] = achieved
        for at, year, mark, text in card.years:
            own = grade(mark, scale) or ""
            fields[label_field(year)] = own
            if own == "-" and (added := _ADDED_RE.search(nfkc(text))):
                fields["added"] = year_label(no_spaces(added.group("year"))) or ""
            doc.records.append(Record("grade", f"{code}-{year}", {"practice": code, "year": year,
                                      "fiscal_year": label_fiscal_year(year), "grade": own}, source, at + 1))
            if text:
                doc.passages.append(Passage(f"practice:{code}", "result", text, source, at + 1))
        if "added" in fields:
            fields["started"] = fields["added"]
        doc.records.append(Record("practice", code, fields, source, card.start + 1, card.end))
        doc.passages.append(Passage(f"practice:{code}", "title", name, source, card.start + 1))
        if group:
            entry = groups.setdefault(group, {"title": group_title, "word": group_label, "line": card.start + 1, "n": 0})
            entry["n"] += 1
    for group, entry in groups.items():
        doc.records.append(Record("initiative", group, {"no": group, "title": entry["title"], "themes": [],
                                                        "n_practice": entry["n"], "called": entry["word"]},
                                  source, entry["line"]))
        doc.passages.append(Passage(f"initiative:{group}", "title", entry["title"], source, entry["line"]))
    return doc
