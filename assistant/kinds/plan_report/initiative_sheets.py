"""A plan report's workbook laid out a sheet per initiative, naming its items in words of its own (推進方策 for
the initiatives, アクション for the practice items: any words, read from the document).

The layout is found by its shape, not by a word:
- two or more blocks, each opened by a heading line 「<W1><N> <title>」 (the same word W1, distinct numbers),
  maybe legend lines under it, then the block's own table of items: a header (maybe two rows, a heading
  merged over the columns it names) with the item's number, its name (「<W2>名」, which gives the practice
  word W2) and two or more fiscal-year columns (2023年度, 令和5年度, or both in one cell);
- optionally a summary table naming W1 in its header, one row per initiative (its number, maybe
  「<W2>数」);
- optionally a note saying which number mark means an item added later (「番号に「新」が付く…追加したもの」).

Every cell is read under its header: years (grades of the legend's own marks, a dash where the year is
outside the item's span), 合計, the overall grade (総合評価 / 総合判定, letters of the document's own scale),
the end year (完了年度, 継続 = going on), 所管部 and 所管課; numeric columns no field claims are the report's
own axes (計画達成度, 費用対効果 …), kept under its words. The committee's opinions are another document
(opinion_paper), tied to these initiatives by their numbers and titles in the index (store/joins).

A two-row header may put each year over two cells of the row below, the year's plan (a stage word: 検討,
実施 …) and its result (the grade; lower-case letters of a legend in running text, a：… b：…, kept as
printed and compared as A–D by the query): _year_parts. Without a 「…名」 column the item's name is told from
a group merged over its items' rows (推進項目) by the rows themselves (_name_column); two departments may
share a cell joined by 「・」."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.kinds.plan_report.cells import cells, departments, ended_year, grade, legend_scale, lower_letter_legend
from assistant.kinds.plan_report import pillar_heads
from assistant.model import ParsedDocument, ParseWarning, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import fy_label, label_field, label_fiscal_year, year_label

# 「推進方策1 自主財源の確保」: a word of the document's own (no digit), the number, the title.
# (one character may be the word: 「柱1　デジタル技術の活用」)
# (a word, not marks alone: a PDF's page footer 「－ 2 －」 heads nothing)
_HEAD_RE = re.compile(r"^(?![\W_]{1,8}\s*(?:No\.?\s*)?\d)(?P<word>[^\d\s\t:：.．()（）【】「」]{1,8}?)\s*(?:No\.?\s*)?(?P<no>\d{1,2})"
                      r"(?:[\s:：.．]+|　)(?P<title>\S[^\t]{0,60})$")
# An item's number: 12, or 12 with a mark of the document's own before it (新1, N3).
# (or numbered within its initiative as printed: 1-01, or with its sub-group in brackets: 1-(2)-③ read as 1-(2)-3)
# (or its last part a kana of the iroha order, read in NFKC: 1-(1)-ア)
_CODE_RE = re.compile(r"^(?P<mark>[^\d\s]{0,2}?)(?P<n>\d{1,3}(?:-\d{1,3})?|\d{1,2}-\(\d{1,2}\)-(?:\d{1,3}|[ア-ン]))$")
# 「(1)　歳入の確保」: a sub-heading row merged over the table inside a block (a group of its items), no item.
_SUBHEAD_RE = re.compile(r"^[(（]\d{1,2}[)）]\s*\S")
# A two-row header's heading over columns that are no grades though each names a year: the year's figure
# (効果額（千円） over R6 │ R7) or its state (取組状況 over 令和6年度末 │ 令和7年度末).
_FIGURE_HEAD_RE = re.compile(r"(?:効果額|金額|千円|円\)|決算|予算|費用|実績|目標値)")
_EFFECT_HEAD_RE = re.compile(r"効果額")
# (the whole heading: 「年度別の状況」 over the years heads their grades, ◎ ○ △)
_STATE_HEAD_RE = re.compile(r"^(?:取組状況|実施状況)$")
_WESTERN_RE = re.compile(r"((?:19|20)\d{2})\s*年度")
_ERA_RE = re.compile(r"(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度")
# 「番号に「新」が付くアクションは計画期間中に追加したもの」: the mark that says an item was added later.
_ADDED_NOTE_RE = re.compile(r"番号に\s*[「『\"]?(?P<mark>[^\s」』\"\d]{1,2})[」』\"]?\s*(?:が|の)?\s*(?:付く|つく|付いた|ついた|ある)"
                            r"[^。]{0,30}?(?:追加|新規|新た|新設)")
_NUMBER_HEADS = ("番号", "No.", "No", "NO.", "NO", "コード")
_TOTAL_HEADS = ("合計", "合計点", "計", "総合点")
_OVERALL_HEADS = ("総合評価", "総合判定", "判定", "総合")
_REMARK_HEADS = ("備考", "摘要", "注記")
# How far below its heading a block's table may begin (legend lines between).
_HEAD_REACH = 6


@dataclass
class Block:
    """One initiative's part: its heading and its table of items."""

    word: str
    no: str
    title: str
    line: int  # 0-based line of the heading
    header: int  # 0-based line of the table's (first) header row
    columns: dict[str, Any]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    # what the heading row states beside the heading (its committee score: pillar_heads.heading_row)
    extra: dict[str, Any] = field(default_factory=dict)


_FIGURE_OF_YEAR = re.compile(r"(?:計画値|実績値|目標値|達成率|達成度\(%\)|効果額|決算額|予算額)\s*(?:[(（][^)）]*[)）])?$")


def _year_of(cell: str) -> str | None:
    """The fiscal-year label of a header cell: 「2023年度」, 「令和5年度」, or both (「2023年度 (令和5年度)」)."""
    value = clean(nfkc(cell))
    if _FIGURE_OF_YEAR.search(value):
        return None  # (「令和6年度計画値」「令和7年度達成率」: a year's figure, not its grade: a table of indicators)
    if label := year_label(value):
        return label
    western = _WESTERN_RE.search(value)
    if western:
        return fy_label(int(western.group(1)))
    era = _ERA_RE.search(value)
    return year_label(no_spaces(era.group())) if era else None


def _header_rows(lines: list[str], i: int) -> tuple[list[str], list[str], int]:
    """(top row, merged row, rows) of the header at `i`: a second row under a heading merged over its
    columns (年度別達成状況 over the years) names each column by its lower cell. A second row under years
    merged over two or more columns each (令和5年度 over 計画 │ 実積) keeps the years of the top row: its
    cells name the parts of each year (_year_parts)."""
    top = cells(lines[i])
    if i + 1 < len(lines) and "\t" in lines[i + 1]:
        sub = cells(lines[i + 1])
        if sum(_year_of(c) is not None for c in sub if c) >= 2 and not _CODE_RE.match(nfkc(sub[0]).strip()):
            width = max(len(top), len(sub))
            merged = [(sub[j] if j < len(sub) and sub[j] else (top[j] if j < len(top) else "")) for j in range(width)]
            return top, merged, 2
        if _year_parts(top, sub):
            return top, top, 2
    return top, top, 1


# The parts of a fiscal year a two-row header prints under it: the year's plan (a stage word) and its
# result (the grade of the legend's scale).
_PLAN_HEADS = ("計画", "予定", "取組予定", "計画内容")
# The head of a block of years each naming the year's planned stage (年次計画 over Ｒ５ │ Ｒ６ …) beside the grades' block.
_PLAN_SPAN_RE = re.compile(r"^(?:年次計画|年度計画|年度別計画|実施計画|計画|取組予定|工程|工程表|スケジュール|年次スケジュール)$")
# A note saying an arrow in a plan's year cell goes on with the year before's stage (「「→」は、前年度の内容を継続」).
_ARROW_NOTE_RE = re.compile(r"[→⇒➡].{0,12}(?:前年度|前年).{0,12}(?:継続|引き続き)")
_ARROWS = ("→", "⇒", "➡")
_RESULT_HEADS = ("実績", "評価", "進捗", "進捗評価", "達成度", "結果", "実績評価")


def _year_parts(top: list[str], sub: list[str]) -> dict[str, tuple[int, int]]:
    """{year label: (plan column, result column)} of a header whose years (top row) each stand over a plan
    and a result cell of the row below (令和5年度（2023） over 計画 │ 実績); {} unless two or more years do."""
    years = [(j, label) for j, c in enumerate(top) if c and (label := _year_of(c))]
    out: dict[str, tuple[int, int]] = {}
    for n, (j, label) in enumerate(years):
        stop = years[n + 1][0] if n + 1 < len(years) else min(len(sub), j + 3)
        heads = {no_spaces(nfkc(sub[k])): k for k in range(j, min(stop, len(sub))) if sub[k].strip()}
        plan = next((k for h, k in heads.items() if h in _PLAN_HEADS), -1)
        result = next((k for h, k in heads.items() if h in _RESULT_HEADS), -1)
        if result >= 0:
            out[label] = (plan, result)
    return out if len(out) >= 2 else {}


def _columns(lines: list[str], i: int) -> dict[str, Any] | None:
    """Columns of an item table whose header is at `i`; None unless it names a number, a name and two
    or more fiscal years."""
    top, row, rows = _header_rows(lines, i)
    head = [no_spaces(nfkc(c)) for c in row]

    def find(test, start: int = 0) -> int:
        return next((j for j, c in enumerate(head) if j >= start and c and test(c)), -1)

    code = find(lambda c: c in _NUMBER_HEADS or c.endswith(("No.", "番号")))
    years = [(j, label) for j, c in enumerate(row) if c and (label := _year_of(c))]
    parts = _year_parts(top, cells(lines[i + 1])) if rows == 2 and row is top else {}
    if parts:
        # (the grade of a year split in plan and result stands in its result column)
        years = [(result, label) for label, (_, result) in parts.items()]
    states: list[tuple[int, str]] = []
    planned: list[tuple[int, str]] = []  # (a block of years under a plan's head, 年次計画: each year's stage)
    effects: list[tuple[int, str]] = []  # (効果額 of each year: the item's costs_by_year, read as amounts)
    printed_years = {j for j, _ in years}
    if rows == 2 and row is not top:
        # (a heading merged over the columns below it is read from the top row, carried right over its blanks)
        over, spans = "", []
        for j in range(len(row)):
            if j < len(top) and top[j].strip():
                over = no_spaces(nfkc(top[j]))
            spans.append(over)
        kept = []
        for j, label in years:
            said = no_spaces(nfkc(row[j]))
            if said.endswith("年度末") or _STATE_HEAD_RE.search(spans[j]):
                states.append((j, label))
            elif _PLAN_SPAN_RE.match(spans[j]):
                planned.append((j, label))
            elif not _FIGURE_HEAD_RE.search(spans[j]):
                kept.append((j, label))
            elif _EFFECT_HEAD_RE.search(spans[j]):
                effects.append((j, label))
        if states or planned or len(kept) < len(years):
            years = [(j, label) for n, (j, label) in enumerate(kept) if label not in {lb for _, lb in kept[:n]}]
    if code < 0 or len(years) < 2:
        return None
    title = find(lambda c: c.endswith("名") and not c.startswith(("所管", "担当")), code + 1)
    # Without a 「…名」 column the item's name is one of the text columns between its number and its first
    # year; which one is told by the rows (find_blocks: a column whose cells repeat down the rows is a
    # group merged over its items, 推進項目 │ 個別取組).
    first_year = min([j for j, _ in years] + [p for p, _ in parts.values() if p >= 0] + [j for j, _ in planned])
    unnamed = [j for j in range(code + 1, first_year) if head[j] and not head[j].startswith(("所管", "担当", "主担当"))
               and head[j] not in pillar_heads.RELATED_HEADS
               and head[j] not in ("課", "部", "部局", "担当部署", "所管部署")]
    if title < 0 and unnamed:
        title = unnamed[0]
    if title < 0:
        return None
    columns: dict[str, Any] = {
        "code": code, "title": title, "years": years, "header_rows": rows,
        "total": find(lambda c: c in _TOTAL_HEADS),
        "overall": find(lambda c: c in _OVERALL_HEADS),
        "ended": find(lambda c: c.startswith(("完了", "終了", "取組終了"))),
        "bureau": find(lambda c: c in ("所管部", "担当部", "部局", "所管部局", "部")),
        "departments": find(lambda c: c in ("所管課", "担当課", "担当部署", "所管部署", "課", *pillar_heads.MAIN_HEADS)),
        "related": find(lambda c: c in pillar_heads.RELATED_HEADS),
        "remarks": find(lambda c: c in _REMARK_HEADS),
    }
    columns["states"] = states
    columns["effects"] = effects
    columns["group"] = _group_columns(head, code)
    columns["plans"] = [(plan, label) for label, (plan, _) in parts.items() if plan >= 0] + planned
    sub = cells(lines[i + 1]) if parts else []
    columns["result_word"] = next((no_spaces(nfkc(sub[r])) for _, r in parts.values() if r < len(sub)), "")
    if planned and not parts:
        # (the head over the grades' block beside the plan's: 進捗状況 over 令和５年度 │ 令和６年度 …)
        columns["result_word"] = spans[years[0][0]] if years and spans[years[0][0]] else ""
    columns["unnamed"] = unnamed if not head[title].endswith("名") else []
    taken = ({j for j in columns.values() if isinstance(j, int) and j >= 0} | {j for j, _ in years} | printed_years
             | {j for j, _ in columns["plans"]} | set(columns["unnamed"])
             | set(columns["group"][:2] if columns["group"] else ()))
    # Columns no field claims: the report's own axes when their rows hold scores (checked when read).
    columns["other"] = {j: head[j] for j in range(len(head)) if head[j] and j not in taken}
    word = head[title]
    columns["word"] = _item_word(word)
    columns["heads"] = {lines[k].strip() for k in range(i, i + rows)}
    columns["head"] = head
    return columns


def _item_word(head: str) -> str:
    """The items' word from the head of their name column: 「取組名」 → 取組, 「取組内容」 → 取組 (the content of an
    item named by the word before it)."""
    if head.endswith("名") and len(head) > 2:
        return head[:-1]
    if head.endswith("内容") and len(head) > 3:
        return head[:-2]
    return head


def _group_columns(head: list[str], code: int) -> tuple[int, int, str] | None:
    """(number column, name column, word) of a group the table's items fall under, printed left of the
    item's own number: a column W beside 「W名」 (取組 │ 取組名 │ No. │ 実行項目, the group's cells spanning
    its items' rows). Such a table's groups are the initiatives, and the heading over the table (基本方針1)
    a grouping of them (their policy)."""
    for j in range(code):
        word = head[j].removesuffix("No.").removesuffix("番号") or head[j]
        if len(word) >= 2 and (name := f"{word}名") in head[:code]:
            return j, head.index(name), word
    return None


def _name_column(block: Block) -> None:
    """Of the unnamed text columns before the years, the item's name is the last whose cells differ row to
    row; one whose cells repeat down consecutive rows is a group the table merges over its items (推進項目),
    kept under its header's word (Block.columns["item_group"])."""
    columns = block.columns
    candidates = columns.get("unnamed") or []
    if len(candidates) < 2 or len(block.rows) < 2:
        return
    values = {j: [_cell(row, j) for _, row in block.rows] for j in candidates}
    distinct = [j for j in candidates if len(set(values[j])) == len(values[j])]
    repeated = [j for j in candidates if any(a and a == b for a, b in zip(values[j], values[j][1:]))]
    if distinct:
        columns["title"] = distinct[-1]
        word = columns["head"][columns["title"]]
        columns["word"] = _item_word(word)
    if repeated and repeated[0] != columns["title"]:
        columns["item_group"] = repeated[0]


def _code(cell: str) -> str | None:
    value = no_spaces(nfkc(cell))
    return value if _CODE_RE.match(value) else None


def find_blocks(lines: list[str]) -> list[Block]:
    """The blocks of the one word that heads two or more initiatives' tables (none when there are not two)."""
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        stated = pillar_heads.heading_row(line) or pillar_heads.period_row(line)
        if "\t" in line and stated is None:
            continue
        head = _HEAD_RE.match(stated[0] if stated else clean(nfkc(line)))
        if not head:
            continue
        below = next((k for k in range(i + 1, min(len(lines), i + 1 + _HEAD_REACH))
                      if "\t" in lines[k] and pillar_heads.heading_row(lines[k]) is None), None)
        if below is None or any(_HEAD_RE.match(clean(nfkc(lines[k]))) for k in range(i + 1, below) if lines[k].strip()):
            continue
        columns = _columns(lines, below)
        if columns is None:
            continue
        head = _uncaptioned(head)
        block = Block(head.group("word"), str(int(head.group("no"))), clean(head.group("title")), i, below, columns,
                      extra=stated[1] if stated else {})
        k = below + columns["header_rows"]
        while k < len(lines):
            text = lines[k].strip()
            if text in columns["heads"] or not text:
                k += 1
                if not text and block.rows:
                    break
                continue
            if "\t" not in lines[k] and _SUBHEAD_RE.match(clean(nfkc(text))):
                k += 1  # (a sub-heading merged over the table: the rows below go on)
                continue
            row = cells(lines[k])
            if "\t" not in lines[k] or _code(row[columns["code"]] if columns["code"] < len(row) else "") is None:
                break
            block.rows.append((k, row))
            k += 1
        if block.rows and not _figures_by_year(block):
            _name_column(block)
            blocks.append(block)
    words: dict[str, list[Block]] = {}
    for block in blocks:
        words.setdefault(block.word, []).append(block)
    best = max(words.values(), key=len, default=[])
    if len(best) < 2 or len({b.no for b in best}) != len(best):
        return []
    return best


# A figure, no grade: a number of three digits or more, or grouped by thousands (98,412 persons, 84,200 千円)
_FIGURE_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d{3,}")


# A table's caption number before the group's own heading (「表１　基本方針１　設備の高効率化」): the caption word
# numbers the tables, the heading inside it names the group.
_CAPTION_WORDS = ("表", "別表", "図表")


def _uncaptioned(head: re.Match) -> re.Match:
    """The group's own heading inside a table caption (「表１ 基本方針１ 設備の高効率化」 → 基本方針 1 設備の高効率化);
    the heading as matched when it is no caption or holds no heading of its own."""
    if head.group("word") not in _CAPTION_WORDS:
        return head
    inner = _HEAD_RE.match(clean(head.group("title")))
    return inner if inner and inner.group("word") not in _CAPTION_WORDS else head


def _figures_by_year(block: Block) -> bool:
    """Whether most of the block's filled year cells are figures (「表１ 利用者数の推移」 over 施設番号 │ 施設名 │
    令和２年度 …, a count or an amount each year): a table of yearly figures, no initiative's grades."""
    said = [clean(nfkc(_cell(row, j))) for _, row in block.rows for j, _ in block.columns["years"]]
    said = [v for v in said if v and v not in ("-", "―", "—", "－", "‐", "ー")]
    return bool(said) and sum(bool(_FIGURE_RE.fullmatch(v)) for v in said) * 2 > len(said)


def detect(text: str) -> bool:
    """Whether the text is laid out so (cheap test first: a table and a fiscal year)."""
    if "\t" not in text or "年度" not in text:
        return False
    return bool(find_blocks(text.splitlines()))


def _stage(cell: str) -> str:
    """A year's plan cell: its stage word, '' for a dash (nothing planned that year) or a blank."""
    value = clean(nfkc(cell))
    return "" if value in ("", "-", "―", "—", "－", "‐", "ー") else value


# A department's name ends so (情報政策課, 行政経営室 …): a cell joining two with 「・」 names both.
_DEPARTMENT_END_RE = re.compile(r"(?:課|室|局|部|所|センター|事務所|館|園|署)$")


def _departments(text: str) -> list[str]:
    """Departments of a cell: split on 、 (cells.departments), and on 「・」 when every part is a department
    (市民課・会計課), never inside a name that holds a 「・」 of its own."""
    out: list[str] = []
    for part in departments(text):
        pieces = [p for p in part.split("・") if p]
        out.extend(pieces if len(pieces) > 1 and all(_DEPARTMENT_END_RE.search(p) for p in pieces) else [part])
    return out


# A department cell naming the main department and the sub one on lines of their own (「主：収納課」「副：会計課」,
# the converter joining the lines with a space).
_MAIN_SUB_RE = re.compile(r"^主(?:担当)?課?\s*[:：]\s*(?P<main>\S.*?)\s+副(?:担当)?課?\s*[:：]\s*(?P<sub>\S.*)$")


def _main_and_sub(cell: str) -> tuple[str, str] | None:
    """(main, sub) departments of a cell labelling them 主 / 副; None for a cell of departments alone."""
    match = _MAIN_SUB_RE.match(clean(nfkc(cell)))
    return (match.group("main"), match.group("sub")) if match else None


def _cell(row: list[str], j: int) -> str:
    return row[j].strip() if 0 <= j < len(row) else ""


def _int(cell: str) -> int | None:
    value = nfkc(cell).strip()
    return int(value) if value.isdigit() else None


def _summary(lines: list[str], word: str, practice_word: str) -> dict[str, tuple[int, dict[str, Any]]]:
    """The summary table of the initiatives (a header naming the initiative's word and a number column):
    number → (line, {title, n_practice})."""
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        title = next((j for j, c in enumerate(head) if c in (word, f"{word}名")), -1)
        no = next((j for j, c in enumerate(head) if c in _NUMBER_HEADS or c.endswith(("No.", "No", "番号"))), -1)
        if title < 0 or no < 0:
            continue
        count = next((j for j, c in enumerate(head) if c in (f"{practice_word}数", "項目数")), -1)
        out: dict[str, tuple[int, dict[str, Any]]] = {}
        for k in range(i + 1, len(lines)):
            row = cells(lines[k])
            n = nfkc(_cell(row, no)).strip()
            if "\t" not in lines[k] or not n.isdigit():
                break  # (the 計 row closes it)
            out[str(int(n))] = (k + 1, {"title": clean(_cell(row, title)),
                                        "n_practice": _int(_cell(row, count)) if count >= 0 else None})
        if out:
            return out
    return {}


_COMPLETED_HEAD_RE = re.compile(r"^(?:うち)?(?:完了|終了)(?:数|済み?|件数|した(?:取組|もの)の?数)?$")
_AMOUNT_RE = re.compile(r"^([▲△-])?\s*(\d{1,3}(?:,\d{3})+|\d+)$")


def _amount(cell: str) -> int | None:
    """A printed amount: 「412,600」, 「▲12,400」 (▲ a decrease: negative)."""
    match = _AMOUNT_RE.match(nfkc(cell).strip().replace("−", "-"))
    if not match:
        return None
    value = int(match.group(2).replace(",", ""))
    return -value if match.group(1) else value


def _summary_two_rows(lines: list[str], word: str, practice_word: str) -> dict[str, tuple[int, dict[str, Any]]]:
    """The summary table of the initiatives under a two-row header: the initiative's word merged over its number and
    name (改革項目 over No. │ 名称), the items' word over their count and the completed ones (具体的取組 over 取組数 │ うち
    完了), then the overall grade (総括評価（自己評価）) and an amount (財政効果額（千円）, ▲ a decrease): number → (line,
    {title, n_practice, n_completed, self_overall, effect_amount, effect_unit})."""
    for i, line in enumerate(lines[:-1]):
        if "\t" not in line or "\t" not in lines[i + 1]:
            continue
        top = [no_spaces(nfkc(c)) for c in cells(line)]
        if word not in top:
            continue
        sub = [no_spaces(nfkc(c)) for c in cells(lines[i + 1])]
        parents, last = [], ""
        for j in range(max(len(top), len(sub))):
            last = top[j] if j < len(top) and top[j] else last
            parents.append(last)
        below = lambda j: sub[j] if j < len(sub) else ""  # noqa: E731
        no = next((j for j in range(len(parents)) if parents[j] == word and below(j) in _NUMBER_HEADS), -1)
        title = next((j for j in range(len(parents)) if parents[j] == word and below(j) in ("名称", f"{word}名", "名")), -1)
        if no < 0 or title < 0:
            continue
        count = next((j for j in range(len(parents)) if below(j) in (f"{practice_word}数", "取組数", "項目数", "数")
                      and parents[j] != word), -1)
        done = next((j for j in range(len(parents)) if _COMPLETED_HEAD_RE.match(below(j))), -1)
        merged = [below(j) or parents[j] for j in range(len(parents))]
        overall = next((j for j, c in enumerate(merged) if re.match(r"^(?:総括評価|総合評価|自己評価)", c)), -1)
        effect = next((j for j, c in enumerate(merged) if "効果額" in c), -1)
        unit = re.search(r"[(（]((?:千|万|百万|億)?円)[)）]", merged[effect]) if effect >= 0 else None
        out: dict[str, tuple[int, dict[str, Any]]] = {}
        for k in range(i + 2, len(lines)):
            row = cells(lines[k])
            n = nfkc(_cell(row, no)).strip()
            if "\t" not in lines[k] or not n.isdigit():
                break  # (the 合計 row closes it)
            said: dict[str, Any] = {"title": clean(_cell(row, title)),
                                    "n_practice": _int(_cell(row, count)) if count >= 0 else None}
            if done >= 0:
                said["n_completed"] = _int(_cell(row, done))
            if overall >= 0 and (grade_said := nfkc(_cell(row, overall)).strip()) and len(grade_said) <= 2:
                said["self_overall"] = grade_said
            if effect >= 0:
                said["effect_amount"] = _amount(_cell(row, effect))
                if unit:
                    said["effect_unit"] = unit.group(1)
            out[str(int(n))] = (k + 1, said)
        if out:
            return out
    return {}


def _axes(block: Block) -> dict[int, str]:
    """The block's columns no field claims whose every row holds a whole number: the report's own axes.
    (A figure the report could not give is printed as a dash, 削減効果 「－」 where 「推計が困難なもの」: the
    column is still the report's, the row holds no figure there; a column of dashes alone is none.)"""
    out: dict[int, str] = {}
    for j, word in block.columns["other"].items():
        values = [_cell(row, j) for _, row in block.rows]
        figures = [v for v in values if not _no_figure(v)]
        if figures and all(_int(v) is not None for v in figures) and re.fullmatch(r"[^\d\s]{2,10}", word):
            out[j] = word
    return out


def _no_figure(cell: str) -> bool:
    """A cell printing a dash for a figure it does not give (「－」「―」「-」)."""
    return re.fullmatch(r"[-‐−―—ー]", nfkc(cell).strip()) is not None


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    from assistant.errors import DocumentError

    blocks = find_blocks(lines)
    if not blocks:
        raise DocumentError(source, "方策ごとの表が見つかりません")
    word = blocks[0].word
    practice_word = blocks[0].columns["word"]
    scale = legend_scale(lines) or lower_letter_legend(lines)
    summary = _summary(lines, word, practice_word) or _summary_two_rows(lines, word, practice_word)
    added = {m.group("mark") for line in lines if (m := _ADDED_NOTE_RE.search(nfkc(line)))}
    doc = ParsedDocument(kind="plan_report", title=title)
    years = sorted({label for b in blocks for _, label in b.columns["years"]}, key=label_fiscal_year)
    seen: set[str] = set()
    if any(_ARROW_NOTE_RE.search(nfkc(line)) for line in lines if "→" in line or "⇒" in line or "➡" in line):
        for block in blocks:
            block.columns["arrows_continue"] = True
    if all(b.columns["group"] for b in blocks):
        _grouped(doc, source, blocks, scale, added, years)
        return doc
    for block in blocks:
        listed = summary.get(block.no, (0, {}))[1]
        n_practice = listed.get("n_practice")
        if n_practice is not None and n_practice != len(block.rows):
            doc.warnings.append(ParseWarning(
                source, summary[block.no][0], "conflict",
                f"{word}{block.no}の{practice_word}数は集計表で{n_practice}、表の行は{len(block.rows)}です",
                f"initiative:{block.no}"))
        fields: dict[str, Any] = {
            "no": int(block.no), "title": block.title, "themes": [], "policy": "", "bureau": [],
            "n_practice": n_practice if n_practice is not None else len(block.rows),
            "self_overall": "", "committee_score": None, "judgement": "", "n_comments": 0, "called": word,
            **{label_field(y): "" for y in years}, **block.extra,
        }
        for said in ("self_overall", "n_completed", "effect_amount", "effect_unit"):
            if listed.get(said) not in (None, ""):
                fields[said] = listed[said]
        doc.records.append(Record("initiative", block.no, fields, source, block.line + 1))
        doc.passages.append(Passage(f"initiative:{block.no}", "title", block.title, source, block.line + 1))
        _items(doc, source, block, scale, added, seen)
    if not any(b.extra.get("committee_score") is not None for b in blocks):
        doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                         "委員会の評価と委員の意見はこの文書にありません（方策ごとの表だけの文書です）"))
    return doc


def _grouped(doc: ParsedDocument, source: str, blocks: list[Block], scale: tuple[str, ...], added: set[str],
             years: list[str]) -> None:
    """Blocks whose tables print the initiative in columns of their own (取組 │ 取組名 beside each item):
    each initiative is the run of rows under one number (a cell left blank, as a span may be read, goes on
    the one above), its policy the block's heading (「基本方針1 市民サービスの質の向上」)."""
    seen: set[str] = set()
    for block in blocks:
        number, name, word = block.columns["group"]
        policy = f"{block.word}{block.no} {block.title}"
        groups: dict[str, tuple[str, int, list[tuple[int, list[str]]]]] = {}
        current: str | None = None
        for k, row in block.rows:
            said = nfkc(_cell(row, number)).strip()
            if said.isdigit():
                current = str(int(said))
                groups.setdefault(current, (clean(_cell(row, name)), k, []))
            if current is None:
                doc.warnings.append(ParseWarning(source, k + 1, "malformed_row",
                                                 f"{word}の番号のない行です（{policy}）。この行は使っていません"))
                continue
            groups[current][2].append((k, row))
        for no, (title, k, rows) in groups.items():
            fields: dict[str, Any] = {
                "no": int(no), "title": title, "themes": [], "policy": policy, "bureau": [],
                "n_practice": len(rows), "self_overall": "", "committee_score": None, "judgement": "",
                "n_comments": 0, "called": word, **{label_field(y): "" for y in years},
            }
            doc.records.append(Record("initiative", no, fields, source, k + 1, rows[-1][0] + 1))
            doc.passages.append(Passage(f"initiative:{no}", "title", title, source, k + 1))
            first = len(doc.records)
            _items(doc, source, Block(word, no, title, block.line, block.header, block.columns, rows), scale, added, seen)
            for record in doc.records[first:]:
                if record.kind == "practice":
                    record.fields["policy"] = policy
    doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                     "委員会の評価と委員の意見はこの文書にありません（取組ごとの表だけの文書です）"))


def _state_words(block: Block, columns: dict[str, Any]) -> list[str]:
    """The words the state columns print (完了, 実施中 …), in the order first met."""
    return list(dict.fromkeys(w for _, row in block.rows for j, _ in columns["states"] if (w := clean(_cell(row, j)))))


def _items(doc: ParsedDocument, source: str, block: Block, scale: tuple[str, ...], added: set[str],
           seen: set[str]) -> None:
    columns = block.columns
    axes = _axes(block)
    for k, row in block.rows:
        code = _code(row[columns["code"]]) or ""
        if code in seen:
            doc.warnings.append(ParseWarning(source, k + 1, "malformed_row",
                                             f"{columns['word']}{code}が重複しています。最初の行を採用しました"))
            continue
        seen.add(code)
        grades = {label: grade(_cell(row, j), scale) for j, label in columns["years"]}
        unread = [label for label, g in grades.items() if g is None]
        if unread:
            doc.warnings.append(ParseWarning(source, k + 1, "malformed_row",
                                             f"{columns['word']}{code}の{'・'.join(unread)}の評価「"
                                             f"{_cell(row, dict((lb, j) for j, lb in columns['years'])[unread[0]])}」を読み取れません",
                                             f"practice:{code}"))
        overall = nfkc(_cell(row, columns["overall"])).strip()
        main_sub = _main_and_sub(_cell(row, columns["departments"])) if columns["departments"] >= 0 else None
        ended = pillar_heads.ended(_cell(row, columns["ended"])) if columns["ended"] >= 0 else ""
        mark = _CODE_RE.match(code).group("mark")
        # (a 備考 may say the year it was added instead: 「2025年度追加」)
        added_in = pillar_heads.added_year(_cell(row, columns["remarks"])) if columns["remarks"] >= 0 else ""
        fields: dict[str, Any] = {
            "code": code, "initiative": block.no, "initiative_title": block.title,
            "title": clean(_cell(row, columns["title"])),
            "total": _int(_cell(row, columns["total"])) if columns["total"] >= 0 else None,
            # (a letter or mark of the report's own scale: S of 「S:18点以上」 too)
            "overall": overall if len(overall) <= 2 else "",
            "ended": ended or "",
            "departments": _departments(main_sub[0] if main_sub else _cell(row, columns["departments"]))
            if columns["departments"] >= 0 else [],
            "bureau": clean(_cell(row, columns["bureau"])) if columns["bureau"] >= 0 else "",
            "remarks": clean(_cell(row, columns["remarks"])) if columns["remarks"] >= 0 else "",
            "axes": {w: _int(_cell(row, j)) for j, w in axes.items()},
            # an item whose number bears the mark the note names was added during the plan (新規)
            "tags": ["新規"] if (mark and mark in added) or added_in else [],
            "themes": [], "ended_month": "", "called": columns["word"],
        }
        for label, g in grades.items():
            fields[label_field(label)] = g or ""
        if columns.get("states"):
            # (each year's 取組状況 as printed, 「完了」「実施中」 at the end of the year: asked by the year,
            # query/joint_years.py; the last year's is the item's state now)
            by_year = {label: clean(_cell(row, j)) for j, label in columns["states"]}
            fields["states_by_year"] = by_year
            fields["state_legend"] = {v: v for v in _state_words(block, columns)}
            last = by_year[max(by_year, key=label_fiscal_year)]
            if last:
                fields["state"] = last
        if columns.get("effects"):
            # (each year's 効果額 as printed: ▲ negative, 「－」 no figure)
            fields["costs_by_year"] = {label: {"total_cost": _amount(_cell(row, j))} for j, label in columns["effects"]}
        if added_in:
            fields["started"] = added_in
        if columns["ended"] >= 0 and (printed := pillar_heads.printed_end(_cell(row, columns["ended"]))):
            fields["state"] = printed  # (the end cell as printed, 「令和7年度」 or 「継続中」: query/stated_end.py answers it)
        if columns["ended"] >= 0 and "予定" in columns["head"][columns["ended"]]:
            # (a column of the year each item is planned to end, 終了予定年度: the plan's last year of the item,
            # as printed, 「継続」 too, asked by that word)
            fields["period_end"] = ended or pillar_heads.printed_end(_cell(row, columns["ended"]))
        if columns.get("related", -1) >= 0:
            fields["related"] = _departments(_cell(row, columns["related"]))
        if main_sub:
            # (the sub department printed under the main one in the same cell: 「主：収納課」「副：会計課」)
            fields["related"] = [*fields.get("related", []), *_departments(main_sub[1])]
        elif columns["departments"] >= 0 and main_sub is None and any(_main_and_sub(_cell(r, columns["departments"]))
                                                                       for _, r in block.rows):
            fields.setdefault("related", [])  # (a table whose cells name a sub department: this item has none)
        # The stage each year's plan names (検討, 実施 …; 「－」 no activity that year): {"R5": "検討"}.
        plans = {label: _stage(_cell(row, j)) for j, label in columns.get("plans", [])}
        if columns.get("arrows_continue"):
            # (the document's note: an arrow goes on with the year before's stage, so R7 「→」 after 実施 is 実施)
            before = ""
            for label in sorted(plans, key=label_fiscal_year):
                if plans[label] in _ARROWS and before:
                    plans[label] = before
                before = plans[label]
        if plans:
            fields["plans"] = plans
            fields["result_word"] = columns.get("result_word", "")
            for label, stage in plans.items():
                fields[f"{label_field(label)}_plan"] = stage
        if "item_group" in columns:
            group = clean(_cell(row, columns["item_group"]))
            fields["item_group"] = group
            fields["item_group_word"] = columns["head"][columns["item_group"]]
            if group:
                doc.passages.append(Passage(f"practice:{code}", "item_group", group, source, k + 1))
        doc.records.append(Record("practice", code, fields, source, k + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", fields["title"], source, k + 1))
        if fields["remarks"]:
            doc.passages.append(Passage(f"practice:{code}", "remarks", fields["remarks"], source, k + 1))
        for label, g in grades.items():
            doc.records.append(Record("grade", f"{code}-{label}", {"practice": code, "year": label,
                                      "fiscal_year": label_fiscal_year(label), "grade": g or ""}, source, k + 1))
