"""「令和6年度に重大な不備のリスクを抱えている区分は？」 of a table whose first column groups its numbered rows under
headings of their own word (リスク区分 │ 財務 over R-01…R-05, merged down; rows_are._grouped_word): the headings
the rows found sit under are what is asked. They are the document's groups of items, as a plan's initiatives are
of its items: the answer is each heading once (initiative:<heading>), the rows found kept in a note."""
from __future__ import annotations

from assistant.query.tables.rows_are import _grouped_word


def group_heads_asked(answer, context) -> bool:
    """Answer (in place) the headings of the grouping column asked, where the table groups its rows so."""
    t = getattr(context, "table", None)
    asked = getattr(context, "asked", "")
    if t is None or answer.status != "exact" or not answer.rows or not t.columns or asked != t.columns[0].header \
            or not _grouped_word(t):
        return False
    values = list(dict.fromkeys(str(r.get(asked) or "").strip() for r in answer.rows if isinstance(r, dict)))
    if not values or "" in values:
        return False
    found = "、".join(str(r.get("number") or r.get("key")) for r in answer.rows[:8])
    answer.notes.append(f"条件に合う「{t.name or '行'}」（{found}{' ほか' if len(answer.rows) > 8 else ''}）が属する"
                        f"「{asked}」を示しています")
    answer.rows = [{"key": f"initiative:{v}", "source": t.source, "title": v, asked: v} for v in values]
    answer.count = len(values)
    answer.value = values[0] if len(values) == 1 else None
    return True
