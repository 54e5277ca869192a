"""Negations no rule of their own took: a negated verb right after a name or a keyword negates it
(納税部会に属さない, ふるさと納税に触れていない, 財政が含まれない)."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.query.grammar.canon import Canon

# Particles between the negated word and its verb.
_BETWEEN = compiled(r"(?:の(?:担当|所管|管轄))?(?:について|に関して|に関する|には|にも|では|じゃ|に|を|が|は|も|と|で)?$")
# 「一回も出てこない」「まったく触れていない」: never once, said between the word and its negated verb.
NEVER = r"(?:一回も|一度も|1回も|1度も|全く|まったく|全然|ぜんぜん|どこにも|どこでも)"
_NEVER_AT_END = compiled(NEVER + r"\s*$")
# 「ふるさと納税とクラウドファンディング、どっちも出てこない」: each of the listed words, said before the verb.
_EACH_OF_LISTED = compiled(r"(?:[、,]\s*)?(?:どっちも|どちらも|いずれも|両方とも|両方|どれも|ともに)\s*$")
_LIST_JOIN = compiled(r"(?:と|や|、|,|・|とか)\s*$")
ATTACHABLE = ("", "include")  # verbs with a meaning of their own (終了していない) have their rules


def noun_before(canon: Canon, free: str, pos: int, gap: str) -> tuple[int, int] | None:
    """The run of unconsumed nouns that ends just before `pos` (particles skipped), as (start, end)."""
    never = _NEVER_AT_END.search(free[:pos])
    pos = never.start() if never else pos
    m = _BETWEEN.search(free[:pos])
    end = m.start() if m else pos
    start = end
    for morph in reversed(canon.morphemes):
        if morph.end > start:
            continue
        if morph.end < start:
            break
        noun = not morph.predicate and (morph.pos[0] == "名詞" and morph.pos[1] != "代名詞" or morph.pos[0] == "接尾辞")
        if not noun or gap in free[morph.start:morph.end]:
            break
        start = morph.start
    return (start, end) if start < end else None


# Verbs that say a text mentions a word (触れていない, 出てこない, 書かれていない): only these make a
# keyword before them sought to be absent. 「評価が一度も変わらなかった」 is not about the word 一度.
MENTION = {"触れる", "出る", "出てくる", "書く", "言及", "記載", "記述", "含む", "含める", "含まれる", "入る", "使う", "用いる",
           "活用", "利用", "扱う", "取り上げる", "載る", "登場", "述べる", "挙げる", "示す", "関する", "ある", "盛り込む",
           "導入", "見る", "現れる", "言う", "話す", "語る", "指摘", "記す", "関わる", "係る"}


def negations(canon: Canon, free: str, gap: str, mention: bool = False) -> list[tuple[int, int]]:
    """Unconsumed negated verbs that may negate what stands before them, as (start, end); with
    `mention`, only the verbs saying a text mentions something."""
    return [(m.start, m.end) for m in canon.morphemes
            if m.negated and m.concept in ATTACHABLE and gap not in free[m.start:m.end]
            and (not mention or m.lemma in MENTION or m.concept == "include")]


def listed_before(canon: Canon, free: str, pos: int, gap: str) -> list[tuple[int, int]]:
    """「AとB、どっちも出てこない」: the runs of nouns listed before 「どっちも」 that ends just before `pos`, as
    (start, end), in the order said; [] when no such list stands there."""
    each = _EACH_OF_LISTED.search(free[:pos])
    if not each:
        return []
    out: list[tuple[int, int]] = []
    end = each.start()
    while (span := noun_before(canon, free, end, gap)) is not None:
        out.insert(0, span)
        join = _LIST_JOIN.search(free[:span[0]])
        if not join:
            break
        end = join.start() if join.group(0).strip() in ("、", ",", "・", "や", "とか") else span[0]
    return out if len(out) >= 2 else []
