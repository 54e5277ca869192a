"""「10番台の連携事業」「Nのつかない40番台の実践項目」「番号が20番台（20～29）」: the records numbered within a ten
(10 to 19), by the plain numbers the documents print; 「N付きの10番台」 the lettered ones (N10 to N19)."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.vocabulary import KIND_WORDS

_KIND_OF = {w: k for w, k in KIND_WORDS if w not in {"項目", "回答"}}
_KIND = "|".join(re.escape(w) for w in _KIND_OF)


def _decade(m: re.Match, ctx: Context) -> Production | None:
    tens = int(m.group("d"))
    if not 1 <= tens <= 99:
        return None
    numbers = range(tens * 10, tens * 10 + 10)
    kind = _KIND_OF.get(m.group("kind") or "")
    letter = (m.group("letter") or "").upper()
    if letter:
        # 「N付きの10番台」: the codes with the letter, among those the index holds
        codes = sorted({c for c, _ in ctx.lex.practice_titles if re.fullmatch(re.escape(letter) + r"\d+", c)
                        and int(c[len(letter):]) in numbers}, key=lambda c: int(c[len(letter):]))
        if not codes:
            return None
        return Production([Condition("code", "in", codes, f"番号 = {letter}{tens * 10}番台（{'・'.join(codes)}）")],
                          {"practice"})
    codes = [str(n) for n in numbers]
    label = f"番号 = {tens * 10}番台（{codes[0]}〜{codes[-1]}）"
    if kind == "practice":
        return Production([Condition("@title:practice", "in", codes, label)], {"practice"})
    return Production([Condition("@no", "in", codes, label)], {kind} if kind else set())


RULES: list[Rule] = [
    Rule("code_decade",
         # (「Nのつかない」 said with it only says the plain numbers, which a ten of numbers is already)
         r"(?:(?:Nの|N\s*が|N)\s*(?:つかない|付かない|付いていない|ついていない|ついてない|付いてない|なし|無し)(?:の)?\s*"
         r"|(?P<letter>N)\s*(?:付き|つき|が付く|がつく)(?:の)?\s*)?"
         r"(?:(?:番号|No\.?|ナンバー)\s*(?:が|の)?\s*)?(?P<d>[1-9]\d?)0\s*番台"
         r"(?:\s*[（(]\s*\d{1,3}\s*(?:～|〜|~|-|－|から)\s*\d{1,3}\s*(?:まで)?\s*[）)])?"
         r"(?:\s*の\s*(?=(?P<kind>" + _KIND + r")))?",
         _decade,
         examples=(("Nのつかない番号が10番台（10～19）の実践項目で", {"conditions": [("@title:practice", "in", [str(n) for n in range(10, 20)])]}),
                   ("20番台の連携事業で", {"conditions": [("@no", "in", [str(n) for n in range(20, 30)])]}),
                   ("Nのつかない60番台の実践項目のうち", {"conditions": [("@title:practice", "in", [str(n) for n in range(60, 70)])]}),
                   ("N番台の実践項目", None))),
]
