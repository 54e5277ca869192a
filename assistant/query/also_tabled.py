"""「令和５年度に完了した取組はどれ？」 answered from the dedicated records (実践項目 whose 取組終了 is R5), no town or
document named, when another document's generic table reads the whole question as well and calls its rows the
same kind (取組 of a 取組進捗管理表 with a 完了年度 column), or the question names no kind at all (「Ａ評価だった
ところ」 beside a table of 団体 graded by year): which document is meant is a guess. The answer is kept,
but not as certain (partial), and says the other table's records."""
from __future__ import annotations

import re

from assistant.query.answer import Answer

_KINDS = ("practice", "initiative")
_WORD = {"practice": "取組", "initiative": "取組項目"}


def said_of_another_table(db, question, answer: Answer, following: bool, places: list[str]):
    """Marks the answer partial when another document's table reads the question too; returns that table's context
    (what a follow-up may go on from: went_on_in_table), else None."""
    if not isinstance(question, str) or following or places or answer.status != "exact" \
            or answer.target not in _KINDS or not answer.rows:
        return None
    if not all(str(r.get("key", "")).startswith(answer.target + ":") for r in answer.rows if isinstance(r, dict)):
        return None
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'table_row'").fetchone():
        return None  # (an index of no generic table: nothing to read, and the tables' reader not imported for nothing)
    from assistant.query.tables import answer_from_tables

    try:
        tabled = answer_from_tables(db, question, None, loose=True)
    except Exception:  # (a table the reader cannot take: the answer stands as it is)
        return None
    if tabled is None:
        return None
    other = tabled[0]
    if other.status != "exact" or other.unused or not other.rows:
        return None
    rows_word = _rows_word_said(question, other, tabled[1])
    if not _same_kind(other, answer.target, tabled[1]) and _kind_said(question, answer.target) \
            and not _kind_ends_name(question, answer.target, tabled[1]) and not rows_word:
        return None  # (「A評価の取組」: the records' own word said, another table's rows of another kind not meant)
    mine = {r.get("source") for r in answer.rows if isinstance(r, dict)}
    theirs = {r.get("source") for r in other.rows if isinstance(r, dict)}
    if not theirs or theirs & mine:
        return None
    # (a row with no number by its name: 迅速性, not its place in the index)
    codes = "、".join(str(r.get("number") or r.get("title") or r.get("key")) for r in other.rows[:8] if isinstance(r, dict))
    title = next((u.get("label", "").removeprefix("文書: ") for u in other.understood if u.get("field") == "source"), "")
    answer.status = "partial"
    word = _WORD[answer.target] if _same_kind(other, answer.target, tabled[1]) else rows_word
    answer.caveat = (f"どの資料の{word or 'こと'}か指定がありません。{title or '別の資料'}の表にも条件に合う"
                     f"{word or '行'}（{codes}{' ほか' if len(other.rows) > 8 else ''}）があります。")
    answer.summary = answer.caveat + answer.summary
    return tabled[1]


def went_on_in_table(db, question, answer: Answer, before) -> tuple | None:
    """「保険年金課が所管している業務を一覧で」 (kept from the records, partial: another document's table reads it too),
    then 「そのうち委託する予定があるのは？」: the records read the follow-up's words only as words of their text
    (本文に「委託」を含む) while that table reads them as its values (委託区分 R8委託予定). The follow-up goes on in
    the table, still partial: which document was meant is the reading chosen, said first with the other reading.
    `before`: (the records' kind, the table's context, the records' conditions) of the turn before, or None."""
    if before is None or not isinstance(question, str) or answer.status not in ("exact", "partial") \
            or answer.target != before[0] or before[1] is None:
        return None
    from assistant.query.tables.answer import REFINES, answer_from_tables

    if not REFINES.search(question):
        return None
    added = [u for u in answer.understood if u not in before[2]]
    if not added or not all(u.get("field") == "text" and u.get("op") == "match" for u in added):
        return None  # (a condition the records read as their own field: the records go on)
    try:
        tabled = answer_from_tables(db, question, before[1])
    except Exception:  # (a table the reader cannot take: the records' answer stands)
        return None
    if tabled is None or tabled[1] is None or tabled[0].status != "exact" or tabled[0].unused or not tabled[0].rows:
        return None
    got = tabled[0]
    words = "「" + "」「".join(str(u.get("value")) for u in added) + "」"
    title = next((u.get("label", "").removeprefix("文書: ") for u in got.understood if u.get("field") == "source"), "")
    other = answer.summary.split("。")[-2] if answer.summary.count("。") >= 1 else answer.summary
    got.status = "partial"
    got.caveat = (f"前の質問がどの資料のことか指定がなく、{words}は{_WORD[answer.target]}では本文の語としてしか読めないため、"
                  f"{title or '表'}の表の値として読んで答えました（別の読み方: {other}）。")
    got.summary = got.caveat + got.summary
    return got, tabled[1]


def still_unnamed(answer: Answer, before) -> None:
    """A follow-up narrowing records kept as a guess (partial: another document's table read the question too) is
    a guess still: partial, said first."""
    if before is None or answer.status != "exact" or answer.target != before[0]:
        return
    answer.status = "partial"
    answer.caveat = "前の質問と同じく、どの資料のことか指定がないため、" + _WORD[answer.target] + "として答えています。"
    answer.summary = answer.caveat + answer.summary


def _same_kind(other: Answer, kind: str, context) -> bool:
    """Whether the other table's rows are records of the kind asked as the table itself calls them. Rows keyed as
    the report's items only because the table grades them (団体 graded by year: evaluated_rows.py) are called so by
    no word of theirs: 「Ａ評価だった取組」 names the records' own word, not those 団体."""
    if getattr(other, "rows_are", "") != kind:
        return False
    table = getattr(context, "table", None)
    if getattr(table, "_records_kind", "") != kind:
        return True
    from assistant.kinds.registry import kind_words
    from assistant.text.normalize import nfkc

    own = "".join(nfkc(" ".join(str(getattr(table, a, "") or "") for a in
                                ("doc_title", "caption", "name", "number", "row_word"))).split())
    return any(w in own for w in {w for w, k in kind_words() if k == kind} | {_WORD[kind], "取り組み", "取組"})


def _kind_ends_name(question: str, kind: str, context) -> bool:
    """Whether every word of the kind the question says ends the other table's own name for its rows too (項目 of
    評価項目 │ 評価 │ 所見): said of either, it decides nothing."""
    from assistant.kinds.registry import kind_words
    from assistant.text.normalize import nfkc

    name = nfkc(str(getattr(getattr(context, "table", None), "name", "") or ""))
    qn = nfkc(question)
    said = [w for w in {w for w, k in kind_words() if k == kind} | {_WORD[kind], "取り組み", "取組"} if w in qn]
    # (a longer word said containing a shorter one: 実践項目 said holds 項目, and 実践項目 ends no 評価項目)
    said = [w for w in said if not any(w != o and w in o for o in said)]
    return bool(name) and bool(said) and all(name.endswith(w) and name != w for w in said)


def _rows_word_said(question: str, other: Answer, context) -> str:
    """The other table's own word for its rows (取組 of 取組番号 │ 取組名 │ 担当課), where they are plan items too and the
    question says that word: 「管財課の取組は？」 read as the records' 取組項目 is a guess, for that table's rows are
    called 取組 by the table itself. "" otherwise."""
    from assistant.text.normalize import nfkc

    if getattr(other, "rows_are", "") not in _KINDS:
        return ""
    table = getattr(context, "table", None)
    name = "".join(nfkc(str(getattr(table, "name", "") or "")).split())
    word = re.sub(r"(?:名称|名|番号|No\.?|№)$", "", name)
    return word if len(word) >= 2 and word != name and word in nfkc(question) else ""


# The noun a question ends on, as what it asks for (「…同じ評価の柱」「柱はいくつ？」「柱はどれ」).
_ENDING_NOUN = re.compile(r"(?<![一-龥ァ-ヶー])([一-龥ァ-ヶー]{1,6})(?:は|って)?(?:いくつ|幾つ|何個|どれ|どこ|何)?(?:ですか|か)?[?？。]?$")


def _unread_ending(qn: str, answer: Answer) -> str:
    """The noun the question ends on when no condition of the answer names it (its labels), else ""."""
    m = _ENDING_NOUN.search(qn)
    if m is None:
        return ""
    word = m.group(1)
    labels = "".join(str(u.get("label", "")) for u in answer.understood)
    return "" if word in labels else word


def _kind_said(question: str, kind: str) -> bool:
    """Whether the question calls what it asks for by the kind's word (取組, 実践項目): 「Ａ評価だったところ」
    names no kind, so another document's table of 団体 graded by year reads it as well."""
    from assistant.kinds.registry import kind_words
    from assistant.text.normalize import nfkc

    qn = nfkc(question)
    words = {w for w, k in kind_words() if k == kind} | {_WORD[kind], "取り組み", "取組"}
    return any(w in qn for w in words)


def field_printed_elsewhere(db, question, answer: Answer, following: bool, places: list[str]) -> None:
    """「所管課は全部で何課ある？」 answered as the kinds of the dedicated records' field (担当部署, 所管課 one of its
    words), no kind named, while another document's table prints a column of that very name: which one is meant is a
    guess, so the answer is kept as not certain (partial) and names the other table's column."""
    if not isinstance(question, str) or following or places or answer.status != "exact" \
            or answer.target not in _KINDS or _kind_said(question, answer.target):
        return
    fields = {u.get("field") for u in answer.understood if u.get("op") in ("distinct", "group")}
    if not fields:
        return
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'table_row'").fetchone():
        return
    from assistant.kinds.registry import field_label
    from assistant.query.tables.read import read_tables
    from assistant.text.normalize import nfkc

    qn = "".join(nfkc(question).split())
    labels = {nfkc(field_label(f, answer.target)) for f in fields if f}
    if any(label and label in qn for label in labels):
        return  # (the records' own label said: 「担当部署はいくつ」 is theirs)
    for t in read_tables(db):
        if db.execute(f"SELECT 1 FROM [{answer.target}] WHERE source = ? LIMIT 1", [t.source]).fetchone():
            continue
        said = next((c.base for c in t.columns if not c.numeric and len(c.base) >= 3 and c.base in qn), "")
        if said:
            title = t.doc_title or t.caption or t.source
            answer.status = "partial"
            answer.caveat = (f"どの資料の「{said}」か指定がありません。この回答は{field_label(next(iter(fields)), answer.target)}"
                             f"についてで、{title}の表にも「{said}」の列があります。")
            answer.summary = answer.caveat + answer.summary
            return


def rows_asked_of_table(db, question, answer: Answer, following: bool, places: list[str]):
    """「３年間ずっとＢ以上だったテーマ」 answered from the records as the value of their field テーマ (the themes of
    each 実践項目 graded B or better), no kind named, while another document's table whose rows are テーマ (テーマ番号 │
    テーマ名 │ 委員会評価 令和4年度 … 令和6年度) reads the whole question: the question ends on what it asks, and that
    table's rows are called so, while the records only print it of each of theirs. The table's (answer, context), else
    None (the records' answer stands, and said_of_another_table says the other reading)."""
    if not isinstance(question, str) or following or places or answer.status != "exact" \
            or answer.target not in _KINDS or not answer.rows or _kind_said(question, answer.target):
        return None
    import re

    from assistant.query.facts import _key
    from assistant.text.normalize import nfkc

    asked = [str(u.get("label", "")).removesuffix("を答える") for u in answer.understood if u.get("op") == "value"]
    qn = "".join(nfkc(question).split())
    # (the word asked ends the question: 「…だったテーマ」「…のテーマは？」, not a field said on the way)
    ending = [w for w in asked if w and re.search(re.escape(nfkc(w)) + r"(?:は|って)?(?:どれ|どこ|何)?(?:ですか|か)?[?？。]?$", qn)]
    # (「Ａ評価をとったことがある柱はいくつ？」: the word the question ends on that no condition of the records read
    # — it may be the header of a table's numbering column (柱 │ 名称 │ 令和4年度 …), the table's word for its rows)
    unread = _unread_ending(qn, answer) if not ending else ""
    if (len(ending) != 1 and not unread) or not db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'table_row'").fetchone():
        return None
    from assistant.query.tables import answer_from_tables

    try:
        tabled = answer_from_tables(db, question, None, loose=True)
    except Exception:  # (a table the reader cannot take: the records' answer stands)
        return None
    if tabled is None or tabled[1] is None:
        return None
    other, table = tabled[0], getattr(tabled[1], "table", None)
    if other.status != "exact" or other.unused or not other.rows or table is None or not table.name:
        return None
    if ending:
        word = _key(ending[0])
        if word not in {_key(f) for f in (table.name, table.row_word or "", *table.column(table.name).forms)}:
            return None  # (the table's rows are called by another word: which is meant stays a guess)
    elif unread not in {nfkc(w) for w in (table.number, table.row_word, re.sub(r"(?:名称|名|番号)$", "", table.name)) if w}:
        return None  # (a word the table does not call its rows by: the records' answer stays, the word unused)
    mine = {r.get("source") for r in answer.rows if isinstance(r, dict)}
    if {r.get("source") for r in other.rows if isinstance(r, dict)} & mine:
        return None
    return tabled
