"""The CLI's human-readable answer, readable at any width (an 80-column terminal, a pipe).

Records print as a table only when every shown column fits at its full width; otherwise as cards
(one 「項目: 値」 line per field), or, for many records, as a table of the key columns with the other
fields named so they can be asked for with --columns. A column is never squeezed to nothing.
Columns come in one order for every surface (render.asked_first_columns: what the question filters,
sorts or asks for right after the key and the name). Grouped answers and a number asked of several
records also get text bars (export/chart.py, the same series the XLSX chart draws).
"""
from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from assistant.export.chart import Chart, answer_chart
from assistant.labels import field_label, kind_label, provenance
from assistant.query.answer import Answer
from assistant.render import asked_fields, asked_first_columns, compact_notes, highlighted, plain, shorten_word_lists

MAX_CELL = 80  # a table cell longer than this is cut (cards show values whole)
CARD_ROWS = 20
MIN_NAME = 16  # a name cut shorter than this says too little: cards instead
_NAME_FIELDS = ("title", "name", "question", "topic")  # up to this many records print as cards when the full table does not fit
BAR_WIDTH = 40  # the longest bar, in cells (less on a narrow terminal)
MAX_EXCERPTS = 10
SOURCE = "@source"
_SEP = " ／ "  # between the 「項目: 値」 pairs of a card line  # the 出典 column (file:line), not a record field


# A line never starts with these (Japanese line-breaking rules, 行頭禁則): they stay on the line before.
_NO_LINE_START = set("、。，．）」』】〕〉》・ー！？!?)]:：")


class Folded:
    """A Text broken into lines at the width by characters, as Japanese is written (rich breaks at
    spaces, which leaves 「実践項目」 alone at the end of a line and folds the rest a line later)."""

    def __init__(self, text: Text, indent: int = 0) -> None:
        self.text = text
        self.indent = indent

    def __rich_console__(self, console, options):
        width = max(8, options.max_width)
        for line in self.text.split("\n", allow_blank=True):
            yield from fold_line(line, width, self.indent)


def fold_line(line: Text, width: int, indent: int = 0) -> list[Text]:
    """`line` cut into pieces of at most `width` cells; pieces after the first are indented."""
    plain_text = line.plain
    cuts, used, start_width = [], 0, width
    for i, ch in enumerate(plain_text):
        w = cell_len(ch)
        if used + w > start_width and i > 0:
            cut = i
            if ch in _NO_LINE_START and i - 1 > (cuts[-1] if cuts else 0):
                cut = i - 1  # carry the last character over with the mark
            cuts.append(cut)
            used = indent + cell_len(plain_text[cut:i + 1])
            start_width = width
            continue
        used += w
    pieces = line.divide(cuts) if cuts else [line]
    out = []
    for n, piece in enumerate(pieces):
        if n and indent:
            piece = Text(" " * indent) + piece
        piece.no_wrap = True
        out.append(piece)
    return out


class ColumnError(ValueError):
    """A --columns name that the answer does not have (the message is Japanese)."""


def chosen_columns(answer: Answer, spec: str | None) -> list[str]:
    """The columns to show: the asked-first order, or those `spec` names (Japanese labels or field
    names, comma-separated: 「キー,名称,総合評価」, 「code,title,overall」)."""
    default = [c for c in asked_first_columns(answer) if c != "key"]
    source = [SOURCE] if any(r.get("source") for r in answer.rows) else []
    if not spec:
        return ["key", *default, *source]
    available = ["key", *default, *[c for c in _row_fields(answer) if c not in default and c != "key"], SOURCE]
    by_name: dict[str, str] = {}
    for col in available:
        for name in (col, _label(col, answer.target)):
            by_name.setdefault(name.strip().lower(), col)
    out, unknown = [], []
    for word in (w.strip() for w in spec.replace("、", ",").replace("，", ",").split(",")):
        if not word:
            continue
        col = by_name.get(word.lower())
        if col is None:
            unknown.append(word)
        elif col not in out:
            out.append(col)
    if unknown or not out:
        names = "、".join(dict.fromkeys(_label(c, answer.target) for c in available))
        raise ColumnError(f"--columns の「{'、'.join(unknown) or spec}」はこの回答の項目にありません。"
                          f"選べる項目: {names}")
    return out


def _row_fields(answer: Answer) -> list[str]:
    seen: dict[str, None] = {}
    for row in answer.rows:
        for k in row:
            if k not in ("source", "line", "end_line", "place"):
                seen.setdefault(k)
    return list(seen)


def _label(col: str, kind: str) -> str:
    if col == SOURCE:
        return "出典"
    return field_label(col, kind)


def _value(row: dict, col: str) -> str:
    if col == SOURCE:
        return provenance(row, compact=True)  # 「a.pdf 3ページ」 where the document has pages
    return plain(row.get(col))


def _table_width(widths: list[int]) -> int:
    # rich's default box: one space of padding each side of a cell, one rule between and around cells
    return sum(widths) + 3 * len(widths) + 1


def records_renderable(answer: Answer, width: int, columns: list[str] | None = None, cards: bool = False):
    """The answer's rows as a table, cards or a key-column table, whichever is readable at `width`."""
    cols = columns or chosen_columns(answer, None)
    title = f"{kind_label(answer.target)}（{answer.count}件）"
    cells = [[_value(row, c) for c in cols] for row in answer.rows]
    widths = [max([cell_len(_label(c, answer.target))] + [cell_len(r[i][:MAX_CELL]) for r in cells])
              for i, c in enumerate(cols)]
    if not cards and _table_width(widths) <= width:
        return _table(answer, title, cols, cells)
    if cards or len(answer.rows) <= CARD_ROWS:
        return _cards(answer, title, cols, cells, width)
    # Many records: the key, the name (cut to the room left), the asked-first columns that fit whole
    # (stopping at the first that does not, so a later column never stands in for an asked one).
    name = next((i for i, c in enumerate(cols) if c in _NAME_FIELDS), None)
    keep = [i for i, c in enumerate(cols) if c in ("key", SOURCE)]
    if name is not None:
        keep.append(name)
    sized = {i: widths[i] for i in keep}
    if name is not None:
        sized[name] = min(widths[name], MIN_NAME)
    asked = set(asked_fields(answer))
    # The asked columns first (the name at its shortest), then the name at full width, then the rest.
    for i, c in enumerate(cols):
        if i in sized or c not in asked:
            continue
        if _table_width(list(sized.values()) + [widths[i]]) > width:
            break
        sized[i] = widths[i]
    if name is not None:  # the name takes what is left, up to its full width
        sized[name] = min(widths[name], width - _table_width([w for j, w in sized.items() if j != name]) - 3)
    for i, c in enumerate(cols):
        if i in sized or c in asked or _repeats_key(answer, c):
            continue
        if _table_width(list(sized.values()) + [widths[i]]) > width:
            break
        sized[i] = widths[i]
    keep = sorted(sized)
    if _table_width(list(sized.values())) > width or (name is not None and sized[name] < MIN_NAME):
        return _cards(answer, title, cols, cells, width)
    shown = [cols[j] for j in keep]
    table = _table(answer, title, shown, [[r[j] for j in keep] for r in cells],
                   {cols[j]: sized[j] for j in keep})
    hidden = [_label(c, answer.target) for c in cols if c not in shown and not _repeats_key(answer, c)]
    if not hidden:
        return table
    note = Text(f"幅が足りないため表示していない項目: {'、'.join(hidden)}（--columns で選ぶか、--cards で"
                "すべての項目を記録ごとに表示できます）", style="dim")
    return Group(table, Folded(note))


def _table(answer: Answer, title: str, cols: list[str], cells: list[list[str]],
           widths: dict[str, int] | None = None) -> Table:
    table = Table(title=title, header_style="bold", show_lines=False)
    for c in cols:
        table.add_column(_label(c, answer.target), no_wrap=True, overflow="ellipsis",
                         max_width=(widths or {}).get(c))
    for row in cells:
        table.add_row(*(v[:MAX_CELL] for v in row))
    return table


def _cards(answer: Answer, title: str, cols: list[str], cells: list[list[str]], width: int) -> Group:
    """One block per record: the key and name, then 「項目: 値」 pairs packed into lines of `width`
    (a pair is never split; one longer than a line has the line to itself)."""
    parts: list = [Text(title, style="bold")]
    name_col = next((c for c in _NAME_FIELDS if c in cols), None)
    for row in cells:
        values = dict(zip(cols, row))
        key = values.get("key", "")
        head = Text("■ ", style="bold")
        head.append(key, style="bold")
        if name_col and values.get(name_col):
            head.append(f" {values[name_col]}")
        parts.append(Folded(head, indent=2))
        line, used = Text("  "), 2
        for c in cols:
            if c in ("key", name_col) or values[c] == "" or (c == "code" and key.endswith(f":{values[c]}")):
                continue
            pair = Text(f"{_label(c, answer.target)}: ", style="cyan")
            pair.append(values[c])
            need = cell_len(pair.plain) + (cell_len(_SEP) if used > 2 else 0)
            if used > 2 and used + need > width:
                parts.append(Folded(line, indent=4))
                line, used = Text("  "), 2
                need = cell_len(pair.plain)
            if used > 2:
                line.append(_SEP, style="dim")
            line.append_text(pair)
            used += need
        if used > 2:
            parts.append(Folded(line, indent=4))
    return Group(*parts)


def _repeats_key(answer: Answer, col: str) -> bool:
    """A code column that only repeats the key (practice:8 and 8)."""
    return col == "code" and all(str(r.get("key", "")).endswith(f":{r.get('code')}") for r in answer.rows)


def bars_renderable(chart: Chart, width: int) -> Group:
    """The series as text bars: 「A  ████████ 58」, one line per label, the longest bar scaled to fit."""
    labels = [label or "（空欄）" for label, _ in chart.bars]
    numbers = [_number_text(v) for _, v in chart.bars]
    label_w = min(max(cell_len(x) for x in labels), max(8, width // 3))
    number_w = max(len(n) for n in numbers)
    room = max(10, min(BAR_WIDTH, width - label_w - number_w - 4))
    top = max((v for _, v in chart.bars), default=0) or 1
    lines: list = [Text(chart.title, style="bold")]
    for label, number, (_, value) in zip(labels, numbers, chart.bars):
        text = Text(_fit(label, label_w) + "  ")
        eighths = round(value / top * room * 8) if value > 0 else 0
        bar = "█" * (eighths // 8) + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[eighths % 8]
        text.append(bar or ("▏" if value > 0 else ""), style="green")
        text.append(f" {number}")
        lines.append(text)
    return Group(*lines)


def _number_text(v) -> str:
    return f"{v:.1f}" if isinstance(v, float) else str(v)


def _fit(text: str, width: int) -> str:
    """`text` cut or padded to `width` cells (wide characters count two)."""
    out, used = "", 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - (1 if cell_len(text) > width else 0):
            out += "…"
            used += 1
            break
        out += ch
        used += w
    return out + " " * max(0, width - used)


def answer_renderable(answer: Answer, width: int, columns: list[str] | None = None, cards: bool = False):
    parts: list = [Rule(style="dim")]
    head = Text("質問: ", style="bold")
    head.append(answer.question)
    parts.append(Folded(head))
    if answer.understood:
        chips = Text("理解した条件: ", style="bold")
        for i, c in enumerate(answer.understood):
            if i:
                chips.append("  ")
            chips.append(f" {c.get('label') or c.get('field')} ", style="black on cyan")
        parts.append(Folded(chips, indent=2))
    for note in compact_notes(answer.notes):  # a long paste's notes, summed up (JSON keeps them all)
        parts.append(Folded(Text(f"※ {note}", style="yellow"), indent=2))
    if answer.error:
        parts.append(Folded(Text(f"エラー: {answer.error}", style="bold red")))
    caveat = answer.caveat if answer.caveat and answer.summary.startswith(answer.caveat) else ""
    if caveat:
        parts.append(Folded(Text(f"⚠ {shorten_word_lists(caveat)}", style="bold yellow")))
    parts.append(Folded(Text(shorten_word_lists(answer.summary[len(caveat):]), style="bold green")))
    chart = answer_chart(answer)
    if chart is not None:
        parts.append(bars_renderable(chart, width))
    grouped = chart is not None and list(answer.columns)[:2] == ["group", "count"]
    if answer.rows and (not grouped or columns or cards):  # a group's bars show its label and count
        parts.append(records_renderable(answer, width, columns, cards))
    if answer.excerpts:
        parts.append(Text("抜粋:", style="bold"))
        for ex in answer.excerpts[:MAX_EXCERPTS]:
            line = Text(f"[{provenance(ex)} {ex['key']}] ", style="dim")
            line.append_text(highlighted(ex["text"][:400], [s for s in ex.get("highlights", []) if s[1] <= 400]))
            parts.append(Folded(line, indent=2))
    for s in answer.suggestions:
        parts.append(Folded(Text(f"→ {s}", style="cyan"), indent=2))
    return Group(*parts)


def print_answer(answer: Answer, console: Console | None = None, columns: list[str] | None = None,
                 cards: bool = False) -> None:
    console = console or Console()
    console.print(answer_renderable(answer, console.width, columns, cards))


# ---------------------------------------------------------------- gyokaku check
def print_check(conflicts: list[dict], warnings: list[dict], warning_kinds: dict[str, str],
                console: Console | None = None) -> None:
    """Conflicts and reading notes as blocks of lines (a five-column table is unreadable at 80
    columns): the record and field, the value kept, each copy by its Japanese name with its line."""
    from assistant.conflict_labels import conflict_field_label, value_text, where_label

    console = console or Console()

    def say(text: str, style: str = "", indent: int = 4) -> None:
        console.print(Folded(Text(text, style=style), indent=indent))

    say(f"資料間の食い違い（{len(conflicts)}件）", "bold")
    for r in conflicts:
        kind, _, code = str(r["record"]).partition(":")
        say(f"■ {kind_label(kind)} {code}  {conflict_field_label(str(r['field']))}  （{r['source']}）", "bold", 2)
        say(f"  採用した値：{value_text(r['chosen'])}")
        for c in r["copies"]:
            say(f"  ・{where_label(str(c.get('where') or ''))}（{c.get('line')}行目）：{value_text(c.get('value'))}")
        if r.get("note"):
            say(f"  理由：{r['note']}", "dim")
    if not warnings:
        say("読み取りの注意はありません（欠けた写しや分断された行は見つかりませんでした）。")
        return
    say(f"読み取りの注意（{len(warnings)}件）", "bold")
    for w in warnings:
        where = f"{w['line']}行目" if w["line"] else "文書全体"
        record = f"  {w['record']}" if w["record"] else ""
        say(f"■ {w['source']} {where}  {warning_kinds.get(w['kind'], w['kind'])}{record}", "bold", 2)
        say(f"  {w['note']}")
