"""The municipalities of a joint-projects table, said by their number: 「4市町の広域連携事業」「4市町すべてが参加」.

A table of joint projects keeps one department per municipality its header names (departments, an object
municipality → department; blank where a municipality takes no part). 「4市町の」 is then the projects of a
table of four municipalities, and 「すべてが参加」 those where no municipality's cell is blank. The number is
never a count asked nor a word of the projects' text.
"""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.compiled import compiled

_KANJI = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# (a 広域連合's list calls its members 構成団体: 「4団体すべてが参加」)
_MEMBERS = r"(?P<n>\d{1,2}|[二三四五六七八九十])\s*(?P<kind>市町村|市町|市村|町村|市|町|村|団体|自治体)"
_ALL = r"(?:すべて|全て|全部|みんな|とも|ともに|全員)"
# (「全市町で実施している」: what every member does together is done by each)
_TAKE_PART = r"(?:参加して(?:い)?る|参加する|参加の|加わって(?:い)?る|関わって(?:い)?る|共同で(?:実施|行って)(?:して)?(?:い)?る|実施して(?:い)?る|実施する)"


def _number(m: re.Match) -> int:
    said = m.group("n")
    return int(said) if said.isdigit() else _KANJI[said]


# The words that say joint projects are asked about (「6町村の自治体クラウド」 of a case study is no table's count).
_JOINT_SAID = compiled(r"連携事業|共同事業|広域連携|連携している事業")


def _joint(m: re.Match, ctx: Context) -> bool:
    """Joint projects are asked about: named in the question, or the previous question's records."""
    if not {"departments", "members"} & set(ctx.lex.columns.get("joint_project", set())):
        return False
    said = _JOINT_SAID.search(ctx.text or m.string)
    return bool(said) or (ctx.previous is not None and ctx.previous.target == "joint_project")


def _of_members(m: re.Match, ctx: Context) -> Production | None:
    if not _joint(m, ctx):
        return None
    n = _number(m)
    said = m.group(0).rstrip("のでが")
    return Production([Condition("departments", "cities_count", n, f"{said}の連携事業（市町村の欄が{n}団体分ある表）")],
                      hints={"joint_project"})


def _all_take_part(m: re.Match, ctx: Context) -> Production | None:
    if not _joint(m, ctx):
        return None
    out = Production([Condition("departments", "all_cities", None, "すべての市町村が参加（どの市町村の欄にも空欄・「—」がない）")],
                     hints={"joint_project"})
    if m.group("n"):
        n = _number(m)
        out.conditions.insert(0, Condition("departments", "cities_count", n, f"{n}団体の連携事業"))
    return out


RULES: list[Rule] = [
    # 「4市町すべてが参加している」「全ての市町が参加している」(「両市」 is left to the rules comparing the two sides)
    Rule("every_member_takes_part",
         # (「全市町が参加」: a table's own word for every member, 全市町 / 全市町村 / 全構成団体)
         r"(?:" + _MEMBERS + r"\s*(?:の)?\s*" + _ALL + r"|(?:すべて|全て|全部)の(?:市町村|市町|市村|町村|市|町|村|自治体|団体)"
         r"|全\s*(?:構成)?\s*(?:市町村|市町|市村|町村|自治体|団体))"
         r"\s*(?:が|で|に)?\s*" + _TAKE_PART,
         _all_take_part,
         examples=(("4市町すべてが参加している連携事業", {"conditions": [("departments", "cities_count", 4),
                                                          ("departments", "all_cities", None)]}),
                   ("全ての市町が参加している連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("全市町が参加している連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("全構成市町村が加わっている連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("全市町で実施している連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("五市町村とも参加している連携事業", {"conditions": [("departments", "cities_count", 5),
                                                       ("departments", "all_cities", None)]}))),
    # 「4市町の広域連携事業」「五市町村で行う連携事業」: the projects of a table of that many municipalities.
    Rule("projects_of_members",
         r"(?<![\d一-龥])" + _MEMBERS + r"(?=\s*(?:の|で|による|が|共同|合同|広域|連携))",
         _of_members,
         examples=(("4市町の広域連携事業", {"conditions": [("departments", "cities_count", 4)]}),
                   ("五市町村の連携事業", {"conditions": [("departments", "cities_count", 5)]}),
                   ("北山市の連携事業", None),
                   ("群馬県吾妻郡の6町村の運用コスト", None))),
]
