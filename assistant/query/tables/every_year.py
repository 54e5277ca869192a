"""「毎年減ってる職種」「令和5年度以降毎年増え続けている」: a change said of every year, over a table of year
columns: the change between each year and the next (from the year said with 以降, else from the first
year printed) must hold, not the one pair of years the question's verb was first read with.
「稼働率が3年連続で下がっている」: the last N years printed, each lower than the one before; over a table
of several measures by year (稼働率(%)令和4年度 …), the year columns of the measure whose change was read."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.grammar.years import inherit_eras
from assistant.query.tables.cells import _number
from assistant.query.tables.question import _CHANGE_COLUMN, Cond, _year_series
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_EVERY = re.compile(r"(?:(?P<from>(?:令和|平成|R|H)\s*\d{1,2}\s*年度?|\d{4}\s*年度?)\s*(?:以降|から)\s*)?"
                    r"(?:毎年|年々|一貫して|ずっと|(?P<never>一度も|1度も|一回も|1回も|いちども)|(?P<run>\d{1,2})\s*(?:年|年度|回)\s*(?:連続\s*(?:で|して)?|続けて|つづけて))\s*(?:度\s*)?"
                    # (「毎年交付額が増え続けている」: the figure's word said between)
                    r"(?:[、,]?\s*[一-龥ァ-ヶーA-Za-z]{1,10}(?:が|は|も)\s*)?"
                    # (「毎年、前の年より良くなってる」: each year compared with the one before, said again)
                    r"(?:[、,]?\s*(?:前の年度?|前年度?)(?:より|から|と比べて|に比べて)[、,]?\s*)?"
                    r"(?P<dir>増え|増加|伸び|上が|上昇|減っ|減少|減り|下が|低下|改善|良くな|よくな|悪化|悪くな"
                    # (「R4からR7までずっと同じ額」: no year's figure differs from the one before)
                    # (「ずっと人数が変わってない」: the state negated, as 変わらない)
                    r"|同じ|変わら(?=ない|ず)|変わって(?=い?な[いく]|おらず|いません)|横ばい)")

# 「実績が伸び続けている」「3年間とも増え続けている」: the verb's going on says every year's change (the years said
# with 年間 are the last ones printed); no 毎年 needed
_GOING_ON = re.compile(r"(?:(?P<run>\d{1,2})\s*(?:年間|か年|カ年|ヶ年|年度間)\s*(?:とも|ずっと|を通じて|通して)?[、,]?\s*)?"
                       r"(?P<from>(?!))?(?P<never>(?!))?"
                       r"(?:[一-龥ァ-ヶーA-Za-z]{1,10}(?:が|は|も)\s*)?(?P<dir>増え|伸び|減り|上が(?=り)|下が(?=り))(?=\s*(?:続け|つづけ))")


# (「R4からR6まで」: the era's letter needs no 年)
_YEAR = r"((?:令和|平成|R|H)\s*\d{1,2}(?:\s*年度?)?|\d{4}\s*年度?)"
_FROM = re.compile(_YEAR + r"\s*(?:から|より)")
_UNTIL = re.compile(_YEAR + r"\s*(?:まで|にかけて)")


def read_every_year(question: str, reading) -> bool:
    """Replace (in place) the one change read with a chain of changes over the years; True when done."""
    said = inherit_eras(nfkc(question))
    m = _EVERY.search(said) or _GOING_ON.search(said)
    if m is None:
        return False
    t = reading.table
    direction = "up" if m.group("dir") in ("増え", "増加", "伸び", "上が", "上昇") else \
        "same" if m.group("dir") in ("同じ", "変わら", "変わって", "横ばい") else "down"
    # 「一度も変わってない」: the verb carries its own negation, never changed is every year the same
    never = bool(m.group("never")) and not (direction == "same" and m.group("dir") in ("変わら", "変わって"))
    if direction == "same" and (never or re.match(r"[ぁ-ん]*(?:では|じゃ)(?:ない|なかっ)", said[m.end():])):
        return False  # 「ずっと同じではない」「一度も同じ…」: no chain of equal years; left as first read
    if never:
        # 「3年間一度も交付額が減っていない」: no year's change went that way (each pair the same or the other way)
        tail = re.match(r"[ぁ-ん]*", said[m.end():]).group(0)
        if not re.search(r"ない|なかっ|ず|ません", tail):
            return False
        direction = "not_" + direction
    change = next((c for c in reading.conds if c.op.startswith("change_")), None)
    if m.group("dir") in ("改善", "良くな", "よくな", "悪化", "悪くな"):
        # 「毎年良くなってる」 over rows the document says are better lower: each year's change read that way (the
        # change first read so); elsewhere better is no direction of the figures, left unread
        if change is None or change.op not in ("change_better", "change_worse") or never:
            return False
        direction = change.op[len("change_"):]
    read = change.header.split("|")[0] if change is not None else ""
    base = t.column(read).base if read and t.column(read).year is not None else ""
    # 「毎年評価が上がり続けている」 over a grade by year (a–d): the grades' order the change was read with
    # (a table of grades under bare year headers, 「柱 │ 名称 │ 令和3年度 │ 令和4年度 …」, has no base: its years are
    # those headers, each year's grade the column's)
    graded = bool(read) and t.column(read).year is not None and not t.column(read).numeric \
        and isinstance(change.value, dict) and bool(change.value)
    cols = sorted((c for c in t.columns if (c.numeric or graded) and c.year is not None and c.base == base),
                  key=lambda c: c.year)
    # (「交付額 R4決算 … R7予算」: one figure's years settled then budgeted, one series: question._year_series)
    series = _year_series(t, numeric=True, stems=True).get(base) if base else None
    if series and len(series) > len(cols):
        cols = sorted(series, key=lambda c: c.year)
    run = int(m.group("run")) if m.group("run") else 0
    changes = sorted((c for c in t.columns if c.numeric and c.year is not None and _CHANGE_COLUMN.match(c.base)),
                     key=lambda c: c.year)
    if run >= 2 and cols and len({c.year for c in changes}) == len(changes) >= run \
            and all(c.year in {x.year for x in cols} for c in changes):
        # 「2年連続で利用者が減っている」 over 利用者数 R4 | R5 | 前年比 | R6 | 前年比: the document prints each year's
        # change beside it (▲ a fall); a fall N years running is the last N of those below zero
        op = "gt" if direction == "up" else "lt"
        reading.conds = [c for c in reading.conds if not c.op.startswith("change_")] + [
            Cond(c.header, op, 0.0, f"{c.header}が{'プラス' if op == 'gt' else 'マイナス（▲）'}（{run}年連続）")
            for c in changes[-run:]]
        qn = _key(question)
        at = qn.find(_key(m.group(0)))
        if at >= 0:
            reading.spans.append((at, at + len(_key(m.group(0)))))
        return True
    if run:
        if run < 2 or len(cols) < run:
            return False
        # 「2年続けて下がった」 is two falls running, three years' figures (R4 > R5 > R6); where fewer years are
        # printed (「3年連続で増えてる」 over R4 | R5 | R6) the run is every year printed, each above the one before
        cols = cols[-(run + 1):] if len(cols) > run else cols[-run:]
    if len(cols) < (run or 3) or len({c.year for c in cols}) != len(cols):
        return False
    start = find_years(m.group("from"))[0].fiscal_year if m.group("from") and find_years(m.group("from")) else cols[0].year
    # (「R4からR7まで毎年」: the years said around the span, from the first to the last)
    before = said[:m.start()]
    frm = _FROM.search(before) if not m.group("from") else None
    if frm is not None and find_years(frm.group(1)):
        start = find_years(frm.group(1))[0].fiscal_year
    until = _UNTIL.search(before)
    end = find_years(until.group(1))[0].fiscal_year if until is not None and find_years(until.group(1)) else None
    span = [c for c in cols if c.year >= start and (end is None or c.year <= end)]
    kept = [c for c in reading.conds if not c.op.startswith("change_")]
    # (「前期計画で毎年度減っていた」 over 計画 │ … │ R3 … R6, 前期's rows blank in R6 (outside its period): the years
    # the rows kept by the other conditions print, not a year none of them has)
    picked = [r for r in t.rows if all(nfkc(str(r["cells"].get(c.header) or "")).strip() == str(c.value)
                                       for c in kept if c.op == "eq" and isinstance(c.value, str))]
    if picked and len(picked) < len(t.rows):
        span = [c for c in span if any(str(r["cells"].get(c.header) or "").strip() for r in picked)]
    if len(span) < 2:
        return False
    word = ("上昇" if direction.endswith("up") else "低下") if graded else "増加" if direction.endswith("up") else "減少"
    word = {"better": "改善", "worse": "悪化"}.get(direction, word)
    word = "同じ" if direction == "same" else word
    word += "していない" if direction.startswith("not_") else ""
    # (the figures as the change conditions compare them: each cell's number, by its search form)
    rank = dict(change.value) if graded else {_key(str(v).strip()): n for c in span for r in t.rows
                                              if (n := _number(v := r["cells"].get(c.header))) is not None}
    chain = [Cond(f"{a.header}|{b.header}", "change_" + direction, rank, f"{a.header}→{b.header}で{word}")
             for a, b in zip(span, span[1:])]
    reading.conds = kept + chain
    qn = _key(question)
    for w in (_key(m.group(0)), "毎年"):
        at = qn.find(w)
        if at >= 0:
            reading.spans.append((at, at + len(w)))
            break
    return True
