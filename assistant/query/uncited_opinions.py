"""「特定の事業や返礼品を挙げずに出されている意見は？」「どの取組にも触れていない意見はどれ？」: a committee's numbered
opinions that cite no record (kinds/generic/numbered_opinions.py: `cited` empty, the bracket as printed kept as
`cited_as`), of the papers that print such citations.

Only where the question says opinions (意見・指摘・提言) and a negated naming (挙げず, 触れていない, 言及していない …)
of records, and every word it names them by (事業, 返礼品, 取組) is the word some opinion of those papers cites its
record by; None otherwise (left to the rest of the engine: a word not read there is never dropped here)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# (「特定の施設に関係しない質問」: a meeting's questions citing the record asked about, kinds/generic/qa_turns.py)
_OPINION = compiled(r"意見|指摘|提言|質問|質疑")
# 「事業や返礼品を挙げずに」「どの取組にも触れていない」「特定の施設を名指ししていない」: the records' words, the negated verb
_UNNAMED = compiled(r"(?:特定の|個別の|どの|いずれの)?(?P<words>[一-龥ァ-ヶー]{1,8}(?:(?:や|・|、|も|または|か)[一-龥ァ-ヶー]{1,8})*)"
                    # (「特定の補助金を対象にしてない」: the record named as what the opinion is on)
                    r"(?:に|を)?も?\s*(?:挙げ|あげ|触れ|ふれ|言及し|名指しし|引用し|特定し|関係し|関連し|関わら|対象にし|対象とし)"
                    r"(?:ず|ないで|ていない|てない|ていません|ません|ない)"
                    # (「関連施設が書かれていない意見」「対象施設の記載がない」: the label of what an opinion is on, left
                    # blank (「関連施設：－」))
                    r"|(?P<label>(?:関連|対象)[一-龥ァ-ヶー]{1,6})(?:が|の)?(?:欄が)?\s*"
                    r"(?:(?:書かれ|記載され|記入され|挙げられ)(?:ていない|てない|ていません|ず)|記載が(?:ない|無い)|(?:空欄|なし|無し)の)")
_SPLIT = re.compile(r"や|・|、|も|または|か")
_NUMBER = re.compile(r"の?(?:番号|コード)$")


# (a word of the question naming whose opinions: パブコメ of 「パブコメのうち」, kanji or katakana, two or more)
_WORD = re.compile(r"[一-龥ァ-ヶー]{2,}")


def _named_opinion_table(db, text: str, m, words: list[str]):
    """(table, its column naming what each opinion is on, the rows that name nothing there) of the one table of
    opinions (a public comment's 番号 │ 対象補助金 │ 意見の概要 …) that the question names by its caption or its
    document's title (パブコメ of 「パブリックコメントの結果」), whose other rows cite records by every word said
    (補助金 of 「…補助金（整理番号103）」); None where no table, or more than one, is named so."""
    from assistant.query.short_forms import in_full
    from assistant.query.tables.read import read_tables
    from assistant.query.tables.rows_are import _code_in, _related_header

    said = [w for w in _WORD.findall(text[:m.start()] + "、" + text[m.end():]) if not _OPINION.fullmatch(w)]
    found = []
    for t in read_tables(db):
        related = _related_header(t) if said else ""
        if not related:
            continue
        cited = [r for r in t.rows if _code_in(str(r["cells"].get(related) or ""))]
        uncited = [r for r in t.rows if r not in cited and str(r["cells"].get(related) or "").strip()]
        printed = related + " ".join(nfkc(str(r["cells"].get(related) or "")) for r in cited)
        if not cited or not uncited or not all(w in printed for w in words):
            continue
        title = "".join(nfkc(f"{t.caption} {t.doc_title}").split())
        if any(in_full(w, lambda f: f in title) in title for w in said):
            found.append((t, related, uncited))
    return found[0] if len(found) == 1 else None


def _table_answer(question: str, t, related: str, uncited: list[dict], words: list[str]) -> Answer:
    """The opinions of a table whose column naming their record names none, each keyed by its own number
    (comment:6, as a comment on itself: answer.py reads rows_are)."""
    from assistant.query.tables.answer import _row

    rows = [_row(t, r) for r in uncited]
    said = "・".join(words)
    numbers = "、".join(str(r.get("number") or "") for r in rows)
    where = t.caption or t.doc_title
    return Answer(question=question, target="table_row", rows=rows, count=len(rows), status="exact",
                  rows_are="comment", columns=[c.header for c in t.columns],
                  understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                              {"field": related, "op": "uncited", "value": words,
                               "label": f"{related}に{said}の番号がない意見"}],
                  summary=f"「{where}」のうち、特定の{said}を対象にしていない（{related}に番号のない）意見は "
                          f"{len(rows)}件です（{numbers}）。")


def _uncited_rows(db) -> list[dict]:
    try:
        return [dict(r) for r in db.query(
            "SELECT * FROM comment WHERE source IN "
            "(SELECT source FROM comment WHERE coalesce(cited, '') <> '') ORDER BY source, line")]
    except Exception:  # (an index whose opinions print no citation has no such column)
        return []


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = "".join(nfkc(question).split())
    m = _UNNAMED.search(text)
    if m is None:
        return None
    rows = _uncited_rows(assistant.db)
    # 「要望のうち、個別の提案に触れていないもの」: the opinions of a tag their paper prints (【要望】) said instead
    tags = sorted({str(r.get("excerpt_class") or "") for r in rows} - {""}, key=len, reverse=True)
    said_tags = [t for t in tags if len(t) >= 2 and t in text[:m.start()] + text[m.end():]]
    if not _OPINION.search(text[m.end():] + text[:m.start()]) and not said_tags:
        return None
    # (「取組番号を挙げていない」: the number is how a record is cited, the word before it the record's word)
    if m.group("label"):
        # (the label as printed, 関連施設: its word after 関連/対象 is what the papers call what their opinions are on)
        words = [re.sub(r"^(?:関連|対象)", "", m.group("label"))]
    else:
        words = [_NUMBER.sub("", w) or w for w in (w.removeprefix("特定の") for w in _SPLIT.split(m.group("words")) if w)]
    if not words:
        return None
    tabled = _named_opinion_table(assistant.db, text, m, words)
    if tabled is not None:
        return _table_answer(question, *tabled, words)
    if not rows:
        return None
    printed = " ".join(str(r.get("cited_as") or "") + " " + str(r.get("target_word") or "")
                       for r in rows if r.get("cited"))
    if not all(w in printed for w in words):
        return None  # (a word the papers do not cite records by: not read here)
    uncited = [r for r in rows if not r.get("cited")]
    if not uncited:
        return None  # (every opinion cites one: nothing read here is sure enough to say none)
    uncited = [r for r in uncited if not said_tags or str(r.get("excerpt_class") or "") in said_tags]
    said = "・".join(words)
    label = f"{m.group('label')}が書かれていない意見" if m.group("label") else f"{said}の番号を挙げていない意見"
    summary = (f"{m.group('label')}が書かれていない（「－」の）意見" if m.group("label")
               else f"{said}の番号を挙げずに出されている意見")
    codes = "、".join(str(r.get("initiative")) for r in uncited)
    understood = [{"field": "cited", "op": "empty", "value": words, "label": label}]
    if said_tags:
        understood.append({"field": "excerpt_class", "op": "in", "value": said_tags, "label": f"分類 = {'・'.join(said_tags)}"})
        summary = f"{'・'.join(said_tags)}のうち、{summary}"
    return Answer(question=question, target="comment", rows=uncited, count=len(uncited), status="exact",
                  understood=understood, summary=f"{summary}は {len(uncited)}件です" + (f"（{codes}）。" if uncited else "。"))
