"""「行政監理室と窓口サービス課、実践項目が多いのはどっち？」「取組11と取組12、実践項目の合計点の平均が高いのは？」
「R2とR3、C評価が多かったのはどっちの年？」: two named things compared by a count of records or a figure.
Each side is asked alone (「行政監理室の実践項目は何件」「取組11の実践項目の合計点の平均は？」); only where both are
read exactly as numbers is the winner said, with both figures (a tie said as one). The answer's rows are the
winner's records where those are asked (「多い方の項目を出して」), the winner itself where a side names one record
(取組11), else the winner's records; a follow-up (「その多い方で…」) goes on from the winner's question.
compare() also serves the comparison frames of grammar/compared_pairs.py (query/compared_pairs.py): the gap of
the two (差), whether they are the same (同じ？, a grade or a month too), grades ranked 上/下 by the index's scale.
A record winner is answered by its code. Else None, and the conversation is as it was."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.grammar.aggregates import (TWO_NAMED_COMPARED, TWO_NAMED_FIGURE, TWO_NAMED_RECORDS_ASKED)
from assistant.text.normalize import nfkc

_LONGEST = 200
_WORD = {"上": "上な", "下": "下な", "多": "多い", "少な": "少ない", "高": "高い", "低": "低い", "大き": "大きい",
         "小さ": "小さい", "良": "良い", "悪": "悪い"}


def _figure(f: float) -> str:
    """A figure as printed: 7,110,000 (never 7.11e+06), 4.4."""
    return f"{int(f):,}" if float(f).is_integer() else f"{f:,.4f}".rstrip("0").rstrip(".")


def _number(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


def answer(conv, question: str) -> Answer | None:
    # (two things compared are said in a short question; the pattern's nested spans would backtrack for minutes
    # over a pasted page)
    if not isinstance(question, str) or len(question) > _LONGEST:
        return None
    m = TWO_NAMED_COMPARED.match(nfkc(question))
    if m is None:
        return None
    return compare(conv, question, m["a"].strip(), m["b"].strip(), m["what"].strip(), m["dir"],
                   records_asked=bool(TWO_NAMED_RECORDS_ASKED.search(m["tail"].strip())))


def compare(conv, question: str, a: str, b: str, what: str, way: str, records_asked: bool = False,
            mode: str = "winner", counted: bool | None = None, single: bool = False, unit: str = "",
            one_record: bool = False, group_rows: bool = False) -> Answer | None:
    """Two sides compared on what is said of each: the winner (mode "winner", way its direction), the gap
    ("difference") or whether they are the same ("same"). Each side is asked alone; None where either is not
    read exactly (the conversation is then as it was). `single`: each side must be one record, its figure;
    `unit` (月・日): a date compared by its month or day; `one_record`: two values of the same record;
    `group_rows`: sets counted are answered with one row per set and its count (the frames' form)."""
    if any(w.startswith(("その", "それ", "この", "どっち", "どちら")) for w in (a, b, what)) or a == b:
        return None
    if counted is None:
        counted = way in ("多", "少な") and not TWO_NAMED_FIGURE.search(what)
    saved = dict(conv.__dict__)
    sides = []
    for side in (a, b):
        conv.__dict__.clear()
        conv.__dict__.update(saved)
        asked = f"{side}{'の' + what if what else ''}は{'何件' if counted else ''}？"
        got = conv._ask_one(asked)
        figure = got.count if counted and got.value in (None, got.count) else _number(got.value)
        said = got.query if isinstance(got.query, dict) else {}
        # (a side read as a value asked, 「岡山の部会長は」, is no count of its records; a side not sure for a
        # value printed two ways is compared, not sure either; a word not read leaves the comparison alone)
        if counted and (said.get("value_field") or any(c.get("op") == "value" for c in got.understood)):
            figure = None
        if unit and mode == "same":
            figure = _dated(got, unit)  # (「取組終了は同じ月？」: the month each record's date prints, not its year)
        if figure is None and way in ("上", "下") and not counted:
            figure = _grade_rank(conv, got.value)  # (「総合評価が上」: grades ranked by the index's scale)
        if figure is None and mode == "same" and not counted and got.value not in (None, ""):
            figure = str(got.value)  # (「総合評価は同じ？」: a grade is the same or not, never more)
        if unit and mode == "same" and figure is None:
            got.value = None  # (a date without its month is no answer to 「同じ月？」)
        if got.error or got.status not in ("exact", "partial") or got.unused or figure is None \
                or (got.status == "partial" and not got.caveat) or (not counted and got.value is None) \
                or ((mode == "same" or single) and not counted and len(got.rows) != 1):
            conv.__dict__.clear()
            conv.__dict__.update(saved)
            return None
        sides.append((side, asked, got, figure, dict(conv.__dict__)))
    (na, _, ga, fa, _), (nb, _, gb, fb, _) = sides
    same_rows = bool(ga.rows) and [r.get("key") for r in ga.rows] == [r.get("key") for r in gb.rows]
    # (two values of one record are compared only as such: one row each, the same one, two values asked)
    if ga.target != gb.target or same_rows != one_record or (one_record and (
            len(ga.rows) != 1 or (ga.query or {}).get("value_field") == (gb.query or {}).get("value_field"))):
        conv.__dict__.clear()
        conv.__dict__.update(saved)
        return None
    shown = lambda f: (f"{int(f)}件" if counted else _figure(f)) if not isinstance(f, str) else f  # noqa: E731
    if way in ("上", "下"):  # (a grade is shown as printed; its rank only orders)
        shown = lambda f: next((str(x[2].value) for x in sides if x[3] == f), f"{f:g}")  # noqa: E731
    if mode != "winner":
        return _gap_or_same(conv, question, sides, what, mode, counted, shown, saved)
    more = way in ("多", "高", "大き", "良", "上")
    word = _WORD[way]
    winner_code = ""
    if fa == fb:
        win = None
        summary = (f"同じです（{shown(fa)}）。{na}は {shown(fa)}、{nb}は {shown(fb)}で、"
                   f"どちらも{word.removesuffix('な')}とは言えません。")
    else:
        win = sides[0] if (fa > fb) == more else sides[1]
        lose = sides[1] if win is sides[0] else sides[0]
        summary = (f"{what}が{word}のは {win[0]} です（{win[0]}は {shown(win[3])}、{lose[0]}は {shown(lose[3])}"
                   + (f"、差は {shown(abs(fa - fb))}" if counted else "") + "）。")
    if win is None:
        conv.__dict__.clear()
        conv.__dict__.update(saved)
        rows, target = [], ga.target
        ones = [_one_record(conv, side[0], saved_state=saved) for side in sides] if not records_asked else []
        if ones and all(one is not None and one.target == ones[0].target for one in ones):
            rows, target = ones[0].rows + ones[1].rows, ones[0].target  # (a tie of two records: both)
        else:
            rows = [] if not records_asked else list(ga.rows) + [r for r in gb.rows if r not in ga.rows]
    else:
        conv.__dict__.clear()
        conv.__dict__.update(win[4])  # (the winner's question is what a follow-up goes on from)
        rows, target = list(win[2].rows), win[2].target
        if not records_asked:
            itself = _one_record(conv, win[0], saved_state=win[4])
            if itself is not None:
                rows, target = itself.rows, itself.target
                winner_code = str(itself.rows[0].get("code") or "")
    if group_rows and counted and not records_asked:
        # (a frame's two sets counted: one row per set with its count, as a grouped comparison shows them)
        rows = [{"group": na, "count": int(fa)}, {"group": nb, "count": int(fb)}]
        win_count = int(win[3]) if win else None
    else:
        win_count = None
    understood = ([dict(c, label=f"{na}: {c.get('label', '')}") for c in ga.understood]
                  + [dict(c, label=f"{nb}: {c.get('label', '')}") for c in gb.understood]
                  + [{"field": "*", "op": "compare", "value": way, "label": f"{na}と{nb}を{what}で比べる（{word}方）"}])
    unsure = next((g for g in (ga, gb) if g.status != "exact"), None)
    if unsure is not None:  # (a side read from a value the documents print two ways: the comparison is not sure)
        summary = f"{unsure.caveat}{summary}"
    # (a side naming one record is answered by its code, as a record is everywhere else; a tie of counts says the
    # count both have)
    value = (winner_code or win[0]) if win else "同じ"
    return Answer(question=question, target=target, status="partial" if unsure else "exact", summary=summary,
                  caveat=unsure.caveat if unsure else "",
                  value=value, count=int(fa) if win is None and counted else win_count or len(rows), rows=rows, columns=win[2].columns if win else [],
                  understood=understood, notes=ga.notes + [n for n in gb.notes if n not in ga.notes],
                  excerpts=[], sql=ga.sql + gb.sql, query=(win[2].query if win else ga.query))


# A month or a day as a date cell prints it: 2022-09, 2022-09-30.
_ISO = {"月": re.compile(r"^\d{4}-\d{2}"), "日": re.compile(r"^\d{4}-\d{2}-\d{2}")}


def _dated(got: Answer, unit: str) -> str | None:
    """The month (or day) of the one record's date asked, read from the date the row prints for the field (the
    value itself, or its field's companion `<field>_month`), in wareki as staff say it; None when not printed."""
    from assistant.text.wareki import date_text

    if len(got.rows) != 1:
        return None
    field = (got.query or {}).get("value_field") if isinstance(got.query, dict) else ""
    row = got.rows[0]
    for cell in (got.value, row.get(f"{field}_month") if field else None):
        m = _ISO[unit].match(str(cell or ""))
        if m:
            return date_text(m.group()).split("（")[0]
    return None


def _grade_rank(conv, value) -> float | None:
    """A grade's rank on the index's scale (A > B > C > D, or its legend's marks); None for anything else."""
    from assistant.query.lexicon import grade_rank_sql

    if not isinstance(value, str) or not value.strip():
        return None
    rank = next(iter(conv.db.query(f"SELECT {grade_rank_sql('?', conv.lexicon.grade_scale)} AS r", (value.strip(),))))["r"]
    return None if rank is None else float(rank)


def _one_record(conv, side: str, saved_state: dict) -> Answer | None:
    """The side itself where it names one record (取組11, 実践項目N3): that record, else None."""
    q = conv.parser.parse(side)
    # (a record said by its number or by its title: 実践項目15 is read as the title condition of its kind)
    if q.unused or not any((c.field in ("code", "@no") or c.field.startswith("@title:")) and c.op in ("=", "in")
                           for c in q.conditions):
        return None
    got = conv._ask_one(side)
    conv.__dict__.clear()
    conv.__dict__.update(saved_state)
    if got.error or got.status != "exact" or len(got.rows) != 1:
        return None
    return got


def ended_first(conv, question: str) -> Answer | None:
    """「電話交換と総合案内の民間委託、先に取組終了したのはどっち？」: each side asked alone (「電話交換の取組終了は？」,
    a side said bare taking the other's words after の: 総合案内の民間委託 → 電話交換の民間委託), each one record with
    an end; compared by fiscal year, then by the month a progress sheet prints. Where the year is the same and a
    month is missing, which came first is not known: said so (partial). Else None."""
    from assistant.query.grammar.aggregates import TWO_NAMED_ENDED
    from assistant.text.wareki import label_to_fy

    if not isinstance(question, str) or len(question) > _LONGEST:
        return None
    m = TWO_NAMED_ENDED.match(nfkc(question))
    if m is None:
        return None
    a, b = m["a"].strip(), m["b"].strip()
    if a == b or any(w.startswith(("その", "それ", "この")) for w in (a, b)):
        return None
    when = m["when"] or m["when2"]
    late = when in ("後に", "あとに", "遅く", "遅")
    from assistant.query.compared_pairs import sides_said

    a, b = sides_said(a, b, conv)  # (「実践項目33と34」: the second said by its number alone; 「33と37」 after a list)
    saved = dict(conv.__dict__)
    shared = b.split("の", 1)[1] if "の" in b and "の" not in a else ""
    sides = []
    for side, other in ((a, f"{a}の{shared}" if shared else ""), (b, "")):
        got = None
        for said in (side, other):
            if not said:
                continue
            conv.__dict__.clear()
            conv.__dict__.update(saved)
            got = conv._ask_one(f"{said}の取組終了は？")
            if not got.error and got.status == "exact" and len(got.rows) == 1:
                break
            got = None
        if got is None or got.target != "practice" or label_to_fy(str(got.rows[0].get("ended") or "")) is None:
            conv.__dict__.clear()
            conv.__dict__.update(saved)
            return None
        row = got.rows[0]
        sides.append((side, got, label_to_fy(str(row.get("ended"))), str(row.get("ended_month") or ""), row))
    conv.__dict__.clear()
    conv.__dict__.update(saved)
    (na, ga, ya, ma, ra), (nb, gb, yb, mb, rb) = sides
    if ra.get("key") == rb.get("key"):
        return None
    said = lambda s: f"{s[0]}（{s[4].get('code', '')}）は {s[4].get('ended')}" + (f"（{s[3]}）" if s[3] else "")  # noqa: E731
    word = "後" if late else "先"
    status, value, rows = "exact", None, []
    if ya != yb or (ma and mb and ma != mb):
        first = sides[0] if (ya, ma) < (yb, mb) else sides[1]
        win = first if not late else (sides[1] if first is sides[0] else sides[0])
        value, rows = str(win[4].get("code") or win[0]), [win[4]]  # (a record is answered by its code)
        summary = f"{word}に取組を終えたのは {win[0]} です（{said(sides[0])}、{said(sides[1])}）。"
    elif ma == mb and ma:
        value, rows = "同じ", [ra, rb]
        summary = f"{said(sides[0])}、{said(sides[1])}で、同じ時期に終えています。"
    else:
        status, rows = "partial", [ra, rb]
        summary = (f"{said(sides[0])}、{said(sides[1])}で、同じ年度に終えています。終了月が片方にしか書かれていないため、"
                   f"どちらが{word}かは資料からは決められません。")
    return Answer(question=question, target="practice", status=status, summary=summary, value=value, count=len(rows),
                  rows=rows, columns=ga.columns, caveat=summary if status == "partial" else "",
                  understood=[{"field": "ended", "op": "latest" if late else "earliest", "value": None,
                               "label": f"{na}と{nb}の取組終了（年度・月）を比べる"}],
                  notes=ga.notes + [n for n in gb.notes if n not in ga.notes], excerpts=[], sql=ga.sql + gb.sql,
                  query=ga.query)


def _gap_or_same(conv, question, sides, what, mode, counted, shown, saved) -> Answer | None:
    """「28と31の合計点の差は？」: the gap of the two figures (a positive number); 「委員評価は同じ？」: whether the two
    are the same, the shared value said (or both where they differ)."""
    (na, _, ga, fa, _), (nb, _, gb, fb, _) = sides
    conv.__dict__.clear()
    conv.__dict__.update(saved)
    if mode == "difference":
        if isinstance(fa, str) or isinstance(fb, str):
            return None
        gap = round(abs(fa - fb), 4)
        value = int(gap) if float(gap).is_integer() else gap
        summary = f"{what + 'の' if what else ''}差は {shown(gap)} です（{na}は {shown(fa)}、{nb}は {shown(fb)}）。"
        count = int(gap) if counted else 2
    elif fa == fb:
        value = int(fa) if not isinstance(fa, str) and float(fa).is_integer() else fa
        summary = f"同じです（{shown(fa)}）。{na}も{nb}も{what + 'は' if what else ''} {shown(fa)} です。"
        count = int(fa) if counted else 2
    else:
        value = "違う"
        summary = f"同じではありません。{na}は {shown(fa)}、{nb}は {shown(fb)} です。"
        count = 2
    unsure = next((g for g in (ga, gb) if g.status != "exact"), None)
    if unsure is not None:
        summary = f"{unsure.caveat}{summary}"
    if counted:  # (counts of two sets: one row per set with its count, as a grouped comparison shows them)
        rows = [{"group": na, "count": int(fa)}, {"group": nb, "count": int(fb)}]
    else:
        ones = [_one_record(conv, side[0], saved_state=saved) for side in sides]
        if not all(o is not None for o in ones) and not (len(ga.rows) == 1 and len(gb.rows) == 1):
            return None  # (a figure of two sets, 「R3に終了した…とR4に終了した…で平均の差」: the grouped reading's)
        rows = ones[0].rows + ones[1].rows if all(o is not None for o in ones) else []
        if mode == "difference" and fa != fb and all(o is not None and len(o.rows) == 1 for o in ones):
            # (「取組項目14と取組項目20の委員評価の差は？」: the gap, and which record's figure is the higher, by code)
            high = ones[0] if fa > fb else ones[1]
            code = str(high.rows[0].get("code") or "") if isinstance(high.rows[0], dict) else ""
            if code and summary.endswith("）。"):
                summary = f"{summary[:-2]}、{code} のほうが高い）。"
    understood = ([dict(c, label=f"{na}: {c.get('label', '')}") for c in ga.understood]
                  + [dict(c, label=f"{nb}: {c.get('label', '')}") for c in gb.understood]
                  + [{"field": "*", "op": mode, "value": None,
                      "label": f"{na}と{nb}の{what}を比べる（{'差' if mode == 'difference' else '同じか'}）"}])
    return Answer(question=question, target=ga.target, status="partial" if unsure else "exact", summary=summary,
                  caveat=unsure.caveat if unsure else "", value=value, count=count, rows=rows,
                  columns=ga.columns, understood=understood,
                  notes=ga.notes + [n for n in gb.notes if n not in ga.notes], excerpts=[], sql=ga.sql + gb.sql,
                  query=ga.query)
