"""One turn of the conversation: the question, understood conditions as chips, notes, the summary,
the rows as a sortable table (Enter opens a record) and the excerpts with the hits highlighted."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Static

from assistant.labels import field_label, kind_label, provenance
from assistant.query.answer import Answer
from assistant.tui.guard import guarded
from assistant.tui.widgets.cells import cell, cell_plain, highlighted, plain, short_source, sort_key

MAX_EXCERPTS = 8
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

    @guarded
    def on_mount(self) -> None:
        answer = self.answer
        cols = list(answer.columns or [k for k in answer.rows[0] if k not in ("key", "source", "line", "end_line", "place")])
        self.columns_shown = cols
        for col in cols:
            self.add_column(field_label(col), key=col)
        with_source = any(r.get("source") for r in answer.rows)
        if with_source:
            self.add_column("出典", key="@source")
        for i, row in enumerate(answer.rows):
            cells = [cell(c, row.get(c)) for c in cols]
            if with_source:
                cells.append(short_source(str(row.get("source") or ""), row.get("line"), row.get("place")))
            self.add_row(*cells, key=str(i))

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

    def as_tsv(self) -> str:
        """The table as shown (current order), tab-separated with a header line."""
        header = [c.label.plain for c in self.ordered_columns]
        lines = ["\t".join(header)]
        for i in range(self.row_count):
            values = self.get_row_at(i)
            lines.append("\t".join(cell_plain(v).replace("\t", " ") for v in values))
        return "\n".join(lines) + "\n"


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
            chips = Text()
            for i, c in enumerate(a.understood):
                if i:
                    chips.append(" ")
                chips.append(f" {c.get('label') or c.get('field')} ", style="#ffffff on #005f87")
            yield Static(chips, classes="chips")
        for note in a.notes:
            yield Static(Text(f"※\u00a0{note}"), classes="note")
        if a.error:
            yield Static(Text(a.error), classes="error")
        caveat = a.caveat if a.caveat and (a.summary or "").startswith(a.caveat) else ""
        if caveat:
            yield Static(Text(f"⚠\u00a0{caveat}"), classes="caveat")
        summary = Text((a.summary or "")[len(caveat):])
        if a.value is not None and a.rows == [] and str(a.value) not in (a.summary or ""):
            summary.append(f"  {plain(a.value)}", style="bold")
        yield Static(summary, classes="summary")
        if a.rows:
            kind = kind_label(a.target) if a.target else ""
            yield Static(Text(f"{kind}（{a.count or len(a.rows)}件）", style="bold"), classes="table-title")
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
    def table(self) -> AnswerTable | None:
        found = self.query(AnswerTable)
        return found.first() if found else None
