"""A plan report printed one page per item (個票, 進行管理シート, 事業シート): each page opens with label cells
(項目番号 │ A1, 項目名 │ …, 所管課 │ …, 取組期間 │ 令和6年度～令和9年度, 指標 │ …), holds a table of fiscal years ×
目標 / 実績 / 評価, and may close with the item's 状況 (完了 / 継続 / 廃止, maybe 「備考：…」 after it), the
committee's score on a scale it states (「委員会評点：3.4点（4点満点）」) and the committee's opinion (a
paragraph under 「委員会意見」).

Each page is one practice item under the code it prints (A1, 1-2, 12), named as the document names its items
(改革項目, read from the page's heading 「改革項目個票」 or the number's label), its yearly grades under their
years (r6 …: a grade of the legend's scale, '-' for a year outside the period or after abolition), and a
`sheet_value` per year (the indicator's 目標 and 実績 with their unit), the opinion as the item's `comment`.
The group a page's heading names (「取組方針A デジタル化による…」) is the item's initiative. The layout is known by
its shape — two pages or more of a number label, a name label and a table of years with a grade column —
never by the document's words or years."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.kinds.plan_report.cells import COMMITTEE, GRADE_RE, cells, departments, grade, legend_scale
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, label_fiscal_year, year_label

_NUMBER_LABELS = ("項目番号", "番号", "No.", "No", "項番", "整理番号", "事業番号", "取組番号", "事項番号")
_DEPT_LABELS = ("所管課", "担当課", "担当部署", "所管部署", "所管", "担当", "所管課名", "担当課名")
_PERIOD_LABELS = ("取組期間", "実施期間", "期間", "計画期間", "事業期間")
_INDICATOR_LABELS = ("指標", "成果指標", "目標指標", "活動指標", "指標名")
_STATUS_LABELS = ("状況", "取組状況", "進捗状況", "実施状況", "達成状況")
_GOAL_HEADS = ("目標", "目標値", "計画値", "計画")
_ACTUAL_HEADS = ("実績", "実績値")
_GRADE_HEADS = ("評価", "達成度", "判定", "自己評価")
# A number's value: 「A1」「B3」「1-2」「12」.
# (a code may keep its label's 「No.」: 「No.1-2」)
_CODE_RE = re.compile(r"^(?:No\.?)?[A-Za-z]{0,2}\d{1,3}(?:-\d{1,3})?$")
# 「状況：廃止 備考：令和8年度末で廃止（…）」: a label, its value, maybe a remark after it.
_LABELLED_RE = re.compile(r"^(\S{1,8}?)\s*[:：]\s*(.*)$")
_REMARK_RE = re.compile(r"\s*(?:備考|理由)\s*[:：]\s*")
# 「委員会評点：3.4点（4点満点）」「審議会評価 3.5／4」: the committee's score and the scale it states.
_SCORE_RE = re.compile(COMMITTEE + r"の?(?:評点|評価点|評価|点数)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*点?"
                       r"\s*(?:[(（]\s*(\d+)\s*点満点\s*[)）]|[/／]\s*(\d+)(?:\.0)?\s*点?)?")
_SCALE_RE = re.compile(r"(\d+)\s*点満点")
# 「委員会意見」 alone on a line (the paragraph under it), or with the opinion after a colon / in the next cell.
_OPINION_RE = re.compile(r"^" + COMMITTEE + r"の?(?:意見|所見|コメント)\s*(?:[:：\t]\s*(.*))?$")
# 「改革項目個票」「事業シート」: the word the document calls its items, before what it calls a page.
_ITEM_WORD_RE = re.compile(r"(\S{0,6}?(?:項目|事業|取組|事項|施策))(?:個票|シート|カード|票)")
# 「取組方針A デジタル化による市民サービスの向上」 in a page's heading: the item's group.
# (or its 重点項目: 「重点項目１ 市民サービスの向上」)
_GROUP_RE = re.compile(r"(?:^|\s)(\S{0,6}?(?:方針|分野|施策|目標|の柱|基本方針|重点項目))\s*([A-Za-z]|\d{1,2})\s+(\S.*)$")
_RELATED_LABELS = ("関連課", "関係課", "関係部署")
_COURSE_LABELS = ("今後の方向性", "今後の方針")
_RATE_LABELS = ("進捗率", "達成率")
_DONE = ("完了", "終了")
_PERIOD_STATE_RE = re.compile(r"^(.+?年度)[(（]([^()（）]{1,6})[)）]$")
_DASHES = ("―", "—", "－", "‐", "ー", "-", "─")
_VALUE_RE = re.compile(r"^(-?\d[\d,]*(?:\.\d+)?)\s*(\S*)$")
_UNIT_RE = re.compile(r"[(（]\s*単位\s*[:：]\s*([^)）]+)[)）]\s*$")
# 「令和6年度～令和9年度」「2024年度～2027年度」「令和6～9年度」
_PERIOD_RE = re.compile(r"^(.+?)\s*[～〜~－\-]\s*(.+)$")


@dataclass
class Page:
    start: int  # 0-based line of the number label
    end: int  # 0-based line after the page
    labels: dict[str, tuple[str, int]] = field(default_factory=dict)  # label → (value, 0-based line)
    header: int = -1
    last: int = -1  # 0-based line of the year table's last row
    # (0-based line, year label, goal cell, actual cell, grade cell), one per year, however the table is laid out
    rows: list[tuple[int, str, str, str, str]] = field(default_factory=list)


def _label(line: str) -> tuple[str, str] | None:
    """A label and its value: two cells (「項目番号 │ A1」), or a short label and a colon (「項目番号：A1」)."""
    if "\t" not in line:
        said = _LABELLED_RE.match(clean(line))
        if not said or "。" in said.group(1) or not said.group(2):
            return None
        return no_spaces(nfkc(said.group(1))), clean(said.group(2))
    row = cells(line)
    if len(row) < 2 or not row[0]:
        return None
    return no_spaces(nfkc(row[0])), clean(" ".join(c for c in row[1:] if c))


def _pairs(line: str) -> list[tuple[str, str]]:
    """The label/value pairs of a grid row (「取組番号 │ No.1-1 │ 取組名 │ 窓口の…」): every other cell a short label
    (no digit in it); [] for a row of one label and its values."""
    row = cells(line) if "\t" in line else []
    if len(row) < 4 or len(row) % 2:
        return []
    heads = [no_spaces(nfkc(c)) for c in row[0::2]]
    if any(not h or len(h) > 8 or re.search(r"\d", h) or year_label(h) for h in heads):
        return []
    return [(h, clean(v)) for h, v in zip(heads, row[1::2])]


def _year(cell: str) -> str | None:
    """A year's label, also when it adds the same year in the other era (「平成31年度（令和元年度）」)."""
    label = year_label(cell)
    if label is not None:
        return _reiwa(label)
    said = re.match(r"^(.+?年度)\s*[(（](.+?年度)[)）]$", no_spaces(nfkc(cell)))
    if said and (a := year_label(said.group(1))) and (b := year_label(said.group(2))) \
            and label_fiscal_year(a) == label_fiscal_year(b):
        return _reiwa(a)
    return None


def _reiwa(label: str) -> str:
    """平成31年度 is 令和元年度 (the era changed in its second month): the label questions say it by (R1)."""
    fiscal = label_fiscal_year(label)
    return year_label(f"令和{fiscal - 2018}年度") or label if label.startswith("H") and fiscal >= 2019 else label


def _by_rows(lines: list[str], at: int, end: int) -> tuple[list[tuple[int, str, str, str, str]], int] | None:
    """A table of a row per year under 「年度 │ 目標 │ 実績 │ 評価」: its rows and its last line; None if the line
    at `at` is no such header."""
    head = [no_spaces(nfkc(c)) for c in cells(lines[at])]
    if not head or head[0] != "年度":
        return None
    goal, actual, mark = (next((j for j, c in enumerate(head) if c in words), -1)
                          for words in (_GOAL_HEADS, _ACTUAL_HEADS, _GRADE_HEADS))
    if mark <= 0:
        return None
    rows, last = [], at
    i = at
    while i + 1 < end:
        i += 1
        if "\t" not in lines[i]:
            if rows:
                # (a table cut by a page break goes on under its header printed again on the next page)
                again = next((k for k in range(i, min(end, i + 5)) if "\t" in lines[k]), -1)
                if again < 0 or [no_spaces(nfkc(c)) for c in cells(lines[again])] != head:
                    break
                i = again
            continue
        row = cells(lines[i])
        label = _year(row[0])
        if label is None:
            break
        pick = (lambda j: row[j] if 0 <= j < len(row) else "")
        rows.append((i, label, pick(goal), pick(actual), pick(mark)))
        last = i
    return rows, last


def _by_columns(lines: list[str], at: int, end: int) -> tuple[list[tuple[int, str, str, str, str]], int] | None:
    """The same table turned (a column per year: 「区分 │ 令和6年度 │ 令和7年度 …」 over rows 目標 / 実績 / 評価)."""
    head = cells(lines[at])
    years = [(j, label) for j, c in enumerate(head) if j > 0 and (label := year_label(c))]
    if len(years) < 2:
        return None
    found: dict[str, list[str]] = {}
    last = at
    for i in range(at + 1, min(end, at + 8)):
        if "\t" not in lines[i]:
            break
        row = cells(lines[i])
        name = no_spaces(nfkc(row[0]))
        for what, words in (("goal", _GOAL_HEADS), ("actual", _ACTUAL_HEADS), ("grade", _GRADE_HEADS)):
            if name in words and what not in found:
                found[what], last = row, i
    if "grade" not in found:
        return None
    pick = (lambda what, j: found[what][j] if what in found and j < len(found[what]) else "")
    return [(at, label, pick("goal", j), pick("actual", j), pick("grade", j)) for j, label in years], last


def _pages(lines: list[str]) -> list[Page]:
    """Each page: a number label with a code, a name label among the labels under it, a year table below."""
    starts = []
    for i, line in enumerate(lines):
        if "\t" not in line and "：" not in line and ":" not in line:
            continue
        found = (_pairs(line) or [None])[0] or _label(line)
        if found and found[0] in _NUMBER_LABELS and _CODE_RE.match(no_spaces(nfkc(found[1]))):
            starts.append(i)
    pages = []
    for k, begin in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        page = Page(begin, end)
        for i in range(begin, end):
            table = (_by_rows(lines, i, end) or _by_columns(lines, i, end)) if "\t" in lines[i] else None
            if table is not None and table[0]:
                page.header, (page.rows, page.last) = i, table
                break
            for label, value in _pairs(lines[i]) or ([found] if (found := _label(lines[i])) else []):
                page.labels.setdefault(label, (value, i))
        names = [w for w in page.labels if w.endswith("名") and w not in _DEPT_LABELS]
        if page.header >= 0 and names:
            pages.append(page)
    # (the heading of the next page stands above its number label: the page before ends at it)
    for page, nxt in zip(pages, pages[1:]):
        page.end = min(page.end, _heading_start(lines, nxt.start))
    return pages


def _heading_start(lines: list[str], start: int) -> int:
    i = start
    while i > 0 and "\t" not in lines[i - 1] and lines[i - 1].strip() and not _sentence(lines[i - 1]):
        i -= 1
    return i


def _sentence(line: str) -> bool:
    return clean(line).endswith(("。", "、")) or len(clean(line)) > 60


def title(lines: list[str]) -> str:
    """The cover's first line, with the report's name when the cover prints it on the next line (「第3次…実施計画」 over
    「最終報告書（取組個票）」), so that a question naming the report or its pages names the document."""
    head = [clean(l) for l in lines[:10] if l.strip() and "\t" not in l][:2]
    if not head:
        return ""
    if len(head) > 1 and len(head[1]) <= 30 and re.search(r"(?:報告書|個票|シート)(?:[(（][^)）]*[)）])?$", head[1]) \
            and not re.search(r"(?:報告書|個票|シート)", head[0]):
        return f"{head[0]} {head[1]}"
    return head[0]


def detect(text: str) -> bool:
    """Two pages or more, each a number, a name and a table of years whose grade column holds grades."""
    if "\t" not in text or "年度" not in text:
        return False
    lines = text.splitlines()
    pages = _pages(lines)
    if len(pages) < 2 or len({_code(p) for p in pages}) < len(pages):
        return False
    scale = _scale(lines)
    graded = 0
    for page in pages:
        marks = [nfkc(mark).strip() for *_, mark in page.rows]
        if not marks or any(grade(m, scale) is None and m not in _DASHES for m in marks):
            return False
        graded += any(m in scale or GRADE_RE.match(m) for m in marks)
    return graded >= 2


def _code(page: Page) -> str:
    number = next(v for w, (v, _) in page.labels.items() if w in _NUMBER_LABELS)
    return no_spaces(nfkc(number))


def _scale(lines: list[str]) -> tuple[str, ...]:
    return legend_scale(lines)


def _value(cell: str) -> tuple[float | int | None, str]:
    match = _VALUE_RE.match(no_spaces(nfkc(cell)))
    if not match:
        return None, ""
    number = float(match.group(1).replace(",", ""))
    return (int(number) if number.is_integer() else number), match.group(2)


def _period(text: str) -> tuple[str, str] | None:
    """(first, last) year labels of 「令和6年度～令和9年度」 (the second may leave out its era: 「令和6～9年度」)."""
    match = _PERIOD_RE.match(no_spaces(nfkc(text)))
    if not match:
        return None
    first, last = match.group(1), match.group(2)
    a = year_label(first if first.endswith("年度") else f"{first}年度")
    b = year_label(last)
    if a and not b and (era := re.match(r"^(令和|平成|[RH])", first)):
        b = year_label(era.group(1) + last)
    return (_reiwa(a), _reiwa(b)) if a and b else None


def _item_word(lines: list[str], page: Page) -> str:
    for i in range(_heading_start(lines, page.start), page.start):
        found = _ITEM_WORD_RE.search(clean(lines[i]))
        if found:
            return found.group(1)
    number = next(w for w in page.labels if w in _NUMBER_LABELS)
    return number[:-2] if number.endswith("番号") and len(number) > 2 else ""


def _group(lines: list[str], page: Page) -> tuple[str, str, str]:
    """(word, code, title) of the group the page's heading names, ('', '', '') if none."""
    for i in range(_heading_start(lines, page.start), page.start):
        found = _GROUP_RE.search(clean(lines[i]))
        if found:
            return found.group(1), nfkc(found.group(2)), clean(found.group(3))
    return "", "", ""


def _closing(lines: list[str], page: Page, after: int) -> dict[str, tuple[str, int]]:
    """What the page states below its year table: 状況 (and 備考), the committee's score and opinion."""
    out: dict[str, tuple[str, int]] = {}
    i = after
    while i < page.end:
        text = clean(lines[i].replace("\t", "：", 1) if "\t" in lines[i] else lines[i])
        i += 1
        if not text:
            continue
        opinion = _OPINION_RE.match(text)
        if opinion:
            body = [opinion.group(1) or ""]
            at = i - 1
            while i < page.end and lines[i].strip() and not _SCORE_RE.search(clean(lines[i])) \
                    and not _status(clean(lines[i].replace("\t", "："))):
                body.append(clean(lines[i]))
                i += 1
            out["opinion"] = ("".join(b for b in body if b), at)
            continue
        out.update(_closing_said(text, i - 1))
    return out


def _closing_said(text: str, at: int) -> dict[str, tuple[str, int]]:
    """What one labelled line states of the item's state or the committee's score."""
    out: dict[str, tuple[str, int]] = {}
    score = _SCORE_RE.search(text)
    if score:
        out["score"] = (score.group(1), at)
        if score.group(2) or score.group(3):
            out["scale"] = (score.group(2) or score.group(3), at)
    status = _status(text)
    if status:
        out["status"] = (status[0], at)
        if status[1]:
            out["remarks"] = (status[1], at)
    return out


def _status(text: str) -> tuple[str, str] | None:
    labelled = _LABELLED_RE.match(text)
    if not labelled or no_spaces(labelled.group(1)) not in _STATUS_LABELS:
        return None
    parts = _REMARK_RE.split(labelled.group(2), maxsplit=1)
    return clean(parts[0]), clean(parts[1]) if len(parts) > 1 else ""


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    scale = _scale(lines)
    pages = _pages(lines)
    doc = ParsedDocument(kind="plan_report", title=title)
    stated = _SCALE_RE.search("\n".join(l for l in lines[:pages[0].start] if "\t" not in l)) if pages else None
    groups: dict[str, dict] = {}
    for page in pages:
        code = _code(page)
        labels = page.labels
        name, name_at = next(said for w, said in labels.items() if w.endswith("名") and w not in _DEPT_LABELS)
        dept = next((v for w, (v, _) in labels.items() if w in _DEPT_LABELS), "")
        word, group, group_title = _group(lines, page)
        fields = {"code": code, "title": name, "departments": departments(dept) if dept else [],
                  "initiative": group, "initiative_title": group_title,
                  "themes": [], "tags": [], "ended": "", "ended_month": "", "called": _item_word(lines, page)}
        period = next((v for w, (v, _) in labels.items() if w in _PERIOD_LABELS), "")
        # (the item's own period may close with where it stands: 「平成31年度～令和2年度（完了）」)
        said = _PERIOD_STATE_RE.match(no_spaces(nfkc(period)))
        period, period_state = (said.group(1), said.group(2)) if said else (period, "")
        years = _period(period) if period else None
        if years:
            fields["started"] = years[0]
            fields["period_end"] = years[1]
            fields["period_years"] = label_fiscal_year(years[1]) - label_fiscal_year(years[0]) + 1
            if period_state in _DONE:
                fields["ended"] = years[1]
        if period_state:
            fields["state"] = period_state
        related = next((v for w, (v, _) in labels.items() if w in _RELATED_LABELS), "")
        if related and no_spaces(nfkc(related)) not in _DASHES:
            fields["related"] = departments(related)
        indicator, indicator_at = next((said for w, said in labels.items() if w in _INDICATOR_LABELS), ("", 0))
        unit_match = _UNIT_RE.search(indicator)
        unit = clean(unit_match.group(1)) if unit_match else ""
        indicator = clean(indicator[:unit_match.start()]) if unit_match else indicator
        last = page.last + 1
        for at, year, goal_cell, actual_cell, mark in page.rows:
            own = grade(mark, scale) or ""
            fields[label_field(year)] = own
            doc.records.append(Record("grade", f"{code}-{year}", {"practice": code, "year": year,
                                      "fiscal_year": label_fiscal_year(year), "grade": own}, source, at + 1))
            goal, goal_unit = _value(goal_cell)
            actual, actual_unit = _value(actual_cell)
            if goal is None and actual is None:
                continue
            doc.records.append(Record("sheet_value", f"{code}-{year}", {
                "practice": code, "year": year, "indicator": indicator, "unit": unit or actual_unit or goal_unit,
                "goal": goal, "actual": actual, "rate": None, "rate_text": "", "grade": own}, source, at + 1))
        closing = _closing(lines, page, last)
        # (a grid row under the table: 「進捗率 │ 80％ │ 今後の方向性 │ 継続」)
        tail = {w: v for i in range(last, page.end) for w, v in _pairs(lines[i])}
        course = next((v for w, v in tail.items() if w in _COURSE_LABELS), "")
        if course:
            fields["future_policy"] = course
        rate = next((v for w, v in tail.items() if w in _RATE_LABELS), "")
        if (rate_said := re.match(r"^(\d+(?:\.\d+)?)%$", no_spaces(nfkc(rate)))):
            fields["progress_rate"] = float(rate_said.group(1))
        for label, (value, at) in labels.items():
            # (a page may state them among its labels above the table: 「状況 │ 完了」「委員会評点 │ 3.4点」)
            for what, found in _closing_said(f"{label}：{value}", at).items():
                closing.setdefault(what, found)
        if "status" in closing:
            fields["state"] = closing["status"][0]
        if "remarks" in closing:
            fields["remarks"] = closing["remarks"][0]
        if "score" in closing:
            fields["committee_score"] = float(closing["score"][0])
            scale_text = closing.get("scale", (stated.group(1) if stated else "", 0))[0]
            if scale_text:
                fields["committee_scale"] = float(scale_text)
        if indicator:
            fields["indicator"] = indicator
        key = f"practice:{code}"
        doc.records.append(Record("practice", code, fields, source, page.start + 1, page.end))
        doc.passages.append(Passage(key, "title", name, source, name_at + 1))
        if "remarks" in closing:
            doc.passages.append(Passage(key, "remarks", closing["remarks"][0], source, closing["remarks"][1] + 1))
        if indicator:
            doc.passages.append(Passage(key, "indicator", indicator, source, indicator_at + 1))
        if "opinion" in closing and closing["opinion"][0]:
            text, at = closing["opinion"]
            doc.records.append(Record("comment", code, {"initiative": group, "n": code, "text": text, "practice": code},
                                      source, at + 1))
            doc.passages.append(Passage(f"comment:{code}", "text", text, source, at + 1))
        if group:
            entry = groups.setdefault(group, {"title": group_title, "word": word, "line": page.start + 1, "n": 0})
            entry["n"] += 1
    for group, entry in groups.items():
        doc.records.append(Record("initiative", group, {"no": group, "title": entry["title"], "themes": [],
                                                        "n_practice": entry["n"], "called": entry["word"]},
                                  source, entry["line"]))
        doc.passages.append(Passage(f"initiative:{group}", "title", entry["title"], source, entry["line"]))
    return doc
