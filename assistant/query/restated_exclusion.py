"""A second sentence that leaves something out of what the first asked (「…の実践項目は何件？10点ちょうどは含めないで。」
「…を番号で全部。7点や9点は要りません。」「…はどれ？R5が「-」のものは比較対象外で。」).

The grammar reads the whole question; where it could not read the leaving out (its verb is left among the
unused words), the conditions the second sentence added are what it names to be left out: the first sentence is
read alone, the conditions the whole question gave beyond its own are negated (10点ちょうど: 合計 = 10 → 合計 ≠ 10).
「(総)の他の課は除いて」: the others of what the first sentence named are left out, which the first sentence's own
condition already does (what it adds on that field is dropped). Anything the second sentence says that is not
read stays unused (the answer stays partial).
"""
from __future__ import annotations

from assistant.query.answer import Condition, Query
from assistant.query.compiled import compiled

# The question's last sentence, saying what is left out (its verb ending the question).
_EXCLUDING = compiled(
    r"^(?P<main>.+?[。？?！!])\s*(?P<ex>[^。？?！!]{1,60}?)\s*(?:(?:の(?:もの|分|やつ|項目)?)?\s*(?:は|を|も)|(?<=たら|れば|なら))\s*"
    r"(?:比較)?(?:含めないで|含めずに|含めず|ふくめないで|入れないで|入れずに|含まないで|除いて|除外して|除外で|除外|外して|抜いて"
    r"|要りません|いりません|要らない|いらない|要らないです|いらないです|不要です|不要|対象外で|対象外です|対象外にして|対象外|の対象外で)"
    r"\s*(?:ください|下さい|ね|よ|です|お願いします|ほしい|欲しい)?\s*[。.!！]?\s*$")
# The words of the leaving out itself, accounted for when its conditions are negated.
_VERB_WORDS = {"除いて", "除外", "除く", "要りません", "要らない", "いらない", "いりません", "不要", "比較", "対象外", "含めない",
               "含めないで", "入れないで", "外して", "抜いて", "除外で", "対象", "外"}
# 「(総)の他の課」「ほかの部署」: the others of what the first sentence named.
_OTHERS = compiled(r"(?:の)?(?:他|ほか|以外)の")
_OTHER_WORDS = {"他", "ほか", "以外"}
_YEAR = compiled(r"^[RH]\d{1,2}$")
# Fields that say one thing (a department by name, by its bureau).
_FAMILY = {"@bureau": "@dept"}
_NEGATED = {"=": "!=", "in": "not_in", "has": "not_has", "match": "not_match", "empty": "not_empty",
            "not_empty": "empty", ">": "<=", ">=": "<", "<": ">=", "<=": ">"}
_ALREADY_NEGATIVE = {"!=", "not_in", "not_has", "not_match", "not_match_any"}


# 「3が一つでも混ざっていたら除外で」: a score among those the first sentence named, any of them, left out.
_MIXED_IN = compiled(r"^(?P<n>\d{1,3})\s*(?:点)?\s*(?:が|の)?\s*(?:一つ|1つ|ひとつ|一個|1個|どれか|どこか)?\s*(?:でも)?\s*"
                     r"(?:混ざって|混じって|まざって|まじって|入って|含まれて|ついて|付いて)(?:い)?(?:たら|れば)$")
_BLANK = compiled(r"空欄|空白|未記入|記載(?:が)?な|書かれていな|記入(?:が)?な")
_COUNTING = {"1つ", "一つ", "ひとつ", "1個", "一個"}


def _key(c: Condition) -> tuple:
    return (c.field, c.op, repr(c.value))


def _negate(c: Condition) -> Condition | None:
    if c.op in _ALREADY_NEGATIVE:
        return c
    op = _NEGATED.get(c.op)
    if op is None or c.field.startswith("@") and op not in ("!=",):
        return None
    return Condition(c.field, op, c.value, f"NOT（{c.label}）")


def restated_exclusion(parse, question: str, whole: Query) -> Query:
    """`whole` (the question read at once) with what its last sentence leaves out negated, when the grammar
    left that sentence's verb unused; `parse` reads the first sentence alone."""
    verb_sought = [c for c in whole.conditions if c.op == "match" and c.value in _VERB_WORDS]  # (比較対象外: 比較 sought)
    if not any(u in _VERB_WORDS for u in whole.unused) and not verb_sought:
        return whole
    m = _EXCLUDING.match(question.strip())
    if not m:
        return whole
    main = parse(m.group("main"))
    if main.target != whole.target or main.aggregate != whole.aggregate or not main.conditions:
        return whole
    own = {_key(c) for c in main.conditions}
    if not own <= {_key(c) for c in whole.conditions}:
        return whole  # (the second sentence changed how the first was read: nothing to tell apart)
    added = [c for c in whole.conditions if _key(c) not in own and c not in verb_sought]
    if _BLANK.search(m.group("ex")) and all(c.op == "match" for c in added):
        # 「年月が空欄のシートは除外で」: blanks left out, which a first sentence asking a value of a field already
        # does (its words are no text sought); with no such condition it is not read.
        if not any(c.op in ("not_empty", "other_month", "in_month")
                   for c in main.conditions):
            return whole
        whole.conditions = list(main.conditions)
        whole.unused = [u for u in whole.unused if u not in _VERB_WORDS and u not in m.group("ex")]
        whole.notes = [*whole.notes, f"二文目「{m.group('ex')}」（空欄のものの除外）は第一文の条件で既に満たされています。"]
        return whole
    mixed = _MIXED_IN.match(m.group("ex").strip())
    if mixed:
        scores = [c for c in main.conditions if c.op == "=" and isinstance(c.value, (int, float)) and not c.field.startswith("@")]
        if len(scores) < 2 or any(not (c.op == "match" and c.value in _COUNTING | _VERB_WORDS) for c in added):
            return whole
        n = int(mixed.group("n"))
        whole.conditions = [*main.conditions, *(Condition(c.field, "!=", n, f"NOT（{c.label.replace(str(c.value), str(n))}）")
                                                for c in scores)]
        whole.unused = [u for u in whole.unused if u not in _VERB_WORDS and u not in m.group("ex")]
        whole.notes = [*whole.notes, f"二文目「{m.group('ex')}」は除外の条件として読みました。"]
        return whole
    others = bool(_OTHERS.search(m.group("ex")))
    constrained = {_FAMILY.get(c.field, c.field) for c in main.conditions if c.op not in _ALREADY_NEGATIVE}
    negated: list[Condition] = []
    for c in added:
        if others and _FAMILY.get(c.field, c.field) in constrained:
            continue  # (「…の他の課は除いて」: the first sentence's own condition leaves the others out)
        n = _negate(c)
        if n is None:
            return whole
        negated.append(n)
    if not added and not others:
        return whole
    # 「R2で終わったものとR6は含めないで」: a year said beside one read (R2) left out as that one is.
    listed = [u for u in whole.unused if _YEAR.match(u) and u in m.group("ex")]
    for u in listed:
        like = [n for n in negated if n.op == "!=" and isinstance(n.value, str) and _YEAR.match(n.value)
                and n.value[0] == u[0]]
        if len(like) == 1:
            negated.append(Condition(like[0].field, "!=", u, like[0].label.replace(like[0].value, u)))
            whole.unused = [w for w in whole.unused if w != u]
    whole.conditions = [*main.conditions, *negated]
    accounted = _VERB_WORDS | (_OTHER_WORDS if others else set())
    whole.unused = [u for u in whole.unused if u not in accounted]
    whole.notes = [*whole.notes, f"二文目「{m.group('ex')}」は除外の条件として読みました。"]
    return whole
