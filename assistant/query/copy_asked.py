"""「本編ではBになってるけど資料編の一覧ではどうなってますか」「I章ではどう書かれてる？」: a record's field as one copy of
the document prints it, where its copies disagree (the conflicts table keeps each copy's value; the index keeps one).
The copy asked is the one named right before the asking words; the record is the one the question names (its code),
the field the one of its disputed fields the question says (one disputed field only: that one). Questions of another
shape, a record with no disputed field said, are left to the rest (None)."""
from __future__ import annotations

import json
import re

from assistant.conflict_labels import copies_printed, value_text, where_label
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
# The copy said as the question's scope, first (「本編の一覧で、」「進捗状況シートでは、」), and a value asked at the end.
_SCOPE_FIRST = compiled(r"\s*(?:の中|上)?\s*(?:では|で|には)\s*[、,]")
_VALUE_ASKED = compiled(r"(?:何|なん|なに|どう)(?:と|に)?\s*(?:なって|書かれ|書いて|記載され|され)|は\s*[?？]\s*$")
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
    if asked is None:  # (「本編の一覧で、…のR5の自己評価は何になっていますか」: the copy said first, as the scope)
        first = _COPY.match(said.lstrip())
        if first is None or not _SCOPE_FIRST.match(said.lstrip(), first.end()) or not _VALUE_ASKED.search(said):
            return None
        asked = first
    where = next(w for w, _ in _COPIES if asked.group(w))
    q = assistant.parser.parse(question)
    # (the record named by its code, or by its title: 「証明発行手数料等のキャッシュレス化の」)
    # (「No.7の実践項目」: the number said, the code of a record of the kind asked)
    named = [(c.field.partition(":")[2] or q.target, str(c.value)) for c in q.conditions
             if (c.field in ("code", "@no") or c.field.startswith("@title:")) and c.op == "=" and isinstance(c.value, (str, int))]
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
    said_others = copies_printed([c for c in copies if c.get("where") != where])
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


# 「I章の表で、本編の一覧と総合評価が食い違っている実践項目」: the records whose field two copies print differently.
_DIFFER = compiled(r"食い違|異な|違っ|違う|一致しな|一致して(?:い)?な|不一致|ずれ(?:て|が)")


def differing(assistant, question: str):
    """The records (of the question's own conditions) whose field, said, the copies named print differently (one copy
    named: differently from any other), from the conflicts kept; None when the question is not so."""
    from assistant.query.answer import Condition

    if not isinstance(question, str) or not getattr(assistant, "_has_conflicts", False):
        return None
    said = nfkc(question)
    if not _DIFFER.search(said):
        return None
    named = list(dict.fromkeys(w for m in _COPY.finditer(said) for w, _ in _COPIES if m.group(w)))
    if not compiled(r"どれ|どの|一覧|何件|いくつ|出して|教えて|挙げて|リスト|ある[?？]|は[?？]").search(said):
        return None  # (records asked for, not a value: 「I章ではどう書かれてる」 is answer's)
    if not named or (len(named) < 2 and not compiled(r"記載|表記|書き方|ほかの|他の").search(said)):
        return None  # (one copy named: 「進捗シートでR4とR5の評価が違う」 compares years, not copies)
    q = assistant.parser.parse(question)
    target = q.target
    if target not in assistant.executor.tables:
        return None
    fields = {r["field"] for r in assistant.db.query(
        "SELECT DISTINCT field FROM conflicts WHERE key LIKE ?", [f"{target}:%"])}
    asked = [f for f in fields if (field_label(f, target) and field_label(f, target) in said)
             or (f == "title" and compiled(r"名前|名称|項目名").search(said))]
    if len(asked) != 1:
        return None
    fld = asked[0]
    copy_words = [m.group(0) for m in _COPY.finditer(said)]
    conds = [c for c in q.conditions if not (c.field == "text" and any(str(c.value) in w or w in str(c.value)
                                                                       for w in copy_words))
             and not (c.field == fld and c.op == "value")]
    if any(c.field == "text" for c in conds):
        return None
    probe = type(q)(question=question, target=target, conditions=conds)
    rows = assistant.executor.select(assistant.executor.resolve(probe)[0])[0]
    keys = [str(r.get("key")) for r in rows]
    found = {r["key"]: json.loads(r["values"] or "[]") for r in assistant.db.query(
        "SELECT key, \"values\" FROM conflicts WHERE field = ? AND key IN (SELECT value FROM json_each(?))",
        [fld, json.dumps(keys)])}
    out, said_rows = [], []
    for r in rows:
        copies = found.get(str(r.get("key")))
        if not copies:
            continue
        by = {c.get("where"): value_text(c.get("value")) for c in copies}
        if len(named) >= 2:
            a, b = by.get(named[0]), by.get(named[1])
            if a is None or b is None or a == b:
                continue
            said_rows.append(f"{r.get('code')}（{where_label(named[0])}「{a}」、{where_label(named[1])}「{b}」）")
        else:
            a = by.get(named[0])
            if a is None or all(v == a for w, v in by.items() if w != named[0]):
                continue
            said_rows.append(f"{r.get('code')}（{where_label(named[0])}「{a}」）")
        out.append(r)
    kind = kind_label(target)
    where = "と".join(where_label(w) for w in named[:2])
    summary = (f"{len(rows)}件の{kind}のうち、{field_label(fld, target)}が{where}{'で' if len(named) >= 2 else 'とほかの記載で'}"
               f"食い違っているのは {len(out)}件です" + (f"（{'、'.join(said_rows)}）。" if said_rows else "。"))
    understood = [c.to_dict() for c in conds] + [{"field": fld, "op": "copies_differ", "value": named,
                                                   "label": f"{field_label(fld, target)}の記載が{where}で食い違う"}]
    return Answer(question=question, target=target, rows=out, count=len(out), value=None, status="exact",
                  summary=summary, understood=understood, query=probe.to_dict())
