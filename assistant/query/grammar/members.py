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
from assistant.text.normalize import nfkc

_KANJI = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# (a 広域連合's list calls its members 構成団体: 「4団体すべてが参加」)
_MEMBERS = r"(?P<n>\d{1,2}|[二三四五六七八九十])\s*(?P<kind>市町村|市町|市村|町村|市|町|村|団体|自治体)"
_ALL = r"(?:すべて|全て|全部|みんな|とも|ともに|全員)"
# (「全市町で実施している」: what every member does together is done by each)
_TAKE_PART = (r"(?:参加して(?:い)?る|参加する|参加の|加わって(?:い)?る|関わって(?:い)?る|共同で(?:実施|行って)(?:して)?(?:い)?る|実施して(?:い)?る|実施する"
              # (「実施済み（●）」: the mark restated in brackets)
              r"|実施済み?(?:\s*[(（][^()（）]{1,3}[)）])?)")


def _number(m: re.Match) -> int:
    said = m.group("n")
    return int(said) if said.isdigit() else _KANJI[said]


# The words that say joint projects are asked about (「6町村の自治体クラウド」 of a case study is no table's count).
_JOINT_SAID = compiled(r"連携事業|共同事業|広域連携|連携している事業|広域連合")


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


# (「5町村すべてが参加している事業」: every member taking part is said of a list's projects, 事業 enough)
_PROJECT_SAID = compiled(r"事業")


def _all_take_part(m: re.Match, ctx: Context) -> Production | None:
    if not _joint(m, ctx) and not (_PROJECT_SAID.search(ctx.text or m.string)
                                   and {"departments", "members"} & set(ctx.lex.columns.get("joint_project", set()))):
        return None
    out = Production([Condition("departments", "all_cities", None, "すべての市町村が参加（どの市町村の欄にも空欄・「—」がない）")],
                     hints={"joint_project"})
    # 「4市町村すべてが実施済み（●）」: where a legend gives the members' marks meanings of their own (●：実施 ○：実施予定),
    # every member's cell holds the mark the verb names.
    done = [mark for mark, meaning in ctx.lex.member_legend.items() if re.sub(r"[(（].*$", "", meaning) == "実施"]
    if done and "実施" in m.group(0):
        out.conditions = [Condition("departments", "all_cities_mark", {"marks": sorted(done)},
                                    f"すべての市町村が実施（{'・'.join(sorted(done))}）")]
    if m.group("n"):
        n = _number(m)
        out.conditions.insert(0, Condition("departments", "cities_count", n, f"{n}団体の連携事業"))
    return out


def _some_take_no_part(m: re.Match, ctx: Context) -> Production | None:
    """「どこか1つでも参加していない市町がある」: some municipality's cell of the project is blank (「—」), i.e. not
    every municipality takes part."""
    if not _joint(m, ctx):
        return None
    return Production([Condition("departments", "not_all_cities", None,
                                 "参加していない市町村がある（いずれかの市町村の欄が空欄・「—」）")], hints={"joint_project"})


def _previous_member_chairs(m: re.Match, ctx: Context) -> Production | None:
    """「（北浦村が参加してる事業）じゃあ幹事をやってるのは？」: the one municipality the previous question had
    take part is the unsaid subject of 幹事をやってる; the projects it chairs."""
    if not {"chair_city"} & set(ctx.lex.columns.get("joint_project", set())):
        return None
    prev = ctx.previous
    if prev is None or prev.target != "joint_project":
        return None
    cities = {c.value for c in prev.conditions if c.field == "departments" and c.op == "city_not_empty"}
    if len(cities) != 1:
        return None  # none or several taking part: whose chair is meant is unsaid
    city = cities.pop()
    return Production([Condition("chair_city", "chair_sole", city, f"部会長の市 = {city}（年度で交代する部会は除く）")],
                      hints={"joint_project"})


def _average_members(m: re.Match, ctx: Context) -> Production | None:
    if "n_members" not in ctx.lex.columns.get("joint_project", set()):
        return None
    return Production(aggregate="avg", agg_field="n_members", hints={"joint_project"})


def _members_counted(m: re.Match, ctx: Context) -> Production | None:
    """「広-07の連携先はいくつの自治体？」: how many members one project has (its n_members), a number, not the names."""
    if "n_members" not in ctx.lex.columns.get("joint_project", set()):
        return None
    return Production(value_field="n_members", hints={"joint_project"})


def _regional(m: re.Match, ctx: Context) -> Production | None:
    return Production(hints={"joint_project"}) if "joint_project" in ctx.lex.columns else None


def _regional_alone(m: re.Match, ctx: Context) -> Production | None:
    """「広域連携」 alone as the joint projects: only where no document of another kind says it in its title or
    file name (a program sheet 「東毛地域広域連携推進事業」 is what 「東毛の広域連携の事業」 asks about)."""
    if "joint_project" not in ctx.lex.columns:
        return None
    kinds = getattr(ctx.lex, "document_kind", {}) or {}
    for source, title in (getattr(ctx.lex, "document_titles", {}) or {}).items():
        if kinds.get(source, "") != "joint_projects" and ("広域連携" in title or "広域連携" in nfkc(source)):
            return None
    return Production(hints={"joint_project"})


def _chair_by_year(m: re.Match, ctx: Context) -> Production | None:
    if "chair_city" not in ctx.lex.columns.get("joint_project", set()):
        return None
    return Production([Condition("chair_city", "chair_by_year", None, "部会長が年度で交代する（部会長の欄に年度ごとの市がある）")],
                      hints={"joint_project"})


def _chair_words() -> str:
    from assistant.kinds.registry import record_kinds

    rk = record_kinds().get("joint_project")
    words = [w for f in (rk.fields if rk else ()) if getattr(f, "name", "") == "chair_city"
             for w in (f.label, *f.words)]
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


_OWN_TOWN = r"うちの市|うちの町|うちの村|本市|当市|わが市|我が市|本町|当町|本村|当村|わが町|我が町"


def _own_chairs(m: re.Match, ctx: Context) -> Production | None:
    """「うちの町が代表町になっている連携事業」: the asker's own municipality — the documents' publisher, named in
    the titles of two documents or more (values.own_municipality) — is the chair said; no such one: unread."""
    from assistant.query.grammar.values import own_municipality

    if "chair_city" not in ctx.lex.columns.get("joint_project", set()):
        return None
    name = own_municipality(ctx)
    own = m.group("own")
    # (「うちの町が主担当なのに…」 where a legend of the members' marks words 主担当: that part, not the chair)
    legend = {re.sub(r"[(（].*$", "", v) for v in (getattr(ctx.lex, "member_legend", None) or {}).values()}
    if m.group("role") in legend:
        return None
    # (「うちの町」 says a 町: a publisher of another suffix is not it)
    if not name or (own[-1] in "市町村" and name[-1] != own[-1]):
        return None
    return Production([Condition("chair_city", "chair_sole", name,
                                 f"部会長の市 = {name}（「{own}」を資料の発行元 {name} と読みました）")],
                      hints={"joint_project"})


def _chair_of_kind(m: re.Match, ctx: Context) -> Production | None:
    """「幹事団体が村になっている連携事業」: the chair is a municipality of that kind (its name ends so)."""
    if "chair_city" not in ctx.lex.columns.get("joint_project", set()):
        return None
    kind = m.group("kind")
    return Production([Condition("chair_city", "has_suffix", kind,
                                 f"{m.group('role')}が{kind}（名前が「{kind}」で終わる）")], hints={"joint_project"})


def _members_once(m: re.Match, ctx: Context) -> Production | None:
    """「…に参加している市町村は、重複を除くと何団体？」: the members of the projects found, each counted once."""
    # (an edition listing them, or counting them per project: n_members, read from the same list)
    if not {"members", "n_members"} & set(ctx.lex.columns.get("joint_project", set())):
        return None
    return Production(aggregate="distinct", group_by="members", hints={"joint_project"})


RULES: list[Rule] = [
    # 「参加している市町村は、重複を除くと何団体」: every member of those projects, each once (not each project's count)
    Rule("members_counted_once",
         r"(?:参加|加わ|入っ)(?:して(?:い)?る|してる|する|した|ている|てる|る)?\s*(?:市町村|団体|自治体)\s*(?:は|の数は|って)?[、,]?\s*"
         r"(?:重複|ダブり|だぶり)\s*(?:を|は)?\s*(?:除くと|除いて|除き|除けば|なしで|抜きで|省くと)[、,]?\s*(?:全部で|合わせて)?\s*"
         r"(?:何団体|何市町村|何自治体|いくつ)",
         _members_once,
         examples=(("行政DX分野の広域連携に参加している市町村は、重複を除くと何団体？",
                    {"aggregate": "distinct", "group_by": "members"}),
                   ("参加団体は何団体", None))),
    # 「幹事団体が村になっている」「幹事団体が市の連携事業」: a kind of municipality as the chair, not a name
    Rule("chair_of_kind",
         rf"(?P<role>{_chair_words()})\s*(?:が|は)\s*(?P<kind>市|町|村)"
         r"(?:\s*(?:になって(?:い)?る|になってる|となって(?:い)?る|である|です|だ))?(?=\s*(?:の|な|[?？、,]|$|連携|事業))",
         _chair_of_kind,
         examples=(("幹事団体が村になっている連携事業", {"conditions": [("chair_city", "has_suffix", "村")]}),
                   ("幹事団体が市の連携事業", {"conditions": [("chair_city", "has_suffix", "市")]}),
                   ("幹事団体が森下村の連携事業", None))),
    # 「うちの町が代表町になっている」「本市が幹事の事業」: the publisher of the documents as the chair.
    Rule("own_town_chairs",
         rf"(?P<own>{_OWN_TOWN})\s*(?:が|は)\s*(?P<role>{_chair_words()})(?=\s*(?:に|の|を|と|で|だ|な|[?？]|$))(?!\s*(?:なのに|だけど|だが|で[、,]))"
         r"(?:\s*(?:になって(?:い)?る|になってる|を務めて(?:い)?る|をやって(?:い)?る|をして(?:い)?る|の|となって(?:い)?る|である|です))?",
         _own_chairs,
         # (the rules' lexicon names no publisher: unread)
         examples=(("うちの町が代表町になっている連携事業", None),)),
    # 「部会長が年度で岡山市と倉敷市で交代してる部会」: the chair cell names a city per year.
    Rule("chair_by_year",
         r"部会長(?:の市)?\s*(?:が|は)\s*(?:年度|年)\s*(?:ごと|毎)?\s*(?:で|に|によって)\s*(?:[^、。？?\x1f]{0,14}?(?:で|の間で))?\s*"
         r"(?:交代|入れ替わ|替わ|変わ|かわ)(?:って|り)?(?:して|し)?(?:い)?(?:る|た|ます|ている)?",
         _chair_by_year,
         examples=(("部会長が年度で岡山市と倉敷市で交代してる部会", {"conditions": [("chair_city", "chair_by_year", None)]}),
                   ("部会長が年度ごとに変わる部会", {"conditions": [("chair_city", "chair_by_year", None)]}))),
    # 「広域の共同事業」: projects shared by municipalities are regional by what they are; 広域 restates the
    # kind, never a word sought in their text (a table's heading 「…広域行政推進協議会」 holds it anyway).
    Rule("regional_projects",
         r"広域(?:の|で(?:行う|やる|実施する|実施している|の))(?=\s*(?:共同事業|連携事業))",
         _regional,
         examples=(("広域の共同事業", {}), ("広域連携事業", None))),
    # 「広域連携の効果額」「篠目町が参加している広域連携は？」: 広域連携 alone (a town's page 「広域連携の取組状況」)
    # is the projects themselves, no word sought in their text (their rows never print it). Not the verb
    # (「4市が広域連携して」), nor the word qualifying another kind's records (「広域連携の事務事業」).
    Rule("regional_cooperation_projects",
         r"広域連携(?![一-龥ァ-ヶー]|\s*(?:して|し|する|した|による|の(?:事務事業|事例|取組(?:項目)?|実施項目|実践項目|施策|記述|記載)))",
         _regional_alone,
         examples=(("広域連携の効果額", {}), ("篠目町が参加している広域連携は", {}),
                   ("4市が広域連携して", None), ("広域連携の事務事業", None))),

    # 「共同事業1件あたり、平均で何市町が参加してる？」: the average of the municipalities taking part per project
    Rule("average_members",
         r"(?:(?:1|一)\s*(?:件|事業)\s*(?:あたり|当たり|当り)[、,]?\s*)?(?:の)?平均(?:で|して|すると|的に)?[、,]?\s*"
         r"(?:何|いくつの)\s*(?:市町村|市町|市村|町村|団体|自治体)(?:くらい|ぐらい|ほど)?(?:が|で)?\s*"
         r"(?:参加して(?:い)?る|参加する|参加|加わって(?:い)?る|関わって(?:い)?る)",
         _average_members,
         examples=(("1件あたり、平均で何市町が参加してる", {"aggregate": "avg", "agg_field": "n_members"}),
                   ("平均何団体が参加", {"aggregate": "avg", "agg_field": "n_members"}))),

    # 「広-07の連携先はいくつの自治体？」「参加団体は何市町村？」: the number of a project's members
    Rule("members_counted",
         r"(?:連携先|参加(?:市町村|市町|団体|自治体)|構成(?:市町村|団体)|連携(?:市町村|自治体|団体))\s*(?:は|の数は?|が)?\s*"
         r"(?:いくつ|何)\s*(?:の)?\s*(?:市町村|市町|団体|自治体|か所|ヶ所|つ)?",
         _members_counted,
         examples=(("連携先はいくつの自治体", {"value_field": "n_members"}),
                   ("参加団体は何団体", {"value_field": "n_members"}))),

    # 「（北浦村が参加してる共同事業）じゃあ幹事をやってるのは？」: the municipality of the previous question chairs
    Rule("previous_member_chairs",
         r"(?:^|(?<=[\x1f\s]))(?:その中で|そのうち|うち|中で)?[ 　]*(?:幹事|部会長|主担当)(?:を|が|も)?[ 　]*"
         r"(?:やって(?:い)?る|務めて(?:い)?る|つとめて(?:い)?る|担当して(?:い)?る|担って(?:い)?る|して(?:い)?る|なの|の)(?=の|もの|事業|は|[?？]|$)",
         _previous_member_chairs,
         examples=(("幹事をやってるのは", None),)),  # (no previous question: nothing)

    # 「4市町すべてが参加している」「全ての市町が参加している」(「両市」 is left to the rules comparing the two sides)
    Rule("every_member_takes_part",
         # (「全市町が参加」: a table's own word for every member, 全市町 / 全市町村 / 全構成団体)
         r"(?:" + _MEMBERS + r"\s*(?:の)?\s*" + _ALL + r"|(?:すべて|全て|全部)の(?:構成)?(?:市町村|市町|市村|町村|市|町|村|自治体|団体)"
         r"|全\s*(?:構成)?\s*(?:市町村|市町|市村|町村|自治体|団体)"
         # (「構成市町村が全部参加してる」: the members said by the list's word, 全部 after them)
         r"|(?:構成|参加)\s*(?:市町村|市町|市村|町村|自治体|団体)(?:が|は)\s*" + _ALL + r")"
         r"\s*(?:が|で|に)?\s*" + _TAKE_PART,
         _all_take_part,
         examples=(("構成市町村が全部参加してる連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("4市町すべてが参加している連携事業", {"conditions": [("departments", "cities_count", 4),
                                                          ("departments", "all_cities", None)]}),
                   ("全ての市町が参加している連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("全市町が参加している連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("全構成市町村が加わっている連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("全市町で実施している連携事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("すべての構成団体が参加している共同事業", {"conditions": [("departments", "all_cities", None)]}),
                   ("4団体すべてが参加している広域連合の事業", {"conditions": [("departments", "cities_count", 4),
                                                             ("departments", "all_cities", None)]}),
                   ("五市町村とも参加している連携事業", {"conditions": [("departments", "cities_count", 5),
                                                       ("departments", "all_cities", None)]}),
                   ("5町村すべてが参加している事業", {"conditions": [("departments", "cities_count", 5),
                                                     ("departments", "all_cities", None)]}))),
    # 「どこか1つでも参加していない市町がある」「参加していない市町村が1つでもある」: not every member takes part.
    Rule("some_member_takes_no_part",
         r"(?:(?:どこか|いずれか|どれか|少なくとも)\s*(?:(?:1|一)\s*(?:つ|か所|ヶ所|箇所|団体|市町村|市町|市村|町村|自治体))?\s*(?:でも|は)?"
         r"|(?:1|一)\s*(?:つ|団体|市町村|市町|自治体)\s*でも)\s*(?:の)?\s*(?:市町村|市町|市村|町村|自治体|団体)?\s*(?:が|で)?\s*"
         r"(?:参加して(?:い)?ない|参加していない|加わって(?:い)?ない|参加しない)"
         r"(?:\s*(?:市町村|市町|市村|町村|自治体|団体|ところ))?\s*(?:が|の)?\s*(?:ある|あります)?"
         r"|参加して(?:い)?ない\s*(?:市町村|市町|市村|町村|自治体|団体|ところ)\s*(?:が|の)\s*(?:(?:1|一)\s*(?:つ|団体|か所)\s*でも|どこか|いずれか)\s*(?:ある|あります)",
         _some_take_no_part,
         examples=(("どこか1つでも参加していない市町がある連携事業", {"conditions": [("departments", "not_all_cities", None)]}),
                   ("いずれかの市町村が参加していない連携事業", {"conditions": [("departments", "not_all_cities", None)]}),
                   ("参加していない市町村が1つでもある連携事業", {"conditions": [("departments", "not_all_cities", None)]}),
                   ("どこか1つでも参加していない市町がある", None))),  # (no joint projects said: nothing)
    # 「4市町の広域連携事業」「五市町村で行う連携事業」: the projects of a table of that many municipalities.
    Rule("projects_of_members",
         r"(?<![\d一-龥])" + _MEMBERS + r"(?=\s*(?:の|で|による|が|共同|合同|広域|連携))",
         _of_members,
         examples=(("4市町の広域連携事業", {"conditions": [("departments", "cities_count", 4)]}),
                   ("五市町村の連携事業", {"conditions": [("departments", "cities_count", 5)]}),
                   ("北山市の連携事業", None),
                   ("群馬県吾妻郡の6町村の運用コスト", None))),
]
