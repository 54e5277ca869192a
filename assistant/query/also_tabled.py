"""「令和５年度に完了した取組はどれ？」 answered from the dedicated records (実践項目 whose 取組終了 is R5), no town or
document named, when another document's generic table reads the whole question as well and calls its rows the
same kind (取組 of a 取組進捗管理表 with a 完了年度 column), or the question names no kind at all (「Ａ評価だった
ところ」 beside a table of 団体 graded by year): which document is meant is a guess. The answer is kept,
but not as certain (partial), and says the other table's records."""
from __future__ import annotations

from assistant.query.answer import Answer

_KINDS = ("practice", "initiative")
_WORD = {"practice": "取組", "initiative": "取組項目"}


def said_of_another_table(db, question, answer: Answer, following: bool, places: list[str]) -> None:
    if not isinstance(question, str) or following or places or answer.status != "exact" \
            or answer.target not in _KINDS or not answer.rows:
        return
    if not all(str(r.get("key", "")).startswith(answer.target + ":") for r in answer.rows if isinstance(r, dict)):
        return
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'table_row'").fetchone():
        return  # (an index of no generic table: nothing to read, and the tables' reader not imported for nothing)
    from assistant.query.tables import answer_from_tables

    try:
        tabled = answer_from_tables(db, question, None, loose=True)
    except Exception:  # (a table the reader cannot take: the answer stands as it is)
        return
    if tabled is None:
        return
    other = tabled[0]
    if other.status != "exact" or other.unused or not other.rows:
        return
    if getattr(other, "rows_are", "") != answer.target and _kind_said(question, answer.target):
        return  # (「A評価の取組」: the records' own word said, another table's rows of another kind not meant)
    mine = {r.get("source") for r in answer.rows if isinstance(r, dict)}
    theirs = {r.get("source") for r in other.rows if isinstance(r, dict)}
    if not theirs or theirs & mine:
        return
    codes = "、".join(str(r.get("number") or r.get("key")) for r in other.rows[:8] if isinstance(r, dict))
    title = next((u.get("label", "").removeprefix("文書: ") for u in other.understood if u.get("field") == "source"), "")
    answer.status = "partial"
    word = _WORD[answer.target] if getattr(other, "rows_are", "") == answer.target else ""
    answer.caveat = (f"どの資料の{word or 'こと'}か指定がありません。{title or '別の資料'}の表にも条件に合う"
                     f"{word or '行'}（{codes}{' ほか' if len(other.rows) > 8 else ''}）があります。")
    answer.summary = answer.caveat + answer.summary


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
