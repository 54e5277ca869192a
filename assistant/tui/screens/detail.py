"""A record's detail: every field; for a practice item its grade timeline, scores, initiative and
committee comments, the whole progress sheet by year, conflicts between copies, and the source lines."""
from __future__ import annotations


from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, LoadingIndicator, Static

from assistant.conflict_labels import conflict_lines
from assistant.errors import GyokakuError
from assistant.kinds.registry import link_columns
from assistant.labels import field_label, kind_label, provenance
from assistant.query.answer import Answer
from assistant.query.execute import display_columns
from assistant.tui.guard import guarded
from assistant.tui.records import Detail, load_detail
from assistant.tui.widgets.answer_view import AnswerTable
from assistant.tui.widgets.charts import grade_timeline
from assistant.tui.widgets.cells import GRADE_STYLES, grade, plain
from assistant.tui.widgets.footer import KeysFooter
from assistant.kinds.registry import is_year_field, year_fields

_HIDDEN = {"key", "source", "line", "end_line"}
_SCORES = ["progress", "collaboration", "efficiency", "creativity", "total", "overall"]


def _fields_table(row: dict, kind: str, skip: set[str] = frozenset()) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for name, value in row.items():
        # a link column holds the parent's key: the parent has its own section
        if name in _HIDDEN or name in skip or name in link_columns() or value in (None, "", [], {}, "[]", "{}"):
            continue
        if is_year_field(name) or name in ("overall", "self_overall"):
            table.add_row(field_label(name, kind), grade(value))
        else:
            table.add_row(field_label(name, kind), Text(plain(value) if isinstance(value, (list, dict)) else str(value)))
    return table


def timeline(row: dict) -> Text:
    """The yearly grades (R2 → R5 in the shipped report) as coloured blocks (A green, B yellow, C red, - grey)."""
    text = Text()
    for i, y in enumerate(year_fields(row)):
        if i:
            text.append(" → ", style="dim")
        value = plain(row.get(y)) or "-"
        text.append(f"{y.upper()} ", style="bold")
        text.append(f" {value} ", style=GRADE_STYLES.get(value, GRADE_STYLES["-"]))
    return text


def _scores(row: dict) -> Text:
    text = Text()
    for name in _SCORES:
        if row.get(name) in (None, ""):
            continue
        text.append(f"{field_label(name)} ", style="bold")
        text.append_text(grade(row[name]) if name == "overall" else Text(plain(row[name])))
        text.append("   ")
    return text


def _heading(title: str) -> Text:
    return Text(title, style="bold underline")


def _year_block(year: str, block: dict) -> Group:
    parts: list = [Text(f"■ {year or '年度不明'}", style="bold #5fafff")]
    for e in block["entries"]:
        status = f"（{e['status']}）" if e.get("status") else ""
        parts.append(Text(f"  取組{e.get('n') or ''}{status}", style="bold"))
        if e.get("plan"):
            parts.append(Text(f"    取組予定：{e['plan']}"))
        if e.get("result"):
            parts.append(Text(f"    取組結果：{e['result']}"))
    for s in block["self_eval"]:
        line = Text()
        line.append("  自己評価：", style="bold")
        line.append_text(_scores(s))
        parts.append(line)
        for name, value in s.items():
            if name.startswith("reason_") and value:
                label = field_label(name.removeprefix("reason_"))
                parts.append(Text(f"    {label}の理由：{value}"))
    for c in block["challenges"]:
        if c.get("problem"):
            parts.append(Text(f"  課題・問題点：{c['problem']}"))
        if c.get("solution"):
            parts.append(Text(f"  解決方法：{c['solution']}"))
    return Group(*parts)


def source_view(d: Detail) -> Text:
    text = Text()
    first, last = d.own_lines
    width = len(str(d.source_lines[-1][0])) if d.source_lines else 3
    for n, line in d.source_lines:
        own = first <= n <= last
        text.append(f"{n:>{width}}", style="bold #ffd75f" if own else "dim")
        row = Text("▌" if own else "│", style="bold #ffd75f" if own else "dim")
        for i, cell in enumerate(line.split("\t")):
            if i:
                row.append(" ¦ ", style="dim")
            row.append(cell)
        if own:
            row.stylize("on #303a4a")
        text.append_text(row)
        text.append("\n")
    return text


def sections(d: Detail) -> list:
    """The detail as a list of Rich renderables, one per section."""
    row = d.row
    out: list = []
    head = Text()
    head.append(f"{kind_label(d.kind)} {row.get('code') or d.key.partition(':')[2]}", style="bold reverse")
    head.append(" ")
    head.append(d.title, style="bold")
    head.append(f"\n{provenance({**row, 'place': d.place})}  キー {d.key}", style="dim")
    out.append(head)
    if d.kind == "practice":
        out.append(Group(_heading("評価の推移"), grade_timeline(row), timeline(row)))
        out.append(Group(_heading("総括"), _scores(row)))
        skip = set(year_fields(row)) | set(_SCORES)
        out.append(Group(_heading("項目"), _fields_table(row, d.kind, skip)))
    else:
        out.append(Group(_heading("項目"), _fields_table(row, d.kind)))
    if d.initiative:
        ini = d.initiative
        text = Text()
        text.append(f"No.{ini.get('code')} {ini.get('title', '')}\n", style="bold")
        if ini.get("committee_score") is not None:
            text.append("委員評価 ", style="bold")
            text.append(f"{plain(ini['committee_score'])}   ")
        if ini.get("self_overall"):
            text.append("自己評価(総合評価) ", style="bold")
            text.append_text(grade(ini["self_overall"]))
        out.append(Group(_heading("取組項目"), text))
    if d.comments:
        text = Text()
        for c in d.comments:
            text.append(f"{c.get('n') or ''}．", style="bold")
            text.append(f"{c.get('text', '')}\n")
        out.append(Group(_heading(f"委員の意見（{len(d.comments)}件）"), text))
    if d.sheet or d.years:
        parts: list = [_heading("進捗状況シート")]
        if d.sheet:
            for name in ("schedule", "ended_text", "notes"):
                if d.sheet.get(name):
                    parts.append(Text(f"{field_label(name)}:", style="bold"))
                    parts.append(Text("  " + str(d.sheet[name]).replace("\n", "\n  ")))
        for year, block in d.years.items():
            parts.append(_year_block(year, block))
        out.append(Group(*parts))
    if d.conflicts:
        text = Text()
        for c in d.conflicts:
            head, *rest = conflict_lines(c)
            text.append(head + "\n", style="bold")
            for line in rest:
                text.append(f"  {line}\n", style="" if line.lstrip().startswith("→") else "dim")
        out.append(Group(_heading(f"資料の間の食い違い（{len(d.conflicts)}件）"), text))
    if d.source_lines:
        out.append(Group(_heading(f"原文 {d.source_title}（{row.get('source')}）"), source_view(d)))
    return out


class DetailScreen(Screen):
    BINDINGS = [
        Binding("escape", "back", "戻る"),
        Binding("q", "back", "戻る", show=False),
    ]

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.detail: Detail | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="detail-body"):
            yield LoadingIndicator()
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = self.key
        self._load()
        self._load_related()

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _load(self) -> None:
        db = None
        try:
            from assistant.store.search import open_index

            db = open_index(self.app.index_path)
            detail = load_detail(db, self.key)
        except GyokakuError as exc:
            self.app.call_from_thread(self._failed, exc.message)
            return
        except Exception as exc:  # noqa: BLE001
            self.app.call_from_thread(self._failed, f"記録 {self.key} を読み込めません（{exc}）。")
            return
        finally:
            if db is not None:
                db.conn.close()
        self.app.call_from_thread(self._show, detail)

    def _failed(self, message: str) -> None:
        body = self.query_one("#detail-body", VerticalScroll)
        body.remove_children()
        body.mount(Static(Text(message, style="bold red")))
        self.notify(message, severity="error", markup=False)

    @guarded
    def _show(self, d: Detail) -> None:
        self.detail = d
        body = self.query_one("#detail-body", VerticalScroll)
        body.remove_children()
        widgets = [Static(part, classes="section") for part in sections(d)]
        if d.practices:
            answer = Answer(question="", target="practice", rows=d.practices,
                            columns=display_columns("practice", d.practices), count=len(d.practices))
            at = 2 if len(widgets) > 2 else len(widgets)
            widgets.insert(at, Static(Text(f"実践項目（{len(d.practices)}件）Enterで詳細", style="bold underline"),
                                      classes="section-title"))
            widgets.insert(at + 1, AnswerTable(answer, classes="answer-table"))
        body.mount_all(widgets)
        body.focus()

    @guarded
    def on_answer_table_open_record(self, event: AnswerTable.OpenRecord) -> None:
        event.stop()
        self.app.push_screen(DetailScreen(event.key))

    def action_back(self) -> None:
        self.app.pop_screen()

    # ---------------------------------------------------------------- 関連する他の資料の取組
    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def _load_related(self) -> None:
        """The closest records of other documents (query/related.py), shown below the detail; the
        first call in a process builds the term vectors, so it runs beside the detail's own load."""
        from assistant.query.related import related_answer
        from assistant.store.search import open_index

        db = None
        try:
            db = open_index(self.app.index_path)
            answer = related_answer(db, "", [{"key": self.key}])
        except Exception:  # noqa: BLE001 - the section is an extra: the detail stands without it
            return
        finally:
            if db is not None:
                db.conn.close()
        if not answer.rows:
            return
        # The detail's own load replaces the body when it finishes: the section goes in after it.
        import time

        for _ in range(600):
            if not any(w.group == "detail" and w.node is self and not w.is_finished for w in self.app.workers):
                break
            time.sleep(0.05)
        self.app.call_from_thread(self._show_related, answer)

    @guarded
    def _show_related(self, answer: Answer) -> None:
        if self.detail is None or not self.is_attached:  # the detail failed, or the screen was left
            return
        body = self.query_one("#detail-body", VerticalScroll)
        title = Text("関連する他の資料の取組", style="bold underline")
        title.append(f"（{len(answer.rows)}件、本文の語が近い順。Enterで詳細）", style="dim")
        body.mount(Static(title, classes="section-title", id="related-title"))
        body.mount(AnswerTable(answer, classes="answer-table", id="related-table"))
