"""Where an item stands, said by a word of the 状況 the index holds that the end rules (ends.py) do not read:
「休止してる」「休止中の」「休止していない」 (a card's 状況 「休止（令和10年度から）」: kinds/plan_report/item_cards.py).

The word must be one a document's `state` holds (closed_values): a question's verb that no document states
is left to the other rules, never turned into a condition of nothing."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.compiled import compiled
from assistant.query.grammar import Context, Production, Rule

_STATE = "state"
# The words ends.py reads (with a fallback on the end year for reports stating no 状況).
_READ_BY_ENDS = ("完了", "終了", "廃止", "中止", "継続")


def _state_word(m: re.Match, ctx: Context) -> Production | None:
    from assistant.labels import field_label

    word = m.group("w")
    if word in _READ_BY_ENDS or word not in ctx.lex.closed_values.get(_STATE, set()):
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if _STATE in cols}
    cond = Condition(_STATE, "state_is", {"word": word, "else": ""}, f"{field_label(_STATE)} = {word}")
    if m.group("neg"):
        cond = Condition(_STATE, "state_is_not", cond.value, f"{field_label(_STATE)} ≠ {word}")
    return Production([cond], hints=holders if len(holders) == 1 else set())


def _since_asked(m: re.Match, ctx: Context) -> Production | None:
    """「休止したのはいつから？」: the year the item stands in that state from, where a document states it (paused)."""
    word = m.group("w") or m.group("w2")
    if word in _READ_BY_ENDS or word not in ctx.lex.closed_values.get(_STATE, set()):
        return None
    if not any(_SINCE in cols for cols in ctx.lex.columns.values()):
        return None
    return Production(value_field=_SINCE, hints={k for k, cols in ctx.lex.columns.items() if _SINCE in cols})


_SINCE = "paused"

# A record's state in a column of words (a joint project's 実施状況: 実施中 / 実施済 / 検討中 / 休止), said with the
# verb's tail or without: 「休止中の」「休止している」「検討中」. The value is the index's, never a guess.
_STATUS = "status"
_TAIL = compiled(r"(?:中|済み|済|している|してる|していた|してた|した|された)$")


def _status_value(said: str, ctx: Context) -> str | None:
    """The value of the state column the word said is: as said (検討中), or without its tail (休止中 → 休止)."""
    known = ctx.lex.closed_values.get(_STATUS, set())
    for word in (said, _TAIL.sub("", said)):
        if word in known:
            return word
    return None


def _status_words(m: re.Match, ctx: Context) -> Production | None:
    """「休止中の」「休止中と検討中を除いた」「実施中か検討中の」: one or more states of the column, each a value the
    index holds (a list is any of them; a negation after it leaves all of them out)."""
    from assistant.labels import field_label

    said = [m.group("a") + (m.group("at") or "")] + ([m.group("b") + (m.group("bt") or "")] if m.group("b") else [])
    values = [_status_value(w, ctx) for w in said]
    # (終了・完了・廃止… are the end rules' (ends.py): 「もう終わった？」 asks whether, read there)
    if not all(values) or any(v in _READ_BY_ENDS for v in values) or not (m.group("at") or m.group("bt") or all(v in said for v in values)):
        return None
    from assistant.kinds import registry

    # (the kinds whose state column is a scale of words: another kind's 状況 of the same name, 新/継, is not)
    holders = {k for k, cols in ctx.lex.columns.items() if _STATUS in cols
               and getattr(registry.record_kinds().get(k) and registry.record_kinds()[k].field(_STATUS), "closed", False)}
    label = f"{field_label(_STATUS, next(iter(holders)) if len(holders) == 1 else '')} = {'または'.join(dict.fromkeys(values))}"
    values = list(dict.fromkeys(values))
    cond = Condition(_STATUS, "=", values[0], label) if len(values) == 1 else Condition(_STATUS, "in", values, label)
    return Production([cond], hints=holders if len(holders) == 1 else set())


_STATUS_SAID = (r"(?<![一-龥])(?P<{w}>[一-龥]{{2,3}}?)(?P<{t}>中|済み|済|している|してる|していた|してた|した|された)?")

RULES: list[Rule] = [
    # 「未達成に終わった」「一部達成にとどまった」: the state the item ended in (a report's 達成状況), not that it ended.
    Rule("state_ended_in",
         r"(?<![一-龥])(?P<w>[一-龥]{2,4})(?:に|で)\s*(?:終わった|終わっている|終わってしまった|終わる|終えた|終了した|終了している|終了となった|とどまった|とどまる|留まった)(?P<neg>(?!))?",
         _state_word,
         # (the rules' lexicon holds no 状況: a word no document states is no condition)
         examples=(("未達成に終わった", None), ("一部達成にとどまった", None))),
    Rule("state_since_asked",
         r"(?<![一-龥])(?P<w>[一-龥]{2,3})(?:した|された|している|してる|になった|中)?(?:の|年度)(?:は|って)\s*(?:いつ|何年度)(?:から)?"
         r"|(?:いつ|何年度)から\s*(?P<w2>[一-龥]{2,3})(?:した|された|している|してる|中)",
         _since_asked,
         examples=(("休止したのはいつから", None),)),
    Rule("state_word",
         r"(?:状況|取組状況)?(?:が|は)?\s*(?:今も|現在|いま|まだ)?\s*(?<![一-龥を])(?P<w>[一-龥]{2,3})"
         r"(?:(?P<neg>していない|してない|していなかった|されていない|中ではない|中でない|中じゃない"
         # (「達成できなかった」: the item's state is not the word, 一部達成 included)
         r"|できなかった|できていない|できてない|できず|しなかった|されなかった|に至らなかった)"
         r"|している|してる|していた|してた|した|された|中|済み|済)",
         _state_word,
         # (the rules' lexicon holds no 状況: a word no document states is no condition)
         examples=(("休止してる", None), ("休止中の", None), ("達成できなかった", None))),
]

# (read before a value said alone, grammar/values.py's closed_value_alone: 「実施中か検討中の」 is both values)
STATUS_RULES: list[Rule] = [
    # 「休止中と検討中を除いた」「実施中か検討中の事業」「休止している」: values of a column of states.
    Rule("status_words",
         _STATUS_SAID.format(w="a", t="at") + r"(?:\s*(?:と|や|か|、|・|または|もしくは)\s*" + _STATUS_SAID.format(w="b", t="bt") + r")?"
         r"(?=\s*(?:の|を|は|が|で|も|って|以外|じゃ|では|でな|$|[?？、。]))",
         _status_words, negatable=True,
         # (the rules' lexicon holds no state column: a word no document states is no condition)
         examples=(("休止中と検討中を除いた", None), ("休止しているのは", None))),
]
