"""「担当課評価が下がった」「交付額が増えた」 said with no year, over a measure by year columns whose rows are printed in
different years (one record run 令和4〜5年度, another 令和5〜6年度, blank in the years it did not run): the change
of each row is from the first year it prints to the last, not between the table's last two columns, which would
leave out every record not run in both (and say nothing of the others' first year).

A table whose rows print every year (or leave blank none of the last two) keeps the last two years' change."""
from __future__ import annotations

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_BLANK = {"", "-", "－", "―", "—", "ー"}


def _filled(row: dict, header: str) -> bool:
    return nfkc(str(row["cells"].get(header) or "")).strip() not in _BLANK


def spanned_series(t, columns: list, pair: list) -> tuple[str, ...] | None:
    """The series' year columns, in the years' order, when the change must run over each row's own years:
    three years or more, and some row printing two of them or more but not both of the last two."""
    headers = [c.header for c in columns if c is not None]
    if len(headers) < 3 or any(c is None for c in pair) or [c.header for c in pair] != headers[-2:]:
        return None
    sparse = any(sum(_filled(r, h) for h in headers) >= 2 and not all(_filled(r, h) for h in headers[-2:])
                 for r in t.rows)
    return tuple(headers) if sparse else None


def span_condition(cond_type, t, headers: tuple[str, ...], direction: str, rank: dict):
    """The condition of a rise (fall) from each row's first year printed to its last."""
    base = t.column(headers[0]).base or headers[0]
    amounts = all(t.column(h).numeric for h in headers)
    word = ("増加" if amounts else "上昇") if direction == "up" else ("減少" if amounts else "低下")
    return cond_type("|".join(headers), "span_" + direction, rank,
                     f"{base}が各行の最初の年度→最後の年度（{headers[0]}〜{headers[-1]}のうち記載のある年度）で{word}")


def span_holds(row: dict, cond) -> bool:
    """Whether the row's last year printed is above (below) its first, two years printed at least."""
    values = [cond.value.get(_key(nfkc(str(row["cells"].get(h) or "")).strip())) for h in cond.header.split("|")]
    values = [v for v in values if v is not None]
    if len(values) < 2:
        return False
    return values[-1] > values[0] if cond.op == "span_up" else values[-1] < values[0]
