"""A plan's summary list of its items (a web page 「改革項目一覧」): one table of 番号 │ 項目名 │ 所管課 │ a grade of
the document's own legend (最終年度の評価: ◎○△×, ― for none) │ 状況 (完了 / 継続 / 廃止), and nothing else of the
plan. It lists the items the plan's other documents print one page each (item_pages.py): read here as practice
items under the codes it prints, the index joins them to those pages' items (store/joins: join_item_lists), so
that an item is one record holding what either document states, never two.

The layout is known by its shape: a header naming the number and the name, a column whose every cell is a mark
of the legend the document lists (or a dash), and a column of the item's state; no column of a fiscal year (a
table of yearly grades is another layout)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.kinds.plan_report.cells import cells, departments, grade, legend_scale
from assistant.model import ParsedDocument, ParseWarning, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import year_label

_NUMBER_HEADS = ("番号", "項目番号", "No.", "No", "項番", "整理番号", "取組番号")
_DEPT_HEADS = ("所管課", "担当課", "担当部署", "所管部署", "所管", "担当")
_STATE_HEADS = ("状況", "取組状況", "進捗状況", "実施状況")
# A list may print where each item goes next instead of its state (今後の方向性: 拡充 / 継続 / 見直し / 完了), the share of
# it done (進捗率 「80％」) and the year it was completed (完了年度, in any notation, a dash for none).
_COURSE_HEADS = ("今後の方向性", "今後の方針")
_RATE_HEADS = ("進捗率",)
_ENDED_HEADS = ("完了年度", "終了年度")
# A row of its own between the items naming the group those under it belong to (「重点項目1 市民サービスの向上」).
_GROUP_RE = re.compile(r"^(\S{0,6}?(?:項目|方針|分野|施策|目標|の柱))\s*(\d{1,2}|[A-Za-z])\s+(\S.*)$")
_DASHES = ("―", "—", "－", "‐", "ー", "-", "─")
_CODE_RE = re.compile(r"^(?:No\.?)?[A-Za-z]{0,2}\d{1,3}(?:-\d{1,3})?$")
# 「改革項目一覧」: the word the title calls the items by.
_ITEM_WORD_RE = re.compile(r"(\S{0,6}?(?:項目|事業|取組|事項|施策))(?:の)?一覧")


@dataclass
class Layout:
    header: int
    code: int
    title: int
    department: int
    grade: int
    state: int
    scale: tuple[str, ...]
    rows: list[tuple[int, list[str]]]
    course: int = -1
    groups: dict[int, tuple[str, str, str]] | None = None  # 0-based line of an item → (word, code, title) of its group


def layout(lines: list[str]) -> Layout | None:
    scale: tuple[str, ...] | None = None
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        code = next((i for i, c in enumerate(head) if c in _NUMBER_HEADS), -1)
        title = next((i for i, c in enumerate(head) if i != code and c.endswith("名") and c not in _DEPT_HEADS), -1)
        state = next((i for i, c in enumerate(head) if c in _STATE_HEADS), -1)
        course = next((i for i, c in enumerate(head) if c in _COURSE_HEADS), -1)
        if min(code, title, max(state, course)) < 0 or any(year_label(c) for c in head):
            continue
        rows, groups, group = [], {}, None
        for k in range(index + 1, len(lines)):
            row = cells(lines[k])
            if "\t" not in lines[k] and (said := _GROUP_RE.match(clean(nfkc(lines[k])))):
                group = (said.group(1), said.group(2), clean(said.group(3)))
                continue
            if "\t" not in lines[k] or len(row) <= max(code, title, state, course) \
                    or not _CODE_RE.match(no_spaces(nfkc(row[code]))):
                break
            rows.append((k, row))
            if group:
                groups[k] = group
        if len(rows) < 3:
            continue
        if scale is None:
            scale = tuple(m for m in legend_scale(lines) if not m.isalnum()) or _slashed_legend(lines)
        if len(scale) < 3:
            return None
        marks = [j for j in range(len(head)) if j not in (code, title, state, course)
                 and all(j < len(r) and (nfkc(r[j]).strip() in scale or nfkc(r[j]).strip() in _DASHES) for _, r in rows)
                 # (two marks or more, or one under a header naming a grade: every item may have got the same)
                 and len({nfkc(r[j]).strip() for _, r in rows} & set(scale)) >= (1 if re.search("評価|判定", head[j]) else 2)]
        if len(marks) != 1:
            continue
        department = next((i for i, c in enumerate(head) if c in _DEPT_HEADS), -1)
        return Layout(index, code, title, department, marks[0], state, scale, rows, course, groups)
    return None


def _slashed_legend(lines: list[str]) -> tuple[str, ...]:
    """Marks a legend lists after its label, each before its meaning, the entries split by slashes
    (「評価：◎ 計画を上回って進んだ／○ 計画どおり進んだ／△ …／× …」); () when no line does."""
    for line in lines:
        said = re.match(r"^\S{1,8}[:：]\s*(.+)$", clean(nfkc(line))) if "\t" not in line else None
        if not said:
            continue
        entries = [e.strip() for e in re.split(r"[/／]", said.group(1))]
        marks = [e[0] for e in entries if len(e) > 2 and e[1] == " " and not e[0].isalnum()]
        if len(marks) >= 3 and len(marks) == len(entries) and len(set(marks)) == len(marks):
            return tuple(m for m in marks if m not in _DASHES)
    return ()


def detect(text: str) -> bool:
    if "\t" not in text:
        return False
    return layout(text.splitlines()) is not None


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    found = layout(lines)
    assert found is not None  # detect() found it
    head = [clean(c) for c in cells(lines[found.header])]
    word = next((m.group(1) for line in lines[:found.header] if "\t" not in line
                 for m in [_ITEM_WORD_RE.search(clean(line))] if m), "")
    # The grade the list prints for each item: its last year's (最終年度の評価) or its overall grade.
    # (a header of two rows may say it above the column: 「最終評価」 over 「評価 │ 進捗率 │ 完了年度」)
    above = cells(lines[found.header - 1]) if found.header > 0 and "\t" in lines[found.header - 1] else []
    over = next((clean(above[j]) for j in range(min(found.grade, len(above) - 1), -1, -1) if clean(above[j])), "") \
        if above and above[:found.grade] == [c for c in cells(lines[found.header])][:found.grade] else ""
    field = "final_grade" if "最終" in head[found.grade] or "最終" in over else "overall"
    plain = [no_spaces(nfkc(c)) for c in head]
    rate = next((j for j, c in enumerate(plain) if c in _RATE_HEADS), -1)
    ended_at = next((j for j, c in enumerate(plain) if c in _ENDED_HEADS), -1)
    doc = ParsedDocument(kind="plan_report", title=title)
    for k, row in found.rows:
        code = nfkc(row[found.code]).strip()
        name = clean(row[found.title])
        fields = {"code": code, "title": name, "initiative": "", "initiative_title": "",
                  "departments": departments(row[found.department]) if found.department >= 0 else [],
                  field: grade(row[found.grade], found.scale) or "",
                  "themes": [], "tags": [], "ended": "", "ended_month": "", "called": word}
        if found.state >= 0:
            fields["state"] = clean(row[found.state])
        if found.course >= 0 and found.course < len(row):
            fields["future_policy"] = clean(row[found.course])
        if 0 <= rate < len(row) and (said := re.match(r"^(\d+(?:\.\d+)?)%$", no_spaces(nfkc(row[rate])))):
            fields["progress_rate"] = float(said.group(1))
        if 0 <= ended_at < len(row) and (label := year_label(no_spaces(nfkc(row[ended_at])))):
            fields["ended"] = label
        if found.groups and k in found.groups:
            # (the group's own record is the pages' to hold: the list only places its items under it)
            _, gcode, gtitle = found.groups[k]
            fields["initiative"], fields["initiative_title"] = gcode, gtitle
        doc.records.append(Record("practice", code, fields, source, k + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", name, source, k + 1))
    doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                     "年度ごとの評価・取組項目・委員の意見はこの文書にありません（項目の一覧だけの文書です）"))
    return doc
