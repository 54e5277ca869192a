"""「子育て講座開催事業、令和4年度の欄が「―」なのはなぜ」「それは何か月分の額？」: why a row's cell is as it
is, or what its figure covers, is no column of the table; a note under it that names the row (by its
code, 「C-04 は令和5年度新規事業」, or its whole name) says it. The answer shows that note, as a search
(where the answer is written), never as a value of the table."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.read import Table
from assistant.query.tables.row_notes import note_of_row
from assistant.text.normalize import nfkc

# Why, or what a figure is of (「何か月分」「いつまでの分」), asked of one row.
_ASKS_WHY = compiled(r"なぜ|なんで|何で|どうして|何故|理由|わけ|何か月分|何ヶ月分|何カ月分|いつからいつ|いつまでの分")
_WHY_COLUMN = compiled(r"理由|要因|原因|背景")
# A row's code distinct enough to be said bare (C-04, E-05, R3-4): letters and digits.
_CODE = compiled(r"[A-Za-z]{1,3}\s*[-‐－]?\s*\d{1,4}(?:[-‐－]\d{1,4})?")


# Why, said as the question's point (not 何で, which is also 「by what」, nor わけ).
_ASKS_REASON = compiled(r"なぜ|なんで|どうして|何故|理由は")


def reason_unlisted(question: str, reading) -> bool:
    """「文書管理システムの共同導入が遅れたのはなぜ？」 read as conditions on a table that has no column saying why
    (理由, 要因) and asks no column's value: the rows matching are no answer to why (the text may say it)."""
    if not _ASKS_REASON.search(nfkc(question)) or reading.asked or reading.measure or reading.aggregate:
        return False
    return not any(_WHY_COLUMN.search(nfkc(c.header)) for c in reading.table.columns)


def _names_row(t: Table, row: dict, qn: str) -> bool:
    name = _key(nfkc(str(row["cells"].get(t.name) or ""))) if t.name else ""
    number = nfkc(str(row["cells"].get(t.number) or "")).strip() if t.number else ""
    return (len(name) >= 3 and name in qn) or bool(number and _CODE.fullmatch(number) and _key(number) in qn)


def why_noted(db, question: str, tables: list[Table], rows: list[dict] | None = None) -> Answer | None:
    """The note naming the one row the question names (or the one row the conversation is on, `rows`),
    when the question asks why or what its figure covers; None otherwise."""
    if not _ASKS_WHY.search(nfkc(question)):
        return None
    qn = _key(question)
    if rows is not None:
        found = [(t, r) for t in tables[:1] for r in rows]
    else:
        found = [(t, r) for t in tables for r in t.rows if _names_row(t, r, qn)]
    if len(found) != 1:
        return None
    t, row = found[0]
    if any(_WHY_COLUMN.search(nfkc(c.header)) for c in t.columns):
        return None  # a column that says why (理由, 要因): the table's reading answers from it
    note = note_of_row(db, t, row)
    name = str(row["cells"].get(t.name) or row["cells"].get(t.number) or "").strip()
    said = _comment_of_row(t, row) if not note else None
    if said:
        # 「なんで採用されなかったの」 of a proposal whose 講評 says it: the row's own sentence, shown as found
        header, text = said
        return Answer(question=question, target="table_row", status="search", count=1,
                      rows=[{"key": row["key"], "source": t.source, "line": row["line"], **row["cells"]}],
                      summary=f"{name}について、{header}にこう書かれています：「{text}」（{t.doc_title}）。",
                      excerpts=[{"key": row["key"], "source": t.source, "line": row["line"], "field": "text",
                                 "text": text, "highlights": []}],
                      notes=["理由を示す欄はないため、行の文章の欄をそのまま示しています（表の欄の値ではありません）"])
    if not note:
        return None
    return Answer(question=question, target="table_row", status="search", count=1,
                  rows=[{"key": row["key"], "source": t.source, "line": row["line"], **row["cells"]}],
                  summary=f"{name}について、表の注記にこう書かれています：「{note}」（{t.doc_title}）。",
                  excerpts=[{"key": row["key"], "source": t.source, "line": row["line"], "field": "text",
                             "text": note, "highlights": []}],
                  notes=["専用の読み取り規則がない文書の表の注記から答えています（表の欄の値ではありません）"])


# The columns a row's reasons are written in when no column is named 理由: its comment, as a sentence.
_COMMENT_COLUMN = compiled(r"講評|所見|評価|意見|コメント|備考|審査|判断|説明")


def _comment_of_row(t: Table, row: dict) -> tuple[str, str] | None:
    """(header, text) of the one column of sentences (講評, 所見) the row fills, a comment on it."""
    found = []
    for c in t.columns:
        text = nfkc(str(row["cells"].get(c.header) or "")).strip()
        # (a 備考 is a remark however short: 「敬老事業の見直しに伴い廃止」)
        if not c.numeric and _COMMENT_COLUMN.search(nfkc(c.header)) and len(text) >= (8 if "備考" in c.header else 15):
            found.append((c.header, text))
    return found[0] if len(found) == 1 else None
