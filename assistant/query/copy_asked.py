"""「本編ではBになってるけど資料編の一覧ではどうなってますか」「I章ではどう書かれてる？」: a record's field as one copy of
the document prints it, where its copies disagree (the conflicts table keeps each copy's value; the index keeps one).
The copy asked is the one named right before the asking words; the record is the one the question names (its code),
the field the one of its disputed fields the question says (one disputed field only: that one). Questions of another
shape, a record with no disputed field said, are left to the rest (None)."""
from __future__ import annotations

import json
import re

from assistant.conflict_labels import value_text, where_label
from assistant.labels import field_label, kind_label
from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# How users name each copy (the plan report's lists, its section I tables, its progress sheets).
_COPIES = (("appendix_list", r"資料編(?:の(?:実践項目)?一覧)?|付属資料(?:の一覧)?|別冊(?:の一覧)?"),
           ("section_1", r"(?:I|Ⅰ|1|一|第1|第一)章(?:の表)?|第(?:1|一)部(?:の表)?|取組項目別の評価(?:の表)?"),
           ("main_list", r"本編(?:の(?:実践項目別?)?一覧|一覧)?"),
           ("progress_sheet", r"進捗(?:状況)?シート"))
_COPY = compiled("|".join(f"(?P<{w}>{p})" for w, p in _COPIES))
# The copy asked of: named, then では/には and the asking words (どうなって, どう書かれて, 何になって, は？).
_ASKED = compiled(r"\s*(?:の方|のほう)?(?:では|には|で|は)\s*(?:どう|何|なん|なに|どのように)(?:と|に)?\s*"
                  r"(?:なって|書かれ|書いて|記載され|載って|表記され|表示され|され)|\s*(?:では|には)\s*[?？]")
# Words of a field said (its label, a year's grade: 「R5評価」, a name: 「名前」「どう書かれて」).
_TITLE_WORDS = compiled(r"名前|名称|項目名|タイトル|表記|書かれ|書いて")


def answer(assistant, question: str) -> Answer | None:
    if not isinstance(question, str) or not getattr(assistant, "_has_conflicts", False):
        return None
    said = nfkc(question)
    asked = None
    for m in _COPY.finditer(said):
        if _ASKED.match(said, m.end()):
            asked = m
    if asked is None:
        return None
    where = next(w for w, _ in _COPIES if asked.group(w))
    q = assistant.parser.parse(question)
    # (the record named by its code, or by its title: 「証明発行手数料等のキャッシュレス化の」)
    named = [(c.field.partition(":")[2] or q.target, str(c.value)) for c in q.conditions
             if (c.field == "code" or c.field.startswith("@title:")) and c.op == "=" and isinstance(c.value, (str, int))]
    kinds = {k for k, _ in named if k}
    if len(kinds) != 1:
        return None
    target = kinds.pop()
    codes = [v for _, v in named]
    if len(set(codes)) != 1:
        return None
    rows = list(assistant.db.query("SELECT key, field, chosen, \"values\" FROM conflicts WHERE key IN "
                              "(SELECT key FROM [" + target + "] WHERE code = ?)", [codes[0]])) \
        if target in assistant.executor.tables else []
    rows = [dict(r) for r in rows]
    if not rows:
        return None
    def said_field(fld: str) -> bool:
        label = field_label(fld, target)
        return (fld.upper() in said.upper() and re.fullmatch(r"[rh]\d+", fld) is not None) or (label and label in said) \
            or (fld == "title" and bool(_TITLE_WORDS.search(said)))
    named = [r for r in rows if said_field(r["field"])]
    if len(named) != 1:
        named = rows if len(rows) == 1 else []
    if len(named) != 1:
        return None
    conflict = named[0]
    copies = json.loads(conflict["values"] or "[]")
    printed = [c for c in copies if c.get("where") == where]
    if not printed:
        return None
    value = value_text(printed[0].get("value"))
    fld = conflict["field"]
    others: dict[str, list[str]] = {}
    for c in copies:
        if c.get("where") != where:
            others.setdefault(value_text(c.get("value")) or "空欄", []).append(where_label(str(c.get("where") or "")))
    said_others = "、".join(f"{'・'.join(dict.fromkeys(w))}では「{v}」" for v, w in others.items())
    name = f"{kind_label(target)}{codes[0]}の{field_label(fld, target) or fld}"
    line = printed[0].get("line")
    summary = (f"{name}は、{where_label(where)}では「{value}」です"
               f"（{said_others}。索引では「{value_text(conflict['chosen'])}」）。")
    source = list(assistant.db.query(f"SELECT source FROM [{target}] WHERE key = ?", [conflict["key"]]))
    src = str(source[0]["source"]) if source else ""
    excerpts = []
    if src and line:
        text = list(assistant.db.query("SELECT text FROM passages WHERE source = ? AND line = ? LIMIT 1",
                                  [src, line]))
        if text:
            excerpts = [{"key": conflict["key"], "source": src, "line": line, "text": str(text[0]["text"]), "field": fld}]
    return Answer(question=question, target="passage", rows=[], count=1, value=value, status="exact", summary=summary,
                  excerpts=excerpts,
                  understood=[{"field": "@copy", "op": "=", "value": where, "label": f"{where_label(where)}の記載"},
                              {"field": "code", "op": "=", "value": codes[0], "label": f"{kind_label(target)} = {codes[0]}"},
                              {"field": fld, "op": "value", "value": None, "label": f"{field_label(fld, target)}を答える"}])
