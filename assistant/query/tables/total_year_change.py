"""「寄附総額、R6は前年度から何円増えた？」「件数全体は令和6年度に前の年からどれだけ減った？」 over a table of
named rows × year columns of a measure (使途 | 令和5年度 金額 | 令和6年度 金額) with a printed total row (合計): the
change of the total row's figure of that measure from the year before to the year said.

Without this the whole (総額, 全体) named no row, so the question fell to a text search. Read only where the
question says a whole and names no row of the table, says one year and asks an amount of change from the year
before, the measure said (総額 is the measure's 額: 寄附総額 is said by 寄附額) is one series by year holding both
years, and the table prints at most one total row (none printed or read: the sum of its rows, said so); any
doubt reads nothing here."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.cells import _number
from assistant.query.tables.read import Table
from assistant.query.tables.share_of_total import _row
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

# The change from the year before asked as an amount (「前年度から何円増えた」「前の年よりどれだけ減った」).
_FROM_BEFORE = compiled(r"(?:前の年度?|前年度?|昨年度?|去年度?)\s*(?:から|より|と比べ(?:て)?|に比べ(?:て)?)\s*(?:は\s*)?"
                        r"(?:いくら|何[一-龥]{0,3}|どれ(?:くらい|だけ|ぐらい)|どのくらい)\s*(?:くらい|ぐらい)?\s*"
                        r"(?P<way>増え|増加し|伸び|減っ|減少し|減り)")
# The whole said: 「寄附総額」「総件数」 (the measure's own word with 総), 「全体」「合計」 beside the measure.
_WHOLE = compiled(r"総額|総件数|総数|全体|合計|総計|トータル")


def _measure_said(qn: str) -> str:
    """The question with the whole's word taken out of the measure (寄附総額 → 寄附額, 総件数 → 件数)."""
    qn = re.sub(r"総(?=額|件数|数)", "", qn)
    return re.sub(r"(?:の)?(?:全体|合計|総計|トータル)(?:の|で|は)?", "", qn)


# What a question of a whole's change says besides its measure, its year and the change: particles, asking words.
_SAYS_NOTHING = compiled(r"[ぁ-ゖ、,。?？!！()（）\s]|年度|年|円|千円|万円|件|人|は|何|全部|全体|合計|総計|トータル")


def _words_left(t: Table, text: str, year, m, said_form: str) -> bool:
    """Whether the question says a word beyond the whole, its measure, its year and the change asked (「加工品の」
    of a table grouping its rows): such a word would be a condition dropped, so nothing is answered here."""
    rest = text[:year.start] + " " + text[year.end:m.start()] + " " + text[m.end():]
    rest = re.sub(r"総(?=額|件数|数)", "", _key(rest)).replace(said_form, " ", 1)
    title = _key(t.doc_title)
    left = [w for w in re.findall(r"[一-龥ァ-ヶーa-z0-9]{2,}", _SAYS_NOTHING.sub(" ", rest)) if w not in title]
    return bool(left)


def _series(t: Table, said: str, y: int):
    """The two columns (the year before, the year) of the one measure said."""
    found = [c for c in t.columns if c.numeric and c.year in (y - 1, y)
             and any(len(f) >= 2 and f in said for f in c.forms)]
    # (「1件あたり金額」 said holds 金額 too: the longest measure said is the one asked)
    longest = max((len(f) for c in found for f in c.forms if f in said), default=0)
    found = [c for c in found if any(len(f) == longest and f in said for f in c.forms)]
    if len({c.base for c in found}) != 1:
        return None
    form = next(f for c in found for f in c.forms if len(f) == longest and f in said)
    by_year = {}
    for c in found:
        by_year.setdefault(c.year, []).append(c)
    if sorted(by_year) != [y - 1, y] or any(len(cs) != 1 for cs in by_year.values()):
        return None
    return by_year[y - 1][0], by_year[y][0], form


def answer_total_year_change(question: str, tables: list[Table], context=None) -> tuple[Answer, list[dict], Table] | None:
    text = nfkc(question)
    m = _FROM_BEFORE.search(text)
    years = find_years(text)
    if not m or len(years) != 1 or not _WHOLE.search(text):
        return None
    qn = _key(question)
    y = years[0].fiscal_year
    got = []
    for t in ([context.table] if context is not None else tables):
        if len(t.totals) > 1 or _row(t, qn) is not None:
            continue  # (a row named is that row's change, no whole's; two total rows, no one whole)
        found = _series(t, _measure_said(qn), y)
        if found is None or _words_left(t, text, years[0], m, found[2]):
            continue
        pair = found[:2]
        if t.totals:
            figures = [_number(t.totals[0]["cells"].get(c.header)) for c in pair]
        else:  # (no total row printed, or none read: the sum of the rows, the summary saying so)
            cells = [[_number(r["cells"].get(c.header)) for r in t.rows] for c in pair]
            figures = [None if None in cs else sum(cs) for cs in cells]
        if None in figures:
            continue
        got.append((t, pair, *figures))
    if len(got) != 1:
        return None
    t, (before, now), a, b = got[0]
    down = m.group("way").startswith("減")
    change = b - a
    unit = before.unit or ""
    grouped = f"{abs(change):,.0f}" if float(change).is_integer() else f"{abs(change):,}"
    way = "減少" if change < 0 else "増加" if change > 0 else "変化なし"
    whole = "表の合計の行" if t.totals else f"{len(t.rows)}行の合計"
    summary = (f"{whole}の{before.header}は {a:,.0f}、{now.header}は {b:,.0f} で、"
               f"{grouped}{unit} の{way}です（{t.doc_title}の表）。")
    status = "exact"
    if (down and change > 0) or (not down and change < 0):
        status = "partial"  # (asked as a rise, it fell: the figure is said, the premise corrected first)
        summary = f"{'減って' if down else '増えて'}はいません。" + summary
    value = (int(abs(change)) if float(change).is_integer() else abs(change)) if status == "exact" else None
    rows = t.totals or t.rows
    ans = Answer(question=question, target="table_row", status=status, count=1, value=value, summary=summary,
                 caveat=summary if status == "partial" else "",
                 understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                             {"field": f"{before.header}|{now.header}", "op": "diff", "value": [y - 1, y],
                              "label": f"{whole}の{fy_text(y - 1)}→{fy_text(y)}の{'減少' if down else '増加'}"}],
                 rows=[{"key": r["key"], "source": t.source, "line": r["line"], **r["cells"]} for r in rows],
                 columns=[c.header for c in t.columns])
    return ans, rows, t
