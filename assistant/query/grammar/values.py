"""The single value asked for: a field of the records (「委員評価は？」), the end year (何年度に終了),
a year's grade (「R4の…の評価は」)."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import _MENTIONED, Context, Production, Rule, invert
from assistant.query.grammar.years import mentions
from assistant.query.vocabulary import KIND_WORDS, VALUE_FIELDS
from assistant.store.records import LIST_FIELDS
from assistant.query.compiled import compiled

# Field words the shared vocabulary does not list yet (to move into the kinds' declarations).
EXTRA_FIELD_WORDS = [("部会名", "subcommittee"), ("部会名称", "subcommittee"), ("部会の名前", "subcommittee")]
_VOCAB = VALUE_FIELDS + EXTRA_FIELD_WORDS
_WORDS = "|".join(re.escape(k) for k, _ in sorted(_VOCAB, key=lambda t: -len(t[0])))
# The canonical text has one form of the end verb (終了した), see canon.py.
_END = compiled(r"終了|完了|廃止|やめ")
_ASKS_END = compiled(r"何年度|何年何月|何月|いつ|終了(?:年度|時期)")
# Aggregates that answer with their own number: a field word there names what is aggregated.
_OWN_NUMBER = ("avg", "max", "min", "distinct", "top_group", "diff")


# What is held on a date (研修, 説明会, 会議 …): its date is asked, not an item's end.
_EVENT_NOUN = compiled(r"(?:研修|説明会|会議|講演会?|セミナー|イベント|フォーラム|審査会|報告会|ワークショップ|相談会|交流会|"
                         r"シンポジウム|講座|大会|式典|発表会|プレゼンテーション|募集)[)）」』]?の?(?:\x1f|\s)*$")


def _end_year(m: re.Match, ctx: Context) -> Production | None:
    if not (_ASKS_END.search(m.string) and _END.search(m.string)):
        return None
    return Production(value_field="ended")


def _score_fields() -> frozenset[str]:
    from assistant.kinds import registry

    return frozenset(f for _, f in registry.score_words())


def _field(m: re.Match, ctx: Context) -> Production | None:
    q = ctx.query
    if re.match(r"会(?!計)", m.string[m.end(1):]):
        return None  # 「幹事会は何回」: a meeting of those the field names, not the field
    noun_end = re.compile(r"[一-龥ァ-ヶー]*").match(m.string, m.end(1)).end()
    if not m.group(0)[len(m.group(1)):] and _MENTIONED.match(m.string, noun_end):
        # 「委員会の意見で成果指標に触れてるもの」: the word (or a longer noun it opens, 成果 of 成果指標) is what the
        # opinions' text mentions, no field asked
        return None
    fld = dict(_VOCAB)[m.group(1)]
    if re.match(r"(?:金)?額", m.string[m.end(1):]) and fld in _score_fields():
        return None  # 「合計額」: an amount of money, not the score a 合計 heads (left unread, said so)
    if (q is not None and q.aggregate in ("max", "min") and q.agg_field and fld != q.agg_field
            and not q.value_field and "\x1f" in m.string[:m.start()]):
        return Production(value_field=fld)  # 「委員評価が最も高い取組の担当部署」: a field of the best row
    if q is not None and (q.aggregate in _OWN_NUMBER or q.order_by or q.value_field == "ended"):
        return None
    if q is not None and q.aggregate == "count" and m.group(0).endswith("が") \
            and not re.match(r"\s*(?:何|いくつ|いくら|どこ|どれ)", ctx.text[m.end():]):
        return Production()  # 「担当部署が(総)じゃない実践項目は何件」: the subject of a condition, and a count asked
    first = m.re.search(m.string)
    if first is not None and first.start() != m.start():
        # The first field word asked for is the value; later ones are taken along, unless a later one
        # names a part of it (「人員でフルタイムは」: 人員(フルタイム) of 人員).
        from assistant.labels import field_label

        outer, inner = dict(_VOCAB)[first.group(1)], dict(_VOCAB)[m.group(1)]
        if inner != outer and field_label(inner).startswith(field_label(outer)):
            return Production(value_field=inner)
        return Production()
    return Production(value_field=dict(_VOCAB)[m.group(1)])


def _plan_stage_said(m: re.Match, ctx: Context) -> bool:
    """「令和5年度の計画が「検討」」: a value follows the year's plan, and the index has that year's plan field."""
    from assistant.query.grammar.grades import plan_field_before

    after = m.string[m.end():]
    return bool(re.match(r"\s*(?:が|は)\s*[「『\"]?(?!何|どう|いつ|いくつ)[一-龥ァ-ヶー]", after)
                and plan_field_before(m.string[:m.end()] + "が", ctx))


def _year_grade(m: re.Match, ctx: Context) -> Production | None:
    if re.search(r"[A-D]", m.group("keep") or ""):
        return None
    found = mentions(m.group(1), ctx)
    fld = ctx.year_field(found[0].fiscal_year) if found else None
    return Production(value_field=fld) if fld else None


# Applied before the grades: the year leads, the record is named in between (kept for other rules).
YEAR_GRADE: list[Rule] = [
    Rule("year_grade_of_named_record",
         r"^\s*({YEAR})(?:の|で|に|における)(?P<keep>.*?)の(?:総合)?評価(?:は|を|って)?(?:何|どう)?"
         r"(?:ですか|でしたか|だった)?[?？。]?\s*$",
         _year_grade,
         examples=(("R4の住民票の評価は？", {"value_field": "r4"}), ("R4のA評価は？", None))),
    # 「令和6年度の計画は何か所」: 計画 right after a year is what was planned for it (計画値, 取組予定:
    # the records holding the question's words decide which); elsewhere 計画 names plans (総合計画).
    Rule("plan_of_year",
         r"(?P<keep>{YEAR})\s*(?:の|における|での)\s*計画(?=\s*(?:は|が|を|って|で|値)|\s*[?？]?\s*$)",
         # (a year's plan stage said as a condition, where the index prints plans by year, is year_plan_stage's)
         lambda m, ctx: None if _plan_stage_said(m, ctx) else Production(value_field="plan"),
         examples=(("令和6年度の計画は何か所", {"value_field": "plan"}), ("R4の計画は", {"value_field": "plan"}),
                   ("総合計画は", None), ("R4の計画書", None))),
    # 「2026年度の目標は何件」: 目標 right after a year, asked, is the figure targeted for it (目標値); elsewhere
    # 目標 is a word of names and text (目標管理, 目標の達成状況).
    Rule("goal_of_year",
         r"(?P<keep>{YEAR})\s*(?:の|における|での)\s*目標(?=\s*(?:は|って)\s*(?:何|いくつ|いくら|どれ|どの|[?？]|$)|\s*[?？]?\s*$)",
         lambda m, ctx: Production(value_field="goal"),
         examples=(("2026年度の目標は何件", {"value_field": "goal"}), ("R5の目標は？", {"value_field": "goal"}),
                   ("令和6年度の目標", {"value_field": "goal"}),
                   ("R5の目標の達成状況", None), ("目標は何件", None), ("R5の目標値は", None))),
]
def _text_fields() -> set[str]:
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    return {f.name for rk in record_kinds().values() for f in rk.fields
            if isinstance(f, Field) and f.type in ("text", "list")}


_TEXT_FIELDS = _text_fields()
_TEXT_WORDS = "|".join(re.escape(k) for k, f in sorted(_VOCAB, key=lambda t: -len(t[0])) if f in _TEXT_FIELDS)


_OPINION_WORDS = frozenset({"意見", "発言", "コメント", "指摘", "質問", "要望"})


def _field_is(m: re.Match, ctx: Context) -> Production | None:
    """「担当部名が総務部の事務事業」: a value written in a text field (a part of it is enough)."""
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    fld, value = dict(_VOCAB)[m.group("f")], m.group("v")
    core = re.sub(r"(?:だけ|のみ)$", "", value)  # (「西市だけが部会長」 is a municipality too)
    # A municipality is where, not what the field says (「担当部署が岡山市と倉敷市で同じ」).
    if re.search(r"\d|何|どこ|どれ|誰|いつ", value) or core in ctx.lex.municipalities \
            or re.search(r"[市町村県]$", core) and core[:-1] in ctx.lex.municipalities:
        return None
    if core in _OPINION_WORDS and "comment" in ctx.lex.columns:
        return None  # 「どの取組に意見が出てる」: opinions said of the records, not a word of their text
    klass = _class_of(fld, core, ctx)
    if klass:  # (「市の対応が検討の意見」: the category, as _becomes reads it)
        return Production([Condition(klass, "=", core, f"{field_label(klass)}が「{core}」")])
    return Production([Condition(fld, "contains", value, f"{field_label(fld)}に「{value}」を含む")])


def _numbered_group(m: re.Match, ctx: Context) -> Production | None:
    """「基本方針3の取組」: a grouping a report numbers and heads its tables with (its value printed as
    「基本方針3 <名称>」): the records whose value opens with that word and number."""
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    # The word the index's values open with (重点方針 of 「重点方針2 …」): a field word the documents never number
    # so (分野2, 施策3 naming a record) is not read here.
    word = next((w for w in sorted(ctx.lex.numbered_groups, key=len, reverse=True) if m.group("f").endswith(w)), None)
    if word is None:
        return None
    fld = ctx.lex.numbered_groups[word]
    n = m.group("n")
    said = f"{word}{int(n) if n.isdigit() else n.upper()}"
    # (a paper whose records are the groups themselves, called by the word — a committee's points per 基本目標,
    # goal_points.py — is what the group said names, unless the question names another kind)
    table = ctx.lex.item_word_sources.get(word, ("", set()))[0]
    return Production([Condition(fld, "prefix", said + " ", f"{field_label(fld)}が「{said}」")], {table} if table else set())


# Applied last, on what the conditions left.
RULES: list[Rule] = [
    # 「重点取組4の名前は？」: the name of the one record named by its number just before (its code, read by the
    # code rules); elsewhere 名前 is a word of the text (「新しい計画の名前は？」 asks the documents).
    Rule("name_of_numbered_record",
         r"(?<=\x1f)の(?:名前|名称)(?=\s*(?:は|って|を|が)?\s*(?:何|なん)?\s*(?:ですか|でしょうか|か)?\s*[?？]?\s*$)",
         lambda m, ctx: Production(value_field="title") if any(
             c.field.lstrip("@") in ("code", "no") and c.op in ("=", "in") for c in ctx.so_far) else None,
         examples=(("の名前は？", None),)),  # (no record named before it in the examples: nothing)
    Rule("numbered_group",
         r"(?P<f>" + _TEXT_WORDS + r"|[一-龥]{2,6})\s*(?P<n>\d{1,2}(?![\d.年月日点件%％])|[IVX]{1,4}(?![A-Za-z0-9]|\s*[-‐－]\s*\d))",
         _numbered_group, negatable=True,
         examples=(("基本方針3にはどの取組が", {"conditions": [("policy", "prefix", "基本方針3 ")]}),
                   ("基本方針2の実行項目", {"conditions": [("policy", "prefix", "基本方針2 ")]}),
                   # (a group numbered in Roman numerals, 「基本方針Ⅰ」 read in NFKC)
                   ("基本方針Ⅰの実施項目のうち", {"conditions": [("policy", "prefix", "基本方針I ")]}),
                   # (「基本方針2を除いて」: the records of every other group)
                   ("基本方針2を除いて教えて", {"conditions": [("policy", "not_prefix", "基本方針2 ")]}))),
    Rule("start_asked",
         r"(?:いつ|何年度|なん年度|何年)(?:から|に)?\s*(?:始ま|開始|スタート|始め)[ぁ-ん]*|(?:始まった|開始した|始めた|スタートした)(?:の|年度)(?:は|って)?\s*(?:いつ|何年度)"
         # (「…事業っていつから？」: since when, of a record that holds its start)
         r"|(?:(?<=って)|(?<=は))(?P<since>\s*(?:いつ|何年度)から(?:ですか|なの|やってる|やっている|続いてる|続いている|継続してる|継続している)?"
         # (「…事業はいつから続いている事業なのか」: the thing said again after the verb)
         r"(?:\s*(?:事業|制度|取組|取り組み))?\s*(?:なのか|なの|のですか|のか|んですか|ですか|でしょうか)?\s*[？?]?\s*$)",
         # (only of a thing that runs for years, 「…事業っていつから？」: 「提案募集っていつから？」 asks an
         # event's dates, read by held_date_asked)
         lambda m, ctx: Production(value_field="start_year") if "start_year" in ctx.all_fields
         and (not m.group("since")
              or re.search(r"(?:事業|制度|計画|取組|取り組み|プロジェクト)\s*(?:って|は)$", (ctx.text or m.string)[:m.start()])) else None,
         examples=(("いつから始まった", {"value_field": "start_year"}), ("開始したのはいつ", {"value_field": "start_year"}),
                   ("その事業っていつから？", {"value_field": "start_year"}),
                   ("その事業はいつから続いている事業なのか", {"value_field": "start_year"}),
                   ("その事業はいつから続いているのか", {"value_field": "start_year"}),
                   ("何年度に始まったんですか", {"value_field": "start_year"}))),
    Rule("text_field_is",
         r"(?P<f>" + _TEXT_WORDS + r")(?:が|は|＝|=)\s*(?P<v>[一-龥ァ-ヶーA-Za-zａ-ｚＡ-Ｚ・]{2,20}?)"
         r"(?:である|となっている|になっている|の|で|な)",
         _field_is, negatable=True,
         examples=(("担当部名が総務部の", {"conditions": [("department", "contains", "総務部")]}),
                   ("施策の柱が安心安全の", {"conditions": [("policy_pillar", "contains", "安心安全")]}),
                   ("担当課名は何の", None))),
    # 「CAPおかやまが実施団体のモデル事業」: the value said first, its field after it (a whole name:
    # from the start of the question or of what the other rules left).
    Rule("value_then_field",
         r"(?:^|(?<=[\x1f、。\s]))(?P<v>[^\x1f、。\sがはをのでにと?？]{2,20})(?:が|は)\s*(?P<f>" + _TEXT_WORDS + r")(?:の|である|で)(?=\s*\S)",
         _field_is,
         examples=(("CAPおかやまが実施団体のモデル事業", {"conditions": [("organization", "contains", "CAPおかやま")]}),
                   ("総務部が担当部名の事務事業", {"conditions": [("department", "contains", "総務部")]}),
                   ("岡山市が担当部署の", None), ("実施団体の", None))),
    # 「研修は何年度に実施された」「説明会はいつ開催された」: the date of a dated record (an event).
    Rule("held_date_asked",
         r"(?:は|が)?(?:いつ|何年度|何月何日|何日)(?:に|頃|ごろ)?\s*(?:実施|開催|行われ|開かれ|催され)(?:され|し)?(?:た|る|ます|ました|ている)?"
         r"|(?:実施|開催)(?:された|した)?(?:の|日)(?:は|って)\s*(?:いつ|何年度|何月何日|何日)",
         lambda m, ctx: Production(value_field="date_from") if _EVENT_NOUN.search(m.string[:m.start()]) else None,
         examples=(("研修は何年度に実施された", {"value_field": "date_from"}),
                   ("説明会はいつ開催された", {"value_field": "date_from"}),
                   ("審査会の開催日はいつ", {"value_field": "date_from"}), ("いつ終了した", None),
                   ("AIの導入はいつ実施された", None))),
    Rule("end_year_asked",
         r"何年度|いつ|終了年度|終了時期|(?:に|で)?(?:取組|取り組み)?(?:を|が)?(?:終了|完了)(?:した|する|た)?",
         _end_year,
         examples=(("何年度に終了した", {"value_field": "ended"}),)),
    # 「R4の総合は？」: 総合 alone, as the thing asked at the end, is the 総合評価 row of a table (総合
    # elsewhere starts names: 総合相談窓口, 総合計画).
    Rule("overall_asked_short",
         r"(?:^|(?<=の))総合(?:は|って)(?:何|どう)?(?:ですか|でしたか|だった)?[？?。]?\s*$",
         lambda m, ctx: Production(value_field="overall"),
         examples=(("R4の総合は？", {"value_field": "overall"}), ("総合計画は？", None),
                   ("総合相談窓口の設置は", None))),
    # 「担当はどこ？」: 担当 alone, asked where, is the department (担当部署/担当課 are field words already).
    Rule("department_asked_short",
         r"(?:^|(?<=[\x1f、\s]|の|て|は))担当(?:は|って|が)?\s*(?:(?:両市|両者|双方|各市|それぞれ)(?:とも(?:に)?|で)?[、,]?\s*)?(?:どこ|どちら|どの課|何課|なに課|誰)"
         r"|(?:どこ|どの|何|なに)の?(?:課|部署|部局)(?:の|が)(?:担当|所管|受け持ち)"
         # 「（動物火葬場の廃止について）担当は？」: 担当 alone, the whole of what is asked
         r"|(?:^|(?<=[\x1f、\s]|の|て|は))担当(?:は|って)\s*[?？。]?\s*$",
         lambda m, ctx: Production(value_field="departments"),
         examples=(("担当はどこ", {"value_field": "departments"}), ("担当って何課", {"value_field": "departments"}),
                   ("それの担当は？", {"value_field": "departments"}), ("担当は", {"value_field": "departments"}),
                   # (「担当は両市とも何課」: each city's department of a joint project, asked of both)
                   ("それの担当は両市とも何課なのか", {"value_field": "departments"}),
                   ("担当は何", None),
                   ("どこの課の担当", {"value_field": "departments"}),
                   ("ごみ分別アプリの導入って担当どこ", {"value_field": "departments"}),
                   ("担当部署はどこ", None))),
    # 「どこの自治体の話？」: which municipality, asked alone at the end, is the field of places (自治体 is
    # no field word: in other questions it is scaffolding, 「他の自治体の取組」).
    Rule("places_asked_short",
         r"(?:^|(?<=[\x1f、\s])|(?<=は)|(?<=って)|(?<=それ)|(?<=これ))(?:どこ|どちら|どの|何|なに)の?(?:自治体|市町村|団体|都市|市|町|村)"
         r"(?:の(?:話|事例|取組|取り組み|こと))?(?:です|でしょう|なの|だった|でした)?か?[？?。]?\s*$",
         lambda m, ctx: Production(value_field="places") if "places" in ctx.all_fields else None,
         examples=(("どこの自治体の話？", {"value_field": "places"}), ("どの自治体の事例ですか", {"value_field": "places"}),
                   ("これはどこの自治体？", {"value_field": "places"}),
                   ("それどこの市の話", {"value_field": "places"}),
                   ("他の自治体の取組は？", None))),
    # 「（事例集で）公共施設の複合化をやったのはどこ？」: 「どこ」 alone of a case study is who did it (its places);
    # only where the question names the collection's cases (「担当はどこ」 of other records asks other things).
    Rule("case_doer_asked",
         r"(?:のは|は|って)\s*どこ(?:の(?:自治体|団体))?(?:です|でしょう|なの|だった|でした)?か?[？?。]?\s*$",
         lambda m, ctx: Production(value_field="places", hints={"case_study"})
         if "places" in ctx.all_fields and "事例" in (ctx.text or m.string) else None,
         examples=(("事例集で公共施設の複合化をやったのはどこ？", {"value_field": "places"}),
                   ("市税収納率の向上はどこ？", None))),
    # 「（事例集で）令和5年度以降に取組を始めた団体は？」: the 団体 (自治体) that did a case, asked at the end: its places
    # (団体 alone is a newsletter's 実施団体 elsewhere; of the collection's cases it is who did them).
    Rule("case_doers_asked",
         r"(?<![一-龥])(?:団体|自治体|団体名)(?:は|って|を)?\s*(?:どこ|どれ|何)?(?:です|でしょう|なの|だった|でした|教えて(?:ください)?)?か?[？?。]?\s*$",
         lambda m, ctx: Production(value_field="places", hints={"case_study"})
         if "places" in ctx.lex.columns.get("case_study", set()) and "事例" in (ctx.text or m.string) else None,
         examples=(("事例集で令和5年度以降に取組を始めた団体は？", {"value_field": "places"}),
                   ("モデル事業の実施団体は？", None), ("市民活動団体は？", None))),
    # (a field word inside a longer word of other parts is not said: 部会 in 本部会議 is 本部 and 会議)
    Rule("field_asked",
         r"(?!(?<=[一-龥ァ-ヶー])(?:" + _WORDS + r")(?!何)[一-龥])(" + _WORDS + r")(?:は|が|を|って)?(?:何|いくつ|いくら|どこ|どちら|どれ|誰|いつ)?",
         _field,
         examples=(("委員評価はいくつ", {"value_field": "committee_score"}),
                   # (a question word right after the word ends it: 「人員フルタイム何人」 asks the part)
                   ("担当フルタイム何人", {"value_field": "staff_fulltime"}),
                   ("総事業費は", {"value_field": "total_cost"}),
                   ("推進本部会議の決定事項は何", None), ("幹事会は何回", None),
                   ("ネットワーク事務局園を定めているのはどこ", None))),
]


_DEPT_WORDS = r"担当部署|担当課|部署"
# The sides of a record that has a value for each municipality.
_SIDES = r"(?:両市|両自治体|双方|各市|自治体間|市の間|[一-龥]{1,4}[市町村](?:と|・)[一-龥]{1,4}[市町村])"


def _becomes(m: re.Match, ctx: Context) -> Production | None:
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    fld, value, neg = dict(_VOCAB)[m.group(1)], m.group("v"), bool(m.group("neg"))
    if fld in LIST_FIELDS or re.search(r"[A-DＡ-Ｄ◎○〇△×\d]", value) \
            or re.search(r"同じ|一致|等し|空|未定|未記入|記載|年度|か|及び|および|・|や", value):
        return None  # a list, a grade, a year, sameness or a blank: their own rules read them
    if fld == "ended" or value in ("継続中", "実施中", "取組中", "進行中"):
        return None  # 「取組終了が継続中」: a state of the end, read by the rules of ends
    holders = {k for k, cols in ctx.lex.columns.items() if fld in cols}
    klass = _class_of(fld, value, ctx)
    if klass:
        # 「市の対応が「検討」になってる」: one of the categories the paper sorts that text by (対応区分 検討 / 対応済み)
        # is that category, not a word inside the sentences
        return Production([Condition(klass, "!=" if neg else "=", value,
                                     f"{field_label(klass)}が「{value}」{'でない' if neg else ''}")],
                          hints=holders if len(holders) == 1 else set())
    label = f"{field_label(fld)}に「{value}」を含{'まない' if neg else 'む'}"
    return Production([Condition(fld, "not_contains" if neg else "contains", value, label)],
                      hints=holders if len(holders) == 1 else set())


def _mentions(m: re.Match, ctx: Context) -> Production | None:
    """「市の考え方で次回の見直しに言及している」: the field's text holds each word of the phrase (split at の: the
    text may print 次回見直し); None for a field of no free text (its values are read by the value rules) or the
    record's own text (the mention rules read it)."""
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    fld = dict(_VOCAB)[m.group(1)]
    if fld in ("text", "title") or fld in LIST_FIELDS or ctx.lex.closed_values.get(fld):
        return None
    words = [w for w in m.group("v").split("の") if w]
    if not words or any(len(w) < 2 for w in words):
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if fld in cols}
    return Production([Condition(fld, "contains", w, f"{field_label(fld)}に「{w}」を含む") for w in words],
                      hints=holders if len(holders) == 1 else set())


def _neither(m: re.Match, ctx: Context) -> Production | None:
    """「対応区分が「反映」でも「今後検討」でもない」: both values are categories the index holds for the field (or for
    the field sorting its text, response → response_class); else None, and the words are read as before."""
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    fld, said = dict(_VOCAB)[m.group(1)], [m.group("a"), m.group("b")]
    klass = fld if all(v in (ctx.lex.closed_values.get(fld) or ()) for v in said) else ""
    klass = klass or (_class_of(fld, said[0], ctx) if _class_of(fld, said[1], ctx) else "")
    if not klass:
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if klass in cols}
    # (of the records that hold a category at all: an opinion no response was sorted for is not one of these)
    return Production([Condition(klass, "not_empty", None, f"{field_label(klass)}の記載がある"),
                       Condition(klass, "not_in", said, f"{field_label(klass)}が「{said[0]}」でも「{said[1]}」でもない")],
                      hints=holders if len(holders) == 1 else set())


def _class_of(fld: str, value: str, ctx: Context) -> str:
    """The field sorting `fld`'s text into categories (response → response_class), where `value` is one of them."""
    klass = f"{fld}_class"
    return klass if value in (ctx.lex.closed_values.get(klass) or ()) else ""


def _state(m: re.Match, ctx: Context) -> Production | None:
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    fld = dict(_VOCAB)[m.group(1)]
    empty = m.group("empty") is not None
    if m.groupdict().get("absent") and m.start() > 0 and re.match(r"[一-龥ァ-ヶ]", m.string[m.start() - 1]):
        return None  # 「実施実績がない」: the field's word is the end of a longer noun, read by its own rule
    if "含" in m.group(0) and fld in LIST_FIELDS:
        return None  # 「民活のテーマが含まれない」: a list holding a value, not a blank cell
    if re.search(r"実施(?:した|された|済みの)\s*$", m.string[:m.start()]) and "done" in ctx.all_fields:
        return None  # 「既に実施した実績が何もない」: the 既に実施 cell, read with its own words
    # (the municipality may have been used already to choose the documents: read where it was written)
    before = ctx.text[:m.start()] if len(ctx.text) == len(m.string) else m.string[:m.start()]
    # (the municipality's name itself: 「…連携事業で東松島市の」 ends with 東松島市の, not 業で東松島市の)
    # (「黒石市に担当課がない」「黒石市では担当課が空欄」「塩尻市側に担当部署がない」: the municipality said as
    # where the cell is, maybe as its side)
    name = max((c for c in ctx.lex.municipalities if re.search(re.escape(c) + r"(?:側)?(?:の|に|には|で|では|は)\s*$", before)),
               key=len, default="")
    if fld == "departments" and name:
        # 「岡山市の担当課が書かれていない」: that municipality's cell of a joint project.
        label = f"{name}の{field_label(fld)} = {'空欄（記載なし）' if empty else '記載あり'}"
        return Production([Condition(fld, "city_empty" if empty else "city_not_empty", name, label)],
                          hints={"joint_project"})
    label = f"{field_label(fld)} = {'空欄（記載なし）' if empty else '記載あり'}"
    # A field only one kind has (実施予定 of a joint project) says which records are meant.
    holders = {k for k, cols in ctx.lex.columns.items() if fld in cols}
    out = Production([Condition(fld, "empty" if empty else "not_empty", None, label)],
                     hints=holders if len(holders) == 1 else set())
    gloss = dict(_VOCAB).get(m.group("gloss") or "")
    if gloss and gloss != fld:  # (the glossing field is said of the same cell: its state too)
        out.conditions.append(Condition(gloss, "empty" if empty else "not_empty", None,
                                        f"{field_label(gloss)} = {'空欄（記載なし）' if empty else '記載あり'}"))
    return out


def _closed_words() -> list[tuple[str, str]]:
    """(word, field) of the fields whose values are a document's scale of words (Field.closed)."""
    from assistant.kinds import registry
    from assistant.kinds.spec import Field

    return sorted({(w, f.name) for rk in registry.record_kinds().values() for f in rk.fields
                   if isinstance(f, Field) and f.closed for w in (f.label, *f.words)}, key=lambda t: (-len(t[0]), t))


_CLOSED = _closed_words()
# One word of such a scale, maybe in brackets (「やや不十分」): kanji, maybe an adverb before (やや, ほぼ)
# or okurigana inside (概ね十分); it must end where the phrase does.
# (「方向性が完了以外」: the value ends before 以外, which the rule's negation reads)
_CLOSED_VALUE = (r"[「『]?(?P<{0}>(?:やや|ほぼ|おおむね|まだ|かなり)?(?:(?!以外)[一-龥ァ-ヶーA-Za-z0-9◎○〇△×▲●◯]){{1,8}}(?:(?![のがはをにで])[ぁ-ゖ][一-龥]{{1,4}})?)[」』]?"
                 r"(?=だった|だ|です|にな[っるり]|の|な|で|と|か|または|もしくは|や|、|・|以外|$|[?？。\s])")


def _closed_value(m: re.Match, ctx: Context, field: str = "") -> Production | None:
    """「委員会の判定が十分」「判定が「やや不十分」か「不十分」」「「概ね十分」と判定された」: the whole value of a
    field of the document's own scale of words (十分 is not 不十分), one the index holds."""
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    groups = m.re.groupindex
    said = [v for v in (m.group("v") or (m.group("v3") if "v3" in groups else None) or (m.group("v4") if "v4" in groups else None),
                        m.group("v2")) if v]
    # (a word two kinds declare, 分野 of a joint project's column and of a citizen's excerpt: the field meant is the one
    # whose values hold what was said; where both or neither do, nothing is read and the word stays unused)
    word = None if field else m.group("f") or m.group("f3") or m.group("f4")
    named = [field] if field else [f for w, f in _CLOSED if w == word]
    holding = [f for f in named if said and all(v in ctx.lex.closed_values.get(f, set()) for v in said)]
    if len(holding) != 1:
        return None
    fld = holding[0]
    holders = {k for k, cols in ctx.lex.columns.items() if fld in cols}
    label = f"{field_label(fld)} = {'または'.join(said)}"
    cond = Condition(fld, "=", said[0], label) if len(said) == 1 else Condition(fld, "in", said, label)
    return Production([cond], hints=holders if len(holders) == 1 else set())


def _closed_value_alone(m: re.Match, ctx: Context) -> Production | None:
    """「「要改善」とされた」: the one field of the document's own scale of words holding the value."""
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    said = m.group("q") or m.group("u")
    fields = sorted(f for f, values in ctx.lex.closed_values.items() if said in values)
    if len(fields) != 1:
        return None  # no scale holds it, or two do (which is meant is unsaid)
    fld = fields[0]
    holders = {k for k, cols in ctx.lex.columns.items() if fld in cols}
    return Production([Condition(fld, "=", said, f"{field_label(fld)} = {said}")],
                      hints=holders if len(holders) == 1 else set())


def _opinion_tag_as_verb(m: re.Match, ctx: Context) -> Production | None:
    """「委員が指摘した」: the tag of the opinions (excerpt_class) the verb said is, when it is one of its values."""
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    said = m.group("u")
    if said not in ctx.lex.closed_values.get("excerpt_class", set()):
        return None
    return Production([Condition("excerpt_class", "=", said, f"{field_label('excerpt_class')} = {said}")],
                      hints={"comment"})


def _closed_value_field_word(m: re.Match, ctx: Context) -> Production | None:
    """「防災分野の」: the value of the one field of the index's own scale that the word after it names (分野)."""
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    said, word = m.group("u"), m.group("word")
    fields = sorted(f for f, values in ctx.lex.closed_values.items() if said in values and word in field_label(f))
    if len(fields) != 1:
        return None
    fld = fields[0]
    holders = {k for k, cols in ctx.lex.columns.items() if fld in cols}
    return Production([Condition(fld, "=", said, f"{field_label(fld)} = {said}")],
                      hints=holders if len(holders) == 1 else set())


def _takes_part(m: re.Match, ctx: Context) -> Production | None:
    """「西野村が参加していない事業」: a municipality of a joint-projects table whose cell of the project is
    blank (the table prints 「―」 where it takes no part); only a municipality a table has a column for."""
    from assistant.query.answer import Condition

    # 「西川町と南原村（の両方）が参加している」: each municipality listed takes part (or none does).
    names = re.findall(r"[一-龥ァ-ヶー]{1,8}?[市町村]", m.group("others") or "") + [m.group("city")]
    if any(name not in ctx.lex.municipalities for name in names):
        return None
    absent = m.group("out") is not None
    # (the table's cell of the municipality: its department, or a mark ○ in a table of marks)
    return Production([Condition("departments", "city_empty" if absent else "city_not_empty", name,
                                 f"{name}が{'参加していない（その市町村の欄が空欄）' if absent else '参加している（その市町村の欄に記載あり）'}")
                       for name in dict.fromkeys(names)], hints={"joint_project"})


def _marked_part(m: re.Match, ctx: Context) -> Production | None:
    """「鶫野村が実施予定になっている」「楪ヶ浜市がまだ実施していない」「桔梗沢町が実施している」: a municipality's mark in a
    joint-projects table whose legend says what each mark is (「●：実施　○：実施予定（令和13年度以降）」): the marks
    whose meaning is the verb said (実施 → ●; 実施予定 → ○), or, negated, any other cell of that municipality."""
    from assistant.query.answer import Condition

    names = re.findall(r"[一-龥ァ-ヶー]{1,8}?[市町村]", m.group("others") or "") + [m.group("city")]
    if any(name not in ctx.lex.municipalities for name in names) or not ctx.lex.member_legend:
        return None
    verb, planned = m.group("verb"), bool(m.group("planned"))
    bare = {mark: re.sub(r"[(（].*$", "", meaning) for mark, meaning in ctx.lex.member_legend.items()}
    marks = sorted(mark for mark, meaning in bare.items() if meaning == (verb + "予定" if planned else verb))
    if not marks:
        return None
    negated = m.group("neg") is not None
    said = f"{verb}{'予定' if planned else ''}（{'・'.join(marks)}）"
    return Production([Condition("departments", "city_not_mark" if negated else "city_mark", {"city": name, "marks": marks},
                                 f"{name}が{said}{'でない' if negated else ''}")
                       for name in dict.fromkeys(names)], hints={"joint_project"})


# 「うちの市」「本市」: the municipality whose documents these are (own_municipality).
_OWN = r"うちの市|うちの町|うちの村|本市|当市|わが市|我が市|本町|当町|本村|当村"


def _legend_role(m: re.Match, ctx: Context) -> Production | None:
    """「鶺鴒台町が協力の立場で関わっている」「A市が主担当の事業」: a municipality's part as the legend of the members'
    marks names it (「○：主担当　△：協力」): the marks the legend gives that meaning. Read only where the index's
    legend has the word said, as a whole meaning."""
    from assistant.query.answer import Condition

    name, role = m.group("city") or own_municipality(ctx), m.group("role")
    if name not in ctx.lex.municipalities or not ctx.lex.member_legend:
        return None
    bare = {mark: re.sub(r"[(（].*$", "", meaning) for mark, meaning in ctx.lex.member_legend.items()}
    marks = sorted(mark for mark, meaning in bare.items() if meaning == role)
    if not marks:
        return None
    said = f"（「{m.group('own')}」を資料の発行元 {name} と読みました）" if m.group("own") else ""
    out = Production([Condition("departments", "city_mark", {"city": name, "marks": marks},
                                f"{name}が{role}（{'・'.join(marks)}）{said}")], hints={"joint_project"})
    if m.groupdict().get("lead"):
        # 「…が主担当なのに幹事じゃない」: the same municipality is (or is not) the one the 幹事 column names.
        negated = m.group("leadneg") is not None
        out.conditions.append(Condition("chair_city", "!=" if negated else "=", name,
                                        f"幹事 {'≠' if negated else '='} {name}"))
    return out


def own_municipality(ctx: Context) -> str:
    """「うちの市」「本市」: the municipality whose documents these are — the one municipality of the index's tables named
    in the titles of two documents or more (「鴫ノ杜市行政改革大綱 …」「鴫ノ杜市・苔ノ坂市・… 共同事業一覧」); "" when
    no one municipality is."""
    titles = list(getattr(ctx.lex, "document_titles", {}).values())
    named = [c for c in ctx.lex.municipalities if len(c) >= 2 and sum(1 for t in titles if c in t) >= 2]
    return named[0] if len(named) == 1 else ""


def _same(m: re.Match, ctx: Context) -> Production | None:
    from assistant.query.answer import Condition

    differ = m.group("differ") is not None
    # The municipalities named are the sides compared when the index has them (said in the label, they
    # scope nothing else); others are left to scope the answer to their documents, or to say there are none.
    sides = m.group("sides") or m.group("sides2") or m.group("sides3") or ""
    cities = re.findall(r"[一-龥]{1,4}[市町村]", sides)
    where = f"{sides}で" if cities and all(c in ctx.lex.municipalities for c in cities) else "自治体ごとに"
    label = f"担当部署が{where}" + ("異なる" if differ else "すべて同じ名前")
    # Departments kept per municipality (a joint project's, a json field) are what is compared.
    from assistant.kinds.registry import record_kinds

    holders = {k for k, rk in record_kinds().items() if k in ctx.lex.columns
               and any(getattr(f, "name", "") == "departments" and getattr(f, "type", "") == "json" for f in rk.fields)}
    return Production([Condition("departments", "not_same_values" if differ else "same_values", None, label)],
                      hints=holders)


def _declared() -> dict[str, tuple[str, str, str]]:
    """Words a kind declares for a field's values (「(新)」 is a sheet entry's status 新), themes aside
    (their own rules read them): word → (field, value, kind)."""
    from assistant.kinds import registry
    from assistant.kinds.spec import Field

    return {word: (f.name, value, rk.name) for rk in registry.record_kinds().values() for f in rk.fields
            if isinstance(f, Field) and f.name != "themes" for value, words in f.value_words for word in words}


def _declared_value(m: re.Match, ctx: Context) -> Production | None:
    from assistant.labels import field_label
    from assistant.query.answer import Condition

    fld, value, kind = _declared()[m.group(1)]
    neg = bool(m.group(2))
    return Production([Condition(fld, "!=" if neg else "=", value,
                                 f"{field_label(fld, kind)} {'≠' if neg else '='} {value}")], hints={kind})


def _words_in_title(m: re.Match, ctx: Context) -> Production | None:
    """「タイトルに民間委託と検討の両方が入っている」: each word in the record's name."""
    from assistant.query.answer import Condition

    values = [v for v in re.split(r"と|、|,|・|及び|および", m.group("v")) if v]
    if not values or any(len(v) < 2 or re.search(r"\d|何|どれ|どこ", v) for v in values):
        return None
    return Production([Condition("title", "contains", v, f"名称に「{v}」を含む") for v in values])


def year_mark(m: re.Match, ctx: Context) -> Production | None:
    """「R5で内容変更した」: the mark the document prints on a record for a year (R5内容変更), when the
    index has that mark; anything else said after a year is left to the other rules."""
    from assistant.query.answer import Condition
    from assistant.query.grammar.years import labels

    word = compiled(r"[をが]").sub("", m.group("word"))
    if m.group("year"):
        found = labels(m.group("year"), ctx)
        mark = ctx.lex.year_marks.get((found[0], word)) if found else None
    else:  # 「内容変更した実践項目」: the mark of whichever year has it, when only one year does
        marks = [mark for (_, w), mark in ctx.lex.year_marks.items() if w == word]
        mark = marks[0] if len(marks) == 1 else None
    if mark is None:
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if "tags" in cols}
    c = Condition("tags", "has", mark, f"注記 ∋ {mark}")
    return Production([invert(c) if m.group("neg") else c], hints=holders if len(holders) == 1 else set())


# Conditions on a field as a whole: written or not, the same on every side of a record.
FIELD_STATES: list[Rule] = [
    # 「担当課が変わった」: a record whose years name different departments (a table of years, r6_dept …).
    Rule("departments_changed",
         r"(?:担当課|担当部署|所管課|担当|所管)(?:が|は)?\s*(?:途中で|年度によって|年度で|年度ごとに)?\s*"
         r"(?:(?P<neg>変わっていない|変わってない|変わらなかった|変更されていない|変更されてない)"
         r"|変わった|変わっている|変わってる|変更された|変更になった|替わった)",
         lambda m, ctx: Production([Condition("departments", "not_changed" if m.group("neg") else "changed", None,
                                              "年度によって担当部署が変わ" + ("っていない" if m.group("neg") else "った"))],
                                   {"practice"}),
         examples=(("担当課が変わった", {"conditions": [("departments", "changed", None)]}),
                   ("担当部署が途中で変わっていない", {"conditions": [("departments", "not_changed", None)]}))),
    Rule("year_mark",
         r"(?:(?P<year>{YEAR})\s*(?:年度)?(?:に|で|の|中に|中で|において)?\s*)?(?<![一-龥ァ-ヶー])(?P<word>[一-龥ァ-ヶー]{1,6}[をが]?[一-龥ァ-ヶー]{1,6}?)"
         r"(?=した|された|してい|されてい|してな|されてな|しなかっ|されなかっ|なし|無し|になった|があった|がある|あり|の印"
         r"|の(?:" + "|".join(re.escape(w) for w, _ in KIND_WORDS) + r")|が|[、,。？?]|$)"
         r"(?:(?P<neg>していない|されていない|してない|されてない|しなかった|されなかった|なし|無し|がない|のない)"
         r"|した|された|している|されている|になった|があった|がある|あり|の印がある|の印のある|の印)?",
         year_mark, negatable=True,
         examples=(("R5で内容変更した", {"conditions": [("tags", "has", "R5内容変更")]}),
                   ("令和5年度に内容を変更した", {"conditions": [("tags", "has", "R5内容変更")]}),
                   ("R5で内容変更していない", {"conditions": [("tags", "not_has", "R5内容変更")]}),
                   ("R5に内容変更されていない", {"conditions": [("tags", "not_has", "R5内容変更")]}),
                   ("R5で内容変更したもの以外", {"conditions": [("tags", "not_has", "R5内容変更")]}),
                   ("R5に内容が変更された", {"conditions": [("tags", "has", "R5内容変更")]}),
                   ("内容変更した", {"conditions": [("tags", "has", "R5内容変更")]}),
                   ("R4で内容変更した", None), ("R5に終了した", None))),
    Rule("words_in_title",
         r"(?:タイトル|名称|題名|件名|表題|項目名|事業名)(?:の中)?に\s*"
         r"(?P<v>[一-龥ァ-ヶーA-Za-z0-9・]{2,20}(?:(?:と|、|,|及び|および)[一-龥ァ-ヶーA-Za-z0-9・]{2,20})*?)"
         r"(?:の両方|のどちらも|のいずれも|の二つ|の2つ)?(?:が|も|とも|って|と)?\s*"
         r"(?:含む|含まれる|含まれている|ある|使われている|書かれている|入っている|入ってる|ついている|ついてる|付いている|付いてる)"
         r"(?!ない|ません)",
         _words_in_title,
         examples=(("タイトルに民間委託と検討の両方が入っている", {"conditions": [("title", "contains", "民間委託"),
                                                                    ("title", "contains", "検討")]}),
                   ("名称に民間委託が含まれる", {"conditions": [("title", "contains", "民間委託")]}),
                   ("名称に民間委託が含まれない", None),
                   ("事業名に研修ってついてる", {"conditions": [("title", "contains", "研修")]}))),
    Rule("declared_value",
         r"(" + "|".join(re.escape(w) for w in sorted(_declared(), key=len, reverse=True)) + r")(?:の|で)?\s*(以外|でない|じゃない)?",
         _declared_value,
         examples=(("(新)のもの", {"conditions": [("status", "=", "新")]}),
                   ("(継)以外", {"conditions": [("status", "!=", "継")]}))),
    # 「今年度の予定が協議中になってないもの」: what a field's text says it has become, or not.
    Rule("field_becomes",
         r"(" + _WORDS + r")(?:の欄)?(?:が|は)\s*[「『]?(?P<v>[^\s、。がはにと「」『』\x1f]{2,12}?)[」』]?(?:に|と)"
         r"(?P<st>なって(?:い)?る|なった|なっている|(?P<neg>なっていない|なってない|なっておらず|なっていません|なっていなかった|ならない))",
         _becomes,
         examples=(("今年度の予定が協議中になってない", {"conditions": [("planned", "not_contains", "協議中")]}),
                   ("今年度の予定が協議中になっている", {"conditions": [("planned", "contains", "協議中")]}),
                   # (one of the categories the index holds for the responses, 対応区分: that category)
                   ("市の対応が「検討」になってる", {"conditions": [("response_class", "=", "検討")]}),
                   ("市の対応が予算化になってる", {"conditions": [("response", "contains", "予算化")]}))),
    # 「対応区分が「反映」でも「今後検討」でもない意見」: neither of two of a closed field's categories. (Before the
    # rules reading 「対応区分が「反映」」 alone as that category: the でもない governs both.)
    Rule("field_neither",
         r"(" + _WORDS + r")(?:が|は)\s*[「『]?(?P<a>[^\s、。がはにと「」『』\x1f]{1,12}?)[」』]?\s*でも(?:なく)?[、,]?\s*"
         r"[「『]?(?P<b>[^\s、。がはにと「」『』\x1f]{1,12}?)[」』]?\s*でも(?:ない|なく|なかった)",
         _neither,
         examples=(("対応区分が「検討」でも「対応済み」でもない", {"conditions": [("response_class", "not_empty", None),
                                                                     ("response_class", "not_in", ["検討", "対応済み"])]}),
                   ("市の対応が検討でも対応予定でもない", {"conditions": [("response_class", "not_empty", None),
                                                            ("response_class", "not_in", ["検討", "対応予定"])]}),
                   ("対応区分が見直しでも廃止でもない", None))),  # (not categories the index holds: nothing)
    # 「市の考え方で次回の見直しに言及している意見」: words a field's own text mentions (the response, not the opinion).
    Rule("field_mentions",
         r"(" + _WORDS + r")(?:で|では|の中で|において)\s*(?P<v>[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{0,11}?)\s*"
         r"(?:に|について|のことに)\s*(?:は|も)?\s*(?:触れ|ふれ|言及)",
         _mentions,
         examples=(("市の対応で予算化に言及している", {"conditions": [("response", "contains", "予算化")]}),
                   # (a phrase AのB: each of its words, as the text may print them joined, 次回見直し)
                   ("対応内容で次回の見直しに触れた", {"conditions": [("response", "contains", "次回"),
                                                          ("response", "contains", "見直し")]}),
                   ("本文で減免に触れた", None))),  # (the opinion's own text: the mention rules read it)
    # 「今年度の予定がまだ協議中のもの」: a state a field's text is in (…中), said without a verb.
    Rule("field_in_a_state",
         r"(" + _WORDS + r")(?:の欄)?(?:が|は)\s*(?:まだ|今も|いまだに|現在)?\s*(?P<v>[一-龥]{1,6}中)(?:の|な|で)(?P<neg>)",
         _becomes,
         examples=(("今年度の予定がまだ協議中の", {"conditions": [("planned", "contains", "協議中")]}),)),
    Rule("field_written_or_not",
         # (「部会名称（部会長の市）の記載がない」: a field glossed in brackets with another it prints with)
         r"(" + _WORDS + r")(?:\s*[(（](?P<gloss>" + _WORDS + r")[)）])?(?:の?欄|の(?:とこ|ところ|部分)|した内容|の(?:記載)?(?:内容|事項))?(?:が|は|の)?\s*(?:何も|なにも|全く|まったく)?(?:(?P<empty>(?:書かれて|書いて|記載されて|記入されて|入力されて|入って|埋まって)(?:(?:い)?ない|おらず)|"
         r"記載がない|記載のない|未記入|空欄(?:に)?(?:なって(?:い)?る)?|空白|空っぽ|からっぽ|空に?なって(?:い)?る|空いて(?:い)?る|空(?=の|だ|で)|"
         # (a cell no one has filled yet: 「担当部署が決まってない」)
         r"決まって(?:い)?ない|"
         r"入っておらず|含まれない|含まない|(?:まだ)?何も(?:ない|書かれていない|書いてない)"
         # 「黒石市に担当課がない事業」: the field said to be absent (a blank cell), right before what has none
         r"|(?<=が)(?P<absent>ない|無い|なし|無し)(?=\s*(?:[一-龥ァ-ヶ]|の|もの|$|[？?、。])))|"
         r"書かれている|記載されている|記載がある|記載のある|記入されている|入っている|入力されている|埋まっている|含まれる|含む)",
         _state, negatable=True,
         examples=(("部会名が書かれていない", {"conditions": [("subcommittee", "empty", None)]}),
                   ("部会名の欄が空っぽの", {"conditions": [("subcommittee", "empty", None)]}),
                   # 「今年度に実施予定の事項が記載されていない」: the cell's entries (事項) named with the field
                   ("部会名の事項が記載されていない", {"conditions": [("subcommittee", "empty", None)]}),
                   ("部会名称（部会長の市）の記載がない", {"conditions": [("subcommittee", "empty", None), ("chair_city", "empty", None)]}),
                   # 「部会名のとこ空いてる」: the place in the table, the particle dropped
                   ("部会名のとこ空いてる", {"conditions": [("subcommittee", "empty", None)]}),
                   ("部会名が記載されている", {"conditions": [("subcommittee", "not_empty", None)]}),
                   # 「担当課がない」: a department cell left blank (「実績がない」 is no blank cell: its own rules)
                   ("担当課がない", {"conditions": [("departments", "empty", None)]}),
                   ("実施実績がない", None),
                   ("実績値が入っている", {"conditions": [("actual", "not_empty", None)]}),
                   ("実績値が入っていない", {"conditions": [("actual", "empty", None)]}),
                   # spoken forms drop the い of ている
                   ("部会名称が書いてない", {"conditions": [("subcommittee", "empty", None)]}),
                   ("部会名が書かれてない", {"conditions": [("subcommittee", "empty", None)]}),
                   ("実績値が入力されてない", {"conditions": [("actual", "empty", None)]}),
                   # the box named with the field (実績値欄), and 空 said of it
                   ("実績値欄が空になってる", {"conditions": [("actual", "empty", None)]}),
                   ("実績値の欄が空の", {"conditions": [("actual", "empty", None)]}),
                   ("実績値がなにも書かれていない", {"conditions": [("actual", "empty", None)]}),
                   ("部会名がない事業", {"conditions": [("subcommittee", "empty", None)]}),
                   ("部会名が決まってない", {"conditions": [("subcommittee", "empty", None)]}),
                   # (ておらず: not written, said before the next clause)
                   ("部会名が書かれておらず", {"conditions": [("subcommittee", "empty", None)]}),
                   ("部会名がないか", None), ("まだ実施実績がない", None))),
    # 「委員会の判定が十分」「判定が「やや不十分」か「不十分」」: a value of a document's scale of words.
    Rule("closed_value",
         r"(?P<f>" + "|".join(re.escape(w) for w, _ in _CLOSED) + r")(?:が|は|で|を)?\s*" + _CLOSED_VALUE.format("v")
         + r"(?:\s*(?:か|または|もしくは|や|、|・)\s*" + _CLOSED_VALUE.format("v2") + r")?"
         # 「「概ね十分」と判定された」: the value first, the field said as the verb
         r"|" + _CLOSED_VALUE.format("v3") + r"\s*(?:と|に)\s*(?P<f3>" + "|".join(re.escape(w) for w, _ in _CLOSED) + r")(?:され|した|の)"
         # 「教育分野の事業」: the value with the field's word right after it
         r"|(?<![一-龥ァ-ヶー・])(?P<v4>[一-龥ァ-ヶー・]{1,10}?)(?P<f4>" + "|".join(re.escape(w) for w, _ in _CLOSED)
         + r")(?=の|で|に|は|が|を|と|[?？。\s]|$)",
         _closed_value, negatable=True,
         examples=(("委員会の判定が十分", None),  # (no value of the scale in the examples' index: nothing)
                   ("方向性が完了以外", None),
                   ("判定が「やや不十分」か「不十分」", None))),
    # 「委員会評価が不十分だった重点項目の意見」: a paper labelling its committee's judgement 「委員会評価：十分」 (a
    # word, no score) is asked with that label: the judgement, when the word said is one of its values.
    Rule("judgement_said_as_evaluation",
         r"(?:" + "|".join(f"{b}の?評価" for b in ("委員会", "委員", "審議会", "懇話会", "懇談会", "協議会", "推進会議")) + r")"
         r"(?:が|は|で)?\s*" + _CLOSED_VALUE.format("v") + r"(?:\s*(?:か|または|もしくは|や|、|・)\s*" + _CLOSED_VALUE.format("v2") + r")?",
         lambda m, ctx: _closed_value(m, ctx, "judgement"), negatable=True,
         examples=(("委員会評価が不十分だった", None),)),  # (no judgement in the examples' index: nothing)
    # 「「要改善」とされた重点項目」「順調と評価された」: a value of a document's scale said alone, without its
    # field: read when the value is one of exactly one such field's values in the index (quoted, or with
    # a verb of grading after it), else nothing is read and the word stays unused.
    Rule("closed_value_alone",
         # (a value with okurigana, 「見直し」, and the verdict's word after it, 「見直し判定になった」)
         # (「【指摘】になってる意見」: a paper's own tag of its items, in the lenticular brackets it prints)
         r"(?:[「『【](?P<q>[^「」『』【】]{1,10})[」』】]|(?<![一-龥ァ-ヶー])(?P<u>(?:やや|ほぼ|おおむね|概ね)?(?:[一-龥ァ-ヶー]{2,8}|[一-龥]{1,3}[ぁ-ゖ])))\s*"
         # (「「記載済」と回答した意見」: the category a response was sorted into, said as what was answered)
         r"(?:(?:判定|評価)?(?:と|に)(?:され|評価され|判定され|判断され|区分され|分類され|なっ|位置づけられ|位置付けられ"
         r"|回答し|回答され|答え|返答し)(?:た|ている|てる|ていた)?"
         r"|(?<=[」』】])(?=の|で|だった)"
         # (「そのうち要望だけ」: the value alone, narrowing the records before)
         r"|(?<=[一-龥ァ-ヶー])(?=\s*(?:だけ|のみ)(?:[?？。は]|$))"
         # (「見直しで縮小されるもの」「縮小することになった」: a course the document decides for its items)
         r"|(?<=[一-龥])(?=\s*(?:され(?:る|た)|する(?:ことに|予定|方針|方向)))"
         # (「未達成の改革項目」: the value right before the records it is said of)
         r"|(?<=[一-龥ァ-ヶー])(?=の\s*[一-龥]{0,4}(?:項目|事業|取組|意見|もの|やつ)))",
         # (「継続となっているもの以外」: the value left out)
         _closed_value_alone, negatable=True,
         examples=(("「要改善」とされた", None),  # (no scale of words in the examples' index: nothing)
                   ("順調と評価された", None), ("未達成の改革項目", None), ("継続となっているもの以外", None),
                   ("見直しになった事業", None), ("見直し判定になった事業", None), ("見直しで縮小されるもの", None),
                   ("【指摘】になってる意見", None), ("要望の意見", None), ("そのうち要望だけ", None),
                   ("「記載済」と回答した意見", None))),
    # 「瀬川委員が指摘した施設」: the tag a paper prints on its members' opinions (【指摘】【要望】) said as the verb of
    # the one who made them — only a tag of opinions, and only after its maker's が (「完了した取組」 is a state of
    # the records, no opinion tag: made89)
    Rule("opinion_tag_as_verb",
         r"(?<=が)\s*(?P<u>[一-龥]{2,4})(?=\s*し(?:た|ている|てる|ていた|ました|ています))",
         _opinion_tag_as_verb, negatable=True,
         examples=(("委員が指摘した施設", None),)),  # (no opinions tagged in the examples' index: nothing)
    # 「委員の指摘を教えて」「委員からの要望は？」: the tag said as the noun of the opinions themselves, after the members
    # who made them — only a tag of opinions
    Rule("opinion_tag_as_noun",
         r"(?:(?<=委員の)|(?<=委員からの)|(?<=委員長の))\s*(?P<u>[一-龥]{2,4})(?=\s*(?:を|は|って|が|[?？。]|$|の(?:うち|中)))",
         _opinion_tag_as_verb,
         examples=(("委員の指摘を教えて", None),)),  # (no opinions tagged in the examples' index: nothing)
    # 「（第２回の意見）そのうち指摘は？」: the tag said alone as what narrows the opinions before — only a tag of opinions
    Rule("opinion_tag_narrowing",
         # (a follow-up is read with its 「そのうち」 consumed (\x1f, which \s matches and no match may hold): the tag then
         # opens what is left)
         r"(?:^|(?<=^\x1f{2})|(?<=^\x1f{3})|(?<=^\x1f{4})|(?<=^\x1f{5})|(?<=^\x1f{6})|(?<=そのうち)|(?<=うち)|(?<=その中で)|(?<=その中の)|(?<=その中))[ 　]*(?P<u>[一-龥]{2,4})"
         r"(?=\s*(?:だけ|のみ)?\s*(?:は|って|を|が)?\s*(?:[?？。]|$))",
         _opinion_tag_as_verb,
         examples=(("そのうち指摘は？", None),)),  # (no opinions tagged in the examples' index: nothing)
    # 「防災分野のもの」「環境分野の事業」: a value of a field of the index's own scale said with the field's name after it.
    Rule("closed_value_field_word",
         r"(?<![一-龥ァ-ヶーA-Za-z])(?P<u>[一-龥ァ-ヶーA-Za-z]{1,8}?)\s*(?P<word>分野|区分|種別|分類|部門|領域)(?=\s*(?:の|で|は|が|に|って))",
         _closed_value_field_word,
         examples=(("防災分野のもの", None),)),  # (no joint projects' fields in the examples' index: nothing)
    # 「西野村が参加していない事業」「西野村も参加している」: one municipality's part in a joint project.
    Rule("municipality_takes_part",
         r"(?P<others>(?:[一-龥ァ-ヶー]{1,8}?[市町村]\s*(?:と|、|・|,|及び|および)\s*)+)?"
         r"(?P<city>[一-龥ァ-ヶヶー]{1,8}?[市町村])(?:の(?:両方|双方|すべて|全て|いずれも|どちらも))?(?:が|は|も|の|とも|がともに|って)?\s*"
         # (「鳰野町と榧谷町はどちらも参加しているのに」: both said after the particle)
         r"(?:(?<=[がは])(?:どちらも|両方とも|いずれも|ともに)\s*)?(?:事業に|連携に)?\s*"
         # (「萌木村が構成市町村に入っている」: the column of members named, the municipality listed in it)
         r"(?:(?:構成|参加)(?:市町村|団体|自治体)\s*(?:に|として)\s*)?"
         # (「北浦村って共同事業いくつ参加してる」: the projects said between, their count asked by another rule)
         r"(?P<keep_projects>(?:共同事業|連携事業)(?:に|は|には)?[\x1f\s]*(?:いくつ|何件|何事業|何個|いくら)?[\x1f\s]*)?"
         # (「朝霧町が入っている」, rewritten 含まれる by the phrasings: a member listed in the project's cell)
         r"(?:(?P<out>参加して(?:い)?ない|参加しておらず|参加しない|参加していません|加わって(?:い)?ない|含まれ(?:て(?:い)?)?ない|含まない|不参加)"
         r"|参加して(?:い)?る|参加してい(?=て|ながら)|参加する|加わって(?:い)?る|含まれ(?:て(?:い)?)?る|含む)",
         _takes_part, negatable=True,
         examples=(("西野村が参加していない", None),  # (a name no joint-projects table heads: nothing)
                   ("西野村と東山町はどちらも参加している", None), ("西野村と東山町が参加していて", None),
                   ("西野村が含まれない", None), ("西野村が含む", None),
                   ("参加している", None),
                   ("西野村って共同事業いくつ参加してる", None), ("西野村が構成市町村に入っている", None))),
    # 「鶫野村が今後実施予定になっている」「楪ヶ浜市自身がまだ実施していない」: a municipality's mark as the table's legend
    # names it (●：実施　○：実施予定): read only where a legend gives the members' marks meanings of their own.
    Rule("municipality_marked",
         r"(?P<others>(?:[一-龥ァ-ヶー]{1,8}?[市町村]\s*(?:と|、|・|,|及び|および)\s*)+)?"
         r"(?P<city>[一-龥ァ-ヶヶー]{1,8}?[市町村])(?:自身|自体)?(?:が|は|も|で|って)?\s*(?:今後|まだ|既に|すでに|もう)?\s*"
         r"(?P<verb>実施|参加|導入|運用|開始)(?:(?P<planned>予定)(?:になって(?:い)?る|となって(?:い)?る|の|して(?:い)?る|だ|です)?"
         r"|済み?(?:の)?|して(?:い)?る|した|中の?|(?P<neg>して(?:い)?ない|していません|しておらず|しない|されていない))",
         _marked_part, negatable=True,
         examples=(("鶫野村が実施予定になっている", None),  # (no legend of members' marks in the examples' index: nothing)
                   ("西野村がまだ実施していない", None))),
    # 「鶺鴒台町が協力の立場で関わっている」「苔ノ坂市が主担当の事業」: a municipality's part as the legend of the members'
    # marks words it (「○：主担当　△：協力」): read only where such a legend gives the word said.
    Rule("municipality_legend_role_lead",
         r"(?:(?P<city>[一-龥ァ-ヶヶー]{1,8}?[市町村])|(?P<own>" + _OWN + r"))(?:が|は)\s*(?P<role>[一-龥]{2,4}?)"
         r"(?:なのに|だけど|だが|なのは|で)[、,]?\s*(?P<lead>幹事(?:市町村|市町|市|町|村|団体)?)(?:に(?:は)?)?"
         r"(?:(?P<leadneg>じゃない|ではない|でない|になっていない|なっていない)|になって(?:い)?る|である|だ)?",
         _legend_role,
         examples=(("西野村が主担当なのに幹事じゃない", None),)),  # (no legend of members' marks in the examples' index)
    Rule("municipality_legend_role",
         r"(?:(?P<city>[一-龥ァ-ヶヶー]{1,8}?[市町村])|(?P<own>" + _OWN + r"))(?:が|は|の)\s*(?P<role>[一-龥]{2,4}?)"
         r"(?:の立場で|の立場の|の役割で|の役割の|として|で(?=関わ|参加|入って)|の(?=事業|共同事業|連携事業|もの)|に(?=なって)|を(?=担って|務めて))"
         r"(?:関わって(?:い)?る|参加して(?:い)?る|入って(?:い)?る|なって(?:い)?る|担って(?:い)?る|務めて(?:い)?る)?",
         _legend_role, negatable=True,
         examples=(("西野村が協力の立場で関わっている", None),)),  # (no legend of members' marks in the examples' index)
    Rule("same_on_every_side",
         # The sides may be said before the field: 「岡山市と倉敷市で担当課の名前が同じ」.
         r"(?:(?P<sides>" + _SIDES + r")(?:で|の|では|とも|ともに)[、,]?\s*)?(?:" + _DEPT_WORDS + r")(?:の名前|の名称|名)?(?:が|は)?\s*"
         r"(?:(?P<sides2>" + _SIDES + r")で|(?:市|自治体)ごとに)?\s*(?:まったく|全く|完全に|完全)?"
         r"(?:同じ|同一|一致して(?:い)?る|一致して|一致する|(?P<differ>異なる|違う|異なっている|違っている))(?:に(?:なって(?:い)?る|なった))?(?:名前|名称)?(?:の|である|な)?"
         # 「岡山市と倉敷市で同じ名前の課が担当している」
         r"|(?P<sides3>" + _SIDES + r")(?:で|とも|ともに)[、,]?\s*(?:まったく|全く)?(?:同じ|同一の)(?:名前|名称)?の?(?:" + _DEPT_WORDS + r"|課|部署)"
         r"(?:が|で)?(?:担当している|担当してる|担当する|担当の)?",
         _same,
         examples=(("担当部署がまったく同じ名前の", {"conditions": [("departments", "same_values", None)]}),
                   ("担当課が異なる", {"conditions": [("departments", "not_same_values", None)]}),
                   ("担当部署が両市で異なる", {"conditions": [("departments", "not_same_values", None)]}),
                   ("担当部署が甲市と乙市で同じ名前の", {"conditions": [("departments", "same_values", None)]}),
                   ("甲市と乙市で担当課の名前がおなじ", {"conditions": [("departments", "same_values", None)]}),
                   ("両市で担当課がちがう", {"conditions": [("departments", "not_same_values", None)]}),
                   ("甲市と乙市の担当部署が違っている", {"conditions": [("departments", "not_same_values", None)]}),
                   ("甲市と乙市で同じ名前の課が担当している", {"conditions": [("departments", "same_values", None)]}),
                   ("甲市と乙市で担当課の名前が完全一致してる", {"conditions": [("departments", "same_values", None)]}),
                   ("甲市と乙市で担当部署の名前が同じになってる", {"conditions": [("departments", "same_values", None)]}))),
]
