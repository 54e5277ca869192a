"""Columns a table of counts and amounts implies, and the ranks its columns print.

* 「1件あたりの平均寄附額」 over 寄附件数（件） | 寄附額（円）: each row's amount divided by its count of cases of the
  same year, a column of its own (its header says how it is had), as read.py computes 1人当たり of people.
* 「一番人気だった返礼品」 over 返礼品1位 | 2位 | 3位: the first of the ranked columns is said as the most popular,
  the n-th as 「n番人気」 (the columns' own stem stays what names them)."""
from __future__ import annotations

from dataclasses import replace

from assistant.query.tables.cells import _number
from assistant.query.compiled import compiled

_RANK = compiled(r"^(?P<stem>.+?)(?:第)?(?P<n>[1-9])位$")


def per_case(columns: list, rows: list[dict], column_of) -> list[tuple]:
    """(column, how) of each amount per case: an amount (…額, in 円 or 千円) ÷ a count of cases (…件数, in 件)."""
    out = []
    counts = [c for c in columns if c.numeric and c.base.endswith("件数") and c.unit in ("件", "")]
    for p in counts:
        for m in columns:
            if m is p or not m.numeric or not m.base.endswith("額") or m.unit not in ("円", "千円") or m.year != p.year:
                continue
            # (one column a year where the pair is a series by year, 令和6年度金額 ÷ 令和6年度件数: the year's words of the
            # amount's header kept before it, else every year's division was written under one header, the last kept)
            year_said = m.header[:m.header.find(m.base)] if m.year is not None and m.base in m.header else ""
            header = f"{year_said}1件あたり{m.base}({m.unit}/件)"
            if any(c.header == header for c in columns) or any(c.header == header for c, _ in out):
                continue
            for r in rows:
                a, b = _number(r["cells"].get(m.header)), _number(r["cells"].get(p.header))
                r["cells"][header] = f"{a / b:.2f}" if a is not None and b else ""
            column = column_of(header, [r["cells"][header] for r in rows])
            # (and by the amount's other yearless words, 寄附額 of 金額 in a table of 「寄附実績」: 「1件当たりの寄附額」)
            words = dict.fromkeys([m.base, *(f for f in m.forms if f.endswith("額") and not any(ch.isdigit() for ch in f))])
            said = tuple(f"1件{w}{o}{b}" for b in words for w in ("あたり", "当たり") for o in ("", "の", "の平均", "平均"))
            out.append((replace(column, forms=(*said, *column.forms)), f"{m.header}÷{p.header}"))
    return out


def rank_forms(columns: list) -> list:
    """The ranked columns (返礼品1位 | 2位 | 3位) with the words of their rank (一番人気, 2番人気)."""
    ranked = [(c, m) for c in columns if (m := _RANK.match(c.base))]
    stems = {m.group("stem") for _, m in ranked}
    out = []
    for c in columns:
        m = _RANK.match(c.base)
        if not m or len(stems) != 1 or sum(1 for _, o in ranked if o.group("stem") == m.group("stem")) < 2:
            out.append(c)
            continue
        n, stem = m.group("n"), m.group("stem")
        words = [f"{n}番人気", f"人気{n}位", f"{n}番目に人気"] + (["一番人気", "いちばん人気", "1番人気", "最も人気",
                                                        "人気ナンバーワン", "人気no.1", "人気1位"] if n == "1" else [])
        said = [f"{w}の{stem}" for w in words] + [f"{w}だった{stem}" for w in words] + words
        out.append(replace(c, forms=(*c.forms, *(s for s in said if s not in c.forms))))
    return out
