"""The departments a report names beside an item's main one in a column of their own (主担当課 │ 関係課:
kinds/plan_report/initiative_sheets.py keeps them in `related`): 「関係課に財政課が入ってる」「財政課が関係課に
含まれていない」「関係課が一つも書かれていない」 ask that column, never the main department.

Read only where an index holds such a column: without one the words are left to the other rules (and to the
answer's unused words), never turned into a condition on a field no record has."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule

_FIELD = "related"
# What a report heads the column with, as users say it.
# (a report splitting its department block into 主 │ 副 calls the second one 副担当課: the same column)
_WORDS = r"(?:関係課|関連課|関係部署|関係する課|副担当課|副担当)"
# A department as said: a name ending as departments do.
_DEPT = r"(?P<d>[^\s、。,がをはのにで]{1,14}?(?:課|室|局|センター|事務所))"
# (the canonical text writes 入ってる / 含まれている as 含む / 含まれる, their negations 含まれない)
_IN = r"(?:含む|含まれる|含まれた|含まれて(?:いる|る)|入って(?:いる|る)?|入る|ある|なって(?:いる|る)|の)"
_NOT_IN = r"(?:含まない|含まれない|含まれていない|入っていない|入ってない|入らない|ない)"


def _holders(ctx: Context) -> set[str]:
    return {kind for kind, cols in ctx.lex.columns.items() if _FIELD in cols}


def _known(ctx: Context, name: str) -> bool:
    from assistant.query.lexicon import strip_bureau

    return not ctx.lex.departments or strip_bureau(name) in ctx.lex.departments


def _named(m: re.Match, ctx: Context) -> Production | None:
    holders = _holders(ctx)
    name = m.group("d")
    if not holders or not _known(ctx, name):
        return None
    neg = bool(m.group("neg"))
    cond = Condition(_FIELD, "not_has" if neg else "has", name, f"関係課 {'∌' if neg else '∋'} {name}")
    return Production([cond], hints=holders)


def _none(m: re.Match, ctx: Context) -> Production | None:
    holders = _holders(ctx)
    if not holders:
        return None
    return Production([Condition(_FIELD, "empty", None, "関係課が空欄")], hints=holders)


def _some(m: re.Match, ctx: Context) -> Production | None:
    holders = _holders(ctx)
    if not holders:
        return None
    return Production([Condition(_FIELD, "not_empty", None, "関係課が記載されている")], hints=holders)


def _main_asked(m: re.Match, ctx: Context) -> Production | None:
    """「どこの課が主担当？」「…の主担当は？」: the item's main department (`departments`), where the index holds a report
    naming it beside its 関係課 (a joint project's 主担当 is a member, asked of projects: left to the other rules then)."""
    holders = _holders(ctx)
    if not holders or re.search(r"連携事業|共同事業|広域", ctx.text or ""):
        return None
    return Production(value_field="departments", hints=holders)


def _main_named(m: re.Match, ctx: Context) -> Production | None:
    """「主担当がDX推進課の取組」: the words before a department saying it is the main one, which `departments` holds
    (the department itself is read by the driver's department reading)."""
    holders = _holders(ctx)
    if not holders or re.search(r"連携事業|共同事業|広域", ctx.text or ""):
        return None
    return Production(hints=holders)


RULES: list[Rule] = [
    Rule("main_department_named",
         r"主担当(?:課)?\s*(?:が|は|に|を)(?=\s*[^\s、。がをはのにで]{1,14}?(?:課|室|局|センター|事務所))",
         _main_named,
         examples=(("主担当がDX推進課の取組", None),)),
    Rule("main_department_asked",
         r"(?:どこの|どの|何)(?:課|部署)\s*(?:が|は)\s*主担当(?:課)?(?:です|なの|でしょう)?(?:か)?"
         r"|(?<=の)\s*主担当(?:課)?\s*(?:は|って)\s*(?:どこ|どの課|何課)?(?:です|なの|でしょう)?(?:か)?\s*(?=[?？]|$)",
         _main_asked,
         examples=(("どこの課が主担当?", None),)),
    Rule("related_department_named",
         _WORDS + r"\s*(?:に|には|として|の中に|の欄に)\s*(?:も)?\s*" + _DEPT + r"\s*(?:が|も|は)?\s*(?:(?P<neg>" + _NOT_IN + r")|" + _IN + r")"
         + r"|" + _DEPT.replace("?P<d>", "?P<d2>") + r"\s*(?:が|も|は)\s*" + _WORDS + r"\s*(?:に|には|として)\s*(?:(?P<neg2>" + _NOT_IN + r")|" + _IN + r")",
         lambda m, ctx: _named(_Either(m), ctx),
         examples=(("関係課に財政課が入ってる", None), ("関係課が1つも書かれていない", None))),
    # 「副担当の課がついている」「関係課が書かれているもの」: items naming a department beside the main one.
    Rule("related_department_some",
         _WORDS + r"(?:の課|の部署)?\s*(?:が|も)\s*(?:ついて|付いて|あ|書かれて|記載されて|入って|設定されて)"
         r"(?:いる|る)?(?![ぁ-ん]*(?:ない|ません))",
         _some,
         examples=(("そのうち副担当の課がついているのは？", None), ("関係課が書かれている取組", None))),
    Rule("related_department_none",
         _WORDS + r"\s*(?:が|は|の欄が|の欄は)?\s*(?:1つも|一つも|ひとつも|何も|なにも|まったく|全く)?\s*"
         r"(?:書かれていない|書かれてない|書いていない|書いてない|記載されていない|記載されてない|記載がない|記載のない|"
         r"ない|空欄|空白|空いている|空いてる)",
         _none,
         examples=(("関係課が1つも書かれていない", None),)),
]


class _Either:
    """The match of either spelling of _named's pattern, read through the first spelling's group names."""

    def __init__(self, m: re.Match) -> None:
        self._m = m

    def group(self, name: str):
        if name == "d":
            return self._m.group("d") or self._m.group("d2")
        if name == "neg":
            return self._m.group("neg") or self._m.group("neg2")
        return self._m.group(name)
