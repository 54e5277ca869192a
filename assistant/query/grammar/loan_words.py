"""Phrasings of English words and loanwords typed among Japanese (「grade C」「item 20」「only」「C スタート」), each
rewritten to the Japanese the grammar's rules read. A small table: a word not in it is left as typed, and the
grammar then says it could not use it (partial), never drops it silently. They run on the normalised question
(NFKC: 「Ｇｒａｄｅ」 is Grade), before sql_words' own (「が C」 closed up there)."""
from __future__ import annotations

import re

# A grade letter standing alone (not the start of a word: 「Cランク」 is read by the grades' rules as it is).
_GRADE = r"[A-D](?![A-Za-z])"
# A fiscal year as typed (R2, 令和2年度, 2020年度).
_YEAR = r"(?:(?:令和|平成|[RH])\s*(?:元|\d{1,2})(?:\s*年度)?(?!\d)|(?:19|20)\d{2}\s*年度)"

# English word → what it says in the grammar's Japanese ("" where the word only names what follows).
_WORDS: dict[str, str] = {
    "grade": "",  # 「grade C」: the grade letter itself
    "rank": "",
    "item": "No.",  # 「item 20」: the record numbered 20
    "only": "だけ",  # 「A only」
}


def loan_word_phrasings():
    """The phrasings (a function: phrasings.py imports this module while it defines Phrasing)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        # 「総合評価 grade A」「が grade C」: the word grade before a letter names the letter as a grade.
        Phrasing("grade_word_before_letter", r"(?<![A-Za-z])(?:grade|rank)\s*(?=" + _GRADE + ")", _WORDS["grade"],
                 flags=re.I,
                 examples=(("R2～R5 のどこかで一度でも grade C がついた実践項目", "R2～R5 のどこかで一度でも C がついた実践項目"),
                           ("総合評価 Grade A のみで", "総合評価 A のみで"))),
        # 「item 20 の委員評価」「Item #7」: a record asked by its number.
        Phrasing("item_number", r"(?<![A-Za-z])item\s*(?:No\.?|#)?\s*(?=\d)", _WORDS["item"],
                 flags=re.I,
                 examples=(("item 20 の委員評価は？", "No.20 の委員評価は？"),
                           ("Item #7 の実践項目", "No.7 の実践項目"))),
        # 「A only」「(環)のonly」: only after what it limits is だけ (typed first, 「only A」, it is left to be said unused).
        Phrasing("only_after", r"(?:(?<=\S)\s+|(?<=[^\sA-Za-z]))only(?![A-Za-z])", _WORDS["only"], flags=re.I,
                 examples=(("総合評価が A only の実践項目", "総合評価が Aだけ の実践項目"),
                           ("R6 まで続いたの only", "R6 まで続いたのだけ"))),
        # 「R2 が C スタートだった」: a year's grade the item started with is that grade in that year, the item
        # begun that year (no grade before it).
        Phrasing("grade_start_in_year",
                 r"(?P<year>" + _YEAR + r")\s*(?:が|は|で|に)\s*(?P<grade>" + _GRADE + r")\s*(?:評価)?\s*(?:で)?\s*"
                 r"(?:スタート|始まり|出発)\s*(?:だった|した|して(?:いる|る)|の|で)?",
                 lambda m: f"{m.group('year')}が{m.group('grade')}で{m.group('year')}から始まった",
                 examples=(("R2 が C スタートだった実践項目", "R2がCでR2から始まった実践項目"),
                           ("令和3年度はBスタートの実践項目", "令和3年度がBで令和3年度から始まった実践項目"))),
        # 「ネット申請できるもの」「インターネットで申請できる」: what the offices write 電子申請 (「電子申請できる手続一覧」)
        Phrasing("net_application", r"(?:インター)?ネット(?:で|から)?の?\s*申請", "電子申請", tables=True,
                 examples=(("施設予約でネット申請できるものは？", "施設予約で電子申請できるものは？"),
                           ("インターネットで申請できる手続", "電子申請できる手続"))),
        # 「定員をオーバーしてる」「予算オーバーの」: going over what follows を is exceeding it (超えて).
        Phrasing("over_as_exceed",
                 r"(?<=を)\s*オーバー\s*(?P<end>して(?:いる|る|いた|た)?|する|した|しそう)",
                 lambda m: "超え" + {"する": "る", "した": "た", "しそう": "そう"}.get(m.group("end"),
                                                                              m.group("end")[1:] if m.group("end").startswith("し") else m.group("end")),
                 examples=(("在籍児童数が定員をオーバーしてる園", "在籍児童数が定員を超えてる園"),
                           ("予算をオーバーした事業", "予算を超えた事業"))),
    )
