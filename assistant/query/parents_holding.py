"""「総合評価Cの実施項目を含んでいる重点取組はどれ？」: the parent records (取組項目) holding some child records (実践項目)
the question's conditions pick (or only such children: 「属する実践項目が全部総括A評価の取組項目」) — read as the children first (「総合評価Cの実施項目は？」), then the records they belong
to, as 「委員評価がいちばん高かった取組項目の実践項目」 is read the other way (conversation._of_the_top_ones).
None when the question is not so, or its child part is not read whole."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.answer import Condition, Query
from assistant.query.compiled import compiled
from assistant.query.vocabulary import KIND_WORDS, LINKS
from assistant.text.normalize import nfkc

# 「<children>を含む／含んでいる／持つ／抱える <parent>」「<children>がある <parent>」
# (「…を1件以上抱える」「…をひとつでも含む」: at least one, which holding already says)
_AT_LEAST_ONE = r"(?:(?:1|一|ひと)(?:件|つ|個|項目)(?:以上|でも)|少なくとも(?:1|一|ひと)(?:件|つ|個))?\s*"
# (「D評価の取組が残っている基本方針」: an item still so graded is one the group holds)
_HOLDING = (r"(?:を|が)?\s*" + _AT_LEAST_ONE + r"(?:含む|含んでいる|含んでる|含んだ|持つ|持っている|抱える|抱えている|ある|入っている|入ってる"
            r"|残っている|残ってる|残る)\s*")
_HOLDING_VERB = compiled(r"含む|含んで|含んだ|持つ|持って|抱え|ある|入って|残って|残る")  # (without one, no pair can match)


def _words(lexicon) -> tuple[tuple[str, str], ...]:
    """(word, kind) of every kind word, the documents' own (実施項目 for 実践項目) too, longest first."""
    kinds = dict(KIND_WORDS)
    own = [(word, kinds[canon]) for word, canon in (getattr(lexicon, "item_words", {}) or {}).items() if canon in kinds]
    return tuple(sorted(list(KIND_WORDS) + own, key=lambda wk: -len(wk[0])))


@lru_cache(maxsize=16)
def _linked(words: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str, str], ...]:
    """(child word, child, parent word, parent) of every linked pair of kind words (about a hundred)."""
    linked = {(parent, child) for (parent, child), held in LINKS.items() if held == parent}
    # (only the words of kinds that are a parent, or a child, of some kind are paired: pairing all of some 80
    # words with each other was about 1 ms of every process that reads a question)
    parents = [(word, kind) for word, kind in words if any(kind == p for p, _ in linked)]
    return tuple((child_word, child, parent_word, parent)
                 for child_word, child in words if any(child == c for _, c in linked)
                 for parent_word, parent in parents if (parent, child) in linked)


def _pairs(words: tuple[tuple[str, str], ...], said: str):
    """(child word, child, parent word, parent, holding pattern, lacking pattern, none-of pattern) of the linked
    pairs whose child word the question says: every reading here needs it. Only those pairs' patterns are
    compiled: compiling all of them (some 300) cost each `gyokaku ask` process half a second (issue 16)."""
    for child_word, child, parent_word, parent in _linked(words):
        if child_word in said:
            yield (child_word, child, parent_word, parent, *_patterns(child_word, parent_word))


@lru_cache(maxsize=256)
def _patterns(child_word: str, parent_word: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    return (compiled(re.escape(child_word) + _HOLDING + r"(?P<parent>" + re.escape(parent_word) + r")"),
            compiled(_LACKING.replace("{child}", re.escape(child_word)).replace("{parent}", re.escape(parent_word))),
            compiled(r"(?<![一-龥々ァ-ヶー])" + re.escape(child_word) + _NONE_OF + r"(?P<parent>"
                     + _parent_forms(parent_word) + r")"))


def _parent_forms(word: str) -> str:
    """The parent's word, and said short without its 項目 (取組項目 as 取組) beside the children's."""
    short = word[:-2] if word.endswith("項目") and len(word) > 3 else ""
    return re.escape(word) + (f"|{re.escape(short)}(?![一-龥々ァ-ヶー])" if short else "")


def parents_holding(assistant, question: str) -> Query | None:
    """The query of the parents holding the children the question's first part names (their keys), or None."""
    said = nfkc(question)
    if not _HOLDING_VERB.search(said):
        return None
    context = getattr(assistant, "context", None)
    for child_word, child, parent_word, parent, holding, _, _ in _pairs(_words(assistant.lexicon), said):
        first_said = _parent_first(assistant, said, child_word, child, parent_word, parent)
        if first_said is not None:
            return first_said
        m = holding.search(said)
        narrowing = None
        if not m and context is not None and context.target == parent:
            # (「そのうち、2028年度に◎の実施項目があるのは？」 after a list of the parents: those of them holding such children)
            narrowing = _NARROWING.match(said.replace(child_word, "\x00", 1))
            if narrowing:
                before = narrowing.group("before")
        if narrowing is None and (not m or not said[:m.start()].strip(" 、,")):
            continue
        if narrowing is None:
            before = said[:m.start()]
        asked = f"{before}{child_word}は？"
        part = assistant.parser.parse(asked)
        if part.target != child or part.unused or part.aggregate or part.value_field or not part.conditions \
                or child not in assistant.executor.tables or parent not in assistant.executor.tables:
            return None
        saved = dict(assistant.__dict__)  # (the children's turn is no turn of the conversation)
        first = assistant._ask(asked)
        assistant.__dict__.clear()
        assistant.__dict__.update(saved)
        rows = [r for r in first.rows if isinstance(r, dict)]
        keys = sorted({str(r.get(f"{parent}_key")) for r in rows if r.get(f"{parent}_key")})
        if first.status != "exact" or first.error or not rows or not keys:
            return None
        said_of = "・".join(str(u.get("label")) for u in first.understood
                            if isinstance(u, dict) and u.get("label") and u.get("field") not in ("source", "text"))
        said_of = said_of or before.strip(" 、,")  # (a keyword's condition has no label of its own)
        held = Condition("key", "in", keys, f"{said_of}の{child_word}を含む{parent_word}（{len(rows)}件の{child_word}から）")
        if narrowing is not None:
            return Query(question=question, target=parent, conditions=[*context.conditions, held])
        rest = _parents_part(assistant, parent, parent_word, said[m.end("parent"):])
        if rest is False:
            return None  # (the parents' own conditions, not read whole: the question is read as a whole)
        if rest is not None:  # 「…を持つ取組項目のうち、委員評価が4.4点未満のもの」: the parents' own conditions too
            rest.question, rest.conditions = question, [held, *rest.conditions]
            return rest
        return Query(question=question, target=parent, conditions=[held])
    return None


# 「施設テーマの取組項目のうち、取組終了が空欄の実践項目を持っているもの」「自己評価がBの取組項目なのに、総合評価がAの
# 実践項目を含んでいるものは？」: the parents' own conditions said first, the children they hold after.
_PARENT_FIRST = (r"^(?P<own>.+?)(?P<parent>{parent})\s*(?:のうち|の中で|の中から|なのに|だけど|で)\s*[、,]?\s*(?P<before>\S.*?)"
                 r"(?<![一-龥々ァ-ヶー])(?P<child>{child})" + _HOLDING + r"(?:もの|の|やつ)\s*(?:は|って)?\s*(?:どれ|どこ|何)?\s*"
                 r"(?:ですか|でしょうか)?\s*[?？。]?\s*$")


def _parent_first(assistant, said: str, child_word: str, child: str, parent_word: str, parent: str) -> Query | None:
    """The parents the first part names (their own conditions) holding the children the second part names, each
    part read whole and exactly, or None."""
    m = compiled(_PARENT_FIRST.replace("{parent}", re.escape(parent_word)).replace("{child}", re.escape(child_word))).match(said)
    if not m or child not in assistant.executor.tables or parent not in assistant.executor.tables:
        return None
    own = assistant.parser.parse(f"{m.group('own')}{parent_word}は？")
    if own.target != parent or own.unused or own.aggregate or own.value_field or not own.conditions:
        return None
    held = parents_holding(assistant, f"{m.group('before')}{child_word}を含む{parent_word}は？")
    if held is None or held.target != parent or len(held.conditions) != 1:
        return None
    own.question, own.conditions = said, [*own.conditions, *held.conditions]
    return own


def _parents_part(assistant, parent: str, parent_word: str, rest: str) -> Query | None | bool:
    """What the words after the parents' word ask of the parents themselves (「のうち、委員評価が4.4点未満のもの」):
    their query when it says something, None when it says nothing, False when it is not read whole."""
    if not _SAYS_MORE.search(rest):
        return None
    part = assistant.parser.parse(f"{parent_word}{rest}")
    if not (part.conditions or part.aggregate or part.value_field):
        return None
    if part.target != parent or part.unused:
        return False
    return part


# Words after the parents' word that may say more of them (a condition, a count): any but the asking ending.
_SAYS_MORE = compiled(r"[一-龥ァ-ヶA-Za-z0-9]")


# 「そのうち、2028年度に◎の実施項目があるのは？」: the children (\x00 stands for their word) held by the parents listed before.
_NARROWING = compiled(r"^\s*(?:そのうち|その中で|そのなかで|うち|この中で|このうち)\s*[、,]?\s*(?P<before>\S.*?)\x00\s*"
                        r"(?:を|が)\s*(?:含む|含んでいる|含んでる|持つ|持っている|ある|あった|入っている|入ってる)\s*"
                        r"(?:の|もの)\s*(?:は|って)?\s*(?:どれ|どこ|何)?\s*(?:ですか|でしょうか)?\s*[?？]?\s*$")


# 「石川会長が意見を出していない基本方針」: <who>が<children>を<verb>ていない<parent>.
_LACKING = (r"(?P<who>[一-龥ァ-ヶー]{2,12}?)\s*(?:が|は)\s*(?P<child>{child})\s*(?:を|は)?\s*"
            r"(?:出して|出し|述べて|言って|書いて|付けて|つけて)(?:い)?(?:ない|ません)\s*(?P<parent>{parent})")
# 「総括でAの項目が一個もない取組」「C評価の実践項目を含まない取組項目」: none of the children the words before name.
_NONE_OF = (r"\s*(?:(?:が|は)?\s*(?:一つも|ひとつも|1つも|一個も|1個も|いっこも|一件も|1件も)\s*(?:ない|無い|なし)"
            r"|を?\s*(?:(?:一つも|ひとつも|1つも|一個も|1個も|いっこも|一件も|1件も)\s*)?"
            r"(?:含まない|含んでいない|含んでない|持たない|持っていない|持ってない|抱えていない|抱えてない))\s*")
_LACKING_VERB = compiled(r"(?:出して|出し|述べて|言って|書いて|付けて|つけて)い?(?:ない|ません)"
                           r"|(?:一つも|ひとつも|1つも|一個も|1個も|いっこも|一件も|1件も)\s*(?:ない|無い|なし)"
                           r"|含まない|含んでいない|含んでない|持たない|持っていない|持ってない|抱えていない|抱えてない")


def parents_lacking(assistant, question: str) -> Query | None:
    """「石川会長が意見を出していない基本方針は？」: the parents of the children's documents that hold none of the
    children the first part names (「石川会長の意見は？」, read whole and exactly), or None."""
    said = nfkc(question)
    if not _LACKING_VERB.search(said):
        # (「ひとつもあらへん」「いっこもねえ」: said in a dialect, the verb is read as the rewritten question says it)
        from assistant.query.parse import normalize_question  # (parse imports this module)
        said = normalize_question(question)
        if not _LACKING_VERB.search(said):
            return None
    for child_word, child, parent_word, parent, _, lacking, none_of in _pairs(_words(assistant.lexicon), said):
        m = lacking.search(said)
        none_said = not m
        if m:
            asked = f"{said[:m.start()]}{m.group('who')}の{child_word}は？"
        else:
            m = none_of.search(said)
            aside = _aside_of_children(said, child_word, parent_word) if not m else None
            if aside is not None:
                # 「C評価が一つもない取組は？（R2〜R5と総括、項目ベースで）」: the children named only by the aside
                # (項目ベース), the years it says where the condition is sought
                before, span, parent_word = aside
                asked = f"{span + 'の' if span else ''}どこかで{before}の{child_word}は？"
            elif not m or not said[:m.start()].strip(" 、,"):
                continue  # (「実践項目が一つもない取組項目」, no condition before: a count of none, scores.py)
            else:
                asked = f"{said[:m.start()]}{child_word}は？"
                parent_word = m.group("parent")
        part = assistant.parser.parse(asked)
        if part.target != child or part.unused or part.aggregate or part.value_field or not part.conditions \
                or child not in assistant.executor.tables or parent not in assistant.executor.tables:
            return None
        saved = dict(assistant.__dict__)  # (the children's turn is no turn of the conversation)
        first = assistant._ask(asked)
        assistant.__dict__.clear()
        assistant.__dict__.update(saved)
        rows = [r for r in first.rows if isinstance(r, dict)]
        keys = sorted({str(r.get(f"{parent}_key")) for r in rows if r.get(f"{parent}_key")})
        sources = sorted({str(r.get("source")) for r in rows if r.get("source")})
        if first.status != "exact" or first.error or not rows or not keys or not sources:
            return None
        said_of = "・".join(str(u.get("label")) for u in first.understood
                            if isinstance(u, dict) and u.get("label") and u.get("field") not in ("source", "text"))
        # (the parents of the children's own documents: another document's records of the same numbers are no
        # parents the members could have spoken of)
        if none_said:  # (the parents of the plan the children belong to: those of the parents' documents)
            marks = ", ".join("?" * len(keys))
            sources = [str(r[0]) for r in assistant.db.execute(
                f"SELECT DISTINCT source FROM [{parent}] WHERE key IN ({marks})", keys).fetchall()]
        marks = ", ".join("?" * len(sources))
        held = [str(r[0]) for r in assistant.db.execute(
            f"SELECT key FROM [{parent}] WHERE source IN ({marks}) ORDER BY rowid", sources).fetchall()]
        lacking = [k for k in held if k not in keys]
        if not held:
            return None
        return Query(question=question, target=parent,
                     conditions=[Condition("key", "in", lacking,
                                           f"{said_of}の{child_word}がない{parent_word}（{len(rows)}件の{child_word}から）")])
    return None


# 「…が一つもない取組は？（R2〜R5と総括、項目ベースで）」: the parents' word with none of a condition, the children meant
# said only in an aside after the question (項目ベース, 実践項目単位), with the years the condition is sought in.
_ASIDE_NONE = (r"^\s*(?P<before>[^\s、,（(]{1,20}?)\s*(?:が|は)?\s*(?:一つも|ひとつも|1つも|一個も|1個も|一件も|1件も)\s*(?:ない|無い|なし)\s*"
               r"(?:の|もの)?\s*(?P<parent>{parent})\s*(?:は|って)?\s*(?:どれ|どこ|何)?\s*(?:ですか|でしょうか)?\s*[?？]?\s*"
               r"[（(](?P<aside>[^（()）]*)[)）]\s*[。.]?\s*$")
_CHILDREN_BASED = r"[、,]?\s*(?:{child}|項目)(?:ベース|単位|ごと|で見て|で数えて)で?(?:見て|数えて)?\s*"


def _aside_of_children(said: str, child_word: str, parent_word: str) -> tuple[str, str, str] | None:
    """(the condition said, the span the aside names, the parents' word as said) of 「…が一つもない<parents>（<span>、
    項目ベースで）」, or None when the question is not so."""
    m = re.match(_ASIDE_NONE.replace("{parent}", _parent_forms(parent_word)), said)
    if not m:
        return None
    # (「項目ベース」 says the children whose word ends so: 実践項目, not 委員の意見)
    said_child = re.escape(child_word) + ("|項目" if child_word.endswith("項目") else "")
    based = re.search(_CHILDREN_BASED.replace("(?:{child}|項目)", f"(?:{said_child})"), m.group("aside"))
    if not based:
        return None
    span = (m.group("aside")[:based.start()] + m.group("aside")[based.end():]).strip(" 、,")
    return m.group("before"), span, m.group("parent")


# 「属する実践項目が全部総括A評価の取組項目」「実践項目がいずれもBの取組」: parents every child of which the words between
# the quantifier and the parents' word pick.
_EVERY = r"(?:全部|すべて|全て|いずれも|どれも|みな|みんな|残らず|ことごとく)"
_EVERY_VERB = compiled(_EVERY)


def parents_of_every(assistant, question: str) -> Query | None:
    """The query of the parents all of whose children the question's condition picks (their keys), or None."""
    said = nfkc(question)
    if not _EVERY_VERB.search(said):
        return None
    for child_word, child, parent_word, parent, _, _, _ in _pairs(_words(assistant.lexicon), said):
        m = compiled(r"^\s*(?:(?:に)?(?:属する|属している|属してる|所属する|含まれる|含まれている|ぶら下がる|ぶら下がっている)\s*)?"
                     + re.escape(child_word) + r"\s*(?:が|は)\s*" + _EVERY + r"\s*(?P<cond>\S+?)\s*"
                     r"(?:の|な|である|だ|になっている|となっている|になってる)\s*(?P<parent>" + _parent_forms(parent_word) + r")").match(said)
        if not m:
            continue
        asked = f"{m.group('cond')}の{child_word}は？"
        part = assistant.parser.parse(asked)
        if part.target != child or part.unused or part.aggregate or part.value_field or not part.conditions \
                or child not in assistant.executor.tables or parent not in assistant.executor.tables:
            return None
        saved = dict(assistant.__dict__)  # (the children's turn is no turn of the conversation)
        first = assistant._ask(asked)
        assistant.__dict__.clear()
        assistant.__dict__.update(saved)
        rows = [r for r in first.rows if isinstance(r, dict)]
        picked = {str(r.get("key")) for r in rows}
        sources = sorted({str(r.get("source")) for r in rows if r.get("source")})
        if first.status != "exact" or first.error or not rows or not sources:
            return None
        # (every child of each parent, of the children's own documents: a parent is kept when none is left out)
        marks = ", ".join("?" * len(sources))
        children: dict[str, set[str]] = {}
        for key, owner in assistant.db.execute(
                f"SELECT key, [{parent}_key] FROM [{child}] WHERE source IN ({marks})", sources).fetchall():
            if owner:
                children.setdefault(str(owner), set()).add(str(key))
        keys = sorted(k for k, held in children.items() if held and held <= picked)
        said_of = "・".join(str(u.get("label")) for u in first.understood
                            if isinstance(u, dict) and u.get("label") and u.get("field") not in ("source", "text"))
        held = Condition("key", "in", keys, f"{child_word}がすべて{said_of or m.group('cond')}の{m.group('parent')}"
                                            f"（{len(rows)}件の{child_word}から）")
        rest = _parents_part(assistant, parent, parent_word, said[m.end("parent"):])
        if rest is False:
            return None
        if rest is not None:
            rest.question, rest.conditions = question, [held, *rest.conditions]
            return rest
        return Query(question=question, target=parent, conditions=[held])
    return None
