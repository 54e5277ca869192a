"""Markdown: question and conditions, a pipe table (pipes escaped, line breaks as <br>), summary,
notes and excerpts (matched words in bold), and a line saying how the file was made."""
from __future__ import annotations

import re
from datetime import datetime

import assistant
from assistant.export.cells import answer_table, is_formula_like, neutralise, text_of
from assistant.labels import kind_label, provenance

_SPECIAL = re.compile(r"([\\`*\[\]|])")
_EDGE_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")  # intraword _ (file_name.txt) cannot emphasise


def escape_inline(text: str) -> str:
    """Text shown literally inside Markdown (a table cell or a paragraph)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    text = _EDGE_UNDERSCORE.sub(r"\\_", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def table_cell(value) -> str:
    """One pipe-table cell: formula-like text neutralised, then escaped."""
    return escape_inline(text_of(neutralise(value)))


def _highlighted(text: str, spans) -> str:
    out, pos = [], 0
    for span in sorted(spans or []):
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if start < pos or end <= start or end > len(text):
            continue
        out.append(escape_inline(text[pos:start]))
        out.append("**" + escape_inline(text[start:end]) + "**")
        pos = end
    out.append(escape_inline(text[pos:]))
    return "".join(out)


def to_markdown(answer, english_keys: bool = False, db=None, generated_at: str | None = None) -> str:
    generated_at = generated_at or datetime.now().astimezone().isoformat(timespec="seconds")
    lines: list[str] = []
    title = answer.question or kind_label(answer.target)
    lines.append(f"# {table_cell(title)}")
    lines.append("")
    if answer.target:
        lines.append(f"- 対象: {escape_inline(kind_label(answer.target))}")
    for cond in answer.understood or []:
        label = cond.get("label") or f"{cond.get('field')} {cond.get('op')} {cond.get('value')}"
        lines.append(f"- 条件: {table_cell(str(label))}")
    lines.append("")
    if answer.error:
        lines.append(f"> エラー: {escape_inline(answer.error)}")
        lines.append("")
    headers, rows = answer_table(answer, english_keys)
    if headers and (rows or not answer.error):
        lines.append("| " + " | ".join(table_cell(h) for h in headers) + " |")
        lines.append("|" + "|".join("---:" if _numeric_column(rows, i) else "---" for i in range(len(headers))) + "|")
        for row in rows:
            lines.append("| " + " | ".join(table_cell(c) for c in row) + " |")
        lines.append("")
    if answer.summary:
        lines.append(table_cell(answer.summary))
        lines.append("")
    if answer.value is not None:
        lines.append(f"値: {table_cell(answer.value)}")
        lines.append("")
    for note in answer.notes or []:
        lines.append(f"- 注記: {table_cell(note)}")
    if answer.notes:
        lines.append("")
    if answer.excerpts:
        lines.append("## 抜粋")
        lines.append("")
        for e in answer.excerpts:
            text = text_of(e.get("text") or "")
            body = ("'" if is_formula_like(text) else "") + _highlighted(text, e.get("highlights"))
            where = provenance(e)
            lines.append(f"- `{e.get('key', '')}`（{escape_inline(where)}）: {body}")
        lines.append("")
    stamp = f"gyokaku {assistant.__version__} で {generated_at} に作成"
    if db is not None:
        from assistant.store.search import meta

        built = meta(db).get("built_at")
        if built:
            stamp += f"（索引の作成: {built}）"
    lines.append(f"<sub>{escape_inline(stamp)}</sub>")
    return "\n".join(lines) + "\n"


def _numeric_column(rows: list[list], i: int) -> bool:
    values = [r[i] for r in rows if r[i] != ""]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
