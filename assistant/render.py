"""Rich rendering of an Answer for the terminal (the CLI's human-readable output)."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from assistant.labels import field_label, join_mapping, kind_label, provenance
from assistant.query.answer import Answer

MAX_CELL = 80


def plain(value) -> str:
    """A value as one line of text (lists joined with 、, objects as 「A市: 課 / B市: 課」, scores like 4.0
    keep their decimal)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(plain(v) for v in value)
    if isinstance(value, dict):
        return join_mapping(value)
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    return " ".join(str(value).split())


def highlighted(text: str, spans: list, style: str = "bold black on yellow") -> Text:
    out = Text(text)
    for start, end in spans or []:
        out.stylize(style, start, end)
    return out


def answer_renderable(answer: Answer):
    parts = []
    head = Text()
    head.append("質問: ", style="bold")
    head.append(answer.question)
    parts.append(head)
    if answer.understood:
        chips = Text("理解した条件: ", style="bold")
        for i, c in enumerate(answer.understood):
            if i:
                chips.append("  ")
            chips.append(f" {c['label']} ", style="black on cyan")
        parts.append(chips)
    for note in answer.notes:
        parts.append(Text(f"※ {note}", style="yellow"))
    if answer.error:
        parts.append(Text(f"エラー: {answer.error}", style="bold red"))
    caveat = answer.caveat if answer.summary.startswith(answer.caveat or "\0") else ""
    if caveat:
        parts.append(Text(f"⚠ {caveat}", style="bold yellow"))
    parts.append(Text(answer.summary[len(caveat):], style="bold green"))
    if answer.rows:
        table = Table(show_lines=False, header_style="bold", title=f"{kind_label(answer.target)}（{answer.count}件）")
        cols = answer.columns or [k for k in answer.rows[0] if k not in ("key", "place")]
        table.add_column("キー", no_wrap=True)
        for col in cols:
            table.add_column(field_label(col), overflow="fold")
        table.add_column("出典", no_wrap=True)
        for row in answer.rows:
            cells = [plain(row.get(c))[:MAX_CELL] for c in cols]
            table.add_row(str(row.get("key", "")), *cells, provenance(row, compact=True))
        parts.append(table)
    if answer.excerpts:
        parts.append(Text("抜粋:", style="bold"))
        for ex in answer.excerpts[:10]:
            line = Text(f"[{provenance(ex)} {ex['key']}] ", style="dim")
            line.append_text(highlighted(ex["text"][:400], [s for s in ex.get("highlights", []) if s[1] <= 400]))
            parts.append(line)
    for s in answer.suggestions:
        parts.append(Text(f"→ {s}", style="cyan"))
    return Panel(Group(*parts), expand=True)


def print_answer(answer: Answer, console: Console | None = None) -> None:
    (console or Console()).print(answer_renderable(answer))
