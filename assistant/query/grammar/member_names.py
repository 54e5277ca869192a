"""A committee member named by surname and title: 「桐生委員は」「大久保会長の意見」「南条さんが」.

Read only when the index holds a paper of the members' own opinions (comments keeping the member's name,
member_opinions.py) and exactly one member's name begins with the surname said; the comments are then that
member's. A name no member has is left to the other readings (and reported unused if none reads it).
"""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule

FIELD = "member"


def _member(m: re.Match, ctx: Context) -> Production | None:
    said = m.group("name")
    names = ctx.lex.closed_values.get(FIELD, set())
    found = sorted(n for n in names if re.sub(r"\s", "", n).startswith(said))
    if len(found) != 1:
        return None  # (no member so named, or two: which is meant is unsaid)
    holders = {k for k, cols in ctx.lex.columns.items() if FIELD in cols}
    return Production([Condition(FIELD, "=", found[0], f"委員 = {found[0]}")], hints=holders)


def _post(m: re.Match, ctx: Context) -> Production | None:
    """A speaker printed by the post alone: the comments of the one member so named exactly."""
    said = m.group("name")
    if said not in ctx.lex.closed_values.get(FIELD, set()):
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if FIELD in cols}
    return Production([Condition(FIELD, "=", said, f"発言者 = {said}")], hints=holders)


def _opinion_place(m: re.Match, ctx: Context) -> Production | None:
    """「北浜地区の説明会では」「中央地区で出た意見」: the district whose meeting heard the opinions (a residents'
    meeting's table of opinions, generic/opinion_rows.py), only a district the index's opinions hold."""
    said = m.group("place")
    if said not in ctx.lex.closed_values.get("place", set()):
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if "place" in cols}
    return Production([Condition("place", "=", said, f"{'会場' if said.endswith('会場') else '地区'} = {said}")], hints=holders)


def _member_role(m: re.Match, ctx: Context) -> Production | None:
    role = m.group("role")
    holders = {k for k, cols in ctx.lex.columns.items() if "member_role" in cols}
    if not holders or not ctx.lex.closed_values.get(FIELD):
        return None
    conds = [Condition("member_role", "contains", role, f"役職に「{role}」")]
    if not role.startswith("副"):
        conds.append(Condition("member_role", "not_contains", f"副{role}", f"役職が「副{role}」でない"))
    if m.group("who"):
        return Production(conds, hints=holders, value_field=FIELD)
    return Production(conds, hints=holders)


def _member_standing(m: re.Match, ctx: Context) -> Production | None:
    """「公募町民の委員」: the members whose role, as the paper's list prints it, says what they stand for
    (「委員（公募町民）」); only where the index's opinions keep such roles."""
    said = m.group("what")
    roles = getattr(ctx.lex, "member_roles", set())
    words = [re.split(r"[\s（）()、・]+", r) for r in roles if said in r]
    # 「事業者の委員」「保健医療関係者の委員」: the 区分 of a roster printed as a word of its own after the affiliation
    # (「株式会社… 訪問介護事業所 事業者」); only where every role holding it holds it so, the word whole
    whole = bool(words) and all(said in ws for ws in words)
    if not whole and not any(f"（{said}" in r or f"({said}" in r or r.startswith(said) for r in roles):
        # 「社労士の委員」: a role said shortened (社会保険労務士), its first and last characters kept and the rest
        # in order; only where one role word of the list is so shortened
        full = {w for r in roles for w in re.split(r"[\s（）()、・]+", r) if _shortened(said, w)}
        if len(full) != 1:
            # 「商工会の委員」「民生委員の長谷部さん」: a word inside one body of the members' affiliations
            # (「鴾ノ里町商工会 事務局長」「…民生委員児童委員協議会 副会長」), said as the body prints it
            inside = {said + "委員" if said + "委員" in w else said
                      for r in roles for w in re.split(r"[\s（）()、・]+", r) if len(said) >= 2 and said in w and said != w}
            bodies = {w for r in roles for w in re.split(r"[\s（）()、・]+", r) if len(said) >= 2 and said in w}
            if len(inside) != 1 or len(bodies) != 1:
                return None
            said = inside.pop()
        else:
            said = full.pop()
    holders = {k for k, cols in ctx.lex.columns.items() if "member_role" in cols}
    return Production([Condition("member_role", "contains", said, f"役職・所属に「{said}」")], hints=holders)


def _shortened(said: str, word: str) -> bool:
    """Whether `said` is `word` shortened: both ends kept, the characters between in order (社労士, 社会保険労務士)."""
    if len(said) < 2 or len(word) <= len(said) or said[0] != word[0] or said[-1] != word[-1]:
        return False
    rest = iter(word)
    return all(ch in rest for ch in said)


# The kinds an opinion's target may be, as the question's kind words read (推進方針 → 取組項目, 実施項目 → 実践項目).
_TARGET_KINDS = {"取組項目": "initiative", "実践項目": "practice"}


def _target_kind(m: re.Match, ctx: Context) -> Production | None:
    """「推進方針そのものに対して出された意見」「実施項目に対する意見だけ」: the opinions a table of opinions says are on an
    initiative itself (「推進方針Ⅱ」) or on a practice item (「実施項目 Ⅱ-3-(2)」: generic/opinion_rows.py); 「実施項目では
    なく」 before it names the other kind, no condition of its own. Only where the index's opinions say so."""
    kind = _TARGET_KINDS.get(m.group("word"))
    other = m.group("other")
    if kind is None or (other and _TARGET_KINDS.get(other) in (None, kind)):
        return None
    if kind not in getattr(ctx.lex, "comment_targets", set()):
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if "about" in cols}
    said = "取組項目そのもの" if kind == "initiative" else "実践項目"
    return Production([Condition("about", "=", kind, f"意見の対象が{said}")], hints=holders)


def _opinion_code(m: re.Match, ctx: Context) -> Production | None:
    """「市民会館（B-01）について意見を言ったのは」「A-07への意見」: a record a table of opinions names by code (its
    対象施設番号), in a question of the opinions; only a code the index's opinions name."""
    from assistant.text.normalize import nfkc

    code = re.sub(r"\s*[-‐－]\s*", "-", nfkc(m.group("code"))).upper()
    if code not in getattr(ctx.lex, "comment_codes", set()):
        return None
    if not re.search(r"意見|指摘|コメント|発言|話題|言及|話し|話して|述べ", nfkc(ctx.text or m.string)):
        return None
    return Production([Condition("initiative", "=", code, f"意見の対象 = {code}")], hints={"comment"})


def _opinion_records(m: re.Match, ctx: Context) -> Production | None:
    """「安全管理について意見が出た施設は」「C委員が意見を出した施設」: the records the opinions are on, as a table or
    a report of opinions names them by code (対象施設番号 A-02; 「（３）F-03 …」 headings over bullets): the opinions
    on such records; only where the index's opinions are on records so coded."""
    if not getattr(ctx.lex, "comment_codes", set()):
        return None
    if m.group("word") in ("委員", "意見", "内容", "もの", "こと", "理由", "件数", "人", "方"):
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if "about" in cols}
    about = Condition("about", "=", "item", f"意見の対象が番号で示された{m.group('word')}")
    said = m.groupdict()  # (only some of the rules reading these opinions name a verb or a tag)
    if said.get("passive") or said.get("tagged"):
        # 「指摘された提案」: the verb is the tag the paper prints on the opinions (【指摘】), read here with it
        tag = m.string[max(0, m.start() - (3 if said.get("tagged") else 2)):m.start()].rstrip("】")
        if tag == "意見":  # (「意見された」: no tag)
            return Production([about], hints=holders)
        if tag not in ctx.lex.closed_values.get("excerpt_class", set()):
            return None
        return Production([Condition("excerpt_class", "=", tag, f"分類 = {tag}"), about], hints=holders)
    return Production([about], hints=holders)


def _opinion_meeting(m: re.Match, ctx: Context) -> Production | None:
    """「第2回の検討委員会で出た意見」: the opinions a table of opinions says were made at that meeting (its 開催回)."""
    from assistant.text.normalize import nfkc

    said = "".join(nfkc(m.group("meeting")).split())
    if said not in getattr(ctx.lex, "comment_meetings", set()):
        return None
    if not re.search(r"意見|指摘|コメント|発言|話題|言及|話し|話して|述べ|取り上げ", nfkc(ctx.text or m.string)):
        return None
    if not m.group("fy"):
        return Production([Condition("meeting", "=", said, f"開催回 = {said}")], hints={"comment"})
    # The fiscal year said: the days that meeting was held in that year (minutes under headings 令和7年度第1回 keep
    # the number alone; its day tells the year). No such day: nothing read, the year left for the answer to say.
    fy = _fiscal_year(nfkc(m.group("fy")))
    days = sorted(day for day, meeting in getattr(ctx.lex, "comment_meeting_dates", {}).items()
                  if meeting == said and fy is not None and _fy_of_day(day) == fy)
    if not days:
        return None
    year_said = "".join(nfkc(m.group("fy")).split())
    return Production([Condition("meeting", "=", said, f"開催回 = {said}（{year_said}）"),
                       Condition("meeting_date", "in", days, f"開催日 = {'・'.join(days)}（{year_said}）")],
                      hints={"comment"})


def _opinion_agenda(m: re.Match, ctx: Context) -> Production | None:
    """「議題３ではいくつ意見が出た」: the opinions a meeting report prints under that agenda item (generic/opinion_posts.py);
    only an agenda item the index's opinions stand under."""
    from assistant.text.normalize import nfkc

    said = "".join(nfkc(m.group("agenda")).split())
    if said not in getattr(ctx.lex, "comment_agendas", set()):
        return None
    return Production([Condition("agenda", "=", said, f"議題 = {said}")], hints={"comment"})


def _opinion_meetings_from(m: re.Match, ctx: Context) -> Production | None:
    """「第2回以降」: the meetings numbered from (or up to) the one said, of those the opinions name; only where the
    one said is among them."""
    meetings = {int(x.group(1)): x.string for said in getattr(ctx.lex, "comment_meetings", set())
                if (x := re.fullmatch(r"第(\d{1,2})回", "".join(said.split())))}
    n = int(m.group("n"))
    if n not in meetings:
        return None
    later = m.group("way") in ("以降", "以後", "から後", "より後", "から")
    strict = m.group("way") in ("から後", "より後", "より前")
    kept = sorted(k for k in meetings if (k > n if strict else k >= n) if later) if later else \
        sorted(k for k in meetings if (k < n if strict else k <= n))
    if not kept:
        return None
    said = "".join(m.group(0).split())
    return Production([Condition("meeting", "in", [meetings[k] for k in kept],
                                 f"開催回が{said}（{'・'.join(meetings[k] for k in kept)}）")], hints={"comment"})


def _fiscal_year(said: str) -> int | None:
    """The fiscal year (西暦) of 「令和7年度」「2025年度」."""
    m = re.fullmatch(r"\s*(?:(?P<era>令和|平成|R|H)\s*(?P<ey>\d{1,2}|元)|(?P<y>(?:19|20)\d{2}))\s*年度\s*", said)
    if m is None:
        return None
    if m.group("y"):
        return int(m.group("y"))
    ey = 1 if m.group("ey") == "元" else int(m.group("ey"))
    return (2018 if m.group("era") in ("令和", "R") else 1988) + ey


def _fy_of_day(day: str) -> int | None:
    """The fiscal year an ISO day falls in (April to March)."""
    m = re.match(r"(\d{4})-(\d{2})-\d{2}", day)
    return None if m is None else int(m.group(1)) - (1 if int(m.group(2)) < 4 else 0)


def _opinion_meeting_day(m: re.Match, ctx: Context) -> Production | None:
    """「令和7年8月22日の審議会で宮地委員が触れた施策」: the meeting the minutes say was held that day (開催日時 under
    its heading, generic/minutes_turns.py), read as that meeting (開催回); only a day a meeting was held on."""
    from assistant.text.normalize import wareki_to_year

    if m.group("y"):
        year = int(m.group("y"))
    else:
        year = wareki_to_year(m.group("era"), 1 if m.group("ey") == "元" else int(m.group("ey")))
    day = f"{year:04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    meeting = getattr(ctx.lex, "comment_meeting_dates", {}).get(day)
    if not meeting:
        return None
    return Production([Condition("meeting", "=", meeting, f"開催回 = {meeting}（{m.group('said')}開催）")],
                      hints={"comment"})


def _target_word(m: re.Match, ctx: Context) -> Production | None:
    """「個別の施設じゃなくて分類全体に対して出た意見」: the opinions whose target the table of opinions names by that word
    (「分類Ⅰ」: generic/opinion_rows.py), not by a bare code; only a word the index's opinions print so."""
    word = m.group("word")
    if word not in getattr(ctx.lex, "comment_target_words", set()):
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if "target_word" in cols}
    return Production([Condition("target_word", "=", word, f"意見の対象が{word}（{word}全体）")], hints=holders)


def _targets_asked(m: re.Match, ctx: Context) -> Production | None:
    """「どの施設や分類について意見が出た」「どの分類についてのもの」: asks what the opinions are on (their targets, the
    answer's own keys), no condition; only where the index holds opinions naming their targets."""
    if not getattr(ctx.lex, "comment_targets", set()):
        return None
    return Production()


def _target_levels_listed(m: re.Match, ctx: Context) -> Production | None:
    """「委員が取り上げた取組や基本目標」: both levels the opinions are on (items and the goals above them), asked as
    the opinions' targets; only where the index's opinions are on both levels (else a word of them may be meant)."""
    if not {"practice", "initiative"} <= getattr(ctx.lex, "comment_targets", set()) or m.group("one") == m.group("two"):
        return None
    return Production(hints={"comment"})


def _records_which_last(m: re.Match, ctx: Context) -> Production | None:
    """「…意見は、どの施策に関するもの？」: which records the opinions are on, asked after the opinions are said; only
    where the index holds opinions and the question speaks of them (意見, 発言, 委員)."""
    if "comment" not in ctx.lex.columns or not re.search(r"意見|発言|委員|会長|座長", ctx.text or m.string):
        return None
    return Production(hints={"comment"})


def _answered_words(m: re.Match, ctx: Context) -> Production | None:
    """「事務局が「令和8年度予算」で対応すると答えた意見」: the opinions whose reply (minutes' △事務局 lines) says
    the words quoted."""
    if not getattr(ctx.lex, "comment_responders", set()):
        return None
    said = m.group("words").strip()
    return Production([Condition("response", "contains", said, f"回答に「{said}」を含む")], hints={"comment"})


def _not_answered(m: re.Match, ctx: Context) -> Production | None:
    """「総務課長の答弁がなかった意見」「回答のない発言」: the opinions no reply follows in the minutes (their response
    empty); only where the index holds minutes with replies, and the one named answering is who answers there."""
    responders = getattr(ctx.lex, "comment_responders", set())
    if not responders:
        return None
    who = (m.group("who") or "").strip()
    if who and responders != {who}:
        return None  # (another office answering too: no reply from this one is not no reply at all)
    label = f"{who + 'の' if who else ''}回答（答弁）がない"
    # (only the minutes that print replies can say none followed: other documents' opinions print no reply at all)
    sources = sorted(getattr(ctx.lex, "comment_answered_sources", set()))
    scope = [Condition("source", "in", sources, "回答（答弁）を記載した会議録")] if sources else []
    return Production([Condition("response", "empty", None, label), *scope], hints={"comment"})


class _Named:
    """A member's name read from a match in another form (「Ｅ委員」 said as E, then 委員)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def group(self, _: str) -> str:
        return self.name


RULES: list[Rule] = [
    Rule("member_by_surname",
         # (an expert whose findings a report prints, named as one addresses them: 「蔦谷先生が」「榎本教授の」)
         r"(?<![一-龥々])(?P<name>[一-龥々]{1,5}?)\s*(?:副委員長|委員長|副会長|会長|委員|さん|氏|先生|教授)(?=は|が|の|って|から|に|も|、|\s|$)",
         _member,
         # (no member's opinions in the examples' index: nothing)
         examples=(("桐生委員は", None), ("大久保会長の", None), ("蔦谷先生が", None))),
    # 「委員Ｄの意見」: a member a paper names by a letter (委員A…委員E, NFKC), as its opinions print the member; only
    # before the opinions (「委員Ｄが3点以下をつけた」 is that member's points: query/axes.py).
    Rule("member_by_letter",
         # (「委員Ａが出した意見」「委員Ａが述べた」: the opinions it gave, said with the verb)
         r"(?<![一-龥々A-Za-z])(?P<name>委員\s*[A-Z])(?![A-Za-z])(?=\s*(?:の\s*(?:意見|発言|指摘|コメント)"
         r"|(?:が|から)\s*(?:出し|出され|述べ|言っ|話し|発言し|指摘し|触れ|取り上げ)))",
         _member,
         # (no member's opinions in the examples' index: nothing)
         examples=(("委員Dの意見", None), ("委員Aが出した意見", None), ("委員Bが述べた", None))),
    # 「Ｅ委員が意見を出している」「Ａ委員の意見」: a member named by a letter before 委員 (Ａ委員…Ｅ委員, NFKC), as a paper
    # listing its members by letter prints them; only before the opinions (its points are query/axes.py's).
    Rule("member_letter_first",
         # (「Ａ委員とＥ委員の両方が意見を」: each of members listed before it, 「の両方」 said after them)
         r"(?<![一-龥々A-Za-z])(?P<name>[A-Z])\s*委員(?![A-Za-z])(?=(?:\s*(?:と|、|や|・|及び|および)\s*[A-Z]\s*委員)*"
         # (「Ｃ委員が取り上げた項目」「Ｂ委員はどんな意見を」: the items the member's opinions name)
         r"\s*(?:の\s*(?:両方|どちらも|両者|双方|いずれも)\s*)?(?:の|が|は|から|とも|ともに)\s*"
         r"(?:(?:どんな|どのような|どういう)\s*)?(?:意見|発言|指摘|コメント|述べ|出し|取り上げ|取りあげ|触れ))",
         lambda m, ctx: _member(_Named(m.group("name") + "委員"), ctx),
         # (no member's opinions in the examples' index: nothing)
         examples=(("E委員が意見を出している", None), ("A委員とE委員の両方が意見を", None), ("C委員が取り上げた", None),
                   ("B委員はどんな意見を", None))),
    # 「委員長が意見を出している」「会長の意見」: the member whose role the paper prints with that title (「学識経験者（委員長）」),
    # a vice-chair (副委員長) not; only where the index's opinions keep their members' roles.
    Rule("member_by_role",
         # (「委員長が触れている」「委員長が議事録で言及した」: the records its opinions name, where it said them between)
         # (「副委員長が意見で取り上げた」: the vice-chair, where the opinions print the post so)
         r"(?:その)?(?<![副])(?P<role>副?(?:委員長|会長|座長))(?:(?=\s*(?:の|が|は|から)\s*(?:[一-龥]{1,6}で\s*)?"
         r"(?:意見|発言|指摘|コメント|述べ|出し|触れ|言及|取り上げ|取りあげ))"
         # (「委員長はどの委員？」: which member it is)
         r"|(?P<who>\s*(?:は|って)\s*(?:どの委員|誰|だれ|どなた)))",
         _member_role,
         examples=(("委員長が意見を出している", None), ("委員長はどの委員", None), ("委員長が触れている", None),
                   ("委員長が議事録で言及した", None), ("副委員長が意見で取り上げた", None))),
    # 「本部長が取り上げた」「教育長の意見」「副本部長が発言で触れた」: a meeting of officials, each speaker printed by the
    # post alone (「○本部長　…」, generic/minutes_turns.py); only a post that is exactly one speaker's (本部長 is not
    # 副本部長) and said before the words of what the speaker said.
    Rule("member_by_post",
         r"(?<![一-龥々])(?P<name>[一-龥々]{1,8}?長)(?=\s*(?:の|が|は|から)\s*(?:[一-龥]{1,6}で\s*)?"
         r"(?:意見|発言|指摘|コメント|述べ|出し|触れ|言及|取り上げ|取りあげ|話題|挙げ))",
         lambda m, ctx: _post(m, ctx),
         # (no speaker's turns in the examples' index: nothing)
         examples=(("本部長が取り上げた", None), ("教育長の意見", None), ("副本部長が発言で触れた", None))),
    # 「組合から出た主な意見」「組合側の意見」「組合の意見」: a body whose opinions a paper gives under a section of its
    # own (「３ 組合側の主な意見」, generic/opinion_cited.py), said as the speaker; only the word a comment's member is
    # exactly (「労働組合」 is not 組合), so a word of the opinions' text is never taken for one.
    Rule("member_by_speaker_body",
         r"(?<![一-龥々ァ-ヶー])(?P<name>[一-龥々ァ-ヶー]{1,8}?)\s*(?:側)?(?=\s*(?:から|の|が|は)\s*"
         r"(?:(?:出た|出された|出ている|出てる|寄せられた|あった)\s*)?(?:主な|おもな)?\s*(?:意見|発言|指摘|要望)"
         r"|\s*から\s*(?:は\s*)?(?:意見|発言|指摘|要望)"
         # (「地域住民が言ってたこと」「保護者が述べた意見」: what the speaker said, said with the verb)
         r"|\s*(?:が|は)\s*(?:言って|言った|言われ|述べ|話して|話した|発言し))",
         lambda m, ctx: _post(m, ctx),
         # (no speaker's opinions in the examples' index: nothing)
         examples=(("組合から出た主な意見", None), ("組合側の意見", None), ("地域住民が言ってたことは", None))),
    # 「公募町民の委員のコメント」「学識経験者の委員が」: the members the paper lists as standing for that (委員（公募町民）).
    Rule("member_by_standing",
         r"(?<![一-龥々ァ-ヶー])(?P<what>[一-龥々ァ-ヶー]{2,12}?)\s*(?:の|である|から選ばれた|選出の)?\s*委員(?!長|会)(?=\s*(?:の|が|は|から|に))",
         _member_standing,
         # (no member's opinions in the examples' index: nothing)
         examples=(("公募町民の委員の", None),)),
    # 「北浜地区の説明会では」「南浦地区で出た意見」「中央公民館会場の説明会で」: the district or venue the opinions were
    # heard in (where the opinions say one; a venue is said with its 会場, as the paper's heading prints it, for the
    # hall's name alone names the facility the opinion may be about)
    Rule("opinion_place",
         r"(?<![一-龥々ァ-ヶー])(?P<place>[一-龥々ァ-ヶー]{1,16}?(?:地区|地域|会場))(?=の|で|に|は|が|から|では|、|\s|$)",
         _opinion_place,
         # (no residents' opinions in the examples' index: nothing)
         examples=(("北浜地区の説明会では", None),)),
    # 「柱5につけた評点」「取組3に付けた点数」: the verb of giving a score says only that the score is the member's.
    Rule("score_given_by_member",
         r"(?:に|へ)?\s*(?:つけた|付けた|つけている|付けている|つけてる|付けてる|与えた)(?=\s*(?:評点|点数|点|評価))",
         lambda m, ctx: Production() if any(FIELD in cols for cols in ctx.lex.columns.values()) else None,
         examples=(("柱5につけた評点", None),)),
]


# Read before the kind words (members topic): 「推進方針」 in 「推進方針に対する意見」 is the opinions' target, not the kind asked.
TARGET_RULES: list[Rule] = [
    # 「実施項目ではなく推進方針そのものに対して出された意見」: the opinions on what the paper calls 推進方針 (not on its items).
    Rule("opinion_target_word",
         r"(?:(?P<other>取組項目|実践項目)\s*(?:ではなく|じゃなくて|じゃなく|でなく)[、,]?\s*)?"
         r"(?P<word>取組項目|実践項目)\s*(?:そのもの|自体|全体)?\s*(?:に対して|に対する|について|への|に向けた)\s*"
         r"(?:出された|出た|出ている|出てる|述べられた|寄せられた|の)?\s*(?=(?:委員の)?(?:意見|指摘|コメント))",
         _target_kind,
         # (no table of opinions in the examples' index: nothing)
         examples=(("取組項目そのものに対して出された意見", None), ("取組項目じゃなくて実践項目に対する意見", None))),
    # 「安全管理について意見が出た施設は」「C委員が意見を出した施設はどれ」: the records the opinions are on.
    Rule("opinion_records_asked",
         r"(?:(?<=意見|指摘)\s*(?:が|を)?\s*(?:の対象に(?:なった|なっている|なってる|された)|の対象と(?:なった|された)|出た|出ている|出てる|出された|出した|出している|述べた|述べている|述べられた"
         r"|言った|寄せられた|あった|ある|付いた|ついた)"
         # (「委員から指摘された提案は」「委員から評価された提案」: the records the 【指摘】 (【評価】) opinions are on, the
         # tag said as the verb in the passive; 「委員が【評価】した提案」: the tag printed as the paper prints it, done)
         r"|(?<=[一-龥]{2})(?P<passive>された|されている|されてる)|(?<=[一-龥]{2}】)(?P<tagged>した|している|してる))"
         r"\s*(?P<word>[一-龥々ァ-ヶー]{1,6})"
         r"(?=\s*(?:は|を|って|で|の(?:うち|中|もの)|[?？。]|$))",
         _opinion_records,
         # (no opinions on coded records in the examples' index: nothing)
         examples=(("意見が出た施設は", None), ("指摘された提案は", None))),
    # 「利用者団体代表の委員が触れた施設」「委員長が言及した施設」: the records a member's opinions name.
    Rule("opinion_records_touched",
         r"(?:(?<=委員が)|(?<=委員の)|(?<=委員長が)|(?<=委員長の)|(?<=会長が)|(?<=会長の)|(?<=座長が)|(?<=座長の))\s*(?:触れた|触れている|触れてる|言及した|言及している|言及してる|取り上げた"
         r"|取り上げている|取り上げてる)\s*(?P<word>[一-龥々ァ-ヶー]{1,6})(?=\s*(?:は|を|って|で|の(?:うち|中)|[?？。]|$))",
         _opinion_records,
         # (no opinions on coded records in the examples' index: nothing)
         examples=(("委員が触れた施設は", None),)),
    # 「社労士の委員はどの施設について意見を言ってる？」: the records the opinions are on, asked as which.
    Rule("opinion_records_which",
         r"(?<=どの)\s*(?P<word>[一-龥々ァ-ヶー]{1,6})\s*(?:について|に対して|に関して|に)\s*"
         r"(?=(?:意見|指摘|コメント)\s*(?:を)?\s*(?:言|述べ|出し|して))",
         _opinion_records,
         # (no opinions on coded records in the examples' index: nothing)
         examples=(("どの施設について意見を言ってる", None),)),
    # 「第2回の検討委員会で意見の対象になった施設」: the meeting the opinions were made at.
    # 「第２回以降のもの」「第2回までに出た意見」: the meetings from (or up to) that one, of those the index's opinions
    # were said at (their 開催回), each by its number.
    # 「議題３ではいくつ意見が出た」「議題2で出た意見」: the agenda item of a meeting report the opinions stand under.
    Rule("opinion_agenda",
         r"(?P<agenda>議題\s*\d{1,2})\s*(?:で(?:は)?|について(?:は)?|に(?:ついて)?|の)?(?=\s*\S)",
         _opinion_agenda,
         # (no meeting report's opinions in the examples' index: nothing)
         examples=(("議題3ではいくつ意見が出た", None), ("議題2で出た意見", None))),
    Rule("opinion_meetings_from",
         r"(?P<meeting>第\s*(?P<n>\d{1,2})\s*回)\s*(?:目)?\s*(?P<way>以降|以後|から後|より後|から|まで|以前|より前)",
         _opinion_meetings_from,
         # (no table of opinions with meetings in the examples' index: nothing)
         examples=(("第2回以降のもの", None), ("第3回までに出た意見", None))),
    Rule("opinion_meeting",
         # (「令和7年度第1回のアドバイザー会議」: the fiscal year the meeting was held in, said before its number)
         r"(?:(?P<fy>(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度)\s*の?\s*)?"
         r"(?P<meeting>第\s*\d{1,2}\s*回)(?:\s*の?\s*[一-龥々ァ-ヶー]{0,12}?(?:委員会|会議|審議会|懇談会|懇話会|協議会|会合|検討会|研究会))?"
         # (「第1回懇談会で、…意見が出た」「第2回の懇談会で交通政策課が回答した意見」: said with で, what follows is free)
         r"(?:\s*(?:で|において)(?=\s*[、,]?\s*\S)|\s*(?:に|の)?(?=\s*(?:出|述べ|寄せ|意見|指摘|コメント|委員|発言|話題))"
         # (「第2回のときは何について話してた？」: the meeting said as the time the members spoke)
         r"|\s*の\s*(?:とき|時)\s*(?:は|に|には)?(?=\s*\S))",
         _opinion_meeting,
         # (no table of opinions with meetings in the examples' index: nothing)
         examples=(("第2回の検討委員会で出た意見", None), ("第2回のときは何について話してた", None),
                   ("令和7年度第1回の会議で委員が取り上げた取組", None))),
    # 「令和7年8月22日の審議会で宮地委員が触れた施策」: the meeting held that day (the minutes' 開催日時).
    Rule("opinion_meeting_day",
         r"(?P<said>(?:(?P<era>令和|平成|R|H)\s*(?P<ey>\d{1,2}|元)|(?P<y>(?:19|20)\d{2}))\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)"
         r"(?:\s*(?:開催|に開かれた|に開催された|にあった|にやった))?"
         r"(?:\s*の?\s*[一-龥々ァ-ヶー]{0,12}?(?:委員会|会議|審議会|懇談会|懇話会|協議会|会合))?"
         r"(?:\s*(?:で|において|の|に)(?=\s*[、,]?\s*\S))?",
         _opinion_meeting_day,
         # (no minutes with meetings' days in the examples' index: nothing)
         examples=(("令和7年8月22日の審議会で出た意見", None),)),
    # 「事務局が「令和8年度予算」で対応すると答えた意見」: words of the reply to the opinions, quoted.
    Rule("opinion_answered_words",
         r"[「『](?P<words>[^」』]{2,30})[」』]\s*(?:で|と|を|に)?[^、。?？「」]{0,12}?(?:答え|回答|説明|返答)",
         _answered_words,
         # (no minutes with replies in the examples' index: nothing)
         examples=(("事務局が「令和8年度予算」で対応すると答えた意見", None),)),
    # 「総務課長の答弁がなかったもの」「回答のない意見」: the opinions no reply follows (minutes' ○総務課長 lines).
    Rule("opinion_not_answered",
         r"(?:(?P<who>[一-龥]{1,8}?(?:課長|部長|局長|室長|事務局))(?:から|による)?の?)?"
         r"(?:答弁|回答|返答|答え)(?:が|は)?(?:なかった|ない|無かった|無い|されなかった|されていない)"
         r"|(?:答弁|回答|返答)の(?:なかった|ない|無い)",
         _not_answered,
         # (no minutes with replies in the examples' index: nothing)
         examples=(("総務課長の答弁がなかった意見", None),)),
    # 「市民会館（B-01）について意見を言ったのは」: the opinions on the record of that code (a table of opinions whose
    # target column names records by code).
    Rule("opinion_record_code",
         # (the record's name printed before the code in brackets, 市民会館（B-01）, names the same record)
         r"(?:[一-龥々ァ-ヶー]{1,15}\s*[（(]\s*)?(?<![A-Za-z0-9])(?P<code>[A-Za-z]{1,3}\s*[-‐－]\s*\d{1,4})(?![0-9])"
         r"(?:\s*[）)])?",
         _opinion_code,
         # (no table of opinions on coded records in the examples' index: nothing)
         examples=(("B-01について意見を言ったのは", None),)),
    # 「個別の施設じゃなくて分類全体に対して出た意見」: the opinions on what the table names by that word (分類Ⅰ)
    Rule("opinion_target_said_word",
         r"(?:(?:個別の|個々の)?(?P<other>[一-龥ァ-ヶー]{1,6}?)\s*(?:ではなく|じゃなくて|じゃなく|でなく)[、,]?\s*)?"
         r"(?P<word>[一-龥ァ-ヶー]{1,6}?)\s*(?:そのもの|自体|全体)\s*(?:に対して|に対する|について|への|に向けた)\s*"
         r"(?:出された|出た|出ている|出てる|述べられた|寄せられた|の)?\s*(?=(?:委員の|住民の|町民の|市民の)?(?:意見|指摘|コメント))",
         _target_word,
         # (no table of opinions in the examples' index: nothing)
         examples=(("個別の施設じゃなくて分類全体に対して出た意見", None),)),
    # 「どの施設や分類について意見が出た」「どの分類についてのもの」: which targets, the answer's keys
    Rule("opinion_targets_asked",
         r"どの\s*[一-龥ァ-ヶー]{1,6}?(?:\s*(?:や|と|か|・|または)\s*[一-龥ァ-ヶー]{1,6}?)?\s*"
         r"(?:について|に対して|に関して|に対する)\s*(?:の\s*もの|(?=(?:の)?(?:意見|指摘|コメント)))",
         _targets_asked,
         examples=(("どの施設や分類について意見が出ましたか", None), ("どの分類についてのもの", None))),
    # 「委員が取り上げた取組や基本目標を全部」: the two levels of target the opinions are on, listed as what is asked
    # (the answer's own keys), no word of their text
    Rule("opinion_target_levels_listed",
         r"(?:(?<=取り上げた)|(?<=とりあげた)|(?<=触れた)|(?<=言及した)|(?<=意見した)|(?<=意見を言った)|(?<=意見を出した)"
         r"|(?<=意見が出た)|(?<=意見を述べた)|(?<=指摘した)|(?<=発言した))\s*"
         r"(?P<one>[一-龥ァ-ヶー]{0,4}?(?:取組|取り組み|項目|目標|施策|事業|方針|分野))\s*(?:や|と|・|または|か|及び|および)\s*"
         r"(?P<two>[一-龥ァ-ヶー]{0,4}?(?:取組|取り組み|項目|目標|施策|事業|方針|分野))"
         r"(?=\s*(?:を|は|って)?\s*(?:全部|すべて|全て|教えて|一覧|挙げて|どれ|[?？]|$))",
         _target_levels_listed,
         # (no opinions on two levels of target in the examples' index: nothing)
         examples=(("委員が取り上げた取組や基本目標を全部", None),)),
    # 「何について話してた？」「何について発言した？」: what the members spoke on, the opinions' targets asked
    Rule("opinion_topics_asked",
         r"何\s*(?:について|に関して|に対して)\s*(?:話し|話して|発言し|述べ|意見を(?:言|述べ|出し))[ぁ-ん]*",
         _targets_asked,
         examples=(("何について話してた", None),)),
    # 「交通事業者の委員が意見を言ったのはどの施策について？」「…出た意見は、どの施策に関するもの？」: the records the
    # opinions are on, asked at the end as which (the answer's own keys), no condition
    Rule("opinion_records_which_last",
         r"(?:は|って)?[、,]?\s*どの\s*[一-龥々ァ-ヶー]{1,6}?\s*(?:について|に関して|に関する|に対して|に対する)\s*"
         r"(?:の\s*)?(?:もの|意見|こと)?\s*(?:です|でしょう|なの|だった)?(?:か)?\s*[?？]?\s*$",
         _records_which_last,
         # (no opinions in the examples' index: nothing)
         examples=(("委員の意見はどの施策に関するもの", None),)),
]
