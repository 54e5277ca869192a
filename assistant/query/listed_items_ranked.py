"""「…の実績報告で、参加者数が2番目に多い研修・イベントは？」 over a record's passage listing its items one a bullet
(「・まんまるよやく操作研修会 参加者87名」「・情報セキュリティ研修会 参加者85名」…): the items ranked by the figure
each prints after the label said, the one at the rank asked answered by its name as printed.

The record is the one whose title holds a word the question says (or, with none said, the one the answer
before showed); only a passage listing two items or more with that label and one figure each is read, and
only when it is the one such list of that record. The answer is a search (read from the text, each figure
shown). Other questions: None."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.grammar.listed_items import ITEM_RANK_ASKED, RANKS
from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_COUNTER = r"名|人|件|回|団体|社|か所|箇所"
_WORD = compiled(r"[一-龥ァ-ヶー]{4,}")


def answer(assistant: "Assistant", question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    said = nfkc(question)
    asked = ITEM_RANK_ASKED.search(said)
    if asked is None:
        return None
    label = asked.group("label")
    rank = 1 if not asked.group("n") else RANKS.get(asked.group("n")) or int(nfkc(asked.group("n")))
    fewest = asked.group("dir") == "少な"
    keys = _records_named(assistant, said[:asked.start()], label)
    if not keys:
        return _table_ranked(assistant, question, said, asked, label, rank, fewest)
    figure = compiled(r"^(?:[^・]*[:：]\s*)?[・･]\s*(?P<name>\S+)(?:\s.*?)?\s" + re.escape(label) + r"(?:数)?\s*[:：]?\s*"
                        r"(?P<n>\d[\d,]*)\s*(?P<u>" + _COUNTER + r")")
    lists: dict[tuple, list[tuple[str, float, str, dict]]] = {}
    for key, source, line, field, text in assistant.db.execute(
            f"SELECT key, source, line, field, text FROM passages WHERE key IN ({','.join('?' * len(keys))}) ORDER BY id",
            list(keys)).fetchall():
        m = figure.match(nfkc(str(text or "")))
        if m:
            excerpt = {"key": key, "source": source, "line": line, "field": field, "text": text, "highlights": []}
            lists.setdefault((key, source, line, field), []).append(
                (m.group("name"), float(m.group("n").replace(",", "")), m.group(0).split("・", 1)[-1].strip(), excerpt))
    lists = {k: v for k, v in lists.items() if len(v) >= 2 and len({n for n, *_ in v}) == len(v)}
    if len(lists) != 1:
        return None
    items = next(iter(lists.values()))
    ordered = sorted({v for _, v, _, _ in items}, reverse=not fewest)
    if rank > len(ordered):
        return None
    chosen = [i for i in items if i[1] == ordered[rank - 1]]
    names = [n for n, *_ in chosen]
    way = "少ない" if fewest else "多い"
    said_rank = "最も" if rank == 1 else f"{rank}番目に"
    shown = "、".join(p for _, _, p, _ in items)
    key = chosen[0][3]["key"]
    row = _row(assistant, key)
    summary = (f"{_title(row)} の本文の一覧で「{label}」が{said_rank}{way}のは {'・'.join(names)} です（{shown}）"
               f"（抜粋から読んだ値です。{chosen[0][3]['source']} {chosen[0][3]['line']}行目）。")
    understood = [{"field": "key", "op": "=", "value": key, "label": _title(row)},
                  {"field": "text", "op": "rank", "value": label, "label": f"本文の一覧で「{label}」が{said_rank}{way}項目"}]
    return Answer(question=question, target="passage", status="search", count=len(chosen), rows=[row],
                  excerpts=[c[3] for c in chosen] + [i[3] for i in items if i not in chosen], value="・".join(names),
                  summary=summary, understood=understood)


def _table_ranked(assistant: "Assistant", question: str, said: str, asked, label: str, rank: int, fewest: bool
                  ) -> Answer | None:
    """「…の事業計画で、移管する保育所数が一番多い期は？」 over a small table a record's text prints (its rows kept as
    「期: 第6期 / 年度: 32～34年度 / 保育所数: 12か所」): the rows ranked by the column said (保育所数), the row
    answered by the column named after the rank (期) or its first cell. The record is the one of the tables with
    that column whose text holds the most of the question's words (one only)."""
    if _RANGE_SAID.search(said):
        return None  # (「令和６年１０月以降で…一番多かった月」: a range of rows this reading cannot apply, the tables' own)
    cell = compiled(r"(?:^|/)\s*(?P<col>[^:：/]{1,12}?)\s*[:：]\s*(?P<v>[^/]*)")
    tables: dict[str, list[tuple[dict, dict]]] = {}
    for key, source, line, field, text in assistant.db.execute(
            "SELECT key, source, line, field, text FROM passages WHERE field = 'table' AND text LIKE ? ORDER BY id",
            [f"%{label}%"]).fetchall():
        cells = {m.group("col").strip(): m.group("v").strip() for m in cell.finditer(nfkc(str(text or "")))}
        if label in cells or label + "数" in cells:
            excerpt = {"key": key, "source": source, "line": line, "field": field, "text": text, "highlights": []}
            tables.setdefault(str(key), []).append((cells, excerpt))
    tables = {k: v for k, v in tables.items() if len(v) >= 2}
    if not tables:
        return None
    words = [w for w in re.findall(r"[一-龥ァ-ヶー]{2,}", said[:asked.start()]) if label not in w]
    held = {}
    for key in tables:
        body = "".join(nfkc(str(t)) for (t,) in assistant.db.execute("SELECT text FROM passages WHERE key = ?", [key]))
        held[key] = sum(w in body for w in words)
    best = max(held.values())
    chosen_keys = [k for k, n in held.items() if n == best]
    if len(chosen_keys) != 1 or best == 0:  # (a table no word said points to is not the one asked of)
        return None
    key = chosen_keys[0]
    if _held_as_table_rows(assistant, tables[key]) and _tables_answer(assistant, question):
        return None  # (rows the index holds as table rows: the tables' reading answers them with their keys)
    column = label if label in tables[key][0][0] else label + "数"
    read = []
    for cells, excerpt in tables[key]:
        if _TOTAL_ROW.fullmatch(nfkc(next(iter(cells.values()), ""))):
            continue  # (the 合計 row sums the others: no row of the order)
        figure = _figure_cell(cells.get(column, ""))
        if figure is None:
            return None  # (a row printing no figure in the column: the order would leave it out)
        read.append((figure, cells, excerpt))
    after = said[asked.end():]
    named = next((c for c in tables[key][0][0] if c != column and re.match(r"\s*(?:の)?\s*" + re.escape(c), after)), None)
    if named is None and not re.fullmatch(r"\s*(?:の|もの)?\s*(?:は|って)?\s*(?:どれ|どっち|何)?\s*(?:ですか|か)?\s*[?？。]?\s*", after):
        return None  # (「…が一番多い課は」 with no 課 column: records counted by 課 are asked, not this table's rows)
    name_col = named or next(iter(tables[key][0][0]))
    ordered = sorted({v for v, _, _ in read}, reverse=not fewest)
    if rank > len(ordered):
        return None
    chosen = [r for r in read if r[0] == ordered[rank - 1]]
    names = [c.get(name_col, "") for _, c, _ in chosen]
    way = "少ない" if fewest else "多い"
    said_rank = "最も" if rank == 1 else f"{rank}番目に"
    shown = "、".join(f"{c.get(name_col, '')} {c.get(column, '')}" for _, c, _ in read)
    row = _row(assistant, key)
    summary = (f"{_title(row)} の本文の表で「{column}」が{said_rank}{way}のは {'・'.join(names)} です（{shown}）"
               f"（表から読んだ値です。{chosen[0][2]['source']} {chosen[0][2]['line']}行目）。")
    understood = [{"field": "key", "op": "=", "value": key, "label": _title(row)},
                  {"field": "table", "op": "rank", "value": column, "label": f"本文の表で「{column}」が{said_rank}{way}行の{name_col}"}]
    return Answer(question=question, target="passage", status="search", count=len(chosen), rows=[row],
                  excerpts=[c[2] for c in chosen], value="・".join(names), summary=summary, understood=understood)


_RANGE_SAID = compiled(r"以降|以後|以前|まで|から|より前|より後|(?:令和|平成|R)\s*[0-9０-９元]+\s*年度(?:で|中|の間)")
_TOTAL_ROW = compiled(r"\s*(?:合\s*計|総\s*計|小\s*計|計)\s*")


def _tables_answer(assistant: "Assistant", question: str) -> bool:
    """Whether the tables' reading answers the question for certain (「R3〜R6年度の４年間で採用者数が一番多い職種」 over a
    table split by a page break it does not: the passage's table answers it)."""
    from assistant.query.tables import answer_from_tables

    got = answer_from_tables(assistant.db, question, None, loose=True)
    return got is not None and got[0].status == "exact" and bool(got[0].rows)


def _held_as_table_rows(assistant: "Assistant", rows: list[tuple[dict, dict]]) -> bool:
    """Whether the rows of a passage's table are also records of the generic tables (a table_row at the same source
    and line): a document's own table, not one a record's text prints."""
    if "table_row" not in assistant.executor.tables:
        return False
    for _, excerpt in rows:
        if assistant.db.execute("SELECT 1 FROM table_row WHERE source = ? AND line = ? LIMIT 1",
                                [excerpt["source"], excerpt["line"]]).fetchone():
            return True
    return False


def _figure_cell(cell: str) -> float | None:
    """A cell that is a figure and its counter only (「12か所」), else None: 「4-(4) 分別の徹底」 is a name that starts
    with a number."""
    m = re.fullmatch(r"\s*(?:約)?(\d[\d,]*(?:\.\d+)?)\s*(?:" + _COUNTER + r"|ヶ所|カ所|園|校|[%％]|千円|万円|億円|円)?\s*", cell)
    return float(m.group(1).replace(",", "")) if m else None


def _records_named(assistant: "Assistant", head: str, label: str) -> set[str]:
    """The keys of the one record the words said before the label name by its title, else the answer before's."""
    words = [w for w in _WORD.findall(head) if label not in w]
    if words:
        found = set()
        for kind in assistant.executor.tables:
            columns = assistant.executor.columns.get(kind, [])
            column = "title" if "title" in columns else "name" if "name" in columns else None
            if column is None:
                continue
            for key, title in assistant.db.execute(f"SELECT key, [{column}] FROM [{kind}]").fetchall():
                if any(w in nfkc(str(title or "")) for w in words):
                    found.add(str(key))
        return found if len(found) == 1 else set()
    shown = {str(v) for r in (getattr(assistant, "context_rows", None) or []) for k, v in r.items()
             if (k == "key" or k.endswith("_key")) and isinstance(v, str) and ":" in v}
    return shown


def _row(assistant: "Assistant", key: str) -> dict:
    kind = key.split(":", 1)[0]
    try:
        rows = assistant.db.execute(f"SELECT * FROM [{kind}] WHERE key = ?", [key])
        names = [d[0] for d in rows.description]
        got = rows.fetchone()
    except Exception:  # (a key of no table of its kind: the key alone)
        return {"key": key}
    return dict(zip(names, got)) if got else {"key": key}


def _title(row: dict) -> str:
    return f"{row.get('code', '')} {row.get('title') or row.get('name') or ''}".strip()
