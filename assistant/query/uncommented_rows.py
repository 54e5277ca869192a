"""「住民福祉課が担当している事業は？」→「その中で委員会から意見が出ていないのは？」, 「委員会の意見がついていない事業は？」:
the rows of a table of records (a numbering column: 事業番号 R6-01 …) that no opinion of another document cites by
that number (the opinions keyed by the code they cite: kinds/generic/numbered_opinions.py, opinion_blocks.py …).

Only where the opinions of one document cite two or more of the table's numbers, not all of them plain digits (a
paper's own opinion numbers 1, 2 … are no join); the rows are those the conversation stands on after 「その中で」,
else the one table so joined. None otherwise (left to the rest of the engine)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_NO_OPINION = compiled(r"(?:意見|指摘)(?:が|は|も)?\s*(?:一つも|ひとつも|何も|なにも|一度も)?\s*"
                       r"(?:出て|出され|でて|つい|付い|寄せられ|あがっ|上がっ)(?:て)?(?:い)?(?:ない|なかった|ません)|意見なし")
_REFINES = compiled(r"^(?:その|この|それらの|上の|そこの)(?:中|なか|うち)")
_MIN_CITED = 2
_COUNTED = compiled(r"何件|いくつ|幾つ|何個|何事業|件数|何本")
_ROW_WORD = re.compile(r"(?:番号|コード|No\.?|NO\.?|№)$")


def _norm(code: object) -> str:
    return "".join(nfkc(str(code or "")).split())


def _cited_by_source(db) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in db.query("SELECT source, initiative FROM comment"):
        out.setdefault(str(r["source"]), set()).add(_norm(r["initiative"]))
    return out


def _cited_of(t, cited: dict[str, set[str]]) -> set[str] | None:
    """The numbers of the table's rows one other document's opinions cite (None: no such document, or several)."""
    if not t.number:
        return None
    codes = {_norm(r["cells"].get(t.number)) for r in t.rows} - {""}
    joined = [c & codes for s, c in cited.items() if s != t.source]
    joined = [j for j in joined if len(j) >= _MIN_CITED and any(not c.isdigit() for c in j)]
    return joined[0] if len(joined) == 1 else None


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = "".join(nfkc(question).split())
    if not _NO_OPINION.search(text):
        return None
    try:
        cited = _cited_by_source(assistant.db)
    except Exception:
        return None
    context = getattr(assistant, "table_context", None)
    if _REFINES.match(text):
        if context is None or not context.rows:
            return None
        pool = [(context.table, list(context.rows))]
    else:
        from assistant.query.tables.read import read_tables

        pool = [(t, list(t.rows)) for t in read_tables(assistant.db) if _cited_of(t, cited) is not None]
        # (「…事業は」: the table numbering its rows by that word, 事業番号, of those joined — 返礼品番号 being another)
        pool = [(t, rows) for t, rows in pool if len(w := _ROW_WORD.sub("", _norm(t.number))) >= 2 and w in text]
        if len(pool) != 1:
            return None
    t, rows = pool[0]
    codes = _cited_of(t, cited)
    if codes is None:
        return None
    left = [r for r in rows if _norm(r["cells"].get(t.number)) not in codes]
    names = "、".join(f"{r['cells'].get(t.number)} {r['cells'].get(t.name) or ''}".strip() for r in left)
    counted = bool(_COUNTED.search(text))
    return Answer(
        question=question, target="table_row", count=len(left), status="exact",
        value=len(left) if counted else None,
        rows=[{"key": r["key"], "source": t.source, "line": r["line"], "number": r["cells"].get(t.number), **r["cells"]}
              for r in left],
        understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                    {"field": t.number, "op": "not_in", "value": sorted(codes),
                     "label": f"{t.number}を挙げた意見がない（意見が挙げる{len(codes)}件以外）"}],
        summary=(f"意見で{t.number}を挙げられていないのは {len(left)}件です（{t.doc_title}）：{names}。" if left
                 else f"{len(rows)}件とも、意見で{t.number}が挙げられています（{t.doc_title}）。"))
