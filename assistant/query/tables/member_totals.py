"""Tables whose figures run one column per member with a total column beside them (負担金 by town:
令和7年度負担金杣ノ木町 … 令和7年度負担金鶫原町 │ 令和7年度負担金合計 │ 令和6年度合計), asked across the columns:

- 「…の負担金のうち、A町が占める割合は何％」「（デマンド交通の負担金総額は？）そのうちB町の分は何％」: one row's
  member cell over the same row's total cell; 「デマンド交通の負担金総額は？」 itself is that row's total cell;
- 「5町村合わせて総額いくら」: the total column added up over the rows (the table's totals row is no row of it);
  「総額は前年度と比べてどれだけ増えた」: that sum less the sum of the previous year's total column;
- 「（A町の負担金は合計でいくら？）それって全体の何割」: the member's column added up over the total column's sum;
  「（負担金の一覧でB町の分）合計するといくら」: the member's column added up;
- 「A町以外で、負担金合計がいちばん多い町村」: the member whose column adds up to the most.

The columns are found by their headers (one stem, then a member's name or the total word), never by names of one
edition. Anything not read for certain (no one row, a word left over, a year the columns are not of) reads nothing
here and leaves the question to the rest."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant
    from assistant.query.tables.read import Table

_TOTAL_HEAD = ("合計", "総計", "計")
_MEMBER = compiled(r"[一-龥ァ-ヶーぁ-ん々]{1,8}[町村市区]")
_SHARE = compiled(r"割合|何\s*(?:%|％)|何割|パーセント|シェア|占め")
_WHOLE = compiled(r"全体|総額|合計|合わせ|あわせ")
_SUM_ASKED = compiled(r"総額|合計|合わせ|あわせ|総計")
_HOW_MUCH = compiled(r"いくら|何円|何千円|何万円|どれだけ|どれくらい|どのくらい")
_MOST = compiled(r"(?:いちばん|一番|最も|もっとも)\s*(?:多|大き|高)")
_WHICH_MEMBER = compiled(r"(?:どこ|どの\s*(?:町村|市町村|町|村|市|自治体|団体)|町村は|市町村は)")
_EXCEPT = compiled(r"(?P<who>[一-龥ァ-ヶーぁ-ん々]{1,8}[町村市区])\s*(?:以外|を除(?:く|いて|いた))")
_REFERRED = compiled(r"(?:それ|その|これ|この|あれ|あの|そこ|同じ)(?!\s*(?:うち|中|以外))")
_MEAN = compiled(r"平均|(?:1|一)\s*(?:事業|件|行)\s*(?:あたり|当たり)")
_BEFORE = compiled(r"前年度|前年|昨年度")
_ROSE = compiled(r"増え|増加|増した|減っ|減少|減った|差")
_THAT_PART = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?:その|この)?\s*うち")
_SUM_AGAIN = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?:それ(?:を|って|は)?)?\s*(?:全部)?\s*(?:合計|足)(?:する|して|す)と")


@dataclass(frozen=True)
class MemberColumns:
    """One table's member columns: the stem of their headers, each member's header, the total's header, and
    the previous year's total header where the table prints one."""

    table: Table
    stem: str
    members: dict[str, str]
    total: str
    before: str = ""


def _number(cell):
    from assistant.query.tables.cells import _number as number  # (imported when a table is read: see said_as_columns)

    return number(cell)


def member_columns(t: Table) -> MemberColumns | None:
    """The table's columns of one figure per member and their total, read from the headers; None where it has
    no such columns (fewer than two members, or no total column of the same stem)."""
    numeric = [c for c in t.columns if c.numeric]
    for total in numeric:
        head = nfkc(total.header)
        word = next((w for w in _TOTAL_HEAD if head.endswith(w)), "")
        stem = head[:-len(word)] if word else ""
        if len(stem) < 2:
            continue
        members = {}
        for c in numeric:
            rest = nfkc(c.header)[len(stem):] if nfkc(c.header).startswith(stem) and c is not total else ""
            if _MEMBER.fullmatch(rest):
                members[rest] = c.header
        if len(members) < 2:
            continue
        before = [c.header for c in numeric if c is not total and c.header not in members.values()
                  and total.year is not None and c.year == total.year - 1
                  and any(nfkc(c.header).endswith(w) for w in _TOTAL_HEAD)]
        return MemberColumns(t, stem, members, total.header, before[0] if len(before) == 1 else "")
    return None


def _stem_word(stem: str) -> str:
    """The stem without its year (令和7年度負担金 → 負担金): the word a question names the figures by."""
    text = stem
    for y in sorted(find_years(text), key=lambda y: -y.start):
        text = text[:y.start] + text[y.end:]
    return re.sub(r"[(（][^()（）]*[)）]|\s", "", text)


def _years_fit(qn: str, m: MemberColumns) -> bool:
    """Whether every year the question says is the year of the members' columns."""
    t = m.table
    year = next((c.year for c in t.columns if c.header == m.total), None)
    said = {y.fiscal_year for y in find_years(qn)}
    return not said or said == {year}


def _sum(m: MemberColumns, header: str) -> tuple[float, int]:
    """The column added up over the rows (a dash is nothing paid: no figure), and how many rows print a figure."""
    figures = [_number(r["cells"].get(header)) for r in m.table.rows]
    return sum(f for f in figures if f is not None), sum(1 for f in figures if f is not None)


def _row_named(m: MemberColumns, qn: str) -> dict | None:
    """The one row whose name the question says (the whole name, or its first four characters or more)."""
    t = m.table
    if not t.name:
        return None
    found = []
    for r in t.rows:
        name = nfkc(str(r["cells"].get(t.name) or "")).strip()
        code = nfkc(str(r["cells"].get(t.number) or "")).strip() if t.number else ""
        if not name:
            continue
        said = 0
        if code and re.search(r"(?<![\w-])" + re.escape(code) + r"(?![\w-])", qn):
            said = 99
        else:
            for n in range(len(name), 3, -1):
                if name[:n] in qn:
                    said = n
                    break
        if said:
            found.append((said, r))
    if not found:
        return None
    best = max(s for s, _ in found)
    rows = [r for s, r in found if s == best]
    return rows[0] if len(rows) == 1 else None


def _row_answered(m: MemberColumns, rows: list[dict]) -> dict | None:
    """The table's row of the one record answered before (its number printed in the numbering column)."""
    t = m.table
    codes = {nfkc(str(r.get("code") or str(r.get("key", "")).partition(":")[2])).strip() for r in rows}
    if len(codes) != 1 or not t.number:
        return None
    code = codes.pop()
    found = [r for r in t.rows if nfkc(str(r["cells"].get(t.number) or "")).strip() == code]
    return found[0] if len(found) == 1 else None


def _members_said(m: MemberColumns, qn: str) -> list[str]:
    return [name for name in m.members if name in qn]


def _figure(n: float) -> str:
    return f"{int(n):,}" if float(n).is_integer() else f"{n:,}"


def _answer(question: str, m: MemberColumns, value, summary: str, understood: list[dict], rows: list[dict]) -> Answer:
    t = m.table
    shown = [{"key": r["key"], "source": t.source, "line": r["line"], **r["cells"]} for r in rows]
    return Answer(question=question, target="table_row", status="exact", count=len(rows), rows=shown, value=value,
                  summary=summary + f"（{t.doc_title or t.source}の表）。",
                  understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title or t.source}"},
                              *understood],
                  notes=["専用の読み取り規則がない文書の表から答えています"])


def _unit(m: MemberColumns) -> str:
    c = next((c for c in m.table.columns if c.header == m.total), None)
    unit = c.unit if c is not None else ""
    if not unit:
        said = re.search(r"単位\s*[:：]\s*([^\s)）]+)", nfkc(m.table.caption or ""))
        unit = said.group(1) if said else ""
    return unit


def _tables(assistant: "Assistant") -> list[MemberColumns]:
    from assistant.query.tables.read import read_tables  # (imported when asked: see said_as_columns)

    return [m for t in read_tables(assistant.db) if (m := member_columns(t)) is not None]


def answer(assistant: "Assistant", question: str) -> Answer | None:
    """The answer across a table's member columns, or None (see the module's docstring)."""
    if not isinstance(question, str) or "table_row" not in assistant.executor.tables:
        return None
    qn = nfkc(question)
    context = assistant.table_context
    if context is not None:
        m = member_columns(context.table)
        if m is not None:
            got = _followed(question, qn, m, context)
            if got is not None:
                return _keep(assistant, got, m)
    named = [m for m in _tables(assistant) if _stem_word(m.stem) and _stem_word(m.stem) in qn and _years_fit(qn, m)]
    if len(named) != 1:
        return None
    m = named[0]
    if _words_left(assistant, question, m):
        return None
    row = None
    if _REFERRED.search(qn):
        # 「じゃあ、それの令和7年度の負担金の合計は？」: of the record answered before, the row of its number; the
        # whole table's figures are no answer of it
        row = _row_answered(m, list(assistant.context_rows or []))
        if row is None:
            return None
    got = _fresh(question, qn, m, row)
    return _keep(assistant, got, m) if got is not None else None


# Words of these questions that name no condition: the sum, share or extreme asked, the unit, courtesy.
_ASKING = compiled(r"総額|総計|合計|合わせ|いくら|[千万億]?円|前年度|前年|昨年度|以外|いちばん|一番|割合|何割|パーセント|全体|"
                   r"市?町村|自治体|[1一](?:事業|件)|事業|分|小数第?\d位?|お願い|平均|あたり|当たり|計上|未満|四捨五入|\d+(?:市町村|町村|市町|町|村|市)|単位")


def _words_left(assistant: "Assistant", question: str, m: MemberColumns) -> list[str]:
    """The question's words that neither the table's stem, its members, its rows, its document's title nor
    the asking say: a condition this module would drop (「R5に始まった事業の負担金総額」), so it answers nothing."""
    t = m.table
    names = [nfkc(str(r["cells"].get(t.name) or "")) for r in t.rows] if t.name else []
    titled = nfkc(f"{t.doc_title} {t.caption} {t.source}")
    left = []
    for many in re.finditer(r"(\d+)\s*(?:市町村|町村|市町|か?市|町|村)", nfkc(question)):
        if int(many.group(1)) != len(m.members):  # (「3町村合わせて」 of five members: some of them, unsaid which)
            left.append(many.group(0))
    for w in assistant.parser.content_words(question):
        rest = nfkc(w)
        for y in sorted(find_years(rest), key=lambda y: -y.start):
            rest = rest[:y.start] + rest[y.end:]
        rest = rest.replace(_stem_word(m.stem), "")
        for name in sorted(m.members, key=len, reverse=True):
            rest = rest.replace(name, "")
        rest = _ASKING.sub("", rest)
        if not rest or rest in titled or any(rest in n for n in names) or any(rest in n for n in m.members):
            continue
        left.append(w)
    return left


def _keep(assistant: "Assistant", got: tuple[Answer, str, list[dict]], m: MemberColumns) -> Answer:
    """The answer, with the table and rows a follow-up goes on from."""
    from assistant.query.tables.answer import TableContext

    answer, asked, rows = got
    assistant.table_context = TableContext(table=m.table, conds=[], asked=asked, rows=rows)
    assistant.generic_rows = [r["key"] for r in rows]
    return answer


def _share_of_row(question: str, m: MemberColumns, row: dict, who: str):
    part, whole = _number(row["cells"].get(m.members[who])), _number(row["cells"].get(m.total))
    t = m.table
    name = str(row["cells"].get(t.name) or "")
    if part is None or not whole:
        return None
    value = 100 * part / whole
    summary = (f"{name} の{m.total}（{_figure(whole)}{_unit(m)}）のうち、{who}の分（{_figure(part)}{_unit(m)}）は "
               f"{value:.2f}% です")
    return (_answer(question, m, value, summary, [
        {"field": t.name, "op": "rows", "value": [row["key"]], "label": f"{t.name}が{name}"},
        {"field": m.members[who], "op": "ratio", "value": m.total, "label": f"{m.members[who]}÷{m.total}"}], [row]),
        m.members[who], [row])


def _followed(question: str, qn: str, m: MemberColumns, context):
    """A follow-up on an answer from this table."""
    said = _members_said(m, qn)
    if _SHARE.search(qn) and _THAT_PART.search(qn) and len(said) == 1 and len(context.rows) == 1 \
            and context.asked == m.total:
        return _share_of_row(question, m, context.rows[0], said[0])  # 「そのうち鳰ヶ浦町の分は何％」
    asked = next((w for w, h in m.members.items() if h == context.asked or h == context.summed[1]), "")
    if not asked or said and said != [asked] or _row_named(m, qn) is not None:
        return None
    part, n = _sum(m, m.members[asked])
    if _SHARE.search(qn) and "全体" in qn:  # 「それって全体の何割」
        whole, _ = _sum(m, m.total)
        if not whole:
            return None
        value = 100 * part / whole
        summary = (f"{asked}の分の合計 {_figure(part)}{_unit(m)} は、{m.total}の合計 {_figure(whole)}{_unit(m)} の "
                   f"{value:.2f}% です")
        return (_answer(question, m, value, summary, [
            {"field": m.members[asked], "op": "ratio", "value": m.total,
             "label": f"{m.members[asked]}の合計÷{m.total}の合計"}], m.table.rows), m.members[asked], m.table.rows)
    if _SUM_AGAIN.search(qn) and _HOW_MUCH.search(qn):  # 「合計するといくら？」
        summary = f"{n}件の{m.members[asked]}の合計は {_figure(part)}{_unit(m)} です（値のない行は数えていません）"
        return (_answer(question, m, int(part) if part.is_integer() else part, summary, [
            {"field": m.members[asked], "op": "sum", "value": None, "label": f"{m.members[asked]}の合計"}],
            m.table.rows), m.members[asked], m.table.rows)
    return None


def _fresh(question: str, qn: str, m: MemberColumns, row: dict | None = None):
    """A question naming the members' figures by their stem word (of the row answered before, where given)."""
    t = m.table
    said = _members_said(m, qn)
    row = row or _row_named(m, qn)
    unit = _unit(m)
    if row is not None:
        if len(said) == 1 and _SHARE.search(qn):  # 「…の負担金のうち、杣ノ木町が占める割合」
            return _share_of_row(question, m, row, said[0])
        if not said and _SUM_ASKED.search(qn) and not _SHARE.search(qn) and not _BEFORE.search(qn):
            whole = _number(row["cells"].get(m.total))  # 「デマンド交通の負担金総額は？」
            if whole is None:
                return None
            name = str(row["cells"].get(t.name) or "")
            return (_answer(question, m, int(whole) if whole.is_integer() else whole,
                            f"{name} の{m.total}は {_figure(whole)}{unit} です", [
                                {"field": t.name, "op": "rows", "value": [row["key"]], "label": f"{t.name}が{name}"},
                                {"field": m.total, "op": "value", "value": None, "label": f"{m.total}を答える"}], [row]),
                    m.total, [row])
        return None
    excluded = [e.group("who") for e in _EXCEPT.finditer(qn) if e.group("who") in m.members]
    if _MOST.search(qn) and _WHICH_MEMBER.search(qn) and not set(said) - set(excluded):
        sums = {w: _sum(m, h)[0] for w, h in m.members.items() if w not in excluded}
        top = max(sums.values())
        best = [w for w, s in sums.items() if s == top]
        listing = "、".join(f"{w} {_figure(s)}" for w, s in sorted(sums.items(), key=lambda x: -x[1]))
        summary = (f"{'・'.join(best)} です（{m.stem}の列ごとの合計{'、' + '・'.join(excluded) + 'を除く' if excluded else ''}: "
                   f"{listing}{unit}）")
        return (_answer(question, m, best[0] if len(best) == 1 else best, summary, [
            {"field": m.stem, "op": "max", "value": None, "label": f"{m.stem}の列の合計がいちばん多い町村"},
            *[{"field": m.members[w], "op": "excluded", "value": w, "label": f"{w}を除く"} for w in excluded]],
            t.rows), "", t.rows)
    if said or not (_SUM_ASKED.search(qn) or _MEAN.search(qn)) or _SHARE.search(qn):
        return None
    whole, n = _sum(m, m.total)
    if _MEAN.search(qn):  # 「1事業あたりの負担金総額の平均」: over the rows printing a figure
        if not n or _BEFORE.search(qn):
            return None
        mean = whole / n
        summary = f"{m.total}の平均は {_figure(whole)}{unit} ÷ {n}件 = {mean:,.2f}{unit} です（値のある行の平均）"
        if unit and re.search(re.escape(unit) + r"未満(?:を|は)?\s*四捨五入", qn):
            mean = int(mean + 0.5)  # 「千円未満四捨五入」 of figures in 千円: a whole number of the unit
            summary += f"（{unit}未満を四捨五入すると {mean:,}{unit}）"
        return (_answer(question, m, mean, summary, [
            {"field": m.total, "op": "avg", "value": None, "label": f"{m.total}の平均（値のある{n}件）"}], t.rows),
            m.total, t.rows)
    if _BEFORE.search(qn) and _ROSE.search(qn):  # 「総額は前年度と比べてどれだけ増えた」
        if not m.before:
            return None
        before, _ = _sum(m, m.before)
        value = whole - before
        summary = (f"{m.total}の総額 {_figure(whole)}{unit} − {m.before}の総額 {_figure(before)}{unit} = "
                   f"{_figure(value)}{unit} です（前年度に値のない行は 0 として足しています）")
        return (_answer(question, m, int(value) if float(value).is_integer() else value, summary, [
            {"field": m.total, "op": "diff", "value": m.before, "label": f"{m.total}の総額と{m.before}の総額の差"}],
            t.rows), m.total, t.rows)
    if not (_HOW_MUCH.search(qn) or "は" in qn):
        return None
    summary = f"{n}件の{m.total}を合わせた総額は {_figure(whole)}{unit} です"
    return (_answer(question, m, int(whole) if float(whole).is_integer() else whole, summary, [
        {"field": m.total, "op": "sum", "value": None, "label": f"{m.total}の総額"}], t.rows), m.total, t.rows)


def said_as_columns(db, question: str) -> str:
    """The question with the words it names the members' figures by said as their headers say them, where a
    table has member columns and no column of the question's own word: 「負担金総額」 over 令和7年度負担金合計 is
    the total column (「合計」), and 「鶫原町の負担額」 over 令和7年度負担金鶫原町 is that member's column (one
    money word for another: 額・金・費), said of a member of the table only."""
    if not isinstance(question, str) or not any(w in question for w in ("総額", "総計", "額", "費")):
        return question
    # (the table reader is imported only when a money word is said: this runs on every question)
    from assistant.query.tables.read import read_tables

    tables = [m for t in read_tables(db) if (m := member_columns(t)) is not None]
    if not tables:
        return question
    headers = {nfkc(c.header) for t in read_tables(db) for c in t.columns}
    read = question
    for m in tables:
        word = _stem_word(m.stem)
        if len(word) < 2:
            continue
        total_word = nfkc(m.total)[len(m.stem):]
        if not any("総額" in h for h in headers):
            read = re.sub(re.escape(word) + r"(?:の)?(?:総額|総計)", word + total_word, read)
        if word[-1] in "金額費":
            others = [word[:-1] + end for end in "金額費" if end != word[-1]]
            for name in m.members:
                for other in others:
                    read = re.sub(re.escape(name) + r"(?:の|が|は)" + re.escape(other) + r"(?![一-龥])",
                                  lambda x: x.group(0)[:-len(other)] + word, read)
    return read
