"""「担当係が２つの係にまたがっている取組ってどれ？」「担当課が複数ある取組は」: a list printing one record over two rows
or more, a row per department (the number repeated on each, 取組名 left blank below the first): the records whose rows
name more than one value of the column said. Read only of a table of the index holding that column and a number
column some number of which it repeats; anything else said: nothing is answered here (the engine's reading stands)."""
from __future__ import annotations


from assistant.query.answer import Answer
from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

_KIND = r"(?P<kind>取組項目|実践項目|取組|取り組み|施策|事業|項目)"
_END = (r"\s*(?:は|って|を)?\s*(?:どれ|どこ|何|なに|全部|すべて)?\s*(?:の|ん)?\s*(?:ですか|でしょうか|か|教えて(?:ください)?|挙げて)?"
        r"\s*[？?。]?\s*$")
# 「担当係が２つの係にまたがっている取組」「担当課が複数ある取組」「担当係が2つある取組」
_SPLIT = compiled(r"^(?P<col>[一-龥ァ-ヶー]{2,8}?)\s*(?:が|は)\s*(?:2つ|二つ|複数|2以上|二以上)\s*(?:の\s*[一-龥ァ-ヶー]{1,4})?\s*"
                    r"(?:に|で)?\s*(?:またが(?:って(?:い)?る|った|る)|分かれ(?:て(?:い)?る|た)|わかれ(?:て(?:い)?る|た)"
                    r"|ある|あります|になって(?:い)?る)\s*" + _KIND + _END)


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    m = _SPLIT.match(nfkc(question).strip())
    if m is None:
        return None
    from assistant.query.cited_records import _rows_word_kind
    from assistant.query.tables.read import read_tables

    col, word = m.group("col"), m.group("kind")
    found = []
    for t in read_tables(assistant.db):
        if not t.number:
            continue
        header = next((c.header for c in t.columns if nfkc(c.header) == col or col in c.forms), None)
        if header is None or header == t.number:
            continue
        by_number: dict[str, list[dict]] = {}
        for r in t.rows:
            number = nfkc(str(r["cells"].get(t.number) or "")).strip()
            if number:
                by_number.setdefault(number, []).append(r)
        if not any(len(rows) > 1 for rows in by_number.values()):
            continue
        split = [rows for rows in by_number.values()
                 if len({nfkc(str(r["cells"].get(header) or "")).strip() for r in rows} - {"", "-", "－", "―"}) > 1]
        found.append((t, header, split))
    if len(found) != 1:
        return None  # (no such table, or two: which is meant is unsaid)
    t, header, split = found[0]
    keys = [str(rows[0]["key"]) for rows in split]
    rows = [dict(r) for r in assistant.db.query(
        f"SELECT * FROM table_row WHERE key IN ({', '.join('?' * len(keys))})", keys)] if keys else []
    rows.sort(key=lambda r: keys.index(str(r["key"])))
    shown = "、".join(f"{nfkc(str(rs[0]['cells'].get(t.number)))}（{'・'.join(dict.fromkeys(str(r['cells'].get(header) or '') for r in rs))}）"
                     for rs in split)
    result = Answer(question=question, target="table_row", rows=rows, count=len(rows), value=None, status="exact",
                    summary=(f"{header}が複数ある（同じ番号が{header}ごとに行を分けて載っている）{word}は {len(rows)}件です"
                             + (f"：{shown}。" if split else "。")),
                    understood=[{"field": header, "op": "distinct>=", "value": 2,
                                 "label": f"同じ{t.number}の行で{header}が2つ以上"}],
                    rows_are=_rows_word_kind(assistant.db, rows, word))
    return result
