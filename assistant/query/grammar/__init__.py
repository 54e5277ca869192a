"""The question grammar: rules as data (name, pattern, production, examples), grouped by topic.

A rule's pattern is a regular expression over the canonical question text (see canon.py: NFKC,
kanji numerals, and every known predicate rewritten to one written form with its negation kept), with
placeholders for the shared pieces ({YEAR}, {GRADE}, {NEG}, ...). Its production turns a match into
conditions and query settings. Patterns are compiled once, on first use. The examples of every rule
are run by tests/query/test_grammar_rules.py; a misread question is fixed by finding its rule and
adding an example.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable

from assistant.query.answer import Condition
from assistant.query.compiled import compiled
from assistant.query.once import once
from assistant.kinds.registry import year_fields

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.lexicon import Lexicon

# Shared pieces of patterns. A year of any era and any number of digits; never a month date.
YEAR = (r"(?:(?:令和|平成|(?<![A-Za-z])[RrHh])\s*(?:元|\d{1,3})(?![\d.])(?:\s*年度|\s*年(?!\s*\d{1,2}\s*月))?"
        r"|(?<!\d)(?:19|20|21)\d{2}\s*年度)")
# A grade letter, or a mark of a document's own scale (◎○△×: a report may grade its years so, its legend
# saying the order); a mark is compared as it is printed, and ranked only by its document's legend.
# S is a letter of such a scale (S > A > B > C, the legend listing it first): ranked by that legend too.
# (a letter inside a word of letters is none: the D of DX推進課, the C of ICT)
GRADE = r"(?<![A-Za-zＡ-Ｚａ-ｚ])([A-DSＡ-ＤＳ◎○〇◯△×\ue000-\ue0ff])(?![A-Za-zＡ-Ｚａ-ｚ])"
# A grade a report prints as a word (達成 / 概ね達成 / 未達成: the index's grade_words) stands in the question
# as one character of this private range while the rules read it, so that every rule reading a {GRADE}
# reads it too; grade_word() gives the word back.
WORD_MARK = 0xE000
_WORDS: ContextVar[tuple[str, ...]] = ContextVar("grade_words", default=())


def mark_grade_words(text: str, words: tuple[str, ...]) -> tuple[str, list[tuple[int, int, str]]]:
    """The question with each grade word (longest first) as its mark, and where each mark stands with the
    word as written; the words are kept for grade_word()."""
    _WORDS.set(words)
    if not words or not any(w in text for w in words):
        return text, []
    from assistant.query.grammar.canon import CONCEPTS

    pattern = re.compile("|".join(map(re.escape, words)))
    out, spans, at = [], [], 0
    for m in pattern.finditer(text):
        if m.group() in CONCEPTS and text[m.end():m.end() + 1] in ("し", "す", "さ", "せ"):
            continue  # 「R4に完了した」: a verb the grammar reads as such (a grade 完了 is said without する)
        if _IN_COMPOUND.match(text[m.start() - 1:m.start()]) or (
                _IN_COMPOUND.match(text[m.end():m.end() + 1]) and not _AFTER_GRADE.match(text, m.end())):
            continue  # 達成率, 目標達成度: a word of its own that holds the grade's word
        if _MENTIONED.match(text, m.end()):
            continue  # 「令和6年度の遅れに触れている意見」: a word the text mentions, no grade
        out.append(text[at:m.start()])
        spans.append((sum(map(len, out)), m.group()))
        out.append(chr(WORD_MARK + words.index(m.group())))
        at = m.end()
    out.append(text[at:])
    return "".join(out), [(i, i + 1, w) for i, w in spans]


_IN_COMPOUND = compiled(r"[一-龥々ァ-ヶー]")
_MENTIONED = compiled(r"\s*(?:に|について|のことに)\s*(?:は|も)?\s*(?:触れ|ふれ|言及)")
# What may follow a grade word said as a grade (「概ね達成以上」「達成評価」).
_AFTER_GRADE = compiled(r"以上|以下|未満|評価|判定|以外")


def said_as_marks(text: str, lex: "Lexicon") -> str:
    """The question with each meaning a report's legend gives a mark of its scale (「◎：順調 ○：概ね順調 △：遅れ」,
    lexicon.mark_meanings), said as a grade, written as that mark (longest first: 概ね順調 is ○, not 概ね◎):
    「R6で遅れの取組」 asks the items graded △ in R6. A word inside a longer one (遅れている理由, 順調に推移) is left."""
    meanings = lex.mark_meanings if "practice" in lex.columns else {}
    if not meanings or not any(w in text for w in meanings):
        return text
    # (「「遅れ」になっている」: quoted, the mark without the brackets)
    pattern = re.compile("[「『](" + "|".join(map(re.escape, meanings)) + ")[」』]|(" + "|".join(map(re.escape, meanings)) + ")")

    def swap(m: re.Match) -> str:
        if m.group(1):
            return meanings[m.group(1)]
        before, after = m.string[max(0, m.start() - 1):m.start()], m.string[m.end():m.end() + 2]
        if _IN_COMPOUND.match(before) or _IN_COMPOUND.match(after[:1]) and not _AFTER_GRADE.match(after) \
                or _MENTIONED.match(m.string, m.end()) or _REASON.match(m.string, m.end()):
            return m.group()
        return meanings[m.group(2)]
    # (「順調と評価された」 is 「◎と評価された」 now: the grade said with the verb of grading, as phrasings read it)
    return compiled(GRADE_EVALUATED).sub(r"\1だった", pattern.sub(swap, text))


# 「Bと評価された」「◎と判定された」: a grade said with the verb of grading (phrasings: grade_said_evaluated).
GRADE_EVALUATED = r"(?<![A-Za-z])([A-DS◎○〇◯△×])\s*と\s*(?:評価|判定)(?:され(?:た|ている|てる|ていた)|した|している)"


# 「遅れている理由」「遅れた原因」: the item's delay as such, no grade.
_REASON = compiled(r"(?:て|た|てい|ている|た)?\s*(?:理由|原因|要因|わけ)")


def grade_word(mark: str) -> str:
    """The grade word a mark of mark_grade_words stands for (any other grade as it is)."""
    words = _WORDS.get()
    n = ord(mark) - WORD_MARK if len(mark) == 1 else -1
    return words[n] if 0 <= n < len(words) else mark
# (the te-form joins a second condition: 「Aじゃなくて、しかも継続中」)
# (「達成にならなかった」: a grade a year did not reach is a grade it has not)
NEG = (r"(?:にならなかった|にならない|になっていない|に届かなかった|じゃなくて|ではなくて|でなくて|じゃなく|ではない|でない|じゃない|ではなかった|でなかった|じゃなかった|以外|を除く|を除いた|を除き|を除いて|を除外|ではなく|でなく|でもない|でもなく|でもなかった|除いて|除く|除き|除いた|"
       r"除外|(?:を|が)?(?:もらえなかった|もらえていない|もらっていない|取れなかった|取れていない|とれなかった|とれていない|"
       r"取っていない|得られなかった|受けていない|受けなかった))")
NUM = r"(\d+(?:\.\d+)?)"
PLACEHOLDERS = {"YEAR": YEAR, "GRADE": GRADE, "NEG": NEG, "NUM": NUM}


@dataclass
class Production:
    """What a rule yields; empty parts change nothing."""

    conditions: list[Condition] = field(default_factory=list)
    hints: set[str] = field(default_factory=set)  # record kinds the production implies
    aggregate: str = ""
    agg_field: str = ""
    group_by: str = ""
    descending: bool | None = None
    value_field: str = ""
    order_by: str = ""
    limit: int | None = None
    agg_parts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)  # words the rule recognised but could not apply
    marks: set[str] = field(default_factory=set)  # the question's shape (a follow-up, …)

    def expected(self) -> dict[str, Any]:
        """The production in the form rule examples are written in."""
        out: dict[str, Any] = {}
        if self.conditions:
            out["conditions"] = [(c.field, c.op, c.value) for c in self.conditions]
        for name in ("aggregate", "agg_field", "group_by", "value_field", "order_by", "limit"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.agg_parts:
            out["agg_parts"] = list(self.agg_parts)
        if self.descending is not None:
            out["descending"] = self.descending
        if self.unused:
            out["unused"] = list(self.unused)
        if self.marks:
            out["marks"] = sorted(self.marks)
        return out


@dataclass
class Context:
    """What productions may consult: the index's vocabulary, and where notes go."""

    lex: Lexicon
    notes: list[str] = field(default_factory=list)
    query: Query | None = None  # the Query being built (an order keeps the field an earlier rule chose)
    previous: Query | None = None  # the previous question's Query, in a conversation
    so_far: list[Condition] = field(default_factory=list)  # conditions the rules produced before
    # The canonical question with nothing consumed (a rule's match.string has the words other rules
    # used blanked, at the same offsets): what a word beside the match was, 「東松島市の担当課」.
    text: str = ""
    # The canonical question's rewrites (canon.Canon): what a rewritten verb was as written (完了した, 廃止した
    # are both 終了した in `text`), for a rule that must tell them apart.
    canon: Any = None

    @cached_property
    def all_fields(self) -> set[str]:
        return set().union(*self.lex.columns.values()) if self.lex.columns else set()

    def year_field(self, fiscal_year: int) -> str | None:
        """The per-year grade field of a fiscal year by the era rule (令和n → rn, 平成n → hn), when
        the index has it: a next-cycle report printing R3–R6 has r3..r6 and nothing here changes."""
        from assistant.text.wareki import fy_label

        name = fy_label(fiscal_year).lower()
        return name if name in self.all_fields else None

    @cached_property
    def grade_fields(self) -> list[str]:
        """Every per-year grade field of the index, oldest first."""
        return year_fields(self.all_fields)

    @property
    def grade_scale(self) -> tuple[str, ...]:
        """The marks the index's reports grade their years with (◎○△×, best first), read from their legends."""
        return self.lex.grade_scale


Produce = Callable[[re.Match, Context], "Production | None"]


@dataclass(frozen=True)
class Rule:
    """A grammar rule: a name, a pattern over the question, what a match produces, and examples."""
    name: str
    pattern: str
    produce: Produce
    # (question fragment, expected production as Production.expected() gives it). An expected value
    # of None means the rule must not produce anything for the fragment.
    examples: tuple[tuple[str, Any], ...] = ()
    negatable: bool = False  # a negation right after the match (以外, ではない, …) inverts it
    topic: str = ""

    @once  # (not cached_property: once.py)
    def text(self) -> str:
        """The pattern with its placeholders filled in."""
        text = self.pattern
        for key, value in PLACEHOLDERS.items():
            text = text.replace("{" + key + "}", value)
        return text

    @once
    def regex(self) -> re.Pattern:
        from assistant.query.compiled import compiled

        return compiled(self.text)


INVERT = {"=": "!=", "!=": "=", "match_any": "not_match_any", "not_match_any": "match_any", ">=": "<", "<=": ">", ">": "<=", "<": ">=", "in": "not_in", "not_in": "in",
          "empty": "not_empty", "not_empty": "empty", "evaluated": "not_evaluated", "not_evaluated": "evaluated", "city_empty": "city_not_empty", "city_not_empty": "city_empty", "city_mark": "city_not_mark", "city_not_mark": "city_mark", "all_cities": "not_all_cities", "not_all_cities": "all_cities", "prefix": "not_prefix", "added": "not_added", "not_added": "added", "has": "not_has", "not_has": "has",
          "has_suffix": "not_has_suffix", "not_has_suffix": "has_suffix", "yen<": "yen>=", "yen>=": "yen<", "yen>": "yen<=", "yen<=": "yen>", "between": "not_between", "same_values": "not_same_values", "not_same_values": "same_values", "grade_gt": "grade_le", "grade_lt": "grade_ge", "grade_eq": "grade_ne",
          "grade_le": "grade_gt", "grade_ge": "grade_lt", "grade_ne": "grade_eq",
          "field_gt": "field_le", "field_lt": "field_ge", "field_eq": "field_ne", "field_ne": "field_eq",
          "field_le": "field_gt", "field_ge": "field_lt", "state_is": "state_is_not", "state_is_not": "state_is",
          "part_times": "not_part_times", "not_part_times": "part_times", "in_month": "not_in_month", "not_in_month": "in_month", "other_month": "not_other_month", "not_other_month": "other_month"}
# Conditions over every year's grade (field "@grades") are negated as a whole: no_any_eq, no_run, …
for _op in ("any_eq", "any_ne", "any_cmp", "run", "times", "transition", "sequence", "rise_any", "fall_any", "all_equal", "graded_all_eq", "printed_all_eq", "printed_all_in",
            "rise_every", "fall_every"):
    INVERT[_op], INVERT["no_" + _op] = "no_" + _op, _op


def invert(c: Condition) -> Condition:
    return Condition(c.field, INVERT.get(c.op, c.op), c.value, f"NOT（{c.label}）")


def negate(c: Condition) -> Condition:
    """The negation of a stated condition. A range is negated as a whole (not_<=): 「R4までに終わって
    いない」 holds for items with no end year too, which ended > R4 would leave out."""
    if c.op in ("<", "<=", ">", ">=", "between"):
        return Condition(c.field, "not_" + c.op, c.value, f"NOT（{c.label}）")
    return invert(c)


def topics() -> dict[str, list[Rule]]:
    """Every rule module's rules, by topic, in the order the driver applies them."""
    from assistant.query.grammar import (aggregates, amounts, cases, codes, ends, followups, grades, item_numbers, members,
                                         same, scores, starts, states, values)
    from assistant.query.grammar import end_months, kind_values, sheet_marks, member_names, related_departments, share_years, start_order
    from assistant.query.grammar import amounts_listed, bureau_marks, dept_suffix, half_years, review_grades, yearly_plans, writers
    from assistant.query.grammar import paper_dates, plan_periods, roster_counts, successor_plans, list_places, code_decades
    from assistant.query.grammar import event_years

    return {"sheet_said": dept_suffix.RULES + end_months.SHEET_RULES + sheet_marks.RULES, "end_months": end_months.RULES, "members": member_names.TARGET_RULES + members.RULES, "related_departments": bureau_marks.RULES + related_departments.RULES, "same": same.RULES, "field_states": states.STATUS_RULES + values.FIELD_STATES, "aggregates": cases.EXTREMES + aggregates.MORE_RULES + aggregates.RULES, "children": scores.CHILDREN, "amounts": amounts.RULES, "cases": cases.RULES, "scores": scores.RULES,
            "new_items": codes.NEW_ITEMS, "half_years": half_years.RULES, "yearly_plans": yearly_plans.RULES, "amounts_listed": amounts_listed.RULES, "grades": grades.RULES, "record_codes": list_places.RULES + code_decades.RULES + item_numbers.RULES + codes.RECORD_CODES,
            "starts": starts.RULES, "states": states.RULES, "ends": ends.RULES, "codes": codes.RULES, "overall": review_grades.RULES + grades.OVERALL, "ordering": aggregates.ORDERING,
            "summaries": aggregates.SUMMARIES, "year_grade": values.YEAR_GRADE, "values": values.RULES,
            "kind_values": kind_values.RULES + share_years.RULES + member_names.RULES + writers.RULES, "start_order": start_order.RULES, "followups": followups.RULES,
            "paper_dates": paper_dates.RULES,  # (read by cover_dates.py, not the driver)
            "roster_counts": roster_counts.RULES,  # (read by roster_count.py, not the driver)
            "plan_periods": plan_periods.RULES,  # (read by plan_period.py, not the driver)
            "successor_plans": successor_plans.RULES,  # (read by successor_plan.py, not the driver)
            "event_years": event_years.RULES}  # (read by event_years.py, not the driver)


def all_rules() -> list[Rule]:
    return [r for rules in topics().values() for r in rules]
