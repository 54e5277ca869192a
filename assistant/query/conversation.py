"""Assistant: asks questions against an open index; a follow-up refines the previous answer."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # either reader; the build passes a sqlite-utils Database
    from assistant.store.reader import IndexReader

import collections
import copy
import dataclasses
import json
import os
import re
import sqlite3
from collections import Counter


from assistant.labels import field_label, join_mapping, kind_label
from assistant.query import after_nothing, asked_where, copy_asked, route_figure, short_forms, stated_act
from assistant.query.counted_back import counted_back
from assistant.query.counter_of_rows import counted_in_rows_counter
from assistant.query.speaker_asked import reply_to_turn, speaker_of_excerpt
from assistant.query.excerpt_values import list_under_heading, value_of_excerpt
from assistant.query.unit_asked import in_unit_asked
from assistant.query.extreme_field import extreme_over_all, field_of_extreme
from assistant.query.joint_ended import joint_done_asked, joint_ended_asked, joint_stated_done, joint_stated_end
from assistant.query.mean_of_one import mean_of_one
from assistant.query.grade_extreme import grade_extreme
from assistant.query.lost_group_cells import lost_group_rows
from assistant.query.other_kind_holds import kind_guessed, other_kind_caveat
from assistant.query.stated_total import whole_stated
from assistant.query.children_of_parents import children_of_parents
from assistant.query.parents_holding import parents_holding, parents_lacking, parents_of_every
from assistant.query.end_month_sources import end_month_lines
from assistant.query.referred_count import figure_of_the_one_referred
from assistant.query.grade_count_years import grade_count_items, grade_count_years
from assistant.query.printed_list import printed_join
from assistant.query.axes import axis_asked, axis_words, holds, printed_for, said_as, value_of
from assistant.query import cases_difference, issue_figures, member_grades, member_points, topic_figures, year_breakdown
from assistant.query.claimed_count import checked_claim, claimed_count
from assistant.query.named_count import checked_named_count, named_count
from assistant.query.claimed_items import checked_items, read_claim
from assistant.query.hearsay import heard_claim
from assistant.query.asker_circumstances import said_so, set_aside
from assistant.query.record_by_code import answered_by_code
from assistant.query.display_asked import display_said, set_display
from assistant.query.year_claim import checked_year_claim, year_claim
from assistant.query.value_said_before import office_said_before, value_said_before
from assistant.query.one_grade import its_grade
from assistant.query.earlier_turns import earlier_one, first_answer
from assistant.query.placed_opinions import placed_opinions_holding
from assistant.query.answer import Answer, Condition, Query
from assistant.query.disputed import disputed_membership, rotating_chairs
from assistant.query.compiled import compiled
from assistant.query.kana_reading import kana_said, read_spaced_kana
from assistant.query.parents_only import said_of_children
from assistant.query.kana_words import respell_text_words, respell_title_words
from assistant.query.katakana_names import respell_katakana_departments
from assistant.query.named_in_excerpt import records_named
from assistant.query.execute import (BOUND_WORDS, Executor, keep_main_department, record_sources, aggregate_answer, groups_left_out, _office_names, display_columns, group_counts,
                                     group_names)
from assistant.query.grammar.related import asks_related
from assistant.query.itself import answer_about_document
from assistant.query.quoted_names import bracket_names, term_left_unread
from assistant.query.run_together_places import places_split
from assistant.query.near_spelled import NEAR_READ
from assistant.query import kana_led_titles
from assistant.query.number_and_title import said_by_numbers, title_number_glossed
from assistant.query.grammar.phrasings import PHRASINGS
from assistant.query import (top_share, listed_ratio, years_of_score, dated_entries, document_named, entry_figures, field_not_printed, listed_share, year_of_excerpt, first_grade_year, joint_years, judgement_scale, listed_amounts, members_meeting,
                             most_graded_group, previous_year_in_text, text_figures, year_entry, year_figure_in_text, yearly_costs, case_years)
from assistant.text.wareki import date_text, find_years, fy_label, fy_text, label_fiscal_year, label_to_fy
from assistant.query.lexicon import json_list, katakana_words, load_lexicon
from assistant.query.parse import Parser, kanji_numbers
from assistant.query.plans_mixed import say_plans_mixed
from assistant.query.than_that import than_that
from assistant.query import named_in_comments
from assistant.query import minutes_comments, opinion_rows
from assistant.query import most_commented
from assistant.query import member_cited, member_numbers, several_members, split_rows, stated_doers, stated_period
from assistant.query import cited_records
from assistant.query import opinion_parts
from assistant.query import uncited_opinions
from assistant.query import per_person_two_tables
from assistant.query import places_without_opinions
from assistant.query import merged_in_text
from assistant.query import uncommented_rows
from assistant.query import proposals, role_signed
from assistant.query import count_of_points
from assistant.query.superlative_then import superlative_then
from assistant.query import year_figure_said
from assistant.query.year_figure_said import figure_of_year
from assistant.query.which_higher import earliest_end, which_is_higher
from assistant.query.revised_figure import revised_stated
from assistant.query.decided_lines import decided_under_item
from assistant.query import meeting_sections
from assistant.query.listed_figures import ENTRY_DATE as _ENTRY_DATE, date_key as _date_key, said_dates, fall_asked, fall_stated, figure_sentence, flow_asked, flow_stated, issue_stated, rows_holding, times_listed, total_stated, under_said, entries_under_heading
from assistant.query.asked_whether_any import asked_whether_any
from assistant.query.vocabulary import KIND_WORDS, LINKS, VALUE_FIELDS, WIDER_SCOPE
from assistant.query.dash_said import unread_dash
from assistant.query.dropped_conditions import dropped
from assistant.store.records import decoded
from assistant.store.search import has_passage, highlight_spans, openings, passage_sources, sources_opening_with
from assistant.text.names import ABBREVIATIONS, file_names_place, is_name, place_names
from assistant.text.normalize import nfkc, no_spaces, notation_key
from assistant.kinds.registry import money_fields, date_fields, document_kinds, document_label, is_year_field, year_fields

MAX_QUESTION = 2000  # longer input is cut: no question needs more, and parsing stays fast

EXAMPLES = [
    "R4に終了した実践項目",
    "納税課の実践項目で総合評価がB",
    "ふるさと納税に触れた委員の意見",
    "委員評価が4.5以上の取組項目",
    "部署別の実践項目の件数",
    "No.17の委員評価は？",
    "介護保険課が担当している連携事業は？",
    "公共施設等総合管理基金をつくった自治体は？",
]


# A heading standing alone (大綱の期間, 基本理念): short enough to be no statement of its own.
_BARE_HEADING = 12

# 「翌年度も続いている」「次の年度も実施」「前年度から続いている」: the year after (before) the one the conditions name.
_NEXT_YEAR = compiled(r"(?P<which>翌|次の|次|前)年度\s*(?:も|から|に|まで)?\s*(?:続|継続|実施|載|残)")
_NEXT_YEAR_WORDS = compiled(r"^(?:翌|次の?|前)年度$|^続")
# 「参加団体が変わった」「異なる」「違う」: a field that differs between two years.
_CHANGED = compiled(r"変わっ|変わる|変化|変更|異な|違っ|違う|違い")

from assistant.query.acronyms import expansions  # noqa: E402
# 「女性管理職の割合は何％になった？」: the figure a record's text says it reached, no share of the records counted
_REACHED = compiled(r"割合\s*(?:は|が)?\s*何\s*[%％]\s*(?:に|と|まで)\s*(?:なった|なりました|上がった|上昇した|増えた|下がった|改善した)")


def _figure_reached_not_share(question, answer: Answer) -> None:
    """A share of records read (全体に対する割合) where the question asks what one record's figure became: the
    count's share is no answer; said so (search), never a confident figure."""
    if not isinstance(question, str) or answer.status != "exact" or len(answer.rows) > 1 \
            or not any(u.get("op") == "ratio" for u in answer.understood) or not _REACHED.search(nfkc(question)):
        return
    answer.status = "search"
    answer.caveat = "「何％になった」は記録の件数の割合ではなく本文の数値と読めるため、割合の計算は答えになりません。本文を確かめてください。"
    answer.summary = answer.caveat + "該当する記録: " + "、".join(str(r.get("key", "")) for r in answer.rows)
    answer.value = None


# Words saying joint projects are asked (連携事業, 共同処理, 合同研修, 幹事市, 部会 …).
_JOINT_SAID = compiled(r"連携|共同|広域|合同|協議会|幹事|部会|両市|両町|[市町村]と[^\s]{1,6}[市町村]|事業")


def _joint_kind_guessed(question, answer: Answer) -> bool:
    """Joint projects answered to a question calling its records 取組 with no word of joint projects."""
    if not isinstance(question, str) or answer.status != "exact" or answer.target != "joint_project":
        return False
    said = nfkc(question)
    return not _JOINT_SAID.search(said) and bool(re.search(r"取組|取り組み", said))


# 「…の町はどこ？」「村のなかで」: a kind of municipality said alone (not the end of a name, 大沢町, nor 市町村)
# (not the asker's own, 「うちの町が代表町」: one town, read by grammar/members.py)
_PLACE_KIND_ALONE = compiled(r"(?<![一-龥々ァ-ヶー])(?<!うちの)(?<!わが)(?<!我が)(?<!たちの)(市|町|村)(?=の|で|は|が|を|って|だけ|[、,?？]|$)")


def _rows_word_unread(unused: list[str], table) -> bool:
    """Whether a word the dedicated answer left unread is the table's word for its rows (施設 of 施設名, the ending
    its names share): what the question asks for is that table's rows, not the kind's records."""
    if not table.name:
        return False
    words = {nfkc(f) for f in table.column(table.name).forms} | ({nfkc(table.name_ending)} if table.name_ending else set())
    words |= {re.sub(r"(?:名|名称)$", "", nfkc(table.name))}
    return any(nfkc(w) in words for w in unused if len(nfkc(w)) >= 2)


def _place_kind_unread(question, answer: Answer) -> str:
    """「電子申請を実施中の町はどこ？」 answered with joint projects: the 町 asked (municipalities of that kind) is
    no condition of theirs. The kind word no condition read, or ""."""
    if not isinstance(question, str) or answer.status != "exact" or answer.target != "joint_project":
        return ""
    labels = " ".join(str(u.get("label", "")) for u in answer.understood if isinstance(u, dict))
    return next((m.group(1) for m in _PLACE_KIND_ALONE.finditer(nfkc(question))
                 if f"「{m.group(1)}」で終わる" not in labels), "")


def _joint_kind_unsaid(question, answer: Answer) -> None:
    """「人事課が担当してる取組を全部教えて」 answered with joint projects only because an office of theirs is named:
    the question calls the records 取組, no word of joint projects — the kind is a guess (partial), said so."""
    if not _joint_kind_guessed(question, answer):
        return
    answer.status = "partial"
    answer.caveat = "「取組」がどの資料の取組か読めず、担当部署が一致する連携事業から答えました。計画の取組を尋ねている場合は資料名を添えてください。"
    answer.summary = answer.caveat + answer.summary


_THAT_MEMBER = compiled(r"(?:その|この|同)(?:委員|人|方)(?=[はがのにもを])")



# A note of grammar/everyday_terms.py: 「ゴミ」を「ごみ・廃棄物・環境」として探しました
_EVERYDAY_READ = compiled(r"「[^「」]{1,12}」を(?:括弧の中の語(?:と「[^「」]{1,40}」)?のどれか|「[^「」]{1,40}」)として探しました")


def _head_noun_of(word: str, question: str, field_ends: list[int]) -> bool:
    """Whether the word is said right after the field (「定型・非定型業務の区分」: 区分 after 定型・非定型業務 and の), the
    head noun of the field asked, which says nothing of whose field it is; a word said apart from it (「削減見込の合計は
    何人工分」: 人工 past は何) still names what is asked."""
    at = short_forms.where(word, question)
    return at >= 0 and any(question[end:at] in ("", "の") for end in field_ends)


class Assistant:
    """One conversation over one index. `ask` never raises: errors become Answer.error."""

    def __init__(self, db: IndexReader) -> None:
        self.db = db
        self.lexicon = load_lexicon(db)
        self.parser = Parser(self.lexicon, probe=lambda word: has_passage(db, word),
                             spellings=lambda: katakana_words(db), in_dedicated=lambda word: _in_dedicated(db, word))
        self.parser.expand_acronym = lambda acronym: expansions(db, acronym)  # (「GCF」: acronyms.py)
        self.executor = Executor(db, self.lexicon)
        self._has_conflicts = "conflicts" in db.table_names()  # (the copies of a value that disagree)
        self.reset()

    def reset(self) -> None:
        """A new conversation: nothing said before is remembered."""
        self._clear_context()
        self.executor.phrases = set()
        # The one record of a kind each recent answer was about, with the turn it came in (「その実践項目」).
        self._ones: dict[str, tuple[str, int, dict]] = {}
        self._turn = 0
        self._opinion_part = None  # (the part of an opinion answered, and its turn: opinion_parts.py)
        self._proposals_shown = None  # (the proposals of a 答申 answered, and their turn: proposals.py)
        self._history: list[tuple[Query, list[dict]]] = []  # each turn's query and rows (earlier_turns.py)
        self._last_shown: dict | None = None  # the passage an answer showed first (「それはどの実践項目のこと？」)
        self._last_excerpt: dict | None = None  # the passage a search answer showed first (minutes' replies)
        self._figure_asked = ""  # the label and quantity a figure was last read for (「運用コスト何％」)
        self._figure_value: int | float | str | None = None  # and the figure read
        self._figure_excerpt: dict | None = None  # and the passage it was read from
        # (the money figure the last answer gave and its unit, 「それって百万円だといくら？」: unit_restated.py)
        self._figure_before: tuple[float, str] | None = None
        self._last_question = ""  # the question just asked (「その年」 is the year it said)
        self._asked_before = None  # (the question before and how sure its answer was: _row_said_before)
        self._figure_flow = None  # and the movement it was of (「倉敷から岡山へ何人」: the places, unit, dates)
        self._last_target = ""  # what the previous answer listed (passages of a search are no rows to narrow)
        # (the rows the previous exact answer showed: a new conversation narrows none of them)
        self._cited_shown: tuple[list[dict], str, str] = ([], "", "")
        self._citing_shown: list[dict] = []
        self._last_unused: list[str] = []  # the words the previous answer could not use (it was partial)
        self._place_caveat = ""  # a place that could not be checked against the documents answered
        # (and its words, which a follow-up does not look for in the text: they were never a keyword)
        self._unchecked_places: set[str] = set()

    def _clear_context(self) -> None:
        """What a follow-up goes on from: cleared when an answer is of a kind no follow-up narrows."""
        self.context: Query | None = None
        self.context_rows: list[dict] = []
        self.table_context = None  # tables.TableContext: a conversation over a generic document's table
        self.generic_rows = []  # keys of the last answer's rows when they came from several generic tables
        self._scopes, self._scope_words = [], set()  # the documents the last answer was scoped to
        # Unused words a step of the answer still used: a year naming a report (「平成19年度の連携事業」),
        # a verb found beside the keyword (建て替えるべき).
        self._words_taken: list[str] = []

    def ask(self, question: str) -> Answer:
        if isinstance(question, str):
            question = question.encode("utf-8", "replace").decode("utf-8")  # surrogates from a broken terminal
        typed = question
        question = _spoken_plain(question) if isinstance(question, str) else question
        # (「令和五年度の進捗度」: numbers said in kanji are read as the parser reads them before any step looks for
        # a year or a figure in the question; otherwise a step that finds no year answers of another year)
        question = kanji_numbers(question) if isinstance(question, str) else question
        tabled = self.table_context
        if isinstance(question, str) and (tabled is not None or self.context is not None and self.context.target not in ("", "passage")):
            # (「それ何台？」 of the records just listed, never of passages found: counter_of_rows.py)
            question = counted_in_rows_counter(question, tabled.rows if tabled is not None else self.context_rows,
                                               tabled.table.columns if tabled is not None else ())
        # (「来週の庁議で部長に説明しないといけなくて、…」: the asker's circumstances, set aside: asker_circumstances.py)
        # (「一覧表にして」「Excelに貼りたいので、番号・項目名・担当課で出して」: how to show it, set aside: display_asked.py)
        question, display = set_display(question) if isinstance(question, str) else (question, [])
        question, circumstances = set_aside(question) if isinstance(question, str) else (question, "")
        # (「じゃあ取組項目は問わずに、…」: one condition of the conversation named and dropped, dropped_conditions.py)
        drop = dropped(question, self.context) if isinstance(question, str) else None
        if drop is not None:
            self.context, question = drop.context, drop.question
        before, saved = getattr(self, "_asked_before", None), dict(self.__dict__)
        tallied = getattr(self, "_tallied_before", None)
        from assistant.query.unit_restated import figure_of, restated  # (「それって百万円だといくら？」)

        answer = restated(question, getattr(self, "_figure_before", None)) if isinstance(question, str) else None
        answer = answer or self._ask_said(question)
        answer = self._term_read_whole(question, saved, answer)
        self._figure_before = figure_of(answer)
        if drop is not None and isinstance(answer, Answer):
            answer.notes.insert(0, f"前の質問の条件「{'」「'.join(drop.labels)}」を外しました")
        if tallied is not None and isinstance(question, str) and isinstance(answer, Answer) and _refines(question):
            # (「建設課の答弁は何件？」 read from a tally table, no rows: 「そのうち…」 keeps its condition, tally_then_narrowed.py)
            from assistant.query.tally_then_narrowed import kept_or_said

            answer = kept_or_said(self, question, tallied, saved, answer)
        self._tallied_before = question if isinstance(answer, Answer) and answer.target == "count_fact" \
            and answer.status == "exact" and isinstance(question, str) else None
        if before is not None and isinstance(question, str) and isinstance(answer, Answer):
            answer = self._row_said_before(question, before, saved, answer)
        if isinstance(question, str) and isinstance(answer, Answer):
            answer = self._act_stated_first(question, answer)
            unread_dash(question, answer)  # (「夜間が－の部屋」: a dash said and no condition reading it, dash_said.py)
        if isinstance(answer, Answer):
            self._asked_before = (question, answer.status)
        # (「一番低いのはどの補助金？」: the record by the code its table prints, record_by_code.py)
        answered_by_code(question, answer)
        said_so(answer, circumstances)
        display_said(answer, display)
        if typed is not question and isinstance(answer, Answer) and answer.question == question:
            answer.question = typed
        return answer

    def _act_stated_first(self, question: str, answer: Answer) -> Answer:
        """「…の導入を見送った理由は？」 answered with places to read: the passage of the record that says the act
        done (and why) is read first, and the summary points to it (stated_act.py)."""
        if answer.status not in ("search", "partial") or not answer.excerpts:
            return answer
        moved = stated_act.put_first(question, answer.excerpts, answer.rows)
        if moved[0] is answer.excerpts[0]:
            moved = self._year_results_first(question, answer)
        if moved[0] is answer.excerpts[0]:
            moved = self._members_comments_first(question, answer)
        if moved[0] is answer.excerpts[0]:
            return answer
        answer.excerpts = moved
        quote = _best_quote(ranker(self.db).need(question), moved[0], self.db)
        at = answer.summary.find("最も当てはまりそうな箇所（")
        if at < 0:
            at = answer.summary.find("最初の抜粋: ")
        answer.summary = (answer.summary[:at] if at >= 0 else answer.summary + " ") + quote
        return answer

    def _members_comments_first(self, question: str, answer: Answer) -> list[dict]:
        """「町内会の活性化について、委員は何を問題にしてる？」 of one item: what the members said of it is each of
        their comments, read in the order the document gives them (not the one that repeats the question's words)."""
        keys = [str(r.get("key", "")) for r in answer.rows]
        if not stated_act.members_asked(question) or len(keys) != 1 or not keys[0].startswith("initiative:") \
                or "comment" not in self.db.table_names():
            return answer.excerpts
        found = self.db.query("SELECT key, source, line, text FROM comment WHERE initiative_key = ? AND text IS NOT NULL "
                              "AND text != '' ORDER BY n", [keys[0]])
        said = [{"key": r["key"], "source": r["source"], "line": r["line"], "text": r["text"], "field": "text"} for r in found]
        if not said:
            return answer.excerpts
        shown = {e["key"] for e in said}
        return said + [e for e in answer.excerpts if e.get("key") not in shown]

    def _year_results_first(self, question: str, answer: Answer) -> list[dict]:
        """「…がR5でC評価になってるのは、何があったから？」 of one practice: what its sheet says was done that year
        (a setback said first: 「R5年度は募集を見送った。」) is what the why is read in."""
        years = {y.label for y in find_years(nfkc(question))}
        keys = [str(r.get("key", "")) for r in answer.rows]
        if not stated_act.why_asked(question) or len(years) != 1 or len(keys) != 1 or not keys[0].startswith("practice:") \
                or "sheet_entry" not in self.db.table_names():
            return answer.excerpts
        found = self.db.query("SELECT key, source, line, n, result FROM sheet_entry WHERE practice_key = ? AND year = ? "
                              "AND result IS NOT NULL AND result != '' ORDER BY n", [keys[0], next(iter(years))])
        said = [{"key": r["key"], "source": r["source"], "line": r["line"], "text": r["result"], "field": "result"}
                for r in found]
        if not said:
            return answer.excerpts
        said.sort(key=lambda e: not stated_act.setback(e["text"]))
        shown = {(e["key"], e.get("field")) for e in said}
        return said + [e for e in answer.excerpts if (e.get("key"), e.get("field")) not in shown]

    def _term_read_whole(self, question, saved: dict, answer) -> object:
        """「書かない窓口っていつ始めたの？」 whose reading left 書かない unused (a negation of 書く): where the documents
        print 「書かない窓口」 as a term, the question is asked again with the term whole (quoted_names.py), and that
        answer is kept when it leaves fewer words unused."""
        if not isinstance(question, str) or not isinstance(answer, Answer) or not answer.unused:
            return answer
        again_said = term_left_unread(question, answer.unused, self.db)
        if not again_said:
            return answer
        now = dict(self.__dict__)
        self.__dict__.clear()
        self.__dict__.update(saved)
        again = self._ask_said(again_said)
        if isinstance(again, Answer) and again.status != "no_match" and len(again.unused) < len(answer.unused):
            again.question = question
            return again
        self.__dict__.clear()
        self.__dict__.update(now)
        return answer

    def _row_said_before(self, question: str, before: tuple, saved: dict, answer: Answer) -> Answer:
        """「3系統の利用状況を教えて」 (passages found, no rows) then 「収支率は？」: the follow-up answered from a table's
        rows, all of them, though the question before named one of those rows (3系統). Asked again of that row; where
        that does not give the one row, the answer says it was not narrowed (not certain)."""
        said_before, status_before = before
        if status_before == "search" and answer.status in ("search", "partial", "no_match"):
            return self._search_narrowed(question, said_before, saved, answer)
        if status_before != "search" or answer.status != "exact" or answer.target != "table_row" \
                or answer.value not in (None, "") or len(answer.rows) < 2 \
                or (len(nfkc(question)) > 16 and not _THING_UNSAID.search(nfkc(question))):
            return answer
        prior = "".join(nfkc(said_before).split())
        named = {str(r.get(k) or "").strip() for r in answer.rows for k in ("number", "title")
                 if len(str(r.get(k) or "").strip()) >= 2 and "".join(nfkc(str(r.get(k))).split()) in prior}
        if len(named) == 1:
            now = dict(self.__dict__)
            self.__dict__.clear()
            self.__dict__.update(saved)
            again = self._ask_said(f"{next(iter(named))}の{question}")
            if again.status == "exact" and len(again.rows) == 1 and again.value not in (None, ""):
                again.question = question
                again.notes.insert(0, f"前の質問の「{next(iter(named))}」の行について答えました")
                return again
            self.__dict__.clear()
            self.__dict__.update(now)
        answer.status = "partial"
        answer.caveat = "前の回答は表の行ではなかったため、前の質問で絞らずに表全体から答えました。"
        answer.summary = answer.caveat + answer.summary
        return answer

    def _search_narrowed(self, question: str, said_before: str, saved: dict, answer: Answer) -> Answer:
        """「鵤木交通の路線を教えて」 (passages found: two tables list such routes) then 「その中で…減ったのは？」: the
        question before and the narrowing said as one question; taken only where that is answered exactly."""
        narrowing = re.match(r"^\s*(?:その中で|そのうち|その中から|このうち|この中で|それらのうち)\s*[、,]?\s*(?P<rest>\S.*)$",
                             nfkc(question))
        asked = re.sub(r"(?:を|について|は)?\s*(?:教えて|見せて|知りたい|挙げて|出して)[^、。]*$|[?？。]+$", "",
                       nfkc(said_before)).strip()
        if narrowing is None or not asked or asked == nfkc(said_before).strip():
            return answer
        now = dict(self.__dict__)
        self.__dict__.clear()
        self.__dict__.update(saved)
        again = self._ask_said(f"{asked}で、{narrowing.group('rest')}")
        if again.status == "exact" and (again.rows or again.value not in (None, "")):
            again.question = question
            again.notes.insert(0, f"前の質問「{said_before}」の条件と合わせて答えました")
            return again
        self.__dict__.clear()
        self.__dict__.update(now)
        return answer

    def _ask_said(self, question: str) -> Answer:
        from assistant.query import two_named  # (「AとB、実践項目が多いのはどっち？」: two_named.py)

        from assistant.query import compared_pairs  # (the frames of grammar/compared_pairs.py)

        compared = (two_named.answer(self, question) or two_named.ended_first(self, question)
                    or compared_pairs.answer(self, question) or compared_pairs.which_holds(self, question)
                    or compared_pairs.which_of_answer_before(self, question))
        if compared is not None:
            return compared
        both = _WHOLE_AND_PART.match(nfkc(question)) if isinstance(question, str) else None
        if both is not None:
            said = self._whole_and_part(question, both)
            if said is not None:
                return said
        change = _YEAR_CHANGE.match(nfkc(question)) if isinstance(question, str) and both is None else None
        gap = _YEAR_GAP.match(nfkc(question)) if isinstance(question, str) and both is None and change is None else None
        if gap is not None:
            said = self._year_change(question, gap)
            if said is not None:
                return said
        if change is not None:
            said = self._year_change(question, change)
            if said is not None:
                return said
        pair = _TWO_VALUES.match(nfkc(question)) if isinstance(question, str) and both is None else None
        if pair is not None:
            said = self._two_values(question, pair)
            if said is not None:
                return said
        if isinstance(question, str) and both is None:  # (「Xの実践項目と、Yの実践項目、合わせて全部」)
            from assistant.query.two_sets_joined import joined

            said = joined(self, question)
            if said is not None:
                return said
        answer = self._ask_one(question)
        if answer.status != "exact" and isinstance(question, str) and both is None:
            # (「委員会とパブコメの両方で意見が出てる補助金」: each place asked alone, the records of both)
            from assistant.query.two_sets_joined import in_both

            said = in_both(self, question)
            if said is not None:
                return said
        return answer

    def _year_change(self, question: str, change: re.Match) -> Answer | None:
        """「柱⑤の総合評価はR5からR6でどれだけ上がった？」: one record's value of two years (its points, its figure),
        each asked alone (「R5の柱⑤の総合評価は？」); both read exactly as numbers of the same record, the answer is
        their difference. Else None, and the conversation is as it was."""
        said = change.group("rec").rstrip("、, ")
        if "what" in change.groupdict():
            # (「柱⑤のR5とR6の総合評価の差」: the record, then the value said after the years)
            said = f"{said.rstrip('の')}の{change.group('what')}"
        saved = dict(self.__dict__)

        def number(a: Answer) -> float | None:
            try:
                return float(str(a.value))
            except ValueError:
                return None

        def unfit(one: Answer, two: Answer) -> bool:
            keys = [[r.get("key") for r in a.rows] for a in (one, two)]
            return any(a.error or a.status != "exact" or number(a) is None or a.target == "passage" or len(a.rows) != 1
                       for a in (one, two)) or keys[0] != keys[1]

        one = self._ask_one(f"{change.group('y1')}の{said}は？")
        two = self._ask_one(f"{change.group('y2')}の{said}は？")
        if unfit(one, two) and change.groupdict().get("how") in _AMOUNT_HOW:
            # (「…の補助金、R3と比べてR5はいくら減った」 beside a sheet grading the same subsidy each year: each year's
            # amount is asked, 「R3の…はいくら？」, which the grade is not)
            self.__dict__.clear()
            self.__dict__.update(saved)
            one = self._ask_one(f"{change.group('y1')}の{said}は{change.group('how')}？")
            two = self._ask_one(f"{change.group('y2')}の{said}は{change.group('how')}？")
        if unfit(one, two):
            self.__dict__.clear()
            self.__dict__.update(saved)
            return None
        first, second = number(one), number(two)
        down = (change.groupdict().get("dir") or "").startswith(("下", "減"))
        diff = round((first - second) if down else (second - first), 4)
        diff = int(diff) if float(diff).is_integer() else diff
        verb = "下がりました" if down else "上がりました"
        if diff < 0:
            verb = "上がっています" if down else "下がっています"
        two.question = question
        two.summary = (f"{one.summary} {two.summary} 差は {abs(diff)} です"
                       f"（{change.group('y1')} {one.value} → {change.group('y2')} {two.value}、{abs(diff)} {verb}）。")
        # (「…の差」 says no direction: the gap itself)
        two.value = diff if change.groupdict().get("dir") else abs(diff)
        two.excerpts = [*one.excerpts, *(e for e in two.excerpts if e not in one.excerpts)]
        two.understood = [*one.understood, *(u for u in two.understood if u not in one.understood)]
        return two

    def _two_values(self, question: str, pair: re.Match) -> Answer | None:
        """「…事業の令和4年度の総事業費と、成果指標の利用者登録数の実績は？」: two values of one record asked at once, the
        second said without the record (the words before the first value's own word name it). Each is asked alone;
        both read exactly, the answer says both. Else None, and the conversation is as it was."""
        first, second = pair.group("a"), pair.group("b")
        cut = first.rfind("の")
        if cut <= 0:
            return None
        saved = dict(self.__dict__)
        one = self._ask_one(first + "は？")
        two = self._ask_one(first[:cut + 1] + second + "は？")
        if any(a.error or a.status != "exact" or a.value is None or a.target == "passage" for a in (one, two)):
            self.__dict__.clear()
            self.__dict__.update(saved)
            return None
        two.question = question
        two.summary = f"{one.summary} {two.summary}"
        two.value = f"{one.value}、{two.value}"
        two.excerpts = [*one.excerpts, *(e for e in two.excerpts if e not in one.excerpts)]
        two.understood = [*one.understood, *(u for u in two.understood if u not in one.understood)]
        return two

    def _whole_and_part(self, question: str, both: re.Match) -> Answer | None:
        """「財政効果額の合計と、そのうち企業版ふるさと納税の導入の額は？」: two figures of one passage, the whole
        and a part of it printed under it, read as the figure, then 「そのうち…は？」 of it (_part_of_the_figure)."""
        money = compiled(r"額|円|費|金|料").search(both.group("whole") + both.group(0)[both.end("part"):])
        whole = self._ask_one(both.group("whole") + ("はいくら？" if money else "はいくつ？"))
        shown, value = self._figure_excerpt, self._figure_value
        if whole.error or whole.value is None or shown is None:
            return whole if whole.value is not None else None
        part = self._part_of_the_figure(f"そのうち{both.group('part')}は？", shown, value)
        if part is None:
            whole.summary = (f"「{both.group('part')}」の分は前の値の抜粋から読めませんでした。") + whole.summary
            whole.status = "partial" if whole.status == "exact" else whole.status
            return whole
        part.question = question
        part.summary = f"{whole.summary} {part.summary.replace('前の回答の値', 'その値', 1)}"
        part.value = f"{whole.value}、{part.value}"
        part.excerpts = [*whole.excerpts, *(e for e in part.excerpts if e not in whole.excerpts)]
        return part

    def _ask_one(self, question: str) -> Answer:
        typed = question
        over = (self.context, list(self.context_rows or []))  # (what this turn is asked over: a correction redoes it)
        try:
            from assistant.store.places import with_places  # the page or cell of each row (PDF, Excel, Word)

            question, corrected = self._corrected(question) if isinstance(question, str) else (question, "")
            kana = None  # (「そうむか の じっせんこうもく」: words typed in hiragana between spaces, kana_reading.py)
            if isinstance(question, str) and not corrected:
                kana = read_spaced_kana(self.db, self.parser.lex, question)
                question = kana.question
            if corrected:
                over = getattr(self, "_over_before", (None, []))
                self.context, self.context_rows = over

            if isinstance(question, str):  # (「最初の一覧の中で」「さっきの取組」: an answer before the last)
                question, first = first_answer(self._history, question)
                if first is not None:
                    self.context, self.context_rows = first
                question = earlier_one(self._history, question)
            question = self._the_one_said_before(question) if isinstance(question, str) else question
            question = self._the_member_said_before(question) if isinstance(question, str) else question
            question = said_by_numbers(self.parser, question) if isinstance(question, str) else question
            if isinstance(question, str):  # (「負担金総額」「鶫原町の負担額」 over member columns: member_totals.py)
                from assistant.query.tables.member_totals import said_as_columns

                question = said_as_columns(self.db, question)
            if isinstance(question, str):  # (「…のキャッシュレス化（20番）のR5」: number_and_title.py)
                question = title_number_glossed(self.parser.lex, question)
            if isinstance(question, str) and self.context is not None:  # (「その2つのうち」: counted_back.py)
                question = counted_back(question, self.context_rows)
            if isinstance(question, str):  # (「それ、きょねんは何評価」: the year said in speech, by its number)
                question = _spoken_years(question, self.parser)
            if isinstance(question, str) and self.context is not None and self.context.group_by \
                    and _MOST_OF_THE_GROUPS.match(nfkc(question)):
                # 「取組終了の年度別の内訳」→「その中でいちばん件数が多いのはどの年度？」: of the groups just counted,
                # not a narrowing of their records
                question = _MOST_OF_THE_GROUPS.sub("", nfkc(question), count=1)
            question = self._the_group_said_before(question) if isinstance(question, str) else question
            if isinstance(question, str):  # (「その課が担当している…」 after one record's 担当部署: value_said_before.py)
                question = value_said_before(question, self.context, self.context_rows)
                # (「委員評価4以上の取組だけ」 after opinions: those opinions of such items, parents_only.py)
                question = said_of_children(question, self.context.target if self.context is not None else None)
                question = office_said_before(question, self.context)  # (「同室が単独で所管している」)
            question, year_note = self._the_year_said_before(question) if isinstance(question, str) else (question, "")
            claiming, (question, claimed) = question, claimed_count(question) if isinstance(question, str) else (question, None)
            if isinstance(question, str) and claimed is None:  # (「市民から「…15項目あった」と聞きました」: hearsay.py)
                question, claimed = heard_claim(question)
            wanted = None  # (「…自治体を2つ」: how many to name, checked against the answer: named_count.py)
            if isinstance(question, str) and claimed is None:
                question, wanted = named_count(question)
            items_claimed, claim_rule = None, ""  # (「…は8番と9番だけという理解で合っていますか」: claimed_items.py)
            if isinstance(question, str) and claimed is None:
                question, items_claimed, claim_rule = read_claim(question)
                if isinstance(items_claimed, int):  # (a count believed: checked as 「36件で合ってる？」)
                    claimed, items_claimed = items_claimed, None
            year_claimed = None  # (「令和5年度も…を行ったというのは事実か」 of the record named before: year_claim.py)
            if isinstance(question, str) and claimed is None and self.context is not None:
                question, year_claimed = year_claim(question)
            asked, respelled = question, ""
            if isinstance(question, str):
                question, respelled = self._place_spelled_in_kana(question)
                placed: list[str] = []  # (「岡山倉敷の…」: two municipalities run together, run_together_places.py)
                question = places_split(question, self.parser._city_words, self.parser.probe, placed)
                question, lettered = self._letters_spelled_in_kana(question)
                # (「ｿｳﾑｶ」「ﾏﾄﾞｸﾞﾁｻｰﾋﾞｽ課」: a department typed as its reading in katakana, katakana_names.py)
                question, katakana = respell_katakana_departments(self.parser.lex, lambda: katakana_words(self.db), question)
                lettered = "、".join(n for n in (lettered, katakana) if n)
                question, titled = respell_title_words(self.parser.lex, question)
                if not titled:  # (「へいわの鐘」: a word of the text, before the kanji printed after it)
                    question, titled = respell_text_words(self.db, self.parser.lex, question)
                respelled = "、".join(n for n in (respelled or lettered or titled, *placed) if n)
            # (a figure read from a passage is asked about only in the turn right after it)
            figure_shown, self._figure_excerpt = (self._figure_excerpt, self._figure_value), None
            from assistant.query.tables import cited_counts, member_totals  # (tables of one column per member: member_totals.py)
            from assistant.query.tables import role_counts  # (a matrix of offices' roles, counted: role_counts.py)
            from assistant.query import head_said

            flow_before, self._figure_flow = self._figure_flow, None
            answer = (self._reply_asked(question)
                      or member_totals.answer(self, question)  # (「5町村合わせて総額」「そのうち鳰ヶ浦町の分は何％」)
                      or role_counts.answer(self, question)  # (「協力課が３課以上」「担当が一番多い課」: role_counts.py)
                      or head_said.answer(self, question)  # (「…の理由について、村長は何と言っていた」: head_said.py)
                      or records_named(self, question, self._last_shown, getattr(self, "_last_target", ""))
                      or self._flow_again(question, figure_shown[0], flow_before)
                      or listed_amounts.largest_listed(self, question, figure_shown[0])
                      or listed_amounts.largest_of_named_list(self, question)
                      or copy_asked.answer(self, question) or copy_asked.differing(self, question)
                      or route_figure.answer(self, question)  # (「H17に倉敷市から岡山市へ何人行っている？」)
                      # (「女性の割合は何％」「そのうち男性は何割」 after 参加者37名: before the part itself is read as asked)
                      or self._share_of_the_figure(question, *figure_shown)
                      or self._part_of_the_figure(question, *figure_shown)
                      or self._same_figure_again(question, *figure_shown)
                      or self._when_of_the_figure(question, figure_shown[0])
                      or reply_to_turn(self.db, question, getattr(self, "_last_excerpt", None))
                      or self._limit_reached(question)
                      or self._other_extreme(question)
                      or superlative_then(self, question)
                      or role_signed.answer(self, question)  # (「審議会の会長って誰？」: a document's signature, role_signed.py)
                      or opinion_parts.answer(self, question)  # (「審査意見の「情報管理について」で取り上げられているリスク」)
                      or uncited_opinions.answer(self, question)  # (「どの取組にも触れていない意見」: uncited_opinions.py)
                      or per_person_two_tables.answer(self, question)  # (「利用者１人あたりの指定管理料がいちばん高い」)
                      or places_without_opinions.answer(self, question)  # (「通学区域について意見が出なかった地区」)
                      or merged_in_text.answer(self, question)  # (「…は何という補助金に統合される」: merged_in_text.py)
                      or uncommented_rows.answer(self, question)  # (「その中で委員会から意見が出ていないのは」)
                      or proposals.answer(self, question)  # (「小項目が３つある提言」「提言４の内容は？」 of a 答申: proposals.py)
                      or cited_records.answer(self, question)  # (「意見が出た取組のうち…」: the records the minutes cite)
                      or split_rows.answer(self, question)  # (「担当係が２つの係にまたがっている取組」)
                      or cited_records.of_kind(self, question)  # (「そのうち方針じゃなくて施設に関するものは」)
                      or most_commented.answer(self, question)
                      or most_commented.at_least_times(self, question)
                      or cited_counts.answer(self, question)  # (「意見が3件以上寄せられた取組」: tables/cited_counts.py)
                      or stated_period.answer(self, question)  # (「パブコメの募集期間は何日間」: stated_period.py)
                      or stated_doers.answer(self, question)  # (「意見を出したのは何人」 of 意見提出者数: stated_doers.py)
                      or member_numbers.answer(self, question)  # (「鈴木委員が言及した意見番号は」: rows the turns cite)
                      or member_cited.answer(self, question)  # (「桐生委員が取り上げた施策は」: the member's turns)
                      or member_cited.around_break(self, question)  # (「休憩のあとに委員から意見が出た施策」)
                      or member_cited.break_time(self, question)  # (「休憩は何時から？」: the minutes' bracketed line)
                      or (member_cited.follow_up(self, question, self._last_turns)
                          if getattr(self, "_last_turns", None) and _refines(question) else None)  # (「そのうち…のは」 after them: of the items they cite)
                      or several_members.answer(self, question)  # (「複数の委員から意見が出た取組は」)
                      or most_commented.targets_of_shown(self, question)) if isinstance(question, str) else None
            referred = list(self.context_rows or [])
            following_table = self.table_context is not None or bool(referred)
            answer = self._year_end_month(with_places(self.db, answer or self._ask(question)), question)
            if not referred and not following_table:  # (「Aで、Bのもの」 over two documents: joined_clauses.py)
                from assistant.query import joined_clauses

                answer = joined_clauses.answer(self, question, answer) or answer
            if isinstance(question, str):  # (「令和５年度に完了した取組」: another document's table reads it too)
                from assistant.query.also_tabled import field_printed_elsewhere, said_of_another_table, went_on_in_table

                went = went_on_in_table(self.db, question, answer, getattr(self, "_also_tabled", None)) \
                    if following_table and not referred_table(self) else None
                if went is not None:  # (「そのうち委託する予定があるのは」: the other document's table read it)
                    answer = went[0]
                    self._clear_context()
                    self.table_context = went[1]
                    self.generic_question = question
                elif following_table and (_refines(question) or _goes_on(answer, getattr(self, "_also_tabled", None))):
                    from assistant.query.also_tabled import still_unnamed

                    still_unnamed(answer, getattr(self, "_also_tabled", None))  # (narrowed, the document still a guess)
                places = self._places_said(question)  # (read once: the three readers below are given the same)
                from assistant.query.also_tabled import rows_asked_of_table

                # (「３年間ずっとＢ以上だったテーマ」: a table whose rows are テーマ reads it whole, the records only
                # print a テーマ of each of theirs)
                rows_asked = rows_asked_of_table(self.db, question, answer, following_table, places) \
                    if went is None else None
                if rows_asked is not None:
                    answer = rows_asked[0]
                    self._clear_context()
                    self.table_context = rows_asked[1]
                    self.generic_question = question
                other_table = said_of_another_table(self.db, question, answer, following_table, places)
                # (the records kept, another table reading the question too: what a follow-up may go on from)
                self._also_tabled = (answer.target, other_table, list(answer.understood)) \
                    if other_table is not None and answer.status == "partial" else None
                field_printed_elsewhere(self.db, question, answer, following_table, places)
                from assistant.query.comments_of_two_places import said_of_two_places  # (opinions of two towns' documents)

                said_of_two_places(self.db, question, answer, following_table, places)
            from assistant.query.items_as_projects import rows_of_tabled_projects, show_as_projects  # (items that are joint projects too)

            show_as_projects(self.db, answer)
            from assistant.query.tables.shared_codes import show_as_rows  # (a page's entries of a list's rows)

            show_as_rows(self.db, answer)
            tabled_rows = rows_of_tabled_projects(self.db, answer)
            if tabled_rows:
                # (joint projects that are a table's rows: 「そのうち令和6年度に件数が増えたのは」 narrows those rows on
                # their table, whose columns the projects' records do not hold)
                self.generic_rows = tabled_rows
            if isinstance(question, str) and re.search(r"意見|質疑|質問|答弁", question):  # 「…意見が出ている項目は」: opinions keyed by their items
                from assistant.query.tables.rows_are import mark_opinion_records

                mark_opinion_records(self.db, question, answer)
            elif isinstance(question, str):  # 「要望が出た取組」 answered by opinions' rows: not the 取組 they cite
                from assistant.query.tables.rows_are import items_asked_of_opinion_records

                items_asked_of_opinion_records(self.db, question, answer)
            if isinstance(question, str):
                # (【意見７】… paragraphs beside the table of opinions, whatever word the question calls them by:
                # 「労使協議で出た要望を全部」 lists the table's 要望 only)
                from assistant.query.tables.rows_are import opinions_left_in_text

                opinions_left_in_text(self.db, answer)
            figure_of_the_one_referred(self, question, answer, referred)
            answer = self._figure_counted_in_text(question, answer) if isinstance(question, str) else answer
            from assistant.query import stated_headcount  # (「委員は何人」: the body's size the documents state)

            stated_headcount.stated_instead(self.db, question, answer)
            from assistant.query import counted_under_parent  # (「研修でいただいた質問と回答は何組」: the article's)

            counted_under_parent.recounted(self, answer)
            from assistant.query import grouped_opinions  # (「公園施設について…意見」: the opinions citing its records)

            answer = grouped_opinions.answer(self, question, answer) or answer
            from assistant.query import zero_beside_records  # (an empty answer whose words lead in the records: partial)

            zero_beside_records.guarded(self, answer)
            from assistant.query import member_burden  # (「その事業の鵆ヶ瀬町の負担額」: the cost times the town's share)

            member_burden.worked_out(self.db, question, answer)
            from assistant.query import field_share  # (「総事業費のうち市の実質負担は何％」: one figure over another)

            field_share.worked_out(question, answer)
            from assistant.query import commented_then_rows  # (「そのうち…」 after comments: the measures they cited)

            # (the comments an answer of their own listed, 「本部会議で議論された項目」 of cited_records.py, are no context
            # rows of the engine's: the rows it showed)
            # (only said of them: 「そのうち…」; 「委員のうち、…」 names other rows)
            commented_then_rows.narrowed(question, answer, referred or (
                getattr(self, "_citing_shown", []) if isinstance(question, str)
                and re.match(r"\s*(?:その|この|それら|これら)", question) else []))
            if isinstance(question, str):  # (「…を全部足すと何名」: named_figures_sum.py)
                self._named_figures_added_up(question, answer)
                self._figures_worked_out(question, answer)  # (「何千円圧縮された」: worked_figures.py)
                from assistant.query import per_person  # (「総事業費をフルタイム職員一人あたりにすると」)

                per_person.worked_out(question, answer)
                from assistant.query import days_between  # (「募集期間は何日間？初日と最終日も含めて」)

                days_between.worked_out(question, answer)
                from assistant.query import nth_listed_part  # (「…事業の対応の3つ目は」: the cell's third item)

                nth_listed_part.answered(question, answer)
            after_nothing.said_so(question, getattr(self, "_found_nothing", False), answer)
            self._found_nothing = after_nothing.found_nothing(answer)
            asked_where.said_so(question, answer)
            if isinstance(question, str):
                field_not_printed.said_missing(question, answer)
                from assistant.query import own_town_unread  # (「うちの町が…」 read as no municipality: not exact)

                own_town_unread.said_unread(question, answer)
            self._section_of_unused(question, answer)
            self._read_as_generic(answer)
            opinion_rows.as_comments(self.db, question, answer)  # (a table's opinion column: the body's comments)
            most_commented.say_members(question, answer)  # (「…について意見を言ったのはどの委員」: who)
            minutes_comments.as_turns(self.db, question, answer)  # (minutes' turns naming items elsewhere: the turns)
            from assistant.query import members_all  # (「Ａ委員とＥ委員の両方が意見を出している」: records of each)

            members_all.answer_all(self.db, question, answer)
            from assistant.query import commented_records  # (a report's parts by code, its members' opinions on them)

            commented_records.key_by_code(self.db, answer)
            from assistant.query import review_opinions  # (items answered by a committee's grade: its opinions on them)

            review_opinions.with_opinions(self.db, answer)
            count_of_points.said_unread(question, answer)  # (「…件数の合計は何件」 read as a field of points: not certain)
            from assistant.query.unknown_office_said import said_unknown_office  # (an office no document names)

            said_unknown_office(answer)
            if respelled:
                answer.question = asked
                answer.notes.insert(0, respelled)
                answer.unused = _as_typed(answer.unused, asked, question)
            self._remember_one(answer)  # the row it keeps is the answer's own, with its place
            _the_one_asked_for(question, answer)
            name_the_items(answer)  # (「R2の進捗度が1のは？」: the rows of the items' parts, their items named)
            from assistant.query.unused_labelled import said_from_excerpts  # (「…参加者数、満足度を」: quoted)

            said_from_excerpts(answer)
            its_grade(answer)
            say_plans_mixed(self.db, question if isinstance(question, str) else "", answer)
            _yes_or_no(question, answer)
            _rounded_as_asked(question, answer)
            speaker_of_excerpt(self.db, question, answer)  # (「…と提案したのはどの委員」: the turn's speaker)
            if isinstance(question, str):  # (「…の廃止予定日はいつ」「公募になる施設はいくつ」: read in the passage found)
                value_of_excerpt(self.db, question, answer)
                # (「…の実績報告にある婚活バスツアー、参加者は何人」: the count in the field's text, not the text)
                from assistant.query.figure_in_answered_text import count_in_answered_text

                count_in_answered_text(question, answer)
                list_under_heading(self.db, question, answer)  # (「見直し対象外の施設はどこ」: the list under that heading)
            in_unit_asked(question, answer)  # (「…いくら（万円）」: 「1,480万円」 as 1480)
            from assistant.query.copy_scope import read_in_copy  # (「本編の一覧で、…は何件」: that copy's values)

            read_in_copy(self.db, question, answer)
            from assistant.query.field_absent_in_scope import said_absent  # (a field the scoped documents lack)

            said_absent(self.executor, answer)
            checked_claim(answer, claimed, claiming)
            from assistant.query.restated_total import checked_total  # (「実践項目90件のうち」: no count of them)

            checked_total(answer, claiming, self.parser.lex.kind_counts, len(over[1]) if over[0] is not None else None)
            checked_named_count(answer, wanted, claiming)
            checked_items(answer, items_claimed, claim_rule, claiming)
            checked_year_claim(answer, year_claimed, claiming)
            _figure_reached_not_share(question, answer)  # (「…の割合は何％になった？」 of one record: its figure)
            _joint_kind_unsaid(question, answer)  # (「人事課が担当してる取組」 answered as joint projects: a guess)
            kind_guessed(answer)  # (「人事課が担当してるやつ」: one of two kinds holding the department, a guess)
            whole_stated(self.db, question, answer)  # (「全部でいくつ」 of records the text says are 全248)
            stated_end(answer)  # (「もう終わった？」 of an item whose 状況 is printed: that word)
            joint_stated_end(answer)  # (the same of a joint project: its 状況)
            joint_stated_done(answer)  # (「もう実施してる？」: its 既に実施, else its plan)
            if isinstance(question, str):  # (「何年何月何日に廃止された」 answered by a year: the day in its parts)
                from assistant.query.day_asked import day_asked

                day_asked(self.db, question, answer)
            # (「ゴミ関係の…」: an everyday word sought with the documents' terms; the answer says how it was read)
            read = [n for n in answer.notes if _EVERYDAY_READ.fullmatch(n)]
            if read and "".join(read) not in answer.summary:
                answer.summary = "".join(n + "。" for n in read) + answer.summary
            near = [n for n in answer.notes if NEAR_READ.fullmatch(n)]
            if near and answer.rows and "".join(near) not in answer.summary:
                # (「コンビニ納付」 read as a title's near spelling: a guess, so partial and said first)
                answer.summary = "".join(n + "。" for n in near) + answer.summary
                answer.status = "partial" if answer.status == "exact" else answer.status
            self._last_excerpt = answer.excerpts[0] if answer.excerpts and answer.status == "search" else None
            # (the passage a user read first: the first excerpt, else the one row with a text, as an opinion)
            texts = [r for r in answer.rows if isinstance(r, dict) and r.get("text")]
            self._last_shown = answer.excerpts[0] if answer.excerpts else texts[0] if len(texts) == 1 else None
            if isinstance(question, str) and getattr(self, "_last_target", "") == "passage" \
                    and answer.status == "exact" and answer.target in ("table_row", "item") and not answer.caveat \
                    and _refines(question):
                # 「そのうち…のは？」 after a search answer, answered by any way round: the passages found were
                # no rows to narrow, so the rows answered are not 「そのうち」 of them, and the answer says so.
                answer.status = "partial"
                answer.caveat = ("前の回答は本文の検索で、表の行の条件として読めなかったため、"
                                 "前の回答で絞らずに表全体から答えました。")
                answer.summary = answer.caveat + answer.summary
            if getattr(self, "_last_turns", None) and isinstance(question, str) and _refines(question):
                # 「そのうち市民課が担当してるのは？」 after a member's turns naming items (minutes_comments.py): the turns
                # on the items the follow-up finds.
                minutes_comments.narrowed(getattr(self, "_last_turns", []), answer)
            self._last_turns = minutes_comments.turns_of(answer)
            self._turns_kind = getattr(answer, "turns_kind", "") if self._last_turns else ""
            self._last_target = answer.target if answer.status != "search" else "passage"
            self._last_status = answer.status
            # (the opinions an answer listed as they are: 「それぞれどの施設についての意見？」 after them, most_commented.py)
            self._last_comments = [r for r in answer.rows if isinstance(r, dict)] \
                if answer.target == "comment" and answer.status == "exact" else []
            # (the rows an exact answer showed, as shown: 「そのうち方針じゃなくて施設に関するものは」, cited_records.py)
            self._cited_shown = ([r for r in answer.rows if isinstance(r, dict)], answer.rows_are, answer.target) \
                if answer.status == "exact" else ([], "", "")
            # (the comments cited_records.py listed as the items the minutes cite: what a 「そのうち…」 narrows to)
            self._citing_shown = [r for r in answer.rows if isinstance(r, dict)] if answer.status == "exact" \
                and answer.target == "comment" and any(n.startswith("議事録の委員の意見が名指す番号") for n in answer.notes) else []
            self._narrowed_partial(question, answer)
            self._reading_before = answer.caveat if answer.caveat.endswith("件です）。") and "年度末のため" in answer.caveat else ""
            self._last_unused = list(answer.unused) if answer.status == "partial" else []
            # (passages found with no records of them, or only whole documents: nothing a follow-up narrows)
            self._last_searched = answer.status == "search" and all(
                str(r.get("key", "")).startswith("doc:") for r in answer.rows if isinstance(r, dict))
            self._last_caveat = answer.caveat if answer.status == "partial" else ""
            self._last_question = question if isinstance(question, str) else ""
            # (the figure answered and the words it was sought by: 「上限いっぱい」 after it, limit_reached.py)
            self._value_said = (answer.value, [str(u.get("value")) for u in answer.understood
                                               if u.get("field") == "text" and u.get("op") == "match"])
            self._last_typed = question if corrected else typed if isinstance(typed, str) else ""
            self._over_before = over
            if year_note:
                answer.notes.insert(0, year_note)
            if corrected:
                answer.notes.insert(0, corrected)
            if kana is not None:
                kana_said(kana, answer)
            if self.context is not None:
                self._history.append((self.context, list(self.context_rows)))
            if isinstance(typed, str):
                # (as typed: the rewrites above are how it was read, not what was asked; surrogates from a
                # broken terminal replaced, as _ask does)
                answer.question = typed.encode("utf-8", "replace").decode("utf-8")
            return answer
        except sqlite3.DatabaseError as exc:  # a damaged page that opening the index did not notice
            return Answer(question=question if isinstance(question, str) else repr(question),
                          summary="索引を読めませんでした。", status="no_match",
                          error=f"索引ファイルが壊れています（{exc}）。`gyokaku ingest` を実行して索引を作り直してください。")
        except Exception as exc:  # an engine bug must never reach the user as a traceback
            import traceback

            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            return Answer(question=question if isinstance(question, str) else repr(question),
                          summary="質問の処理中にエラーが起きました。", status="no_match",
                          error=f"内部エラーのため答えられませんでした（{detail}）。別の言い方でお試しください。")

    def _corrected(self, question: str) -> tuple[str, str]:
        """「R5でC評価だった項目」→「あ、R5じゃなくて2020年度で」: the question before asked again with the word
        put right (over what it was asked of), and the note saying so; else the question as it is."""
        m = _CORRECTION.match(nfkc(question))
        before = getattr(self, "_last_typed", "")
        if not m or not before:
            return question, ""
        was, now = m.group("was"), m.group("now")
        if was == now or was not in nfkc(before):
            return question, ""
        return nfkc(before).replace(was, now, 1), f"前の質問の「{was}」を「{now}」に置き換えて聞き直しました"

    def _section_of_unused(self, question: object, answer: Answer) -> None:
        """「評価がCの施設は今後どうするって書いてある？」 answered from a table with 今後 unread: the
        document's own section headed with that word (「4 今後の対応」) says it, so its first paragraph is
        shown first, and said to be shown. The answer stays partial: the rows are not what was asked."""
        if not isinstance(question, str) or answer.status != "partial" or not answer.unused \
                or not _WHAT_WRITTEN.search(question):
            return
        sources = {r.get("source") for r in answer.rows} | {e.get("source") for e in answer.excerpts[:1]}
        sources.discard(None)
        if len(sources) != 1:
            return
        source = sources.pop()
        for word in [w for w in answer.unused if len(w) >= 2]:
            headings = self.db.execute(
                "SELECT key, line, text FROM passages WHERE source = ? AND field = 'heading' AND instr(text, ?) > 0",
                [source, word]).fetchall()
            if len(headings) != 1:
                continue
            key, line, heading = headings[0]
            body = self.db.execute("SELECT key, line, text, field FROM passages WHERE key = ? AND line > ? "
                                   "AND field <> 'heading' ORDER BY line LIMIT 1", [key, line]).fetchone()
            if body is None:
                continue
            answer.excerpts.insert(0, {"key": body[0], "source": source, "line": body[1], "text": body[2],
                                       "field": body[3], "highlights": []})
            answer.notes.append(f"「{word}」は表の欄にないため、見出し「{heading}」の本文を先に示します")
            return

    def _unread_documents(self) -> dict[str, str]:
        """Source → the build's note, of the documents a dedicated kind recognised but could not read:
        read once per open index (every answer is checked against them)."""
        memo = self.db.memo
        if "unread" not in memo:
            try:
                found = self.db.execute("SELECT source, note FROM warnings WHERE kind = 'other_kind' "
                                        "ORDER BY source, line").fetchall()
            except sqlite3.OperationalError:  # an index built before reading notes were kept
                found = []
            memo["unread"] = dict(found)
        return memo["unread"]

    def _read_as_generic(self, answer: Answer) -> None:
        """An answer from a document that a dedicated kind recognised but could not read (an edition
        with a part in a layout not known yet), and that was therefore read as a generic document: the
        generic reading may not be what the document means, so the answer is never stated as exact."""
        if answer.status != "exact" or answer.error:
            return
        unread = self._unread_documents()
        sources = sorted({str(r["source"]) for r in (*answer.rows, *answer.excerpts)
                          if isinstance(r, dict) and r.get("source")} & unread.keys())
        if not sources:
            return
        said = "、".join(f"「{source}」は{unread[source]}" for source in sources)
        answer.status = "partial"
        answer.caveat = f"{said}。この回答は汎用の読み取りによるもので、文書の意味どおりでない可能性があります。"
        answer.notes.insert(0, answer.caveat)
        answer.summary = answer.caveat + answer.summary

    def _place_spelled_in_kana(self, question: str) -> tuple[str, str]:
        """「くしろ市の行革で」: a city written in hiragana is the one of the documents' titles whose name
        reads so (釧路市), said in a note; the question as it is when none reads so."""
        said = list(_KANA_PLACE.finditer(question))
        if not said:
            return question, ""
        from assistant.query.tables.readings import reading

        count = self.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        if getattr(self, "_title_places", (None,))[0] != count:
            titles = [r[0] or "" for r in self.db.execute("SELECT title FROM documents").fetchall()]
            # (and the places the records name: a case study's 福島県 is said 「ふくしまけん」 too)
            named = {p for p in getattr(self.parser.lex, "places", ()) if _PLACE_SUFFIX.search(p)}
            self._title_places = (count, sorted({p for t in titles for p in place_names(t)} | named))
        for m in reversed(said):
            run, suffix = m.group(1), {"けん": "県"}.get(m.group(2), m.group(2))
            found = {p for p in self._title_places[1] if p[-1] == suffix and len(p) >= 3
                     and len(stem := reading(p[:-1])) >= 3 and run.endswith(stem)}
            if len(found) == 1:
                place = found.pop()
                start = m.end(1) - len(reading(place[:-1]))
                spelled = question[start:m.end()]
                question = question[:start] + place + question[m.end():]
                return question, f"「{spelled}」を「{place}」と読みました"
        return question, ""

    def _letters_spelled_in_kana(self, question: str) -> tuple[str, str]:
        """「ｴｰｱｲヘルプデスク」: letters spelled by their names in katakana (エーアイ) are the letters (AI) when a
        record's name holds them so, said in a note; the question as it is otherwise."""
        text = nfkc(question)
        for m in _LETTER_NAMES_RUN.finditer(text):
            letters = "".join(_LETTER_OF[n] for n in _LETTER_NAME.findall(m.group(0)))
            joined, _ = self.parser.lex.joined_titles
            if len(letters) >= 2 and notation_key(letters) in joined:
                return text[:m.start()] + letters + text[m.end():], f"「{m.group(0)}」を「{letters}」と読みました"
        return question, ""

    def _reply_asked(self, question: str) -> Answer | None:
        """「…について質問したのは誰？」→「事務局はどう答えた？」: after a member's question shown from
        minutes, the statement that follows it is the reply asked for."""
        shown = getattr(self, "_last_excerpt", None)
        if shown is None or not _ASKS_REPLY.search(nfkc(question)) or not (
                _ASKED_IN_MINUTES.search(nfkc(shown.get("text", ""))) or _MEMBER_TURN.match(nfkc(shown.get("text", "")))):
            return None
        # (a member's turn shown joined to the reply printed under it, 「【委員A】…。（事務局）…」: that reply)
        joined = _JOINED_REPLY.search(str(shown.get("text") or "")) if _MEMBER_TURN.match(nfkc(shown.get("text", ""))) else None
        reply = {**shown, "text": joined.group(1), "highlights": []} if joined else self._reply_to(shown)
        if reply is None:
            return None
        return Answer(question=question, target="passage", status="search", count=1, rows=[], excerpts=[reply, shown],
                      summary=f"前の回答の発言（{shown['source']} {shown['line']}行目）への応答です: 「{reply['text']}」",
                      understood=[{"field": "text", "op": "after", "value": shown["line"],
                                   "label": f"前の回答の発言（{shown['line']}行目）の次の発言"}])

    def _decided_under_item(self, question: str, shown: list[dict]):
        """What the minutes decided on the agenda item whose heading is the best passage (decided_lines.py)."""
        if not shown or shown[0].get("field") != "heading" or "document_texts" not in self.db.table_names():
            return None
        row = self.db.execute("SELECT text FROM document_texts WHERE source = ?", [shown[0].get("source")]).fetchone()
        return decided_under_item(question, str(row[0]), int(shown[0].get("line") or 0)) if row and row[0] else None

    def _entries_under_heading(self, question: str, words: list, shown: list[dict]):
        """「決定事項は全部でいくつ」: the lines under each heading printing the word (listed_figures.py),
        counted in the document of the best passage."""
        if not shown or "document_texts" not in self.db.table_names():
            return None
        row = self.db.execute("SELECT text FROM document_texts WHERE source = ?", [shown[0].get("source")]).fetchone()
        got = entries_under_heading(question, [str(w) for w in words], str(row[0])) if row and row[0] else None
        if got is None:
            return None
        n, word, heads = got
        return n, word, shown[0], (f"「{word}」の見出し（{heads}か所）の下に並ぶ行が 計{n}件あります"
                                   f"（文書の行から数えた値です）。")

    def _as_printed(self, excerpt: dict) -> dict:
        """The excerpt with its text as the document prints it, line by line from its first line to the
        next blank line (a paragraph's passage joins its lines: a list printed one line per entry is read
        by its lines)."""
        row = self.db.execute("SELECT text FROM document_texts WHERE source = ?", [excerpt.get("source")]).fetchone() \
            if "document_texts" in self.db.table_names() else None
        line = int(excerpt.get("line") or 0)
        if not row or not row[0] or line < 1:
            return excerpt
        printed = []
        for text in str(row[0]).splitlines()[line - 1:line + 200]:
            if not text.strip():
                break
            printed.append(text)
        return {**excerpt, "text": "\n".join(printed)} if len(printed) > 1 else excerpt

    def _other_extreme(self, question: str):
        """「じゃあいちばん低かったのは？」 right after 「…がいちばん高かった施設は？」: the question before with its
        extreme turned over (高 → 低, 多 → 少な, 大き → 小さ …), asked again; None when the question is not only that."""
        m = _OTHER_END.match(nfkc(question))
        before = nfkc(getattr(self, "_last_question", "") or "")
        if m is None or not before:
            return None
        want = m.group("adj")
        other = _EXTREME_PAIRS.get(want)
        said = list(re.finditer(rf"(?:いちばん|一番|最も|もっとも)\s*{other}(?=い|かった|く)", before)) if other else []
        if len(said) != 1:
            return None
        at = said[0]
        asked = before[:at.start()] + at.group(0).replace(other, want) + before[at.end():]
        answer = self._ask(asked)
        if answer is not None and not answer.error:
            answer.notes.insert(0, f"「{question}」を前の質問の逆「{asked}」と読みました。")
        return answer

    def _limit_reached(self, question: str):
        """「じゃあ上限いっぱいになっている区分は？」 after the limit was answered as a figure: the rows whose column
        holds it, asked as 「改定率が50%の区分は？」 (limit_reached.py); None when the question is not of that shape."""
        from assistant.query.limit_reached import said_as_value

        value, words = getattr(self, "_value_said", (None, []))
        asked = said_as_value(self.db, question, value, words)
        if asked is None:
            return None
        answer = self._ask(asked)
        if answer is not None and not answer.error:
            answer.notes.insert(0, f"「{question}」を「{asked}」と読みました（前の回答の値 {value}）。")
            if answer.status == "exact":  # (the figure was read from a passage: to be checked there, so this too)
                answer.status = "partial"
                answer.caveat = (f"前の回答で本文から読んだ値（{value}）を条件にしています。" + (answer.caveat or "")).strip()
        return answer

    def _when_of_the_figure(self, question: str, shown: dict | None) -> Answer | None:
        """「関係各課って何課ある？」(38課)→「それいつ決めたの？」: the date the same passage gives (the one
        nearest the verb asked, 決 of 決定, when it prints several); a search, as the figure was."""
        asked = _WHEN_OF_IT.match(nfkc(question))
        if shown is None or asked is None:
            return None
        body = nfkc(str(shown.get("text", "")))
        dates = [(m.start(), m.group(0)) for m in _DATE_SAID.finditer(body)]
        if not dates:
            return None
        verb = asked.group("verb") or ""
        at = body.find(verb[:1]) if verb and re.match(r"[一-龥]", verb) else -1
        if len(dates) > 1 and at < 0:
            return None
        start, date = min(dates, key=lambda d: abs(d[0] - at)) if at >= 0 else dates[0]
        self._figure_value, self._figure_excerpt = date, shown
        return Answer(question=question, target="passage", status="search", count=len(self.context_rows[:1]),
                      rows=list(self.context_rows[:1]), excerpts=[shown], value=date,
                      summary=(f"前の回答と同じ箇所に「{date}」とあります（{shown.get('source', '')} {shown.get('line', '')}行目: "
                               f"「{body[max(0, start - 20):start + 40]}」。抜粋から読んだ値です）。"),
                      understood=[{"field": "text", "op": "when", "value": date, "label": "前の回答の箇所の日付・年度"}])

    def _same_figure_again(self, question: str, shown: dict | None, value) -> Answer | None:
        """「平成27年度は何市町村参加した？」→「H26は？」「じゃあ岡山市は？」: the same figure asked of another
        year or name, read from the passage the figure was just read from (a search, as it was)."""
        asked = self._figure_asked
        if shown is None or value is None or not asked or _figure_phrase(question) \
                or _FIGURE_VERB_ASKED.search(nfkc(question)) or not _ANOTHER_ONE.search(nfkc(question)):
            return None
        again = f"{question} {asked}"
        figure = (_figure_near_label(again, [shown]) or _figure_before_verb(again, [shown])
                  or total_stated(again, [shown]) or times_listed(again, [shown]) or figure_of_year(again, [shown]))
        if figure is None or figure[0] == value:
            figure = _figure_after_word_said(question, shown, value)
        if figure is None or figure[0] == value:
            return None
        self._figure_value, self._figure_excerpt = figure[0], figure[2]
        return Answer(question=question, target="passage", status="search", count=len(self.context_rows[:1]),
                      rows=list(self.context_rows[:1]), excerpts=[figure[2]], value=figure[0],
                      summary=figure_sentence(figure) + f"（前の質問と同じく「{asked}」を、{_ANOTHER_SAID.sub('', question).rstrip('はって?？ ')}について読みました）",
                      understood=[{"field": "text", "op": "again", "value": asked,
                                   "label": f"前の質問と同じ「{asked}」"}])

    def _flow_again(self, question: str, shown: dict | None, before) -> Answer | None:
        """「倉敷から岡山へ何人？」→「逆に岡山から倉敷へは？」「逆は？」: the movement the other way, read from
        the passage the figure before was read from (under the same dates)."""
        flow = flow_asked(question, before) if shown is not None and before is not None else None
        figure = flow_stated(flow, [shown]) if flow is not None and flow != before else None
        if figure is None:
            return None
        self._figure_value, self._figure_excerpt, self._figure_flow = figure[0], shown, flow
        return Answer(question=question, target="passage", status="search", count=1, rows=[], excerpts=[shown],
                      value=figure[0],
                      summary=(f"{flow[0]}から{flow[1]}へは、抜粋に「{figure[1]}」とあります（抜粋から読んだ値です。"
                               f"{shown.get('source', '')} {shown.get('line', '')}行目）。"),
                      understood=[{"field": "text", "op": "flow", "value": f"{flow[0]}→{flow[1]}",
                                   "label": f"{flow[0]}から{flow[1]}へ"}])

    def _share_of_the_figure(self, question: str, shown: dict | None, value) -> Answer | None:
        """「婚活まんまるバスツアーの参加者は？」→「女性の割合は何％？」: the part the passage prints of the figure
        just read (「参加者37名(男性20名、女性17名)」, _part_of_the_figure) over that figure. A part not printed is
        no share (None: the rest of the engine reads the question)."""
        asked = _SHARE_OF_PART.match(nfkc(question))
        if asked is None or shown is None or not isinstance(value, (int, float)) or not value:
            return None
        before = (self._figure_asked, self._figure_value, self._figure_excerpt)
        part = self._part_of_the_figure(f"そのうち{asked.group('w')}は？", shown, value)
        if part is None or not isinstance(part.value, (int, float)):
            self._figure_asked, self._figure_value, self._figure_excerpt = before
            return None
        tenths = bool(asked.group("tenths") or asked.group("tenths2"))
        printed = part.value
        share = printed / value * (10 if tenths else 100)
        part.value = share
        part.summary = (f"前の回答の値 {value} のうち「{asked.group('w')}」は {printed} で、割合は {share:.4g}"
                        f"{'割' if tenths else '%'} です（{printed} ÷ {value}。抜粋から読んだ値です: {shown.get('source', '')} "
                        f"{shown.get('line', '')}行目）。")
        part.understood = [{"field": "text", "op": "share", "value": asked.group("w"),
                            "label": f"前の回答の値のうち「{asked.group('w')}」の割合"}]
        return part

    def _part_of_the_figure(self, question: str, shown: dict | None, value) -> Answer | None:
        """「幹事会は何回？」→「そのうち書面は？」: after a figure read from a passage (「幹事会 4回(うち2回書面
        開催)」), the part of it the passage prints after うち with the word asked, in the same unit."""
        asked = _PART_ASKED.match(nfkc(question))
        if shown is None or value is None or asked is None:
            return None
        word, body = re.sub(r"(?:の分|の方|のほう|分)$", "", asked.group("w")), nfkc(str(shown.get("text", "")))
        number = r"(\d[\d,]*(?:\.\d+)?)\s*(" + _ANY_COUNTER + r"|日|時間|" + _MONEY_UNITS + r"|[%％])"
        printed = compiled(r"うち\s*(?:" + number + r"\s*(?:が|は|の)?\s*" + re.escape(word)
                           + r"|" + re.escape(word) + r"[^\d。、,，)）]{0,4}?" + r"(\d[\d,]*(?:\.\d+)?)\s*(" + _ANY_COUNTER
                           + r"|日|時間|" + _MONEY_UNITS + r"|[%％]))")
        found = {(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in printed.finditer(body)}
        if not found:
            # 「電話加入権34本(岡山市26本,倉敷市8本)」: the parts in brackets right after the figure given
            total = re.escape(f"{value:,}" if isinstance(value, int) and value >= 1000 else str(value))
            for m in compiled(r"(?<![\d,.])" + total + r"\s*(?:" + _ANY_COUNTER + r"|日|時間|" + _MONEY_UNITS
                              + r"|[%％])\s*[(（]([^)）]*)[)）]").finditer(body):
                part = compiled(re.escape(word) + r"[^\d、,，]{0,3}?" + number).search(m.group(1))
                if part:
                    found.add((part.group(1), part.group(2)))
        if not found:
            # 「財政効果額 37億6千万円 / 主な取組 / ・ 企業版ふるさと納税の導入 7億7千万円」: a line of the list
            # printed after the figure given that holds the word and one figure
            after = body.find(str(value)) if str(value) in body else -1
            for line in (body[after:].splitlines()[1:] + self._passages_after(shown)) if after >= 0 else ():
                if word in line:
                    parts = compiled(number).findall(line[line.index(word) + len(word):])
                    if len(parts) == 1:
                        found.add(parts[0])
        if len(found) != 1:
            return None
        digits, unit = found.pop()
        part = float(digits.replace(",", ""))
        # (the whole stays what the next 「うち…は」 is a part of)
        self._figure_asked, self._figure_value, self._figure_excerpt = "", value, shown
        # (an amount in 億/万 is the figure as printed: 7億7千万円 is not 7)
        as_printed = unit != "円" and compiled(_MONEY_UNITS).fullmatch(unit)
        return Answer(question=question, target="passage", status="search", count=1, rows=[], excerpts=[shown],
                      value=f"{digits}{unit}" if as_printed else int(part) if part.is_integer() else part,
                      summary=(f"前の回答の値（{value}）のうち「{word}」は {digits}{unit} です（抜粋から読んだ値です。"
                               f"{shown.get('source', '')} {shown.get('line', '')}行目）。"),
                      understood=[{"field": "text", "op": "part", "value": word,
                                   "label": f"前の回答の値のうち「{word}」"}])

    def _passages_after(self, excerpt: dict, most: int = 12) -> list[str]:
        """The texts of the passages right after one, up to the next heading (a list printed under it)."""
        out = []
        for text, field_ in self.db.execute("SELECT text, field FROM passages WHERE source = ? AND line > ? AND field NOT IN "
                                            "('table', 'table_row') ORDER BY line LIMIT ?",
                                            [excerpt.get("source"), excerpt.get("line", 0), most]).fetchall():
            if field_ == "heading":
                break
            out += nfkc(str(text)).splitlines()
        return out

    def _reply_to(self, excerpt: dict) -> dict | None:
        """The statement right after a question asked in minutes (「事務局：…」), or None."""
        row = self.db.execute("SELECT key, source, line, text, field FROM passages WHERE source = ? AND line > ? "
                              "AND field NOT IN ('table', 'table_row') ORDER BY line LIMIT 1",
                              [excerpt.get("source"), excerpt.get("line", 0)]).fetchone()
        if not row or row[4] == "heading" or not _SPEAKER.match(nfkc(row[3])):
            return None
        return {"key": row[0], "source": row[1], "line": row[2], "text": row[3], "field": row[4], "highlights": []}

    def _compare_counts(self, question: str) -> Answer | None:
        """Two counts compared: 「R6で終わる実践項目は、R4で終わったものより何件多い？」「総合評価Aの
        実践項目はBの何倍」「Aの件数とBの件数の差」. Each side is read as a question of its own; a
        second side that is only a value (「R3より」「Bの」) is the first side with that value put in."""
        # (「C評価の件数はR2の方がR3より何件多い」: a grade's count in two years, said as the two counts)
        for phrasing in _COUNTS_COMPARED:
            question = phrasing.apply(question)
        for pattern, way in _COMPARE:
            m = pattern.match(question)
            if m:
                break
        else:
            return None
        side_a, side_b = m["a"], m["b"]
        if way == "which" and m["what"]:
            side_a, side_b = f"{side_a}の{m['what']}", f"{side_b}の{m['what']}"
        if way in ("change", "change_diff"):  # (each year's count of the thing said before them: 「朝霧野市の行革の令和9年度の◎」)
            side_a, side_b = (f"{m['pre']}{year}に{m['what']}" for year in (m["a"], _era_of(m["a"], m["b"])))
            way = "diff" if way == "change_diff" else "grew" if m["dir"] == "増" else "shrank"
        side_b = _elliptic(side_a, side_b)
        # 「R4とR5で評価がAの実践項目の件数の差」: the first side is only a value, the second says the rest.
        side_a = _elliptic(side_b, side_a.rstrip("でにはが"))
        if _figure_counted(side_a) or _figure_counted(side_b):
            return None
        (side_a, qa), (side_b, qb) = self._count_side(side_a), self._count_side(side_b)
        if not _KIND_WORD.search(side_b):
            qb.target = qa.target
        # (a side asking a field's value, 「取組項目1の実践項目数」, is no count of records)
        if (qa.unused or qb.unused or qa.target != qb.target or qa.target == "passage"
                or not qa.conditions or not qb.conditions or qa.value_field or qb.value_field):
            return None
        qa.aggregate = qb.aggregate = ""
        a, b = self._run(qa, side_a), self._run(qb, side_b)
        if self._has_conflicts:  # (each side's records in or out by a value printed two ways: said, partial)
            for side in (a, b):
                disputed_membership(self.db, self.executor, side)
        if a.error or b.error or a.status == "search" or b.status == "search":
            return None
        target = a.target or qa.target
        kind = kind_label(target)
        la, lb = _side_label(side_a), _side_label(side_b)
        if way == "ratio":
            if not b.count:
                return None
            value = round(a.count / b.count, 4)
            summary = f"{la}は {a.count}件、{lb}は {b.count}件で、{value:g}倍です。"
            shape = f"{kind}の件数の比"
        elif way == "which":
            more = m["most"] == "多"
            value = "同じ" if a.count == b.count else (la if (a.count > b.count) == more else lb)
            summary = (f"{la}は {a.count}件、{lb}は {b.count}件で、{value}のほうが{'多い' if more else '少ない'}です"
                       f"（差は {abs(a.count - b.count)}件）。" if a.count != b.count
                       else f"どちらも {a.count}件で、同じです。")
            if _HOW_FAR_APART.search(question, m.end()):
                value = abs(a.count - b.count)  # (「…どっちが多い？多い方は何件差？」: the difference is what is asked last)
            shape = f"{kind}の件数の比べ"
        else:
            value = {"less": b.count - a.count, "more": a.count - b.count, "grew": b.count - a.count,
                     "shrank": a.count - b.count}.get(way, abs(a.count - b.count))
            word = "多い" if a.count >= b.count else "少ない"
            summary = (f"{la}は {a.count}件、{lb}は {b.count}件で、差は {abs(a.count - b.count)}件（{la}のほうが{word}）です。"
                       if a.count != b.count else f"どちらも {a.count}件で、差はありません。")
            shape = f"{kind}の件数の差"
            if way in ("grew", "shrank"):  # (the change from the first year to the second, signed as asked)
                moved = "増え" if b.count >= a.count else "減り"
                summary = f"{la}は {a.count}件、{lb}は {b.count}件で、{abs(b.count - a.count)}件{moved}ました。"
                shape = f"{kind}の件数の増減"
        understood = ([dict(c, label=f"前者: {c['label']}") for c in a.understood if c.get("op") != "count"]
                      + [dict(c, label=f"後者: {c['label']}") for c in b.understood if c.get("op") != "count"]
                      + [Condition("*", "compare", way, shape).to_dict()])
        # (a side counted over a value the documents print two ways, 実践項目60のR3: the comparison is not sure either)
        unsure = next((x for x in (a, b) if x.status == "partial"), None)
        if unsure is not None:
            summary = f"{unsure.caveat or unsure.summary.split('。')[0] + '。'}{summary}"
        return Answer(question=question, target=target, status="partial" if unsure else "exact", summary=summary, value=value,
                      # (「件数の差はいくつ」 is itself a number of records: the count, where one is asked)
                      caveat=unsure.caveat if unsure else "",
                      count=2 if way in ("ratio", "which") else abs(a.count - b.count), columns=["group", "count"],
                      rows=[{"key": "group:1", "group": la, "count": a.count},
                            {"key": "group:2", "group": lb, "count": b.count}],
                      understood=understood, notes=a.notes + [n for n in b.notes if n not in a.notes],
                      excerpts=[], sql=a.sql + b.sql, query=qa.to_dict())

    def _of_the_top_ones(self, question: str) -> Answer | None:
        """「委員評価がいちばん高かった取組項目の実践項目のうち、R5がBだったもの」: the records belonging to the
        ones an extreme names, asked as two turns are: the extreme (「…いちばん高かった取組項目は？」), then
        「その実践項目のうち…」. None when the extreme alone is not read whole, or gives no records."""
        m = _OF_THE_TOP.match(nfkc(question))
        kinds = dict(KIND_WORDS)
        if m is None or (kinds.get(m["parent"]), kinds.get(m["child"])) not in LINKS:
            return None
        top = f"{m['top']}{m['parent']}は？"
        probe = self.parser.parse(top)
        if probe.unused or probe.aggregate not in ("max", "min"):
            return None
        first = self._ask(top)
        if first.status != "exact" or not first.rows:
            return None
        codes = "、".join(str(r.get("code", "")) for r in first.rows)
        answer = self._ask(f"その{m['child']}{m['rest'] or 'は？'}")
        answer.question = question
        answer.notes = [f"「{m['top']}{m['parent']}」（{codes}）の{m['child']}として読みました"] + [
            n for n in answer.notes if not n.startswith("前の質問")]  # (the turn before is this question's own)
        return answer

    def _extreme_again(self, question: str) -> Answer | None:
        """「実践項目がいちばん多い取組項目は」→「それって何件？」: the figure the record(s) just found are
        highest (or lowest) in, asked again; not a count of the records."""
        q, rows = self.context, self.context_rows
        if q is None or q.aggregate not in ("max", "min") or not q.agg_field or not rows \
                or not _ASKS_ITS_FIGURE.match(nfkc(question)):
            return None
        values = {r.get(q.agg_field) for r in rows}
        if len(values) != 1 or not isinstance(next(iter(values)), (int, float)):
            return None
        value = values.pop()
        label = field_label(q.agg_field, q.target)
        names = "、".join(f"{r.get('code', '')} {r.get('title', '')}".strip() for r in rows)
        # (「それぞれ何項目？」 of a number of records each holds: that number is the count asked for)
        counted = q.agg_field.startswith("n_") and _ASKS_A_NUMBER_OF.search(nfkc(question))
        return Answer(question=question, target=q.target, status="exact", value=value,
                      count=int(value) if counted else len(rows), rows=rows,
                      summary=f"{names} の{label}は{'それぞれ ' if len(rows) > 1 else ' '}{value:g} です。",
                      understood=[{"field": q.agg_field, "op": "value", "value": None, "label": f"前の回答の{label}を答える"}],
                      query=q.to_dict())

    def _year_end_month(self, answer: Answer, question: str) -> Answer:
        """「令和5年3月に終わった」: the last month of a fiscal year is read by the fiscal-year rule, as the
        whole year (取組終了 R4, as the list prints it); the month the progress sheets print for some items
        is the other reading, said beside it. When the two differ the answer is not stated as exact."""
        from assistant.store.places import with_places

        said = answer.query if isinstance(answer.query, dict) else {}
        if answer.status != "exact" or answer.error or said.get("aggregate") not in ("", "count", None) \
                or said.get("value_field") or not isinstance(question, str):
            return answer
        conds = [Condition(c["field"], c["op"], c.get("value"), c.get("label", "")) for c in said.get("conditions") or []
                 if isinstance(c, dict) and "field" in c and "op" in c]
        month = [c for c in conds if c.field == "ended_month" and c.op == "=" and str(c.value).endswith("-03")]
        year = next((str(c.value) for c in conds if c.field == "ended" and c.op == "="), "")
        target = said.get("target", "")
        if len(month) != 1 or not year or target not in self.executor.tables:
            return answer
        whole = Query(question=said.get("question", question), target=target,
                      conditions=[c for c in conds if c is not month[0]], aggregate=said.get("aggregate") or "")
        try:
            if len(self.executor.select(self.executor.resolve(whole)[0])[0]) == answer.count:
                return answer
            fiscal = with_places(self.db, self.run(whole, question))
        except Exception:  # noqa: BLE001 - the other reading is only offered
            return answer
        if fiscal.error or fiscal.status not in ("exact", "no_match"):
            return answer
        ym = str(month[0].value)
        fiscal.status = "partial"
        fiscal.caveat = (f"「{ym[:4]}年3月」は年度末のため、{year}年度に取組を終えたものとして答えました"
                         f"（進捗状況シートに終了月が{ym[:4]}年3月と記載されたものに限ると{answer.count}件です）。")
        fiscal.summary = fiscal.caveat + fiscal.summary
        return fiscal

    def _top_group_again(self, question: str) -> Answer | None:
        """「実践項目をいちばん多く担当している部署は」→「何件？」: the size of the largest group just
        named, asked again; not a count of every record."""
        q, rows = self.context, self.context_rows
        if q is None or q.aggregate != "top_group" or not q.group_by or not rows \
                or not any(_ASKS_ITS_FIGURE.match(said) or _ASKS_ITS_SIZE.match(said)
                           for said in (nfkc(question), nfkc(_rephrased(question)))):
            return None
        groups, _ = group_counts(rows, q.group_by)
        if not groups:
            return None
        best = groups[0][1] if q.descending else min(n for _, n in groups)
        top = [g for g, n in groups if n == best]
        names = group_names(rows, q.group_by)
        label = field_label(q.group_by, q.target)
        shown = "・".join(names.get(g, g) for g in top)
        if _ALONE.search(nfkc(question)) and len(top) == 1:
            # 「そこが単独で担当している実践項目は何件？」: the records that group holds with no other
            alone = [r for r in rows if isinstance(r.get(q.group_by), list) and len(r[q.group_by]) == 1]
            return Answer(question=question, target=q.target, status="exact", value=len(alone), count=len(alone),
                          rows=alone, summary=f"{shown} だけの{kind_label(q.target)}は {len(alone)}件です（ほかの{label}と一緒のものを除く）。",
                          understood=[{"field": q.group_by, "op": "only", "value": top[0],
                                       "label": f"{label} = {shown} のみ"}], query=q.to_dict())
        return Answer(question=question, target=q.target, status="exact", value=best, count=best, rows=rows,
                      summary=f"{shown} の{kind_label(q.target)}は{'それぞれ ' if len(top) > 1 else ' '}{best}件です。",
                      understood=[{"field": q.group_by, "op": "value", "value": None,
                                   "label": f"前の回答の{label}の件数を答える"}],
                      query=q.to_dict())

    def _next_after_extreme(self, question: str) -> Answer | None:
        """「委員評価がいちばん低い取組項目は」→「その次に低いのは？」: the records of the next value after the
        extreme just given (ties kept together), of the same records."""
        q, rows = self.context, self.context_rows
        m = _NEXT_ASKED.match(nfkc(question))
        if q is None or q.aggregate not in ("max", "min") or not q.agg_field or not rows or not m \
                or q.target not in self.executor.tables:
            return None
        if (m.group("dir") in ("低", "少", "下")) != (q.aggregate == "min"):
            return None  # (「いちばん低い」→「その次に高いのは」: not the next of the same order)
        every = Query(question=question, target=q.target, conditions=list(q.conditions))
        found = self.executor.select(self.executor.resolve(every)[0])[0]
        values = sorted({r.get(q.agg_field) for r in found if isinstance(r.get(q.agg_field), (int, float))},
                        reverse=q.aggregate == "max")
        shown = {r.get(q.agg_field) for r in rows}
        after = [v for v in values if v not in shown]
        if not after:
            return None
        value = after[0]
        nxt = [r for r in found if r.get(q.agg_field) == value]
        label = field_label(q.agg_field, q.target)
        names = "、".join(f"{r.get('code', '')} {r.get('title', '')}".strip() for r in nxt)
        word = "低い" if q.aggregate == "min" else "高い"
        if q.agg_field.startswith("n_"):
            word = "少ない" if q.aggregate == "min" else "多い"
        return Answer(question=question, target=q.target, status="exact", count=len(nxt), rows=nxt,
                      value=value,
                      summary=f"{label}が次に{word}{kind_label(q.target)}は {names} です（{label} {value:g}）。",
                      understood=[{"field": q.agg_field, "op": "next", "value": value,
                                   "label": f"前の回答の次に{label}が{word}もの"}],
                      query=q.to_dict())

    def _which_were_top(self, question: str) -> Answer | None:
        """「実践項目がいちばん多い取組項目は何件ある？」→「それどの取組項目？」: the records the figure just
        given is the highest (or lowest) of, asked for; not every record of the kind."""
        q, rows = self.context, self.context_rows
        m = _ASKS_WHICH_ONES.match(nfkc(question))
        if q is None or q.aggregate not in ("max", "min") or not q.agg_field or not rows or not m:
            return None
        said = m.group("kind") or ""
        if said and not any(w == said and k == q.target for w, k in KIND_WORDS):
            return None
        label = field_label(q.agg_field, q.target)
        names = "、".join(f"{r.get('code', '')} {r.get('title', '')}".strip() for r in rows)
        word = ("最も多い" if q.aggregate == "max" else "最も少ない") if q.agg_field.startswith("n_") else \
            ("最も高い" if q.aggregate == "max" else "最も低い")
        return Answer(question=question, target=q.target, status="exact", count=len(rows), rows=rows,
                      value=names if len(rows) == 1 else None,
                      summary=f"{label}が{word}{kind_label(q.target)}は {names} です（{len(rows)}件）。",
                      understood=[{"field": q.agg_field, "op": "rows", "value": None,
                                   "label": f"前の回答で{label}が{word}もの"}],
                      query=q.to_dict())

    def _count_side(self, side: str) -> tuple[str, Query]:
        """A side of a comparison of counts, read; 「納税部会の事業数」 (no field of that name) is the
        number of those records: 「納税部会の事業の数」."""
        q = self.parser.parse(side)
        if q.unused and _RECORDS_COUNTED.search(side):
            other = _RECORDS_COUNTED.sub(r"\1の数", side)
            q_other = self.parser.parse(other)
            if not q_other.unused:
                return other, q_other
        return side, q

    def run(self, q: Query, question: str) -> Answer:
        """A query already read (a question with one condition taken off): answered and settled as a
        question is, and the conversation goes on from it."""
        self._scopes, self._scope_words, self._words_taken = [], set(), []
        self._place_caveat, self._unchecked_places = "", set()
        self._guessed_by_related_text = []
        answer = self._guessed_unsure(self._run(q, question))
        if self._place_caveat and not answer.caveat and not answer.error:
            answer.caveat = self._place_caveat
        settle(answer, [w for w in q.unused if w not in self._words_taken])
        if not answer.error:
            self.context, self.context_rows = q, answer.rows
        return answer

    def _remember_one(self, answer: Answer) -> None:
        """The one record of a kind an answer was about (実践項目N23), for 「その実践項目」 two turns on."""
        key = str(answer.rows[0].get("key", "")) if answer.rows else ""
        # (one key among thousands of rows is known at the second that differs)
        one = bool(answer.rows) and all(str(r.get("key", "")) == key for r in answer.rows)
        self._turn += 1
        self._ones = {k: v for k, v in self._ones.items() if self._turn - v[1] <= 3}
        if one and answer.target in _NAMED_BY_CODE.values():
            self._ones[answer.target] = (key.split(":", 1)[1], self._turn, answer.rows[0])

    def _the_year_said_before(self, question: str) -> tuple[str, str]:
        """「H27年度の参加市町村数」→「その年の道路橋は？」: 「その年」 is the one year the question before said
        (put in, and said so); unchanged when it said none or several."""
        m = _THAT_YEAR.search(nfkc(question))
        years = {_date_key(y.group(0)): y.group(0) for y in _ENTRY_DATE.finditer(nfkc(self._last_question))}
        if m is None or len(years) != 1:
            return question, ""
        year = next(iter(years.values())).strip()
        said = nfkc(question)
        return said[:m.start()] + year + said[m.end():], f"「{m.group(0)}」を前の質問の「{year}」と読みました"

    def _the_member_said_before(self, question: str) -> str:
        """「大楠委員の所属は？」→「その委員はどの取組について意見を言ってる？」: 「その委員」 is the one member the
        question before named (its name put in), not the records its answer happened to show."""
        m = _THAT_MEMBER.search(question)
        if m is None or not self._last_question:
            return question
        try:
            before = self.parser.parse(self._last_question)
        except Exception:
            return question
        names = {str(c.value) for c in before.conditions if c.field == "member" and c.op == "=" and c.value}
        if len(names) != 1:
            return question  # (none, or several: which one is meant is unsaid)
        return question[:m.start()] + next(iter(names)) + "委員" + question[m.end():]

    def _the_one_said_before(self, question: str) -> str:
        """「で、その実践項目のR5の評価は？」 after that item's initiative's comments: the item the
        conversation was on (its number put in), not the items of the answer just before."""
        m = _THAT_KIND.search(question)
        if not m or self.context is None or not self.context_rows:
            return question
        kind = _NAMED_BY_CODE[m.group(1)]
        if kind == self.context.target and len(self.context_rows) == 1 and self.context_rows[0].get("code") \
                and kind in self.executor.tables and self.db.execute(
                    f"SELECT COUNT(*) FROM [{kind}] WHERE code = ?", [str(self.context_rows[0]["code"])]).fetchone()[0] == 1:
            # (「その実践項目のR3の進捗度」 after one item: that item named, so its year is read as named ones' are)
            return question[:m.start()] + m.group(1) + str(self.context_rows[0]["code"]) + question[m.end():]
        if kind == self.context.target or kind not in self._ones or self._turn - self._ones[kind][1] != 1:
            return question
        code, _, row = self._ones[kind]
        # Only when the answer just before is about that record too (its initiative's comments).
        shared = [f for f in row if f not in _NOT_LINKS and row[f] not in (None, "")
                  and all(str(r.get(f)) == str(row[f]) for r in self.context_rows)]
        if not shared:
            return question
        return question[:m.start()] + m.group(1) + code + question[m.end():]

    def _the_group_said_before(self, question: str) -> str:
        """「実践項目を一番多く担当している部署は？」→「その部署の実践項目でR5がAのものは？」: the group the
        answer before named (one value of its largest group) put in for 「その部署」「そこの」, so the
        follow-up's conditions are of that group's records; its size asked again is _top_group_again's."""
        q, rows = self.context, self.context_rows
        m = _THAT_GROUP.match(question)
        if m is None or q is None or q.aggregate != "top_group" or not q.group_by or not rows \
                or any(p.match(said) for p in (_ASKS_ITS_FIGURE, _ASKS_ITS_SIZE)
                       for said in (nfkc(question), nfkc(_rephrased(question)))):
            return question
        groups, _ = group_counts(rows, q.group_by)
        if not groups:
            return question
        best = groups[0][1] if q.descending else min(n for _, n in groups)
        top = [g for g, n in groups if n == best]
        if len(top) != 1:
            return question  # (several tied: which one is meant is unsaid)
        name = group_names(rows, q.group_by).get(top[0], top[0])
        return question[:m.start("that")] + name + question[m.end("that"):]

    def _in_the_same_documents(self, q: Query) -> None:
        """「釧路市の実践項目2-3」→「その委員の意見は？」: the records the previous ones belong to (取組項目 2)
        are those of the same report, not another report's 取組項目 2."""
        sources = sorted({str(r["source"]) for r in self.context_rows if r.get("source")})
        linked = [c for c in q.conditions if c.op == "in" and c.label.startswith("前の回答の")]
        if not sources or not linked or any(c.field == "source" for c in q.conditions) \
                or q.target not in self.executor.tables:
            return
        # A report read from two documents (its list, its committee's paper) is one: the records linked to
        # the previous ones by key are of the same report, whichever document prints them.
        from assistant.kinds.registry import link_column

        link, keys = link_column(q.target), [str(r.get("record") or r.get("key")) for r in self.context_rows]
        if link and link in self.executor.columns.get(q.target, []) and keys:
            sources = sorted(set(sources) | {r[0] for r in self.db.execute(
                f"SELECT DISTINCT source FROM [{q.target}] WHERE [{link}] IN ({','.join('?' * len(keys))})", keys)})
        probe = _with(q, linked)
        if self.executor.exists(_with(probe, linked + [Condition("source", "not_in", sources, "")])):
            q.conditions.append(Condition("source", "in", sources, "前の回答と同じ資料"))

    def _onto_the_one(self, question: str, q: Query) -> Query:
        """「実践項目28の進捗状況シート」→「施設を廃止したのはいつ？」: words of their own, no kind named, right
        after one record whose text holds every one of them: asked of that record (read as if it had
        been named), not of every document."""
        q = self._guess_of_another_kind(question, q)
        words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"]
        context, rows = self.context, self.context_rows
        if not words or context is None or len({str(r.get("key", "")) for r in rows}) != 1 or _KIND_WORD.search(question) \
                or any(c.field != "text" for c in q.conditions) or any(c in q.conditions for c in context.conditions):
            return q
        row, target = rows[0], context.target
        scope = [target] + WIDER_SCOPE.get(target, [])
        if row.get("code") in (None, "") or not kind_label(target) \
                or not all(self.executor.excerpts(target, [str(row["key"])], [w], scope) for w in words):
            return q
        by_code = {kind: word for word, kind in _NAMED_BY_CODE.items()}
        # Its number is that of one document's record: two newsletters both have an article 1.
        same = [Condition("source", "in", [row["source"]], "前の回答と同じ資料")] if row.get("source") else []
        owner = target if target in by_code else next((k for k in by_code if row.get(k) not in (None, "")), None)
        if owner is not None:  # read as if the record had been named as users name it
            named = f"{by_code[owner]}{row[owner if owner != target else 'code']}" + (
                "で" if owner == target else f"の{kind_label(target)}で")
            onto = self.parser.parse(named + question)
            onto.question = q.question
            if not any(c.field == "source" for c in onto.conditions):
                onto.conditions += same
            return onto
        onto = copy.copy(q)
        onto.target, onto.alternatives = target, []
        onto.conditions = [Condition("code", "=", str(row["code"]), f"前の回答の{kind_label(target)} ({row['code']})")] \
            + list(q.conditions) + same
        if onto.value_field not in self.parser.lex.columns.get(target, ()):
            onto.value_field = ""
        return onto

    def _guess_of_another_kind(self, question: str, q: Query) -> Query:
        """「北杜市の取組」→「オンライン申請の対象手続はいくつに増えた？」: words taken for a record of
        another kind by part of its title (実践項目「電子申請の対象手続の拡大」, a guess) are the words of
        the one record the conversation is on when its text holds them all: read as words again."""
        guessed = [c for c in q.conditions if c.field.startswith("@title:") and c.op == "~="]
        context, rows = self.context, self.context_rows
        if len(guessed) != 1 or context is None or len({str(r.get("key", "")) for r in rows}) != 1 \
                or guessed[0].field.split(":", 1)[1] == context.target or _KIND_WORD.search(question) \
                or any(c.field not in ("text", "source") and c is not guessed[0] for c in q.conditions):
            return q
        words = self.parser.content_words(question)
        scope = [context.target] + WIDER_SCOPE.get(context.target, [])
        if not words or not all(self.executor.excerpts(context.target, [str(rows[0]["key"])], [w], scope) for w in words):
            return q
        again = copy.copy(q)
        again.conditions = [c for c in q.conditions if c.field == "text"] + [
            Condition("text", "match", w, f"本文に「{w}」を含む") for w in words
            if not any(c.field == "text" and c.value == w for c in q.conditions)]
        again.notes = [n for n in q.notes if not n.endswith("とみなしました")]
        return again

    def _named_figures_added_up(self, question: str, answer: Answer) -> None:
        """「正規・再任用・臨時を全部足すと何名」 answered by passages and no value: the figures the top passage prints
        beside each name, added up (named_figures_sum.py); a search still, each figure shown."""
        if answer.error or answer.status not in ("search", "partial") or not answer.excerpts:
            return
        # (a figure read already while the word of adding went unused is one of the figures, not their sum)
        adding_unused = any(re.match(r"(?:足|たす|合わせ|あわせ|合計|合算)", nfkc(w)) for w in answer.unused)
        if answer.value is not None and not (adding_unused and answer.status == "search"):
            return
        self._named_figures_differenced(question, answer)
        if answer.value is not None and not adding_unused:
            return
        from assistant.query.named_figures_sum import added_up

        got = added_up(question, answer.excerpts[:3])
        if got is None:
            return
        total, figures, excerpt = got
        if answer.value is not None:
            # (the one figure read before, and the note that the word of adding went unused, are no more so)
            answer.summary = re.sub(r"^[^。]*」とあります（抜粋から読んだ値です。[^）]*）。", "", answer.summary, count=1)
            answer.summary = re.sub(r"「(?:足|たす|合わせ|あわせ|合計|合算)[^」]*」は使えていません。", "", answer.summary)
        answer.value, answer.status = total, "search"
        # (the verb of adding and the names listed are used by it)
        answer.unused = [w for w in answer.unused if not re.match(r"(?:足|たす|合わせ|あわせ|合計|合算)", nfkc(w))
                         and not any(part and part in "".join(figures) for part in re.split(r"[・、と,]", nfkc(w)))]
        answer.excerpts = [excerpt] + [e for e in answer.excerpts if e is not excerpt]
        unit = re.search(r"(?:万円|千円|億円|円|名|人|件|か所|箇所|ヶ所|個|台|回)$", figures[-1])
        answer.summary = (f"本文の「{'」「'.join(figures)}」を足すと {total:,}{unit.group(0) if unit else ''} です（抜粋から読んだ値です。"
                          f"{excerpt.get('source', '')} {excerpt.get('line', '')}行目）。" + answer.summary)

    def _named_figures_differenced(self, question: str, answer: Answer) -> None:
        """「男性が女性より何名多い」 answered by passages and no value: the figures the top passage prints beside the
        two names, one less the other (named_figures_difference.py); a search still, both figures shown."""
        if answer.value is not None:
            return
        from assistant.query.named_figures_difference import difference

        said = tuple(str(u.get("value")) for u in answer.understood if u.get("field") == "text" and u.get("op") == "match")
        got = difference(question, answer.excerpts[:3], said)
        if got is None:
            return
        value, figures, excerpt, unit = got
        answer.value, answer.status = value, "search"
        shown = nfkc(str(excerpt.get("text") or ""))
        # (the two names, read by the figures beside them, and the word of comparing are used by it)
        answer.unused = [w for w in answer.unused if nfkc(w) not in ("多い", "少ない", "大きい", "小さい", "高い", "低い")
                         and not re.match(r"(?:届か|届いてい?な|足りな|足らな|及ば)", nfkc(w))
                         and not (nfkc(w) in shown or re.sub(r"(?:の)?(?:分|側)$", "", nfkc(w)) in shown)]
        answer.excerpts = [excerpt] + [e for e in answer.excerpts if e is not excerpt]
        way = "" if value >= 0 else "（問いとは逆向きの差です）"
        answer.summary = (f"本文の「{figures[0]}」と「{figures[1]}」の差は {value:,}{unit} です{way}（抜粋から読んだ値です。"
                          f"{excerpt.get('source', '')} {excerpt.get('line', '')}行目）。" + answer.summary)

    def _figures_worked_out(self, question: str, answer: Answer) -> None:
        """The figures worked out of the excerpts (below), read only from the blocks of a memo the question names
        (「杉ノ原村の…」 of a memo headed 【朴沢村】【杉ノ原村（参考）】…: named_blocks.py); the others are shown after."""
        from assistant.query.named_blocks import of_named_blocks

        kept = of_named_blocks(self.db, question, answer.excerpts) if isinstance(question, str) else answer.excerpts
        if len(kept) == len(answer.excerpts):
            return self._figures_worked_out_of(question, answer)
        others = [e for e in answer.excerpts if not any(e is k for k in kept)]
        answer.excerpts = kept
        try:
            self._figures_worked_out_of(question, answer)
        finally:
            answer.excerpts = answer.excerpts + [e for e in others if not any(e is x for x in answer.excerpts)]

    def _figures_worked_out_of(self, question: str, answer: Answer) -> None:
        """「倉敷市の予算執行額は何千円圧縮された」「研修会とバスツアーの参加者数を全部足すと何人」「関係各課は何課」
        answered with passages and no figure: the figures the passages shown print, worked out as asked
        (worked_figures.py) or the one printed under the label asked; a search still, each figure shown."""
        from assistant.query import labels_less, worked_figures, year_figures_ratio

        if answer.error or not answer.excerpts or answer.target == "conflicts":
            return
        counted = (answer.query or {}).get("aggregate") not in (None, "")
        text_value = isinstance(answer.value, str) and len(answer.value) > 40  # (a field's whole text: no figure)
        said = [str(u.get("value")) for u in answer.understood if u.get("field") == "text" and u.get("op") == "match"]
        words = [w for w in said + list(answer.unused) if len(nfkc(w)) >= 2]
        if answer.value is not None and answer.status == "search" and not text_value and worked_figures.change_asked(question):
            # 「倉敷市は予算執行額をいくら削減できた」 read as the figure under the label, 316千円: one of the two
            # figures the change is worked out from is no change
            changed = worked_figures.change_read(question, answer.excerpts[:4], words)
            shown = re.match(r"\s*(\d[\d,]*(?:\.\d+)?)", nfkc(str(answer.value)))
            if changed is not None and shown and changed[0] != float(shown.group(1).replace(",", "")) \
                    and any(abs(f - float(shown.group(1).replace(",", ""))) < 1e-9 for f in changed[3]):
                answer.value = None
                answer.summary = re.sub(r"^抜粋に「[^」]*」とあります（抜粋から読んだ値です）。", "", answer.summary, count=1)
        if counted and answer.status in ("partial", "no_match") and answer.rows and _FIGURE_ASKED.search(nfkc(question)):
            # (「関係各課は現在いくつの課と答えている」 read as a count of Q&As, with a word unread: the figure the
            # records' own text prints under the label, 「関係各課（３８課）」, is what is asked)
            keys = list(dict.fromkeys(str(r.get("key")) for r in answer.rows if r.get("key")))
            passages = [{"key": k, "source": src, "line": line, "field": field, "text": text}
                        for k, src, line, field, text in self.db.execute(
                            f"SELECT key, source, line, field, text FROM passages WHERE key IN ({','.join('?' * len(keys))}) "
                            "ORDER BY id", keys).fetchall()]
            figure = _labelled_figure(question, passages) if passages else None
            if figure is None:
                return
            value, how, excerpt = figure
            answer.value, answer.status, answer.count = value, "search", 1
            answer.rows = [r for r in answer.rows if str(r.get("key")) == excerpt["key"]] or answer.rows[:1]
            answer.excerpts = [excerpt]
            answer.understood = [u for u in answer.understood if not (isinstance(u, dict) and u.get("op") == "count")]
            answer.unused = [w for w in answer.unused if nfkc(w) not in nfkc(str(excerpt.get("text") or ""))
                             and not re.match(r"答え|回答|書い|言っ", nfkc(w))]
            answer.summary = (f"抜粋に「{how}」とあります（抜粋から読んだ値です。{excerpt.get('source', '')} "
                              f"{excerpt.get('line', '')}行目）。件数ではなく本文の数として読みました。")
            return
        if worked_figures.sum_asked(question) and answer.status in ("search", "partial") and self._named_lines_added_up(question, answer):
            return
        # (a ratio another reading worked out, entry_figures' 「合計額、R6はR2の何倍」, stays; a count of records is none)
        if year_figures_ratio.asked(question) and (answer.value is None or counted):
            self._year_figures_ratio(question, answer)
            return
        if (answer.value is not None and not text_value) or counted:
            return
        got = None
        flow = self._flow_figure(question, answer.excerpts[:4])  # (「倉敷市から岡山市の保育所に入ったのは何人」)
        if flow is not None:
            got = (flow[0], f"抜粋に「{flow[1]}」とあります", flow[2])
            self._figure_value, self._figure_excerpt = flow[0], flow[2]  # (「逆は？」 after it: _flow_again)
        elif labels_less.asked(question) is not None:
            # (「AからBを差し引くと」: each label's figure of the year said, in the documents shown)
            sources = list(dict.fromkeys(str(e.get("source")) for e in answer.excerpts[:4] if e.get("source")))
            for source in sources:
                texts = [str(t) for (t,) in self.db.execute(
                    "SELECT text FROM passages WHERE source = ? ORDER BY line, id", [source]).fetchall()]
                less = labels_less.worked_out(question, texts)
                if less is not None:
                    got = (less[0], less[1], next(e for e in answer.excerpts if str(e.get("source")) == source))
                    answer.unused = [w for w in answer.unused if not re.match(r"差し引|差引|引い|引く|控除", nfkc(w))]
                    break
        elif worked_figures.change_asked(question):
            changed = worked_figures.change_read(question, answer.excerpts[:4], words)
            if changed is not None:
                unit = (worked_figures.change_asked(question) or ("", ""))[0]
                # (the figure worked out said with its unit: 「…の差を足した値です（2,723千円）」)
                got = (changed[0], f"{changed[1]}（{changed[0]:,}{unit}）", changed[2])
        elif worked_figures.sum_asked(question):
            # (the first excerpt whose line names the items with their figures: a year said may rank another first)
            for first in answer.excerpts[:4]:
                lines = [str(t) for (t,) in self.db.execute(
                    "SELECT text FROM passages WHERE key = ? AND field = ? AND source = ? AND line = ? ORDER BY id",
                    [first.get("key"), first.get("field"), first.get("source"), first.get("line")]).fetchall()]
                if len(lines) < 2:
                    lines = re.split(r"\n|(?=・)", nfkc(str(first.get("text") or "")))
                added = worked_figures.sum_read(question, lines)
                if added is not None:
                    got = (added[0], "「" + "」「".join(added[1]) + f"」を足すと {added[0]:,} です", first)
                    break
        elif answer.value is None:
            earlier = self._history[-1][0].question if self._history else ""
            figure = _labelled_figure(question, answer.excerpts[:3], earlier if isinstance(earlier, str) else "")
            if figure is not None:
                got = (figure[0], f"抜粋に「{figure[1]}」とあります", figure[2])
        if got is None and answer.value is None \
                and (stated := _figure_near_label(question, answer.excerpts[:3], total_only=True)) is not None:
            # (「財政効果、合計でいくら」 where the text states 「財政効果の合計は年額442,200千円」: the total printed)
            got = (stated[0], f"抜粋に「{stated[1]}」とあります", stated[2])
        if got is None:
            if text_value and (worked_figures.change_asked(question) or worked_figures.sum_asked(question)):
                answer.value, answer.status = None, "search"  # (a whole text is no figure worked out)
            return
        value, how, excerpt = got
        answer.value, answer.status = value, "search"
        answer.excerpts = [excerpt] + [e for e in answer.excerpts if e is not excerpt]
        shown = nfkc(str(excerpt.get("text") or ""))
        which = worked_figures._WHICH_CHANGE.search(nfkc(question))  # (「減り幅が大きかった市」: read by the change picked)
        answer.unused = [w for w in answer.unused if nfkc(w) not in shown and not re.match(
            r"(?:足|たす|合わせ|あわせ|合計|合算|" + worked_figures._VERBS + r")", nfkc(w))
            and not (which and nfkc(w)[:2] in which.group(0))]
        if answer.caveat and not answer.unused and answer.caveat.endswith("その条件なしの回答です。"):
            # (the words it could not read are read by the figures worked out: its caveat no more)
            answer.summary, answer.caveat = answer.summary.replace(answer.caveat, "", 1), ""
        answer.summary = (f"{how}（抜粋から読んだ値です。{excerpt.get('source', '')} {excerpt.get('line', '')}行目）。"
                          + answer.summary)

    def _named_lines_added_up(self, question: str, answer: Answer) -> bool:
        """「まんまるよやく操作研修会、情報セキュリティ研修会、…の参加者は合計何名」: the one passage printing a line
        for every item said, their figures added up (worked_figures.sum_read), whatever record or figure the engine
        settled on before (a 「計24名」 of another record is no sum of these). False when no one passage reads so."""
        from assistant.query import worked_figures

        asked = worked_figures._SUM_ASKED.search(worked_figures._names_first(question))
        names = [n for n in re.split(r"\s*(?:・|、|と|,)\s*", (asked.group("names") or "") if asked else "") if n]
        if len(names) < 2:
            return False
        # (a line of bullets is stored as one passage per bullet: the passages of one place read together)
        places: dict[tuple, list[str]] = {}
        for r in self.db.execute("SELECT key, source, line, field, text FROM passages WHERE ("
                                 + " OR ".join("text LIKE ?" for _ in names) + ") ORDER BY id LIMIT 200",
                                 [f"%{n}%" for n in names]).fetchall():
            places.setdefault(tuple(r[:4]), []).append(nfkc(str(r[4] or "")))
        read = {}
        for (key, source, line, field_), texts in places.items():
            lines = [ln for t in texts for ln in re.split(r"\n|(?=・)", t)]
            added = worked_figures.sum_read(question, lines) if all(any(n in t for t in texts) for n in names) else None
            if added is not None:
                read.setdefault(added[0], ({"key": key, "source": source, "line": line, "field": field_,
                                            "text": "\n".join(texts), "highlights": []}, added[1]))
        if len(read) != 1:
            return False
        value, (excerpt, figures) = next(iter(read.items()))
        answer.value, answer.status, answer.count, answer.caveat = value, "search", 1, ""
        answer.rows = [r for r in answer.rows if str(r.get("key")) == excerpt["key"]]
        answer.excerpts = [excerpt]
        shown = nfkc(str(excerpt["text"]))
        answer.understood = [{"field": "text", "op": "sum", "value": "、".join(names),
                              "label": f"本文の「{'」「'.join(names)}」の{asked.group('label')}の合計"}]
        answer.unused = [w for w in answer.unused if nfkc(w) not in shown and not re.match(r"合計|足|合わせ|あわせ|合算", nfkc(w))]
        answer.summary = (f"「{'」「'.join(figures)}」を足すと {value:,} です（抜粋から読んだ値です。{excerpt['source']} "
                          f"{excerpt['line']}行目）。")
        if answer.unused:
            answer.status = "partial"
            answer.summary = f"「{'」「'.join(answer.unused)}」は使えませんでした。" + answer.summary
        return True

    def _year_figures_ratio(self, question: str, answer: Answer) -> None:
        """「平成27年度の道路橋の点検数は平成26年度の何倍」: the two figures the year cells of a passage print
        (year_figures_ratio.py), over the passages shown and those of the records found. Where they are not
        read, the count or figure the engine found is no ratio: no value, partial, said first."""
        from assistant.query import year_figures_ratio

        keys = list(dict.fromkeys(str(r.get("key")) for r in answer.rows[:5] if r.get("key")))
        passages = list(answer.excerpts[:4]) + ([
            {"key": k, "source": src, "line": line, "field": field, "text": text}
            for k, src, line, field, text in self.db.execute(
                f"SELECT key, source, line, field, text FROM passages WHERE key IN ({','.join('?' * len(keys))}) "
                "ORDER BY id", keys).fetchall()] if keys else [])
        got = year_figures_ratio.read(question, passages)
        answer.understood = [u for u in answer.understood if not (isinstance(u, dict) and u.get("op") == "count")]
        if got is None:
            said = year_figures_ratio.asked(question).group(0)
            answer.value, answer.status, answer.count = None, "partial", len(answer.rows)
            caveat = f"「{said}」の二つの年度の数を本文から読み取れなかったため、倍率は計算していません。"
            answer.caveat, answer.summary = caveat, caveat + answer.summary
            return
        value, how, excerpt, _figures = got
        answer.value, answer.status, answer.count = value, "search", 1
        answer.excerpts = [excerpt] + [e for e in answer.excerpts if e is not excerpt]
        answer.summary = f"{how}（抜粋から読んだ値です。{excerpt.get('source', '')} {excerpt.get('line', '')}行目）。"

    def _figure_of_the_record(self, question: str, q: Query, answer: Answer) -> None:
        """「栃木県の展示場、H27の利益分配金いくら」 answered with the one record (a case study) and no value:
        the figure its passages print under the label asked (under the year said), read from the passage.
        The answer becomes a search (the value is to be checked there); the words used for it are used."""
        if answer.error or answer.value is not None:
            return
        again, before = "", self._figure_value
        if not _figure_phrase(question) and self._figure_asked and _ANOTHER_ONE.search(nfkc(question)):
            # 「H27の開館日数は？」→「旧館のときは？」: the same figure asked again, of what is said now
            again, question = self._figure_asked, f"{question} {self._figure_asked}"
        self._figure_asked, self._figure_value, self._figure_excerpt = "", None, None
        asked = _LABEL_QUANTITY.search(nfkc(question)) or _QUANTITY_LABEL_ALONE.search(nfkc(question))
        if len(answer.rows) != 1 or q.value_field or q.aggregate or not asked or q.target not in self.executor.tables:
            return
        key = str(answer.rows[0].get("key", ""))
        label = asked.group("label")
        scope = [q.target] + WIDER_SCOPE.get(q.target, [])
        found = self.executor.excerpts(q.target, [key], [label], scope)
        figure = _figure_near_label(question, found)
        if figure is not None and again and figure[0] == before:
            figure = None  # (the figure just given is no answer to it asked of something else)
        if figure is None:
            if again and answer.status == "exact":
                # (the record is no answer to a figure asked of it: said, as a search of its passages)
                answer.status = "search"
                answer.summary = (f"「{again.rstrip('はって?？ ')}」を、この質問について本文から読み取れませんでした。"
                                  "記録と本文の箇所を示します。" + answer.summary)
            return
        self._figure_asked, self._figure_value, self._figure_excerpt = _figure_phrase(question), figure[0], figure[2]
        said = {_date_key(m.group(0)) for m in _ENTRY_DATE.finditer(nfkc(question))}
        answer.unused = [w for w in answer.unused if _date_key(w) not in said]
        answer.value, answer.status = figure[0], "search"
        answer.excerpts = [figure[2]] + [e for e in answer.excerpts if e.get("line") != figure[2].get("line")]
        answer.summary = (f"{answer.rows[0].get('code', '')} の本文に「{figure[1]}」とあります（抜粋から読んだ値です。"
                          f"{figure[2].get('source', '')} {figure[2].get('line', '')}行目）。"
                          + (f"「{'」「'.join(answer.unused)}」は使えていません。" if answer.unused else ""))

    def _quantity_in_text(self, question: str, q: Query) -> Answer | None:
        """「（その進捗シートで）令和7年2月末までに何個売れたの？」: 何個 with a verb of its own (売れた, not
        ある) asks a quantity the record's text states, not how many records there are: the passage of
        the one record (or its parts) that gives a number in that unit, as a search."""
        if _ADDED_UP_ASKED.search(nfkc(question)):
            return None  # 「1月から3月までの利用者数は合わせて何人」: numbers added up, not one the text states
        asked = _QUANTITY_IN_TEXT.search(nfkc(question)) or _PLACES_COUNTED.search(nfkc(question))
        if asked is None and not q.value_field and not q.aggregate:
            asked = _AMOUNT_ASKED.search(nfkc(question))  # 「最終的にいくら集まった？」: an amount in 円
        elif q.aggregate != "count" and (q.aggregate or find_years(question)):
            asked = None  # (「何社から」 with no count asked and no year said: a quantity the text states)
        said = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"]
        # (a year that is itself one of the words sought, 「平成26年度に参加した」, is no condition on a field)
        years_sought = any(find_years(w) for w in said)
        if not asked or not (q.unused or (said and (not find_years(question) or years_sought))) \
                or q.target not in self.executor.tables:
            return None
        rows = self.executor.select(self.executor.resolve(_with(q, [
            c for c in q.conditions if not c.field.startswith("@dated") and not (c.field == "text" and c.op == "match")]))[0])[0]
        in_unit = asked.group(2) if asked.re.groups > 1 else None  # (何万円: an amount in that unit)
        if in_unit and len({str(r.get("key")) for r in rows}) > 1:
            # 「その号に載ってる未利用地の売却額は合計何万円？」: the one record of the issue whose text says the words
            # (the unit itself is no word of the text: the index reads 8,640万円 as its number)
            rows = self.executor.select(self.executor.resolve(_with(q, [
                c for c in q.conditions if not c.field.startswith("@dated") and not str(c.value).endswith(in_unit)]))[0])[0]
        if len({str(r.get("key")) for r in rows}) != 1:
            return None
        unit = asked.group(1) or in_unit or "円"
        scope = [q.target] + WIDER_SCOPE.get(q.target, [])
        dated = [str(v) for c in q.conditions if c.field.startswith("@dated") for v in (c.value or [])]
        # (an amount's unit, 万円, is no word the index holds: the other words said find its passage)
        sought = [w for w in said if not w.endswith(in_unit)] or [unit] if in_unit else [unit]
        found = [e for e in self.executor.excerpts(q.target, [str(rows[0]["key"])], sought, scope)
                 if re.search(r"\d[\d,.]*\s*(?:万|千|億)?" + re.escape(unit), str(e.get("text", "")))]
        found.sort(key=lambda e: -sum(w in str(e.get("text", "")) for w in said))  # 「何社から寄附」: with 寄附
        # (a headline's 「150社を超えました」 says a bound; the passage printing the figure itself comes first)
        found.sort(key=lambda e: not any(not _BOUND_AFTER.match(nfkc(str(e.get("text", ""))), m.end()) for m in re.finditer(
            r"\d[\d,.]*\s*(?:万|千|億)?" + re.escape(unit), nfkc(str(e.get("text", ""))))))
        if not dated and not find_years(question):  # no year said: the summing-up says it for the whole
            found.sort(key=lambda e: not ("総括" in str(e.get("key", "")) or e.get("field") == "notes"))
        said_dates = [w for w in said if re.search(r"\d\s*[年月]", w)]
        found.sort(key=lambda e: not any(d in str(e.get("text", "")) for d in said_dates))  # (R3年3月現在で…)
        found.sort(key=lambda e: not any(d in str(e.get("text", "")) for d in dated))
        if _IN_THE_END.search(question):  # 「最終的に」「結局」: the summing-up (総括) is where it is said
            found.sort(key=lambda e: "総括" not in str(e.get("key", "")) + str(e.get("field", "")))
        if not found:
            return None
        first = found[0]
        # (the one record the figure is read from is shown with it: which case, which item)
        answer = Answer(question=question, target="passage", status="search", count=len(found), rows=rows[:1],
                        excerpts=found[:3], unused=list(q.unused), understood=[c.to_dict() for c in q.conditions],
                        summary=(f"「何{unit}」は記録の件数ではなく本文の数量と読み" if asked.group(1) or in_unit else "「いくら」は本文に書かれた金額と読み")
                                + f"、{rows[0].get('code', '')} の本文から探しました"
                                f"（{first.get('source', '')} {first.get('line', '')}行目）: 「{str(first.get('text', ''))[:160]}」")
        figure = _figure_near_label(question, found[:3]) or fall_stated(question, found[:3])
        if figure is not None:
            # (the figure printed under the label asked, read from the passage: still a search, to be checked there)
            answer.value = figure[0]
            answer.summary = f"抜粋に「{figure[1]}」とあります（抜粋から読んだ値です）。" + answer.summary
            answer.excerpts = [figure[2]] + [e for e in answer.excerpts if e is not figure[2]]
            self._figure_value, self._figure_excerpt = figure[0], figure[2]
        return answer

    def _fall_in_text(self, question: str, q: Query) -> Answer | None:
        """「保育所の民間移管で職員定数どれだけ減った？」 of one record: the decrease its passages print with ▲
        (「職員定数削減 … ▲436人」), read there (a search: to be checked there)."""
        asked = fall_asked(question)
        if not asked or q.target not in self.executor.tables or q.aggregate or q.value_field:
            return None
        rows = self.executor.select(self.executor.resolve(_with(q, [
            c for c in q.conditions if not (c.field == "text" and c.op == "match" and c.value in asked)]))[0])[0]
        if len({str(r.get("key")) for r in rows}) != 1:
            return None
        # (▲ is no word the search index holds: the record's own passages that print it)
        found = [{"key": r[0], "source": r[1], "line": r[2], "text": r[3], "field": r[4], "highlights": []}
                 for r in self.db.execute("SELECT key, source, line, text, field FROM passages WHERE key = ? AND "
                                          "(instr(text, '▲') > 0 OR instr(text, '△') > 0) ORDER BY line",
                                          [str(rows[0]["key"])]).fetchall()]
        figure = fall_stated(question, found)
        if figure is None:
            return None
        self._figure_value, self._figure_excerpt = figure[0], figure[2]
        return Answer(question=question, target="passage", status="search", count=1, rows=rows[:1], value=figure[0],
                      excerpts=[figure[2]] + [e for e in found if e is not figure[2]][:2],
                      unused=[w for w in q.unused if w not in asked],
                      understood=[c.to_dict() for c in q.conditions],
                      summary=figure_sentence(figure) + f"{rows[0].get('code', '')} の本文で ▲ の付いた減少の数です"
                              f"（{figure[2].get('source', '')} {figure[2].get('line', '')}行目）。")

    def _number_changed(self, question: str, q: Query) -> Answer | None:
        """「オンライン申請の対象手続はいくつに増えた？」 of one record: a number its text says something
        rose or fell to (「42件から186件に増加」), not a count of records; the passage, as a search."""
        if not _CHANGED_TO.search(nfkc(question)) or q.target not in self.executor.tables:
            return None
        said = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"]
        # (the record that holds the words: the words say which when its number alone is not unique)
        rows = self.executor.select(self.executor.resolve(copy.copy(q))[0])[0]
        if not said or len({str(r.get("key")) for r in rows}) != 1:
            return None
        scope = [q.target] + WIDER_SCOPE.get(q.target, [])
        found = [e for e in self.executor.excerpts(q.target, [str(rows[0]["key"])], said, scope)
                 if _CHANGE_STATED.search(nfkc(str(e.get("text", ""))))]
        if not found:
            return None
        first = found[0]
        line = next((part for part in str(first.get("text", "")).splitlines()
                     if _CHANGE_STATED.search(nfkc(part)) and all(w in part for w in said)),
                    str(first.get("text", ""))[:160])
        return Answer(question=question, target="passage", status="search", count=len(found), rows=[],
                      excerpts=found[:3], unused=[w for w in q.unused if not _CHANGE_VERB.match(w)],
                      understood=[c.to_dict() for c in q.conditions],
                      summary=(f"「いくつに」は記録の件数ではなく本文の数と読み、{rows[0].get('code', '')} の本文から探しました"
                               f"（{first.get('source', '')} {first.get('line', '')}行目）: 「{line}」"))

    def _table_reads_value(self, question: str, found: Answer) -> bool:
        """「…の利用者数は令和4年度から令和6年度で何人増えましたか？」 of a city named: a search of the text
        for the number is no better than a table of that city's document reading every word of the
        question into one value (the number is that table's cells)."""
        if found.status != "search" or "table_row" not in self.executor.tables:
            return False
        places = self._places_said(question)
        # (「総合体育館の利用者数は令和4年度から令和6年度で何人増えた？」: a change of one row's figure between two
        # years, the row named: the table's two cells, not a number the text states)
        changed = bool(_ROW_CHANGE_SAID.search(nfkc(question)))
        if not places and not _ADDED_UP_SAID.search(nfkc(question)) and not changed:
            return False
        from assistant.query.tables import answer_from_tables

        tabled = answer_from_tables(self.db, question, self.table_context, loose=changed and not places, dedicated=changed and not places)
        if tabled is None or tabled[0].status != "exact" or tabled[0].value is None:
            return False
        if places or (changed and not tabled[0].unused and len(tabled[0].rows) == 1):
            return len(tabled[0].rows) == 1
        # 「寄附件数、令和6年度は全部で何件？」, no city named: a sum of one table's column that the question's own
        # words name (the table answer reads every word, and no other document's table reads as well)
        return not tabled[0].unused and any(u.get("op") == "sum" for u in tabled[0].understood)

    def _count_stated(self, question: str, q: Query) -> Answer | None:
        """「LINEの登録者数って令和7年2月末で何件？」「R5の救急出場件数は何件」: a number of people or
        events the text states, not a number of records: the passages with the question's words, those
        giving a number in the unit asked first, as a search."""
        if _ADDED_UP_ASKED.search(nfkc(question)):
            return None  # (numbers added up: a table's, not one the text states)
        asked = _COUNT_STATED.search(nfkc(question)) if q.aggregate == "count" else None
        asked = asked or (_TIMES_DONE.search(nfkc(question)) if q.aggregate in ("", "count") and not q.value_field else None)
        if not asked or any(c.field == "@no" for c in q.conditions):
            return None
        if _BOUND_ON_COUNT.search(asked.group(0)):
            return None  # 「採用件数が10件以上だった年度は何回ある」: the count bounds the rows counted, no number stated
        # (after the cheap test above: the table reader is imported only for a number asked)
        from assistant.query.tables.read import read_tables
        from assistant.query.tables.sheet_change import sheet_change

        if any(sheet_change(t, question) is not None for t in read_tables(self.db)):
            return None  # (「提案件数、R4からR6で何件増えた」: the change of a list's rows between two years' sheets)
        thing = re.sub(r"(?:の)?(?:件数|人数|回数|数)$", "", asked.group(1) or "")
        if asked.group(1) is not None and (
                not thing or any(thing.endswith(k) for k, _ in KIND_WORDS) or thing in _FIELD_WORDS):
            return None  # 「実践項目数は何件」: records counted after all
        unit = asked.group(2)
        words = [w for w in self.parser.content_words(question) if not w.startswith("何")]
        if not words:
            return None
        answer = self._passage_answer(Query(question=question, target="passage", conditions=[
            Condition("text", "match", w, f"本文に「{w}」を含む") for w in words]), question, list(q.notes))
        stated = [e for e in answer.excerpts if re.search(r"\d[\d,]*\s*" + re.escape(unit), str(e.get("text", "")))]
        if not stated:
            return None
        core = max(re.findall(r"[一-龥ァ-ヶー]{2,}", thing) or [thing], key=len) if thing else ""
        said_years = {y.fiscal_year for y in find_years(nfkc(question))}
        if len(said_years) == 1:
            # 「令和4年度調査の回答者数」 over one line per survey (調査時期：令和４年１１月 ／ 回答者数：768人): the
            # line of the year said first (a calendar month read by the fiscal-year rule), among the lines that name
            # the thing counted (「R5の救急出場件数」: the line of 救急出場件数 before a 利用件数 line dated R6年2月末)
            stated.sort(key=lambda e: not said_years & {
                y.fiscal_year for y in find_years(nfkc(str(e.get("text", ""))), calendar=True) if not y.ambiguous})
        if core:
            stated.sort(key=lambda e: core not in nfkc(str(e.get("text", ""))))  # the thing counted, said first
        answer.excerpts = stated + [e for e in answer.excerpts if e not in stated]
        first = stated[0]
        if thing:
            # 「回答者数：768人」: the number the line labels with the thing counted is the value, still a search
            labelled = re.findall(re.escape(nfkc(asked.group(1))) + r"\s*[:：]\s*(\d[\d,]*)\s*" + re.escape(unit),
                                  nfkc(str(first.get("text", ""))))
            if len(labelled) == 1:
                answer.value = int(labelled[0].replace(",", ""))
        answer.status, answer.count, answer.rows = "search", len(stated), []
        answer.summary = (f"「何{unit}」は記録の件数ではなく本文に書かれた数と読み、その語を含む箇所から探しました"
                          f"（{first.get('source', '')} {first.get('line', '')}行目）: 「{str(first.get('text', ''))[:160]}」")
        return answer

    def _document_axes(self, question: str, q: Query) -> Answer | None:
        """「工夫が4点の実践項目」「書かない窓口、成果は何点？」: an axis the report scores its items on and
        names itself (its 総括's 成果・工夫, query/axes.py), the word read from the index. The items are
        chosen by the rest of the question, then by that axis; None when no such word is said."""
        # (an initiative's axes are its members' scores where a committee's paper prints them: 「委員Cが5点の取組」)
        kind = q.target if q.target == "initiative" else "practice"
        if not q.target and not q.conditions and len(self.context_rows or []) == 1 \
                and str(self.context_rows[0].get("key", "")).startswith("initiative:"):
            kind = "initiative"  # (a follow-up on the one initiative shown: 「委員Bは何点？」)
        asked = axis_asked(question, axis_words(self.db, kind)) if q.target in ("practice", "initiative", "") else None
        if asked is None or "axes" not in self.executor.columns.get(kind, []):
            return None
        if asked.op in ("order", "sum", "dash") and kind != "practice":
            return None  # (the items' own figures only: members' scores of initiatives are asked by their points)
        said = nfkc(question)[asked.span[0]:asked.span[1]]
        # What the grammar made of those words is theirs no more: 「4点」 read as 合計 = 4, the word as text.
        rest = [c for c in q.conditions if not (
            (asked.number is not None and c.value == asked.number and c.field in _SCORE_WORDS_FIELDS)
            or (c.field == "text" and (str(c.value) in said or asked.word in str(c.value)))
            # (協働 of the axis 市民協働 read as a theme: a value the axis's own words say)
            or (c.field != "source" and isinstance(c.value, str) and c.value and c.value in asked.word)
            # (「懇話会で委員Aが…」: the body whose members scored, named as the paper names it, is no text)
            or (kind == "initiative" and c.field == "text" and _BODY_SAID.fullmatch(str(c.value))))]
        probe = _with(q, rest)
        probe.target, probe.aggregate, probe.value_field = kind, "", ""
        probe.order_by, probe.limit = "", None  # (「大きい順に上位3つ」 is the axis's order, not the grammar's)
        probe = self.executor.resolve(probe)[0]
        probe.unused = [w for w in q.unused if w not in said and not (asked.op == "value" and _ASKED_WORD.fullmatch(w))]
        self._place_caveat = ""
        if self._scope_by_places(probe, []) is not None:
            return None
        chosen_rows = self.executor.select(probe)[0]
        if asked.op == "dash":
            # (the items whose table prints the column, a dash in their cell: 「削減効果が「－」の取組」)
            rows = [r for r in chosen_rows if printed_for(r.get("axes"), asked.word)]
            return self._axis_rows(q, probe, kind, asked, rows, [r for r in rows if holds(r.get("axes"), asked)],
                                   f"{said_as(asked.word)[0]}が「－」（数値の記載なし）")
        rows = [r for r in chosen_rows if value_of(r.get("axes"), asked.word) is not None]
        if not q.target and not q.conditions and len(self.context_rows or []) == 1 \
                and value_of(self.context_rows[0].get("axes"), asked.word) is not None:
            # (「（重点項目Ⅳの点数を見せて）委員Bは何点？」: the one record the conversation is on)
            rows = list(self.context_rows)
        if not rows:
            return None
        unused = list(dict.fromkeys(probe.unused))
        caveat, self._place_caveat = self._place_caveat, ""
        base = dict(question=q.question, target=kind, caveat=caveat, unused=unused,
                    status="partial" if unused else "exact",
                    understood=[c.to_dict() for c in probe.conditions], query=q.to_dict())
        note = (f"「{said_as(asked.word)[0]}」はこの報告書の表の列「{asked.word}」として読みました" if said_as(asked.word)[1]
                else f"「{asked.word}」はこの報告書が独自に示す観点の点数として読みました" if kind == "practice"
                else f"「{asked.word}」の評価点として読みました")
        if asked.op in ("order", "sum") and len(rows) > 1:
            return self._axis_figures(q, probe, kind, asked, rows)
        if asked.op in ("value", "sum"):
            if len(rows) != 1:
                return None
            value = value_of(rows[0].get("axes"), asked.word)
            return Answer(**base, rows=rows, count=1, value=value, notes=[note],
                          summary=caveat + f"{_names(rows)} の{asked.word}は {value} 点です"
                          + ("（報告書の観点）。" if kind == "practice" else "（委員ごとの評価点）。"))
        if asked.op in ("max", "min"):
            scores = [value_of(r.get("axes"), asked.word) for r in rows]
            best = (max if asked.op == "max" else min)(scores)
            chosen = [r for r, v in zip(rows, scores) if v == best]
            word = "最も高い" if asked.op == "max" else "最も低い"
            base["understood"].append({"field": f"axes.{asked.word}", "op": asked.op, "value": best,
                                       "label": f"{asked.word}の点数が{word}"})
            # (which record is asked, unless the question asks the figure: 「…がいちばん低いのは何点」)
            value = best if _QUANTITY_ASKED.search(nfkc(question)) else \
                str(chosen[0].get("code", "")) if len(chosen) == 1 else None
            return Answer(**base, rows=chosen, count=len(chosen), value=value, notes=[note],
                          summary=caveat + f"{asked.word}の点数が{word}のは {_names(chosen)}（{best}点）です。")
        chosen = [r for r in rows if holds(r.get("axes"), asked)]
        sign = {"=": "", ">=": "以上", "<=": "以下", ">": "超", "<": "未満"}[asked.op]
        name, unit = said_as(asked.word)
        label = f"{name}が{asked.number}{unit or '点'}{sign}"
        base["understood"].append({"field": f"axes.{asked.word}", "op": asked.op, "value": asked.number, "label": label})
        counted = q.aggregate == "count" or bool(re.search(r"何件|何項目|いくつ", question))
        summary = (f"{label}の{kind_label(kind)}は {len(chosen)}件です" + (f"（{_names(chosen)}）。" if chosen else "。"))
        return Answer(**base, rows=chosen, count=len(chosen), value=len(chosen) if counted else None,
                      notes=[note], summary=caveat + summary)

    def _axis_base(self, q: Query, probe: Query, kind: str) -> dict:
        unused = list(dict.fromkeys(probe.unused))
        caveat, self._place_caveat = self._place_caveat, ""
        return dict(question=q.question, target=kind, caveat=caveat, unused=unused,
                    status="partial" if unused else "exact",
                    understood=[c.to_dict() for c in probe.conditions], query=q.to_dict())

    def _axis_rows(self, q: Query, probe: Query, kind: str, asked, rows: list[dict], chosen: list[dict],
                   label: str) -> Answer | None:
        """The items of the axis's tables a condition on its cells keeps (a dash: no figure given)."""
        if not rows:
            return None
        base = self._axis_base(q, probe, kind)
        base["understood"].append({"field": f"axes.{asked.word}", "op": asked.op, "value": None, "label": label})
        counted = q.aggregate == "count" or bool(re.search(r"何件|何項目|いくつ", q.question))
        summary = f"{label}の{kind_label(kind)}は {len(chosen)}件です" + (f"（{_names(chosen)}）。" if chosen else "。")
        return Answer(**base, rows=chosen, count=len(chosen), value=len(chosen) if counted else None,
                      notes=[f"「{said_as(asked.word)[0]}」はこの報告書の表の列「{asked.word}」として読みました"],
                      summary=base["caveat"] + summary)

    def _axis_figures(self, q: Query, probe: Query, kind: str, asked, rows: list[dict]) -> Answer:
        """The items ordered by an axis's figure (the first n), or its figures added up; an item whose cell
        gives no figure (a dash) is in neither, which the answer says."""
        name, unit = said_as(asked.word)
        base = self._axis_base(q, probe, kind)
        note = f"「{name}」はこの報告書の表の列「{asked.word}」として読みました"
        skipped = len([r for r in self.executor.select(probe)[0] if printed_for(r.get("axes"), asked.word)]) - len(rows)
        notes = [note] + ([f"{name}が「－」（数値の記載なし）の{skipped}件は含めていません"] if skipped else [])
        if asked.op == "sum":
            total = sum(value_of(r.get("axes"), asked.word) for r in rows)
            base["understood"].append({"field": f"axes.{asked.word}", "op": "sum", "value": None,
                                       "label": f"{name}の合計を答える"})
            return Answer(**base, rows=rows, count=len(rows), value=total, notes=notes,
                          summary=base["caveat"] + f"{kind_label(kind)} {len(rows)}件の{name}の合計は {total}"
                          + (f"{unit}" if unit else "") + " です。")
        ordered = sorted(rows, key=lambda r: value_of(r.get("axes"), asked.word), reverse=asked.descending)
        chosen = ordered[:asked.number] if asked.number else ordered
        way = "大きい順" if asked.descending else "小さい順"
        base["understood"].append({"field": f"axes.{asked.word}", "op": "order", "value": asked.number,
                                   "label": f"{name}の{way}" + (f" 上位{asked.number}件" if asked.number else "")})
        figures = "、".join(f"{r.get('code', '')} {value_of(r.get('axes'), asked.word)}" for r in chosen)
        return Answer(**base, rows=chosen, count=len(chosen), value=None, notes=notes,
                      summary=base["caveat"] + f"{name}の{way}に {len(chosen)}件です（{figures}"
                      + (f" {unit}" if unit else "") + "）。")

    def _settled_years(self, q: Query) -> Answer | None:
        """「令和5年度の総事業費は」「令和5年度から6年度で総事業費はいくら増えた」 of one evaluation sheet
        that prints a cost column per settled year (決算年度別の事業費): that year's figure, or the change
        between the two years. None when the question is not that, or the sheet prints no such year."""
        # (a year said of a sheet whose index has no 決算年度 is read as the part of the year to prefer)
        years = [c for c in q.conditions if c.field in ("settlement_year", "@part_year") and c.op == "="]
        # (an index with no 決算年度 at all leaves a year said as a word of the text: 「令和6年度から令和8年度で」)
        said_years = [c for c in q.conditions if c.field == "text" and c.op == "match" and _year_said(str(c.value))]
        if said_years and not years:
            q = _with(q, [c for c in q.conditions if c not in said_years]
                      + [Condition("@part_year", "=", _year_said(str(c.value)), str(c.value)) for c in said_years])
            years = [c for c in q.conditions if c.field == "@part_year"]
        columns = self.executor.columns.get("program", [])
        if q.target == "program" and years and q.aggregate == "sum" and q.agg_field and "costs_by_year" in columns:
            return self._years_summed(q, years)
        # (no field asked: a row of the sheet's cost table named in the question, 運行委託料, may be)
        if q.target != "program" or not years or q.aggregate or "costs_by_year" not in columns \
                or not (q.value_field or "cost_items" in columns):
            return None
        rest = [c for c in q.conditions if c not in years]
        # The city the sheet is of (「土浦市の…」) scopes it by its documents, as it does later for other
        # answers; read as a word of the record's text it would find nothing (the city is in the title).
        for place in [p for p in place_names(q.question) if _PLACE_SUFFIX.search(p)]:
            bare = _PLACE_SUFFIX.sub("", place)
            about = self._documents_about(place)
            said = [c for c in rest if c.field == "text" and c.op == "match" and str(c.value) in (place, bare)]
            if about and said:
                rest = [c for c in rest if c not in said] + [Condition("source", "in", about, f"「{place}」の資料")]
        probe = self.executor.resolve(_with(q, rest))[0]
        # The municipality said is scoped as any question's is (「春日部市の…事業」: its documents, or a
        # sheet naming none, answered with that said); the words of the change asked are read here.
        # 「2023年度予算の総コスト」: the year's budget column, where the sheet prints one beside its settled years.
        budget = bool(_BUDGET_SAID.search(nfkc(q.question)))
        probe.unused = [w for w in q.unused if not _CHANGE_ASKED.search(w) and not (budget and w == "予算")]
        self._place_caveat = ""
        if self._scope_by_places(probe, []) is not None:
            return None
        rows = self.executor.select(probe)[0]
        words = [c for c in probe.conditions if c.field == "text" and c.op == "match"]
        if not rows and words and "cost_items" in columns:
            # 「車両購入費が計上されているのは」: words of the question no text holds (計上) may say which row of
            # the cost table is meant; the sheet is then the one the rest names, and the words are said unread.
            probe.conditions = [c for c in probe.conditions if c not in words]
            rows = self.executor.select(probe)[0]
            probe.unused += [str(c.value) for c in words]
            rest = [c for c in rest if c not in words]
        if len(rows) != 1:
            return None
        q.conditions = [*years, *rest]  # what the answer says it understood
        if budget:
            q.unused = [w for w in q.unused if w != "予算"]
        figures_of = decoded(dict(rows[0]), ("costs_by_year", "budgets_by_year", "cost_items"))
        by_year, budgets = figures_of.get("budgets_by_year" if budget else "costs_by_year"), figures_of.get("budgets_by_year")
        labels = sorted({str(c.value) for c in years}, key=label_fiscal_year)
        item = "" if budget else _cost_item_named(figures_of.get("cost_items"), q.question)
        if item and q.value_field and isinstance(by_year, dict) and all(
                isinstance(by_year.get(y), dict) and by_year[y].get(q.value_field) is not None for y in labels):
            item = ""  # the field asked has its figures: the row named is a word of the question, no more
        if item:
            # A row of the cost table by its own label: its figures by year, as the fields' are.
            by_year = {y: {"@item": v} for y, v in figures_of["cost_items"][item].items()}
            probe.unused = [w for w in probe.unused if w not in item]
            q.unused = [w for w in q.unused if w not in item]
        elif not q.value_field:
            return None
        if not budget and len(labels) == 1 and isinstance(budgets, dict) and isinstance(budgets.get(labels[0]), dict) \
                and not (isinstance(by_year, dict) and labels[0] in by_year):
            # 「2023年度の総コスト」 of a year the sheet prints only as a budget: that budget, said to be one.
            budget, by_year = True, budgets
        mixed: dict[str, str] = {}  # year -> 決算 / 予算, where two years are said of either column
        if budget and not item and len(labels) == 2 and isinstance(budgets, dict):
            # 「R6予算がR5決算と比べていくら増えた」: each year from the one column that prints it.
            settled_by_year = figures_of.get("costs_by_year") if isinstance(figures_of.get("costs_by_year"), dict) else {}
            held = {y: (y in settled_by_year, y in budgets) for y in labels}
            if all(a != b for a, b in held.values()) and len({a for a, _ in held.values()}) == 2:
                by_year = {y: settled_by_year[y] if held[y][0] else budgets[y] for y in labels}
                mixed = {y: "決算" if held[y][0] else "予算" for y in labels}
        said = [fy_text(label_fiscal_year(y)) for y in labels]  # 令和5年度, as the sheet prints it
        asked = "@item" if item else q.value_field
        if not isinstance(by_year, dict) or len(labels) > 2 \
                or any(not isinstance(by_year.get(y), dict) or by_year[y].get(asked) is None for y in labels):
            return None
        field = item or field_label(q.value_field)
        name = f"{rows[0].get('code', '')} {rows[0].get('name', '')}".strip()
        figures = [by_year[y][asked] for y in labels]
        unused = list(dict.fromkeys(q.unused + probe.unused))
        unit = f" {rows[0]['cost_unit']}" if item and rows[0].get("cost_unit") else _unit_printed(rows[0], q.value_field, "program")
        if len(labels) == 1:
            value = figures[0]
            # (決算 only where the sheet says which year it settled: a grid of years says no more than the year)
            settled = "予算" if budget else "決算" if rows[0].get("settlement_year") else ""
            summary = f"{name} の{said[0]}{settled}の{field}は {value:,}{unit} です。"
        else:
            changed = [w for w in unused if _CHANGE_ASKED.search(w)]
            if (budget and not mixed) or (not changed and not _CHANGE_ASKED.search(q.question)):
                return None
            unused = [w for w in unused if w not in changed and not (mixed and w in ("予算", "決算"))]
            value = figures[1] - figures[0]
            settled = "決算" if rows[0].get("settlement_year") else ""
            first, second = (mixed[labels[0]], mixed[labels[1]]) if mixed else (settled, settled)
            summary = (f"{name} の{field}は {said[0]}{first} {figures[0]:,} → {said[1]}{second} {figures[1]:,} で、"
                       f"{abs(value):,}{unit} {'増えました' if value >= 0 else '減りました'}（差 {value:+,}）。")
        caveat, self._place_caveat = self._place_caveat, ""
        if unused:  # a word that shaped nothing is said before the answer
            caveat += f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。"
        return Answer(question=q.question, target="program", rows=rows, count=1, value=value,
                      summary=caveat + summary, caveat=caveat,
                      status="partial" if unused else "exact", unused=unused,
                      understood=[c.to_dict() for c in probe.conditions + years], query=q.to_dict())

    def _parents_asked(self, question: str, answer: Answer) -> None:
        """「成果指標の実績が目標に届かなかった事業はどれ」: indicators found, their programs asked (事業はどれ,
        どの事業). The programs are named first, each once, with the indicators' figures kept below."""
        if answer.error or answer.target != "indicator" or not answer.rows or "program" not in self.executor.tables \
                or not _PARENT_PROGRAM_ASKED.search(nfkc(question)):
            return
        names: dict[tuple[str, str], str] = {}
        for r in answer.rows:
            code, source = str(r.get("program") or ""), str(r.get("source") or "")
            if code and (code, source) not in names:
                found = self.db.execute("SELECT name FROM program WHERE code = ? AND source = ?", (code, source)).fetchone()
                names[(code, source)] = f"{code} {found[0] if found and found[0] else ''}".strip()
        if not names:
            return
        listed = "、".join(names.values())
        answer.summary = (answer.caveat or "") + f"条件に合う指標の事務事業は {len(names)}件です（{listed}）。"
        answer.value = listed.split(" ", 1)[-1] if len(names) == 1 else None

    def _years_summed(self, q: Query, years: list[Condition]) -> Answer | None:
        """「令和5年度から令和7年度までの決算額の合計」 of one sheet printing the figure by year: the sum over
        the years said (every year the sheet prints between two said with から), each shown; None when
        the sheet is not one, or a year said has no figure (the question is then read as before)."""
        rest = [c for c in q.conditions if c not in years]
        probe = self.executor.resolve(_with(q, rest))[0]
        rows = self.executor.select(probe)[0]
        if len(rows) != 1:
            return None
        by_year = decoded(dict(rows[0]), ("costs_by_year",)).get("costs_by_year")
        if not isinstance(by_year, dict):
            return None
        said = sorted({str(c.value) for c in years}, key=label_fiscal_year)
        if len(said) == 2 and _SPAN_BETWEEN.search(nfkc(q.question)):
            # (「AからBまで」: every year the sheet prints from A to B)
            low, high = label_fiscal_year(said[0]), label_fiscal_year(said[1])
            said = sorted((y for y in by_year if low <= label_fiscal_year(y) <= high), key=label_fiscal_year)
        figures = [by_year.get(y, {}).get(q.agg_field) if isinstance(by_year.get(y), dict) else None for y in said]
        if not said or any(not isinstance(f, (int, float)) for f in figures):
            return None
        total = sum(figures)
        value = int(total) if float(total).is_integer() else round(total, 2)
        unused = list(q.unused)
        span = _span_said(q)
        if span and int(span) != len(said):
            unused.append(f"{span}年間")
        name = f"{rows[0].get('code', '')} {rows[0].get('name', '')}".strip()
        unit = _unit_printed(rows[0], q.agg_field, "program")
        printed = "、".join(f"{fy_text(label_fiscal_year(y))} {f:,}" for y, f in zip(said, figures))
        summary = f"{name} の{field_label(q.agg_field)}を{len(said)}年度分（{printed}）合計すると {value:,}{unit} です。"
        caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
        return Answer(question=q.question, target="program", rows=rows, count=1, value=value,
                      summary=caveat + summary, caveat=caveat, status="partial" if unused else "exact", unused=unused,
                      understood=[c.to_dict() for c in probe.conditions + years], query=q.to_dict())

    def _settled_years_of_the_sheet_shown(self, cut: str) -> Answer | None:
        """「事業費の推移を教えて」→「令和4年度から令和6年度で何千円増えた？」: a follow-up naming no kind,
        after one evaluation sheet's figure was answered, asks the same figure of that sheet by year."""
        shown = self.context
        if shown is None or shown.target != "program" or len(self.context_rows) != 1 or not shown.value_field \
                or any(word in cut for word, _ in KIND_WORDS):
            return None
        code = str(self.context_rows[0].get("code") or "")
        if not code:
            return None
        q = self.parser.parse(f"{code}の{field_label(shown.value_field, 'program')}は{cut}")
        if not any(c.field == "code" for c in q.conditions):
            # (a short number, 0715, is not read as a sheet's code in a question: the sheet shown is meant)
            q.conditions.append(Condition("code", "=", code, f"{kind_label('program')} = {code}"))
        answer = self._settled_years(q)
        if answer is not None:
            answer.question = cut
        return answer

    def _parents_named(self, q: Query) -> None:
        """A quoted name read as the title of the records the asked ones belong to (取組項目「…」の委員の
        意見) stays words of their text when no such record's title holds it."""
        for i, c in enumerate(q.conditions):
            if c.field.startswith("@parent:") and c.op == "contains" and isinstance(c.value, dict) \
                    and c.value.get("field") == "title":
                parent = c.field.split(":", 1)[1]
                held = parent in self.executor.tables and self.db.execute(
                    f"SELECT 1 FROM [{parent}] WHERE instr(title, ?) > 0 LIMIT 1", [c.value["value"]]).fetchone()
                if not held:
                    w = c.value["value"]
                    q.conditions[i] = Condition("text", "match", w, f"本文に「{w}」を含む")

    def _with_grandparents(self, rows: list[dict]) -> list[dict]:
        """A few parts of one record (a practice item's 取組上の課題) with the record their record belongs
        to (its 取組項目): 「この取組項目への委員の意見は？」 reaches it through them."""
        kind = self.context.target if self.context is not None else ""
        up = [(parent, fld) for (parent, child), fld in LINKS.items() if child == kind]
        if not rows or len(rows) > 5 or len(up) != 1:
            return rows
        parent, fld = up[0]
        grand = [(g, gf) for (g, child), gf in LINKS.items() if child == parent]
        codes = {str(r.get(fld)) for r in rows if r.get(fld) not in (None, "")}
        if len(grand) != 1 or len(codes) != 1 or parent not in self.executor.tables:
            return rows
        g, gf = grand[0]
        sources = {r.get("source") for r in rows}
        if len(sources) != 1:
            return rows
        got = self.db.execute(f"SELECT [{gf}] FROM [{parent}] WHERE code = ? AND source = ?",
                              [codes.pop(), sources.pop()]).fetchone()
        if not got or got[0] in (None, ""):
            return rows
        return [{**r, g: got[0]} if g not in r else r for r in rows]

    def _dated_sentence(self, q: Query, row: dict) -> dict | None:
        """「動物火葬場はいつ廃止された？」 answered by a year field: the passage of the record (or of its
        parts) that dates the act asked about (「R6年3月31日をもって施設を廃止した」), or None."""
        if q.value_field not in ("ended", "start_year") or "いつ" not in q.question or not row.get("key"):
            return None
        act = _ACT_ASKED.search(nfkc(q.question))
        if not act:
            return None
        scope = [q.target] + WIDER_SCOPE.get(q.target, [])
        for e in self.executor.excerpts(q.target, [str(row["key"])], [act.group(1)], scope):
            for sentence in re.split(r"(?<=。)", str(e.get("text", ""))):
                if re.search(re.escape(act.group(1)) + r"(?:し|され|となっ|になっ)(?:た|ました)", sentence) \
                        and _DATE_IN_TEXT.search(sentence):
                    return {**e, "sentence": sentence.strip()}
        return None

    def table(self, kind: str, where: str | None = None) -> Answer:
        """Every record of a kind, optionally filtered by the conditions of a question (for export)."""
        if kind == "conflicts":
            return self._conflicts_answer(self.parser.parse(where) if where else Query(question=kind), where or kind)
        if kind not in self.executor.tables:
            known = "、".join(sorted(self.executor.tables))
            return Answer(question=where or kind, target=kind, error=f"「{kind}」という表はありません（{known}）。",
                          summary="表が見つかりません。")
        q = self.parser.parse(where) if where else Query(question=kind)
        q.target = kind
        q.aggregate = q.value_field = ""
        from assistant.store.places import with_places

        return with_places(self.db, self._run(q, where or kind))

    # ------------------------------------------------------------------
    def _ask(self, question: str) -> Answer:
        if not isinstance(question, str):
            question = str(question)
        question = question.encode("utf-8", "replace").decode("utf-8")  # surrogates from a broken terminal
        if not question.strip():
            return Answer(question=question, error="質問が空です。", summary="質問を入力してください。", status="no_match",
                          suggestions=EXAMPLES[:4])
        cut = question[:MAX_QUESTION]
        mentioned = named_in_comments.places_mentioned(self, cut)  # (「葛籠田町の名前が出てくる委員意見」)
        if mentioned is not None:
            self._clear_context()
            return mentioned
        if asks_related(cut):  # about the record the conversation is on; the context stays as it is
            from assistant.query.related import related_answer  # (only these questions: imported here)

            return related_answer(self.db, question, self.context_rows)
        compared = self._compare_counts(cut)
        if compared is not None:
            self._clear_context()
            return compared
        nested = self._of_the_top_ones(cut)
        if nested is not None:
            return nested
        by_year = grade_count_years(self, cut) or grade_count_items(self, cut)  # (「◎がいちばん多くついた年度」「◎の数がいちばん多い実施項目」: grade_count_years.py)
        if by_year is not None:
            self._clear_context()
            return by_year
        holding = parents_of_every(self, cut) or parents_holding(self, cut) or parents_lacking(self, cut) \
            or children_of_parents(self, cut)  # (「…の取組項目に属している…実践項目」: children_of_parents.py)
        # (「総合評価Cの実施項目を含んでいる重点取組」: parents_holding.py)
        if holding is not None:
            return self.run(holding, question)
        again = self._extreme_again(cut) or self._top_group_again(cut) or self._which_were_top(cut) \
            or self._next_after_extreme(cut)
        if again is not None:
            before = getattr(self, "_last_caveat", "")
            if before and again.status == "exact":
                # (the figure of an answer that was not sure is no surer asked again)
                again.status = "partial"
                again.caveat = f"前の回答の注意がこの回答にも当てはまります: {before}"
                again.summary = again.caveat + again.summary
            return again
        of_extreme = field_of_extreme(self, cut)  # (「その幹事団体は？」 of the one record an extreme named)
        if of_extreme is not None:
            return self.run(of_extreme, question)
        from assistant.query import cover_dates  # (「…意見書はいつ付で出された」: the date under its cover's heading)

        from assistant.query import roster_count  # (「…審議会の委員は何人」: the rows of its 名簿, no figure printed)

        from assistant.query import plan_period  # (「…プランの計画期間は何年度から何年度まで」: the span printed as its period)

        from assistant.query import successor_plan  # (「…プランの次の計画は何という名前で、いつスタートした」)

        itself = cover_dates.answer(self.db, cut) or roster_count.answer(self.db, cut) or plan_period.answer(self.db, cut) \
            or successor_plan.answer(self.db, cut) or answer_about_document(self.db, cut)
        if itself is not None:
            self._clear_context()
            return itself
        meeting = meeting_sections.answer(self.db, cut) or meeting_sections.times_held(self.db, cut)
        # (「第3回の協議会で何が決まった」「協議会は何回開かれた」: meeting_sections.py)
        if meeting is not None:
            self._clear_context()
            return meeting
        cut = bracket_names(cut, self.lexicon, self.db)  # (「書かない窓口」 said bare: a name, not a negation)
        compared_with = than_that(cut, self.context, self.context_rows)  # (「それより低い評価だった改革項目は？」)
        if compared_with is not None:
            self._clear_context()
            cut = compared_with
        q = self.parser.parse(cut, self.context, self._with_grandparents(self.context_rows))
        # (「とまチョップ水」 cut to チョップ水 at the script change: lengthened back as a title writes it)
        kana_led_titles.lengthened(q, cut, (t for _, titles in self.lexicon._titled() for t in titles.values()))
        self._parents_named(q)
        q = self._onto_the_one(cut, q)
        _named_groups_difference(cut, q)
        self._complementary_groups_difference(cut, q)
        _ended_asked_of_one(cut, q, self.executor)
        joint_ended_asked(cut, q)  # (of a joint project: its 状況)
        joint_done_asked(cut, q)  # (「もう実施してる？」 of a joint project: its 既に実施)
        _year_asked_of_one(cut, q)
        mean_of_one(q, cut, self.parser.lex)  # (「重点取組１の平均は？」: that record's value)
        extreme_over_all(q, cut)  # (「じゃあ平均がいちばん低いのは」 after it: over them all)
        compared = which_is_higher(self, cut, q) or earliest_end(self, cut, q)
        if compared is not None:
            return compared
        from assistant.query import event_years  # (「…を始めた年度の翌年度の利用件数は」: an event of a sheet's year)

        from assistant.query import chair_of_year  # (「部会長は今年度どちらの市」: the table's own 今年度)

        evented = event_years.answer(self, q, cut) or event_years.of_sheet_years(self, q, cut) or chair_of_year.answer(self, q, cut)
        if evented is not None:
            if not evented.error:
                self.context, self.context_rows = q, evented.rows
            return evented
        from assistant.query import listed_items_ranked  # (「実績報告で、参加者数が2番目に多い研修は」)

        ranked = listed_items_ranked.answer(self, cut)
        from assistant.query import headed_alternatives  # (「…の見出し（Aのもの・Bのもの）の自治体」)

        ranked = ranked or headed_alternatives.answer(self, cut)
        if ranked is not None:
            self.context, self.context_rows = q, ranked.rows
            return ranked
        from assistant.query import places_in_entries  # (「…で、納付状況を照会した先の市は？」: places_in_entries.py)

        places = places_in_entries.answer(self, q, cut)
        if places is not None:
            self.context, self.context_rows = q, places.rows
            return places
        from assistant.query import groups_all_or_none  # 「実践項目が全部Aの取組項目」「Aが1つもない取組項目」
        from assistant.query import groups_one_department  # 「全部の項目を同じ課が担当している分野」

        entries = dated_entries.answer(self, q, cut) or most_graded_group.answer(self, q, cut) \
            or groups_all_or_none.answer(self, q, cut) \
            or groups_one_department.answer(self, q, cut) \
            or named_in_comments.answer(self, cut)  # (「意見の中で番号を挙げて名指しされている取組」)
        # (a document of dated entries: a newsletter's log; the group with the most items of a grade)
        if entries is not None:
            self.context, self.context_rows = q, entries.rows
            return entries
        from assistant.query import year_figure_change  # 「（…の2028年度の実績は？）前の年と比べていくら減った？」

        changed = year_figure_change.answer(self, q, cut)
        if changed is not None:
            self.context, self.context_rows = q, changed.rows
            return changed
        from assistant.query import year_of_extreme  # 「…の進捗度の自己評価、R2〜R5で一番低かったのはどの年度？」

        which_year = year_of_extreme.answer(self, q, cut)
        if which_year is not None:
            self.context, self.context_rows = q, which_year.rows
            return which_year
        from assistant.query import yearly_extreme  # 「その中で令和5年度の達成率がいちばん低いのは？」

        extreme = yearly_extreme.answer(self, q, cut)
        if extreme is not None:
            self.context, self.context_rows = q, extreme.rows
            return extreme
        from assistant.query import place_figures  # (「…の電話加入権は岡山市と倉敷市どっちの分が多い？」)
        from assistant.query import year_labelled_figures

        quantity = (year_breakdown.answer(self, q, cut) or entry_figures.answer(self, q, cut) or place_figures.answer(self, q, cut)
                    or year_labelled_figures.answer(self, q, cut)  # (「図書館の入館者数、H27と旧館時(H16)の差は」)
                    or top_share.answer(self, q, cut) or listed_share.answer(self, q, cut)
                    or listed_ratio.answer(self, q, cut)  # (「企業版ふるさと納税の効果額は…総合運用の効果額の何倍」)
                    or issue_figures.answer(self, q, cut)
                    or cases_difference.answer(self, q, cut)  # (「群馬県の…と和歌山県の…とでは何ポイントの差」)
                    or cases_difference.larger_group(self, q, cut)  # (「…コスト削減見込みが大きい方のグループの町村」)
                    or topic_figures.answer(self, q, cut) or year_figure_in_text.answer(self, q, cut)
                    or previous_year_in_text.answer(self, q, cut) or self._quantity_in_text(cut, q) or self._fall_in_text(cut, q)
                    or self._number_changed(cut, q) or self._count_stated(cut, q))
        if quantity is not None and not self._table_reads_value(cut, quantity):
            return quantity
        _counted_of_one_record(cut, q)
        axis = member_grades.answer(self, q, cut) or member_points.answer(self, q, cut) or members_meeting.answer(self, q, cut) \
            or members_meeting.shown(self, q, cut) or self._document_axes(cut, q)
        if axis is not None:
            if not axis.error:
                self.context, self.context_rows = q, axis.rows
            return axis
        # (a list printing an amount column per year: 「令和7年度の事業費がいちばん多い連携事業」)
        from assistant.query import merged_into  # 「図書館サービスの充実って、どの施策に統合された」

        settled = merged_into.answer(self, q, cut) or self._settled_years(q) or self._settled_years_of_the_sheet_shown(cut) or yearly_costs.answer(self, q, cut) \
            or joint_years.answer(self, q, cut) or judgement_scale.answer(self, q, cut) or text_figures.answer(self, q, cut) or case_years.answer(self, q, cut) \
            or year_entry.answer(self, q, cut) or first_grade_year.answer(self, q, cut) or listed_amounts.answer(self, q, cut) \
            or years_of_score.answer(self, q, cut)
        if settled is not None:
            if not settled.error:  # 「じゃあ令和6年度は？」 goes on from it
                self.context, self.context_rows = q, settled.rows
            return settled
        self._in_the_same_documents(q)
        missing = self._missing_document(cut)
        if missing is not None:
            self._clear_context()
            # 「そのうち窓口関係のものは？」 after it: still of that document, which the index does not hold.
            said = str(missing.understood[0].get("label", "")) if missing.understood else ""
            self.context = Query(question=cut, target=q.target or "practice",
                                 conditions=[Condition("@never", "=", said, f"{said}（索引にない資料）")])
            return missing
        # Documents no kind was written for: their tables and structure (read only when the index has them).
        # (「南浦地域で事業者から出た意見」: a speaker the opinions name, read exactly, is of those opinions, not of a
        # table's row of the place, whose reading would drop the speaker)
        spoken = q.target == "comment" and not q.unused and any(c.field == "member" for c in q.conditions)
        generic = self._answer_from_generic(cut, q) if self.executor.tables & _GENERIC_KINDS and not spoken else None
        if generic is not None:
            return generic
        was_on = self.table_context.table.source if self.table_context is not None else None
        # (the documents the last answer's rows came from, when they came from generic documents)
        was_in = {was_on} if was_on else {str(k).split(":", 1)[-1].rsplit(":", 1)[0] for k in self.generic_rows}
        self.table_context = None
        self.generic_rows = []
        if len(question) > MAX_QUESTION:
            q.notes.append(f"質問が長すぎるため先頭の{MAX_QUESTION}文字だけを読みました")
        if not q.understood_anything and not q.conditions:
            self._clear_context()
            return Answer(question=question, error="質問を理解できませんでした。", status="no_match",
                          unused=list(q.unused),
                          summary="質問の意味を読み取れませんでした。次のような聞き方ができます。",
                          suggestions=EXAMPLES, notes=q.notes)
        self._scopes, self._scope_words, self._words_taken = [], set(), []
        self._place_caveat, self._unchecked_places = "", set()
        self._guessed_by_related_text = []
        answer = self._guessed_unsure(self._run(q, question))
        if self._place_caveat and not answer.caveat and not answer.error:
            answer.caveat = self._place_caveat
        if q.value_field == "start_year":
            meeting_sections.day_of_start(self.db, cut, answer)  # (the day another document says it starts)
        settle(answer, [w for w in q.unused if w not in self._words_taken])
        self._copies_disagree(q, answer)
        if self._has_conflicts:  # a record in or out of a list only by the copy of a value the index kept
            disputed_membership(self.db, self.executor, answer)
        rotating_chairs(self.executor, answer)
        self._left_the_document(cut, q, answer, was_in)
        literal = self._table_says_it_literally(cut, q, answer)
        if literal is not None:
            return literal
        row_word = self._row_word_read_as_text(q) if answer.status == "exact" and answer.rows else ""
        # (「人工が一番多い課」: a word the kind matched only in its text is a table's column heading: column_word_as_text.py)
        from assistant.query.column_word_as_text import column_word_read_as_text

        column_word = "" if row_word or answer.status != "exact" or not answer.rows else \
            column_word_read_as_text(self.db, q, self.executor.tables)
        # (「人事課が担当してる取組」: joint projects only by a guess at the kind, a plan's table of 取組 may say it)
        kind_unread = _place_kind_unread(cut, answer)
        if (answer.status != "exact" or (not answer.rows and answer.value in (None, 0))
                or row_word or column_word or _joint_kind_guessed(cut, answer) or kind_unread
                or self._column_said_apart(cut, answer)) and "table_row" in self.executor.tables:
            # The dedicated kinds could not answer it as asked: a table of another document that
            # reads every word of it does (「2016年度に完了した取組は何件？」 over another city's plan).
            from assistant.query.tables import answer_from_tables

            tabled = answer_from_tables(self.db, cut, None, loose=True, dedicated=True)
            if tabled is not None and was_on is not None and tabled[1] is not None and tabled[1].table.source != was_on:
                tabled = None  # a follow-up on one city's table is not answered from another city's
            scopes = [c for c in q.conditions if c.field == "source" and c.op == "in"]
            if tabled is not None and tabled[1] is not None and tabled[1].table.name:
                # (「「実施項目」と呼ぶ資料」: the word a report calls its items by scopes its records, not a table
                # of another document whose rows are named by the same word, 実施項目 of 財政効果額一覧)
                from assistant.query.tables.linked_records import row_words

                # (nor one whose caption names its rows by that word: 「基本方針（柱）及び実施項目に対する意見」, a
                # committee's opinions on the same items)
                scopes = [c for c in scopes if not re.fullmatch(
                    r"「(.+)」と呼ぶ資料（.*）", str(c.label)) or (word := re.fullmatch(
                    r"「(.+)」と呼ぶ資料（.*）", str(c.label)).group(1)) not in row_words(tabled[1].table.name)
                    and not _caption_names_rows(tabled[1].table.caption, word)
                    and not _caption_counts_rows_by(tabled[1].table, word)
                    # (nor one whose word the table's reading used itself: 「基本方針１の取組についての意見」 over opinions
                    # citing 取組１－２, the group read through the plan's records: tables/cited_of_group.py)
                    and not any(word in str(c.label) for c in tabled[1].conds if c.op == "rows")]
            if tabled is not None and scopes and (tabled[1] is None or any(
                    tabled[1].table.source not in c.value for c in scopes)):
                tabled = None  # nor a question scoped to a place's documents from another's table
            if tabled is not None and (tabled[0].status == "exact" or (
                    # (every word read on a table listing some items, 「主な施設の…」, which its caveat says)
                    (answer.status in ("search", "no_match")
                     # (or the kind's records found none, 「指標はいくつ？」 counted 0 of the kind's records, while the
                     # table reads every word and finds its rows: the 0 is no answer to what was asked)
                     or answer.status == "exact" and not answer.rows and answer.value in (None, 0) and tabled[0].rows)
                    and not tabled[0].unused
                    and "一部の項目だけを載せている" in (tabled[0].caveat or "")) or (
                    # (「有効性の評点が2点以下の補助金」: the kind found nothing, leaving its own words unread; a
                    # table reads its conditions, leaving fewer words unread, and says which: partial either way)
                    answer.status == "partial" and not answer.rows and answer.value in (None, 0)
                    and tabled[0].status == "partial" and tabled[0].rows and tabled[1] is not None
                    and tabled[1].conds and len(tabled[0].unused) <= len(answer.unused)) or (
                    # (「満足やや満足の合計は何件？」: the kind's records were only guessed through another kind's text
                    # (_guessed_unsure); a table reading its words as columns leaves no more unread: partial either way)
                    answer.status == "partial" and self._guessed_by_related_text and tabled[0].rows
                    and tabled[0].status == "partial" and len(tabled[0].unused) <= len(answer.unused)) or (
                    # (「R2とR6で健全度を比べて、良くなった施設は？」: the text search left words unread (比べて) that a
                    # table reads whole, with conditions of its columns no row meets: that table's 0 is the answer)
                    answer.status == "search" and answer.unused and tabled[0].status == "no_match"
                    and not tabled[0].unused and not tabled[0].error and tabled[1] is not None and tabled[1].conds) or (
                    # (「R4からR6まで毎年評価が上がり続けた施設ってある？」: the kind's records were listed leaving the
                    # word for the rows asked unread (施設, no word for 実践項目); a table whose rows that word names
                    # reads every word, and no row meets it: its 0 is the answer, not the other kind's records)
                    answer.status == "partial" and tabled[0].status == "no_match" and not tabled[0].unused
                    and not tabled[0].error and tabled[1] is not None and tabled[1].conds
                    # (「学校施設でR6に×がついたのは何件？」: the kind's records found none, leaving 学校施設 unread; a
                    # table reading it too, by another document's groups of its rows, finds none: its 0 is the answer)
                    and (_rows_word_unread(answer.unused, tabled[1].table)
                         or not answer.rows and answer.value in (None, 0)))):
                self._clear_context()
                self.table_context = tabled[1]
                tabled[0].notes.insert(0, f"「{row_word}」を{kind_label(q.target) or '記録'}の本文の語ではなく、表の行の呼び名として読み、"
                                          "専用の読み取り規則がない文書の表から答えました" if row_word else
                                          f"「{column_word}」を{kind_label(q.target) or '記録'}の本文の語ではなく、表の列の見出しとして読み、"
                                          "専用の読み取り規則がない文書の表から答えました" if column_word else
                                          f"{kind_label(q.target) or '記録'}としては答えられないため、"
                                          "専用の読み取り規則がない文書の表から答えました")
                if tabled[0].status == "exact" and was_on is None \
                        and (_refines(cut) or re.match(r"\s*(?:それ|その|これ|この|そこ)", cut)) \
                        and getattr(self, "_last_target", "") not in ("", "table_row", "item"):
                    # 「そのうち公募町民の委員が出した意見は？」 after opinions, 「その区分で…」 after a search: the
                    # table's rows found are not of the answer before (another kind's records, passages), so
                    # nothing was narrowed — said, not certain.
                    tabled[0].status = "partial"
                    tabled[0].caveat = ("前の回答は表の行ではなかったため、"
                                        "前の回答で絞らずに表全体から答えました。")
                    tabled[0].summary = tabled[0].caveat + tabled[0].summary
                return tabled[0]
            if kind_unread and answer.status == "exact":
                # (no table read it either: the joint projects found are not of the 町 asked — said, never certain)
                answer.status = "partial"
                answer.unused = [*answer.unused, kind_unread]
                answer.caveat = f"「{kind_unread}」（市町村の種類）を連携事業の条件として読めなかったため、その条件なしの回答です。"
                answer.summary = answer.caveat + answer.summary
            if answer.status == "exact" and not answer.rows and answer.value in (None, 0) and not q.scope:
                # 0 of this kind, while other documents' tables (no city named) hold rows for it: the 0 is
                # not the answer to the question as asked; say where rows are.
                from assistant.query.tables.answer import documents_with_rows

                others = documents_with_rows(self.db, cut)
                if others:
                    answer.status = "partial"
                    answer.caveat = (f"{kind_label(q.target) or '記録'}には当てはまるものがありませんが、"
                                     f"「{'」「'.join(others)}」の表には当てはまる行があります。"
                                     "市町村名や資料名を付けて聞いてください。")
                    answer.summary = answer.caveat + answer.summary
        self._figure_of_the_record(cut, q, answer)
        from assistant.query import introduced_things  # 「N1で何を導入した？」: the things its sheet says it brought in

        introduced_things.add(self.db, self.executor.tables, cut, answer)
        from assistant.query.labelled_lines import read_labelled_figure  # 「基金の令和6年度末の残高は？」

        read_labelled_figure(self.db, cut, self.parser.content_words(cut), answer)
        from assistant.query.defined_terms import read_definition  # 「有収率ってどうやって計算してるの？」

        read_definition(self.db, cut, self.parser.content_words(cut), answer)
        from assistant.query.before_after_figures import read_before_after  # 「…の取組後の有収率は何％？」

        read_before_after(cut, self.parser.content_words(cut), answer)
        self._parents_asked(cut, answer)
        if not answer.error:
            if answer.status == "partial":  # what the answer could not use, a follow-up cannot either
                q.unused = list(answer.unused)
            q.conditions = [c for c in q.conditions if c.field != "source" and not (
                c.field == "text" and c.op == "match" and str(c.value) in self._scope_words)] + self._scopes
            keep_main_department(q, answer)  # (「主担当課が…」 said before: a follow-up keeps it the main one)
            if answer.target != q.target and answer.target in q.alternatives:
                # (of the kinds the question could mean, the one that answered: a follow-up goes on with it)
                q.target, q.alternatives = answer.target, []
            self.context = q
            self.context_rows = answer.rows
        return answer

    def _column_said_apart(self, question: str, answer: Answer) -> str:
        """「担当課の評価」 of a table's column 担当課評価, its owner read by the kind as what to answer (column_said_apart.py)."""
        if answer.status != "exact" or "table_row" not in self.executor.tables:
            return ""
        from assistant.query.column_said_apart import column_said_apart
        from assistant.query.tables.read import read_tables

        return column_said_apart(read_tables(self.db, dedicated=True), question, answer.understood)

    def _row_word_read_as_text(self, q: Query) -> str:
        """「R5でB評価だった施設の数は？」: a word the dedicated kind could only match in its records' text
        (本文に「施設」を含む) is what a table of another document calls its rows (施設名): the question asks
        that table's rows, and the table answers it when it reads every word (else the kind's answer stands)."""
        from assistant.query.facts import _key

        said = {_key(str(c.value)) for c in q.conditions if c.field == "text" and c.op == "match"}
        if not said or "table_row" not in self.executor.tables:
            return ""
        from assistant.query.tables.linked_records import row_words
        from assistant.query.tables.read import read_tables

        tables = read_tables(self.db, dedicated=True)
        named = next((w for t in tables if t.name for w in row_words(t.name) if _key(w) in said), "")
        if named:
            return named
        # (「令和4年度に完了した対策は？」: the word a table's title calls its rows by, 対策 of 「…対策の実施状況」, read by
        # the kind that word names only in its records' text)
        from assistant.kinds.registry import row_kind_words

        return next((w for w, kind in row_kind_words() if kind == q.target and _key(w) in said
                     and any(_key(w) in _key(f"{t.doc_title} {t.caption}") for t in tables)), "")

    def _left_the_document(self, question: str, q: Query, answer: Answer, was_in: set[str]) -> None:
        """「鹿沼市の…評価シート」→「今後の方向性は？」: a follow-up of an answer from one document's table,
        naming no other place or document, answered from records of other documents only: the asker
        meant the document of the conversation, which could not answer it, so the answer is not given
        as certain and says where it comes from."""
        if not was_in or answer.status != "exact" or answer.error or place_names(question) \
                or any(c.field == "source" for c in q.conditions):
            return
        sources = {str(r.get("source")) for r in answer.rows if r.get("source")}
        if not sources or sources & was_in:
            return
        titles = dict(self.db.execute("SELECT source, title FROM documents").fetchall())
        answer.status = "partial"
        answer.caveat = (f"前の回答の資料「{'」「'.join(titles.get(s) or s for s in sorted(was_in))}」からは答えられないため、"
                         f"別の資料「{'」「'.join(titles.get(s) or s for s in sorted(sources))}」から答えています。")
        answer.summary = answer.caveat + answer.summary

    def _copies_disagree(self, q: Query, answer: Answer) -> None:
        """「実践項目44の担当部署は？」「R3に終了したものそれぞれの担当部署は？」: a record's field that the
        document prints differently in its copies (the lists say (水)水道課, the progress sheet (水)水道整備課)
        is answered with the value the index holds, and the summary says what the other copies print."""
        if answer.value is None and len(answer.rows) == 1 or not q.value_field or not self._has_conflicts:
            return
        keys = [str(r.get("key", "")) for r in answer.rows if isinstance(r, dict)]
        found = {r["key"]: r["values"] for r in self.db.query(
            "SELECT key, \"values\" FROM conflicts WHERE field = ? AND key IN (SELECT value FROM json_each(?))",
            [q.value_field, json.dumps(keys)])}
        where = {"main_list": "一覧", "appendix_list": "付属資料の一覧", "section_1": "第1部", "progress_sheet": "進捗状況シート"}
        notes = []
        for row in answer.rows:
            key = str(row.get("key", ""))
            if key not in found:
                continue
            chosen = row.get(q.value_field)
            chosen = "、".join(str(v) for v in chosen) if isinstance(chosen, list) else str(chosen or "")
            others: dict[str, list[str]] = {}
            for copy_ in json.loads(found[key] or "[]"):
                value = copy_.get("value")
                value = "、".join(str(v) for v in value) if isinstance(value, list) else str(value or "")
                if value and value != chosen:
                    others.setdefault(value, []).append(where.get(copy_.get("where"), str(copy_.get("where"))))
            if others:
                said = "、".join(f"{'・'.join(dict.fromkeys(w))}では「{v}」" for v, w in others.items())
                whose = "" if len(answer.rows) == 1 else f"{row.get('code', key)} の{field_label(q.value_field, q.target)}は"
                notes.append(f"{whose}資料の中で記載が食い違っています: {said}")
                copies = len(json.loads(found[key] or "[]"))
                most, places = max(others.items(), key=lambda kv: len(kv[1]))
                if len(answer.rows) == 1 and len(places) * 2 > copies and answer.value is not None:
                    # (the index keeps one copy's value; most copies print another: that is the document's
                    # statement, and the answer is not sure: both are said first)
                    answer.caveat = (f"{field_label(q.value_field, q.target)}は資料の中で記載が食い違っています"
                                     f"（{said}、索引では「{chosen}」）。多くの記載どおり「{most}」と答えます。")
                    answer.value = most
                    answer.status = "partial"
                    answer.summary = answer.caveat + answer.summary.replace(f"は {chosen} です", f"は {most} です")
                    return
        if notes:
            answer.summary += "（" + "。".join(notes) + "。gyokaku check 参照）"

    def _narrowed_partial(self, question, answer: Answer) -> None:
        """「そのうち…」「その中で値上げは何件？」「それの…」 after an answer that could not use some words (「2025年度」): what it narrows was
        never limited by them, so the narrowed answer is not exact either, and says so first."""
        reading = getattr(self, "_reading_before", "")
        searched = getattr(self, "_last_searched", False)
        if not (self._last_unused or reading or searched) or answer.status != "exact" or not isinstance(question, str):
            return
        from assistant.query.tables.answer import REFINES  # (the tables' modules only when needed: a quick CLI)

        starts_on = re.match(r"\s*(?:(?:じゃあ|じゃ|では|なら|で)[、,]?\s*)?(?:それ|その|これ|この|そこ)", question)
        if searched and not (self._last_unused or reading):
            # (after passages found, only a question that starts on the answer before goes on from it:
            # 「西山市の取組のうち…」 names its own records)
            if not (starts_on or re.match(r"\s*(?:じゃあ|じゃ|では|なら|それなら|で[、,])", question)):
                return
        elif not (REFINES.search(question) or starts_on):
            return
        answer.status = "partial"
        if searched:
            # (「不要と判定された事業」 found as passages, then 「そのうち…いちばん大きいのは」: no records were
            # narrowed before, so what it is asked of is every record, not those)
            answer.caveat = "前の回答は本文の検索で、記録を条件で絞り込めていなかったため、絞り込む前の全体から答えています。"
        elif self._last_unused:
            said = "」「".join(self._last_unused)
            answer.caveat = f"前の回答は「{said}」を条件にできなかったため、その条件なしの行から絞っています。"
        else:  # (「令和5年3月に終わった」 read as the fiscal year: the rows narrowed are of that reading)
            answer.caveat = f"前の回答の読み方のまま絞っています: {reading}"
        answer.summary = answer.caveat + answer.summary

    def _row_named_again(self, question: str):
        """The follow-up asked of the one row the question before named by its code (「指-13について」),
        read on whichever table holds that code and the column asked; None unless exactly one row answers."""
        from assistant.query.tables import answer_from_tables
        from assistant.query.tables.answer import REFINES
        from assistant.text.normalize import nfkc

        before = nfkc(getattr(self, "generic_question", "") or "")
        context = self.table_context
        if context is None or not before or REFINES.search(question) \
                or re.match(r"\s*(?:それ|その|これ|この|そこ)", question):
            return None
        codes = list(dict.fromkeys(re.findall(r"(?<![一-龥ァ-ヶA-Za-z0-9-])[一-龥ァ-ヶA-Za-z]{1,3}-\d{1,4}(?![\d-])", before)))
        if len(codes) != 1 or codes[0] in nfkc(question):
            return None
        got = answer_from_tables(self.db, f"{codes[0]}の{question}", None, loose=True)
        if got is None or got[0].status != "exact" or got[0].unused or got[0].value in (None, "") \
                or len(got[0].rows) != 1:
            return None
        got[0].question = question
        got[0].notes.insert(0, f"前の質問の「{codes[0]}」について「{codes[0]}の{question}」と読みました")
        return got

    def _answer_from_generic(self, question: str, q: Query) -> Answer | None:
        """Documents no kind was written for: a count they state (facts.py) when one is asked, else a
        table's rows (tables/) when the question reads fully on one, else their other structure
        (facts.py). A follow-up then goes on over that table, never over a dedicated kind's records.
        None leaves the question to the engine."""
        from assistant.query.facts import _COUNT_Q, answer_from_generic
        from assistant.query.tables import answer_from_tables
        from assistant.query.tables.answer import REFINES
        from assistant.text.normalize import nfkc

        has_tables = bool({"table_row", "item"} & set(self.executor.tables))  # items with fields are rows too
        meaning = self._legend_answer(question)
        if meaning is not None:
            self._clear_context()
            return meaning

        def tables(loose: bool = False, context=self.table_context):
            return answer_from_tables(self.db, question, context, loose=loose) if has_tables else None

        asked = question
        switched = _OTHER_PLACE.match(question.strip())
        if switched and self.table_context is not None and getattr(self, "generic_question", ""):
            # 「小山市では？」 after 「花巻市で達成度がCの取組は？」: the same question of the other place.
            before = self.generic_question
            places = place_names(before)
            if places and switched.group(1) not in places:
                for p in places:
                    before = before.replace(p, switched.group(1))
                question = before
                self.table_context = None

        following = self.table_context is not None
        if not following and REFINES.search(question) and getattr(self, "generic_rows", []):
            # 「そのうち…」 after rows of several documents' tables: each table's rows narrowed, together.
            narrowed = _narrow_across(self.db, question, self.generic_rows)
            if narrowed is not None:
                self._clear_context()
                self.generic_rows = [r.get("key") for r in narrowed.rows if r.get("key")]
                return narrowed

        # 「そのうち体育施設は？」 after a search answer (passages, not rows): its words were no condition a
        # table can hold, so the table's rows answered are not narrowed by them and the answer says so.
        # (「それは反映された？」 points back at it as much as 「そのうち」 does)
        # (so too after an answer of another kind that did not read its question whole: 「学校と公民館を複合化した
        # 事例は？」 found no such case study, then 「そこの延床削減率は？」 is of the table row its words name)
        unnarrowed = not following and (self._last_target == "passage" or (
            getattr(self, "_last_status", "") in ("partial", "no_match")
            and self._last_target not in ("", "table_row", "item"))) \
            and bool(REFINES.search(question) or re.match(r"\s*(?:それ|その|これ|この|そこ)", question))

        def settled(answer: Answer, context=None) -> Answer:
            if unnarrowed and answer.status == "exact" and answer.target in ("table_row", "item"):
                named = self._row_named_before(question, answer)
                if named is not None:
                    answer, context = named
            if unnarrowed and answer.status == "exact" and answer.target in ("table_row", "item") \
                    and not any("を前の質問の語" in n for n in answer.notes):
                answer.status = "partial"
                answer.caveat = ("前の回答は本文の検索で、表の行の条件として読めなかったため、"
                                 "前の回答で絞らずに表全体から答えました。")
                answer.summary = answer.caveat + answer.summary
            if answer.status == "exact" and not following and not place_names(question) \
                    and answer.target in ("table_row", "item"):
                # No city named, and other cities' documents hold rows for the same question: one
                # document's rows are not the answer; say which it is and which others have rows.
                from assistant.query.tables.answer import documents_with_rows

                own = {str(c.get("label", ""))[4:] for c in answer.understood if str(c.get("label", "")).startswith("文書: ")}
                others = [d for d in documents_with_rows(self.db, question, context.table if context is not None else None)
                          if d not in own
                          and not any(d in o or o in d for o in own)]
                if others and own:
                    answer.status = "partial"
                    answer.caveat = (f"市町村名がないため「{'」「'.join(sorted(own))}」から答えました。"
                                     f"「{'」「'.join(others)}」にも当てはまる行があります。")
                    answer.summary = answer.caveat + answer.summary
            if following and answer.status == "exact" and getattr(self, "table_caveat", "") \
                    and context is not None and context.table.source == self.table_caveat[0]:
                # A follow-up on rows that were one document's of several is still that document's only.
                answer.status = "partial"
                answer.caveat = self.table_caveat[1]
                answer.summary = answer.caveat + answer.summary
            self._clear_context()
            self.generic_question = question
            if question != asked:
                answer.question = asked
                answer.notes.insert(0, f"前の質問を{switched.group(1)}について「{question}」と読みました")
            # A listing of a table's rows read from the document's text: a follow-up narrows those rows.
            self.table_context = context if context is not None else _listed_rows(self.db, answer)
            self.generic_rows = [r.get("key") for r in answer.rows if r.get("key")] if answer.target in ("table_row", "item") else []
            self.table_caveat = (self.table_context.table.source, answer.caveat) \
                if self.table_context is not None and answer.status == "partial" and not answer.unused else ("", "")
            return answer

        from assistant.query.tables.question import _RATIO
        from assistant.query.tables.stated_target import asks_stated_target, stated_target

        read_whole = tables() if not following and asks_stated_target(question, counts=True) else None
        of_every_row = read_whole is not None and _value_of_every_row(read_whole[0])
        if not following and (asks_stated_target(question) and self._places_said(question) or of_every_row) \
                and (read_whole is None or read_whole[0].status != "exact" or of_every_row):
            # 「登用目標って何パーセント」: the target the city's document states in its prose (its
            # lead paragraph over the table), when no table reads the question whole (a column of
            # targets would). A column's value in every row of a table, no row picked (「計画の目標台数って
            # 何台」 over 削減目標台数 per year), is no one target: the prose of that table's document says it.
            about = sorted({s for p in self._places_said(question) for s in self._documents_about(p)}) \
                if not of_every_row else sorted({r.get("source") for r in read_whole[0].rows if r.get("source")})
            generic = {r["source"] for r in self.db.query("SELECT source FROM documents WHERE kind = 'generic'")}
            target = stated_target(self.db, question, [s for s in about if s in generic],
                                   self.parser.content_words(question))
            if target is not None:
                self._clear_context()
                return target

        if (_COUNT_Q.search(nfkc(question)) or _RATIO.search(nfkc(question))) \
                and not (self.table_context is not None and REFINES.search(question)):
            # A count the document states (「未達成 8項目」) comes before the rows of a table that may
            # list only some of them (「主な取組の進捗状況」); the rows, when as many, are what a
            # follow-up narrows.
            stated = answer_from_generic(self.db, question, q)
            if stated is not None and self.table_context is not None \
                    and self.table_context.table.source not in {r.get("source") for r in stated.rows}:
                stated = None  # a follow-up on one document's table: another document's count is not its rows'
            if stated is not None and stated.status == "exact" and stated.target == "count_fact":
                rows = tables(loose=True, context=None)
                same = rows is not None and rows[0].status == "exact" and rows[0].count == stated.value
                return settled(stated, rows[1] if same else None)
            if stated is not None and stated.status == "partial" and stated.target == "count_fact" and stated.value is None:
                # Several stated figures and the question names none (「出席者は何名」 of four meetings): a
                # table reading it whole (the meeting the conversation is on) answers, else the figures
                # are listed for the user to choose from, never one claimed.
                rows = tables()
                return settled(*rows) if rows is not None and rows[0].status == "exact" else settled(stated)
        if following:
            tabled = tables()
            if tabled is None or tabled[0].status != "exact":
                # 「指-13について教えて」→「指定管理料はいくら？」: the column is not of the table answered before, but
                # another document's table holds the row it named (by its code): asked of that row there.
                named_row = self._row_named_again(question)
                if named_row is not None:
                    return settled(*named_row)
        if self._kind_goes_on(question, q):
            return None
        tabled = tables()
        if tabled is None and not following:
            own_word = self._rows_called_by_table(question, q, tables)
            if own_word is not None:
                return settled(*own_word)
            from assistant.query.kind_word_rows import rows_called_by_kind_word  # (「…指標」 of 成果指標名 rows)

            called = rows_called_by_kind_word(question, q.target, tables)
            if called is not None:
                return settled(*called)
            from assistant.query.places_asked_of_table import rows_asked_as_places  # (「…自治体は？」: a table of places)

            places = rows_asked_as_places(question, q.target, self.lexicon.columns, tables)
            if places is not None:
                return settled(*places)
        if following and tabled is not None and tabled[0].status == "partial" and not tabled[0].unused \
                and any(u.get("op") == "diff" for u in tabled[0].understood):
            # 「前年度と比べてどれだけ増えた？」 of a value that fell: the change read, the premise corrected (partial)
            return settled(*tabled)
        if following and tabled is not None and tabled[0].status == "partial" and len(tabled[0].rows) == 1 \
                and _ASKS_WHY.search(question) and not _column_says_why(question, tabled[0]):
            # 「増えた理由は？」 after the one row an answer found: a note of its document naming that row.
            note = self._row_note(question, tabled[0])
            if note is not None:
                return settled(note)
        if tabled is not None and not following and (
                (tabled[0].status == "no_match" and self._says_own_kind(question, q))
                or (tabled[0].status == "partial" and tabled[0].unused)) and self._kind_finds(q):
            # 「R5に始まった連携事業は？」: a table of another document (a 工程表 whose 備考 column holds years)
            # finds nothing, where the kind the question names reads it whole and has records for it;
            # 「デマンド交通の…の幹事は？」: a table (負担金) holding a row of that name leaves 幹事 unread, which
            # the kind's field reads.
            return None
        if following and tabled is not None and tabled[0].status == "partial" and tabled[0].unused \
                and self._comments_on_rows(q):
            # 「（外部評価の対象になった事業は？）その中で、Ｄ委員が意見を出したのは何事業？」: the table leaves 意見
            # unread, where the members' opinions read it whole and every one found is on a row listed before
            return None
        if tabled is not None and tabled[0].status != "partial" and (
                self._says_own_kind(question, q) or (tabled[0].status == "no_match" and tabled[0].unused)) \
                and self._read_by_own_kind(question, q, tabled[1].table.source if tabled[1] is not None else None):
            # 「鶴ヶ丘市で職員課が担当する実施項目」: the items of its report, which names them so (or a table that
            # found nothing and left words unread, where the report's kind reads the question whole)
            return None
        if tabled is not None and tabled[0].status == "exact" and self._narrows_other_records(question, tabled[0]):
            # 「危機管理課の事業を見せて」→「その中でＲ６に目標を達成したのは？」: the rows listed before are a dedicated
            # kind's, and the table's rows are none of them: the follow-up narrows those, not another document's table
            return None
        if tabled is not None and tabled[0].status != "partial":
            note = self._row_note(question, _with_named_row(tabled)) \
                if _ASKS_WHY.search(question) and not _column_says_why(question, tabled[0]) else None
            return settled(note) if note is not None else settled(*tabled)
        if tabled is not None and not tabled[0].unused and ("一部の項目だけを載せている" in (tabled[0].caveat or "")
                                                          or (tabled[0].caveat and tabled[0].value is None
                                                              and tabled[0].target == "table_row" and tabled[0].count == 1)):
            # 「スポーツ施設の稼働率を平均すると」 over 「主な施設の…」: every word read on the table; partial only
            # because the table lists some of the items, which its caveat says (a text search reads less).
            # 「将来負担比率が前年度より下がった年度は何回」 over a row printing 「－」 years: the row is found and the
            # count declined, its caveat saying why (a text search would answer something else as if it were this)
            return settled(*tabled)
        if tabled is not None and tabled[0].unused and all(re.fullmatch(r"何[人名台校館園回]", w) for w in tabled[0].unused):
            # 「一般行政部門の職員は何人？」: the table read every condition, and only which year's number
            # is asked was left open; that says so, where a listing would count the rows as people.
            return settled(*tabled)
        facts = answer_from_generic(self.db, question, q)
        if facts is None:
            # 「…は何年に建てられましたか？西暦で教えてください」: read nowhere as asked, the question as the tables'
            # reader says it (「…の建築年は西暦で何年？」) names the field the documents print
            from assistant.query.grammar.phrasings import for_tables

            said = for_tables(question)
            facts = answer_from_generic(self.db, said, q) if said != question else None
            if facts is not None:
                facts.question = question
        if facts is not None and following:
            facts = None  # a follow-up goes on over the table's rows: a listing of the document would drop them
        if facts is not None and facts.status == "exact":
            # The question is about these documents: a table that reads every word of it answers
            # (「完了予定が2027年3月」 is also 令和8年度末, which the literal listing does not know).
            loose = tables(loose=True) if facts.target != "count_fact" else None
            return settled(*loose) if loose is not None and loose[0].status == "exact" else settled(facts)
        # Neither reads it whole. A city or a row the question names keeps the answer on those
        # documents, said to be partial; otherwise the engine answers (its text search included).
        named = bool(self._places_said(question)) or (tabled is not None and tabled[1] is not None and any(c.op == "rows" for c in tabled[1].conds)) \
            or (facts is not None and any(r.get("title") and str(r["title"]) in question for r in facts.rows))
        if named and (tabled is not None or facts is not None) and self._read_by_own_kind(question, q):
            return None  # the place's own report, read by its kind, answers it whole: the engine does
        if named and tabled is None and facts is not None and facts.status == "partial":
            # 「交付先が「各自治会」の補助金のうち、廃止または統合になったもの」: the listing names a row of these
            # documents but leaves words (廃止, also a word of a dedicated kind's text) unread; a table of
            # them that reads every word answers, as it does after an exact listing.
            loose = tables(loose=True)
            if loose is not None and loose[0].status == "exact":
                return settled(*loose)
        if named and (tabled is not None or facts is not None):
            partial = tabled[0] if tabled is not None else facts
            note = self._row_note(question, partial) if _ASKS_WHY.search(question) else None
            if note is not None:
                return settled(note)
            prose = self._city_prose(question, partial) \
                if len(partial.unused) >= 2 or (partial.unused and (_ASKS_HOW.search(question)
                                                                    or _ASKS_MEANING.search(question)
                                                                    or _ASKS_PERIOD.search(question)
                                                                    or _ASKS_WHO.search(question))) else None
            if prose is not None:
                return settled(prose)
            return settled(*tabled) if tabled is not None else settled(facts)
        return None

    def _row_named_before(self, question: str, answer: Answer):
        """「学校と公民館を複合化した事例は？」→「そこの延床削減率は？」 answered over a table's rows the previous
        answer did not list: the one row whose title holds every content word the previous question said (学校,
        公民館, 複合化; not the word of a kind, 事例) is what 「そこ」 is, and the question is asked of that row by its
        title. None when no row or several rows hold them, or the row's reading is not exact."""
        from assistant.query.tables import answer_from_tables

        before = self._last_question
        if not before:
            return None
        kinds = {w for w, _ in KIND_WORDS}
        words = [nfkc(w) for w in self.parser.content_words(before) if w not in kinds and len(w) >= 2]
        if len(words) < 2:
            return None
        rows = [r for r in answer.rows if isinstance(r, dict) and r.get("title")
                and all(w in nfkc(str(r["title"])) for w in words)]
        if len(rows) != 1:
            return None
        title = str(rows[0]["title"])
        m = re.match(r"\s*(?:(?:じゃあ|じゃ|では|なら|で)[、,]?\s*)?(?:そこ|それ|その|これ|この)(?:の)?", question)
        if m is None:
            return None
        asked = f"{title}の{question[m.end():].lstrip()}"
        got = answer_from_tables(self.db, asked, None)
        if got is None or got[0].status != "exact" or not got[0].rows \
                or {r.get("key") for r in got[0].rows if isinstance(r, dict)} - {rows[0].get("key")}:
            return None
        got[0].question = question
        got[0].notes.insert(0, f"「{m.group(0).strip()}」を前の質問の語（{'・'.join(words)}）を題名に含む行「{title}」と読みました")
        return got

    def _rows_called_by_table(self, question: str, q: Query, tables):
        """「総合評価がＢの柱はいくつある？」: the kind not said (the grammar picks one by the field, 実践項目), the
        records asked for called by a word (柱) no dedicated kind is called by and that a table's document
        says, and that table reads the question whole (its words read loosely): the table's rows, not the
        other kind's records that merely have a field of that name. None otherwise."""
        if q.target or q.unused or not q.understood_anything:
            return None
        m = _ASKED_NOUN.search(nfkc(question))
        if m is None:
            return None
        word = m.group("word")
        if any(w == word for w, _ in KIND_WORDS) or word in self.lexicon.item_words \
                or word in ("もの", "物", "こと", "件", "数", "件数", "項目"):
            return None
        loose = tables(loose=True)
        if loose is None or loose[0].status != "exact" or loose[0].unused or loose[1] is None:
            return None
        held = self.db.query("SELECT 1 FROM passages WHERE source = ? AND text LIKE ? LIMIT 1",
                             [loose[1].table.source, f"%{word}%"])
        if not list(held):
            return None
        loose[0].notes.insert(0, f"「{word}」は「{self._title_of(loose[1].table.source)}」の表の行の呼び名と読みました")
        return loose

    def _kind_goes_on(self, question: str, q: Query) -> bool:
        """「（杣ノ木町が幹事の事業は？）じゃあ鳰ヶ浦町が幹事なのは？」: a follow-up the grammar reads whole onto
        the dedicated kind the previous answer listed goes on over that kind's records, not over a table
        of another document that merely has a row named by the same place (a survey's row per town)."""
        previous = self.context
        # (a word the previous question could not use, carried into this one, is no word of this one: 「福祉とか子育ての
        # 分野の連携事業」 → 「その中で苧環村が幹事のものは？」 still goes on over the 連携事業)
        own_unused = [w for w in q.unused if previous is None or w not in (previous.unused or [])]
        if previous is None or self.table_context is not None or not q.target or q.target != previous.target \
                or q.target in _GENERIC_KINDS or q.target not in self.executor.tables \
                or own_unused or not q.understood_anything or not q.conditions:
            return False
        return any(c.field not in ("source", "text") for c in q.conditions)

    def _comments_on_rows(self, q: Query) -> bool:
        """Whether the question reads whole onto the members' opinions, and every opinion it finds is on a row
        the table answer before listed (its code printed in a cell of that row)."""
        if q.target != "comment" or not self._kind_finds(q) or self.table_context is None:
            return False
        try:
            found = self.executor.select(self.executor.resolve(copy.copy(q))[0])[0]
        except Exception:  # (a query the executor cannot run is no reading of it)
            return False
        printed = {"".join(nfkc(str(v or "")).split()) for r in self.table_context.rows
                   for v in (r.get("cells") or {}).values()} - {""}
        cited = {"".join(nfkc(str(r.get("initiative") or "")).split()) for r in found}
        return bool(found) and bool(printed) and "" not in cited and cited <= printed

    def _kind_finds(self, q: Query) -> bool:
        """Whether the grammar reads the question whole onto a dedicated kind and its records hold some for it."""
        if not q.target or q.target in _GENERIC_KINDS or q.target not in self.executor.tables \
                or q.unused or not q.understood_anything or not q.conditions \
                or not any(c.field not in ("source", "text") for c in q.conditions):
            return False
        try:
            return bool(self.executor.select(self.executor.resolve(copy.copy(q))[0])[0])
        except Exception:  # (a query the executor cannot run is no reading of it)
            return False

    def _table_says_it_literally(self, question: str, q: Query, answer: Answer) -> Answer | None:
        """「判定がＣだったのは何件？」: the dedicated kinds read 判定 as another word for their own field
        (実践項目の総合評価), but a table of another document has a column printed 判定 holding Ｃ, and reads
        every word of the question on its rows. The question says the table's own words, not the field's:
        the table answers, partial, and says the other reading (neither is sure without a document named)."""
        if answer.status != "exact" or answer.error or "table_row" not in self.executor.tables \
                or self.table_context is not None or self._says_own_kind(question, q) or self._places_said(question):
            return None
        said = nfkc(question)
        fields = [str(c.get("label", "")) for c in answer.understood if c.get("field") not in ("text", "*", "source")]
        if not fields or any(re.split(r"\s*(?:=|∈|が|>|<|≥|≤)", f, maxsplit=1)[0].strip() in said for f in fields):
            return None  # (the field said by its own name, or nothing but words of the text read)
        from assistant.query.tables import answer_from_tables
        from assistant.query.tables.answer import _key as _notation

        tabled = answer_from_tables(self.db, question, None, loose=True, dedicated=True)
        if tabled is None or tabled[1] is None or tabled[0].status != "exact" or tabled[0].unused:
            return None
        conds = [c for c in tabled[1].conds if c.op == "eq"]
        if not conds or not all(c.header and _notation(c.header) in _notation(said) for c in conds):
            return None  # (a column word of the table said as printed, with its value)
        got = tabled[0]
        other = answer.summary.split("。")[0]
        got.status = "partial"
        got.caveat = (f"「{'」「'.join(c.header for c in conds)}」は{tabled[1].table.source}の表の欄として読みました"
                      f"（別の読み方: {other}）。")
        got.summary = got.caveat + got.summary
        self._clear_context()
        self.table_context = tabled[1]
        self.generic_question = question
        return got

    def _narrows_other_records(self, question: str, tabled: Answer) -> bool:
        """Whether the question narrows (そのうち, その中で) rows of a dedicated kind listed just before, none of which
        the table's answer holds (by their codes): then the table's rows are not the rows narrowed."""
        from assistant.kinds import registry
        from assistant.query.tables.answer import REFINES

        before = [r for r in (getattr(self, "context_rows", None) or []) if isinstance(r, dict)]
        if not REFINES.search(question) or not before or self.table_context is not None \
                or not all(str(r.get("key", "")).split(":", 1)[0] in registry.record_kinds() for r in before) \
                or any(str(r.get("key", "")).startswith(("table_row:", "item:")) for r in before):
            return False
        codes = {nfkc(str(r.get("code") or "")).strip() for r in before} - {""}
        held = {nfkc(str(r.get(k) or "")).strip() for r in tabled.rows if isinstance(r, dict)
                for k in ("code", "number")} - {""}
        return bool(codes) and not (codes & held)

    def _says_own_kind(self, question: str, q: Query) -> bool:
        """Whether the question names the asked kind by its word, or by the word a document calls it
        (lexicon.item_words): a table of another document is then not what it asks for."""
        said = nfkc(question)
        return any(w in said for w, k in KIND_WORDS if k == q.target and len(w) >= 3) or any(
            w in said and kind_label(q.target) == label for w, label in self.lexicon.item_words.items())

    def _printed_only_elsewhere(self, target: str, words: list[str]) -> bool:
        """Whether every word is printed, and only in documents that hold no record of the kind: 「パブコメの募集期間は？」
        names an event's field (募集期間), but パブリックコメント is a page's heading over its 「意見募集期間：…」 line, not
        an event of the newsletter; the field of some other document's records would be a confident wrong answer.
        The words are those said before the field, naming whose field it is; a word after it (「定型・非定型業務の
        区分」) is only the head noun of the field asked, whoever else prints it."""
        from assistant.store.search import find_passages

        if target not in self.executor.tables or not words:
            return False
        for word in words:
            sources = {p["source"] for p in find_passages(self.db, word, with_text=False)}
            if not sources or any(next(iter(self.db.query(f"SELECT 1 FROM [{target}] WHERE source = ? LIMIT 1", [s])), None)
                                  for s in sources):
                return False
        return True

    def _read_by_own_kind(self, question: str, q: Query, table_source: str | None = None) -> bool:
        """Whether the grammar reads the question whole (no word left) as one about a dedicated kind whose
        records the named place's documents hold: 「鶴ヶ丘市で2025年度にAの実施項目」 is its plan report's,
        not a partial reading of its other documents' tables (a joint-projects CSV read generically).
        No place said, the place is the one the table's document is of (its title opens with it): 「平成31年度に
        A評価がついた実践項目」 read on a city's progress sheets (a generic document) is its plan report's
        items when the report is in the index."""
        if not q.target or q.target in _GENERIC_KINDS or q.target not in self.executor.tables \
                or q.unused or not q.understood_anything:
            return False
        sources = sorted({s for p in self._places_said(question) for s in self._documents_about(p)})
        if not sources:
            # (no place said: the documents the grammar scoped the question to, those calling their items by
            # the word it says: 「行財政改革実施計画で…実施項目は何件」 is that report's, not a table's of the same title)
            sources = sorted({str(s) for c in q.conditions if c.field == "source" and c.op == "in"
                              and isinstance(c.value, list) for s in c.value})
            if sources and self._names_another_title(question, sources):
                return False  # (「財政効果額一覧の中で…実施項目」: the list it names is asked, not the report)
        if not sources and table_source:
            title = nfkc(next((r["title"] or "" for r in self.db.query(
                "SELECT title FROM documents WHERE source = ?", [table_source])), ""))
            opening = next((p for p in self._titles_opening_places() if title.startswith(p)), "")
            if opening and not self._names_another_title(question, [s for s in self._documents_about(opening)
                                                                      if s != table_source]):
                sources = [s for s in self._documents_about(opening) if s != table_source]
        if not sources:
            return False
        held = self.db.query(f"SELECT 1 FROM [{q.target}] WHERE source IN ({','.join('?' * len(sources))}) LIMIT 1",
                             sources)
        return bool(list(held))

    def _names_another_title(self, question: str, sources: list[str]) -> bool:
        """Whether the question says what sets another document's title apart from these documents' titles
        (「…財政効果額一覧」 beside 「…進捗報告書」, after the plan's name both open with)."""
        titles = {r["source"]: no_spaces(nfkc(r["title"] or "")) for r in self.db.query("SELECT source, title FROM documents")}
        said = no_spaces(nfkc(question))
        own = [titles.get(s, "") for s in sources]
        for source, title in titles.items():
            if source in sources or not title:
                continue
            rest = title[max(len(os.path.commonprefix([title, t])) for t in own):] if own else title
            rest = re.sub(r"^[\s　の・:：]+", "", rest)
            stem = re.sub(r"(?:一覧|一覧表|の表|表|シート)$", "", rest)
            if len(stem) >= 3 and stem in said and not any(stem in t for t in own):
                return True
        return False

    def _legend_answer(self, question: str) -> Answer | None:
        """「△はどういう意味？」「達成度Bは何を表す？」: the wording a document's legend gives the mark,
        from the documents of the place named (or all the other documents when it is one)."""
        from assistant.query.facts import _legend, legend_gloss

        meant = _ASKS_MEANING.search(question)
        if not meant:
            return None
        mark = notation_key(re.sub(r"^.*?(?=[◎○〇△▲×✕●]|[A-ES]$|[1-5]$)", "", meant.group(1) or meant.group(2)))
        places = place_names(question)
        docs = list(self.db.query("SELECT source, sha256, title FROM documents WHERE kind = 'generic'"))
        about = {s for p in places for s in self._documents_about(p)} if places else None
        if len(mark) != 1:
            # 「「一部オンライン」ってどういう意味」: a word a sentence of the document defines (tables/legend_words.py).
            from assistant.query.tables.legend_words import meaning_in_text

            word = meant.group(1) or meant.group(2)
            said = meaning_in_text(self.db, [d["source"] for d in docs if about is None or d["source"] in about], word)
            if len(said) != 1:
                return None  # (none, or several documents defining it: which one is not said)
            source, sentence = said[0]
            title = next(d["title"] for d in docs if d["source"] == source)
            return Answer(question=question, target="passage", status="search", count=1,
                          understood=[{"field": "legend", "op": "=", "value": word, "label": f"「{word}」の説明"}],
                          rows=[{"key": f"doc:{source}", "title": title, "excerpt": sentence}],
                          columns=["title", "excerpt"],
                          summary=f"「{word}」について、{title}にこう書かれています：「{sentence}」")
        found = {}
        for d in docs:
            if about is not None and d["source"] not in about:
                continue
            for letter, wording in _legend(self.db, d["sha256"]):
                if notation_key(letter) == mark and nfkc(wording).strip("()（） ") != "凡例":
                    # (「（凡例）対応区分 ◎：…」: the legend's own heading is no meaning of a mark)
                    found.setdefault(wording, d)
        if len(found) > 1:
            # 「委員意見一覧の対応区分「○」は何を表してる」: several documents' legends give the mark; the words said
            # before it (the table, the column) name the one whose text says them
            from assistant.query.facts import _document_text

            before = nfkc(question[:meant.start()]) + nfkc(meant.group(1) or meant.group(2) or "")[:-1]
            words = [w for w in re.findall(r"[一-龥ァ-ヶー]{2,}", before) if w not in {"凡例", "記号", "マーク"}]
            if words:
                said = {w: sum(1 for x in words if x in nfkc(_document_text(self.db, d["sha256"]) or ""))
                        for w, d in found.items()}
                best = max(said.values())
                if best and sum(1 for n in said.values() if n == best) == 1:
                    found = {w: found[w] for w, n in said.items() if n == best}
        if len(found) != 1:
            return None
        wording, d = next(iter(found.items()))
        wording = legend_gloss(self.db, d["sha256"], next(letter for letter, w in _legend(self.db, d["sha256"])
                                                          if w == wording and notation_key(letter) == mark), wording)
        shown = meant.group(1) or meant.group(2)
        return Answer(question=question, target="passage", status="exact", value=wording, count=1,
                      understood=[{"field": "legend", "op": "=", "value": mark, "label": f"凡例の「{shown[-1]}」"}],
                      rows=[{"key": f"doc:{d['source']}", "title": d["title"], "excerpt": f"{shown[-1]}：{wording}"}],
                      columns=["title", "excerpt"],
                      summary=f"「{shown[-1]}」は「{wording}」を表します（{d['title']}の凡例）。")

    def _missing_document(self, question: str) -> Answer | None:
        """「鳥取県の取組状況報告書で…」 where no document is of that place (it is only mentioned inside
        another, a case study of it): there is no such report to answer from, said as such."""
        for place in place_names(question):
            if place[-1] in "市町村区郡県府都道" and self._documents_about(place):
                unnamed = self._unheld_document(question, place)
                if unnamed is not None:
                    return unnamed
                continue
            if place[-1] not in "市町村区郡県府都道":
                continue
            said = _DOCUMENT_WORD.match(question, question.find(place) + len(place))
            if not said:
                continue
            document = place + "の" + said.group(1)
            mentioned = has_passage(self.db, place)
            return Answer(question=question, target="passage", status="no_match", count=0,
                          understood=[{"field": "source", "op": "in", "value": [], "label": f"「{document}」"}],
                          summary=f"「{document}」は索引にありません。当てはまるものは 0件です。"
                                  + (f"「{place}」はほかの資料の中で触れられているだけです。" if mentioned else ""),
                          error=f"「{document}」は索引にありません。")
        return None

    def _unheld_document(self, question: str, place: str) -> Answer | None:
        """「三条市の補助金見直し一覧で…」 where 三条市's documents are others (its progress sheet, its
        newsletter) and none of the documents naming 三条市 says 補助金見直し一覧 at all: there is no
        such document of that place, and another place's one is no answer."""
        at = question.find(place)
        named = _NAMED_DOCUMENT.match(question, at + len(place)) if at >= 0 else None
        if named is None:
            return None
        from assistant.query.facts import _document_text

        name = notation_key(named.group(1))
        sources = set(passage_sources(self.db, place))  # (the documents naming the place, found by the index)
        docs = [(_document_text(self.db, r[0]), notation_key(r[2] or "")) for r in self.db.execute(
            "SELECT sha256, source, title FROM documents").fetchall() if r[1] in sources]
        # (「行革計画」 for a 行政改革推進計画: a title holding every character of its name but the document word
        # is that document, abbreviated)
        stem = set(re.sub(r"[ぁ-ん]", "", notation_key(named.group(1)[:-len(named.group(2))])))
        if any(name in text or (stem and stem <= set(title)) for text, title in docs):
            return None
        document = place + "の" + named.group(1)
        return Answer(question=question, target="passage", status="no_match", count=0,
                      understood=[{"field": "source", "op": "in", "value": [], "label": f"「{document}」"}],
                      summary=f"「{document}」は索引にありません（{place}の資料に「{named.group(1)}」は出てきません）。"
                              "当てはまるものは 0件です。",
                      error=f"「{document}」は索引にありません。")

    def _row_note(self, question: str, tabled: Answer) -> Answer | None:
        """「取組2-2はなぜ評価されていないの？」「番号5は今後どうする？」: why or what next is no cell of the
        row; a note of its document that names the row by its number (※ 取組2-2は…) answers, as a search."""
        if len(tabled.rows) != 1 or not (tabled.rows[0].get("number") or tabled.rows[0].get("title")):
            return None
        row = tabled.rows[0]
        code = str(row.get("number") or "").strip()
        title = str(row.get("title") or "").strip()
        # Named by its number (※ 取組2-2は…) or by its whole name (温泉施設の民間譲渡については…).
        named = compiled((r"(?:番号|取組|No\.?|項目|№)\s*" + re.escape(code) + r"(?![\d\-‐－])" if code else r"(?!)")
                           + (r"|" + re.escape(nfkc(title)) if len(title) >= 4 else ""))
        notes = [r for r in self.db.query(
            "SELECT key, source, line, text, field FROM passages WHERE source = ? ORDER BY line",
            [row["source"]]) if r["field"] not in ("table", "table_row") and named.search(nfkc(r["text"]))]
        if notes and notes[0]["field"] == "heading" and notes[0]["line"] == row.get("line"):
            # The row's own heading (「4 学校給食調理業務の民間委託」) says nothing of it: the paragraphs under it do.
            under = []
            for r in self.db.query("SELECT key, source, line, text, field FROM passages WHERE source = ? AND line > ? "
                                   "ORDER BY line LIMIT 8", [row["source"], notes[0]["line"]]):
                if r["field"] == "heading":
                    break
                if r["field"] not in ("table", "table_row"):
                    under.append(r)
            notes = under + notes[1:] if under else notes
        if not notes:
            return None
        if _ASKED_IN_MINUTES.search(nfkc(notes[0]["text"])):
            # A member's question in minutes (「…理由を伺いたい。」): the answer is what is said next.
            after = list(self.db.query("SELECT key, source, line, text, field FROM passages WHERE source = ? AND line > ? "
                                       "AND field NOT IN ('table', 'table_row') ORDER BY line LIMIT 1",
                                       [row["source"], notes[0]["line"]]))
            notes = after + notes
        def own(text: str) -> str:
            # 「※1 … ※2 … ※3 総合体育館は…」 joined in one paragraph: the notes naming the row.
            parts = [p for p in re.split(r"(?=※\s*\d)", text) if p.strip()]
            named_parts = [p for p in parts if named.search(nfkc(p))]
            return "".join(named_parts).strip() if len(parts) > 1 and named_parts else text

        excerpts = [{"key": n["key"], "source": n["source"], "line": n["line"], "text": own(n["text"]), "field": n["field"]}
                    for n in notes[:3]]
        title = title or code
        return Answer(question=question, target="passage", status="search", count=len(excerpts), rows=[],
                      excerpts=excerpts, understood=tabled.understood, notes=tabled.notes,
                      summary=f"{title}{f'（{code}）' if code else ''}について、資料の本文にこう書かれています: 「{excerpts[0]['text']}」"
                              f" 表の記載: {tabled.summary}")

    def _city_prose(self, question: str, tabled: Answer) -> Answer | None:
        """A table row named, with words the table does not hold (「…について事務局はどう回答した？」):
        the city's prose that holds the row's name and some of those words answers, as a search."""
        places = place_names(question)
        if not places or not tabled.rows:
            return None
        about = sorted({s for p in places for s in self._documents_about(p)})
        name = notation_key(str(tabled.rows[0].get("title") or "")) if len(tabled.rows) == 1 else ""
        if not about:
            return None
        titles = notation_key(" ".join(r["title"] or "" for r in self.db.query(
            f"SELECT title FROM documents WHERE source IN ({','.join('?' * len(about))})", about)))
        meant = _ASKS_MEANING.search(question)
        words = [w for w in self.parser.content_words(question) if w not in places and _PLACE_SUFFIX.sub("", w)
                 not in [_PLACE_SUFFIX.sub("", p) for p in places]]
        # Words that only name the documents (取組スケジュール of its title) say nothing about which passage.
        words = [w for w in words if not (len(w) >= 3 and notation_key(w) in titles)] or words
        if meant:
            words.append(meant.group(1) or meant.group(2))
        if not words:
            return None
        scope = Condition("source", "in", about, f"「{'・'.join(places)}」の資料")
        answer = self._passage_answer(Query(question=question, target="passage", conditions=[
            Condition("text", "match", w, f"本文に「{w}」を含む") for w in words] + [scope]), question, [])
        first = notation_key(answer.excerpts[0].get("text", "")) if answer.excerpts else ""
        # The passage's document named by a word the table could not use (「行政改革推進委員会の第2回」
        # is the minutes' title) is about it too.
        held = first + notation_key(next((r["title"] or "" for r in self.db.query(
            "SELECT title FROM documents WHERE source = ?", [answer.excerpts[0].get("source")])), "")) if first else ""
        # The passage must be about the row named, hold a word the table could not use, or the mark asked about.
        if not first or answer.excerpts[0].get("field") in ("table", "table_row") or not (
                (name and name in first) or any(notation_key(w) in held for w in tabled.unused)
                or (meant and notation_key(meant.group(1) or meant.group(2)) in first)):
            return None
        answer.unused = list(tabled.unused)
        answer.caveat = (f"「{'」「'.join(tabled.unused)}」は表にない語のため、表の行ではなく"
                         f"{'・'.join(places)}の資料の本文から探しました。")
        answer.summary = answer.caveat + answer.summary
        return answer

    def _guessed_unsure(self, answer: Answer) -> Answer:
        """Records found only through another kind's text, one field of theirs asked (see _run): the words that
        found them are said unused, never a certain answer."""
        guessed = self._guessed_by_related_text if answer.rows and not answer.error else []
        if guessed:
            answer.unused = list(dict.fromkeys(answer.unused + guessed))
            if answer.status == "exact":
                answer.status = "partial"
            answer.caveat = answer.caveat or (
                f"「{'」「'.join(guessed)}」は{kind_label(answer.target)}の名称になく、関連する記録の本文にあるだけなので、"
                "その記録を指す語として読めませんでした（確かな回答ではありません）。")
        return answer

    def _run(self, q: Query, question: str) -> Answer:
        if q.target in ("initiative", "practice") and q.target not in self.executor.tables \
                and "comment" in self.executor.tables and q.conditions \
                and all(c.field in ("member", "member_role") for c in q.conditions if c.field != "source") \
                and any(c.field in ("member", "member_role") for c in q.conditions):
            # 「久慈委員が意見を言った取組」 where no record of the items is indexed, only the minutes' turns naming them
            # (kinds/generic/minutes_turns.py): the member's comments, each under the code of what it names.
            q.target = "comment"
            return self._run(q, question)
        q, notes = self.executor.resolve(q)
        notes = q.notes + notes
        document_named.scope(self, q)
        elsewhere = self._scope_by_places(q, notes)
        if elsewhere is not None:
            return elsewhere
        self._scope_by_report_year(q, question)
        self._years_the_scope_prints(q, question)
        # The documents the answer was scoped to go on with the conversation (a follow-up of
        # 「福山市と尾道市の連携事業」 stays with their table).
        self._scopes = [c for c in q.conditions if c.field == "source"]
        self._scope_words = {w for c in self._scopes for p in place_names(c.label) for w in (p, _PLACE_SUFFIX.sub("", p))} \
            | self._unchecked_places
        if q.target == "passage" or not q.target:
            return self._passage_answer(q, question, notes)
        if q.target == "conflicts":
            return self._conflicts_answer(q, question)
        if q.target not in self.executor.tables:
            # No document of that kind is indexed (another city's papers only): the words may still
            # be found in what is there, shown as a search, never as records of the kind.
            words = [c for c in q.conditions if c.field == "text"] or [
                Condition("text", "match", w, f"本文に「{w}」を含む") for w in self.parser.content_words(question)]
            missing = f"索引に{kind_label(q.target)}のデータがありません。"
            if words:
                found = self._passage_answer(Query(question=question, target="passage", conditions=words),
                                             question, notes)
                if found.rows:
                    found.caveat = missing + "語が出てくる箇所を示します。"
                    return found
            return Answer(question=question, target=q.target, notes=notes, status="no_match", error=missing,
                          summary=f"{kind_label(q.target)}はまだ索引に入っていません。")
        q = self._kind_holding_the_words(q)
        self._themes_unheld(q, notes)
        q, dropped = self._drop_unmatched_keywords(q, notes)
        self._verbs_as_keywords(q, notes)
        scoped = self._scope_by_names(q, [w for w in dropped if is_name(w) and not _is_place(w)], dropped, notes)
        if isinstance(scoped, Answer):
            return scoped
        dropped = [w for w in dropped if w not in scoped]
        field_ends = self._field_said_at(q.target, q.value_field, question) if q.value_field else []
        if q.value_field and dropped and not q.conditions and all(short_forms.said(w, question) for w in dropped) \
                and not self._says_own_kind(question, q) and kind_label(q.target) not in question \
                and (not field_ends or self._printed_only_elsewhere(
                    q.target, [w for w in dropped if not _head_noun_of(w, question, field_ends)])):
            # 「書かない窓口の試行っていつから始めることになった？」: neither the kind nor the field is named (the
            # records were guessed from いつから始め), and every word naming the record was dropped, so no record
            # is asked about; the field of whichever records there are is no answer: the words are looked for in
            # the text instead.
            return self._passage_answer(Query(question=question, target="passage", conditions=[
                Condition("text", "match", w, f"本文に「{w}」を含む") for w in dropped]), question, notes)
        rows, sql, params = self.executor.select(q)
        rows = self._relative_year_held(q, rows, notes)
        if not rows and q.aggregate == "count" and _FIGURE_OF_THINGS.search(nfkc(question)) \
                and q.conditions and all(c.field == "text" and c.op == "match" for c in q.conditions):
            # 「AIヘルプデスクはR5年度に何件くらいの質問に自動回答した？」: 質問 counts what the text says was
            # done (a figure written in some passage), not records of questions; no record holds the words.
            return self._passage_answer(Query(question=question, target="passage", conditions=list(q.conditions)),
                                        question, notes)
        if not rows and q.target == "comment" and q.conditions \
                and all(c.field == "text" and c.op == "match" for c in q.conditions) and _whose_opinions_said(question, q):
            # 「パブコメの意見は何件だった？」: the word says whose opinions (a public comment, a briefing), and no
            # member's comment holds it: 0 of the members' comments is no answer to a count of that body's opinions,
            # which a document states in its text (「３７件の意見が提出された」).
            return self._passage_answer(Query(question=question, target="passage", conditions=list(q.conditions)),
                                        question, notes)
        if not rows and q.alternatives:
            for kind in q.alternatives:
                other = copy.copy(q)
                other.target, other.alternatives = kind, []
                other, _ = self.executor.resolve(other)
                found = self.executor.select(other)
                if found[0]:
                    q, (rows, sql, params) = other, found
                    break
        if not rows and not q.scope and q.target in WIDER_SCOPE and any(c.field == "text" for c in q.conditions):
            wider = copy.copy(q)
            wider.scope = [q.target] + WIDER_SCOPE[q.target]
            wider_rows, wider_sql, wider_params = self.executor.select(wider)
            if wider_rows and q.value_field and "いつまで" in question and not self._says_own_kind(question, q) \
                    and kind_label(q.target) not in question and not self._field_said(q.target, q.value_field, question):
                # 「3月末までの手続は今までの課でいいの？いつまで？」: neither the kind nor its field is named (the field
                # guessed from いつまで), and the words are in no record's name, only somewhere in related records' text:
                # no record is asked about, and its field would be a confident wrong answer. The words are looked for
                # in the text instead. Only where いつまで guessed the field: 「…の取組、令和2年度の評価は何だった？」
                # names its field by a word the table prints under a year (q147-004/005) and is answered from it.
                return self._passage_answer(Query(question=question, target="passage", conditions=[
                    c for c in q.conditions if c.field == "text"]), question, notes)
            if wider_rows and q.value_field and not self._says_own_kind(question, q) \
                    and kind_label(q.target) not in question:
                # 「満足やや満足の合計は何件？」: neither the kind is named nor the records by name; they were found
                # only because another kind's text (a member's comment) holds the words, and one field of theirs
                # (合計) is asked: the words were not read as naming those records, so the field is no certain
                # answer. They are said unused (partial), and a table that reads them may answer instead.
                self._guessed_by_related_text = [str(c.value) for c in q.conditions
                                                 if c.field == "text" and c.op == "match"]
            if wider_rows and not self._guessed_by_related_text and not self._says_own_kind(question, q) \
                    and (row_word := self._row_word_read_as_text(q)):
                # 「３年続けてA以上をとってる施設は？」: the word found the kind's records only in their related
                # text, and it is what a table of another document calls its rows (施設名): the records are no
                # certain answer (the word unused, partial), and the table that reads the question answers it.
                self._guessed_by_related_text = [row_word]
            if wider_rows:
                notes.append(f"{kind_label(q.target)}の名称にはないため、関連する記録（"
                             + "・".join(kind_label(k) for k in WIDER_SCOPE[q.target]) + "）の本文から探しました")
                q, rows, sql, params = wider, wider_rows, wider_sql, wider_params
        # 「消防のやつ」: rows next to the 消防部会 row whose 部会 cell is blank may be that group's (said so).
        lost, lost_caveat = lost_group_rows(self.executor, q, rows)
        if lost:
            rows = sorted(rows + lost, key=lambda r: (str(r.get("source")), int(r.get("line") or 0)))
        words = [w for c in q.conditions if c.field == "text" and c.op not in ("not_match", "not_match_any")
                 for w in (str(c.value).split("|") if c.op == "match_any" else [c.value])]
        answer = Answer(question=question, target=q.target, notes=notes, unused=list(dropped) + q.unused,
                        understood=[c.to_dict() for c in q.conditions] + _shape_conditions(q),
                        query=q.to_dict(), sql=[_inline(sql, params)])
        if not rows and self._figure_of_another_year(q, answer):
            return answer
        # (a document's scope, 「重点項目」と呼ぶ資料, is no condition on what the records say: words alone still)
        if not rows and len(words) > 1 and len(words) == len([c for c in q.conditions if c.field != "source"]):
            if _ALL_OF.search(question) or (q.aggregate == "count" and not self._best_partial(q, words)):
                # 「AとBの両方に触れた」: all of them, said; when no record has all, that is the answer,
                # (and 「…に関する質問はいくつ」 counted by words none holds all of: 0 is no more than that)
                # with what each word alone would find (never a fall-back to any one of them).
                alone = []
                for word in words:
                    n = len(self.executor.select(_with(q, [Condition("text", "match", word, "")]))[0])
                    alone.append(f"「{word}」だけなら{n}件")
                answer.status = "no_match"
                answer.caveat = (f"「{'」「'.join(words)}」をすべて含む{kind_label(q.target)}はありません"
                                 f"（{'、'.join(alone)}）。")
            elif _IS_THERE_ASKED.search(question) and (near := self._best_partial(q, words)):
                # 「PFIで庁舎を建て替えた事例って載ってる？」: whether there is one is asked; none holds all the
                # words, so the answer is no, with the nearest said (not given as the answer)
                answer.status = "no_match"
                names = "、".join(f"{r.get('code', '')} {r.get('title') or ''}".strip() for r in near[:3])
                answer.caveat = (f"「{'」「'.join(words)}」をすべて含む{kind_label(q.target)}はありません（0件）。"
                                 f"いくつかの語を含むもの: {names}{' ほか' if len(near) > 3 else ''}。")
            else:
                # Words read from the question's wording (橋梁点検 where the text has 橋梁等点検): those
                # with the most of them, said to be no more than that.
                rows = self._best_partial(q, words)
                if rows:
                    answer.status = "partial"
                    answer.caveat = (f"「{'」「'.join(words)}」をすべて含む{kind_label(q.target)}はないため、"
                                     "最も多くの語を含むものを示します（条件を満たす回答ではありません）。")
        if not rows and words and all(c.field == "text" for c in q.conditions) and not q.aggregate \
                and answer.status != "no_match":
            # Only words, and none in this kind of record: look in every document before saying no.
            wide = self._passage_answer(Query(question=question, target="passage", conditions=q.conditions),
                                        question, notes + [f"{kind_label(q.target)}には見つからないため、文書全体から探しました"])
            if q.target == "comment" and (placed := placed_opinions_holding(self.db, question, words, notes)):
                return placed  # (residents' opinions tabled per 地区, numbered 北-1 …: comments, placed_opinions.py)
            if wide.rows and _MENTIONED.search(question) and any(w in question for w, k in KIND_WORDS if k == q.target):
                # 「マイナンバーに触れた委員の意見」: the kind is named and none of its records mentions the
                # words: none is the answer; where else they occur is said, not shown as that kind.
                kind = kind_label(q.target)
                elsewhere = "・".join(dict.fromkeys(kind_label(str(r.get("key", "")).split(":")[0]) or "本文"
                                                    for r in wide.rows))
                answer.status, answer.count, answer.rows = "no_match", 0, []
                answer.summary = (f"「{'」「'.join(words)}」に触れた{kind}はありません（0件）。"
                                  f"文書全体では {len(wide.rows)}件の記録（{elsewhere}）に出てきます。")
                answer.excerpts = wide.excerpts
                return answer
            if wide.rows:
                wide.status = "search"
                return wide
        answer.excerpts = self.executor.excerpts(q.target, [r["key"] for r in rows], words, q.scope) if words else []
        if not answer.excerpts:
            # (the end month read from the progress sheets: their lines shown, each row's list line printing the year only)
            answer.excerpts = end_month_lines(self.db, q, rows)
        if q.target in _STATEMENT_KINDS and len(rows) > 1 and len(answer.excerpts) > 1 and not q.aggregate \
                and not q.value_field and _ASKS_WHAT.search(question):
            # 「委員は苫小牧ならではの可能性として何を挙げてる？」: of the statements holding the words, the
            # one that says most of what is asked is read first (the rest keep their order).
            r = ranker(self.db)
            answer.excerpts = r.rank(r.need(question), answer.excerpts, search=False) or answer.excerpts
            first = {}
            for ex in answer.excerpts:
                first.setdefault(ex["key"], len(first))
            rows = answer.rows = sorted(rows, key=lambda row: first.get(row["key"], len(first)))
        copies = self._department_copies(q, rows)
        notes.extend(copies)
        if copies and answer.status == "exact":
            # The document's own copies disagree on whether a record is the asked department's: the
            # answer takes one reading (the progress sheet), so it is not stated as certain and the
            # reader sees the other reading first.
            answer.status = "partial"
            answer.caveat = "担当部署の記載が資料の中で食い違っています。" + "".join(c + "。" for c in copies)
        if lost_caveat and any(r in rows for r in lost):
            # (rows possibly of the group named, their group cell blank: lost_group_cells.py)
            answer.status = "partial"
            answer.caveat = (answer.caveat + " " if answer.caveat else "") + lost_caveat
        other_kinds = other_kind_caveat(self.executor, q) if rows and answer.status == "exact" else ""
        if other_kinds:
            # (a department two kinds of record hold, no kind said: other_kind_holds.py; the answer is made
            # partial once it is final, so that no other reading is tried in its place for being partial)
            notes.append(other_kinds)
        named = any(c.field in ("code", "initiative", "practice", "program") and c.op in ("=", "~=") for c in q.conditions)
        if rows and (dropped or (named and words and len(rows) <= 3)):
            facts = self._facts(q, rows, dropped or words)
            answer.excerpts = self._year_parts_first(q, rows, facts + [ex for ex in answer.excerpts if ex not in facts])
        self._shape(q, answer, rows)
        if (q.aggregate or q.limit) and answer.rows and len(answer.rows) < len(rows) and answer.excerpts:
            # 「その中で委員評価が一番高いのは」: the passages shown are those of the records the answer picked,
            # not of every record the words were found in.
            kept = [ex for ex in answer.excerpts if _belongs(self.executor, str(ex.get("key", "")), q.target, answer.rows)]
            answer.excerpts = kept or answer.excerpts
        if rows and len(rows) <= 3 and not q.aggregate and not q.value_field \
                and (self._dated_order(question, answer, rows, q.unused) or self._cell_of_a_printed_table(question, answer, rows)):
            return answer
        if rows and len(rows) <= 3 and q.aggregate == "count" and not q.value_field and not q.group_by:
            # 「その民間移管事業計画で第6期の保育所数は？」: 〈…〉数 naming a column of a small table the record prints,
            # with one of its rows, is that cell (read there), not a count of the records
            counted = answer.summary
            if self._cell_of_a_printed_table(question, answer, rows):
                answer.summary = answer.summary[:len(answer.summary) - len(counted)] if counted else answer.summary
                q.aggregate = ""
                answer.understood = [c for c in answer.understood if c.get("op") != "count"]
                return answer
        # An aggregate over every record of a kind (「取組項目別の実践項目の件数」) is answered by the records.
        structural = bool(q.aggregate) and not words and not q.unused and not dropped
        stated = [c for c in q.conditions if c.field != "text"]
        # No record meets stated conditions (決算年度 = R3): that is the answer, not a search.
        loose = (not answer.rows and (words or not stated or dropped or q.unused)) or not (stated or structural)
        if loose and answer.rows and not q.unused and not dropped and _which_of_quoted(question, q):
            # 「取組上の課題に「視察」って出てくるのどれ？」: which records print the quoted words is asked, and the
            # rows are those records (no fact to look for in them)
            loose = False
        if loose and answer.rows and q.target == "comment" and not q.unused and not dropped and re.search(
                r"^\s*(?:その|この|それらの|これらの)\s*[一-龥]{1,4}\s*(?:は|って)\s*どの\s*[一-龥々ァ-ヶー]{1,6}?\s*"
                r"(?:について|に関して|に関する|に対して|に対する)", nfkc(question)):
            # 「その意見はどの施策についての意見？」: which records the opinions found are on is asked, and the rows'
            # keys say it (no fact to look for in their words)
            loose = False
        # 「(named record)で集まった寄附の額は？」: a figure about a named record that no field holds.
        # (one record found, with words it does not answer: 「横浜市の保育所の民間移管で職員定数はどれだけ減った」)
        about_named = (named or (len(rows) == 1 and (bool(q.unused) or bool(_ASKS_QUANTITY.search(question))))) \
            and not q.value_field and not q.aggregate
        # (The question is read for ranking only when it can matter: structured answers stay fast.)
        said = _without_kind_words(question, q) if named else question
        need = ranker(self.db).need(said) if answer.value is None and (loose or about_named) else None
        if need is not None and (loose and (_ASKS_WHAT.search(question) or need.kind)
                                 or about_named and (need.kind or _ASKS_WHAT.search(question)
                                                     # (「…の評価は年度ごとにどうだった」: its yearly grades are the answer)
                                                     and q.target not in _STATEMENT_KINDS and q.target != "grade")):
            answer.excerpts += self._prose(said, answer.excerpts)
            # The passage that answers the question best comes first, wherever it is.
            ranked = [ex for ex in ranker(self.db).rank(need, answer.excerpts)
                      # never a record (or a part of one) of the asked kind that the answer does not include
                      if ex in answer.excerpts or _belongs(self.executor, ex["key"], q.target, answer.rows)]
            if len(words) > 1:
                # The words the question states (a date: R3年3月) all hold in what is read first, when
                # some passage holds them all (the ranker reads the question, not the conditions).
                ranked.sort(key=lambda ex: not all(notation_key(w) in notation_key(str(ex.get("text", ""))) for w in words))
            if about_named and need.kind in _FIGURES and ranked:
                ranked = _figure_first(self.executor, need, ranked, q.target, answer.rows)
            if about_named and ranked:
                ranked = _said_year_first(self.executor, question, ranked, q.target, answer.rows)
            answer.excerpts = self._with_following(self._year_parts_first(q, answer.rows, ranked), top=1)
            # A fact was asked for and no record field holds it: what follows are places to read.
            answer.status = "search"
            if answer.excerpts:
                answer.summary = (answer.summary + " " if answer.summary else "") + _best_quote(need, answer.excerpts[0], self.db)
            own = [e for e in answer.excerpts if e.get("source") == rows[0].get("source")] if rows else []
            figure = (_labelled_figure(question, own) if len(rows) == 1 else None)
            if figure is not None:
                # 「参加者は何人？」 of one record whose text prints 「参加者：24名」: that figure is the answer.
                value, text, excerpt = figure
                # (of a record that holds only some of the words, 「条件を満たす回答ではありません」: not sure)
                answer.value, answer.status = value, "partial" if answer.caveat else "exact"
                self._figure_value, self._figure_excerpt = value, excerpt
                answer.summary = answer.caveat + (f"{text} です（{excerpt['source']} {excerpt['line']}行目: "
                                                  f"「{str(excerpt.get('text', ''))[:80]}」）。")
            elif len(rows) == 1 and (read := total_stated(question, own) or times_listed(question, own)
                                     or fall_stated(question, own) or self._flow_figure(question, own)) is not None:
                # 「全部で何人参加」「何回やった」: a total printed, or the dated entries listed, in the
                # record's passages (read there: the answer stays a search).
                answer.value = read[0]
                self._figure_value, self._figure_excerpt = read[0], read[2]
                answer.excerpts = [read[2]] + [e for e in answer.excerpts if e is not read[2]]
                answer.summary = figure_sentence(read) + answer.summary
        if not answer.rows and not answer.error and answer.value is None:
            answer.suggestions = self._suggest(q)
        return answer

    def _cell_of_a_printed_table(self, question: str, answer: Answer, rows: list[dict]) -> bool:
        """「…で池田町の削減額は？」: the cell of a small table printed in the record's text, by its row's
        name and its column's heading."""
        from assistant.query.embedded_tables import cell_asked, unit_of

        keys = [str(r["key"]) for r in rows]
        found = self.db.execute(f"SELECT key, source, line, field, text FROM passages WHERE key IN "
                                f"({','.join('?' * len(keys))}) ORDER BY source, line", keys).fetchall()
        cell = cell_asked(question, [p[4] for p in found])
        if cell is None:
            return False
        name, header, value, at = cell
        unit, word = unit_of(header), re.sub(r"[（(][^）)]*[）)]\s*$", "", header)
        number = _num(value.replace(",", ""))
        answer.value = (int(number) if float(number).is_integer() else number) if number is not None else value
        answer.summary = f"{name}の{word}は {value}{unit} です。" + (answer.summary or "")
        key, source, line, field, text = found[at]
        answer.excerpts = [{"key": key, "source": source, "line": line, "field": field, "text": text, "highlights": []}] + [
            ex for ex in answer.excerpts if ex.get("line") != line]
        answer.understood.append(Condition("@cell", "=", header, f"本文の表で「{name}」の行の「{header}」").to_dict())
        return True

    def _dated_order(self, question: str, answer: Answer, rows: list[dict], unused: list[str]) -> bool:
        """「いちばん早く導入した町はどこ？」: the first (or last) item of a dated list the records print."""
        from assistant.query import dated_lists

        order = dated_lists.asks_order(question)
        if order is None:
            return False
        keys = [str(r["key"]) for r in rows]
        text = "\n".join(t for t, in self.db.execute(
            f"SELECT text FROM passages WHERE key IN ({','.join('?' * len(keys))}) ORDER BY source, line", keys))
        top = dated_lists.pick(dated_lists.dated_items(text), order)
        if not top:
            return False
        names = "・".join(name for _, name, _ in top)
        answer.value = names
        answer.summary = (f"{'最も早い' if order == 'first' else '最も遅い'}のは {names}（{top[0][2]}）です。"
                          + (answer.summary or ""))
        span = (dated_lists._FIRST if order == "first" else dated_lists._LAST).search(nfkc(question)).group(0)
        self._words_taken += [w for w in unused if w in span]  # the superlative was read
        answer.unused = [w for w in answer.unused if w not in span]
        answer.understood.append(Condition("@dated", order, None, "本文の日付の並びで" + (
            "最も早いもの" if order == "first" else "最も遅いもの")).to_dict())
        return True

    def _prose(self, question: str, have: list[dict]) -> list[dict]:
        """A what/which question the records cannot settle (「自己評価はどの4項目で行う？」) may be
        answered by the reports' running text: its best paragraphs are shown too."""
        words = self.parser.content_words(question)
        if not words:
            return []
        # The caller ranks these with everything else (assistant/query/rank.py): here only the
        # passages holding the most of the question's words, as candidates.
        _, found, _ = self.executor.passage_search(words, kinds=["doc", "article", "qa"], rows=False)
        seen = {(e["key"], e["line"]) for e in have}
        return [e for e in found[:8] if (e["key"], e["line"]) not in seen]

    def _kind_holding_the_words(self, q: Query) -> Query:
        """「配架場所の目標値」: of the kinds with the asked field, the one whose records hold the words."""
        if not q.alternatives or not any(c.field == "text" for c in q.conditions) or self.executor.exists(q):
            return q
        for kind in q.alternatives:
            if not self._parents_linked(q, kind):
                continue
            other = copy.copy(q)
            other.target, other.alternatives = kind, []
            other, _ = self.executor.resolve(other)
            if self.executor.exists(other):
                return other
        return q

    def _parents_linked(self, q: Query, kind: str) -> bool:
        """Whether every condition read as a field of the record the first kind's rows belong to (@parent:practice of
        a 進捗状況シート) can be asked of `kind` too: its records carry that link (an initiative has no practice)."""
        cols = self.executor.columns.get(kind, ())
        return all(str(c.value.get("link", "")) in cols or f"{c.value.get('link', '')}_key" in cols
                   for c in q.conditions if c.field.startswith("@parent:") and isinstance(c.value, dict))

    def _written_anywhere(self, word: str, conditions: list[Condition]) -> bool:
        """Whether some passage of the documents the conditions keep (all, when none is named) holds the
        word: a word no passage holds is answered 「0件」; one that some other part holds is searched."""
        sources = next((list(c.value) for c in conditions if c.field == "source" and c.op == "in"
                        and isinstance(c.value, list)), None)
        sql = "SELECT 1 FROM passages WHERE instr(text, ?) > 0"
        args: list = [word]
        if sources:
            sql += f" AND source IN ({','.join('?' * len(sources))})"
            args += sources
        try:
            return self.db.execute(sql + " LIMIT 1", args).fetchone() is not None
        except sqlite3.DatabaseError:
            return True

    def _drop_unmatched_keywords(self, q: Query, notes: list[str]) -> tuple[Query, list[str]]:
        """Leftover words of a question that carries other conditions (or asks for a value) are
        kept only while some record still matches; a word that would leave nothing is dropped, the
        note says so, and the word is returned so the answer can still show where it occurs."""
        structured = [c for c in q.conditions if c.field != "text"]
        if not structured and not q.value_field:
            # 「榛東地域の共同事業で事業費がいちばん大きいのは」: only an aggregate besides the word; a word no record
            # holds that some documents' titles do names those documents (nothing else is dropped here).
            if q.aggregate in ("max", "min", "sum", "avg") and q.agg_field:
                q = self._titled_words_only(q, notes)
            return q, []
        kept = list(structured)
        dropped: list[str] = []
        in_place_of: dict[int, int] = {}  # a word's spelling as the text writes it, where the word stood
        for c in q.conditions:
            if c.field != "text":
                continue
            probe = copy.copy(q)
            probe.conditions = kept + [c]
            if not self.executor.exists(probe) and not self._wider_exists(probe):
                written = self._written_with_no(q, kept, str(c.value)) if c.op == "match" else None
                if written is not None:
                    notes.append(f"「{c.value}」は本文の「{written.value}」で探しました")
                    kept.append(written)
                    in_place_of[id(written)] = id(c)
                    continue
                # (before a word written apart: 「業務改革の取組事例で」 names the collection, not 業務 and 改革)
                titled = self._documents_titled(q, kept, str(c.value)) if c.op == "match" else None
                if titled is not None:
                    # 「推進事項11の進行管理表」: a word no record holds that some documents' titles do names
                    # those documents (the item's 進行管理表), not a word of the records sought.
                    notes.append(f"「{c.value}」は資料の題名の語として、その資料に絞りました")
                    kept.append(titled)
                    in_place_of[id(titled)] = id(c)
                    continue
                apart = self._written_apart(q, kept, str(c.value)) if c.op == "match" else []
                if apart:
                    notes.append(f"「{c.value}」は本文の「{apart[0].value}」と「{apart[1].value}」で探しました")
                    kept.extend(apart)
                    in_place_of.update({id(part): id(c) for part in apart})
                    continue
                near = self._near_spelled(q, kept, str(c.value)) if c.op == "match" else None
                if near is not None:
                    # 「コンビニ納付」 for the title 「コンビニ等を利用した市税収納委託」: a guess, said first (partial)
                    notes.append(near[1])
                    kept.extend(near[0])
                    in_place_of.update({id(part): id(c) for part in near[0]})
                    continue
                said = str(c.value).split("|")  # (match_any: 「キャッシュレス決済やオンライン手続を扱っている」)
                if c.op in ("match", "match_any") and (asked_whether_any(q.question, said[-1]) or _said_as_mentioned(q.question, said[-1])
                        and (self.executor.exists(_with(q, [c])) or not any(self._written_anywhere(w, kept) for w in said))):
                    # 「ふるさと納税に触れてる委員の意見で、委員評価が4.0未満の取組項目」「…のうち図書館に関する
                    # 事業」: a word said to be mentioned is a stated condition; with the others it leaves
                    # none, and that is the answer.
                    kept.append(c)
                    continue
                owner = next((m for m in kept if m.field == "text" and m.op == "match" and c.op == "match"
                              and f"{nfkc(str(m.value))}の{nfkc(str(c.value))}" in nfkc(q.question)), None)
                if owner is not None and self.executor.exists(_with(q, [x for x in kept if x is not owner] + [c])):
                    # 「協働の関係各課はいつ決めた」: the head noun (関係各課) is what is sought; the word said of
                    # it (協働の) only narrows, and is the one left out when both cannot be held
                    kept = [x for x in kept if x is not owner] + [c]
                    notes.append(f"「{owner.value}」を含む{kind_label(q.target)}はほかの条件と合わないため、条件から外しました")
                    dropped.append(owner.value)
                    continue
                notes.append(f"「{c.value}」を含む{kind_label(q.target)}はほかの条件と合わないため、条件から外しました")
                dropped.append(c.value)
                continue
            kept.append(c)
        order = {id(c): i for i, c in enumerate(q.conditions)}
        q.conditions = sorted(kept, key=lambda c: order[in_place_of.get(id(c), id(c))])
        return q, dropped

    @staticmethod
    def _field_said(target: str, field: str, question: str) -> bool:
        """Whether the question names the field asked by its label or one of its words (定型・非定型業務)."""
        return bool(Assistant._field_said_at(target, field, question))

    @staticmethod
    def _field_said_at(target: str, field: str, question: str) -> list[int]:
        """Where each naming of the field asked (by its label or one of its words) ends in the question; [] when it is not named."""
        from assistant.kinds import registry
        from assistant.kinds.spec import Field

        kind = registry.record_kinds().get(target)
        return sorted({m.end() for f in (kind.fields if kind else ()) if isinstance(f, Field) and f.name == field
                       for w in (f.label, *f.words) if w for m in re.finditer(re.escape(w), question)})

    def _field_word_held(self, target: str, phrase: str) -> bool:
        """Whether a run of the question (財政効果額) is, or ends with, the word of a field the target's records hold."""
        from assistant.kinds import registry
        from assistant.kinds.spec import Field

        kind = registry.record_kinds().get(target)
        cols = set(self.executor.columns.get(target, []))
        return kind is not None and any(isinstance(f, Field) and f.name in cols and any(
            w and len(w) >= 3 and (phrase == w or phrase.endswith(w)) for w in (f.label, *f.words)) for f in kind.fields)

    def _themes_unheld(self, q: Query, notes: list[str]) -> None:
        """「北湊市の意見書で公共施設について…の取組方針」: a theme's word, over documents whose records carry no
        theme at all (a committee's paper), is a word of their text, sought as the question says it (the run
        of the word with the letters joined to it: 公共施設), in place of the pieces left beside it (公共)."""
        themed = [c for c in q.conditions if c.field == "themes" and c.op == "has"]
        if not themed or "themes" not in self.executor.columns.get(q.target, []):
            return
        others = [c for c in q.conditions if c.field not in ("themes", "text")]
        if not self.executor.exists(_with(q, others)) or \
                self.executor.exists(_with(q, others + [Condition("themes", "len>=", 1, "")])):
            return
        said = nfkc(q.question)
        for c in themed:
            names = sorted(self.lexicon.themes.get(str(c.value), (str(c.value),)), key=len, reverse=True)
            m = next((m for name in names for m in re.finditer(re.escape(name), said)), None)
            if m is None:
                continue
            left = re.search(r"[一-龥々ァ-ヶー]*$", said[:m.start()])
            right = re.match(r"[一-龥々ァ-ヶー]*", said[m.end():])
            phrase = said[m.start() - len(left.group(0)):m.end() + len(right.group(0))]
            q.conditions = [x for x in q.conditions if x is not c and not (
                x.field == "text" and x.op == "match" and str(x.value) in phrase)]
            q.unused = [w for w in q.unused if w not in phrase]
            if self._field_word_held(q.target, phrase):
                continue  # (「財政効果額が▲」: the word of a field the records print, read as such; no theme, no text)
            q.conditions.append(Condition("text", "match", phrase, f"本文に「{phrase}」を含む"))
            notes.append(f"「{phrase}」はテーマを持たない資料の{kind_label(q.target)}なので、本文の語として探しました")

    def _titled_words_only(self, q: Query, notes: list[str]) -> Query:
        """The words of a question with no other condition that no record holds but some documents' titles do,
        as those documents (_documents_titled); the question as it was otherwise."""
        kept: list[Condition] = []
        changed = False
        for c in q.conditions:
            if c.field == "text" and c.op == "match" and not self.executor.exists(_with(q, kept + [c])):
                titled = self._documents_titled(q, kept, str(c.value))
                if titled is not None:
                    notes.append(f"「{c.value}」は資料の題名の語として、その資料に絞りました")
                    kept.append(titled)
                    changed = True
                    continue
            kept.append(c)
        if not changed:
            return q
        out = copy.copy(q)
        out.conditions = kept
        return out

    def _documents_titled(self, q: Query, kept: list[Condition], word: str) -> Condition | None:
        """The documents holding the target's records whose title holds the word (3 characters or more), as
        a scope, when they are some of those documents, not all, and the other conditions still match there."""
        if len(word) < 3 or q.target not in self.executor.tables:
            return None
        own = sorted(record_sources(self.db, q.target))
        titled = [r["source"] for r in self.db.query(
            f"SELECT source FROM documents WHERE instr(title, ?) > 0 AND source IN ({','.join('?' * len(own))})",
            [word, *own])] if own else []
        if not titled or len(titled) == len(own):
            return None
        scope = Condition("source", "in", sorted(titled), f"「{word}」の資料")
        probe = _with(q, kept + [scope])
        return scope if self.executor.exists(probe) else None

    def _written_with_no(self, q: Query, kept: list[Condition], word: str) -> Condition | None:
        """「説明会開催回数」 for 説明会の開催回数: a compound of nouns the documents write with の between two
        of its parts. The one such spelling some record (with the other conditions) holds, else None."""
        from assistant.text.tokenize import morphemes  # (Sudachi, loaded once the question is read)

        said_as = morphemes(word)
        parts = [m.surface() for m in said_as]
        if len(parts) < 2 or any(m.part_of_speech()[0] not in ("名詞", "接尾辞") for m in said_as):
            return None
        found = []
        for i in range(1, len(parts)):
            head, tail = "".join(parts[:i]), "".join(parts[i:])
            if len(head) < 2 or len(tail) < 2:
                continue
            said = Condition("text", "match", f"{head}の{tail}", f"本文に「{head}の{tail}」を含む")
            if self.executor.exists(_with(q, kept + [said])):
                found.append(said)
        return found[0] if len(found) == 1 else None

    def _written_apart(self, q: Query, kept: list[Condition], word: str) -> list[Condition]:
        """「西川材使用量」 for 西川材の公共建築物への使用量: a compound of nouns whose two parts the text
        writes apart, a phrase between them. The one split some record (with the other conditions) holds
        both parts of, in order; else nothing (the word stays dropped and the answer says so)."""
        from assistant.text.tokenize import morphemes  # (Sudachi, loaded once the question is read)

        said_as = morphemes(word)
        parts = [m.surface() for m in said_as]
        # 「窓口のワンストップ化」 for 窓口業務のワンストップ化: two nouns joined by の, the text naming more between.
        joined = [i for i, m in enumerate(said_as) if m.surface() == "の" and m.part_of_speech()[0] == "助詞"]
        if len(joined) == 1 and 0 < joined[0] < len(parts) - 1:
            nouns = [m for m in said_as if m.surface() != "の"]
            splits = [("".join(parts[:joined[0]]), "".join(parts[joined[0] + 1:]))]
        else:
            nouns, splits = said_as, [("".join(parts[:i]), "".join(parts[i:])) for i in range(1, len(parts))]
        if len(parts) < 2 or any(m.part_of_speech()[0] not in ("名詞", "接尾辞") for m in nouns):
            return []
        found = []
        for head, tail in splits:
            if len(head) < 2 or len(tail) < 2:
                continue
            split = [Condition("text", "match", head, f"本文に「{head}」を含む"),
                     Condition("text", "match", tail, f"本文に「{tail}」を含む")]
            probe = _with(q, kept + split)
            if self.executor.exists(probe) and any(
                    str(r.get("text", "")).find(head) < str(r.get("text", "")).rfind(tail)
                    for r in self._texts_of(probe)):
                found.append(split)
        return found[0] if len(found) == 1 else []

    def _near_spelled(self, q: Query, kept: list[Condition], word: str):
        """The title's words a compound no text writes is near (near_spelled.py), or None."""
        from assistant.query.near_spelled import near_spelled

        def titles_with(head: str) -> list[str]:
            probe = _with(q, kept + [Condition("text", "match", head, "")])
            return [str(r.get("title") or "") for r in self.executor.select(probe)[0]][:50]

        return near_spelled(word, titles_with)

    def _texts_of(self, q: Query) -> list[dict]:
        """The passages of the records a query selects (their text, to see the order words stand in)."""
        keys = [r["key"] for r in self.executor.select(q)[0]][:20]
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return list(self.db.query(f"SELECT text FROM passages WHERE key IN ({marks})", keys))

    def _verbs_as_keywords(self, q: Query, notes: list[str]) -> None:
        """「総合体育館は建て替えるべきだって意見」: a verb no rule read, beside a keyword searched in the
        records' text, is sought there too (its stem, 建て替); kept when some record holds both, else
        it stays unused and the answer says so."""
        if not any(c.field == "text" and c.op == "match" for c in q.conditions):
            return
        for word in list(q.unused):
            stem = _VERB_STEM.fullmatch(word)
            if not stem or len(stem.group(1)) < 2 or stem.group(1) in [str(c.value) for c in q.conditions]:
                continue
            cond = Condition("text", "match", stem.group(1), f"本文に「{stem.group(1)}」を含む")
            if self.executor.exists(_with(q, q.conditions + [cond])):
                q.conditions.append(cond)
                q.unused = [w for w in q.unused if w != word]
                self._words_taken.append(word)
                notes.append(f"「{word}」は本文の「{stem.group(1)}」で探しました")

    def _scope_by_names(self, q: Query, names: list[str], dropped: list[str], notes: list[str]) -> list[str] | Answer:
        """A name no condition used (another municipality, a plan, a program) scopes the answer to the
        documents that mention it: never one city's records for another city's plan. Returns the
        names used as a scope, or, when those documents hold no such records, an answer that says so
        (and shows where the words occur, without claiming anything)."""
        used: list[str] = []
        if not names or not self.executor.exists(q):
            return used  # nothing to narrow: the usual fallbacks take over
        kind = document_kinds().get(q.target)
        for word in dict.fromkeys(names):
            if kind and word in document_label(kind):
                # 「行革プランの実践項目」: the name users give the kind of document, not one document.
                used.append(word)
                continue
            sources = _name_sources(self.db, word)
            other_plan = [s for s in sources if self._about_another_plan(s, word)]
            if other_plan and len(other_plan) == len(sources):
                titles = "、".join(f"「{self._title_of(s)}」" for s in other_plan)
                kind = kind_label(q.target)
                return Answer(question=q.question, target=q.target, status="no_match", unused=[word], notes=notes,
                              understood=[c.to_dict() for c in q.conditions], query=q.to_dict(),
                              summary=f"「{word}」は{titles}の中に名前が出てくるだけで、その{kind}の資料は索引にありません。")
            sources = [s for s in sources if s not in other_plan]
            scope = Condition("source", "in", sources, f"「{word}」が出てくる資料")
            if sources and self.executor.exists(_with(q, q.conditions + [scope])):
                q.conditions.append(scope)
                notes[:] = [n for n in notes if f"「{word}」" not in n]
                used.append(word)
                continue
            kind = kind_label(q.target)
            notes = [n for n in notes if f"「{word}」" not in n]
            if not sources:
                answer = Answer(question=q.question, target=q.target, status="no_match", unused=[word], notes=notes,
                                understood=[c.to_dict() for c in q.conditions] + [scope.to_dict()], query=q.to_dict(),
                                summary=f"「{word}」はどの資料にも出てきません。索引にその資料がないため答えられません。")
                answer.suggestions = ["索引にある資料: " + "、".join(
                    r["title"] or r["source"] for r in self.db.query("SELECT source, title FROM documents ORDER BY source"))]
                return answer
            words = [word] + [w for w in dropped if w != word] + [w for c in q.conditions if c.field == "text" for w in (str(c.value).split("|") if c.op == "match_any" else [c.value])]
            answer = self._passage_answer(
                Query(question=q.question, target="passage",
                      conditions=[Condition("text", "match", w, f"本文に「{w}」を含む") for w in words]), q.question, notes)
            answer.unused = [word]
            answer.caveat = (f"「{word}」が出てくる資料には{kind}がないため、{kind}としては答えられません。"
                             "語が出てくる箇所を示します。")
            return answer
        return used

    def _title_of(self, source: str) -> str:
        row = next(iter(self.db.query("SELECT title FROM documents WHERE source = ?", [source])), None)
        return (row or {}).get("title") or source

    def _about_another_plan(self, source: str, word: str) -> bool:
        """「とまこまい行革創成プラン」 named in a report on 苫小牧市行政創革プラン: the document mentions the
        plan asked about, its records are another plan's (another name, or another 第N次, before the
        same ending)."""
        end = _PLAN_END.search(word)
        if end is None:
            return False
        title = self._title_of(source)
        said = [m.group(0) for m in compiled(r"[^\s　「」『』()（）、。・]*?" + end.group(1)).finditer(title)]
        # (「行革アクションプラン」 of a report titled 行政経営改革アクションプラン: the same plan, shortened)
        spelled = [word] + [word.replace(short, form, 1) for short, forms in ABBREVIATIONS if short in word for form in forms]
        if not said or any(w in title for w in spelled):
            return False

        def core(name: str) -> str:
            return _ORDINAL.sub("", name)

        def ordinal(name: str) -> str:
            m = _ORDINAL.search(name)
            return m.group(1) if m else ""

        for name in said:
            if ordinal(name) and ordinal(word) and ordinal(name) != ordinal(word):
                continue
            if core(name) in core(word) or core(word) in core(name):
                return False  # the same plan, said shorter or longer (第2次一関市行政改革大綱)
        return True

    def _scope_by_places(self, q: Query, notes: list[str]) -> Answer | None:
        """A municipality the question names and no condition took up (「苫小牧市の実践項目」「千葉市の
        委員評価」) scopes the answer to the documents about it: those whose title or opening lines
        name it. Mentioned only in passing (札幌市 cited in a progress sheet) or nowhere, it is not
        answered with another city's records: the answer says so and shows where it occurs."""
        places = [p for p in _unused_places(q, self._titles_opening_places())
                  if not _MEMBER.match(q.question, q.question.find(p) + len(p))]
        # A municipality the document a named record pins already names (「紫波町の「…」」 with the
        # record's source 紫波町_….pdf) is taken by it: not a word left to find in the record's text.
        pinned = " ".join(str(c.value) for c in q.conditions if c.field == "source" and c.op == "in")
        q.conditions = [c for c in q.conditions if not (
            c.field == "text" and c.op == "match" and str(c.value) in place_names(q.question)
            and str(c.value) not in places and str(c.value) in pinned)]
        for c in [c for c in q.conditions if c.field == "text" and c.op == "match"
                  and re.fullmatch(r"[一-龥ァ-ヶ]{2,4}", str(c.value))
                  and _before_kind_word(str(c.value), q.question)]:
            # 「苫小牧の取組項目」: a city said without 市 whose documents are titled with it is that city
            named = next((str(c.value) + s for s in "市町村" if self._documents_about(str(c.value) + s)
                          and str(c.value) + s not in q.question), None)
            if named and str(c.value) not in self.parser.lex.departments:
                q.conditions.remove(c)
                q.conditions.append(Condition("text", "match", named, f"本文に「{named}」を含む"))
                q.question = q.question.replace(str(c.value), named, 1)
                places.append(named)
        for full in sorted(self.parser.lex.municipalities, key=lambda m: (-len(m), m)):  # (never set order)
            # 「会津若松・喜多方の連携事業」: a municipality of the index's tables said by its bare name
            # (beside another, or before what it has) is that municipality. The parser takes the bare
            # name as a stop word, so without this the answer silently took every city's records.
            bare = _PLACE_SUFFIX.sub("", full)
            # (a member that is only a suffix, 「県」 of a list 「A市、B町、県」, has no bare name: an empty one
            # would be found before every の)
            said = compiled(rf"(?<![一-龥々]){re.escape(bare)}(?=[・とのでや、])").search(q.question) \
                if bare and bare != full else None
            if said and full not in places and self._documents_about(full):
                q.question = q.question[:said.start()] + full + q.question[said.end():]
                places.append(full)
        if places:  # 「北山市では？」: the places named now replace the ones a follow-up inherited
            q.conditions = [c for c in q.conditions if c.field != "source"]
        for place in places:
            bare = _PLACE_SUFFIX.sub("", place)
            q.conditions = [c for c in q.conditions if not (
                c.field == "text" and c.op == "match" and str(c.value) in (place, bare))]
            about = self._documents_about(place)
            scope = Condition("source", "in", about, f"「{place}」の資料")
            titles = " ".join(r["title"] or "" for r in self.db.query(
                f"SELECT title FROM documents WHERE source IN ({','.join('?' * len(about))})", about)) if about else ""
            if about and q.target not in ("", "passage"):
                # 「鶴ヶ丘市の計画で…」: a word said right after the place that its documents' titles hold names
                # the document (its 行政改革推進計画), not a word of the records sought (公共施設個別計画の推進).
                # (a search's words are what it looks for: 「みどり市の推進計画は何年度から」 finds its period)
                said = nfkc(q.question)

                def names_document(word: str) -> bool:
                    # (said in short, 行革 for 行政改革: its characters in order in one of the titles)
                    short = compiled(".*?".join(map(re.escape, word)))
                    return len(word) >= 2 and (word in titles or any(short.search(nfkc(r["title"] or "")) for r in self.db.query(
                        f"SELECT title FROM documents WHERE source IN ({','.join('?' * len(about))})", about))) and re.search(
                        f"(?:{re.escape(place)}|{re.escape(bare)})の?{re.escape(word)}(?:で|の|、|,|は|に)", said) is not None

                q.conditions = [c for c in q.conditions if not (
                    c.field == "text" and c.op == "match" and names_document(str(c.value)))]
                taken = [w for w in q.unused if names_document(w)]
                q.unused = [w for w in q.unused if w not in taken]
                self._words_taken += taken
            if about and q.target in ("", "passage"):
                # Words that only name the documents (行財政改革推進委員会 of its 会議録) find no passage.
                kept = [c for c in q.conditions if not (c.field == "text" and len(str(c.value)) >= 3
                                                         and str(c.value) in titles)]
                q.conditions = kept if any(c.field == "text" for c in kept) else q.conditions
            if about and (q.target in ("", "passage") or self.executor.exists(_with(q, [scope]))):
                q.conditions.append(scope)
                continue
            held = [k for k in q.alternatives if about and self.executor.exists(_retargeted(q, k, [scope]))]
            if held:
                # 「柏市の…の計画値は」: its documents hold the other kind the asked field is read from
                # (an evaluation sheet's indicators, not a plan report's yearly entries).
                q.target, q.alternatives = held[0], []
                q.conditions.append(scope)
                continue
            named = [c for c in q.conditions if c.op == "=" and "「" in c.label and (
                c.field in ("code", "program", "practice", "initiative") or c.field.startswith("@title:"))]
            unnamed = self._titled_in_unnamed_documents(q) if about and named and not q.unused else []
            if unnamed:
                # 「若葉台市の空き家利活用促進事業、…の実績は」: the city's documents hold no such records, and the
                # record named by its title is in a sheet that prints no city (a 事務事業評価シート headed by its
                # number only): answered, saying the city could not be confirmed, as for a city named nowhere.
                self._place_caveat = (f"{'・'.join(f'「{t}」' for t in unnamed)}は市町村名を記していないため、"
                                      f"「{place}」のものか確かめられないまま答えます。")
                self._unchecked_places |= {place, bare}
                q.unused = [*q.unused, place]
                continue
            if about:  # a city whose documents hold no records of the asked kind (another kind's table only)
                # (a title said in part is noted 「…」を<kind>「<title>」とみなしました, and resolved to its code)
                loose = [m.group(1) for n in q.notes if n.endswith("とみなしました")
                         and (m := re.match(rf"「(.+?)」を{re.escape(kind_label(q.target))}「", n))]
                if loose and any(c.field == "code" for c in q.conditions) \
                        and not any(word in q.question for word, k in KIND_WORDS if k == q.target):
                    # The kind was only guessed from words that read as part of a record's title in
                    # another city's document (「宮崎市の…協働事業提案の募集」 is no practice item of 大垣市):
                    # those words are sought in this city's documents, with the question's other
                    # conditions (the newsletter's issue), not dropped for a caveat about the wrong kind.
                    kept = [c for c in q.conditions if c.field not in ("code", "source")]
                    kept += [Condition("text", "match", w, f"本文に「{w}」を含む") for w in loose]
                    notes[:] = [n for n in notes if not n.endswith("とみなしました")]
                    return self._passage_answer(Query(question=q.question, target="passage", conditions=kept + [scope]),
                                                q.question, notes)
                kind = kind_label(q.target)
                # Its documents' own text answers: the question's words searched there, without the
                # words that only name the documents (松阪市, 推進委員会 of 「…推進委員会 会議録」).
                words = [w for w in self.parser.content_words(q.question)
                         if w not in (place, bare) and not (len(w) >= 3 and w in titles)] or [place]
                answer = self._passage_answer(
                    Query(question=q.question, target="passage",
                          conditions=[Condition("text", "match", w, f"本文に「{w}」を含む") for w in words] + [scope]),
                    q.question, notes)
                answer.unused = [place]  # the asked kind is not in its documents
                answer.caveat = (f"「{place}」の資料には{kind}がないため、{kind}としては答えられません。"
                                 "語が出てくる箇所を示します。")
                answer.rows, answer.count, answer.value = [], 0, None  # no record of the kind: the count is 0
                return answer
            mentioned = has_passage(self.db, place)
            # (only for a question read whole but for the place: a guess from a few words is no answer)
            unnamed = self._titled_in_unnamed_documents(q) if not mentioned and not q.unused else []
            if unnamed:
                # 「飯田市の南信州広域連携推進事業の担当課は」: the record is named by its title, and its
                # sheet does not say whose it is; the city can be neither confirmed nor denied.
                self._place_caveat = (f"「{place}」はどの資料にも出てきません。{'・'.join(f'「{t}」' for t in unnamed)}は市町村名を記して"
                                      f"いないため、「{place}」のものか確かめられないまま答えます。")
                self._unchecked_places |= {place, bare}
                q.unused = [*q.unused, place]
                continue
            if mentioned and (any(c.field == "places" and c.op == "has" for c in q.conditions)
                              or self._records_placed_in(place, q.target)):
                # (「吾妻郡の自治体クラウド」: a case study whose own places print it is about it, not in passing)
                # 「揖斐郡3町の…で池田町の削減額は？」: a town inside the named case's text is a word to find.
                q.conditions.append(Condition("text", "match", place, f"本文に「{place}」を含む"))
                self._words_taken.append(place)
                continue
            why = (f"「{place}」についての資料は索引にありません" +
                   ("（ほかの資料の中で触れられている箇所を示します）。" if mentioned else "。「" + place + "」はどの資料にも出てきません。"))
            answer = self._passage_answer(
                Query(question=q.question, target="passage",
                      conditions=[Condition("text", "match", place, f"本文に「{place}」を含む")]), q.question, notes) \
                if mentioned else Answer(question=q.question, target=q.target, notes=notes)
            answer.rows, answer.count, answer.value = [], 0, None
            answer.status, answer.unused = "no_match", [place]
            answer.summary = why
            # A follow-up stays with the place: none of its documents is indexed.
            self._scopes = [Condition("source", "in", [], f"「{place}」の資料")]
            self._scope_words = {place, bare}
            answer.understood = [c.to_dict() for c in q.conditions] + [
                Condition("source", "about", place, f"「{place}」の資料").to_dict()]
            answer.suggestions = ["索引にある資料: " + "、".join(
                r["title"] or r["source"] for r in self.db.query("SELECT source, title FROM documents ORDER BY source"))]
            return answer
        return None

    def _records_placed_in(self, place: str, target: str) -> bool:
        """Whether a record of the asked kind (any kind, for a search) has its own places, and they or the title
        beside them (a case study's 〈群馬県吾妻郡中之条町・…〉) print the place."""
        kinds = [target] if target in self.executor.tables else sorted(self.executor.tables)
        return any(next(iter(self.db.query(f"SELECT 1 FROM {kind} WHERE places LIKE ? OR title LIKE ? LIMIT 1",
                                              [f"%{place}%"] * 2)), None)
                   for kind in kinds if "places" in self.executor.columns.get(kind, ()))

    def _years_the_scope_prints(self, q: Query, question: str) -> None:
        """「釧路市の実践項目でずっとAのもの」: every year means the years that city's report grades (R7–R10),
        not those of another report in the index (R2–R5). A year the question says stays a condition."""
        scope = [c for c in q.conditions if c.field == "source"]
        said = {y.label.lower() for y in find_years(question, calendar=True)}
        fields = {c.field for c in q.conditions if is_year_field(c.field) and c.field not in said}
        if not scope or not fields:
            return
        unprinted = {f for f in fields if f in self.parser.lex.columns.get(q.target, ())
                     and not self.executor.exists(_with(q, scope + [Condition(f, "not_empty", None, "")]))}
        if unprinted and unprinted != fields:
            q.conditions = [c for c in q.conditions if c.field not in unprinted]

    def _scope_by_report_year(self, q: Query, question: str = "") -> None:
        """A fiscal year no condition took up, over records that hold no year of their own but come
        from reports each of one year (「連携事業の進捗状況（H17）」): the year says which report.
        「平成19年度の岡山市と倉敷市の連携事業」 is then 0, not the H17 table's rows."""
        # (a condition left out, 「取組終了 = R3」, is no year said: it stays unused and the answer partial)
        said = [(w, y.fiscal_year) for w in q.unused if w not in q.dropped for y in find_years(w)]
        # A year the parser sought in the records' text (a kind with no year field) that no record's text
        # holds names the report the same way (「令和7年度に実施中の連携事業」 of a table titled （令和7年度））.
        sought = [c for c in q.conditions if c.field == "text" and c.op == "match" and find_years(str(c.value))
                  and q.target in self.executor.tables and not self.executor.exists(_with(q, [c]))]
        said += [(str(c.value), y.fiscal_year) for c in sought for y in find_years(str(c.value))]
        if not said or q.target in ("", "passage") or q.target not in self.executor.tables:
            self._next_year_listed(q, question)
            return
        listed = self._listed_years(q.target)
        for word, fy in [(w, fy) for w, fy in said if fy_label(fy) in listed]:
            # 「令和4年度の共同事業」 of a workbook printing its table once per year: the projects that year's sheet
            # lists (year_sheets.py), not the documents titled with the year.
            q.conditions = [c for c in q.conditions if not (c in sought and str(c.value) == word)
                            and not (c.field == "listed_years" and c.value == fy_label(fy))]
            q.conditions.append(Condition("listed_years", "has", fy_label(fy), f"{fy_text(fy)}の一覧に載っている"))
            q.unused = [w for w in q.unused if w != word]
            self._words_taken.append(word)
            said.remove((word, fy))
        self._next_year_listed(q, question)
        self._changed_between_years(q, question)
        if not said:
            return
        from assistant.query.tables.cells import _report_years  # (the table reader, imported on need)

        # 「行政改革先進事例集（2026年度版）で…」: a year the title of every document already named prints is a
        # word of that name, no condition.
        named = sorted({str(x) for c in q.conditions if c.field == "source" and c.op == "in" and isinstance(c.value, list)
                        for x in c.value})
        titles = [r["title"] or "" for r in self.db.query(
            f"SELECT title FROM documents WHERE source IN ({','.join('?' * len(named))})", named)] if named else []
        for word, fy in [(w, fy) for w, fy in said if titles and all(fy in _report_years(t) for t in titles)]:
            q.unused = [w for w in q.unused if w != word]
            q.conditions = [c for c in q.conditions if not (c in sought and str(c.value) == word)]
            self._words_taken.append(word)
            said.remove((word, fy))
        if not said:
            return
        sources = [s for (s,) in self.db.execute(f"SELECT DISTINCT source FROM {q.target}").fetchall()]
        years = {r["source"]: _report_years(r["title"] or "") for r in self.db.query(
            f"SELECT source, title FROM documents WHERE source IN ({','.join('?' * len(sources))})", sources)}
        if not years or not all(years.values()):
            return  # a report that names no year of its own: the year cannot say which
        q.conditions = [c for c in q.conditions if c not in sought]
        for word, fy in said:
            of_year = sorted(s for s, ys in years.items() if fy in ys)
            if _names_a_record(q) and self.executor.exists(q) \
                    and not self.executor.exists(_with(q, [Condition("source", "in", of_year, "")])):
                # 「観光キャンペーン事業で、平成16年度中に共同パンフを作成したのはいつ」: the record named is in
                # another year's report, so the year dates what its text tells of (H16.08, H17.03), not the report.
                continue
            q.conditions.append(Condition("source", "in", of_year, f"「{word}」の資料"))
            q.unused = [w for w in q.unused if w != word]
            self._words_taken.append(word)

    def _listed_years(self, target: str) -> set[str]:
        """The fiscal years whose sheets list the target's records (a workbook of one sheet per year); {} else."""
        if "listed_years" not in self.executor.columns.get(target, ()):
            return set()
        out: set[str] = set()
        for (value,) in self.db.execute(f"SELECT listed_years FROM [{target}] WHERE coalesce(listed_years, '') NOT IN ('', '[]')"):
            try:
                out.update(json.loads(value))
            except (TypeError, ValueError):
                continue
        return out

    def _next_year_listed(self, q: Query, question: str = "") -> None:
        """「（令和3年度の事業の）そのうち翌年度も続いているのは」: the records the next year's sheet lists too (the year
        before: 前年度から続いている), of those listed in the one year the conditions name."""
        said = nfkc(question) if isinstance(question, str) else ""
        m = _NEXT_YEAR.search(said)
        years = list(dict.fromkeys(c.value for c in q.conditions if c.field == "listed_years" and c.op == "has"))
        if not m or len(years) != 1 or label_to_fy(str(years[0])) is None:
            return
        fy = label_to_fy(str(years[0])) + (1 if m.group("which") in ("翌", "次の", "次") else -1)
        if fy_label(fy) not in self._listed_years(q.target) or fy_label(fy) in years:
            return
        q.conditions.append(Condition("listed_years", "has", fy_label(fy), f"{fy_text(fy)}の一覧にも載っている"))
        # (続いている was read as an item's end left blank, a field these records lack: the next year's listing says it)
        taken = [w for w in q.unused if _NEXT_YEAR_WORDS.search(nfkc(w)) or w in q.dropped and "継続中" in w]
        q.unused = [w for w in q.unused if w not in taken]
        self._words_taken += taken
        q.dropped = [w for w in q.dropped if "継続中" not in w]
        q.conditions = [c for c in q.conditions if not (c.field == "text" and _NEXT_YEAR_WORDS.search(nfkc(str(c.value))))]

    def _changed_between_years(self, q: Query, question: str) -> None:
        """「令和3年度と令和4年度で参加団体が変わった共同事業」: of records keeping a field per year where it changed
        (members_by_year, year_sheets.py), those whose field differs between the years the conditions name."""
        said = nfkc(question) if isinstance(question, str) else ""
        changed = _CHANGED.search(said)
        years = list(dict.fromkeys(c.value for c in q.conditions if c.field == "listed_years" and c.op == "has"))
        cols = self.executor.columns.get(q.target, ())
        if not changed or len(years) != 2:
            return
        from assistant.kinds.registry import record_kinds

        spec = record_kinds().get(q.target)
        fields = [f for f in (spec.fields if spec else ()) if f"{f.name}_by_year" in cols
                  and any(w in said for w in (f.label, *f.words))]
        if len(fields) != 1:
            return
        f = fields[0]
        q.conditions.append(Condition(f"{f.name}_by_year", "differs_between", list(years),
                                      f"{f.label}が{'と'.join(fy_text(label_to_fy(y)) for y in years)}で異なる"))
        if q.value_field == f.name:
            q.value_field = ""
        taken = [w for w in q.unused if _CHANGED.search(nfkc(w))]
        q.unused = [w for w in q.unused if w not in taken]
        self._words_taken += taken

    def _titled_in_unnamed_documents(self, q: Query) -> list[str]:
        """The titles of the documents holding the records the question names (by their whole title,
        else by its other conditions), when none of those documents names a municipality in its title
        or opening lines; else []."""
        titled = [c for c in q.conditions if c.field in ("code", "program", "practice", "initiative")
                  or c.field.startswith("@title:")]
        if not any(c.op == "=" and "「" in c.label for c in titled):
            # 「…の評価シートで、移住相談件数の実績値は」: the records its words find
            titled = [c for c in q.conditions if c.field != "source"]
        if q.target in ("", "passage") or not titled:
            return []
        rows, _, _ = self.executor.select(_with(q, titled))
        sources = sorted({r["source"] for r in rows})
        if not sources:
            return []
        titles = {r["source"]: r["title"] or r["source"] for r in self.db.query(
            f"SELECT source, title FROM documents WHERE source IN ({','.join('?' * len(sources))})", sources)}
        # The file's name counts too: 「米沢市_事務事業見直し結果.txt」 says whose it is.
        text = " ".join([*titles.values(), *(re.sub(r"[_\-.]", " ", s) for s in titles),
                         *(t for s, t in openings(self.db) if s in titles)])
        if any(re.search(r"..[市町村区]$", p) for p in place_names(text)):
            return []
        return [titles[s] for s in sources]

    def _titles_opening_places(self) -> tuple[str, ...]:
        """Municipalities the documents' titles open with (「白鷺市行政経営改革プラン …」), read once per index:
        a city the dictionary does not know (a small or new one) is still the city its reports are of."""
        # (kept in the open index's memo: a connection never sees a rebuilt index. A question asks this a few
        # times, and counting the documents to know whether it changed cost as much as reading them)
        memo = getattr(self.db, "memo", None)
        got = memo.get("titles_opening_places") if memo is not None else None
        if got is None:
            titles = [r[0] or "" for r in self.db.execute("SELECT title FROM documents").fetchall()]
            found = {m.group(1) for t in titles if (m := _OPENING_PLACE.match(nfkc(t)))}
            got = tuple(sorted(found, key=lambda p: (-len(p), p)))  # (never set order)
            if memo is not None:
                memo["titles_opening_places"] = got
        return got

    def _places_said(self, question: str) -> list[str]:
        """The municipalities a question names: the dictionary's, and those the documents' titles open with."""
        said = [p for p in self._titles_opening_places() if p in question]
        found = [f for f in place_names(question) if not any(f != p and f in p for p in said)]
        return found + [p for p in said if not any(p in f or f in p for f in found)]

    def _documents_about(self, place: str) -> list[str]:
        """Documents whose title or first lines name the place (the city a report is of), or whose file's
        name is the place's name in romaji (kasukabe_evaluation_sheet.pdf: a sheet that prints no city)."""
        like = f"%{place}%"
        found = {r["source"] for r in self.db.query("SELECT source FROM documents WHERE title LIKE ?", [like])}
        found |= set(sources_opening_with(self.db, place))
        found |= {r["source"] for r in self.db.query("SELECT source FROM documents") if file_names_place(r["source"], place)}
        return sorted(found)

    def _wider_exists(self, q: Query) -> bool:
        if q.scope or q.target not in WIDER_SCOPE or not any(c.field == "text" for c in q.conditions):
            return False
        wider = copy.copy(q)
        wider.scope = [q.target] + WIDER_SCOPE[q.target]
        return self.executor.exists(wider)

    def _with_following(self, excerpts: list[dict], top: int = 3) -> list[dict]:
        """Running text often states the fact in the paragraph or table after the one that names the
        subject (「次の評価基準で…」 then 「5 非常に評価できる」): the best hits bring their next passage."""
        out: list[dict] = []
        for n, ex in enumerate(excerpts):
            out.append(ex)
            if n < top and ex["key"].startswith("doc:"):
                nxt = self.db.execute(
                    "SELECT key, source, line, text, field FROM passages WHERE key = ? AND line > ? "
                    "ORDER BY line LIMIT 1", [ex["key"], ex["line"]]).fetchone()
                if nxt and not any(e["key"] == nxt[0] and e["text"] == nxt[3] for e in excerpts + out):
                    if ex.get("field") == "heading" and len(ex["text"]) <= _BARE_HEADING and nxt[2] <= ex["line"] + 2:
                        # 「基本理念」 standing alone over its one line (「市民とともに、変化に強い市役所へ」): the
                        # heading hit is read with what it heads, the answer first seen (and shown from its line).
                        out[-1] = {**ex, "text": f"{ex['text']} {nxt[3]}", "end_line": nxt[2]}
                        continue
                    out.append({"key": nxt[0], "source": nxt[1], "line": nxt[2], "text": nxt[3],
                                "field": nxt[4], "highlights": [], "context": True})
        return out

    def _department_copies(self, q: Query, rows: list[dict]) -> list[str]:
        """Say when another printed copy of a record names the asked department: the answer uses the
        reconciled value (the progress sheet wins), and the user should know about the others."""
        if q.target != "practice":
            return []
        shown = None  # the answer's keys, read only when another copy is found
        out = []
        for c in q.conditions:
            if c.field != "@dept" or c.op != "=":
                continue
            for name in c.value["names"]:
                for other in self.executor.other_copies(name):
                    shown = {r["key"] for r in rows} if shown is None else shown
                    if other["key"] in shown:
                        continue
                    code = other["key"].split(":", 1)[1]
                    chosen = "、".join(json_list(other["chosen"]))
                    out.append(f"実践項目 {code} は一覧表などに「{name}」とありますが、進捗状況シートの"
                               f"「{chosen}」を採用しているため含めていません（gyokaku check 参照）")
        return out

    def _figure_of_another_year(self, q: Query, answer: Answer) -> bool:
        """「令和5年度の事業費」 of a sheet whose figures are those of 令和6年度決算: the other years of its
        money table are no fields but printed rows (「総事業費 令和5年度決算: 4,820,000」); the row of
        the asked year is shown as the place to read (status search), never as the record's field."""
        years = [c for c in q.conditions if c.field == "settlement_year" and c.op == "="]
        fy = label_to_fy(str(years[0].value)) if len(years) == 1 else None
        if fy is None:
            return False
        other = _with(q, [c for c in q.conditions if c is not years[0]])
        rows = self.executor.select(other)[0]
        if not rows or len(rows) > 3:
            return False
        fields = {q.value_field} if q.value_field else set(money_fields(q.target))
        keys = [r["key"] for r in rows]
        written = fy_text(fy)
        forms = {written, written.replace("元年", "1年")}  # (令和元年度 is printed 令和1年度 too)
        found = [dict(p) for p in self.db.query(
            "SELECT * FROM passages WHERE key IN (SELECT value FROM json_each(?)) ORDER BY line",
            [json.dumps(keys, ensure_ascii=False)]) if p["field"] in fields and any(f in nfkc(p["text"]) for f in forms)]
        if not found:
            return False
        answer.rows = rows
        answer.excerpts = [{"key": p["key"], "source": p["source"], "line": p["line"], "text": p["text"],
                            "field": p["field"], "highlights": highlight_spans(p["text"], written)} for p in found]
        answer.status = "search"
        asked = field_label(found[0]["field"], q.target)
        answer.summary = (f"{written}の{asked}は記録の項目（決算年度の値）にはなく、資料の表に「{found[0]['text']}」"
                          f"とあります（{found[0]['source']} {found[0]['line']}行目）。")
        return True

    def _facts(self, q: Query, rows: list[dict], words: list[str]) -> list[dict]:
        """Where the dropped words occur for these records (their progress sheet, ...), or failing
        that anywhere in the documents next to the records' titles: the figure a user asked for."""
        keys = [r["key"] for r in rows]
        near = self.executor.excerpts(q.target, keys, words, [q.target] + WIDER_SCOPE.get(q.target, []))
        titles = [t for t in (str(r.get("title") or r.get("name") or "") for r in rows[:3]) if t]
        _, found, _ = self.executor.passage_search(titles + words, rows=False)
        # A passage naming the record and the asked word (財政効果額の表の「…総合運用 1億1千万円」)
        # says it more directly than the record's own sheet; it comes first.
        both = [ex for ex in found if any(highlight_spans(ex["text"], t) for t in titles)
                and any(highlight_spans(ex["text"], w) for w in words)]
        facts = both + [ex for ex in near if ex not in both] or found
        # The passage that states what the question asks (「目標値は？」 → 計画値 12) first: among these,
        # and, when words had to be dropped, anywhere, but never one of another record of the asked kind.
        r = ranker(self.db)
        kept = {c.value for c in q.conditions if c.field == "text"}
        dropped = any(w not in kept for w in words)
        return [ex for ex in r.rank(r.need(q.question), facts, search=dropped)
                if ex in facts or _belongs(self.executor, ex["key"], q.target, rows)]

    def _year_parts_first(self, q: Query, rows: list[dict], excerpts: list[dict]) -> list[dict]:
        """「…R5にはいくら」: the excerpts of the records' own parts of the asked year come first."""
        years = {c.field.upper() for c in q.conditions if c.op == "evaluated" and is_year_field(c.field)}
        years |= {str(c.value) for c in q.conditions if c.field == "@part_year"}
        if not years or not rows:
            return excerpts
        of_year = set(self._children_of_years(q.target, rows, years))
        # (the parts of the records that are some year's entry)
        yearly = set(self._children_of_years(q.target, rows, None))

        # (a passage naming the year itself counts as of it: 「R3年度の正規職員数は何人と定めた」 is stated in the R2
        # entry 「R3年度の正規職員数について、1,038人…と定めた」, the year being what the figure is of. Only another
        # year's entry, naming the year as what a thing is of (R3年度の…): a line of the sheet's schedule
        # 「R5: 実証実験の実施」 (q42-049) or an entry's plan 「R4年度以降、…を実施予定」 (q42-038) is no fact of that
        # year, and the asked year's own entry stays first)
        def first(ex: dict) -> bool:
            if ex["key"] in of_year:
                return True
            if ex["key"] not in yearly:
                return False
            text = nfkc(str(ex.get("text", "")))
            return any(y.label in years and re.match(r"\s*(?:の|について|に係る|における)", text[y.end:])
                       for y in find_years(text))

        return [ex for ex in excerpts if first(ex)] + [ex for ex in excerpts if not first(ex)]

    def _children_of_years(self, target: str, rows: list[dict], years: set[str] | None) -> list[str]:
        """Keys of the parts of these records (sheet entries, challenges) that belong to the years (None: to any
        year)."""
        codes = [str(r.get("code")) for r in rows if r.get("code") not in (None, "")]
        out: list[str] = []
        for (parent, child), link in LINKS.items():
            if parent != target or child not in self.executor.tables or not codes:
                continue
            if "year" not in self.executor.columns.get(child, []):
                continue
            marks = ", ".join("?" * len(codes))
            if years is None:
                out += [r["key"] for r in self.db.query(
                    f"SELECT key FROM [{child}] WHERE [{link}] IN ({marks}) AND year IS NOT NULL AND year != ''", codes)]
                continue
            ys = ", ".join("?" * len(years))
            out += [r["key"] for r in self.db.query(
                f"SELECT key FROM [{child}] WHERE [{link}] IN ({marks}) AND year IN ({ys})", codes + sorted(years))]
        return out

    def _best_partial(self, q: Query, words: list[str]) -> list[dict]:
        scores: Counter[str] = Counter()
        rows_by_key: dict[str, dict] = {}
        for word in words:
            # (within the documents the question is scoped to)
            scope = [c for c in q.conditions if c.field == "source"]
            for r in self.executor.select(_with(q, scope + [Condition("text", "match", word, "")]))[0]:
                scores[r["key"]] += 1
                rows_by_key[r["key"]] = r
        if not scores:
            return []
        best = max(scores.values())
        return [rows_by_key[k] for k in rows_by_key if scores[k] == best]

    def _grades_by_year(self, answer: Answer, rows: list[dict]) -> None:
        """「年度別の評価の分布」: for every graded year, how many records got each grade."""
        years = year_fields(rows[0]) if rows else []
        grades = sorted({str(r.get(f)) for r in rows for f in years if r.get(f) not in (None, "", "-")})
        out = []
        for f in years:
            counts = Counter(str(r.get(f)) for r in rows if r.get(f) not in (None, "", "-"))
            out.append({"key": f"group:{f}", "group": field_label(f), **{g: counts.get(g, 0) for g in grades},
                        "count": sum(counts.values())})
        answer.rows, answer.count, answer.value = out, len(out), None
        answer.columns = ["group", *grades, "count"]
        detail = "、".join(f"{r['group']} " + "・".join(f"{g} {r[g]}" for g in grades) for r in out)
        answer.summary = f"{kind_label(answer.target)} {len(rows)}件の年度別の評価: {detail}。"

    def _group_values(self, q: Query, answer: Answer, rows: list[dict]) -> None:
        """「テーマごとの委員評価の平均」: one aggregate of a field per group."""
        word = {"avg": "平均", "max": "最高", "min": "最低", "sum": "合計"}[q.agg_parts[0]]
        import statistics

        calc = {"avg": statistics.fmean, "max": max, "min": min, "sum": sum}[q.agg_parts[0]]
        names = group_names(rows, q.group_by)
        members: dict[str, list[float]] = {}
        for r in rows:
            v = _num(r.get(q.agg_field))
            g = r.get(q.group_by)
            if isinstance(g, dict):
                g = list(dict.fromkeys(g.values()))
            for item in (g if isinstance(g, list) else [g]):
                if item not in (None, "") and v is not None:
                    members.setdefault(names.get(str(item), str(item)), []).append(v)
        out = []
        for g, values in members.items():
            value = round(calc(values), 2)
            out.append({"key": f"group:{g}", "group": g, "count": len(values),
                        "value": int(value) if float(value).is_integer() else value})
        out.sort(key=lambda r: (-r["value"], r["group"]))
        label, by = field_label(q.agg_field, q.target), field_label(q.group_by, q.target)
        answer.rows, answer.columns, answer.count, answer.value = out, ["group", "value", "count"], len(out), None
        detail = "、".join(f"{r['group']} {r['value']}" for r in out[:5])
        answer.summary = (f"{kind_label(q.target)}の{label}の{word}を{by}別に見ると{len(out)}区分です"
                          f"（{detail}{' …' if len(out) > 5 else ''}）。")
        if len(q.agg_parts) >= 4 and q.agg_parts[1] == "bound":
            # 「…の平均が10.5以上になる取組項目」: the groups within the bound; a group that is a record of its own
            # (取組項目) is answered as that record.
            op, bound = q.agg_parts[2], float(q.agg_parts[3])
            test = {">=": bound.__le__, "<=": bound.__ge__, ">": bound.__lt__, "<": bound.__gt__}[op]
            keys = {}
            for r in rows:
                g = r.get(q.group_by)
                if isinstance(g, (str, int)) and r.get(f"{q.group_by}_key"):
                    keys[names.get(str(g), str(g))] = r[f"{q.group_by}_key"]
            # (compared unrounded: 10.499 is below 10.5)
            exact = {g: calc(v) for g, v in members.items()}
            passed = [r for r in out if test(exact[r["group"]])]
            for r in passed:
                if r["group"] in keys:
                    r["key"] = keys[r["group"]]
            sign = BOUND_WORDS[op]
            answer.rows, answer.count = passed, len(passed)
            listed = "、".join(f"{r['group']}（{r['value']}）" for r in passed)
            answer.summary = (f"{kind_label(q.target)}の{label}の{word}が {q.agg_parts[3]}{sign}の{by}は {len(passed)}件です"
                              + (f"（{listed}）。" if passed else "。"))
            return
        if len(q.agg_parts) >= 3 and out and q.agg_parts[1] == "spread":
            # 「…平均、いちばん高いテーマといちばん低いテーマで何ポイント差」: the highest group's less the lowest's;
            # with the digits the document prints the averaged values in, the difference of the figures as printed
            # (its own summary table prints its averages so), the unrounded one said beside it.
            hi, lo = out[0], out[-1]
            raw = round(hi["value"] - lo["value"], 2)
            printed = [str(r.get(q.agg_field)) for r in rows if r.get(q.agg_field) not in (None, "")]
            digits = max((len(v.split(".")[1]) if "." in v else 0 for v in printed), default=None)
            shown = raw
            note = ""
            if digits is not None and (round(hi["value"], digits) != hi["value"] or round(lo["value"], digits) != lo["value"]):
                shown = round(round(hi["value"], digits) - round(lo["value"], digits), digits)
                note = (f"（資料が印刷する小数第{digits}位の値 {round(hi['value'], digits)} と {round(lo['value'], digits)} の差。"
                        f"丸める前の{word}では {hi['value']} − {lo['value']} = {raw}）")
            answer.value = int(shown) if float(shown).is_integer() else shown
            answer.summary = (f"{label}の{word}が最も高い{by}（{hi['group']} {hi['value']}）と最も低い{by}（{lo['group']} "
                              f"{lo['value']}）の差は {answer.value} です{note}。" + answer.summary)
        elif len(q.agg_parts) >= 3 and out:
            # 「…平均でいちばん低いテーマは何点」: the group at that end (ties all named), first in the rows.
            end = max(r["value"] for r in out) if q.agg_parts[1] == "max" else min(r["value"] for r in out)
            top = [r for r in out if r["value"] == end]
            answer.rows = top + [r for r in out if r not in top]
            names = "・".join(r["group"] for r in top)
            answer.value = end if q.agg_parts[2] == "value" else names
            if q.group_by == "themes":
                # 「最も高かったテーマは」: said as the document prints the theme too (theme_names.py); the
                # value stays the index's name of the group
                names = "・".join(_printed_themes(self.db, self.lexicon, [r["group"] for r in top], rows))
            answer.summary = (f"{label}の{word}が{'最も高い' if q.agg_parts[1] == 'max' else '最も低い'}{by}は "
                              f"{names}（{_as_printed_too(end, rows, q.agg_field)}）です。" + answer.summary)

    def _complementary_groups_difference(self, question: str, q: Query) -> None:
        """「新規のN項目と元からの1〜70の項目で、合計の平均の差は」: two groups said by a condition and its opposite
        (added later, and not), one aggregate each, and their difference. A list of numbers restating a group (1〜70:
        every record of it and no other) is its gloss, no condition of both."""
        from assistant.query.grammar import INVERT

        if not isinstance(question, str) or q.aggregate not in ("avg", "sum") or not q.agg_field \
                or not compiled(r"差|違い|開き").search(question):
            return
        pairs = [(a, b) for a in q.conditions for b in q.conditions if a.field == b.field and repr(a.value) == repr(b.value)
                 and INVERT.get(a.op) == b.op and not a.op.startswith("not_")]
        if len(pairs) != 1:
            return
        a, b = pairs[0]
        rest = [c for c in q.conditions if c is not a and c is not b]
        glosses = []
        for c in rest:
            if c.op == "in" and isinstance(c.value, list):
                codes = {str(v) for v in c.value}
                for side in (a, b):
                    got = {str(r.get("code")) for r in self.executor.select(_with(q, [side]))[0]}
                    if got == codes:
                        glosses.append(c)
        q.conditions = [c for c in rest if c not in glosses] + [a]
        q.agg_parts = [q.aggregate, a.label, b.label, "diff"]
        q.aggregate = "groups_diff"
        q.unused = [w for w in q.unused if w not in ("差", "違い", "開き")]

    def _groups_difference(self, q: Query, answer: Answer, rows: list[dict]) -> None:
        """「自己評価がAの取組項目とBの取組項目で委員評価の平均の差」: the rows are the first group; the
        second is the same conditions with the second value in place of the first."""
        agg, first, second, way = q.agg_parts
        swapped = [_swapped(c, first, second) for c in q.conditions]
        if swapped == q.conditions:  # no condition holds the first value: there is no second group
            answer.status, answer.unused = "partial", list(dict.fromkeys(answer.unused + [second]))
            answer.rows, answer.count, answer.value = [], 0, None
            answer.summary = f"「{first}」の条件を読み取れなかったため、{second}と比べられません。"
            return
        other = self.executor.select(_with(q, swapped))[0]
        label = "件数" if agg == "count" else field_label(q.agg_field, q.target) + "の" + _AGG_JA[agg]
        sides = []
        for value, group in ((first, rows), (second, other)):
            numbers = [v for v in (_num(r.get(q.agg_field)) for r in group) if v is not None]
            if agg == "count":
                sides.append((value, len(group), len(group)))
            elif numbers:
                import statistics

                got = {"avg": statistics.fmean, "sum": sum, "max": max, "min": min}[agg](numbers)
                sides.append((value, got, len(numbers)))
            else:
                answer.status, answer.rows, answer.count = "no_match", [], 0
                answer.summary = f"{value}の{kind_label(q.target)}に{field_label(q.agg_field, q.target)}の値がないため、差を計算できません。"
                return
        (_, a, na), (_, b, nb) = sides
        d = {"more": a - b, "less": b - a}.get(way, abs(a - b))
        answer.value = int(d) if float(d).is_integer() else round(d, 2)
        said = next((c.label for c in q.conditions if c.op in ("=", "has", "chair_sole") and str(c.value) == first), first)
        kind, higher = kind_label(q.target), first if a > b else second
        if agg == "count":
            answer.summary = f"「{said}」の{kind}は {a}件、{second}は {b}件で、差は {answer.value:g}件です"
        else:
            answer.summary = (f"「{said}」の{kind} {na}件の{label}は {round(a, 3):g}、{second}の {nb}件は "
                              f"{round(b, 3):g} で、差は {answer.value:g} です")
        answer.summary += (f"（{higher}のほうが{'多い' if agg == 'count' else '高い'}）。" if a != b else "。")
        answer.rows = [{"key": f"group:{v}", "group": f"{v}", "count": n, "value": round(x, 3)} for v, x, n in sides]
        answer.columns, answer.count = ["group", "count", "value"], 2

    def _relative_year_held(self, q: Query, rows: list[dict], notes: list[str]) -> list[dict]:
        """「（事業の成果指標、）最新の年度の実績値は？」: of records held one per year (a sheet's indicators), a year
        said relative to now is counted back from the last year whose asked field the records fill, not from the
        years the plan's items are graded (grammar/years.py read those first)."""
        from assistant.query.grammar.years import read_from_the_first, read_from_the_latest

        if q.target == "practice" or not q.value_field or "year" not in self.executor.columns.get(q.target, []):
            return rows
        read = read_from_the_latest(list(q.notes) + list(notes))
        said = [c for c in q.conditions if c.field == "year" and c.op == "=" and str(c.value) in read]
        # (「表の最初の年度の計画値」: counted from the first year the records fill, as the last is counted back)
        first = read_from_the_first(list(q.notes) + list(notes)) if not said else {}
        said = said or [c for c in q.conditions if c.field == "year" and c.op == "=" and str(c.value) in first]
        if len(said) != 1:
            return rows
        cond = said[0]
        back, note = read[str(cond.value)] if str(cond.value) in read else first[str(cond.value)]
        from_first = str(cond.value) not in read
        others = copy.copy(q)
        others.conditions = [c for c in q.conditions if c is not cond]
        every = self.executor.select(others)[0]
        # (counted from the first, the table's own first year, filled or not: 「最初の年度の実績」 of a year yet
        # unreported is that year's blank, not the next year's figure)
        filled = sorted({str(r["year"]) for r in every if (from_first or r.get(q.value_field) not in (None, "", [], {}))
                         and re.fullmatch(r"[RH]\d{1,2}", str(r.get("year") or ""))},
                        key=lambda y: ({"H": 0, "R": 1}[y[0]], int(y[1:])))
        if len(filled) < back:
            return rows
        year = filled[back - 1] if from_first else filled[-back]
        if year == str(cond.value):
            return rows
        word = note.split("」")[0].lstrip("「")
        for n in (q.notes, notes):
            if note in n:
                n.remove(note)
        cond.value = year
        cond.label = re.sub(r"[RH]\d{1,2}", year, cond.label)
        held = f"{kind_label(q.target)}の表の" if from_first else \
            f"{kind_label(q.target)}の{field_label(q.value_field, q.target)}が記載された"
        notes.append(f"「{word}」を{held}年度（{filled[0]}〜{filled[-1]}）から {year} と読みました")
        return [r for r in every if str(r.get("year")) == year]

    def _shape(self, q: Query, answer: Answer, rows: list[dict]) -> None:
        """Aggregation, single values, summary."""
        kind = kind_label(q.target)
        answer.columns = display_columns(q.target, rows)
        if q.aggregate in ("distinct", "top_group", "diff", "groups_having"):  # aggregates over groups or aggregates
            if left := groups_left_out(q):
                # (the offices left out are groups left out: the records they share with others still count for those)
                others = copy.copy(q)
                others.conditions = [c for c in q.conditions if c not in left]
                rows = self.executor.select(others)[0]
                answer.notes.append(f"{'・'.join(n for c in left for n in _office_names(c.value))}を区分から除きました"
                                    "（ほかの部署と共同の記録は、その部署の件数に数えます）")
            shaped = aggregate_answer(q, rows)
            answer.summary, answer.value, answer.count, answer.rows = (shaped[k] for k in ("summary", "value", "count", "rows"))
            answer.columns = shaped["columns"] or answer.columns
            if q.aggregate == "top_group" and q.group_by == "themes" and answer.rows:
                # 「実践項目数が一番多いのはどのテーマ」: the theme said as the document prints it too (theme_names.py)
                top = [t for t in self.lexicon.themes if f" {t} で、" in answer.summary or f"・{t} で、" in answer.summary
                       or f" {t}・" in answer.summary or f"・{t}・" in answer.summary]
                printed = dict(zip(top, _printed_themes(self.db, self.lexicon, top, rows)))
                head, sep, tail = answer.summary.partition(" で、")
                if sep:
                    for t, name in printed.items():
                        head = re.sub(rf"(?<=[ ・]){re.escape(t)}(?=・|$)", lambda _m, n=name: n, head)
                    answer.summary = head + sep + tail
            return
        if q.aggregate == "field_diff" and q.agg_field and q.agg_parts:
            # 「計画値をいくつ上回った」: the achieved value less the planned one, record by record.
            other = q.agg_parts[0]
            diffs = [(r, _num(r.get(q.agg_field)), _num(r.get(other))) for r in rows]
            diffs = [(r, a - b) for r, a, b in diffs if a is not None and b is not None]
            answer.rows, answer.count = [r for r, _ in diffs], len(diffs)
            a_label, b_label = field_label(q.agg_field, q.target), field_label(other, q.target)
            if len(diffs) == 1:
                d = diffs[0][1]
                answer.value = int(d) if float(d).is_integer() else round(d, 2)
                answer.summary = (f"{_names(answer.rows)} の{a_label}は{b_label}より {answer.value}"
                                  f"{'多い' if d >= 0 else '少ない'}です（{a_label} {diffs[0][0].get(q.agg_field)}、"
                                  f"{b_label} {diffs[0][0].get(other)}）。")
            else:
                answer.summary = (f"{kind}{len(diffs)}件の{a_label}と{b_label}の差: "
                                  + "、".join(f"{r.get('code')} {round(d, 2):g}" for r, d in diffs[:8])
                                  + ("…" if len(diffs) > 8 else "") + "。1件に絞れないため一覧で示します。")
            return
        if q.aggregate == "groups_diff" and len(q.agg_parts) == 4:
            self._groups_difference(q, answer, rows)
            return
        if q.aggregate == "records_diff" and q.agg_field and len(q.agg_parts) == 2:
            # 「取組項目6と取組項目7の委員評価の差」: a plain 差/開き/違い asks the size of the gap (users
            # expect 0.9, not -0.9, whichever record they name first); the summary says which is higher.
            named = [next((r for r in rows if str(r.get("code")) == code), None) for code in q.agg_parts]
            values = [_num(r.get(q.agg_field)) if r else None for r in named]
            label = field_label(q.agg_field, q.target)
            answer.rows, answer.count = [r for r in named if r], sum(1 for r in named if r)
            if None in values:
                missing = [code for code, v in zip(q.agg_parts, values) if v is None]
                answer.summary = f"{'・'.join(missing)} の{label}がないため、差を計算できません。"
                return
            d = abs(values[0] - values[1])
            answer.value = int(d) if float(d).is_integer() else round(d, 2)
            higher = named[0] if values[0] > values[1] else named[1]
            answer.summary = (f"{_names([named[0]])} の{label}は {named[0].get(q.agg_field)}、{_names([named[1]])} は "
                              f"{named[1].get(q.agg_field)} で、差は {answer.value:g} です"
                              + (f"（{higher.get('code')} のほうが高い）。" if d else "。"))
            return
        if q.aggregate == "group" and q.value_field and q.group_by and rows and \
                all(n == 1 for _, n in group_counts(rows, q.group_by)[0]):
            # 「活動指標の計画値を年度ごとに」: one record a group: the records, in the group's order.
            rows = sorted(rows, key=lambda r: str(r.get(q.group_by) or ""))
            q.aggregate = ""
            answer.rows, answer.count = rows, len(rows)
            answer.columns = [c for c in (q.group_by, q.value_field) if c] + [
                c for c in answer.columns if c not in (q.group_by, q.value_field)]
            answer.summary = (f"{kind_label(q.target)} {len(rows)}件の{field_label(q.value_field, q.target)}を"
                              f"{field_label(q.group_by, q.target)}ごとに示します（"
                              + "、".join(f"{r.get(q.group_by)} {_cell(r.get(q.value_field))}" for r in rows[:8])
                              + ("…" if len(rows) > 8 else "") + "）。")
            return
        if q.aggregate == "group" and q.group_by == "@years":
            self._grades_by_year(answer, rows)
            if q.agg_parts[:1] == ["top_year"] and len(q.agg_parts) == 3:
                _year_of_most(answer, *q.agg_parts[1:])
            return
        if q.aggregate == "group" and q.group_by and q.agg_field and q.agg_parts:
            self._group_values(q, answer, rows)
            return
        if q.aggregate == "group" and q.group_by:
            groups, blank = group_counts(rows, q.group_by)
            names = group_names(rows, q.group_by)
            groups = [(names.get(g, g), n) for g, n in groups]
            answer.rows = [{"key": f"group:{g}", "group": g, "count": n} for g, n in groups]
            answer.columns = ["group", "count"]
            answer.count = len(groups)
            detail = "、".join(f"{g} {n}件" for g, n in groups[:5])
            answer.summary = (f"{kind} {len(rows)}件を{field_label(q.group_by, q.target)}別に数えると{len(groups)}区分です"
                              f"（{detail}{' …' if len(groups) > 5 else ''}）。")
            if blank:
                answer.summary += f"{field_label(q.group_by, q.target)}が空欄の{blank}件は数えていません。"
            answer.value = None
            return
        by_parent = bool(q.order_by) and bool(self.executor.parent_holding(q.target, q.order_by))
        if by_parent and q.limit and q.aggregate != "nth":
            # 「その中で委員評価が高いほう」 of comments: the records of the best parent(s), all of each (the value
            # is the parent's, so its records tie), then the excerpts of those only.
            values = [self.executor.parent_value(q.target, q.order_by, r) for r in rows]
            kept = sorted({_num(v) for v in values if _num(v) is not None}, reverse=q.descending)[: q.limit]
            rows = [r for r, v in zip(rows, values) if _num(v) is not None and _num(v) in kept]
            q.limit = None
            parent = self.executor.parent_holding(q.target, q.order_by)
            answer.notes = [*answer.notes, f"「{field_label(q.order_by, q.target)}」は{kind_label(parent)}の値で並べました（"
                            + "、".join(_cell(v) for v in kept) + "）"]
            keys = {r.get("key") for r in rows}
            answer.excerpts = [e for e in answer.excerpts or [] if e.get("key") in keys]
        elif by_parent:
            # 「委員評価の高い順に並べて」 of comments: the executor orders them by the parent's value; say whose it is.
            parent = self.executor.parent_holding(q.target, q.order_by)
            answer.notes = [*answer.notes, f"「{field_label(q.order_by, q.target)}」は{kind_label(parent)}の値で並べました"]
        elif q.order_by and not q.order_by.startswith("@") and q.order_by not in self.executor.columns.get(q.target, []):
            # (「実践項目の委員評価の上位3件」: a field the records do not hold orders nothing; the first ones in
            # the documents' order are no answer to it)
            answer.unused = [*answer.unused, f"{field_label(q.order_by, q.target)}の順"]
            answer.notes = [*answer.notes, f"{kind_label(q.target)}には「{field_label(q.order_by, q.target)}」の値がないため、その順に並べられませんでした"]
        if q.limit and q.aggregate != "nth":
            rows = rows[: q.limit]
        answer.rows = rows
        answer.count = len(rows)
        if q.aggregate == "nth" and q.agg_field:
            values = sorted({v for v in (_num(r.get(q.agg_field)) for r in rows) if v is not None},
                            reverse=q.descending)
            label = field_label(q.agg_field, q.target)
            if len(values) < (q.limit or 1):
                answer.rows, answer.count = [], 0
                answer.summary = f"{label}の値は{len(values)}種類しかありません。"
                return
            wanted = values[(q.limit or 1) - 1]
            answer.rows = [r for r in rows if _num(r.get(q.agg_field)) == wanted]
            answer.count = len(answer.rows)
            answer.value = answer.rows[0].get(q.agg_field)
            side = "高い" if q.descending else "低い"
            answer.summary = (f"{label}が{q.limit}番目に{side}値は {answer.value}（{answer.count}件: "
                              f"{_names(answer.rows)}）です。")
            return
        if q.aggregate in ("avg", "max", "min", "sum", "median", "mode") and q.agg_field:
            values = [_num(r.get(q.agg_field)) for r in rows]
            values = [v for v in values if v is not None]
            label = field_label(q.agg_field, q.target)
            if not values and q.aggregate == "sum" and _sum_over_years(q, answer, rows, label):
                return
            if not values and grade_extreme(q, answer, rows, self.lexicon.grade_scale):
                return  # 「総合評価で一番低いのは」: a grade field's worst grade, and its records
            if not values:
                # (no value is no answer: 「委員会評点の最高点」 of a city whose items, not initiatives, hold it)
                others = [kind_label(k) for k, cols in self.executor.columns.items()
                          if k != q.target and q.agg_field in cols]
                answer.status = "no_match"
                answer.summary = f"{label}の値を持つ{kind}がありません。" + (
                    f"{label}は{'・'.join(others)}にもあります。その種類の名前を付けて聞いてください。" if others else "")
                return
            if q.aggregate == "sum":
                if _span_said(q):
                    # (a span of years said of figures that are no years' own is not read: said unused)
                    answer.unused.append(f"{_span_said(q)}年間")
                total = sum(values)
                answer.value = int(total) if float(total).is_integer() else round(total, 2)
                # (an amount in the unit its table prints, 千円, said with it when every row shares it)
                units = {r.get("cost_unit") or "" for r in rows if _num(r.get(q.agg_field)) is not None}
                unit = _unit_printed(rows[0], q.agg_field, q.target) if len(units) == 1 else ""
                answer.summary = f"{kind} {len(values)}件の{label}の合計は {answer.value}{unit} です。"
                return
            if q.aggregate == "avg":
                import statistics

                answer.value = round(statistics.fmean(values), 2)
                answer.summary = f"{kind} {len(values)}件の{label}の平均は {answer.value} です。"
                return
            if q.aggregate in ("median", "mode"):
                _median_or_mode(q.aggregate, values, answer, f"{kind} {len(values)}件の{label}")
                return
            best = max(values) if q.aggregate == "max" else min(values)
            answer.rows = [r for r in rows if _num(r.get(q.agg_field)) == best]
            answer.count = len(answer.rows)
            best = answer.value = answer.rows[0].get(q.agg_field)  # as stored (2, not 2.0)
            word = "最も高い" if q.aggregate == "max" else "最も低い"
            answer.summary = f"{label}が{word}のは {best}（{answer.count}件: {_names(answer.rows)}）です。"
            if not q.value_field and answer.count == 1 and answer.rows[0].get("code") \
                    and isinstance(q.question, str) and (_asks_which_by_number(q.question) or (
                        (_WHICH_RECORD_ASKED.search(nfkc(q.question))
                         or _EXTREME_ONE_ASKED.search(nfkc(q.question))
                         or _own_word_asked(nfkc(q.question), self.lexicon.item_words))
                        and not _QUANTITY_ASKED.search(nfkc(q.question)))):
                # 「平均がいちばん高い重点事項は？」: the record is what is asked (its score is said with it)
                answer.value = answer.rows[0]["code"]
                answer.summary = f"{label}が{word}のは {_names(answer.rows[:1])}（{best}）です。"
            if q.value_field and q.value_field != q.agg_field:  # 「…が最も高い取組の担当部署」
                asked = field_label(q.value_field, q.target)
                cells = list(dict.fromkeys(_cell(r.get(q.value_field)) for r in answer.rows))
                answer.value = _scalar(answer.rows[0].get(q.value_field)) if len(cells) == 1 else None
                if q.value_field == "places" and answer.value is not None:  # (who did the case: not its prefecture)
                    from assistant.query.place_names import municipalities_of
                    answer.value = municipalities_of(answer.rows[0].get("places")) or answer.value
                answer.summary = (f"{label}が{word}{kind}（{best}）の{asked}は {'、'.join(cells[:8])}"
                                  f"{' …' if len(cells) > 8 else ''} です（{answer.count}件: {_names(answer.rows)}）。")
                if q.value_field not in answer.columns:
                    answer.columns.insert(1, q.value_field)
            from assistant.query import field_share  # (「全95項目に占める割合も」: the top's figure of the whole said)

            field_share.of_whole_said(q.question, q, rows, answer)
            return
        if q.value_field == "date_to" and q.target == "event" and len(rows) > 1:
            # 「締切はいつ」 of an article's dates (募集期間 1月6日～2月14日, 説明会 1月18日): the end of the one
            # period among them, not a day's event.
            periods = [r for r in rows if r.get("date_from") and r.get("date_to") and r["date_from"] != r["date_to"]]
            if len(periods) == 1:
                answer.rows = rows = periods
                answer.count = 1
        if q.value_field == "committee_score" and rows and all(r.get("committee_score") in ("", None) for r in rows) \
                and any(r.get("judgement") not in ("", None) for r in rows):
            # 「委員会評価は？」 of an initiative its committee judged in marks or words (委員会評価：○), not a score:
            # the judgement is its evaluation (the copy of the initiative in the committee's paper).
            q.value_field = "judgement"
            answer.rows = rows = [r for r in rows if r.get("judgement") not in ("", None)]
            answer.count = len(rows)
        if q.value_field == "departments" and rows:
            # 「改革項目2の令和4年度の担当課は？」: that year's department, where the item names one per year.
            years = [c.field for c in q.conditions if c.op == "evaluated" and is_year_field(c.field)]
            if len(years) == 1 and all(r.get(f"{years[0]}_dept") not in (None, "", "[]", []) for r in rows):
                q.value_field = f"{years[0]}_dept"
                # (a family's list is stored as its JSON text: read as the list it is, on copies of the rows)
                rows = [{**r, q.value_field: json.loads(r[q.value_field])}
                        if isinstance(r[q.value_field], str) and r[q.value_field].startswith("[") else r for r in rows]
                answer.rows = rows
        if q.value_field and rows and all(f"n_{q.value_field}" in r for r in rows) \
                and _COUNT_ASKED.search(nfkc(str(q.question or ""))):
            # 「参加している市町村はいくつ？」: how many of a listed field there are, the count the record keeps of it
            # (n_members beside members), not the list
            q.value_field = f"n_{q.value_field}"
        if q.value_field:
            distinct = {repr(_scalar(r.get(q.value_field))) for r in rows}
            if len(rows) == 1 or (rows and len(distinct) == 1):
                answer.value = _scalar(rows[0].get(q.value_field))
                answer.value = _as_printed(rows[0], q.value_field, answer.value)
                if len(rows) == 1 and isinstance(rows[0].get(q.value_field), list):  # (as printed: printed_list.py)
                    answer.value = printed_join(self.db, rows[0], rows[0][q.value_field]) or answer.value
                label = field_label(q.value_field, q.target)
                if q.value_field == "members" and not q.value_part:
                    answer.value = _members_text(rows[0].get("members")) or None
                if q.value_field == "places":
                    from assistant.query.place_names import PREFECTURE_ASKED, municipalities_of, prefectures_of
                    answer.value = municipalities_of(rows[0].get("places")) or answer.value
                    if PREFECTURE_ASKED.search(nfkc(str(q.question))):
                        # 「その市は何県？」: the prefecture its places name (「【福岡県】藤蔓市」), or none printed
                        answer.value = prefectures_of(rows[0].get("places")) or None
                        label = "都道府県"
                if not q.value_part and isinstance(rows[0].get(q.value_field), dict) and isinstance(q.question, str):
                    # 「観光キャンペーン事業、岡山市は誰が…担当？」: of a value held per municipality, the one municipality the
                    # question names is the part asked, however it was said (never every city's value as the one asked)
                    named = [k for k in rows[0][q.value_field] if isinstance(k, str) and len(k) >= 2 and k in nfkc(q.question)]
                    if len(named) == 1:
                        q.value_part = named[0]
                if q.value_part and isinstance(rows[0].get(q.value_field), dict):
                    answer.value = rows[0][q.value_field].get(q.value_part) or None
                    label = f"{q.value_part}の{label}"
                from assistant.query.yearly_cell import part_of_year  # (「岡山市(H16)・倉敷市(H17)」 asked of 17年度)

                of_year = part_of_year(answer.value, [w for w in q.unused if w not in self._words_taken])
                if of_year is not None:
                    answer.value, word, printed = of_year
                    self._words_taken.append(word)
                    answer.unused = [w for w in answer.unused if w != word]  # (the year is used: it picked the part)
                    label = f"{printed}の{label}"
                    answer.understood.append({"field": q.value_field, "op": "part_of_year", "value": printed,
                                              "label": f"{field_label(q.value_field, q.target)}の欄の（{printed}）と書かれた部分"})
                shown = answer.value if answer.value not in ("", None) else "（記載なし）"
                if q.value_field == "ended" and answer.value in ("", None):
                    shown = "空欄（継続中。まだ終了していません）"  # (a blank end year is an item still going on)
                yearly = _by_year_only(rows[0], q.value_field) if answer.value in ("", None) and len(rows) == 1 else ""
                if yearly:
                    # A sheet printing the figure only by year (a grid of years): each year's, never 「記載なし」;
                    # which year is meant is unsaid, so the answer is not one value.
                    answer.status = "partial"
                    answer.caveat = "年度の指定がないため、年度ごとの値を示します。"
                    answer.summary = (f"{answer.caveat}{_names(rows)} の{label}は {yearly}"
                                      f"{_unit_printed(rows[0], q.value_field, q.target)} です。")
                    return
                if q.value_field in date_fields(q.target) and isinstance(shown, str):
                    shown = date_text(shown)  # 2015-11-20 as 平成27年11月20日（…・平成27年度）
                month = rows[0].get(q.value_field + "_month") if len(rows) == 1 else None
                if month and answer.value not in ("", None):
                    shown = f"{shown}（{date_text(str(month)).split('（')[0]}）"  # 取組終了 R3, the month its sheet gives
                if isinstance(shown, int) and not isinstance(shown, bool) and abs(shown) >= 10000:
                    shown = f"{shown:,}"  # 4,860,000 as the sheet prints an amount
                if isinstance(shown, int) and shown != rows[0].get(q.value_field) and _western_printed(rows[0], q.value_field):
                    shown = f"{rows[0][f'{q.value_field}_text']}（{rows[0].get(q.value_field)}）"  # 2018年度（H30）
                elif isinstance(shown, str) and re.fullmatch(r"[A-Z]\d{1,2}", shown) and len(rows) == 1 \
                        and re.match(r"(?:令和|平成|昭和)", str(rows[0].get(f"{q.value_field}_text") or "")):
                    shown = f"{shown}（{rows[0][f'{q.value_field}_text']}）"  # R5（令和５年度）, the year as printed too
                answer.summary = f"{_names(rows)} の{label}は {shown}{_unit_printed(rows[0], q.value_field, q.target)} です。"
                dated = self._dated_sentence(q, rows[0]) if len(rows) == 1 else None
                if dated is not None:
                    # 「いつ廃止された？」: the fiscal year the record states, and the date its text gives the act.
                    answer.summary += f"本文には「{dated['sentence'][:120]}」とあります（{dated.get('source', '')} {dated.get('line', '')}行目）。"
                    answer.excerpts = [dated] + [e for e in answer.excerpts if e is not dated]
                return
            parts = {str(r[q.value_field].get(q.value_part)) for r in rows
                     if q.value_part and isinstance(r.get(q.value_field), dict) and r[q.value_field].get(q.value_part)}
            if rows and q.value_part and len(parts) == 1 and all(isinstance(r.get(q.value_field), dict) for r in rows):
                # 「（商工部会の2件）倉敷市側の担当課は？」: that municipality's cell, the same in every row
                label = f"{q.value_part}の{field_label(q.value_field, q.target)}"
                answer.value = parts.pop()
                answer.summary = f"{_names(rows)} の{label}は いずれも {answer.value} です。"
                return
            if rows:
                label = field_label(q.value_field, q.target)
                filled = [r for r in rows if r.get(q.value_field) not in (None, "", [], {})]
                blank = len(rows) - len(filled)
                if filled and blank:
                    # The reasons a sheet prints only under 総括: those first, the empty years counted.
                    answer.rows = rows = filled + [r for r in rows if r not in filled]
                listed = "、".join(f"{r.get('code', '')} {_cell(r.get(q.value_field))}" for r in (filled if blank else rows)[:8])
                answer.summary = (f"{len(rows)}件の{kind}の{label}: {listed}{' …' if len(filled if blank else rows) > 8 else ''}"
                                  + (f"（ほか{blank}件は記載なし）" if filled and blank else "")
                                  + "。1件に絞れないため一覧で示します。")
                if q.value_field not in answer.columns:
                    answer.columns.insert(1, q.value_field)
        if q.aggregate == "count":
            # (one opinion citing several records on a line of its own, 「対象補助金：H-203、H-402」, is a comment on
            # each: counted once, as the paper prints it; only opinions keeping that line, cited_as, or citing none,
            # which are one comment each)
            said = {(r.get("source"), r.get("line"), r.get("text")) for r in rows} if q.target == "comment" \
                and all(r.get("line") and r.get("text") and (r.get("cited_as") or not r.get("cited")) for r in rows) \
                and any(r.get("cited_as") for r in rows) else None
            answer.value = answer.count = len(said) if said is not None else len(rows)
            answer.summary = f"条件に合う{kind}は {answer.count}件です。" + (
                f"（複数の対象を挙げた意見は1件と数え、対象ごとには{len(rows)}件）" if answer.count != len(rows) else "")
            return
        if q.aggregate == "ratio":
            base = self._share_base(q)
            of = _with(q, base)
            if base and base is not q.conditions and any(c not in q.conditions for c in base):
                of, _ = self.executor.resolve(of)  # (the answer before's conditions, as it said them)
            total = self.executor.count(of)
            said = _SHARE_OF_SIZE.search(nfkc(q.question or "")) if isinstance(q.question, str) else None
            if said and not base and int(said.group("n")) != total:
                # 「R2時点の70項目の何割」: the records the share is of said by their number: the ones some of the
                # question's conditions (or a year's grade being given at all) pick, when that many.
                sized = self._base_of_size(q, int(said.group("n")))
                if sized is None:
                    answer.status = "partial"
                    answer.caveat = (f"「{said.group(0)}」の{said.group('n')}件がどの{kind}か読み取れなかったため、"
                                     f"{kind}全体 {total}件に対する割合を示します。")
                else:
                    base = sized
                    of, _ = self.executor.resolve(_with(q, base))
                    total = self.executor.count(of)
            answer.value = round(100 * len(rows) / total, 1) if total else None
            within = f"「{'」「'.join(c.label for c in base)}」の" if base else ""
            answer.summary = f"{within}{kind} {total}件のうち条件に合うのは {len(rows)}件で、割合は {answer.value}% です。"
            own = [c for c in q.conditions if c not in (base or [])]
            if not rows and own and all(c.field == "text" for c in own):
                # (「肯定的な回答は何％」 over records none of which holds the word: no share was found, 0% is no answer)
                answer.status, answer.value = "no_match", None
                answer.summary = (f"{within}{kind} {total}件に「{'」「'.join(str(c.value) for c in own)}」を含むものがなく、"
                                  "割合を求められませんでした。")
            return
        if rows and not answer.summary:
            answer.summary = f"条件に合う{kind}は {len(rows)}件です" + (f"（{_names(rows)}）。" if len(rows) <= 5 else "。")
        elif not rows:
            answer.summary = self._why_empty(q)

    def _base_of_size(self, q: Query, n: int) -> list[Condition] | None:
        """The question's conditions (or a grade year's 「評価あり」) that pick exactly n records, if one set does."""
        import itertools

        own = list(q.conditions)
        graded = [Condition(c.field, "evaluated", None, f"{field_label(c.field, q.target)} あり")
                  for c in own if c.op == "=" and re.fullmatch(r"[rh]\d{1,2}", str(c.field))]
        found = []
        for cand in [[g] for g in graded] + [list(sub) for k in range(1, len(own)) for sub in itertools.combinations(own, k)]:
            try:
                resolved, _ = self.executor.resolve(_with(q, cand))
                if self.executor.count(resolved) == n:
                    found.append(cand)
            except Exception:  # (a probe the executor cannot run is no base)
                continue
        return found[0] if found else None

    def _share_base(self, q: Query) -> list[Condition]:
        """The records a share is of: those the answer before picked (「そのうちAは何％」), or those the words
        before 「のうち」 pick (「R5の評価がついてる実践項目のうち、Aは何％」); else all of the kind."""
        text = nfkc(q.question or "")
        if _WITHIN_BEFORE.match(text) and self.context is not None and self.context.target == q.target:
            # (their conditions as they were: one the follow-up's implies, R5評価 あり under R5 = A, is gone)
            return list(self.context.conditions)
        m = _WITHIN_SAID.search(text)
        if m is None or m.start() == 0:
            return []
        # (the same condition however worded: 「令和11年度、評価がついた」 and 「令和11年度に評価がついた」)
        before = self.parser.parse(text[:m.start()])
        said = {(c.field, c.op, repr(c.value)) for c in before.conditions}
        if q.target and before.conditions:
            # (the question's conditions may come resolved to the kind's fields: 「RPAの導入の実践項目のうち」 is
            # @title:initiative = 15 as said, initiative = 15 as asked)
            before.target = q.target
            said |= {(c.field, c.op, repr(c.value)) for c in self.executor.resolve(before)[0].conditions}
        if any(c.op == "in" and c.field.endswith("_key") for c in q.conditions):
            # (「人材のテーマに含まれる取組項目の実践項目のうち、Aは何％」: the words before のうち read as children of
            # parents (children_of_parents.py) say the parents' keys, as the whole question did)
            within = children_of_parents(self, text[:m.start()])
            if within is not None:
                said |= {(c.field, c.op, repr(c.value)) for c in within.conditions}
        base = [c for c in q.conditions if (c.field, c.op, repr(c.value)) in said]
        return base if len(base) < len(q.conditions) else []

    def _why_empty(self, q: Query) -> str:
        """Which condition removed the last results."""
        kind = kind_label(q.target)
        kept: list[Condition] = []
        for c in q.conditions:
            probe = copy.copy(q)
            probe.conditions = kept + [c]
            if not self.executor.exists(probe):
                if kept:
                    before = self.executor.count(_with(q, kept))
                    return (f"条件に合う{kind}はありません。「{'」「'.join(k.label for k in kept)}」の{before}件が、"
                            f"「{c.label}」で0件になりました。")
                out = f"条件に合う{kind}はありません。「{c.label}」に当てはまる{kind}がありません。"
                if c.op == "evaluated" and is_year_field(c.field) and c.field in self.executor.columns.get(q.target, ()):
                    # (「令和8年度の評価って、もう出てる？」: a year whose column the table prints, every cell blank —
                    # not yet evaluated)
                    out += f"{c.field.upper()}の評価欄は空欄です（未評価）。"
                return out
            kept.append(c)
        return f"条件に合う{kind}はありません。"

    def _suggest(self, q: Query) -> list[str]:
        out: list[str] = []
        for c in q.conditions:
            if c.field == "ended" and self.lexicon.years_with_end:
                out.append("取組終了の年度があるのは " + "・".join(self.lexicon.years_with_end) + " です")
            if c.field == "@dept":
                from rapidfuzz import process

                name = c.value["names"][0] if isinstance(c.value, dict) else str(c.value)
                close = process.extract(name, list(self.lexicon.departments), limit=3)
                out.append("近い部署名: " + "、".join(n for n, score, _ in close))
            if c.field == "text":
                elsewhere = self.executor.passage_search([c.value])[0]
                kinds = Counter(r["key"].split(":")[0] for r in elsewhere)
                if kinds:
                    out.append(f"「{c.value}」は " + "、".join(f"{kind_label(k)}({n}件)" for k, n in kinds.items())
                               + " に出てきます")
        return out or [f"例: {e}" for e in EXAMPLES[:3]]

    def _item_at(self, excerpt: dict, words: list) -> dict | None:
        """The numbered item (a generic document's 「６ 決定事項」) whose own line a passage found first is,
        as a row: the answer names that item, not only its document. A passage of several lines (a PDF's
        page run together) names the one item inside it holding more of the question's words than any other."""
        if not str(excerpt.get("key", "")).startswith("doc:") or "item" not in self.executor.tables:
            return None
        found = self.db.execute("SELECT key, number, title, heading, text, line FROM item WHERE source = ? AND line = ?",
                                [excerpt.get("source"), excerpt.get("line")]).fetchone()
        passage = notation_key(str(excerpt.get("text", "")))
        if found is None or len(notation_key(found[4] or "")) < 0.5 * len(passage):
            inside = [r for r in self.db.execute(
                "SELECT key, number, title, heading, text, line FROM item WHERE source = ? AND line >= ? ORDER BY line",
                [excerpt.get("source"), excerpt.get("line")]).fetchall() if notation_key(r[4] or "") in passage]
            # (the words of the document's title, 施設 of 公共施設再編計画, name the document, not an item)
            title = notation_key(str((self.db.execute("SELECT title FROM documents WHERE source = ?",
                                                      [excerpt.get("source")]).fetchone() or [""])[0]))
            said = [notation_key(str(w)) for w in words if notation_key(str(w)) not in title]
            scored = sorted(((sum(w in notation_key(r[4] or "") for w in said), r) for r in inside), key=lambda x: -x[0])
            if scored and scored[0][0] >= 1 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                found = scored[0][1]
            elif found is None:
                return None
        return {"key": found[0], "source": excerpt.get("source"), "line": found[5], "number": found[1] or "",
                "title": found[2] or "", "heading": found[3] or "", "excerpt": found[4] or ""}

    def _figure_counted_in_text(self, question: str, answer: Answer) -> Answer:
        """「公売物件合同公売事業で、平成16年度の公売では電話加入権を何本公売した？」: 何本 counts things the
        text tells of (records are never counted in 本), so the figure is read from the passages that hold
        the question's words, the record named first among them."""
        counter = next((w for w in answer.unused if _THINGS_NOT_RECORDS.fullmatch(w)), None)
        named = [m.group(1) for u in answer.understood if (m := _RECORD_NAMED.search(str(u.get("label", ""))))]
        before = self._history[-1][1] if self._history else []
        if counter is None and not answer.error and self._counts_within_one(question, answer, before):
            # 「…の進捗状況シートって何が書いてある？」→「R5のふくし総合相談って何件やったん？」: records counted
            # within the one record just shown, by words of its text, are always one: 何件 asks the figure its
            # text prints with those words.
            counter = ""
            named = named or [m.group(1) for c in self._history[-1][0].conditions
                              if (m := _RECORD_NAMED.search(str(c.label or "")))]
        if counter is None or answer.error:
            return answer
        if not named and len(before) == 1 and isinstance(before[0], dict) and before[0].get("title"):
            # (「…の寄附の受領状況を教えて」→「R4年度は何社からいくら？」: of that record, with its words)
            named = [str(before[0]["title"])] + [str(c.value) for c in self._history[-1][0].conditions
                                                 if c.field == "text" and c.op == "match"]
        said = [str(u["value"]) for u in answer.understood if u.get("field") == "text" and u.get("op") == "match"]
        words = said + [w for w in answer.unused if w != counter]
        conds = [Condition("text", "match", w, f"本文に「{w}」を含む") for w in dict.fromkeys(named + words) if w]
        if not conds:
            return answer
        # (ranked by the words of the record too: the follow-up alone says only its year and figure)
        # (「じゃあR5年度は何社？」 after 「…は何社から寄附を受けた？」: the words carried from before, 寄附, rank
        # the passages too, and the follow-up's opening じゃあ is no word of what is asked)
        carried = [w for w in said if w not in named and w not in question]
        read = ("、".join(dict.fromkeys(named + carried)) + "の" + _OPENING_SWITCH.sub("", question)) if named else question
        # (a figure asked again of the one record just answered, 「じゃあR5年度は何社？」: its parts first)
        one = self.context_rows or []
        again = len(one) == 1 and bool(one[0].get("code")) and bool(find_years(question)) \
            and (str(one[0].get("title") or "") in named or counter == "")
        found = self._passage_answer(Query(question=read, target="passage", conditions=conds), read, [], of_record_before=again)
        found.question = question
        if found.value is not None or (found.excerpts and not (answer.status == "search" and answer.excerpts)):
            return found
        return answer  # (a search already showing passages keeps its own: no figure was read here either)

    def _counts_within_one(self, question: str, answer: Answer, before: list) -> bool:
        """A count (何件) asked right after an answer of one record, of that record and words of its text."""
        if (answer.query or {}).get("aggregate") != "count" or answer.status != "exact" or answer.count > 1:
            return False
        if len(before) != 1 or not isinstance(before[0], dict) or not _COUNT_OF_FIGURE.search(nfkc(question)):
            return False
        said = [u for u in answer.understood if u.get("field") == "text" and u.get("op") == "match"]
        field_said = [u for u in answer.understood if u.get("field") not in ("text", "source", "*", "key")
                      and not str(u.get("label", "")).startswith(("前の回答", "実践項目 =", "取組項目 ="))]
        return bool(said) and not field_said

    def _passage_answer(self, q: Query, question: str, notes: list[str], of_record_before: bool = False) -> Answer:
        words = [w for c in q.conditions if c.field == "text" and c.op not in ("not_match", "not_match_any")
                 for w in (str(c.value).split("|") if c.op == "match_any" else [c.value])]
        answer = Answer(question=question, target="passage", notes=notes, status="search",
                        understood=[c.to_dict() for c in q.conditions], query=q.to_dict())
        if not words and "article" in self.executor.tables and any(c.field == "@issue" for c in q.conditions):
            # 「松本市の市民協働ニュースレター Vol.3」: an issue named alone is asked for its articles.
            return self._run(_retargeted(q, "article", q.conditions), question)
        if not words:
            answer.error = "何を探せばよいか分かりませんでした。"
            answer.summary = "探す語が見つかりませんでした。次のような聞き方ができます。"
            answer.suggestions = EXAMPLES
            return answer
        # A question (「…はいつ？」「…は必要？」) gets the passage that answers it first; bare keywords
        # (「数式目印」) are shown where they occur, most words first, in document order.
        asked = bool(_ASKS_WHAT.search(question) or question.rstrip().endswith(("？", "?")) or _ASKS_POLITELY.search(question)
                     or ranker(self.db).need(question).kind or _figure_phrase(question))  # (「…の参加者は」)
        scope = [c.value for c in q.conditions if c.field == "source" and c.op == "in"]
        rows, excerpts, complete = self.executor.passage_search(
            words, question=question if asked else "", sources=scope[0] if scope else None)
        if not complete and asked:  # (the words spread over a record and its yearly entries: the year's entry first)
            excerpts = year_of_excerpt.put_first(self.db, self.executor.columns, [str(r.get("key", "")) for r in rows],
                                                 excerpts, question)
        before = self._documents_before(q, question)
        if before:
            # 「松本市の…ニュースレター Vol.3」→「研修の参加者は何名でした？」: words alone right after an answer
            # about some documents are asked of them, when every word is found there.
            there = self.executor.passage_search(words, question=question if asked else "", sources=before)
            if there[0] and there[2]:
                rows, excerpts, complete = there
                scope = [before]
                notes.append("前の回答と同じ資料から探しました")
        own = self._parts_of_record_before(q, question, words, asked, of_record_before)
        if own:
            # 「企業版ふるさと納税の進捗状況シート」→「令和元年度はいくら寄附があった？」: words alone right after
            # an answer of one record are asked of it first (its parts; the year said, first).
            excerpts = own + [e for e in excerpts if e not in own]
            notes.append("前の回答の記録から探しました")
        if scope:
            # Scoped to a city's documents: their passages that hold a word of the question, the
            # ranker's order kept (it may bring passages from elsewhere, or none of the words).
            # Words that only name those documents (its title) say nothing about which passage.
            titles = notation_key(" ".join(r["title"] or "" for r in self.db.query(
                f"SELECT title FROM documents WHERE source IN ({','.join('?' * len(scope[0]))})", scope[0])))
            telling = [w for w in words if notation_key(w) not in titles]
            inside = [e for e in excerpts if e.get("source") in scope[0]]
            held = [e for e in inside if any(notation_key(w) in notation_key(e.get("text", "")) for w in telling)]
            excerpts = held or inside or excerpts
        excerpts = _year_said_first(question, excerpts, self.db)
        moved = _field_said_first(question, excerpts)
        cell_first = bool(moved) and moved[0] is not excerpts[0]
        excerpts = moved
        if asked and excerpts and (_ASKS_WHY.search(question) or _ASKS_HOW.search(question)) \
                and _ASKED_IN_MINUTES.search(nfkc(excerpts[0].get("text", ""))):
            # 「…が遅れている理由は？」 found as a member's question in minutes: the reply after it answers.
            reply = self._reply_to(excerpts[0])
            if reply is not None:
                excerpts = [reply] + excerpts
        excerpts, rows = _printed_question_first(self.db, question, excerpts, rows)
        if asked and excerpts and excerpts[0].get("field") == "question":
            # 「条例9条の「市」ってなに？」 finds the question of a Q&A first: its answer is what is asked.
            reply = next((e for e in excerpts if e.get("key") == excerpts[0].get("key") and e.get("field") == "answer"), None)
            if reply is not None:
                excerpts = [reply] + [e for e in excerpts if e is not reply]
        excerpts = self._with_following(excerpts, top=1 if asked else 3)
        first_hit = {}
        for ex in excerpts:
            first_hit.setdefault(ex["key"], ex["text"])
        for r in rows:
            r.setdefault("title", r.get("name") or r.get("question") or r.get("topic") or "")
            r["excerpt"] = first_hit.get(r["key"], "")
        item = self._item_at(excerpts[0], words) if asked and excerpts else None
        if item is not None:
            # 「決定事項は何？」 found at 「６ 決定事項」: the numbered item that line opens, in its document's place
            rows = [item] + [r for r in rows if r.get("key") != excerpts[0].get("key")]
        if excerpts and cell_first:  # (the record of the cell the question names is the row shown first)
            rows = sorted(rows, key=lambda r: r.get("key") != excerpts[0].get("key"))
        answer.rows, answer.excerpts, answer.count = rows, excerpts, len(rows)
        answer.columns = ["title", "excerpt"]
        if not rows:
            answer.summary = f"「{'」「'.join(words)}」を含む文書は見つかりませんでした。"
            answer.suggestions = [f"例: {e}" for e in EXAMPLES[:3]]
        else:
            partial = "" if complete else "（すべての語を含むものはなく、最も多くの語を含むもの）"
            years = [w for w in words if _YEAR_WORD.fullmatch(str(w))] if not complete else []
            # (a part of a record of that year, 「self_eval:1-R4」, holds the year though its text does not say it)
            # (a year printed in another notation, 平成27年度 for H27年度, is the year said)
            missing = [y for y in years if not any(notation_key(y) in notation_key(ex.get("text", ""))
                                                   or _of_year(ex, _labels(str(y)))
                                                   or _labels(str(y)) & _labels(str(ex.get("text", ""))) for ex in excerpts)]
            if missing:
                # A year is a stated condition: the passages of other years are no answer (none, said).
                others = [w for w in words if w not in missing]
                answer.status, answer.count, answer.rows = "no_match", 0, []
                answer.summary = (f"{'・'.join(missing)}の「{'」「'.join(others)}」は見つかりませんでした（0件）。"
                                  f"{'・'.join(missing)}を除くと {len(rows)}件の記録に出てきます。")
                return answer
            answer.summary = f"「{'」「'.join(words)}」を含む箇所が{len(rows)}件の記録に見つかりました{partial}。" \
                             + (_best_quote(ranker(self.db).need(question), excerpts[0], self.db) if asked else
                                f"最初の抜粋: {excerpts[0]['source']} {excerpts[0]['line']}行目。")
            # (the best passage and the lines shown after it, of its document)
            shown = [e for e in excerpts[:4] if e.get("source") == excerpts[0].get("source")]
            from assistant.query.named_blocks import of_named_blocks  # (「杉ノ原村の…」: that block's passages only)

            shown = of_named_blocks(self.db, question, shown) if isinstance(question, str) else shown
            figure = (self._flow_figure(question, shown) or revised_stated(question, shown) or _labelled_figure(question, shown)
                      or _figure_before_verb(question, shown)
                      or _figure_near_label(question, shown) or total_stated(question, shown)
                      or _day_after_label(question, shown)
                      or issue_stated(question, shown)
                      or times_listed(question, shown) or fall_stated(question, shown)
                      or figure_of_year(question, shown)
                      or rows_holding(question, words, [self._as_printed(e) for e in shown[:1]])
                      or self._entries_under_heading(question, words, shown)) if asked else None
            decided = self._decided_under_item(question, shown) if asked and figure is None else None
            if decided is not None:
                # 「…の議題では何が決まった」: the lines under the item's 「■決定事項」, shown first (still a search)
                item, word, lines, first = decided
                answer.summary = f"「{item}」の{word}：「{'」「'.join(lines)}」。" + answer.summary
                answer.excerpts.insert(0, {"key": shown[0].get("key"), "source": shown[0].get("source"), "line": first,
                                           "text": "".join(lines), "field": "text", "highlights": []})
                # (the verb asking it is used by it)
                self._words_taken += re.findall(r"決(?:ま|め)[ぁ-ん]*|決定[一-龥ぁ-ん]*", nfkc(question))
                answer.unused = [w for w in answer.unused if not re.match(r"決(?:ま|め|定)", str(w))]
            verb = _FIGURE_VERB_ASKED.search(nfkc(question))
            phrase = verb.group(0) if verb else _figure_phrase(question)
            phrase = phrase or (year_figure_said.asked(question) if figure is not None else "")  # (「R4までは何件分」)
            if figure is None and not phrase and self._figure_asked and _ANOTHER_ONE.search(nfkc(question)):
                # 「運用コスト何％削減見込み？」→「群馬の6町村のほうは？」「H26は？」: the same figure, of what is said now
                again = f"{question} {self._figure_asked}"
                figure = _figure_near_label(again, shown) or _figure_before_verb(again, shown)
                phrase = self._figure_asked if figure is not None else ""
                if figure is not None:  # (a year said now is what the figure was read under: used)
                    said = {_date_key(m.group(0)) for m in _ENTRY_DATE.finditer(nfkc(question))}
                    answer.unused = [w for w in answer.unused if _date_key(w) not in said]
            self._figure_asked = phrase if figure is not None else ""
            self._figure_value = figure[0] if figure is not None else None
            self._figure_excerpt = figure[2] if figure is not None else None
            if figure is not None:
                # 「研修の参加者は何人？」 where the best passage prints 「参加者 ： 19 名」: that figure, read from
                # the passage (no record's field holds it, so the answer stays a search: to be checked there).
                answer.value = figure[0]
                answer.summary = figure_sentence(figure) + answer.summary
                if isinstance(figure[0], int) and _THINGS_COUNTED.search(nfkc(question)):
                    answer.count = figure[0]  # (「公募の委員は何人？」: how many is the figure, not the passages)
        return answer

    def _flow_figure(self, question: str, excerpts: list[dict]):
        """The figure of a movement asked (「倉敷から岡山へ何人」), remembered for 「逆に…は？」."""
        flow = flow_asked(question)
        figure = flow_stated(flow, excerpts)
        if figure is not None:
            self._figure_flow = flow
        return figure

    def _parts_of_record_before(self, q: Query, question: str, words: list, asked: bool, of_record: bool = False) -> list[dict]:
        """The passages of the one record the previous answer gave, and of its parts (keys 「sheet:N1」,
        「self_eval:N1-R1」), that hold a word of this follow-up of words only; those of a year the
        question says first. Empty when the previous answer was not one record. (`of_record`: the
        follow-up is known to ask of that record, as a figure asked again of another year is.)"""
        rows = self.context_rows or []
        if len(rows) != 1 or not (of_record or self._documents_before(q, question)) or not rows[0].get("code") or not rows[0].get("source"):
            return []
        code, source = str(rows[0]["code"]), str(rows[0]["source"])
        family = compiled(r"^[a-z_]+:" + re.escape(code) + r"(?:-[^@]*)?(?:@|$)")
        found = self.executor.passage_search(words, question=question if asked else "", sources=[source])[1]
        own = [e for e in found if e.get("source") == source and family.match(str(e.get("key", "")))]
        years = [fy_label(y.fiscal_year) for y in find_years(question)]
        if of_record and years and rows[0].get("key"):
            # (the record's parts dated the year said, 「sheet_entry:2-9」 of R5, that hold a word: ranked over the
            # whole index they may fall behind other passages; they are this record's, of that year)
            kind = str(rows[0]["key"]).partition(":")[0]
            dated = [e for e in self.executor.excerpts(kind, [str(rows[0]["key"])], words, [kind] + WIDER_SCOPE.get(kind, []))
                     if _year_field(self.db, e) in years]
            own = dated + [e for e in own if not any(e.get("key") == d.get("key") and e.get("line") == d.get("line") for d in dated)]
        own.sort(key=lambda e: not any(str(e.get("key", "")).split("@")[0].endswith(f"-{y}") for y in years)
                 and not (of_record and _year_field(self.db, e) in years))
        return own

    def _documents_before(self, q: Query, question: str) -> list[str]:
        """The documents the previous answer was scoped to, when this question names neither a place,
        a document nor a kind of record of its own (a follow-up of words only)."""
        if self.context is None or any(c.field != "text" for c in q.conditions) or _KIND_WORD.search(question) \
                or place_names(question):
            return []
        return sorted({str(s) for c in self.context.conditions if c.field == "source" and c.op == "in"
                       for s in (c.value or [])})

    def _conflicts_answer(self, q: Query, question: str) -> Answer:
        rows = conflict_rows(self.db)
        codes = {str(c.value) for c in q.conditions if c.field == "code"}
        if codes:
            rows = [r for r in rows if r["record"].split(":")[-1] in codes]
        return Answer(question=question, target="conflicts", rows=rows, count=len(rows),
                      columns=["record", "field", "chosen", "values"],
                      understood=[c.to_dict() for c in q.conditions],
                      summary=f"資料の間の食い違いは {len(rows)}件です。")


def _belongs(executor: Executor, key: str, target: str, rows: list[dict]) -> bool:
    """Whether a passage found by ranking may be shown beside an answer listing `rows` of `target`:
    passages of other kinds may, those of the target kind or of its parts and parents only when
    they belong to a listed record."""
    kind = key.split(":", 1)[0]
    shown = {r["key"] for r in rows}
    if kind == target:
        return key in shown
    if (target, kind) in LINKS:  # a part of a record (a practice item's progress sheet)
        return executor._linked_key(target, kind, LINKS[target, kind], key) in shown
    if (kind, target) in LINKS:  # the record a listed one belongs to (a comment's initiative)
        code = key.split(":", 1)[1]
        return any(str(r.get(LINKS[kind, target], "")) == code for r in rows)
    return True


# Kinds whose records a question names by number (実践項目N23, 取組項目22), and 「その…」 said of one.
_NAMED_BY_CODE = {"実践項目": "practice", "取組項目": "initiative"}
_NOT_LINKS = {"key", "code", "source", "line", "end_line", "title", "text", "no", "page", "places"}
_THAT_KIND = compiled(r"その(" + "|".join(_NAMED_BY_CODE) + r")")
# Records that are themselves statements (a member's comment, an answer): listed, they answer 「どんな…」.
_STATEMENT_KINDS = {"comment", "qa", "article"}
_FIGURES = ("money", "number", "date", "start", "period", "municipalities", "change")


def _without_kind_words(question: str, q: Query) -> str:
    """「実践項目28の進捗状況シートで施設を廃止したのはいつ？」: the words naming the asked kind and the
    record named by its number say which records, not what to read in them; ranked passages that
    merely repeat them (a contents line 「令和6年度進捗状況シート」) would come first."""
    kinds = {q.target} | {c.field for c in q.conditions if c.op in ("=", "~=")}
    for word, kind in KIND_WORDS:
        if kind in kinds and word in question:
            question = question.replace(word, " ")
    return question


def _said_year_first(executor: Executor, question: str, ranked: list[dict], target: str, rows: list[dict]) -> list[dict]:
    """「動物火葬場の件、令和7年度はどうする」: the named record's own passage that speaks of the year
    said (「令和7年度も経過措置を実施する」) is read first when the best one does not."""
    years = find_years(question)
    if not years:
        return ranked
    forms = {f for y in years for f in (y.label, y.label[0] + " " + y.label[1:], {"R": "令和", "H": "平成"}.get(y.label[0], "")
                                          + y.label[1:] + "年度") if f}

    def says(ex: dict) -> bool:
        return any(f in nfkc(str(ex.get("text", ""))) for f in forms)

    if says(ranked[0]):
        return ranked
    shown = {r["key"] for r in rows}
    for i, ex in enumerate(ranked[1:8], start=1):
        if _own_passage(executor, ex, target, shown) and says(ex):
            return [ex] + ranked[:i] + ranked[i + 1:]
    return ranked


def _own_passage(executor: Executor, ex: dict, target: str, shown: set[str]) -> bool:
    """A passage of one of the records shown, or of a part of one (its sheet, its entries)."""
    kind = ex["key"].split(":", 1)[0]
    return ex["key"] in shown or ((target, kind) in LINKS
                                  and executor._linked_key(target, kind, LINKS[target, kind], ex["key"]) in shown)


def _figure_first(executor: Executor, need, ranked: list[dict], target: str, rows: list[dict]) -> list[dict]:
    """「（named record）で結局いくら集まった？」: when the best passage holds no figure of the kind asked,
    the named record's own passage that does (「820万円の寄附を獲得した」) is read first."""
    from assistant.query.rank import kind_score

    if kind_score(need, str(ranked[0].get("text", ""))) >= 0.6:  # (a month said is a date enough)
        return ranked
    shown = {r["key"] for r in rows}
    best, at = 0.0, 0
    for i, ex in enumerate(ranked[1:8], start=1):
        score = kind_score(need, str(ex.get("text", ""))) if _own_passage(executor, ex, target, shown) else 0.0
        if score >= 0.6 and score > best:  # (the named record's passage with the figure most like the one asked)
            best, at = score, i
    return [ranked[at]] + ranked[:at] + ranked[at + 1:] if at else ranked


# 「参加者は何人でしたか」: a label of the question, asked by how many of a unit.
# 「参加者は何人」「参加者何人」「関係各課って今いくつ」: a label, then a count asked (in a unit, or いくつ).
_FIGURE_ASKED = compiled(r"([一-龥ァ-ヶー]{2,8}?)(?:[（(][一-龥ァ-ヶー]{1,6}[）)])?(?:の数|数)?(?:は|って|が)?\s*(?:今|いま|現在|全部で|ぜんぶで|合計で|合わせて)?\s*"
                         r"(?:何(人|名|回|件|か所|箇所|団体|点|課|校|社|園|館)|(いくつ))")
# 「何名参加した」: the count before a verb; the passage labels it with the verb's noun (参加者, 参加人数).
_FIGURE_BY_VERB = compiled(r"何(?P<unit>人|名)\s*(?:が|で|くらい|ぐらい|ほど)?\s*(?P<verb>[一-龥]{2,4})(?:した|しました|している|してた|する|された)")
# 「参加したのは何人」: the same, the verb said first.
_FIGURE_AFTER_VERB = compiled(r"(?P<verb>[一-龥]{2,4})(?:した|しました|している|してた|された)(?:の|人|方)(?:は|って|が)?\s*"
                              r"(?:全部で|合計で|合わせて)?\s*何(?P<unit>人|名)")
# 「満足度は？」: a label alone, asked of the passage found (its figure, in whatever unit it is printed).
_LABEL_ALONE = compiled(r"(?:^(?:じゃあ|では|それで|あと)?[、,]?\s*|(?<=の))([一-龥ァ-ヶー]{2,8})(?:は|って)\s*(?:どう|どれくらい|どのくらい|いくつ)?"
                        r"(?:だった|でした|ですか)?[?？。]?\s*$")
_FIGURE_UNITS = {"人": "人|名", "名": "人|名", "か所": "か所|箇所|カ所", "箇所": "か所|箇所|カ所"}
# The counters a passage may print after a figure asked with いくつ.
_ANY_COUNTER = r"人|名|回|件|か所|箇所|カ所|団体|点|課|校|社|園|館|所|個|本|台"


def _labelled_figure(question: str, excerpts: list[dict], earlier: str = "") -> tuple[int | float, str, dict] | None:
    """The figure a record's text prints under the label asked (「参加者：24名」 for 「参加者は何人」, 「関係各課
    （３８課）」 for 「関係各課はいくつ」), when its excerpts print exactly one such figure; None otherwise.
    A label followed by figures under names (「予算執行額が、倉敷市:316千円,岡山市:24千円」) gives the one under the
    name the question says, or else the question before it (「倉敷市はもともと…」→「で、実際の予算執行額は？」)."""
    text = nfkc(question)
    named = _named_after_label(text, excerpts, nfkc(earlier))
    if named is not None:
        return named
    asked, by_verb = _FIGURE_ASKED.search(text), _FIGURE_BY_VERB.search(text)
    labels, unit = [], ""
    if asked:
        labels, unit = [asked.group(1)], asked.group(2) or ""
        # (「ワーキングチーム研修参加者何人」, the particles dropped: the people counted end the run, 参加者)
        doer = re.search(r"(?<=[一-龥ァ-ヶー])[一-龥]{2}者$", asked.group(1))
        if doer:
            labels.append(doer.group(0))
    if by_verb or (by_verb := _FIGURE_AFTER_VERB.search(text)):
        # (「ワーキングチーム研修って何人参加した」: the label before 何人 is the event's, 「研修」, not the
        # counted people's; the passage labels them with the verb's noun, 「参加者 ： 19 名」)
        unit, verb = unit or by_verb.group("unit"), by_verb.group("verb")
        labels += [verb + "者", verb + "人数", verb + "数"]
    if not labels and (alone := _LABEL_ALONE.search(text)):
        labels, unit = [alone.group(1)], ""
    if not labels:
        return None
    units = _FIGURE_UNITS.get(unit, re.escape(unit)) if unit else _ANY_COUNTER
    number = r"(\d[\d,]*(?:\.\d+)?)\s*(" + units + ")"
    for label in labels:
        # 「参加者 ： 19 名」「満足度（平均） ： 85点」 or 「関係各課（38課）」
        # 「参加者 ： 19 名」「関係各課（38課）」, or a breakdown's 「(男性20名、女性17名)」: the label as a word
        # of its own right before its figure
        printed = compiled(re.escape(label) + r"(?:数)?\s*(?:[（(][^）)]{0,10}[）)])?\s*[:：]\s*" + number
                           + "|" + re.escape(label) + r"\s*[（(]\s*" + number + r"\s*[）)]"
                           + r"|(?<=[（(、,・\s])" + re.escape(label) + r"\s*" + number)
        found = {}
        for e in excerpts:
            for m in printed.finditer(nfkc(str(e.get("text", "")))):
                figure, said = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
                found.setdefault((figure, said), e)
        if len(found) == 1:
            (figure, said), excerpt = next(iter(found.items()))
            value = float(figure.replace(",", ""))
            return (int(value) if value.is_integer() else value), f"{label}は {figure}{said}", excerpt
        if found:
            return None  # two figures under the label: which one is meant is not said
    return None


# 「予算執行額は何千円」: a label and the unit of its figure asked.
_LABEL_AMOUNT_ASKED = compiled(r"(?P<label>[一-龥ァ-ヶー]{2,10}?)\s*(?:は|って|が)?\s*(?:何\s*(?P<unit>千円|万円|億円|円|人|名|件)|いくら)")


def _named_after_label(text: str, excerpts: list[dict], earlier: str) -> tuple[int | float, str, dict] | None:
    asked = _LABEL_AMOUNT_ASKED.search(text)
    if asked is None:
        return None
    label, unit = asked.group("label"), asked.group("unit") or "円"
    units = "千円|万円|億円|円" if unit.endswith("円") else _FIGURE_UNITS.get(unit, re.escape(unit))
    pair = r"(?P<name>[^\s\d、,，。:：()（）・]{1,10})\s*[:：]\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>" + units + r")"
    run = compiled(re.escape(label) + r"[^。:：\d]{0,12}?((?:" + pair.replace("?P<", "?:(?#").replace(">", ")") + r"\s*[,，、]?\s*){2,})")
    for e in excerpts:
        body = nfkc(str(e.get("text") or ""))
        m = run.search(body)
        if m is None:
            continue
        figures = {p.group("name"): (p.group("n"), p.group("u")) for p in compiled(pair).finditer(m.group(1))}
        for said in (text, earlier):
            # (the name as printed first: 「岡山・倉敷の…、倉敷市の」 says 倉敷市, the pair's 岡山 names the record)
            chosen = [n for n in figures if n in said] or [n for n in figures if re.sub(r"[市町村区]$", "", n) in said]
            if len(chosen) == 1:
                figure, printed = figures[chosen[0]]
                if unit.endswith("円") and printed != unit:
                    return None  # (another unit than the one asked: not converted here)
                value = float(figure.replace(",", ""))
                return (int(value) if value.is_integer() else value), f"{label}は {chosen[0]}:{figure}{printed}", e
            if chosen:
                return None
        return None
    return None


# 「何人参加した」「何件寄せられた」: a figure asked with the verb it counts (its first two kanji: 参加).
_FIGURE_VERB_ASKED = compiled(r"何(人|名|回|件|か所|箇所|団体|市町村|市町|町村|自治体|橋|基|本|台|施設)(?:が|も|ほど|くらい|ぐらい)?\s*([一-龥]{2})")


# 「利益分配金いくら」「電話加入権は何本？」「運用コスト何％削減」: a label, then the quantity asked, in a unit
# (いくら: money; 何％: a share); the passage prints the label with its figure close after it.
# (「財政効果額は全体でいくら」「トータルで」: the whole the label already is)
# (「削減見込みは」: the okurigana み of 見込み, 申込み, printed without it too, 「削減見込は」)
_LABEL_QUANTITY = compiled(r"(?P<label>[一-龥ァ-ヶーA-Za-z]{2,10}?(?:(?<=込)み)?)(?:は|って|が|の|を)?[、,]?\s*(?:今|いま|全部で|ぜんぶで|全体で|トータルで|総額で|(?P<summed>合計で|合計|合わせて))?\s*"
                           # (「延べ何人」: the figure printed after 延べ, 「延べ1,236人」)
                           r"(?P<total>延べ|のべ)?\s*"
                           # (「月何時間」「年間何件」: the period the figure is of, as printed beside it)
                           # (「年額で何千円」: the period said with で)
                           r"(?:(?:月|年|年間|年額|月額|週|1日|一日|1人当たり|一人当たり|1人あたり)\s*(?:で\s*)?)?"
                           # (「印刷単価は1枚何円」: the one thing a price is of, as the text prints 「1枚当たりの印刷単価2.8円」)
                           r"(?:(?:1|一)\s*(?:枚|件|部|冊|個|回|台)\s*(?:当たり|あたり|につき)?\s*)?"
                           r"(?:何(?P<unit>項目|種類|人|名|回|件|か所|箇所|団体|校|社|園|館|本|台|日|市町村|市町|町村|世帯|店舗|施設|時間|手続|点)"
                           r"|(?P<money>いくら|何円|何万円|何億円|何千円)|(?P<share>何[％%]|何パーセント))")
_MONEY_UNITS = r"億\s*\d[\d,]*\s*[千百十]?\s*万円|億円|千万円|百万円|万円|千円|円|億(?![\d０-９])|万"
# The people a label counts (参加者, 人数): 「女性参加者」 is the 女性 of the 参加者.
_PEOPLE_TAIL = compiled(r"(?:参加者|参加人数|出席者|利用者|人数|者数|者)$")
# The question's own words (to tell which of several figures is meant by what is printed before it).
_QUESTION_WORDS = compiled(r"[一-龥ァ-ヶーA-Za-z]{3,}")
# 「H27の開館日数は？」: a quantity noun asked alone (its unit is whatever the passage prints).
# (「事務時間は年間どのくらい」: a span of hours said by its label, 事務時間, and the period it is of)
_QUANTITY_LABEL_ALONE = compiled(r"(?P<label>[一-龥ァ-ヶー]{0,10}(?:日数|人数|件数|回数|時間数|金額|額|率|量|費|料|金|参加者|出席者|利用者"
                                 r"|(?<=[一-龥]{2})時間))(?:は|って)\s*(?:(?:月|年|年間|週)\s*)?"
                                 r"(?:いくつ|いくら|どれくらい|どのくらい)?(?:だった|でした|ですか)?[?？。]?\s*$"
                                 r"(?P<unit>(?!))?(?P<money>(?!))?(?P<share>(?!))?")
# Dates and years a passage writes its entries under (H17.01.19, 平成27年度, H27, 令和5年度, 2023年度).
# 「…ってもう終わってる？」「…は終了した？」: asked, not a condition (a yes/no of the record named).
# (「終了してますか」 asks it without a question mark: a polite ending with か)
_ENDED_ASKED = compiled(r"(?:もう|既に|すでに)?(?:終わって(?:い)?る|終わった|終了して(?:い)?る|終了した|完了して(?:い)?る|完了した|終わり)"
                        r"(?:の|ん)?(?:です|でしょう|ですか)?(?:か|かな|の)?\s*[?？]\s*$"
                        r"|(?:終わって|終了して|完了して)(?:い)?ます(?:か)?\s*[?？]?\s*$|(?:終わり|終了し|完了し)ました(?:か)\s*[?？]?\s*$"
                        # (「…ってまだやってるの？」「今も続いてる？」: asked the other way round, the same answer)
                        r"|(?:まだ|今も|いまも)\s*(?:やって|続いて|継続して|実施して)(?:い)?る(?:の|ん)?(?:です)?(?:か|かな)?\s*[?？]\s*$")


from assistant.query.items_of_parts import name_the_items
from assistant.query.stated_end import stated_end  # noqa: E402


def _ended_asked_of_one(question: str, q: Query, executor=None) -> None:
    """「ガバメントクラウドファンディングってもう終わってる？」: whether one named item has ended is its end
    year asked (R6, or blank: still going on), not a condition that it has ended."""
    named = [c for c in q.conditions if (c.field in ("code", "@no") or c.field.startswith("@title")) and c.op in ("=", "~=")]
    # (「「書かない窓口」の取組、もう終わった？」: a name said in brackets, sought in the text, names the item too)
    named += [c for c in q.conditions if c.field == "text" and c.op == "match" and f"「{c.value}」" in nfkc(question)]
    # (「もう完了してる？」 of a report printing its items' 状況: the word 完了 read as that state, asked the same)
    ended = [c for c in q.conditions if c.field == "ended" and c.op in ("not_empty", "empty")
             or c.field == "state" and c.op == "state_is" and isinstance(c.value, dict) and c.value.get("else") == "ended"]
    words = [c for c in q.conditions if c.field == "text" and c.op == "match"]
    if not named and words and executor is not None and len(ended) == 1 and q.target == "practice" \
            and not q.aggregate and not q.value_field and _ENDED_ASKED.search(nfkc(question)):
        # 「ごみの分別アプリのやつって、まだやってるの？」: words that name one item (its title's) stand for it
        probe = copy.copy(q)
        probe.conditions = [c for c in q.conditions if c is not ended[0]]
        try:
            one = executor.count(executor.resolve(probe)[0]) == 1
        except sqlite3.Error:
            one = False  # (conditions only the full run reads: the words are no name)
        if one:
            named = words[:1]
    if q.target != "practice" or q.aggregate or q.value_field or len(named) != 1 or len(ended) != 1 \
            or not _ENDED_ASKED.search(nfkc(question)):
        return
    q.conditions = [c for c in q.conditions if c is not ended[0]]
    q.value_field = "ended"


_YEAR_ALONE_ASKED = compiled(r"(?:は|って)\s*(?:どう|何|なに|なん)?(?:だった|でした|ですか|なの)?\s*[?？]?\s*$")


def _year_asked_of_one(question: str, q: Query) -> None:
    """「実践項目1のR5は？」: a fiscal year alone, said of one record named, asks its grade that year (whether
    it has one is nothing to ask of one record), as 「それのR5は？」 after it does."""
    named = [c for c in q.conditions if (c.field in ("code", "@no") or c.field.startswith("@title")) and c.op == "="]
    years = [c for c in q.conditions if c.op == "evaluated" and is_year_field(c.field)]
    if len(named) != 1 or len(years) != 1 or len(q.conditions) != 2 or q.aggregate or q.value_field \
            or not _YEAR_ALONE_ASKED.search(_rephrased(nfkc(question))):  # (「評価なんだった」: は left out)
        return
    q.conditions = [named[0]]
    q.value_field = years[0].field


def _counted_of_one_record(question: str, q: Query) -> None:
    """「合同公売事業の電話加入権は何本」: a quantity in a unit that counts no records, asked of one record
    named, is no count of records (that is always 1): said unused, so the answer is never stated as it."""
    from assistant.query.parse import _COUNTED_AS_ITEMS, _COUNTED_IN

    named = [c for c in q.conditions if c.field in ("code", "@no") or c.field.startswith("@title")]
    if q.target not in _COUNTED_AS_ITEMS or q.value_field or q.aggregate not in ("", "count") or not named \
            or any(c.op == "in" and len(c.value or []) > 1 for c in named):
        return
    q.unused += [m.group(0) for m in _COUNTED_IN.finditer(nfkc(question)) if m.group(0) not in q.unused]


def _figure_phrase(question: str) -> str:
    """The label and the quantity a question asks (「運用コスト何％」「利益分配金いくら」), "" when none."""
    m = _LABEL_QUANTITY.search(nfkc(question)) or _QUANTITY_LABEL_ALONE.search(nfkc(question))
    return m.group(0).strip() if m else ""


# 「それいつ決めたの？」「それはいつから？」: when, of what the previous answer read.
_WHEN_OF_IT = compiled(r"^\s*(?:じゃあ|で)?[、,]?\s*(?:それ|これ|その数|そっち)(?:は|って|を)?\s*いつ(?:から|まで|ごろ|頃)?\s*"
                       r"(?P<verb>[一-龥ぁ-ん]{0,6}?)(?:の|ん)?(?:ですか|だっけ|だったっけ|でしたか|なの|か)?\s*[?？。]?\s*$")
_DATE_SAID = compiled(r"(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年(?:度|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
                      r"|(?:19|20)\d{2}\s*年(?:度|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
                      r"|(?<![A-Za-z])[RH]\s*\d{1,2}(?:\.\d{1,2}){1,2}")
_ANOTHER_SAID = compiled(r"^\s*(?:じゃあ|では|で|あと)[、,]?\s*")
# 「そのうち書面は？」「うち女性は何人？」: a part of the figure just given.
# 「…事業の令和4年度の総事業費と、成果指標の利用者登録数の実績は？」: two values asked at once (と then a comma).
_TWO_VALUES = compiled(r"^\s*(?P<a>[^、,。?？]{4,60}?の[^、,。?？の]{1,11}[一-龥ァ-ヶーA-Za-z0-9])と[、,]\s*(?P<b>[^、,。?？]{2,40}?)"
                       r"(?:は|って)\s*(?:いくら|何|いくつ|どれだけ|どのくらい)?\s*(?:ですか|でしょうか|か)?[?？。]?\s*$")
# 「財政効果額の合計と、そのうち企業版ふるさと納税の導入の額は？」: a figure and a part of it, asked at once.
_WHOLE_AND_PART = compiled(r"^\s*(?P<whole>[^\s、,。?？]{2,20}?)(?:の(?:合計|総額|全体|総計|総数))?(?:は)?と[、,]?\s*(?:その|この)?うち[、,]?\s*(?:の)?"
                           r"(?P<part>[^\s、,?？]{2,30}?)(?:の(?:額|金額|分|数|件数|人数|回数))?(?:は|って)?\s*"
                           r"(?:いくら|いくつ|何[^\s?？]{0,3}|どれだけ|どのくらい)?(?:ですか|でしょうか|か)?[?？。]?\s*$")
# 「女性の割合は何％？」「そのうち女性は何割」 after a figure: the share of it a part printed with it makes up.
# (possessive: three runs of white space side by side took seconds per hundred spaces to fail, hours for a page)
_SHARE_OF_PART = compiled(r"^\s*+(?:じゃあ|では|で)?[、,]?\s*+(?:その|この)?(?:うち)?[、,]?\s*+(?:の)?\s*+(?P<w>[^\s、,はが?？の]{1,14}?)"
                          r"(?:の(?:割合|比率|占める割合)(?:は|って)?\s*(?:何\s*(?:[%％]|パーセント|(?P<tenths>割)))?"
                          r"|(?:は|が)\s*何\s*(?:[%％]|パーセント|(?P<tenths2>割)))"
                          r"\s*(?:ですか|でしたか|か)?[?？。]?\s*(?:小数第?\s*\d\s*位まで(?:で)?)?[?？。]?\s*$")
_PART_ASKED = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?:その|この)?うち[、,]?\s*(?:の)?\s*(?P<w>[^\s、,はが?？]{1,14}?)"
                       r"(?:の(?:数|回数|件数|人数|分|方|ほう)|分)?(?:は|が|って)?\s*(?:何[^\s?？]{0,2}|いくつ|いくら|どれだけ|どのくらい)?"
                       r"(?:ですか|でしたか|だった|なの)?[?？。]?\s*$")


# 「群馬の6町村のほうは？」「じゃあ岡山市は？」「H26は？」: the same asked of another.
_ANOTHER_ONE = compiled(r"^\s*(?:じゃあ|では|で|あと)?[、,]?\s*.{1,16}?(?:のほう|の方|側)?(?:は|って)\s*[?？]?\s*$")


# 「150社を超えました」「200人余り」「100件以上」: a figure said as a bound or a round one, never the one asked.
_BOUND_AFTER = compiled(r"\s*(?:を|も)?\s*(?:超え|超|突破|上回|余り|あまり|以上|近く|弱|強|程度|前後)")


_TOOK_PART = compiled(r"出席|参加|回答|来場|来た|出た")


# 「（前回：令和5年度調査（回収率38.6％））」: a bracket giving the figure of an earlier round, beside this one's.
_EARLIER_SAID = compiled(r"前回|前年|昨年|前期|前の(?:調査|年|回)|過去")
_EARLIER_BRACKET = compiled(r"(?:前回|前年度?|昨年度?|前期)")


def _in_earlier_bracket(body: str, at: int) -> bool:
    """Whether the figure at `at` sits inside a bracket that opens with 前回・前年度 (an earlier round's)."""
    depth, k = 0, at - 1
    while k >= 0:
        ch = body[k]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                if _EARLIER_BRACKET.match(body, k + 1):
                    return True
            else:
                depth -= 1
        k -= 1
    return False


# 「評価基準日はいつ？」: a label of a day asked when
_DAY_ASKED = compiled(r"(?P<label>[一-龥ァ-ヶー]{2,10}?(?:日|年月日|期日|時点))(?:は|って)\s*いつ")
_DAY_PRINTED = r"(?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"


def _day_after_label(question: str, excerpts: list[dict]) -> tuple[str, str, dict] | None:
    """「評価基準日はいつ？」 over 「…評価基準日を令和8年3月31日とし…」: the one day the passage prints right
    after the label asked (を・は・：), as printed."""
    asked = _DAY_ASKED.search(nfkc(question))
    if not asked:
        return None
    printed = compiled(re.escape(asked.group("label")) + r"\s*(?:を|は|が|:|：|　)?\s*(" + _DAY_PRINTED + r")")
    found = {}
    for e in excerpts:
        for m in printed.finditer(nfkc(str(e.get("text", "")))):
            found.setdefault(re.sub(r"\s", "", m.group(1)), e)
    if len(found) != 1:
        return None
    day, excerpt = next(iter(found.items()))
    return day, f"{asked.group('label')}は {day}", excerpt


# 「いくらまで減った」「何％まで改善した」「転換後の…」: the figure a change came to, of 「AからBに」 the B
_END_FIGURE_ASKED = compiled(r"(?:何|いくら|いくつ|どれ|どこ)[^\s、。]{0,3}(?:まで|に(?:なっ|減|増|改善|縮減|短縮|下が|上が))"
                             r"|(?:転換|導入|実施|開始|改善|見直し|切替え?|切り替え)後")


def _figure_near_label(question: str, excerpts: list[dict], total_only: bool = False) -> tuple[int | float | str, str, dict] | None:
    """The figure printed right after the label asked (「利益分配金567万円」 for 「利益分配金いくら」), or right
    before it (「15%の運用コスト削減」), in the unit asked. Several such figures: the one under the date or
    year the question says (「H17.01.19 実施 電話加入権34本」「336日(H27)」), or the one right after another
    word of the question (「操作研修会 参加者87名」); else none (which is meant is not said)."""
    text = nfkc(question)
    asked = _LABEL_QUANTITY.search(text) or _QUANTITY_LABEL_ALONE.search(text)
    if not asked:
        return None
    money = bool(asked.group("money"))
    units = (_MONEY_UNITS if money else r"[%％]" if asked.group("share")
             else _FIGURE_UNITS.get(asked.group("unit"), re.escape(asked.group("unit"))) if asked.group("unit")
             else _ANY_COUNTER + r"|日|時間|" + _MONEY_UNITS + r"|[%％]")
    moved = _figure_of_destination(text, units, excerpts)
    if moved is not None:
        return moved
    said = said_dates(text)
    label = asked.group("label")
    if label and (counted := re.search(r"\d+$", text[:asked.start("label")])):
        # (「70歳以上って何人」: the label said with its number is the label whole — 「18歳以上の市民3,000人」 is not it)
        label = counted.group(0) + label
    # (「女性参加者何名」 where the text prints 「参加者37名(男性20名、女性17名)」: the label without the
    # people it counts, when the whole label is printed nowhere)
    labels = [label] + ([label[:-len(m.group(0))]] if (m := _PEOPLE_TAIL.search(label)) and len(label) - len(m.group(0)) >= 2 else [])
    # (「職員提案って何件」 where the text prints 「寄せられた提案は47件」: the compound's last noun, when the whole is printed nowhere)
    labels += [label[-2:]] if re.fullmatch(r"[一-龥]{4,8}", label or "") else []
    labels += ["延べ"] if "total" in asked.groupdict() and asked.group("total") else []
    # (「削減見込み」 printed 「削減見込」: the label without its okurigana)
    labels += [label[:-1]] if label.endswith("込み") else []
    # (「財政効果、合計でいくら」 where the text prints 「財政効果の合計は…」: the total of the label, first)
    if asked.groupdict().get("summed"):
        labels[:0] = [f"{label}の合計", f"{label}合計"]
    if total_only:  # (only the label's total as printed: a figure of the label alone is no sum)
        labels = labels[:2] if asked.groupdict().get("summed") else []
    others = [w for w in _QUESTION_WORDS.findall(text) if w not in label and label not in w and not _ENTRY_DATE.fullmatch(w)]
    for said_label in labels:
        number = r"(\d[\d,]*(?:\.\d+)?)\s*(" + units + r")"
        # (a label on a line of its own, its figure on the next: a table's cells, 「財政効果額\n37億6千万円」)
        # (「削減見込は、年額248,000千円」: the label's は or が and a comma before the figure's own words; not a name
        # with its colon, 「予算執行額が、港市:316千円,山並市:24千円」, whose figures are each that name's)
        printed = compiled(re.escape(said_label) + r"(?:(?:は|が)[、,]\s*(?:[^\d。、,，\n:：]{0,4}?)|[^\d。、,，\n]{0,4}?|[ \t]*\n[ \t]*)" + number
                           + r"|" + number + r"\s*(?:の)?\s*" + re.escape(said_label))
        found: dict[tuple[str, str], dict] = {}
        near: dict[tuple[str, str], dict] = {}
        first: dict[tuple[str, str], dict] = {}  # (those in the best passage's record)
        for e in excerpts:
            body = nfkc(str(e.get("text", "")))
            dates = [(m.start(), _date_key(m.group(0))) for m in _ENTRY_DATE.finditer(body)]
            for m in printed.finditer(body):
                figure = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                among = m.group(1) and re.match(r"\s*中\s*(\d[\d,]*)\s*" + re.escape(m.group(2)), body[m.end():])
                if among and _TOOK_PART.search(text):
                    figure = (among.group(1), m.group(2))  # 「委員7名中6名の出席」: of those, the ones who came
                if m.group(1) and _BOUND_AFTER.match(body, m.end()):
                    continue  # 「150社を超えました」: a bound, not the figure asked
                then = compiled(r"\s*(?:から|より|→)\s*(\d[\d,]*(?:\.\d+)?)\s*(" + units + r")").match(body, m.end()) \
                    if m.group(1) else None
                if then and _END_FIGURE_ASKED.search(text):
                    figure = (then.group(1), then.group(2))  # 「1,850万円から620万円に縮減」 asked 「いくらまで減った」: the end
                if _in_earlier_bracket(body, m.start()) and not _EARLIER_SAID.search(text):
                    continue  # 「回収率41.8％（前回：令和5年度調査（回収率38.6％））」: the last survey's figure, in brackets
                # (its date: in brackets right after it, 「336日(H27)」, else the last one before it)
                after = compiled(r"\s*[(（]\s*(" + _ENTRY_DATE.pattern + r")\s*[)）]").match(body, m.end())
                under = _date_key(after.group(1)) if after else next((d for at, d in reversed(dates) if at < m.start()), "")
                if said and not under_said(under, said):
                    continue
                found.setdefault(figure, e)
                if any(w in body[max(0, m.start() - 20):m.start()] for w in others):
                    near.setdefault(figure, e)
                if excerpts and e.get("key") == excerpts[0].get("key"):
                    first.setdefault(figure, e)
        if not found:
            found = _figure_of_the_one_named(said_label, units, text, excerpts)
        if len(found) > 1 and len(near) == 1:
            found = near
        elif len(found) > 1 and len(first) == 1:
            found = first
        if len(found) == 1:
            (number, unit), excerpt = next(iter(found.items()))
            value = float(number.replace(",", ""))
            in_unit = compiled(r"何\s*(万円|千円|億円|百万円)").search(text)
            if in_unit and re.sub(r"\s", "", unit) == in_unit.group(1):
                # 「合計何万円？」 of 「8,640万円」: the figure in the unit asked (8640)
                return (int(value) if value.is_integer() else value), f"{said_label}は {number}{unit}", excerpt
            if re.fullmatch(r"[%％]", unit) and said_label.endswith("率"):
                # 「回収率は何％」: a rate, whose figure is the number of percent (as a table's 満足度(%) cell is)
                return (int(value) if value.is_integer() else value), f"{said_label}は {number}{unit}", excerpt
            if unit != "円" and re.fullmatch(_MONEY_UNITS + r"|[%％]", unit):
                # (an amount in 万円/千円/億円 or a share is the figure as printed: 567万円 is not 567)
                return f"{number}{unit}", f"{said_label}は {number}{unit}", excerpt
            return (int(value) if value.is_integer() else value), f"{said_label}は {number}{unit}", excerpt
        if found:
            return None
    return None


# 「福祉課に移った職員は何人」: where the people went, said with a verb of moving them (移った, 異動した, 配置された)
_DESTINATION_ASKED = compiled(r"(?P<dest>[一-龥ァ-ヶー]{2,12})\s*(?:に|へ)\s*(?:移っ|移り|異動|配置|配属|移動|回っ|転じ|転出)")


def _figure_of_destination(text: str, units: str, excerpts: list[dict]) -> tuple[int | float, str, dict] | None:
    """The figure printed right after the destination asked (「正規職員６人を、福祉課に３人、子育て支援課に２人…配置転換」
    asked 「福祉課に移った職員は何人」: 3, not the 6 of them all), when the excerpts print it once."""
    asked = _DESTINATION_ASKED.search(text)
    if asked is None:
        return None
    dest = asked.group("dest")
    printed = compiled(re.escape(dest) + r"\s*(?:に|へ)\s*(\d[\d,]*)\s*(" + units + r")")
    found = {(m.group(1), m.group(2)): e for e in excerpts for m in printed.finditer(nfkc(str(e.get("text", ""))))}
    if len(found) != 1:
        return None
    (number, unit), excerpt = next(iter(found.items()))
    value = float(number.replace(",", ""))
    return (int(value) if value.is_integer() else value), f"{dest}に {number}{unit}", excerpt


# 「…事例って載ってる？」「…はある？」: whether there is such a record at all.
_IS_THERE_ASKED = compiled(r"(?:載って|のって|出て|書いて)(?:い)?(?:る|ます)(?:の|ん)?(?:です)?(?:か|かな)?\s*[?？]?\s*$"
                           r"|(?:って|は|が)\s*(?:ある|あります)(?:の|ん)?(?:です)?(?:か|かな)?\s*[?？]\s*$")
# 「…がいちばん高い重点事項は？」: a record of a kind asked for, its last words (not a quantity of it).
_WHICH_RECORD_ASKED = compiled(r"(?:" + "|".join(re.escape(w) for w, _ in KIND_WORDS) + r"|[一-龥]{0,4}(?:項目|事項|事例|事業|施策|取組|方針|方策))\s*(?:は|って)?\s*"
                               r"(?:どれ|どこ|何|なに)?\s*(?:ですか|でしょうか|でしたか|だった|かな)?\s*[?？]?\s*$")
def _own_word_asked(text: str, words) -> bool:
    """「…がいちばん高かった柱はどれですか」: the record asked by the word its document calls it (改革の柱, 柱)."""
    return any(re.search(re.escape(w) + r"\s*(?:は|って)?\s*(?:どれ|どこ|何|なに)?\s*(?:ですか|でしょうか|でしたか|だった|かな)?\s*[?？]?\s*$", text)
               for w in words)


def _spoken_years(question: str, parser) -> str:
    """「ことし」「きょねん」: the last year the reports grade and the one before, said by its number before the
    turn is read (the follow-ups asking a year's value read the number)."""
    from assistant.query.parse import _THIS_YEAR_SPOKEN, _YEAR_BEFORE_SPOKEN, _relative_years

    said = nfkc(question)
    if not (_THIS_YEAR_SPOKEN.search(said) or _YEAR_BEFORE_SPOKEN.search(said)):
        return question
    return _relative_years(said, parser.lex.graded_years, [])


def _asks_which_by_number(question: str) -> bool:
    """「…柱は第いくつ？」: a record asked by its number (grammar/which_number.py), no quantity."""
    from assistant.query.grammar.which_number import asks_which_by_number

    return asks_which_by_number(question)


# 「その中で委員評価が一番高いのは？」: the one that is highest (の is the record), not its figure (値は/何点).
_EXTREME_ONE_ASKED = compiled(r"(?:高|低|大き|小さ)(?:い|かった)の\s*(?:は|って)\s*(?:どれ|どこ)?\s*(?:ですか|でしょうか|でしたか)?\s*[?？]?\s*$")
# (「所管課は全部で何課ある？」: a count by the counter of what is counted, 何課 / 何部署, asks how many, not whether)
_QUANTITY_ASKED = compiled(r"何(?:点|件|人|回|%|％|倍|種類|個|割|課|部署|事業)|いくつ|いくら|どのくらい|どれくらい|どれぐらい|どのぐらい|何点")
_WHICH_ASKED = compiled(r"どの\s*(?P<kind>" + "|".join(re.escape(w) for w, _ in KIND_WORDS) + r"|取組|取り組み)|どれ(?!だけ|くらい|ぐらい|位)")


def _the_one_asked_for(question: object, answer: Answer) -> None:
    """「…委員意見 どの取組のやつ？」 answered by one record: its number (or the number of the record of the
    kind asked that it belongs to: a comment's 取組項目) is the value asked for."""
    m = _WHICH_ASKED.search(nfkc(question)) if isinstance(question, str) else None
    if m is None or answer.value is not None or answer.error or len(answer.rows) != 1 \
            or answer.status not in ("exact", "search"):
        return
    row = answer.rows[0]
    kind = dict(KIND_WORDS + [("取組", "initiative"), ("取り組み", "initiative")]).get(m.group("kind") or "", answer.target)
    value = row.get("code") if kind == answer.target else row.get(kind)
    if value not in (None, ""):
        answer.value = value
        if kind != answer.target:
            answer.summary = f"{m.group('kind')}は {value} です（{row.get('code')} が属する{m.group('kind')}）。" + answer.summary


_YES_NO_ASKED = compiled(r"(?:こと|の|もの|やつ|事例|記録)?\s*(?:って|は|が)?\s*(?:ある|あります|あった|ありました)(?:の|ん)?(?:です)?(?:か|かな)?\s*[?？]\s*$")


_ROUNDING = compiled(r"小数点?(?:以下)?\s*第?\s*(?P<upto>[1-3一二三])\s*位まで(?:で|を|に)?\s*(?:表示|出して)?\s*[（(]?\s*(?P<how3>四捨五入|切り捨て|切捨て|切り上げ|切上げ)?"
                     r"|小数点?(?:以下|第?(?P<place>[1-3一二三])位)(?:を|は|で)?\s*(?P<how>四捨五入|切り捨て|切捨て|切り上げ|切上げ)"
                     r"|整数(?:に|で)?\s*(?P<how2>四捨五入|切り捨て|切捨て|切り上げ|切上げ|丸め)"
                     # 「小数1桁で」: that many digits shown, rounded half up
                     r"|小数(?:点以下)?\s*(?P<digits>[1-3一二三])\s*桁"
                     # 「平均すると何％？小数第1位で。」: that place kept, rounded half up
                     r"|小数点?(?:以下)?\s*第\s*(?P<upto2>[1-3一二三])\s*位\s*で(?!\s*(?:四捨五入|切))"
                     # 「何％になる？（小数第1位）」: the place said alone in brackets is the place kept
                     r"|[（(]\s*小数点?(?:以下)?\s*第\s*(?P<upto3>[1-3一二三])\s*位\s*[)）]")


# 「じゃあいちばん低かったのは？」: only the other extreme asked (Assistant._other_extreme).
_OTHER_END = compiled(r"^\s*(?:じゃあ|じゃ|では|それじゃ|それなら|なら|で)?[、,]?\s*(?:逆に)?[、,]?\s*(?:いちばん|一番|最も|もっとも)\s*"
                      r"(?P<adj>低|少な|小さ|安|短|狭|高|多|大き|長|広)(?:い|かった)\s*(?:の|もの|ところ|とこ)?\s*(?:は|って)?\s*"
                      r"(?:どこ|どれ|何|なに)?\s*(?:ですか|でしょうか|かな|なの)?\s*[？?]?\s*$")
_EXTREME_PAIRS = {"低": "高", "高": "低", "少な": "多", "多": "少な", "小さ": "大き", "大き": "小さ", "短": "長", "長": "短",
                  "狭": "広", "広": "狭", "安": "高"}


def _rounded_as_asked(question, answer: Answer) -> None:
    """「割合は何％？小数点以下四捨五入で」: the figure rounded as the question says (half up, as people
    round), and the summary says so."""
    import math

    m = _ROUNDING.search(nfkc(question)) if isinstance(question, str) else None
    if m is None or not isinstance(answer.value, float) or answer.error:
        return
    place = {"1": 0, "一": 0, "2": 1, "二": 1, "3": 2, "三": 2}.get(m["place"] or "", 0)
    if m["digits"] or m["upto"] or m["upto2"] or m["upto3"]:  # (「小数第1位まで」: one digit kept)
        place = {"1": 1, "一": 1, "2": 2, "二": 2, "3": 3, "三": 3}[m["digits"] or m["upto"] or m["upto2"] or m["upto3"]]
    how = m["how"] or m["how2"] or m["how3"] or "四捨五入"
    scale = 10 ** place
    if how.startswith("切り捨") or how.startswith("切捨"):
        value = math.floor(answer.value * scale) / scale
    elif how.startswith("切り上") or how.startswith("切上"):
        value = math.ceil(answer.value * scale) / scale
    else:
        value = math.floor(answer.value * scale + 0.5) / scale
    value = int(value) if place == 0 else value
    done = "切り捨てると" if how.startswith("切") and "捨" in how else "切り上げると" if how.startswith("切") \
        else "四捨五入すると"
    answer.summary += f"（{'整数' if place == 0 else f'小数第{place}位まで'}に{done} {value}）"
    answer.value = value


# 「その部署の…」「そこの…」「その課で」: the group the answer before named, said again.
_THAT_GROUP = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?P<that>(?:その|この)\s*(?:部署|課|担当課|担当部署|所管課|部局|部会|テーマ|市|団体)|そこ)"
                       r"(?=\s*(?:の|が|で|は|に)(?!うち|中))")
# 「連携事業 = 1「公売物件合同公売事業」」: a record named, as the understood conditions say it.
_RECORD_NAMED = compiled(r"= [^「」\s]+「(.+)」$")
_OPENING_SWITCH = compiled(r"^\s*(?:じゃあ|じゃ|では|それでは|なら|それなら)[、,]?\s*")
# 「何本」「何枚」「何台」: counters of things a text tells of, never of records.
# Spoken words every reader of the question is to see plainly (「なんぼ」 is いくら; 「いくら寄附集まった」 is
# 寄附はいくら集まった; 「結局」 is left: 「結局いくらで売れた」 asks the last row): the phrasings named here rewrite the question before anything reads it.
_SPOKEN = ("dialect_nanbo_counter", "dialect_nanbo", "topic_before_all_told", "how_much_before_the_noun",
           "member_honorific", "member_subject_unmarked",  # (「委員さん何か言ってる」: the members as the raw text is read too)
           # (numbers, eras and code letters read out, a value corrected at once: grammar/spoken.py)
           "kana_decimal", "code_letter_with_kana_number", "kana_number_with_counter", "kana_number_bare", "native_count_bare", "era_in_kana", "code_letter_in_kana", "value_corrected",
           # (「効率性の自己評価は令和3年度で何点」: the year's score, read as 「令和3年度の効率性は」 by every reader)
           "score_then_its_year")


def _spoken_plain(question: str) -> str:
    said = question
    for p in _spoken_phrasings():
        said = p.apply(said)
    return question if said == question else said


_SPOKEN_PHRASINGS: tuple | None = None


def _spoken_phrasings() -> tuple:
    """The phrasings of _SPOKEN, in their order: picked once (the phrasings are the code's own), not out of
    all 740 at every question (a scan of the names at each was about 0.25 ms of every answer)."""
    global _SPOKEN_PHRASINGS
    if _SPOKEN_PHRASINGS is None:
        from assistant.query.grammar.phrasings import PHRASINGS

        _SPOKEN_PHRASINGS = tuple(p for p in PHRASINGS if p.name in _SPOKEN)
    return _SPOKEN_PHRASINGS


# 「何件やった」「何件？」: a number asked (of a figure, within one record).
_COUNT_OF_FIGURE = compiled(r"何\s*(?:件|人|名|回)")
_THINGS_NOT_RECORDS = compiled(r"何\s*(?:本|枚|台|冊|頭|匹|戸|棟|基|隻|両|軒|株|口|着|袋|箱|社)")
# 「何件くらいの質問に」「何回の講座を」: a number of things the text says were done, said before them.
def _whose_opinions_said(question: str, q: Query) -> bool:
    """Whether each word of the question's conditions is said (as written or in its everyday short form, パブコメ) just
    before 「の意見」「で出た意見」「で意見を」: whose opinions they are, not a word of their text."""
    qn = nfkc(question)
    for c in q.conditions:
        word = str(c.value)
        forms = [word] + [word.replace(full, short) for short, full in short_forms.SHORT_FORMS if full in word]
        said = next((f for f in forms if f in qn), None)
        if said is None or not _OPINIONS_OF.search(qn.split(said, 1)[1]):
            return False
    return True


# 「パブコメの意見」「説明会で出た意見」: the word just before names whose opinions they are.
_OPINIONS_OF = compiled(r"^\s*(?:で|に|から)?\s*(?:の|出た|出された|寄せられた|提出された)?\s*意見")
_FIGURE_OF_THINGS = compiled(r"何\s*(?:件|回|人|名|社|団体)\s*(?:くらい|ぐらい|ほど|程度)?\s*の\s*[一-龥ァ-ヶー]{1,8}\s*(?:に|を|が)")
# 「何人」「何件」「いくつ」: a number of things asked (not an amount of money or a score).
_THINGS_COUNTED = compiled(r"何\s*(?:人|名|件|団体|社|市町村|自治体|か所|箇所|回|本|項目|つ)|いくつ")


def _as_typed(words: list[str], typed: str, read: str) -> list[str]:
    """Unused words as the user typed them (とまこまい, not the 苫小牧 it was read as): the one span the
    respelling changed, put back."""
    start = 0
    while start < min(len(typed), len(read)) and typed[start] == read[start]:
        start += 1
    end = 0
    while end < min(len(typed), len(read)) - start and typed[-1 - end] == read[-1 - end]:
        end += 1
    was, now = typed[start:len(typed) - end], read[start:len(read) - end]
    return [w.replace(now, was) if now else w for w in words]


def _rephrased(question: str) -> str:
    """The question as the grammar reads it (「担当に入っている」 → 担当している, glosses taken off)."""
    from assistant.query.grammar.phrasings import rephrase

    return rephrase(question)


def _yes_or_no(question: object, answer: Answer) -> None:
    """「…ってA以外ついたことある？」「…事例って載ってる？」: whether there is one is asked; read from the
    records (exact or none), the answer says yes or no first (the value ある / ない), then what it found."""
    if not isinstance(question, str) or answer.value is not None or answer.error or answer.unused \
            or answer.status not in ("exact", "no_match") or _QUANTITY_ASKED.search(nfkc(question)) \
            or not (_YES_NO_ASKED.search(nfkc(question)) or _IS_THERE_ASKED.search(nfkc(question))):
        return
    if answer.rows and answer.status == "exact":
        answer.value = "ある"
        answer.summary = f"はい、あります（{len(answer.rows)}件）。" + answer.summary
    elif not answer.rows:
        answer.value = "ない"
        answer.summary = "いいえ、ありません。" + answer.summary


def _figure_after_word_said(question: str, shown: dict, value) -> tuple | None:
    """「開館日数 336日(H27)(旧館時297日(H16))」→「旧館のときは？」: the figure in the unit of the one given
    that the passage prints right after the word said now."""
    other = _ANOTHER_SAID.sub("", nfkc(question))
    other = re.sub(r"(?:のとき|の時|のころ|の頃|時代|の場合|のほう|の方|側)?\s*(?:は|って)?\s*[?？]?\s*$", "", other).strip()
    body = nfkc(str(shown.get("text", "")))
    given = f"{value:,}" if isinstance(value, int) and value >= 1000 else str(value)
    unit = compiled(r"(?<![\d,.])" + re.escape(given) + r"\s*(" + _ANY_COUNTER + r"|日|時間|" + _MONEY_UNITS + r"|[%％])").search(body)
    if len(other) < 2 or unit is None:
        return None
    found = {m.group(1) for m in compiled(re.escape(other) + r"[^\d。、,，\n]{0,4}?(\d[\d,]*(?:\.\d+)?)\s*"
                                          + re.escape(unit.group(1))).finditer(body)}
    if len(found) != 1:
        return None
    number = found.pop()
    figure = float(number.replace(",", ""))
    return (int(figure) if figure.is_integer() else figure), f"{other}は {number}{unit.group(1)}", shown


# 「柱⑤の総合評価はR5からR6でどれだけ上がった？」: one record's value, the change from one year to another (NFKC).
_YEAR = r"(?:R|H|令和|平成)\s*(?:\d{1,2}|元)(?:年度)?"
_YEAR_CHANGE = compiled(rf"^(?P<rec>\S+?)(?:は|って)?\s*[、,]?\s*(?P<y1>{_YEAR})\s*(?:から|→|より|と比べて|と(?=\s*(?:R|H|令和|平成)[^で]{{0,6}}で))\s*(?P<y2>{_YEAR})\s*(?:で|に|にかけて|まで)?\s*"
                        # (「令和4年度と比べて令和6年度は何人減った」: the counter of the figure asked)
                        # (「…の稼働率、R4とR6で何ポイント下がった」: the two years joined by と, then で: the same change)
                        r"(?:は)?\s*(?P<how>どれだけ|どのくらい|どれくらい|どんだけ|いくつ|何ポイント|何点|何人|何件|何円|何千円|何万円|いくら)\s*(?P<dir>上が|下が|増え|減っ|伸び|改善)")
# (the words of those asking an amount of money, which each year's figure is then asked as)
_AMOUNT_HOW = ("いくら", "何円", "何千円", "何万円")


# 「柱⑤のR5とR6の総合評価の差は？」: the same, said as the gap between the two years' values (later minus earlier).
_YEAR_GAP = compiled(rf"^(?P<rec>\S+?の)\s*(?P<y1>{_YEAR})\s*(?:と|・|、)\s*(?P<y2>{_YEAR})\s*の\s*(?P<what>[^\sのは]{{1,10}})\s*の\s*差"
                     r"\s*(?:は|って)?\s*(?:いくつ|どれだけ|どのくらい|何)?\s*[？?。]?\s*$")


def _figure_of_the_one_named(label: str, units: str, question: str, excerpts: list[dict]) -> dict:
    """「予算執行額が、倉敷市:316千円,岡山市:24千円」: after the label, a figure for each of several named
    (a city, a group); the one the question names (倉敷 for 倉敷市). Empty when none or several are named."""
    pair = r"([一-龥ァ-ヶー]{1,8})\s*[:：]\s*(\d[\d,]*(?:\.\d+)?)\s*(" + units + r")"
    listed = compiled(re.escape(label) + r"[^\d。\n]{0,6}?((?:" + pair + r"[,，、・\s]*){2,})")
    found: dict[tuple[str, str], dict] = {}
    for e in excerpts:
        for m in listed.finditer(nfkc(str(e.get("text", "")))):
            for name, number, unit in compiled(pair).findall(m.group(1)):
                bare = re.sub(r"(?<=..)[市町村区県]$", "", name)
                if bare in question:
                    found.setdefault((number, unit), e)
    return found


def _figure_before_verb(question: str, excerpts: list[dict]) -> tuple[int | float, str, dict] | None:
    """The figure a sentence prints right before the verb asked (「42人が参加しました」 for 「何人参加した」),
    when the excerpts print exactly one such figure; None otherwise."""
    asked = _FIGURE_VERB_ASKED.search(nfkc(question))
    if asked:
        unit, verb = asked.group(1), asked.group(2)
    else:
        # 「参加者は何人」: the people who 参加 (a label of a doer, …者, is its verb's)
        asked = _FIGURE_ASKED.search(nfkc(question))
        if not asked or not re.search(r"[一-龥]{2}者$", asked.group(1)):
            return None
        unit, verb = asked.group(2), asked.group(1)[-3:-1]
    units = _FIGURE_UNITS.get(unit, re.escape(unit))
    # (「42人が参加」, and the verb's noun first: 「参加22市町村」「点検：道路橋1,076橋」)
    printed = compiled(r"(\d[\d,]*)\s*(" + units + r")(?:が|の方が|も|を超える方が)?\s*" + re.escape(verb)
                       + r"|" + re.escape(verb) + r"(?:[:：]\s*[一-龥ァ-ヶー]{0,4})?\s*(\d[\d,]*)\s*(" + units + r")")
    said_dates = {_date_key(m.group(0)) for m in _ENTRY_DATE.finditer(nfkc(question))}
    found = {}
    for e in excerpts:
        body = nfkc(str(e.get("text", "")))
        dates = [(m.start(), _date_key(m.group(0))) for m in _ENTRY_DATE.finditer(body)]
        for m in printed.finditer(body):
            under = next((d for at, d in reversed(dates) if at < m.start()), "")
            if said_dates and not under_said(under, said_dates):
                continue  # (a figure under another year than the one said)
            found.setdefault((m.group(1) or m.group(3), m.group(2) or m.group(4)), e)
    if len(found) != 1:
        return None
    (number, said), excerpt = next(iter(found.items()))
    value = float(number.replace(",", ""))
    return (int(value) if value.is_integer() else value), f"{number}{said}が{verb}", excerpt


def _best_quote(need, excerpt: dict, db) -> str:
    """The summary's pointer to the first excerpt, quoting its line that best states what was asked
    (a place to read, not a claimed answer: the status stays "search")."""
    where = f"{excerpt['source']} {excerpt['line']}行目"
    if need.kind == "place":
        # 「…見込みなのはどこ？」 answered by a case's line that names no one: the case it is under does.
        case = _case_around(db, excerpt)
        where += f"、「{case}」の事例" if case else ""
    sentence = ranker(db).key_sentence(need, excerpt.get("text", ""))
    return f"最も当てはまりそうな箇所（{where}）: 「{sentence}」。" if sentence else f"最初の抜粋: {where}。"


def _case_around(db, excerpt: dict) -> str:
    """The title of the case study whose lines hold the excerpt's line ("" when none does)."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'case_study'").fetchone():
        return ""
    row = db.execute("SELECT title FROM case_study WHERE source = ? AND line <= ? AND end_line >= ? "
                     "ORDER BY end_line - line LIMIT 1", [excerpt.get("source"), excerpt.get("line"),
                                                           excerpt.get("line")]).fetchone()
    return str(row[0] or "") if row else ""


# 「…をどうしますか」「どのように対応」: what is done is said in prose, not in a table's cells.
# The plan's own period or dates (計画期間, 開催日), which its prose states, not a row's cell.
_ASKS_PERIOD = compiled(r"計画期間|開催日|策定日|公表日|発行日|計画の期間")
_ASKED_IN_MINUTES = compiled(r"(?:伺いたい|お聞きしたい|聞きたい|知りたい|教えてほしい|ですか|ますか|でしょうか|なぜか|のか|"
                             r"ではないか|どうか|いかがか)[。.]?\s*$|[?？]\s*$")
# A speaker's turn in minutes (「事務局：」「市長：」「小野寺委員：」; 「（事務局）…」 bracketed with no colon).
_SPEAKER = compiled(r"^(?:[(（]?[一-龥ァ-ヶー・]{1,12}[)）]?\s*[:：]|[(（][一-龥ァ-ヶー・]{1,12}[)）]\s*\S)")
# The reply joined after a member's turn in one passage (「…してほしい。（事務局）改善計画書に基づき…」).
_JOINED_REPLY = compiled(r"(?<=[。．.])\s*((?:[(（][一-龥ァ-ヶー・]{1,12}[)）]|【[^【】]{0,12}?(?:事務局|課長|部長|局長|市長|町長|村長)[^【】]{0,3}】)\s*\S.*)$")
# A member's opinion opening the turn with the member in brackets (「【委員A】…」): a reply may follow it.
_MEMBER_TURN = compiled(r"^\s*【[^【】]{0,10}?(?:委員|会長|座長)[^【】]{0,3}?】")
# 「何個売れた」「何人参加した」: a quantity in a unit other than records (件, 項目), asked with a verb.
# 「登録者数って…何件」「救急出場件数は何件」: a number the text states of people or events.
_COUNT_STATED = compiled(r"([一-龥ァ-ヶーA-Za-z]{1,12}?(?:者数|件数|人数|回数))(?:って|は|が|も)?[^。？?]{0,16}?何(件|人|名|回|個)")
# 「R6は何回やった？」「何人参加した？」: how many times or people, said with the verb of doing.
_TIMES_DONE = compiled(r"()何(回|人|名)(?:くらい|ぐらい|ほど)?(?:も)?(?:やっ|やり|実施|開催|行っ|行わ|参加|来|集ま|受講|利用)")
_FIELD_WORDS = {w for w, _ in VALUE_FIELDS}
# 「…件数が10件以上だった」: a bound said on the count, before the 何回 that counts what meets it
_BOUND_ON_COUNT = compiled(r"\d[\d,]*(?:\.\d+)?\s*(?:件|人|名|回|個)?\s*(?:以上|以下|未満|超|を超え|を上回|を下回|に満たな)")
_AMOUNT_ASKED = compiled(r"いくら(?:くらい|ぐらい|ほど)?(?:が|を|に|の)?\s*(?:集ま|かか|掛か|使|もら|獲得|寄附|寄付|削減|節減|減|増|売れ|入)()"
                         # 「縮減額(累計)はいくらですか」: an amount word said before it
                         # 「縮減額の累計はいくら」「効果額の合計は」: the amount word qualified after の, as in brackets
                         r"|(?:額|金額|費用|経費)(?:\s*[(（][^()（）]{1,8}[)）]|の(?:累計|合計|総計|総額|見込み?|実績))?"
                         r"\s*(?:は|って|が)\s*(?:いくら|何円)")
# 「いくつに増えた」「どれだけまで減った」: a number the text says a thing rose or fell to.
_CHANGED_TO = compiled(r"(?:いくつ|何件|何個|どれだけ|どれくらい|どのくらい)(?:くらい|ぐらい)?(?:に|まで)\s*(?:増|減|伸|な[っりる])")
_CHANGE_VERB = compiled(r"(?:増|減|伸|な[っりる])")
_CHANGE_STATED = compiled(r"\d[\d,.]*\s*\S{0,3}(?:に|まで)\s*(?:増加|減少|増え|減っ|伸び|拡大|縮小|上昇|低下|な[っり])")
_IN_THE_END = compiled(r"最終的|結局|最後に|トータル|総額")
_QUANTITY_IN_TEXT = compiled(r"何(個|人|名|台|本|枚|冊|か所|箇所|回|円|世帯|団体|社|校|件)(?:くらい|ぐらい|ほど)?(?:が|を|に|の)?\s*"
                             r"(?!ある|あり|いる|い[まる])[ぁ-ん一-龥]"
                             # (「売却額は合計何万円？」: an amount in a unit of its own counts no records)
                             r"|何(万円|千円|億円|百万円)")
# 「事務局はどう答えた？」「回答は？」: the reply to a question just shown.
_ASKS_REPLY = compiled(r"(?:どう|何と|なんと|なんて)(?:答え|回答|返答|応じ|説明)|(?:回答|返答|答え)(?:は|って)\s*[?？]?\s*$")
# Why, or what is to be done: never a cell of a row.
# 「…の柱はいくつある？」「…な柱は？」: the noun the question asks for, right before は/って and how many or which.
_ASKED_NOUN = compiled(r"(?:^|[のなたがでる])(?P<word>[一-龥々ァ-ヶー]{1,6})\s*(?:は|って)\s*"
                       r"(?:いくつ|何件|何個|何本|何つ|どれ|どの|何|なに|ある|あります|[？?。]?\s*$)")
_ASKS_WHY = compiled(r"なぜ|なんで|どうして|何故|理由|今後どう|どうする予定|どうなる予定|どう対応")
# The words of a column that says the why or the what next itself (理由, 市の対応方針, 今後の予定).
_WHY_COLUMN = {"なぜ": "理由", "なんで": "理由", "どうして": "理由", "何故": "理由", "理由": "理由", "今後どう": "今後|方針|予定",
               "どうする予定": "予定|方針", "どうなる予定": "予定|見込|方針|方向性", "どう対応": "対応"}


def _with_named_row(tabled) -> Answer:
    """「中央公園体育館が冬に0人なのはなんで？」 read on a table to no row (no cell says 冬): the one row the
    question names is what a note of the document may explain, so the answer carries it for _row_note."""
    answer, reading = tabled
    if answer.rows or reading is None:
        return answer
    keys = [k for c in reading.conds if c.op == "rows" for k in c.value]
    named = [r for r in reading.table.rows if r["key"] in keys]
    if len(named) != 1:
        return answer
    t, row = reading.table, named[0]
    shown = {"key": row["key"], "source": t.source, "line": row["line"],
             "number": str(row["cells"].get(t.number) or "") if t.number else "",
             "title": str(row["cells"].get(t.name) or "") if t.name else ""}
    return dataclasses.replace(answer, rows=[shown])


def _column_says_why(question: str, answer: Answer) -> bool:
    """「市はどう対応するって言ってる？」 where the row's column 市の対応方針 is asked: the cell answers,
    not a note of the document about the row."""
    m = _ASKS_WHY.search(question)
    words = _WHY_COLUMN.get(m.group(0), "") if m else ""
    asked = [str(c.get("field") or "") for c in answer.understood if c.get("op") == "value"]
    return bool(words) and len(answer.rows) == 1 and any(re.search(words, f) for f in asked)


# 「委員長はだれ？」: a person asked, whom a table of measures does not name.
_ASKS_WHO = compiled(r"誰|だれ|どなた|どの人|氏名|名前は")
_ASKS_HOW = compiled(r"どう(?:する|します|しま|なる|なり|対応|取り組|した|回答|考え)|どのように|どんな(?:対応|方針)")
_OTHER_PLACE = compiled(r"^(?:では|じゃあ|なら|で、)?\s*(\S{1,8}?[市町村県区])(?:では|は|なら|の場合は|だと|も)[？?]?(?:どう)?[？?]?$")
# 「鳥取県の取組状況報告書」: a document of a place, named by the kind of paper it is.
# 「三条市の補助金見直し一覧で」「小田原市の指定管理者評価では」: a document named as where to look.
# (「…の指定管理で福祉施設を一覧で出して」 is how to show the rows asked for, not a document's name: a name
# holds no を, and 一覧で before 出して・見せて・表示 is the request)
_NAMED_DOCUMENT = compiled(r"の([一-龥ァ-ヶーぁ-ねは-ゑん]{2,16}?(一覧|評価|報告書|計画書?|大綱|プラン|会議録|議事録|管理表|評価書|"
                           r"評価結果|だより|通信|白書|方針))(?:で(?!\s*(?:出し|出せ|出す|見せ|表示|示し|示せ|教え|ください|下さい|ほしい|欲しい))"
                           r"|では|によると|によれば|の中で|において|には)")
_DOCUMENT_WORD = compiled(r"の([一-龥ァ-ヶー]{0,10}?(?:報告書|計画書|実施計画|推進計画|大綱|プラン|会議録|議事録|管理表|評価書|評価結果))")
# 「表の○は何を表していますか」: what a mark or word of the document means, said in its prose.
# (「…の評価区分で、Ｃってどういう意味」: what is asked of starts after the comma)
_ASKS_MEANING = compiled(r"([^のはをがにでと「」、,，]{1,8})」?(?:は|って)(?:何|なに)を?(?:表|意味|示)|"
                         r"([^のはをがにでと「」、,，]{1,8})」?(?:は|って)どういう意味")
# A city written in hiragana (くしろ市): read against the names the documents' titles give.
# Letters said by their names in katakana (エーアイ = AI, アールピーエー = RPA).
_LETTER_OF = {"エイチ": "H", "エッチ": "H", "ダブリュー": "W", "エックス": "X", "ジェー": "J", "ジェイ": "J", "キュー": "Q",
              "アール": "R", "ディー": "D", "ティー": "T", "エー": "A", "エイ": "A", "ビー": "B", "シー": "C", "イー": "E",
              "エフ": "F", "ジー": "G", "アイ": "I", "ケー": "K", "ケイ": "K", "エル": "L", "エム": "M", "エヌ": "N",
              "オー": "O", "ピー": "P", "エス": "S", "ユー": "U", "ブイ": "V", "ワイ": "Y", "ゼット": "Z"}
_LETTER_NAME = compiled("|".join(sorted(_LETTER_OF, key=len, reverse=True)))
_LETTER_NAMES_RUN = compiled(r"(?<![ァ-ヶー])(?:" + _LETTER_NAME.pattern + r"){2,}")
_KANA_PLACE = compiled(r"(?<![ぁ-ゖー])([ぁ-ゖー]{3,}?)(市|町|村|県|けん(?=の|で|が|は|に|って|\s|$))")  # (a run from its start: linear in a long one)
_PLACE_SUFFIX = compiled(r"[市町村区郡県府都道]$")
# A place the records name (a member, a mention), not the place whose records they are.
_MEMBER = compiled(r"\s*(?:など|等)?(?:が|を|も|は)?\s*(?:入って|入る|含まれ|含ん|含む|含め|参加|加わ|加盟|構成|関わ|関係|出て|載って|載る|登場|書かれ|記載|触れ|言及)")


# 「合わせて何人」「合計で何件」: several numbers added up is asked, never one number a text states.
_ADDED_UP_ASKED = compiled(r"(?:合わせて|あわせて|合計して|合計で|足すと)\s*何")


def _name_sources(db, word: str) -> list[str]:
    """The documents that mention a name, said in full where the question shortened it."""
    sources = passage_sources(db, word)
    # (a body named only in a document's title, 「西霞広域行政推進協議会 広域連携事業一覧」 over its table)
    sources = sorted(set(sources) | {r[0] for r in db.execute("SELECT source FROM documents WHERE instr(title, ?) > 0",
                                                              [word]).fetchall()}) if word else sources
    for short, forms in ABBREVIATIONS:
        if not sources and short in word:
            sources = sorted({s for form in forms for s in passage_sources(db, word.replace(short, form))})
    return sources


def _printed_question_first(db, question: str, excerpts: list[dict], rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """「…、事業費の上限はありますか」 asked as a document's Q&A prints it (「事業費の上限はありますか？」):
    that question's answer comes first, whatever else holds more of the words."""
    qa = [e for e in excerpts if str(e.get("key", "")).startswith("qa:")]
    if not qa or "qa" not in db.table_names():
        return excerpts, rows
    asked = notation_key(question)
    echoed = []
    for e in qa:
        found = db.execute("SELECT question FROM qa WHERE key = ?", [e.get("record") or e["key"]]).fetchone()
        printed = notation_key(re.sub(r"[?？]+\s*$", "", found[0] or "")) if found else ""
        if len(printed) >= 6 and printed in asked:
            echoed.append(e)
    if not echoed:
        return excerpts, rows
    keys = {e["key"] for e in echoed}
    return (echoed + [e for e in excerpts if e not in echoed],
            sorted(rows, key=lambda r: r.get("key") not in keys))


# 「いくら増えた」「どれだけ減った」「差は」: a change between two years is asked.
# 「…事業はどれですか」「どの事業」: the programs of the indicators found are what is asked.
_PARENT_PROGRAM_ASKED = compiled(r"事業(?:は|が|を)?\s*(?:どれ|どこ|何)|どの(?:事務)?事業|事業を(?:教えて|挙げて|すべて)")
_CHANGE_ASKED = compiled(r"増え|増加|減っ|減り|減少|差|違い|変わ|伸び|比べ|比較")
# 「2023年度予算の総コスト」「令和8年度の予算額」: a year's budget asked, not its settled figure.
_BUDGET_SAID = compiled(r"(?:年度|\d)\s*(?:の)?\s*(?:当初)?予算")


def _year_said(word: str) -> str:
    """令和6年度 → R6 when the word is a fiscal year and nothing else; "" otherwise."""
    from assistant.text.wareki import year_label

    return year_label(word) or "" if re.fullmatch(r"(?:令和|平成)(?:\d{1,2}|元)年度|(?:19|20)\d{2}年度", nfkc(word)) else ""


def _cost_item_named(items, question: str) -> str:
    """The row of a sheet's cost table the question names by its label (運行委託料), the longest; "" if none."""
    if not isinstance(items, dict):
        return ""
    said = nfkc(question).replace(" ", "")

    def spoken(label: str) -> str:
        # 「財源：国県支出金」 is said as 国県支出金: the row's name after its group's
        return re.split(r"[:：]", nfkc(label).replace(" ", ""))[-1]

    named = [label for label in items if len(spoken(label)) >= 2 and spoken(label) in said]
    return max(named, key=lambda label: len(spoken(label))) if named else ""


# 「令和5年度から令和7年度まで」「R5〜R7」: two years said as the ends of a span.
_SPAN_BETWEEN = compiled(r"(?:年度|\d)\s*(?:から|〜|～|-|より)")


def _span_said(q: Query) -> str:
    """「3年間の…の合計」: the number of years the question says a sum is over (grammar sum), or ""."""
    return q.agg_parts[1] if q.aggregate == "sum" and q.agg_parts[:1] == ["years"] and len(q.agg_parts) > 1 else ""


def _sum_over_years(q: Query, answer: Answer, rows: list[dict], label: str) -> bool:
    """「3年間の決算額の合計」: a figure a sheet prints only by year (costs_by_year), summed over every year
    it prints; a span said (「3年間」) is read when it is the number of years summed, else it stays unused.
    False when no row has the figure by year."""
    found: dict[str, list[tuple[str, int | float]]] = {}
    for row in rows:
        by_year = decoded(dict(row), ("costs_by_year",)).get("costs_by_year")
        if isinstance(by_year, dict):
            figures = [(y, v[q.agg_field]) for y, v in by_year.items()
                       if isinstance(v, dict) and isinstance(v.get(q.agg_field), (int, float))]
            if figures:
                found[str(row.get("key"))] = sorted(figures, key=lambda p: label_fiscal_year(p[0]))
    if not found:
        return False
    years = sorted({y for figures in found.values() for y, _ in figures}, key=label_fiscal_year)
    total = sum(v for figures in found.values() for _, v in figures)
    answer.value = int(total) if float(total).is_integer() else round(total, 2)
    span = _span_said(q)
    if span and int(span) != len(years):
        answer.unused.append(f"{span}年間")  # (the years printed are not the span said: not stated as it)
    unit = _unit_printed(rows[0], q.agg_field, q.target) if len({r.get("cost_unit") or "" for r in rows}) == 1 else ""
    printed = "、".join(f"{fy_text(label_fiscal_year(y))} {v:,}" for figures in found.values() for y, v in figures)
    answer.summary = (f"{label}は年度ごとにだけ記載されているため、{fy_text(label_fiscal_year(years[0]))}から"
                      f"{fy_text(label_fiscal_year(years[-1]))}までの{len(years)}年度分（{printed}）を合計すると "
                      f"{answer.value:,}{unit} です。")
    return True


def _by_year_only(row: dict, field: str) -> str:
    """「令和5年度 60,500、令和6年度 77,000」: a figure a sheet prints only by year (costs_by_year), "" when none."""
    by_year = decoded(dict(row), ("costs_by_year",)).get("costs_by_year")
    if not isinstance(by_year, dict):
        return ""
    found = [(y, v[field]) for y, v in by_year.items() if isinstance(v, dict) and v.get(field) is not None]
    return "、".join(f"{fy_text(label_fiscal_year(y))} {v:,}" for y, v in sorted(found, key=lambda p: label_fiscal_year(p[0])))


def _unit_printed(row: dict, field: str, kind: str) -> str:
    """「 千円」: an amount a sheet prints in the unit its cost table states (cost_unit), said with it."""
    unit = row.get("cost_unit")
    if unit and field in money_fields(kind):
        return f" {unit}"
    # (a measure's figure in the unit its record states, 目標値 50.0 ％; a rate in its field's own unit)
    from assistant.kinds.registry import record_kinds
    declared = next((f for f in getattr(record_kinds().get(kind), "fields", ()) if getattr(f, "name", "") == field), None)
    if declared is not None and getattr(declared, "type", "") == "number":
        unit = getattr(declared, "unit", "") or (row.get("unit") if isinstance(row.get("unit"), str) else "")
        return f" {unit}" if unit else ""
    return ""


def _is_place(word: str) -> bool:
    return bool(_PLACE_SUFFIX.search(word)) and word in place_names(word)


def _narrow_across(db, question: str, keys: list[str]) -> Answer | None:
    """The rows before (of several tables) that meet the follow-up, each read on its own table."""
    from assistant.query.tables import answer_from_tables
    from assistant.query.tables.answer import TableContext
    from assistant.query.tables.question import Cond
    from assistant.query.tables.read import read_tables

    parts, unread = [], []
    for t in read_tables(db):
        mine = [k for k in keys if any(r["key"] == k for r in t.rows)]
        if not mine:
            continue
        got = answer_from_tables(db, question, TableContext(t, [Cond(t.name, "rows", mine, f"前の回答の{len(mine)}件")]))
        if got is None:
            unread.append(t.doc_title)  # the follow-up does not read on this table: its rows are left out, said
            continue
        parts.append(got[0])
    if not parts:
        return None
    rows = [r for a in parts for r in a.rows]
    answer = Answer(question=question, target="table_row", rows=rows, count=len(rows),
                    columns=list(dict.fromkeys(c for a in parts for c in a.columns)),
                    understood=[c for a in parts for c in a.understood],
                    status="exact" if all(a.status == "exact" for a in parts) else "partial",
                    unused=sorted({w for a in parts for w in a.unused}),
                    notes=["前の回答の行を資料ごとに絞り込みました", "専用の読み取り規則がない文書の表から答えています"])
    names = "、".join(str(r.get("title") or r["key"]) for r in rows[:6]) + (" ほか" if len(rows) > 6 else "")
    answer.summary = f"前の回答のうち当てはまるものは {len(rows)}件です" + (f"：{names}。" if rows else "。")
    if unread:
        answer.status = "partial"
        answer.caveat = f"「{'」「'.join(unread)}」の行にはこの条件を当てはめられなかったため、含めていません。"
        answer.summary = answer.caveat + answer.summary
    if any(c.get("op") == "count" for c in answer.understood):
        answer.value = len(rows)
    return answer


def _value_of_every_row(answer: Answer) -> bool:
    """A column's value read off several rows of a table that no condition of the question picked."""
    return answer.status == "exact" and answer.value is not None and answer.count > 1 \
        and all(u.get("field") == "source" or u.get("op") == "value" for u in answer.understood)


def _listed_rows(db, answer: Answer):
    """The table context of an answer listing rows of one generic table (「実施期間がR6～R9の記載は
    5件」), so that 「そのうち…」 goes on over them; None otherwise."""
    from assistant.query.tables.answer import TableContext
    from assistant.query.tables.question import Cond
    from assistant.query.tables.read import read_tables

    keys = [r.get("key") for r in answer.rows if r.get("key")]
    if not keys or answer.target not in ("table_row", "item"):
        return None
    for t in read_tables(db):
        held = {r["key"] for r in t.rows}
        if all(k in held for k in keys):
            return TableContext(t, [Cond(t.name, "rows", keys, f"前の回答の{len(keys)}件")],
                                rows=[r for r in t.rows if r["key"] in set(keys)])
    return None


# A title opening with a municipality's name: two to four kanji and 市, 町 or 村 before the plan's or the
# report's name (「白鷺市行政経営改革プラン」, 「南原村 事務事業評価」).
# (a name may hold a kana joint between its kanji: 萩ノ森市, 袖ケ浦市, 鶴ヶ島市)
_OPENING_PLACE = compiled(r"^((?:[一-龥々]|[ノケヶ](?=[一-龥々])){2,5}?[市町村])(?=[一-龥ァ-ヶ\s　]|$)")


def _as_printed_too(value, rows: list[dict], field: str) -> str:
    """An average with the digits the averaged values are printed with beside it (4.26, as the report's own
    table rounds it: 4.3), when those are fewer: a document's summary prints its averages so."""
    printed = [str(r.get(field)) for r in rows if isinstance(r, dict) and r.get(field) not in (None, "")]
    digits = max((len(v.split(".")[1]) if "." in v else 0 for v in printed), default=None)
    if not isinstance(value, float) or digits is None or round(value, digits) == value:
        return str(value)
    shown = round(value, digits) if digits else int(round(value))
    return f"{value}、小数第{digits}位までで {shown}" if digits else f"{value}、整数で {shown}"


def _names_a_record(q: Query) -> bool:
    """Whether a condition names one record (its number, or its title said)."""
    return any(c.op == "=" and (c.field == "code" or c.field.startswith("@title:") or "「" in c.label) for c in q.conditions)


def _unused_places(q: Query, known: tuple[str, ...] = ()) -> list[str]:
    """Municipalities the question names that no condition took up (「盛岡市の実践項目」); `known`: names the
    index's documents open their titles with, said in the question though the dictionary knows no such place."""
    taken = [c for c in q.conditions if not (c.field == "text" and c.op == "match")]
    said = " ".join(f"{c.label} {c.value}" for c in taken) + q.value_part
    titled = [p for p in known if p in q.question]
    # (a piece of a longer name the titles open with is that name: 萩 of 萩ノ森市, split by the dictionary)
    found = [f for f in place_names(q.question) if not any(f != p and f in p for p in titled)]
    found += [p for p in titled if not any(p in f or f in p for f in found)]
    return [p for p in found if p[-1] in "市町村区郡県府都道" and p not in said
            and not any(len(str(c.value)) > 1 and str(c.value) in p for c in taken)]


_VERB_FORM = compiled(r"([一-龥々]+)[ぁ-ん]{0,4}[ただてでるうくすつぬぶむぐ]")
_ASKS_FACT = compiled(r"何|いくら|どれくらい|どのくらい|どれだけ|いつ|誰|どこ|どう|どんな|どのような")
# 「いつ廃止された」「廃止したのはいつ」: the act whose date is asked (a サ変 noun before its verb).
_ACT_ASKED = compiled(r"([一-龥]{2,4})(?:され|し|になっ|となっ)(?:た|ている|てる)")
# A date in running text (R6年3月31日, 令和6年3月, 2024年3月末).
_DATE_IN_TEXT = compiled(r"(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


def _answered_verbs(answer: Answer) -> None:
    """「何名参加した？」: in a question asking a fact, the verb says what is asked; when the first
    excerpt shown holds the verb's stem (参加者87名), that excerpt answers it and the verb is used."""
    if not answer.unused or not answer.excerpts or not _ASKS_FACT.search(answer.question):
        return
    first = str(answer.excerpts[0].get("text", ""))
    kept = []
    for word in answer.unused:
        m = _VERB_FORM.fullmatch(word)
        # A stem of two kanji or more (参加, 削減, 移管): one kanji (増, 減) is found in too many words.
        if m and len(m.group(1)) >= 2 and m.group(1) in first:
            note = f"「{word}」は最初の抜粋（「{m.group(1)}」）で答えています"
            if note not in answer.notes:
                answer.notes.append(note)
            continue
        kept.append(word)
    answer.unused = kept


def _caption_names_rows(caption: str, word: str) -> bool:
    """A table's caption naming its rows by a word (「…及び実施項目に対する意見」「実施項目一覧」): the word then
    before 「に対する」「について」「の一覧」「一覧」 or the caption's end."""
    return bool(word) and re.search(re.escape(word) + r"(?:に対する|について|に関する|の?一覧|$)", nfkc(caption or "")) is not None


def _caption_counts_rows_by(table, word: str) -> bool:
    """A table whose caption says it is per the word (「基本方針別の評価」「基本方針ごとの評価」) and whose numbering
    column is headed by the word or its tail (方針 1…3): its rows are the groups the word names, as a report
    calling its records by the word numbers them, though the table is of another document (a summary's)."""
    number = nfkc(table.number or "")
    return bool(word) and len(number) >= 2 and word.endswith(number) \
        and re.search(re.escape(word) + r"(?:別|ごと)", nfkc(table.caption or "")) is not None


_GENERIC_KINDS = {"item", "table_row", "count_fact"}
# A verb as written (建て替えるべきだ, 配慮した): its stem up to the last kanji.
_VERB_STEM = compiled(r"([一-龥々ァ-ヶー]+(?:[ぁ-ん]{1,2}[一-龥々]+)*)[ぁ-ん]+")


def _in_dedicated(db: IndexReader, word: str) -> bool:
    """Whether a document of a dedicated kind says the word (an office only another city names is not)."""
    from assistant.query.facts import _in_dedicated as said

    return said(db, notation_key(word))


def ranker(db: IndexReader):
    """The fact ranker, imported on first need: structured answers never load it."""
    from assistant.query.rank import ranker as make

    return make(db)


def settle(answer: Answer, unused: list[str]) -> None:
    """Decide the answer's status and put the caveat first: a word that shaped nothing is said
    before the answer, never silently dropped."""
    answer.unused = list(dict.fromkeys(list(unused) + answer.unused))
    _answered_verbs(answer)
    if answer.status == "no_match" or answer.error:
        answer.status = "no_match"
        if answer.caveat and not answer.summary.startswith(answer.caveat):
            answer.summary = answer.caveat + answer.summary
        return
    if answer.unused and answer.status != "search":
        answer.status = "partial"
        if not answer.caveat:
            answer.caveat = f"「{'」「'.join(answer.unused)}」を解釈できなかったため、その条件なしの回答です。"
    elif answer.status == "exact" and not answer.rows and answer.value is None:
        answer.status = "no_match"
    if answer.caveat and not answer.summary.startswith(answer.caveat):
        answer.summary = answer.caveat + answer.summary


def conflict_rows(db: IndexReader) -> list[dict]:
    """The conflicts table as answer rows: each copy's value with where it is printed."""
    import json

    from assistant.conflict_labels import value_text, where_label

    out = []
    for n, r in enumerate(db.query("SELECT * FROM conflicts ORDER BY source, rowid"), 1):
        copies = json.loads(r["values"] or "[]")
        chosen = r["chosen"]
        if isinstance(chosen, str) and chosen.startswith("["):
            chosen = "、".join(json.loads(chosen))
        for c in copies:  # the Japanese name users read beside the stored one scripts rely on
            c["where_label"] = where_label(str(c.get("where") or ""))
        out.append({
            "key": f"conflict:{n}", "record": r["key"], "field": r["field"], "chosen": chosen,
            "values": " / ".join(f"{c['where_label']}: {value_text(c['value'])}（{c['line']}行目）" for c in copies),
            "copies": copies, "note": r["note"], "source": r["source"],
            "line": min((c["line"] for c in copies if c.get("line")), default=0),
        })
    return out


# Two counts compared: (pattern, way). The first side ends with its particle (は/が) or 件数.
_HOW_MANY = r"(?:何件|いくつ|何項目|何個|どれだけ|どのくらい|どれくらい)"
# 「どっちが多い？多い方は何件差？」「…何件多い？」: after which side, how far apart they are.
_HOW_FAR_APART = compiled(r"(?:何件|いくつ|何項目|何個|どれだけ|どのくらい|どれくらい)\s*(?:の)?\s*(?:差|多|少|違)|差は")
_COMPARE = [
    (compiled(r"^(?P<a>.+(?:は|が))[、,]?\s*(?P<b>[^、,。はが]+?)(?:より|と比べて|に比べて|と比較して|と比べると|に比べると)(?:も)?[、,]?\s*"
                # (「R3でA評価の実践項目はR2より何件増えた」: the first side's count over the second's, as 多い)
                + _HOW_MANY + r"(?:多|増え|増加)"), "more"),
    (compiled(r"^(?P<a>.+(?:は|が))[、,]?\s*(?P<b>[^、,。はが]+?)(?:より|と比べて|に比べて|と比較して|と比べると|に比べると)(?:も)?[、,]?\s*"
                + _HOW_MANY + r"(?:少|減っ|減少)"), "less"),
    (compiled(r"^(?P<a>.+(?:は|が))[、,]?\s*(?P<b>[^、,。はが]+?)の\s*(?:何倍|何ばい)"), "ratio"),
    # (「R2でCの実践項目の数と、R3でCの数、差はいくつ？」: a comma after と, and before the 差)
    (compiled(r"^(?P<a>.+?(?:の件数|の数|件数|(?<=[一-龥ァ-ヶー])数))と[、,]?\s*(?P<b>[^、,。]+?(?:の件数|の数|件数|(?<=[一-龥ァ-ヶー])数))(?:の|[、,])?\s*(?:差|違い|開き)"), "diff"),
    (compiled(r"^(?P<a>.+?)と\s*(?P<b>[^、,。]+?)(?:の|[、,]\s*)(?:件数|数)の\s*(?:差|違い|開き)"), "diff"),
    # 「◎の数、令和9年度と令和12年度でいくつ増えた？」: the count of one thing in two years, the change from the first.
    (compiled(r"^(?P<pre>.*?)(?P<what>[^、,。のはが]{1,12})の(?:件数|数)(?:は|が)?[、,]?\s*"
              r"(?P<a>(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:と|から)\s*"
              r"(?P<b>(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:で|にかけて|の間で?)?(?:は)?[、,]?\s*"
              + _HOW_MANY + r"\s*(?P<dir>増|減)"), "change"),
    # 「令和2年度と令和3年度で、A取った実践項目の数ってなんぼ増えたの？」: the two years first, then what is
    # counted in each and the change from the first.
    (compiled(r"^(?P<pre>)(?P<a>(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:と|から)\s*"
              r"(?P<b>(?:令和|平成|[RH])?\s*(?:\d{1,2}|元)\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:で|にかけて|の間で?)(?:は)?[、,]?\s*"
              r"(?P<what>[^、,。]{1,24}?)の(?:項目数|件数|数)\s*(?:って|は|が)?[、,]?\s*"
              r"(?:何件|いくつ|何項目|何個|どれだけ|どのくらい|どれくらい|なんぼ|いくら)\s*(?P<dir>増|減)"), "change"),
    # 「○の項目数は令和9年度と令和12年度でいくつ違う？」: the count of one thing in two years, how far apart.
    (compiled(r"^(?P<pre>.*?)(?P<what>[^、,。のはが]{1,12})の(?:項目数|件数|数)(?:は|が)?[、,]?\s*"
              r"(?P<a>(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*と\s*"
              r"(?P<b>(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:で|の間で?)?(?:は)?[、,]?\s*"
              r"(?:いくつ|何件|何項目|何個|どれだけ|どのくらい|どれくらい)\s*(?:違う|違います|ちがう|違っている|差がある)"), "change_diff"),
    # 「令和4年度と5年度で、A評価の件数の差はいくつ？」: the two years first, then what is counted in each.
    (compiled(r"^(?P<pre>)(?P<a>(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*と\s*"
              r"(?P<b>(?:令和|平成|[RH])?\s*(?:\d{1,2}|元)\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:で|の間で?)(?:は)?[、,]?\s*"
              r"(?P<what>[^、,。]{1,24}?)の(?:項目数|件数|数)の?\s*(?:差|違い|開き)"), "change_diff"),
    # 「R2でAの実践項目とR5でAの実践項目、どっちが多い？」: which side has more (or fewer).
    # (「納税課と総務課、どっちが実践項目が多い」: what is counted said after the two)
    # (「No.12の実践項目、総合評価AとBだとどっちが多い？」: だと, なら as で)
    (compiled(r"^(?P<a>.+?)と\s*(?P<b>[^、,。]+?)[、,]?\s*(?:では|で|だと|なら)?\s*(?:どっち|どちら)(?:の方|のほう)?が\s*"
              r"(?:(?P<what>[^、,。]{1,12}?)(?:の)?(?:件数|数)?(?:が|は))?\s*(?:件数が|数が)?(?P<most>多|少)"), "which"),
]
def _era_of(first: str, second: str) -> str:
    """「令和4年度と5年度」: the second year said without its era is in the first one's."""
    era = re.match(r"\s*(令和|平成|[RH])", first)
    return f"{era[1]}{second.strip()}" if era and re.match(r"\s*(?:\d|元)", second) else second
# 「…で池田町の削減額は？」: a quantity asked of the one record found, which no field holds.
_ASKS_QUANTITY = compiled(r"(?:額|金額|人数|回数|日数|件数|期間|時期|費用|経費|時間|割合|率)(?:は|って)\s*[?？]?\s*$")
_PLACE_ALONE = compiled(r"[一-龥ァ-ヶ]{1,6}(?:市|町|村|県|区)")
_KIND_WORD = compiled("|".join(re.escape(w) for w, _ in sorted(KIND_WORDS, key=lambda t: -len(t[0]))))
_THEN_KIND_WORD = compiled(r"(?:の|で)(?:" + _KIND_WORD.pattern + ")")


def _before_kind_word(word: str, text: str) -> bool:
    """Whether `word` stands in `text` right before の・で and a kind word (「苫小牧の取組項目」): as
    re.search(re.escape(word) + _THEN_KIND_WORD.pattern, text), without compiling a pattern for each word
    (a question's words: re's own cache of 512 turned over and compiled them again and again)."""
    at = text.find(word)
    while at >= 0:
        if _THEN_KIND_WORD.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False
_KIND_TAIL = compiled("の?(?:" + "|".join(re.escape(w) for w, _ in sorted(KIND_WORDS, key=lambda t: -len(t[0]))) + ")$")
# 「それって何件？」「何点？」: a figure asked of what was just answered, nothing else said.
# (「それ、何点だったの？」: the thing pointed at, then a comma)
_ASKS_ITS_FIGURE = compiled(r"^\s*(?:じゃあ|で)?[、,]?\s*(?:(?:それ|それら|そこ|その取組|その項目)?(?:って|は|の)?\s*[、,]?\s*(?:それぞれ)?\s*(?:数は|件数は|点数は)?\s*"
                            # (「それぞれ実践項目はいくつ？」: the kind counted, said after それぞれ)
                            r"(?:(?<=それぞれ)(?:" + "|".join(re.escape(w) for w, _ in KIND_WORDS) + r")(?:の数)?(?:は|が)\s*)?"
                            r"(?:何件|何点|いくつ|何個|何項目)(?:ずつ)?|その\s*(?:点数|数値|値|件数|スコア|点)(?:は|って)?)"
                            r"(?:ある|あります|ですか|だった|でした|だったの|なの|いくつ|何点)?(?:の|か)?(?:\s*[？?。])?\s*$")
# 「その部署が担当している実践項目は何件？」「そこは何件持ってる？」: the size of the group just named.
_ASKS_ITS_SIZE = compiled(r"^\s*(?:じゃあ|で)?[、,]?\s*(?:その|そこ|そこの|そっち|そちら)\s*[一-龥ァ-ヶ]{0,6}?\s*(?:が|の|は|って|で)?\s*"
                          r"(?:単独で|だけで|のみで)?\s*"
                          r"(?:担当して(?:い)?る|持って(?:い)?る|抱えて(?:い)?る|やって(?:い)?る|担って(?:い)?る)?\s*"
                          r"(?:" + "|".join(re.escape(w) for w, _ in KIND_WORDS) + r"|事業|項目|もの)?(?:の数)?(?:は|って)?\s*"
                          r"(?:全部で|ぜんぶで|全部|合わせて|あわせて|全体で|トータルで)?\s*"  # (「そこは全部で何件持ってるの？」)
                          # (「そこ なん件もってる？」: 持って typed in kana)
                          r"(?:何件|いくつ|何個|何項目|件数)(?:は)?\s*(?:[持も]って(?:い)?る|抱えて(?:い)?る|担当して(?:い)?る|ある|あります|でした|だった)?"
                          r"(?:ですか|か|なの|の)?\s*[？?。]?\s*$")
# 「参加した市町村はいくつ」: municipalities counted in a record's text (参加4市町村), not records.
_PLACES_COUNTED = compiled(r"(市町村|市町|町村|自治体|団体)(?:は|の数は|数は)\s*(?:いくつ|何)")
# 「そこが単独で担当している」: the group alone, no other beside it.
_ALONE = compiled(r"単独|だけで|のみで|一つだけ|1つだけ|だけが")
# 「何件？」「何項目？」: the figure asked is a number of records, not a score.
_ASKS_A_NUMBER_OF = compiled(r"何件|いくつ|何個|何項目")
# 「その次に低いのは？」「2番目に高いのは」: the next after the extreme just given.
_NEXT_ASKED = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?:その)?(?:次に|次|２番目に|2番目に|二番目に)(?P<dir>低|高|少|多|下|上)"
                       r"(?:い|く)?(?:の|もの|取組|取組項目|実践項目)?(?:は|って)?\s*(?:どれ|どこ|何|なに)?\s*[?？。]?\s*$")
# 「そのうち」「その中で」: of the records just found; 「…のうち」 after words: of the records they pick.
_COUNTS_COMPARED = tuple(p for p in PHRASINGS if p.name in ("grade_count_years_compared", "grade_count_change",
                                                              "counts_then_difference_asked", "groups_then_count_difference_asked",
                                                              "kind_then_grade_counted", "count_then_years_compared"))
# 「あ、R5じゃなくて2020年度で」「すみません、総務課ではなく財政課でした」: a word of the question before, put right.
_CORRECTION = compiled(r"^\s*(?:あっ?|ああ|えっと|すみません|すいません|失礼|ごめん|ごめんなさい|訂正)?[、,。\s]*"
                       r"(?P<was>[^、,。\s「」]{1,20}?)(?:じゃなくて|ではなくて|じゃなく|ではなく|でなく)[、,\s]*"
                       r"(?P<now>[^、,。\s「」]{1,20}?)\s*(?:で|でした|です|に|にして|の方で|のほうで|で聞きたい|でお願いします?)?"
                       r"\s*[。.!！?？]*$")
_MOST_OF_THE_GROUPS = compiled(r"^\s*(?:じゃあ|では)?[、,]?\s*(?:その|この)\s*(?:中|なか|うち|内訳)\s*(?:で|の中で)?(?:は)?[、,]?\s*"
                               r"(?=(?:件数が|数が)?\s*(?:いちばん|一番|最も|もっとも)\s*(?:件数が|数が)?\s*(?:多|少))")
# 「R2時点の70項目の何割」「全95項目のうち何パーセント」: the records a share is of, said by their number.
_SHARE_OF_SIZE = compiled(r"(?<![\d.])(?P<n>\d+)\s*(?:件|項目|取組|個|事業|つ)\s*(?:の|のうち|の中で|中)\s*(?:で|では)?\s*(?:何|なん)\s*(?:パーセント|[%％]|割)")
_WITHIN_BEFORE = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?:その|この|それらの)?\s*(?:うち|中で|なかで)")
# (「納税課の実践項目で、Aは何％」: the records said before で are those the share is of, as with のうち)
# (「1〜70の実践項目（R2から評価があるもの）で、…何％」: the kind glossed in brackets, then で)
_WITHIN_SAID = compiled(r"(?:のうち|の中で|のなかで)|(?:(?<=項目|事業|事例|意見)|(?<=[)）]))で(?=[、,]?[^、,。]{1,20}?(?:は|が|って)\s*(?:何|なん)\s*(?:%|パーセント|割))")
# 「それどの取組項目？」「それはどれ？」: which records, asked of a figure just answered.
_ASKS_WHICH_ONES = compiled(r"^\s*(?:じゃあ|で)?[、,]?\s*(?:それ|それら)(?:って|は|が)?\s*(?:どの|どれ|何)\s*(?P<kind>[一-龥]{2,6})?"
                            r"(?:ですか|なの|だった|でした)?(?:\s*[？?。])?\s*$")
# 「その年の道路橋は？」「同じ年度は」: the year the question before said.
_THAT_YEAR = compiled(r"(?:その|同じ|おなじ)(?:年度|年)(?!間|数|齢)")
# 「委員評価がいちばん高かった取組項目の実践項目…」: an extreme of one kind, then the kind belonging to it.
_OF_THE_TOP = compiled(r"^\s*(?P<top>[^?？。]+?(?:いちばん|一番|最も|もっとも)\s*(?:高|低|多|少|良|悪|大き|小さ)(?:い|かった)\s*)"
                       r"(?P<parent>" + "|".join(re.escape(w) for w, _ in KIND_WORDS) + r")の\s*(?P<child>"
                       + "|".join(re.escape(w) for w, _ in KIND_WORDS) + r")(?P<rest>.*)$")
_RECORDS_COUNTED = compiled(r"([一-龥ァ-ヶー]{2,})数(?=(?:は|が)?$)")
# The 件/項目/個 a count of records is said with (「A評価件数」), not a thing counted in the documents' text.
_RECORD_COUNTERS = compiled(r"(?:件|項目|個|つ)$")


def _figure_counted(side: str) -> bool:
    """「平成27年度の道路橋の点検数」「参加者数」: a number of something that is no kind of record (点検, 参加者)
    is a figure the documents print, not a count of the records found; comparing the records' counts
    (1 case and 1 case, 「1倍」) would answer another question with confidence."""
    m = _RECORDS_COUNTED.search(side.rstrip("でにはが、, "))
    if m is None:
        m = compiled(r"([一-龥ァ-ヶー]{2,})数$").search(side.rstrip("でにはが、, "))
    if m is None:
        return False
    noun = m.group(1)
    fields = {w for w, _ in VALUE_FIELDS}
    return not (_KIND_TAIL.search(noun) or _RECORD_COUNTERS.search(noun) or f"{noun}数" in fields
                or any(noun.endswith(w) or w.endswith(noun) for w, _ in KIND_WORDS))
_GRADE_WORD_TAIL = compiled(r"(?<=[A-DＡ-Ｄ])(?:の)?(?:評価|判定|ランク)$")
_SIDE_TAIL = compiled(r"(?:の件数|の数|件数|のもの|もの)?(?:は|が)?$")
_VALUE_SHAPES = (compiled(r"(?:令和|平成|[RrHh])\s*(?:元|\d{1,3})(?:年度)?"), compiled(r"(?<![A-Za-z])[A-DＡ-Ｄ](?![A-Za-z])"),
                 compiled(r"\d+(?:\.\d+)?\s*(?:点|件)?\s*(?:以上|以下|未満|超|を超える|より(?:上|下|多い|少ない|高い|低い))"
                          r"|\d+(?:\.\d+)?\s*点"))


def _side_label(side: str) -> str:
    return re.sub(r"(?:は|が)$", "", side.strip(" 、,")) or side


def _said_as_mentioned(question: str, word: str) -> bool:
    """Whether the question says the word is mentioned (「ふるさと納税に触れてる」「町内会について書かれた」)."""
    at = nfkc(question).find(nfkc(word))
    if at < 0:
        return False
    after = nfkc(question)[at + len(nfkc(word)):at + len(nfkc(word)) + 8]
    return bool(compiled(r"^\s*(?:に|が|を|について|のことに|のことが)?\s*(?:" + _MENTIONED.pattern + ")").match(after))


def _elliptic(side_a: str, side_b: str) -> str:
    """「取組終了がR4の件数はR3より」: a second side that is only a year or a grade stands for the first
    side with that value in place of the first side's."""
    core = _KIND_TAIL.sub("", _SIDE_TAIL.sub("", side_b.strip())).rstrip("の").removesuffix("のもの").removesuffix("の")
    if _PLACE_ALONE.fullmatch(core):  # 「苫小牧市と江別市の実践項目の数の差」: another place, the rest the same
        first = _PLACE_ALONE.match(side_a.strip())
        if first and side_a.strip()[first.end():]:
            return core + side_a.strip()[first.end():]
    # (「R4のA評価とB評価」: 「B評価」 is the grade B of the first side's year)
    core = _GRADE_WORD_TAIL.sub("", core) or core
    for shape in _VALUE_SHAPES:
        if shape.fullmatch(core):
            found = list(shape.finditer(side_a))
            if found:
                last = found[-1]
                return side_a[:last.start()] + core + side_a[last.end():]
    return side_b


# A question saying that every word must be there.
_YEAR_WORD = compiled(r"\s*(?:(?:令和|平成|[RrHh])\s*(?:元|\d{1,3})\s*(?:年度|年)?|(?:19|20|21)\d{2}\s*年度?)\s*")
# Verbs saying a text mentions a word (「…に触れた」「…が書かれている」).
_MENTIONED = compiled(r"触れ|ふれ|言及|記載|記述|書かれ|書いて|書いた|出てく|出てき|出てい|登場|含む|含ん|含まれ|関する|関係する|関連する|関わる|かかわる"
                      r"|扱って|扱う|扱った|取り上げ|取りあげ"
                      r"|(?:委員|審議会|委員会)?(?:が|から|の)?(?:意見|指摘|コメント)(?:して|し|が|を|した|された)")
_ALL_OF = compiled(r"両方|どちらも|ともに|双方|いずれも|(?:すべて|全て|全部)(?:を|が)?(?:含|入|出て|書)")

# A question asking for a fact (何 / どの / どんな / いつ / 誰 / どこ / どれくらい / いくら / なぜ / どう).
# (the asking words typed in kana too, as quick typists do: なにを指す, だれ)
_ASKS_WHAT = compiled(r"何|なに|どの|どんな|いつ|誰|だれ|どこ|どれ|いくら|なぜ|どう|とは")


def _which_of_quoted(question: str, q) -> bool:
    """Whether the question asks only which records (どれ) print words it quotes, every condition being such words."""
    asked = _ASKS_WHAT.findall(question)
    texts = [c for c in q.conditions if c.field == "text" and c.op == "match"]
    return bool(asked) and all(a == "どれ" for a in asked) and bool(texts) and len(texts) == len(q.conditions) \
        and all(re.search("[「『]" + re.escape(str(c.value)) + "[」』]", question) for c in texts)
# 「…が必要ですか」: a polite question needs no question mark.
_ASKS_POLITELY = compiled(r"(?:です|ます|でしょう|ません|ました|でした)か[。．.\s]*$")


_AGG_JA = {"avg": "平均", "sum": "合計", "max": "最高", "min": "最低", "count": "件数"}


# The word a plan's name ends with, and an edition's ordinal in it (第3次, 第二次).
_PLAN_END = compiled(r"(プラン|大綱|計画|指針|方針|ビジョン|戦略)$")
_ORDINAL = compiled(r"第\s*([0-9０-９一二三四五六七八九十]+)\s*(?:次|期)")


def _named_groups_difference(question: str, q: Query) -> None:
    """「公共施設マネジメントの推進と行政事務の民間委託で、合計の平均はどれくらい差がある」: two records
    named (their children the groups), one aggregate each, and their difference."""
    named = [c for c in q.conditions if c.op == "in" and isinstance(c.value, list) and len(c.value) == 2
             and c.field in ("initiative", "@title:initiative")]
    if len(named) != 1 or q.aggregate not in ("avg", "sum") or not q.agg_field \
            or not compiled(r"差|違い|開き").search(question):
        return
    c = named[0]
    first, second = (str(v) for v in c.value)
    q.conditions = [Condition(c.field, "=", first, c.label.split("・")[0]) if x is c else x for x in q.conditions]
    q.agg_parts = [q.aggregate, first, second, "diff"]
    q.aggregate = "groups_diff"
    q.unused = [w for w in q.unused if w not in ("差", "違い", "開き")]


def _swapped(c: Condition, first: str, second: str) -> Condition:
    """The condition of the second group: the first value replaced by the second (a grade, or the
    one department named, as the executor holds it)."""
    if c.op == "has" and c.field == "themes" and c.value == first:  # a theme, one of the record's list
        return Condition(c.field, c.op, second, c.label.replace(first, second))
    if c.label == first and c.field == "code" and c.op in ("added", "prefix"):  # (a group and its opposite)
        from assistant.query.grammar import INVERT

        return Condition(c.field, INVERT[c.op], c.value, second)
    if c.op == "chair_sole" and c.value == first:  # 「部会長が岡山市である事業と倉敷市である事業」
        return Condition(c.field, c.op, second, c.label.replace(first, second))
    if c.op != "=":
        return c
    if str(c.value) == first:
        return Condition(c.field, c.op, second, c.label.replace(first, second))
    if isinstance(c.value, dict) and c.value.get("names") == [first]:
        return Condition(c.field, c.op, {**c.value, "names": [second]}, c.label.replace(first, second))
    return c


def _shape_conditions(q: Query) -> list[dict]:
    """How the answer is shaped (count, group, order, value), shown beside the conditions."""
    out = []
    if q.aggregate == "group" and q.group_by and q.agg_field and q.agg_parts:
        word = {"avg": "平均", "max": "最高", "min": "最低", "sum": "合計"}[q.agg_parts[0]]
        end = {"max": "が最も高い区分", "min": "が最も低い区分", "spread": "の最も高い区分と最も低い区分の差"}.get(
            q.agg_parts[1], "") if len(q.agg_parts) >= 3 else ""
        if len(q.agg_parts) >= 4 and q.agg_parts[1] == "bound":
            end = f"が {q.agg_parts[3]}{BOUND_WORDS[q.agg_parts[2]]}の区分"
        out.append(Condition(q.group_by, "group", q.agg_field,
                             f"{field_label(q.group_by, q.target)}別の{field_label(q.agg_field, q.target)}の{word}{end}"))
    elif q.aggregate == "group" and q.group_by == "@years":
        out.append(Condition("@years", "group", None, "年度別の評価の件数"))
    elif q.aggregate == "group" and q.group_by:
        out.append(Condition(q.group_by, "group", None, f"{field_label(q.group_by, q.target)}別の件数"))
    elif q.aggregate == "count":
        out.append(Condition("*", "count", None, "件数を数える"))
    elif q.aggregate in ("distinct", "top_group"):
        word = "種類の数" if q.aggregate == "distinct" else ("最も多い" if q.descending else "最も少ない") + "区分"
        ranked = next((p for p in q.agg_parts if p.startswith(("after:", "rank:"))), "") if q.aggregate == "top_group" else ""
        if ranked:  # 「R6の次に多い」「2番目に多い」
            word = (f"{ranked[6:]}の次に" if ranked.startswith("after:") else f"{ranked[5:]}番目に") + word[2:]
        shown = field_label(q.group_by, q.target) + ("の部局の略称" if "bureau" in q.agg_parts else "")
        out.append(Condition(q.group_by, q.aggregate, None, f"{shown}の{word}"))
    elif q.aggregate == "field_diff" and q.agg_parts:
        out.append(Condition(q.agg_field, "field_diff", q.agg_parts[0],
                             f"{field_label(q.agg_field, q.target)} − {field_label(q.agg_parts[0], q.target)}"))
    elif q.aggregate == "groups_having":
        sign = BOUND_WORDS[q.agg_parts[1]]
        out.append(Condition(q.group_by, q.aggregate, q.agg_parts[1:],
                             f"{kind_label(q.target)}が{q.agg_parts[2]}件{sign}の{field_label(q.group_by, q.target)}"))
    elif q.aggregate == "diff" and q.agg_field:
        both = "both" in q.agg_parts  # (「最高点と最低点は？」: the two asked, not their difference)
        out.append(Condition(q.agg_field, "diff", q.agg_parts, f"{field_label(q.agg_field, q.target)}の{'と'.join({'max': '最大', 'min': '最小', 'avg': '平均'}.get(p, p) for p in q.agg_parts if p != 'both')}{'' if both else 'の差'}"))
    elif q.aggregate == "groups_diff" and len(q.agg_parts) == 4:
        agg, first, second, _ = q.agg_parts
        what = "件数" if agg == "count" else f"{field_label(q.agg_field, q.target)}の{_AGG_JA[agg]}"
        out.append(Condition(q.agg_field or "*", "groups_diff", q.agg_parts, f"{first}と{second}の{what}の差"))
    elif q.aggregate == "ratio":
        out.append(Condition("*", "ratio", None, "全体に対する割合"))
    elif q.aggregate == "nth" and q.agg_field:
        out.append(Condition(q.agg_field, "nth", q.limit,
                             f"{field_label(q.agg_field, q.target)}が{q.limit}番目に{'高い' if q.descending else '低い'}"))
    elif q.aggregate in ("avg", "max", "min", "sum", "median", "mode") and q.agg_field:
        word = {"avg": "平均", "max": "最大", "min": "最小", "sum": "合計", "median": "中央値", "mode": "最頻値"}[q.aggregate]
        out.append(Condition(q.agg_field, q.aggregate, None, f"{field_label(q.agg_field, q.target)}の{word}"))
    if q.order_by:
        text = f"{field_label(q.order_by, q.target)}の{'高い' if q.descending else '低い'}順"
        if q.order_by in ("ended_month", "ended", "start_year"):  # (a time: early or late, not high or low)
            text = f"{field_label(q.order_by, q.target)}の{'遅い' if q.descending else '早い'}順"
        out.append(Condition(q.order_by, "order", "desc" if q.descending else "asc",
                             text + (f" 上位{q.limit}件" if q.limit else "")))
    if q.value_field:
        out.append(Condition(q.value_field, "value", None, f"{field_label(q.value_field, q.target)}を答える"))
    return [c.to_dict() for c in out]


# 「…って書いてある」「今後どうする」: what the document says is asked, not only which rows.
_WHAT_WRITTEN = compiled(r"書いて(?:ある|あった|あります)|書かれて|どうする|どうなる|どうなっ")
# The score fields a number said without its field word may have been read as (「4点」: 合計 = 4).
# (an initiative's member scores are the committee's: 「委員Aが5点」 read as 委員評価 = 5 is the member's)
_SCORE_WORDS_FIELDS = ("@score", "total", "progress", "collaboration", "efficiency", "creativity", "committee_score")
# 「何点」 asked of an axis: the question's own word for its value.
_ASKED_WORD = compiled(r"何点|何ポイント|いくつ")


def _median_or_mode(agg: str, values: list[float], answer: Answer, of: str) -> None:
    """The middle value of the records' values (the mean of the two middle ones when even), or the one value most
    of them hold; several values held equally often are all said, and the answer then holds no one value."""
    import statistics

    shown = lambda v: int(v) if float(v).is_integer() else round(v, 2)  # noqa: E731
    if agg == "median":
        answer.value = shown(statistics.median(values))
        answer.summary = f"{of}の中央値は {answer.value} です。"
        return
    counts = collections.Counter(values)
    most = max(counts.values())
    modes = sorted(v for v, n in counts.items() if n == most)
    spread = "、".join(f"{shown(v)}: {n}件" for v, n in sorted(counts.items()))
    if len(modes) == 1:
        answer.value = shown(modes[0])
        answer.summary = f"{of}の最頻値は {answer.value}（{most}件）です（内訳 {spread}）。"
    else:
        answer.value = None
        answer.summary = (f"{of}で最も多い値は {'・'.join(str(shown(v)) for v in modes)}（各{most}件）で、"
                          f"1つに決まりません（内訳 {spread}）。")


def _with(q: Query, conds: list[Condition]) -> Query:
    probe = copy.copy(q)
    probe.conditions = conds
    return probe


def _retargeted(q: Query, kind: str, conds: list[Condition]) -> Query:
    probe = _with(q, conds)
    probe.target, probe.alternatives = kind, []
    return probe


def _cell(v) -> str:
    if isinstance(v, list):
        return "・".join(str(x) for x in v)
    if isinstance(v, dict):
        return join_mapping(v) or "（記載なし）"
    return "（記載なし）" if v in (None, "") else str(v)


# 「いくつ」「何市町村」「何団体」「数は」: how many asked.
_COUNT_ASKED = compiled(r"いくつ|何\s*(?:件|個|団体|自治体|市町村|市町|町村|市|町|村|か所|箇所)|(?<![一-龥])数\s*(?:は|を|って)|の数")


def _members_text(value) -> str:
    """A joint project's members ({"A市": "◎", "B町": "", "C村": "○"}) as the municipalities taking part,
    a mark other than the plain ○ kept beside its name: 「A市（◎）・C村」."""
    if isinstance(value, str) and value.startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if not isinstance(value, dict):
        return "" if value is None else str(value)
    return "・".join(f"{name}（{mark}）" if mark not in ("○", "◯", "〇") else name
                    for name, mark in value.items() if mark)


def _num(v):
    try:
        return float(v) if v not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _western_printed(row: dict, field: str) -> int | None:
    """The year a record prints in 西暦 (「2018年度」) for a field it keeps as a year label (H30)."""
    m = re.fullmatch(r"((?:19|20)\d{2})年度?", re.sub(r"\s", "", nfkc(str(row.get(f"{field}_text") or ""))))
    return int(m.group(1)) if m else None


def _as_printed(row: dict, field: str, value):
    """A figure stored as a real (131.0) given as its record prints it (「131」 → 131, 「50.0」 → 50.0, 「6,832」 as
    printed, without its unit), where the record keeps the printed text (`<field>_text`)."""
    printed = re.sub(r"[%％\s]", "", nfkc(str(row.get(f"{field}_text") or "")))
    western = _western_printed(row, field)
    if western and isinstance(value, str) and re.fullmatch(r"[A-Z]\d{1,2}", value):
        # (a year label, H30, of a year the record prints in 西暦, 「2018年度」: the year as printed)
        return western
    if not isinstance(value, float) or not re.fullmatch(r"[+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[+-]?\d+(?:\.\d+)?", printed) \
            or float(printed.replace(",", "")) != value:
        return value
    if "," in printed:
        return printed
    return int(value) if value.is_integer() and "." not in printed else value


def _scalar(v):
    """A single value as the contract wants it: lists (departments, themes) and objects (departments
    per municipality) as one string."""
    if isinstance(v, list):
        return "、".join(str(x) for x in v)
    if isinstance(v, dict):
        return join_mapping(v)
    return v


def _year_of_most(answer: Answer, grade: str, most: str) -> None:
    """「S評価がいちばん多かった年度」 over the counts per year (_grades_by_year): the year(s) counting the grade
    most (or least) often, among the years that grade anything."""
    from assistant.text.wareki import fy_text, label_fiscal_year

    graded = [r for r in answer.rows if r.get("count")]
    if not graded:
        return
    best = (max if most == "max" else min)(int(r.get(grade, 0) or 0) for r in graded)
    top = [r for r in graded if int(r.get(grade, 0) or 0) == best]
    # (the group is 「R8評価」: its year as the report says it, 令和8年度)
    names = [fy_text(label_fiscal_year(str(r["key"]).split(":", 1)[1].upper())) for r in top]
    word = "最も多い" if most == "max" else "最も少ない"
    answer.rows = top + [r for r in answer.rows if r not in top]
    answer.value = names[0] if len(names) == 1 else None
    answer.summary = (f"{grade}が{word}年度は {'、'.join(names)}（{best}件）です。" + answer.summary)


# A committee named by the kind of body it is (推進委員会, 行政改革懇話会): cells.COMMITTEE, a word before it.
_BODY_SAID = compiled(r"[一-龥]{0,8}(?:委員会|審議会|懇話会|懇談会|協議会|推進会議)|採点|点数|得点|評価点")


def _names(rows: list[dict]) -> str:
    out = []
    for r in rows[:5]:
        # (an indicator has no title of its own: its name and the year of the row say which it is)
        title = r.get("title") or r.get("name") or r.get("question") or \
            " ".join(str(r[f]) for f in ("indicator", "year_label") if r.get(f))
        code = r.get("code", r.get("key", ""))
        if not title and r.get("member") and r.get("text") and len(rows) <= 3:
            # (an opinion is what was said: 「南部地区-6「閉校後の体育館は…」」, not its key alone)
            said = str(r["text"]).strip()
            title = f"「{said[:50]}{'…' if len(said) > 50 else ''}」"
        out.append(f"{code} {title}".strip())
    return "、".join(out) + (" ほか" if len(rows) > 5 else "")


def _inline(sql: str, params: list) -> str:
    """SQL with its parameters written in, for --explain (display only)."""
    out = sql
    for p in params:
        lit = str(p) if isinstance(p, (int, float)) else "'" + str(p).replace("'", "''") + "'"
        out = out.replace("?", lit, 1)
    return out


def _labels(text: str) -> set[str]:
    """The fiscal-year labels (R4, H30) of the years a text says."""
    return {fy_label(y.fiscal_year) for y in find_years(text)}


def _of_year(excerpt: dict, labels: set[str]) -> bool:
    """Whether an excerpt is a record's part of one of the years (its key 「self_eval:1-R4」 says so)."""
    return str(excerpt.get("key", "")).split("@")[0].rpartition("-")[2] in labels


def _year_field(db, excerpt: dict) -> str:
    """The fiscal year a record's own year field holds (a progress sheet's entry, 「sheet_entry:2-7」 of R4),
    "" when its kind has none."""
    kind, _, _ = str(excerpt.get("key", "")).partition(":")
    if not kind.isidentifier() or kind not in db.table_names() or "year" not in db[kind].columns_dict:
        return ""
    row = db.execute(f"SELECT year FROM [{kind}] WHERE key = ?", [str(excerpt["key"]).split("@")[0]]).fetchone()
    return str(row[0] or "") if row else ""


def _field_said_first(question: str, excerpts: list[dict]) -> list[dict]:
    """「…今年度はいつやる予定？」: of the best record's passages, the one in the field whose heading the
    question says in its words (今年度に実施予定: 今年度 and 予定) comes first; nothing else moves."""
    if len(excerpts) < 2:
        return excerpts
    text = nfkc(question)
    key = excerpts[0].get("key")

    def said(e: dict) -> bool:
        label = field_label(str(e.get("field", "")), str(e.get("key", "")).split(":", 1)[0])
        words = [w for w in re.split(r"[にのをはがで]", label) if len(w) >= 2]
        # (a word said by its last part, 予定 for 実施予定; 今年度 said by a year, 「H17は…予定」 of the table of
        # that year)
        return len(words) >= 2 and all(w in text or w[-2:] in text or (w == "今年度" and find_years(text))
                                       for w in words)

    if said(excerpts[0]):
        return excerpts
    found = next((e for e in excerpts if e.get("key") == key and said(e)), None)
    return excerpts if found is None else [found] + [e for e in excerpts if e is not found]


def _year_said_first(question: str, excerpts: list[dict], db) -> list[dict]:
    """「ふるさと納税、令和2年度の寄附額は？」 finding first a passage that is not of that year (a progress
    sheet's reason for H29, 「self_eval:1-H29」, or a remark that does not say the year) when a record's part
    of the year said (「self_eval:1-R2」, or a sheet's entry whose year field is R2) was found too: that part
    comes first (its text seldom repeats its year). Nothing else moves."""
    labels = _labels(question)
    if len(excerpts) < 2 or len(labels) != 1:
        return excerpts
    top = excerpts[0]

    def of_year(e: dict) -> bool:
        return _of_year(e, labels) or _year_field(db, e) in labels

    if of_year(top) or _labels(str(top.get("text", ""))) & labels:
        return excerpts
    said = next((e for e in excerpts if of_year(e)), None)
    if said is None:
        return excerpts
    return [said] + [e for e in excerpts if e is not said]


def _printed_themes(db, lexicon, themes: list[str], rows: list[dict]) -> list[str]:
    """The themes, each with the longer name its documents print for it (theme_names.py)."""
    from assistant.query.theme_names import printed_theme_names, with_printed_name

    sources = sorted({str(r["source"]) for r in rows if r.get("source")})
    printed = printed_theme_names(db, lexicon.themes, themes, sources)
    return [with_printed_name(t, printed) for t in themes]
# 「全部で何件」「合計で何人」「合わせていくら」: a whole added up, which a table's column sums.
# 「…は令和4年度から令和6年度で何人増えた」: how much one figure changed between two years
_ROW_CHANGE_SAID = compiled(r"(?:から|より|と比べて|に比べて).{0,20}?(?:何|いくら|どれだけ|どのくらい|どれくらい)(?:人|件|円|千円|回|台|点|ポイント|%|％)?.{0,3}?(?:増え|減っ|増加|減少|伸び|上が|下が)")
_ADDED_UP_SAID = compiled(r"(?:全部で|ぜんぶで|全体で|合わせて|あわせて|合計(?:して|で|は)?|足すと|総数)\s*(?:は\s*)?(?:何|いくら|いくつ)")


def referred_table(conversation) -> bool:
    """Whether the conversation is already on a generic table (its follow-ups go on there)."""
    return getattr(conversation, "table_context", None) is not None


# 「マイナンバーカードがいらないのは？」: what is asked left unsaid (a verb's の), whatever its length: the things of the
# answer before (_row_said_before)
_THING_UNSAID = compiled(r"(?<=[ぁ-ん])の(?:は|って)\s*(?:どれ|どこ|何|なに)?\s*[?？]?\s*$")



def _goes_on(answer, before) -> bool:
    """Whether an answer keeps every condition of the guessed answer before it (「何件ある？」 after 「管財課の取組は？」
    read as the records' 取組項目 while another document's table reads it too): the same guess, counted or shown."""
    return before is not None and bool(before[2]) and all(u in answer.understood for u in before[2])

def _refines(question: str) -> bool:
    """「そのうち…」: the question narrows the answer before (tables.answer.REFINES, imported on need: a quick CLI)."""
    from assistant.query.tables.answer import REFINES

    return bool(REFINES.search(question))
