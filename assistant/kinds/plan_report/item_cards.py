"""A plan report printed as one card per item (a web page of cards, or text laid out the same way): a heading
「1-4 ペーパーレス会議の推進」 (the item's code and name), labelled lines under it (所管課：総務課, 開始年度：2026年度,
状況：休止（令和10年度から）), then one line per graded year (「令和8年度：D」), the cards grouped under headings
naming their group (「改革の柱1 デジタル行政の推進」).

Each card is one practice item under the code it prints, its group the item's initiative (the heading's word is
what the document calls its initiatives), its grades under their years ('' for a year the card prints no line
of: no grade, never a grade of the scale). The 状況 is kept as its word (完了 / 継続 / 休止 / 廃止: `state`) and
the year in its brackets where it states one: the year it ended (「完了（令和9年度）」: `ended`) or the year it
stands still from (「休止（令和10年度から）」: `paused`, as printed). Another edition prints the card as Word
paragraphs: its grades on one line (「評価：R11 A／R12 B／R13 ―」, a dash for a year outside the item's period: '-'),
its 取組期間 (「令和11年度～（継続）」「令和11年度～令和12年度（完了）」: started, the last year and the state word),
the main department before a bracket naming those it shares the item with (「担当：財政課（企画政策課と共管）」:
`departments` holds all of them, the main one first, `shared` the others), a mark after the name (【新規】: `tags`) and
its groups headed by their number alone (「第1　デジタル技術による業務変革」). The layout is known by its shape — three cards or more,
each a code and a name, a department label and lines of years with a grade — never by the document's words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.kinds.plan_report.cells import departments, grade, legend_scale
from assistant.kinds.plan_report.item_pages import _GROUP_RE
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, label_fiscal_year, year_label

# 「1-4 ペーパーレス会議の推進」: a card's heading (a code of two numbers, or a letter and a number, then the name).
_HEAD_RE = re.compile(r"^(?P<code>\d{1,2}-\d{1,2}|[A-Za-z]\d{1,2})\s+(?P<name>\S.{0,60})$")
# 「所管課：総務課」: a label and its value.
_LABELLED_RE = re.compile(r"^(?P<label>[^\s:：。、]{1,8})\s*[:：]\s*(?P<value>\S.*)$")
_DEPT_LABELS = ("所管課", "担当課", "担当部署", "所管部署", "所管", "担当", "所管課名", "担当課名")
_START_LABELS = ("開始年度", "開始", "着手年度", "取組開始")
_STATUS_LABELS = ("状況", "取組状況", "進捗状況", "実施状況")
_END_LABELS = ("完了年度", "終了年度", "完了予定年度")
# 「完了（令和9年度）」「休止（令和10年度から）」: the state's word, a year in brackets, 「から」 for the year it stands from.
_STATE_RE = re.compile(r"^(?P<word>[^\s(（]{1,6})\s*(?:[(（]\s*(?P<year>[^)）]*?年度)\s*(?P<since>から|以降|より)?\s*[)）])?$")
# 「R11 A」「令和11年度：A」: one year's grade of a line of grades (「評価：R11 A／R12 B／R13 ―」), split on ／ or 、.
_INLINE_GRADE_RE = re.compile(r"^(?P<year>(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*(?:年度)?|(?:19|20)\d{2}\s*年度)\s*[:：]?\s*(?P<mark>\S{1,3})$")
_GRADE_LINE_LABELS = ("評価", "年度評価", "年度別評価", "自己評価", "進捗評価", "評価結果")
# 「令和11年度～（継続）」「令和11年度～令和12年度（完了）」: a 取組期間, its first year, maybe its last, maybe a state word.
_PERIOD_RE = re.compile(r"^(?P<start>[^～〜~]+?年度)\s*[～〜~]\s*(?P<end>[^（(]*?年度)?\s*(?:[(（](?P<state>[^)）]{1,6})[)）])?$")
_PERIOD_LABELS = ("取組期間", "実施期間", "期間")
# 「情報戦略課（市民課と共管）」: the main department, those it shares the item with.
_SHARED_RE = re.compile(r"^(?P<main>[^（(]+?)\s*[（(](?P<others>[^）)]+?)\s*と?\s*(?:の)?(?:共管|共同所管|共同)[）)]$")
# 「生成AIの業務利用【新規】」: a mark after a card's name.
_NAME_MARK_RE = re.compile(r"^(?P<name>.+?)\s*【(?P<mark>[^】]{1,8})】$")
# 「第1　デジタル技術による業務変革」: a group headed by its number alone.
_NUMBERED_GROUP_RE = re.compile(r"^第\s*(\d{1,2})\s+(\S.{0,40})$")

# States that close an item: the year in their brackets is the year it ended.
_CLOSING_STATES = ("完了", "終了", "廃止", "達成")


@dataclass
class Card:
    start: int  # 0-based line of the heading
    end: int  # 0-based line after the card
    code: str
    name: str
    labels: dict[str, tuple[str, int]] = field(default_factory=dict)
    grades: list[tuple[int, str, str]] = field(default_factory=list)  # (0-based line, year label, mark)


def _labelled(line: str) -> tuple[str, str] | None:
    if "\t" in line:
        return None
    said = _LABELLED_RE.match(clean(line))
    if not said:
        return None
    return no_spaces(nfkc(said.group("label"))), clean(said.group("value"))


def _cards(lines: list[str]) -> list[Card]:
    heads = []
    for i, line in enumerate(lines):
        if "\t" in line:
            continue
        head = _HEAD_RE.match(clean(line))
        if head:
            heads.append((i, nfkc(head.group("code")), clean(head.group("name"))))
    cards = []
    for k, (start, code, name) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        card = Card(start, end, code, name)
        for i in range(start + 1, end):
            said = _labelled(lines[i])
            if said is None:
                if lines[i].strip() and _GROUP_RE.search(clean(lines[i])):
                    card.end = i  # the next group's heading closes the card
                    break
                continue
            label, value = said
            if label in _GRADE_LINE_LABELS and (inline := _inline_grades(value)):
                card.grades.extend((i, year, mark) for year, mark in inline)
                continue
            year = year_label(label)
            if year and re.fullmatch(r"[^\s]{1,3}", nfkc(value).strip()):
                card.grades.append((i, year, nfkc(value).strip()))
            else:
                card.labels.setdefault(label, (value, i))
        if any(w in card.labels for w in _DEPT_LABELS) and card.grades:
            cards.append(card)
    return cards


def _inline_grades(value: str) -> list[tuple[str, str]]:
    """[(year label, mark)] of 「R11 A／R12 B／R13 ―」; [] unless every part is a year and a mark (two parts or more)."""
    parts = [p.strip() for p in re.split(r"[／/、,，]", nfkc(value)) if p.strip()]
    found = []
    for part in parts:
        said = _INLINE_GRADE_RE.match(part)
        year = year_label(no_spaces(said.group("year"))) if said else None
        if not year:
            return []
        found.append((year, said.group("mark")))
    return found if len(found) >= 2 else []


def detect(text: str) -> bool:
    """Three cards or more, each a code and a name, a department label and a graded year, codes unique."""
    if "年度" not in text:
        return False
    cards = _cards(text.splitlines())
    if len(cards) < 3 or len({c.code for c in cards}) < len(cards):
        return False
    scale = legend_scale(text.splitlines())
    return all(grade(mark, scale) is not None for c in cards for _, _, mark in c.grades)


def _state(value: str) -> tuple[str, str, bool]:
    """(word, year label, whether the year is the one it stands from) of 「休止（令和10年度から）」."""
    said = _STATE_RE.match(no_spaces(nfkc(value)))
    if not said:
        return clean(value), "", False
    year = year_label(said.group("year")) if said.group("year") else None
    return said.group("word"), year or "", bool(said.group("since"))


def _printed_year(value: str) -> str:
    """The year inside a 状況's brackets as printed (「令和10年度」 of 「休止（令和10年度から）」)."""
    said = _STATE_RE.match(no_spaces(nfkc(value)))
    return said.group("year") if said and said.group("year") else ""


def _group(lines: list[str], card: Card) -> tuple[str, str, str, int]:
    """(word, code, title, 0-based line) of the group heading above the card, ('', '', '', -1) if none."""
    for i in range(card.start - 1, -1, -1):
        if _HEAD_RE.match(clean(lines[i])) and "\t" not in lines[i]:
            continue
        found = _GROUP_RE.search(clean(lines[i])) if "\t" not in lines[i] and len(clean(lines[i])) <= 40 else None
        if found:
            return found.group(1), found.group(2), clean(found.group(3)), i
        numbered = _NUMBERED_GROUP_RE.match(clean(lines[i])) if "\t" not in lines[i] else None
        if numbered:
            return "", numbered.group(1), clean(numbered.group(2)), i
    return "", "", "", -1


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    scale = legend_scale(lines)
    doc = ParsedDocument(kind="plan_report", title=title)
    groups: dict[str, dict] = {}
    for card in _cards(lines):
        code, labels = card.code, card.labels
        word, group, group_title, group_at = _group(lines, card)
        dept = next((v for w, (v, _) in labels.items() if w in _DEPT_LABELS), "")
        shared: list[str] = []
        if dept and (split := _SHARED_RE.match(nfkc(dept).strip())):
            dept, shared = split.group("main"), departments(re.sub(r"[・]", "、", split.group("others")))
        name, tags = card.name, []
        if marked := _NAME_MARK_RE.match(name):
            name, tags = clean(marked.group("name")), [marked.group("mark")]
        fields: dict = {"code": code, "title": name, "departments": (departments(dept) if dept else []) + shared,
                        "initiative": group, "initiative_title": group_title,
                        "themes": [], "tags": tags, "ended": "", "ended_month": "", "called": ""}
        if shared:
            fields["shared"] = shared
        period = next((v for w, (v, _) in labels.items() if w in _PERIOD_LABELS), "")
        if period and (said := _PERIOD_RE.match(no_spaces(nfkc(period)))):
            first, last = year_label(said.group("start")), year_label(said.group("end") or "")
            if first:
                fields["started"] = first
            if last:
                fields["period_end"] = last
            if said.group("state"):
                fields["state"] = said.group("state")
                if last and said.group("state") in _CLOSING_STATES:
                    fields["ended"] = last
        started = next((v for w, (v, _) in labels.items() if w in _START_LABELS), "")
        if started and (label := year_label(no_spaces(nfkc(started)))):
            fields["started"] = label
        ended = next((v for w, (v, _) in labels.items() if w in _END_LABELS), "")
        if ended and (label := year_label(no_spaces(nfkc(ended)))):
            fields["ended"] = label
        status = next((v for w, (v, _) in labels.items() if w in _STATUS_LABELS), "")
        if status:
            word_said, year, since = _state(status)
            printed = _printed_year(status)
            fields["state"] = word_said
            if year and since:
                fields["paused"] = printed
            elif year and word_said in _CLOSING_STATES:
                fields["ended"] = fields["ended"] or year
        for at, year, mark in card.grades:
            own = grade(mark, scale) or ""
            fields[label_field(year)] = own
            doc.records.append(Record("grade", f"{code}-{year}", {"practice": code, "year": year,
                                      "fiscal_year": label_fiscal_year(year), "grade": own}, source, at + 1))
        key = f"practice:{code}"
        doc.records.append(Record("practice", code, fields, source, card.start + 1, card.end))
        doc.passages.append(Passage(key, "title", name, source, card.start + 1))
        if group:
            entry = groups.setdefault(group, {"title": group_title, "word": word, "line": group_at + 1, "n": 0})
            entry["n"] += 1
    for group, entry in groups.items():
        doc.records.append(Record("initiative", group, {"no": group, "title": entry["title"], "themes": [],
                                                        "n_practice": entry["n"], "called": entry["word"]},
                                  source, entry["line"]))
        doc.passages.append(Passage(f"initiative:{group}", "title", entry["title"], source, entry["line"]))
    return doc
