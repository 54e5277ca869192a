"""The answer from a table: which documents and table the question is about (a city, a title, the
conversation), the rows that meet the conditions, and the count, sum, value or listing asked, with
every unused word said."""
from __future__ import annotations

from assistant.query.tables.people_counted import people_of_opinion_rows
from assistant.query.tables.held import tabled_documents
from assistant.query.tables.merged_records import summed_once

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from typing import TYPE_CHECKING

from assistant.query.grammar.aggregates import respell_kana
from assistant.query.grammar.phrasings import PHRASINGS
from assistant.query.grammar.years import inherit_eras
from assistant.query.answer import Answer
from assistant.query.facts import (
    _OFFICE_LABEL, _OFFICE_WORD, _content_words, _covered, _document_text, _grade_of, _in_dedicated, _key, _places,
)
from assistant.store.places import place_of
from assistant.text.names import ABBREVIATIONS, file_names_place
from assistant.text.normalize import nfkc, spelled_out
from assistant.text.wareki import find_years, fy_label, fy_text
from assistant.query.tables.year_of_sum import other_year_of_sum
from assistant.query.tables.years_counted import holds_years
from assistant.query.tables.year_of_condition import year_of_condition, year_of_condition_elsewhere
from assistant.query.tables.cells import _EMPTY, _MARKS, _unit_of, _cell_values, _date, _days, month_of, _fy, _fy_span, _span_years, _number, _report_years, _year_part
from assistant.query.tables.span_changes import span_holds
from assistant.query.tables.question import _CHANGE_COLUMN, _caption_deed_said, _names_last_kanji, DIRECTION_ASIDE, _SUM_ASKED, ENTRY_JOIN, _GRADE_RANK, Cond, _edition_before, _lists_entries, _ROW_WORDS, _Reading, _read, _year_order
from assistant.query.tables.legend_words import legend_of_row
from assistant.query.tables.row_notes import note_of_dash, note_of_mark, note_of_row, rows_noted
from assistant.query.tables.restated import restated_asked, whole_asked
from assistant.query.tables.whole_compared import SENTINEL, whole_bound_asked, whole_figure, with_sentinel
from assistant.query.tables.unit_cells import unit_cells
from assistant.query.tables.done_asked import answer_done_asked
from assistant.query.tables.age_band_rows import age_band_rows
from assistant.query.tables.same_row_pinned import grade_for_amount, same_row_pinned
from assistant.query.tables.change_amount import as_change_amount, as_change_column_amount
from assistant.query.tables.revision_amount import as_revision_amount
from assistant.query.tables.restated_words import rows_counted_restated, value_with_column_tail
from assistant.query.tables.signed_years import read_signed_years
from assistant.query.tables.linked_records import as_linked_records
from assistant.query.tables.dated_row_asked import cites_case, date_row_asked, row_named
from assistant.query.tables.member_columns import as_change_from_base, as_member_columns, as_own_share
from assistant.query.tables.rows_are import same_rows, _long_items_word, mark_opinion_rows, mark_rows_kind
from assistant.query.tables.grouped_heads import group_heads_asked
from assistant.query.tables.heading_tail import rows_named_as_groups, tail_heads_asked
from assistant.query.tables.row_groups import groups_without, member_asked, towns_only
from assistant.query.tables.legal_forms import read_legal_form
from assistant.query.tables.when_of_row import ask_when_of_row
from assistant.query.tables.when_of_extreme import ask_figure_of_extreme, ask_when_of_extreme
from assistant.query.tables.noted_meanings import dash_meaning
from assistant.query.tables.why_noted import reason_unlisted, why_noted
from assistant.query.tables.year_before import year_before_asked
from assistant.query.tables.row_years import DASH_COUNT, MONTH_EXTREME, RISES_COUNTED, SPAN_MEAN, answer_row_years
from assistant.query.tables.year_rows_change import answer_year_rows_change
from assistant.query.tables.mark_runs import stage_extreme_rows
from assistant.query.tables.years_compared import answer_years_compared
from assistant.query.tables.every_year import read_every_year
from assistant.query.tables.column_group import read_column_group
from assistant.query.tables.any_year import read_any_year
from assistant.query.tables.year_of_row import row_year_filled
from assistant.query.tables.band_asked import band_asked, bound_of_band
from assistant.query.tables.start_end_verbs import as_start_end_verbs
from assistant.query.tables.held_as import held_as_value, judged_value, planned_value, received_value, related_value
from assistant.query.tables.plan_readings import apply_plan_readings
from assistant.query.tables.marks_counted import mark_count_holds
from assistant.query.tables.extreme_of_asked import extreme_of_asked
from assistant.query.tables.header_said_with_no import as_header_said_with_no
from assistant.query.tables.places_joined import joined_note, joined_places_table
from assistant.query.tables.count_table import counts_the_things_asked
from assistant.query.tables.read import Table, read_tables
from assistant.query.tables.old_new import answer_old_new, old_side_of
from assistant.query.tables.none_held import answer_none_held
from assistant.query.tables.role_counts import answer_role_counts
from assistant.query.tables.said_in_row import said_in_row
from assistant.query.tables.began_of_row import began_of_row
from assistant.query.tables.share_of_total import answer_share_of_total
from assistant.query.tables.share_of_column import answer_share_of_column, whole_is_a_column
from assistant.query.tables.row_year_change import answer_row_year_change
from assistant.query.tables.total_year_change import answer_total_year_change
from assistant.query.tables.total_row_value import answer_total_row_value
from assistant.query.tables.signed_extreme import answer_signed_extreme
from assistant.query.tables.measure_change import as_change_column
from assistant.query.tables.asked_by_verb import as_asked_column
from assistant.query.tables.period_sums import as_period_said
from assistant.query.tables.subject_of import subject_of_table
from assistant.query.tables.change_of_answered import answer_change_of_answered
from assistant.query.compiled import compiled

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader


_RESULTS_AS_OF_YEAR = next(p for p in PHRASINGS if p.name == "results_as_of_year")
_LETTERED_YEAR_TARGET = next(p for p in PHRASINGS if p.name == "lettered_year_target")
_DEPARTMENT_CONCERNED = compiled(r"(?<=[課部局室])\s*が\s*(?:関係|関与)(?:して(?:い)?る|した|する)"
                                 r"|(?<=[課部局室])\s*が\s*(?:関わ|かかわ)(?:って(?:い)?る|った|る)")


# 「じゃあ鳰ヶ浦町は？」 with the place taken out: nothing asked but the place said before.
_ONLY_PLACE_ASKED = compiled(r"(?:じゃあ|じゃ|では|なら|それなら|それでは|ちなみに)?[、,\s]*(?:は|だと|では|の方は|のほうは|の場合は)?[?？。]?")


@dataclass
class TableContext:
    """Where a conversation over a table stands: the table, its conditions, the asked column."""

    table: Table
    conds: list[Cond]
    asked: str = ""
    rows: list[dict] = field(default_factory=list)
    grouped: str = ""  # the column the answer counted its rows by
    top: list[str] = field(default_factory=list)  # the keys of the rows an extreme answered (「いちばん少ない使途」)
    # The sum or average answered (its column): 「スポーツ施設だとどう？」 after 「文化施設の利用者数の合計は？」
    # asks the same of the rows said now.
    summed: tuple[str, str] = ("", "")
    ranked: str = ""  # the column an extreme answered by (「いちばん寄附額が多かった」: 令和6年度金額)
    # The kind of record the table's rows were asked as (tables/rows_are.py): 「そのうち…のは？」 after
    # 「…の取組を一覧で」 asks the same plan items, though it no longer says 取組.
    rows_are: str = ""


from assistant.query.tables.done_words import as_bare_done_value, as_done_value, as_own_verb_done  # noqa: E402
from assistant.query.tables.ongoing_words import as_ongoing_value  # noqa: E402
from assistant.query.tables.shared_codes import part_of_another  # noqa: E402


# 「どの補助金に統合されましたか」「どこへ移管された」: the row another row went into, asked.
_REFERRED_VERB = compiled(r"(?:どの|どこ|何)[一-龥ァ-ヶー]{0,6}(?:に|へ)\s*(?P<verb>統合|移行|移管|編入|統一|集約|一本化)")
_NUMBER_COLUMNS = ("No.", "No", "NO.", "番号", "No．")


# a cell printing a dash alone (「－」): no figure, unless a note of the document says it is none (Table.dash_zero)
_DASH = re.compile(r"[-‐‑–—―−－ーｰ─━]")

# after a name ending said as the rows' word: no kanji going on into a longer word (事業費), but a counter or a
# suffix of the rows (学校数, 事業別)
_ENDING_WORD_END = r"(?![0-9])(?![一-龥](?<![数別名毎計等]))"

def _row_referred(t, row, qn: str) -> tuple[str, str] | None:
    """(number, name) of the row that a cell of `row` sends it into by number (「No.8へ統合」), when the
    question asks where it went with the same verb; None otherwise."""
    asked = _REFERRED_VERB.search(qn)
    if asked is None or not t.name:
        return None
    said = re.compile(r"(?:No\.?|番号)\s*(\d+)\s*(?:へ|に)\s*" + asked.group("verb"))
    for value in row["cells"].values():
        m = said.search(nfkc(str(value or "")))
        if m is None:
            continue
        for other in t.rows:
            if other is row:
                continue
            if any(nfkc(str(other["cells"].get(h) or "")).strip() == m.group(1) for h in _NUMBER_COLUMNS):
                name = str(other["cells"].get(t.name) or "")
                if name:
                    return m.group(1), name
    return None


from assistant.query.tables.full_marks import as_full_marks, as_marks_asked  # noqa: E402
from assistant.query.tables.whole_header_said import measure_said_long, ranks_by_whole_over_part, said_whole  # noqa: E402


def _against_mark(c: Cond) -> bool:
    """Whether two columns compared set a figure against a mark of the plan, a target reached (「目標に届かなかった」)
    or the figure against its 基準値 (「実績が基準値を下回ったまま」): a row whose number is better lower
    (a note says so) is then above or below it the other way."""
    if not c.op.startswith("cols_"):
        return False
    # (「実績が目標を上回った」 stays as said: a figure over its target; against the 基準値 it is better or worse)
    return c.value == "reach" or ("|" in c.header and "基準" in nfkc(c.header.split("|")[1]))


# A figure's cell saying the figure is not out yet (集計中, 調査中, 未確定, 確定前): no figure written.
_PENDING = compiled(r"[(（]?(?:集計中|調査中|算定中|精査中|確認中|照会中|未集計|未確定|未公表|未算定|確定前|"
                    r"(?:集計|調査|算定)(?:前|待ち))[)）]?")


def _column_years(tables: list) -> set[str]:
    """The fiscal years the tables' columns are of, as labels (R5): 「5年度」 said with no era is of their era, when
    they are all of one (grammar/years.inherit_eras), as the parse reads it over the years the reports grade."""
    return {fy_label(c.year) for t in tables for c in t.columns if c.year}


def answer_from_tables(db: IndexReader, question: str, context: TableContext | None = None, loose: bool = False,
                       dedicated: bool = False) -> tuple[Answer, TableContext] | None:
    """The answer from a generic document's table when the question is about one (or follows an answer
    from one), with the context a follow-up goes on from; None when it is not. `loose`: the records of
    the dedicated kinds did not answer the question, so words they also hold may name a table."""
    # 「80%みまん」 read as the parse reads it; 「5万人以上」: ten thousands of a count written out (amounts
    # of money keep their own units). The answer still says the question as asked.
    # 「令和6年度から7年度に」: the second year is of the era said before it, as the parse reads it.
    # (「人口１万人当たり」 is the unit of a rate, no count: it stays as its column prints it)
    read = re.sub(r"(\d+(?:\.\d+)?)万(?=人|件|台|回|戸|枚|世帯|m2|㎡|平方メートル|平米)(?!人\s*(?:当たり|あたり|当り))",
                  lambda m: f"{round(float(m.group(1)) * 10000):d}",
                  inherit_eras(respell_kana(question), graded=_column_years(read_tables(db, dedicated))))
    # 「令和５年（１月～12月）」: the months in brackets restate the calendar year said (not its fiscal year), no more
    read = re.sub(r"((?:令和|平成|R|Ｒ)?\s*[0-9０-９元]{1,4}\s*年)\s*[(（]\s*[1１]\s*月\s*(?:[~～〜\-－ー]|から)\s*"
                  r"(?:12|１２)\s*月\s*(?:まで)?\s*[)）]", r"\1", read)
    # 「一番たくさん時間を削減できた」: たくさん said of an amount is 多く.
    read = re.sub(r"(いちばん|一番|最も|もっとも)(?:たくさん|沢山|いっぱい)", r"\1多く", read)
    read = _without_blank_exclusion(read)
    # 「望ましい方向と逆に動いた」「（単位は気にせず単純合計で）」: said as the grammar's phrasings marked for the tables say it
    from assistant.query.grammar.phrasings import for_tables
    from assistant.query.tables.legend_words import as_value_restated

    read = as_value_restated(db, read, read_tables(db, dedicated))  # 「計画に反映された意見（Ａ）」: Ａ's meaning said
    read = for_tables(read)
    # 「契約管財課が関係するリスク」「建設課が関わっている」: the department holds the row (alone or with another), as
    # 所管する says it over a table's department column (the tables' reading only: the records' own parse reads
    # 関わっている of a department as it does)
    read = _DEPARTMENT_CONCERNED.sub("が所管する", read)
    # 「令和6年度B評価だった」: a year run into the grade said after it is the year of that grade (令和6年度に).
    read = re.sub(r"((?:令和|平成|R|Ｒ)\s*[0-9０-９元]{1,2}\s*年度|[0-9０-９]{4}\s*年度)(?=[A-EＡ-ＥSＳ]\s*(?:評価|判定|ランク))",
                  r"\1に", read)
    # 「令和3年度から6年度の間に」: the span of years said by its two ends (の間 says no more over a table's year columns)
    read = re.sub(r"(から\s*(?:令和|平成|R|Ｒ|H|Ｈ)?\s*[0-9０-９]{1,2}\s*年度)\s*の\s*(?:間|あいだ)\s*(に|で)", r"\1\2", read)
    # 「前年度（令和5年度）より」: the year in brackets restates the relative year; the year is what is said.
    # (「前年度（Ｒ５）から」: the letter of the era needs no 年)
    read = re.sub(r"(?:前年度|前年|昨年度|前の年度)\s*[(（]\s*((?:令和|平成)\s*[0-9０-９元]{1,2}\s*年度?"
                  r"|[RＲ]\s*[0-9０-９元]{1,2}(?:\s*年度?)?|[0-9０-９]{4}\s*年度?)\s*[)）]",
                  r"\1", read)
    # 「蔦見町が負担していない共同処理はどれ？（令和６年度）」: a year said apart at the end is the year of the whole
    # question, said first.
    read = re.sub(r"^(?P<q>.+?)\s*[(（]\s*(?P<y>(?:令和|平成|R|Ｒ)\s*[0-9０-９元]{1,2}\s*年度|[0-9０-９]{4}\s*年度)\s*[)）]\s*$",
                  lambda m: f"{m.group('y')}、{m.group('q')}", read)
    read = _without_quota_word(read, read_tables(db, dedicated))  # 「学識経験者枠の委員」: the 区分 学識経験者
    read = as_member_columns(read, read_tables(db, dedicated))  # 「蔦見町が負担していない」「町の負担額」
    from assistant.query.tables.bare_prefecture import as_named_prefecture  # 「県が幹事」: the one prefecture named
    read, prefecture_said = as_named_prefecture(read, read_tables(db, dedicated))
    owned = as_own_share(db, read, read_tables(db, dedicated))  # 「本市の負担額」: the column a note says is the town's
    own_said = owned != read
    read = owned
    read = as_change_from_base(read, read_tables(db, dedicated))  # 「令和３年４月の基準と比べて、…減った」
    from assistant.query.tables.base_year_said import as_base_year_said  # 「令和６年度が基準年度より増えた」

    read = as_base_year_said(read, read_tables(db, dedicated))
    from assistant.query.tables.not_done_said import as_undone_value  # 「まだ診断してないところ」: 診断年度 未実施

    read = as_undone_value(read, read_tables(db, dedicated))
    from assistant.query.tables.part_said_apart import as_part_of_measure  # 「現年度分で、収納率が」
    read = as_part_of_measure(read, read_tables(db, dedicated))
    from assistant.query.tables.side_forms import as_side_said_apart  # 「職員数、新体制で合計」: 新体制の職員数

    read = as_side_said_apart(read, read_tables(db, dedicated))
    # 「効果額がゼロだった」: zero said as a word is the number 0 (a cell's 0, not its dash).
    read = re.sub(r"(?<=[がはも])(?:ゼロ|ぜろ)(?=だ|で|の|に|と|[?？]|$)", "0", read)
    # 「効果額が▲（経費増）になっている」: the legend's gloss of a sign mark, said after it in brackets, is the mark.
    read = re.sub(r"([▲△])\s*[(（][^()（）]{1,10}[)）]", r"\1", read)
    # 「取組がいちばん多い担当課は何件持ってる？」: the count a group holds is the count asked (持って says no more;
    # so with the rows' own counter, 「何施設持ってる」)
    read = re.sub(r"(何件|何個|何施設|何事業|何団体|何か所|何箇所|いくつ)\s*(?:持って|もって|抱えて|かかえて)(?:いる|る|います|ますか)?", r"\1", read)
    # 「いちばん多くの取組を持ってる担当課」: the rows a group holds said as what it has, 「多くの取組がある担当課」
    read = re.sub(r"(多くの\s*[一-龥ァ-ヶー]{1,12})\s*を\s*(?:持って|もって|抱えて|かかえて)(?:いる|る|います)", r"\1がある", read)
    # 「令和４年度の実績がない（－の）取組」: the dash in brackets says which cells 「ない」 means, those printing it
    # (a 0 is a figure: no cell of 0 is meant)
    # (only a noun said to be missing, 実績がない: 「算定されていない（－の）」 is read by the dash's own reading)
    read = re.sub(r"が\s*(?:ない|無い)\s*[(（]\s*[「『]?([－―ー\-—–])[」』]?\s*(?:の|のもの)?\s*[)）]\s*(?:の)?",
                  r"が「\1」の", read)
    # 「達成状況が◎（目標達成）」: a mark's gloss in brackets after it is the mark
    read = re.sub(r"([◎○〇×●◐◑])\s*[(（][^()（）\d]{1,10}[)）]", r"\1", read)
    # 「令和7年度実績の時点で、目標値にもう届いている」: those results compared, as the parse reads it (phrasings.py)
    read = _RESULTS_AS_OF_YEAR.apply(read)
    read = _LETTERED_YEAR_TARGET.apply(read)  # 「実績がR9目標を達成」: that year's target column
    # 「満足度が前回より上がった」: said of the measure's change column (満足度前回比), where a table has one
    read = _count_total_said(read, read_tables(db, dedicated))  # 「令和7年度の電子申請、全部で何件あった？」
    from assistant.query.tables.year_total_column import as_year_total  # 「令和７年度の…は全部で何人」: that year's 計

    read = as_year_total(read, read_tables(db, dedicated))
    read = as_change_column(read, read_tables(db, dedicated), context.asked if context is not None else "")
    read = as_asked_column(read, read_tables(db, dedicated))  # 「何年度に削減する予定」「1時間いくらで借りられる」
    from assistant.query.tables.verb_people import as_verb_column  # 「降りた人は何人」 over 乗車 │ 降車

    read = as_verb_column(read, read_tables(db, dedicated))
    from assistant.query.tables.annual_said import without_annual  # 「年間何人」 over one year's figures

    read = without_annual(read, read_tables(db, dedicated))
    read = as_period_said(read, read_tables(db, dedicated))  # 「前期事業費」 of a column 前期（R8〜R12）
    from assistant.query.tables.target_rates import as_rate_said  # 「目標をいちばん大きく上回った（達成率で）」

    read = as_rate_said(read, read_tables(db, dedicated))
    from assistant.query.tables.header_numbered import as_header_numbered  # 「柱２の平均点」 over 柱 │ … of 1, 2, 3

    read = as_header_numbered(read, read_tables(db, dedicated))
    read = as_header_said_with_no(read, read_tables(db, dedicated))  # 「公共施設等総合管理計画の改訂」 of a joined header
    read = as_marks_asked(read, read_tables(db, dedicated))  # 「…の項目は何点満点」 over 評価項目 │ 配点
    read = as_full_marks(read, read_tables(db, dedicated))  # 「④利用者満足度が満点」 over 「④利用者満足度（20）」
    # 「「修正する」以外の扱いになった」「参考とするの扱いとされた」: the value said with 扱い is the value itself.
    read = re.sub(r"の(?:扱い|取扱い|取り扱い)(?=(?:に|と)(?:なっ|され))", "", read)
    read = as_start_end_verbs(read, read_tables(db, dedicated))  # 「指定期間が終わる」 over 指定期間終了
    from assistant.query.tables.title_measure import as_title_measure  # 「紙使用量が多い順」 over 「課別紙使用量…」's 合計

    read = as_title_measure(read, read_tables(db, dedicated))
    from assistant.query.tables.title_line_measure import as_title_line_measure  # 「南支所の来庁者のほうが」 over 月別来庁者数

    read = as_title_line_measure(db, read, read_tables(db, dedicated))
    from assistant.query.tables.needed_words import as_needed_words  # 「マイナンバーカードが要らない」 over 必要 / blank

    read = as_needed_words(read, read_tables(db, dedicated))
    from assistant.query.tables.related_column import as_related_column  # 「DX-1-04に関連する手続」 over 関連取組

    read = as_related_column(read, read_tables(db, dedicated))
    from assistant.query.tables.planned_verbs import as_planned_value, as_titles_action_planned, as_value_planned

    read = as_planned_value(read, read_tables(db, dedicated))  # 「委託する予定がある」 over R8委託予定
    read = as_titles_action_planned(read, read_tables(db, dedicated))  # 「再編される予定」 over 実施予定時期
    read = as_value_planned(read, read_tables(db, dedicated))  # 「統合予定の施設」 over 対策内容 │ 統合
    read = as_done_value(read, read_tables(db, dedicated))  # 「まだ措置が終わっていない」 over 措置済 / 措置中
    read = as_bare_done_value(read, read_tables(db, dedicated))  # 「耐震がまだの」 over 済 / 未 / 不要
    read = as_ongoing_value(read, read_tables(db, dedicated))  # 「いま公募してる物件」 over 公募中
    read = as_own_verb_done(read, read_tables(db, dedicated))  # 「もう売れた」 over 売却済
    if context is not None:
        changed = answer_change_of_answered(read, context)  # 「じゃあ前年度と比べてどれだけ増えた？」
        if changed is not None:
            changed[0].question = question
            return changed
        read = _year_next_to_asked(read, context)  # 「（…の令和6年度の評価は？）その前の年度はどうだった？」
        from assistant.query.tables.context_prior_year import as_prior_year  # 「（R7で…）そのうち前年度より…減った」

        read = as_prior_year(read, context)
        read = extreme_of_asked(read, context)  # 「（…の実質公債費比率を教えて）一番低いのは？」
        read, context = _the_value_answered(read, context)
        context = _the_row_answered(read, context)
        read = _change_since_asked(read, context)
    # 「基本目標別の指標達成率、５つの平均は」: the number of rows averaged (or summed), said as the asker counts
    # them: no condition; the answer says so when its rows are not that many.
    said_many = _MANY_OF_WHOLE.search(nfkc(read))
    if said_many is not None:
        read = nfkc(read)[:said_many.start()] + "の" + nfkc(read)[said_many.end():]
    band = band_asked(read) if context is None else None  # 「A評価になるのは評価点が何点以上？」
    if band is not None:
        got = _answer_from_tables(db, band[0], context, loose, dedicated)
        bound = bound_of_band(got[0].value, band[1], band[2]) if got is not None and got[0].status == "exact" else None
        if bound is not None:
            got[0].summary = f"「{got[0].value}」の「{band[2]}」の値は {bound}{band[1]} です。" + got[0].summary
            got[0].value = bound
            got[0].question = question
            return got
    if context is None:
        # 「効果額の合計、R5からR6でどれだけ減った？」: the change of a sum (or of a count) between two years' sheets
        from assistant.query.tables.sheet_change import describe, sheet_change

        changes = [(t, got) for t in read_tables(db, dedicated) if (got := sheet_change(t, read)) is not None]
        if len(changes) == 1:
            t, got = changes[0]
            summary, caveat = describe(got, t.column(got[5]).unit if got[5] else "")
            value = abs(got[0])
            answer = Answer(question=question, target="table_row", summary=summary + f"（{nfkc(t.doc_title)}の表）",
                            value=int(value) if float(value).is_integer() else value, count=0,
                            status="partial" if caveat else "exact", caveat=caveat,
                            understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {nfkc(t.doc_title)}"},
                                        {"field": got[5] or "*", "op": "sheet_change", "value": [got[3], got[4]],
                                         "label": f"{fy_text(got[3])}から{fy_text(got[4])}への{got[5] + 'の合計' if got[5] else '件数'}の変化"}])
            return answer, TableContext(t, [])
        # 「３年連続で表彰を受けている課」: the groups of a list of rows by year (表彰者一覧 │ 年度 │ 所属), before its
        # title's verb is read as the rows of another list it holds (below)
        from assistant.query.tables.group_runs import answer_group_runs

        group_run = answer_group_runs(read, read_tables(db, dedicated))
        if group_run is not None:
            group_run[0].question = question
            return group_run[0], TableContext(group_run[2], [], "", group_run[1])
        # 「表彰された提案のうち…」: the whole list's rows another document's list (表彰者一覧) holds, by their codes
        from assistant.query.tables.listed_by_title import joined_list

        joined = joined_list(read_tables(db, dedicated), read)
        if joined is not None:
            read, whole, codes, denied, stem = joined
            label = f"{stem}{'されていない' if denied else 'された'}（{_file_title(whole, read_tables(db, dedicated), stem)}）"
            context = TableContext(whole, [Cond(whole.number, "not_names" if denied else "names",
                                                tuple(sorted(_key(c) for c in codes)), label)])
    whole_bound = whole_bound_asked(read)
    if whole_bound is not None:
        compared = _whole_compared(db, read, whole_bound, context, loose, dedicated)
        if compared is not None:
            compared[0].question = question
            return compared
    got = _answer_from_tables(db, read, context, loose, dedicated)
    if got is not None:
        _counted_change_amount(db, read, got, context)
        _name_asked_of_one(read, got)  # 「R-07のリスク名は？」: the row's name, as the value asked  # 「（情報政策課の件数）令和4年度から令和6年度で何件増えた？」
    asked_unit = re.search(r"何(点|人|件|回|円|千円|か所|箇所|施設)", nfkc(read))
    if got is not None and asked_unit and isinstance(got[0].value, str) and (figure := re.fullmatch(
            r"\s*(\d[\d,]*(?:\.\d+)?)\s*" + re.escape(asked_unit.group(1)) + r"\s*", nfkc(got[0].value))):
        # 「…は何点満点？」 over a cell printing 「20点」: the number in the unit asked
        n = float(figure.group(1).replace(",", ""))
        got[0].value = int(n) if n.is_integer() else n
    if got is not None and said_many is not None and got[0].status == "exact" \
            and got[0].count != int(said_many.group("n")):
        got[0].status = "partial"
        got[0].caveat = f"「{said_many.group('n')}つ」と言われましたが、該当は{got[0].count}件です。"
    if got is not None and context is None and got[0].unused and _counts_one_named_row(got[0]):
        # 「鷺沢市はAI-OCRで年間何件くらいの帳票を読み取ってる？」 over a memo's block of that town: how many of its rows
        # is not asked of one row named (1); the count its text states is, which no column holds
        return None
    if got is not None and _WHERE_HELD.search(nfkc(read)) and got[0].status == "exact" and got[1] is not None \
            and not any(_PLACE_COLUMN.search(nfkc(str(u.get("field") or ""))) for u in got[0].understood
                        if u.get("op") == "value") \
            and not any(_PLACE_COLUMN.search(c.header) and c.header in nfkc(read) for c in got[1].table.columns):
        # 「第2回の懇談会ってどこでやった？」 over a roll of members' attendance (出欠 第２回): the place asked is no
        # column of the table; the text (（２）場所 …) says it. A place column the question names (「参加者がいちばん
        # 多い会場は」 over 開催日 │ 会場 │ 参加者数) is one: its rows answer.
        return None
    if got is not None and got[1] is not None:
        got = _groups_of_rows_asked(db, question, got, dedicated) or got  # 「◎のKPIがある重点は」: the 重点 rows
        if got[1] is not None and (group_heads_asked(got[0], got[1])  # 「…リスクを抱えている区分は」: the 区分
                                   or tail_heads_asked(got[0], got[1])):  # (【歳入】 of the headings: heading_tail.py)
            got[0].question = question
            return got
    if got is not None and prefecture_said:
        got[0].notes.insert(0, prefecture_said)
    if got is not None and own_said:
        got[0].understood = [*got[0].understood, {"field": "", "op": "own_share", "value": None,
                                                  "label": "本市（本町）の負担額は、表の注記がそう書く列として読みました"}]
    if got is not None:
        got[0].question = question
        if got[1] is not None:
            was = got[0].target
            as_linked_records(db, question, got[0], got[1].table.name)  # 「…実施項目は？」: the plan's items
            # 「…取組は？」 of another plan's table: its items (a follow-up over the same table: as before)
            same = context is not None and (
                _same_table(context.table, got[1].table) or same_rows(context.table, got[1].table))
            before = context.rows_are if same else ""
            got[1].rows_are = mark_rows_kind(question, got[0], got[1].table, before, followup=same)
            if not got[1].rows_are and was == "table_row" and got[0].target in ("practice", "initiative"):
                # (rows rekeyed as the records they are, 「…実施項目は？」: a follow-up saying no kind, 「そのうち…のは？」,
                # asks of the same records)
                got[1].rows_are = got[0].target
            if got[1].rows_are == "practice" or (not got[1].rows_are and got[0].target == "table_row"):
                # (「…施策は？」 of 施策番号 1-1 … whose codes and titles another table files its items 1-1-1 under:
                # the plan's headings; asked by the table's own word alone, only where the table grades them year
                # by year (R6評価 順調 …), the groups themselves evaluated)
                from assistant.query.tables.rows_are import graded_by_year, headings_of_items, own_word_asked

                if (got[1].rows_are or (graded_by_year(got[1].table) and own_word_asked(question, got[1].table))) \
                        and headings_of_items(got[1].table, read_tables(db, dedicated)):
                    got[1].rows_are = got[0].rows_are = "initiative"
            if not got[1].rows_are and got[0].target in ("table_row", "practice", "initiative"):
                # (「R6でS評価だった施設は？」 of a monitoring table grading 施設 year by year: they are the report's
                # items, as the plan report's are; 「委員会評価が△だった分野は？」 the groups they are filed under)
                from assistant.query.tables.evaluated_rows import graded, records_kind

                kind = records_kind(got[1].table, read_tables(db, dedicated))
                if kind == "practice" and not graded(got[1].table) and _opinions_on_items(db, got[1].table.source):
                    # (rows graded in another document, listed in a report holding members' opinions on each by
                    # its code: the records those opinions are on, keyed as they are — commented_records.py)
                    kind = ""
                if kind and got[0].target in ("table_row", kind):
                    got[1].rows_are = got[0].rows_are = kind
            from assistant.query.tables.coded_levels import keep_asked_levels  # (heading rows over coded items)

            got[1].rows_are = keep_asked_levels(question, got[0], got[1].table) or got[1].rows_are
            from assistant.query.tables.rows_named_by_said import rename_rows_as_said  # (「…ツールは」: by the ツール)

            rename_rows_as_said(question, got[0], got[1].table)
            if not got[1].rows_are:  # (歳入/歳出/組織 rows of a 総括 sheet over sheets 【歳入】…: heading_tail.py)
                rows_named_as_groups(got[0], got[1].table, read_tables(db, dedicated))
            mark_opinion_rows(question, got[0], got[1].table)  # 「…意見が出ている項目」: comments on the items
            if context is not None and _narrowed_by_number(got[1], context):
                _show_rows_before(got[0], got[1], context)
    return got


def _caption_said_whole(t: Table, qn: str) -> bool:
    """Whether the question says the table's caption whole, but the number heading it (３ / 表２ / (1))."""
    caption = re.sub(r"^(?:第?[0-9０-９]+(?:[章節.．])?|表\s*[0-9０-９]+|[(（][0-9０-９]+[)）])\s*", "", nfkc(t.caption or "").strip())
    return len(_key(caption)) >= 5 and _key(caption) in qn


def _narrowed_by_number(now: TableContext, context: TableContext) -> bool:
    """Whether the answer is another document's table asked of the rows of the answer before by their numbers
    (_numbered_elsewhere's condition)."""
    return now.table.source != context.table.source and bool(now.table.number) and any(
        c.op == "names" and c.header == now.table.number for c in now.conds)


def _show_rows_before(answer: Answer, now: TableContext, context: TableContext) -> None:
    """「（前年度より利用者が減った施設は？）そのうち公園緑地課の所管は？」: the rows of the answer before that the
    other document's column kept, shown (in place) after the answer's own excerpts under the keys they were shown
    with before, where the two documents' rows are read as different kinds (表１ 利用者数 rows, the graded list's
    facilities): the answer then names both the facilities the asker was looking at and the rows that narrowed them."""
    before_kind = context.rows_are or "table_row"
    if before_kind == (answer.rows_are or "table_row"):
        return
    kept = {_key(str(r["cells"].get(now.table.number) or "")) for r in now.rows} - {""}
    t0 = context.table
    shown = [r for r in context.rows if _key(str(r["cells"].get(t0.number) or "")) in kept]
    answer.excerpts = [*answer.excerpts, *({
        "key": f"{before_kind}:{_number_said_whole(t0, r['cells'].get(t0.number, ''))}", "record": r["key"],
        "source": t0.source, "line": r["line"], "field": "table_row",
        "text": " / ".join(f"{h}: {v}" for h, v in r["cells"].items() if v not in (None, "")), "highlights": []}
        for r in shown)]
    if shown:
        answer.notes.append(f"前の回答の表（{t0.doc_title or t0.source}）の同じ番号の行も抜粋に示しています")


# 「意見」「発言」: what members said, asked.
_OPINION_WORD = re.compile(r"意見|発言|指摘|コメント")


# 「いつやったの」「いつ実施した」: when, however the verb goes on (not いつも, いつか)
_WHEN_SAID = compiled(r"(?:^|(?<=[はがもの、,\s])|(?<=って))いつ(?!も|か)")


def _holds_no_when(t: Table, header: str) -> bool:
    """Whether a column holds nothing a 「いつ」 is answered by: no dates, no years, no figure in any of its cells."""
    col = t.column(header)
    if col is None or col.dates or col.years_inside:
        return False
    return not any(re.search(r"[0-9０-９]", str(r["cells"].get(header) or "")) for r in t.rows)


def _file_title(whole: Table, tables: list[Table], stem: str) -> str:
    """The title of the document whose list says the stem (表彰者一覧), for the condition's label."""
    return next((nfkc(t.doc_title) for t in tables if t.source != whole.source and stem in nfkc(t.doc_title or "")), "")


def _opinions_on_items(db, source: str) -> bool:
    """Whether the document holds members' opinions each on an item by its code (kinds/generic/opinion_bullets.py)."""
    try:
        return db.execute("SELECT 1 FROM comment WHERE source = ? AND about = 'item' LIMIT 1", [source]).fetchone() \
            is not None
    except Exception:
        return False


def _comments_held(db) -> bool:
    """Whether the index holds members' comments."""
    try:
        return db.execute("SELECT 1 FROM comment LIMIT 1").fetchone() is not None
    except Exception:
        return False


def _without_quota_word(read: str, tables: list[Table]) -> str:
    """「学識経験者枠の人」「公募枠で選ばれた委員」: a category said with 枠 (the seats of that kind) is the value a
    table's cell prints without it (区分 学識経験者)."""
    if "枠" not in read:
        return read
    for m in reversed(list(re.finditer(r"([一-龥ァ-ヶー・]{2,12})枠", read))):
        word = _key(m.group(1))
        if any(_key(nfkc(str(r["cells"].get(c.header) or "")).strip()) == word
               for t in tables for c in t.columns if not c.numeric for r in t.rows):
            read = read[:m.end(1)] + read[m.end():]
    return read


# 「どこでやった」「どこで開催された」「場所はどこ」: the place something was held, asked.
_WHERE_HELD = re.compile(r"どこで(?:やっ|行っ|行わ|開か|開催|実施|やる|行う|開く)|(?:会場|開催場所|開催地)(?:は|って)|場所(?:は|って)\s*どこ")
# A column holding places (会場, 開催場所, 所在地 …).
_PLACE_COLUMN = re.compile(r"場所|会場|開催地|所在地|住所|地区|地域|施設|場$|どこ")


# 「（実績が「－」のものは除いて）」「（実績が出ていないものは除く）」: the rows whose figure is blank left out.
_BLANK_EXCLUDED = re.compile(
    r"[(（]?\s*(?P<w>[一-龥ァ-ヶー]{1,8})が(?:[「『]?[－―\-ー−‐][」』]?|出ていない|出ていません|空欄|未記入|記入がない|ない|無い)"
    r"(?:の)?(?:もの|項目|ところ|の)?(?:は|を)?(?:除いて|除く|除き|除外して|除外|抜いて|外して)[)）]?[、,]?"
    # 「（評価のない年度がある施設は除く）」: a row with a year of no figure left out
    r"|[(（]?\s*(?P<y>[一-龥ァ-ヶー]{1,8})の(?:ない|無い|つかない|ついていない|空欄の)(?:年度|年)(?:が|の)ある[一-龥]{0,4}?(?:もの|ところ|の)?"
    r"(?:は|を)?(?:除いて|除く|除き|除外して|除外|抜いて|外して)[)）]?[、,]?")
# a comparison of that figure with another: 「実績が計画に届かなかった」「実績が計画を下回った」「実績が計画以上」
_COMPARED = r"が[^、。？?]{0,12}?(?:に届か|を下回|を上回|を超え|以上|未満|より(?:多|少|大き|小さ)|に達し|を達成|に満た)"


def _without_blank_exclusion(read: str) -> str:
    """The question without its clause leaving out the rows whose figure is blank (－), where it compares that
    figure too: a comparison holds only of rows with figures, so the clause says no more than it."""
    m = _BLANK_EXCLUDED.search(read)
    if m is None:
        return read
    rest = read[:m.start()] + read[m.end():]
    if re.search(re.escape(m.group("w") or m.group("y")) + _COMPARED, rest) is None:
        return read
    return rest


_MANY_OF_WHOLE = compiled(r"[、,]?\s*(?:全部で|全)?(?P<n>\d{1,2})\s*(?:つ|件|個|項目)\s*の(?=\s*(?:平均|合計|平均値))")


def _same_table(a: Table, b: Table) -> bool:
    return a is b or (a.source, a.caption, a.name, a.number) == (b.source, b.caption, b.name, b.number)


# 「全部で何件」「合わせて何件」: a whole asked in the table's own counter.
_WHOLE_COUNT = compiled(r"(?:全部で|全体で|合わせて|あわせて|合計で|トータルで|総計で)\s*(?:何件|何件数)")


def _count_total_said(question: str, tables: list[Table]) -> str:
    """「令和7年度の電子申請、全部で何件あった？」 over a table of counts of 件 per month and a year's total
    (手続名 | 4月 … 3月 | 合計, tables/read.py says that total 件数): the whole is that column added up, as
    「件数は全部で何件」 says, not how many rows — unless the question calls the rows by their word
    (「手続は全部で何件」) or says a column itself."""
    m = _WHOLE_COUNT.search(nfkc(question))
    if m is None:
        return question
    qn = _key(question)
    counted = [t for t in tables if any("年間件数" in c.forms and re.fullmatch(r"(?:年間|年度|年)?(?:合計|計|累計)", _key(c.header))
                                       for c in t.columns)]
    if len(counted) != 1:
        return question
    t = counted[0]
    if any(_key(f) in qn for c in t.columns for f in c.forms if len(f) >= 2):
        return question  # (a column or the rows' word said: read as said)
    text = nfkc(question)
    return text[:m.start()] + "件数は" + text[m.start():]


# 「令和6年度までに何人減りましたか」: one year said, as the end of a change whose amount is asked.
_UNTIL_CHANGED = compiled(r"^\s*(?:じゃあ|では|で、)?\s*(?P<year>[^、。?？]{2,12}?年度?)(?:まで)(?:に|で)?[、,]?\s*"
                          r"(?:どれだけ|どれくらい|どのくらい|いくら|何[一-龥]{0,2})\s*(?:減っ|減少し|増え|増加し|減り|増え)")


def _change_since_asked(question: str, context: TableContext) -> str:
    """「令和6年度までに何人減りましたか」 after 「…の令和3年度の職員数（実績）は？」 (one row's value of a year's
    column): the change of that column's measure from the year asked before to the year said now."""
    asked = context.asked
    m = _UNTIL_CHANGED.search(nfkc(question))
    if not m or len(context.rows) != 1 or not asked or asked not in {c.header for c in context.table.columns}:
        return question
    column = context.table.column(asked)
    said = find_years(m.group("year"))
    if column.year is None or not column.base or len(said) != 1 or said[0].fiscal_year <= column.year:
        return question
    t = context.table
    name = nfkc(str(context.rows[0]["cells"].get(t.name) or "")).strip() if t.name else ""
    q = nfkc(question)
    return q[:m.start("year")] + (f"{name}の" if name else "") + f"{column.base}は{column.year}年度から" + q[m.start("year"):]


_THAT = compiled(r"(?:その|この|同じ)([一-龥]{1,4})")


def _the_row_answered(question: str, context: TableContext) -> TableContext:
    """「その使途の年間の寄附額は？」 after 「寄附件数がいちばん少ない使途は？」: the row the extreme answered,
    said by the rows' word (使途 of 使途区分), not every row the answer ranked."""
    m = _THAT.search(question)
    t = context.table
    # (「その年度の純損益は？」 over rows named by their 年度 column, no naming column set apart: that column, said)
    name = t.name or (next((c.header for c in t.columns if not c.numeric and _key(c.header) == _key(m.group(1))), "")
                      if m else "")
    # 「その交付先はどこ？」 after 「…いちばん交付額が大きい補助金は？」 answered with one row: a column of that row
    # (交付先 of 交付先団体), said after その, is the answered row's
    own_column = bool(m) and len(context.top or ()) == 1 and len(m.group(1)) >= 2 and any(
        not c.numeric and c.header != name and any(len(_key(f)) >= 3 and _key(f).startswith(_key(m.group(1)))
                                                   for f in (c.header, *c.forms))
        for c in t.columns)
    if not context.top or not m or not name or not own_column and not any(
            _key(f).startswith(_key(m.group(1))) or _key(m.group(1)).startswith(_key(f))
            for f in (*t.column(name).forms, *_ROW_WORDS) if len(f) >= 2 or f == _key(name)):
        return context  # (「その課の」 over rows named by 課: the one kanji the naming column is headed)
    return TableContext(t, [*context.conds, Cond(name, "rows", list(context.top), f"前の回答の{name}")],
                        context.asked, [r for r in context.rows if r["key"] in context.top])


# 「その前の年度は？」「前年度はどうだった？」「翌年度は？」: a year said by its place, with no column after it.
_YEAR_NEXT_TO = re.compile(r"(?:その)?(?:(?P<back>前の年度?|前年度?|昨年度)|次の年度?|翌年度?)(?=\s*(?:は|だと|では|って|[?？]|$))")


def _year_next_to_asked(question: str, context: TableContext) -> str:
    """「その前の年度はどうだった？」 after a value of one year's column answered (施策の評価 令和6年度): the
    year before (or after) that column's year, said by its number, where the table has that year's column of
    the same measure; the question as it is otherwise."""
    t = context.table
    asked = context.asked
    if not asked or asked not in {c.header for c in t.columns}:
        return question
    col = t.column(asked)
    text = nfkc(question)
    m = _YEAR_NEXT_TO.search(text)
    if col.year is None or not col.base or m is None or find_years(text):
        return question
    fy = col.year - 1 if m.group("back") else col.year + 1
    if not any(c.base == col.base and c.year == fy for c in t.columns):
        return question
    return text[:m.start()] + fy_text(fy) + text[m.end():]


_ALIKE_SAID = compiled(r"同じ[一-龥]{1,4}(?:に|と|の|で)")
# 「同じ判定」「同じ評価」 of a column of judgements (外部評価結果, 評価区分): words for one judgement said of another.
_JUDGEMENT_WORDS = ("判定", "評価", "結果", "区分", "評定")


def _JUDGED_ALIKE(word: str, asked: str) -> bool:
    """「同じ判定になった」 after the value of 外部評価結果 answered: the word is one for a judgement and the column
    asked is headed by one."""
    head = re.sub(r"[(（][^)）]*[)）]", "", nfkc(asked)).strip()
    return word in _JUDGEMENT_WORDS and head.endswith(_JUDGEMENT_WORDS)


def _the_value_answered(question: str, context: TableContext) -> tuple[str, TableContext]:
    """「その課が担当してる取組」 after 「…の担当課は？」 answered with one value: the value said by the word
    for what it is (課 of 担当課) is that value, and the rows asked now are all the rows holding it
    (not the row named before, which only found the value)."""
    asked = context.asked
    m = _THAT.search(question)
    if not asked and m and len(context.rows) == 1 and _ALIKE_SAID.search(question):
        # 「同じ判定になった事業はほかにある？」 after the one row whose judgement was answered from its text
        # (no column asked): the one column of judgements the word names
        heads = [c.header for c in context.table.columns if not c.numeric and _JUDGED_ALIKE(m.group(1), c.header)]
        asked = heads[0] if len(heads) == 1 else ""
    if not asked or asked not in {c.header for c in context.table.columns}:
        return question, context
    values = {nfkc(str(r["cells"].get(asked) or "")).strip() for r in context.rows}
    m = _THAT.search(question)
    if len(values) != 1 or "" in values or not m:
        return question, context
    word = m.group(1)
    column = context.table.column(asked)
    if not (nfkc(asked).endswith(word) or word in column.forms or _JUDGED_ALIKE(word, asked)):
        return question, context
    if word in ("月", "年度", "四半期", "期") and re.fullmatch(r"(?:1[0-2]|[1-9])月|第\d四半期|.*年度", _key(column.base or asked)):
        # 「その月は何件だった？」 after 「いちばん多かったのは何月？」: the month answered is the column asked
        # again (its figure), no value of it
        return question[:m.start()] + asked + question[m.end():], context
    value = values.pop()
    t = context.table
    kept: list[Cond] = []
    rest = question[m.end():]
    besides = re.match(r"([^、。?？]{0,12}?)(?:ほか|他|別)(?:の|に)", rest)
    names = {_key(str(r["cells"].get(t.name) or "")) for r in context.rows} - {""} if t.name else set()
    if besides and names:
        # 「同じ課が持ってるほかの施設は？」: the rows holding that value, but the one answered before (the word
        # read as that condition)
        shown = "・".join(str(r["cells"].get(t.name) or "") for r in context.rows)
        kept = [Cond(t.name, "not_names", names, f"{t.name}が{shown}以外")]
        rest = besides.group(1) + rest[besides.end():]
    return question[:m.start()] + value + rest, TableContext(t, kept, "", [])


def _answer_from_tables(db: IndexReader, question: str, context: TableContext | None, loose: bool,
                        dedicated: bool = False) -> tuple[Answer, TableContext] | None:
    # (`dedicated`: the dedicated kinds' answer failed, so the tables their documents keep are read too)
    tables = read_tables(db, dedicated)
    if not tables:
        return None
    qn = _key(question)
    places = _places(question)
    places += _bare_places(db, question, places)
    # (「幹事市町」「参加市町」: a table's column of the municipalities in a role, no one place)
    heads = {_key(c.base) for t in tables for c in t.columns if not c.numeric}
    places = [p for p in places if not (_key(p) in heads and re.search(r"[一-龥]市町(?:村)?$", p))]
    place_spans = [(qn.find(_key(p)), qn.find(_key(p)) + len(_key(p))) for p in places if _key(p) in qn]
    inherited: dict[int, list[Cond]] = {}  # by id(table): the conditions a follow-up goes on from
    titled = False
    if places:
        shas = dict(db.execute(f"SELECT source, sha256 FROM documents WHERE {tabled_documents(db)}").fetchall())
        # (a saved page printing its city only in the browser title: its file's name says whose it is)
        # (「蕨ヶ汀市の連携事業」 of a sheet printing only 「蕨ヶ汀圏域」: the area named after its central city,
        # whose sheet it is)
        about = {p: [t for t in tables if _key(p) in _document_text(db, shas.get(t.source, ""))
                     or (_key(p).endswith("市") and len(_key(p)) >= 3
                         and _key(p)[:-1] + "圏" in _document_text(db, shas.get(t.source, "")))
                     or file_names_place(t.source, p)] for p in places}
        candidates = [t for t in tables if all(t in about[p] for p in places)]
        if not candidates:
            if len(places) >= 2 and all(about.values()):
                return _across(db, question, qn, about, place_spans)
            return None
        missing = _document_not_held(db, question, tables, candidates, shas, places)
        if missing is not None:
            return missing, None
        candidates = _titled(db, question, candidates) or candidates  # 「八戸市の評価報告書で…」
        if context is not None and context.table in candidates and _FOLLOW.search(qn):
            candidates, inherited = [context.table], {id(context.table): list(context.conds)}
            if context.asked and any(c.header == context.asked for c in context.table.columns) \
                    and _ONLY_PLACE_ASKED.fullmatch(reduce(lambda s, p: s.replace(_key(p), ""), places, qn)):
                # 「（楡ノ台村の回収数は？）じゃあ鳰ヶ浦町は？」: the column asked before, of the row the place names now.
                inherited[id(context.table)].append(Cond(context.asked, "ask_of_row", None, f"{context.asked}の値"))
    elif context is not None:
        # The table the conversation is on, or another table of its document holding the same rows
        # (「取組2の所管課は？」 from the list, then 「期待される効果は？」 from the items).
        candidates = [context.table] + [t for t in tables if t.source == context.table.source and t is not context.table
                                        # (the municipalities' tables joined by name: the conversation goes on over them)
                                        and not context.table.memo.get("joined_sources")]
        inherited = {id(context.table): list(context.conds)}
        if context.grouped:
            # 「いちばん多い課は？」 after counts by 担当課: the column counted by.
            inherited[id(context.table)].append(Cond(context.grouped, "grouped", None, f"{context.grouped}ごと"))
        if any(c.header == context.asked and c.year is not None for c in context.table.columns):
            # 「令和7年度は？」 after a year's value: the same column, of the year said now.
            inherited[id(context.table)].append(Cond(context.asked, "ask", None, f"{context.asked}の値"))
        elif context.asked and any(c.header == context.asked for c in context.table.columns):
            # 「じゃあ市民プール管理運営事業は？」 after a row's 今後の方向性: that column, of the row named now.
            inherited[id(context.table)].append(Cond(context.asked, "ask_of_row", None, f"{context.asked}の値"))
        if context.summed[0] and any(c.header == context.summed[1] and c.year is not None for c in context.table.columns):
            # 「じゃあ実績額の合計は目標にどれだけ足りなかった？」 after 「令和8年度の目標額の合計は？」: the year summed.
            inherited[id(context.table)].append(Cond(context.summed[1], "summed", None, f"{context.summed[1]}の合計"))
        moved = year_of_condition(question, context)
        if moved is not None:
            # 「（R6がＡの方針は？）じゃあR4は？」: the year's condition asked again of the year said now
            inherited[id(context.table)] = moved + [c for c in inherited[id(context.table)] if c.op == "ask_of_row"]
        cited = _cited_by_others(qn, context)
        if cited is not None:
            # 「それが翌年度に再指摘された件は？」 after 指摘番号5-07: the rows whose 備考 cites 5-07
            inherited[id(context.table)] = [c for c in inherited[id(context.table)] if c.header != context.table.number
                                            and c.op not in ("rows", "names")] + cited
        names = {_key(str(r["cells"].get(context.table.name) or "")) for r in context.rows} - {""}
        numbered = _numbered_elsewhere(tables, context)
        carried = year_of_condition_elsewhere(question, context, numbered) if moved is None else None
        if carried is not None:
            # 「（R6で満足度50%以上の施策は？）じゃあ令和2年度は？」 after a table of R6 alone: the same condition, of
            # that year's column of the table printing the measure by year (not the rows chosen before)
            candidates, inherited, numbered = [carried[0]], {id(carried[0]): carried[1]}, []
        if numbered:
            # (only for what the table the conversation is on does not read: 「じゃあいちばん低かったのは？」
            # goes on over its own column)
            own = _read(db, context.table, question, qn, place_spans, inherited[id(context.table)])
            if own is not None and not _unused_words(question, qn, own, context.table):
                numbered = []
            mine = {_key(c.header) for c in context.table.columns}
            # (and only a table printing a column the question says, which the conversation's table does not print)
            # (or a value quoted that a column of its own prints: 「その中でHP上の進捗が「順調」なのは」 after amounts;
            # or a year said, of whose columns the conversation's table has none: 「（企画財政課が協力課の項目は？）そのうち
            # R7が○だったのは」 over a matrix of offices asks the grades of another document's R7 columns)
            years_said = {y.fiscal_year for y in find_years(nfkc(question))}
            undated = all(c.year is None for c in context.table.columns)
            numbered = [(t, ns) for t, ns in numbered if any(
                len(f) >= 2 and _key(f) in qn for c in t.columns if _key(c.header) not in mine
                and c.header not in (t.name, t.number) for f in c.forms)
                or (years_said and undated and any(c.year in years_said for c in t.columns))
                or _quoted_value_of(t, question, mine)]
        candidates += [t for t, _ in numbered if all(t is not c for c in candidates)]
        # (a row numbered by its word, 施策5 │ 情報セキュリティと…, heads the items by its number too)
        heads = names | ({_key(str(r["cells"].get(context.table.number) or "")) for r in context.rows} - {""}
                         if context.table.number else set())
        from assistant.query.tables.tally_names import tally_name_column

        # (a tally's rows (評価区分 │ 件数 over 改善, 縮小 …) are none of another table's rows answered before: 「評価は
        # どうだった？」 after a 事業's row asks that row's 評価, not the tally's rows named so: m59-020)
        candidates = [t for i, t in enumerate(candidates) if i == 0 or not (
            t.name and names and t is not context.table and tally_name_column(t.columns, t.rows) == t.name
            and not names & {_key(str(r["cells"].get(t.name) or "")) for r in t.rows})]
        for t in candidates[1:]:
            if heads and len(heads) <= 10 and _under_heads(t, heads):
                # 「施策5ってどういう施策？」 answered from the summary table, then 「その中で…の取組は？」: the
                # items listed under the heading that row names (「施策5 情報セキュリティと…」).
                inherited[id(t)] = [Cond("見出し", "under_heads", heads,
                                         f"見出しが前の回答の{'・'.join(sorted(heads))}")]
            elif t.name and names and len(names) <= 50 and (numbers := _renamed_numbers(t, context)):
                # 「（財団法人の団体）そのうち市ＯＢが２人以上」 over the workbook's other sheet, which names each row by its
                # short form (文化振興財団 for 公益財団法人…文化振興財団): the rows by their numbers, named alike
                inherited[id(t)] = [Cond(t.number, "names", numbers, f"{t.number}が前の回答の{len(numbers)}件")]
            elif t.name and names and len(names) <= 50:
                inherited[id(t)] = [Cond(t.name, "names", names, f"{t.name}が前の回答の{len(names)}件")]
            elif not t.name and len(names) == 1:
                # A table of a row per year with a column per measure (年度 | 窓口業務の民間委託 | …):
                # the measure of the answer before is the column asked.
                own = [c.header for c in t.columns if _key(c.header) in names and c.numeric]
                if len(own) == 1:
                    inherited[id(t)] = [Cond(own[0], "ask", None, f"{own[0]}の値")]
        for t, numbers in numbered:
            # (the rows of the answer before by their numbers, printed alike in both documents)
            inherited[id(t)] = [Cond(t.number, "names", numbers, f"{t.number}が前の回答の{len(numbers)}件")]
        if carried is None and re.match(r"(?:その|この)", qn) and all(t.source != context.table.source for t, _ in numbered):
            for t, heads in _headed_elsewhere(tables, context):
                # 「その分野の改善項目で…」 after 重点分野Ｄ of the summary: the items another document lists under
                # the heading 「Ｄ 施設管理・業務委託の見直し」
                candidates.append(t)
                shown = sorted({str(r["cells"].get("見出し") or "") for r in t.rows
                                if _key(str(r["cells"].get("見出し") or "")) in heads})
                inherited[id(t)] = [Cond("見出し", "under_heads", heads, f"見出しが{'・'.join(shown)}（前の回答）")]
    else:
        candidates = _titled(db, question, tables) or tables
        titled = candidates is not tables  # 「補助金の見直し結果で…」: the document named by its title, no city
    if not places and (said := said_in_row(question, context)) is not None:  # 「効果額はどれくらいと見込んでた」
        return said, context
    if not places and (began := began_of_row(question, context)) is not None:  # 「それはいつから始まったの」
        return began, context
    old_new = answer_old_new(question, candidates, context, bool(places))  # (a 新旧対照表: old and new paired)
    if old_new is not None:
        return old_new[0], TableContext(old_new[2], [], "", old_new[1])
    total_share = answer_share_of_total(question, candidates, context if not places else None)  # 「全体のうちAは何％」
    if total_share is not None:
        return total_share[0], TableContext(total_share[2], [], "", total_share[1])
    changed = answer_row_year_change(question, candidates, context if not places else None)  # 「前の年からいくら減った」
    if changed is not None:
        return changed[0], TableContext(changed[2], [], "", changed[1])
    changed = answer_total_year_change(question, candidates, context if not places else None)  # 「総額は前年度から何円増えた」
    if changed is not None:
        return changed[0], TableContext(changed[2], [], "", changed[1])
    total = answer_total_row_value(question, candidates, context if not places else None)  # 「町全体の可燃ごみ、R6は何トン」
    if total is not None:
        return total[0], TableContext(total[2], [], "", total[1])
    from assistant.query.tables.listed_in_both import answer_listed_in_both  # 「両方に載っている手続」

    both = answer_listed_in_both(question, [context.table] if context is not None else candidates, _row)
    if both is not None:
        return both[0], TableContext(both[2], [], "", both[1])
    if context is not None and len(context.rows) == 1 and not places:
        # 「（堤川緑地公園の評価の推移）合計点が一番低かったのは何年度？」: the one row the conversation is on, across
        # the years of the measure said
        across = answer_row_years(question, qn, [context.table], row=context.rows[0])
        if across is not None:
            return across, context
    compared = answer_years_compared(question, candidates, context if not places else None)  # 「実績が計画を下回った年度」
    if compared is not None:
        return compared[0], TableContext(compared[1], [], "", compared[2])
    signed = answer_signed_extreme(question, candidates, bool(places) or titled)  # 「減額がいちばん大きかった」 of ▲ amounts
    if signed is not None:
        return signed[0], TableContext(signed[2], [], "", signed[1])
    from assistant.query.tables.ratio_asked import answer_ratio_asked  # 「南支所の前年度比」「前の年度より増えた庁舎」

    ratio = answer_ratio_asked(db, question, candidates) if not places else None
    if ratio is not None:
        return ratio[0], TableContext(ratio[2], [], "", ratio[1])
    none_held = answer_none_held(question, candidates, bool(places))  # 「Cが一つもない」
    if none_held is not None:
        return none_held[0], TableContext(none_held[2], [], "", none_held[1])
    roles = answer_role_counts(db, question, candidates) if not places else None  # 「協力課が３課以上」「担当が一番多い課」
    if roles is not None:
        return roles[0], TableContext(roles[2], [], "", roles[1])
    from assistant.query.tables.groups_by_size import answer_groups_by_size  # 「公用車を２台以上持ってる課はいくつ」

    sized = answer_groups_by_size(question, candidates) if not places and context is None else None
    if sized is not None:
        return sized[0], None
    restated = next((got for t in candidates if (got := restated_asked(t, question)) is not None), None)
    whole = next((got for t in candidates if (got := whole_asked(t, question)) is not None), None) \
        if restated is None else None
    if whole is not None and _whole_said_longer(whole[0], candidates, question):
        # 「全庁平均の年休取得日数」: another table's row is named by the longer word said (全庁平均); the question
        # is of that row, not of this table's 全庁
        whole = None
    if whole is not None:
        # 「令和7年度の研修受講率は全庁で」: the 全庁合計 row's own figure, read alone
        candidates = [whole[0]]
    if restated is not None:
        # 「保育士の2025年の実績は？」: a restated row named (「（再掲）うち保育士」), read alone.
        candidates = [restated[0]]
    if context is None and (change := answer_year_rows_change(question, qn, candidates)) is not None:
        # 「公立施設数は令和５年度から令和９年度でいくつ減る」: one figure of a table of year rows, two rows apart
        # (before the rows are read: each reading would take the two years as two rows to list)
        return change, None
    readings = [r for t in candidates if (r := _read(db, t, question, qn, place_spans, inherited.get(id(t), ()))) is not None]
    if not readings and titled and not places and context is None and restated is None and whole is None:
        # 「令和7年度、電子申請で対応した業務のうち削減率が最も低い」: 電子申請 titles another document (電子申請の利用
        # 状況), whose table reads nothing of the question; the word is a value of this one's (導入ツール)
        others = [t for t in tables if t not in candidates]
        readings = [r for t in others if (r := _read(db, t, question, qn, place_spans, ())) is not None
                    and not r.left]
        titled = False
    if any(r.table.of_groups for r in readings) and not _GROUPS_ASKED.search(qn) and (
            _PARTS_ASKED.search(qn) or _parts_unnamed(readings) and not _GROUP_TOTAL_ASKED.search(qn)):
        # 「市民部の内訳」「正職員がいちばん少ない課は」: the parts of a group are asked, which its 小計 alone
        # (the groups' own table) does not hold
        parts = {r.table.source for r in readings if not r.table.of_groups}
        readings = [r for r in readings if not (r.table.of_groups and r.table.source in parts)] or readings
    for r in readings:
        apply_plan_readings(db, question, qn, r)  # (timelines, dashes, courses: before the words are counted)
    joined = _read_joined_places(db, question, qn, tables, candidates, readings, place_spans, inherited)
    if joined is not None:
        # 「RPAを実施中で、経常収支比率が90％未満の団体」: the municipalities' rows of several documents, by name
        readings = [joined]
        # (a follow-up's conditions, of the table the conversation was on, are the joined table's)
        inherited = {**inherited, id(joined.table): list(joined.table.memo.get("prior", ()))}
    # (「財政力指数、類似団体平均よりどれだけ低い」: the gap of the row's own figure to the column said)
    from assistant.query.tables.gap_to_column import GAP_ASKED, answer_gap_to_column
    if GAP_ASKED.search(qn) and (gap := answer_gap_to_column(question, qn, candidates)) is not None:
        return gap, None
    # (「将来負担比率が「－」の年度はいくつ」: the row's dashed years counted, not the rows of that name)
    if (not readings or DASH_COUNT.search(inherit_eras(qn)) or RISES_COUNTED.search(inherit_eras(qn)) or MONTH_EXTREME.search(qn)
         or SPAN_MEAN.search(inherit_eras(qn))) and (across := answer_row_years(question, qn, candidates)) is not None:
        # 「将来負担比率がいちばん高かったのは何年度」: one row across its years' columns
        return across, _month_answered(across, candidates)
    why = why_noted(db, question, [context.table], context.rows) if context is not None and len(context.rows) == 1 \
        and not places else why_noted(db, question, candidates) if places and not readings else None
    if why is not None:
        return why, None
    if not readings and (share := answer_share_of_column(question, qn, candidates)) is not None:
        # 「施策2-3-1の令和6年度の実績は目標値の何％」: one row's figure over another of its figures
        return share, None
    if not readings:
        return None
    # The document the question names by its title's words (第2次行政改革大綱, 事務事業評価) first.
    # (a city named scopes; it prefers none of its documents' tables)
    # (a piece of a place's name as Sudachi cut it, 汐見 of 汐見ヶ原市, is the place's too)
    words = [_key(w) for w in _content_words(question) if len(_key(w)) >= 2
             and not any(_key(p) in _key(w) or _key(w) in _key(p) for p in places)
             and not find_years(w, calendar=True) and not _TIME_UNIT_WORD.fullmatch(w)
             # (「令和になってから」: an era said alone is a span of years, no word of a title 「令和６年度…報告」)
             and w not in ("令和", "平成", "昭和")]
    # (「何施設」: a counter says what is counted, no word of a title)
    # (its word said again inside a longer one, 指定管理施設, is that word's)
    words = [w for w in words if "何" + w not in qn or (
        len(re.findall(re.escape(w), qn)) > len(re.findall("何" + re.escape(w), qn))
        and not any(w in o for o in words if o != w))]
    unused = {id(r): _unused_words(question, qn, r, r.table) for r in readings} if len(readings) > 1 else {}
    # (「…に区分される実施項目について」: the word one table calls its rows by (実施項目 | 番号 …), read so, is no
    # word naming another document whose title holds it (…実施項目進捗管理シート))
    rows_word = {w for w in words for r in readings if r.table.name and _key(r.table.name) == w
                 and (at := qn.find(w)) >= 0 and any(a <= at and at + len(w) <= b for a, b in r.spans)}
    # (「…10点以上上がった施設はどこ」: 施設 is what the table of 施設名 calls its rows, read with no word left, no
    # word of the title 「…公共施設相互利用協定一覧」 of a table leaving words unread)
    rows_word |= {w for w in words for r in readings if r.table.name and _key(r.table.name) in (w + "名", w + "名称")
                  and not unused.get(id(r)) and len(unused) > 1}
    # (「定員が100人以上の公民館」 over rows whose names all end in 公民館: their word, read with no word left, names
    # them, no word of another document's title 「公民館講座の利用状況」: name_ending.py)
    # (only the ending the names share: a row word read otherwise, 意見 of 意見の要旨, is its own title's word still)
    rows_word |= {w for w in words for r in readings if r.table.name_ending and len(w) >= 2 and _key(r.table.name_ending) == w
                  and r.table.name and w in {_key(f) for f in r.table.column(r.table.name).forms}
                  and not unused.get(id(r)) and len(unused) > 1}

    # (a word every document's title holds, 施設 of 「公共施設…」 in each of a city's documents, names none of them)
    # (of the readings leaving the fewest words unread: those others leave more anyway)
    fewest = min((len(unused.get(id(r), [])) for r in readings), default=0)
    closest = [r for r in readings if len(unused.get(id(r), [])) == fewest]
    # (only the rows' own word, 施設 of 施設名: a word of the titles that is no word for rows, 推進プラン, still
    # names the document whose title says least beside it)
    everywhere = {w for w in words if len({r.table.source for r in closest}) > 1
                  and all(w in _key(r.table.doc_title) for r in closest)
                  and any(r.table.name and w in r.table.column(r.table.name).forms for r in closest)}

    # (「…が指定管理者になってる施設」: a column of another document's table, whose title lacks the word, names no
    # document by its title, as in _titled)
    columned = {w for w in words for r in readings if w not in _key(r.table.doc_title)
                and any(_key(c.header) == w or _key(c.base) == w for c in r.table.columns)}
    # (「状況が未着手の物件」: 状況 read by one table as its column 状況 (利活用の状況 │ 状況), bound to a value, is no
    # word of another document's title 「…貸付収入の状況」 either)
    columned |= {w for w in words for r in readings if w not in _key(r.table.doc_title)
                 and any(c.op in ("eq", "ne", "in", "contains") and any(_key(f) == w for f in _forms_of(r.table, c.header))
                         for c in r.conds)}
    # (「方針が売却の物件」: 売却 said as the value of the column named before it, which a table whose title lacks the
    # word holds, is no word of the titles 「…売却実績」「市有地売却…のご案内」 either (as _titled reads it))
    columned |= {w for w in words if said_as_value(w, qn, [r.table for r in readings if w not in _key(r.table.doc_title)])}
    # (「10月以降に契約したもの」: 契約 read as the doing a column of days is headed by, 契約日, names no document
    # whose title holds it, 「入札・契約制度改正の概要」: dated_verbs.py)
    columned |= {w for w in words for r in readings if w not in _key(r.table.doc_title)
                 and any(w in _key(s) and any(_key(s) in c.forms and c.dates for c in r.table.columns) for s in r.said)}
    # (「2つの部局の共管」 read on one table as how many departments its cells join: 部局 is that reading's word,
    # not the title's 「…部局別」 of another)
    columned |= {w for w in words for r in readings for a, b in getattr(r, "counted_spans", ())
                 if w in qn[a:b] and w not in _key(r.table.doc_title)}
    # (「北部の保育園で民営化するのは」: 民営化 read as a value (再編方針が民営化) by the tables of two documents, one
    # titled 「…再編・民営化実施計画」, is a value of their rows, no word naming that document over the other)
    columned |= {w for w in words if len({r.table.source for r in readings if any(
        c.op in ("eq", "in", "contains") and isinstance(c.value, str) and _key(c.value) == w for c in r.conds)}) > 1}
    # (「移行先の法人が決まってない園」: a column said with の between its words (移行先法人) and read whole by one
    # table is that table's word; 法人, one half of it, names no other document titled 「移管先法人の選定結果」)
    columned |= {w for w in words for r in readings for s in r.said
                 if "の" in (k := _key(s)) and w != k and w in k.split("の") and w not in _key(r.table.doc_title)
                 and any(k in c.forms for c in r.table.columns) and k.replace("の", "") not in _key(r.table.doc_title)}
    # (but the table reading 「評価の指標」 whole, of 「…成果指標一覧」, keeps 指標 as its own title's word)
    # (「総務課が担当してるやつ何件？」: 総務課 read as the value of 担当課 by a table whose title lacks it, and as a row
    # by one whose title holds it only as its issuer, 「…調査結果 総務課ＤＸ推進係」: both read it as their data, and
    # the issuer's line names neither document)
    columned |= {w for w in words for r in readings if w not in _key(r.table.doc_title)
                 and any(c.op == "eq" and _key(str(c.value)) == w for c in r.conds)
                 and any(w in _key(o.table.doc_title) and w in {_key(n) for n in o.names} for o in readings)}

    # (「月45時間を超えた職員が一人もいなかった課」: 職員 read inside the longer words one table says its column by,
    # 月45時間を超えた職員 of 月45時間超の延べ人数, names no document titled 「職員の時間外勤務の状況」)
    columned |= {w for w in words for r in readings if w not in _key(r.table.doc_title)
                 and any(w in k and len(k) >= len(w) + 4 and any(k in c.forms for c in r.table.columns if c.numeric)
                         for k in map(_key, r.said))}
    # (「指定管理者が株式会社のところ」 over two documents whose titles both hold 指定管理者 and whose tables both
    # print that column: a word every table reading the question best reads as the column its condition is on
    # names the column, no title)
    columned |= {w for w in words if len(closest) > 1 and all(
        any(c.op not in ("rows", "names") and (_key(c.header) == w or w in map(_key, _forms_of(r.table, c.header)))
            for c in r.conds) for r in closest)}

    # (「文化振興課の指定管理施設」: a word one table read whole, as what its file 指定管理施設一覧 lists, names no
    # other document whose title holds it, 「指定管理施設 改善指示…一覧」, leaving words unread)
    filed = {w: {r.table.source for r in readings if not unused.get(id(r)) and w in _key(r.table.source.rsplit(".", 1)[0])
                 and (at := qn.find(w)) >= 0 and any(a <= at and at + len(w) <= b for a, b in r.spans)}
             for w in words} if len(unused) > 1 else {}

    # (「…推進項目はいくつ」: the word two documents' tables both call their rows by, 推進項目 of the progress sheet
    # and of 「推進項目別 担当課・協力課一覧」, names the rows asked, no one document by its title)
    shared_rows = {w for w in words if len({t.source for t in tables if t.name and w in {
        _key(f) for f in (t.name, *t.column(t.name).forms)}}) > 1}

    def title_words(r: _Reading) -> int:
        # (a caption's word names its table as the title's does: 「…連携事業別の事業費」 beside 「連携事業進捗管理表」)
        return sum(len(w) for w in words if w not in shared_rows and not (filed.get(w) and r.table.source not in filed[w]) and (
            w in _key(r.table.doc_title) or (
            len(w) >= 4 and w in _key(r.table.caption)
            and any(w in _key(o.table.doc_title) for o in readings if o.table.source != r.table.source)))
                   and w not in everywhere and w not in columned
                   and not (w in rows_word and _key(r.table.name or "") != w))

    def title_rest(r: _Reading) -> int:
        """How much a title says beyond the words the question names it by (years aside): of
        「推進プラン 実績報告」 and 「推進プラン 財政効果額一覧」, 「推進プランで」 names the first."""
        if not title_words(r):
            return 0
        rest = _key(r.table.doc_title)
        for y in sorted(find_years(rest), key=lambda y: -y.start):
            rest = rest[:y.start] + rest[y.end:]
        for w in words:
            rest = rest.replace(w, "")
        return len(re.sub(r"[^一-龥ぁ-んァ-ヶー]", "", rest))

    def rows_named(r: _Reading) -> bool:
        """「…始まった事業」: the question calls the rows by this table's word for them (事業名)."""
        if not r.table.name:
            return False
        ending = _key(r.table.name_ending) if r.table.name_ending else ""
        # (a shared ending that is any rows' word, 事業 of …委託事業, calls these rows no more than another table's:
        # 「取組や事業」 over two documents)
        forms = [*(f for f in r.table.column(r.table.name).forms
                   if not (ending in _ROW_WORDS and _key(f) in (ending, ending[-1]))),
                 *(w for w in _ROW_WORDS if len(w) >= 2 and _key(r.table.name).startswith(_key(w)))]
        # (「基本情報施設名」 of a header of two rows, said 施設名: its rows are called 施設 as 施設名's are)
        forms += [f[:-1] for f in forms if len(f) >= 3 and f.endswith("名") and f[:-1] not in forms
                  and any(f == o and o != r.table.name and r.table.name.endswith(o) for o in forms)]
        # (「方針 │ 名称 │ 令和4年度 …」: the word heading the rows' numbers, 方針 of 1, 2, 3, is their word too; a
        # header naming a number, 契約番号 or 施策番号, says what the number is of, no word the rows are called by:
        # 「随意契約件数」 is the summary's column, 「…施策」 the plan's headings)
        # (but a column the question sets a condition on is said as that column: 「ＣかＤの判定だった補助金」 over a
        # legend keyed by its 判定 letters calls no rows 判定)
        numbered = _key(r.table.number or "")
        if len(numbered) >= 2 and numbered not in forms and r.table.number != r.table.name \
                and r.table.number not in {c.header for c in r.conds} \
                and not re.search(r"(?:番号|no\.?|№|コード|id)$", numbered):
            forms.append(numbered)
        # (「基本方針2」 is a value of 基本方針, not the rows called by their word)
        # (nor is 地区 of the row 「北部地区」 named: a row's own name said is no word for the rows)
        said = reduce(lambda s, n: s.replace(_key(n), "　"), sorted(r.names, key=len, reverse=True), qn)
        # (the names' shared ending, 事業 of …支援拠点事業, said inside a longer word, 事業費, calls no rows by it)
        return any(_key(f) in said and re.search((r"(?<![一-龥])" if len(_key(f)) == 1 else "") + re.escape(_key(f)) + (
            _ENDING_WORD_END if ending and _key(f) in (ending, ending[-1]) else r"(?![0-9])"), said) for f in forms)

    def holds_rows(r: _Reading) -> bool:
        return not r.conds or any(all(_holds(row, r.table, c) for c in r.conds) for row in r.table.rows)

    # Of documents reading the question as well, one whose rows meet it (a city's other table may print
    # the same column without such rows).
    which = bool(_WHICH_ROWS.search(nfkc(question)))

    def figure_for_which(r: _Reading) -> bool:
        """「未措置のままになっているのはどれ？」 read as one figure of a tally (its 未措置 column): a
        question asking which rows is no figure's."""
        if r.aggregate in ("ratio", "count") and r.asked in {c.header for c in r.table.columns} and r.table.column(r.asked).numeric:
            # 「措置済になっている割合」「未措置のものはいくつ」 read as the rows of a tally counted beside its
            # 措置済 or 未措置 column: neither a share nor a count of those rows
            return True
        return which and bool(r.asked) and not r.aggregate and not r.measure \
            and r.asked in {c.header for c in r.table.columns} and r.table.column(r.asked).numeric

    def ranks_one(r: _Reading) -> bool:
        """「北部地区で…多い順に上から3つ」 read as the one row 北部地区 of a summary table: an order of one
        row ranks nothing; the rows standing under 北部地区 of another table are what is ordered."""
        return r.aggregate.startswith("order") and len(readings) > 1 \
            and sum(all(_holds(row, r.table, c) for c in r.conds) for row in r.table.rows) == 1

    def said_column_read(r: _Reading) -> int:
        """「対策実施年度が令和5年度の施設」: the length of the longest name of a column (4 characters or more) the
        question says as it is and this reading holds a condition on; another table reading the same words
        piecemeal (対策, 実施状況, 年度) reads less of them."""
        # (a header of two rows joined, 計画 over 対策実施年度, is said by its own name under the group: its tail)
        # (a tail of words only: 「令和6年度」 of 達成状況令和6年度 is the year said, no name of the column)
        return max((len(_key(f)) - k for c in r.conds for f in _cond_forms(r.table, c)
                    for k in range(max(0, len(_key(f)) - 3)) if _key(f)[k:] in qn
                    and re.fullmatch(r"[一-龥ぁ-んァ-ヶー々]{4,}", _key(f)[k:])), default=0)

    readings = _without_legends(readings)  # 「判定がＣだった補助金」: the scored rows, not the legend of the grades
    asked_noun = _SUPERLATIVE_NOUN.search(nfkc(question))

    def asks_its_rows(r: _Reading) -> bool:
        """「予算がいちばん多い部はどこ？」: the thing asked after the superlative is what this table's rows are
        (部名 → 部, a summary by department), not the rows of another table (補助金) it adds up."""
        return bool(asked_noun and r.table.name
                    and re.sub(r"(?:名|名称)$", "", nfkc(r.table.name).strip()) == asked_noun.group("noun"))

    def merged_rows(r: _Reading) -> int:
        """「楡ノ沢小学校に統合される学校」 read in a sheet's 備考 (「…へ統合予定」, one school) and in a plan's
        再編後 column (both schools): the table printing more of the rows sent into the one named tells more of
        them."""
        said = [_key(str(c.value)) for c in r.conds if c.op == "contains" and isinstance(c.value, str)
                and re.search(r"[へに](?:統合|移管|集約|編入)$", _key(c.value))]
        return sum(all(w in _key(str(row["cells"].get(c.header) or "")) for c, w in zip(
            [c for c in r.conds if c.op == "contains" and isinstance(c.value, str) and _key(c.value) in said], said))
            for row in r.table.rows) if said else 0

    # (「令和６年度に不調になった入札」: a year said as the scope of that year's list, not the row of a table of
    # years read by parts of its headers: year_row_scope.py)
    from assistant.query.tables.year_row_scope import scope_not_row
    readings = [r for r in readings if not scope_not_row(r, readings, unused, qn)] or readings
    reading = max(readings, key=lambda r: (not ranks_one(r), title_words(r),
                                           not grade_for_amount(r, qn),
                                           -len(unused.get(id(r), [])), merged_rows(r), asks_its_rows(r),
                                           not figure_for_which(r),
                                           holds_rows(r) if len(readings) > 1 else True,
                                           -title_rest(r), not counts_the_things_asked(r.table.caption, qn),
                                           rows_named(r),
                                           _in_named_rows(r, unused.get(id(r), [])),
                                           said_column_read(r),
                                           # (a list of some rows of another document's list read alike: the whole list)
                                           not part_of_another(r.table, [x.table for x in readings]),
                                           r.score + sum(len(w) for w in words if len(w) >= 4 and w in _key(r.table.caption)
                                                         and w not in shared_rows),
                                           r.table is (context.table if context else None), _edition(r.table),
                                           # (a list of the rows over the sheets detailing each: the list)
                                           not _sheets_of_listed(r.table, [x.table for x in readings]),
                                           len(r.table.rows), len(r.table.columns)))
    # (「…評価が下がった方針」 over a plan's 方針 │ 名称 │ 令和4年度 … and its 取組 table filed under 方針 headings: the
    # one table whose rows the question calls by their word, reading it as whole, not the heading of another's rows)
    called = [r for r in readings if r is not reading and rows_named(r) and reading.asked == "見出し"
              and len(unused.get(id(r), [])) <= len(unused.get(id(reading), []))]
    if not rows_named(reading) and len(called) == 1:
        reading = called[0]
    if not places and context is None and not reading.named_verbatim:
        # Nothing names the document: its own words must (目標効果額, a value no other document has),
        # and no other document's table may read as well.
        titled = _titled(db, question, tables)
        if not titled and rows_named(reading) and reading.aggregate:
            # 「通報が一番多かった区分は？」 over 区分 | R3 | … of 「公益通報窓口の運用状況」: a short word of one
            # title only, with the rows called by their own word and a figure of them asked
            titled = _short_titled(question, tables, reading.table)
        # (the dedicated kinds answering nothing, the rows asked by the table's own word for them, 「…手続は？」
        # over 手続名, name it too: no generic word for rows, 項目 or 事業)
        own_rows = loose and reading.table.name and any(
            len(f) >= 2 and f not in _ROW_WORDS and re.search(re.escape(_key(f)) + r"(?![0-9])", qn)
            for f in reading.table.column(reading.table.name).forms)
        # (「R2からR7で増えた課は？」 over 部門 | 部 | 課 | 令和2年 …: the name column's header of one character, said as
        # a word of its own, not ending another's (所管課, 総務課): the rows called by it)
        own_rows = own_rows or bool(loose and reading.table.name and any(
            len(f) == 1 and re.search(r"(?<![一-龥ァ-ヶー々])" + re.escape(_key(f)) + r"(?![一-龥ァ-ヶー々0-9])", qn)
            for f in reading.table.column(reading.table.name).forms))
        # (nor 施策 of a long table of a plan's items graded each year, 施策番号 × 年度: the word the table calls
        # its rows, said as what is asked, though other tables name rows so too — rows_are.py)
        items = _long_items_word(reading.table) if loose else ""
        own_rows = own_rows or bool(items and re.search(re.escape(items) + r"(?:は|って|を|で|が|[?？]|$)", qn))
        # (「令和６年度の有収率は？」: one row named whole, of a year's figure this table prints per year: the row's
        # figure of that year, however short its name)
        own_rows = own_rows or (loose and _year_figure_of_row(reading, qn))
        # (「50歳以上の職員は何人」: an age bound read on rows of age bands, which no other kind of table has)
        own_rows = own_rows or bool(loose and any(c.op == "names" and c.header == reading.table.name
                                                  for c in reading.conds) and age_band_rows(reading.table))
        # (nor a column named as printed under its group, 「対策実施年度」 of 計画 | 対策実施年度, no other table reads)
        own_column = said_column_read(reading) >= 4 and not any(said_column_read(r) for r in readings if r is not reading)
        # (nor a figure ranked by a column named whole as printed, 「不調件数が一番多かった年度」, of four characters or
        # more, which no other table reads: whole_header_said.py)
        own_ranked = (reading.aggregate in ("max", "min") and said_whole(reading, qn)
                      and measure_said_long(reading, qn) and len(readings) == 1)
        own_column = own_column or own_ranked

        def built_in_era(r: _Reading) -> bool:
            """「昭和に建てられた施設」: an era read on the one column of the year a building went up; 「令和になってから
            入れた」 on a column of years said by its doing (導入年度: year_verbs.py)."""
            return any(c.op == "fy_in" and (re.search(r"建築|建設|竣工|築", c.header) or any(
                _key(s) in r.table.column(c.header).forms for s in r.said if len(_key(s)) >= 2)) for c in r.conds)
        # (nor the era a building went up, which only this table's column of building years reads)
        own_column = own_column or (built_in_era(reading) and not any(built_in_era(r) for r in readings if r is not reading))
        # (nor the year a row began, 「令和７年度から始めた取組」 read on the one column of start years, 開始時期, the
        # dedicated records answering nothing: began_column.py)
        from assistant.query.tables.began_column import began_on

        # (two tables of start months, 取組 of 開始時期 and a list of procedures by the month each began: the one whose
        # rows the question calls by its name column's word, 取組名 → 取組)
        from assistant.query.tables.began_column import rows_called

        others_began = [r for r in readings if r is not reading and began_on(r, qn)]
        own_column = own_column or (loose and began_on(reading, qn) and (
            not others_began or (rows_called(reading, qn) and not any(rows_called(r, qn) for r in others_began))))
        # (and a span of years by its end or length, 「令和７年度までに実施が終わる」「複数年度にまたがって」: span_column_said.py)
        from assistant.query.tables.span_column_said import span_column_said

        others_spans = [r for r in readings if r is not reading and span_column_said(r, qn)]
        own_column = own_column or (loose and span_column_said(reading, qn) and (
            not others_spans or (rows_called(reading, qn) and not any(rows_called(r, qn) for r in others_spans))))
        # (「R5からR6で評価が下がった施策」 over 施策番号 | 具体的施策 | R5 | R6 of 「具体的施策の評価結果」: the grade
        # changing, said by the word the title calls the columns' grades, compared on the columns of the years)
        # (two such tables of one plan, 方針 graded by year and the 取組 under them: the one whose rows the question
        # calls by its name column's word, 取組名 → 「…取組」)
        others_graded = [r for r in readings if r is not reading and _graded_by_title(r, qn)]
        own_column = own_column or (loose and _graded_by_title(reading, qn) and (
            not others_graded or (rows_called(reading, qn) and not any(rows_called(r, qn) for r in others_graded))))
        # (「他団体のうち、主な取組に勤務間インターバルが入っていない」 over a memo's blocks of other municipalities: the
        # rows called as the others they are, though the city's own documents say 勤務間インターバル too)
        from assistant.query.tables.place_rows import others_called
        others = others_called(reading.table, nfkc(question))
        # (nor the rows sent into the one named, where this table prints more of them than any other document's)
        own_merged = merged_rows(reading) > max((merged_rows(r) for r in readings
                                                 if r.table.source != reading.table.source), default=0) > 0
        # (「Ｒ６の入札結果を教えて」: what the sentence leading into the table calls it, said whole, names it)
        own_lead = len(_key(reading.table.lead)) >= 4 and _key(reading.table.lead) in qn
        # (「令和4年度の方針別の評価」: the table's own caption, 「３ 方針別の評価」 but its number, said whole)
        own_lead = own_lead or _caption_said_whole(reading.table, qn)
        # (「令和5年度に修繕した橋」 of 「年度別の修繕実績」: the deed the caption records said as a verb)
        own_lead = own_lead or _caption_deed_said(reading.table, qn) is not None
        # (「指定管理者が株式会社のところ」: a column said, then a word its cells hold as what it is; the dedicated
        # kinds' text saying both words (a case study's 指定管理者 …株式会社) holds no column of them)
        own_column = own_column or _word_of_column_said(reading, qn)
        # (「3か月以上連続で400時間を超えた」: a bound on the row's months, which only a table of months reads)
        own_column = own_column or any(c.op in ("any_month_past", "month_run") for c in reading.conds)
        if not titled and (not (reading.said or own_rows or own_column or others or own_merged or own_lead)
                           or (not loose and any(_in_dedicated(db, w) for w in reading.said)
                               and not _own_words_read(db, reading) and not others and not own_ranked)):
            return None
        # (a document whose rows do not meet the question, when the chosen one's do, is no rival)
        # (nor one leaving more of the question's words unread: 「子育て支援課が所管している委託業務」 reads
        # on a list of 委託 業務, while another table holding the same 所管課 leaves 委託業務 unread)
        # (nor one leaving words unread the chosen one reads as conditions on its rows: 「令和5年度より令和6年度の
        # 予算額が増えた補助金」 read as 開始年度 令和5〜6年度 leaves 予算額 and 増えた)
        # (nor one whose rows the question does not call by their word, when the chosen one's it does:
        # 「…評価項目を教えて」 over 評価項目 | 評価結果 …)
        from assistant.query.tables.groups_of_rows import groups_rows_of

        if any(r.score >= reading.score and r.table.source != reading.table.source
               and not _same_rows_held(reading, r)
               # (nor one pinning by part of its name the same one row the chosen one does: same_row_pinned.py)
               and not same_row_pinned(reading, r, _holds)
               # (nor one reading the year said otherwise, when it is the chosen one's own: 「令和６年度の提案で…」
               # of 「令和６年度…一覧」, not the status at 令和６年度末 of another document's rows of several years)
               and not (reading.own_year and not r.own_year)
               # (nor a list of some of the chosen one's rows, 表彰 of the 審査結果, the question saying nothing of them)
               and not part_of_another(r.table, [reading.table])
               # (nor one printing fewer of the rows sent into the one named: a sheet's 備考 beside the plan's 再編後)
               and merged_rows(r) >= merged_rows(reading)
               and (holds_rows(r) or not holds_rows(reading))
               and not (rows_named(reading) and not rows_named(r))
               # (nor one of no condition, when the chosen one's condition is on a column the question names as
               # printed: 「対策実施年度が令和5年度」 beside another table's 実施状況 R5 read as asked)
               and not (said_column_read(reading) >= 4 and not r.conds and not said_column_read(r))
               # (nor one ranking by a column said only by its tail, 平均落札率(%) said 落札率, where the chosen one ranks
               # by a column said whole: whole_header_said.py)
               and not ranks_by_whole_over_part(reading, r, qn)
               # (nor a summary whose rows are the classes of the chosen one's rows, its rows not called by their
               # word, where the chosen one reads every word: groups_of_rows.py. 「縮減見込を人件費に換算したら何円？」
               # read on a list of tasks leaves 人件費・換算 unread; their summary by 係 stays a rival and the text answers)
               and not (groups_rows_of(r.table, reading.table) and not rows_named(r) and not unused.get(id(reading)))
               and not _title_reads_more(reading, unused.get(id(reading), []), unused.get(id(r), []))
               # (a reading of no condition but the figure ranked, 「計画額が一番大きい」, reading every word while the
               # other leaves some unread, has its rival's words no more)
               and (len(unused.get(id(r), [])) <= len(unused.get(id(reading), []))
                    or (not reading.conds and not (reading.aggregate and not unused.get(id(reading)))
                        and not _rows_word_unread(reading, unused.get(id(reading), []), unused.get(id(r), []))))
               for r in readings):
            return None
    if not places and context is None and not loose and any(_in_dedicated(db, _key(n)) for n in reading.names):
        return None
    # (「保健所の令和4年度は、計画と実績の差が」: a row's figures of a year, by the columns' own words, which no
    # other document's table reads and its running text does not print as figures of a year)
    # (「観光入込客数はR3からR6でどれだけ増えた」: the change between two year columns of a row, read as such)
    year_figures = loose and (bool(reading.said) or _year_figure_of_row(reading, qn)) and any(
        h in {c.header for c in reading.table.columns} and reading.table.column(h).year is not None
        for h in (*reading.measure.split("|"), reading.asked) if h)
    from assistant.query.tables.change_amount import change_amount_asked
    year_figures = year_figures or (loose and change_amount_asked(question, reading))
    unread = bool(unused[id(reading)] if id(reading) in unused else _unused_words(question, qn, reading, reading.table))
    if not places and context is None and not year_figures and _named_elsewhere(db, reading, question, unread) \
            and not (titled and reading.table in (titled if isinstance(titled, list) else candidates)):
        return None  # the same name in two documents, and nothing says which (「定員適正化計画で、…課の」 says)
    if context is not None and not places and not reading.used_any:
        return None
    if _ASKS_UNLISTED.search(nfkc(question)) and not (reading.asked or reading.measure or reading.aggregate
                                                        or reading.conds or reading.names):
        return None  # 「事務事業評価は誰が行っているのですか」: no column says who; the rows are no answer
    if _WHEN_SAID.search(qn) and reading.asked and not (reading.names or reading.aggregate or reading.conds) \
            and _holds_no_when(reading.table, reading.asked):
        return None  # 「健全度の再調査っていつやったの？」 over a column of grades (健全度 R6再調査): no row says when
    if reason_unlisted(question, reading):
        # 「…の共同導入が遅れたのはなぜ？」: no column says why; a note under the table naming the row may, else the
        # text (the rows matching the name are no answer to why)
        why = why_noted(db, question, [reading.table])
        if why is not None:
            return why, None
        if not unread:
            return None
        # (words left unread, 「…が概ね達成にとどまった理由は？」: the reading stays partial, as before, and the
        # conversation finds the text naming its one row, _row_note: the reply in minutes, the paragraph under a heading)
    earlier = year_before_asked(db, question, reading.table) if _edition_before(db, reading.table) is None else None
    if earlier is not None:
        return earlier, None  # 「前の年度は何件」: the report's text, not its year's rows
    if context is not None and reading.table is context.table and context.summed[0] and not (
            reading.aggregate or reading.asked or reading.measure) and _SAME_ASKED.search(nfkc(question)):
        # 「スポーツ施設だとどう？」 after a sum over 文化施設: the same sum, of the rows said now.
        reading.aggregate, reading.measure = context.summed
    elif context is not None and reading.table is context.table and context.summed[0] and not reading.aggregate \
            and other_year_of_sum(reading, context.summed[1]) and _SAME_ASKED.search(nfkc(question)):
        # 「じゃあ令和5年度決算だと？」 after the sum of 事業費 令和6年度: the same sum, of the year said now.
        reading.aggregate, reading.measure, reading.asked = context.summed[0], reading.asked, ""
    as_change_amount(question, reading)  # 「R5からR6でどれだけ減った」 of one row: the difference
    as_change_column_amount(question, reading)  # 「前回から何ポイント下がった」 read as 前回比 < 0: the two years apart
    as_revision_amount(question, reading)  # 「改定で何円上がる」 over 現行 | 改定後: the revised less the one in force
    read_signed_years(db, question, reading)  # 「マイナスになった年がある」 over year columns printing ▲
    read_legal_form(question, reading)  # 「株式会社が指定管理者の施設」
    from assistant.query.tables.heading_items import read_heading_items  # 「一度でもＣがついた項目」 per 四半期

    if not read_heading_items(db, question, reading):
        read_every_year(question, reading)  # 「毎年減ってる職種」: each year's change, not one pair's
    read_any_year(question, reading)  # 「どちらかの年度で効果額が▲」: the bound on any year of the measure
    read_column_group(question, reading)  # 「評価項目５つが全部A以上」: the bound on all (or any) of 評価項目's columns
    ask_when_of_row(question, reading)  # 「…っていつから？」 of one row: its one column of days
    answered = _answer(db, question, qn, reading, inherited.get(id(reading.table), []))
    if row_year_filled(question, reading, answered[0]):  # 「…の交付額は？」 of a row printing one year only: that year's
        answered = _answer(db, question, qn, reading, inherited.get(id(reading.table), []))
    if answer_done_asked(question, reading, answered[0], _name_of, _row, inherited.get(id(reading.table), [])):
        return answered  # 「…って、もう終わった？」 of one row: はい／いいえ from its 状況
    from assistant.query.tables.destination_asked import answer_destination

    if answer_destination(question, reading, answered[0]):
        return answered  # 「…はどこに統合されるの？」 of one row: the name its cell gives (「南浜保育園へ統合」)
    if answered[0].status == "partial" and len(answered[0].rows) == 1:
        # 「取組7の効果額はなぜ大きいの？」: the row read, why it is so left unread; the note naming the row says it
        one = [r for r in reading.table.rows if r["key"] == answered[0].rows[0].get("key")]
        why = why_noted(db, question, [reading.table], one) if one else None
        if why is not None:
            return why, answered[1]
    if whole is not None:
        answered[0].notes.insert(0, f"「{whole[1]}」の行から答えました")
    if restated is not None:
        answered[0].notes.insert(0, f"「{restated[1]}」の行から答えました（ほかの行の内数を再び掲げた行で、"
                                    "表の件数・合計には含めない行です）")
    if reading.by_title and answered[0].unused:
        return None  # 「令和7年度の…では何事業を点検した？」: a word no column reads; the text may say it
    # (only for rows listed or a value shown: a count, sum or extreme the table computed is its answer,
    # partial as it is; nor for words all of the table's own columns, 前回 of 前回比)
    headers = _key(" ".join([*(c.header for c in reading.table.columns), reading.table.caption]))
    noted = rows_noted(db, reading.table, answered[0].unused) \
        if answered[0].status == "partial" and answered[0].unused and not reading.aggregate \
        and not all(_key(w) in headers for w in answered[0].unused) else []
    shown = {r.get("key") for r in answered[0].rows}
    picked = bool(shown) and len(shown) < len(reading.table.rows)
    if picked:
        # 「LEDへの更新って、平年度だとどれくらいの効果」: of the rows the question picked, the notes naming them.
        noted = [(r, n) for r, n in noted if r["key"] in shown]
    if noted and any(_OPINION_WORD.fullmatch(_key(w)) for w in answered[0].unused) and _comments_held(db):
        # 「蔦谷委員はどの事業について意見を言ってた？」 over a roll of members: the opinions are no column nor note of
        # it; the members' comments read from the minutes (minutes_turns.py) answer it.
        return None
    if noted and (picked or len(noted) < len(reading.table.rows)):
        # 「令和6年度に休館していたのはどこ」: no column says 休館; a note under the table does, naming the
        # rows it is about. Shown as where the words are (search), the rows the notes name first.
        t = reading.table
        said = "」「".join(answered[0].unused)
        # (one row named by the notes: its name is what was asked for, read from the note, still a search)
        one = re.sub(r"\s*(?:※\s*\d{0,2}|\*\d{0,2})\s*$", "", _name_of(t, noted[0][0])) if len(noted) == 1 else None
        return Answer(question=question, target="table_row", status="search", count=len(noted), value=one,
                      rows=[_row(t, r) for r, _ in noted], unused=list(answered[0].unused),
                      understood=answered[0].understood,
                      summary=(f"「{said}」は表の欄にはなく、表の注記に書かれています：" + "、".join(
                          f"{_name_of(t, r)}（{n}）" for r, n in noted) + "。"),
                      excerpts=[{"key": r["key"], "source": t.source, "line": r["line"], "field": "text",
                                 "text": n, "highlights": []} for r, n in noted[:3]],
                      notes=["専用の読み取り規則がない文書の表の注記から答えています"]), None
    if places and answered[0].unused and not reading.names:
        elsewhere = _row_of_another_place(db, tables, candidates, qn)
        if elsewhere is not None:
            # 「米子市の学校給食センターの統合」: the name is a row of another city's document, none of this one.
            name, title = elsewhere
            said = "・".join(places)
            return Answer(question=question, target="table_row", count=0, value=0, status="no_match",
                          understood=[{"field": "source", "op": "in", "value": [t.source for t in candidates],
                                       "label": f"「{said}」の資料"}],
                          summary=f"「{name}」は{said}の資料にはありません（「{title}」にあります）。当てはまるものは 0件です。",
                          notes=["専用の読み取り規則がない文書の表から答えています"]), None
    if places and not inherited.get(id(reading.table)) and reading.aggregate in ("", "count") \
            and answered[0].status == "exact":
        # 「伊那市の資料で財政課の取組は？」 with two of its documents holding such rows: one table's rows are
        # not the city's, so the answer says which document it counted and which it did not.
        holding = {}
        annexes = set()  # documents whose titles say more than the question named (財政効果額一覧)
        for r in readings:
            # (a table that leaves more of the question unread, 「一般」 of 一般質問 its only value, is no rival)
            if r.table.source != reading.table.source and r.conds and r.table.source not in holding \
                    and len(unused.get(id(r), [])) <= len(unused.get(id(reading), [])) \
                    and title_words(r) == title_words(reading) and (rows_named(r) or not rows_named(reading)) \
                    and any(all(_holds(row, r.table, c) for c in r.conds) for row in r.table.rows):
                if title_rest(r) > title_rest(reading):
                    annexes.add(r.table.doc_title)
                    continue
                holding[r.table.source] = r  # (rows the question calls by another table's word are not rivals)
        if annexes:
            answered[0].notes.insert(0, f"資料名がいちばん近い「{reading.table.doc_title}」で答えました。"
                                        f"同じ条件の行は「{'」「'.join(sorted(annexes))}」にもあります")
        others = sorted(r.table.doc_title for r in holding.values())
        # Added up only when each reads the question with the same words and calls its rows alike.
        alike = all(sorted(r.said) == sorted(reading.said) and rows_named(r) == rows_named(reading)
                    for r in holding.values())
        parts = [answered[0]] + [_answer(db, question, qn, r, [])[0] for r in holding.values()]
        named = [{_key(str(row["cells"].get(r.table.name) or "")) for row in r.table.rows} - {""}
                 for r in [reading, *holding.values()]]
        disjoint = sum(len(n) for n in named) == len(set().union(*named))  # two editions share their items
        # 「伊那市の大綱で…」 with two of its documents called so: which one is meant is not said (partial).
        kind_said = _PAPER_WORD.findall(nfkc(question))
        if others and reading.conds and disjoint and alike and all(p.status == "exact" for p in parts) and not kind_said:
            # The question names the city, not one of its documents: every document that reads it whole counts.
            return _added_up(question, parts, [reading.table.doc_title, *(r.table.doc_title for r in holding.values())],
                             "、".join(sorted(places))), None
        older = [r.table.doc_title for r in holding.values() if _edition(r.table) < _edition(reading.table)]
        if others and reading.conds and not disjoint and len(older) == len(others):
            # Two editions of one report (令和6年度版 and 令和7年度版) list the same items: the latest answers.
            answered[0].notes.insert(0, f"同じ項目を載せた以前の版（「{'」「'.join(older)}」）もあります。"
                                        f"最新の「{reading.table.doc_title}」で答えました")
        elif others and reading.conds:
            answer = answered[0]
            answer.status = "partial"
            answer.caveat = (f"「{reading.table.doc_title}」の表だけの答えです。同じ条件の行は"
                             f"「{'」「'.join(others)}」にもあります。")
            answer.summary = answer.caveat + answer.summary
    return answered


# 「年度」 of 「前の年度より」, 「年度」 of a title's 「（令和２年度～令和６年度）」: a unit of time, no word naming a document.
_TIME_UNIT_WORD = compiled(r"(?:前|次|翌|昨|今|本|各|毎)?(?:年度|年|月|日|年間|か年|カ年)")


# 「…だとどう？」「…は？」「…では？」「…の場合は？」: a follow-up naming other rows and asking nothing
# new of them — what was asked before, of those rows.
_SAME_ASKED = compiled(r"(?:だと|では|なら|の場合は?|は)(?:どう|どうなる|どうですか|どうでしょう|いくら|何人)?"
                       r"(?:ですか|でしょうか|なの|かな)?[？?]?\s*$")


# 「いつから始まる」「いつ開始」: the start asked, of a timeline whose legend names a mark the start.
_BEGUN_ASKED = compiled(r"いつ(?:から|ごろ|頃)?.{0,16}(?:始ま|はじま|始め|開始|スタート)|から.{0,12}(?:始ま|開始)")


# 「いちばん多い部はどこ」「最も少ない課は？」: the noun a superlative is said of, what the answer names.
_SUPERLATIVE_NOUN = compiled(r"(?:多い|少ない|大きい|小さい|高い|低い|多かった|少なかった|大きかった|小さかった)"
                             r"(?P<noun>[一-龥]{1,3})(?:は|って)\s*(?:どこ|どれ|何|なに|なん)")


def _year_figure_of_row(reading: _Reading, qn: str) -> bool:
    """「令和６年度の有収率は？」: one row, its whole name said, and the figure of a year asked — a column of this
    table holding that year's numbers (or the change between two such)."""
    t = reading.table
    if len(reading.names) != 1 or reading.conds and any(c.op != "rows" for c in reading.conds) \
            or reading.aggregate not in ("", "delta"):
        return False
    name = _key(reading.names[0])
    # (「漁業協同組合の補助金の令和４年度は？」: part of the name said, which the reading found in that one row's
    # name alone, names it as well as the whole name would)
    one_row = len(reading.conds) == 1 and len(reading.conds[0].value) == 1
    if len(name) < 3 or name not in qn and not one_row:
        return False
    # (or two years' figures compared: 「…はR3からR6でいくら減った」)
    headers = {c.header for c in t.columns}
    asked = [t.column(h) for h in (reading.asked, *reading.measure.split("|")) if h in headers]
    return bool(asked) and all(c.year is not None and c.numeric for c in asked)


def _sheets_of_listed(t: Table, others: list[Table]) -> bool:
    """Whether a table of items (one sheet each: 施設名 | 総合評価 …) details the rows another table of
    its document lists (the summary sheet): then the list is what a question about them reads first."""
    if not t.rows[0]["key"].startswith("item:") or not t.name:
        return False
    mine = {_key(str(r["cells"].get(t.name) or "")) for r in t.rows} - {""}
    for o in others:
        if o is t or o.source != t.source or not o.name or o.rows[0]["key"].startswith("item:"):
            continue
        listed = {_key(str(r["cells"].get(o.name) or "")) for r in o.rows} - {""}
        if len(mine & listed) >= max(2, len(mine) // 2):
            return True
    return False


def _day_number(raw) -> float | None:
    day = _date(raw)
    return day[0] * 10000 + day[1] * 100 + day[2] if day else None


def _row_of_another_place(db, tables: list[Table], candidates: list[Table], qn: str) -> tuple[str, str] | None:
    """The longest row name (4 characters or more) the question says verbatim that only tables outside
    the candidates hold: (name, the title of its document)."""
    mine = {id(t) for t in candidates}
    found = None
    for t in tables:
        if id(t) in mine or not t.name:
            continue
        for r in t.rows:
            name = str(r["cells"].get(t.name) or "")
            key = _key(name)
            if len(key) >= 4 and key in qn and (found is None or len(key) > len(_key(found[0]))):
                found = (name, t.doc_title)
    if found and any(_key(found[0]) == _key(str(r["cells"].get(t.name) or "")) for t in candidates if t.name for r in t.rows):
        return None
    if found and any(_key(found[0]) in _document_text(db, _sha(db, s)) for s in {t.source for t in candidates}):
        return None  # (「市民プールについての意見」 in the minutes: the name is written there too, not only elsewhere)
    return found


def _edition(t: Table) -> int:
    """The fiscal year a report is of (「令和7年度取組状況報告書」 → 2025); 0 when its title names none."""
    years = _report_years(t.doc_title)
    return max(years) if years else 0


def _in_named_rows(reading: _Reading, words: list[str]) -> int:
    """How many of the words a reading left unused its named rows still print (「割合」 in a 所見 cell)."""
    keys = {k for c in reading.conds if c.op == "rows" for k in c.value}
    texts = [_key(" ".join(str(v) for v in r["cells"].values())) for r in reading.table.rows if r["key"] in keys]
    return sum(1 for w in words if any(_key(w) in t for t in texts))


def same_city(one: Table, other: Table) -> bool:
    """Whether two tables' documents are one city's, each naming the same one place in its title or file name
    (「栂ノ峰市_公共施設一覧」 and 「栂ノ峰市_個別施設計画」): not another city's rows for the same question."""
    mine = set(_places(f"{one.doc_title} {one.source}"))
    return len(mine) == 1 and set(_places(f"{other.doc_title} {other.source}")) == mine


def documents_with_rows(db, question: str, home: Table | None = None) -> list[str]:
    """The titles of the generic documents one of whose tables reads every word of the question and
    has rows meeting it (with `home`, the table answered from: other cities' documents only)."""
    from assistant.query.tables.evaluated_rows import same_items

    qn = _key(question)
    out = []
    readings = [r for t in read_tables(db) if (r := _read(db, t, question, qn, [])) is not None]
    held = []
    for r in readings:
        t = r.table
        if home is not None and (same_city(home, t) or same_items(home, t)):
            continue  # (another city's rows only: a table of the very same items is of the same set of documents)
        if not r.conds or _unused_words(question, qn, r, t) or _legend_read(r, readings):
            continue  # (a legend of the grades asked, 判定 │ 合計点 │ 見解, holds no rows of the question's)
        if any(all(_holds(row, t, c) for c in r.conds) for row in t.rows):
            held.append(r)
    # (「前年度より評価が上がった施設」: a change of the measure the question names, 総合評価 said 評価, beside a change
    # of another document's one series the question does not name, 評価点: that one is no rival reading)
    named = [r for r in held if _change_named(r, qn) is True]
    for r in held:
        if named and _change_named(r, qn) is False and r.table.source not in {n.table.source for n in named}:
            continue
        if part_of_another(r.table, [h.table for h in held]):
            continue  # (a list of some of another document's rows (表彰 of the 審査結果) holds none of its own)
        if r.table.doc_title not in out:
            out.append(r.table.doc_title)
    return out


def _change_named(r: _Reading, qn: str) -> bool | None:
    """Whether the measure a reading's change between years is of is said by a word of its columns (True), or
    taken as the table's one series though unsaid (False); None when the reading reads no change."""
    changes = [c for c in r.conds if c.op.startswith("change_") and "|" in str(c.header)]
    if not changes:
        return None
    heads = [h for c in changes for h in str(c.header).split("|")]
    try:
        return any(len(_key(f)) >= 2 and _key(f) in qn for h in heads for f in r.table.column(h).forms)
    except Exception:
        return None


# 「…のはどれ？」「…ものを挙げて」: the rows asked, not a figure (どれくらい, どれだけ ask one)
_WHICH_ROWS = re.compile(r"どれ(?!くらい|ぐらい|だけ|ほど)|(?:もの|項目|件)(?:は|を)(?:[?？]|$|全部|すべて|挙げ|教え|一覧)")


_NEXT_YEAR_SAID = compiled(r"翌年度|次の年度|次年度|翌年")
NEXT_YEAR_NOTE = "翌年度"
CITED_NOTE = "（前の回答の番号）"
# 「それが…された件」「それを…したもの」: the row answered before, as what other rows say of it
_OF_THE_ONE_BEFORE = compiled(r"^(?:それ|その(?:指摘|項目|件|事項)?)(?:が|を|は|について)")


def _cited_by_others(qn: str, context: TableContext) -> list[Cond] | None:
    """The condition on other rows printing the code of the one row answered before in a cell of theirs
    (備考 「再指摘（5-07）」 of 6-08 after 5-07), when the question starts from it; None otherwise."""
    t = context.table
    if len(context.rows) != 1 or not t.number or not _OF_THE_ONE_BEFORE.match(qn):
        return None
    code = nfkc(str(context.rows[0]["cells"].get(t.number) or "")).strip()
    if len(code) < 3:
        return None
    holders = {h for r in t.rows if r["key"] != context.rows[0]["key"] for h, v in r["cells"].items()
               if h != t.number and re.search(r"(?<![\d.\-])" + re.escape(code) + r"(?![\d.\-])", nfkc(str(v or "")))}
    if len(holders) != 1:
        return None
    h = holders.pop()
    out = [Cond(h, "contains", code, f"{h}に「{code}」とある{CITED_NOTE}")]
    sheets = set(context.rows[0].get("sheets") or ())
    if _NEXT_YEAR_SAID.search(qn) and len(sheets) == 1 and next(iter(sheets)) + 1 in t.sheets:
        # 「翌年度に再指摘された」: on the sheet of the year after the one the row stands on
        fy = next(iter(sheets)) + 1
        out.append(Cond("", "sheet", fy, f"{fy_text(fy)}の表に載っている（{NEXT_YEAR_NOTE}）"))
    return out


def _short_titled(question: str, tables: list[Table], t: Table) -> list[Table]:
    """The table's document when a word of two or three kanji the question says is in its title and in no
    other document's title."""
    titles = {x.source: _key(x.doc_title) for x in tables}
    for w in _content_words(question):
        k = _key(w)
        if not re.fullmatch(r"[一-龥]{2,3}", k) or find_years(w, calendar=True):
            continue
        sources = {src for src, title in titles.items() if k in title}
        if sources == {t.source}:
            return [x for x in tables if x.source == t.source]
    return []


def _file_name(source: str) -> str:
    """A document's file name without its folder, extension and leading order number (01_)."""
    name = re.sub(r"\.[A-Za-z0-9]{2,5}$", "", source.rsplit("/", 1)[-1])
    return re.sub(r"^\d{1,3}[_\-\s]+", "", name)


def _in_title(word: str, title: str) -> bool:
    """「第3次計画」 names 「第3次行財政改革実施計画」: each part of the word (第3次, 計画) is in the title."""
    parts = re.findall(r"第?\d+次?|[^\d第次]+", word)
    return bool(parts) and all(p in title for p in parts) and any(len(p) >= 2 for p in parts)


def _parted_by(t: Table, word: str) -> bool:
    """Whether the table's rows are split into parts (read._part_column) one of which the word begins with."""
    from assistant.query.tables.read import _part_column

    part = _part_column(t.columns, t.rows)
    return bool(part) and any(len(v) >= 2 and word.startswith(v) for v in
                              {_key(str(r["cells"].get(part) or "")) for r in t.rows})


def _abbreviates(word: str, title: str) -> bool:
    """「行革計画」 of 「第3次行政改革推進計画」: a word of kanji whose characters the title holds in order,
    its last two together (計画), as Japanese shortens a name. A verb's kana stays in it (「補助金見直し」 of
    「補助金等見直し結果一覧」). A Latin word after the kanji (「行革KPI」 of 「行政改革推進計画 KPIの進捗状況」) is
    its last part, whole, as is a katakana word (「窓口アンケート」 of 「市役所窓口サービスに関する来庁者アンケート」);
    one before them (「DX計画」 of 「DX推進計画」), its first."""
    title = re.sub(r"[(（]((?:素|原|試)?案)[)）]", r"\1", title)  # (「見直し（案）」 is said 「見直し案」)
    latin = re.fullmatch(r"([一-龥]{2,})([a-z]{2,}|[ァ-ヶぁ-ゖー]{3,})", word)  # (read in hiragana: _key)
    if latin and latin.group(2) in title:
        at = 0
        for ch in latin.group(1):
            at = title.find(ch, at) + 1
            if not at:
                return False
        return title.find(latin.group(2), at) >= 0
    lead = re.fullmatch(r"([a-z]{2,})([一-龥]{2,})", word)
    if lead and lead.group(1) in title:
        # 「DX計画」 of 「DX推進計画」: the Latin word whole, then the kanji in order, the last two together.
        at = title.find(lead.group(1)) + len(lead.group(1))
        for ch in lead.group(2)[:-2]:
            at = title.find(ch, at) + 1
            if not at:
                return False
        return title.find(lead.group(2)[-2:], at) >= 0
    pieces = re.findall(r"[一-龥]+[ぁ-ゖ]*", word)
    if len(pieces) >= 2 and "".join(pieces) == word and len(word) >= 4 and any(len(p) >= 3 for p in pieces):
        # 「見直し案」 of 「使用料・手数料の見直しについて（案）」: each word of it in the title, in order
        at = 0
        for p in pieces:
            at = title.find(p, at)
            if at < 0:
                break
            at += len(p)
        else:
            return True
    if not re.fullmatch(r"[一-龥][一-龥ぁ-ゖ]{3,}", word) or len(re.findall(r"[一-龥]", word)) < 4 \
            or word[-2:] not in title:
        return False
    at = 0
    for ch in word[:-2]:
        at = title.find(ch, at) + 1
        if not at:
            return False
    return title.find(word[-2:], at) >= 0


def _rows_word_unread(reading: _Reading, own: list[str], rivals: list[str]) -> bool:
    """「年360時間超えの人数、課ごとに出して」: the chosen reading reads every word, and the rival leaves unread the word
    calling the chosen table's rows (課ごと of 課名's rows): the rows asked are the chosen table's, not the rival's."""
    name = re.sub(r"(?:名|名称)$", "", _key(reading.table.name or ""))
    return not own and bool(name) and any(re.sub(r"(?:ごと|毎|別)$", "", _key(w)) == name for w in rivals)


def _title_reads_more(reading: _Reading, own: list[str], rivals: list[str]) -> bool:
    """「子育て支援課が所管している委託業務」: the rival table leaves 委託業務 unread, which this one reads by its
    title's word (民間委託等の実施状況) and its rows' (業務名): every word this one leaves, the rival leaves too,
    and a word only the rival leaves is partly this one's title."""
    title = _key(reading.table.doc_title)
    extra = [w for w in rivals if w not in own]
    return set(own) <= set(rivals) and bool(extra) and any(
        w[i:i + 2] in title for w in extra for i in range(len(w) - 1) if re.fullmatch(r"[一-龥ァ-ヶー]{2}", w[i:i + 2]))


from assistant.query.tables.value_not_title import said_as_value  # noqa: E402


def _word_of_column_said(reading: _Reading, qn: str) -> bool:
    """A condition that a column's cells hold a word, said as 「<column>が<word>」 (question.py's _word_inside_column)."""
    return any(c.op == "contains" and isinstance(c.value, str) and re.search(
        "(?:" + "|".join(re.escape(_key(f)) for f in (*_forms_of(reading.table, c.header), c.header) if len(_key(f)) >= 2)
        + r")(?:が|は|って)" + re.escape(_key(c.value)), qn) for c in reading.conds
        if c.header in {x.header for x in reading.table.columns})


def _forms_of(t: Table, header: str) -> tuple[str, ...]:
    """The forms of the table's column so headed, none when it has no such column."""
    return next((c.forms for c in t.columns if c.header == header), ())


def _titled(db, question: str, tables: list[Table]) -> list[Table]:
    """The tables of the documents the question names by a word of their title (第2次行政改革大綱,
    集中改革プラン) that other documents' titles do not have."""
    # (the file's own name too, 「01_監査指摘事項措置状況一覧_R5-R7.xlsx」: what its maker calls it)
    titles = {t.source: _key(t.doc_title) + "／" + _key(_file_name(t.source)) for t in tables}
    # (「2 政策分野別・連携事業別の事業費」: a table's caption names the document holding it beside another
    # document titled by the same word, 「連携事業進捗管理表」; a caption alone names none)
    captions: dict[str, str] = {}
    for t in tables:
        if t.caption:
            captions[t.source] = captions.get(t.source, "") + "／" + _key(t.caption)
    # A fiscal year (令和7年度) names when, not which document; a city's name (春日井市) scopes to its
    # documents, and is no title word of the one of them that prints it in its title (会議録).
    places = [_key(p) for p in _places(question)]
    words = [_key(w) for w in _content_words(question) if len(_key(w)) >= 4 and not find_years(w, calendar=True)
             and not any(p in _key(w) for p in places)]
    # (「…に区分される実施項目について」: the word another document's table calls its rows by (実施項目 | 番号 …)
    # names no document by a title holding it, 「…実施項目進捗管理シート」)
    row_words = {_key(t.name) for t in tables if t.name}
    words = [w for w in words if w not in row_words or len({t.source for t in tables if _key(t.name or "") == w}) == len(set(titles))]
    # (「公益通報件数」: a title's word with the count it is asked as, 件数, after it)
    words += [m.group(1) for w in words if (m := re.fullmatch(r"(.{4,}?)(?:件数|人数|回数|金額|額|数)", w)) and m.group(1) not in words]
    for w in sorted(words, key=len, reverse=True):
        sources = {src for src, title in titles.items() if _in_title(w, title)}
        if not sources and re.fullmatch(r"[一-龥]{2,4}(?:計画|大綱|指針|方針|報告|一覧)", w):
            # 「前期計画で」 of 「…前期実施計画（令和３年度～令和５年度）最終評価結果」: the title shortened as Japanese
            # shortens a name (its kanji in order, the last two together), where no title holds the word whole — only
            # a word ending in what documents are (計画, 大綱 …): 「鵤木交通の路線」 names an operator, no document
            sources = {src for src, title in titles.items() if _abbreviates(w, title.split("／")[0])}
            # (and a table whose rows are split into parts by the head of the word, 計画 │ 前期 … 後期: it holds
            # that plan's rows too, 前期's effect amounts beside 前期's grades)
            sources |= {t.source for t in tables if sources and _parted_by(t, w)}
        if sources and any(t.source not in sources and any(_key(c.header) == w or _key(c.base) == w for c in t.columns)
                           for t in tables):
            # (「社会福祉協議会が指定管理者になってる施設」: 指定管理者, a column of another document's table, names
            # no document by its title, 指定管理者モニタリング評価結果報告書)
            continue
        if sources and said_as_value(w, _key(question), [t for t in tables if t.source not in sources]):
            continue  # 「状況が公募中の物件」: a column's value said, not a title's word
        if sources and len(sources) < len(set(titles)):
            sources |= {src for src, said in captions.items() if len(w) >= 4 and w in said}
            return [t for t in tables if t.source in sources]
    # 「補助金の見直しで」 of 「補助金等の見直し結果」: two shorter words joined by の, both in one title in
    # that order, name it as one longer word does.
    qn = _key(question)
    for a, b in zip(words_all := [_key(w) for w in _content_words(question)], words_all[1:]):
        if len(a) < 2 or len(b) < 2 or a + "の" + b not in qn or find_years(a, calendar=True) \
                or find_years(b, calendar=True) or any(p in a or p in b for p in places):
            continue  # (a city or a year names no title, as above)
        sources = {src for src, title in titles.items() if a in title and b in title[title.find(a) + len(a):]}
        if sources and said_as_value(a, qn, [t for t in tables if t.source not in sources]):
            continue  # (「状況が公募中の物件」, as above)
        if sources and len(sources) < len(set(titles)):
            return [t for t in tables if t.source in sources]
    # 「定員適正化計画で」 read as 定員 | 適正 | 化 | 計画: the words said together, as written, name it as one word.
    for a, b in zip(words_all, words_all[1:]):
        at = qn.find(a)
        end = qn.find(b, at + len(a)) if at >= 0 and len(a) >= 2 and len(b) >= 2 else -1
        said = qn[at:end + len(b)] if end >= 0 else ""
        if len(said) < 5 or len(said) > 16 or not re.fullmatch(r"[一-龥ァ-ヶー]+", said) \
                or find_years(said, calendar=True) or any(p in said for p in places):
            continue
        sources = {src for src, title in titles.items() if _in_title(said, title)}
        if sources and len(sources) < len(set(titles)):
            return [t for t in tables if t.source in sources]
    return []


_ORDINAL = compiled(r"第\s*(?:\d+|[一二三四五六七八九十]+)\s*次")


def _document_not_held(db, question: str, tables: list[Table], candidates: list[Table], shas: dict,
                       places: list[str]) -> Answer | None:
    """「春日井市の個別施設計画で…」 where only another city's document is titled so, or 「第3次…計画で」
    where the city's plan is its 第4次: the document named is not among the city's, so nothing is
    (0件, saying where the title is), rather than the city's other tables answering."""
    texts = {t.source: _key(_document_text(db, shas.get(t.source, ""))) for t in candidates}
    said = "・".join(places)
    words = [_key(w) for w in _content_words(question) if len(_key(w)) >= 4 and not find_years(w, calendar=True)
             and not any(_key(p) in _key(w) for p in places)]
    for w in sorted(words, key=len, reverse=True):
        ordinal = _ORDINAL.search(nfkc(w))
        if ordinal:
            rest = [p for p in re.findall(r"第?\d+次?|[^\d第次]+", _key(nfkc(w)[ordinal.end():])) if len(p) >= 2]
            own = [t for t in candidates if rest and all(p in _key(t.doc_title) for p in rest)]
            if own and not any(_key(ordinal.group(0)) in texts[t.source] for t in own):
                title = own[0].doc_title
                return _held_nowhere(question, candidates, f"「{w}」は{said}の資料にはありません"
                                     f"（{said}の資料は「{title}」です）。当てはまるものは 0件です。", said)
            continue
        if any(w in text for text in texts.values()):
            continue
        if not _PAPER_WORD.search(w) and not _BODY_WORD.search(w):
            # 「日田市の指定管理施設の評価で」: what another city's table is captioned with (指定管理施設の
            # 評価結果), written nowhere in this city's documents, names that table
            captioned = [t for t in tables if t not in candidates and t.caption and w in _key(t.caption)]
            if captioned:
                return _held_nowhere(question, candidates, f"「{w}」は{said}の資料にはありません"
                                     f"（「{captioned[0].doc_title}」の「{captioned[0].caption}」の表にあります）。"
                                     f"当てはまるものは 0件です。", said)
            # 「鶴岡市の事務事業見直しで」: the start of another city's title (事務事業見直し結果一覧), a long
            # word written nowhere in this city's documents, names that city's document.
            titled = [t for t in tables if t not in candidates and len(w) >= 5 and w in _key(t.doc_title)]
            if titled:
                return _held_nowhere(question, candidates, f"「{w}」は{said}の資料にはありません"
                                     f"（「{titled[0].doc_title}」にあります）。当てはまるものは 0件です。", said)
            continue  # (only a document's name, 個別施設計画, names a document; other words are searched)
        chars = set(re.findall(r"[一-龥]", w))
        if any(len(chars & set(_key(t.doc_title))) >= 0.6 * len(chars) for t in candidates):
            continue  # 「補助金一覧」 for the city's 「補助金等見直し結果一覧」: its document, said loosely
        # (the file's name titles it too: 「…_補助金見直し一覧_令和7年度.html」; a body, 行革推進委員会, is
        # shortened as its name is: 行財政改革推進委員会)
        body = bool(_BODY_WORD.search(w))
        elsewhere = [t for t in tables if t not in candidates
                     and any(_in_title(w, name) or body and _abbreviates(w, name)
                             for name in (_key(t.doc_title), _key(t.source.rsplit(".", 1)[0])))]
        if elsewhere:
            return _held_nowhere(question, candidates, f"「{w}」は{said}の資料にはありません"
                                 f"（「{elsewhere[0].doc_title}」にあります）。当てはまるものは 0件です。", said)
    return None


def _held_nowhere(question: str, candidates: list[Table], summary: str, said: str) -> Answer:
    return Answer(question=question, target="table_row", count=0, value=0, status="no_match",
                  understood=[{"field": "source", "op": "in", "value": sorted({t.source for t in candidates}),
                               "label": f"「{said}」の資料"}],
                  summary=summary, notes=["専用の読み取り規則がない文書の表から答えています"])


def _sha(db, source: str) -> str:
    row = db.execute("SELECT sha256 FROM documents WHERE source = ?", [source]).fetchone()
    return row[0] if row else ""


_PARTS_ASKED = compiled(r"内訳|[課係室](?:は|が|の|で|を|に|ごと|別|\s*$|[?？])")
_GROUPS_ASKED = compiled(r"部局(?:単位|ごと|別)|課ではなく|課でなく")
# 「一般行政の小計」「大部門ごと」「部門単位で」: the groups' own figures asked, where the rows' word says both
_GROUP_TOTAL_ASKED = compiled(r"小計|大部門|大分類|[部門局](?:単位|ごと)")


def _parts_unnamed(readings) -> bool:
    """| 部門 | (merged across both) | over | 一般行政 | 議会 |: the parts' column has no header of its own (列2), so
    the word of the header over both (部門) names the parts, the finest rows, not the groups of their 小計."""
    groups = {r.table.source for r in readings if r.table.of_groups}
    return any(not r.table.of_groups and r.table.source in groups and re.fullmatch(r"列\d{1,2}", r.table.name or "")
               for r in readings)
_SAID_ASKED = compiled(r"回答|答え|答弁|発言|説明し|述べ|意見|質問")


def _own_words_read(db, reading: _Reading) -> bool:
    """「生涯学習課が所管する施設の全日料金、改定後の合計」: beside words the dedicated documents say too (生涯学習課,
    施設), two or more words no dedicated document says, one of them a column of this table named by three
    characters or more (改定後, 改定率), are this table's own: the question is about its rows."""
    t = reading.table
    own = [k for w in reading.said if (k := _key(w)) and len(k) >= 2 and not _in_dedicated(db, k)]
    column = any(len(k) >= 3 and any(k in c.forms or k == _key(c.base) for c in t.columns) for k in own)
    return column and len(set(own)) >= 2


def _named_elsewhere(db, reading: _Reading, question: str = "", unread: bool = False) -> bool:
    shas = db.execute("SELECT source, sha256, title FROM documents WHERE kind = 'generic' AND source != ?",
                      [reading.table.source]).fetchall()
    # (a document that names this one by its title, 「公共施設の統廃合計画（案）について」 in a meeting's
    # minutes, speaks of its rows; it is no second source of them, unless the question names it by its
    # own title's words: 「会議録で、…の理由は」 asks what the minutes say)
    parts = [_key(re.sub(r"[(（][^()（）]*[)）]", "", p)) for p in nfkc(reading.table.doc_title).split()]
    own = max(parts, key=len, default="")
    # (「近隣平均」 read as the table's column 近隣３町村平均: its 近隣 is this table's word, naming no other document
    # titled 近隣町村の…)
    words = [_key(w) for w in _content_words(question) if len(_key(w)) >= 2
             and not any(_key(w) in _key(n) for n in reading.names)
             and not any(_key(w) in _key(s) for s in reading.said)]

    # (「…について事務局の回答は？」: what was said of it is asked, which only the minutes hold)
    said_asked = _SAID_ASKED.search(nfkc(question)) is not None

    def about_this(text: str, title: str) -> bool:
        return len(own) >= 6 and own in text and not said_asked and not any(w in _key(title or "") for w in words)

    # (another document of the same city, its title or file named by it as this one's is, 「栂ノ峰市_個別施設計画」
    # beside 「栂ノ峰市_公共施設一覧」: the same facility by its name, no second one to choose between)
    home = set(_places(f"{reading.table.doc_title} {reading.table.source}"))

    def same_city(source: str, title: str) -> bool:
        theirs = set(_places(f"{title or ''} {source}"))
        # (unless the question says more than the row can answer: 「…について委員はどんな意見を述べた？」 asks
        # what the city's minutes say of it)
        return len(home) == 1 and theirs == home and not unread
    # (「納税証明書の近隣平均は？」 beside a memo naming 納税証明書 among other towns' fees: every word read on this
    # table, and the columns said (近隣平均) printed nowhere in the other text, that text cannot answer it)
    said = [_key(s) for s in reading.said if len(_key(s)) >= 2]
    # (「和室を夜使うと」: a column said by one kanji, 夜 of 夜間, is sought in the other text by its printed word)
    said += [k for s in reading.said if len(_key(s)) == 1 for c in reading.table.columns
             if _key(s) in c.forms and len(k := _key(c.base)) >= 2]

    # (「消防の人口１万人当たり職員数は」 beside an opinion saying 「消防部門の人口１万人当たり職員数は…上回っている」:
    # a figure of the row asked, which no line of the other text naming both the row and the column prints; it
    # speaks of the row, it holds no second value of it)
    figure = bool(said) and not unread and not reading.aggregate and bool(reading.asked) \
        and reading.table.column(reading.asked) is not None and reading.table.column(reading.asked).numeric

    def no_figure(text: str) -> bool:
        # (the text as held is one run: its sentences, 。 ending each, are its lines; only one naming both the row
        # and the column, a figure printed right after the column's word, 「…職員数は11.52人」, states it)
        # (clause by clause: 「市税の現年課税分収納率は99.2%となり、…国民健康保険税の滞納繰越分収納率は23.9%」 states
        # no 現年課税分収納率 of 国民健康保険税)
        for line in re.split(r"[。\n、]", text):
            line = _key(line)
            if not any(_key(n) in line for n in reading.names):
                continue
            if any(re.search(re.escape(w) + r"[^\d。]{0,8}\d", line) for w in said):
                return False
        return True

    def cannot_answer(text: str) -> bool:
        return bool(said) and not unread and (not any(s in _key(text) for s in said) or (figure and no_figure(text)))
    return any(_key(n) in text and not about_this(text, title) and not same_city(source, title)
               and not cannot_answer(text)
               for source, sha, title in shas if (text := _document_text(db, sha)) for n in reading.names)


def _across(db, question: str, qn: str, about: dict[str, list[Table]], place_spans) -> tuple[Answer, None] | None:
    """「伊那市と鯖江市で財政課が所管する取組はあわせて何件？」: each city's table read on its own, the
    counts added up."""
    parts = []
    for place, tables in about.items():
        readings = [r for t in tables if (r := _read(db, t, question, qn, place_spans)) is not None]
        if not readings:
            return None
        reading = max(readings, key=lambda r: (r.score, len(r.table.rows)))
        if reading.aggregate not in ("", "count"):
            return None
        answer, _ = _answer(db, question, qn, reading, [])
        if answer.status == "partial":
            return None
        parts.append((place, answer))
    total = sum(a.count for _, a in parts)
    first = parts[0][1]
    answer = Answer(question=question, target="table_row", count=total, columns=[],
                    rows=[r for _, a in parts for r in a.rows], excerpts=[e for _, a in parts for e in a.excerpts],
                    understood=[c for _, a in parts for c in a.understood],
                    notes=["専用の読み取り規則がない文書の表から、市町村ごとに数えて合計しました"])
    answer.value = total if first.understood and any(c.get("op") == "count" for c in first.understood) else None
    each = "、".join(f"{place} {a.count}件" for place, a in parts)
    answer.summary = f"あわせて {total}件です（{each}）。"
    return answer, None


_PAPER_WORD = compiled(r"大綱|計画|報告書|プラン|一覧|管理表|評価書|結果|会議録|議事録")
# A body whose papers (会議録, 意見書) a city's documents are: 「福井市の行革推進委員会の会議」 asks for them.
_BODY_WORD = compiled(r"委員会|審議会|協議会|懇談会")


def _added_up(question: str, parts: list[Answer], titles: list[str], place: str) -> Answer:
    """One city's documents each answering the question whole: their rows together, counted per document."""
    total = sum(a.count for a in parts)
    counting = any(c.get("op") == "count" for c in parts[0].understood)
    columns = list(dict.fromkeys(c for a in parts for c in a.columns))
    answer = Answer(question=question, target="table_row", count=total, columns=columns,
                    rows=[r for a in parts for r in a.rows], excerpts=[e for a in parts for e in a.excerpts],
                    understood=[c for a in parts for c in a.understood], value=total if counting else None,
                    notes=[f"{place}の{len(parts)}つの資料の表を合わせて答えています", "専用の読み取り規則がない文書の表から答えています"])
    each = "、".join(f"「{t}」{a.count}件" for t, a in zip(titles, parts))
    names = "、".join(str(r.get("title") or r["key"]) for r in answer.rows[:6]) + (" ほか" if len(answer.rows) > 6 else "")
    answer.summary = f"{place}の{len(parts)}つの資料で、当てはまるものはあわせて {total}件です（{each}）：{names}。"
    return answer


_SELECTION = compiled(r"主な|主要な|抜粋|一部(?!未|達成|実施|完了|着手)|代表的|抜き出")
# A follow-up narrowing the rows before (「そのうち…」); the conversation reads it too.
REFINES = compiled(r"そのうち|その中|このうち|この中|うち|それら|これら|さらに|しかも|そこから|絞")


_FOLLOW = compiled(r"^(?:その|それ|そこ|うち|この|じゃあ|では|で、|なら)")


def _prints_zero(t: Table, header: str) -> bool:
    return any(_number(r["cells"].get(header)) == 0 for r in t.rows)


def _heads_of(heading: str, names: set[str]) -> bool:
    """Whether a heading begins with one of the names (施策5 of 「施策5 情報セキュリティと…」, not of 施策50)."""
    hk = _key(heading)
    return any(n and hk.startswith(n) and not hk[len(n):len(n) + 1].isdigit() for n in names)


def _under_heads(t: Table, names: set[str]) -> bool:
    """Rows of the table sit under headings the names begin, and none is named so itself."""
    return any(c.header == "見出し" for c in t.columns) \
        and any(_heads_of(str(r["cells"].get("見出し") or ""), names) for r in t.rows) \
        and not any(_key(str(r["cells"].get(t.name) or "")) in names for r in t.rows)


# 「西暦だと」「西暦で」「西暦に直すと」「西暦何年」: a year asked in the western calendar.
_WESTERN_ASKED = compiled(r"西暦(?:だと|で|では|に直すと|に換算すると|にすると|でいうと|で言うと|(?=\s*(?:の)?何年))")


def _numbered_elsewhere(tables: list[Table], context: TableContext) -> list[tuple[Table, set[str]]]:
    """The tables of other documents listing the rows of the answer before under the same numbers
    (補助金番号 H-401 in the review board's report and in the department's workbook): a follow-up asking
    what only they print (「審査会の評価の合計点は？」「見直し区分が継続のものは？」) is asked of those rows there."""
    t0 = context.table
    if not t0.number or not context.rows:
        return []
    numbers = {_key(str(r["cells"].get(t0.number) or "")) for r in context.rows} - {""} - set(_EMPTY)
    if not numbers or not all(re.search(r"\d", n) for n in numbers):
        return []
    return [(t, numbers) for t in tables if t.source != t0.source and _numbers_same_rows(t0, t, context.rows, numbers)]


def _numbers_same_rows(t0: Table, t: Table, rows: list[dict], numbers: set[str]) -> bool:
    """Whether table `t` numbers the rows answered from `t0` alike: every number is held there, by the same name."""
    if not t.number or (_key(t.number) != _key(t0.number) and not (t0.name and t.name)):
        # (a number column headed otherwise, 団体番号 of the sheets and No. of the list, is the same numbering
        # when every row it numbers carries the same name there: checked below)
        return False
    held = {_key(str(r["cells"].get(t.number) or "")): r for r in t.rows}
    if not numbers <= set(held):
        return False
    # (the same numbers naming other things: 取組 1 of one report is not 取組 1 of another)
    return not (t0.name and t.name and not all(_same_name(r["cells"].get(t0.name), held[n]["cells"].get(t.name))
                                               for r in rows if (n := _key(str(r["cells"].get(t0.number) or ""))) in held))


def _renamed_numbers(t: Table, context: TableContext) -> set[str]:
    """The numbers of the rows answered before when table `t` (of the same document) names some of them otherwise
    than the conversation's table yet numbers them all alike; empty when the names hold as they are."""
    t0 = context.table
    if not t0.number or not t.number:
        return set()
    names = {_key(str(r["cells"].get(t.name) or "")) for r in t.rows}
    if all(_key(str(r["cells"].get(t0.name) or "")) in names for r in context.rows):
        return set()
    numbers = {_key(str(r["cells"].get(t0.number) or "")) for r in context.rows} - {""} - set(_EMPTY)
    if not numbers or not all(re.search(r"\d", n) for n in numbers):
        return set()
    return numbers if _numbers_same_rows(t0, t, context.rows, numbers) else set()


def _headed_elsewhere(tables: list[Table], context: TableContext) -> list[tuple[Table, set[str]]]:
    """The tables of the conversation's city's other documents whose rows stand under a heading naming the
    rows of the answer before (its code and name, 「Ｄ 施設管理・業務委託の見直し」, or its name alone), with
    those headings as keyed."""
    t0 = context.table
    if not t0.name or not context.rows or len(context.rows) > 5:
        return []
    said = set()
    for r in context.rows:
        name = _key(str(r["cells"].get(t0.name) or ""))
        code = _key(str(r["cells"].get(t0.number) or "")) if t0.number else ""
        if len(name) >= 3:
            said |= {name, code + name} if code else {name}
    out = []
    for t in tables:
        if t.source == t0.source or not any(c.header == "見出し" for c in t.columns) or not same_city(t, t0):
            continue
        heads = {hk for r in t.rows if (hk := _key(str(r["cells"].get("見出し") or "")))
                 and (hk in said or any(hk.endswith(n) and len(hk) - len(n) <= 3 for n in said))}
        if heads:
            out.append((t, heads))
    return out


def _same_name(one, other) -> bool:
    a, b = _key(str(one or "")), _key(str(other or ""))
    return bool(a and b) and (a in b or b in a)


def _legend_read(r: _Reading, others: list[_Reading]) -> bool:
    """Whether a reading is of a legend: a short table whose rows are the values themselves (判定 | 合計点 |
    見解, one row for each of Ａ〜Ｄ), the question's values picking one row each by that column, while another
    table's rows hold the same values in the same column many times over (the 判定 of each subsidy). The
    question asks those rows (「判定がＣだった補助金」「…は何件」), not the legend's line; a value of the
    legend's own columns asked (「Ｃの見直しの方向性は」) still reads the legend."""
    if not r.conds or r.asked or r.measure or r.aggregate not in ("", "count") or r.names \
            or any(c.op != "eq" for c in r.conds) or len(r.table.rows) > 12:
        return False
    for c in r.conds:
        values = [_key(str(row["cells"].get(c.header) or "")) for row in r.table.rows]
        if len(set(values)) != len(values):
            return False  # (the column names no row: values repeat)
    if sum(all(_holds(row, r.table, c) for c in r.conds) for row in r.table.rows) > len(r.conds):
        return False
    heads = {c.header for c in r.conds}
    return any(o is not r and {c.header for c in o.conds} >= heads and len(o.table.rows) > len(r.table.rows)
               and sum(all(_holds(row, o.table, c) for c in o.conds) for row in o.table.rows) >= 2
               for o in others)


def _without_legends(readings: list[_Reading]) -> list[_Reading]:
    kept = [r for r in readings if not _legend_read(r, readings)]
    return kept or readings


def _before_noun(cond_text: str) -> str:
    """The conditions said before the rows' word: joined by の after a noun (評価がC の 施設), directly after a verb
    or adjective ending (「株式会社」とある施設, 評価が下がった施設, Aでない施設), never 「…とあるの施設」."""
    if not cond_text:
        return ""
    # (「2つ」「くらい」 end in kana too, and take の)
    ending = re.search(r"(?:[うくすぬぶむぐる]|(?<![0-9０-９])つ|た|(?<!ら)い)$", cond_text)
    return cond_text if ending else cond_text + "の"


def _same_rows_held(a: _Reading, b: _Reading) -> bool:
    """Whether two documents' tables read a question alike and the rows meeting it in b are the same things as
    (or some of) a's, by
    their numbers (A-01 …) or else their names: a facility list and a schedule of the same facilities (「今後の
    方針が廃止の施設」), one answer either way, no choice between the documents to ask about. Only rows are
    asked (a figure of them may differ between the documents)."""
    if a.aggregate in ("group", "top_max", "top_min") and b.aggregate == a.aggregate and a.measure \
            and _key(a.measure) == _key(b.measure) and not a.conds and not b.conds:
        # (「いちばん多くの施設を受けてる指定管理者」 over a list of evaluations and a page of the same facilities,
        # each printing its 指定管理者: rows grouped by the same column, the same rows in the same groups (some of
        # them in b), one answer either way)
        def grouped(r: _Reading) -> set[tuple[str, str]]:
            column = r.table.number or r.table.name
            return {(k, _key(str(row["cells"].get(r.measure) or ""))) for row in r.table.rows
                    if (k := _key(str(row["cells"].get(column) or "")))} if column else set()

        mine, theirs = grouped(a), grouped(b)
        return bool(theirs) and theirs <= mine
    if a.aggregate not in ("", "count") or b.aggregate != a.aggregate or a.measure or b.measure \
            or (a.asked and a.asked not in {c.header for c in a.conds}) or (b.asked and b.asked not in {c.header for c in b.conds}):
        return False

    def held(r: _Reading) -> set[str]:
        column = r.table.number or r.table.name
        if not column or not r.conds:
            return set()
        return {_key(str(row["cells"].get(column) or "")) for row in r.table.rows
                if all(_holds(row, r.table, c) for c in r.conds)} - {""}

    # (a table of some of them, a list of users leaving out the warehouse, is no rival to the list of all)
    mine, theirs = held(a), held(b)
    return bool(mine) and bool(theirs) and theirs <= mine


# A cell of sentences (a policy, a plan of action), not a year or a span of years
_PROSE = re.compile(r"[。、]|[ぁ-ん]{4}")


def _holds(row: dict, t: Table, c: Cond) -> bool:
    cells = row["cells"]
    if c.op == "rows":
        return row["key"] in c.value
    if c.op == "sheet":
        return c.value in row.get("sheets", ())
    if c.op == "sheet_in":
        return bool(set(c.value) & set(row.get("sheets", ())))
    if c.op == "unanimous":  # every count of the vote in one category
        ns = [_number(cells.get(h)) for h in c.header.split("|")]
        return all(n is not None for n in ns) and max(ns) > 0 and max(ns) == sum(ns) \
            and (c.value is None or sum(ns) == c.value)
    if c.op.startswith("top_"):  # 「最多の判定でも３票どまり」: the largest count of the row (a dash the note makes 0)
        ns = [_number(cells.get(h)) for h in c.header.split("|")]
        ns = [n for n in ns if n is not None]
        if not ns:
            return False
        top = max(ns)
        return {"top_eq": top == c.value, "top_ge": top >= c.value, "top_le": top <= c.value,
                "top_lt": top < c.value, "top_gt": top > c.value}[c.op]
    if c.op == "under_heads":
        return _heads_of(str(cells.get("見出し") or ""), c.value)
    if c.op == "not_sheet":
        return c.value not in row.get("sheets", ())
    if c.op in ("code_rows_all", "code_rows_none"):  # 「全部の区分で」「…区分が一つもない」: over the rows of the row's code
        group, inner = c.value
        code = _key(str(cells.get(group) or ""))
        held = [all(_holds(r, t, part) for part in inner) for r in t.rows if _key(str(r["cells"].get(group) or "")) == code]
        return bool(held) and (all(held) if c.op == "code_rows_all" else not any(held))
    if c.op == "all_of":  # 「どの年度も「－」」: each year's condition holds
        return all(_holds(row, t, part) for part in c.value)
    if c.op == "dash_filled":  # 「効果額を算定していない」: each year the row prints is the dash (blank: outside its period)
        printed = [_key(nfkc(str(cells.get(h) or "")).strip()) for h in c.header.split("|")]
        printed = [v for v in printed if v]
        return bool(printed) and all(v in {"-", "ー", "―", "—", "–"} for v in printed)
    if c.op == "peak_at":  # 「R8が一番多くなる項目」: the row's own largest year (peak_year.py)
        from assistant.query.tables.peak_year import holds_peak

        return holds_peak(cells, c.header.split("|"), c.value[0], c.value[1], _number)
    if c.op == "filled_all":  # 「毎年数値が出ている」: a figure in every one of those columns
        return all(_number(cells.get(h)) is not None for h in c.header.split("|"))
    if c.op == "dash_all":  # 「予定がまったくない」: a dash printed in every one of those columns
        return all(_key(nfkc(str(cells.get(h) or "")).strip()) in {"-", "ー", "―", "—", "–"} for h in c.header.split("|"))
    if c.op.startswith("every_month_"):  # 「毎月80件以上」: each month's column meets the bound
        ns = [_number(cells.get(h)) for h in c.header.split("|")]
        if t.dash_zero and any(n is not None for n in ns):
            # (「補助金と委託料を合わせて」 of a row printing 「－」 as its 補助金: none, 0, as the note says)
            ns = [0.0 if n is None and _DASH.fullmatch(nfkc(str(cells.get(h) or "")).strip()) else n
                  for n, h in zip(ns, c.header.split("|"))]
        if any(n is None for n in ns):
            return False  # (a month not counted, 「－」: not every month)
        op = c.op[len("every_month_"):]
        return all({"ge": n >= c.value, "gt": n > c.value, "le": n <= c.value, "lt": n < c.value}[op] for n in ns)
    if c.op in ("any_month_past", "month_run"):  # 「月100時間を切った月がある」「3か月以上連続で」: month_runs.py
        from assistant.query.tables.month_runs import any_month_past, month_run_holds

        headers = c.header.split("|")
        return any_month_past(cells, headers, *c.value) if c.op == "any_month_past" \
            else month_run_holds(cells, headers, *c.value)
    if c.op == "any_month":  # 「0人の月がある」: some month's column holds that number
        return any(_number(cells.get(h)) == c.value for h in c.header.split("|"))
    if c.op in ("names", "not_names"):
        return (_key(str(cells.get(c.header) or "")) in c.value) == (c.op == "names")
    if c.op == "code_prefix":  # 「令和４年度に登録した」: the number starts with the year's code (R4-)
        return _key(str(cells.get(c.header) or "")).replace("‐", "-").replace("－", "-").startswith(c.value)
    if c.op == "counted_marks":  # 「○が7項目以上」: the mark counted along the row (marks_counted.py)
        return mark_count_holds(cells, c)
    if c.op == "numbers":
        n = _number(cells.get(c.header))
        return n is not None and c.value[0] <= n <= c.value[1]
    if c.op.startswith("mark"):
        marks = [str(cells.get(h) or "").strip() in _MARKS for h in c.header.split("|")]
        if c.op == "mark_start":
            # (the mark a legend says is the start, where there is one: ○ of a preparation before it is not)
            begun = {t.begun_mark} if t.begun_mark else _MARKS
            first = next((t.column(h).year for h in _year_order(t) if str(cells.get(h) or "").strip() in begun), None)
            return first == c.value
        return {"mark": any(marks), "mark_all": all(marks), "mark_not": not any(marks)}[c.op]
    if c.op in ("cols_eq", "cols_ne"):
        # (a blank or a dash is no grade: such a row is neither alike nor different)
        a, b = (_key(nfkc(str(cells.get(h) or "")).strip()) for h in c.header.split("|"))
        if a in _EMPTY or b in _EMPTY or not a or not b:
            return False
        return (a == b) == (c.op == "cols_eq")
    if c.op.startswith("cols_"):
        a, b = (_number(cells.get(h)) for h in c.header.split("|"))
        if t.dash_zero:
            # (「補助金より委託料が多い」 of a row printing 「－」 as its 補助金: none, 0, as the note says)
            a, b = (0.0 if n is None and _DASH.fullmatch(nfkc(str(cells.get(h) or "")).strip()) else n
                    for n, h in zip((a, b), c.header.split("|")))
        if a is None or b is None:
            return False
        if _against_mark(c) and row.get("key") in t.lower_better:
            # 「目標に届かなかった」 of a number better lower (時間外勤務, as the document's note says):
            # the target is reached from above.
            a, b = -a, -b
        if getattr(c, "factor", 1.0) != 1.0 and b == 0:
            return False  # (「目標額の9割以上」 of a target of 0: no share of it to reach)
        b = b * getattr(c, "factor", 1.0)
        return {"cols_gt": a > b, "cols_ge": a >= b, "cols_lt": a < b, "cols_le": a <= b}[c.op]
    if c.op.startswith("sum_"):
        # 「満足度（満足＋やや満足）が70％以上」: the row's columns added, then compared
        ns = [_number(cells.get(h)) for h in c.header.split("|")]
        if t.dash_zero and any(n is not None for n in ns):
            # (「補助金と委託料を合わせて」 of a row printing 「－」 as its 補助金: none, 0, as the note says)
            ns = [0.0 if n is None and _DASH.fullmatch(nfkc(str(cells.get(h) or "")).strip()) else n
                  for n, h in zip(ns, c.header.split("|"))]
        if any(n is None for n in ns):
            return False
        total = round(sum(ns), 6)
        return {"sum_ge": total >= c.value, "sum_gt": total > c.value, "sum_le": total <= c.value,
                "sum_lt": total < c.value, "sum_eq": total == c.value}[c.op]
    if c.op == "change_by":  # 「300千円以上増えた」: the size of the change bounded
        rank, direction, bound, amount, *relative = c.value
        a, b = (rank.get(_key(str(cells.get(h) or "").strip())) for h in c.header.split("|"))
        if a is None or b is None or (relative and relative[0] and not a > 0):
            return False
        grown = b - a if direction == "up" else a - b
        if relative and relative[0]:  # (「15%以上減った」 of tonnes: the change as a share of the first figure)
            grown = 100 * grown / a
        # (「減る額が20,000千円に届かない」: below the bound, yet a decrease — not a row that grew)
        return {"ge": grown >= amount, "gt": grown > amount, "lt": 0 < grown < amount, "le": 0 < grown <= amount}[bound]
    if c.op in ("span_up", "span_down"):  # 「下がった」 of rows run in different years: first year → last (span_changes.py)
        return span_holds(row, c)
    if c.op.startswith("change_"):
        a, b = (c.value.get(_key(str(cells.get(h) or "").strip())) for h in c.header.split("|"))
        if a is None or b is None:
            return False
        if c.op == "change_differ":
            return a != b
        if c.op in ("change_worse", "change_better"):
            # (a number the document's note says is better lower gets worse as it grows)
            if row.get("key") in t.lower_better:
                a, b = -a, -b
            return b < a if c.op == "change_worse" else b > a
        return {"change_up": b > a, "change_down": b < a, "change_same": b == a,
                "change_not_up": b <= a, "change_not_down": b >= a}[c.op]
    if c.op == "run":
        vk, n = c.value
        headers = sorted(c.header.split("|"), key=lambda h: t.column(h).year or 0)
        marks = [_key(_grade_of(str(cells.get(h) or ""))) in vk if isinstance(vk, (tuple, list))
                 else _key(_grade_of(str(cells.get(h) or ""))) == vk for h in headers]
        return any(all(marks[i:i + n]) for i in range(len(marks) - n + 1))
    raw = cells.get(c.header)
    if c.op == "dash":
        return bool(re.fullmatch(r"[-‐‑–—―−－ーｰ─━]", nfkc(str(raw or "")).strip()))
    if c.op in ("empty", "filled", "nonzero", "zero"):
        written = nfkc(str(raw or "")).strip() not in _EMPTY
        if c.op == "empty" and written and _PENDING.fullmatch("".join(nfkc(str(raw)).split())) \
                and c.header in {x.header for x in t.columns if x.numeric}:
            # 「令和6年度の実績がまだ出ていない」 over figures one of which prints 「集計中」: no figure yet
            written = False
        if written and c.op in ("empty", "filled"):
            from assistant.query.tables.declined_cells import declines

            # 「現地説明会があるもの」 over dates beside one 「実施しません」: that cell holds none
            written = not declines(t, c.header, raw)
        if c.op in ("nonzero", "zero"):
            return (written and _number(raw) != 0) is (c.op == "nonzero")
        if c.op == "empty" and c.header in t.blank_apart:
            return not nfkc(str(raw or "")).strip()  # (「－」 there is 該当なし, nothing still to be decided)
        return written if c.op == "filled" else not written
    if c.op == "or":
        return any(_holds(row, t, part) for part in c.value)
    if c.op == "stage_extreme":
        return True  # (an extreme of the rows kept: chosen after them)
    if c.op == "run_ge":  # 「◇が4四半期以上続いている」: the longest run of the mark over the columns
        vk, n = c.value
        run = best = 0
        for h in c.header.split("|"):
            run = run + 1 if _key(nfkc(str(cells.get(h) or "")).strip()) == vk else 0
            best = max(best, run)
        return best >= n
    if c.op == "first_eq":  # 「令和9年度から実施に入る」: the first year column holding the value is that year
        vk, fy = c.value
        headers = c.header.split("|")
        first = next((t.column(h).year for h in headers if _key(nfkc(str(cells.get(h) or "")).strip()) == vk), None)
        return first == fy
    if c.op == "not_any":  # 「一度も「検討」が出てこない」: none of the year columns holds it
        return not any(_holds(row, t, part) for part in c.value)
    if c.op == "contains":
        return _key(c.value) in _key(str(raw or ""))
    if c.op == "in":
        return bool({_key(v) for v in _cell_values(str(raw or ""))} & set(c.value))
    if c.op == "group_all":  # every value among the rows of the row's record (the same number over them)
        n = _key(str(cells.get(t.number) or ""))
        held = {_key(v) for r in t.rows if n and _key(str(r["cells"].get(t.number) or "")) == n
                for v in _cell_values(str(r["cells"].get(c.header) or ""))}
        # (one row per record: that of the first value said, 霧ヶ杜市's of 「霧ヶ杜市と鵆川町の両方」)
        return set(c.value) <= held and c.value[0] in {_key(v) for v in _cell_values(str(raw or ""))}
    if c.op == "only":  # 「起債のみ」: the value is all the cell lists (not 国費・起債)
        return {_key(v) for v in _cell_values(str(raw or ""))} == {c.value}
    if c.op in ("eq", "ne"):
        if isinstance(c.value, float):
            n = _number(raw)
            # A written non-number (－, なし) counts as 0 unless the column also prints 0: then the
            # document tells the two apart (※ 「0」は効果が生じていない、「－」は未算定).
            hit = n is not None and n == c.value or (c.value == 0 and n is None and raw not in (None, "")
                                                     and not _prints_zero(t, c.header))
            return hit if c.op == "eq" else not hit
        text = str(raw or "")
        hit = c.value in {_key(v) for v in _cell_values(text)}
        return hit if c.op == "eq" else not hit
    if c.op == "m_in":  # rows that are months, within the months said (month_rows.py)
        from assistant.query.tables.month_rows import in_months

        return in_months(raw, c.value)
    if c.op == "cy_eq":  # a calendar year of days (2025年: 令和7年1月30日, not 令和7年度), or of months
        day = month_of(raw)
        return day is not None and day[0] == c.value
    if c.op == "cy_ge":  # 「令和7年になってから」: days (or months: 令和8年2月) from the 1st of January of that year on
        day = month_of(raw)
        return day is not None and day[0] >= c.value
    if c.op.startswith("ym_"):  # 「令和7年10月に」 over a column of months (募集時期: 令和7年10月): by month
        month = month_of(raw)
        if month is None:
            return False
        return {"ym_eq": month == c.value, "ym_ge": month >= c.value, "ym_le": month <= c.value,
                "ym_lt": month < c.value, "ym_gt": month > c.value}[c.op]
    if c.op == "d_end":  # the last day of a span (R2.4.1~R7.3.31), a single day being its own end
        days = _days(raw)
        return bool(days) and days[-1] == c.value
    if c.op.startswith("cnt_"):  # 「参加市町が4つ以上」: how many names the cell lists
        from assistant.query.tables.question import list_count

        n = list_count(raw)
        return {"cnt_eq": n == c.value, "cnt_ge": n >= c.value, "cnt_le": n <= c.value,
                "cnt_lt": n < c.value, "cnt_gt": n > c.value}[c.op]
    if c.op.startswith("share_"):  # 「鶲ヶ江町の負担割合が50％以上」: the member's own figure in the cell (member_shares.py)
        from assistant.query.tables.member_shares import share_of

        n = share_of(raw, c.value[0])
        return n is not None and {"share_eq": n == c.value[1], "share_ge": n >= c.value[1], "share_le": n <= c.value[1],
                                  "share_lt": n < c.value[1], "share_gt": n > c.value[1]}[c.op]
    if c.op in ("units_eq", "units_ge"):  # 「2つの部局の共管」: how many departments the cell joins (会計課・財政課)
        from assistant.query.tables.question import unit_count

        n = unit_count(raw)
        return n == c.value if c.op == "units_eq" else n >= c.value
    if c.op.startswith("len_"):
        years = _span_years(raw)
        single = _fy_span(raw) if years is None and t.column(c.header).years_inside else None
        if single is not None and single[0] == single[1]:
            years = 1.0  # 「R9」 in a column of periods (R9～R10): one year long
        if years is None:
            return False
        return {"len_eq": years == c.value, "len_ge": years >= c.value, "len_le": years <= c.value,
                "len_lt": years < c.value, "len_gt": years > c.value}[c.op]
    if c.op.startswith("d_"):
        day = _date(raw)
        if day is None:
            return False
        return {"d_eq": day == c.value, "d_ne": day != c.value, "d_le": day <= c.value, "d_lt": day < c.value,
                "d_ge": day >= c.value, "d_gt": day > c.value}[c.op]
    if c.op.startswith("fy_"):
        span = _fy_span(raw)
        if span is None:
            return False
        first, last = span
        if c.op == "fy_eq" and first == last != c.value and _PROSE.search(nfkc(str(raw))):
            # 「令和７年度は休止とし、令和８年度に…判断する」: a sentence's cell says what it does in each year it names
            return any(y.fiscal_year == c.value for y in find_years(nfkc(str(raw)), calendar=True))
        if c.op == "fy_span":
            return (first, last) == tuple(c.value)
        if c.op in ("fy_in", "fy_start_in"):
            lo, hi = c.value
            era = re.search(r"が(昭和|平成|令和)(?:の年度|に始まる)$", str(c.label or ""))
            printed = re.findall(r"昭和|平成|令和", nfkc(str(raw)))
            if era and printed:
                # 「令和になってから運行を始めた」 of a cell printing 平成31年4月: the era it prints, not its fiscal
                # year (令和元年度 began under 平成)
                return era.group(1) in printed if c.op == "fy_in" else printed[0] == era.group(1)
            return lo <= first <= hi if c.op == "fy_start_in" else first <= hi and last >= lo
        # A span (令和7年度～令和8年度) holds each of its years; it ends by its last and begins at its first.
        return {"fy_le": last <= c.value, "fy_lt": last < c.value, "fy_ge": first >= c.value, "fy_gt": first > c.value,
                "fy_eq": first <= c.value <= last, "fy_start": first == c.value, "fy_start_le": first <= c.value, "fy_start_lt": first < c.value, "fy_end": last == c.value, "fy_lasts": last >= c.value,
                "fy_only": first == last == c.value}[c.op]
    n = _number(raw)
    if n is None:
        return False
    if c.op == "between":
        return c.value[0] <= n <= c.value[1]
    return {"ge": n >= c.value, "gt": n > c.value, "le": n <= c.value, "lt": n < c.value}[c.op]


def _sheet_years_used(t: Table, conds: list[Cond], headers: list[str]) -> set[int]:
    """The sheets' years whose columns the conditions and the asked or summed column are of: over a
    workbook of a sheet per year, a row only another year's sheet lists has no values of them, and is
    neither 「A以外」 nor a row to add up that year."""
    if not t.sheets:
        return set()
    said = [h for c in conds for part in (c.value if c.op in ("or", "not_any") else [c]) for h in part.header.split("|")]
    known = {c.header: c.year for c in t.columns}
    return {known[h] for h in [*said, *headers] if known.get(h) in t.sheets}


_WHOLE_LABELS = ("全体", "合計", "総計", "計")


def _whole_row_value(db, t, header: str) -> tuple[str, str] | None:
    """(label, printed value) of the table's whole row (全体・合計) right under its rows, in the column asked;
    None when the table prints none (the row is kept as a stated figure, not one of the rows)."""
    last = max((r["line"] for r in t.rows), default=0)
    try:
        found = db.execute("SELECT label, text FROM count_fact WHERE source = ? AND line > ? AND line <= ?",
                           [t.source, last, last + 2]).fetchall()
    except Exception:  # (an index without stated figures)
        return None
    for label, text in found:
        if nfkc(str(label or "")).strip() not in _WHOLE_LABELS:
            continue
        for part in str(text or "").split(" / "):
            h, _, v = part.partition(": ")
            if h == header and v.strip():
                return nfkc(str(label)).strip(), v.strip()
    return None


def _answer(db, question: str, qn: str, reading: _Reading, inherited: list[Cond]) -> tuple[Answer, TableContext]:
    t = reading.table
    # 「そのうち…」 narrows the rows before; a follow-up stating conditions of its own without it asks anew
    # over the same table (「令和5年度にC評価のものは何件？」); one stating none keeps them (「何件？」).
    asks = [c for c in inherited if c.op == "ask"]
    # (「じゃあ2024年度は？」 over a row per year: the year said names the row as a name does)
    # (「じゃあ用語解説を求めた意見は？」: the row named by what its text says, as by its name; the column the
    # words were read in, said as the rows' word (意見 of 意見の要旨), is no column asked)
    if reading.asked and any(c.op == "or" and reading.asked in c.header.split("|") and isinstance(c.value, list)
                             and all(getattr(p, "op", "") == "contains" for p in c.value) for c in reading.conds):
        # 「マイナンバーカードに触れている意見は？」 with the words sought in every year's 意見: the text asked is
        # the rows' own, not one year's column (which may not be where the words were)
        reading.asked = ""
    own_text = bool(reading.asked) and any(c.op == "contains" and c.header == reading.asked for c in reading.conds)
    if all(c.op in ("rows", "contains") or _names_year_row(t, c) for c in reading.conds) and reading.conds \
            and (not reading.asked or own_text) and not reading.aggregate:
        asks += [c for c in inherited if c.op == "ask_of_row"]  # (only another row named, nothing else said)
    inherited = [c for c in inherited if c.op not in ("ask", "ask_of_row", "grouped", "summed")]
    if asks and (not reading.asked or own_text and asks[-1].op == "ask_of_row") and not reading.aggregate:
        reading.asked = asks[-1].header if own_text else asks[0].header
    conds = _merge(t, inherited, reading.conds, narrowing=bool(REFINES.search(qn)))
    rows = [r for r in t.rows if all(_holds(r, t, c) for c in conds)]
    rows = groups_without(t, rows, conds, _holds)  # (「鹿籠町が入っていない」: a group one of whose rows holds it)
    rows = _records_once(t, rows)
    for c in conds:
        if c.op == "stage_extreme":  # 「本番移行がいちばん遅い」: of the rows kept, the latest first period of the mark
            rows = stage_extreme_rows(t, c, rows)
    years = _sheet_years_used(t, conds, [reading.measure, reading.asked])
    listed = [r for r in rows if years <= set(r.get("sheets", ()))]
    unlisted = [r for r in rows if r not in listed]
    rows = listed
    if len(rows) == 1 and not reading.asked and not reading.aggregate and not reading.measure \
            and _ASKS_MONEY.search(qn) and conds and all(c.op == "rows" for c in conds):
        # 「住民票の写しの手数料っていくら」: one row named and its amount asked, the table's one column of money
        money = [c.header for c in t.columns if c.numeric and (re.search(r"円", c.unit or "") or
                                                               re.search(r"(?:額|金|料|費)$", c.base))]
        if len(money) == 1:
            reading.asked = money[0]
    shown = [_row(t, r) for r in rows]
    columns = [c.header for c in t.columns]
    what = _rows_word(t)
    understood = [{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"}]
    understood += [{"field": c.header, "op": c.op, "value": c.value, "label": c.label} for c in conds]
    answer = Answer(question=question, target="table_row", rows=shown, count=len(shown), columns=columns,
                    understood=understood, notes=list(reading.notes))
    if t.lower_better and any(_against_mark(c) for c in conds):
        better = [str(r["cells"].get(t.number) or "") for r in t.rows if r["key"] in t.lower_better]
        reached = any(c.value == "reach" for c in conds if c.op.startswith("cols_"))
        # (where the rows' direction came from: a note (「※1 No.4…は少ないほど良い指標」) or a 望ましい方向 column)
        said = ("資料の望ましい方向の欄" if t.lower_by_column >= t.lower_better else
                "資料（注記または望ましい方向の欄）" if t.lower_by_column else "資料の注記")
        answer.notes.append(f"{t.number} {'・'.join(better)} は{said}で少ないほど良い指標とされているため、"
                            + ("目標以下を達成として判定しました" if reached else
                               "基準値との上回る・下回るを、小さいほうが良い向きで判定しました"))
    names = "、".join(_name_of(t, r) for r in rows[:6]) + (" ほか" if len(rows) > 6 else "")
    cond_text = "、".join(c.label for c in conds)
    caption = re.sub(r"\s*[(（]\s*単位\s*[:：][^()（）]*[)）]", "", nfkc(t.caption)).strip()  # (the unit is the numbers')
    if any(c.header == "見出し" for c in t.columns):
        caption = ""  # rows under several headings (基本方針1…3): the first one's is not the table's
    where = f"（{t.doc_title}" + (f"「{caption}」" if caption and caption != nfkc(t.doc_title) else "") + "の表）"
    whole = _part_and_whole(t, qn) if reading.aggregate == "ratio" and not conds else None
    if whole is not None:
        # 「全体での女性委員の割合」 over 委員数 | うち女性: the part's sum over the whole's, not a share of rows.
        part, of = whole
        got = [sum(v for r in rows if (v := _number(r["cells"].get(h))) is not None) for h in (part, of)]
        share = 100 * got[0] / got[1] if got[1] else 0
        answer.value = round(share, 1)
        answer.summary = (f"{what} {len(rows)}件の{part}の合計 {_grouped(got[0])} は {of}の合計 {_grouped(got[1])} の"
                          f" {share:.1f}% です{where}。")
        understood.append({"field": part, "op": "ratio", "value": of, "label": f"{part}の合計÷{of}の合計"})
    elif reading.aggregate == "ratio" and not conds:
        # No condition said: every row is 100% of the rows; that is no answer to a share asked.
        answer.status = "partial"
        answer.caveat = "何の割合かを表の列から読み取れなかったため、割合は答えられません。"
        answer.summary = answer.caveat + f"{what}は 全{len(t.rows)}件です{where}。"
    elif reading.aggregate == "ratio" and re.search(r"占め", qn) and (total := _count_total(t)) is not None:
        # 「電子申請全体のうち、住民課の手続が占める割合」 over 手続名 | 4月 … 3月 | 合計 (件): the rows' share of
        # what the table counts, their totals over every row's, not how many of the rows they are
        got = [sum(v for r in rs if (v := _number(r["cells"].get(total))) is not None) for rs in (rows, t.rows)]
        share = 100 * got[0] / got[1] if got[1] else 0
        answer.value = round(share, 1)
        answer.summary = (f"{_before_noun(cond_text)}{what} {len(rows)}件の{total}の合計 {_grouped(got[0])} は"
                          f" 全{len(t.rows)}件の{total}の合計 {_grouped(got[1])} の {share:.1f}% です{where}"
                          + (f"：{names}。" if rows else "。"))
        understood.append({"field": total, "op": "ratio", "value": total, "label": f"{total}の合計に占める割合"})
    elif reading.aggregate == "ratio" and whole_is_a_column(t, qn):
        # 「施策2-3-1の実績は目標値の何％」 read with no one figure of each (a series by year, no year said): the
        # share of a figure, which the rows' count is not; said so, not answered
        answer.status = "partial"
        answer.caveat = "割合を求める2つの数値（どの年度の値か）を一つに決められなかったため、割合は答えられません。"
        answer.summary = answer.caveat + f"{what}は {len(rows)}件です{where}" + (f"：{names}。" if rows else "。")
    elif reading.aggregate == "ratio":
        # (「令和6年度の指摘のうち…の割合」: of the rows of the sheets said, the whole being those sheets' rows)
        scope = [c for c in conds if c.op in ("sheet", "sheet_in")]
        base = [r for r in t.rows if all(_holds(r, t, c) for c in scope)] if scope else t.rows
        share = 100 * len(rows) / len(base) if base else 0
        answer.value = round(share, 1)
        answer.summary = (f"{_before_noun(cond_text)}{what}は 全{len(base)}件中 {len(rows)}件"
                          f"（{share:.1f}%）です{where}" + (f"：{names}。" if rows else "。"))
        understood.append({"field": "*", "op": "ratio", "value": None, "label": "全体に占める割合"})
    elif reading.aggregate == "count" and (figured := _figure_column_named(t, qn, reading, conds)):
        # 「令和5年度の『森林と清流の保全』コースの寄附件数は」 over a row per year, a column per course: the count
        # asked is a figure of the column named, not how many rows there are; not claimed
        answer.status = "partial"
        answer.caveat = (f"「{figured}」の欄の数値を問う質問と読めますが、欄の中の数値（件数・金額など）を"
                         "特定できないため、該当する行を示します。")
        answer.summary = answer.caveat + f"{what}は {len(rows)}件です{where}" + (f"：{names}。" if rows else "。")
    elif reading.aggregate == "count" and people_of_opinion_rows(t, qn):
        # (「意見を出した人は何人」 over a table of opinions: people_counted.py — the rows shown, no count claimed)
        answer.status = "partial"
        answer.caveat = "人数を問う質問ですが、この表の行は意見で、提出した人を示していないため、人数は答えられません。"
        answer.summary = answer.caveat + f"{what}は {len(rows)}件です{where}" + (f"：{names}。" if rows else "。")
    elif reading.aggregate == "count":
        answer.value = len(rows)
        answer.summary = (f"{_before_noun(cond_text)}{what}は {len(rows)}件です{where}"
                          + (f"：{names}。" if rows else "。"))
        understood.append({"field": "*", "op": "count", "value": None, "label": "件数を数える"})
    elif reading.aggregate in ("sum", "avg", "max", "min"):
        m = reading.measure
        ask_when_of_extreme(qn, reading)  # 「改定率が一番大きかった改定はいつ」: the row's date, not its rate
        ask_figure_of_extreme(qn, reading)  # 「…が一番多かった年度の量は何トン」: the row's figure, not its year
        member = member_asked(t, qn) if reading.aggregate in ("max", "min") and not reading.asked else ""
        if member:
            # 「参加している町村の中で負担割合が一番大きいのはどこ」 of rows grouped per member: the member asked
            kept = towns_only(qn, rows, member)
            if len(kept) < len(rows):
                understood.append({"field": member, "op": "towns", "value": None, "label": f"{member}が町・村"})
            rows, reading.asked = kept, member
        parts = m.split("|")  # (several years' columns summed: each row's added across them)
        unit = t.column(parts[0]).unit
        built = len(parts) == 1 and t.column(m).years_inside and not t.column(m).dates and not t.column(m).numeric
        numbers = [(r, _added_across(r, parts) if len(parts) > 1 else
                    _fy(r["cells"].get(m)) if built else  # (建築年 1970年: the year itself, oldest first)
                    _number(r["cells"].get(m)) if not t.column(m).dates else _day_number(r["cells"].get(m)))
                   for r in rows]
        present = [(r, n) for r, n in numbers if n is not None]
        word = {"sum": "合計", "avg": "平均", "max": "最大", "min": "最小"}[reading.aggregate]
        if len(parts) > 1:
            # (two columns of no year added, 満足＋やや満足, are said so; a run of years from the first to the last)
            m = "＋".join(parts) if len(parts) == 2 and all(t.column(p).year is None for p in parts) \
                else f"{parts[0]}〜{parts[-1]}"
        understood.append({"field": reading.measure, "op": reading.aggregate, "value": None, "label": f"{m}の{word}"})
        if not present:
            answer.summary = f"{_before_noun(cond_text)}{what}に{m}の値がありません{where}。"
            answer.status = "no_match"
        elif reading.aggregate == "sum" and _one_thing_repeated(t, qn, present):
            # 「○○審議会の委員数は何人」 over its meetings' rows, the same number on each: the figure of the one
            # thing the rows are occurrences of, printed again on each row, is no amount to add up.
            answer.value = _plain_number(present[0][1])
            answer.summary = (f"{_name_of(t, present[0][0])} の{m}は {_grouped(answer.value)}{unit}です"
                              f"（{len(present)}行とも同じ値）{where}。")
            understood[-1] = {"field": reading.measure, "op": "value", "value": None, "label": m}
        elif reading.aggregate in ("sum", "avg") and len(parts) == 1 and _CHANGE_COLUMN.match(t.column(m).base) and (worded := sorted({
                w for r, n in numbers if n is None and (w := nfkc(str(r["cells"].get(m) or "")).strip())
                and w not in _EMPTY and not re.fullmatch(r"[-‐－―ー—–~〜・/／]+", w)})):
            # 「皆増」 in a 増減 column (new this year: the whole amount an increase): a row whose cell is a word,
            # no figure, cannot be left out of a sum without changing it; say so rather than add the rest.
            answer.status = "partial"
            answer.caveat = f"{m}には数値でない欄（{'、'.join(worded[:3])}）があるため、{word}は計算できません。"
            answer.summary = answer.caveat + f"{where}"
        elif reading.aggregate == "sum" and len(parts) == 1 and (
                t.column(m).unit in ("%", "％") or t.column(m).base.endswith("率")):
            # 「全体（合計）の削減率は？」: rates added up are no rate of the whole; say so, claim no figure.
            answer.status = "partial"
            answer.caveat = (f"{m}は率のため、行の値を足し合わせても全体の率にはなりません。"
                             "資料の合計欄の率を確かめてください。")
            answer.summary = answer.caveat + f"{where}"
        elif reading.aggregate in ("sum", "avg"):
            if len(parts) == 1 and not t.column(m).dates and not built:
                # (a value merged over several rows added once; each old section of a 統合 added: merged_records.py)
                present = [(r, n) for r in summed_once(t.rows, [r for r, _ in present], m)
                           if (n := _number(r["cells"].get(m))) is not None]
            total = sum(n for _, n in present)
            value = total if reading.aggregate == "sum" else total / len(present)
            answer.value = _plain_number(value)
            skipped = sum(1 for _, n in numbers if n is None)
            answer.summary = (f"{_before_noun(cond_text)}{what} {len(present)}件の{m}の{word}は "
                              f"{_grouped(answer.value)}{unit}です{where}。"
                              + (f"値のない{skipped}件は数えていません。" if skipped else ""))
        else:
            best = (max if reading.aggregate == "max" else min)(n for _, n in present)
            top = [r for r, n in present if n == best]
            answer.rows = [_row(t, r) for r in top]  # (the row or rows asked for: ties all, no others)
            answer.value = _plain_number(best)
            top_names = "、".join(_name_of(t, r) for r in top)
            extreme = "最も大きい" if reading.aggregate == "max" else "最も小さい"
            if built:
                extreme = "最も新しい" if reading.aggregate == "max" else "最も古い"
                answer.value = str(top[0]["cells"].get(m))
                unit = ""
            if len(parts) == 1 and t.column(m).dates:
                extreme = "最も遅い" if reading.aggregate == "max" else "最も早い"
                answer.value = str(top[0]["cells"].get(m))
                unit = ""
            answer.summary = (f"{m}が{extreme}{what}は {top_names}（{_grouped(answer.value)}{unit}）です{where}。")
            # (「提出者番号が一番大きいのは？」: a number column at its extreme is that number asked, not its rows —
            # fx256's _THE_ONE_AT_EXTREME kept to figures that are no number of anything; mrg regression)
            the_one = inherited and _THE_ONE_AT_EXTREME.search(qn) and not _NUMBER_COLUMN.search(nfkc(str(m)))
            if not reading.asked and (_ASKS_WHICH.search(qn) or _asks_row(t, qn) or the_one) \
                    and not _ASKS_AMOUNT.search(qn):
                answer.value = top_names  # 「効果額がいちばん大きい取組はどれ」: the row is what is asked
                coded = [c for r in top if (c := _code_of(t, r))]
                if len(coded) == len(top):
                    answer.value = "、".join(coded)  # (a row its document numbers R5-004 is answered by that code)
                if not _RANKING.search(qn):
                    answer.rows = answer.rows[:len(top)]  # (the rows at the top, tied ones all: no ranking asked)
            if len(parts) == 1 and t.column(m).dates and not reading.asked and len(top) == 1 \
                    and not _WHEN_ASKED.search(qn) and date_row_asked(qn):
                # 「措置年月日がいちばん新しいのはどの件？」: the case is asked, not its date (kept in the summary)
                answer.value = row_named(t, top[0], top_names)
                if answer.value != top_names:  # (the code said with the name it stands for)
                    answer.summary = answer.summary.replace(f"は {top_names}（", f"は {answer.value} {top_names}（", 1)
            if reading.asked:
                # 「事業費が最も大きい事業の所管課は？」: that row's asked column is the answer.
                asked = "、".join(dict.fromkeys(str(r["cells"].get(reading.asked) or "（記載なし）") for r in top))
                answer.value = asked
                answer.summary = (f"{m}が{extreme}{what}（{top_names}、{_grouped(_plain_number(best))}{unit}）の"
                                  f"{reading.asked}は {asked} です{where}。")
                understood.append({"field": reading.asked, "op": "value", "value": None,
                                   "label": f"{reading.asked}を答える"})
    elif reading.aggregate == "gap":
        # 「目標と実績でどれだけ差がある」: the two columns of the row said, the first less the second.
        a, b = reading.measure.split("|")
        unit = t.column(a).unit or t.column(b).unit
        gaps = [(r, na - nb) for r in rows
                if (na := _number(r["cells"].get(a))) is not None and (nb := _number(r["cells"].get(b))) is not None]
        understood.append({"field": f"{a}|{b}", "op": "gap", "value": None, "label": f"{a}と{b}の差"})
        if len(gaps) == 1:
            r, gap = gaps[0]
            from assistant.query.tables.row_units import in_asked_unit, unit_of_row
            unit = unit or unit_of_row(t, r)  # (a table of indicators: the row's own 単位, 百万円)
            gap, unit = in_asked_unit(gap, unit, qn)
            answer.value = _plain_number(abs(gap))
            answer.summary = (f"{_name_of(t, r)} の{a}と{b}の差は {_grouped(answer.value)}{unit} です"
                              f"（{a} {_grouped(_plain_number(_number(r['cells'].get(a))))}、"
                              f"{b} {_grouped(_plain_number(_number(r['cells'].get(b))))}）{where}。")
        elif gaps:
            answer.summary = (f"{_before_noun(cond_text)}{what} {len(gaps)}件の{a}と{b}の差: "
                              + "、".join(f"{_name_of(t, r)} {_grouped(_plain_number(g))}" for r, g in gaps[:8])
                              + (" …" if len(gaps) > 8 else "") + f"{where}。")
        else:
            answer.summary = f"{_before_noun(cond_text)}{what}に{a}と{b}の両方の値がありません{where}。"
            answer.status = "no_match"
    elif reading.aggregate == "diff":
        # 「令和6年度は目標よりいくつ多かった？」: each row's number less the number said (or the other way).
        own, other, direction, *summed = reading.measure.split("|")
        unit = t.column(own).unit
        diffs = [(r, (na - nb) if direction == "up" else (nb - na)) for r in rows
                 if (na := _number(r["cells"].get(own))) is not None and (nb := _number(r["cells"].get(other))) is not None]
        word = "多い" if direction == "up" else "少ない"
        understood.append({"field": reading.measure, "op": "diff", "value": None,
                           "label": f"{own}{'の合計' if summed else ''}が{other}{'の合計' if summed else ''}より{word}分"})
        if not diffs:
            answer.summary = f"{_before_noun(cond_text)}{what}に{own}と{other}の両方の値がありません{where}。"
            answer.status = "no_match"
        elif summed:
            # 「実績額の合計は目標にどれだけ足りなかった」: the two sums apart, over the rows holding both.
            answer.rows = [_row(t, r) for r, _ in diffs]
            total = sum(n for _, n in diffs)
            sa = sum(_number(r["cells"].get(own)) for r, _ in diffs)
            sb = sum(_number(r["cells"].get(other)) for r, _ in diffs)
            answer.value = _plain_number(total)
            answer.summary = (f"{_before_noun(cond_text)}{what} {len(diffs)}件の{own}の合計"
                              f"（{_grouped(_plain_number(sa))}{unit}）は{other}の合計（{_grouped(_plain_number(sb))}{unit}）より "
                              f"{_grouped(_plain_number(abs(total)))}{unit}"
                              f"{word if total >= 0 else ('少ない' if direction == 'up' else '多い')}です{where}。")
        else:
            answer.rows = [_row(t, r) for r, _ in diffs]
            if len(diffs) == 1:
                answer.value = _plain_number(diffs[0][1])
            # (a number asked as more that is less is said so: 「5少ない」, the value stays -5)
            # (a column of figures in several units, 手続・分・人・％ by row: each row's own cells say its unit)
            answer.summary = ("、".join(f"{_name_of(t, r)} の{own}は{other}より {_grouped(_plain_number(abs(n)))}"
                                       f"{_unit_of([str(r['cells'].get(own) or ''), str(r['cells'].get(other) or '')]) or unit}"
                                       f"{word if n >= 0 else ('少ない' if direction == 'up' else '多い')}"
                                       for r, n in diffs[:10]) + f"です{where}。")
    elif reading.aggregate == "sum_cols":
        # 「R4からR6までの実績の合計」: each row's columns of those years, and the rows, added up.
        cols = reading.measure.split("|")
        unit = t.column(cols[0]).unit
        cells = [(r, h, _number(r["cells"].get(h))) for r in rows for h in cols]
        present = [n for _, _, n in cells if n is not None]
        label = "・".join(cols)
        understood.append({"field": reading.measure, "op": "sum", "value": None, "label": f"{label}の合計"})
        if not present:
            answer.summary = f"{_before_noun(cond_text)}{what}に{label}の値がありません{where}。"
            answer.status = "no_match"
        else:
            answer.value = _plain_number(sum(present))
            skipped = len(cells) - len(present)
            answer.summary = (f"{_before_noun(cond_text)}{what} {len(rows)}件の{label}の合計は "
                              f"{_grouped(answer.value)}{unit}です{where}。"
                              + (f"値のない{skipped}欄は数えていません。" if skipped else ""))
    elif reading.aggregate in ("sum_cols_max", "sum_cols_min"):
        # 「R3からR7までで一番多かった区分」: each row's columns of those years added up, the extreme sum.
        cols = reading.measure.split("|")
        unit = t.column(cols[0]).unit
        sums = [(r, sum(ns)) for r in rows if (ns := [n for h in cols if (n := _number(r["cells"].get(h))) is not None])]
        label = "・".join(cols)
        most = reading.aggregate.endswith("max")
        understood.append({"field": reading.measure, "op": reading.aggregate, "value": None,
                           "label": f"{label}の合計が{'最大' if most else '最小'}"})
        if not sums:
            answer.summary = f"{_before_noun(cond_text)}{what}に{label}の値がありません{where}。"
            answer.status = "no_match"
        else:
            best = (max if most else min)(n for _, n in sums)
            top = [r for r, n in sums if n == best]
            answer.rows = [_row(t, r) for r in top] + ([_row(t, r) for r, n in sorted(
                sums, key=lambda rn: -rn[1] if most else rn[1]) if r not in top] if _RANKING.search(qn) else [])
            top_names = "、".join(_name_of(t, r) for r in top)
            # (「…がいちばん多い部局は何件？」: the figure asked in the columns' own unit, the sum, not the row)
            figure_asked = _ASKS_AMOUNT.search(qn) or (unit and re.search("何" + re.escape(unit), qn))
            answer.value = top_names if not figure_asked else _plain_number(best)
            answer.summary = (f"{label}の合計が{'最も大きい' if most else '最も小さい'}{what}は {top_names}"
                              f"（{_grouped(_plain_number(best))}{unit}）です{where}。")
    elif reading.aggregate == "avg_years":
        # 「R3〜R7の件数は1年あたり平均何件」: every row's figure of each year added up, the years' totals averaged.
        cols = reading.measure.split("|")
        unit = t.column(cols[0]).unit
        totals = [(h, [n for r in rows if (n := _number(r["cells"].get(h))) is not None]) for h in cols]
        totals = [(h, sum(ns)) for h, ns in totals if ns]
        understood.append({"field": reading.measure, "op": "avg_years", "value": None,
                           "label": f"{'・'.join(cols)}の年ごとの合計の平均"})
        if not totals:
            answer.summary = f"{'・'.join(cols)}の値がありません{where}。"
            answer.status = "no_match"
        else:
            answer.value = _plain_number(round(sum(n for _, n in totals) / len(totals), 2))
            answer.summary = (f"{'、'.join(f'{h} {_grouped(_plain_number(n))}' for h, n in totals)}の{len(totals)}年の平均は "
                              f"{_grouped(answer.value)}{unit}です（{what} {len(rows)}件の合計）{where}。")
    elif reading.aggregate == "marked_years":
        # 「○○小学校はいつ実施する予定」: the years of the timeline's columns marked on the row
        cols = reading.measure.split("|")
        # (the years as the header prints them: 2030年度 stays 2030年度)
        said = {h: (m.group(0) if (m := re.search(r"(?:19|20)\d{2}年度?|(?:令和|平成)(?:\d+|元)年度?", nfkc(h)))
                    else fy_text(t.column(h).year)) for h in cols}
        # (of a legend's marks, the one saying the start: 「● …の開始」 beside 「○ …の準備」)
        begun = {reading.mark} if reading.mark else {t.begun_mark} if t.begun_mark and _BEGUN_ASKED.search(qn) else _MARKS
        marked = [(r, [said[h] for h in cols if str(r["cells"].get(h) or "").strip() in begun])
                  for r in rows]
        understood.append({"field": reading.measure, "op": "marked_years", "value": None,
                           "label": f"{next(iter(begun))}のついた年度" if begun != _MARKS else "●のついた年度"})
        answer.rows = [_row(t, r) for r, _ in marked]
        if len(marked) == 1:
            answer.value = "、".join(marked[0][1]) or None
        none_marked = f"（{reading.mark or '●'}のついた年度なし）"
        answer.summary = ("、".join(f"{_name_of(t, r)} は {'・'.join(ys) if ys else none_marked}" for r, ys in marked[:10])
                          + f"です（{_timeline_name(cols[0]) if not reading.mark else '工程'}の{reading.mark or '●'}）{where}。")
    elif reading.aggregate == "entries":
        # 「第2回の報告事項は何件」: the entries each row's cell lists (one per line of its block), added up;
        # an entry discussed again at another meeting counts at each (延べ).
        h = reading.measure
        listed = [(r, [e.strip() for e in str(r["cells"].get(h) or "").split(ENTRY_JOIN) if e.strip()]) for r in rows]
        total = sum(len(es) for _, es in listed)
        understood.append({"field": h, "op": "entries", "value": None, "label": f"{h}の件数（延べ）"})
        answer.rows = [_row(t, r) for r, _ in listed]
        answer.value = answer.count = total
        each = "、".join(f"{_name_of(t, r)} {len(es)}件" for r, es in listed[:10])
        shown = "；".join(f"{_name_of(t, r)}: {'、'.join(es)}" for r, es in listed[:4] if es)
        answer.summary = (f"{_before_noun(cond_text)}{h}は{'延べ ' if len(listed) > 1 else ' '}{total}件です"
                          f"{'（' + each + '）' if len(listed) > 1 else ''}{where}：{shown}。")
    elif reading.aggregate in ("max_cells", "min_cells"):
        # 「平均待ち時間がいちばん長いのは何曜日」 over 曜日 × 時間帯: the largest (smallest) cell of the rows,
        # with the row and the column it is in.
        cols = reading.measure.split("|")
        cells = [(r, h, n) for r in rows for h in cols if (n := _number(r["cells"].get(h))) is not None]
        most = reading.aggregate == "max_cells"
        word = "最も大きい" if most else "最も小さい"
        understood.append({"field": reading.measure, "op": reading.aggregate[:3], "value": None,
                           "label": f"{cols[0]}～{cols[-1]}の値で{word}もの"})
        if not cells:
            answer.summary = f"{_before_noun(cond_text)}{what}に{cols[0]}～{cols[-1]}の値がありません{where}。"
            answer.status = "no_match"
        else:
            best = (max if most else min)(n for _, _, n in cells)
            top = [(r, h) for r, h, n in cells if n == best]
            held = {r["key"]: r for r, _ in top}  # (each row once, in the table's order)
            answer.rows = [_row(t, r) for r in held.values()]
            answer.count = len(answer.rows)
            unit = t.column(cols[0]).unit
            names = "、".join(f"{_name_of(t, r)}（{h}）" for r, h in top)
            # (「何曜日」: the value of the column said after 何 is what is asked)
            which = next((c.header for c in t.columns if not c.numeric for f in c.forms
                          if re.search(rf"(?:何|どの){re.escape(_key(f))}", qn)), "")
            answer.value = "、".join(dict.fromkeys(str(r["cells"].get(which) or "") for r, _ in top)) if which else \
                "、".join(dict.fromkeys(_name_of(t, r) for r, _ in top)) \
                if _ASKS_WHICH.search(qn) and not _ASKS_AMOUNT.search(qn) else _plain_number(best)
            answer.summary = (f"{_before_noun(cond_text)}{what}の{cols[0]}～{cols[-1]}の値で{word}のは "
                              f"{names}の {_grouped(_plain_number(best))}{unit} です{where}。")
    elif reading.aggregate == "avg_cols":
        # 「教育部門の5年間の平均」: each row's own mean over the year columns read.
        cols = reading.measure.split("|")
        unit = t.column(cols[0]).unit
        means = [(r, sum(ns) / len(ns), len(cols) - len(ns)) for r in rows
                 if (ns := [n for h in cols if (n := _number(r["cells"].get(h))) is not None])]
        label = f"{cols[0]}～{cols[-1]}" if len(cols) > 2 else "・".join(cols)
        understood.append({"field": reading.measure, "op": "avg_cols", "value": None, "label": f"{label}の平均"})
        if not means:
            answer.summary = f"{_before_noun(cond_text)}{what}に{label}の値がありません{where}。"
            answer.status = "no_match"
        else:
            answer.rows = [_row(t, r) for r, _, _ in means]
            if len(means) == 1:
                answer.value = _plain_number(round(means[0][1], 2))
            per = "年分" if t.column(cols[0]).year is not None else "欄"
            answer.summary = ("、".join(f"{_name_of(t, r)} の{label}（{len(cols) - k}{per}）の平均は {_grouped(_plain_number(round(n, 2)))}{unit}"
                                       + (f"（値のない{k}欄を除く）" if k else "") for r, n, k in means[:10]) + f"です{where}。")
    elif reading.aggregate == "sum_change":
        # 「職員数の合計は令和5年から令和9年までで何人減る？」: the rows' total of one year against another's.
        a, b, direction = reading.measure.split("|")
        unit = t.column(b).unit
        # (a budget 「―」 beside the other year's figure is none that year: 0 in its total, said so)
        dashed = [r for r in rows if _dash_beside_number(r["cells"].get(a), r["cells"].get(b))]
        both = [(_number(r["cells"].get(a)) or 0.0, _number(r["cells"].get(b)) or 0.0) for r in rows
                if (_number(r["cells"].get(a)) is not None and _number(r["cells"].get(b)) is not None) or r in dashed]
        word = "増えます" if direction == "up" else "減ります"
        understood.append({"field": f"{a}|{b}", "op": "sum_change", "value": direction, "label": f"{a}の合計→{b}の合計の差"})
        if not both:
            answer.summary = f"{_before_noun(cond_text)}{what}に{a}と{b}の値がありません{where}。"
            answer.status = "no_match"
        else:
            sa, sb = sum(x for x, _ in both), sum(y for _, y in both)
            change = (sb - sa) if direction == "up" else (sa - sb)
            answer.value = _plain_number(change)
            # (asked 「何人減る」 of totals that grew: the change is said the way it went, the value negative)
            said = f"{_grouped(answer.value)}{unit}{word}" if change >= 0 else \
                f"{'増えてはおらず' if direction == 'up' else '減ってはおらず'}、{_grouped(_plain_number(-change))}{unit}" \
                f"{'減ります' if direction == 'up' else '増えます'}"
            answer.summary = (f"{_before_noun(cond_text)}{what} {len(both)}件の合計は {a} {_grouped(_plain_number(sa))}{unit}"
                              f"、{b} {_grouped(_plain_number(sb))}{unit}で、{said}{where}"
                              + (f"。「―」の{len(dashed)}件はその年度を0として合計しました" if dashed else "") + "。")
    elif reading.aggregate == "delta":
        a, b, direction = reading.measure.split("|")
        unit = t.column(b).unit
        changes = [(r, (nb - na) if direction == "up" else abs(nb - na) if direction == "apart" else (na - nb)) for r in rows
                   if (na := _number(r["cells"].get(a))) is not None and (nb := _number(r["cells"].get(b))) is not None]
        changes = [(r, n) for r, n in changes if n > 0]  # (a row that grew has no decrease to rank)
        # (「改定前と改定後の差」: how far apart, either way)
        word = "増えた額" if direction == "up" else "の差" if direction == "apart" else "減った額"
        understood.append({"field": f"{a}|{b}", "op": "delta_max", "value": direction, "label": f"{a}→{b}で{word}が最大"})
        if not changes:
            answer.summary = f"{_before_noun(cond_text)}{what}に{a}から{b}へ{word[:-1]}ものはありません{where}。"
            answer.status = "no_match"
            answer.rows, answer.count = [], 0
        else:
            best = max(n for _, n in changes)
            top = [r for r, n in changes if n == best]
            answer.rows = [_row(t, r) for r, _ in sorted(changes, key=lambda rn: -rn[1])]
            answer.count = len(answer.rows)
            top_names = "、".join(_name_of(t, r) for r in top)
            answer.value = top_names if (_ASKS_WHICH.search(qn) or _asks_row(t, qn)) and not _ASKS_AMOUNT.search(qn) else _plain_number(best)
            if answer.value == top_names and all(_code_of(t, r) for r in top):
                answer.value = "、".join(_code_of(t, r) for r in top)  # (a coded row answered by its code, as above)
            # (「…一番大きく上回った案件の物件番号」: the question ends on a column of the rows, its cell asked)
            which = next((c.header for c in t.columns if not c.numeric for f in c.forms if len(_key(f)) >= 2
                          and re.search(rf"の{re.escape(_key(f))}\s*(?:は|って)?\s*[?？。]?\s*$", qn)), "")
            if which and all(str(r["cells"].get(which) or "").strip() for r in top):
                answer.value = "、".join(dict.fromkeys(str(r["cells"].get(which)).strip() for r in top))
            if (which or answer.value in (top_names, "、".join(_code_of(t, r) for r in top))) and len(rows) > 1 \
                    and not _RANKING.search(qn) and not reading.limit:
                answer.rows = answer.rows[:len(top)]  # (the row asked, tied ones all: no ranking asked)
            # (a rate's change is in points: 達成率 50.0% → 100.0% grew by 50ポイント, not by 50%)
            gap_unit = "ポイント" if unit in ("%", "％") else unit
            answer.summary = (f"{a}から{b}へ{word}が最も大きい{what}は {top_names}（{_grouped(_plain_number(best))}{gap_unit}）"
                              f"です{where}。")
            if reading.limit:
                # 「増え方が大きい団体、上位２つ」: the first rows of the changes ranked (ties at the edge kept)
                ranked = sorted(changes, key=lambda rn: -rn[1])
                edge = ranked[min(reading.limit, len(ranked)) - 1][1]
                kept = [(r, n) for r, n in ranked if n >= edge]
                answer.rows, answer.count = [_row(t, r) for r, _ in kept], len(kept)
                answer.value = "、".join(_code_of(t, r) or _name_of(t, r) for r, _ in kept)
                understood[-1]["label"] = f"{a}→{b}で{word}が大きい順、上位{reading.limit}件"
                answer.summary = (f"{a}から{b}へ{word}が大きい{what}の上位{reading.limit}件は "
                                  + "、".join(f"{_name_of(t, r)}（{_grouped(_plain_number(n))}{gap_unit}）" for r, n in kept)
                                  + (f"（{reading.limit}位が同じ値で{len(kept)}件）" if len(kept) > reading.limit else "")
                                  + f"です{where}。")
            if len(rows) == 1:  # 「…事業、令和5年度から6年度でいくら増えた」: the one row named, its change
                answer.understood[-1]["label"] = f"{a}→{b}で{word}"
                # (a column of mixed units, a list of targets: the unit the row prints; a rate's change is in points)
                unit = _unit_of([nfkc(str(top[0]["cells"].get(b) or ""))]) or unit
                unit = "ポイント" if unit in ("%", "％") else unit
                word = "の差" if direction == "apart" else "への増加" if direction == "up" else "への減少"
                answer.summary = f"{top_names} の{a}から{b}{word}は {_grouped(_plain_number(best))}{unit} です{where}。"
    elif reading.aggregate == "row_gap":
        # Two rows named: how far apart their values of one column are (the larger said beside it).
        m = reading.measure
        unit = t.column(m).unit
        valued = [(r, n) for r in rows if (n := _number(r["cells"].get(m))) is not None]
        understood.append({"field": m, "op": "row_gap", "value": None, "label": f"2件の{m}の差"})
        answer.rows = [_row(t, r) for r, _ in valued]
        answer.count = len(valued)
        if len(valued) != 2:
            answer.status = "no_match"
            answer.summary = f"{m}の値がある行が2件ではないため、差を出せません{where}。"
        else:
            (ra, na), (rb, nb) = valued
            answer.value = _plain_number(abs(na - nb))
            more = _name_of(t, ra if na >= nb else rb)
            answer.summary = (f"{_name_of(t, ra)}（{_grouped(_plain_number(na))}{unit}）と{_name_of(t, rb)}"
                              f"（{_grouped(_plain_number(nb))}{unit}）の{m}の差は {_grouped(answer.value)}{unit}"
                              f"（{more}が多い）です{where}。")
    elif reading.aggregate == "gap":
        a, b = reading.measure.split("|")
        unit = t.column(b).unit
        gaps = [(r, nb - na) for r in rows
                if (na := _number(r["cells"].get(a))) is not None and (nb := _number(r["cells"].get(b))) is not None]
        understood.append({"field": reading.measure, "op": "gap", "value": None, "label": f"{a}と{b}の差"})
        answer.rows = [_row(t, r) for r, _ in gaps]
        answer.count = len(gaps)
        listed = "、".join(f"{_name_of(t, r)} {_grouped(_plain_number(abs(n)))}{unit}"
                           f"（{b}が{'多い' if n > 0 else '少ない' if n < 0 else '同じ'}）" for r, n in gaps[:8])
        if len(gaps) == 1:
            # The gap is how far apart the two are; which is the larger is said beside it.
            answer.value = _plain_number(abs(gaps[0][1]))
            n = gaps[0][1]
            answer.summary = (f"{names} の{a}と{b}の差は {_grouped(answer.value)}{unit}"
                              f"（{b}が{'多い' if n > 0 else '少ない' if n < 0 else '同じ'}）です{where}。")
        elif gaps:
            answer.summary = f"{_before_noun(cond_text)}{what} {len(gaps)}件の{a}と{b}の差: {listed}{where}。"
        else:
            answer.summary = f"{_before_noun(cond_text)}{what}に{a}と{b}の両方の値はありません{where}。"
            answer.status = "no_match"
    elif reading.aggregate.startswith("top_") and not reading.counted and _listing_column(rows, reading.measure):
        # 「参加団体がいちばん多い共同調達」 over a column listing each row's members (鳴砂県、鶚ヶ谷市、…): the
        # row whose list is the longest (or shortest), not the list printed most often.
        g = reading.measure
        sizes = [(r, len(_list_entries(r["cells"].get(g)))) for r in rows if _list_entries(r["cells"].get(g))]
        best = (max if reading.aggregate == "top_max" else min)(n for _, n in sizes)
        top = [r for r, n in sizes if n == best]
        word = "最も多い" if reading.aggregate == "top_max" else "最も少ない"
        answer.rows = [_row(t, r) for r in top]
        answer.count = len(answer.rows)
        answer.value = best if len(top) == 1 and re.search(r"何(?:団体|人|件|か所|つ)|いくつ", qn) else None
        answer.summary = (f"{_before_noun(cond_text)}{g}の数が{word}{what}は "
                          f"{'、'.join(_name_of(t, r) for r in top)}（{best}）です{where}。")
        understood.append({"field": g, "op": "list_" + reading.aggregate, "value": None, "label": f"{g}の数が{word}{what}"})
    elif reading.summed and (reading.aggregate == "group" or reading.aggregate.startswith("top_")):
        _summed_by_group(answer, t, rows, reading, understood, cond_text, what, where, qn)
    elif reading.aggregate.startswith("top_"):
        g = reading.measure
        counts: dict[str, int] = {}
        for r in rows:
            if r["cells"].get(g):
                counts[str(r["cells"][g])] = counts.get(str(r["cells"][g]), 0) + 1
        if counts:
            best = (max if reading.aggregate == "top_max" else min)(counts.values())
            top = [v for v, n in counts.items() if n == best]
            answer.value = best if reading.counted else "、".join(top)
            coded = _group_codes(t, rows, g)
            answer.rows = [{"key": (f"table_row:{coded[v]}" if v in coded else _heading_key(qn, v)) if v in top
                            else f"group:{v}", "group": v, "count": n}
                           for v, n in sorted(counts.items(), key=lambda kv: -kv[1])]
            answer.columns = ["group", "count"]
            word = "最も多い" if reading.aggregate == "top_max" else "最も少ない"
            answer.summary = (f"{_before_noun(cond_text)}{what}が{word}{g}は {'・'.join(top)}"
                              f"（{best}件）です{where}。")
            understood.append({"field": g, "op": reading.aggregate, "value": None, "label": f"{what}が{word}{g}"})
    elif reading.aggregate == "distinct":
        g = reading.measure
        counts = {}
        # (「何室」 over 室名 within 施設番号's groups: a room is its name within its facility — the two 和室 of two
        # facilities are two rooms; a name column (…名) only, not an attribute such as 所管課 shared by groups)
        from assistant.query.tables.group_quantified import group_column

        within = group_column(t) if _key(g).endswith("名") and g not in (t.name, t.number) else ""
        for r in rows:
            value = nfkc(str(r["cells"].get(g) or "")).strip()
            if value and value not in _EMPTY:
                if within:
                    value = f"{nfkc(str(r['cells'].get(within) or '')).strip()} {value}"
                counts[value] = counts.get(value, 0) + 1
        groups = sorted(counts.items(), key=lambda kv: -kv[1])
        answer.rows = [{"key": f"group:{v}", "group": v, "count": n} for v, n in groups]
        answer.columns = ["group", "count"]
        answer.count = answer.value = len(groups)
        listed = "、".join(f"{v}（{n}件）" for v, n in groups[:10]) + (" …" if len(groups) > 10 else "")
        blank = len(rows) - sum(counts.values())
        answer.summary = (f"{_before_noun(cond_text)}{what} {len(rows)}件の{g}は {len(groups)}種類です{where}"
                          f"：{listed}。" + (f"{g}の記載がない{blank}件は数えていません。" if blank else ""))
        understood.append({"field": g, "op": "distinct", "value": None, "label": f"{g}の種類を数える"})
    elif reading.aggregate == "group":
        g = reading.measure
        counts: dict[str, int] = {}
        from assistant.query.tables.names_counted import name_column_counted

        # (「施設ごとの室の数」: the different 室名 of each group, not its 区分 rows)
        named = name_column_counted(t, qn, g)
        seen: set[tuple[str, str]] = set()
        for r in rows:
            value = str(r["cells"].get(g) or "（記載なし）")
            if named:
                name = nfkc(str(r["cells"].get(named) or "")).strip()
                if not name or name in _EMPTY or (value, name) in seen:
                    counts.setdefault(value, 0)
                    continue
                seen.add((value, name))
            counts[value] = counts.get(value, 0) + 1
        groups = sorted(counts.items(), key=lambda kv: -kv[1])
        answer.rows = [{"key": f"group:{v}", "group": v, "count": n} for v, n in groups]
        answer.columns = ["group", "count"]
        answer.count = len(groups)
        # (「R6の評価の分布は？Ａは何団体？」: the column grouped is pinned to one value too — what is counted is that
        # value's rows, 5, not the one group left)
        if len(groups) == 1 and not named and any(u.get("field") == g and u.get("op") == "eq" for u in understood
                                                  if isinstance(u, dict)):
            answer.count = groups[0][1]
        listed = "、".join(f"{v} {n}件" for v, n in groups[:10]) + (" …" if len(groups) > 10 else "")
        if named:
            answer.summary = (f"{_before_noun(cond_text)}{what} {len(rows)}件の{named}を{g}ごとに数えると"
                              f"{len(groups)}区分です（同じ{named}は1つと数えました）{where}：{listed}。")
            understood.append({"field": named, "op": "group_distinct", "value": g, "label": f"{g}ごとの{named}の数"})
        else:
            answer.summary = (f"{_before_noun(cond_text)}{what} {len(rows)}件を{g}ごとに数えると"
                              f"{len(groups)}区分です{where}：{listed}。")
            understood.append({"field": g, "op": "group", "value": None, "label": f"{g}ごとの件数"})
    elif reading.aggregate.startswith("order_"):
        m = reading.measure
        desc = reading.aggregate == "order_desc"
        col = t.column(m)
        # (a column of years, 昭和49年度 / 平成元年度, ordered by the year itself; of days, by the day)
        value_of = _day_number if col.dates else _fy if col.years_inside and not col.numeric else _number
        ranked = sorted(rows, key=lambda r: (value_of(r["cells"].get(m)) is None,
                                             -(value_of(r["cells"].get(m)) or 0) if desc else (value_of(r["cells"].get(m)) or 0)))
        if reading.limit:
            ranked = [r for r in ranked if value_of(r["cells"].get(m)) is not None][:reading.limit]
        answer.rows = [_row(t, r) for r in ranked]
        answer.count = len(ranked)
        listed = "、".join(f"{_name_of(t, r)}（{r['cells'].get(m) or '－'}）" for r in ranked[:8])
        top = f"、上位{len(ranked)}件" if reading.limit else ""
        way = ("新しい" if desc else "古い") if value_of is not _number else ("大きい" if desc else "小さい")
        answer.summary = (f"{_before_noun(cond_text)}{what} {len(rows)}件を{m}の"
                          f"{way}順に並べました{top}{where}：{listed}{' …' if len(ranked) > 8 else ''}。")
        understood.append({"field": m, "op": "order", "value": "desc" if desc else "asc",
                           "label": f"{m}の{way}順"})
    elif reading.asked:
        a = reading.asked
        if len(rows) == 1 and not rows[0]["cells"].get(a) and _OFFICE_LABEL.match(nfkc(a)):
            filled = [h for h, v in rows[0]["cells"].items() if v and h != a and _OFFICE_LABEL.match(nfkc(h))]
            if len(filled) == 1:
                said = _OFFICE_WORD.search(qn)
                answer.notes.append(f"この行に「{said.group(0) if said else a}」の記載はないため、同じく担当の部署を示す"
                                    f"「{filled[0]}」の欄で答えました")
                a = filled[0]
        values = [_year_part(r["cells"].get(a), reading.part_year) for r in rows]
        rows = [{**r, "cells": {**r["cells"], a: v}} for r, v in zip(rows, values)] if reading.part_year else rows
        said = [_key(str(c.value)) for c in conds if c.header == a and c.op in ("eq", "contains") and isinstance(c.value, str)]
        if said and _lists_entries(t, a):
            # 「第4回で継続審議になったのはどの協議事項」: of the entries the cell lists, those holding the value said
            values = [ENTRY_JOIN.join(e for e in str(v or "").split(ENTRY_JOIN) if all(w in _key(e) for w in said)) or v
                      for v in values]
        understood.append({"field": a, "op": "value", "value": None,
                           "label": f"{fy_text(reading.part_year) + 'の' if reading.part_year else ''}{a}を答える"})
        if len(rows) == 1 or (rows and len({str(v) for v in values}) == 1):
            raw = values[0]
            n = _number(raw) if t.column(a).numeric else None
            answer.value = _plain_number(n) if n is not None else (raw if raw not in (None, "") else None)
            place = place_of(db.conn, t.source, rows[0]["line"])
            number = str(rows[0]["cells"].get(t.number) or "") if t.number else ""
            named = f"{number} {names}" if number and not number.isdigit() else names
            answer.summary = (f"{named} の{a}は {raw if raw not in (None, '') else '（記載なし）'}"
                              f"{t.column(a).unit if n is not None and re.search(r'[0-9０-９]', str(raw)) and not str(raw).endswith(t.column(a).unit) else ''} です{where}"
                              + (f"（{place}）" if place else "") + "。")
            western = _fy(raw) if _WESTERN_ASKED.search(qn) and t.column(a).years_inside and len(rows) == 1 else None
            if western is not None:
                # 「西暦だと何年度の建築？」 of a year printed 和暦 or 西暦 (昭和54年度, 1976年度, Ｓ４９): the 西暦 year.
                answer.value = western
                answer.summary = answer.summary.rstrip("。") + f"（西暦 {western}年{'度' if '年度' in str(raw) else ''}）。"
            if len(rows) == 1 and _WHEN_ASKED.search(qn) and t.column(a).numeric and not t.column(a).dates \
                    and t.column(a).year is not None:
                # 「いつから…できるようになった」 over a row of yearly figures: a figure is no date. The note
                # naming the row may say when; the question is answered only as far as the table goes.
                note = note_of_row(db, t, rows[0])
                answer.value = None
                answer.status = "search" if note else "partial"
                answer.summary = ("「いつ」にあたる日付はこの表の欄にありません。"
                                  + (f"表の注記：{note.rstrip('。')}。" if note else "")
                                  + f"{named} の各年度の値：" + "、".join(
                                      f"{h} {rows[0]['cells'].get(h) or '（記載なし）'}" for h in
                                      [c.header for c in t.columns if c.year is not None and c.numeric]) + f"{where}。")
            elif len(rows) == 1 and (note := note_of_mark(db, t, raw)):
                # 「9,860※」: the figure carries the mark of a note under the table (why it is as it is).
                answer.summary += f"（{note}）"
            elif len(rows) == 1 and nfkc(str(raw or "")).strip() in _EMPTY:
                # 「いつオンライン化される？」 of a row printing 「－」: what its status means says why (実施時期未定).
                why = legend_of_row(db, t, rows[0])
                if why:
                    answer.summary += f"{why}です。"
                elif note := note_of_dash(db, t, rows[0], a):
                    # (「…のため、その年度は「―」とした」: the note naming the row says why the cell holds no figure;
                    # 「延床面積の「―」は屋外施設のため」: a note saying what the column's dash means, where none names the row and the column;
                    # the dash stays the value then, as printed: the note is of every dash of the column)
                    if note == note_of_row(db, t, rows[0]):
                        answer.value = None
                    answer.summary += f"値の記載はありません（{note}）。"
                elif meaning := dash_meaning(db, t, a):
                    answer.summary += f"「{raw}」は{meaning}を表します（資料の注記）。"
        elif rows and reading.last_only and (last := _last_filled(t, rows, a)) is not None:
            # 「結局いくらで売れた」 over rows of one thing over the years (不調 「―」, then sold): the last
            # row printing a value, said with the others.
            raw = last["cells"].get(a)
            n = _number(raw) if t.column(a).numeric else None
            answer.value = _plain_number(n) if n is not None else raw
            others = "、".join(f"{_when_of(t, r)} {r['cells'].get(a) or '（記載なし）'}" for r in rows if r is not last)
            answer.summary = (f"{_name_of(t, last)} の{a}は、最後の行（{_when_of(t, last)}）で {raw}"
                              f"{t.column(a).unit if n is not None and not str(raw).endswith(t.column(a).unit) else ''} です"
                              f"（ほかの行：{others}）{where}。")
        elif rows:
            listed = "、".join(f"{_name_of(t, r)} {r['cells'].get(a) or '（記載なし）'}" for r in rows[:8])
            answer.summary = f"{len(rows)}件の{what}の{a}: {listed}{' …' if len(rows) > 8 else ''}。"
            whole = _whole_row_value(db, t, a) if len(rows) == len(t.rows) and not conds and t.column(a).numeric \
                and not _ASKS_WHICH.search(qn) and not _asks_row(t, qn) else None
            if whole is not None:
                # 「住民アンケートの回収率は何％でしたか」: no row named, one figure asked, and the table prints
                # its whole (全体 | 1284 | 42.8) under the rows: the whole's figure, the rows' beside it.
                label, raw = whole
                n = _number(raw)
                answer.value = _plain_number(n) if n is not None else raw
                answer.summary = f"{label}の{a}は {raw} です{where}（{what}ごと：{listed}{' …' if len(rows) > 8 else ''}）。"
    elif len(rows) == 1:
        cells = " / ".join(f"{h}: {v}" for h, v in rows[0]["cells"].items() if v not in (None, "") and h != t.name)
        answer.summary = f"{names}：{cells}{where}。"
        referred = _row_referred(t, rows[0], qn)
        if referred is not None:
            # 「国際交流協会補助金はどの補助金に統合された」 over 備考 「No.8へ統合」: the row that number names.
            number, name = referred
            answer.summary = f"{names} は No.{number} の「{name}」に{_REFERRED_VERB.search(qn).group('verb')}されています（{cells}）{where}。"
            answer.value = name
        elif t.name and not reading.aggregate and (_ASKS_WHICH.search(qn) or _asks_row(t, qn) or _ASKS_NAME.search(qn)
                                                   or _ASKS_ANY.search(qn) or _asks_holder(qn, conds)) \
                and not _ASKS_AMOUNT.search(qn) \
                and not any(c.header == t.name and c.op == "eq" for c in conds):
            answer.value = names  # 「そのうち健康福祉部のはどれ？」: the one row left is what is asked
    else:
        answer.summary = f"{_before_noun(cond_text)}{what}は {len(rows)}件です{where}" + (
            f"：{names}。" if rows else "。")
    if not rows and answer.status == "exact":
        answer.status = "no_match"
        if unlisted:
            said = "、".join(_name_of(t, r) for r in unlisted[:6])
            answer.caveat = f"{said}は{'・'.join(fy_text(y) for y in sorted(years))}の表に載っていません。"
        elif conds:
            answer.caveat = f"条件（{cond_text}）に合う{what}はありません。"
    # An item's excerpt is its own text (the sentence with 「売却額は180百万円」), a table row's its cells.
    answer.excerpts = [{"key": r["key"], "source": t.source, "line": r["line"], "field": "table_row",
                        "text": r.get("text") or " / ".join(f"{h}: {v}" for h, v in r["cells"].items() if v not in (None, "")),
                        "highlights": []} for r in rows[:3]]
    if reading.aggregate == "group" and answer.rows and answer.status == "exact":
        from assistant.query.tables.breakdown_stated import stated_breakdown

        # (a breakdown by count only: groups summed or averaged state no counts a sentence could give)
        counted = [(r["group"], r["count"]) for r in answer.rows if "group" in r and "count" in r]
        stated = stated_breakdown(db, t.source, counted) if counted else None
        if stated is not None:  # (the document's own sentence giving the same counts: shown first)
            answer.excerpts.insert(0, stated)
            answer.notes.append("本文にも同じ内訳が書かれています（抜粋の最初）")
    answer.notes.append("専用の読み取り規則がない文書の表から答えています")
    for h in dict.fromkeys([*reading.measure.split("|"), reading.asked, *(c.header for c in conds)]):
        if h in t.derived:  # (「出席率」: a column the document does not print, computed from two it does)
            answer.notes.append(f"「{h}」は資料にない欄で、各行の{t.derived[h]}として計算しました")
            answer.summary += f"（{h}は{t.derived[h]}で計算）"
    if reading.aggregate in ("count", "sum", "avg") and _SELECTION.search(t.caption):
        # 「主な取組の進捗状況」: the table lists some of the items, so its count is not the plan's.
        answer.status = "partial"
        answer.caveat = f"「{t.caption}」の表は一部の項目だけを載せているため、全体の{'件数' if reading.aggregate == 'count' else '値'}とは限りません。"
    unused = _unused_words(question, qn, reading, t)
    if ("|" in reading.measure or any("|" in c.header for c in conds)) \
            and re.search(r"前の?(?:年度|年)(?:より|から|と比べ|に比べ)", qn):
        # 「前の年度より増えた」 read as a change between two years' columns: 前 said which way, no grade
        unused = [w for w in unused if w != "前"]
    text = _document_text(db, _sha(db, t.source))
    absent = [w for w in unused if (len(w) == 1 or (re.fullmatch(r"[一-龥ァ-ヶー]{2,10}[課室]", w)
                                                     and not _OFFICE_LABEL.match(nfkc(w))) or _said_as_value(qn, w))
              and _key(w) not in text
              # (「原則何年以内」: a figure asked, no value said; the document's 「原則として３年以内」 holds it)
              and not re.search(r"何|いくつ|いくら|どれ|どの", w)]
    if absent:
        # A grade the document never prints: nothing in it has that grade.
        answer.rows, answer.count, answer.excerpts = [], 0, []
        answer.value = 0 if reading.aggregate == "count" else None
        answer.status = "no_match"
        held = _values_held(t, qn, [w for w in absent if _said_as_value(qn, w)])
        answer.caveat = f"{t.doc_title}には「{'」「'.join(absent)}」の記載がありません{held}。"
        answer.summary = f"{answer.caveat}当てはまる{what}は 0件です。"
        unused = [w for w in unused if w not in absent]
    unused += [w for w in reading.left if w not in unused]  # (asked, not a condition: never 「記載がない」)
    if unused:
        answer.unused = unused
        if answer.status == "exact":
            answer.status = "partial"
        answer.caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。"
    if answer.caveat and not answer.summary.startswith(answer.caveat):
        answer.summary = answer.caveat + answer.summary
    top = _extreme_rows(t, reading, rows) if answer.status == "exact" else []
    if reading.aggregate == "delta" and answer.status == "exact" and answer.rows:
        # 「いちばん増えた施設」: the rows of the largest change, whose amount a follow-up may ask (「その増加額は」)
        best = answer.rows[0]["key"]
        top = [best] if best in {r["key"] for r in rows} else []
    return answer, TableContext(t, conds, reading.asked, rows,
                                grouped=reading.measure if reading.aggregate in ("group", "distinct") else "", top=top,
                                summed=(reading.aggregate, reading.measure) if reading.aggregate in ("sum", "avg")
                                and reading.measure else ("", ""),
                                ranked=reading.measure if top and reading.aggregate in ("max", "min", "delta") else "")


_OF_WHOLE_ASKED = compiled(r"(?P<a>[一-龥ァ-ヶー]{2,12})(?:は|が|って)[、,]?\s*(?P<b>[一-龥ァ-ヶー]{2,12})の\s*(?:何|なん)\s*(?:%|パーセント|割)")


def _figure_column_named(t: Table, qn: str, reading: _Reading, conds: list[Cond]) -> str:
    """The header of a column of figures the question names by its whole header (four characters at least)
    that the reading used nowhere, where rows are counted: the figure in it is asked, not the rows' count."""
    used = {h for c in conds if isinstance(c.header, str) for h in c.header.split("|")}
    used |= {h for h in (reading.measure,) if isinstance(h, str) for h in h.split("|")}
    for c in t.columns:
        if c.header in used or c.header in (t.name, t.number, "見出し"):
            continue
        hk = _key(re.sub(r"^[①-⑳\d]+[.．、\s]*", "", nfkc(c.header)))
        if len(hk) < 4 or hk not in qn:
            continue
        if any(re.search(r"\d", str(r["cells"].get(c.header) or "")) for r in t.rows):
            return c.header
    return ""


def _records_once(t: Table, rows: list[dict]) -> list[dict]:
    """A record printed over two rows (the second `continues` it: same number, a second 担当係) is one record:
    the rows kept by the conditions hold it once, on the first of its rows kept."""
    if not t.number or not any(r.get("continues") for r in rows):
        return rows
    seen: set[str] = set()
    kept = []
    for r in rows:
        n = nfkc(str(r["cells"].get(t.number) or "")).strip()
        if n and n in seen:
            continue
        seen.add(n)
        kept.append(r)
    return kept


# A column of the means each row takes (改善手法, 実施方法, 活用ツール): what is said adopted is its value
_METHOD_HEADER = re.compile(r"(?:手法|方法|手段|ツール)$")


def _verb_of_value_column(wn: str, qn: str, reading: _Reading) -> bool:
    """「RPAを入れた」「電子申請で対応した」 read as 導入ツール = RPA: a verb of one kanji (入れ) said right after
    the value a condition binds, whose column's name holds that kanji in a compound (導入ツール), says the
    column's relation — no condition of its own."""
    if wn in ("対応", "処理", "実施", "運用", "対処"):
        # 「電子申請で対応した業務」: the means a value of the condition's column is, said with で and the verb
        # (literal text: a substring test, not a pattern compiled for each value said)
        return any(c.op == "eq" and isinstance(c.value, str) and c.value
                   and _key(c.value) + "で" + wn in qn for c in reading.conds)
    if re.fullmatch(r"入れ[ぁ-ん]{0,3}|導入|採用|適用|使[ぁ-ん]{0,3}|活用", wn) and any(
            c.op == "eq" and isinstance(c.value, str) and c.value and _METHOD_HEADER.search(_key(c.header))
            and _key(c.value) + "を" + wn in qn for c in reading.conds):
        # 「AI-OCRを入れる業務」 over 改善手法: a method said adopted is the method the row's column names
        return True
    stem = re.fullmatch(r"([一-龥])[ぁ-ん]{0,4}", wn)
    if not stem:
        return False
    k = stem.group(1)
    for c in reading.conds:
        if c.op != "eq" or not isinstance(c.value, str) or not c.value:
            continue
        if re.search(rf"[一-龥]{k}|{k}[一-龥]", _key(c.header)) and (
                _key(c.value) + "を" + wn in qn or _key(c.value) + "が" + wn in qn):
            return True
    return False


def _entered_at_first(qn: str, wn: str, reading: _Reading, t: Table) -> bool:
    """「…から準備（◇）に入っていた」 read as ◇ in one period: right only when that period is the timeline's first
    (no earlier one where the stage could have begun)."""
    periods = [c.header for c in t.columns if c.year is not None and not c.numeric]
    if len(periods) < 4 or "から" not in qn:
        return False
    for c in reading.conds:
        if c.op == "eq" and c.header == periods[0] and isinstance(c.value, str) and len(c.value) == 1 \
                and re.search(re.escape(_key(c.value)) + r"[)）]?\s*に" + re.escape(wn), qn):
            return True
    return False


def _marks_read(reading: _Reading) -> set[str]:
    """The one-character marks (◆, ●) the reading's conditions bind, alone, in a run or in either column."""
    out = set()
    for c in reading.conds:
        for p in (c.value if c.op in ("or", "not_any") else [c]):
            if p.op in ("eq", "ne") and isinstance(p.value, str) and len(p.value) == 1 and not p.value.isalnum():
                out.add(p.value)
            if p.op == "in" and isinstance(p.value, (list, tuple)) and p.value \
                    and all(isinstance(v, str) and len(v) == 1 and not v.isalnum() for v in p.value):
                out.update(p.value)  # 「◎か○」: either mark
        if c.op == "run_ge":
            out.add(c.value[0])
        if c.op in ("stage_extreme", "first_eq") and isinstance(c.value, tuple) and isinstance(c.value[0], str):
            out.add(c.value[0])  # (「令和6年度中に実施に入る」: the first period of the mark)
    return out


def _names_mark_read(wn: str, qn: str, reading: _Reading) -> bool:
    """「本番移行（◆）」: a word said right before a bracketed mark the reading binds (◆ of a period's column)
    is what the mark means, said in the question's own words."""
    marks = _marks_read(reading)
    return any(re.search(re.escape(wn) + r"[(（]\s*" + re.escape(m) + r"\s*[)）]", qn) for m in marks)


def _month_answered(answer: Answer, tables: list[Table]) -> TableContext | None:
    """「公民館施設の予約がいちばん多かったのは何月？」 answered with one month of one row: the conversation goes
    on from that row and that month's column (「その月は何件だった？」 asks its figure)."""
    if len(answer.rows) != 1 or not isinstance(answer.value, str) or "、" in answer.value:
        return None
    key = answer.rows[0].get("key")
    for t in tables:
        row = next((r for r in t.rows if r["key"] == key and t.source == answer.rows[0].get("source")), None)
        month = [c.header for c in t.columns if c.numeric and c.base == answer.value and c.header != c.base] \
            or [c.header for c in t.columns if c.numeric and c.header == answer.value]
        if row is not None and len(month) == 1 and t.name:
            name = _key(str(row["cells"].get(t.name) or ""))
            return TableContext(t, [Cond(t.name, "names", {name}, f"{t.name}が{row['cells'].get(t.name)}")],
                                month[0], [row])
    return None


def _count_total(t: Table) -> str | None:
    """The column totalling a table's counts by month (合計 beside 4月 … 3月, said 年間件数 by tables/read.py),
    or None."""
    got = [c.header for c in t.columns if c.numeric and "年間件数" in c.forms
           and re.fullmatch(r"(?:年間|年度|年)?(?:合計|計|累計)", _key(c.header))]
    return got[0] if len(got) == 1 else None


def _part_and_whole(t: Table, qn: str) -> tuple[str, str] | None:
    """(うち女性, 委員数) when the question says a 「うち…」 column (委員数 | うち女性 | うち公募): the part
    and the column it is part of, the numeric column before the 「うち」 ones."""
    cols = t.columns
    said = _OF_WHOLE_ASKED.search(qn)
    if said:
        # 「削減目標は現有台数の何％」: two numeric columns of one unit, the part said first, then the whole
        part = [c for c in cols if c.numeric and c.year is None and len(_key(c.base)) >= 2 and said.group("a").endswith(_key(c.base))]
        whole = [c for c in cols if c.numeric and c.year is None and len(_key(c.base)) >= 2 and said.group("b").endswith(_key(c.base))]
        if len(part) == 1 and len(whole) == 1 and part[0] is not whole[0] and part[0].unit == whole[0].unit:
            return part[0].header, whole[0].header
    for n, c in enumerate(cols):
        # (委員構成 over 委員数 | うち女性: the upper label joined in front)
        said = c.base.split("うち")[-1] if c.numeric and "うち" in c.base else ""
        if len(said) < 2 or said not in qn:
            continue
        before = next((b for b in reversed(cols[:n]) if b.numeric and "うち" not in b.base), None)
        return (c.header, before.header) if before is not None and before.unit == c.unit else None
    return None


# (after a particle, not the end of a word: 「ネーミングライツの」 read in kana holds いつの)
_WHEN_ASKED = compiled(r"(?:^|(?<=[はがもの、,\s])|(?<=って))いつ(?:から|まで|ごろ|頃|に|の|で|$)|何年度から|何月から")


def _last_filled(t: Table, rows: list[dict], header: str) -> dict | None:
    """Of rows of one thing (the same name, or the same place and kind: 旧給食センター用地 in 家島町真浦 in
    令和5年度 and 令和6年度), the last by its year column (else as printed) whose cell holds a value."""
    if len(rows) < 2:
        return None
    texts = [c.header for c in t.columns if not c.numeric and not c.years_inside and c.header not in (t.number, header)]
    alike = [h for h in texts if len({_key(str(r["cells"].get(h) or "")) for r in rows}) == 1]
    if not alike:
        return None  # rows of different things: which one is 「結局」 is not said
    years = [c.header for c in t.columns if c.years_inside and not c.dates]
    order = sorted(rows, key=lambda r: (_fy(r["cells"].get(years[0])) or 0) if years else 0)
    filled = [r for r in order if nfkc(str(r["cells"].get(header) or "")).strip() not in _EMPTY]
    return filled[-1] if filled else None


def _when_of(t: Table, r: dict) -> str:
    """The row's year as its year column prints it, else its line."""
    years = [c.header for c in t.columns if c.years_inside and not c.dates]
    return str(r["cells"].get(years[0]) or "") if years and r["cells"].get(years[0]) else f"{r['line']}行目"


def _one_thing_repeated(t: Table, qn: str, present: list) -> bool:
    """Rows all of one name, each with the same figure, asked for no sum (合計・全部で・延べ…):
    a figure of the thing itself (its members, its area), repeated on each row of it."""
    if len(present) < 2 or _SUM_ASKED.search(qn) or re.search(r"延べ|のべ|合計|総計|全部|全体|累計", qn):
        return False
    names = {_name_of(t, r) for r, _ in present}
    return len(names) == 1 and len({n for _, n in present}) == 1


def _timeline_name(header: str) -> str:
    """「実施時期(年度)2030年度」 → 実施時期: the name the timeline's columns share."""
    return re.sub(r"[(（][^()（）]*[)）]|(?:19|20)\d{2}年度?|令和\d+年度?", "", nfkc(header)).strip() or header


def _extreme_rows(t: Table, reading: _Reading, rows: list[dict]) -> list[str]:
    """The keys of the rows holding the largest (smallest) value of the measure, ties included."""
    if reading.aggregate not in ("max", "min") or not reading.measure:
        return []
    parts = reading.measure.split("|")
    if len(parts) == 1 and t.column(parts[0]).dates:
        return []
    valued = [(r["key"], n) for r in rows if (n := _added_across(r, parts)) is not None]
    if not valued:
        return []
    best = (max if reading.aggregate == "max" else min)(n for _, n in valued)
    return [k for k, n in valued if n == best]


def _added_across(row: dict, headers: list[str]) -> float | None:
    """A row's values of several columns added up (a dash or a blank adds nothing); None when none is a number."""
    numbers = [n for h in headers if (n := _number(row["cells"].get(h))) is not None]
    return sum(numbers) if numbers else None


def _said_as_value(qn: str, word: str) -> bool:
    """「評価が未達成のもの」: a word said where a column's value goes (after が/は, before の/で/と)."""
    wn = _key(word)
    at = qn.find(wn)
    return bool(re.fullmatch(r"[一-龥ァ-ヶー]{2,10}", nfkc(word))) and at > 0 and qn[at - 1] in "がは" \
        and bool(re.match(r"(?:の|で|と|な|[?？]|$)", qn[at + len(wn):]))


def _values_held(t: Table, qn: str, words: list[str]) -> str:
    """What the column a missing value was said of holds: 「（達成度は S・A・B・C）」. The column is the
    one said before the value, else every column of a few short values (the grades and states)."""
    if not words:
        return ""
    before = qn[:qn.find(_key(words[0])) - 1]
    said = [c for c in t.columns if any(before.endswith(_key(f)) for f in c.forms)]
    columns = said or [c for c in t.columns if c.header not in (t.name, t.number, "見出し") and not c.numeric
                       and not c.years_inside and not _OFFICE_LABEL.match(nfkc(c.header))]
    parts = []
    for c in columns:
        values = list(dict.fromkeys(v for r in t.rows if (v := nfkc(str(r["cells"].get(c.header) or "")).strip())))
        if said or (2 <= len(values) <= 6 and all(len(v) <= 6 for v in values)):
            values.sort(key=lambda v: -_GRADE_RANK.get(v.lower(), -1))  # S・A・B・C, else as printed
            parts.append(f"{c.header}は {'・'.join(values[:12])}")
    return f"（{'、'.join(parts)}）" if parts else ""


_ASKS_MONEY = compiled(r"いくら|何円")
# Which row (「…が最も大きい取組はどれ」), unless the amount is what is asked (「最も大きい効果額はいくら」).
# 「…減った手続はありますか」: whether any row is so; the one row found is the answer.
_ASKS_ANY = compiled(r"(?:は|って)\s*(?:あります|ある|あった|ありました)(?:か|の)?\s*[?？。]?\s*$")
_ASKS_WHICH = compiled(r"(?:は|って)\s*(?:どれ|どこ|何|なに|だれ|誰)\s*(?:です)?か?\s*[?？。]?\s*$|どの(?:取組|事業|項目|施策)"
                       # 「評価点がいちばん低いのはどの補助金？」: the question ends on which of the rows (程度: how much)
                       r"|のは\s*どの(?!程度)[一-龥ァ-ヶー]{1,10}\s*(?:です)?か?\s*[?？。]?\s*$"
                       # 「そのうち統合と廃止を除くと？」: the rows left after some are left out, asked
                       r"|(?:を)?除(?:く|いた|外する|外した)と\s*(?:どれ|どこ|何)?\s*[?？]?\s*$")
# (a column of numbers naming something, 提出者番号: its extreme is a number asked, not the row of it)
_NUMBER_COLUMN = re.compile(r"(?:番号|No\.?|NO\.?|コード)\s*$")
# 「（実質公債費比率が）一番低いのは？」: の is the one that is lowest, a row, not how low (「一番低い値は」 names no row).
# Read so only in a follow-up over rows already chosen (inherited conditions, m133-049): a question of its own,
# 「R6の現年度分の収納率が一番低いのは？」, asks the figure with its row named beside it (test_made123_layouts); and not
# a follow-up within the rows picked before (「その中で満足度がいちばん低いのは？」 asks how low, the row in the
# summary, as on main: test_a_follow_up_extreme_within_a_range)
_THE_ONE_AT_EXTREME = compiled(r"^(?!.*(?:その中|そのうち|この中|このうち))(?:.*?)(?:いちばん|一番|最も|もっとも)[^、。,]{0,4}?(?:い|かった|な)のは\s*(?:です)?か?\s*[?？。]?\s*$")
# (「あればその事業名を教えてください」: the row's name asked by its naming column's word)
_ASKS_NAME = compiled(r"(?:名前|名称)(?:は|って)?\s*(?:何|なに)?\s*(?:です)?か?\s*[?？]?\s*$"
                      r"|(?:名前|名称|(?<=[一-龥])名)を\s*(?:教えて|おしえて)(?:ください|下さい|ほしい|欲しい)?\s*[。.?？]?\s*$")
_RANKING = compiled(r"順|上位|下位|ランキング|らんきんぐ|並べ|トップ\d|ベスト\d|[2-9２-９]番目|[2-9２-９]位")
_ASKS_AMOUNT = compiled(r"いくら|何円|何千円|何百万|何億|どれ(?:くらい|だけ|ほど)|どのくらい|何点|いくつ|何%|何パーセント|何ポイント|何ぽいんと"
                          r"|(?:金額|額|値|点数)(?:は|って)\s*[?？]?\s*$")


def _asks_holder(qn: str, conds: list) -> bool:
    """「行革推進委員会の副委員長は？」 over a roster (氏名 | 備考 副委員長): the question ends on the value a row holds
    (a role, a post), so who holds it, the row's name, is asked, not the value said."""
    tail = _HOLDER_TAIL.search(qn)
    return bool(tail) and any(c.op == "eq" and isinstance(c.value, str) and len(c.value) >= 2
                              and _key(tail.group("said")).endswith(_key(c.value)) for c in conds)


# (the words before the closing 「は？」「って誰？」: the value held, to be matched against the condition read from it)
_HOLDER_TAIL = compiled(r"(?P<said>[^のはって\s]{2,})(?:は|って)\s*(?:だれ|誰)?\s*(?:です)?か?\s*[?？。]?\s*$")


def _asks_row(t: Table, qn: str) -> bool:
    """「決算がいちばん大きい事業は？」「利用者がいちばん多い施設は」: the question ends on what the rows are
    (the naming column's word, 事業 of 事業名), so the row is asked, not its number."""
    # (「…いちばん大きかった課は？」 over rows named by 課: one kanji, the naming column's own header)
    words = {w for w in (_rows_word(t), *_ROW_WORDS) if len(w) >= 2 or (t.name and w == _key(t.name) and re.fullmatch(r"[一-龥]", w))}
    # (「…一番多く選んだ分野は？」 over a survey's question 「…思う分野は何ですか」: its choices are the 分野)
    from assistant.query.tables.survey_verbs import caption_asks

    words |= {w for w in (caption_asks(t),) if len(w) >= 2}
    from assistant.query.tables.survey_verbs import asks_choice

    if asks_choice(t, qn):
        return True  # 「一番多く選ばれたのは？」: the option chosen
    # (「…手続は？令和6年度で見てください。」: a sentence after the question's says how to read it, no more)
    return any(compiled(rf"{re.escape(_key(w))}\s*(?:は|って)\s*(?:どれ|どこ|何|なに)?\s*(?:です)?か?\s*(?:[?？。][^?？]*|)$").search(qn)
               # 「入賞した提案のうち、効果額がいちばん大きいのは？」: which of the rows said, the question ending on it
               or compiled(rf"{re.escape(_key(w))}(?:のうち|の中で)[^?？]*(?<=[いた])(?:の|もの)(?:は|って)\s*[?？]?\s*$").search(qn)
               # 「実施中の提案で効果額が一番大きいのは？」: the rows said before で, then which of them
               # (not a change: 「補助金で、R6からR7に増えた額が最も大きいのは」, read 「…最も増えたのは」, asks the amount, as on main)
               or compiled(rf"{re.escape(_key(w))}で[、,]?[^?？、]*(?:いちばん|一番|最も|もっとも)"
                            rf"(?![^?？、]*(?:増え|減っ|減少|増加|伸び|上が|下が))[^?？、]*(?<=[いた])(?:の|もの)(?:は|って)\s*[?？]?\s*$").search(qn)
               # 「…がいちばん高かったのはどこの町村？」: the rows' word after どこの・どの, ending the question
               or compiled(rf"(?:どこ|どの)の?\s*{re.escape(_key(w))}\s*(?:です)?か?\s*[?？。]?\s*$").search(qn)
               # 「令和3年度と比べて…が最も増えた施設」: a noun phrase ending on the rows' word after the clause
               # that picks them, the row asked
               or compiled(rf"(?:いちばん|一番|最も|もっとも)[^、。?？]*(?<=[いた])\s*{re.escape(_key(w))}\s*[?？。]?\s*$").search(qn)
               for w in words) \
        or re.match(r"\s*(?:その|この)(?:うち|中で)[^?？]*(?<=[いた])(?:ほう|方)(?:は|って)\s*[?？]?\s*$", qn) is not None
    # (「そのうち効果額が大きいほうは？」: which of the rows listed before; 「…いちばん低いのは？」 keeps its figure)


def _merge(t: Table, inherited: list[Cond], new: list[Cond], narrowing: bool = False) -> list[Cond]:
    """A follow-up keeps every earlier condition (「そのうち…」 or not: 「進捗が◎のものは何件？」 narrows);
    its condition on a column, or on another year's column of the same measure, replaces the earlier
    one (「令和6年度にC」 then 「令和5年度にCのものは何件？」)."""
    def base(header: str) -> str:
        # (columns of years alone, 令和5年度 | 令和6年度, are one measure's years too)
        known = {c.header: c for c in t.columns}
        return "|".join((known[h].base or ("#年度" if known[h].year is not None else h)) if h in known else h
                        for h in header.split("|"))

    # (「その中で令和5年度はA」 narrows: another year's column is then a condition beside the earlier one)
    replaced = {c.header for c in new} | ({base(c.header) for c in new} if not narrowing else set())
    # (「じゃあ市民プール管理運営事業は？」: another row named in its place, not beside it)
    renamed = {c.header for c in new if c.op == "rows"} if not narrowing else set()
    # (「…に「5-07」とある（前の回答の番号）」: the rows citing the one answered before stay those, whatever
    # value of the same column is said now, 再指摘 of 備考 「再指摘（5-07）」)
    return [c for c in inherited if (c.header not in replaced and base(c.header) not in replaced)
            or (c.op == "rows" and c.header not in renamed)
            or (c.op == "contains" and c.label.endswith(CITED_NOTE))] + new


def _list_entries(cell) -> list[str]:
    """The entries of a cell listing several (鳴砂県、鶚ヶ谷市、鴇津市), none of an empty cell."""
    text = nfkc(str(cell or "")).strip()
    if not text or text in _EMPTY:
        return []
    return [p for p in (x.strip() for x in re.split(r"[、,]", text)) if p]


def _listing_column(rows: list[dict], header: str) -> bool:
    """A column whose cells list several entries each, 、-separated, nearly every one different (members
    of a joint project): no category to count rows by."""
    cells = [nfkc(str(r["cells"].get(header) or "")).strip() for r in rows]
    filled = [c for c in cells if c and c not in _EMPTY]
    listed = [c for c in filled if len(_list_entries(c)) >= 2]
    return len(filled) >= 3 and len(listed) * 2 > len(filled) and len(set(filled)) * 4 >= len(filled) * 3


def _rows_word(t: Table) -> str:
    """What the rows are called: the naming column's header without 名/名称 (取組名 → 取組), 項目 for items."""
    if t.row_word:
        return t.row_word  # (窓口 of 「窓口別の結果」 over the headings naming the rows)
    if t.name in ("", "名称"):
        return "項目"
    if t.name in ("氏名", "名前"):
        return "人"  # a list of people (委員名簿): 「学識経験者の人は2件」, not 氏
    return re.sub(r"(?:の)?(?:名称|名)$", "", t.name) or t.name


_LETTER_CODE = re.compile(r"[A-Za-z]{1,2}-\d{4,5}")


def _code_of(t: Table, r: dict) -> str:
    """A row's code where its table numbers rows with codes that say what they are (R5-004, J-0203); "" for a
    bare 1, 2, 3 (the order printed, no name of the row)."""
    code = nfkc(str(r["cells"].get(t.number) or "")).strip() if t.number else ""
    # (a letter in it: 403-02 of a 事業番号 stays a number of the row, its name answering, as the evaluation lists want;
    # and a case's citation by its year, R5-004: F-11 of a facility, E-03 of a project, H-208 of a subsidy number a row
    # whose name answers, as main and the sets want — made87 m87-013, made95)
    # A letter-headed register number of four digits or more (T-0014, J-0203) answers too: of the which-row value
    # questions in tests/questions whose rows carry letter codes, 11 in 5 sets want the code, 2 in 1 set the name
    # (made87 m87-013/025, F-09 and F-21) and made95's tests the name of H-208; shorter ones (F-09, M-14, H-208,
    # H-407) are wanted both ways by the sets, so they stay a name as on main.
    return code if re.fullmatch(r"(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9\-]{3,12}", code) and (
        cites_case(code) or _LETTER_CODE.fullmatch(code)) else ""


def _name_of(t: Table, r: dict) -> str:
    """What a row is called: its name, else its first cell (令和7年度 of a row per year), the heading it
    sits under not counted (部門 | 税務 beside a 見出し column: 税務)."""
    first = next((c.header for c in t.columns if c.header != "見出し" and r["cells"].get(c.header)), "")
    name = str(r["cells"].get(t.name) or (r["cells"].get(first) if not t.name else "") or r["key"])
    if t.name and _NO_UNIT.fullmatch(nfkc(name).strip()):
        # (「（廃止）」 in a 新旧対照表's new column: no unit of its own; the row is the old side's unit, 建築住宅課)
        other = old_side_of(t, t.name)
        if other and str(r["cells"].get(other) or "").strip() and not _NO_UNIT.fullmatch(nfkc(str(r["cells"][other])).strip()):
            return str(r["cells"][other])
    return name


# A mark standing for no unit (「（廃止）」「（新設）」「－」) in place of a name.
_NO_UNIT = re.compile(r"[(（]\s*[一-龥]{2,4}\s*[)）]|[-－―ー‐–—]")


def _groups_rows(t: Table, header: str) -> bool:
    """Whether a column's values each stand for several rows (重点1 over 1-1, 1-2, 1-3): groups of rows."""
    values = [nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows]
    values = [v for v in values if v]
    return len(values) >= 2 and len(set(values)) < len(values)


_CODED_GROUP = re.compile(r"(?:区分|分野|目標|方針|柱)(?:記号|符号)$")


def _groups_of_rows_asked(db, question: str, got: tuple[Answer, TableContext], dedicated: bool):
    """「達成状況が×のKPIを抱えている重点は？」 over a table of KPIs grouped under 重点 (重点1 on its first row): the
    groups the rows found sit under are asked, which another table of the same document lists as its own rows
    (重点1 | 項目名 | 評価): the answer is those rows, each once (the rows found are kept in a note)."""
    answer, context = got
    t = context.table
    asked = context.asked
    if answer.status != "exact" or not answer.rows or not asked or asked == t.name or asked == t.number \
            or asked not in {c.header for c in t.columns} or t.column(asked).numeric:
        return None
    values = list(dict.fromkeys(str(r.get(asked) or "").strip() for r in answer.rows))
    if not values or "" in values or len(values) >= len(answer.rows) + 1:
        return None
    # (the column said as what is asked, at the end: 「…重点は？」「…重点項目を挙げて」)
    # (one kanji, 柱, where the groups' own table is called so: heading_groups.py)
    groups_words = {o.row_word for o in read_tables(db, dedicated) if o.source == t.source and o.of_groups and o.row_word} \
        if asked == "見出し" else set()
    forms = [_key(f) for f in t.column(asked).forms if len(f) >= 2 or f in groups_words]
    tail = re.search(r"(?:" + "|".join(map(re.escape, forms)) + r")(?:項目)?(?:は|を|って)?\s*(?:どれ|どこ|何|なに)?"
                     r"(?:ですか|か|挙げて|教えて|見せて|示して)?[?？。]?\s*$", _key(question)) if forms else None
    if tail is None:
        return None
    for o in read_tables(db, dedicated):
        if o.source != t.source or o is t or not o.number or any(c.header == asked for c in o.columns if c.header != o.number):
            continue
        numbered = {}
        for r in o.rows:
            numbered.setdefault(nfkc(str(r["cells"].get(o.number) or "")).strip(), []).append(r)
        if (asked == "見出し" and o.of_groups and o.row_word) or (
                # (「A 安定給水の確保 【総合評価:A】」 merged down the rows of a division, the divisions' own table
                # coded by 大区分記号 A…D: each cell is the division its leading code names)
                not all(len(numbered.get(nfkc(v), [])) == 1 for v in values) and _CODED_GROUP.search(_key(o.number))):
            # (「Ⅰ　…【柱の総合評価：Ｂ】」 headings over the rows, the groups' own table numbered by their codes:
            # heading_groups.py) each heading is the group its code numbers
            from assistant.query.tables.heading_code import heading_code
            coded = {heading_code(v).upper(): v for v in values}
            if "" in coded:
                coded = {m.group(1).upper() if (m := re.match(r"([A-Za-z]|\d{1,2})\s+\S", nfkc(v))) else "": v
                         for v in values}
            if "" not in coded and all(len(numbered.get(c, [])) == 1 for c in coded):
                numbered = {nfkc(v): numbered[c] for c, v in coded.items()}
        if not all(len(numbered.get(nfkc(v), [])) == 1 for v in values):
            continue
        rows = [_row(o, numbered[nfkc(v)][0]) for v in values]
        found = "、".join(str(r.get("number") or r.get("key")) for r in answer.rows[:8])
        answer.notes.append(f"条件に合う「{t.name or '行'}」（{found}{' ほか' if len(answer.rows) > 8 else ''}）が属する"
                            f"「{asked}」を、同じ資料の{o.caption or '別の表'}の行として示しています")
        answer.rows = rows
        answer.count = len(rows)
        answer.value = values[0] if len(values) == 1 else None
        return answer, TableContext(o, [Cond(o.number, "rows", [r["key"] for r in rows], f"{asked}: {'、'.join(values)}")],
                                    rows=rows)
    return None


def _quoted_value_of(t: Table, question: str, mine: set[str]) -> bool:
    """Whether a word the question quotes (「順調」) is printed whole in a column of the table that the
    conversation's table (its headers `mine`) does not have."""
    quoted = {_key(q) for q in re.findall(r"[「『]([^」』]{1,12})[」』]", nfkc(question))} - {""}
    return bool(quoted) and any(_key(nfkc(str(r["cells"].get(c.header) or "")).strip()) in quoted
                                for c in t.columns if _key(c.header) not in mine and c.header not in (t.name, t.number)
                                for r in t.rows)


def _row(t: Table, r: dict) -> dict:
    # `title` and `number`: the row's name and number under the names every generic answer uses.
    # (a table of municipalities: a row is the place it names, 「北浜市」, its No. only the order printed)
    from assistant.query.tables.place_rows import place_of_row

    place = place_of_row(t, r)
    if not place:
        from assistant.query.tables.year_label_rows import year_of_row

        place = year_of_row(t, r)  # (年度 │ 入札件数 │ …: a row of a year is called by it, 令和5年度)
    return {"key": r["key"], "source": t.source, "line": r["line"], "title": r["cells"].get(t.name, ""),
            "number": place or _number_said_whole(t, r["cells"].get(t.number, "")), **r["cells"]}


def _plain_number(value: float):
    return int(value) if float(value).is_integer() else round(value, 2)


def _grouped(value) -> str:
    if isinstance(value, str):
        return value  # a day (R6.4.1) as printed
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


# Words that ask or name the document, not a condition: 「いくら」「報告書」「千円」 (a unit the table prints).
# (「それぞれの所管課は？」: each of the rows before, asked of them all)
_ASKING = {"それぞれ", "最新", "最新版", "迎える", "迎え", "含む", "含ま", "始める", "始め", "始まる", "開始", "いくら", "いくつ", "どこ", "いつ", "何", "なに", "どれ", "どの", "誰", "報告書", "資料", "文書", "一覧",
           "表", "計画書", "記載", "ページ", "全部", "全体", "すべて", "全て", "合計", "平均", "あわせ", "合わせ",
           "並べ", "並べる", "並び替え", "並べ替え", "表示", "見せ", "教え"}


_MEETING_WORDS = ("会議", "会合", "開催", "開か", "開い", "開く")
# (「第１班で扱った事業」「第２班で議論した」: the section the rows were taken up in, as 【第１班】 heads them)
_HEADING_WORDS = ("章", "節", "柱", "分野", "入っ", "入る", "属する", "含まれる", "並ん", "扱っ", "扱う", "扱わ", "議論",
                  "審議", "取り上げ")
# Who, when, why, how: asked of a column (「誰が担当」→ 担当課), or of the text, never of the rows listed.
_ASKS_UNLISTED = compiled(r"誰|だれ|いつ|なぜ|何故|どうして|どのように|どうやって")
_DOING = {"行う", "行っ", "行い", "行わ", "行なう", "実施", "する"}
# The verbs of using a room or a service a fee is charged for (借りる, 使う, 利用する).
# (「住民票の写しをコンビニで取る」: getting a certificate issued is what its fee is for, too)
_USING = {"借りる", "借り", "借りれ", "使う", "使っ", "使い", "使え", "利用", "取る", "取っ", "取り", "取れ", "取得"}

_ADDING = {"合わせる", "合わせ", "あわせる", "足す", "足し", "足せ", "まとめる"}
_GROUPS_ALL = compiled(r"(\d{1,2})\s*([一-龥])(?:すべて|全て|全部|とも)")


def _every_group(word: str, t: Table) -> bool:
    """「4部すべて」: as many groups as the table's rows sit under (their 見出し, each ending in the counter
    said), so all of them, no condition; another number is a group the table does not hold, left unused."""
    m = _GROUPS_ALL.fullmatch(word)
    if not m:
        return False
    heads = {nfkc(str(r["cells"].get("見出し") or "")) for r in t.rows} - {""}
    return len(heads) == int(m.group(1)) and all(h.endswith(m.group(2)) for h in heads)


def _bare_places(db, question: str, places: list[str]) -> list[str]:
    """「鳴門の補助金」: a place said without 市 (or 町, 村) that a document of this kind names with it."""
    from assistant.text.names import place_names

    bare = [p for p in place_names(question) if p[-1] not in "市町村区郡県府都道" and not any(p in q for q in places)]
    if not bare:
        return []
    texts = [_document_text(db, sha) for (sha,) in db.execute("SELECT sha256 FROM documents WHERE kind = 'generic'").fetchall()]
    return [p for p in bare if any(_key(p) + suffix in text for text in texts for suffix in "市町村")]


from assistant.query.tables.read import _PEOPLE_COUNTED  # noqa: E402  (the words for who a count of 人 counts)

_USED_BY_PEOPLE = compiled(r"使わ|使っ|使う|使い|利用さ|利用し|利用|訪れ|来館|来場|入館")


def _read_joined_places(db, question: str, qn: str, tables: list[Table], candidates: list[Table], readings: list,
                        place_spans, inherited: dict):
    """The reading of the municipalities' tables joined by name (places_joined.py), where no table read alone
    uses every word of the question and the joined one does; else None."""
    if any(not _unused_words(question, qn, r, r.table) for r in readings):
        return None
    t = joined_places_table(tables)
    parts = set(t.memo["joined_sources"]) if t is not None else set()
    if t is None or not any(c.source in parts for c in candidates):
        return None
    # (a follow-up goes on from the conditions of the table the conversation was on, which the joined one holds)
    prior = next((conds for c in candidates if c.source in parts and (conds := inherited.get(id(c)))), ())
    prior = [c for c in prior if all(h in {x.header for x in t.columns} for h in c.header.split("|"))] \
        if prior else prior
    t.memo["prior"] = list(prior)
    r = _read(db, t, question, qn, place_spans, prior)
    if r is None:
        return None
    apply_plan_readings(db, question, qn, r)
    if _unused_words(question, qn, r, t):
        return None
    r.notes.append(joined_note(t))
    return r


def _counts_one_named_row(answer: Answer) -> bool:
    """Whether an answer counts rows, of which the one the question names is the only condition."""
    ops = [u.get("op") for u in answer.understood if u.get("field") != "source"]
    return answer.count == 1 and "count" in ops and set(ops) <= {"count", "rows"} and "rows" in ops


def _row_word_kin(wn: str, row_word: str, t: Table) -> bool:
    """Whether a word is the thing the rows' word is a kind of, said as a word of two kanji beginning with it (車両 of the
    rows of 公用車: what 公用 qualifies is 車), every row (全車両) or the rows as such; never a word a column or a
    cell of the table prints (its values are conditions)."""
    m = re.fullmatch(r"[一-龥々]{2,}([一-龥])", row_word)
    word = re.sub(r"^[全各]", "", wn)
    # (only the kanji that make a thing's word its class, 車両 機器 機材 船舶 書類: 設備 of 公共施設 is another thing)
    if m is None or not re.fullmatch(re.escape(m.group(1)) + r"[両器材舶類]", word):
        return False
    printed = {_key(f) for c in t.columns for f in (c.header, *c.forms)}
    return not any(word in p for p in printed) and not any(
        word in _key(str(v)) for r in t.rows for v in r["cells"].values() if v)


def _row_word_compound(wn: str, row_word: str, context: str, names_of_rows: list[str]) -> bool:
    """Whether a word is the rows' word (事例) joined before or after a word (two letters or more) of the table's title
    or of what its rows are (参考事例 of a memo titled 「…（参考）」, 事例自治体 of rows of 自治体)."""
    if len(row_word) < 2 or row_word not in wn or wn == row_word:
        return False
    rest = wn[len(row_word):] if wn.startswith(row_word) else wn[:-len(row_word)] if wn.endswith(row_word) else ""
    names = {_key(n) for n in names_of_rows if n}
    return len(rest) >= 2 and (rest in names or rest in context.split() or any(rest in c for c in context.split() if len(c) <= 40))


def _value_with_its_columns_act(wn: str, reading: _Reading, t: Table) -> bool:
    """「全額免除」 where 全額 was read as the value of 減免率: a compound of a value read for a column and two kanji
    sharing one with that column's header (免除 of 減免), the act the column's figures are of; nothing else."""
    for c in reading.conds:
        if c.op != "eq" or not isinstance(c.value, str) or c.header not in {x.header for x in t.columns}:
            continue
        value = _key(c.value)
        if value and wn.startswith(value) and re.fullmatch(r"[一-龥]{2}", wn[len(value):]) \
                and set(wn[len(value):]) & set(_key(t.column(c.header).base or c.header)):
            return True
    return False


# A dash said as a value: in quotes, or bare after が・は・の with a particle or the question's end after it (no
# code's or range's hyphen, 「1-2」, nor a katakana word's long vowel).
_DASH_VALUE = re.compile(r"[-‐‑–—―−－ーｰ─━]")
_DASH_SAID_AS_VALUE = re.compile(r"(?<=[「『\"])[-‐‑–—―−－ーｰ─━](?=[」』\"])"
                                 r"|(?<=[がはので])[-‐‑–—―−－─━](?=に|と|の|で|だ|です|な|[?？、,。\s]|$)")


# A unit printed in letters (t, kg) is said by its name: 「何トン」 asks a figure in t.
_UNIT_NAMES = {"t": ("トン",), "kg": ("キロ", "キログラム"), "g": ("グラム",), "km": ("キロ", "キロメートル"),
               "m": ("メートル",), "l": ("リットル",), "kwh": ("キロワット時",)}


def _unused_words(question: str, qn: str, reading: _Reading, t: Table) -> list[str]:
    headings = {str(r["cells"].get("見出し") or "") for r in t.rows}
    used = [h for h in (reading.measure, reading.asked, *(c.header for c in reading.conds)) if isinstance(h, str) and h]
    # (a word of a column the reading used, 財政効果額 of 「令和7年度 財政効果額計画」, is used)
    heads = {nfkc(h) for h in headings if h}
    caption = t.caption
    if len(heads) >= 2:
        # Rows under several headings (電気使用量 | 都市ガス使用量): a word of one of them (電気) picks rows,
        # and left unread it is unused; only what every heading says (使用量) is the table's context.
        from assistant.query.tables.question import _shared_tail

        caption = "" if any(h in nfkc(caption) for h in heads) else caption
        heads = {_shared_tail(heads), os.path.commonprefix(sorted(heads))} - {""}
    # (「全額免除になるケースは？」: ケース names the rows asked, as もの does)
    context = " ".join(_key(x) for x in (t.doc_title, caption, t.name, " ".join(_ROW_WORDS), "ケース", *heads, *used,
                                         t.measure_word, t.lead))
    from assistant.query.tables.rows_are import item_words_of

    context += " " + " ".join(_key(w) for w in item_words_of(t))  # (「…推進項目は」 of a list of items coded 1-1-1)
    # (the numbering column's word names the rows as the naming column's does: 返礼品 of 返礼品番号 beside 品名, so
    # 「体験型の返礼品」 is of these rows)
    numbered_as = _key(re.sub(r"(?:番号|コード|No\.?|NO\.?|№)$", "", nfkc(t.number or "").strip()))
    if len(numbered_as) >= 2:
        context += " " + numbered_as
    # (the forms of a column the reading used name it too: 「削減時間で、実績が計画に届かなかった」 of 令和6年度実績,
    # whose forms say the measure the document's title line gives, 削減時間の実績)
    named_by = {h for u in used for h in u.split("|")}
    context += " " + " ".join(_key(f) for c in t.columns if c.header in named_by for f in getattr(c, "forms", ()))
    if "見出し" in used:  # 「公共施設の最適化の章に入っている」: the words for a heading and for sitting under it
        context += " " + " ".join(_HEADING_WORDS)
    # Rows held on a 開催日 are meetings (「会議は何回」), held by a body (「推進委員会で…議題にした」).
    meetings = any("開催" in c.header for c in t.columns)
    if meetings:
        context += " " + " ".join(_MEETING_WORDS)
    units = {_key(c.unit) for c in t.columns if c.unit}
    spoken_units = {_key(name) for u in units for name in _UNIT_NAMES.get(u, ())}
    # The words of the one row named that say what its numbers are (寄附 and 千円 of its 指標
    # 「寄附受入額（千円）」): they describe the row asked about, no condition beyond it.
    headers_all = {c.header for c in t.columns}
    keys = {k for c in reading.conds if c.op == "rows" for k in c.value}
    named = [r for r in t.rows if r["key"] in keys]
    if len(named) == 1:
        headers = {c.header for c in t.columns}
        context += " " + " ".join(_key(str(v)) for h, v in named[0]["cells"].items()
                                  if h in headers and not t.column(h).numeric)
        if t.name:  # (its name said another way, 要介護認定の申請 of 要介護・要支援認定の申請)
            from assistant.query.tables.question import _aliases
            context += " " + " ".join(_key(a) for a in _aliases(str(named[0]["cells"].get(t.name) or "")))
    # (「町民プールの備品台帳について」 read as the 内容 「町民プールの備品について、備品台帳と…」 of one row: the
    # other words of that cell describe the row said, no condition beyond it)
    said_of = [c for c in reading.conds if c.op == "eq" and isinstance(c.value, str) and c.header in headers_all
               and not t.column(c.header).numeric]
    if said_of and len(named) != 1:
        holding = [r for r in t.rows if all(c.value in {_key(v) for v in _cell_values(str(r["cells"].get(c.header) or ""))}
                                            for c in said_of)]
        if len(holding) == 1:
            context += " " + " ".join(_key(str(holding[0]["cells"].get(c.header) or "")) for c in said_of)
    covered = {i for a, b in reading.spans for i in range(a, b)}
    used_bases = [t.column(h).base for u in used for h in u.split("|") if h in headers_all and t.column(h).numeric]
    # (the rows' word: the table's name column, or any column of names, 施設 of 施設名)
    names_of_rows = [t.name or "", t.row_word or "", *(f for c in t.columns if c.header == t.name or _key(c.base).endswith("名")
                                                    for f in c.forms)]

    def aggregated() -> int | None:
        conds = [c for c in reading.conds if c.header in headers_all or "|" in c.header]
        return sum(all(_holds(r, t, c) for c in conds) for r in t.rows)
    from assistant.query.grammar.phrasings import without_asides
    kept = _key(without_asides(nfkc(question)))
    out = []
    for word in _content_words(question):
        wn = _key(word)
        if wn and wn not in kept:
            continue  # 「逆に」: an aside the phrasings drop, no condition
        if (ending := _names_last_kanji(t)) and re.fullmatch(rf"{re.escape(ending)}(?:一覧|リスト|全部)", wn):
            continue  # 「２級町道の橋一覧」 over rows named 宮下橋, 北沢橋 …: the rows themselves listed
        if re.fullmatch(r"使[っいうわ]|使用し?|活用し?|充て|充当し?", wn) and any(
                c.op in ("eq", "in") and c.header in headers_all and not t.column(c.header).numeric for c in reading.conds) \
                and re.search(r"を(?:使[っいうわ]|使用|活用|充て|充当)", qn):
            continue  # 「国の補助を使った修繕」 over 財源 国補助: the value said is what the row used
        if wn in ("一度", "1度", "一回", "1回") and re.search(wn + r"でも", qn) and any(
                c.op.startswith("fy_") and c.header in headers_all and t.column(c.header).years_inside for c in reading.conds):
            continue  # 「R2からR6までに一度でも修繕した」 over rows of a year each: any row within the years said
        if meetings and re.fullmatch(r"回(?:開催|開か|開い)", wn):
            continue  # 「何回開催された」 read as 何 + 回開催: the times held, counted as the rows are
        # (「計画期間5年間の」: the plan's period said with its length, the whole table's span all the same)
        spanned = re.fullmatch(r"(?:計画期間|計画|期間)?の?(\d+)(?:年間|か年|カ年|ヶ年)", wn)
        if spanned and holds_years(t, int(spanned.group(1))):
            continue  # 「4年間で合計」: the whole table's span (a table of one year holds no 3年間: left unread)
        if len(wn) >= 4 and wn.endswith("会") and wn[:-1] in _key(t.caption or ""):
            continue  # 「選定委員会の委員長」 over the table captioned 「選定委員」: the body its rows make up
        if re.fullmatch(r"抱え[ぁ-ん]*|(?:含ん|持っ)(?:で|て)?[いぃ]?[ぁ-ん]*", wn) and reading.asked in headers_all \
                and not t.column(reading.asked).numeric and _groups_rows(t, reading.asked):
            continue  # 「×のKPIを抱えている重点」: the group asked holds the rows found (_groups_of_rows_asked)
        if len(wn) >= 2 and wn.endswith("っ") and _key(wn[:-1] + "って") in qn and _covered(wn[:-1], qn, reading.spans):
            continue  # 「利用率っていくつ」 cut as 利用 | 率っ: the column's end read, then the topic's って
        if wn in ("両方", "双方", "両者") and any(c.op == "group_all" for c in reading.conds):
            continue  # (the values a record's rows hold together: group_all)
        if wn in ("両方", "双方", "両者") and len([c for c in reading.conds if c.op == "eq"]) >= 2 and len(
                {c.header for c in reading.conds if c.op == "eq"}) < len([c for c in reading.conds if c.op == "eq"]):
            continue  # 「鮎返町と檜葉沢町の両方が連携している」: each value said of the same column is a condition of its own
        if wn.startswith("何") and (wn[1:] in units or re.fullmatch(r"(?:[十百千万億]*円|%|パーセント|割)", wn[1:])
                                   or wn[1:] in unit_cells(t)):
            continue  # 「合計は何千円」: the unit the value is asked in (as いくら asks it), no condition
        if wn in spoken_units and ("何" + wn) in kept:
            continue  # 「何トン減った」 over figures in t: the unit said by its name, as 何t asks it
        if len(wn) == 2 and wn.endswith("数") and wn[:-1] in units and reading.asked in headers_all \
                and t.column(reading.asked).numeric and t.column(reading.asked).unit == wn[:-1]:
            continue  # 「サービス向上の点数は」 over a column of 点: the figure asked said by its unit's count word
        which = re.fullmatch(r"第何([一-龥])目?", wn)
        if which and t.name and any(re.search(rf"第\d+{which.group(1)}", nfkc(str(r["cells"].get(t.name) or ""))) for r in t.rows):
            continue  # 「第何回ですか」 over rows named 第1回会議…: which row is asked, by its name
        if re.fullmatch(r"小数点?(?:以下)?第?\d位(?:まで|で)?", wn) and reading.aggregate in ("avg", "sum", "ratio"):
            continue  # 「平均すると何％？小数第1位で」: the place the figure is rounded to (conversation's rounding)
        if re.fullmatch(r"延べ(?:何件|件数|数|で)?", wn) and reading.aggregate in ("entries", "count"):
            continue  # 「延べ何件」: each listing counted, as the entries are
        if re.fullmatch(r"(?:受け)?持[っちつてた][ぁ-ん]*|抱え[ぁ-ん]*", wn) and any(
                c.header in headers_all and _OFFICE_LABEL.match(nfkc(c.header)) and c.op in ("eq", "in", "ne")
                for c in reading.conds):
            continue  # 「高齢福祉課が持ってる施設」: the office holding the rows, the office column's value said
        if re.fullmatch(r"西暦(?:の)?(?:何年度?)?", wn) and reading.asked in headers_all and t.column(reading.asked).years_inside and _WESTERN_ASKED.search(qn):
            continue  # 「西暦だと何年度」 of a column of years: the calendar the year is answered in
        if wn == "予定" and re.search(r"(?:何[一-龥]{0,3}|いくら|いくつ)(?:に|と)?(?:する|なる)予定", qn):
            continue  # 「何台にする予定ですか」: the plan a figure is, asked of it (「どうする予定」 asks what is planned)
        if subject_of_table(wn, qn, context):
            continue  # 「見直しの対象になってる補助金」: every row the document's 見直し covers
        if wn in ("%", "％", "ぱーせんと", "パーセント") and reading.aggregate == "ratio":
            continue  # 「割合は何％？」: the unit the share is asked in
        if wn in ("前年度", "前の年度", "前年", "昨年度", "比べ", "比べて", "比較し") and any(
                c.op.startswith("change_") for c in reading.conds) and re.search(
                r"(?:前年度|前の年度|前年|昨年度)(?:と|に)(?:比べ|比較し)", qn):
            continue  # 「前の年度と比べて削減時間が減った」 read as the change between the two years' columns
        if wn in ("比べ", "比べて", "比較し") and re.search(r"(?:年度|年)(?:と|に)(?:比べ|比較し)", qn) \
                and not re.search(r"何[一-龥]{0,3}(?:増え|減っ|減り|伸び)|いくら|どれ(?:だけ|くらい|ぐらい)|どのくらい", qn) and (
                any(c.op.startswith("change_") for c in reading.conds) or "|" in (reading.measure or "")):
            continue  # 「令和3年度と比べて令和6年度の…がいちばん増えた」: the two years' columns compared
        if _value_with_its_columns_act(wn, reading, t):
            continue  # 「全額免除」 over 減免率 printing 全額: the value read, then the act the column's word names (免)
        if _verb_of_value_column(wn, qn, reading):
            continue  # 「RPAを入れた業務」 over 導入ツール: the verb the column's word (導入) is a compound of
        if re.fullmatch(r"入[っりるれ][ぁ-ん]*", wn) and _entered_at_first(qn, wn, reading, t):
            continue  # 「令和6年度の第1四半期から準備（◇）に入っていた」: the mark in the timeline's first period
        if wn in ("予定", "計画") and _marks_read(reading) and any(
                t.column(h).year is not None for c in reading.conds for h in c.header.split("|") if h in headers_all):
            continue  # 「移行（◆）が予定されている」 over a timeline of periods: its marks are the plan
        if _names_mark_read(wn, qn, reading):
            continue  # 「本番移行（◆）」「稼働中（●）」: the mark's meaning said before the mark itself, read as the mark
        if any(c.op in ("change_worse", "change_better") for c in reading.conds) and any(
                wn in _key(m.group(0)) for m in DIRECTION_ASIDE.finditer(qn)):
            continue  # 「（小さいほど良い指標に注意）」: the direction the document's note gives, read by the change
        if wn in ("段階", "期間", "状態") and _marks_read(reading) and re.search(
                r"[)）\]」■□◆◇▶▷★☆●]?の?" + wn + r"(?:に|が|で|の|を)", qn) and any(
                t.column(h).year is not None for c in reading.conds for h in c.header.split("|") if h in headers_all):
            continue  # 「検討・準備の段階になっている」: the stage a timeline's mark means, read as the mark
        if wn == "時点" and re.search(r"(?:四半期|月|年度|期|年|(?<![a-z])[rh]\d{1,2}|(?<![a-z\d])[1-4]q|(?<![a-z])q[1-4])の時点で", qn) and any(
                t.column(c.header).year is not None for c in reading.conds if c.header in headers_all):
            continue  # 「令和7年度第2四半期の時点で」: the period said, as its column is read
        if re.fullmatch(r"占め(?:る|て|た)?", wn) and reading.aggregate == "ratio" and _count_total(t) is not None:
            continue  # 「住民課の手続が占める割合」: the share of the table's counted whole (its total column)
        counted = re.fullmatch(r"(.{2,}?)(件数|人数|回数|数)", wn)
        if counted and counted.group(1) in _key(t.doc_title) and counted.group(2) in _key(f"{t.caption} {t.measure_word}"):
            continue  # 「公益通報件数」 of 「公益通報窓口の運用状況」 and its 「区分別の受付件数」: what the figures count
        if t.row_word and wn == _key(t.row_word) and t.name != "見出し":
            continue  # 「…推進項目はいくつ」: the document's word for its items, the rows themselves
        if t.row_word and t.name != "見出し" and _row_word_kin(wn, _key(t.row_word), t):
            continue  # 「EVの車両」「全車両の平均」 over 「公用車台帳」: the thing the rows are (車 of 公用車), said in its own word
        if t.row_word and t.name != "見出し" and _row_word_compound(wn, _key(t.row_word), context, names_of_rows):
            continue  # 「参考事例の中で」「事例自治体の」: the rows' word joined to a word of the title (（参考）) or of the rows (自治体)
        if wn == "区分" and (reading.conds or reading.aggregate) \
                and not any(c.base == "区分" or "区分" in c.forms for c in t.columns):
            continue  # 「減免基準で新設される区分は？」: with no column of 区分, each row is a 区分 of the criteria, the rows asked
        every = re.fullmatch(r"(?:全|各)([一-龥ァ-ヶー]{1,6})", wn)
        if every and t.name and every.group(1) in _key(t.name) + " " + " ".join(_key(f) for f in t.column(t.name).forms):
            continue  # 「全手続あわせて」 over rows named by 手続名: every row, no condition
        if reading.asked and re.fullmatch(r"(?:取り|取)?扱(?:わ|い|っ)", wn) \
                and re.search(r"(?:どう|どのように|どの様に|どんなふうに)(?:取り|取)?扱(?:わ|い|っ)", qn):
            continue  # 「どう扱われましたか（反映区分）」: how the row was dealt with, the column asked
        if held_as_value(wn, qn, reading.spans) or planned_value(wn, qn, reading.spans) or judged_value(wn, qn, reading.spans) \
                or received_value(wn, qn, reading.spans) or related_value(wn, qn, reading.spans):
            continue  # 「オンライン開催」: the value read (オンライン), said with how the thing is held
        now = re.fullmatch(r"(?:今|いま|現在|目下)(?![年月日回期度週後])(.{2,})", wn)
        if now and _covered(now.group(1), qn, reading.spans):
            continue  # 「今公募中になってる」: the state the table prints (as of its day) is the one now, the value read
        if wn.startswith("何") and len(wn) >= 3 and _covered(wn[1:], qn, reading.spans):
            continue  # 「何曜日」: which value of the column read (曜日) is asked
        if wn in ("金額", "額", "値段", "価格") and used_bases and any(
                re.search(re.escape(_key(b)) + r"の" + wn + r"(?:が|は|を|で|の)", qn) for b in used_bases):
            continue  # 「改定案の金額が高い」: the amount column read (改定案), said with the word for what its figures are
        if re.fullmatch(r".{1,6}歳児", wn) and _covered(wn[:-1], qn, reading.spans) and any(
                "児" in _key(h) for u in used for h in u.split("|") if h in headers_all):
            continue  # 「0歳児の在籍」 over 在籍児童数 0歳: the age read (0歳), said with 児 as its children are counted
        if value_with_column_tail(wn, qn, reading.spans, used_bases):
            continue  # 「全日料金」: the value read (全日), said with the end of the amount column read (改定後料金)
        if reading.aggregate in ("avg", "sum") and rows_counted_restated(wn, names_of_rows, aggregated()):
            continue  # 「8施設平均」 over the 8 rows chosen: their number, said again
        if len(wn) >= 3 and wn.endswith("点") and _covered(wn[:-1], qn, reading.spans) \
                and any(re.search(r"\d点", _key(h)) for h in used):
            continue  # 「合計点」 of the column 合計（100点）: its points, the column read (合計)
        graded = re.fullmatch(r"([a-es])(評価|判定)", wn)
        if graded and graded.group(2) in context and any(c.op in ("eq", "in", "not_any") for c in reading.conds) \
                and _covered(graded.group(1), qn, reading.spans):
            continue  # 「S評価の施設」 read as one word: the grade read (S) of the column of grades (総合評価)
        body = _BODY_WORD.search(wn)
        if meetings and body and wn.endswith(body.group(0)) and re.match(r"(?:で|が|は|の(?:会議|会合))", qn[qn.find(wn) + len(wn):]):
            continue  # (「推進委員会の意見書」 names a paper of the body, not its meetings)
        # (in the search form: パブコメ is written ぱぶこめ there)
        if any(_key(short) in wn and any(_key(wn.replace(_key(short), form)) in context for form in forms)
               for short, forms in ABBREVIATIONS):
            continue  # 「行革で」 of the 行財政改革実施計画: its title shortened
        placed = re.match(r"(.{1,5}?[市町村区])(.{2,})$", wn)
        if placed and placed.group(1) in _key(t.doc_title) and any(
                _key(short) == placed.group(2) and any(_key(form) in context for form in forms) for short, forms in ABBREVIATIONS):
            continue  # 「松江市パブコメ」: the city's 意見募集, said as one word
        if any(wn in _key(short) and _key(short) in qn and any(_key(form) in context for form in forms)
               for short, forms in ABBREVIATIONS):
            continue  # 「コメント」 of 「パブリックコメント」 (read as two words) over the 意見募集's results
        if len(wn) >= 4 and wn in re.sub(r"[()（）「」『』]", "", _key(t.doc_title)):
            continue  # 「実行計画案」 of 「…実行計画（案）」: the title's words, its brackets unsaid
        if not wn or wn in _ASKING or wn in units or wn in context or _covered(wn, qn, reading.spans) \
                or (len(wn) >= 4 and (_in_title(spelled_out(wn), _key(t.doc_title)) or _abbreviates(wn, _key(t.doc_title))
                                      # (行革推進委員会 of its caption's or its file's 行政改革推進委員会)
                                      or _abbreviates(wn, _key(t.caption)) or _abbreviates(wn, _key(t.source.rsplit(".", 1)[0])))):
            continue
        most = re.match(r"(?:いちばん|一番|最も|もっとも)(.{2,})$", wn)
        if most and reading.aggregate in ("max", "min", "top_max", "top_min") \
                and (most.group(1) in context or _covered(most.group(1), qn, reading.spans)):
            continue  # 「いちばん満足度が高かった」: the superlative read, the measure the table's own word
        if wn in ("人", "方") and re.search(r"氏名|名前", t.name):
            continue  # 「委員長じゃない人」: a list of people, whose rows are called 人
        # 「合計いくら」: a word used, joined to a question word (「職員何人」: the table's own word, 職員数).
        asked = next((w for w in _ASKING if wn.endswith(w) and len(wn) > len(w)), "")
        counter = re.fullmatch(r"(.{2,}?)何[一-龥ぁ-んァ-ヶ]{1,2}", wn)
        asked = counter.group(0)[len(counter.group(1)):] if counter and not asked else asked
        stem_at = qn.find(wn[:-len(asked)]) if asked else -1
        if asked and (wn[:-len(asked)] in _ASKING or _covered(wn[:-len(asked)], qn, reading.spans)
                      or len(wn) - len(asked) >= 2 and wn[:-len(asked)] in context
                      # (「部局あたり平均何人」: its words used by several readings, one after another)
                      or stem_at >= 0 and all(i in covered for i in range(stem_at, stem_at + len(wn) - len(asked)))):
            continue
        # 「指定管理施設」: the document's word (指定管理者…一覧) joined to the rows' word (施設名) names the rows.
        # (「…何施設」: the rows are called by the counter too)
        row_words = [*(t.column(t.name).forms if t.name else ()), *re.findall(r"何([一-龥]{2,3})", qn)]
        if any(wn.endswith(f) and len(wn) - len(f) >= 2 and wn[:-len(f)] in _key(t.doc_title)
               for f in row_words if len(f) >= 2):
            continue
        # 「料金見直し」: a word of one of the table's columns (料金) joined to its title's word (…の見直し
        # 結果一覧) names the table, as 「指定管理施設」 does.
        # (the column's word before its unit or sub-heading: 料金 of 「料金（円）現行」)
        heads = {_key(h) for c in t.columns for f in c.forms for h in (f, re.split(r"[(（]", f)[0]) if len(_key(h)) >= 2}
        if any(wn.startswith(h) and len(wn) - len(h) >= 2 and wn[len(h):] in _key(t.doc_title) for h in heads):
            continue
        # A compound the reading used in parts (財務課|以外) is used.
        at = qn.find(wn)
        if at >= 0 and at + len(wn) - 1 in covered:
            # 「見直し内容」: its end the column read (内容), its start the table's own word (事務事業見直し結果一覧)
            head = next((wn[:k] for k in range(2, len(wn))
                         if all(i in covered for i in range(at + k, at + len(wn)))), "")
            if len(head) >= 2 and head in context:
                continue
        if at >= 0 and at in covered:
            # 「令和6年度効果額」: its start the year read, its end the table's own word (…効果額一覧)
            k = next((k for k in range(len(wn) - 2, 0, -1) if all(i in covered for i in range(at, at + k))), 0)
            if k and wn[k:] in context:
                continue
        if "人" in units and any(wn in (_key(p), _key(p) + "数") for p in _PEOPLE_COUNTED) \
                and reading.aggregate in ("sum", "sum_cols", "avg", "max", "min", "row_gap") and reading.measure:
            continue  # 「1月から3月までの利用者数は合わせて」: what every number of a count of people is
        if "人" in units and _USED_BY_PEOPLE.fullmatch(wn) and at > 0 and covered & set(range(at - 4, at)):
            continue  # 「13万人以上使われた」: over counts of people, the verb says what they count
        if wn == "回答" and any(re.search(r"考え方|回答|対応", c.header) for c in t.columns) and reading.conds:
            continue  # 「…って回答した意見」: the city's reply, which the rows hold and the condition was on
        if wn in _DOING and at > 0 and qn[at - 1] == "を":
            continue  # 「見直しを行う」: the verb of the noun before it, which says what is done
        if len(wn) >= 2 and sum(c.base.endswith(wn) and c.base != wn for c in t.columns if c.numeric) >= 2:
            continue  # 「体育館の料金」 over 現行料金 | 改定後料金: the amount every such column is, its row shown whole
        month = re.fullmatch(r"(\d{1,2})月(?:の)?議会", wn)
        if month and re.search(month.group(1) + r"月(?:定例会|臨時会|議会)", _key(t.doc_title)):
            continue  # 「12月議会」 of 「…市議会 令和6年12月定例会」: the session called by its month
        at = qn.find(wn)
        honorific = re.fullmatch(r".+?(議員|委員|氏|さん|様)", wn)
        if honorific and at >= 0 and all(i in covered for i in range(at, at + len(wn) - len(honorific.group(1)))) \
                and any(honorific.group(1) in str(r["cells"].get(c.header) or "") for c in reading.conds
                        if c.header in {x.header for x in t.columns} for r in t.rows):
            continue  # 「大西議員」: the name read as a value (質問者 大西 恵子議員), its title of respect printed there too
        if wn in _USING and (any(re.search(r"料金|使用料|利用料", c.header) for c in t.columns if c.numeric) or (
                re.search(r"料金|使用料|利用料", t.caption + t.doc_title) and any(c.numeric and "円" in c.unit for c in t.columns))):
            continue  # 「大ホールを全日で借りると」 over a table of fees (or of 円 by 午前 │ 午後 under 「使用料」): using
            # the room is what the fee is for
        if wn in ("場合", "際") and at > 0 and qn[at - 1] in "るたい" and reading.conds:
            continue  # 「コンビニで取る場合の手数料」: the case is said by the clause before it, whose words are read
        if wn in _ADDING and reading.aggregate in ("sum", "sum_cols"):
            continue  # 「補助金を合わせると、予算の総額は」: the adding said again by its verb
        if wn in ("あたり", "当たり", "あたる", "当たる") and re.search(r"何\s*(?:%|パーセント|割)\s*に\s*(?:あた|当た)", qn):
            continue  # 「現有台数の何％にあたりますか」: the share asked, said with its verb
        if wn == "行" and reading.aggregate in ("sum", "ratio") and re.search(r"(?:合計|総計|計)の行", qn):
            continue  # 「計の行で見て」: the totals row, which the sums over the rows (the 計 row left out) are
        if _every_group(wn, t):
            continue  # 「4部すべての補助金」 over sheets under 総務部…産業振興部: every group the table holds
        verb = re.fullmatch(r"([一-龥])[ぁ-ん]{1,4}", wn)
        if verb and any(re.match(re.escape(verb.group(1)) + r"[一-龥]", _key(h)) for h in used):
            continue  # 「…に充てた事業の充当額」: the verb the column the reading used is named by (充てる, 充当額)

        if at >= 0 and all(i in covered or qn[i] in "のがはをにでと" for i in range(at, at + len(wn))):
            continue
        out.append(word)
    # A negation no condition took (「…が担当していない」) is never dropped silently.
    for written in _negations(question):
        wn = _key(written)
        at = qn.find(wn)
        if wn and at >= 0 and at + len(wn) - 1 not in covered and written not in out:  # (its ない untaken)
            out.append(written)
    # A grade said as a symbol or letter is a condition even though it is no noun (「進捗が◎の」).
    for m in re.finditer(r"[◎○〇△▲×✕●]|(?<![a-z0-9])[a-e](?![a-z0-9.\-])", qn):
        if m.start() not in covered:
            out.append(m.group(0).upper())
    # So is a dash said as a cell's value (「夜間が－の部屋」「効果額が「―」の」), read only by a condition on it.
    if not any(c.op == "dash" or isinstance(c.value, str) and _DASH_VALUE.fullmatch(c.value) for c in reading.conds):
        for m in _DASH_SAID_AS_VALUE.finditer(qn):
            if m.start() not in covered:
                out.append("「－」")
                break
    return out


@lru_cache(maxsize=256)
def _negations(question: str) -> tuple[str, ...]:
    """The negated predicates of a question, as written (「していない」)."""
    from assistant.query.grammar.canon import canonicalise

    return tuple(written for _, _, written in canonicalise(nfkc(question)).negations)


_DASHES = {"-", "–", "—", "―", "ー", "－", "‐"}


def _dash_beside_number(x, y) -> bool:
    """One of two years' cells printed 「―」 (nothing that year) and the other a figure."""
    cx, cy = nfkc(str(x or "")).strip(), nfkc(str(y or "")).strip()
    return (cx in _DASHES and _number(y) is not None) or (cy in _DASHES and _number(x) is not None)


def _names_year_row(t: Table, c: Cond) -> bool:
    """A condition naming a row of a table whose rows are years (年度 | 件数 | 額 …) by its year."""
    return c.op == "fy_eq" and not t.name and bool(t.columns) and t.columns[0].header == c.header \
        and t.columns[0].years_inside


def _group_codes(t: Table, rows: list[dict], g: str) -> dict[str, str]:
    """「改善指示の件数が一番多い施設」 over rows of 施設番号 │ 施設名 │ 指示内容: each group of the column counted by
    (施設名) is one record whose code another column prints the same on each of its rows (指-12), which keys
    the group as that record; {} unless one such column codes every group, each by a code of its own."""
    for c in t.columns:
        if c.header == g or c.numeric:
            continue
        codes: dict[str, set[str]] = {}
        for r in rows:
            v = str(r["cells"].get(g) or "")
            if v:
                codes.setdefault(v, set()).add(nfkc(str(r["cells"].get(c.header) or "")).strip())
        if codes and all(len(cs) == 1 and re.fullmatch(r"[^\s\d]{1,4}[-－]\d{1,4}", next(iter(cs)))
                         for cs in codes.values()) and len({next(iter(cs)) for cs in codes.values()}) == len(codes):
            return {v: next(iter(cs)) for v, cs in codes.items()}
    return {}


def _heading_key(qn: str, group: str) -> str:
    """The key of a group of rows the question asks for by the word its heading numbers it with: 「施策の数が一番多い
    基本方針」 over rows under 「基本方針2 再使用・再生利用の推進 (総合評価 …)」 → initiative:2 (a plan's heading, as
    tables of such headings are read, rows_are.py); else the group's own key."""
    from assistant.kinds.registry import row_kind_words

    text = nfkc(group).strip()
    for word, kind in row_kind_words():
        m = re.match(re.escape(word) + r"\s*(\d{1,3})(?!\d)", text)
        # (「基本方針のうち、…いちばん多いのはどれ」: the headings said as the whole the one asked is picked from)
        if m and re.search(re.escape(word) + r"(?:は|って|を|で|が|[?？]|$|どれ|のうち|の中で|別の|ごとの)", qn):
            return f"{kind}:{m.group(1)}"
    return f"group:{group}"

# 「何件増えた」「何人減った」: a counter then a change verb
_COUNTED_CHANGE = re.compile(r"何\s*(?P<u>件|人|台|回|個|校|か所|箇所)\s*(?:くらい|ぐらい|ほど)?\s*(?P<way>増え|増加し|伸び|減っ|減少し|減り)")


# 「評価が下がった」: the word of what changes, right before the verb of a grade's change
# (「評価が2段階以上上がった」「評価がR4よりR6で2段階以上よくなった」: the years and the steps said between the word
# and its verb)
_GRADE_CHANGED = re.compile(r"([一-龥]{2,6})(?:が|は)\s*(?:[^、。,？?]{0,16}?\d\s*(?:段階|ランク)(?:以上)?\s*)?"
                            r"(?:下が|上が|落ち|悪化|改善|悪くな|良くな|よくな)")


_GRADE_ASKED = re.compile(r"の([一-龥]{2,6})(?:は|って|を教えて|はどう)[^一-龥]*$")


def _graded_by_title(reading, qn: str) -> bool:
    """Whether the reading compares two columns named by their year only (R5 | R6) and the word said of what
    changes (評価) is in the table's title, caption or file name (…の評価結果): it names the grades the year columns
    hold."""
    t = reading.table
    headers = {c.header for c in t.columns}
    pairs = [c for c in reading.conds if c.op.startswith("change_") and c.header.count("|") == 1
             and all(h in headers and t.column(h).year is not None and not t.column(h).base for h in c.header.split("|"))
             # (figures by year, 令和4年度 │ 令和5年度 of amounts, hold no grade the word names, though the file's name says it)
             and not all(t.column(h).numeric for h in c.header.split("|"))]
    m = _GRADE_CHANGED.search(qn)
    if not pairs and reading.asked in headers and t.column(reading.asked).year is not None \
            and not t.column(reading.asked).base and not t.column(reading.asked).numeric:
        # 「施策4-3の令和5年度の評価は？」: the grade of the year's column asked by that word
        m = _GRADE_ASKED.search(qn)
        pairs = [reading.asked] if m else []
    return bool(pairs) and m is not None and any(m.group(1) in _key(str(w or "")) for w in (t.doc_title, t.caption, t.source))


def _counted_change_amount(db, read: str, got: tuple, before: TableContext | None) -> None:
    """「令和4年度から令和6年度で何件増えた？」 of a table whose figures are counted in that unit (（単位：件）, a
    column's unit), read as the number of rows that grew between the two years' columns: what is asked is the
    figure's change. Of the one row answered before, the change between the two columns is the answer; of other
    rows the count stands but is not given as certain (status partial)."""
    answer, context = got
    m = _COUNTED_CHANGE.search(nfkc(read))
    if m is None or context is None or answer.status != "exact" or answer.value is None \
            or not any(u.get("op") == "count" for u in answer.understood):
        return
    change = next((c for c in context.conds if c.op in ("change_up", "change_down") and "|" in c.header), None)
    if change is None:
        return
    t = context.table
    a, b = change.header.split("|", 1)
    if a not in {c.header for c in t.columns} or b not in {c.header for c in t.columns}:
        return
    from assistant.query.facts import _document_text
    row = db.execute("SELECT sha256 FROM documents WHERE source = ?", [t.source]).fetchone()
    printed = set(re.findall(r"単位[:：]\s*([^()（）\s、,※。]{1,3})", nfkc(_document_text(db, row[0]) if row else "")))
    unit = m.group("u")
    if unit not in printed and t.column(b).unit != unit:
        return
    from assistant.query.tables.cells import _number
    rows = list(before.rows) if before is not None and _same_table(before.table, t) and len(before.rows) == 1 else []
    if len(rows) == 1:
        na, nb = _number(rows[0]["cells"].get(a)), _number(rows[0]["cells"].get(b))
        if na is not None and nb is not None:
            value = nb - na
            value = int(value) if float(value).is_integer() else round(value, 2)
            name = nfkc(str(rows[0]["cells"].get(t.name) or "")).strip() if t.name else ""
            answer.value = value
            answer.count = 1
            answer.rows = [{"key": rows[0]["key"], "source": t.source, "line": rows[0]["line"], **rows[0]["cells"]}]
            answer.understood = [u for u in answer.understood if u.get("op") != "count" and u.get("field") != change.header] + [
                {"field": f"{a}|{b}", "op": "diff", "value": "up", "label": f"{name or '行'}の{a}→{b}の増減"}]
            answer.summary = (f"{name + 'の' if name else ''}{a} {rows[0]['cells'].get(a)}{unit} から {b} "
                              f"{rows[0]['cells'].get(b)}{unit} へ {value:+,}{unit} です（{t.doc_title}の表）。")
            return
    answer.status = "partial"
    answer.caveat = (f"「何{unit}{m.group('way')}た」を、{a}→{b}で{'増え' if change.op == 'change_up' else '減っ'}た行の数として"
                     f"数えました。表の数値そのものの増減ではありません。")


def _name_asked_of_one(read: str, got: tuple) -> None:
    """「R-07のリスク名は？」 of one row named by its number: the table's naming column (リスク名) said as what is
    asked, at the end of the question; its cell is the value answered (the row alone was shown)."""
    answer, context = got
    if context is None or answer.value is not None or len(answer.rows) != 1 or answer.status not in ("exact", "partial") \
            or answer.unused or any(u.get("op") in ("count", "sum", "avg", "max", "min", "value") for u in answer.understood):
        return
    t = context.table
    name = "".join(nfkc(str(t.name or "")).split())
    # (「…全く同じ団体は？」 of a table of municipalities: the words for a municipality ask its name too)
    from assistant.query.tables.place_rows import PLACE_ASKED, rows_are_places

    words = [name] + (list(PLACE_ASKED) if rows_are_places(t) else [])
    said = "".join(nfkc(read).split())
    if len(name) < 2 or not any(re.search(re.escape(w) + r"(?:は|って|を)?(?:何|なに|なん|どこ)?(?:ですか|でしょうか|か|教えて)?[?？。]?$",
                                          said) for w in words):
        return
    row = answer.rows[0]
    value = str(row.get(t.name) or row.get("title") or "").strip()
    if value:
        answer.value = value


def _number_said_whole(t, printed) -> str:
    """A row's number as its column's word says it whole: 「目標4」 under the column 基本目標 (a word other layouts
    call such records by) is 基本目標4, which the answer keys as that kind's 4; other numbers as printed."""
    from assistant.kinds.registry import row_kind_words

    header = "".join(nfkc(str(t.number or "")).split())
    text = "".join(nfkc(str(printed or "")).split())
    if header and header not in text and any(w == header for w, _ in row_kind_words()):
        for i in range(1, len(header) - 1):
            if re.fullmatch(re.escape(header[i:]) + r"\d{1,3}", text):
                return header + text[len(header) - i:]
    return printed


def _cond_forms(t, c) -> tuple:
    """The names a condition's column goes by (its header, its base, the forms users say), () where the
    condition is on no one column of the table."""
    try:
        col = t.column(c.header)
    except Exception:
        col = None
    if col is None and "|" in c.header:
        # (a change over a row's own years, span_changes.py: its columns are one series, named as its first is)
        try:
            col = t.column(c.header.split("|")[0])
        except Exception:
            return ()
    if col is None:
        return ()
    return (col.header, col.base, *col.forms)


def _summed_by_group(answer, t: Table, rows: list[dict], reading, understood: list, cond_text: str, what: str,
                     where: str, qn: str) -> None:
    """「R8の受講者数を基本方針ごとに合計すると、一番多いのは」: the figure column summed within each group of the
    grouping column (「－」 and blanks add nothing, and the rows without a figure are said), then every group's sum
    (group) or the group of the largest or smallest (top_max / top_min, ties all named)."""
    g, f = reading.measure, reading.summed
    sums: dict[str, float] = {}
    counted: dict[str, int] = {}
    blank = 0
    for r in rows:
        value = str(r["cells"].get(g) or "")
        if not value:
            continue
        n = _number(r["cells"].get(f))
        if n is None:
            blank += 1
            if reading.averaged:
                continue  # (a mean counts only the rows printing the figure)
        sums[value] = sums.get(value, 0) + (n or 0)
        counted[value] = counted.get(value, 0) + 1
    if reading.averaged:
        _averaged_by_group(answer, t, rows, reading, understood, cond_text, what, where, qn, sums, counted, blank)
        return
    listed = "、".join(f"{v} {_grouped(_plain_number(n))}" for v, n in sorted(sums.items(), key=lambda kv: -kv[1]))
    note = f"（{f}の記載がない{blank}行は0として足しました）" if blank else ""
    if not sums:
        answer.summary = f"{_before_noun(cond_text)}{what}に{g}と{f}の両方の値はありません{where}。"
        answer.status = "no_match"
        return
    if reading.aggregate == "group" and reading.group_order:
        # 「課ごとに合計して多い順に上位３課」: the groups' sums in the order said, the first N (as the means below)
        ranked = sorted(sums.items(), key=lambda kv: kv[1], reverse=reading.group_order == "desc")
        shown = ranked[:reading.limit] if reading.limit else ranked
        coded = _group_codes(t, rows, g)
        answer.rows = [{"key": f"table_row:{coded[v]}" if v in coded else f"group:{v}", "group": v, "sum": _plain_number(n)}
                       for v, n in shown]
        answer.columns = ["group", "sum"]
        answer.count = len(shown)
        way = "多い" if reading.group_order == "desc" else "少ない"
        head = f"上位{reading.limit}件" if reading.limit else "すべて"
        listed = "、".join(f"{v} {_grouped(_plain_number(n))}" for v, n in shown)
        answer.summary = (f"{_before_noun(cond_text)}{what}の{f}を{g}ごとに合計し、{way}順に並べました"
                          f"（{head}）{where}：{listed}。{note}")
        understood.append({"field": f, "op": "group_sum_order", "value": g,
                           "label": f"{g}ごとの{f}の合計の{way}順" + (f"、上位{reading.limit}件" if reading.limit else "")})
        return
    if reading.aggregate == "group":
        answer.rows = [{"key": f"group:{v}", "group": v, "sum": _plain_number(n)}
                       for v, n in sorted(sums.items(), key=lambda kv: -kv[1])]
        answer.columns = ["group", "sum"]
        answer.count = len(sums)
        answer.summary = f"{_before_noun(cond_text)}{what}の{f}を{g}ごとに合計すると{where}：{listed}。{note}"
        understood.append({"field": f, "op": "group_sum", "value": g, "label": f"{g}ごとの{f}の合計"})
        return
    best = (max if reading.aggregate == "top_max" else min)(sums.values())
    top = [v for v, n in sums.items() if n == best]
    coded = _group_codes(t, rows, g)
    answer.rows = [{"key": (f"table_row:{coded[v]}" if v in coded else _heading_key(qn, v)) if v in top
                    else f"group:{v}", "group": v, "sum": _plain_number(n)}
                   for v, n in sorted(sums.items(), key=lambda kv: -kv[1])]
    answer.columns = ["group", "sum"]
    answer.count = len(sums)
    answer.value = _plain_number(best) if reading.counted else "、".join(top)
    word = "最も多い" if reading.aggregate == "top_max" else "最も少ない"
    answer.summary = (f"{_before_noun(cond_text)}{what}の{f}を{g}ごとに合計すると、{word}{g}は "
                      f"{'・'.join(top)}（{_grouped(_plain_number(best))}）です{where}（{listed}）。{note}")
    understood.append({"field": f, "op": "group_sum_" + reading.aggregate, "value": g,
                       "label": f"{g}ごとの{f}の合計が{word}もの"})


_OPS_OF_MEANS = {"gt": lambda a, b: a > b, "ge": lambda a, b: a >= b, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b}


def _averaged_by_group(answer, t, rows, reading, understood, cond_text, what, where, qn, sums, counted, blank) -> None:
    """「部ごとに評価点を平均したら一番高いのは」: each group's mean of the figure over its rows printing it, listed
    (group) or the group of the highest or lowest mean (top_max / top_min, ties all named)."""
    g, f = reading.measure, reading.summed
    if not counted:
        answer.summary = f"{_before_noun(cond_text)}{what}に{g}と{f}の両方の値はありません{where}。"
        answer.status = "no_match"
        return
    means = {v: round(sums[v] / counted[v], 2) for v in counted}
    note = f"（{f}の記載がない{blank}行は除きました）" if blank else ""
    if reading.of_means:
        # 「平均満足度で40%を超えてる基本目標」: the groups whose mean passes the bounds, each as the record its heading
        # numbers where the question names that word (基本目標2 → initiative:2)
        kept = {v: n for v, n in means.items() if all(_OPS_OF_MEANS[c.op](n, c.value) for c in reading.of_means)}
        said = "、".join(c.label.replace(f, f"{g}ごとの{f}の平均", 1) for c in reading.of_means)
        answer.rows = [{"key": _heading_key(qn, v), "group": v, "mean": _plain_number(n)}
                       for v, n in sorted(kept.items(), key=lambda kv: -kv[1])]
        answer.count = len(kept)
        listed = "、".join(f"{v} {_grouped(_plain_number(n))}" for v, n in sorted(kept.items(), key=lambda kv: -kv[1]))
        answer.summary = (f"{_before_noun(cond_text)}{what}の{f}を{g}ごとに平均すると、{said}のは {len(kept)}件です{where}"
                          + (f"：{listed}。" if kept else "。") + note)
        if not kept:
            answer.status = "no_match"
        understood.append({"field": f, "op": "group_avg_bound", "value": g, "label": said})
        return
    listed = "、".join(f"{v} {_grouped(_plain_number(n))}" for v, n in sorted(means.items(), key=lambda kv: -kv[1]))
    note = f"（{f}の記載がない{blank}行は除きました）" if blank else ""
    answer.columns = ["group", "mean"]
    answer.count = len(means)
    if reading.aggregate == "group" and reading.group_order:
        # 「施設ごとに平均して高い順に上位３施設」: the groups in the order said, the first N, each as its code where one
        # column codes every group (施設番号 of 施設名)
        ranked = sorted(means.items(), key=lambda kv: kv[1], reverse=reading.group_order == "desc")
        shown = ranked[:reading.limit] if reading.limit else ranked
        coded = _group_codes(t, rows, g)
        answer.rows = [{"key": f"table_row:{coded[v]}" if v in coded else f"group:{v}", "group": v, "mean": _plain_number(n)}
                       for v, n in shown]
        answer.count = len(shown)
        way = "高い" if reading.group_order == "desc" else "低い"
        head = f"上位{reading.limit}件" if reading.limit else "すべて"
        listed = "、".join(f"{v} {_grouped(_plain_number(n))}" for v, n in shown)
        answer.summary = (f"{_before_noun(cond_text)}{what}の{f}を{g}ごとに平均し、{way}順に並べました"
                          f"（{head}）{where}：{listed}。{note}")
        understood.append({"field": f, "op": "group_avg_order", "value": g,
                           "label": f"{g}ごとの{f}の平均の{way}順" + (f"、上位{reading.limit}件" if reading.limit else "")})
        return
    if reading.aggregate == "group":
        answer.rows = [{"key": f"group:{v}", "group": v, "mean": _plain_number(n)}
                       for v, n in sorted(means.items(), key=lambda kv: -kv[1])]
        answer.summary = f"{_before_noun(cond_text)}{what}の{f}を{g}ごとに平均すると{where}：{listed}。{note}"
        understood.append({"field": f, "op": "group_avg", "value": g, "label": f"{g}ごとの{f}の平均"})
        return
    best = (max if reading.aggregate == "top_max" else min)(means.values())
    top = [v for v, n in means.items() if n == best]
    answer.rows = [{"key": _heading_key(qn, v) if v in top else f"group:{v}", "group": v, "mean": _plain_number(n)}
                   for v, n in sorted(means.items(), key=lambda kv: -kv[1])]
    answer.value = "、".join(top)
    word = "最も高い" if reading.aggregate == "top_max" else "最も低い"
    answer.summary = (f"{_before_noun(cond_text)}{what}の{f}を{g}ごとに平均すると、{word}{g}は "
                      f"{'・'.join(top)}（{_grouped(_plain_number(best))}）です{where}（{listed}）。{note}")
    understood.append({"field": f, "op": "group_avg_" + reading.aggregate, "value": g,
                       "label": f"{g}ごとの{f}の平均が{word}もの"})


def _whole_said_longer(whole_table, candidates, question: str) -> bool:
    """Whether a row of another candidate table is named by a word the question says that holds the whole's
    name and more (「全庁平均」 said, 全庁 the whole's name)."""
    from assistant.query.facts import _key
    form = next((r.get("whole") for r in whole_table.rows if r.get("whole")), "")
    qn = _key(question)
    for t in candidates:
        for row in [*t.rows, *getattr(t, "totals", [])]:
            for v in row["cells"].values():
                k = _key(str(v or ""))
                if form and len(k) > len(_key(form)) and _key(form) in k and k in qn:
                    return True
    return False


def _whole_compared(db, read: str, m, context, loose: bool, dedicated: bool):
    """「…が全庁平均を上回っている部局」: read with the whole's phrase as a number no table prints, the column its
    condition names is compared with that column's figure in the total row named (whole_compared.py). None when
    no one table reads it so, or the table has no such total row (the question then goes on as before)."""
    probe = _answer_from_tables(db, with_sentinel(read, m), context, loose, dedicated)
    if probe is None or probe[1] is None:
        return None
    bound = [u for u in probe[0].understood if u.get("value") == SENTINEL and u.get("op") in ("gt", "lt", "ge", "le")]
    if len(bound) != 1:
        return None
    figure = whole_figure(probe[1].table, m.group("w"), bound[0]["field"])
    if figure is None:
        return None
    number, printed = figure
    said = nfkc(read)
    value = f"{int(number)}" if float(number).is_integer() else f"{number}"
    got = _answer_from_tables(db, said[:m.start()] + value + said[m.end():], context, loose, dedicated)
    if got is None or got[1] is None or got[1].table is not probe[1].table:
        return None
    note = f"「{m.group(0)}」を表の{m.group('w')}の行の{bound[0]['field']}（{printed.strip()}）と読みました。"
    got[0].notes.insert(0, note)
    got[0].summary = note + got[0].summary
    return got
