"""The bureau marks departments are written with ((総)行政監理室: the 総務部's), asked of as such: 「担当部署に部の
略称が付いていない実践項目」 (every department written without one: 議会事務局), 「違う部の課が一緒に所管してる項目」
(departments of two bureaus or more). A department written without a mark after one with it (「(健)こども育成課、
健康支援課」) is of that bureau: one mark. Read only where the index's departments carry marks at all."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule

# What the marks are called; a parenthesised list of examples may follow (「部の略称（(総)とか(政)とか）」).
_MARK = (r"(?:部局|部)?の?(?:略称|略号|略記|記号|マーク|頭の記号)"
         r"(?:\s*[(（](?:[^()（）]|[(（][^()（）]{1,3}[)）]){0,24}[)）])?")
_DEPT = r"(?:担当部署|担当課|所管課|所管部署|部署|課)(?:名)?"
_NONE = (r"(?:付いていない|ついていない|付いてない|ついてない|付されていない|書かれていない|ない|無い|付かない)")
_BUREAU = r"(?:部局|(?<![一-龥])部(?![署会門分品類長一-龥]))"


def _marked(ctx: Context) -> bool:
    """Whether the records have departments, written with bureau marks where the index lists them."""
    if not any("departments" in cols for cols in ctx.lex.columns.values()):
        return False
    full = list(getattr(ctx.lex, "full_departments", None) or [])
    return not full or any(re.match(r"[(（][^)）]{1,3}[)）]", d) for d in full)


def _none(m: re.Match, ctx: Context) -> Production | None:
    if not _marked(ctx):
        return None
    return Production([Condition("@bureau", "unmarked", None, "担当部署に部局の略称が付いていない")], hints={"practice"})


def _several(m: re.Match, ctx: Context) -> Production | None:
    if not _marked(ctx):
        return None
    return Production([Condition("@bureau", "several", None, "担当部署が2つ以上の部局にまたがる")], hints={"practice"})


RULES = [
    # 「ほかの課と一緒に持っとるものも入れて」「他部署との共管分も含めて」: items a department shares with others
    # counted too, as a department's items always are (its name in the cell among others): a note, no condition.
    Rule("shared_departments_included",
         r"(?:ほか|他|別|よそ)(?:の)?(?:課|部署|部|課室|所属)(?:と|との)?\s*(?:一緒に|いっしょに|共同で|共同して|合同で|共に|ともに)?\s*"
         r"(?:持って|持っと|担当して|担当しと|所管して|所管しと|やって|やっと|共管して|受け持って)?(?:いる|る|おる)?\s*"
         r"(?:もの|の|やつ|分|項目)?\s*(?:も|を)?\s*(?:入れて|含めて|含む|含めた|込みで|数えて)",
         lambda m, ctx: Production(notes=["ほかの部署と共同で担当しているもの（担当部署の欄に複数の課があるもの）も含めました"]),
         examples=(("ほかの課と一緒に持っとるものも入れて", {}),
                   ("他の部署と共同で担当しているものも含めて", {}))),
    Rule("bureau_mark_none",
         _DEPT + r"(?:に|の|で)?\s*" + _MARK + r"\s*(?:が|は|の)?\s*" + _NONE
         + r"|" + _MARK + r"\s*(?:が|の)?\s*" + _NONE + r"\s*" + _DEPT + r"(?:の|が)?",
         _none,
         examples=(("担当部署に部の略称（(総)とか(政)とか）が付いていない実践項目",
                    {"conditions": [("@bureau", "unmarked", None)]}),
                   ("部局の略号がない担当部署の実践項目", {"conditions": [("@bureau", "unmarked", None)]}),
                   ("担当部署に部局の略称が付いている実践項目", None))),
    Rule("bureau_several",
         r"(?:違う|異なる|別々の|別の|複数の|二つ以上の|2つ以上の|２つ以上の)\s*" + _BUREAU
         + r"(?:の(?:課|部署|課室))?(?:が|で|の)?\s*(?:一緒に|共同で|共同して|合同で|共に|ともに|共管で|連名で)?\s*"
         r"(?:所管|担当|共管|持って)(?:し|する|している|してる|した|して(?:いる|る)?)?"
         r"|(?:複数の|二つ以上の|2つ以上の|２つ以上の)\s*" + _BUREAU + r"(?:に|を)\s*(?:またが|跨が|わた|渡)(?:る|っている|ってる|った)",
         _several,
         examples=(("違う部の課が一緒に所管してる項目", {"conditions": [("@bureau", "several", None)]}),
                   ("複数の部局にまたがる実践項目", {"conditions": [("@bureau", "several", None)]}),
                   ("複数の部会にまたがる事業", None))),
]
