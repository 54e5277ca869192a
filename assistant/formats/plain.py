"""Plain text files: the bytes are decoded by text.decode (encodings, BOMs, binaries refused), and a
table laid out in fixed-width columns becomes tab-separated rows, as the other formats' tables do.

A municipal system's text export prints a sheet as columns aligned with spaces, ruled with dashes,
in a fixed-width font where a full-width character takes two columns. The columns are found here,
in the format, because only here is the text still a printout: the kinds read rows of cells from
every format alike, and a column's place is a fact of the layout, not of a document kind. Each
table line stays on its own line (the file's line numbers are the provenance); rules and every
other line are left as they are.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.formats import RULE_LINE_RE, FormatText
from assistant.text.decode import decode_with_warnings
from assistant.text.normalize import nfkc_form

_GAP = 2  # display columns of space that separate cells (one space is part of a cell: 「ABC project」)
_MIN_ROWS = 3  # aligned lines a table has at least, two of them in three cells or more
# 「※評価　S：優れている　A：良好」: a note under a table, spaced out but no row of it
_NOTE_RE = re.compile(r"^[ \u3000]*(?:※|＊|\*|注[)）:：\d１-９])")
# 「1．健全化判断比率　　　　（単位：％）」: a table's caption with its unit spaced to the right, above
# the table's top rule; no row of it (its unit, over several columns, would fuse them).
_UNIT_NOTE_RE = re.compile(r"^[(（]単位[:：][^()（）]{1,12}[)）]$")


def extract(data: bytes, source: str) -> FormatText:
    """The file's own lines are the provenance: no place map."""
    text, warnings = decode_with_warnings(data, source)
    return FormatText(text=fixed_width_tables(choice_tables(year_pair_tables(text))), format="text", warnings=tuple(warnings))


# 「２０２５年度（令和７）　目標　99.00　／　実績　98.97」: a year's figures, each after its label.
_YEAR_LEAD = r"(?:(?:19|20)\d{2}年度|(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度|[RH]\d{1,2}年度?)(?:\s*[(（][^()（）]{1,10}[)）])?"
_PAIR = r"([^\s\d／/:：()（）]{1,8})\s*[:：]?\s*([△▲\-−]?\d[\d,]*(?:\.\d+)?)"
_YEAR_PAIRS_RE = re.compile(rf"^\s*({_YEAR_LEAD})\s+{_PAIR}((?:\s*[／/]\s*{_PAIR})+)\s*$")
_CAPTION_TAG_RE = re.compile(r"^\s*[【\[]([^】\]]{1,10})[】\]]\s*")
_CAPTION_UNIT_RE = re.compile(r"\s*[(（]単位\s*[:：]\s*([^()（）]{1,8})[)）]")


# The characters whose NFKC holds a slash or a percent sign (every code point checked). A line with none
# cannot match the patterns above once in NFKC, so it is neither normalised nor matched: nearly every line
# of a long document, whose normalisation and matching were most of this format's time.
_SLASH_RE = re.compile("[/\uff0f\u2100\u2101\u2105\u2106]")
_PERCENT_RE = re.compile("[%\uff05\ufe6a]")


def year_pair_tables(text: str) -> str:
    """The text with each run of year lines printing the same labelled figures (「2025年度　目標　99.00　／　実績
    98.97」, two lines or more) under a caption line (「【指標１】現年度分収納率（単位：％）」) turned into a table,
    line for line: the caption's line becomes the header (年度 | 指標 | 目標（％） | 実績（％） | 備考) and each
    year's line a row naming the caption's measure, the unit in the header and its note (「※数値が小さいほど良い
    指標」) kept as the rows' 備考 (the caption's ordinal, １ of 指標１, is no cell). Without a caption line over
    it, a run is left as is."""
    if "年度" not in text or ("／" not in text and "/" not in text):
        return text
    lines = text.split("\n")
    read = [_year_pairs(nfkc_form(line)) if _SLASH_RE.search(line) else None for line in lines]
    n = 1
    while n < len(lines):
        if read[n] is None or read[n - 1] is not None:
            n += 1
            continue
        end = n
        while end < len(lines) and read[end] is not None and read[end][1] == read[n][1]:
            end += 1
        caption = _caption(nfkc_form(lines[n - 1]))
        if end - n >= 2 and caption is not None:
            tag, number, name, unit, note = caption
            labels = [f"{label}（{unit}）" if unit else label for label in read[n][1]]
            lines[n - 1] = "\t".join(["年度", tag, *labels, *(["備考"] if note else [])])
            for r in range(n, end):
                year, _, figures = read[r]
                lines[r] = "\t".join([year, name, *figures, *([note] if note else [])])
        n = max(end, n + 1)
    return "\n".join(lines)


# 「　　1．減った　……　18.4％」: one option of a survey's question and the share that chose it, after leaders
# (NFKC spells 「……」 as dots).
_CHOICE_RE = re.compile(r"^\s*\d{1,2}\s*[.．)）]\s*(\S(?:.*?\S)?)\s*(?:[…‥]+|[.．]{2,}|[・･]{3,})\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*$")
# 「　回答者数：４１２人」「n=398」: the line a survey prints between its question and the options.
_RESPONDENTS_RE = re.compile(r"^\s*(?:回答者数|回答数|有効回答数|回収数|n)\s*[:：=＝]\s*\d[\d,]*\s*(?:人|件|票|名)?\s*$")


def choice_tables(text: str) -> str:
    """The text with each run of a survey question's options (「1．減った　……　18.4％」, two or more) under its
    回答者数 line turned into a table, line for line: the 回答者数 line becomes the header (選択肢 | 割合（％）) and each option a row, so the question line above stays the table's caption and the options are
    read as rows (the one chosen most, two options' shares summed). A run without a 回答者数 line over it is
    left as is: an ordinary numbered list with percentages is no survey's options."""
    if "％" not in text and "%" not in text:
        return text
    lines = text.split("\n")
    read = [_CHOICE_RE.match(nfkc_form(line)) if _PERCENT_RE.search(line) else None for line in lines]
    n = 1
    while n < len(lines):
        if read[n] is None or read[n - 1] is not None:
            n += 1
            continue
        end = n
        while end < len(lines) and read[end] is not None:
            end += 1
        base = _RESPONDENTS_RE.match(nfkc_form(lines[n - 1]))
        if end - n >= 2 and base is not None:
            # (the 回答者数 is no column: a column of equal counts beside the shares would be read as the
            # options' figures, 「一番多い」 over it a tie of every option)
            lines[n - 1] = "\t".join(["選択肢", "割合（％）"])
            for r in range(n, end):
                lines[r] = "\t".join([read[r].group(1).strip(), read[r].group(2)])
        n = max(end, n + 1)
    return "\n".join(lines)


def _year_pairs(line: str) -> tuple[str, tuple[str, ...], list[str]] | None:
    m = _YEAR_PAIRS_RE.match(line)
    if not m:
        return None
    pairs = [(m.group(2), m.group(3))] + re.findall(_PAIR, m.group(4))
    return m.group(1).strip(), tuple(label for label, _ in pairs), [figure for _, figure in pairs]


def _caption(line: str) -> tuple[str, str, str, str, str] | None:
    """「【指標１】現年度分収納率（単位：％）　※…」 → (指標, 1, 現年度分収納率, ％, ※…); None for no caption."""
    if not line.strip() or "\t" in line:
        return None
    tag = _CAPTION_TAG_RE.match(line)
    rest = line[tag.end():] if tag else line
    unit = _CAPTION_UNIT_RE.search(rest)
    note = re.search(r"[※＊*].*$", rest)
    name = rest[:note.start()] if note else rest
    name = _CAPTION_UNIT_RE.sub("", name).strip()
    if not name or len(name) > 30 or re.search(r"[。、]", name):
        return None
    word = re.sub(r"\s*\d+$", "", tag.group(1)).strip() if tag else ""
    number = re.search(r"\d+$", tag.group(1)) if tag else None
    return word or "項目", number.group(0) if number else "", name, unit.group(1).strip() if unit else "", \
        note.group(0).strip() if note else ""


def fixed_width_tables(text: str) -> str:
    """The text with each block of fixed-width columns turned into tab-separated rows, line for line.

    A block is a run of lines (rules allowed between them) each cut in two pieces or more by gaps of
    _GAP columns; its columns are the stretches between the display columns blank on every one of
    its lines, so right-aligned numbers and left-aligned headers fall in the same column."""
    if "  " not in text and "\u3000" not in text:
        return text
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        if not _aligned(lines[n]) or _unit_caption(lines[n]):
            n += 1
            continue
        end = n
        rows: list[int] = []
        subs: list[int] = []  # 「（西暦・年度）」 alone under one label of the header: more of that label
        while end < len(lines) and (RULE_LINE_RE.match(lines[end]) or _aligned(lines[end])
                                    or (len(rows) == 1 and end == rows[0] + 1 and _sub_label(lines[end]))) \
                and not _NOTE_RE.match(lines[end]) and not _unit_caption(lines[end]):
            if len(rows) == 1 and end == rows[0] + 1 and _sub_label(lines[end]):
                subs.append(end)
            elif not RULE_LINE_RE.match(lines[end]):
                rows.append(end)
            end += 1
        while (more := _next_part(lines, end, rows)) is not None:
            # 「【北部地区】」 over each group's rows, a blank line between the groups, the header alone
            # between its rules above them: one table, when the parts line up in the same columns.
            end, part, joins = more
            rows += part
            for j in joins:
                lines[j] = "---"  # (a blank line inside the table is layout, as a rule is: the table goes on)
        columns = _columns([lines[r] for r in rows]) if len(rows) >= _MIN_ROWS \
            and sum(len(_pieces(lines[r])) >= 3 for r in rows) >= 2 and not _listed(lines, rows) else []
        header = _underlined_header(lines, rows, columns)
        if (in_order := _pieces_in_order(lines, rows, columns)) is not None:
            for r in rows:
                lines[r] = in_order[r]
            rows = []
        elif header is not None:
            lines[rows[0]], columns = header
            rows = rows[1:]
        elif columns and (stacked := _stacked_header(lines, rows, columns)) is not None:
            k, joined, columns = stacked
            lines[rows[k - 1]] = joined
            rows = rows[k:]
        if len(columns) >= 3:
            for r in rows:
                lines[r] = _cells(lines[r], columns)
            if len(rows) >= 3 and rows[1] == rows[0] + 1:
                lines[rows[0]] = _groups_at_cycle_starts(lines[rows[0]], lines[rows[1]])
            for r in subs:
                # (the label joined to its column's name above; its own line, left, would end the table)
                lines[r - 1], lines[r] = _with_sub_label(lines[r - 1], lines[r], columns), "---"
        n = max(end, n + 1)  # a note spaced out is no block: past it
    return "\n".join(lines)


# 「【北部地区】」「＜中央地区＞」「■南部」: a group's label alone on its line, over the group's rows.
_GROUP_LINE_RE = re.compile(r"^[ \u3000]*(?:[【\[［<＜〈《][^】\]］>＞〉》]{1,20}[】\]］>＞〉》]|[■◆●□◇○][^\s　]{1,20})[ \u3000]*$")


def _block_end(lines: list[str], n: int) -> tuple[int, list[int]]:
    """The end of the run of aligned lines (rules allowed) from line n, and its aligned lines."""
    end, rows = n, []
    while end < len(lines) and (RULE_LINE_RE.match(lines[end]) or _aligned(lines[end])) \
            and not _NOTE_RE.match(lines[end]) and not _unit_caption(lines[end]):
        if not RULE_LINE_RE.match(lines[end]):
            rows.append(end)
        end += 1
    return end, rows


def _next_part(lines: list[str], end: int, rows: list[int]) -> tuple[int, list[int], list[int]] | None:
    """The next part of the same table after blank lines and group labels (「【中央地区】」) below line end:
    its end, its rows and the blank lines between, when it lines up with the rows so far (the columns of
    both together are those of the part with more rows); None otherwise (a table of other columns, a
    paragraph, a note)."""
    if not rows:
        return None
    at, blanks, groups, ruled = end, [], 0, False
    while at < len(lines) and (not lines[at].strip() or _GROUP_LINE_RE.match(lines[at])
                               or RULE_LINE_RE.match(lines[at])):
        if RULE_LINE_RE.match(lines[at]):
            ruled = True
        elif lines[at].strip():
            groups += 1
        else:
            blanks.append(at)
        at += 1
    if at == end or at >= len(lines) or len(blanks) > groups + 1 or not _aligned(lines[at]) \
            or _NOTE_RE.match(lines[at]) or _unit_caption(lines[at]):
        return None
    if not groups and not (ruled and blanks):
        # (a blank line alone parts two tables as often as it parts a table's groups: only a group's
        # label, or a rule after the blank line (the total ruled off below the rows), says it goes on)
        return None
    part_end, part = _block_end(lines, at)
    if not part:
        return None
    before, after, both = (_columns([lines[r] for r in rs]) for rs in (rows, part, rows + part))
    if len(rows) < _MIN_ROWS <= len(part) and len(after) >= 3 and groups and not blanks \
            and (ruled or RULE_LINE_RE.match(lines[end - 1])) \
            and all(_cut_labels(lines[r], after) is not None for r in rows):
        # (the header alone between its rules, a group's label under it: its labels, wider than the
        # figures under them (「令和４年度」 over 「計画　実績」), bridge the part's columns but each lies
        # over columns of it; the header is cut as a stacked one when the table is whole)
        return part_end, part, blanks
    # (the columns of the part with more rows: a label spaced out on one row, 「合　計」, cuts no column)
    more = before if len(rows) >= len(part) else after
    if len(both) < 3 or len(both) != len(more) or min(len(before), len(after)) < 2:
        return None
    return part_end, part, blanks


# 「①　窓口のキャッシュレス化の拡大について　→　了承」: a list's marker, spaced from its item.
_LIST_MARK_RE = re.compile(r"^(?:[①-⑳㉑-㉟]|[・●○◎◇◆□■▪])$")


def _listed(lines: list[str], rows: list[int]) -> bool:
    """Lines each opening with a list marker (①②③, ・) are a list's items spaced out (an item, an arrow,
    its result), not rows of a table: a table's numbering column is not written that way."""
    return all((pieces := _pieces(lines[r])) and _LIST_MARK_RE.match(pieces[0][2]) for r in rows)


def _sub_label(line: str) -> bool:
    """A second header line of one bracketed label, indented under the label it goes with
    (「削減年度」 over 「（西暦・年度）」): no row of its own."""
    pieces = _pieces(line)
    # (「（単位：千円）」 alone at the right is the unit of the table below a caption line, no label's)
    return len(pieces) == 1 and pieces[0][0] > 0 and bool(re.fullmatch(r"[(（][^()（）]{1,12}[)）]", pieces[0][2])) \
        and not _UNIT_NOTE_RE.match(pieces[0][2])


def _with_sub_label(header: str, sub: str, columns: list[tuple[int, int]]) -> str:
    """The header's cells (tab-separated already) with the sub-label joined to the cell of its column."""
    cells = header.split("\t")
    start, end, text = _pieces(sub)[0]
    at = max(range(len(columns)), key=lambda i: min(end, columns[i][1]) - max(start, columns[i][0]))
    if at < len(cells):
        cells[at] += text
    return "\t".join(cells)


def _unit_caption(line: str) -> bool:
    """A caption and its unit spaced apart (「1．健全化判断比率　　（単位：％）」), two pieces in all."""
    pieces = _pieces(line)
    if len(pieces) == 3 and pieces[1][0] - pieces[0][1] <= _GAP < pieces[2][0] - pieces[1][1] - _GAP:
        # 「表　設問別の回答件数　　　…（単位：件）」: the caption's own words one full-width space apart are
        # one caption (the gap before the unit is far wider); spanning the columns, it would fuse them
        pieces = [(pieces[0][0], pieces[1][1], f"{pieces[0][2]} {pieces[1][2]}"), pieces[2]]
    return len(pieces) == 2 and bool(_UNIT_NOTE_RE.match(pieces[-1][2]))


_PIPE_ROW_RE = re.compile(r"^\s*\|.*\|.*\|\s*$")


def _aligned(line: str) -> bool:
    """A line cut in two pieces or more by gaps (a line with tabs is a table row already)."""
    # (「【Ａ　窓口・手続のデジタル化】」, a group's label spaced inside its brackets, is one label, no row)
    # (「| １    | 設備の高効率化　　 | Ｂ |」: a Markdown row padded to line up is cut by its pipes already)
    return "\t" not in line and ("  " in line or "\u3000" in line) and len(_pieces(line)) >= 2 \
        and not _GROUP_LINE_RE.match(line) and not _PIPE_ROW_RE.match(line)


def _width(ch: str) -> int:
    # Ambiguous characters (○, ※, ①) are full-width in the Japanese fixed-width fonts that align these.
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1


def _pieces(line: str) -> list[tuple[int, int, str]]:
    """(first display column, column after the last, text) of each run of text between gaps."""
    out: list[tuple[int, int, str]] = []
    col = 0
    start = None
    blank = 0  # display columns of space since the last character
    text = ""
    for ch in line.rstrip("\r"):
        w = _width(ch)
        if ch in " \u3000":
            blank += w
        else:
            if start is not None and blank >= _GAP:
                out.append((start, col - blank, text))
                start = None
            if start is None:
                start, text = col, ch
            else:
                text += " " * (blank > 0) + ch
            blank = 0
        col += w
    if start is not None:
        out.append((start, col - blank, text))
    return out


def _columns(lines: list[str]) -> list[tuple[int, int]]:
    """The (start, end) display columns of each column: the text between runs of at least _GAP
    columns left blank on every line."""
    filled: set[int] = set()
    for line in lines:
        for start, end, _ in _pieces(line):
            filled.update(range(start, end))
    if not filled:
        return []
    out: list[tuple[int, int]] = []
    start = min(filled)
    last = start
    for col in sorted(filled)[1:]:
        if col - last - 1 >= _GAP:
            out.append((start, last + 1))
            start = col
        last = col
    out.append((start, last + 1))
    return out


def _cells(line: str, columns: list[tuple[int, int]]) -> str:
    cells = [""] * len(columns)
    for start, end, text in _pieces(line):
        # the column holding most of the piece
        at = max(range(len(columns)), key=lambda i: min(end, columns[i][1]) - max(start, columns[i][0]))
        cells[at] = f"{cells[at]} {text}".strip()
    return "\t".join(cells)


def _pieces_in_order(lines: list[str], rows: list[int], columns: list[tuple[int, int]]) -> dict[int, str] | None:
    """Each line of the block as its pieces in order, one a cell, when every line (the header too) has
    the same number of pieces, three or more, but the display columns blank on every line are fewer: a
    table padded by characters, not by display width (a program's str.ljust, full-width names padded with
    half-width spaces), whose columns drift line by line. None for a table whose columns line up."""
    if not columns or len(rows) < _MIN_ROWS:
        return None
    counts = {len(_pieces(lines[r])) for r in rows}
    if len(counts) != 1 or (count := counts.pop()) < 3 or len(columns) >= count:
        return None
    return {r: "\t".join(text for _, _, text in _pieces(lines[r])) for r in rows}


def _underlined_header(lines: list[str], rows: list[int], columns: list[tuple[int, int]]
                       ) -> tuple[str, list[tuple[int, int]]] | None:
    """The header row as cells, and the columns the rows under it have, when the header, underlined by
    a rule, runs two labels together (「利用者数（人）前年度比」: a label as wide as its column leaves
    no gap before the next): the labels are cut where the rows below leave a gap. None when the
    header needs no cutting or cannot be cut so that every column gets one label."""
    if len(rows) < _MIN_ROWS or rows[0] + 1 >= len(lines) or not RULE_LINE_RE.match(lines[rows[0] + 1]):
        return None
    body = _columns([lines[r] for r in rows[1:]])
    if len(body) <= max(len(columns), 2):
        return None
    whole = _cut_labels(lines[rows[0]], body)
    if whole is not None and all(whole[0]):
        # (each label printed apart over one column, though not within it (「提案件数」 left of its right-aligned
        # figures): the labels whole, none cut by the characters' nearest columns)
        return "\t".join(whole[0]), body
    labels = [text for _, _, text in _pieces(lines[rows[0]])]
    if len(labels) == len(body) and all(len(_pieces(lines[r])) == len(body) for r in rows[1:]):
        # (「年度　　差押件数　　差押金額（千円）…」 over rows of as many pieces, shifted by full-width spaces so that no
        # label sits over its own figures: the labels in order, one a column, none cut between two)
        return "\t".join(labels), body
    cells = [""] * len(body)
    for start, _end, text in _pieces(lines[rows[0]]):
        col = start
        for ch in text:
            # a character goes to the nearest column (a label is centred or aligned loosely over its own)
            mid = col + _width(ch) / 2
            at = min(range(len(body)), key=lambda i: max(body[i][0] - mid, mid - body[i][1], 0))
            cells[at] += ch
            col += _width(ch)
    cells = [c.strip() for c in cells]
    if not all(cells):
        return None
    return "\t".join(cells), body


def _stacked_header(lines: list[str], rows: list[int], columns: list[tuple[int, int]]
                    ) -> tuple[int, str, list[tuple[int, int]]] | None:
    """A header of one or two lines whose labels are one space apart (「令和元年度 令和2年度 令和3年度」
    over three right-aligned columns of figures, no rule under it), maybe with labels over groups of
    them on the line above (「利用件数（件）」): the rows below have more columns than the block
    counted with the header. Returns how many header lines there are, the header as one line of cells
    (each column named by its group and its own label: 利用件数（件）令和元年度) and the rows'
    columns; a group line above stays as printed. None when the labels cannot be cut so."""
    # (the header lines are as many as leave the rows below the most columns: one line of labels
    # over the figures, or that line and a line of group labels above it)
    # (when the best count is had both ways, one line of labels is tried first and, if it leaves a
    # column unnamed (「令和5年度」 over 「件数 金額」 with a column's figure under it), the two lines)
    bodies = {k: _columns([lines[r] for r in rows[k:]]) for k in (1, 2) if len(rows) - k >= _MIN_ROWS}
    best = max((len(b) for b in bodies.values()), default=0)
    for k in sorted(bodies, key=lambda k: (-len(bodies[k]), k)):
        body = bodies[k]
        if len(body) < best:
            return None
        if len(body) <= len(columns) or len(body) < 3:
            return None
        cut = [_cut_labels(lines[r], body) for r in rows[:k]]
        if any(c is None for c in cut):
            continue
        low, low_spans = list(cut[-1][0]), list(cut[-1][1])
        if k == 2:
            # (「番号」「状況」 printed on the upper line only, over one column each, beside the groups
            # over 「計画　実績」: a label of two lines' height (a merged cell) names its column)
            for n in range(len(body)):
                a, b = cut[0][1][n]
                if not low[n] and cut[0][0][n] \
                        and sum(min(b, e) > max(a, s) for s, e in body) == 1:
                    low[n], low_spans[n] = cut[0][0][n], (a, b)
        if not all(low):
            continue
        joined = list(low)
        if k == 2:
            top, top_spans = cut[0]
            groups = [(at, top_spans[at]) for at, label in enumerate(top) if label]
            for n in range(len(body)):
                # the group over a column: the label above that lies most over the printed piece its
                # own label came from (「令和元年度 令和2年度 令和3年度」 printed as one run is one group's)
                a, b = low_spans[n]
                over = max(groups, key=lambda g: min(b, g[1][1]) - max(a, g[1][0]), default=None)
                if over and min(b, over[1][1]) > max(a, over[1][0]) and top[over[0]] not in low[n]:
                    joined[n] = top[over[0]] + low[n]
            _spread_groups(top, low, joined)
        return k, "\t".join(joined), body
    return None


def _spread_groups(top: list[str], low: list[str], joined: list[str]) -> None:
    """A group's label printed over the first of its columns only (「令和5年度」 over 「件数」 of 「件数 金額」)
    also names the columns after it up to the next group's, when their own labels repeat under every
    group (件数 金額 件数 金額): a column left of every group, or whose label is its own (備考), keeps its name."""
    named = [n for n in range(len(low)) if joined[n] != low[n]]
    groups = sorted({n: next(t for t in top if t and joined[n].startswith(t)) for n in named}.items())
    if len(groups) < 2:
        return
    starts = [n for n, _ in groups]
    under: dict[str, list[str]] = {}
    for i, (n, group) in enumerate(groups):
        if i and groups[i - 1][1] == group:
            continue
        stop = next((m for m, g in groups[i + 1:] if g != group), len(low))
        under[group] = [low[m] for m in range(n, stop)]
    shared = set.intersection(*(set(labels) for labels in under.values()))
    for m in range(starts[0], len(low)):
        if joined[m] == low[m] and low[m] in shared:
            group = [g for n, g in groups if n <= m][-1]
            joined[m] = group + low[m]


def _groups_at_cycle_starts(top: str, low: str) -> str:
    """A line of group labels over a line of labels repeating as one cycle (廃止 縮小 … over 件数 金額 | 件数
    金額 | …), one group label over each cycle wherever in it it is printed (「廃止」 centred or right-aligned
    over 「件数 金額」 falls in the cell of 金額): each group label moved to the first cell of its cycle, as a
    merged header is read (a label names the cells from its own to the next). A label left of the cycles
    (年度) stays. The line as it is when the labels make no such cycles or a cycle has no group or two."""
    upper, lower = top.split("\t"), low.split("\t")
    if len(upper) != len(lower):
        return top
    for size in (2, 3, 4):
        for first in range(len(lower)):
            cycle = lower[first:first + size]
            rest = len(lower) - first
            if rest % size or rest // size < 2 or len(set(cycle)) != size or not all(cycle):
                continue
            if any(lower[first + k] != cycle[k % size] for k in range(rest)) or any(lower[:first]):
                continue
            owner: dict[int, str] = {}
            for n in range(first, len(upper)):
                if upper[n]:
                    if (n - first) // size in owner:
                        return top
                    owner[(n - first) // size] = upper[n]
            if len(owner) != rest // size:
                return top
            cells = upper[:first] + [""] * rest
            for k, label in owner.items():
                cells[first + k * size] = label
            return "\t".join(cells)
    return top


def _cut_labels(line: str, body: list[tuple[int, int]]
                ) -> tuple[list[str], list[tuple[int, int]]] | None:
    """The labels of a header line over the body's columns, and the display span of the printed piece
    each came from: a piece over one column is its label; a piece over several is cut at its single
    spaces when it holds one word per column, else it is one label over them all (a group's, kept at
    the first). None when a piece lies over no column or cannot be cut."""
    cells = [""] * len(body)
    spans = [(0, 0)] * len(body)
    for start, end, text in _pieces(line):
        over = [n for n, (a, b) in enumerate(body) if min(end, b) > max(start, a)]
        words = text.split(" ")
        if not over or any(cells[n] for n in over):
            return None
        if len(over) == 1 or (len(words) != len(over) and len(words) == 1):
            cells[over[0]], spans[over[0]] = text, (start, end)
        elif len(words) == len(over):
            for n, w in zip(over, words):
                cells[n], spans[n] = w, (start, end)
        else:
            return None
    return cells, spans
