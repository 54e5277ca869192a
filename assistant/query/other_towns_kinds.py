"""A kind word as another municipality uses it: staff from elsewhere call a plan's items 事務事業 (「前の市では
実践項目のことを事務事業って呼んでた」), while the index's 事務事業 are the records of a 事務事業評価シート
(program). The word keeps its own kind wherever that kind can carry the question; it is read as the plan's items
only where

- the asker glosses it so (「実践項目のことを事務事業って呼んでた」「事務事業（＝実践項目）」), or
- its own kind cannot carry what the question says of it: a field the program records have none of but the items
  have (a year's grade, 総合評価, 合計, 取組終了: 「2021年度の評価がCだった事務事業」), a department or bureau
  no program record is held by but items are (「窓口サービス課が所管している事務事業」), or the word was not read
  as its own kind at all while the items' word is (「RPAの導入っていう施策にはどんな事務事業が」: records under
  a group of the plan),

and the answer says how it was read (「事務事業」を実践項目として読みました) — never silently."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.vocabulary import LINKS
from assistant.text.normalize import nfkc

# (word said, the kind it names in this index, the kind another town's word means, the index's word for that)
OTHER_TOWNS_KINDS = (("事務事業", "program", "practice", "実践項目"),
                     # (施策 is a field of the program records here, 「施策 経2-2 広域行政の推進」; the records sought
                     # as 施策, 「外部評価が4.0以上の施策」, are the plan's groups)
                     ("施策", "program", "initiative", "取組項目"))

# the word alone, not the name of the sheet or of its fields (事務事業評価シート, 事務事業コード, 事務事業名)
_ALONE = "{w}(?!評価|シート|コード|番号|名(?![一-龥々]))"
# 「実践項目のことを事務事業って呼んでた」「事務事業（＝実践項目）」「事務事業、つまり実践項目」
_GLOSS = ("{own}(?:のこと)?(?:を|は)?\\s*[「『]?{w}[」』]?\\s*(?:って|と)\\s*(?:呼|言|い|云)",
          "{w}\\s*[（(]\\s*[=＝]?\\s*{own}",
          "{w}[」』]?\\s*(?:、|,)?\\s*(?:つまり|すなわち|(?:こちら|ここ)での)\\s*{own}")


def _has_records(lex, kind: str) -> bool:
    return kind in lex.columns and max(getattr(lex, "kind_counts", {}).get(kind, {0}) or {0}) > 0


def _glossed(text: str, word: str, own: str) -> bool:
    return any(re.search(p.format(w=re.escape(word), own=re.escape(own)), text) for p in _GLOSS)


def _fields(q) -> list[str]:
    out = [c.field for c in q.conditions if isinstance(c.field, str)]
    out += [f for f in (q.agg_field, q.order_by, q.group_by, q.value_field) if isinstance(f, str) and f]
    return out


def _not_carried(q, lex, own_kind: str, other: str) -> bool:
    """Whether the question says of the word's own kind what only the other kind's records hold."""
    if any(c.field == f"@title:{own_kind}" for c in q.conditions):
        return False  # (「その事務事業の担当課は？埼玉東南部の連絡調整会議のやつ」: a record of its own kind named)
    mine = set(lex.columns.get(own_kind, ()))
    theirs = set(lex.columns.get(other, ()))
    # (a score asked with no field named, 「…の数が一番多い」 read as @score: the total, as the executor reads it)
    named = ["total" if f in ("@score", "@default") else f.lstrip("@") for f in _fields(q) if f and f != "text"]
    if any(f not in mine and f in theirs for f in named):
        return True  # (「総合評価がB」 said as @overall, the grade field's own name)
    for c in q.conditions:
        # (「RPAの導入の施策の事務事業」: records under a group the word's own kind is no part of)
        if _group_of(c, own_kind, other):
            return True
    for c in q.conditions:
        if c.field == "@dept" and isinstance(c.value, str):
            kinds = lex.departments.get(c.value, set())
            if other in kinds and own_kind not in kinds:
                return True
        if c.field == "@bureau" and isinstance(c.value, str):
            mark = f"({c.value})"
            held = {k for d in lex.full_departments if nfkc(d).startswith(mark)
                    for k in lex.departments.get(re.sub(r"^\([^)]*\)", "", nfkc(d)), set())}
            if other in held and own_kind not in held:
                return True
    return False


def _group_of(c, own_kind: str, other: str) -> bool:
    """A condition naming a group of the other kind's records the word's own kind is no part of."""
    if not (isinstance(c.field, str) and c.field.startswith("@title:")):
        return False
    group = c.field.split(":", 1)[1]
    return group not in (own_kind, other) and (group, other) in LINKS and (group, own_kind) not in LINKS


def _misread(q, lex, word: str, own_kind: str, other: str) -> bool:
    """Whether a parse of another kind than the word's own left the word unread: sought as a keyword (「財政テーマの
    施策」 read as 本文に「施策」), no kind read at all, or words left unread beside it."""
    if q.target in ("", "passage") or q.unused:
        return True
    if any(c.field == "text" and isinstance(c.value, str) and word in c.value for c in q.conditions):
        return True
    # (「委員評価が4.0以上だった施策」: the groups sought, asked the program's field 施策 they have none of)
    held = set(lex.columns.get(q.target, ()))
    return q.target == other and any(f and f in lex.columns.get(own_kind, ()) and f not in held
                                     for f in (q.value_field, q.group_by, q.order_by, q.agg_field))


def read_as_other_towns(question, whole, reparse, lex):
    """The question parsed with another town's kind word read as this index's (a note says so), or `whole`."""
    if not isinstance(question, str) or lex is None or not getattr(lex, "columns", None):
        return whole
    said_now, read = question, []
    for word, own_kind, other, own_word in OTHER_TOWNS_KINDS:
        # (one word read, the next is read in the text so read: 「ぶら下がっている事務事業の数が一番多い施策」)
        text = nfkc(said_now)
        alone = compiled(_ALONE.format(w=re.escape(word)))
        if not alone.search(text) or not _has_records(lex, own_kind) or not _has_records(lex, other) \
                or word in getattr(lex, "item_words", {}) or word in getattr(lex, "item_word_sources", {}):
            continue  # (a town whose documents call their items so: the word is theirs, read as it is)
        glossed = _glossed(text, word, own_word)
        if not glossed and own_word in text:
            continue  # (both words said, neither glossed as the other: each names its own kind)
        # (「職員人材育成と働き方改革の施策の事務事業」: words sought in the program's text that, read so, name a group
        # of the items, which the program records are no part of: tried, kept only if they do)
        named_group = not glossed and whole.target == own_kind and not _not_carried(whole, lex, own_kind, other) \
            and any(c.field == "text" and c.op == "match" for c in whole.conditions)
        if not glossed and whole.target == own_kind and not named_group and not _not_carried(whole, lex, own_kind, other):
            continue
        if not glossed and whole.target != own_kind and not _misread(whole, lex, word, own_kind, other):
            continue  # (「公募委員の意見はどの施策が対象？」: read as what the opinions cite, a field they have)
        said = said_now if word in said_now else text
        if glossed:  # (the sentence glossing the word is no part of what is asked)
            parts = [p for p in re.split(r"(?<=[。？?！!…])", said) if p.strip()]
            kept = [p for p in parts if not _glossed(nfkc(p), word, own_word)]
            said = "".join(kept) if kept and len(kept) < len(parts) else said
        said = alone.sub(own_word, said)
        alt = reparse(said)
        if alt.target != other and not (glossed or whole.target == own_kind) \
                or alt.target in ("", "passage") or len(alt.unused) > len(whole.unused) + (1 if glossed else 0):
            continue
        if not glossed and whole.target != own_kind and alt.target != other:
            continue
        if named_group and not any(_group_of(c, own_kind, other) for c in alt.conditions):
            continue
        whole, said_now = alt, said
        read.append(f"「{word}」を{own_word}として読みました")
    if read:
        whole.question = question
        whole.notes[:0] = read
    return whole
