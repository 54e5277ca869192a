"""「３年連続で表彰を受けている課はどこ？」 over a list of one row per event with a column of its fiscal year
(年度 │ 賞 │ 提案名 │ 所属): the groups (each 課 of a joint 「総務課・企画財政課」 too) printed in N fiscal years in a
row. A list with no year columns prints no run of its own to read 「N年連続」 on (question._run_printed); its rows'
years do. The verb must be said by the list's own title (表彰 of 表彰者一覧) and nothing else said: otherwise None,
the question left to the rest (never answered without a word of it)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

if TYPE_CHECKING:
    from assistant.query.tables.read import Table

_KANJI = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_RUN = compiled(r"(?P<n>[2-9]|[二三四五六七八九])\s*(?:年|年度|か年|カ年|ヶ年)\s*(?:連続|続けて|つづけて)\s*(?:で|して|して、)?")
# The groups asked: the word the cells' parts end with (課), or the column's own header (所属)
_ASKED = compiled(r"(?P<w>課|部署|部局|所属|団体|自治体|市町村|地区|学校|事業者|業者|会社|企業)\s*(?:は|って|が)?\s*"
                  r"(?:どこ|どれ|どちら|何|なに|教えて|を教えて|[?？。]|$)")
# Verbs of receiving or being picked that say no condition of their own (the title's word says what)
_VERBS = compiled(r"を?(?:受け|受賞し|もらっ|貰っ|され|選ばれ|選定され|採択され|入賞し|獲得し)?(?:て(?:い)?る|た|ている)?")
_SPLIT = compiled(r"\s*[・、,／/]\s*")


def _cell(row: dict, header: str) -> str:
    return nfkc(str(row["cells"].get(header) or "")).strip()


def _year_column(t: Table) -> str:
    """The column each of whose cells names one fiscal year (年度 │ 令和4年度): the rows' years."""
    for c in t.columns:
        if c.header in (t.name, t.number) or c.year is not None:
            continue
        values = [_cell(r, c.header) for r in t.rows]
        if values and all(len(find_years(v)) == 1 and re.fullmatch(r"[^一-龥]*(?:令和|平成|R|H)?[^一-龥]*年度?[^一-龥]*", v)
                          for v in values):
            return c.header
    return ""


# (「部署」「所属」 are said of offices whatever they end with: 課, 室, 局)
_OFFICES = ("課", "室", "局", "部", "所", "センター")
_ENDINGS = {"部署": _OFFICES, "部局": _OFFICES, "所属": _OFFICES}


def _group_column(t: Table, word: str, skip: str) -> str:
    """The column whose cells' parts are the groups asked: headed by the word, or most parts ending with it."""
    best, share = "", 0.0
    endings = _ENDINGS.get(word, (word,))
    for c in t.columns:
        if c.header in (skip, t.name, t.number) or c.numeric:
            continue
        if nfkc(c.header) == word:
            return c.header
        parts = [p for r in t.rows for p in _SPLIT.split(_cell(r, c.header)) if p]
        if parts:
            s = sum(p.endswith(endings) for p in parts) / len(parts)
            if s > share:
                best, share = c.header, s
    return best if share >= 0.5 else ""


def _title_word(rest: str, t: Table) -> str:
    """The word of the list's title the verb says (表彰 of 表彰者一覧); "" when none is."""
    title = nfkc(t.doc_title + t.caption)
    words = re.findall(r"[一-龥ァ-ヶー]{2,}", rest)
    return next((w for w in words if w in title), "")


def answer_group_runs(question: str, tables: list[Table]) -> tuple[Answer, list[dict], Table] | None:
    qn = nfkc(question).strip()
    run = _RUN.search(qn)
    if run is None:
        return None
    asked = _ASKED.search(qn, run.end())
    if asked is None or re.sub(r"[、,\s]|ここ|この|直近", "", qn[:run.start()]):
        return None  # (a year, a place, another condition said before: not read here)
    n = int(run.group("n")) if run.group("n").isdigit() else _KANJI[run.group("n")]
    between = qn[run.end():asked.start()]
    found = []
    for t in tables:
        if any(c.year is not None for c in t.columns):
            continue  # (year columns print the run themselves: question._run_printed reads those)
        years = _year_column(t)
        word = _title_word(between, t) if years else ""
        group = _group_column(t, asked.group("w"), years) if word else ""
        if not group:
            continue
        # the verb around the title's word says nothing more (「表彰を受けている」, 「表彰された」)
        left = _VERBS.sub("", between.replace(word, "", 1)).strip("のがをはに、 ")
        if not left:
            found.append((t, years, group, word))
    if len(found) != 1:
        return None
    t, years, group, word = found[0]
    held: dict[str, set[int]] = {}
    for r in t.rows:
        fy = find_years(_cell(r, years))[0].fiscal_year
        for part in _SPLIT.split(_cell(r, group)):
            if part:
                held.setdefault(part, set()).add(fy)
    runs = {g: _longest_run(ys) for g, ys in held.items()}
    chosen = [g for g in held if runs[g][1] >= n]
    rows = [r for r in t.rows if any(p in chosen for p in _SPLIT.split(_cell(r, group)))]
    shown = "、".join(f"{g}（{fy_text(runs[g][0])}〜{fy_text(runs[g][0] + runs[g][1] - 1)}）" for g in chosen)
    where = t.doc_title
    summary = (f"{where}の表に{n}年連続で出てくる{asked.group('w')}（{group}）は {len(chosen)}件です（{years}ごとに{group}を"
               f"見ました。「・」でつないだ{group}はそれぞれ数えます）" + (f"：{shown}。" if chosen else "。"))
    ans = Answer(question=question, target="table_row", status="exact" if chosen else "no_match", count=len(chosen),
                 value="、".join(chosen) if chosen else None, summary=summary,
                 understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {where}"},
                             {"field": f"{years}|{group}", "op": "year_run", "value": n,
                              "label": f"{years}が{n}年続けて{group}に出てくる"}],
                 rows=[{"key": r["key"], "source": t.source, "line": r["line"], "title": r["cells"].get(t.name, ""),
                        "number": r["cells"].get(t.number, ""), **r["cells"]} for r in rows],
                 columns=[c.header for c in t.columns])
    return ans, rows, t


def _longest_run(years: set[int]) -> tuple[int, int]:
    """(first year, length) of the longest run of consecutive fiscal years."""
    best = (0, 0)
    for y in sorted(years):
        if y - 1 in years:
            continue
        k = 1
        while y + k in years:
            k += 1
        best = max(best, (y, k), key=lambda b: b[1])
    return best
