"""The kind of office a department is, by the last word of its name: 「倉敷市側の担当部署が「〜課」ではないもの
（室など）」「担当課が室で終わる事業」. A cell may hold several names (「情報政策課 システム企画課」): one of them
ending so is a department of that kind; negated, the cell names a department and none of them ends so (a blank
cell says nothing). A municipality said before (倉敷市側の) selects its own cell of a joint project's table."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import NEG, Context, Production, Rule

_DEPT = r"(?:担当部署|担当部局|担当課|所管課|所管部署|担当|部署)(?:の名前|の名称|名)?"
_SUFFIX = r"(?P<suf>課|室|部|局|係|センター|事務所)"
# The last word said as such: 「〜課」「…室」, or 「課で終わる」 / 「室で終わらない」.
_ENDING = (r"(?:が|は)?\s*[「『]?\s*(?:(?P<tilde>[〜～~…]|○○|△△)\s*" + _SUFFIX.replace("suf", "suf1") + r"|"
           + _SUFFIX + r"(?=\s*[」』]?\s*(?:で|に)\s*(?:終わ|おわ|終了)))\s*[」』]?\s*"
           # (the question as canonicalised: 終わる is 終了した, 終わらない 終了していない)
           r"(?:(?:で|に)\s*(?:(?:終わ|おわ)(?P<ends>る|っている|ってる|った|らない|っていない|ってない)"
           r"|終了(?P<ends2>する|している|してる|した|しない|していない|してない)))?"
           r"\s*(?P<neg>" + NEG + r")?\s*(?:もの|の|やつ)?\s*(?:[（(][^()（）]{1,12}[)）])?")


def _produce(m: re.Match, ctx: Context, with_city: bool) -> Production | None:
    if not any("departments" in cols for cols in ctx.lex.columns.values()):
        return None
    city = ""
    if with_city:
        said = m.group("city")
        city = next((c for c in sorted(ctx.lex.municipalities, key=len, reverse=True)
                     if said.endswith(c) or (len(c) > 2 and c[-1] in "市町村" and said.endswith(c[:-1]))), "")
        if not city and not ctx.lex.municipalities and said[-1:] in "市町村" and len(said) > 1:
            city = said  # (a vocabulary listing no municipalities: the name as said, 「東市の」)
        if not city:
            return None
    suffix = m.group("suf1") or m.group("suf")
    ends = m.group("ends") or m.group("ends2") or ""
    neg = bool(m.group("neg")) != ends.endswith("ない")
    who = f"{city}の担当部署" if city else "担当部署"
    label = f"{who}の名前が「{suffix}」で{'終わらない' if neg else '終わる'}"
    hints = {"joint_project"} if city else set()
    return Production([Condition("@dept_suffix", "not_has_suffix" if neg else "has_suffix",
                                 {"suffix": suffix, "city": city}, label)], hints=hints)


RULES = [
    # 「倉敷市側の担当部署が「〜課」ではないもの（室など）」: one municipality's cell of a joint project
    Rule("dept_suffix_of_city",
         r"(?P<city>[一-龥ァ-ヶー]{1,8}?(?:市|町|村)?)\s*(?P<side>側|のほう|の方)?(?:の|で)\s*" + _DEPT + _ENDING,
         lambda m, ctx: _produce(m, ctx, True),
         examples=(("倉敷市側の担当部署が「〜課」ではないもの（室など）",
                    {"conditions": [("@dept_suffix", "not_has_suffix", {"suffix": "課", "city": "倉敷市"})]}),
                   ("岡山市側の担当課が室で終わる事業",
                    {"conditions": [("@dept_suffix", "has_suffix", {"suffix": "室", "city": "岡山市"})]}),
                   ("事業の担当部署が「〜課」ではないもの", None))),
    # 「担当部署が〜室の実践項目」「担当課の名前が課で終わらないもの」
    Rule("dept_suffix",
         _DEPT + _ENDING,
         lambda m, ctx: _produce(m, ctx, False),
         examples=(("担当部署が「〜課」ではないもの", {"conditions": [("@dept_suffix", "not_has_suffix", {"suffix": "課", "city": ""})]}),
                   ("担当課の名前が課で終わらない項目", {"conditions": [("@dept_suffix", "not_has_suffix", {"suffix": "課", "city": ""})]}),
                   ("担当部署が〜室の実践項目", {"conditions": [("@dept_suffix", "has_suffix", {"suffix": "室", "city": ""})]}),
                   ("担当部署が企画課の項目", None))),
]
