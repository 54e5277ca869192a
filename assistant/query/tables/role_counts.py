"""A matrix of offices' roles (rows × one column per 課, each cell a mark its legend names: 「●：担当課 ○：協力課」),
counted across it:

- 「協力課が３課以上ついている推進項目」「担当課が２つある項目」「協力課が複数ある項目は何件」: the rows by how many
  columns hold the mark of that role;
- 「担当している推進項目が一番多い課は？」「協力課として入っている項目が最も少ない課」: the column holding that mark
  in the most (fewest) rows; 「関わっている項目が一番多い課」 counts any mark.

The marks and their roles are the document's legend (question._wordings_for), the columns those whose cells are
only those marks. Anything else said (a 基本方針, a year, another condition) is no part of what this reads: the
question is then left to the rest, never answered without it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.tables.read import Table

_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_BOUND = compiled(r"\s*(?P<n>\d{1,2}|[一二三四五六七八九十])\s*(?:課|つ|個|部署|所属|か所|箇所|ヶ所|カ所)?\s*"
                  r"(?P<b>以上|以下|未満|を超え(?:る|て(?:いる)?)?|より多い|より少ない|超|だけ|のみ|ちょうど)?")
_MANY = compiled(r"\s*(?:複数|2つ以上|二つ以上)")
_MOST = compiled(r"(?:いちばん|一番|最も|もっとも)\s*(?P<w>多|少な)(?:い|く|かった)?")
_ANY_ROLE = compiled(r"(?:関わって|かかわって|関係して|関与して)(?:い)?る")
_COUNT = compiled(r"何件|何項目|いくつ|何個|件数|数は")
# What a question of these says besides the role and the count: a bare word for rows (the table's own is taken
# apart), verbs of having or taking part, particles and the asking words. Whatever else is left is a condition
# this module does not read, or rows of another kind (実践項目 leaves 実践).
_FILLER = compiled(r"取組|取り組み|項目|もの|課|部署|どこ|どれ|どの|何件|何項目|いくつ|何個|件数|数"
                   r"|ついて(?:い)?る|付いて(?:い)?る|入って(?:い)?る|加わって(?:い)?る|あ(?:る|ります)|なって(?:い)?る"
                   r"|関わって(?:い)?る|かかわって(?:い)?る|関係して(?:い)?る|関与して(?:い)?る|して(?:い)?る|として|になって(?:い)?る"
                   r"|教えて(?:ください|下さい)?|を見せて|見せて|挙げて|一覧|ですか|でしょうか|って|は|が|を|の|に|で|も|か|な|だ"
                   r"|[?？。、,\s「」]")


def _cell(row: dict, header: str) -> str:
    return nfkc(str(row["cells"].get(header) or "")).strip()


def _matrix(t: Table, marks: set[str]) -> list[str]:
    """The columns of offices: those whose non-empty cells are each one of the legend's marks (3 or more); a
    year's column (grades by year, 令和6年度評価 …) is no office (grade_count_years.py reads those)."""
    cols = []
    for c in t.columns:
        if c.numeric or c.header in (t.name, t.number) or c.year is not None or c.years_inside:
            continue
        values = {_cell(r, c.header) for r in t.rows} - {""}
        if values and values <= marks:
            cols.append(c.header)
    return cols if len(cols) >= 3 else []


def _roles_said(wordings: dict[str, str], qn: str) -> list[tuple[int, int, str]]:
    """(start, end, mark) of each role word said (担当課, 協力, …), longest first, not overlapping."""
    out: list[tuple[int, int, str]] = []
    for word, mark in sorted(wordings.items(), key=lambda w: -len(w[0])):
        for m in re.finditer(re.escape(word), qn):
            if not any(a < m.end() and m.start() < b for a, b, _ in out):
                out.append((m.start(), m.end(), mark))
    return sorted(out)


def _rows_word(t: Table) -> str:
    """What the rows are called: the name column's header without its 名 (取組名 → 取組)."""
    return re.sub(r"(?:の)?(?:名称|名)$", "", nfkc(t.name or ""))


def _left_over(qn: str, spans: list[tuple[int, int]], t: Table) -> str:
    """The words of the question outside the spans read, the table's word for its rows and the filler."""
    kept = "".join(ch for i, ch in enumerate(qn) if not any(a <= i < b for a, b in spans))
    rows_word = _rows_word(t)
    if len(rows_word) >= 2:
        kept = kept.replace(rows_word, "")
    return _FILLER.sub("", kept)


def _bound(m: re.Match) -> tuple[str, int]:
    n = int(m.group("n")) if m.group("n").isdigit() else _KANJI[m.group("n")]
    b = m.group("b") or ""
    op = ">=" if b == "以上" else "<=" if b == "以下" else "<" if b in ("未満", "より少ない") \
        else ">" if b.startswith(("を超え", "より多い", "超")) else "=="
    return op, n


_OPS = {">=": lambda a, n: a >= n, "<=": lambda a, n: a <= n, "<": lambda a, n: a < n, ">": lambda a, n: a > n,
        "==": lambda a, n: a == n}
_SAID = {">=": "以上", "<=": "以下", "<": "未満", ">": "超", "==": ""}


def answer_role_counts(db, question: str, tables: list[Table]) -> tuple[Answer, list[dict], Table] | None:
    """The rows by their count of a role's columns, or the column with the most (fewest) rows of a role; None
    when the question asks neither of a matrix of roles, or says more than this reads."""
    from assistant.query.tables.question import _wordings_for

    qn = nfkc(question)
    found = []
    for t in tables:
        wordings = {w: m for w, m in _wordings_for(db, t).items() if len(m) == 1}
        cols = _matrix(t, set(wordings.values())) if wordings else []
        if cols:
            found.append((t, wordings, cols))
    if len(found) != 1:
        return None
    t, wordings, cols = found[0]
    roles = _roles_said(wordings, qn)
    most = _MOST.search(qn)
    if most:
        return _column_extreme(question, qn, t, cols, roles, wordings, most)
    return _rows_by_count(question, qn, t, cols, roles, wordings)


def _rows_by_count(question, qn, t, cols, roles, wordings):
    for a, b, mark in roles:
        after = qn[b:]
        joint = re.match(r"\s*(?:が|は|の数が|の数は|を)", after)
        rest = after[joint.end():] if joint else ""
        many = _MANY.match(rest)
        bound = _BOUND.match(rest) if not many else None
        if not joint or not (many or (bound and bound.group("n"))):
            continue
        op, n = (">=", 2) if many else _bound(bound)
        end = b + joint.end() + (many or bound).end()
        if _left_over(qn, [(a, end)], t):
            return None
        role = next(w for w, m in sorted(wordings.items(), key=lambda w: -len(w[0])) if m == mark)
        rows = [r for r in t.rows if _OPS[op](sum(_cell(r, h) == mark for h in cols), n)]
        counts = {r["key"]: sum(_cell(r, h) == mark for h in cols) for r in rows}
        tail = {h[-1] for h in cols}
        said = f"{mark}（{role}）が{n}{tail.pop() if len(tail) == 1 else 'つ'}{_SAID[op]}"
        names = "、".join(f"{r['cells'].get(t.name) or r['key']}（{counts[r['key']]}）" for r in rows)
        where = t.doc_title
        summary = (f"{said}の{_rows_word(t) or '行'}は {len(rows)}件です（{where}の表、{'・'.join(cols)}の{mark}を行ごとに数えました）"
                   + (f"：{names}。" if rows else "。"))
        ans = Answer(question=question, target="table_row", status="exact" if rows else "no_match", count=len(rows),
                     value=len(rows) if _COUNT.search(qn) else None, summary=summary,
                     understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {where}"},
                                 {"field": "|".join(cols), "op": "count_marks", "value": [mark, op, n], "label": said}],
                     rows=[_row(t, r) for r in rows], columns=[c.header for c in t.columns])
        return ans, rows, t
    return None


def _column_extreme(question, qn, t, cols, roles, wordings, most):
    any_role = _ANY_ROLE.search(qn)
    marks = {m for a, _, m in roles if a < most.start()}
    spans = [(a, b) for a, b, m in roles if a < most.start()] + [most.span()]
    if not marks and any_role:
        marks = set(wordings.values())
        spans.append(any_role.span())
    if len(marks) != 1 and not (any_role and marks == set(wordings.values())):
        return None
    # (the offices are asked: 「…が一番多い課は」「どこ」, the word the column headers end with)
    tail = {h[-1] for h in cols}
    asked = re.search(r"(?:課|部署|所属|どこ|ところ)", qn[most.end():])
    if asked is None or (len(tail) != 1 and asked.group(0) == "課"):
        return None
    if _left_over(qn, spans, t):
        return None
    counts = {h: sum(_cell(r, h) in marks for r in t.rows) for h in cols}
    best = (max if most.group("w") == "多" else min)(counts.values())
    top = [h for h in cols if counts[h] == best]
    mark = "・".join(sorted(marks))
    role = "関わっている" if len(marks) > 1 else next(w for w, m in sorted(wordings.items(), key=lambda w: -len(w[0]))
                                                 if m in marks)
    word = "最も多い" if most.group("w") == "多" else "最も少ない"
    where = t.doc_title
    each = "、".join(f"{h} {n}件" for h, n in sorted(counts.items(), key=lambda hn: -hn[1]))
    rows = [r for r in t.rows if any(_cell(r, h) in marks for h in top)]
    summary = (f"{mark}（{role}）の{_rows_word(t) or '行'}が{word}のは {'、'.join(top)}（{best}件）です（{where}の表：{each}）。")
    ans = Answer(question=question, target="table_row", status="exact", count=len(rows), value="、".join(top),
                 summary=summary,
                 understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {where}"},
                             {"field": "|".join(cols), "op": "top_column" if word == "最も多い" else "bottom_column",
                              "value": sorted(marks), "label": f"{mark}の数が{word}課"}],
                 rows=[_row(t, r) for r in rows], columns=[c.header for c in t.columns])
    return ans, rows, t


def _row(t: Table, r: dict) -> dict:
    return {"key": r["key"], "source": t.source, "line": r["line"], "title": r["cells"].get(t.name, ""),
            "number": r["cells"].get(t.number, ""), **r["cells"]}


_REFERS = compiled(r"そのうち|その中|そのなか|それら|これら|うち(?:で)?、")


def answer(assistant, question) -> Answer | None:
    """Asked first in a conversation, before the records' own departments (担当部署) read 「一番多い課」: the
    matrix's answer, with the table and rows a follow-up goes on from; None when it reads nothing."""
    if not isinstance(question, str) or "table_row" not in assistant.executor.tables or _REFERS.search(nfkc(question)):
        return None
    from assistant.query.tables.answer import TableContext
    from assistant.query.tables.read import read_tables

    got = answer_role_counts(assistant.db, question, read_tables(assistant.db))
    if got is None:
        return None
    ans, rows, t = got
    from assistant.query.tables.rows_are import mark_rows_kind

    # (the rows as the records they are, 「…推進項目」 of a list coded 1-1-1: the plan's items, as the tables' answers)
    kind = mark_rows_kind(question, ans, t)
    assistant.table_context = TableContext(table=t, conds=[], asked="", rows=rows, rows_are=kind)
    assistant.generic_rows = [r["key"] for r in rows]
    return ans
