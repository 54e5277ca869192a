"""One turn of the conversation: the question, understood conditions as chips, notes, the summary,
the rows as a sortable table (Enter opens a record) and the excerpts with the hits highlighted."""
from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import DataTable, Static

from assistant.kinds.registry import is_year_field
from assistant.labels import field_label, kind_label, provenance
from assistant.query.answer import Answer
from assistant.render import (asked_fields, asked_first_columns, compact_notes, lead_columns,
                              shorten_word_lists)
from assistant.tui.facets import removable
from assistant.tui.guard import guarded
from assistant.tui.widgets.charts import bar_chart, is_grouped
from assistant.tui.widgets.cells import (GRADE_FIELDS, cell, cell_plain, cut, highlighted, plain,
                                         short_source, sort_key)

MAX_EXCERPTS = 8
MAX_CHIPS = 12  # a pasted page can be read as dozens of conditions: the rest is counted
MIN_NAME = 12  # the name column never gets narrower than this (cells)
CHROME = 8  # conversation padding, the turn's border and the scrollbar
MAX_EXCERPT_CHARS = 240


class AnswerTable(DataTable):
    """The rows of one answer. `s` sorts by the cursor column (again: reverse), Enter opens the record."""

    BINDINGS = [
        Binding("s", "sort_column", "並べ替え"),
        Binding("enter", "open_record", "詳細", show=True),
    ]

    class OpenRecord(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, answer: Answer, **kwargs) -> None:
        super().__init__(cursor_type="cell", zebra_stripes=True, **kwargs)
        self.answer = answer
        self.columns_shown: list[str] = []
        self.sorted_by: tuple[str, bool] | None = None
        self._rows_width: int | None = None  # the table's width when its cached rows were drawn

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._rows_width is None:
            self._rows_width = self.size.width
        return super().render_lines(crop)

    def on_resize(self, event: events.Resize) -> None:
        """DataTable draws every cell again after any resize, yet only the filler at each row's end
        depends on the table's width: a change of height alone (the screen fits the table to the
        conversation after its first paint) keeps what was drawn."""
        if event.size.width == self._rows_width:
            event.prevent_default()  # DataTable's own handler is not called
        self._rows_width = event.size.width

    @guarded
    def on_mount(self) -> None:
        answer = self.answer
        cols = asked_first_columns(answer)
        self.columns_shown = cols
        widths = self._cut_widths(cols)
        for col in cols:
            self.add_column(field_label(col, self.answer.target), key=col)
        with_source = any(r.get("source") for r in answer.rows)
        if with_source:
            self.add_column("出典", key="@source")
        for i, row in enumerate(answer.rows):
            cells = [cut(cell(c, row.get(c)), widths[c]) if c in widths else cell(c, row.get(c)) for c in cols]
            if with_source:
                cells.append(short_source(str(row.get("source") or ""), row.get("line"), row.get("place")))
            self.add_row(*cells, key=str(i))

    def _cut_widths(self, cols: list[str]) -> dict[str, int]:
        """Widths for the long text columns among the key, the name and the asked-about columns
        (a title, a comment's text): what is left of the screen once the others are drawn, shared
        among them, so every asked-about column stays in view at 80 columns (at least MIN_NAME)."""
        head = lead_columns(cols) + [c for c in asked_fields(self.answer) if c not in lead_columns(cols)]
        room = self.screen.size.width or self.app.size.width
        for panel in self.screen.query("#facets"):
            room -= panel.outer_size.width if panel.display else 0
        room -= CHROME
        natural = {}
        for col in head:
            texts = [field_label(col, self.answer.target)] + [cell_plain(cell(col, r.get(col))) for r in self.answer.rows[:200]]
            natural[col] = max(cell_len(t) for t in texts) + (2 if col in GRADE_FIELDS or is_year_field(col) else 0)
        long = [c for c in head if natural[c] > 2 * MIN_NAME and not isinstance(self.answer.rows[0].get(c), (int, float))]
        room -= sum(natural[c] + 2 for c in head if c not in long)
        if not long or sum(natural[c] + 2 for c in long) <= room:
            return {}
        share = max(MIN_NAME, room // len(long) - 2)
        return {c: share for c in long}

    def record_key_at_cursor(self) -> str | None:
        if not self.row_count:
            return None
        try:
            row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        except Exception:
            return None
        return str(self.answer.rows[int(row_key.value)].get("key", ""))

    def action_open_record(self) -> None:
        key = self.record_key_at_cursor()
        if key:
            self.post_message(self.OpenRecord(key))

    def action_sort_column(self) -> None:
        if not self.row_count or not self.ordered_columns:
            return
        column = self.ordered_columns[self.cursor_coordinate.column]
        name = str(column.key.value)
        reverse = bool(self.sorted_by and self.sorted_by[0] == name and not self.sorted_by[1])
        self.sort(column.key, key=sort_key, reverse=reverse)
        self.sorted_by = (name, reverse)
        self.notify(f"「{column.label.plain}」の{'降順' if reverse else '昇順'}に並べました", timeout=2, markup=False)

    def rows_in_view(self) -> list[dict]:
        """The answer's rows in the order shown (after any sort)."""
        return [self.answer.rows[int(row.key.value)] for row in self.ordered_rows]

    def as_tsv(self) -> str:
        """The table as shown (column and row order), tab-separated with a header line; cells whole,
        not cut to the screen."""
        keys = [str(c.key.value) for c in self.ordered_columns]
        lines = ["\t".join(c.label.plain for c in self.ordered_columns)]
        for row in self.rows_in_view():
            values = [short_source(str(row.get("source") or ""), row.get("line")) if k == "@source"
                      else cell_plain(cell(k, row.get(k), whole=True)) for k in keys]
            lines.append("\t".join(v.replace("\t", " ") for v in values))
        return "\n".join(lines) + "\n"


class ConditionChip(Static, can_focus=True):
    """One understood condition. A condition (not the answer's shape) shows ×: a click, Backspace or
    Delete on it asks for the answer without it."""

    BINDINGS = [
        Binding("backspace", "remove", "条件を外す"),
        Binding("delete", "remove", "条件を外す", show=False),
        Binding("left", "neighbour(-1)", "前の条件", show=False),
        Binding("right", "neighbour(1)", "次の条件", show=False),
    ]

    class Remove(Message):
        def __init__(self, answer: Answer, index: int, label: str) -> None:
            super().__init__()
            self.answer = answer
            self.index = index
            self.label = label

    def __init__(self, answer: Answer, condition: dict, index: int | None) -> None:
        label = str(condition.get("label") or condition.get("field"))
        text = Text(f" {label} ")
        if index is not None:
            text.append("× ", style="bold")
        super().__init__(text, classes="chip" + (" -removable" if index is not None else ""))
        self.answer = answer
        self.condition = condition
        self.index = index
        self.can_focus = index is not None

    @property
    def removable(self) -> bool:
        return self.index is not None

    def action_remove(self) -> None:
        if self.index is not None:
            self.post_message(self.Remove(self.answer, self.index, str(self.condition.get("label") or "")))

    def on_click(self) -> None:
        self.action_remove()

    def action_neighbour(self, step: int) -> None:
        chips = [c for c in self.parent.query(ConditionChip) if c.removable] if self.parent else []
        if self in chips:
            chips[(chips.index(self) + step) % len(chips)].focus()


class CountChart(Static):
    """A grouped answer's counts as bars, drawn to the width the widget has."""

    def __init__(self, rows: list[dict], **kwargs) -> None:
        super().__init__(bar_chart(rows), **kwargs)
        self.rows = rows

    def on_resize(self) -> None:
        self.update(bar_chart(self.rows, max(20, self.size.width)))


class AnswerView(Vertical):
    """A question and its answer, kept in the scrolling conversation."""

    def __init__(self, answer: Answer, typed: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.answer = answer
        self.typed = typed

    def compose(self) -> ComposeResult:
        try:
            parts = list(self._parts())
        except Exception as exc:  # noqa: BLE001 - an odd answer must not break the conversation
            parts = [Static(Text(f"{self.answer.question}\n答えを表示できませんでした（{exc}）。"), classes="error")]
        yield from parts

    def _parts(self):
        a = self.answer
        head = Text()
        head.append("Q ", style="bold reverse")
        head.append(" ")
        head.append(a.question or "（空の質問）")
        if not self.typed:
            head.append("  （絞り込みで選択）", style="dim")
        yield Static(head, classes="question")
        if a.understood:
            conditions = removable(a)
            chips: list[Static] = []
            for c in a.understood[:MAX_CHIPS]:
                index = next((i for i, r in enumerate(conditions) if r == c), None)
                chips.append(ConditionChip(a, c, index))
            if len(a.understood) > MAX_CHIPS:
                chips.append(Static(Text(f" ほか{len(a.understood) - MAX_CHIPS}条件 "), classes="chip"))
            yield Horizontal(*chips, classes="chips")
        for note in compact_notes(a.notes):
            yield Static(Text(f"※\u00a0{note}"), classes="note")
        if a.error:
            yield Static(Text(a.error), classes="error")
        caveat = a.caveat if a.caveat and (a.summary or "").startswith(a.caveat) else ""
        if caveat:
            yield Static(Text(f"⚠\u00a0{shorten_word_lists(caveat)}"), classes="caveat")
        summary = Text(shorten_word_lists((a.summary or "")[len(caveat):]))
        if a.value is not None and a.rows == [] and str(a.value) not in (a.summary or ""):
            summary.append(f"  {plain(a.value)}", style="bold")
        yield Static(summary, classes="summary")
        if is_grouped(a.rows):
            yield Static(Text("グラフ", style="bold"), classes="table-title")
            yield CountChart(a.rows, classes="chart")
        if a.rows:
            group_by = (a.query or {}).get("group_by") if is_grouped(a.rows) else ""
            if group_by:
                title = f"{field_label(group_by, a.target)}別の{kind_label(a.target)}の件数（{len(a.rows)}区分）"
            else:
                title = f"{kind_label(a.target) if a.target else ''}（{a.count or len(a.rows)}件）"
            yield Static(Text(title, style="bold"), classes="table-title")
            yield AnswerTable(a, classes="answer-table")
        if a.excerpts:
            text = Text()
            for i, ex in enumerate(a.excerpts[:MAX_EXCERPTS]):
                if i:
                    text.append("\n")
                text.append(f"{provenance(ex)} {ex.get('key', '')}\n", style="dim")
                body = str(ex.get("text") or "")
                spans = [s for s in ex.get("highlights") or [] if len(s) == 2 and s[1] <= MAX_EXCERPT_CHARS]
                text.append("  ")
                text.append_text(highlighted(body[:MAX_EXCERPT_CHARS], spans))
                if len(body) > MAX_EXCERPT_CHARS:
                    text.append("…")
            if len(a.excerpts) > MAX_EXCERPTS:
                text.append(f"\n（ほか抜粋{len(a.excerpts) - MAX_EXCERPTS}件）", style="dim")
            yield Static(Text("抜粋", style="bold"), classes="table-title")
            yield Static(text, classes="excerpts")
        if a.suggestions:
            text = Text()
            text.append("こんな聞き方ができます:\n", style="bold")
            for s in a.suggestions:
                text.append(f"  → {s}\n", style="")
            yield Static(text, classes="suggestions")

    @property
    def chips(self) -> list[ConditionChip]:
        """The conditions that can be removed."""
        return [c for c in self.query(ConditionChip) if c.removable]

    @property
    def table(self) -> AnswerTable | None:
        found = self.query(AnswerTable)
        return found.first() if found else None
