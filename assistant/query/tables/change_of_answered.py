"""「じゃあ前年度と比べてどれだけ増えた？」「令和5年度と比べると何件増えた？」 after a value of a year's column
answered from a table (the largest row of 令和6年度金額, the sum of 令和6年度件数): the change of that value
from the same measure's column of the year compared with (the year before when 前年度 is said), of the same
row or the same rows summed. The columns are the table's own; the figures are its cells."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.tables.cells import _number
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

_COMPARED = compiled(r"(?P<with>前の年度?|前年度?|昨年度?|去年度?|[^、。?？]{2,12}?年度?)\s*"
                     r"(?:と比べ(?:る|て|た)?と?|に比べ(?:る|て)?と?|と比較(?:して|すると)|から|より)\s*(?:は)?[、,]?\s*"
                     r"(?:いくら|何[一-龥]{0,2}|どれ(?:だけ|くらい|ぐらい)|どのくらい)\s*(?:くらい|ぐらい)?\s*"
                     r"(?P<way>増え|増加し|伸び|減っ|減少し|減り)")


# 「その増加額は何千円？」「増えた額はいくら」: the amount of the change an answer before ranked rows by.
_AMOUNT_OF_CHANGE = compiled(r"^\s*(?:じゃあ|では|で、)?\s*(?:その|この)?\s*(?:増加|減少|増減|増え|減っ|減り|伸び|差)(?:た)?"
                             r"(?:額|分|幅|量|数|の額)?\s*(?:は|って)?\s*(?:いくら|何[一-龥]{0,3}|どれ(?:だけ|くらい|ぐらい)|どのくらい)")


def _amount_of_ranked_change(question: str, context) -> tuple[Answer, object] | None:
    """「その増加額は何千円？」 after 「令和3年度と比べて令和6年度の…がいちばん増えた施設は」: the one row's change
    between the two columns it was ranked by."""
    if not _AMOUNT_OF_CHANGE.search(nfkc(question)) or context.ranked.count("|") != 2 or len(context.top) != 1:
        return None
    t = context.table
    a, b, direction = context.ranked.split("|")
    row = next((r for r in context.rows if r["key"] == context.top[0]), None)
    if row is None or a not in {c.header for c in t.columns} or b not in {c.header for c in t.columns}:
        return None
    na, nb = _number(row["cells"].get(a)), _number(row["cells"].get(b))
    if na is None or nb is None:
        return None
    change = nb - na if direction == "up" else abs(nb - na) if direction == "apart" else na - nb
    value = int(change) if float(change).is_integer() else round(change, 2)
    unit = t.column(b).unit or ""
    name = nfkc(str(row["cells"].get(t.name) or "")).strip() if t.name else ""
    word = "増えた額" if direction == "up" else "差" if direction == "apart" else "減った額"
    summary = (f"{name + 'の' if name else ''}{a} {row['cells'].get(a)} から {b} {row['cells'].get(b)} へ"
               f"{word}は {value:,}{unit} です（{t.doc_title}の表）。")
    answer = Answer(question=question, target="table_row", status="exact", count=1, value=value, summary=summary,
                    understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                                {"field": f"{a}|{b}", "op": "diff", "value": direction,
                                 "label": f"前の回答の{name or '行'}の{a}→{b}の{word}"}],
                    rows=[{"key": row["key"], "source": t.source, "line": row["line"], **row["cells"]}],
                    columns=[c.header for c in t.columns],
                    notes=["前の回答の行の、順位を決めた2つの欄の差を答えました", "専用の読み取り規則がない文書の表から答えています"])
    return answer, context


# 「（推進方針Ⅱの令和6年度の達成率は？）令和7年度はどうだった？何ポイント下がったの？」: the change between the year's
# column answered of one row and the other year said now (or the year before, none said), without 比べて.
_MOVED = compiled(r"(?:何\s*(?:ポイント|ﾎﾟｲﾝﾄ|pt|%|点|件|人|円|千円|万円|時間)|いくら|どれ(?:だけ|くらい|ぐらい)|どのくらい|いくつ)\s*"
                  r"(?:くらい|ぐらい)?\s*(?P<way>下が|減っ|減少し|減り|上が|増え|増加し|伸び)")


def _change_of_one_row(question: str, context) -> tuple[Answer, object] | None:
    """The change of the one row answered between the year's column asked of it and the year said now."""
    qn = nfkc(question)
    m = _MOVED.search(qn)
    if m is None or not context.asked:
        return None
    t = context.table
    if context.asked not in {c.header for c in t.columns}:
        return None
    column = t.column(context.asked)
    row = context.rows[0] if len(context.rows) == 1 else None
    ranked = getattr(context, "ranked", "") or ""
    top = list(getattr(context, "top", ()) or ())
    if (column.year is None or not column.numeric) and "|" not in ranked and ranked in {c.header for c in t.columns} \
            and len(top) == 1:
        # 「（令和6年度の満足度が一番低い設問は？）それって令和3年度から何ポイント上がった？」: the one row answered by
        # its name (設問), ranked by a year's column: the change of that column's measure, of that row
        column = t.column(ranked)
        row = next((r for r in context.rows if r["key"] == top[0]), None)
    if row is None or column.year is None or not column.numeric:
        return None
    years = [y.fiscal_year for y in find_years(qn[: m.start()])]
    year = years[-1] if years else column.year - 1
    if len(set(years)) > 1 or year == column.year:
        return None
    other = next((c for c in t.columns if c.numeric and c.year == year and c.base == column.base), None)
    if other is None:
        return None
    first, last = (other, column) if other.year < column.year else (column, other)
    a, b = _number(row["cells"].get(first.header)), _number(row["cells"].get(last.header))
    if a is None or b is None:
        return None
    change = round(b - a, 6)
    down = m.group("way").startswith(("下", "減"))
    unit = column.unit or ""
    if unit in ("%", "％") and "ポイント" in m.group(0):
        unit = "ポイント"  # (a rate's change said in points, as asked)
    way = "減少" if change < 0 else "増加" if change > 0 else "変化なし"
    name = nfkc(str(row["cells"].get(t.name) or "")).strip() if t.name else ""
    shown = lambda v: f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"  # noqa: E731
    summary = (f"{name + 'の' if name else ''}{column.base}は {fy_text(first.year)} の {shown(a)} から {fy_text(last.year)} の "
               f"{shown(b)} へ {shown(abs(change))}{unit} の{way}です（{t.doc_title}の表の{first.header}・{last.header}の欄）。")
    status = "exact"
    if (down and change > 0) or (not down and change < 0):
        status = "partial"  # (asked as a fall, it rose: the figure is said, the premise corrected)
        said_way = {"下が": "下がって", "上が": "上がって", "伸び": "伸びて"}.get(m.group("way")[:2], "減って" if down else "増えて")
        summary = f"{said_way}はいません。" + summary
    value = (int(abs(change)) if float(change).is_integer() else abs(change)) if status == "exact" else None
    answer = Answer(question=question, target="table_row", status=status, count=1, value=value,
                    summary=summary, caveat=summary if status == "partial" else "",
                    understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                                {"field": column.header, "op": "diff", "value": [first.year, last.year],
                                 "label": f"前の回答の{name or '行'}の{column.base}の{fy_text(first.year)}→{fy_text(last.year)}の変化"}],
                    rows=[{"key": row["key"], "source": t.source, "line": row["line"], **row["cells"]}],
                    columns=[c.header for c in t.columns],
                    notes=["前の回答の行の、2つの年度の欄の値を比べました", "専用の読み取り規則がない文書の表から答えています"])
    return answer, context


def answer_change_of_answered(question: str, context) -> tuple[Answer, object] | None:
    """The change asked, with the context to go on from; None when the question is no such change or the
    answer before was no value of a year's column."""
    if context is not None and (ranked := _amount_of_ranked_change(question, context)) is not None:
        return ranked
    if context is not None and not _COMPARED.search(nfkc(question)) and (one := _change_of_one_row(question, context)) is not None:
        return one
    m = _COMPARED.search(nfkc(question))
    if m is None or context is None:
        return None
    t = context.table
    kind, header = context.summed
    if kind != "sum":
        kind, header = ("top", context.ranked) if len(context.top) == 1 and context.ranked else ("", "")
    if not header or header not in {c.header for c in t.columns}:
        return None
    column = t.column(header)
    if column.year is None or not column.numeric:
        return None
    said = m.group("with")
    if any(w in said for w in ("前", "昨", "去")):
        year = column.year - 1
    else:
        years = find_years(said)
        if len(years) != 1:
            return None
        year = years[0].fiscal_year
    other = next((c for c in t.columns if c.numeric and c.year == year and c.base == column.base), None)
    if other is None or year == column.year:
        return None
    rows = [r for r in context.rows if r["key"] in context.top] if kind == "top" else list(context.rows)
    if not rows:
        return None
    now = [_number(r["cells"].get(header)) for r in rows]
    then = [_number(r["cells"].get(other.header)) for r in rows]
    if any(v is None for v in now + then):
        return None
    a, b = sum(then), sum(now)
    if year > column.year:
        a, b = b, a
    change = b - a
    down = m.group("way").startswith("減")
    grouped = f"{abs(change):,.0f}" if float(change).is_integer() else f"{abs(change):,}"
    way = "減少" if change < 0 else "増加" if change > 0 else "変化なし"
    unit = column.unit or ""
    first, last = (other, column) if year < column.year else (column, other)
    what = (f"{nfkc(str(rows[0]['cells'].get(t.name) or '')).strip()}の" if kind == "top" and t.name
            else f"{len(rows)}行の合計の" if kind == "sum" else "")
    summary = (f"{what}{column.base}は {fy_text(first.year)} の {a:,.0f} から {fy_text(last.year)} の {b:,.0f} へ "
               f"{grouped}{unit} の{way}です（{t.doc_title}の表の{first.header}・{last.header}の欄）。")
    status = "exact"
    if (down and change > 0) or (not down and change < 0):
        status = "partial"  # (asked as a rise, it fell: the figure is said, the premise corrected)
        summary = f"{'減って' if down else '増えて'}はいません。" + summary
    value = (int(abs(change)) if float(change).is_integer() else abs(change)) if status == "exact" else None
    answer = Answer(question=question, target="table_row", status=status, count=len(rows), value=value,
                    summary=summary, caveat=summary if status == "partial" else "",
                    understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                                {"field": column.header, "op": "diff", "value": [first.year, last.year],
                                 "label": f"前の回答の{column.base}の{fy_text(first.year)}→{fy_text(last.year)}の変化"}],
                    rows=[{"key": r["key"], "source": t.source, "line": r["line"], **r["cells"]} for r in rows],
                    columns=[c.header for c in t.columns],
                    notes=["前の回答の値を、同じ欄の比べる年度の値と比べました", "専用の読み取り規則がない文書の表から答えています"])
    return answer, context
