"""「R5の寄附金額全体のうち「村長おまかせ」は何％？」「令和６年度の件数で子育て支援は全体の何割？」: one row's figure
of the measure and year said as a share of the whole table's (its printed total row, else the sum of its rows).

Without this the share was read as one row of all the rows (「全6件中 1件（16.7%）」), the measure and the year
dropped silently. Read only where the question says a whole (全体, 合計, 総額, 総計), names one row of the table,
and says one numeric column of it (its measure's word, of the year said where the measure is a series by year);
any doubt (two rows, two columns, no year for a series, a blank or a word in a cell) reads nothing here."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.cells import _number
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_ASKED = compiled(r"(?:何|なん)\s*(?:%|％|パーセント|ぱーせんと|割)|割合|比率|構成比|シェア")
_WHOLE = compiled(r"全体|合計|総額|総計|トータル")
# 「全体のうち」「合計に占める」「全体の何％」: the whole said as what the share is of
_OF_WHOLE = compiled(r"(?:全体|合計|総額|総計|トータル)\s*(?:の\s*(?:うち|中で|なかで)|に\s*(?:占める|対する)|の\s*(?:何|なん)|のうち)")


def _row(t: Table, qn: str) -> dict | None:
    """The one row the question names (a longer name said wins over one inside it)."""
    if not t.name:
        return None
    named = [(n, r) for r in t.rows if len(n := _key(str(r["cells"].get(t.name) or ""))) >= 2 and n in qn]
    named = [(n, r) for n, r in named if not any(n != o and n in o for o, _ in named)]
    return named[0][1] if len(named) == 1 else None


def _column(t: Table, qn: str, fy: int | None):
    """The one numeric column of the measure said (of the year said, where the measure is a series by year)."""
    said = [c for c in t.columns if c.numeric and c.base and _key(c.base) in qn]
    # (「1件あたり金額」 said holds 金額 too: the longest measure said is the one asked)
    said = [c for c in said if not any(_key(c.base) != _key(o.base) and _key(c.base) in _key(o.base) for o in said)]
    if len({c.base for c in said}) != 1:
        return None
    if any(c.year is not None for c in said):
        # (no year said of a series: the latest year's column, the answer then saying so first)
        fy = fy if fy is not None else max(c.year for c in said if c.year is not None)
        said = [c for c in said if c.year == fy]
    headers = {c.header for c in said}
    return said[0] if len(headers) == 1 else None


def answer_share_of_total(question: str, tables: list[Table], context=None) -> tuple[Answer, list[dict], Table] | None:
    text = nfkc(question)
    if not _ASKED.search(text) or not _OF_WHOLE.search(text):
        return None
    qn = _key(question)
    years = {y.fiscal_year for y in find_years(text)}
    if len(years) > 1:
        return None
    fy = next(iter(years), None)
    got = []
    for t in ([context.table] if context is not None else tables):
        row = _row(t, qn)
        column = _column(t, qn, fy) if row is not None else None
        if column is None:
            continue
        part = _number(row["cells"].get(column.header))
        totals = [_number(r["cells"].get(column.header)) for r in t.totals]
        values = [_number(r["cells"].get(column.header)) for r in t.rows]
        if part is None or None in values or None in totals or len(totals) > 1:
            continue
        whole = totals[0] if totals else sum(values)
        if not whole:
            continue
        got.append((t, row, column, part, whole, bool(totals)))
    if len(got) != 1:
        return None
    t, row, column, part, whole, printed = got[0]
    share = round(100 * part / whole, 1)
    unsaid = fy is None and column.year is not None
    name = str(row["cells"].get(t.name) or "")
    how = "表の合計" if printed else f"{len(t.rows)}行の合計"
    answer = Answer(
        question=question, target="table_row", count=1, value=share,
        rows=[{"key": row["key"], "source": t.source, "line": row["line"], **row["cells"]}],
        summary=(f"{name}の{column.header}は {row['cells'].get(column.header)}、{how}は {whole:,.0f} で、"
                 f"全体の {share:g}% です（{t.doc_title}）。"),
        understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                    {"field": t.name, "op": "eq", "value": name, "label": f"{t.name}が{name}"},
                    {"field": column.header, "op": "ratio", "value": "合計",
                     "label": f"{column.header}÷{how}×100"}])
    if unsaid:
        answer.status = "partial"
        answer.caveat = f"年度の指定がないため、表の最新の年度の{column.header}で計算しています。"
        answer.summary = answer.caveat + answer.summary
    return answer, [row], t
