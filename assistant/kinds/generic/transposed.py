"""A table printed 'transposed': its records are its COLUMNS (「方針1 | 方針2 | 方針3」 under a header, each maybe over a
second header row naming its indicator, 「予防保全実施率（％）」), its rows the years and what each year prints of them
(年度 │ 区分: 令和３年度 目標 / 実績 / 達成状況, the year a merged cell over its rows).

Read as printed, every row is a year and no record is the plan's heading it is about. This turns each such column into
a row of its own: its code (方針番号: 方針1), its indicator (指標) and one cell per (year, 区分) (令和3年度目標,
令和3年度実績, 令和3年度達成状況), so that questions of a heading's year (「令和5年度に◎だった方針」) read the
heading's own record. Read by the shape only (two or more column headings of one word and a number, rows keyed by a
year), never by a document's words; a table of that shape over a page break (its header printed again) is one table."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc
from assistant.text.wareki import year_label

# 「方針1予防保全実施率(%)」: a heading's code (a word and its number), then what the column measures
# (not a rank or a count: 「返礼品1位」「上位3品目」 are columns of a row, not records)
_CODE_HEAD = re.compile(r"^(?P<word>[一-龥ァ-ヶ]{1,6}?)\s*(?P<n>\d{1,3})(?![\d年月日度期回位番等着号])\s*(?P<rest>.*)$")
_NOT_CODE_WORDS = ("令和", "平成", "昭和", "第")


def _code_columns(heads: list[str]) -> list[tuple[str, str, str]]:
    """(heading, code, what it measures) of the columns headed by one word and a number; [] unless two or more,
    of the same word, with distinct numbers."""
    found = []
    for h in heads:
        m = _CODE_HEAD.match("".join(nfkc(h).split()))
        if m and m.group("word") not in _NOT_CODE_WORDS:
            found.append((h, m.group("word"), m.group("n"), m.group("rest")))
    words = {w for _, w, _, _ in found}
    if len(found) < 2 or len(words) != 1 or len({n for _, _, n, _ in found}) != len(found):
        return []
    return [(h, f"{w}{n}", rest) for h, w, n, rest in found]


def transpose(rows: list[Record]) -> list[Record]:
    """The document's table rows with each transposed table's rows replaced by a row per code column."""
    tables: dict[tuple, list[Record]] = {}
    for r in rows:
        cells = r.fields.get("cells") or {}
        tables.setdefault(tuple(cells), []).append(r)
    replaced: dict[int, list[Record]] = {}
    for heads, members in tables.items():
        columns = _code_columns(list(heads))
        if not columns or len(members) < 2:
            continue
        others = [h for h in heads if h not in {c for c, _, _ in columns}]
        year_col = next((h for h in others
                         if all(year_label(str(m.fields["cells"].get(h) or "")) for m in members)), None)
        if year_col is None:
            continue
        labels = [h for h in others if h != year_col]
        if any(re.fullmatch(r"[\d,.\-▲△%]+", "".join(nfkc(str(m.fields["cells"].get(h) or "")).split()))
               for h in labels for m in members):
            continue  # (a column of figures beside the years: the rows are the years' records, as printed)
        if labels and len({tuple(str(m.fields["cells"].get(h) or "") for h in labels) for m in members}) > 6:
            continue  # (what each year prints of the columns is a few labels repeated: 目標 / 実績 / 達成状況)
        word = re.match(r"^[一-龥ァ-ヶ]+", columns[0][1]).group(0)
        out = []
        lines = [m.line for m in members]
        for k, (head, code, measure) in enumerate(columns):
            cells: dict[str, str] = {f"{word}番号": code}
            if measure:
                cells["指標"] = measure
            for m in members:
                year = "".join(nfkc(str(m.fields["cells"].get(year_col) or "")).split())
                said = "".join("".join(nfkc(str(m.fields["cells"].get(h) or "")).split()) for h in labels)
                cells[f"{year}{said}"] = str(m.fields["cells"].get(head) or "")
            line = lines[k] if k < len(lines) else lines[-1] + k
            first = members[0]
            text = " / ".join(f"{h}: {v}" for h, v in cells.items())
            out.append(Record(first.kind, f"{first.source}:{line}", {
                "table": first.fields.get("table", ""), "cells": cells, "text": text[:2000],
                "heading": first.fields.get("heading", ""),
            }, first.source, line, members[-1].end_line or members[-1].line))
        if len(columns) > len(lines):
            continue  # (more columns than rows to cite them by: left as printed)
        listed = _listed_rows(rows, members, [code for _, code, _ in columns])
        if listed:
            # (the document lists the same headings in a table of their own, 方針番号 │ 方針名 │ 目標指標: each
            # heading's years join its row there, one record per heading)
            for row, t in zip(listed, out):
                years = {h: v for h, v in t.fields["cells"].items() if h not in (f"{word}番号", "指標")}
                cells = {**row.fields["cells"], **years}
                text = " / ".join(f"{h}: {v}" for h, v in cells.items())
                replaced[id(row)] = [Record(row.kind, row.code, {**row.fields, "cells": cells, "text": text[:2000]},
                                            row.source, row.line, row.end_line)]
            out = []
        replaced[id(members[0])] = out
        for m in members[1:]:
            replaced[id(m)] = []
    if not replaced:
        return rows
    result: list[Record] = []
    for r in rows:
        result.extend(replaced.get(id(r), [r]))
    return result


def _listed_rows(rows: list[Record], members: list[Record], codes: list[str]) -> list[Record]:
    """The rows of another table of the document naming each code in a cell of one column, in the codes' order;
    [] unless every code is there once."""
    own = {id(m) for m in members}
    by_table: dict[tuple, list[Record]] = {}
    for r in rows:
        if id(r) not in own and r.kind == members[0].kind:
            by_table.setdefault(tuple(r.fields.get("cells") or {}), []).append(r)
    for heads, table in by_table.items():
        for h in heads:
            at = {"".join(nfkc(str(r.fields["cells"].get(h) or "")).split()): r for r in table}
            if all(c in at for c in codes) and len([r for r in table
                                                    if "".join(nfkc(str(r.fields["cells"].get(h) or "")).split())
                                                    in codes]) == len(codes):
                return [at[c] for c in codes]
    return []
