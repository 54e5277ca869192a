"""Loader for a 事務事業評価シート: label/value cells separated by `|` and line breaks.

The sheet is a flattened spreadsheet: each cell ends at a `|`, a cell may span lines, and
section headings (歳出, 業務分析 …) and column headings (実績値, 令和4年度決算 …) are cells too.
Values are found by label: after a known label the value is the next cell that is not itself a
label or heading. Indicator blocks (活動指標 / 成果指標) have a row of six cells per fiscal year:
計画値, 実績値, 単位, 達成率, "%", 所見 — read by position, checked by the "%" cell.

The same sheet typed into a workbook or a web page comes as tab-separated rows: a label beside its
value, the indicator's name beside its 活動指標/成果指標 heading, and its table read by the
headings of its columns (年度 | 実績値 | 計画値 | 達成率(%), any order) or, with the fiscal years
as columns, by the headings of its rows. The words of a title row above the first label (the city
and year) go into the document's title.

Records: `program:<code>` with every labelled cell as a field (English keys, Japanese labels in
LABELS), and `indicator:<code>-<n>` per indicator and fiscal year (n counts 1.. over the sheet).
The `対応` cell's ①②③④ lost their Shift_JIS lead byte in conversion (@ABC); they are repaired by
rule (normalize.repair_lost_circled) and the raw text is kept in `response_raw`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.errors import DocumentError
from assistant.formats import RULE_LINE_RE
from assistant.model import ParsedDocument, Passage, Record
from assistant.kinds.program_sheet import headed_rows, spaced, spanned_grid, year_grid, year_targets
from assistant.text.normalize import clean, nfkc, repair_lost_circled, wareki_short
from assistant.text.wareki import year_label

KIND = "program_sheet"
PROGRAM_KIND = "program"
INDICATOR_KIND = "indicator"

LABELS: dict[str, str] = {
    "code": "事務事業コード",
    "name": "事業名",
    "department": "担当部名",
    "section": "担当課名",
    "policy_pillar": "施策の柱",
    "start_year": "開始年度",
    "end_year": "終了年度",
    "policy": "施策",
    "target": "対象",
    "intent": "意図",
    "summary": "何をする事業か (概要)",
    "purpose": "何の為にやるのか (目的)",
    "beneficiaries": "誰・何に対する事業か (事業の対象)",
    "desired_outcome": "目的達成のため、事業の対象を、どうしたいのか (目指す成果)",
    "issues": "課題",
    "response": "対応",
    "response_raw": "対応（変換前の表記）",
    "significance": "目的を達成することで、市がどうなるか (事業の意義)",
    "total_cost": "総事業費(合計)",
    "specific_revenue": "特定財源",
    "city_burden": "市の実質負担額(=総事業費−特定財源)",
    "general_revenue": "一般財源",
    "personnel_cost": "人件費",
    "full_cost": "総コスト(事業費+人件費)",
    "settlement_year": "決算年度",
    "staff": "人員(担当)",
    "staff_fulltime": "人員(担当) フルタイム",
    "staff_parttime": "人員(担当) パートタイム",
    "workload_share": "業務割合推計 (当該事務/係全体事務×100) 【勤務時間】",
    "work_type": "定型・非定型業務",
    "difficulty": "業務の難易度",
    "report": "実績報告",
    "evaluation": "評価",
    "future_policy": "今後の方針(改善策)",
    # indicator records
    "program": "事務事業コード",
    "type": "指標の種類",
    "type_note": "指標の説明",
    "indicator": "指標名",
    "unit": "単位",
    "direction": "指標数値のめざす方向",
    "goal": "目標値",
    "year": "年度",
    "year_label": "年度（表記どおり）",
    "plan": "計画値",
    "actual": "実績値",
    "rate": "達成率(%)",
    "remark": "所見",
    "method": "指標値の算定・把握方法",
}

# Label as printed (spaces removed, NFKC) → field key.
_FIELD_LABELS: dict[str, str] = {
    "事務事業コード": "code",
    # Another city's sheet numbers its program 事業番号 and names its department 部名 and section 課名.
    "事業番号": "code",
    "事務事業番号": "code",
    "事業コード": "code",  # (another city's 事務事業評価表: 事業コード │ 3-2-05)
    "部名": "department",
    "課名": "section",
    "事業開始年度": "start_year",
    "一般財源": "general_revenue",
    "事業名": "name",
    "事務事業名": "name",  # another city's label for the same cell
    "担当部名": "department",
    # (「総務部 情報政策課」: both in one value, split in _derive)
    "担当部課": "department",
    "担当課名": "section",
    "施策の柱": "policy_pillar",
    "開始年度": "start_year",
    "終了年度": "end_year",
    "施策": "policy",
    "対象": "target",
    "意図": "intent",
    "何をする事業か(概要)": "summary",
    "何の為にやるのか(目的)": "purpose",
    "誰・何に対する事業か(事業の対象)": "beneficiaries",
    "目的達成のため、事業の対象を、どうしたいのか(目指す成果)": "desired_outcome",
    "課題": "issues",
    "対応": "response",
    "目的を達成することで、市がどうなるか(事業の意義)": "significance",
    "総事業費(合計)": "total_cost",
    "特定財源": "specific_revenue",
    "市の実質負担額(=総事業費−特定財源)": "city_burden",
    "市の実質負担額(=総事業費-特定財源)": "city_burden",  # a hyphen for the minus (－ in a Word table)
    "フルタイム": "staff_fulltime",
    "パートタイム": "staff_parttime",
    "業務割合推計(当該事務/係全体事務×100)【勤務時間】": "workload_share",
    # The same labels as a sheet typed into a workbook words them, each beside its value. 特定財源計
    # is also a heading (the shipped sheet prints it between 特定財源 and the value): after 特定財源
    # it is skipped as one, alone it labels the value.
    "特定財源計": "specific_revenue",
    "人員(フルタイム)": "staff_fulltime",
    "人員(パートタイム)": "staff_parttime",
    "業務割合推計": "workload_share",
    "定型・非定型業務": "work_type",
    "業務の難易度": "difficulty",
    "実績報告": "report",
    "評価": "evaluation",
    "今後の方針(改善策)": "future_policy",
    # Another city's sheet words three of them so.
    "事業の概要": "summary",
    "今後の方向性": "future_policy",
    "総合評価": "evaluation",  # the sheet's own grade of the program (B（概ね順調）)
    "評価(課の考え方)": "evaluation",
    "評価・課題": "evaluation",
    # A sheet written as 「label：value」 lines under ■ headings (labelled_lines) words these so.
    "担当部": "department",
    "担当課": "section",
    "事業の目的": "purpose",
    "事業の対象": "beneficiaries",
    "総事業費": "total_cost",
    "市の実質負担額": "city_burden",
    "今後の方針": "future_policy",
    # A sheet naming the owner 所管 (部 and 課 in one value, split in _derive) or 所管部・所管課, its years
    # a 事業期間 (令和3年度～未定) and the settled year its 対象年度 (令和6年度（決算）).
    "所管": "department",
    "所管部": "department",
    "所管課": "section",
    "事業期間": "period",
    "対象年度": "settlement_year",
    # (a text sheet's 【評価結果】継続（拡充）: the sheet's own verdict on the program)
    "評価結果": "evaluation",
}
_INDICATOR_LABELS: dict[str, str] = {
    "指標名": "indicator",
    "単位": "unit",
    "指標数値のめざす方向": "direction",
    "目標値": "goal",
    "指標値の算定・把握方法": "method",
    "めざす方向": "direction",
}
# Headings: cells that are neither labels nor values.
_HEADINGS = {
    "事務事業名、担当課等", "総合計画の位置づけ", "まちづくり方針", "経営方針", "施策の目的",
    "事務事業の目的、概要等", "歳出", "歳入", "業務分析(量と質)", "年間", "特記事項", "人員(担当)",
    "事業の評価・改善/実績報告", "実績", "実績値", "特定財源計", "目標進捗", "計画値", "達成率", "所見",
}
# Column (or, with fiscal years as columns, row) headings of an indicator's table → field;
# 達成率(%) and 計画値（件） are their words with a unit in brackets.
# (目標 is a row of yearly targets beside 実績: each year's 目標値, as the sheet words it.)
_COLUMN_FIELDS = {"年度": "year", "計画値": "plan", "計画": "plan", "目標": "goal", "目標値": "goal", "実績値": "actual", "実績": "actual",
                  "達成率": "rate", "単位": "unit", "所見": "remark"}
_UNIT_SUFFIX_RE = re.compile(r"\([^()]*\)$")
_HEADING_CELLS = 4  # a title row has a few cells; more before the first label is not a title
# A figure kept only by year and as text, never a field of the program: 人件費 is a word committee members
# and case studies say of their own text (「人件費に触れた意見」), which a field word would take over.
_BY_YEAR_ONLY = {"personnel_cost"}
_NUMERIC_FIELDS = {"total_cost", "specific_revenue", "city_burden", "general_revenue", "staff_fulltime", "staff_parttime",
                   "personnel_cost", "full_cost"}
_YEAR_RE = re.compile(r"^(?:(令和|平成)\s*(\d+|元)\s*年度|([RH])\s*(\d+))$")
_SETTLEMENT_RE = re.compile(r"^(令和|平成)\s*(\d+|元)\s*年度\s*決算$")
_NUMBER_RE = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class _Cell:
    text: str
    line: int
    column: int = -1  # position in a tab-separated row; -1 for a `|` cell

    @property
    def in_row(self) -> bool:
        return self.column >= 0

    @property
    def marked(self) -> bool:
        """A section heading marked as such (■ 評価): a label or heading, never a value."""
        return self.text.startswith("■")

    @property
    def key(self) -> str:
        key = re.sub(r"\s+", "", nfkc(self.text)).lstrip("■")
        if key not in _FIELD_LABELS:
            # 「総事業費(合計) 令和5年度決算」: the label with the year of its figure after it
            bare = _YEAR_NOTE.sub("", key)
            key = bare if bare in _FIELD_LABELS else key
        return key


_SETTLED_TITLE_RE = re.compile(r"(?:令和|平成)(?:\d+|元)年度決算")


def _year_number(short: str) -> int:
    """R5 → 2023, H30 → 2018: fiscal years compared across eras."""
    match = re.match(r"([RH])(\d+)$", short)
    if not match:
        return 0
    return int(match.group(2)) + (2018 if match.group(1) == "R" else 1988)


_YEAR_NOTE = re.compile(r"[(（]?(?:令和|平成|[RH])(?:元|\d{1,2})年度?(?:決算|予算|実績|見込)?[)）]?$")


# A sheet's number printed beside its label (「事業番号\t3020145」「事業番号：5040212」): one program's
# sheet, where a list of programs heads a column with the label (事業番号\t事務事業名\t担当課).
# (a text sheet brackets the label instead: 「【事業番号】2025-031」)
_CODE_BESIDE_LABEL_RE = re.compile(r"(?:事務事業コード|事務事業番号|事業番号|事業コード)\s*[\t:：|】]\s*[0-9A-Za-z][0-9A-Za-z-]*")


def detect(text: str) -> bool:
    head = text[:20000]
    # Another city's sheet labels its department 担当課 and its indicators 活動指標/成果指標 without 指標名.
    if ("|" in head or "\t" in head) and "事務事業コード" in head and (
            "指標名" in head or "担当課" in head or "活動指標" in head or "成果指標" in head):
        return True
    # A sheet headed 事業番号 (a web page or PDF): known by what it holds, one program's number beside its
    # label, its name, and its indicators or its cost table.
    return bool(_CODE_BESIDE_LABEL_RE.search(nfkc(head)) or any(
        spaced.code_in_line(line) for line in nfkc(head).splitlines()[:5])) and ("事務事業名" in head or "事業名" in head) and (
        _INDICATOR_LABEL_RE.search(head) is not None) and "事業費" in head


# 活動指標/成果指標 as a label (a line's or a cell's start), not a word in a comment's sentence
# (「成果指標が設定されておらず」「・活動指標と成果指標を見直すこと」 in a 事業仕分け block headed 事業番号 is no
# evaluation sheet: a particle after it makes it a sentence's word).
_INDICATOR_LABEL_RE = re.compile(r"(?:^|[\t|│┃【■●◆□・])[ \t　]*(?:活動指標|成果指標)(?![とがをはにもやの、。])", re.M)


def cells(text: str) -> list[_Cell]:
    """Cells in order: text up to each `|` (may span lines), or each cell of a tab-separated row, with
    the line it starts on."""
    out: list[_Cell] = []
    buffer: list[str] = []
    start: int | None = None
    # A sheet written one label and its value a line (「担当課名 | 情報政策課」, a PDF's text): no line
    # ends with a |, and each line's end closes its last cell (the shipped sheet ends every cell with one).
    one_per_line = "|" in text and not any(line.rstrip().endswith("|") and line.count("|") == 1 for line in text.splitlines())
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line and "|" not in line:
            # The same sheet from a web page or a workbook: a row of cells separated by tabs.
            if buffer:
                out.append(_Cell(clean(" ".join(buffer)), start or number))
                buffer, start = [], None
            out.extend(_Cell(clean(piece), number, column)
                       for column, piece in enumerate(line.split("\t")) if piece.strip())
            continue
        if one_per_line and "|" not in line:  # a title or note line of its own
            if buffer:
                out.append(_Cell(clean(" ".join(buffer)), start or number))
                buffer, start = [], None
            if line.strip():
                out.append(_Cell(clean(line), number))
            continue
        pieces = line.split("|")
        # One pair a line, each line is a row of the sheet's table, as a tab-separated row is: its
        # cells keep their column, so tables by rows or by columns (歳出 | 総事業費(合計) over one
        # line per year) are read as a workbook's are.
        column = (lambda position: position) if one_per_line else (lambda position: -1)
        for position, piece in enumerate(pieces):
            if piece.strip():
                if start is None:
                    start = number
                buffer.append(piece.strip())
            if position < len(pieces) - 1:
                out.append(_Cell(clean(" ".join(buffer)), start or number, column(position)))
                buffer, start = [], None
        if one_per_line and len(pieces) > 1 and pieces[-1].strip():
            # 「担当課名 | 情報政策課」 one pair a line (a PDF's text): the line's end closes its last cell.
            out.append(_Cell(clean(" ".join(buffer)), start or number, column(len(pieces) - 1)))
            buffer, start = [], None
    if buffer:
        out.append(_Cell(clean(" ".join(buffer)), start or 1))
    return out


def parse_number(text: str) -> int | float | None:
    value = nfkc(text).strip().rstrip("%").strip()
    if not _NUMBER_RE.match(value):
        return None
    value = value.replace(",", "")
    number = float(value)
    return int(number) if number.is_integer() and "." not in value else number


def _is_label(cell: _Cell, in_block: bool = False) -> bool:
    """Labels and headings; a bare fiscal year is a row label only inside an indicator block
    (elsewhere, e.g. after 開始年度, it is a value)."""
    key = cell.key
    return (cell.marked or key in _FIELD_LABELS or key in _INDICATOR_LABELS or key in _HEADINGS
            or key.startswith(("活動指標", "成果指標")) or (in_block and bool(_YEAR_RE.match(key))))


# 「事務事業コード：2030117」「担当部：政策企画部　　担当課：政策企画課」: one or more labelled values on a
# line, a wide space between them.
# (one ideographic space or two of any width between them, as typed).
_PAIR_RE = re.compile(r"([^\s：:\t|][^：:\t|]{0,40}?)\s*[：:]\s*(.*?)(?=(?:\u3000|\s{2,})\s*[^\s：:\t|]{1,40}?\s*[：:]|$)")
# A section heading marked as such (■ 事業費（単位：円）, ● 成果指標): a cell of its own.
_MARKED_HEADING_RE = re.compile(r"^\s*[■□●◆◇▼▽]\s*(\S.*)$")


def _split_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Pairs a PDF's text runs together with one space (「事業番号：5040212 事務事業名：西川材…」): a value
    holding 「 label：」 of a label the sheet knows is cut there, so each label keeps its own value."""
    out: list[tuple[str, str]] = []
    for label, value in pairs:
        while True:
            cut = next((m for m in _INNER_LABEL_RE.finditer(value)
                        if re.sub(r"\s+", "", nfkc(m.group(1))) in _FIELD_LABELS), None)
            if cut is None:
                break
            out.append((label, value[:cut.start()].strip()))
            label, value = cut.group(1), value[cut.end():]
        out.append((label, value))
    return out


# 「 課名：」 inside a value: a space, a label (no space in it) and its colon.
_INNER_LABEL_RE = re.compile(r"\s+([^\s：:]{1,20})\s*[：:]\s*")


def labelled_lines(text: str) -> str:
    """A sheet typed as text, each value after its label and a colon under ■ headings, as the rows of
    cells the readers know (line for line, so every line keeps its number): a line of labelled values
    whose first label is known becomes a row of label and value cells, a marked heading a row of its
    own. Other lines (a paragraph under its heading) are left as they are: one cell, up to the next row.
    A sheet of | cells is returned as it is."""
    if "|" in text:
        return text
    out = []
    for line in text.splitlines():
        if RULE_LINE_RE.match(line):
            out.append("")  # (a rule under a table's heading row parts no cells: the rows go on under it)
            continue
        code = spaced.code_in_line(line) if "\t" not in line else None
        # 「■ 事務事業評価シート（令和7年度評価）　事業番号 R5-0112」: the number a cell of its own after its label.
        beside = f"\t{code.group(1)}\t{code.group(2)}" if code else ""
        if code:
            line = line[:code.start()] + line[code.end():]
        heading = (_MARKED_HEADING_RE.match(line) or _BRACKETED_HEADING_RE.match(line)) if "\t" not in line else None
        bracketed = _BRACKETED_HEADING_RE.match(line) if heading else None
        if bracketed and bracketed.group(2).strip() and _is_label_key(re.sub(r"\s+", "", nfkc(bracketed.group(1)))):
            # 「【所管課】DX推進課」: a label the sheet knows in brackets, its value after them on the line.
            out.append(f"{bracketed.group(1).strip()}\t{bracketed.group(2).strip()}{beside}")
            continue
        pairs = _split_pairs(_PAIR_RE.findall(line.strip())) if "\t" not in line and not heading else []
        first = re.sub(r"\s+", "", nfkc(pairs[0][0])) if pairs else ""
        row = None if heading else spaced.spaced_row(line, _is_label_key, _is_column_word)
        if row is not None and not (pairs and first in _FIELD_LABELS):
            out.append(row + beside)
        elif heading:
            # the mark kept: a heading, never a value (【コスト】（単位：千円） keeps its unit)
            out.append("■" + "".join(g for g in heading.groups() if g).strip() + "\t" + beside)
        elif pairs and (first in _FIELD_LABELS or first in _INDICATOR_LABELS or first.startswith(("活動指標", "成果指標"))):
            # (活動指標：養成講座の開催回数（回） is the indicator's heading with its name beside it)
            out.append("\t".join(f"{label.strip()}\t{value.strip()}" for label, value in pairs) + beside)
        elif code:
            out.append((line.strip() + beside).lstrip("\t"))
        else:
            out.append(line)
    return "\n".join(spaced.titled_grids(out, lambda title: bool(_MONEY_TITLE_RE.search(re.sub(r"\s+", "", nfkc(title))))))


# A section heading in brackets (【コスト】（単位：千円）, 【指標】), as a text sheet marks it.
_BRACKETED_HEADING_RE = re.compile(r"^\s*【([^】]+)】(.*)$")


def _is_label_key(key: str) -> bool:
    # (成果指標　年間利用者数（人）: the indicator's heading with its name beside it)
    return key in _FIELD_LABELS or key in _INDICATOR_LABELS or key.startswith(("活動指標", "成果指標"))


def _is_column_word(word: str) -> bool:
    return _column_field_of(re.sub(r"\s+", "", nfkc(word))) not in (None, "year")


# A line that labels a sheet's program code with the code beside it (「事務事業コード\t\t0215」).
_CODE_LINE_RE = re.compile(r"^(?:事務事業コード|事務事業番号|事業番号|事業コード)\t+([0-9A-Za-z][0-9A-Za-z-]*)")


def _sheets(text: str) -> list[str]:
    """A workbook of one form sheet per program (sheets named by their codes, each its own 事務事業コード):
    one text per sheet, every other line blanked so that line numbers stay those of the file. A sheet
    starts as many lines above its code's line as the first sheet's code line is below the first line
    (the same form repeated); a single sheet gives the text itself."""
    lines = text.split("\n")
    at = [i for i, line in enumerate(lines) if _CODE_LINE_RE.match(nfkc(line))]
    codes = {_CODE_LINE_RE.match(nfkc(lines[i])).group(1) for i in at}  # type: ignore[union-attr]
    if len(at) < 2 or len(codes) < len(at):
        return [text]
    top = next((i for i, line in enumerate(lines) if line.strip()), 0)
    above = at[0] - top
    starts = [top]
    for i in at[1:]:
        start = i - above
        # (the form's first line repeated there; else the sheet starts at its code's line)
        starts.append(start if start > starts[-1] and lines[start].strip() == lines[top].strip() else i)
    out = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        out.append("\n".join(line if start <= i < end else "" for i, line in enumerate(lines)))
    return out


def parse(text: str, source: str) -> ParsedDocument:
    sheets = _sheets(text)
    if len(sheets) == 1:
        return _parse_sheet(text, source)
    docs = [_parse_sheet(sheet, source) for sheet in sheets]
    heading = _sheet_heading(cells(labelled_lines(sheets[0])))
    title = f"{heading} 事務事業評価シート（{len(docs)}事業）" if heading else f"事務事業評価シート（{len(docs)}事業）"
    doc = ParsedDocument(kind=KIND, title=title)
    for one in docs:
        doc.records.extend(one.records)
        doc.passages.extend(one.passages)
        doc.conflicts.extend(one.conflicts)
        doc.warnings.extend(one.warnings)
    return doc


# The second row of a two-row cost header: 決算 / 予算 / 見込 under each year of the row above.
_SETTLED_WORD_RE = re.compile(r"^(?:決算|予算|見込)(?:額)?$")


def _stacked_years(text: str) -> str:
    """A cost table headed by two rows, the fiscal years over what each column is (令和４年度 │ 令和５年度 │
    令和６年度 over 決算 │ 決算 │ 予算), as one row of the years with their word (令和４年度決算), as such
    tables print it in one row; the second row left blank (line numbers kept)."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        if "\t" not in lines[i] or "\t" not in lines[i + 1]:
            continue
        top, under = lines[i].split("\t"), lines[i + 1].split("\t")
        years = [c for c, cell in enumerate(top) if _YEAR_RE.match(re.sub(r"\s+", "", nfkc(cell)))]
        words = [c for c, cell in enumerate(under) if cell.strip()]
        if len(years) < 2 or words != years or not all(_SETTLED_WORD_RE.match(nfkc(under[c]).strip()) for c in words):
            continue
        lines[i] = "\t".join(f"{cell}{nfkc(under[c]).strip()}" if c in years else cell for c, cell in enumerate(top))
        lines[i + 1] = ""
    return "\n".join(lines)


def _parse_sheet(text: str, source: str) -> ParsedDocument:
    text = _stacked_years(text)
    # Grids of one column per fiscal year (a PDF's indicator and cost tables) are read by their shape
    # first; their lines are left out of the label-by-label reading below.
    grids = year_grid.read(labelled_lines(text))
    # (a workbook's grids whose years each span merged columns: 目標 │ 実績 under each year)
    grids.merge(spanned_grid.read(labelled_lines(text)))
    sheet = [c for c in cells(labelled_lines(text)) if c.line not in grids.lines]
    fields: dict[str, object] = {}
    shown: dict[str, str] = {}  # value as printed, for passages (7,110,000 rather than 7110000)
    label_text: dict[str, str] = {}
    lines: dict[str, int] = {}
    settled_in = re.sub(r"\s+", "", nfkc(_sheet_heading(sheet)))
    costs = _CostColumns(settled_in)  # a cost table with a column per settled year, if the sheet prints one
    indicators: list[dict[str, object]] = []
    block: dict[str, object] | None = None

    money: list[tuple[_Cell, dict[str, _Cell]]] = []
    index = 0
    while index < len(sheet):
        cell = sheet[index]
        key = cell.key
        # A money table opens with 歳出/歳入, or (a sheet typed as a web page) with its 年度 column.
        if (key in ("歳出", "歳入", "年度") or _MONEY_TITLE_RE.search(key)) and cell.in_row and block is None:
            read = _money_table(sheet, index, money)
            if read is not None:
                _settled_figures(money, settled_in, fields, shown, lines, label_text)
                index = read
                continue
        grid = _indicator_grid(sheet, index, indicators) if cell.in_row and (
            index == 0 or sheet[index - 1].line != cell.line) else None
        if grid is not None:
            index, block = grid, None
            continue
        # (「成果指標は令和7年度に目標を上回った」, a sentence of the 評価 starting with the word, heads nothing)
        if key.startswith(("活動指標", "成果指標")) and not re.match(r"[はがをもにでと]", key[4:5]):
            rest = clean(cell.text.lstrip("■ ")[4:])
            # After the heading, a note on it (※市民がどうなるか) or the indicator's own name.
            block = {"type": key[:4], "type_note": rest.lstrip("※ ") if rest.startswith("※") else "",
                     "line": cell.line, "years": []}
            if rest and not rest.startswith("※"):
                _name_indicator(block, rest)
            indicators.append(block)
            index = _beside_heading(sheet, index + 1, block)
            continue
        if block is not None and cell.in_row and (index == 0 or sheet[index - 1].line != cell.line):
            read = _table_row(sheet, index, block)
            if read is not None:
                index = read
                continue
        if block is not None and key in _INDICATOR_LABELS:
            value, index = _value_after(sheet, index, in_block=True)
            block[_INDICATOR_LABELS[key]] = value.text if value else ""
            if key == "指標値の算定・把握方法":
                block = None
            continue
        year = _YEAR_RE.match(key)
        if block is not None and year:
            row, index = _year_row(sheet, index)
            block["years"].append(row)  # type: ignore[union-attr]
            continue
        read = costs.read(sheet, index, fields, shown, lines, label_text) if block is None else None
        if read is not None:
            index = read
            continue
        read = _labels_over_values(sheet, index, fields, shown, lines, label_text) if block is None else None
        if read is not None:
            index = read
            continue
        if key in _FIELD_LABELS:
            name = _FIELD_LABELS[key]
            numeric = name in _NUMERIC_FIELDS
            value, index = _value_after(sheet, index, numeric=numeric, found=fields, lines=lines)
            if value is not None and name not in fields:
                fields[name] = parse_number(value.text) if numeric else value.text
                shown[name] = value.text
                label_text[name] = cell.text
                lines[name] = value.line
            continue
        index += 1

    indicators.extend(grids.indicators)
    if grids.costs_by_year and "costs_by_year" not in fields:
        fields["costs_by_year"] = grids.costs_by_year
        for name in sorted({n for figures in grids.costs_by_year.values() for n in figures}):
            # The sheet has the figure, by year only: the field is there (asked of a year it is answered
            # from costs_by_year), its value for no one year.
            fields.setdefault(name, None)
    if grids.cost_unit:
        fields.setdefault("cost_unit", grids.cost_unit)
    if grids.cost_items:
        fields["cost_items"] = grids.cost_items
    later = year_targets.read(text, indicators)
    unit = fields.get("cost_unit") or _cost_unit(sheet) if any(name in fields for name in _MONEY_FIELDS + ("general_revenue",)) else ""
    if unit:
        fields["cost_unit"] = unit
    code = str(fields.get("code") or "").strip()
    if not code:
        raise DocumentError(source, "事務事業コードが見つかりません")
    _derive(fields, label_text, shown, lines)

    title = f"事務事業評価シート {code} {fields.get('name', '')}".strip()
    heading = _sheet_heading(sheet)
    doc = ParsedDocument(kind=KIND, title=f"{heading} {title}" if heading else title)
    program_key = f"{PROGRAM_KIND}:{code}"
    first_line = min(lines.values(), default=1)
    last_line = max((c.line for c in sheet), default=first_line)
    doc.records.append(Record(PROGRAM_KIND, code, dict(fields), source, first_line, last_line))
    for year, name, printed, line in costs.earlier:
        doc.passages.append(Passage(program_key, name, f"{year} {LABELS[name]}: {printed}", source, line))
    for name, value in fields.items():
        if name in ("code", "response_raw") or not isinstance(value, (str, int, float)) or value == "":
            continue
        label = label_text.get(name) or LABELS.get(name, name)
        for piece in _pieces(shown.get(name, str(value))):
            doc.passages.append(Passage(program_key, name, f"{label}: {piece}", source, lines.get(name, first_line)))

    for label, by_year, line in grids.cost_rows:
        # Every row of a cost grid as text by year (運行委託料 令和5年度: 52,300): found where it is printed.
        printed = "、".join(f"{year} {figure}" for year, figure in by_year.items())
        doc.passages.append(Passage(program_key, "costs_by_year", f"{label}: {printed}", source, line))
    for year, values in money:
        for name, value in values.items():
            if value.line == lines.get(name):
                continue  # the settled year's figure is the field's own passage
            doc.passages.append(Passage(program_key, name, f"{LABELS[name]} {year.text}: {value.text}", source, year.line))
    number = 0
    for block in indicators:
        for row in block["years"]:  # type: ignore[union-attr]
            number += 1
            _emit_indicator(doc, code, number, block, row, source)
        for name in ("indicator", "method"):
            if block.get(name):
                doc.passages.append(Passage(program_key, name, f"{block['type']} {LABELS[name]}: {block[name]}",
                                            source, int(block["line"])))  # type: ignore[arg-type]
    for block, row in later:
        number += 1
        _emit_indicator(doc, code, number, block, row, source)
    _unread_text(doc, sheet, text, program_key, source)
    return doc


# 「事業費の推移（単位：千円）」「【コスト】（単位：千円）」「事業費の推移(千円)」: a unit other than yen.
_COST_UNIT_RE = re.compile(r"[(（](?:単位[:：]\s*)?(千円|百万円|万円)[)）]")


def _labels_over_values(sheet: list[_Cell], index: int, fields: dict[str, object], shown: dict[str, str],
                        lines: dict[str, int], label_text: dict[str, str]) -> int | None:
    """A row of labels over a row of values (headed_rows): each known label's field from the value under
    it; grades under labels the sheet names itself (必要性, 有効性) make its 評価. The index after both
    rows, or None when the rows are not such."""
    cell = sheet[index]
    if not cell.in_row or (index > 0 and sheet[index - 1].line == cell.line):
        return None
    row = _row_at(sheet, index)
    found = headed_rows.pairs(row, _row_at(sheet, index + len(row)), lambda c: _FIELD_LABELS.get(c.key) is not None)
    if found is None:
        return None
    own = [(label, value) for label, value in found if _FIELD_LABELS.get(label.key)]
    for label, value in own:
        name = _FIELD_LABELS[label.key]
        if name in fields:
            continue
        figure = parse_number(value.text) if name in _NUMERIC_FIELDS else value.text
        if figure is None:
            continue
        fields[name], shown[name], label_text[name], lines[name] = figure, value.text, label.text, value.line
    graded = headed_rows.grades_by_aspect([pair for pair in found if pair not in own])
    if graded and "evaluation" not in fields:
        fields["evaluation"], shown["evaluation"], lines["evaluation"] = graded, graded, found[0][1].line
        label_text["evaluation"] = LABELS["evaluation"]
    return index + len(row) + len(found)


def _cost_unit(sheet: list[_Cell]) -> str:
    """The unit the cost table's title states, when it is not yen ("" otherwise)."""
    for cell in sheet:
        if _MONEY_TITLE_RE.search(cell.key) or cell.key.startswith("事業費"):
            # (「１ 事業費の推移 │ … │ （単位：千円）」: the unit in a cell of the title's row)
            row = " ".join(c.text for c in sheet if c.line == cell.line) if cell.in_row else cell.text
            unit = _COST_UNIT_RE.search(nfkc(row).replace("(", "（").replace(")", "）"))
            if unit:
                return unit.group(1)
    return ""


def _unread_text(doc: ParsedDocument, sheet: list[_Cell], text: str, key: str, source: str) -> None:
    """What the reader took no field from stays a passage of the program, so a search still finds it:
    a label it does not know with its value (連携団体 │ 鹿沼市、日光市、栃木県, which also names the city a
    sheet is of), and sentences under no label (the comment below 「総合評価：B 今後の方向性：改善」)."""
    said: dict[int, str] = {}
    for passage in doc.passages:
        said[passage.line] = said.get(passage.line, "") + passage.text
    by_line: dict[int, list[_Cell]] = {}
    for cell in sheet:
        if cell.in_row:
            by_line.setdefault(cell.line, []).append(cell)
    for line, row in by_line.items():
        # (the words of a table's frame — 区分, 年度, 達成率(%), 令和5年度決算 — are no text of the program)
        unread = [c.text for c in row if c.text not in said.get(line, "") and not _is_label(c, in_block=True)
                  and parse_number(c.text) is None and not _MONEY_YEAR_RE.match(c.key) and not _YEAR_RE.match(c.key)
                  and not spaced.is_year(c.text) and not _figure_after_word(c.text)
                  and not _MONEY_TITLE_RE.search(c.key) and not _column_field(c) and c.key != "区分"]
        if (len(unread) >= 2 and len("".join(unread)) >= 8) or len("".join(unread)) >= 20:
            doc.passages.append(Passage(key, "text", " ".join(unread), source, line))
    for number, line_text in enumerate(text.splitlines(), start=1):
        line_text = clean(line_text)
        if number not in said and number not in by_line and "|" not in line_text and len(line_text) >= 20 \
                and line_text.endswith("。"):
            doc.passages.append(Passage(key, "text", line_text, source, number))


def _figure_after_word(text: str) -> bool:
    """「計画 12」: an indicator's figure after its word, read into the indicator."""
    words = nfkc(text).split()
    return len(words) == 2 and _column_field_of(words[0]) not in (None, "year") and spaced.is_figure(words[1])


# A money table typed into a workbook: 「歳出 │ 年度 │ 総事業費」 over one row per fiscal year
# (令和4年度決算, 令和5年度決算, 令和6年度予算), the figures under their column's heading.
_MONEY_YEAR_RE = re.compile(r"^(?:令和|平成)(?:\d+|元)年度(?:決算|予算|見込)?$")
_MONEY_FIELDS = ("total_cost", "specific_revenue", "city_burden")
# The title of such a table printed in its header row's first cell (事業費の推移(千円), 事業費の状況).
# (a sheet may number its sections: 「1 コストの推移（単位：千円）」)
_MONEY_TITLE_RE = re.compile(r"^(?:\d{1,2}[.．)）]?)?(?:事業費の(?:推移|状況|内訳)|コスト)")
# A cost column's year, settled or not, in either era: 2021年度決算, 令和8年度予算 (spaces removed).
_COST_YEAR_RE = re.compile(r"^(?:(?:令和|平成)(?:\d+|元)|(?:19|20)\d{2})年度(?:決算|予算|見込)$")
# The rows of a cost table under its years, as sheets word them (事業費（決算額）, うち一般財源): only there,
# where 事業費 cannot be anything else.
_COST_ROWS = {"事業費": "total_cost", "総事業費": "total_cost", "決算額": "total_cost", "事業費(決算額)": "total_cost",
              "一般財源": "general_revenue", "特定財源": "specific_revenue",
              # A sheet counting staff costs: 人件費, and 総コスト（事業費＋人件費）.
              "人件費": "personnel_cost", "総コスト": "full_cost", "フルコスト": "full_cost", "トータルコスト": "full_cost"}


def _fiscal(text: str) -> str:
    """A printed fiscal year as its label: 令和5年度決算 → R5, 2023年度 → R5."""
    short = wareki_short(text)
    return short if short != text else (year_label(re.sub(r"(?:決算|予算|見込)$", "", nfkc(text).strip())) or text)


def _money_field(key: str) -> str | None:
    """The cost field a column heading names: its label, or the label's head (総事業費 for 総事業費(合計))."""
    bare = _UNIT_SUFFIX_RE.sub("", key)
    for label, name in _FIELD_LABELS.items():
        if name in _MONEY_FIELDS and (key == label or (len(bare) >= 4 and label.startswith(bare))):
            return name
    return None


def _money_table(sheet: list[_Cell], index: int, rows: list[tuple[_Cell, dict[str, _Cell]]]) -> int | None:
    """The rows of a money table whose header row starts at `index` (appended to `rows`), and the
    index after it; None when the row is no such header."""
    header = _row_at(sheet, index)
    year_column = next((c.column for c in header if c.key == "年度"), None)
    if year_column is None and (header[0].key in ("歳出", "歳入") or (
            _MONEY_TITLE_RE.search(header[0].key) and not _money_field(header[0].key))):
        # 「歳出 | 総事業費(合計)」 over 「令和5年度決算 | 4,820,000 円」: the section's heading stands over
        # the column of years; 「事業費の推移(千円) │ 事業費 │ 人件費 │ 総事業費」: the table's title does.
        year_column = header[0].column
    columns = {c.column: name for c in header if (name := _money_field(c.key))}
    if year_column is None or not columns:
        return None
    cursor = index + len(header)
    found = 0
    while cursor < len(sheet) and sheet[cursor].in_row:
        row = _row_at(sheet, cursor)
        at = {c.column: c for c in row}
        year = at.get(year_column)
        if year is None or not _MONEY_YEAR_RE.match(year.key):
            break
        rows.append((year, {name: at[j] for j, name in columns.items() if j in at and _money(at[j].text) is not None}))
        found += 1
        cursor += len(row)
    return cursor if found else None


def _money(text: str) -> int | float | None:
    """A figure of a money table, printed with its unit or not (4,820,000 円); None for anything else.
    (千円 is another scale, not read as yen.)"""
    value = nfkc(text).strip()
    return parse_number(value[:-1] if value.endswith("円") and not value.endswith("千円") else value)


def _settled_figures(rows: list[tuple[_Cell, dict[str, _Cell]]], settled_in: str, fields: dict[str, object],
                     shown: dict[str, str], lines: dict[str, int], label_text: dict[str, str]) -> None:
    """The sheet's figures are those of the settled year its title names (「（令和5年度決算）」), else
    of the latest settled year the table prints; the other years stay passages."""
    settled = [r for r in rows if r[0].key.endswith("決算")]
    chosen = next((r for r in settled if r[0].key in settled_in), settled[-1] if settled else None)
    if chosen is None:
        return
    # Every settled year's figures, as a sheet with a column per settled year gives them (決算年度別の事業費).
    by_year = fields.setdefault("costs_by_year", {})
    for settled_year, figures in settled:
        for name, cell in figures.items():
            by_year.setdefault(wareki_short(settled_year.text), {})[name] = _money(cell.text)  # type: ignore[union-attr]
    year, values = chosen
    fields.setdefault("settlement_year", wareki_short(year.text))
    lines.setdefault("settlement_year", year.line)
    for name, cell in values.items():
        if name not in fields:
            fields[name] = _money(cell.text)
            shown[name] = cell.text
            label_text[name] = f"{LABELS[name]} {year.text}"
            lines[name] = cell.line


def _sheet_heading(sheet: list[_Cell]) -> str:
    """The words printed above the first label, as a workbook's title row holds them
    (「事務事業評価シート | 柏市（令和6年度決算）」): the city and year the sheet is of, for the
    document's title. The kind's own name is already in the title."""
    words: list[str] = []
    for cell in sheet[:_HEADING_CELLS]:
        if _is_label(cell):
            return " ".join(words)
        # 「事務事業評価シート（令和6年度決算）」 gives 令和6年度決算.
        word = clean(cell.text.replace("事務事業評価シート", ""))
        bracketed = re.fullmatch(r"[（(](.*)[）)]", word)
        word = bracketed.group(1) if bracketed and not re.search(r"[（()）]", bracketed.group(1)) else word
        if word:
            words.append(word)
    return ""


def _value_after(sheet: list[_Cell], index: int, numeric: bool = False, in_block: bool = False,
                 found: dict[str, object] | None = None,
                 lines: dict[str, int] | None = None) -> tuple[_Cell | None, int]:
    """The value cell after the label at `index`, and the index to continue from.

    Column headings (実績, 令和4年度決算 …) between a cost label and its number are skipped; a
    settlement year seen on the way is remembered in `found`.
    """
    cursor = index + 1
    while cursor < len(sheet):
        cell = sheet[cursor]
        settlement = _SETTLEMENT_RE.match(cell.key)
        if settlement and found is not None:
            found.setdefault("settlement_year", wareki_short(cell.text))
            if lines is not None:
                lines.setdefault("settlement_year", cell.line)
            cursor += 1
            continue
        if not cell.text or cell.key == "-":
            if numeric:
                cursor += 1
                continue
            # An empty cell right after the label is an empty value.
            return None, cursor + 1
        if _is_label(cell, in_block):
            if numeric and cell.key in _HEADINGS:
                cursor += 1
                continue
            return None, cursor
        if numeric and parse_number(cell.text) is None:
            cursor += 1
            continue
        return cell, cursor + 1
    return None, cursor


def _beside_heading(sheet: list[_Cell], index: int, block: dict[str, object]) -> int:
    """Cells printed on the heading's own line: its note (※市民がどうなるか) and the indicator's
    name, as a workbook holds them (「成果指標 | 公共施設相互利用件数」); a label ends them."""
    heading_line = sheet[index - 1].line
    while index < len(sheet) and sheet[index].line == heading_line and not _is_label(sheet[index], in_block=True):
        text = sheet[index].text
        if text.startswith("※") and not block["type_note"]:
            block["type_note"] = clean(text.lstrip("※ "))
        elif not block.get("indicator"):
            _name_indicator(block, text)  # (養成講座の開催回数（回）: its unit too)
        elif text in (")", "）") and str(block["indicator"]).count("（") + str(block["indicator"]).count("(") > \
                str(block["indicator"]).count("）") + str(block["indicator"]).count(")"):
            # 「参加者数（人 │ ）」: a PDF cut the name's unit at its closing bracket.
            block["indicator"] = f"{block['indicator']}{text}"
        index += 1
    return index


def _row_at(sheet: list[_Cell], index: int) -> list[_Cell]:
    """The cells of the tab-separated row that starts at `index`."""
    end = index
    while end < len(sheet) and sheet[end].in_row and sheet[end].line == sheet[index].line:
        end += 1
    return sheet[index:end]


def _row_above(sheet: list[_Cell], index: int) -> list[_Cell]:
    """The cells of the tab-separated row on the line just before the row at `index` (none if it is not one)."""
    if index == 0 or not sheet[index - 1].in_row or sheet[index - 1].line != sheet[index].line - 1:
        return []
    start = index - 1
    while start > 0 and sheet[start - 1].in_row and sheet[start - 1].line == sheet[index - 1].line:
        start -= 1
    return sheet[start:index]


def _column_field(cell: _Cell) -> str | None:
    return _COLUMN_FIELDS.get(_UNIT_SUFFIX_RE.sub("", cell.key))


def _table_row(sheet: list[_Cell], index: int, block: dict[str, object]) -> int | None:
    """A row of an indicator's table in a workbook or web page, read by its headings; the index to
    continue from, or None when the row is not one (the positional reading of _year_row then applies).

    Rows by fiscal year under a heading row (年度 | 実績値 | 計画値 | 達成率(%), any order) are read
    by column; with the fiscal years as the columns (年度 | 令和5年度 | 令和6年度), the rows that
    follow (計画値 | 4,800 | 5,000 …) give each year's values."""
    row = _row_at(sheet, index)
    fields = [_column_field(cell) for cell in row]
    if (len({"plan", "actual", "rate"} & set(fields)) >= 2 and not _YEAR_RE.match(row[0].key)
            and all(parse_number(cell.text) is None for cell in row)):
        # A heading row; a column the sheet has and the indicator records do not (前年度比) is left out.
        columns = {cell.column: name for cell, name in zip(row, fields) if name}
        # The lower row of a two-row heading (「年度 │ 目標進捗 │ │ 達成率 │ 所見」 over 「│ 計画値 │ 実績値 │ (%)」):
        # a column it names only by its unit, or not at all, is the one the row above names there.
        above = _row_above(sheet, index)
        for cell, name in zip(above, (_column_field(c) for c in above)):
            if name and name != "year" and cell.column not in columns and name not in columns.values():
                columns[cell.column] = name
        block["columns"] = columns
        return index + len(row)
    # 「令和4年度 │ 計画 12 │ 実績 13 │ 達成率 108.3%」: a year's figures, each after its word (in its
    # cell or the next one).
    words = [word for cell in row[1:] for word in spaced.YEAR_LINE_SPLIT.split(nfkc(cell.text)) if word]
    pairs = [(_column_field_of(words[i]), words[i + 1]) for i in range(0, len(words) - 1, 2)]
    if len(words) >= 2 and len(words) % 2 == 0 and spaced.is_year(row[0].text) \
            and all(name not in (None, "year") and spaced.is_figure(text) for name, text in pairs):
        block["years"].append(_year_entry(row[0], dict(pairs)))  # type: ignore[union-attr,arg-type]
        return index + len(row)
    years = [cell for cell in row if _YEAR_RE.match(cell.key)]
    # The heading over the years' row may be 区分 (the rows' kind: 計画, 実績, 達成率) instead of 年度.
    if years and len(years) == len(row) - 1 and (fields[0] == "year" or row[0].key == "区分"):
        return _year_columns(sheet, index + len(row), years, block)
    if years and len(years) == len(row):
        # The years alone (the corner cell blank, or left out and the figures one column to the right).
        return _year_columns(sheet, index + len(row), years, block, shift=1 if row[0].column == 0 else 0)
    columns = block.get("columns")
    if isinstance(columns, dict) and _YEAR_RE.match(row[0].key):
        values = {columns[cell.column]: cell.text for cell in row[1:] if cell.column in columns}
        block["years"].append(_year_entry(row[0], values))  # type: ignore[union-attr]
        return index + len(row)
    return None


def _indicator_grid(sheet: list[_Cell], index: int, indicators: list[dict[str, object]]) -> int | None:
    """Every indicator of one table headed 指標名 over fiscal-year columns (区分 │ 指標名 │ │ 2023年度 …),
    its rows 活動指標 │ name │ 計画/実績/達成率 │ figures (the kind and name repeated, as a web page's
    rowspan is read, or left out under the first row); the index after it, or None when the row at
    `index` is no such heading."""
    header = _row_at(sheet, index)
    years = {c.column: c for c in header if spaced.is_year(c.text) or _YEAR_RE.match(c.key)}
    if not years or not any(_UNIT_SUFFIX_RE.sub("", c.key) == "指標名" for c in header):  # (指標名(単位))
        return None
    cursor = index + len(header)
    # (a 単位 column holds each indicator's unit, never a word of its name)
    unit_columns = {c.column for c in header if c.key == "単位"}
    kind, name, unit = "", "", ""
    blocks: dict[tuple[str, str], dict[str, object]] = {}
    values: dict[tuple[str, str], dict[int, dict[str, str]]] = {}
    while cursor < len(sheet) and sheet[cursor].in_row:
        row = _row_at(sheet, cursor)
        words = [c for c in row if c.column not in years]
        asked = [c for c in words if _column_field(c) not in (None, "year")]
        if len(asked) != 1:
            break  # not a row of this table
        for c in words:
            if c.key.startswith(("活動指標", "成果指標")):
                kind = c.key[:4]
            elif c.column in unit_columns:
                unit = c.text
            elif c is not asked[0]:
                name = c.text
        if not name:
            break
        key = (kind, name)
        if key not in blocks:
            blocks[key] = {"type": kind or "指標", "type_note": "", "line": row[0].line, "years": []}
            _name_indicator(blocks[key], name)
            if unit:
                blocks[key]["unit"] = unit
            values[key] = {column: {} for column in years}
        for c in row:
            if c.column in years:
                values[key][c.column][_column_field(asked[0])] = c.text  # type: ignore[index]
        cursor += len(row)
    if not blocks:
        return None
    for key, block in blocks.items():
        block["years"] = [_year_entry(years[column], figures) for column, figures in values[key].items() if figures]
        for entry in block["years"]:
            target = entry["plan"] or entry["goal"]
            if entry["rate"] is None and target and entry["actual"] is not None:
                # 達成率 = 実績 ÷ 目標 × 100, to one decimal, as such sheets print it (year_grid reads it so too).
                entry["rate"] = round(entry["actual"] / target * 100, 1)  # type: ignore[operator]
        indicators.append(block)
    return cursor


def _year_columns(sheet: list[_Cell], index: int, years: list[_Cell], block: dict[str, object],
                  shift: int = 0) -> int:
    """The rows under a row of fiscal years (計画 │ 5000 │ 5500 …), each year's values by column; the
    indicator's name may stand on a line of its own between them (広域観光ルートの利用者数（人）)."""
    values: dict[int, dict[str, str]] = {year.column + shift: {} for year in years}
    if index < len(sheet) and not sheet[index].in_row and not block.get("indicator") \
            and not _is_label(sheet[index], in_block=True):
        _name_indicator(block, sheet[index].text)
        index += 1
    while index < len(sheet) and sheet[index].in_row:
        row = _row_at(sheet, index)
        label, figures = _label_and_figures(row)
        name = _column_field_of(label)
        if name in (None, "year"):
            break
        if len(figures) == len(years):
            # A PDF's row whose figures slid out of their columns (「80.0 108.5 │ │ 95.0」): in order.
            for column, figure in zip(sorted(values), figures):
                values[column][name] = figure  # type: ignore[index]
        else:
            for cell in row[1:]:
                if cell.column in values:
                    values[cell.column][name] = cell.text  # type: ignore[index]
        index += len(row)
    block["years"].extend(_year_entry(year, values[year.column + shift]) for year in years)  # type: ignore[union-attr]
    return index


# 「達成率（%） 90.0」: a row's label with its first figure run into it.
_LABEL_AND_FIGURE_RE = re.compile(r"^(\D+?)\s+([+-]?[\d,]+(?:\.\d+)?)$")


def _label_and_figures(row: list[_Cell]) -> tuple[str, list[str]]:
    """A row's label and every figure after it, in order, however its cells split them."""
    label, figures = row[0].key, []
    joined = _LABEL_AND_FIGURE_RE.match(nfkc(row[0].text).strip())
    if joined:
        label, figures = re.sub(r"\s+", "", joined.group(1)), [joined.group(2)]
    for cell in row[1:]:
        figures.extend(piece for piece in nfkc(cell.text).split() if parse_number(piece) is not None)
    return label, figures


def _column_field_of(label: str) -> str | None:
    return _COLUMN_FIELDS.get(_UNIT_SUFFIX_RE.sub("", label))


# An indicator's name ending in its unit: 交付件数（件）, 使用量（立方メートル）.
_NAME_UNIT_RE = re.compile(r"[（(]([^（()）\d]{1,6})[）)]$")


def _name_indicator(block: dict[str, object], name: str) -> None:
    """The indicator's name as printed; the unit its name ends with is the indicator's unit."""
    block["indicator"] = clean(name)
    unit = _NAME_UNIT_RE.search(nfkc(block["indicator"]))  # type: ignore[arg-type]
    if unit and not block.get("unit"):
        block["unit"] = unit.group(1)


def _year_entry(year: _Cell, values: dict[str, str]) -> dict[str, object]:
    return {
        "year": _year_of(year.text),
        "year_label": year.text,
        "plan": parse_number(values.get("plan", "")),
        "actual": parse_number(values.get("actual", "")),
        "unit": values.get("unit", ""),
        "rate": parse_number(values.get("rate", "")),
        "remark": values.get("remark", ""),
        "goal": parse_number(values.get("goal", "")),
        "line": year.line,
    }


def _year_of(label: str) -> str:
    """令和4年度 → R4; a western year (2023年度) as the same label (R5)."""
    if re.match(r"^[RH]\d+$", label):
        return label
    short = wareki_short(label)
    return short if short != label else (year_label(label) or label)


def _year_row(sheet: list[_Cell], index: int) -> tuple[dict[str, object], int]:
    """A fiscal-year row: year, 計画値, 実績値, 単位, 達成率, '%', 所見."""
    label = sheet[index].text
    group = sheet[index + 1: index + 7]
    texts = [c.text for c in group] + [""] * (6 - len(group))
    if len(group) == 6 and texts[4] == "%":
        plan, actual, unit, rate, _, remark = texts
        end = index + 7
    else:
        # Layout differs: take cells up to the next year or label and read numbers in order.
        end = index + 1
        # A row of a tab-separated table ends with its line.
        one_line = end < len(sheet) and sheet[end].line == sheet[index].line
        while end < len(sheet) and not _is_label(sheet[end], in_block=True) \
                and not (one_line and sheet[end].line != sheet[index].line):
            end += 1
        values = [c.text for c in sheet[index + 1: end]]
        numbers = [v for v in values if parse_number(v) is not None]
        plan = numbers[0] if numbers else ""
        actual = numbers[1] if len(numbers) > 1 else ""
        rate = numbers[2] if len(numbers) > 2 else ""
        unit = next((v for v in values if v and parse_number(v) is None and v != "%"), "")
        remark = ""
    return {
        "year": _year_of(label),
        "year_label": label,
        "plan": parse_number(plan),
        "actual": parse_number(actual),
        "unit": unit,
        "rate": parse_number(rate),
        "remark": remark,
        "line": sheet[index].line,
    }, end


def _derive(fields: dict[str, object], label_text: dict[str, str], shown: dict[str, str],
            lines: dict[str, int]) -> None:
    if isinstance(fields.get("response"), str):
        repaired = repair_lost_circled(fields["response"])  # type: ignore[arg-type]
        if repaired != fields["response"]:
            fields["response_raw"] = fields["response"]
            fields["response"] = repaired
    full, part = fields.get("staff_fulltime"), fields.get("staff_parttime")
    if full is not None or part is not None:
        fields["staff"] = f"フルタイム {full if full is not None else '-'} / パートタイム {part if part is not None else '-'}"
        label_text.setdefault("staff", "人員(担当)")
        lines["staff"] = lines.get("staff_fulltime", lines.get("staff_parttime", 1))
    if isinstance(fields.get("response"), str):
        shown["response"] = fields["response"]  # type: ignore[assignment]
    if isinstance(fields.get("settlement_year"), str):
        fields["settlement_year"] = _fiscal(str(fields["settlement_year"]))  # 令和6年度（決算） → R6
    owner = re.fullmatch(r"(\S+[部局])\s+(\S+[課室所])", clean(str(fields.get("department") or "")))
    if owner and not fields.get("section"):
        # 「所管　都市整備部　交通政策課」: the department and the section in one value.
        fields["department"], fields["section"] = owner.group(1), owner.group(2)
        lines["section"] = lines.get("department", 1)
    period = re.split(r"\s*[～〜~－-]\s*", clean(str(fields.pop("period", "") or "")), maxsplit=1)
    if period[0] and "start_year" not in fields:
        # 「事業期間　令和3年度～未定」: its first year is the start; its last only when it is a year.
        fields["start_year"] = period[0]
        lines["start_year"] = lines.get("period", 1)
        if len(period) > 1 and year_label(period[1]) and "end_year" not in fields:
            fields["end_year"] = period[1]
            lines["end_year"] = lines.get("period", 1)


def _pieces(text: str) -> list[str]:
    """Long cells are split at their ・ bullets so each activity is its own passage."""
    if len(text) <= 200 or " ・" not in text:
        return [text]
    head, *items = text.split(" ・")
    return [head.strip()] + [f"・{item.strip()}" for item in items if item.strip()]


def _emit_indicator(doc: ParsedDocument, code: str, number: int, block: dict[str, object],
                    row: dict[str, object], source: str) -> None:
    indicator_code = f"{code}-{number}"
    key = f"{INDICATOR_KIND}:{indicator_code}"
    fields = {
        "program": code,
        "type": block["type"],
        "type_note": block.get("type_note", ""),
        "indicator": block.get("indicator", ""),
        "year": row["year"],
        "year_label": row["year_label"],
        "plan": row["plan"],
        "actual": row["actual"],
        "rate": row["rate"],
        "unit": row["unit"] or block.get("unit", ""),
        "goal": row.get("goal") if row.get("goal") is not None else (
            parse_number(str(block.get("goal", ""))) if block.get("goal") else None),
        "direction": block.get("direction", ""),
        "method": block.get("method", ""),
        "remark": row["remark"],
    }
    line = int(row["line"])  # type: ignore[arg-type]
    doc.records.append(Record(INDICATOR_KIND, indicator_code, fields, source, line))
    shown = lambda value: "-" if value is None else str(value)  # noqa: E731
    # A sheet printing each year's 目標 (no 計画値) says so.
    planned = (f"目標値 {shown(row.get('goal'))}" if fields["plan"] is None and row.get("goal") is not None
               else f"計画値 {shown(fields['plan'])}")
    text = (f"{fields['type']} {fields['indicator']} {fields['year_label']}: {planned}"
            f" 実績値 {shown(fields['actual'])} 達成率 {shown(fields['rate'])}% （単位 {fields['unit']}）")
    doc.passages.append(Passage(key, "indicator", text, source, line))
    if fields["remark"]:
        doc.passages.append(Passage(key, "remark", str(fields["remark"]), source, line))


class _CostColumns:
    """A cost table with a column per settled year (歳出・歳入 │ 令和5年度決算 │ 令和6年度決算), read row by
    row: the sheet's own year is the last column (its figures are the program's, with 決算年度), every
    year's figures go to costs_by_year, and the earlier years' are kept for passages."""

    def __init__(self, settled_in: str = "") -> None:
        self.years: dict[int, str] = {}  # column -> year as printed
        # The settled year the sheet's title names (「（令和5年度決算）」): its column is the program's.
        settled = _SETTLED_TITLE_RE.search(settled_in)
        self.settled = wareki_short(settled.group(0)) if settled else ""
        self.own = -1
        self.earlier: list[tuple[str, str, str, int]] = []  # (year as printed, field, value as printed, line)
        # Columns of a year not settled (2023年度 予算, 見込): their figures are passages, never a settled year's.
        self.unsettled: set[int] = set()

    def _header(self, years: dict[int, str], cell: _Cell, after: int, fields: dict[str, object],
                lines: dict[str, int]) -> int:
        self.years = years
        # The column of the year the title names is the program's own; else the latest settled one.
        settled = [c for c in years if c not in self.unsettled]
        self.own = next((c for c in settled if _fiscal(years[c]) == self.settled), max(settled))
        fields.setdefault("settlement_year", _fiscal(years[self.own]))
        lines.setdefault("settlement_year", cell.line)
        return after

    def read(self, sheet: list[_Cell], index: int, fields: dict[str, object], shown: dict[str, str],
             lines: dict[str, int], label_text: dict[str, str]) -> int | None:
        """The index after the header or cost row starting at `index`, or None when it is neither."""
        cell = sheet[index]
        if not cell.in_row or (index > 0 and sheet[index - 1].line == cell.line):
            return None
        row = _row_at(sheet, index)
        years = {c.column: c.text for c in row[1:] if _SETTLEMENT_RE.match(c.key)}
        if years and len(years) == len(row) - 1:
            return self._header(years, cell, index + len(row), fields, lines)
        # 「区分 │ 2021年度 決算 │ 2022年度 決算 │ 2023年度 予算」: years of either era, settled or not, each
        # column saying which; at least one settled.
        marked = {c.column: c for c in row[1:] if _COST_YEAR_RE.match(c.key)}
        if marked and len(marked) == len([c for c in row[1:] if c.text]) and any(c.key.endswith("決算") for c in marked.values()):
            self.unsettled = {column for column, c in marked.items() if not c.key.endswith("決算")}
            return self._header({column: c.text for column, c in marked.items()}, cell, index + len(row), fields, lines)
        if index > 0 and _MONEY_TITLE_RE.search(sheet[index - 1].key) and not _money_field(sheet[index - 1].key) \
                and all(_YEAR_RE.match(c.key) or spaced.is_year(c.text) for c in row[1:]) \
                and (_YEAR_RE.match(row[0].key) or spaced.is_year(row[0].text) or row[0].key in ("区分", "年度")):
            # Under the cost table's title (■ 事業費の推移（単位：円）, 【コスト】), a row of fiscal years (和暦 or
            # 西暦), its first cell blank or the rows' heading (区分; left out, the figures' columns are one to
            # the right): a settled sheet's years up to the one its title names.
            shift = 1 if row[0].column == 0 and row[0].key not in ("区分", "年度") else 0
            years = {c.column + shift: c.text for c in row if c.key not in ("区分", "年度") and (
                not self.settled or _year_number(_fiscal(c.text)) <= _year_number(self.settled))}
            if years:
                return self._header(years, cell, index + len(row), fields, lines)
        name = _FIELD_LABELS.get(cell.key)
        if name is None and self.years and len(row) > 1 and row[1].text and parse_number(row[1].text) is None \
                and row[1].column not in self.years:
            # 「財源内訳 │ 一般財源 │ …」: a group's label (a cell merged down its rows) before the row's own.
            name = _FIELD_LABELS.get(row[1].key) or _COST_ROWS.get(_UNIT_SUFFIX_RE.sub("", row[1].key))
            cell = row[1] if name else cell
        if name is None and self.years:
            # In the cost table, its rows as a sheet words them: 事業費（決算額）, うち一般財源.
            name = _COST_ROWS.get(_UNIT_SUFFIX_RE.sub("", re.sub(r"^うち", "", cell.key)))
        bare = _UNIT_SUFFIX_RE.sub("", cell.key)
        if name is None and bare + "(円)" == cell.key:
            # 「総事業費（円）」: the label with its unit (yen only: 千円 is another scale).
            name = _money_field(cell.key)
        elif name is None and _FIELD_LABELS.get(bare) in _NUMERIC_FIELDS and "千円" not in cell.key:
            # 「特定財源（森林環境譲与税）」: the label with what it is, in brackets.
            name = _FIELD_LABELS[bare]
        if not self.years or name not in _NUMERIC_FIELDS or name in fields:
            return None
        last = self.own
        by_year = fields.setdefault("costs_by_year", {})
        for c in row[1:]:
            figure = parse_number(c.text) if c.column in self.years else None
            if figure is None:
                continue
            if c.column in self.unsettled:
                self.earlier.append((self.years[c.column], name, c.text, c.line))
                if re.sub(r"\s+", "", self.years[c.column]).endswith("予算"):
                    # A budget year's figures, apart from the settled years' (「2023年度予算の総コスト」).
                    budgets = fields.setdefault("budgets_by_year", {})
                    budgets.setdefault(_fiscal(self.years[c.column]), {})[name] = figure  # type: ignore[union-attr]
                continue
            by_year.setdefault(_fiscal(self.years[c.column]), {})[name] = figure  # type: ignore[union-attr]
            if c.column == last and name not in _BY_YEAR_ONLY:
                fields[name], shown[name], lines[name] = figure, c.text, c.line
                label_text[name] = f"{self.years[c.column]} {cell.text}"
            else:
                self.earlier.append((self.years[c.column], name, c.text, c.line))
        return index + len(row)
