"""A grade field of its own beside the record's own grade — the committee's grade an external review gave an item
(committee_grade, store/review_joins) — compared with that own grade, said of the committee alone, and said as
given or not given at all:
「委員会評価が担当課の評価より厳しかった」「委員会のほうが担当課より評価が高かった」「委員会でＢ評価だった」
「外部評価の対象にならなかった」「外部評価を受けていない」「委員会の評価も受けてる」.

The record's own grade is named by 総合評価 / 自己評価 or by the heading its document prints it under (担当課評価,
lexicon.grade_headings, read from the index) with or without its 評価. Every rule produces nothing where the index
holds no such field (ctx.all_fields), so other editions read as before."""
from __future__ import annotations

import re
import unicodedata

from assistant.kinds.registry import record_kinds
from assistant.kinds.spec import Field
from assistant.labels import field_label
from assistant.query.answer import Condition
from assistant.query.grammar import GRADE, Context, Production, Rule, grade_word

# The grade fields given by a review, not by the record's own document: their words.
_REVIEW_FIELDS = ("committee_grade",)


# (the words the committee's grade is said by that the initiatives' committee score declares too: read here only)
_SHARED_WORDS = ("委員会評価", "委員会の評価", "外部評価")


def _review_words() -> dict[str, str]:
    words = {w: f.name for rk in record_kinds().values() for f in rk.fields
             if isinstance(f, Field) and f.name in _REVIEW_FIELDS for w in (f.label, *f.words)}
    return {**words, **{w: _REVIEW_FIELDS[0] for w in _SHARED_WORDS}}


_WORDS = _review_words()
# (「外部評価」 reaches the rules as 委員評価, the committee's score's word (business_words): on items holding no such
# score but the committee's grade, it is that grade)
_SCORE_WORD = "委員評価"
# (the body alone names its grade where a grade or a comparison of grades follows: 「委員会でＢ評価」「委員会のほうが…高かった」)
_BODY = r"(?:行政評価)?委員会"
_SAID = "|".join(re.escape(w) for w in sorted((*_WORDS, _SCORE_WORD), key=len, reverse=True))
_OWN_FIXED = ("総合評価", "自己評価")
_SECTION_WORDS = frozenset(w for rk in record_kinds().values() if rk.name == "practice" for f in rk.fields
                           if isinstance(f, Field) and f.name == "departments" for w in f.words)


def _field(said: str, ctx: Context) -> str | None:
    fld = _WORDS.get(said) or (_REVIEW_FIELDS[0] if re.fullmatch(_BODY + r"(?:の評価)?", said) else None)
    if said == _SCORE_WORD:
        held = ctx.lex.columns.get("practice", set())
        fld = _REVIEW_FIELDS[0] if "committee_score" not in held else None
    return fld if fld and fld in ctx.all_fields else None


def _own(said: str, ctx: Context) -> bool:
    """Whether the words name the record's own grade: 総合評価, 自己評価 or its document's heading (担当課評価, 担当課)."""
    said = re.sub(r"(?:の)?評価$", "", said) or said
    headings = {re.sub(r"評価$", "", w) for w in getattr(ctx.lex, "grade_headings", {})} - {""}
    if headings & _SECTION_WORDS:
        # (a heading naming the section in charge, 所管課評価, is said by any word for it: 担当課の評価)
        headings |= _SECTION_WORDS
    return said in {re.sub(r"評価$", "", w) for w in _OWN_FIXED} | headings


_HIGHER = ("高", "良", "上", "甘")


def _compared(m: re.Match, ctx: Context) -> Production | None:
    """「委員会評価が担当課の評価より厳しかった」: the review's grade worse (厳しい, 低い) or better than the record's own."""
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("a2"), m.group("b2"))
    fld = _field(a, ctx)
    if fld is None or not _own(b, ctx):
        return None
    word = m.group("cmp") or m.group("cmp2")
    op = "grade_gt" if word.startswith(_HIGHER) else "grade_lt"
    label = f"{field_label(fld)} {'>' if op == 'grade_gt' else '<'} 総合評価（A > B > C > D）"
    return Production([Condition(fld, op, "overall", label)], hints={"practice"})


def _body_grade(m: re.Match, ctx: Context) -> Production | None:
    """「委員会でＢ評価だった」「外部評価がＤ」: the review's grade said of the body alone, or by the score's word."""
    fld = _field("委員会" if m.group(1) else _SCORE_WORD, ctx)
    if fld is None:
        return None
    grade = grade_word(unicodedata.normalize("NFKC", m.group(1) or m.group(2)).upper())
    return Production([Condition(fld, "=", grade, f"{field_label(fld)} = {grade}")], hints={"practice"})


def _given(m: re.Match, ctx: Context) -> Production | None:
    """「外部評価を受けていない」「外部評価の対象にならなかった」「委員会の評価も受けてる」: the review's grade given or not."""
    fld = _field(m.group("f"), ctx)
    if fld is None:
        return None
    given = m.group("no") is None
    label = f"{field_label(fld)} {'あり' if given else 'なし（対象外）'}"
    return Production([Condition(fld, "evaluated" if given else "not_evaluated", None, label)], hints={"practice"})


_CMP = r"(?:厳し|高|低|良|悪|甘|上|下)(?:い|かった|く(?:なって(?:い)?る|なった)|め)?"

def _named(m: re.Match, ctx: Context) -> Production | None:
    """「委員会評価がＤ」「外部評価でＣ以下」: the review's grade, or a bound on it in the A > B > C > D order."""
    from assistant.query.grammar.grades import _bounded, _held

    fld = _field(m.group("f"), ctx)
    if fld is None:
        return None
    grade = grade_word(unicodedata.normalize("NFKC", m.group("g")).upper())
    if m.group("cmp"):
        grades = _bounded(grade, m.group("cmp"), m.string, ctx.grade_scale, _held(ctx))
        if grades is None:
            return None
        return Production([Condition(fld, "in", grades, f"{field_label(fld)} ∈ {'/'.join(grades) or '（なし）'}")],
                          hints={"practice"})
    return Production([Condition(fld, "=", grade, f"{field_label(fld)} = {grade}")], hints={"practice"})


RULES: list[Rule] = [
    Rule("review_grade_named",
         r"(?P<f>" + _SAID + r")(?:では|が|は|で|も)?\s*(?P<g>[A-DＡ-Ｄ])(?![A-Za-zＡ-Ｚａ-ｚ])(?:評価)?"
         r"(?P<cmp>以上|以下|未満|より(?:上|下|良い|悪い|高い|低い))?",
         _named,
         examples=(("委員会評価がDだった", {"conditions": [("committee_grade", "=", "D")]}),
                   ("外部評価でC以下", {"conditions": [("committee_grade", "in", ["C"])]}),
                   ("委員会評価が3.5未満", None))),
    Rule("review_grade_compared",
         r"(?P<a>" + _SAID + "|" + _BODY + r")(?:の評価)?(?:の方が|のほうが|が|は)\s*(?P<b>[一-龥ァ-ヶー]{2,8}?)(?:の評価)?(?:より|よりも|に比べて|と比べて)(?:も)?[、,]?\s*"
         r"(?:評価(?:が|は))?\s*(?P<cmp>" + _CMP + r")"
         r"|(?P<b2>[一-龥ァ-ヶー]{2,8}?)(?:の評価)?(?:より|よりも|に比べて|と比べて)(?:も)?[、,]?\s*(?P<a2>" + _SAID + "|" + _BODY + r")(?:の評価)?"
         r"(?:の方が|のほうが|が|は)\s*(?:評価(?:が|は))?\s*(?P<cmp2>" + _CMP + r")",
         _compared,
         examples=(("委員会評価が総合評価より厳しかった", {"conditions": [("committee_grade", "grade_lt", "overall")]}),
                   ("委員会のほうが自己評価より評価が高かった", {"conditions": [("committee_grade", "grade_gt", "overall")]}),
                   ("総合評価より外部評価のほうが低い", {"conditions": [("committee_grade", "grade_lt", "overall")]}),
                   ("委員会評価が進捗度より高い", None))),
    Rule("review_body_grade",
         r"(?:" + _BODY + r"(?:で|では|から)(?:は)?\s*" + GRADE + r"(?:評価|判定)|" + _SCORE_WORD + r"(?:が|は|で|では)\s*" + GRADE + r"(?!\s*(?:以上|以下|未満|より)))",
         _body_grade,
         examples=(("委員会でB評価だった", {"conditions": [("committee_grade", "=", "B")]}),
                   ("委員会ではA評価", {"conditions": [("committee_grade", "=", "A")]}),
                   ("外部評価がDだった", {"conditions": [("committee_grade", "=", "D")]}))),
    Rule("review_grade_given",
         r"(?P<f>" + _SAID + "|" + _BODY + r"の評価)(?:の対象)?(?:を|も|に|が|は)?\s*"
         r"(?:(?P<no>受けて(?:い)?ない|受けなかった|受けていなかった|なら(?:なかった|ない)|なって(?:い)?ない|(?:つ|付)いて(?:い)?ない|されて(?:い)?ない|されなかった)"
         r"|受けて(?:い)?る|受けた|なった|なって(?:い)?る|(?:つ|付)いて(?:い)?る|された|されて(?:い)?る)",
         _given,
         examples=(("外部評価を受けていない", {"conditions": [("committee_grade", "not_evaluated", None)]}),
                   ("外部評価の対象にならなかった", {"conditions": [("committee_grade", "not_evaluated", None)]}),
                   ("委員会の評価も受けてる", {"conditions": [("committee_grade", "evaluated", None)]}),
                   ("外部評価を受けた", {"conditions": [("committee_grade", "evaluated", None)]}))),
]
