"""Tables whose rows are evaluated items (施設, 補助金, 事務事業 graded year by year or given a verdict) and
tables whose rows are the groups those items are filed under (分野, 区分, 類型 scored as a whole).

Staff ask of such rows as of a plan's items: 「R6でS評価だった施設は？」 is the practice items of a monitoring
report, 「委員会評価が△だった分野は？」 its initiatives. Their keys say so (practice:101, initiative:1), as the
plan report's items' do, and so do the rows of another table of the same document listing those groups (code and
name alike: 「類型別関連経費の実績」 beside 「類型別の評価」); rows of any other table stay table_row. Everything is
read from the table: a code column, a name column, and a grade the document gives each row."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# A column giving each row a verdict of the document's evaluation: 評価区分 (継続/縮小/廃止), 今後の方向性,
# 健全度 (A–D), 判定, 委員会評価 (◎○△), a committee's 結論 and the city's 対応方針 on it (廃止/縮小/現行どおり/拡充)
_VERDICT = re.compile(r"評価|判定|方向性|健全度|評点|ランク|結論|対応方針")
# Name columns of measures, not of things evaluated: a KPI's 指標名 stays a table's row
_MEASURE = re.compile(r"指標|KPI|目標|項目名|設問|質問")
# A year's cell that grades: a letter (A–D, S), marks (◎○△×), or a word of judgement (順調, やや遅れ, 概ね達成,
# 要改善, 継続, 縮小) — not a state of handling (完了, 検討中, 未着手: a register of petitions is graded by nobody)
_GRADE = re.compile(r"[A-ES][+-]?|[◎○◯△▲×✕●■□☆★]+|.*(?:順調|遅れ|達成|良好|優良|適正|改善|継続|拡充|縮小|廃止|見直|維持|"
                    r"十分|概ね|不十分|妥当|効果).*")
# Name columns of bodies the document reports on, not of its own items: 団体名, 法人名, 会社名 (an organisation graded
# year by year by a 外郭団体 plan stays a table's row, as every set over such plans keys it; made131, made183). A
# graded facility (施設名) or 補助金 is the item a facility or subsidy review works on (made175, made176, made178).
_BODY = re.compile(r"(?:団体|法人|会社|組合)(?:名|名称)?")
# Codes of groups: one or two characters (1, 2, Ａ), maybe after the group's word (施策1, 区分2)
_GROUP_CODE = re.compile(r"^[一-龥]{0,3}([0-9A-Za-z]{1,2})$")


# A note's mark after a cell's value: ※1, ＊2, (注)
_NOTE_MARK = re.compile(r"(?:[※*]\d*|\(注\d*\))$")


def _flat(value) -> str:
    return "".join(nfkc(str(value or "")).split())


def _codes(table) -> list[str]:
    return [_flat((r.get("cells") or {}).get(table.number)) for r in table.rows] if table.number else []


def _verdict_column(table) -> bool:
    """Whether a column gives each row a grade or a verdict in a few short words or marks (not a number)."""
    for c in table.columns:
        if c.header in (table.name, table.number) or c.numeric or not _VERDICT.search(_flat(c.header)):
            continue
        # (a verdict with a note's mark, 縮小※1 for a tie the chair decided, is that verdict)
        values = {_NOTE_MARK.sub("", _flat((r.get("cells") or {}).get(c.header)))
                  for r in table.rows} - {"", "-", "－", "―"}
        if 2 <= len(values) <= 6 and (len(values) < len(table.rows) or len(table.rows) <= 4) and all(len(v) <= 6 for v in values) \
                and not any(re.fullmatch(r"[\d.,%]+", v) for v in values):
            return True
    return False


def _graded_year_column(table) -> bool:
    """Whether a column of a year grades the rows: headed by a word of evaluation (評価, 達成, 判定) or holding
    only grades (a letter, marks, a judgement); graded_by_year's few values of a year, no number among them."""
    for c in table.columns:
        if c.year is None or c.numeric:
            continue
        values = {_flat((r.get("cells") or {}).get(c.header)) for r in table.rows} - {"", "-", "－", "―"}
        if not (2 <= len(values) <= 6 and len(values) < len(table.rows) and all(len(v) <= 6 for v in values)) \
                or any(re.search(r"\d", v) for v in values):
            continue
        if _VERDICT.search(_flat(c.header)) or re.search(r"達成|評定", _flat(c.header)) \
                or all(_GRADE.fullmatch(v) for v in values):
            return True
    return False


def _measures(table) -> bool:
    """Whether the rows are measures graded by how far they got: the table calls itself a list of them (成果指標一覧,
    KPI). Staff and reports alike call them indicators, not the plan's items; a 事務事業 sheet giving each
    事業 its 成果指標 in a column still grades 事業."""
    return bool(re.search(r"指標|KPI", _flat(table.caption)))


def _evaluated(table) -> bool:
    """Whether the table grades its rows, each coded and named once: a grade per year (graded_by_year) or a
    verdict column, over rows that are no measures (指標名), no places and no bodies (団体名)."""
    from assistant.query.tables.place_rows import rows_are_places
    if not table.number or not table.name or table.number == table.name or len(table.rows) < 3:
        return False
    codes = _codes(table)
    if not all(codes) or len(set(codes)) != len(codes) or _MEASURE.search(_flat(table.name)) or _measures(table):
        return False
    if rows_are_places(table) or _BODY.fullmatch(_flat(table.name)):
        return False
    return _graded_year_column(table) or _verdict_column(table)


def graded(table) -> bool:
    """Whether the table itself grades its rows (not only lists rows another table grades)."""
    return _evaluated(table)


def _group_codes(table) -> list[str]:
    out = []
    for code in _codes(table):
        m = _GROUP_CODE.match(code)
        if not m:
            return []
        out.append(m.group(1))
    return out


def _files_items_under(groups, items) -> bool:
    """Whether `items` (an evaluated table of more rows) are filed under the rows of `groups`: their codes
    begin with the groups' codes (101 under 1), a column of theirs prints the groups' names (見出し 産業振興分野,
    施設類型 公営住宅), or a column of the groups lists the items' codes (対象施設 101・102・103)."""
    if len(items.rows) <= len(groups.rows):
        return False
    names = {_flat((r.get("cells") or {}).get(groups.name)) for r in groups.rows} - {""}
    item_codes = _codes(items)
    gcodes = _group_codes(groups)
    if gcodes and len(set(gcodes)) == len(gcodes):
        under = {g for g in gcodes if any(c.startswith(g) and len(c) > len(g) + 1 for c in item_codes)}
        if len(under) * 3 >= len(gcodes) * 2 and sum(any(c.startswith(g) for g in gcodes) for c in item_codes) \
                * 3 >= len(item_codes) * 2:
            return True
    for c in items.columns:
        if c.header in (items.name, items.number):
            continue
        said = {_flat((r.get("cells") or {}).get(c.header)) for r in items.rows} - {""}
        if len(names) >= 2 and len(said & names) * 3 >= len(names) * 2 and said <= names | {""}:
            return True
    listed = set()
    for c in groups.columns:
        if c.header in (groups.name, groups.number):
            continue
        for r in groups.rows:
            parts = re.split(r"[・、,，\s]+", _flat((r.get("cells") or {}).get(c.header)))
            if len(parts) >= 2:  # (a list of the items' codes, 101・102・103; no one number of a row)
                listed |= set(parts)
    return len(set(item_codes) & listed) * 3 >= len(item_codes) * 2


def records_kind(table, tables) -> str:
    """The kind of record the table's rows are: "practice" for evaluated items, "initiative" for the groups
    evaluated items are filed under, else "" (a table of their 利用者数 by year stays table rows: the grade is
    what makes them the report's items)."""
    if table is None or not table.rows:
        return ""
    memo = getattr(table, "_records_kind", None)
    if memo is not None:
        return memo
    kind = _kind_of(table, tables)
    try:
        object.__setattr__(table, "_records_kind", kind)
    except Exception:  # (a table that keeps no memo is read again)
        pass
    return kind


def _kind_of(table, tables) -> str:
    evaluated = [t for t in tables if _evaluated(t)]
    if _evaluated(table):
        return _evaluated_kind(table, evaluated)
    twins = _evaluated_twins(table, evaluated)
    kinds = {_evaluated_kind(t, evaluated) for t in twins}
    # (the graded items' own figures, 事業費 by 事業 in a workbook beside the report giving each 事業 its 結論, or
    # 利用者数 by facility beside their grades: the items the evaluation works on, whichever table is asked — the
    # answer's excerpts show them as the table's rows too, for whoever calls them so)
    if kinds == {"practice"}:
        return "practice"
    # (groups: a group is one because the document files its items under it, which holds of every table per group
    # the document prints, and of its tables only)
    own = [t for t in twins if t.source == table.source]
    return "initiative" if len(own) == 1 and kinds == {"initiative"} else ""


def _evaluated_kind(table, evaluated) -> str:
    if any(_files_items_under(table, other) or _counts_items_of(table, other)
           for other in evaluated if other is not table):
        return "initiative"
    return "practice"


def _pairs(table) -> set[tuple[str, str]]:
    """Each row's code and name, as printed (flattened)."""
    return {(_flat((r.get("cells") or {}).get(table.number)), _flat((r.get("cells") or {}).get(table.name)))
            for r in table.rows}


def same_items(one, other) -> bool:
    """Whether two tables list the same items, every row of the shorter numbered and named as in the longer
    (the 16 事業 of an evaluation in its report, in the city's response and on its web page): one set of
    documents' tables, though not every document names the city."""
    if one is None or other is None or one is other:
        return False
    a, b = (_pairs(t) if t.number and t.name and t.number != t.name else set() for t in (one, other))
    small, large = sorted((a, b), key=len)
    return len(small) >= 3 and all(code and name for code, name in small) and small <= large


def _evaluated_twins(table, evaluated) -> list:
    """The evaluated tables numbering and naming the same rows as this ungraded one: 「類型別関連経費の実績」 beside
    「類型別の評価」 (類型番号 1–5, 施設類型 the same five names) in one report, or a workbook of the 事業費 of the
    very 事業 (the same 事業番号 and 事業名, all of them) another document of the evaluation gives its 結論. Every
    code printed with the same name is what ties them: two towns' lists do not share all their codes and names."""
    if not table.number or not table.name or table.number == table.name or len(table.rows) < 3:
        return []
    codes = _codes(table)
    if not all(codes) or len(set(codes)) != len(codes):
        return []
    mine = _pairs(table)
    if any(not name for _, name in mine):
        return []
    return [t for t in evaluated if t is not table and t.number and t.name and mine <= _pairs(t)]


# The word a numbering or naming column calls its rows by (提案 of 提案番号, 施設 of 施設名)
_ROW_WORD = re.compile(r"([一-龥々ァ-ヶー]{2,6}?)(?:番号|名称|名|No\.?|コード)$")


def _counts_items_of(groups, items) -> bool:
    """Whether `groups` (few rows, group codes 1…4) has a column counting the rows of the evaluated table `items`
    by their own word: 「テーマ別評価」 of テーマ番号 │ 提案件数 │ 平均点 │ 委員会評価 beside a list of 提案番号 │ 判定:
    each テーマ is a group of 提案, evaluated as a whole (the items' codes need not begin with the group's)."""
    if len(items.rows) <= len(groups.rows) or not _group_codes(groups):
        return False
    words = {m.group(1) for h in (items.number, items.name) if (m := _ROW_WORD.search(_flat(h)))}
    counts = {_flat(c.header) for c in groups.columns if c.header not in (groups.name, groups.number)}
    return any(f"{w}件数" in counts or f"{w}数" in counts for w in words)
