"""Tables a plan report prints after its last item (「参考　評価の分布（取組数）」: grades × fiscal years): kept as the
generic reader keeps a table, one `table_row` record a row (its cells under their headers), so that a question of
one cell (「令和13年度のBは何件」) or of two (「A評価の数、令和11年度と令和14年度でいくつ違う」) reads the printed
figure, never one counted again from the items (which may differ: an item outside its period is no item graded)."""
from __future__ import annotations

from assistant.model import ParsedDocument


def add_tables_after_items(doc: ParsedDocument, lines: list[str]) -> None:
    """Append the table rows of the lines after the document's last item begins (a header and rows of tab cells;
    an item's own lines hold no tab)."""
    items = [r for r in doc.records if r.kind in ("practice", "initiative")]
    if not items:
        return
    # (from the last item's first line: a card's record may run on to the document's end, over the table)
    last = max(r.line for r in items)  # 1-based
    if not any("\t" in line for line in lines[last:]):
        return
    from assistant.kinds.generic import loader as generic  # (imported on need: few reports print such a table)

    source = items[0].source
    tail = generic.parse("\n".join([""] * last + lines[last:]), source)
    rows = [r for r in tail.records if r.kind == "table_row"]
    held = {(r.kind, r.code) for r in doc.records}
    doc.records.extend(r for r in rows if (r.kind, r.code) not in held)
