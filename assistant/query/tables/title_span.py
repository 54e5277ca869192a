"""「行革実施計画（R7〜R11）の効果額」: a span of years in brackets after the words naming the document, the
span its title prints (令和7年度～令和11年度), is part of its name, no condition on a column of years; and
「効果額が金額で出ていない」 over a column of amounts printing 「―」 where an amount could not be given: the dash."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_BRACKETED = re.compile(r"[(（]([^()（）]{3,24})[)）]")


def drop_title_span(question: str, reading) -> bool:
    """Drop (in place) a condition on the span of years the document's title prints, said in brackets."""
    t = reading.table
    titled = sorted({y.fiscal_year for y in find_years(nfkc(t.doc_title))})
    if len(titled) < 2:
        return False
    qn = _key(question)
    for m in _BRACKETED.finditer(qn):
        years = sorted({y.fiscal_year for y in find_years(m.group(1))})
        if len(years) != 2 or (years[0], years[-1]) != (titled[0], titled[-1]):
            continue
        spanned = [c for c in reading.conds if c.op.startswith("fy_") and _span_of(c) == (years[0], years[-1])]
        if not spanned:
            continue
        reading.conds = [c for c in reading.conds if c not in spanned]
        reading.spans.append(m.span())
        reading.notes.append(f"「{m.group(1)}」は資料名（{t.doc_title}）の期間として読みました")
        return True
    return False


def _span_of(c: Cond) -> tuple[int, int] | None:
    v = c.value
    if isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, int) for x in v):
        return v
    return None


# 「効果額が金額で出ていない」「金額に換算できない」「数値が示されていない」: no amount given (the dash printed).
_NO_AMOUNT = re.compile(r"(?:が|は)?(?:金額|数値|数字|額)(?:で|が|に|として)?(?:は)?(?:出ていない|出てない|出ていません|示されていない"
                        r"|示されてない|書かれていない|書かれてない|記載されていない|記載がない|算定されていない|換算できない"
                        r"|換算されていない|なっていない|ない)")


def read_no_amount(question: str, reading) -> bool:
    """Set (in place) the dash condition on the amount column said, when the question says no amount is given."""
    t = reading.table
    qn = _key(question)
    m = _NO_AMOUNT.search(qn)
    if m is None:
        return False
    dashed = {c.header for c in t.columns if any(re.fullmatch(r"[-‐‑–—―−－ーｰ]", nfkc(str(r["cells"].get(c.header) or "")).strip())
                                                for r in t.rows)}
    said = [c.header for c in t.columns if c.header in dashed and any(
        len(_key(f)) >= 2 and re.search(re.escape(_key(re.split(r"[(（]", f)[0])) + r"\s*$", qn[:m.start()])
        for f in c.forms)]
    if len(said) != 1:
        return False
    header = said[0]
    if reading.measure == header and reading.aggregate == "count":
        reading.measure = ""
    elif reading.measure == header and not reading.aggregate:
        reading.measure = ""
    reading.conds = [c for c in reading.conds if c.header != header] + [Cond(header, "dash", None, f"{header}が「―」（金額なし）")]
    reading.spans.append(m.span())
    return True


# 「合同研修・共同事業の参加人数を全部足すと」: words joined by ・ naming every kind a column sorts the rows into
_JOINED_WORDS = re.compile(r"[一-龥ァ-ヶーA-Za-z0-9]{2,}(?:・[一-龥ァ-ヶーA-Za-z0-9]{2,})+")


def drop_every_kind_said(question: str, reading) -> bool:
    """Drop (in place) an equality on a column of a few kinds (区分: 研修 / 共同事業) whose every kind the question
    names in one joined phrase (「合同研修・共同事業」, the table's own title words): all its rows, no condition."""
    t = reading.table
    qn = _key(question)
    dropped = False
    for m in _JOINED_WORDS.finditer(qn):
        for c in list(reading.conds):
            if c.op not in ("eq", "in") or c.header not in {x.header for x in t.columns} or t.column(c.header).numeric:
                continue
            kinds = {_key(str(r["cells"].get(c.header) or "")) for r in t.rows} - {""}
            if 2 <= len(kinds) <= 4 and all(k in m.group(0) for k in kinds):
                reading.conds.remove(c)
                reading.spans.append(m.span())
                dropped = True
    return dropped
