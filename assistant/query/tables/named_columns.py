"""Columns a question names otherwise than by their header: 「職員1人当たりの使用量」 (a figure per person,
computed by read.py), 「参加児童数は」 (the measure a column names per row, its figures in a column of 値),
「前回いつ改定された」 (a column of days named by the verb's noun), 「一度も改定されていない」「まだ実施されて
いない」 (no day written, or a day still planned), and one-kanji kinds of a column of few kinds (区分 税).
Each reader is given the question's search form and the `free`/`take` of question._read."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re
from typing import Callable

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.cells import _EMPTY
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc

# 「いつ改定された」「前回いつ改定」: when, then the verb whose noun a column of days or years is named by.
_WHEN_VERB = compiled(r"(?P<lead>[一-龥]{2})?いつ(?:ごろ|頃)?(?P<stem>[一-龥]{2,4})(?=され|し|する|した|に|を|の|予定)")


_PER_PERSON = compiled(r"(?P<who>[一-龥ァ-ヶー]{0,6}?)(?:1|一)人(?:当たり|あたり|当り)(?:の|で|が|は)?")


def read_per_person(t: Table, qn: str, free, take) -> None:
    """「職員1人当たりのコピー用紙使用量」: the column read.py computes of each figure per person (職員1人当たり
    使用量); words between that the document's title holds (コピー用紙 of 「庁内コピー用紙使用量の状況」) are
    its."""
    per = [c for c in t.columns if c.header in t.derived and "1人当たり" in c.header]
    for m in _PER_PERSON.finditer(qn) if per else ():
        who = m.group("who")
        for c in sorted(per, key=lambda c: -len(c.base)):
            stem, _, measure = c.base.partition(_key("1人当たり"))
            if who and not who.endswith(stem) or not measure:
                continue
            at = qn.find(measure, m.end())
            mid = qn[m.end():at] if at >= 0 else ""
            if at < 0 or at - m.end() > 10 or (mid and mid.strip("の") not in _key(t.doc_title)):
                continue
            start = m.end("who") - len(stem) if who else m.start()
            if free(start, at + len(measure)):
                take(start, at + len(measure), "col", c.header)
                return


# 「参加児童数（人）」: a measure's name with its unit in brackets, as a column naming each row's measure prints it.
_MEASURE_CELL = compiled(r"^(?P<name>[^()（）]{2,20}?)\s*[(（](?P<unit>[^()（）\d]{1,6})[)）]$")


def read_measure_named(t: Table, qn: str, free, take) -> None:
    """「放課後子ども教室運営事業の参加児童数は…何人増えた」 over 成果指標 「参加児童数（人）」 and 指標値 by year:
    a column whose cells name each row's own measure with its unit (電子決裁率（％）, 参加児童数（人）), and
    one column (or one series by year) of figures whose name ends in 値 (指標値, 実績値): the measure's name
    said is that column of figures, of the rows whose measure it is."""
    named = [c for c in t.columns if not c.numeric and t.rows and sum(
        bool(_MEASURE_CELL.match(nfkc(str(r["cells"].get(c.header) or "")).strip())) for r in t.rows) >= 0.8 * len(t.rows)]
    figures = {c.base for c in t.columns if c.numeric and c.base.endswith("値")}
    # (実績 令和4年度 | 令和5年度 | 令和6年度 beside one 目標値 (R8): the series by year is the measure's figures;
    # its 目標値 is said by its own word)
    series = {c.base for c in t.columns if c.numeric and re.fullmatch(r"実績値?|指標値|数値", c.base)
              and sum(o.numeric and o.base == c.base and o.year is not None for o in t.columns) >= 2}
    if len(series) == 1:
        figures = series
    if len(named) != 1 or len(figures) != 1:
        return
    base = figures.pop()
    of_base = [c.header for c in t.columns if c.numeric and c.base == base]
    names = {}
    for r in t.rows:
        m = _MEASURE_CELL.match(nfkc(str(r["cells"].get(named[0].header) or "")).strip())
        if m and len(_key(m.group("name"))) >= 3:
            names[_key(m.group("name"))] = m.group("name")
    for key in sorted(names, key=len, reverse=True):
        at = qn.find(key)
        if at < 0 or not free(at, at + len(key)):
            continue
        take(at, at, "contains", (named[0].header, names[key]))
        take(at, at + len(key), "col", of_base[-1])
        return


# 「制定してから一度も改定されていない」「まだ実施されていない」: a verb negated, its noun naming a column of days.
_NEVER_DONE = compiled(r"(?P<since>[一-龥]{2}(?:してから|されてから|して以来|以来|以降)[、,]?)?(?P<never>一度も|いちども|まだ|これまで)?"
                       r"(?P<stem>[一-龥]{2,4})(?:されて(?:い)?ない|して(?:い)?ない|されておらず|しておらず|されず|せず|されたことがない|したことがない)")


_PLANNED_DAY = compiled(r"[(（]\s*予定\s*[)）]|予定$")
_PLANNED_SAID = compiled(r"[(（]?(?:予定|実施予定)(?:の(?:もの)?)?[)）]?")


def read_never_done(t: Table, qn: str, free, take) -> None:
    """「制定してから一度も改定されていない手数料」 over 前回改定日 (「―」 where never revised): the rows whose
    column of days named by the verb's noun has no day written (blank or a dash)."""
    m = _NEVER_DONE.search(qn)
    if m is None or not free(*m.span()):
        return
    dated = [c.header for c in t.columns if c.dates and not c.numeric and m.group("stem") in _key(c.header)]
    if len(dated) != 1:
        return
    cells = [nfkc(str(r["cells"].get(dated[0]) or "")).strip() for r in t.rows]
    planned = [c for c in cells if _PLANNED_DAY.search(c)]
    if planned and len(planned) < len(cells):
        # 「2026年4月1日（予定）」 beside days done: not done yet is a day still planned (a row with no day
        # at all plans nothing to do).
        end = m.end()
        tail = _PLANNED_SAID.match(qn, end)
        take(m.start(), tail.end() if tail else end, "contains", (dated[0], "予定"))
        return
    if not any(c in _EMPTY for c in cells):
        return
    take(*m.span(), "presence", (dated[0], "empty"))


# 「まだ始まっていない」「開始されていない」: not begun yet, said of a column of when each began
_NOT_BEGUN = compiled(r"(?:まだ|いまだ|未だ)?(?:始まって(?:い)?ない|始まっておらず|始まっていません|始まらない|"
                      r"(?:開始|供用|運用)(?:され|し)て(?:い)?ない|未開始)")
_BEGIN_HEADER = compiled(r"開始|始期|供用|運用")


def read_not_begun(t: Table, qn: str, free, take) -> None:
    """「まだ始まっていない（予定の）もの」 over 開始年度 printing 「令和11年度（予定）」 beside years already begun:
    not begun yet is a start still planned (the cells marked 予定), as read_never_done reads a day planned."""
    m = _NOT_BEGUN.search(qn)
    if m is None or not free(*m.span()):
        return
    begun = [c.header for c in t.columns if not c.numeric and (c.dates or c.years_inside)
             and _BEGIN_HEADER.search(_key(c.header))]
    if len(begun) != 1:
        return
    cells = [nfkc(str(r["cells"].get(begun[0]) or "")).strip() for r in t.rows]
    planned = [c for c in cells if _PLANNED_DAY.search(c)]
    if not planned or len(planned) == len(cells):
        return
    # (「まだ始まっていない（予定の）」: the bracket restates it)
    tail = re.match(r"\s*[(（]?\s*(?:予定|実施予定)(?:の(?:もの)?)?\s*[)）]?", qn[m.end():])
    take(m.start(), m.end() + (tail.end() if tail else 0), "contains", (begun[0], "予定"))


def read_when_verb(t: Table, qn: str, free, take) -> None:
    """「それは前回いつ改定されましたか」 over a column 前回改定日: the column of days (or years) whose name
    holds the verb's noun (改定) is the one asked; a word before いつ that the name holds too (前回) is its."""
    m = _WHEN_VERB.search(qn)
    if m is None or not free(*m.span("stem")):
        return
    dated = [c.header for c in t.columns if (c.dates or c.years_inside) and not c.numeric
             and m.group("stem") in _key(c.header)]
    if len(dated) != 1:
        return
    take(*m.span("stem"), "col", dated[0])
    if m.group("lead") and m.group("lead") in _key(dated[0]) and free(*m.span("lead")):
        take(*m.span("lead"), "filler")


# 「何年に建ったの」「いつ建てられた」「何年にできた」: when, then a verb of one kanji and its okurigana.
_WHEN_ONE_KANJI = compiled(r"(?:何年|なんねん|いつ)(?:ごろ|頃)?(?:に)?(?P<verb>(?P<kanji>[一-龥])(?:っ|て|ち|つ|た|ら|り|ま|め|い|え)[ぁ-ん]*)")


def read_when_built(t: Table, qn: str, free, take) -> None:
    """「檜沢公民館って何年に建ったの？」 over a column 建築年 (1966): the verb of one kanji (建つ) is the noun a
    column of years is named by where that column's name opens with the kanji and holds 年 (建築年, 開設年度);
    the one such column is asked. Two such columns, or none, leave the words to the other readers."""
    m = _WHEN_ONE_KANJI.search(qn)
    if m is None or not free(*m.span()):
        return
    kanji = m.group("kanji")
    named = [c.header for c in t.columns if re.match(re.escape(kanji) + r"[一-龥]", _key(c.header))
             and re.search(r"年|日", _key(c.header))]
    if len(named) == 1:
        take(*m.span(), "col", named[0])


def category_columns(t: Table) -> set[str]:
    """Columns sorting the rows into a few kinds, each kind a short word over several rows (区分: 戸籍,
    住民票, 税): their one-kanji kinds (税) are values a question says (「税関係の手数料」), as a longer word is."""
    out = set()
    for c in t.columns:
        if c.numeric or c.header in (t.name, t.number):
            continue
        values = list(printed_cells(t, c.header))
        kinds = set(values) - {""}
        # (「済」 beside 「令和8年度予定」 and 「対象外」: a status's kinds may be longer words than 戸籍 or 税)
        if 2 <= len(kinds) <= 8 and len(t.rows) >= 2 * len(kinds) and all(len(v) <= 8 for v in kinds):
            out.add(c.header)
    return out


_ONE_KANJI = re.compile(r"[一-龥]")  # (tried on every value of every table read: kept compiled)


def one_kanji_said(t: Table, values: dict[str, set[str]]) -> list[tuple[str, str, object]]:
    """A kind printed as one kanji (済) as a question says it: with its okurigana (済み, 済ん of 済んでいる,
    as Sudachi reads the word: one morpheme of that kanji's word) and after the word of its column
    (「オンライン化済み」); (form, "value", (value, columns)) as the table reader takes values."""
    from assistant.text.tokenize import morphemes

    out: list[tuple[str, str, object]] = []
    for v, holders in values.items():
        if not _ONE_KANJI.fullmatch(v):
            continue
        spoken = [v]
        for kana in ("み", "ん"):
            found = morphemes(v + kana)
            if len(found) == 1 and found[0].dictionary_form().startswith(v) and len(found[0].dictionary_form()) == 2:
                spoken.append(v + kana)
        out += [(s, "value", (v, holders)) for s in spoken[1:] if s not in values]
        out += [(f + s, "value", (v, holders)) for h in holders for f in t.column(h).forms
                if len(f) >= 2 for s in spoken if f + s not in values]
    return out



_PLANNED_YEAR = compiled(r"(.{2,12}?(?:年度|年))(?:中)?予定")


def read_planned_year(t: Table, qn: str, free: Callable[[int, int], bool], take: Callable) -> None:
    """A kind printed as a year's plan (令和8年度予定) as a question says it: 「令和8年度にオンライン化する
    予定」 (the year, the column's word, the verb: a few fixed ways), read as that value before the year
    alone is read as a year of the table's columns (it has none)."""
    values: dict[str, set[str]] = {}
    for c in t.columns:
        if c.numeric or c.header in (t.name, t.number):
            continue
        for r in t.rows:
            v = _key(nfkc(str(r["cells"].get(c.header) or "")).strip())
            if _PLANNED_YEAR.fullmatch(v):
                values.setdefault(v, set()).add(c.header)
    forms = []
    for v, holders in values.items():
        year = _PLANNED_YEAR.fullmatch(v).group(1)
        words = [""] + [f for h in holders for f in t.column(h).forms if len(f) >= 2]
        forms += [(f"{year}{at}{w}{verb}予定", v, holders) for at in ("に", "中に", "の", "") for w in words
                  for verb in (("する", "される", "を", "が", "") if w else ("", "に"))]
    for form, v, holders in sorted(forms, key=lambda f: -len(f[0])):
        for m in re.finditer(re.escape(form), qn):
            if free(*m.span()):
                take(*m.span(), "value", (v, set(holders)))
