"""A question read against one table: mentions (row names, values, column words, years, days, numbers
with a bound, negations, aggregate words) found in it and bound to columns in the order said."""
from __future__ import annotations

from assistant.query.tables.per_table import memo_of, per_table, printed_cells
from assistant.query.tables.span_changes import span_condition, spanned_series
from assistant.query.tables.change_pair import changed_pair
from assistant.query.tables.state_order import state_ranks
from assistant.query.tables.caption_measure import caption_measure
from assistant.query.tables.caption_words import caption_grouping_said, caption_says
from assistant.query.tables.count_counters import ONLY, count_column_said, own_counter, stem_counted
from assistant.query.parse import kanji_numbers
from assistant.query.tables.web_page_said import web_page_said
from assistant.query.tables.said_content import rows_by_content
from assistant.query.tables.head_and_kind import rows_by_head_and_kind
from assistant.query.tables.row_parts import rows_by_part
from assistant.query.tables.before_after import number_ranks, said_pair
from assistant.query.tables.change_date_said import change_date_forms
from assistant.query.tables.group_quantified import group_quantified
from assistant.query.tables.not_yet_words import not_yet_said
from assistant.query.tables.number_words import number_words
from assistant.query.tables.noted_meanings import read_noted_meaning
from assistant.query.tables.value_defined import restated_before
from assistant.query.tables.term_of_values import read_term_of_values
from assistant.query.tables.verb_counts import column_of_verb
from assistant.query.tables.share_count_pair import pair_asked
from assistant.query.tables.counter_of_column import counter_span, grouping_counted, names_end_in_counter
from assistant.query.tables.revision_amount import revision_summed
from assistant.query.tables.mark_notes import mark_said
from assistant.query.tables.whole_said import whole_said
from assistant.query.tables.which_of_ending import column_ending
from assistant.query.tables.status_year_pair import paired_year_said
from assistant.query.tables.noted_meanings import _text_of
from assistant.query.tables.title_line_measure import title_line_years as _title_line_years

import bisect
import os
import re
from pathlib import Path
from collections import Counter
from dataclasses import dataclass, field

from assistant.query.facts import (_COUNT_Q, _FUZZY_TITLE, _OFFICE_LABEL, _OFFICE_WORD, _grade_wordings, _key, _legend,
                                   _title_score)
from assistant.text.normalize import nfkc
from assistant.text.wareki import YearMention, era_year, find_years, fy_text
from assistant.query.tables.counted import read_counted_categories
from assistant.query.tables.all_rows_said import read_all_rows_said
from assistant.query.tables.cut_grown import read_cut_grown
from assistant.query.tables.member_shares import read_member_share
from assistant.query.tables.share_verb import read_share_by_deed
from assistant.query.tables.split_header_said import read_split_header
from assistant.query.tables.named_columns import (category_columns, one_kanji_said, read_planned_year, read_measure_named, read_never_done, read_not_begun,
                                                  read_per_person, read_when_built, read_when_verb)
from assistant.query.tables.legend_words import read_legend_words
from assistant.query.tables.year_of_dates import dated_column_of_year
from assistant.query.tables.diff_qualified import qualified_pair
from assistant.query.tables.month_bounds import month_bounds
from assistant.query.tables.cells import _SUM, _DATE, _EMPTY, _SHORT_VALUE, _cell_values, _date, month_of, _fy_span, _number, _report_years, _span_years
from assistant.query.tables.better_lower import better_lower_measure, defined_better_higher
from assistant.query.tables.combined_values import COMBINED_TOO, alone_said, joined_in_cells, used_verb
from assistant.query.tables.read import Column, Table, _NUMBERING_HEADER
from assistant.query.tables.readings import with_okurigana, find_by_reading, spelled_in_kana
from assistant.query.compiled import compiled
from assistant.query.tables.age_band_rows import age_band_rows, read_age_band_word
from assistant.query.tables.people_word import read_people_word
from assistant.query.tables.people_over_bound import read_bound_in_name
from assistant.query.tables.month_runs import label_of as month_label, read_month_bounds
from assistant.query.tables.per_row_mean import read_per_row_mean
from assistant.query.tables.year_against import year_as_column, year_first_as_column
from assistant.query.tables.span_edge_verbs import edge_after_header, span_edge


# The word of a serial number said (「意見No.が一番大きい」「番号の最大」): the numbering column asked as a number.
_NUMBER_SAID = compiled(r"No|NO|no|№|番号|ナンバー")
# A serial number column named with its word before it (意見No., 整理№)
_SERIAL_HEAD = compiled(r"(?:no\.?|№)$", re.I)
_NEGATION = compiled(r"^[」』]?(?:の(?:もの|事業|施策|項目|取組|案件|会議|施設)?)?(?:以外|でなかった|ではなかった|じゃなかった|でない|ではない|じゃない|でもない|ではな|じゃな|でな|を除(?:いた|いて|けば|く|き)?|除く|除いた)"
                       r"|^[」』]?(?:は|を)(?:除く|除いて|除き|含まない|含めない|含めず)"  # 「（やや遅れは除く）」
                       # 「廃止になったものは除いて」: the rows holding the value said left out
                       r"|^(?:に|と)(?:なった|なっている|なってる|された)(?:もの|の|分)?(?:は|を)(?:除く|除いて|除き|外して)"
                       # 「総務部が担当していない」: an office said not to be in charge
                       r"|^(?:が|の)(?:担当|所管|主管|管轄|受け持ち)(?:して|し)?(?:いない|ない|ていない|てない|でない|ではない|じゃない|していない)"
                       # 「楓村が入っていない」「参加していない」: not among the members a cell lists
                       r"|^[)）]?(?:が|は|も)?(?:参加|加入|加盟|連携|入って|はいって|入っ|はいっ|含まれ|加わって|加わっ)(?:して|し)?(?:いない|ない|ていない|てない|ず|ません|ていません)"
                       r"|^[」』]?(?:に|と)?(?:は|も)?(?:して|し|なって|なっ|され|して|でき|できて|進んで|進ま|進んで|なら|なれ)?(?:いない|ない|なかった|ていない|てない|ていません|ません)")


_AVG = compiled(r"平均|へいきん")
_WHEN = compiled(r"(?:のは|は|って|が)?\s*いつ(?:ごろ|頃)?(?:です|でした|だった|だっけ)?(?:か)?\s*[?？]?\s*$")
# 「令和7年になってから」「2025年に入ってから」「以降」: from the start of a calendar year on.
# 「10月以降」「9月まで」 right after a year: the month said, the bound after it
_MONTH_BOUND = compiled(r"(?P<month>\d{1,2})\s*月(?:\d{1,2}\s*日)?\s*(?:度)?(?P<bound>まで(?:に)?|以前|より前|以降|から|より後|以後|より先|に(?!入|な))")


def _month_bound_inside_year(qn: str, y) -> bool:
    """Whether a year said with a month (「令和6年10月」) is bounded inside its fiscal year: 「以降」 from a month
    other than April, 「まで」 to one other than March, or one month said (「12月に」). (「令和7年3月まで」 is the
    fiscal year's end, as said)"""
    said = _MONTH_BOUND.search(qn, y.start)
    if said is None or said.start() >= y.end or said.end() < y.end:
        return False
    month = int(said.group("month"))
    if said.group("bound") == "に":
        return True  # 「令和6年12月に指示された」: one month of the year, not the year
    opens = said.group("bound") in ("以降", "から", "より後", "以後", "より先")
    return month != (4 if opens else 3) or "日" in said.group(0) and not re.search(r"(?:1|31)\s*日", said.group(0))


_CY_SINCE = compiled(r"(?:に(?:なって|入って|はいって))?から(?!の|始|はじ)|以降|以後")
# (「令和6年以降に始まった」 over the one column of months a thing began in, 開始 令和6年1月: its verb too)
_HELD = compiled(r"(?:に|で)?(?:開かれ|開催され|開催し|開い|行われ|実施され|始まっ|始まる|始まり)[ぁ-ん]*")


# (「そのうち削減見込額が多いのは？」: which of them has the larger amount, asked without いちばん)
# (「延床面積が一番広い」: an area is large by 広い, a length or a period by 長い; 「いちばん多かった」 as said of a past count)
# (「いちばん多くの施設を所管している課」: the most of the rows said, held by one value)
# (「改定率のマイナス幅がいちばん大きい」: the largest fall of a signed figure is its lowest value, _MIN)
_MAX = compiled(r"(?<!ナス幅が)(?<!なす幅が)(?<!下げ幅が)(?<!下落幅が)(?<!減少幅が)(?:いちばん|一番|最も|もっとも)(?:大き|多|高|広|長)(?:い|かった|く(?=[一-龥ァ-ヶ])|くの(?=[一-龥ァ-ヶ])|くな(?:る|った|り(?:ます|そう)))|最大|最高|最多|最長|(?<=が)(?:大きい|多い|高い|広い)のは(?=\s*(?:どれ|どこ|何)?\s*[?？]?\s*$)"
                # 「大きいほうはどっち」「そのうち効果額が大きいほうは？」: of two rows, the larger
                r"|(?:大き|多|高|広|長)(?:い|かった)(?:ほう|方)(?=は?\s*(?:どっち|どちら|どれ|どこ)|は\s*[?？]?\s*$)")
# (「費用がいちばん安い」: an amount is small by 安い too; 「一番少なくなる」 of a projection: the smallest it becomes)
_MIN = compiled(r"(?:マイナス幅|まいなす幅|下げ幅|下落幅|減少幅)が(?:いちばん|一番|最も|もっとも)大き(?:い|かった)"
                r"|(?:いちばん|一番|最も|もっとも)(?:小さ|少な|低|狭|短|安)(?:い|かった|くな(?:る|った|り(?:ます|そう)))|最小|最低|最少|最短|最安|(?<=が)(?:小さい|少ない|低い|狭い|安い)のは(?=\s*(?:どれ|どこ|何)?\s*[?？]?\s*$)"
                r"|(?:小さ|少な|低|狭|短|安)(?:い|かった)(?:ほう|方)(?=は?\s*(?:どっち|どちら|どれ|どこ)|は\s*[?？]?\s*$)")


_SPLIT_MOST = compiled(r"(いちばん|一番|最も|もっとも)[一-龥ァ-ヶー]{1,8}(?:が|の)(?P<adj>(?:大き|多|高|広|長)(?:い|かった)"
                       r"|(?P<low>(?:小さ|少な|低|狭|短|安)(?:い|かった)))")


# 「どこの課」「どの部署」: the office is what is asked.
# (「いちばん多く出した課はどこ」: the office said alone, asked by どこ after it)
_WHICH_OFFICE = compiled(r"(?:どこ|どちら)の(部署|部局|課|部|局|室)|どの(部署|部局|課|部|局|室)"
                         r"|(?<![一-龥])(部署|部局|課|部|局|室)(?=(?:は|って)\s*(?:どこ|どちら))"
                         # 「指摘がいちばん多かった課は？」: the office is what the extreme ranks
                         r"|(?<=[いた])(部署|部局|課|部|局|室)(?=は|って|を|\s*[?？]|$)")


def _word_before_verb(qn: str, at: int) -> bool:
    """Whether Sudachi reads the kanji at `at` as a word by itself with a verb (or a verbal noun) next:
    「夜使う」「夜利用する」, never a kanji opening a compound (「室長」)."""
    from assistant.text.tokenize import morphemes

    ms = morphemes(qn)
    for i, m in enumerate(ms[:-1]):
        if m.begin() == at:
            nxt = ms[i + 1].part_of_speech()
            return m.end() == at + 1 and m.part_of_speech()[0] == "名詞" and (nxt[0] == "動詞" or nxt[2] == "サ変可能")
    return False


def _row_word_asked(t: Table, header: str, form: str, qn: str, start: int, end: int) -> bool:
    """A column said only by the first part of its name (施設 of 施設の維持管理), after a clause (…の, …い,
    …た) and before 「はどこ」「はどれ」: the question asks which row, by the rows' word."""
    base = t.column(header).base
    return base.startswith(form + "の") and len(form) <= 3 \
        and re.search(r"(?:の|い|た)$", qn[:start]) is not None \
        and re.match(r"(?:は|って)\s*(?:どこ|どれ|何|なに)", qn[end:]) is not None


# (「終わりがいちばん先」: of days, the latest; 「いちばん先に」 is no such word)
_EARLIEST = compiled(r"(?:いちばん|一番|最も|もっとも)(早|遅|古|新し|最近|先(?!に))[いくかっ]*")


# (asked as the share itself: 「…の割合は？」; 「割合はどこまで増えた」 is a value in the text)
_RATIO = compiled(r"(?:割合|比率)(?=(?:は|を|って)?(?:[？?]|$|何|どのくらい|どれくらい|いくつ|教え))|何割|なんわり|何パーセント|何ぱーせんと|何%|何％")


# 「いくら差がある」「差額は？」「どれくらい違う」: how far apart two values are.
_GAP = compiled(r"(?:(?:で|の間で|の間に|では|の|は|に)?\s*(?:いくら|いくつ|どれ(?:くらい|ぐらい|だけ|ほど)|どのくらい|何円|何千円|何百万円|何)?\s*(?:の)?"
                  r"(?:差|差額|違い|違う|ちがう|開き)(?:が|は)?(?:ある|あります|あった|出|つい|なの|です)?[ぁ-ん]*"
                  r"|の?(?:差|差額)(?:は|って|を)(?:いくら|どれ(?:くらい|ぐらい|だけ)|何)?)")
# 「空欄は除いて」「（空欄のは除いて）」「記載のないものを除く」: the blank cells left out of what is added up.
# (「改善手法って「なし」を除くと」: the word a column prints for no value, quoted, is its blank cells)
_BLANKS_LEFT_OUT = compiled(r"[(（]?\s*(?:空欄|空白|未記入|未記載|値のない|(?:記載|記入)(?:が|の)?ない|[「『](?:なし|無し|－|―|-)[」』])(?:の?(?:もの|行|取組)|の)?(?:は|を|分は|分を)?\s*"
                              r"(?:除いて|除く|除き|のぞいて|除外して|除外|抜いて|抜き|外して|含めず|含めないで|含まず|含まないで)\s*[)）]?")
_MONTHS_SAID = compiled(r"(?P<y>(?:令和|平成|r|h)\s*(?:\d{1,2}|元)\s*年|(?:19|20)\d{2}\s*年)?\s*(?P<a>1[0-2]|[1-9])月"
                          r"\s*(?:から|~|〜|ー|－)\s*(?:(?:令和|平成|r|h)\s*(?:\d{1,2}|元)\s*年|(?:19|20)\d{2}\s*年)?\s*"
                          r"(?P<b>1[0-2]|[1-9])月\s*(?:まで|の間)?(?:の|で|に)?"
                          # (「1月から3月までの3か月間で」: the months counted again)
                          r"(?:\s*\d{1,2}\s*(?:か|ヶ|カ|ケ|箇)月間?(?:の|で|に)?)?")
# 「毎月80件以上」「4月から3月まで毎月」「どの月も」: a bound every month's column must meet.
_EVERY_MONTH = compiled(r"(?:(?:1[0-2]|[1-9])月\s*から\s*(?:1[0-2]|[1-9])月\s*まで(?:の)?\s*)?"
                        r"(?:毎月|どの月も|全ての月で|すべての月で|各月とも|どの月でも)\s*(?P<n>\d[\d,]*)\s*(?P<unit>人|件|回)?\s*"
                        r"(?P<op>以上|超|を超え|以下|未満|を下回)")
_MONTH_OF_NUMBER = compiled(r"(?:(?:利用者|来館者|入館者|入場者|来場者|参加者)(?:数)?(?:が)?)?\s*(?P<n>\d[\d,]*)\s*(?P<unit>人|件|回)"
                              r"(?:だった|の)月(?:が|の)?(?:ある|あった)?")
def _run_printed(t, qn: str, n: int) -> bool:
    """Whether the table prints a run of n years to read 「２年連続で×」 on: a series of n year columns or more (one
    header word), of marks where a mark is said. 達成状況（令和6年度） alone beside figures by year is no run: the
    words are left unread, never read as that one year's mark (another table grading both years reads them)."""
    marks = bool(re.search(r"[◎○〇△×✕●]|(?<![A-Za-z])[A-ES](?![A-Za-z])", nfkc(qn)))
    series: dict[str, int] = {}
    for c in t.columns:
        if c.year is not None and not (marks and c.numeric):
            series[c.base] = series.get(c.base, 0) + 1
    return max(series.values(), default=0) >= n


# A policy's word (継続, 廃止) and the everyday verb staff say it with (続ける, やめる): the verb's stems.
_NATIVE_VERBS = {"継続": ("続ける", "続けて", "続けた", "続け", "続く", "続い"),
                 "廃止": ("やめる", "やめて", "やめた", "やめ", "なくす", "なくし"),
                 "休止": ("休む", "休ん"), "縮小": ("減らす", "減らし", "小さくする")}
# (「2回連続で下がった」: a survey's rounds, one column each, run as years do)
_RUN = compiled(r"([2-9２-９]|二|三)(?:年|回)(?:連続|続けて|つづけて)|連続して"
                # (「両年度とも◎」「2年とも△以下」 over two years' grades: each of the two)
                r"|(?:両年度|両年|(?P<two>[2２]|二)年(?:度)?)\s*(?:とも|共)(?:に)?(?=\s*[^\s、,のにで])"
                # (「3年とも○以上」: every year of a series of that many years; read only where one is, below)
                r"|(?P<all>[3-9３-９]|三|四|五)年(?:度|間)?\s*(?:とも|共)(?:に)?(?=\s*[^\s、,のにで])")


# 「令和8年度までに」「2027年度以前」: a fiscal year with a bound.
# 「…日で期間が終わる」「…日に満了する」: a day said as the end of a span (its column's word between).
# 「令和3年4月1日から始まっていない」「…に開始した」: the first day of a span, said as the day it begins.
_DAY_BEGINS = compiled(r"^(?:から|に)[、,]?(?:始ま|開始|スタート)(?:(?P<neg>っていない|ってない|らない|らなかった|していない|してない|しない|しなかった)|った|っている|ってる|した|している|してる|る|する)?")
_DAY_ENDS = compiled(r"^(?:で|に|までで)[、,]?(?:[一-龥ァ-ヶー]{1,6}(?:が|は))?(?:終わ|終了|満了|切れ)")
# 「期間が5年間の」「3年以上の」: the length of a span of days or years, in years.
# 「複数年度にまたがる」「複数年にわたる」「2年度以上にまたがる」: a period over more than one year
# (「複数年度にまたがって実施する」: the te-form going on to the verb of the span's column)
_SEVERAL_YEARS = compiled(r"(?:複数|(?P<n>\d{1,2})\s*(?:か|カ|ヶ|ケ)?)(?:の)?(?:年度|年)(?:以上)?(?:に|を)?\s*"
                          r"(?:またが|跨が|跨|わた|渡)(?:る|った|っている|ってる|って|り)")
_SPAN_LENGTH = compiled(r"(\d{1,2})\s*(?:年間|か年|カ年|ヶ年|年)(?=(?:の|で|に|だ|以上|以下|未満|より|を超)(?!合計|合わせ|あわせ))")
_YEAR_BOUND = compiled(r"^(?:度)?(?:末|中|内)?(?:まで(?:に)?|以前|より前|以降|から|より後|以後|より先)")
# 「基準値から何人増えた」「基準値と比べてどれだけ減った」: how much a figure changed from the base figure, asked
_FROM_BASE_ASKED = compiled(r"^(?:から|より|と比べ(?:て|ると)?|に比べ(?:て|ると)?|比で?)\s*"
                            r"(?:何|なん|どれ(?:だけ|くらい|ぐらい|ほど)|どの(?:くらい|ぐらい|程度)|いくつ|いくら)")
# 「令和6年度～令和9年度に」: from the first year (the second is read with its own まで or none).
_YEAR_TO = compiled(r"^\s*[~〜](?=\s*(?:令和|平成|[RHrh]|\d))")  # (the question is read in lower case: r7)
# 「新たに追加された」「新しく加わった」「新規に設けた」: rows the previous edition did not have.
_NEWLY = compiled(r"(?:新た|新規|新しく)に?(?:追加|加わ|加え|設け|設定|掲げ|盛り込|入|登場)[ぁ-ん]*")
_NEW_SAID = compiled(r"(?:新た|新しく)に?(?:[一-龥]{2}(?:された|されている|されてる|され|した|している|する)|加わ(?:った|る)|出てきた)"
                     r"|新規(?:の|に|で)?")
# (年 only before a bound: 「築40年以上」 is an age; 「40年」 alone may be part of a date)
# (「30分以上」: minutes of a waiting time; never the minutes of a clock, 「10時30分」)
# (a unit said in words, as the table prints it: 平米 m2, 平方キロ km2 — katakana read as hiragana)
_UNIT_SPELLED = {"平方メートル": "m2", "平米": "m2", "平方キロメートル": "km2", "平方キロ": "km2",
                 "平方きろめーとる": "km2", "平方きろ": "km2"}
_NUMBER_IN_Q = compiled(r"(?<!時)(\d[\d,]*(?:\.\d+)?)(万千円|千万円|千円|百万円|万円|億円|円|%|割(?![合引増減])|件|万人|千人|人|台|か所|箇所|m2|平方メートル|平米|km2|平方キロメートル|平方キロ|平方きろめーとる|平方きろ"
                          r"|分(?!の)|時間"
                          r"|年(?=以上|以下|未満|超|を超え|をこえ))?")


# (「1万人に届いていない」「目標の50%に達した」: reaching a number is at least it; the verb's negation, below,
# turns it to less than it)
# (「50%超えてる」: the verb said without its を, as staff speak; before 超 so its ending is read as the verb's)
_NUMBER_BOUND = compiled(r"^(?:以上|以下|未満|超え|こえ|超|を超え|をこえ|を上回|を下回|より(?:多|大|上|高)|より(?:少|小|下|低)|"
                           r"に(?:届い|届か|届|達し|達さ|達|満た)|から|~|〜|ー)")


# The rows themselves (「取組は」「もの」): words that name what is counted or listed, not a condition.
_DASHES = {"-", "ー", "―", "—", "–"}


# 「公共施設の再編について」: an agenda item's subject before the words that make it one.
_TOPIC_ENDS = ("について", "に関して", "に係る件", "の件")
_TOPIC_END = compiled("(?:" + "|".join(_TOPIC_ENDS) + ")$")
_NAME_NOTE = compiled(r"(?:\s*[(（][^()（）]{1,20}[)）])+\s*$")  # (「社会増減数(転入-転出)(人)」: each note after the name)
# (「Sのとこはどこ」「RPAのやつ」: ところ (spoken とこ) and やつ are the rows too, as もの is)
# (「VFMが5%以上の案件」: 案件, the matters a list of projects under study holds)
_GROUPED_HEAD = re.compile(r"[(（][^()（）]*数[)）].*$")  # 「評決(人数)廃止」 → 評決
_KANJI_COMPOUND = compiled(r"[一-龥]{4,}")
_ROW_WORDS = ("取組項目", "取組", "取り組み", "項目", "事業", "施策", "実施項目", "案件", "もの", "ところ", "やつ", "の")


# 「区分の数を多い順に」: an order of how many things are counted (「Xの数」 right before it; 「蔵書数が多い順」 names a
# column of its own and is read as that column)
_COUNT_ORDERED = re.compile(r"の数\s*(?:を|が|の|で)?\s*(?:多い|少ない|大きい|小さい)順")


@dataclass
class Cond:
    header: str
    op: str  # eq ne ge gt le lt between fy_le fy_ge fy_eq fy_lt fy_gt numbers run
    value: object
    label: str
    # 「実績が目標の8割に届かなかった」: the second column's figure times this is what the first is compared with
    factor: float = 1.0


@dataclass
class _Mention:
    start: int
    end: int
    kind: str  # year row number col value cmp neg
    data: object = None


# Reaching a target (届く, 達する, 満たす), as against being more or less: a row whose number is better
# lower (its note says so: 「少ないほど良い指標」) reaches its target from above.
_REACHED = compiled(r"届|達し|満た|達成")
# (「目標を達成できなかった」「計画を達成した」: reaching it, as 届く)
# (「定員をオーバーしてる」: over it, as 超えて; the question is read in hiragana: おーばー)
_COMPARED = compiled(r"^(?:を|より|に)(?:上回|超え|超|おーばー|下回|多|少な|大き|小さ|高|低|達し|満た|届|増|減|達成)[ぁ-ん]*"
                     # 「一次評価より下の区分になった」「…より悪い」: of grades, below or above the other's
                     r"|^より(?:下|上|悪|良|よ)(?=[ぁ-ん]|の|に|だ|で|[?？、]|$)(?:[ぁ-ん]*?(?:の(?:区分|評価|ランク|段階))?(?:に|と)?(?:なっ|なる|され|さ)[ぁ-ん]*)?"
                     # 「実績が計画以上だった」「実績が計画未満の」: the bound said after the other column
                     # (「目標額の9割以上に達している」: the bound, then the verb of reaching it)
                     # (「通常学級の半分以上ある学校」: the bound, then ある of the figure having so much)
                     # (「男性が女性の2倍以上いる年齢層」: いる of people, as ある)
                     r"|^(?:以上|以下|未満)(?:に\s*(?:達し|届い|到達し)[ぁ-ん]*|(?:ある|あります|あった|いる|います|いた)(?=[一-龥ァ-ヶ]|の|[?？、]|$)|(?=だ|で|の|と|に|[?？、]|$))")
# 「目標の8割に届かない」「計画の90％未満」: a share of the other column's figure said before the verb.
# (「目標値が現状値の5倍以上」: a multiple of the other's figure, as a share of it over 100%)
# (「削減見込が年間業務量の半分以上」: half of it, as 5割)
_SHARE_OF = compiled(r"^の\s*(?:(?P<n>\d+(?:\.\d+)?)\s*(?P<u>割|%|％|パーセント|倍)|(?P<half>半分|半数))(?=に|を|より|以上|未満)")
_NOT_REACHED = r"届かな|届いてい?な|達してい?な|達しな|満たな|達成(?:でき|し|され)?(?:てい?)?な|達成(?:でき)?ず"
# 「自己評価と委員会評価が異なる」「…が一致している」: two columns of a row alike or not.
_ALIKE = compiled(r"^(?:が|は|で)?(?:(?P<ne>異な|違|ちが|食い違|一致しな|一致してい?な|一致せず)|(?P<eq>同じ|おなじ|一致))[ぁ-ん]*")


def _each_row_its_own_number(t: Table, header: str) -> bool:
    """Whether the column is the table's numbering, a number of its own on every row (方針 1 … 4 beside 名称):
    「方針別の令和4年度の評価」 lists each row's, as 「部ごとの取組数」 of a table of a row per 部 does."""
    if not t.number or header != t.number:
        return False
    numbers = [_key(str(r["cells"].get(header) or "")) for r in t.rows]
    return len(numbers) >= 2 and all(numbers) and len(set(numbers)) == len(numbers)


# A particle (or the question's end) right after the word a column is said with.
_PARTICLE_NEXT = compiled(r"(?:が|の|は|を|に|と|も|で|より|[、,?？。\s]|$)")


def _relative_bound(unit: str, pair) -> bool:
    """Whether a bound on a change said in % is a share of the first figure (「15%以上減った」 of tonnes), its columns
    holding no percentages of their own (a rate's change in % is in points, bounded as printed)."""
    return unit in ("%", "％") and not any("%" in nfkc(c.unit or "") or _key(c.base or "").endswith("率") for c in pair)


def _title_word_after_column(t, qn: str, mentions: list, free, take) -> None:
    """「資源ごみが不燃ごみの5倍以上」 over a table titled 地区別ごみ排出量 whose columns are 資源 and 不燃 (its 種別 rows
    folded into columns): the word said after a column's word that the title gives as what every figure is of
    (ごみ) belongs to that column's mention (in place), so what follows it (が, の5倍) is read right after it."""
    title = _key(nfkc(t.doc_title or ""))
    for m in mentions:
        if m.kind != "col" or not t.column(m.data).numeric:
            continue
        for size in (4, 3, 2):
            tail = qn[m.end:m.end + size]
            if re.fullmatch(r"[ぁ-ゖ一-龥ァ-ヶー]+", tail) and tail in title and free(m.end, m.end + size) \
                    and _PARTICLE_NEXT.match(qn, m.end + size):
                take(m.end, m.end + size, "filler")
                m.end += size
                break


def _each_row_averaged(t, qn: str, mention, by: re.Match, mentions) -> bool:
    """「区分ごとの改定率を平均すると」: a figure column said right after 「Xごとの」 and averaged, where X names each row
    (within the groups its table prints, 施設番号 | 施設名 over their rows): each X has one figure, and their mean
    is the mean over the rows, not a count by X."""
    if not by.group(0).endswith("の"):
        return False
    rest = qn[mention.end + by.end():]
    figure = next((m for m in mentions if m.kind == "col" and m.start == mention.end + by.end()
                   and t.column(m.data).numeric), None)
    if figure is None or not re.match(r"(?:を|の)\s*(?:単純)?平均", qn[figure.end:]):
        return False
    return bool(rest) and _names_rows_in_groups(t, mention.data)


def _names_rows_in_groups(t, header: str) -> bool:
    """Whether a column names each row within the groups the columns before it print (施設番号 | 施設名 | 区分: each
    区分 of a 施設 is one row, though 和室 is a 区分 of two 施設): every row has its own (group, value)."""
    headers = [c.header for c in t.columns]
    if header not in headers or t.column(header).numeric:
        return False
    values = {h: [str(r["cells"].get(h) or "") for r in t.rows] for h in headers[:headers.index(header)]}
    groups = [h for h, vs in values.items() if not t.column(h).numeric and len(set(vs)) < len([v for v in vs if v])]
    if not groups:
        return False
    seen = set()
    for r in t.rows:
        key = (tuple(str(r["cells"].get(h) or "") for h in groups), str(r["cells"].get(header) or ""))
        if not key[1] or key in seen:
            return False
        seen.add(key)
    return True


# (「所管課ごとに数えると」: counting by it, the same groups)
_GROUPED = compiled(r"^(?:ごと|別|毎)(?:に数え(?:ると|たら|て|た)|の|に|で)?|^の(?:内訳|分布)")


# (「建築年度の古い順」「新しい順」: a column of years or days ordered, the oldest first)
# (「待ち時間が長い順」「面積が広い順」: a period or a length is ordered by 長い/短い, an area by 広い/狭い)
_ORDER = compiled(r"(?:大きい|多い|高い|長い|広い|小さい|少ない|低い|短い|狭い|古い|新しい|早い|遅い)(?:もの|ものから|ほう|方)?(?:の)?順|降順|昇順")
# 「古い順」「新しいものから順」「昇順」: an order said in words a column of years or days can be ordered by.
_ORDER_OF_TIME = compiled(r"(?:古い|新しい|早い|遅い)(?:もの|ものから|ほう|方)?(?:の)?順|降順|昇順")
# 「上位3つ」「トップ5」「大きい順に3件」: the first rows of an order.
_TOP_N = compiled(r"(?:上位|下位|とっぷ|べすと|わーすと)\s*(\d+|[一二三四五六七八九十])(?:つ|件|位|個|項目)?"
                    r"|(?<=順)に?\s*(\d+|[一二三四五六七八九十])(?:つ|件|個|項目)"
                    # 「延床面積の大きい施設を上から3つ」: the first rows counted from the top of the order said before
                    r"|(?:上|下)から\s*(\d+|[一二三四五六七八九十])(?:つ|件|個|項目)"
                    # 「改定案が高い手数料を2つ、高い順に」: the count said first, the order after it
                    r"|(\d+|[一二三四五六七八九十])(?:つ|件|個|項目)(?=[、,]?\s*(?:大きい|多い|高い|小さい|少ない|低い)(?:もの|ほう|方)?(?:の)?順)")
_TOP_SAID = compiled(r"(?P<up>大きい|多い|高い|広い|長い)|(?P<down>小さい|少ない|低い|狭い|短い)")
# (「効果額の表について」「効果額の推移を見せて」: the table itself asked for, its rows listed)
# (「安曇野市の個別施設計画を見せてください」: the document named, shown: its rows)
_LISTING = compiled(r"一覧|全部|すべて|全て|リスト|全件|(?<=の)表(?=[をにがはっ]|について|$|[?？])|推移(?=を|は|について|って|$|[?？])"
                      r"|(?<=[画書表録])を(?:見せて|出して|表示して)(?:ください|下さい|ほしい)?(?=\s*[?？。]?\s*$)")


# 「減額がいちばん大きい」「増額が最も多い」: the largest cut or rise of a column of signed amounts.
_CUT_MOST = compiled(r"(?P<way>減額幅|減少幅|減額|削減額|減少額|減った額|増額幅|増加幅|増額|増加額|増えた額)(?:が|の)?\s*"
                     r"(?:いちばん|一番|最も|もっとも)(?:大き|多)(?:い|く|かった)?")
# 「監査の指摘事項を見たい」「措置状況を見せて」: a word of the document's title asked to be shown.
_SHOW_TITLED = compiled(r"([一-龥ァ-ヶー]{2,})を(?:見せて|見たい|みたい|出して|表示して)(?:ください|下さい|ほしい|です)?(?=\s*[?？。]?\s*$)")
_ERA = compiled(r"(昭和|平成|令和)(?![\d元])(?:の)?(?:時代|うち|間|頃|ころ)?(?:に入って(?:から)?|になって(?:から)?(?=[^ぁ-ん]))?(?P<bound>以降|以後|以前|より前|より後)?")
# 「昭和に建てられた」「平成に建設された」: the year a building went up.
# (「1990年以降に建った」: 建つ, the building itself the subject, as 建てられた)
_BUILT = compiled(r"(?:に|の間に|のうちに)?(?:建てられ|建て|建っ|建設され|建築され|竣工し|完成し)[ぁ-ん]*")
_ERAS = {"昭和": (1926, 1988), "平成": (1989, 2018), "令和": (2019, 2118)}
_DECADE = compiled(r"(?:(?P<era>昭和|平成|令和)(?P<n>[1-9]0)|(?P<y>1[89][0-9]0|20[0-9]0))年代")
# (「令和6年度末で切れる」: a period running out at the year's end is its end too)
_ENDED = compiled(r"(?:末)?(?:に|で)?(?:取組が|取組を|事業が|事業を)?(?:終了|完了|終わ|終え|廃止|満了|切れ|期限切れ)[ぁ-ん]*")
_DONE = compiled(r"(?:が|を)?(終了|完了)(?P<neg>して(?:い)?ない|していません|しておらず|せず|しない|しなかった|されなかった|されて(?:い)?ない)?"
                 r"(?:した|している|済み|済)?")
# 「計画期間中に完了しなかった」: the plan's whole span, which the column of the month it was done covers (no year of its own)
_WHOLE_SPAN_BEFORE = compiled(r"(?:計画期間|対象期間|期間)(?:中|内|の間|を通じて)(?:に|で|は)?$")
# 「実績額の計は？」: 計 after の and before a particle is the sum asked (a 計 row's word), not 計画 or 集計.
# 「全部でいくら」「合わせていくら」: an amount asked of all the rows is their sum.
# 「利用者の総数は？」: 総数 after の asks the rows' numbers added up (a column named 総数 is said bare).
# 「歳出削減の単年度効果額の小計は？」: a group's subtotal is the sum of the rows the group's value picks.
# 「R6合計額は」: 額 of the sum is the sum still (「全団体合計で」: its rows said as all of them, read where it is taken)
_MEAN_BY_GROUP = compiled(r"平均(?:したら|すると|した|して|値|点)?")
# 「基本目標別の平均満足度で」「部ごとの平均点が」: the groups' mean named as a measure, what a bound said after it is of
_MEAN_MEASURE_SAID = compiled(r"(?:別|ごと)の平均[一-龥ァ-ヶー]{1,8}(?:で|が|は)")
# 「…は合計で何時間」「合計すると」: 合計 said as the sum asked, not naming a column
_SUM_SAID_ALONE = compiled(r"(?:で|は|って|すると|したら|だと)")
_SUM_ASKED = compiled(r"合計(?:額|金額)|" + _SUM.pattern + r"|(?<=の)小?計(?=は|を|が|も|って|[?？]|$)|(?<=の)総数(?=は|を|って|[?？]|$)"
                        r"|(?:全部で|全体で|すべてで|全てで|合わせて|あわせて|(?:を)?(?:合わせる|あわせる|足す)と)(?=いくら|何円|何千円|何百万円|何億円)"
                        # 「…の年額を合わせると？」: nothing asked after it, the amounts added up are
                        r"|を(?:全部|すべて|全て)?(?:合わせる|あわせる|足す)と(?=\s*[?？]?\s*$)")
_EDITION_SAID = compiled(r"度?(?:の)?(?:版|報告書|取組状況報告書|進捗状況一覧|実績報告)(?:で|では|の|に|について|から)|度?実績(?:で|では|の(?=[^、。？?]{0,12}(?:一覧|報告書|資料|表)(?:で|では|に|には|の)))")
# (「R8に着手する」: setting to work is beginning it)
_BEGAN = compiled(r"(?:に|で)?(?:取組が|取組を|事業が|事業を)?(?:始まっ|始まる|始まり|始め|始ま|開始|スタート|着手)[ぁ-ん]*")


# 「決まっていない」「設定されていない」 said of a column (_PRESENCE), and a cell printing that it is not decided yet.
_NOT_DECIDED = compiled(r"(?:決ま|定ま)って(?:い)?ない|(?:設定|規定)されて(?:い)?ない|(?:定め|設け)(?:られて|て)(?:い)?ない|未設定")
_UNDECIDED_CELL = compiled(r"未定|検討中|調整中")
# 「効果額が「―」になっている」「「－」の」: a dash said in quotes after a column, the cells printing one.
# (「夜間が－の部屋」: a dash typed bare is the same, when a particle or the question's end follows it, so that
# a dash inside a code or range (「1-2」) is never read as one; 「夜間の料金が－」: the column's cells said by the
# word for what they hold, an amount or a fee, before the dash)
_DASH_SAID = compiled(r"^(?:の(?:(?:利用|使用)?料金|(?:利用|使用)料|金額|額|値段|価格|欄))?(?:が|は|の|に|で)?(?:[「『\"][-‐‑–—―−－ーｰ─━][」』\"]|(?<=[がはで])[-‐‑–—―−－ｰ─━](?=に|と|の|で|だ|です|な|[?？、,。\s]|$))"
                      r"(?:に|と)?(?:なって(?:いる|る|い)|なった|ある|の|で|だ|です)?")
# 「効果額が出ている」「実績が空欄」: whether a cell is written at all (a dash or なし is not).
# (「予算がつかない」: an amount not given, its cell blank or a dash)
# (「効果額が算定されていない」「効果額は、算定されているものだけで」: an amount not worked out is no amount)
# (「予算がもう計上されていない」「まだ記載がない」: an adverb of time before the verb says no more)
# (「人数の実績がある」: a figure recorded in the column said, 実績 its being done, no column of its own)
# (「補助金を出している」「貸付金を受けている」: an amount given or received, of amount columns only)
# 「激変緩和の対象になった区分」「激変緩和が適用された室」 of a column printing one mark (○) or nothing: the rows
# marked (a mark's column says whether a measure applies to the row, so being its 対象 is the mark being there)
_MARK_APPLIED = compiled(r"^(?:の|が|は)?(?:(?:対象|適用)(?:に|と)な(?:った|って(?:いる|る))|適用(?:され|を受け)(?:た|て(?:いる|る))|対象の)"
                         r"(?P<empty>(?!))?(?P<nonzero>(?!))?(?P<given>(?!))?")


def _category_of_said(t, said: str) -> bool:
    """Whether the name column is the category of the thing said (施設分類 of 施設, 事業区分 of 事業), not the thing."""
    return bool(re.fullmatch(re.escape(_key(said)) + r"(?:分類|区分|種別|類型)", _key(t.name or "")))


def _one_mark(t, header: str) -> bool:
    """A column whose filled cells all print the same one mark (○ or ●), blank elsewhere."""
    values = {nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows}
    marks = values - {""}
    return "" in values and len(marks) == 1 and len(next(iter(marks))) == 1 and not next(iter(marks)).isalnum()


# 「表彰された提案」「表彰されていない」 over a column 表彰 printing what each row got (最優秀賞, 奨励賞) or nothing: the
# column's own word is the doing, said as its passive; done is a cell written, not done a blank one.
_OWN_DOING = compiled(r"^(?:(?P<empty>され(?:て(?:い)?ない|てなかった|なかった|ず)|を受けて(?:い)?ない)|され(?:た|て(?:いる|る))|を受けた|を受けて(?:いる|る))"
                      r"(?P<nonzero>(?!))?(?P<given>(?!))?")


def _named_by_its_doing(t, header: str, said: str) -> bool:
    """A column headed by one verbal noun of two to four kanji (表彰, 受賞), said whole, whose cells are words
    where written and blank or a dash elsewhere: the rows done are those its cells name."""
    head = nfkc(header).replace(" ", "").replace("\u3000", "")
    if not re.fullmatch(r"[一-龥]{2,4}", head) or nfkc(said).replace(" ", "") != head or t.column(header).numeric:
        return False
    values = {nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows}
    written = {v for v in values if v and not re.fullmatch(r"[-‐‑–—―−－ーｰ]", v)}
    return bool(written) and written != values and all(re.search(r"[一-龥ぁ-んァ-ヶ]", v) for v in written)


_PRESENCE = compiled(r"^(?:の実績(?:が|は)|が|は|の|に(?=記載|記入|書か)|を(?=入れ|導入し|採用し|適用し|取り入れ|使っ|使用し|出し|受け|交付|支出|支払)|も(?=入れ|入って|書かれて|記載されて|記入されて|導入さ|使わ|使用さ))?、?(?:もう|まだ|すでに|既に)?(?:(?P<empty>空欄|空白|未記入|未記載|未算定|(?:記載|記入)(?:が|の)?(?:ない|なし|されていない)|"
                       r"(?:入れて|導入して|採用して|適用して|取り入れて|使って|使用して|入れられて|導入されて|採用されて|適用されて|使われて|使用されて)(?:い)?ない|"
                       r"(?:算定|算出|積算)(?:されて|して)(?:い)?ない|"
                       r"(?:出て|入って|書かれて|載って|記載されて|記入されて|計上されて)(?:い)?ない|なし|ない(?![ぁ-ん])|ない(?=もの|の)|なかった(?![ぁ-ん])|なかった(?=もの|の)|"
                       r"(?:つか|付か)(?:ない|なかった|なくなる)|(?:つい|付い)て(?:い)?ない|"
                       # 「終期は決まっていない」「設定されていない」: a cell said by its being fixed, not written
                       r"(?:決ま|定ま)って(?:い)?ない|(?:設定|規定)されて(?:い)?ない|(?:定め|設け)(?:られて|て)(?:い)?ない|未設定)"
                       r"|(?P<nonzero>出て(?:いる|る)|出た|上がって(?:いる|る)|生じて(?:いる|る))"
                       r"|(?P<given>(?:出して|受けて|交付して|交付されて|支出して|支出されて|支払って|支払われて)(?:いる|る)|出した|受けた|交付した|交付された|支出した|支出された|支払った|支払われた)"
                       r"|(?:ある|あり|入って(?:いる|る)|書かれて(?:いる|る)|載って(?:いる|る)|(?:入れて|導入して|採用して|適用して|取り入れて|使って|使用して|採用されて|適用されて)(?:いる|る|いて|おり)|入れた|導入した|採用した|(?:記載|記入)(?:が|の)?(?:ある|されている)|計上され[てた]"
                       r"|(?:算定|算出|積算)(?:されて(?:いる|る)|済み)"
                       r"|(?:決ま|定ま)って(?:いる|る)|(?:設定|規定)(?:されて(?:いる|る)|済み)|(?:定め|設け)(?:られて|て)(?:いる|る)))")


# 「R6からR7に達成度が上がった」「評価が下がった」「同じ」: a row's grade compared between two years.
# (「減る」「減り」: the plain form of 減った; 「減らない」 is no decrease, not read here)
# (「令和6年度より小さくなる」「多くなった」: an amount's size said to change, as 減る / 増える say it)
# (「一番少なくなる」 is the smallest the figure becomes, read by _MIN: no change of it)
# (「実施状況が落ちた」: 落ちる of a grade is its going down, as 下がる)
_MOST = r"(?<!一番)(?<!いちばん)(?<!最も)(?<!もっとも)"
# 「前回（の調査）より」: the survey before the latest — over columns of surveys by year (R2 | R4 | R6) the year
# before the latest printed, as 前年度 is over yearly columns
_LAST_SURVEY = r"前回(?:の)?(?:調査)?"


def _round_years(t, qn: str) -> set:
    """The years of the survey rounds said as 今回／前回 (now_point.read_round)."""
    from assistant.query.tables.now_point import round_years

    return round_years(t, qn)

_CHANGE = compiled(r"(?P<up>上が|あが|改善(?![一-龥ァ-ヶ])|良くな|よくな|向上|増え|増加|伸び|引き上げ|引上げ|" + _MOST + r"大きくな|" + _MOST
                   + r"多くな)|(?P<down>下が|さが|落ち(?=た|て|る|ちゃ)|悪化|悪くな|低下|減っ|減少|減る|減り|減ら(?=な|ず)|引き下げ|引下げ|" + _MOST + r"小さくな|" + _MOST + r"少なくな)"
                     # (「変わってない」「変わっていません」: 変わっ negated, the same value both years)
                     r"|(?P<same>同じ|変わら|かわら|(?:変わ|かわ)って(?:い)?(?:な|ませ)|変化(?:が)?な|横ばい)"
                     r"|(?P<differ>変わっ|変わり|かわっ|変更(?:され|し|が|に|と|の)|違って|異なって|異なる)")
# (the verbs of an amount, not of a grade: 「増えた」「減った」)
_QUANTITY_VERB = compiled(r"増え|増加|減っ|減少|減る|減り|減ら")
_GRADE_BOUND = compiled(r"^(?:以上|以下|未満|より(?:上|下|良い|悪い)|を上回|を下回)")
_GRADE_BOUND_OP = {"以上": "ge", "以下": "le", "未満": "lt", "より上": "gt", "より良い": "gt", "を上回": "gt",
                   "より下": "lt", "より悪い": "lt", "を下回": "lt"}
_GRADE_RANK = {"s": 5, "a": 4, "b": 3, "c": 2, "d": 1, "e": 0, "◎": 3, "○": 2, "〇": 2, "△": 1, "▲": 1, "×": 0, "✕": 0}


# 「楓村が入っている」「参加していない」: said of a member of the list a cell holds
_MEMBERSHIP = compiled(r"^(?:が|は|も)?(?:参加|加入|加盟|連携(?=し)|入って|はいって|入っ|はいっ|含まれ|加わって|加わっ)"
                       # 「榾原市と一緒にやっている」「…と共同で実施している」: done with that member
                       r"|^と\s*(?:一緒に|いっしょに|共同で|共に|ともに|連携して|組んで)")
_STATE_VERB = compiled(r"^(?:に|と)?(?:進んで|進ん|なって|なっ)(?:いる|いた|た|て)?(?=[^ぁ-ん]|$|もの|の)"
                       # 「第３分類に入ってる施設」「第２分類に属する」: in the category the value names
                       r"|^に(?:入って|はいって|含まれて|属して|分類されて)(?:いる|る)(?=[^ぁ-ん]|$|もの|の)"
                       r"|^に(?:入る|はいる|含まれる|属する|分類される)(?=[^ぁ-ん]|$|もの|の)"
                       # 「楓村が入っている」「参加している」: among the members a cell lists
                       r"|^(?:が|も)?(?:参加|加入|加盟|連携|入って|はいって|入っ|はいっ|含まれて|含まれ|加わって|加わっ)(?:して|し)?(?:いる|る|た|てる|ている)?(?=[^ぁ-ん]|$|もの|の)"
                       r"|^と\s*(?:一緒に|いっしょに|共同で|共に|ともに|連携して|組んで)\s*(?:やって|やっ|実施して|実施し|行って|行っ|取り組んで)"
                       r"(?:いる|る|た|てる|ている)?(?=[^ぁ-ん]|$|もの|の)"
                       # 「人事課が担当してる」: an office said to be in charge (its column's value)
                       r"|^(?:が|の)(?:担当|所管|主管|管轄)(?:して|し)?(?:いる|る|た|てる|ている|する)?(?=[^ぁ-ん]|$|もの|の)")


_VALUE_VERB = compiled(r"^(?:する|している|した|して|される|の)|^(?P<neg>しない|していない|しなかった|しておらず|されていない)")


@dataclass
class _Reading:
    table: Table
    conds: list[Cond]
    spans: list[tuple[int, int]]
    aggregate: str  # count sum avg max min ""
    measure: str  # the header the aggregate or the asked value is over
    asked: str  # the header whose value is asked (「担当課は？」)
    names: list[str]  # row names said
    score: int
    named_verbatim: bool
    used_any: bool
    notes: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)  # the values and column words the reading used
    part_year: int = 0  # the year whose part of a schedule cell is asked
    left: list[str] = field(default_factory=list)  # words read but not answered (何人 of no column picked)
    limit: int = 0  # 「上位3つ」: only the first rows of an order
    group_order: str = ""  # 「施設ごとに平均して高い順に」: the groups' figures listed in that order (asc / desc)
    counted: bool = False  # the largest group's count asked (何件), not its name
    by_title: bool = False  # read only as the document's rows, its year said with its title (「令和7年度の事務事業見直しで」)
    own_year: bool = False  # the one year said is the document's own (「令和６年度の提案」 of 「令和６年度…審査結果一覧」)
    last_only: bool = False  # 「結局いくらで売れた」: of rows of one thing over the years, the last with a value
    summed: str = ""  # 「…ごとに合計すると」: the figure column summed within each group (aggregate group / top_*)
    averaged: bool = False  # 「部ごとに評価点を平均したら」: the figure column's mean within each group, not its sum
    # 「基本目標別の平均満足度で40%を超えてるのは」: bounds on each group's mean (not on its rows), the groups kept
    of_means: list = field(default_factory=list)
    mark: str = ""  # the mark whose years are asked (「いつ完了する予定」: ●, as the legend says), else any mark


# Forms of a cell's value that _read tries on every value of every table read (kept compiled: re's own lookup of a
# pattern by its text on each call was a part of every question over tables).
_EACH = re.compile(r"各[一-龥ァ-ヶー]{2,}")
_WEEKDAY = re.compile(r"[月火水木金土日]曜日$")
_TIME_KANA = re.compile(r"[ぁ-んー]{2,4}たいむ")


# 「何時間だった」「何円」: a figure asked in a unit of amounts, which no table of marks and words holds
_FIGURE_IN_UNIT = compiled(r"何(?:時間|円|千円|万円|百万円|億円|kg|kwh)(?!の)")


def _read(db, t: Table, question: str, qn: str, place_spans: list[tuple[int, int]],
          prior: list[Cond] | tuple = ()) -> _Reading | None:
    if _FIGURE_IN_UNIT.search(qn) and not any(c.numeric and c.header != t.number for c in t.columns):
        return None  # (「防災危機管理課は令和５年度は何時間」 over 取組 graded ○△× by year: no figure to give)
    taken: list[tuple[int, int]] = list(place_spans)
    mentions: list[_Mention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def take(a: int, b: int, kind: str, data=None) -> None:
        taken.append((a, b))
        mentions.append(_Mention(a, b, kind, data))

    # 「翌年度に再指摘された」 after one row: the sheet of the year after its own, read before (tables/answer.py)
    if any(c.op == "sheet" and c.label.endswith("（翌年度）") for c in prior if isinstance(c, Cond)):
        for m in re.finditer(r"(?:翌年度|次の年度|次年度|翌年)(?:に|で|の)?", qn):
            take(*m.span(), "filler")
    _read_years_total(t, qn, free, take)  # 「3か年合計」 over R4 | R5 | R6 | 合計: the total column's own years
    from assistant.query.tables.years_counted import read_years_summed  # 「3年間の合計で」 over R4 | R5 | R6

    read_years_summed(t, qn, free, take)
    from assistant.query.tables.sheet_years_said import read_all_sheets_said  # 「３年分合計すると」 over 3 sheets

    read_all_sheets_said(t, qn, free, take)
    _read_units(t, qn, free, take)  # 「2つの部局の共管」 over 所管部局 (会計課・財政課), before 2つ is read as a figure
    read_all_rows_said(t, qn, free, take)  # 「6分類の」 over the table's six rows of 分類: every row
    # 「全体の何パーセント」「全体に占める割合」: the whole a share is of, no value 全体 of a column
    whole = re.search(r"全体(?:の|に占める|のうち)(?=[^、。?？]{0,6}(?:割合|比率|何割|何ぱーせんと|何%|何％))", qn)
    if whole:
        taken.append(whole.span())
    # 「その部の…」 after 「都市整備部の課は」: the word for the column the conversation already holds to a
    # value (部 of 部局 = 都市整備部) points back at that value; nothing more to read in it.
    for m in re.finditer(r"(?:その|この|同じ)([一-龥]{1,4}?)(?:の|で|に|内|中)", qn):
        said = m.group(1)
        if any(c.op in ("eq", "in") and c.header and any(said == f or (len(f) >= 2 and f.startswith(said))
               for f in (*t.column(c.header).forms, _key(c.header))) for c in prior
               if isinstance(c, Cond) and c.header in {x.header for x in t.columns}):
            take(m.start(), m.end(1), "filler")
    # 「方向性別集計で」: the name of the sheet the table is on names the table (no grouping by 方向性).
    sheet = _sheet_named(db, t, qn) or _title_named(t, qn) or web_page_said(t.source, qn)  # (「ホームページで」)
    # (a sheet named by the measure its year columns print, 財政効果額 over Ｒ６ | Ｒ７: that measure said, read as
    # those columns — caption_measure.py)
    # (nor a sheet named as a column of its table, sheet 「最終評価」 over a column 最終評価: 「最終評価がＤ」 says the
    # column, and the sheet is named by it anyway)
    if sheet is not None and free(*sheet) and not any(
            c.numeric and c.year is not None and qn[sheet[0]:sheet[1]] in (c.base, *c.forms) for c in t.columns) \
            and not any(qn[sheet[0]:sheet[1]] in (_key(c.header), *c.forms) for c in t.columns if c.header != "見出し"):
        take(*sheet, "filler")
    # 「令和5年度に修繕した橋」 over a table captioned 「年度別の修繕実績」: the deed its caption records said as a verb
    # names the table (its rows are the things done), no column's word
    deed = _caption_deed_said(t, qn)
    if deed is not None and free(*deed):
        take(*deed, "deed")  # (weighed as a word of the table read: 「年度別の集計」 holds no deed said)
    # 「基本方針1のもの」: a numbered line of the document above the rows, no column's word
    from assistant.query.tables.section_said import section_rows  # (it imports Cond from here: on need)

    section = section_rows(db, t, question) if re.search(r"[一-龥]\d", qn) else None
    if section is None:
        # 「柱Ⅳの取組」: a heading row inside the table begins with that code (heading_code.py)
        from assistant.query.tables.heading_code import heading_code_rows
        section = heading_code_rows(t, question)
        if section is None:
            # 「歳入の改善項目」: the bracketed word of one of the headings the rows sit under (heading_tail.py)
            from assistant.query.tables.heading_tail import heading_tail_rows
            section = heading_tail_rows(t, question)
        if section is not None and section[2] != (0, 0) and free(*section[2]):
            take(*section[2], "section", (section[0], section[1], "heading"))
            section = None
    if section is None:
        # 「総務部の業務」 where another document's table prints this one's 課 under headings of their 部
        from assistant.query.tables.group_of_other_table import group_rows

        grouped = group_rows(db, t, qn, free)
        if grouped is None:
            # 「基本方針３の取組に対する意見」 over 該当箇所 「取組３－１」: the rows citing that group's items (cited_of_group.py)
            from assistant.query.tables.cited_of_group import cited_group_rows

            grouped = cited_group_rows(db, t, qn, free)
        if grouped is not None:
            take(*grouped[2], "grouped", (grouped[0], grouped[1]))
    if section is not None and section[2] != (0, 0) and free(*section[2]):
        take(*section[2], "section", (section[0], section[1]))
    # Row numbers: 「No.3からNo.6まで」「取組2」「No.5」; codes of two numbers (「取組2-3」) where the
    # table numbers its rows that way.
    if t.number and any(re.fullmatch(r"\d+\s*[-‐－]\s*\d+", nfkc(str(r["cells"].get(t.number) or "")).strip())
                        for r in t.rows):
        for m in re.finditer(r"(?:no\.?|番号|取組|項目)?(?<![\d-])(\d+)\s*[-‐－]\s*(\d+)(?![\d-])", qn):
            if free(*m.span()):
                take(*m.span(), "code", f"{m.group(1)}-{m.group(2)}")
    if t.number:
        # (「2-3」 is a code of two numbers, never the range 2 to 3)
        m = re.search(r"(?:no\.?|番号|取組|項目)(\d+)(?:から|~|〜)(?:no\.?|番号|取組|項目)?(\d+)(?:まで)?", qn)
        if m:
            take(*m.span(), "number", (int(m.group(1)), int(m.group(2))))
        # (「第3章の取組2に対する意見」 over a column printing 「第3章 取組2」: a place in the plan the rows
        # are about, a value of that column, not the row numbered 2)
        cited = t.memo.get("cited")
        if cited is None:
            cited = t.memo["cited"] = {
                _key(p) for c in t.columns if c.header != t.number and not c.numeric for r in t.rows
                for p in nfkc(str(r["cells"].get(c.header) or "")).split() if re.fullmatch(r"(?:取組|項目)\d+", p)}
        for m in re.finditer(r"(?:no\.?|番号|取組|項目)(\d+)(?![\d,.]|\s*[-‐－]\s*\d)", qn):
            if free(*m.span()) and m.group(0) not in cited:
                take(*m.span(), "number", (int(m.group(1)), int(m.group(1))))
        # 「提言4」: the word the document numbers its items with (read from their lines), then the number
        for m in (re.finditer(r"(?:" + words[1:] + r")(\d+)(?![\d,.]|\s*[-‐－]\s*\d)", qn) if (words := number_words(t)) else ()):
            if free(*m.span()):
                take(*m.span(), "number", (int(m.group(1)), int(m.group(1))))
        # 「8番の提案」: the row numbered so
        for m in re.finditer(r"(?<![\d.,])(\d{1,3})番(?=の|は|って|で|に|が|を)", qn):
            if free(*m.span()):
                take(*m.span(), "number", (int(m.group(1)), int(m.group(1))))
        # 「(6)の取組」: the number as the document prints its items, in brackets (not 「(1)から(9)まで」, a range).
        for m in re.finditer(r"(?<![-‐－])[(（](\d{1,3})[)）](?=の|は|って|で|に|が|を)", qn):
            # (「生活-2-(1)の」: the bracket closes a code the rows print whole, no number of its own)
            if free(*m.span()) and not re.match(r"から|~|〜", qn[m.end():]):
                take(*m.span(), "number", (int(m.group(1)), int(m.group(1))))
    if t.of_groups:
        # 「決算額の小計がいちばん大きい柱」 of the groups' own table, read from their subtotal rows: the 小計 said is
        # the group's own figure, no sum to work out
        for m in re.finditer(r"の?小計(?=が|は|で|を|の|[?？]|$)", qn):
            before = qn[:m.start()]
            if free(*m.span()) and any(before.endswith(f) for c in t.columns if c.numeric for f in c.forms if len(f) >= 2):
                take(*m.span(), "filler")
    # 「A-01〜の取組」「A-01〜A-14で」: the rows from one of the table's codes to another (code_ranges.py)
    from assistant.query.tables.code_ranges import code_range_said
    ranged = code_range_said(t, qn)
    if ranged is not None and free(ranged[0], ranged[1]):
        take(ranged[0], ranged[1], "coderange", ranged[2:])
    if t.number and t.row_word and len(_key(t.row_word)) <= 4:
        # 「柱Ⅲ（認知症施策）の」: the word the document calls its rows, then the code the row is numbered by
        codes = {_key(nfkc(str(r["cells"].get(t.number) or "")).strip()) for r in t.rows} - {""}
        for m in re.finditer(re.escape(_key(t.row_word)) + r"([ivx]{1,4}|\d{1,2})(?![\divx\-－‐])", qn):
            if free(*m.span()) and m.group(1) in codes:
                take(*m.span(), "code", next(nfkc(str(r["cells"].get(t.number))).strip() for r in t.rows
                                             if _key(nfkc(str(r["cells"].get(t.number) or "")).strip()) == m.group(1)))
                # (a name said in brackets after it, 「（認知症施策）」, restates the row)
                named = re.match(r"[(（]([^()（）]{1,20})[)）]", qn[m.end():])
                if named and any(named.group(1) in _key(str(r["cells"].get(t.name) or "")) for r in t.rows
                                 if _key(nfkc(str(r["cells"].get(t.number) or "")).strip()) == m.group(1)):
                    take(m.end(), m.end() + named.end(), "filler")
    if t.number and t.name and 2 <= len(_key(t.name)) <= 6 and not t.name.endswith("名"):
        # 「基本目標2の…」 over 基本目標 (its names printed after their numbers, 「2 業務の効率化」): the rows' own word,
        # then the number the row is printed with
        numbers = {_key(nfkc(str(r["cells"].get(t.number) or "")).strip()) for r in t.rows} - {""}
        for m in re.finditer(re.escape(_key(t.name)) + r"(\d{1,2})(?![\d\-－‐.,])", qn):
            if free(*m.span()) and m.group(1) in numbers:
                take(*m.span(), "number", (int(m.group(1)), int(m.group(1))))
    # 「令和４年度に登録した」 over rows numbered R4-001 …, the number noted as the year registered
    from assistant.query.tables.code_years import code_year_said

    coded = code_year_said(db, t, qn)
    if coded is not None and free(*coded[0]):
        take(*coded[0], "code_year", (coded[1], coded[2]))
    # Days (「令和7年3月31日」「R7.4.1以降」), before fiscal years.
    for m in _DATE.finditer(qn):
        if free(*m.span()):
            bound = _YEAR_BOUND.match(qn[m.end():])
            as_of = _AS_OF_YEAR.match(qn[m.end():])
            year = _column_year_of_day(t, _date(m.group(0))) if as_of and not bound else None
            if year is not None:
                # 「令和7年4月1日時点」 over columns of years counted on a day of each (各年4月1日現在): the
                # column of that year; no column holds days to compare it with.
                take(m.start(), m.end() + as_of.end(), "year", (year, ""))
                continue
            own_day = _AS_OF_DAY.match(qn, m.end()) if not bound else None
            # (「何人いる？（R7.4.1）」: the day alone in brackets after the question is the day it is asked as of)
            if not own_day and not bound and re.search(r"[(（]\s*$", qn[:m.start()]):
                own_day = re.compile(r"\s*(?:時点|現在)?\s*(?=[)）])").match(qn, m.end())
            # (the day the document is as of, printed in its title or its file's name: 「年齢別職員構成（令和７年４月１日現在）.pdf」)
            if own_day and any(_date(d.group(0)) == _date(m.group(0))
                               for d in _DATE.finditer(_key(t.doc_title) + " " + _key(Path(t.source).stem))):
                # 「令和7年4月1日の時点で」 over a list 「（令和7年4月1日現在）」: the day the document is as of,
                # what every row is as of (no condition on a column of days)
                take(m.start(), own_day.end(), "filler")
                continue
            begins = _DAY_BEGINS.match(qn[m.end():])
            if begins:
                # 「令和3年4月1日から始まっていない」 over a column of spans of days (R3.4.1～R8.3.31): the span's
                # first day is that day (or is not), no bound on the days after it.
                take(m.start(), m.end() + begins.end(), "date",
                     (_date(m.group(0)), "開始ne" if begins.group("neg") else "開始"))
                continue
            ends = _DAY_ENDS.match(qn[m.end():]) if not bound else None
            if ends:
                # 「令和7年3月31日で期間が終わる」 over a column of spans of days (R2.4.1~R7.3.31): the
                # span's last day, not its first.
                take(m.start(), m.end() + ends.end(), "date", (_date(m.group(0)), "終了"))
                continue
            take(m.start(), m.end() + (bound.end() if bound else 0), "date",
                 (_date(m.group(0)), bound.group(0).lstrip("度") if bound else ""))
    # 「令和7年1月から3月まで」 over rows that are months (月 │ 令和6年4月 …): those rows, month by month
    # (month_rows.py), before 令和7年 is read as a year
    from assistant.query.tables.month_rows import month_column, said_months
    named_by_month = month_column(t) if t.rows else ""
    for start, end, first, last, label in said_months(qn) if named_by_month else ():
        if free(start, end):
            take(start, end, "monthrows", (named_by_month, first, last, label))
    # 「令和7年10月に募集」「令和7年9月以降」 over a column of months (募集時期: 令和7年10月): that month of the
    # column, or the months from or up to it; read as a fiscal year it would keep the other months of the year.
    from assistant.query.tables.month_cells import said_months_of_column

    of_months = [c.header for c in t.columns if not c.dates and _of_months(t, c) and _varies(t, c.header)]
    for start, end, month, op, shown in said_months_of_column(qn) if len(of_months) == 1 else ():
        if free(start, end):
            # (「令和7年10月に募集予定の」 over 募集時期（予定）: the words after the month that its column's name
            # holds, 募集 and 予定, say that column — read with the month)
            words = re.match(r"(?:に|の|で)(?P<w>[一-龥]{2,6})", qn[end:]) if op == "ym_eq" else None
            name = _key(of_months[0])
            if words and all(words.group("w")[i:i + 2] in name for i in range(0, len(words.group("w")) - 1, 2)) \
                    and len(words.group("w")) % 2 == 0 and free(end, end + words.end()):
                end += words.end()
            take(start, end, "ymonth", (of_months[0], month, op, shown))
    # 「2024年10月以降」: a month bounding a column of days (the month's first or last day)
    if any(c.dates for c in t.columns):
        for start, end, day, bound in month_bounds(qn):
            if free(start, end):
                take(start, end, "date", (day, bound))
    # 「令和6年1月から3月まで」 over a column per month (4月…3月) of one fiscal year's report: those
    # months' columns, added up; months outside the report's year are no column of it.
    month_cols = {int(m.group(1)): c.header for c in t.columns if c.numeric
                  and (m := re.fullmatch(r"(1[0-2]|[1-9])月", _key(c.header)))}
    if not month_cols and len({c.year for c in t.columns if c.numeric and re.fullmatch(r"(?:1[0-2]|[1-9])月", _key(c.base))}) == 1:
        # 「令和7年度 | 4月 … 3月」 (a year over its months, joined 令和7年度4月): one year's months
        month_cols = {int(m.group(1)): c.header for c in t.columns if c.numeric and c.year is not None
                      and (m := re.fullmatch(r"(1[0-2]|[1-9])月", _key(c.base)))}
    if not month_cols:
        # 「令和6年4月」…「令和7年3月」: a fiscal year's months printed under their calendar years (row_years.py)
        from assistant.query.tables.row_years import _month_columns, month_of
        month_cols = {month_of(c): c.header for c in _month_columns(t)}
    if len(month_cols) >= 12:
        # 「3か月以上連続で400時間を超えた」「月100時間を切った月がある」: a bound on the row's months (month_runs.py)
        read_month_bounds(qn, [month_cols[n] for n in [*range(4, 13), 1, 2, 3]], free, take)
    for m in _EVERY_MONTH.finditer(qn) if len(month_cols) >= 12 else ():
        if free(*m.span()):
            op = {"以上": "ge", "超": "gt", "を超え": "gt", "以下": "le", "未満": "lt", "を下回": "lt"}[m.group("op")]
            end = m.end() + re.match(r"[ぁ-ん]*", qn[m.end():]).end()
            take(m.start(), end, "everymonth", ("|".join(month_cols[n] for n in [*range(4, 13), 1, 2, 3]),
                                               op, float(m.group("n").replace(",", "")), m.group("unit") or ""))
    for m in _MONTHS_SAID.finditer(qn) if len(month_cols) >= 6 else ():
        if not free(*m.span()):
            continue
        first, last = int(m.group("a")), int(m.group("b"))
        order = [*range(4, 13), 1, 2, 3]  # (the fiscal year's months)
        if first not in order or last not in order or order.index(first) > order.index(last):
            continue
        year = find_years(m.group("y"), calendar=True) if m.group("y") else []
        own = _report_years(t.doc_title)
        if year and own and (year[0].fiscal_year if first >= 4 else year[0].fiscal_year - 1) not in own:
            return None  # 「令和7年1月」 over the 令和5年度 report: not its months
        span = order[order.index(first):order.index(last) + 1]
        if all(n in month_cols for n in span):
            take(*m.span(), "months", [month_cols[n] for n in span])
    # 「利用者0人の月がある施設」 over a column per month: a row with some month of that number.
    for m in _MONTH_OF_NUMBER.finditer(qn) if len(month_cols) >= 6 else ():
        if free(*m.span()):
            take(*m.span(), "anymonth", ("|".join(month_cols[n] for n in [*range(4, 13), 1, 2, 3] if n in month_cols),
                                         float(m.group("n").replace(",", "")), m.group("unit")))
    # 「基準年から」 over a column of the base year (令和2年度（基準）): that year, as the table labels it.
    base_years = {c.year for c in t.columns if c.year is not None and "基準" in nfkc(c.header)}
    # (「基準年度比」 is a column of its own when the table has one: the change from that year)
    said_whole = {c.base for c in t.columns}
    # (「基準値」 over a column 基準値（令和2年度）: that column's own word, no year)
    for m in re.finditer(r"基準(?:年度|年|値|時点)", qn) if len(base_years) == 1 else ():
        # (but 「R7の実績は基準値から何人増えた」: the change from the base figure asked, 基準値 names the base year's
        # figure against which the year's is measured, as before)
        own = any(qn.startswith(b, m.start()) and len(b) >= m.end() - m.start() for b in said_whole)
        if own and not any(qn.startswith(b, m.start()) and len(b) > m.end() - m.start() for b in said_whole) \
                and _FROM_BASE_ASKED.match(qn[m.end():]):
            own = False
        if free(*m.span()) and not own:
            bound = _YEAR_BOUND.match(qn[m.end():])
            take(m.start(), m.end() + (bound.end() if bound else 0), "year",
                 (next(iter(base_years)), bound.group(0).lstrip("度") if bound else ""))
    from assistant.query.tables.now_point import read_now

    now_read = read_now(t, qn, free, take)  # 「今はもう完了」 over 進捗状況 Ｒ５年度末 … Ｒ７．９月末: the latest point
    from assistant.query.tables.now_point import read_round

    rounds_read = read_round(t, qn, free, take)  # 「今回の満足度」 over 満足度 R2 │ R4 │ R6: the latest round
    # Fiscal years (the numbers inside them are not values).
    said_years = _era_carried(qn, find_years(qn, calendar=True))
    for m in _DECADE.finditer(qn):
        # 「昭和40年代に建てられた」「1970年代の」: the ten years of a decade (昭和40年〜昭和49年), as an era's years
        first = _ERAS[m.group("era")][0] - 1 + int(m.group("n")) if m.group("era") else int(m.group("y"))
        if free(*m.span()):
            take(*m.span(), "era", (first, first + 9, qn[m.start():m.end()]))
    if any(c.years_inside for c in t.columns):
        # 「実施期間がR6～R9」 over a column of spans: that span, not two years.
        for a, b in zip(said_years, said_years[1:]):
            joined = re.fullmatch(r"\s*[~〜ー－-]\s*", qn[a.end:b.start])
            if joined and a.fiscal_year < b.fiscal_year and free(a.start, b.end) \
                    and not re.match(r"[)）]?(?:まで|の間|のうち|に|で)", qn[b.end:]):
                # (「R6～R9に実施する」 asks what runs within those years, read below as two bounds; so does
                # 「3年間（R5〜R7）で」, the span said in brackets)
                take(a.start, b.end, "yspan", (a.fiscal_year, b.fiscal_year))
    # 「R6〜R7に終了する」 over a column of the year each row ends (実施期間終了): ending within those years.
    for a, b in zip(said_years, said_years[1:]):
        tail = re.match(r"(?:まで|の間|のうち)?に?\s*(?:終了|終わ|完了|終え)", qn[b.end:])
        if tail and re.fullmatch(r"\s*(?:[~〜]|から)\s*", qn[a.end:b.start]) and a.fiscal_year < b.fiscal_year \
                and free(a.start, b.end + tail.end()):
            target, op = _edge_column(t, "end")
            if target is not None and op == "fy_eq":
                take(a.start, b.end + tail.end(), "endspan", (target, a.fiscal_year, b.fiscal_year))
    read_planned_year(t, qn, free, take)  # 「令和8年度にオンライン化する予定」: a cell 令和8年度予定, no year column
    from assistant.query.tables.year_headings import read_year_headings  # 「R5提案分の」: a heading 令和5年度提案分

    read_year_headings(t, qn, free, take)
    from assistant.query.tables.became_in_year import read_became  # 「R6の間に完了した」: 完了 at R6's end, not at R5's

    read_became(t, qn, free, take)
    _year_before_of_column(t, qn, prior, free, take)  # 「その課の前年度の受講率は？」
    from assistant.query.tables.change_size_bound import read_change_size  # 「そのうち減る額が20,000千円に届かない」

    read_change_size(db, t, qn, prior, free, take)
    to_next = False  # the year before was 「令和6年度～」: this one is where it goes to
    day_columns = [c.header for c in t.columns if (c.dates or _of_months(t, c)) and _varies(t, c.header)]
    # 「R7実績が目標値に届いている」 over a column named R7実績: the year is that column's name said whole,
    # read with the columns below, not a year of another column (目標値 …（令和9年度）).
    # (only a column of no series: 令和6年度予算額 | 令和7年度予算額 are one measure's years, the year said
    # picking one of them below)
    own_year = {(y.start, y.end) for y in said_years for c in t.columns if c.year == y.fiscal_year
                and not any(o.base == c.base and o.year not in (None, c.year) for o in t.columns)
                for f in c.forms if len(f) > y.end - y.start and find_years(f) and qn.startswith(f, y.start)}
    # 「R8の職員数」 over 職員数 旧 | 新 under 旧組織（Ｒ７）‖ 新組織（Ｒ８）: a form of an undated column beginning with
    # the label its side prints (side_forms.py), said whole, names that column; no fiscal year of the rows
    own_year |= {(y.start, y.end) for y in said_years for c in t.columns if c.year is None
                 for f in c.forms if len(f) > y.end - y.start and find_years(f) and qn.startswith(f, y.start)}
    # 「後期（R13〜R17）には」 over 後期（R13〜R17）計: the years inside an undated column's name said whole (its span
    # in brackets) are that column's words, no fiscal year asked
    inside = [(m.start(), m.end(), c.header) for c in t.columns if c.year is None for f in c.forms
              if re.search(r"[(（][^()（）]*\d[^()（）]*[)）]", f) and find_years(f) for m in re.finditer(re.escape(f), qn)]
    for a, b, header in sorted(inside, key=lambda x: x[0] - x[1]):
        if free(a, b):
            take(a, b, "col", header)
    own_year |= {(y.start, y.end) for y in said_years for a, b, _ in inside if a < y.start and y.end <= b}
    said_years = [y for y in said_years if (y.start, y.end) not in own_year]
    for y in said_years:
        if not day_columns and _month_bound_inside_year(qn, y):
            # 「令和6年10月以降に指示された」 over a table of no dates: a bound inside a fiscal year, which no
            # column can apply; read as the fiscal year it would keep rows of April to September. Left unused.
            continue
        # (「令和7年」 with no 度 is a calendar year as much as 2025年 is, over a column of days)
        # (R6 and H30, letters for the era, label fiscal years in these documents: never a calendar year)
        bare_era = not y.calendar and not qn[y.start:y.end].endswith("度") and not qn[y.end:].startswith("度") \
            and not re.match(r"[RHSrhsＲＨＳｒｈｓ]\s*[\d０-９]", qn[y.start:y.end])  # (the question's key is lower case: r6)
        # (「R6の指定管理料」 over 指定管理料 R5年度 | R6年度 beside 指定期間 of days: the year picks its columns, no
        # calendar year of the days)
        # (only the era's letter, R6, labels those columns: 「令和6年以降に始まった」 stays a calendar year)
        of_columns = bool(re.match(r"[RHSrhsＲＨＳｒｈｓ]\s*[\d０-９]", qn[y.start:y.end])) \
            and any(c.year == y.fiscal_year and c.header not in day_columns for c in t.columns)
        since = _CY_SINCE.match(qn[y.end:]) if (y.ambiguous or bare_era) and len(day_columns) == 1 \
            and not of_columns else None
        if since and any(o.start >= y.end + since.end() and re.fullmatch(r"\s*", qn[y.end + since.end():o.start])
                         for o in said_years):
            since = None  # 「R5からR7までの3年間」: a span of years, not a calendar year begun
        if free(y.start, y.end) and since:
            # 「令和7年になってから開かれた」 over a column of days: from the 1st of January of that year on.
            held = _HELD.match(qn[y.end + since.end():])
            take(y.start, y.end + since.end() + (held.end() if held else 0), "cyear",
                 (day_columns[0], y.fiscal_year, "since"))  # (令和7年 and 2025年 alike: the calendar year)
            continue
        # (over a column of months, 措置年月, a bare 令和6年 is a calendar year only when said so, 「令和8年に入ってから」:
        # 「R6の目標値」 names the fiscal year of a report of months)
        months_only = bool(day_columns) and not t.column(day_columns[0]).dates
        if free(y.start, y.end) and (y.ambiguous or (bare_era and not months_only)) and len(day_columns) == 1 \
                and not _YEAR_BOUND.match(qn[y.end:]) and not of_columns:
            # 「2025年に開かれた」 over a column of days (開催日 令和7年1月30日): the calendar year, January to
            # December, not the fiscal year; the verb of holding a meeting goes with it.
            within = _WITHIN_YEAR.match(qn, y.end)  # 「2025年中に」「2025年のうちに」: the year itself
            end = within.end() if within else y.end
            held = _HELD.match(qn[end:])
            take(y.start, end + (held.end() if held else 0), "cyear", (day_columns[0], y.fiscal_year))
            continue
        if free(y.start, y.end):
            end = y.end
            edge = re.match(r"度?(?:末|中|当初|初め|分(?![0-9０-９]))", qn[end:])  # 「令和9年度末に」「令和7年度分」: the year
            end += edge.end() if edge else 0
            # 「R5年度末の時点で」「R7.9月末時点で」: the state as of that point, which its year's column holds
            point = re.match(r"月?末?\s*の?\s*時点", qn[end:]) if edge or y.calendar else None
            end += point.end() if point else 0
            bound = _YEAR_BOUND.match(qn[end:]) or _YEAR_TO.match(qn[end:])
            named = _EDITION_SAID.match(qn[end:])
            own = _report_years(t.doc_title)
            if not bound and not named and y.fiscal_year in t.memo.setdefault("title_line_years", _title_line_years(db, t)) \
                    and len(t.memo["title_line_years"]) == 1:
                # 「Ｒ６で本庁舎が一番多かった月」 over 「令和６年度 月別来庁者数」: the year of the table's months, said to
                # name it (title_line_measure.title_line_years)
                said = re.match(r"(?:度)?(?:で|の|は|に)?、?", qn[end:])
                take(y.start, end + said.end(), "edition", y.fiscal_year)
                continue
            if named and not bound and own:
                # 「令和7年度実績で」: which report, when it is this table's; another year's report is not this
                # one, unless the table has a column of that year.
                if y.fiscal_year in own:
                    take(y.start, end + named.end(), "edition", y.fiscal_year)
                    continue
                if not any(c.year == y.fiscal_year for c in t.columns):
                    return None
            word = bound.group(0).lstrip("度") if bound else ("まで" if to_next else "")
            to_next = bool(bound) and bound.re.pattern == _YEAR_TO.pattern
            take(y.start, end + (bound.end() if bound else 0), "year", (y.fiscal_year, "から" if to_next else word))
    _years_both(qn, mentions, free, take)  # 「R6・R7の両年度とも100％」: each year's column
    # An era alone (「平成の時代に始まった」「令和に入ってから」): its fiscal years.
    for m in _ERA.finditer(qn):
        if free(*m.span()):
            # (「平成以降に建った」: from the era's first year on; 「平成より前」: up to the year before it)
            lo, hi = _ERAS[m.group(1)]
            lo, hi = {"以降": (lo, 9999), "以後": (lo, 9999), "以前": (0, hi), "より前": (0, lo - 1),
                      "より後": (hi + 1, 9999)}.get(m.group("bound") or "", (lo, hi))
            take(*m.span(), "era", (lo, hi, qn[m.start():m.end()]))
    own_units = sorted({nfkc(c.unit) for c in t.columns if c.numeric and c.unit and not re.search(r"\d", c.unit)},
                       key=len, reverse=True)

    def numbers(with_unit_only: bool) -> None:
        """Numbers with a bound (「50,000千円以上」「2,000千円から5,000千円まで」「0千円の」); those with a unit
        or a bound first, so 千円 is never read as a value of a 単位 column."""
        for m in _NUMBER_IN_Q.finditer(qn):
            if not free(*m.span()) or (m.start() and qn[m.start() - 1].isdigit()):
                continue
            if with_unit_only and not m.group(2) and not _NUMBER_BOUND.match(qn[m.end():]):
                continue
            after = qn[m.end():]
            # (the question is read lower-cased, 「200千kwh」: a unit of capitals, 千kWh, is said so too)
            scaled = None if m.group(2) else re.match(r"[万千](?=\D)", after)
            if scaled and any(after[1:].startswith(u) or after[1:].startswith(u.lower()) for u in own_units):
                # 「8万km以上」 over 走行距離（km）: 万 (or 千) before the table's own unit multiplies the number
                scaled_value = float(m.group(1).replace(",", "")) * (10000 if scaled.group(0) == "万" else 1000)
                m = _Said(m.start(), m.end() + 1, str(int(scaled_value)) if scaled_value.is_integer() else str(scaled_value), "")
                after = qn[m.end():]
            own = None if m.group(2) else next((u for u in own_units if after.startswith(u) or after.startswith(u.lower())), None)
            plain_counter = False
            if own:
                # 「1,000千枚未満」 over 使用量（千枚）: a unit the table's own headers print is the number's
                m = _Said(m.start(), m.end() + len(own), m.group(1), own)
                after = qn[m.end():]
            elif not m.group(2) and (counted := own_counter(t.columns, qn[:m.start()], after))[0]:
                # 「応募が1法人しかなかった」 over 応募法人数: the column's own counter after its stem (count_counters.py)
                n, header, at = counted
                stem_end = at + len(_key(header)) - n - 1
                if free(at, stem_end):
                    take(at, stem_end, "col", header)
                m = _Said(m.start(), m.end() + n, m.group(1), "")
                after = qn[m.end():]
                plain_counter = True
            elif not m.group(2) and (counted := stem_counted(t.columns, qn[:m.start()], after))[0]:
                # 「取組が4つしかない」 over 取組数: the column said by what it counts, with a plain counter
                n, header, at = counted
                if free(at, at + len(_key(header)) - 1):
                    take(at, at + len(_key(header)) - 1, "col", header)
                m = _Said(m.start(), m.end() + n, m.group(1), "")
                after = qn[m.end():]
                plain_counter = True
            elif not m.group(2) and (counted := re.match(r"[一-龥]{1,4}?(?=以上|以下|未満|を?超|を上回|を下回)", after)) \
                    and _NUMBER_BOUND.match(after[counted.end():]) \
                    and any(c.numeric and (counted.group(0) + "数") in _key(c.header) for c in t.columns):
                # 「構成事業数が10事業以上」: the things a count column counts (構成事業数: 事業), said as its number's unit
                m = _Said(m.start(), m.end() + counted.end(), m.group(1), "")
                after = qn[m.end():]
            elif not m.group(2) and (counter := re.match(r"(?:つ|個)(?=\s*(?:ある|あります|の|以上|以下|未満|を?超|[?？、。]|$))", after)) \
                    and count_column_said(t.columns, qn[:m.start()]):
                # 「業務数が5つある課」: a count column's figure said with the plain counter つ (or 個), its number alone
                m = _Said(m.start(), m.end() + counter.end(), m.group(1), "")
                after = qn[m.end():]
                plain_counter = True
            elif not m.group(2) and after.startswith("点") and _NUMBER_BOUND.match(after[1:]) and "点" not in own_units:
                # 「有効性の評点が2点以下」: points of a score column printing bare figures (４, 13)
                m = _Said(m.start(), m.end() + 1, m.group(1), "")
                after = qn[m.end():]
            bound = _NUMBER_BOUND.match(after)
            value = float(m.group(1).replace(",", ""))
            unit = _UNIT_SPELLED.get(m.group(2) or "", m.group(2) or "")
            if unit in ("万人", "千人"):  # 「13万人以上」: people counted one by one in the table
                value, unit = value * (10000 if unit == "万人" else 1000), "人"
            if unit == "割":  # 「５割以上」 of a column of percentages: 50%
                value, unit = value * 10, "%"
            end = m.end() + (bound.end() if bound else 0)
            if bound and bound.group(0) in ("から", "~", "〜", "ー"):
                m2 = _NUMBER_IN_Q.match(qn, end)
                if m2:
                    high = float(m2.group(1).replace(",", ""))
                    tail = re.match(r"まで|の間|以内", qn[m2.end():])
                    take(m.start(), m2.end() + (tail.end() if tail else 0), "cmp",
                         ("between", (value, high), unit or m2.group(2) or ""))
                    continue
            if bound:
                word = bound.group(0)
                op = ("ge" if word == "以上" or word.startswith("に") else "le" if word == "以下" else "lt" if word in ("未満", "を下回") else
                      "gt" if word in ("超", "超え", "こえ", "を超え", "をこえ", "を上回") or word.startswith("より") and word[-1] in "多大上高" else
                      "lt")
                # 「を超える」「を超えた」: the verb's ending; 「を超えていない」 turns the bound round.
                tail = re.match(r"(?:ってい|っ)?(?:ていない|てない|ない|なかった)|(?:っていた|っている|ってる|った|る|た|ていた|ている|てる)", qn[end:])
                if tail and "な" in tail.group(0):
                    op = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}[op]
                start = m.start()
                fall = re.search(r"[▲△]\s*$", qn[:m.start()])
                if fall and op in ("ge", "gt") and _prints_falls(t):
                    # 「▲3以上」 over a column printing a fall as ▲3: a fall of 3 or more, below -3 (the mark is the
                    # document's minus); 「▲3以下」 says no size plainly and is left to the mark's own reading
                    value, op, start = -value, {"ge": "le", "gt": "lt"}[op], fall.start()
                take(start, end + (tail.end() if tail else 0), "cmp", (op, value, unit))
            elif (re.match(r"(?:の|で|に|だ|と|なのに|なので|なのは|なのが|なもの|、)", after)
                  or plain_counter and re.match(r"\s*(?:ある|あります)", after)) and m.group(1) \
                    and (m.group(2) or re.search(r"[がは]$", qn[:m.start()])):
                # (「影響度が5なのに発生可能性は2以下」: a figure said with a conjunction after it, as with で)
                neg = _NEGATION.match(after)  # 「効果額が0ではない」
                take(m.start(), m.end() + (neg.end() if neg else 0), "cmp", ("ne" if neg else "eq", value, unit))
            elif plain_counter and (only := ONLY.match(after)):
                # 「1法人しかなかった」: that many and no more, the な of しかない no negation of it
                take(m.start(), m.end() + only.end(), "cmp", ("eq", value, unit))

    # 「築40年以上」: the building's age, the column of 築年数, with the number after it.
    aged = [c.header for c in t.columns if c.numeric and c.base.startswith("築")]
    for m in re.finditer(r"築(?=\s*\d)", qn):
        if len(aged) == 1 and free(*m.span()):
            take(*m.span(), "col", aged[0])
    # 「3年間の交付額の総額」: the years of the measure named after it, said by their count (no span's length)
    from assistant.query.tables.years_counted import read_years_counted
    read_years_counted(t, qn, free, take)
    spans = _span_columns(t)
    if spans:
        # 「指定期間が5年間の施設」「3年以上の」 over a column of spans (R4.4.1~R9.3.31): each span's length,
        # before 「5年以上」 is read as a number of a column of years.
        for m in _SPAN_LENGTH.finditer(qn):
            if free(*m.span()):
                bound = _NUMBER_BOUND.match(qn[m.end():])
                word = bound.group(0) if bound else ""
                op = {"以上": "len_ge", "以下": "len_le", "未満": "len_lt", "超": "len_gt", "を超え": "len_gt",
                      "をこえ": "len_gt"}.get(word, "len_eq" if not word else "")
                if op:
                    take(m.start(), m.end() + len(word), "length", (op, float(m.group(1))))
        for m in _SEVERAL_YEARS.finditer(qn):
            # 「複数年度にまたがる」「2か年度以上にわたる」: a span of two years or more, as 「2年以上」 reads it
            if free(*m.span()):
                take(*m.span(), "length", ("len_ge", float(m.group("n") or 2)))
    for header, said_as in _list_columns(t).items():
        # 「参加市町が4つ以上の共同実施事業」 over a column listing names (鸛ノ江市、茅森市、朧谷町): how many it lists
        for m in re.finditer(rf"(?:{'|'.join(map(re.escape, said_as))})\s*(?:の数)?\s*(?:が|は|の)\s*(\d{{1,3}})\s*"
                             r"(?:つ|個|か所|箇所|ヶ所|カ所|団体|市町村|市区町村|市町|自治体|者|社|機関|校|課|人|名|件)?\s*"
                             r"(以上|以下|未満|超|を超え|をこえ)?", qn):
            if free(*m.span(1)) and free(m.start(1), m.end()):
                op = {"以上": "cnt_ge", "以下": "cnt_le", "未満": "cnt_lt", "超": "cnt_gt", "を超え": "cnt_gt",
                      "をこえ": "cnt_gt"}.get(m.group(2) or "", "cnt_eq")
                take(m.start(1), m.end(), "listlen", (header, op, float(m.group(1))))
    read_member_share(t, qn, free, take)  # 「鶲ヶ江町の負担割合が50％以上」 over 「鶲ヶ江町50％、蒔岡町30％」
    read_share_by_deed(t, qn, free, take)  # 「市が100%出資してる」 over 市出資比率
    read_split_header(t, qn, free, take)  # 「可燃ごみの1人1日当たり」 over 「可燃 1人1日当たり(g) R6」
    read_per_person(t, qn, free, take)  # 「職員1人当たりのコピー用紙使用量」 over 職員数 | 使用量
    read_measure_named(t, qn, free, take)  # 「参加児童数は」 over 成果指標 「参加児童数（人）」 | 指標値
    read_never_done(t, qn, free, take)  # 「一度も改定されていない」 over 前回改定日 printing 「―」
    read_not_begun(t, qn, free, take)  # 「まだ始まっていない」 over 開始年度 printing 「令和11年度（予定）」
    read_when_verb(t, qn, free, take)  # 「前回いつ改定された」 over 前回改定日
    read_when_built(t, qn, free, take)  # 「何年に建った」 over 建築年
    _read_time_slot(t, qn, free, take)  # 「10時から12時の」 over columns 10:00~12:00
    _read_none_at_all(t, qn, free, take)  # 「1台も減らさない課」: 削減計 = 0
    from assistant.query.tables.none_enrolled import read_none_enrolled

    read_none_enrolled(t, qn, free, take)  # 「0歳の子が在籍してない」: 在籍児童数 0歳 = 0
    evened = _EVENED.search(qn) if len(_slot_columns(t)) >= 2 else None
    if evened and free(*evened.span()):
        take(*evened.span(), "evened")  # 「時間帯をならすと平均」: before 平均 is read as a value of 区分
    _read_measure_words(db, t, qn, free, take)  # 「…の待ち時間は何分」 over 「曜日・時間帯別の待ち時間（単位：分）」
    read_counted_categories(t, qn, free, take)  # 「要改善は何票」: a category's column of counts
    read_per_row_mean(t, qn, free, take)  # 「1課あたりの平均」 over rows of 課: the mean over the rows
    read_age_band_word(t, qn, free, take)  # 「…いる年齢層は」 over rows of age bands: the rows' word
    read_bound_in_name(t, qn, free, take)  # 「年360時間超えの人数」: the column, no bound 360時間超え
    _read_whole_of_yearly(t, qn, free, take)  # 「令和3年度の全庁の時間外勤務」 over 年度 | 時間外勤務時間
    numbers(with_unit_only=True)
    _merged_into(t, question, qn, free, take)
    # Row names, as written or nearly.
    named: list[str] = []
    read_notes: list[str] = [f"「{w}」を最新の時点の「{h}」の欄として読みました" for w, h in now_read] + [n for n, _ in rounds_read]
    verbatim = False
    said_as_alias: set = set()
    if t.name:
        found = []
        # 「第2回」 of rows named 第1回会議…第4回会議: the word every row's name ends with is the rows' own
        # (会議), the name said without it.
        every = [nfkc(str(r["cells"].get(t.name) or "")) for r in t.rows]
        tail = next((every[0][-n:] for n in (4, 3, 2) if len(every) >= 3 and len(every[0]) > n + 1
                     and re.fullmatch(r"[一-龥ァ-ヶー]+", every[0][-n:]) and all(v.endswith(every[0][-n:]) for v in every)), "")
        # (the place before 市民・市立・市営 that starts rows' names: the rows' owner, 楠ヶ汐 of 楠ヶ汐市立…)
        owners = Counter(m.group(1) for v in every if (m := _TOWN_LEAD.match(v)))
        # (and the city's name that starts several rows' names, 樺ノ宮市総合体育館 beside 樺ノ宮市武道館, in a sheet
        # titled without it: whose they are, said or not)
        cities = Counter(m.group(1) for v in every if (m := _CITY_LEAD.match(v)))
        # (「No. │ 見直し区分」 naming its rows 廃止, 縮小 …: a name of two letters, said once, is that row)
        short_names = bool(t.number) and re.search(r"(?:区分|分類|種別)$", _key(t.name)) is not None
        if not short_names:
            # (「部門 │ 議会, 税務, 民生 …」: a first column of divisions named in two letters, tables/short_names.py;
            # 「区分 │ 件数」 over 総括, 評価, 要望: a tally's words, tables/tally_names.py)
            from assistant.query.tables.short_names import short_names_column
            from assistant.query.tables.tally_names import tally_name_column
            # (a tally's word only where its count is asked: 「縮小と評価された事業は」 asks the evaluated rows of
            # another table, whose 評価 column holds 縮小, not the tally's 縮小 row: m59-017, m59-020)
            short_names = short_names_column(t.columns, t.rows) == t.name or (
                tally_name_column(t.columns, t.rows) == t.name and re.search(r"何(?:件|人|名)|件数|人数", qn) is not None)
        # (「停留所名」 of 中町, 本郷, 「地区」 of 東山, 西山: a column whose header says it holds names (or places) names its rows in two characters too
        # (tables/read.py's relaxed pass); such a name said once as a word of its own, not inside a longer one
        # (駅前 of 楓ヶ浜駅前), is that row)
        from assistant.query.tables.read import _names_header, _places_header
        names_said = not short_names and (_names_header(t.name) or _places_header(t.name))
        for r in t.rows:
            name = str(r["cells"].get(t.name) or "")
            score, span = _title_score(_key(name), qn)
            if short_names and score < 100 and len(_key(name)) == 2 and len(
                    at := [m.span() for m in re.finditer(re.escape(_key(name)), qn)]) == 1:
                score, span = 100.0, at[0]
            if names_said and score < 100 and len(_key(name)) == 2 and len(at := [m.span() for m in re.finditer(
                    r"(?<![一-龥ァ-ヶー々])" + re.escape(_key(name)) + r"(?![一-龥ァ-ヶー々])", qn)]) == 1:
                score, span = 100.0, at[0]
            if r.get("whole") and score < 100 and (at := qn.find(_key(r["whole"]))) >= 0:
                score, span = 100.0, (at, at + len(_key(r["whole"])))  # 「全庁で」: the 全庁合計 row put back
            short = nfkc(name)[:-len(tail)] if tail else ""
            if short and score < 100 and len(short) >= 2:
                at = [m.span() for m in re.finditer(re.escape(_key(short)) + r"(?![\d０-９])", qn)]
                if len(at) == 1:
                    score, span = 99.0, at[0]
            if score < 100:
                score, span = max((score, span), _office_said_short(nfkc(name), every, qn), key=lambda x: x[0])
            # (「乗務員の接遇」「予約のしやすさ」 of a row printed 「問7 乗務員の接遇」: tables/numbered_names.py)
            for alias in _aliases(name) + numbered_aliases(t, r, name):
                # (said by its other name, the row is read with a note of it)
                other, at = _title_score(_key(alias), qn)
                if min(other, 99.0) > score:
                    score, span = min(other, 99.0), at
                    if other >= 100 and len(_key(alias)) >= 6:
                        said_as_alias.add(r["key"])  # (the other name said in full names the row as its own does)
            own = _CITY_LEAD.match(nfkc(name))
            if own and (own.group(1) in nfkc(t.doc_title) or cities[own.group(1)] >= 2) and score < 100 \
                    and not kind_of_rows(t, r, nfkc(name)[own.end():]):
                # 「鈴鹿市武道館」 in 鈴鹿市's own plan is called 武道館: the city's name before its facility's
                # says whose it is (市民会館, 市立図書館 keep theirs: 民会館 is no name).
                other, at = _title_score(_key(nfkc(name)[own.end():]), qn)
                if min(other, 99.0) > score:
                    score, span = min(other, 99.0), at
            core = _body_core(nfkc(name), nfkc(t.doc_title))
            if core and score < 100:
                # 「国際交流協会」 of 公益財団法人藤ノ沢市国際交流協会, 「観光開発」 of 藤ノ沢観光開発株式会社: a body is called
                # without its legal form and the name of the city owning it (the city the document is of)
                other, at = _title_score(_key(core), qn)
                if min(other, 99.0) > score:
                    score, span = min(other, 99.0), at
            town = _TOWN_LEAD.match(nfkc(name))
            if town and (town.group(1) + town.group(2)[0] in nfkc(t.doc_title) or owners[town.group(1)] >= 2) \
                    and score < 100:
                # 「久米ヶ原町民プール」 in 久米ヶ原町's report is called 町民プール: the town's own name, its 町 the
                # first letter of 町民 (the city's name alone before it says whose it is; so does the name that
                # starts several rows' names, 楠ヶ汐市民文化ホール beside 楠ヶ汐市立中央図書館, in a list titled
                # without it). What follows 市立・市民 (中央図書館, 文化ホール) is said alone too, when it is a name.
                rest = nfkc(name)[town.end():]
                for part in (nfkc(name)[town.end(1):], *((rest,) if len(_key(rest)) >= 4 else ())):
                    other, at = _title_score(_key(part), qn)
                    if min(other, 99.0) > score:
                        score, span = min(other, 99.0), at
            issued = _ISSUED.search(nfkc(name))
            if issued and score < 100:
                # 「住民票の写しの交付」 (a fee's name) is called by what is issued: 「住民票の写しはいくら」
                other, at = _title_score(_key(nfkc(name)[:issued.start()]), qn)
                if min(other, 99.0) > score:
                    score, span = min(other, 99.0), at
            bare = _NAME_NOTE.sub("", nfkc(name))
            if bare != nfkc(name) and len(_key(bare)) >= 3 and score < 100:
                # 「地域庁舎（5庁舎計）」 is called 地域庁舎: the note in brackets after a name is no part of it.
                score, span = max((score, span), _title_score(_key(bare), qn), key=lambda x: x[0])
            first = re.split(r"[・･]", nfkc(name))[0]
            # (「消防・救急」 called 消防 before の: two letters said of what the rows are, 「消防の共同処理」)
            if first != nfkc(name) and (len(_key(first)) >= 3 or (
                    len(first) == 2 and re.fullmatch(r"[一-龥]{2}", first) and (_key(first) + "の") in qn)) and score < 100 \
                    and sum(_key(first) in _key(v) for v in every) == 1:
                # 「犬の登録・狂犬病予防注射済票の交付」 is called by the first of the two it joins (犬の登録),
                # when no other row's name holds it.
                other, at = _title_score(_key(first), qn)
                if len(first) == 2 and qn.count(_key(first) + "の") == 1:
                    other, at = 99.0, (qn.find(_key(first) + "の"), qn.find(_key(first) + "の") + 2)
                if min(other, 99.0) > score:
                    score, span = min(other, 99.0), at
            head = _ACT_TAIL.fullmatch(bare)
            if head and len(_key(head.group(1))) >= 4 and score < 100 \
                    and sum(_key(head.group(1)) in _key(v) for v in every) == 1:
                # 「ノー残業デーの徹底（毎週水曜日）」 is called by what is done (ノー残業デー), when no other row's
                # name holds it.
                other, at = _title_score(_key(head.group(1)), qn)
                deed = _ACT_TAIL.match(qn[at[0]:])
                # (「電子申請の推進」 says another deed than 電子申請の拡充's: another item, never a near one)
                if min(other, 99.0) > score and not (deed and deed.end(1) == at[1] - at[0]
                                                     and deed.group(0)[deed.end(1):] != bare[head.end(1):]):
                    score, span = min(other, 99.0), at
            if score >= _FUZZY_TITLE and (free(*span) or _holds_place(span, taken, place_spans)):
                found.append((score, span, r, name))
        found = _by_note_said(found, qn, free, taken)
        if not found:
            found = _rows_by_subject(t, qn, free)
        if not found and prior:
            found = rows_by_part(t, qn, prior, free)  # 「そのうち警備のほうは」: part of one row's name
        if not found:
            found = rows_by_content(t, qn, free)  # 「…を売ったらという意見」: a sentence-long name by what it says
        if not found:
            found = rows_by_head_and_kind(t, qn, free)  # 「生ごみ処理機の補助金」 for 生ごみ処理機購入補助金
        for score, span, r, name in sorted(found, key=lambda f: (-f[0], -(f[1][1] - f[1][0]))):
            if free(*span) or _holds_place(span, taken, place_spans):
                take(*span, "row", r["key"])
                named.append(name)
                if t.name and "見出し" in {c.header for c in t.columns}:
                    # 本庁舎 under 電気使用量 and again under 都市ガス使用量: the name said is every row of it.
                    mentions.extend(_Mention(*span, "row", o["key"]) for o in t.rows if o is not r
                                    and _key(str(o["cells"].get(t.name) or "")) == _key(str(r["cells"].get(t.name) or "")))
                bare = _key(_NAME_NOTE.sub("", nfkc(name)))
                if t.name and bare != _key(nfkc(name)) and _key(qn[span[0]:span[1]]) == bare \
                        and not _note_said(t, bare, qn):
                    # 「管路更新のもの」 over 管路更新（基幹管路） and 管路更新（配水支管）: the name said without its note
                    # is each row of that name, whatever its note says, not the first of them
                    same = [o for o in t.rows if o is not r
                            and _key(_NAME_NOTE.sub("", nfkc(str(o["cells"].get(t.name) or "")))) == bare]
                    mentions.extend(_Mention(*span, "row", o["key"]) for o in same)
                    named.extend(str(o["cells"].get(t.name) or "") for o in same)
                if score < 100:
                    read_notes.append(f"質問の「{qn[span[0]:span[1]]}」を「{name}」と読みました")
                verbatim = verbatim or (score >= 100 and len(_key(name)) >= 4) or r["key"] in said_as_alias
    _rows_left_out(t, qn, mentions, named, free, take)
    kana = len(t.rows) <= _MAX_READ_ROWS and spelled_in_kana(qn)
    if t.name and not named and kana:
        # 「ふるさとのうぜいの拡充」: the name written in kana, found by its reading.
        for r in t.rows:
            name = str(r["cells"].get(t.name) or "")
            span = find_by_reading(qn, _key(name))
            if span is not None and free(*span):
                take(*span, "row", r["key"])
                named.append(name)
                read_notes.append(f"質問の「{qn[span[0]:span[1]]}」を「{name}」と読みました")
    read_legend_words(db, t, qn, free, take)  # 「オンライン化済み」 for 済 where a legend line says so
    _read_own_member(t, qn, free, take)  # 「うちの市の費用負担」: the member every record of the table has
    _read_all_attended(t, qn, free, take)  # 「会議に全部は出ていない」 over 出席回数（全５回）
    from assistant.query.tables.members_all import read_all_members  # 「５市すべてが参加」 over ○× by member

    read_all_members(t, qn, free, take)
    from assistant.query.tables.place_kinds import read_place_kind  # 「町の…」 over a table of municipalities

    read_place_kind(t, qn, free, take)
    from assistant.query.tables.lower_better_asked import read_lower_better  # 「小さいほど良い指標」: the note's rows

    read_lower_better(t, qn, free, take)
    from assistant.query.tables.all_rows_counted import read_all_rows_counted  # 「4つの基本目標の」: every row

    read_all_rows_counted(t, qn, free, take)
    _read_none_planned(db, t, qn, mentions, free, take)  # 「予定がまったくない」: ― where a legend says 予定なし
    from assistant.query.tables.dash_every_year import read_dash_every_year  # 「ずっと算定されていない（－の）」

    read_dash_every_year(t, qn, mentions, free, take)
    from assistant.query.tables.dash_every_year import read_filled_every_year  # 「毎年数値が出ている」: no dash

    read_filled_every_year(t, qn, mentions, free, take)
    from assistant.query.tables.year_cost_present import read_cost_in_years  # 「R10に事業費が計上されてる」

    read_cost_in_years(t, qn, mentions, free, take)
    from assistant.query.tables.peak_year import read_peak_year  # 「計画期間中でR8が一番多くなる項目」: each row's peak

    read_peak_year(t, qn, mentions, free, take)
    from assistant.query.tables.dash_meaning import read_dash_meant  # 「令和４年度はまだ実施してなかった」: its 「－」

    read_dash_meant(db, t, qn, mentions, free, take)
    # Cell values (longest first); a grade letter or symbol only as a word of its own.
    values: dict[str, set[str]] = {}
    # (a one-letter code a note defines, 「W：木造」, is a value as a grade letter is: 「木造の」 says it)
    noted = {v for v in _wordings_for(db, t).values() if re.fullmatch(r"[a-z]", v)} if t.rows else set()
    dashes: set[str] = set()  # columns printing a dash, which a legend may name (「－：未着手」)
    title_key = _key(t.doc_title or "")
    categories = category_columns(t)
    # (a column listing towns holds the document's own city too: 「椿ヶ丘市が参加していない」)
    listed_places = {c.header: _lists_places(t, c.header) for c in t.columns if not c.numeric}
    for c in t.columns:
        if c.header == t.name:
            continue
        for r in t.rows:
            raw = str(r["cells"].get(c.header) or "")
            if _key(raw.strip()) in _DASHES:
                dashes.add(c.header)  # (a column of amounts too: ※「－」は効果額を算定していない)
            if c.numeric and re.fullmatch(r"[一-龥ぁ-んァ-ヶー]{2,6}", nfkc(raw).strip()) \
                    and _key(nfkc(raw).strip()) not in _EMPTY:
                # 「据置」 among the rates of a column of numbers (+10.0%, 据置): a word, said as the value
                values.setdefault(_key(nfkc(raw).strip()), set()).add(c.header)
                continue
            if c.base == "単位" and "単位" not in qn and re.match(r"[一-龥ぁ-んァ-ヶー]{2,}[(（]", nfkc(raw).strip()):
                # 「全日(9時~22時)」 in a fee table's 単位: a time slot named by a word, said bare (「全日で借りる」);
                # a count with its counter (1時間, 1施設) is said only with the column's word.
                word = re.match(r"[一-龥ぁ-んァ-ヶー]{2,}", nfkc(raw).strip()).group(0)
                values.setdefault(_key(word), set()).add(c.header)
                continue
            if (c.numeric and c.base != "単位") or (c.base == "単位" and "単位" not in qn):
                # (a unit, 施設 of 「公共施設の再編」, is said of a row only with its column's word; 「1時間
                # 単位のもの」 is a unit said so, though 1時間 reads as a number)
                continue
            # (a remark written as sentences, 「成果指標（ごみ排出量）を設定し、…検証すること。」, is no value
            # by its pieces: a word inside it is a topic it touches, read as such)
            for v in ((raw,) if _prose_cell(raw) else _cell_values(raw)):
                vk = _key(v)
                subject = _TOPIC_END.sub("", vk) if vk.endswith(_TOPIC_ENDS) else vk
                if not subject or (len(subject) >= 3 and subject in title_key and not _groups_rows(t, c.header, raw)
                                   and not listed_places.get(c.header)):
                    continue  # 「意見書(案)について」 in the paper's own table: 「…の意見書について」 is the paper
                # (a unit of one character, 人 or 件, is a value once the question says 単位: 「単位が「人」の」)
                if vk and (len(vk) >= 2 or _SHORT_VALUE.match(vk) or vk in noted or c.base == "単位" or (
                        re.fullmatch(r"[一-龥]", vk) and (c.header in categories or _said_after_column(t, c, vk, qn)))) \
                        and not vk.isdigit() \
                        and vk not in _EMPTY:
                    values.setdefault(vk, set()).add(c.header)

    # Values, a grade's wording printed in a legend (「△：未達成」: 「未達成の取組」 is the symbol) and
    # column words, the longest first: 「達成状況」 is the column, not the value 達成 inside it.
    said: list[tuple[str, str, object]] = [(vk, "value", (vk, holders)) for vk, holders in values.items()
                                           if not (holders == {"見出し"} and _topic_in_text(t, vk, qn))]
    # 「据え置きになった」 over cells printing 据置: the word with its okurigana is the value printed.
    said += [(full, "value", (vk, holders)) for vk, holders in values.items()
             if (full := _key(with_okurigana(vk))) and full not in values]
    # 「続ける施設」 over cells printing 継続（公募）・継続（非公募）: a value's native verb says it.
    said += [(spoken, "value", (vk, holders)) for vk, holders in values.items()
             for spoken in _NATIVE_VERBS.get(vk, ()) if spoken not in values]
    # 「済んでいる」「オンライン化済み」 over cells printing 済: a kind of one kanji said with its okurigana,
    # after its column's word too.
    said += one_kanji_said(t, values)
    said += not_yet_said(values)  # 「まだ手を付けてない」 over cells printing 未着手
    # 「町内会に出している」 over cells printing 各町内会: the recipients said without 各 (each of them).
    said += [(vk[1:], "value", (vk, holders)) for vk, holders in values.items()
             if _EACH.fullmatch(vk) and vk[1:] not in values]
    # 「月曜の」 for 月曜日, 「毎月第3月曜の」 for 毎月第3月曜日: a day of the week is said without its 日, in a
    # value ending in one too.
    said += [(vk[:-1], "value", (vk, holders)) for vk, holders in values.items()
             if _WEEKDAY.search(vk) and vk[:-1] not in values]
    # 「第3章2に出た意見」 over cells 「第3章2公共施設の最適化」 (a PDF's wrapped cell joined): the code it
    # opens with says it, when it opens no other value
    coded: dict[str, list[str]] = {}
    for vk in values:
        if (code := re.match(r"第\d{1,2}章\d{1,2}(?=[^\d])", vk)) and code.group(0) not in values:
            coded.setdefault(code.group(0), []).append(vk)
    said += [(code, "value", (vks[0], values[vks[0]])) for code, vks in coded.items() if len(vks) == 1]
    # 「休日夜間急患センターの…」 for a row named 休日夜間急患センター運営: a name said without the deed it ends in
    # (運営, 共同運用, 事業 …), where no other row's name is so said
    bare: dict[str, list[str]] = {}
    for vk, holders in values.items():
        if any(h == t.name or _key(h).endswith(("名", "名称")) for h in holders) and (m := _DEED_TAIL.fullmatch(vk)) and len(m.group(1)) >= 3 and m.group(1) not in values:
            bare.setdefault(m.group(1), []).append(vk)
    said += [(b, "value", (vks[0], values[vks[0]])) for b, vks in bare.items() if len(vks) == 1]
    # 「パート」「フル」 for パートタイム, フルタイム (the search form folds katakana: ぱーとたいむ)
    said += [(vk[:-3], "value", (vk, holders)) for vk, holders in values.items()
             if _TIME_KANA.fullmatch(vk) and vk[:-3] not in values]
    letters = {vk for vk in values if _SHORT_VALUE.match(vk) or vk in noted}
    # 「※印がついている」「○印の」: a symbol said with 印 (mark) is that symbol
    said += [(vk + "印", "value", (vk, values[vk])) for vk in letters if not vk.isascii()]
    # 「上限がかかってる区分」: a mark named by the words of the note on it (see mark_notes)
    if any(not vk.isascii() for vk in letters):
        doc_text = _text_of(db, t.source)
        column_words = tuple(sorted({_key(f) for c in t.columns for f in (*c.forms, c.header) if len(_key(f)) >= 2}))
        said += [(w, "value", (vk, values[vk])) for vk in letters if not vk.isascii()
                 for w in mark_said(doc_text, vk, column_words, qn)]
    signed = [c.header for c in t.columns if c.numeric and any(
        re.match(r"[△▲]\s*\d", nfkc(str(r["cells"].get(c.header) or "")).strip()) for r in t.rows)]
    if len(signed) == 1:
        # 「減収になるもの」 where a note says 「△」は減収を表します and one column of amounts prints △: the
        # rows whose amount there is below zero.
        # (「減額幅が一番大きい」「減額の大きさ」: the size of the cut is ranked, the rows of none left out: no
        # condition, as signed_extreme reads it)
        said += [(w, "below_zero", signed[0]) for w, letter in _wordings_for(db, t).items()
                 if letter in ("△", "▲") and len(w) >= 2 and w not in values
                 and not re.search(re.escape(w) + r"(?:幅|額|分|量|の幅|の大きさ|が(?:いちばん|一番|最も|もっとも)?大き)", qn)]
    if letters or dashes:
        wordings = _wordings_for(db, t).items()
        # (「いつ移行する予定？」 over a 工程表 whose legend says ◆：移行: the stage whose time is asked, no
        # condition that its mark stands in some column — the note or passage saying when answers it)
        said += [(w, "value", (letter, values[letter])) for w, letter in wordings if letter in letters
                 and not (letter in "■□◆◇▶▷★☆" and re.search(r"いつ(?:ごろ|頃)?(?:に|から|まで)?" + re.escape(w), qn))]
        said += [(w, "value", (letter, dashes)) for w, letter in wordings if letter in _DASHES]
        said += _at_least(qn, dict(wordings), values)
    said += [w for w in _heading_words(t, values) if not _topic_in_text(t, w[0], qn)]
    from assistant.query.tables.kind_of_named import kind_of_named_words  # (「福祉センター系の施設」: the heading)

    said += kind_of_named_words(t, qn)
    said += _category_words(t, values)
    from assistant.query.tables.clipped_values import clipped_values  # (「随契を除いて」: 入札方式 随意契約)
    said += clipped_values(t, values, _key, _DASHES)
    from assistant.query.tables.clipped_values import predicate_clipped_values  # (「書かない窓口の」: …で受付)

    said += predicate_clipped_values(t, values, _key, _DASHES)
    from assistant.query.tables.clipped_values import unit_stem_values  # (「下水道の車」: 所属課 下水道課)

    said += unit_stem_values(t, values, _key, _DASHES, qn)
    # (A column's short form that is a word for the rows themselves, 取組 of 「令和7年度の取組」, names
    # the rows: 「財政効果が一番大きい取組」 asks for the item, not that column.)
    # (a numbering column headed by the rows' own word, 重点 printing 重点1 …: said, it names the rows, as the
    # naming column's word does — 「評価がAの重点は」 asks for rows, not the column)
    said += [(f, "col", c.header) for c in t.columns for f in c.forms
             if (f == c.header or f not in _ROW_WORDS or c.header == t.name) and not (
                 c.header == t.number and _numbered_by_word(t))]
    said += change_date_forms(t, qn)  # 「10月からは」 over 現行料金 | 改定後料金 of a table dated 「10月１日改定」
    # 「…室がある施設」 over 室名: a one-kanji thing named by its name column (室 of 室名), said standing alone
    # (not where values are quantified, 「午前・午後・夜間どれも…になる室」: each room's every row, then its facility, is
    # no reading of this table yet — the rows would be taken one by one and the quantifier lost)
    said += [(m.group(1), "col", c.header) for c in t.columns if not c.numeric
             for m in [re.fullmatch(r"([一-龥])名", _key(c.header))] if m and m.group(1) not in c.forms
             and not re.search(r"どれも|いずれも|どの[一-龥]{1,4}も|すべて|全部|全て", qn)]
    # 「前の年度の指摘がまた再指摘された」 over a note 「「再指摘」は前年度の同一事項を再度指摘したもの」: the
    # value's definition said before it, no condition of its own
    restated_before(db, t, qn, values, free, take)
    read_term_of_values(db, t, qn, free, take)  # 「採用された提案」 over ※ 「Ａ及びＢの判定を受けた提案を「採用提案」とし」
    _change_printed(t, qn, values, free, take)  # 「前年度から評価が悪くなった」 over a column printing ↓悪化
    # 「使用料見直し」 of 「使用料・手数料の見直し」: the title said short, not the rows of 区分 使用料.
    for a, b in _title_said_short(t, qn, values):
        if free(a, b):
            take(a, b, "filler")
            read_notes.append(f"「{qn[a:b]}」を資料名「{t.doc_title}」の略と読みました")
    # 「指定管理施設」 over 指定管理施設一覧 (rows named by 施設名): the rows' word with what the document's file
    # name says before it names the rows it lists, no value of another column (指定管理者).
    stem = _key(re.sub(r"\.[a-z0-9]+$", "", t.source or ""))
    row_word = re.sub(r"(?:名称|名)$", "", t.name or "")
    for m in re.finditer(r"[一-龥ァ-ヶー]{4,}", qn) if len(row_word) >= 2 else ():
        if m.group(0).endswith(row_word) and len(m.group(0)) > len(row_word) and m.group(0) in stem \
                and m.group(0) not in values and free(*m.span()):
            take(m.start(), m.end(), "filler")
    from assistant.query.tables.count_stems import read_count_said_by_act  # 「差押えが300件を超えた」 over 差押件数

    read_count_said_by_act(t, qn, free, take)
    from assistant.query.tables.column_tail_asked import read_column_tail_asked  # 「評価点が一番高かった法人は」

    read_column_tail_asked(t, qn, free, take)
    # 「「やや不満」と答えた人は何人」 over やや不満 │ 割合 │ 人数: the one of the pair its counter asks
    if (pair := pair_asked(t.columns, qn, free)) is not None:
        take(pair[0], pair[1], "col", pair[2])
    # 「統合検討の小学校」: the names ending in 小学校 (name_endings.py), before 学校 of 学校名 is read as its column
    endings_said(t, qn, free, take, values)
    without_no = qn.replace("の", "")
    for form, kind, data in sorted(said, key=lambda x: -len(x[0])):
        # (「町内会の加入率」 for the value 町内会加入率: a compound of kanji said with の between its words;
        # 「年間の影響額」 for the column 年間影響額 likewise)
        compound = kind in ("value", "col") and _KANJI_COMPOUND.fullmatch(form)
        if form not in qn and not (compound and form in without_no):
            # 「国の補助を使った」 over 財源 国補助: a value of three kanji said as its one-kanji owner の its word
            owned = kind == "value" and re.fullmatch(r"[一-龥]{3}", form) and f"{form[0]}の{form[1:]}" in qn
            if not owned:
                continue  # (the values of every table are tried on each question: most are not in it)
            pattern = re.escape(f"{form[0]}の{form[1:]}")
        else:
            pattern = "の?".join(map(re.escape, form)) if compound else \
                re.escape(form) if len(form) >= 2 else \
                rf"(?<![一-龥]){re.escape(form)}(?:関係|関連)?(?![一-龥])" if re.fullmatch(r"[一-龥]", form) else \
                rf"(?<![a-z0-9.\-]){re.escape(form)}(?![a-z0-9.\-])"
        if kind == "col" and re.fullmatch(r"[一-龥]", form):
            # (「和室を夜使うと」: a one-kanji word of a column said right before a verb, the verb's kanji after it)
            pattern = rf"(?<![一-龥]){re.escape(form)}(?:関係|関連)?(?:(?P<verb>(?=[一-龥]))|(?![一-龥]))"
        for m in re.finditer(pattern, qn):
            if m.groupdict().get("verb") is not None and not _word_before_verb(qn, m.start()):
                continue
            if not free(*m.span()) and not (kind == "value" and _holds_place(m.span(), taken, place_spans)
                                            and (m.start(), m.end()) not in place_spans) \
                    and not (kind == "col" and _member_column(t, data, qn, m.span(), taken, place_spans)) \
                    and not (kind == "value" and _place_in_cells(t, data, qn, m.span(), taken, place_spans)):
                continue  # (「文化フォーラム春日井」: a value holding the place's name is still the value)
            if kind == "value" and qn.startswith("の", m.end()) and form in title_key and _PLACE_CELL.fullmatch(form):
                continue  # 「椿ヶ丘市の共同処理」 in 椿ヶ丘市's own list: whose the rows are, no member said
            if kind == "value" and form != data[0] and form in _NATIVE_VERBS.get(data[0], ()) \
                    and re.search(r"[一-龥][えりびちしみきいぎっ]$", qn[:m.start()]):
                continue  # 「増え続けている」: a verb's own going on (増え + 続ける), no course 継続 said
            if kind == "col" and data == t.name and t.name_ending and form in (t.name_ending, t.name_ending[-1]) \
                    and (re.match(r"[一-龥ァ-ヶー]", qn[m.start() - 1:m.start()] or " ")
                         or re.match(r"[一-龥](?<![数別名毎計等])", qn[m.end():m.end() + 1] or " ")):
                continue  # 「資金不足比率」 over rows named …比率, 「事業費」 over rows named …事業: the names' ending inside
                # a longer word names no rows (学校数, 事業別: a counter or a suffix after it still names them)
            if kind == "value" and _begins_column_word(t, form, qn, m.start(), m.end()):
                continue  # 「健全度が」 over a legend 「Ⅰ：健全」 and columns 健全度第1巡 | 健全度第2巡: the columns' word, no value
            if kind == "value" and len(form) <= 2 and re.match(r"[一-龥]", form) \
                    and re.match(r"[一-龥]", qn[m.start() - 1:m.start()] or " ") \
                    and re.match(r"[一-龥]", qn[m.end():m.end() + 1] or " "):
                continue  # 「委員」 inside 「行革推進委員会」: part of another word, no value said (a grade letter between
                # kanji, 「進捗A以外」, is no part of a word)
            if kind == "value" and form != data[0] and data[0] in _TIMELINE_MARK_VALUES and (
                    run := re.search(r"[一-龥ぁ-んァ-ヶー]{2,}$", qn[:m.start()])) and run.group(0) + form in title_key:
                continue  # 「ガバメントクラウド移行の工程表で」: the title said, not the mark ◆ its legend calls 移行
            caption = _key(t.caption)
            before = re.search(r"([一-龥]{2,4})(?:した|している|する|された)$", qn[:m.start()])
            if kind == "value" and before and _key(before.group(1)) + form in caption:
                # 「出席した委員」 over the table 「出席委員（7名）」: the rows the table lists, not 役職が委員.
                take(before.start(), m.end(), "filler")
                continue
            joined = re.search(r"[一-龥]{1,4}$", qn[:m.start()]) if kind == "value" else None
            if joined and caption and len(joined.group(0) + form) >= 4 and _key(joined.group(0)) + form in caption \
                    and not re.match(r"[一-龥]", qn[m.end():m.end() + 1] or " "):
                # 「選定委員は何人」 over the table captioned 「選定委員」 (役職: 委員長 | 委員): the rows the table lists,
                # said by its caption, not 役職が委員.
                take(joined.start(), m.end(), "filler")
                continue
            if kind == "value" and caption and re.match(r"(?:のうち|の中で|の中の)", qn[m.end():]) \
                    and re.search(rf"(?:^|[\s\d.．、]){re.escape(form)}(?:名簿|一覧|構成)", caption):
                # 「委員のうち学識経験者は」 over the table 「委員名簿」 (役職: 委員長 | 委員): all the rows the list
                # names, then narrowed, not 役職が委員 (which would leave out the chair).
                take(m.start(), m.end(), "filler")
                continue
            answered = _ANSWERED_SHARE.match(qn[m.end():]) if kind == "col" else None
            if answered and answered.end() > 0:
                # 「「知っている」と答えた割合」 over a survey's column per answer (知っている | 知らない, in %):
                # the column itself, what its figures are (the share of those answering so) said with it.
                take(m.start(), m.end() + answered.end(), kind, data)
                continue
            if kind == "col" and re.match(r"の対象(?:に|と|で)", qn[m.end():]) and not _one_mark(t, data):
                # 「いくつ見直しの対象になって」: the rows the table is of (its action), not the column 見直しの内容.
                # (a column of one mark, 激変緩和 ○, is what the row is 対象 of: its mark, read below)
                take(m.start(), m.end() + 3, "filler")
                continue
            if kind == "value" and qn.startswith(("状況", "状態"), m.end()) \
                    and all(t.column(h).year is not None for h in data[1]):
                # 「2026年度の実施状況は？」 over year columns of 実施/一部実施: the word names what the
                # year's column holds, no value of it.
                take(m.start(), m.end() + 2, "filler")
                continue
            if kind == "value" and _UNIT_ASIDE.match(form) and (
                    re.search(r"[(（]\s*$", qn[:m.start()]) and re.match(r"\s*[)）]", qn[m.end():])
                    or qn[:m.start()].endswith("何")):
                # 「合計はいくら？（千円）」「何千円」: the unit the answer is asked in, no row's unit
                take(m.start(), m.end(), "filler")
                continue
            if kind == "col" and _names_the_document(t, qn, m.start(), m.end()):
                continue
            if kind == "col" and _deed_of_count_said(t, data, form, qn, m.end()):
                continue  # 「令和5年度に修繕した橋」 over 修繕件数: the things done asked, not the count of them
            if kind == "value" and _occasion_before_value(qn, form, m.start(), m.end(), title_key, data[1], values):
                # 「今回の見直しで廃止になる」 over 「…見直し結果一覧」 (評価区分 見直し | 廃止): the title's word said with
                # で before another value of its column is the occasion, not a second choice a row cannot also have.
                take(m.start(), m.end(), "filler")
                read_notes.append(f"「{qn[m.start():m.end()]}」を資料名「{t.doc_title}」の語と読みました")
                continue
            if kind == "col" and re.fullmatch(r"合計|総計|合算", form) and re.match(r"(?:する|すると|して|した|しても)", qn[m.end():]):
                continue  # 「合計するといくら」: the verb of adding up, no column named 合計
            if kind == "col" and _row_word_asked(t, data, form, qn, m.start(), m.end()):
                take(m.start(), m.end(), "filler")
                continue  # 「…がいちばん先の施設はどこ」: the rows' word, not 施設 of 施設の維持管理
            longer = re.match(r"[一-龥]+", qn[m.end():]) if kind == "value" else None
            if longer and len(joined := qn[m.start():m.end() + longer.end()]) >= 4 and joined in title_key \
                    and joined not in values:
                # 「窓口手続のロードマップで」 of 「窓口手続のデジタル化ロードマップ」: the value (窓口 of 窓口のみ)
                # inside a word of the title said names the document, not rows.
                take(m.start(), m.end() + longer.end(), "filler")
                continue
            if kind == "value" and len(form) >= 2 and form in title_key and re.search(r"(?:年度|年|\d)の$", qn[:m.start()]) \
                    and re.match(r"(?:のうち|の中で|で|は|について)", qn[m.end():]):
                # 「令和6年度の指摘のうち」 of 「…における指摘事項…一覧」: the rows the document lists, of a year, not
                # the rows of the value 指摘 (of 指摘区分)
                take(m.start(), m.end(), "filler")
                continue
            earlier = re.search(r"[一-龥]{2,}$", qn[:m.start()]) if kind == "value" else None
            if earlier and free(earlier.start(), m.start()) and (joined := qn[earlier.start():m.end()]) not in values \
                    and (joined in title_key or joined in _key(re.sub(r"\.[a-z0-9]+$", "", t.source))):
                # 「監査指摘」 of 「監査指摘事項措置状況一覧」: the value (指摘 of 指摘区分) ending a word of the
                # document's name names what the document lists, not rows of that value.
                take(earlier.start(), m.end(), "filler")
                continue
            if kind == "value" and set(data[1]) == {"見出し"} and all(
                    _key(str(r["cells"].get("見出し") or "")) == _key(t.doc_title) for r in t.rows
                    if data[0] in {_key(v) for v in _cell_values(str(r["cells"].get("見出し") or ""))}):
                # 「第1回」 of the document's title, the heading its first rows sit under (令和7年度 第1回
                # …会議 会議要旨): it names the document, not rows of it.
                take(m.start(), m.end(), "filler")
                continue
            per = re.match(r"(?:あたり|当たり|単位(?=で|に|の|ごと))", qn[m.end():]) if kind == "col" and data == t.name else None
            if per:
                # 「部局あたり平均何人」: per row, the rows' own word, no column asked; 「（部局単位で）」 too: the
                # rows counted are this table's (the groups', not their parts'), and 「課ではなく部局単位で」
                # says which rows are not (the parts' word, set aside, no word left unread).
                instead = re.search(r"[一-龥ァ-ヶー]{1,6}(?:では|じゃ)なく[、,]?$", qn[:m.start()]) if per.group(0) == "単位" else None
                take(instead.start() if instead and free(instead.start(), m.start()) else m.start(), m.end() + per.end(), "filler")
                continue
            if kind == "value":
                take(m.start(), m.end() + value_tail(t, data[0], qn, m.end()), kind, data)
                continue
            take(*m.span(), kind, data)
    # 「苧環村の令和7年度負担金」 over 負担金 (its 合計 said by the group's word) | 苧環村 …: the member said picks
    # its own column of the group; the group's word is no second column.
    for x in [x for x in mentions if x.kind == "col" and _group_of_said(t, x, qn, mentions)]:
        mentions.remove(x)
    if kana:
        for c in t.columns:  # 「たんとう課」: a column's word in kana
            for f in c.forms:
                span = find_by_reading(qn, f)
                if span is not None and free(*span):
                    take(*span, "col", c.header)
    per_person = _PER_PERSON_SAID.search(qn)
    if per_person and free(*per_person.span()) and _PER_PERSON_SAID.search(
            kanji_numbers(nfkc(t.caption + " " + t.doc_title))):
        # 「一人当たり借金残高」 over a table captioned 「村民一人当たりの地方税と借金残高」: every figure of the table is
        # per person, as its caption says; the words name the table's figures, no column of their own
        take(*per_person.span(), "filler")
    undecided = _UNDECIDED.search(qn)
    if undecided and "未定" in values and free(*undecided.span()):
        # 「まだ決まってない」: the cells that print 未定 (実施目標年度 | 未定).
        take(*undecided.span(), "value", ("未定", values["未定"]))
    _quoted_in_column(t, question, qn, mentions, taken, take)
    _shared_words_joined(t, qn, mentions)
    _topic_in_rows(t, question, qn, free, take)
    _district_in_addresses(t, question, qn, place_spans, mentions, free, take)
    _word_inside_column(t, question, qn, mentions, free, take)
    part = _part_of_one_row(t, question, qn, place_spans, free, take) if not mentions else None
    if part is not None:
        row, said = part
        named.append(str(row["cells"].get(t.name) or ""))
        read_notes.append(f"「{'」「'.join(said)}」をすべて含む行として「{named[-1]}」を読みました")
    # 「担当課は？」 where the table prints 所管課: the one column naming the office answers, said so.
    office = _OFFICE_WORD.search(qn)
    offices = [c.header for c in t.columns if _OFFICE_LABEL.match(nfkc(c.header))]
    named_rows = [r for r in t.rows if any(m.kind == "row" and m.data == r["key"] for m in mentions)]
    if len(offices) > 1 and named_rows:
        offices = [h for h in offices if any(r["cells"].get(h) for r in named_rows)]
    if office and len(offices) > 1:
        # 「担当課」 over 部 | 課 columns: the one ending as the word said does.
        offices = [h for h in offices if nfkc(h)[-1] == office.group(0)[-1]] or offices
    if office and free(*office.span()) and len(offices) == 1:
        take(*office.span(), "col", offices[0])
        read_notes.append(f"この表に「{office.group(0)}」の欄はないため、同じく担当の部署を示す「{offices[0]}」の欄で答えました")
    asked_office = _WHICH_OFFICE.search(qn)
    if asked_office and free(*asked_office.span()):
        # 「どこの課？」 where the table prints 所属 (税務課, 上下水道課): the one column whose values are such offices.
        kind = next(g for g in asked_office.groups() if g)
        ends = "課部室局" if kind in ("部署", "部局") else kind[-1]
        holders = [c.header for c in t.columns if not c.numeric and c.header != t.name and (vs := [
            nfkc(str(r["cells"].get(c.header) or "")).strip() for r in t.rows]) and sum(
            bool(v) and v[-1] in ends for v in vs) * 5 >= len(vs) * 4]
        if len(holders) == 1:
            take(*asked_office.span(), "col", holders[0])
    ending = column_ending(t, qn) if not asked_office else None
    if ending and free(*ending[0]):
        take(*ending[0], "col", ending[1])  # (「どこの園」: the column of names ending 園, which_of_ending.py)
    numbers(with_unit_only=False)
    for target_said in re.finditer(r"(?:目標|基準)(?:値|ライン)?(?:の|である|は)?(?=\d)", qn):
        # 「目標90％に届かなかった」: the bound said is the target the document sets; the word names the number
        if free(*target_said.span()) and any(x.kind == "cmp" and x.start == target_said.end() for x in mentions):
            take(*target_said.span(), "filler")
    # 「二次評価（行政評価委員会）で所管課の一次評価より」: a column said with its header's own bracketed words (after
    # it, or before it with の) is that column, no other
    _own_words_of_column(t, qn, mentions, free, take)
    year_as_column(t, qn, mentions)  # 「R8見込がR7と同額」: R7 is the same figure's column of that year
    year_first_as_column(t, qn, mentions)  # 「R7が目標（R10）以下」: R7 is the column headed by that year alone
    _title_word_after_column(t, qn, mentions, free, take)  # 「資源ごみが不燃ごみの5倍」 over 資源 | 不燃 of ごみ排出量
    # 「実績値が計画値を上回った」: two columns of a row compared.
    cols = sorted((m for m in mentions if m.kind == "col"), key=lambda m: m.start)
    for a, b in zip(cols, cols[1:]):
        between = qn[a.end:b.start]
        # (「目標値にもう届いている」: already, said after the particle, adds no condition either)
        rest = qn[b.end:]
        # (「R7の時点でもう目標（R10）の人数以下になってる」: the first column a year's, said as the time; the figure's own
        # word after the second (の人数) says no third column)
        if t.column(a.data).year is not None:
            between = re.sub(r"^の?時点で", "が", between)
        counted = re.match(r"の(?:人数|職員数|数値|数|値|額|金額|件数)(?=以上|以下|未満)", rest)
        share = _SHARE_OF.match(rest) if not counted else None
        factor, shift = 1.0, counted.end() if counted else 0
        rest = rest[shift:]
        if share:
            factor = 0.5 if share.group("half") else float(share.group("n")) / {"割": 10, "倍": 1}.get(share.group("u"), 100)
            shift = share.end()
            rest = rest[shift:]
        already = re.match(r"(?:を|より|に)((?:もう|すでに|既に)[、,]?)", rest)
        skipped = len(already.group(1)) if already else 0
        verb = _COMPARED.match(rest[:already.start(1)] + rest[already.end(1):] if already else rest)
        # (「予算額が令和6年度の交付額より」: the other column's year said before it)
        # (「第3四半期の時間外が第1四半期より」: the measure the table's title says, said between)
        measure = re.fullmatch(r"の([^がはのを]{2,8})(?:が|は)", between)
        titled = measure is not None and measure.group(1) in _key(t.doc_title + " " + t.caption)
        # (「実績がもう目標値に届いている」「すでに」: already, said between, adds no condition)
        between = re.sub(r"(?<=[がは])(?:もう|すでに|既に)$", "", between)
        # (「二次評価（委員会）で所管課の一次評価より下の」: the first column said with で, the second's own bracketed
        # word (一次評価 (所管課)) before it)
        # (「令和6年度の実績で中間目標をもう達成している」: the figure reached with, said with で)
        if between == "で" and verb and (verb.group(0).startswith("より") or re.search(r"達成|達し|届", verb.group(0))):
            between = "が"
        # (「改定案の額が近隣平均より低い」: the first column restated as its amount; 「改定後に近隣平均より高くなる」:
        # the first column said as the time the second is compared at)
        if verb and verb.group(0).startswith("より") and (
                re.fullmatch(r"の(?:額|金額|料金|値|数値)(?:が|は)", between) or (between == "に" and t.column(a.data).numeric)):
            between = "が"
        # (「R6の数値が類似団体平均を下回ってる」: the first column restated as its figure, whatever the verb)
        if verb and re.fullmatch(r"の(?:値|数値|数字)(?:が|は)", between) and t.column(a.data).numeric:
            between = "が"
        # (「会計年度任用職員の時間のほうが正規職員より多い」 under 年間業務量（時間）: the unit both columns hold,
        # printed in their header, said after the first)
        unit_said = re.fullmatch(r"の([^がはのを]{1,4})(?:の方|のほう)?(?:が|は)", between)
        if unit_said and verb and unit_said.group(1) in nfkc(t.column(a.data).header) \
                and unit_said.group(1) in nfkc(t.column(b.data).header) and unit_said.group(1) not in t.column(a.data).base:
            between = "が"
        if (between in ("が", "は", "の方が", "のほうが") or _YEAR_BETWEEN.fullmatch(between) or titled) and verb:
            mentions.remove(a)
            mentions.remove(b)
            word = verb.group(0)
            op = "lt" if re.search(_NOT_REACHED + r"|下回|少な|小さ|低|減|^未満|^より(?:下|悪)", word) else \
                "le" if word.startswith("以下") else \
                "ge" if re.search(r"達し|満た|届|達成|^以上", word) else "gt"
            said_year = _YEAR_BETWEEN.fullmatch(between)
            inner = [m for m in mentions if m.kind == "year" and a.end <= m.start and m.end <= b.start]
            if said_year and len(inner) == 1:
                # 「令和7年度の実績が令和10年度の目標値に」: the year said between is the second column's own
                mentions.remove(inner[0])
                b.data = _of_year(t, b.data, [inner[0].data[0]])
            start = a.start
            own = next((m for m in mentions if m.kind == "year" and m.end <= a.start and re.fullmatch(r"の?", qn[m.end:a.start])), None)
            if said_year and own is not None and t.column(a.data).base and t.column(a.data).base == t.column(b.data).base:
                # 「R6目標がR5目標より高い」: the year said right before the first column of the series is that column's
                # own, as the one said between is the second's
                mentions.remove(own)
                a.data, start = _of_year(t, a.data, [own.data[0]]), own.start
            if op in ("lt", "gt") and not (t.column(a.data).numeric or t.column(b.data).numeric) \
                    and _graded(t, a.data) and _graded(t, b.data):
                # 「二次評価が一次評価より下の」: two columns of grades (A–D, ◎○△), the one below the other in the
                # grades' order (the legend's, else A over D): the other's grade changed down to this one's
                take(a.start, b.end + verb.end() + skipped, "change",
                     (b.data, a.data, "down" if op == "lt" else "up", _ranks(db, t, [a.data, b.data])))
                continue
            if shift:
                # (the share said, 「の8割」, is part of the comparison: no bound of its own)
                for m in [m for m in mentions if b.end <= m.start < b.end + shift + verb.end() + skipped]:
                    mentions.remove(m)
            take(start, b.end + shift + verb.end() + skipped, "cols",
                 (a.data, b.data, op, bool(_REACHED.search(word)), False, factor))
    _more_than_the_other(t, qn, mentions, free, take)
    _price_changed(t, qn, free, take, mentions, taken)
    _change_from_previous(t, qn, mentions, free, take)
    _against_previous_year(t, qn, mentions, free, take)
    read_people_word(t, qn, free, take)  # 「人数が一番減った」 of a table of 職員数: the figures it holds
    _merged_heading_blank(t, qn, free, take)
    _related_to_none(t, qn, free, take)
    _odd_one_out(t, qn, mentions, free, take)
    _not_used_under_heading(t, qn, mentions, free, take)
    _who_said(t, qn, mentions, free, take)
    _word_every_row_holds(t, question, qn, free, take)
    # 「利用者数が目標に届かなかった」: a target said alone is compared with the table's one column of
    # results (実績), the value said before it naming the row (区分が利用者数).
    actual = [c.header for c in t.columns if c.numeric and c.base.startswith("実績")]
    if len(actual) > 1 and len({t.column(h).base for h in actual}) == 1 and all(t.column(h).year for h in actual):
        # 令和5年度実績 | 令和6年度実績: one column of results per year; the binding takes the year said
        # (or the latest, said so), as for 「実績が目標に届かなかった」.
        actual = actual[:1]
    for b in [m for m in mentions if m.kind == "col"]:
        verb = _COMPARED.match(qn[b.end:])
        if verb and len(actual) == 1 and b.data != actual[0] and t.column(b.data).numeric \
                and re.match(r"目標|計画|予定|見込", t.column(b.data).base) and qn[b.start - 1:b.start] in ("が", "は", "の", "に") \
                and not any(m.kind == "col" and t.column(m.data).base == t.column(actual[0]).base for m in mentions):
            mentions.remove(b)
            word = verb.group(0)
            op = "lt" if re.search(_NOT_REACHED + r"|下回|少な|小さ|低", word) else \
                "ge" if re.search(r"達し|満た|届|達成", word) else "gt"
            take(b.start, b.end + verb.end(), "cols", (actual[0], b.data, op, bool(_REACHED.search(word))))
    for a, b in zip(cols, cols[1:]):
        # (「一次評価と二次評価の区分が違っている」: a word both columns' headers share (評価区分 over the two), said
        # of the pair before the verb, names what is compared and no third column)
        shared = re.match(r"の([一-龥ァ-ヶー]{1,6})(?=[がはで])", qn[b.end:]) if a in mentions and b in mentions else None
        if shared and not (shared.group(1) in _key(a.data) and shared.group(1) in _key(b.data)):
            shared = None
        alike = _ALIKE.match(qn[b.end + (shared.end() if shared else 0):])
        if a in mentions and b in mentions and a.data != b.data and qn[a.end:b.start] == "と" and alike:
            mentions.remove(a)
            mentions.remove(b)
            end = b.end + (shared.end() if shared else 0) + alike.end()
            for m in [m for m in mentions if m.kind == "col" and b.end <= m.start < end]:
                mentions.remove(m)
            take(a.start, end, "cols", (a.data, b.data, "ne" if alike.group("ne") else "eq"))
        # 「出席委員数が委員数と同じ」: the one column said equal to the other
        same = _SAME_AS.match(qn, b.end)
        if a in mentions and b in mentions and a.data != b.data and qn[a.end:b.start] in ("が", "は") and same \
                and t.column(a.data).numeric and t.column(b.data).numeric:
            mentions.remove(a)
            mentions.remove(b)
            take(a.start, same.end(), "cols", (a.data, b.data, "ne" if same.group("ne") else "eq"))
        # 「予定価格を上回る額で売れた」: the column compared with said first, the column compared after it
        over = _OVER_THEN.fullmatch(qn[a.end:b.start])
        if a in mentions and b in mentions and a.data != b.data and over \
                and t.column(a.data).numeric and t.column(b.data).numeric:
            mentions.remove(a)
            mentions.remove(b)
            take(a.start, b.end, "cols", (b.data, a.data, "lt" if re.match(r"下回|低|少|安", over.group("w")) else "gt", False))
    _read_done_value(t, qn, free, take)
    read_noted_meaning(db, t, qn, free, take)  # 「据え置く」 of a note 「施行日が「－」のものは据置き」
    # Negations right after a value; 「◎でも○でもない」 negates both.
    values_said = sorted((m for m in mentions if m.kind == "value"), key=lambda m: m.start)
    for n, mention in enumerate(values_said):
        state = _STATE_VERB.match(qn[mention.end:])
        if state and free(mention.end, mention.end + state.end()) and not _NEGATION.match(qn[mention.end:]):
            taken.append((mention.end, mention.end + state.end()))  # 「計画どおり進んでいる」: the value's own verb
        both = re.match(r"の?(?:両方|両者|双方|どちらも|いずれも)(?:が|とも|も)?", qn[mention.end:])
        state = _STATE_VERB.match(qn[mention.end + both.end():]) if both else None
        if state and free(mention.end, mention.end + both.end() + state.end()) \
                and not _NEGATION.match(qn[mention.end + both.end():]):
            # 「椋平村と楡木町の両方が参加している」: the verb of the values joined before 両方
            taken.append((mention.end, mention.end + both.end() + state.end()))
        # 「楢瀬村が連携市町村に入っている（いない）」: the column listing it said between the value and its verb
        # 「楢瀬村が連携市町村に入っている（いない）」: the column listing it said between the value and its verb
        said = re.match(r"(?:が|は|も)(" + "|".join(re.escape(f) for h in sorted(mention.data[1]) for f in t.column(h).forms
                                                  if f) + r")に", qn[mention.end:]) if mention.data[1] else None
        at = mention.end + said.end() if said else 0
        if said and _MEMBERSHIP.match(qn[at:]) and free(at, at + 1):
            neg = _NEGATION.match(qn[at:])
            if neg and free(at, at + neg.end()):
                for inside in [m for m in mentions if m.kind == "col" and mention.end <= m.start and m.end <= at]:
                    mentions.remove(inside)
                take(mention.end, at + neg.end(), "neg", mention.start)
                continue
            state = _STATE_VERB.match(qn[at:])
            if state and free(at, at + state.end()):
                taken.append((mention.end, at + state.end()))
        # (「A評価じゃなかった」: the grade's own word between the value and its negation still negates the value)
        graded = re.match(r"の?(?:評価|判定|評定|ランク)(?=[じでを以は除])", qn[mention.end:])
        neg = _NEGATION.match(qn[mention.end:]) or (graded and _NEGATION.match(qn[mention.end + graded.end():]))
        if neg:
            end = mention.end + (graded.end() if graded and not _NEGATION.match(qn[mention.end:]) else 0) + neg.end()
            for inside in [m for m in mentions if m.kind == "col" and mention.end <= m.start and m.end <= end]:
                mentions.remove(inside)  # 「…が所管しない」: the office word is the negated verb's, no column asked
            take(mention.end, end, "neg", mention.start)
            # 「廃止と統合以外」「◎と○以外」: the values joined before the negation are negated with it (neither).
            k = n
            while k > 0 and qn[values_said[k - 1].end:values_said[k].start] in ("と", "や", "・", "、", ",", "か", "または") \
                    and values_said[k - 1].data[1] & values_said[k].data[1]:
                taken.append((values_said[k - 1].end, values_said[k].start))
                k -= 1
                take(values_said[k].end, values_said[k].end, "neg", values_said[k].start)
        elif qn.startswith("でも", mention.end) and n + 1 < len(values_said) \
                and values_said[n + 1].start == mention.end + 2 and qn.startswith("でもな", values_said[n + 1].end):
            take(mention.end, mention.end + 2, "neg", mention.start)
    # 「総合評価がB以上」「B以下」: a grade with a bound over columns of grades only (S>A>B>C>D, ◎>○>△>×),
    # the grades on that side of it; a column holding anything else is not ranked (the bound stays unread).
    for mention in values_said:
        bound = _GRADE_BOUND.match(qn[mention.end:])
        if bound and mention.data[0] in _GRADE_RANK and free(mention.end, mention.end + bound.end()) \
                and all(_graded(t, h) for h in mention.data[1]):
            take(mention.end, mention.end + bound.end(), "grade_bound", (mention.start, bound.group(0)))
    _read_added_columns(t, qn, mentions, free, take)
    cut_most = ""
    cut = _CUT_MOST.search(qn)
    if cut and free(*cut.span()):
        # 「縮小になった補助金の中で、減額がいちばん大きいのは」 over one column of signed amounts (増減: ▲1,500 a
        # cut): the largest cut is its most negative amount, the largest rise its most positive.
        signed = [c.header for c in t.columns if c.numeric and any(
            re.match(r"[▲△-]\s*\d", nfkc(str(r["cells"].get(c.header) or "")).strip()) for r in t.rows)]
        if len(signed) == 1:
            cut_most = "min" if cut.group("way").startswith(("減", "削")) else "max"
            take(cut.start(), cut.end("way"), "col", signed[0])
            take(cut.end("way"), cut.end(), "agg", cut_most)
    delta = _read_delta(t, qn, mentions, free, take, db) or _read_gap_extreme(t, qn, mentions, free, take)
    extreme = "" if delta else (cut_most or _change_column_extreme(t, qn, mentions, free, take))
    extreme = extreme or ("" if delta else _most_changed_column_said(t, qn, mentions, free, take))
    extreme = extreme or ("" if delta else _read_column_change(t, qn, mentions, take, _one_row_before(t, prior)))
    extreme = extreme or ("" if delta else _read_total_change(t, qn, mentions, free, take, _one_row_before(t, prior)))
    _read_signed(t, qn, mentions, free, take)
    read_cut_grown(t, qn, mentions, free, take)  # 「延床面積が逆に増えている」 over 延床面積の削減率 実績 ▲1.2
    _read_below_zero(qn, free, take)
    _change_from_year_before(t, qn, mentions, free, take)
    for x in [x for x in mentions if x.kind == "col"]:
        box = re.match(r"の?欄(?=[がはにでの])", qn[x.end:])
        if box and free(x.end, x.end + box.end()):
            take(x.end, x.end + box.end(), "filler")  # 「増減の欄が▲」: the column's box is the column said
    _read_change(db, t, qn, mentions, free, take, _base_asked_before(t, prior))
    done = _DONE.search(qn)
    if done and free(*done.span()):
        # 「取組が終了していない」 over a column 取組終了 holding the year it ended: whether it is written.
        ended = [c.header for c in t.columns if done.group(1) in c.header and (c.years_inside or c.marks or c.dates)]
        if len(ended) == 1 and not any(m.kind == "year" and m.end <= done.start() + 1 for m in mentions):
            span = _WHOLE_SPAN_BEFORE.search(qn[:done.start()])
            if span is not None and free(span.start(), done.start()):
                take(span.start(), done.start(), "filler")
            take(*done.span(), "presence", (ended[0], "empty" if done.group("neg") else "filled"))
    differs = _read_difference(t, qn, mentions, free, take, prior)
    aggregate = "delta" if delta else "diff" if differs else extreme
    # 「下水道使用料の見直しの効果額は合計いくら」 over a table with a 合計 column: the sum of the column said.
    cols_said = [m for m in mentions if m.kind == "col"]
    # (「合計 (100点)」 printed on a sheet per year, 「令和7年度 合計 (100点)」: its base is the 合計 said)
    # (「削減見込は合計で何時間」 over a two-row header 年間業務量 over 正規職員 │ … │ 合計: the lower 合計 alone is
    # a form of that column, but said after another figure and before で/は it sums that figure)
    totals = [m for m in cols_said if _SUM.fullmatch(nfkc(m.data)) or _SUM.fullmatch(t.column(m.data).base)
              or (_SUM.fullmatch(qn[m.start:m.end]) and _SUM_SAID_ALONE.match(qn[m.end:]))]
    if totals and any(t.column(m.data).numeric for m in cols_said if m not in totals):
        for m in totals:
            m.kind, m.data = "agg", "sum"
        aggregate = "sum"
    group_order, group_limit = "", 0
    _values_grouped(t, qn, mentions, take)
    # 「担当課ごとの件数」「進捗状況の内訳」: the rows counted by a column's values.
    for mention in [m for m in mentions if m.kind == "col"]:
        by = _GROUPED.match(qn[mention.end:])
        if by and mention.data == t.name and _category_of_said(t, qn[mention.start:mention.end]):
            # 「施設ごとに」 over rows of 施設分類: per thing, not per the categories the rows are — no reading here
            mentions.remove(mention)
            continue
        if by and _each_row_its_own_number(t, mention.data):
            # 「方針別の令和4年度の評価」 over 方針 1 … 4: each row's own, listed, no groups counted
            if all(m is mention or m.kind == "filler" for m in mentions):
                # (「柱ごとの評価を見せて」: nothing else said of the table, no column, no year: the rows are what is
                # asked, as 「柱の評価」)
                take(mention.end, mention.end + by.end(), "filler")
                continue
            mentions.remove(mention)
            take(mention.start, mention.end + by.end(), "filler")
            continue
        if by and (mention.data == t.name or caption_says(t, qn[mention.start:mention.end + by.end()])
                   or caption_grouping_said(t, qn[mention.start:mention.end + by.end()], qn[mention.end + by.end():])):
            # (「評価の分布で」 over the table captioned 「評価の分布（取組数）」: the table's name, no grouping)
            taken.append((mention.end, mention.end + by.end()))  # 「部ごとの取組数」 over a table of a row per 部
            continue
        if by and _each_row_averaged(t, qn, mention, by, mentions):
            # 「区分ごとの改定率を平均すると」 over rows each its own 区分 (of its 施設): the column's mean over the rows.
            taken.append((mention.start, mention.end + by.end()))
            mentions.remove(mention)
            continue
        if by:
            mentions.remove(mention)
            take(mention.start, mention.end + by.end(), "group", mention.data)
            aggregate = "group"
            most = next((m for p in (_MAX, _MIN) for m in p.finditer(qn, mention.end) if free(*m.span())), None)
            if most:
                # 「区分ごとの事業数がいちばん多い区分は？」: the group with the most rows.
                aggregate = "top_max" if most.re.pattern == _MAX.pattern else "top_min"
                take(*most.span(), "agg", aggregate)
                for m in [m for m in mentions if m.kind == "col" and m.data == mention.data and m.start > most.start()]:
                    mentions.remove(m)  # the column said again after it names what is asked, the same groups
            ordered = _ORDER.search(qn, mention.end) if not most else None
            if ordered and free(*ordered.span()):
                # 「施設ごとに改定率を平均して、高い順に上位３施設を」: every group's figure, in that order, the first N
                group_order = "asc" if re.search(r"小さ|少な|低|短|狭|昇|古|早", ordered.group(0)) else "desc"
                take(*ordered.span(), "agg", "group")
                first = _TOP_N.search(qn, ordered.end())
                if first and free(*first.span()) and not first.group(0).startswith(("下位", "わーすと")):
                    said_n = next(g for g in first.groups() if g)
                    group_limit = int(nfkc(said_n)) if said_n.isdigit() else "一二三四五六七八九十".index(said_n) + 1
                    take(*first.span(), "agg", "group")
                    for m in [m for m in mentions if m.kind == "col" and m.data == mention.data and m.start >= first.end()]:
                        mentions.remove(m)  # (「上位３施設」: the groups' own word again, what is listed)
            break
    order = _ORDER.search(qn)
    if not aggregate and order and free(*order.span()):
        aggregate = "order_asc" if re.search(r"小さ|少な|低|短|狭|昇|古|早", order.group(0)) else "order_desc"
        take(*order.span(), "agg", aggregate)
    top = _TOP_N.search(qn) or _top_n_of_rows(t, qn)
    limit = 0
    if top and t.name:
        # 「上位３項目」 over a table whose rows are named in 項目: the counter is the rows' own word, what is listed,
        # not the name column asked
        for m in [m for m in mentions if m.kind == "col" and m.data == t.name and top.start() < m.start and m.end <= top.end()]:
            mentions.remove(m)
            if (m.start, m.end) in taken:
                taken.remove((m.start, m.end))
    if top and free(*top.span()) and aggregate == "delta" and (top.group(0).startswith(("上位", "とっぷ", "べすと"))
                                                               or top.group(2)):
        # 「増え方が大きい団体、上位２つ」 (said again 「…大きい順に2つの団体」): the largest changes, as many as said
        said_n = top.group(1) or top.group(2) or top.group(3) or top.group(4)
        limit = int(nfkc(said_n)) if said_n.isdigit() else "一二三四五六七八九十".index(said_n) + 1
        start = top.start() - 1 if top.group(2) and free(top.start() - 1, top.start()) else top.start()
        take(start, top.end(), "agg", aggregate)
    elif top and free(*top.span()) and aggregate in ("", "order_asc", "order_desc"):
        said_n = top.group(1) or top.group(2) or top.group(3) or top.group(4)
        limit = int(nfkc(said_n)) if said_n.isdigit() else "一二三四五六七八九十".index(said_n) + 1
        way = None
        if top.group(3) or top.group(1) and not aggregate:
            # (「大きい施設を上から」: the order is the word said just before, its noun between; none said, no order;
            # 「申込件数が多い返礼品トップ３」: the word before 上位/トップ says the order the same way)
            way = next((w for w in _TOP_SAID.finditer(qn, max(0, top.start() - 12), top.start()) if free(*w.span())), None)
            if way is None and not aggregate and top.group(3):
                top = None
        if top is not None and not aggregate:
            aggregate = "order_asc" if top.group(0).startswith(("下位", "わーすと")) or (
                way is not None and (way.group("down") is not None) != top.group(0).startswith("下")) else "order_desc"
        if way is not None:
            take(*way.span(), "agg", aggregate)
        if top is not None:
            # (「上から3つ、順番に」「上位5件を順に」: the order said again after the count, nothing more)
            again = re.match(r"[、,]?(?:を)?(?:順番|順)(?:に|で)(?:並べて|ならべて)?", qn[top.end():])
            take(top.start(), top.end() + (again.end() if again else 0), "agg", aggregate)
        else:
            limit = 0
    if t.of_groups and t.name:
        # 「部単位で見ると」 over the 部 read from their 部計 rows: the groups compared, this table's rows
        by_group = re.search(re.escape(_key(t.name)) + r"(?:単位|ごと|別)(?:で|に)?(?:見ると|みると|見て|みて|比べると|比較すると)?[、,]?", qn)
        if by_group and free(*by_group.span()):
            take(*by_group.span(), "filler")
    rows_summed = _ROWS_ADDED_UP.search(qn)
    if rows_summed and free(*rows_summed.span()) and not any(
            c.numeric and (c.unit in ("件", rows_summed.group("u")) or re.search(r"件数|" + rows_summed.group("u") + "数", nfkc(c.header)))
            for c in t.columns):
        # 「「要望」は合計何件」 over rows of no column counted in 件: the rows counted, all of them (no sum)
        take(*rows_summed.span(), "filler")
    listing = _LISTING.search(qn)
    summed = _SUM_ASKED.search(qn) or _counter_summed(t, qn)
    if listing and free(*listing.span()) and not (summed and summed.start() <= listing.start() < summed.end()):
        # (「全部でいくら」 asks a sum, read below; 「全部見せて」 a listing)
        take(*listing.span(), "list")
    shown = _SHOW_TITLED.search(qn)
    if shown and not listing and free(shown.end(1), shown.end()) and shown.group(1) in _key(t.doc_title):
        # 「監査の指摘事項を見たい」: a word of the document's title (…指摘事項及び措置状況) asked to be shown, its rows
        take(shown.end(1), shown.end(), "list")
    early = _EARLIEST.search(qn)
    dated = [c for c in t.columns if c.dates]
    if not dated and early and early.group(1) in ("古", "新し"):
        # 「いちばん古い施設」 over 建築年 (1970年, 昭和45年): the one column of the year a building went up
        dated = [c for c in t.columns if c.years_inside and not c.schedule and _BUILT_WORD.search(c.base)][:2]
        dated = dated if len(dated) == 1 else []
    if not aggregate and early and free(*early.span()) and dated:
        # 「着手が一番早い」: the earliest day of the dated column its word names (着手日), or the only one.
        named_day = [c for c in dated if re.sub(r"(?:予定)?(?:年月)?日$", "", _key(c.header)) in qn]
        if len(dated) > 1:
            # 「指定期間の終わり」 over the last day of a period (split_cells.py): the column the longest form said names
            said = sorted(((max(len(f) for f in c.forms if f in qn), c) for c in dated
                           if any(len(f) >= 4 and f in qn for f in c.forms)), key=lambda lc: -lc[0])
            named_day = [c for n, c in said if n == said[0][0]] if said else named_day
        day = named_day[0] if len(named_day) == 1 else dated[0] if len(dated) == 1 else None
        if day is not None:
            aggregate = "min" if early.group(1) in ("早", "古") else "max"
            if day.numeric and early.group(1) in ("古", "新し"):
                aggregate = {"min": "max", "max": "min"}[aggregate]  # 築年数 50年（昭和50年建築）: the oldest is the most years
            take(*early.span(), "agg", aggregate)
            stem = re.sub(r"(?:予定)?(?:年月)?日$", "", _key(day.header))
            at = qn.find(stem)
            spoken = _key(with_okurigana(stem)) if at < 0 and len(stem) >= 2 else ""
            if spoken and spoken != stem and (said_at := qn.find(spoken)) >= 0:
                # 「いちばん最近受け付けた」 over 受付日: the day's noun said as its verb
                verb = re.match(r"(?:た|ている|てる|られた|された)", qn[said_at + len(spoken):])
                at, stem = said_at, qn[said_at:said_at + len(spoken) + (verb.end() if verb else 0)]
            if at >= 0 and free(at, at + len(stem)):
                taken.append((at, at + len(stem)))
            mentions.append(_Mention(*((at, at + len(stem)) if at >= 0 else early.span()), "day", day.header))
            building = re.match(r"(?:建物|建築物|建屋)", qn[early.end():])
            if building and _BUILT_WORD.search(day.base) and free(early.end(), early.end() + building.end()):
                # 「いちばん古い建物」 over 建築年: the building is what the year it was built dates
                taken.append((early.end(), early.end() + building.end()))
    for name, pattern in (("sum", _SUM_ASKED), ("avg", _AVG), ("max", _MAX), ("min", _MIN)):
        if aggregate:
            break
        m = next((m for m in pattern.finditer(qn) if free(*m.span())), None)  # 「累計の効果額を合計」: the free one
        if m is None and name == "sum":
            m = _counter_summed(t, qn)
            if m is not None and m.group("col") and free(m.start(), m.start("col")) and free(m.end("col"), m.end()):
                # (「全部で延床面積は何㎡」: the column's word between is the column's, read as such)
                aggregate = name
                take(m.start(), m.start("col"), "agg", name)
                take(m.end("col"), m.end(), "filler")
                break
            m = m if m is not None and free(*m.span()) else None
        gap = _sum_to_most(t, qn, m.end()) if m and name == "sum" else 0
        most = (_MAX.match(qn, m.end() + gap) or _MIN.match(qn, m.end() + gap)) if m and name == "sum" else None
        if most and free(*most.span()):
            # 「R4～R6の関連経費、合計がいちばん多い類型」: each row's sum, the largest asked (the span of years said
            # adds each row's years below); no sum of the rows
            aggregate = "max" if most.re.pattern == _MAX.pattern else "min"
            taken.append(m.span())
            take(*most.span(), "agg", aggregate)
            break
        if m:
            aggregate = name
            take(*m.span(), "agg", name)
            every = re.search(r"全[一-龥ァ-ヶ]{0,4}(?:で|の)?$", qn[:m.start()]) if name == "sum" else None
            if every:
                # (「全団体合計で」: every row, the rows' word read apart, is what the sum is over)
                taken.append((every.start(), m.start()))
            break
    for m in _SPLIT_MOST.finditer(qn) if not aggregate else ():
        # 「いちばん満足度が高かった施策」: the superlative said before the measure, the adjective after it
        if free(m.start(), m.end(1)) and free(m.start("adj"), m.end()):
            aggregate = "min" if m.group("low") else "max"
            take(m.start(), m.end(1), "agg", aggregate)
            taken.append((m.start("adj"), m.end()))
            break
    whole = _WHOLE_OF_ROWS.search(qn)
    if not aggregate and whole and free(*whole.span()) and any(
            m.kind == "col" and m.start >= whole.end() and t.column(m.data).numeric
            and _SUM_ASKED.search(qn[m.start:m.end]) for m in mentions):
        # 「全体の年間合計」 over a column 年間計 (its total over the quarters, said 年間合計): summed over
        # the rows too, the whole's; 「福祉部の年間合計」 stays one row's.
        aggregate = "sum"
        take(*whole.span(), "agg", "sum")
    amount = next((m for m in mentions if m.kind == "col" and whole and m.start >= whole.end()
                   and t.column(m.data).numeric and _AMOUNT_AFTER_COLUMN.match(qn, m.end)), None)
    if not aggregate and amount is not None and free(*whole.span()) and not any(m.kind == "row" for m in mentions):
        # 「取組全体で、５年間の効果額はいくらを見込んでる」: an amount asked of the rows as a whole, no row named,
        # is theirs added up (as 「全部でいくら」)
        aggregate = "sum"
        take(*whole.span(), "agg", "sum")
    if aggregate == "avg" and _read_row_mean(t, qn, mentions, free, take):
        aggregate = "avg_cols"
    aggregate = _over_slots(t, aggregate, mentions, take)
    if not aggregate and _read_when_marked(t, qn, mentions, free, take):
        aggregate = "marked_years"
    gap = _GAP.search(qn)
    cols = sorted((m for m in mentions if m.kind == "col"), key=lambda m: m.start)  # (found longest first: in the order said)
    two_columns = any(qn[a.end:b.start] == "と" and _GAP.match(qn, b.end) for a, b in zip(cols, cols[1:]))
    if gap and free(*gap.span()) and not aggregate and not two_columns:  # (two columns said: read after the binding)
        aggregate = "gap"  # 「令和4年度と令和6年度でいくら差がある」: two years' values of a row apart
        take(*gap.span(), "agg", "gap")
    ratio = _RATIO.search(qn)
    if ratio and free(*ratio.span()) and not aggregate:
        aggregate = "ratio"  # 「達成の取組の割合は？」: how many of all the rows
        take(*ratio.span(), "agg", "ratio")
    counting = _counting_outside_columns(t, qn, mentions)
    measure_word = re.search(r"([一-龥ァ-ヶー]{1,8}数)は", qn) if counting and counting.group(0) == "数は" else None
    if measure_word and any(c.numeric and _key(measure_word.group(1)) in c.forms for c in t.columns):
        # 「令和5年度の採用者数は？」 over a numeric column 採用者数: that column's value, not how many rows.
        counting = _COUNT_Q.search(qn, measure_word.end())
    elif measure_word and _key(measure_word.group(1)) in _key(t.caption + t.doc_title):
        # 「令和9年の職員数は？」 over 「部門別職員数の実績と計画」: the figure the table is of, asked of a year,
        # not how many rows (数は of 職員数).
        taken.append(measure_word.span(1))
        counting = _COUNT_Q.search(qn, measure_word.end())  # (「職員数は何人」: 何人 still asks)
    if counting and free(*counting.span()) and aggregate in ("", "sum") and not (
            aggregate == "sum" and re.search(r"あわせて|合わせて", qn)):
        aggregate = aggregate or "count"
        take(*counting.span(), "count")
    elif counting and aggregate == "" and not any(
            m.kind == "col" and m.start <= counting.start() and counting.end() <= m.end and t.column(m.data).numeric
            for m in mentions) and not _in_changed_column(t, qn, counting, mentions):
        # (「第4四半期の件数は？」: 件数 inside a numeric column's name said is that column, its value asked)
        aggregate = "count"
    told = re.search(r"(?:数えて|数えると|カウントして)(?:ください|下さい|ほしい|欲しい|みて)?[。.?？!！]*$", qn)
    if told and aggregate == "count" and free(*told.span()):
        take(*told.span(), "count")  # 「…は除いて数えて」: the count asked, told again
    run = _RUN.search(qn)
    if run and not free(*run.span()) and run.group(1):
        # (「2年続けて△以下」: 続けて is the run's, not 継続 of a column of the next step)
        for x in [x for x in mentions if x.kind == "value" and run.start() <= x.start and x.end <= run.end()]:
            mentions.remove(x)
            taken.remove((x.start, x.end)) if (x.start, x.end) in taken else None
    if run and run.group("all"):
        said = int(nfkc(run.group("all")).replace("三", "3").replace("四", "4").replace("五", "5"))
        series = {}
        for c in t.columns:
            if c.year is not None:
                series.setdefault(c.base, set()).add(c.year)
        if said not in {len(v) for v in series.values()}:
            run = None  # 「3年とも」 of a table of five years: which three is not said (left unused)
        else:
            take(*run.span(), "run", said) if free(*run.span()) else None
            run = None
    if run and free(*run.span()) and _run_printed(t, qn, int(nfkc(run.group(1)).replace("二", "2").replace("三", "3"))
                                                  if run.group(1) else 2):
        take(*run.span(), "run", int(nfkc(run.group(1)).replace("二", "2").replace("三", "3")) if run.group(1) else 2)
    marked_new = [c.header for c in t.columns if any(_key(v) == "新規" for r in t.rows
                                                    for v in _cell_values(str(r["cells"].get(c.header) or "")))]
    said_new = _NEW_SAID.search(qn) if len(marked_new) == 1 else None
    if said_new and free(*said_new.span()):
        # 「新たに識別されたリスク」 over 増減 printing 新規 (前年度 －): the rows the document marks 新規
        take(*said_new.span(), "value", ("新規", set(marked_new)))
    from assistant.query.tables.began_since import began_since

    since = began_since(t, qn)  # 「令和5年度以降に新しくできた」: nothing in every year's column before it
    if since and free(since[1] - 1, since[1]):
        mentions[:] = [m for m in mentions if not (m.kind == "year" and since[0] <= m.start < since[1])]
        taken[:] = [s for s in taken if not (since[0] <= s[0] and s[1] <= since[1])]
        take(since[0], since[1], "began_since", since[2:])
    from assistant.query.tables.began_since import unrated_in

    unrated = unrated_in(t, qn)  # 「令和4年度に評価していない」: every column of that year's marks 「－」
    if unrated and free(unrated[1] - 1, unrated[1]):
        mentions[:] = [m for m in mentions if not (m.kind == "year" and unrated[0] <= m.start < unrated[1])]
        taken[:] = [s for s in taken if not (unrated[0] <= s[0] and s[1] <= unrated[1])]
        take(unrated[0], unrated[1], "unrated", unrated[2:])
    from assistant.query.tables.began_since import rated_in

    rated = rated_in(t, qn)  # 「令和4年度に評価がついてた」: that year's marks other than 「－」
    if rated and free(rated[1] - 1, rated[1]):
        mentions[:] = [m for m in mentions if not (m.kind == "year" and rated[0] <= m.start < rated[1])]
        taken[:] = [s for s in taken if not (rated[0] <= s[0] and s[1] <= rated[1])]
        take(rated[0], rated[1], "rated", rated[2:])
    newly = _NEWLY.search(qn)
    if newly and free(*newly.span()) and t.name:
        before = _edition_before(db, t)
        if before is not None:
            take(*newly.span(), "newly", before)
        elif len(t.sheets) >= 2:
            take(*newly.span(), "newly_sheet", None)  # 「令和7年度から新しく加わった」 over a sheet per year
    # 「平均するといくら？（空欄のは除いて）」: the rows without a value left out of the aggregate, as it
    # leaves them anyway; said as a condition on the column aggregated (below), else not used.
    blanks = _BLANKS_LEFT_OUT.search(qn)
    _read_measure_done(t, qn, free, take)
    _read_time_column_verb(t, qn, free, take)  # 「令和9年度以降に実施予定の」 over 実施時期
    blanks = blanks if blanks and free(*blanks.span()) else None
    if blanks:
        taken.append(blanks.span())
    _read_yes_no(t, qn, mentions, taken)  # 「利用料金制を採用していない」 over a column of 有／無
    finally_said = _FINALLY.search(qn)
    if finally_said and free(*finally_said.span()):
        taken.append(finally_said.span())  # (read after the binding: the rows' last value is what is asked)
    # 「部門平均」「施設合計」: the column naming the rows, said right before the aggregate, says what it is
    # taken over (each row once), not a column asked.
    for i, m in enumerate(mentions):
        if m.kind == "col" and not t.column(m.data).numeric and any(
                o.kind == "agg" and o.start == m.end for o in mentions):
            mentions[i] = _Mention(m.start, m.end, "filler")
    # 「R8の受講者数を基本方針ごとに合計すると、一番多いのは」: a figure column summed within each group, not the
    # group's rows counted (the sum word free once the group and the extreme took their words)
    summed_by_group = next((m for m in _SUM.finditer(qn) if free(*m.span())), None) \
        if aggregate in ("group", "top_max", "top_min") else None
    # 「部ごとに評価点を平均したら一番高い部」: the groups' means of the figure (never their row counts, the mean word dropped)
    averaged_by_group = next((m for m in _MEAN_BY_GROUP.finditer(qn) if free(*m.span())), None) \
        if aggregate in ("group", "top_max", "top_min") and summed_by_group is None else None
    summed_by_group = summed_by_group or averaged_by_group
    # 「3人とも○」「×が1つでもついた」「○が一つもついていない」「委員長は○」: how many members' columns hold the mark
    from assistant.query.tables.member_marks import apply_member_marks, read_member_marks

    member_marks = read_member_marks(t, qn, mentions, free, take)
    from assistant.query.tables.named_as_target import rows_said_as_target

    rows_said_as_target(t, qn, mentions, _Mention, taken)  # 「東原小に統合される学校」: the rows whose 統合先 is 東原小学校
    reading = _bind(t, qn, mentions, aggregate, named, verbatim, taken, prior)
    if reading is not None and member_marks:
        apply_member_marks(reading, member_marks, Cond)
    if reading is not None and summed_by_group is not None:
        figure = next((x.data for x in mentions if x.kind == "col" and x.data != reading.measure
                       and t.column(x.data).numeric), "")
        if figure:
            same = [c for c in t.columns if t.column(figure).base and c.base == t.column(figure).base and c.year is not None]
            years = [m.data[0] for m in mentions if m.kind == "year"]
            # (the year said picks the column of the figure, as it does of a figure asked alone)
            on_year = [c.header for c in same if c.year in years]
            if on_year:
                figure = on_year[0] if len(on_year) == 1 else ""
            elif same and not years:
                # (no year said: the latest, as a figure asked alone is read, whose note says so)
                figure = max(same, key=lambda c: c.year).header
                if not any(figure in n for n in reading.notes):
                    reading.notes.append(f"年度の指定がないため、最新の「{figure}」の欄で合計しました")
            elif same:
                figure = ""  # (a year said that no column is of: not summed on a guess)
        if figure:
            reading.summed = figure
            reading.averaged = averaged_by_group is not None
            if reading.averaged and reading.aggregate == "group" and _MEAN_MEASURE_SAID.search(qn):
                # 「基本目標別の平均満足度で40%を超えてる」: the bound said of the mean is each group's mean's
                reading.of_means = [c for c in reading.conds if c.header == figure and c.op in ("gt", "ge", "lt", "le")]
                reading.conds = [c for c in reading.conds if c not in reading.of_means]
            reading.spans.append(summed_by_group.span())
            reading.spans += [(m.start, m.end) for m in mentions if m.kind == "year"]
            reading.said.append(qn[summed_by_group.start():summed_by_group.end()])
    if reading is not None:
        # (「2つの部局の共管」: 部局 read as the number of departments a cell joins names no document by its title)
        reading.counted_spans = [(m.start, m.end) for m in mentions if m.kind == "units"]
    if reading is not None and order is not None and reading.aggregate.startswith("order_") and reading.measure \
            and re.search(r"古|新し", order.group(0)) and "|" not in reading.measure \
            and t.column(reading.measure).numeric and not t.column(reading.measure).years_inside:
        # 「古い順」 over a count of years (築年数 48): the oldest holds the most years
        reading.aggregate = "order_desc" if reading.aggregate == "order_asc" else "order_asc"
    if reading is not None and reading.aggregate in ("top_max", "top_min"):
        # 「所管している施設数がいちばん多い課」 over rows named by 施設名 (or numbered by 施設番号): the number
        # of rows (施設) per group
        stems = {_key(re.sub(r"(?:の)?(?:名称|名|番号|コード)$", "", c.header)) for c in t.columns
                 if re.search(r"(?:名称|名|番号|コード)$", c.header)}
        for stem in sorted((x for x in stems if len(x) >= 2), key=len, reverse=True):
            counted = re.search(re.escape(stem) + r"(?:の)?(?P<n>数|件数)", qn)
            if counted and free(*counted.span("n")):
                reading.spans.append(counted.span())
                break
    if reading is not None and reading.aggregate in ("top_max", "top_min"):
        # 「方向性で一番多い区分は？」: the group asked by a word for a value of it (区分, 種類), the group itself
        kind = re.search(r"(?:多い|少ない|多かった|少なかった)(?P<w>区分|種類|分類|カテゴリー?)(?=は|って|を|が|[?？]|$)", qn)
        if kind and free(*kind.span("w")):
            reading.spans.append(kind.span("w"))
    if reading is not None and finally_said:
        reading.last_only = True
    if reading is not None:
        _alternatives_asked(qn, reading)
    if reading is not None and blanks:
        if reading.measure and reading.aggregate in ("sum", "avg", "max", "min", "distinct"):
            reading.conds.append(Cond(reading.measure, "filled", None, _said(reading.measure, "filled", "")))
        else:
            reading.spans = [s for s in reading.spans if s != blanks.span()]
    if reading is not None and reading.aggregate == "count" and counting and not reading.asked \
            and re.match(r"何人|何名|人数", counting.group(0)) and age_band_rows(t):
        # 「50歳以上の職員は何人」 over age bands × 男性 │ 女性 │ 計: the people of the bands picked, their 計 added
        # (how many bands is no number of people)
        whole = [c.header for c in t.columns if c.numeric and re.fullmatch(r"計|合計|総数|人数|職員数", _key(c.header))]
        if len(whole) == 1:
            reading.aggregate, reading.measure = "sum", whole[0]
    if reading is not None and reading.aggregate == "count" and counting and reading.asked \
            and t.column(reading.asked).numeric:
        # 「利用者数の実績は何人」: 何人 asks the number the column holds, not how many rows.
        # (「じゃあ計画は何人だった？」 after a year's 実績: 計画 said, of the year asked before, the column asked)
        said = [m for m in mentions if m.kind == "col" and m.end <= counting.start() and (
            m.data == reading.asked or (t.column(reading.asked).base and t.column(m.data).base == t.column(reading.asked).base
                                        and t.column(m.data).year is not None))]
        # (「令和7年度目標の人数は」: 人数 of the column's people, as 何人)
        whole = bool(said) and whole_said(qn[said[-1].end:counting.start()], len(t.rows))
        if said and (whole or re.fullmatch(r"(?:は|が|って|で|の人|の職員)?", qn[said[-1].end:counting.start()])):
            reading.aggregate = ""
            if whole:
                reading.spans.append((said[-1].end, counting.start()))  # (its words, 「４回分合わせると」, used)
            if whole or _picks_a_group(t, reading.conds):
                # (「参加者は５地区合わせて何人」: the rows' whole said, whole_said.py)
                # 「福祉部の常勤職員は何人」: a group of rows picked (a 部 of 課), its people are their sum (the
                # group's 計 row, which the table's reader keeps out of its rows), not each row's number.
                reading.aggregate, reading.measure, reading.asked = "sum", reading.asked, ""
        elif (unit_asked := re.search(r"何(人|名|台|か所|箇所|校|館|園|回|件)", qn)) \
                and unit_asked.group(1) == t.column(reading.asked).unit:
            # 「一般行政部門の職員数、2027年は何人の計画？」: 何人 in the unit of the column asked (人) asks
            # the people it counts, not how many rows: the rows' sum (the group's 小計).
            reading.aggregate, reading.measure, reading.asked = "sum", reading.asked, ""
    if reading is not None and not reading.aggregate and counting and reading.asked and t.column(reading.asked).numeric:
        # 「令和7年度目標の人数は」: 人数 is the number the column asked holds (its people), a word used.
        # (「令和７年度の計画人数は」: 計画 bound to its year's column, 人数 said right after it)
        said = [m for m in mentions if m.kind == "col" and m.end <= counting.start() and (
            m.data == reading.asked or (t.column(reading.asked).base and t.column(m.data).base == t.column(reading.asked).base
                                        and t.column(m.data).year is not None))]
        if said and re.fullmatch(r"の?(?:人|職員)", qn[said[-1].end:counting.start()]):
            reading.spans.append((said[-1].end, counting.end()))
    if reading is not None and reading.aggregate in ("max", "min") and reading.measure and reading.asked \
            and not t.column(reading.asked).numeric and t.column(reading.measure).numeric:
        # 「…の時間が一番多い業務は何時間？」: the figure's own unit asked at the end asks the largest figure,
        # not the name of the row holding it (業務 only says what the rows are)
        figure = re.search(r"何\s*(時間|円|千円|万円|人|名|件|回|日|台|㎡|%|％|人工)\s*(?:です|でしょう)?か?\s*[?？]?\s*$", qn)
        measure = t.column(reading.measure)
        if figure and (figure.group(1) == measure.unit or f"({figure.group(1)}" in nfkc(measure.header)
                       or f"({figure.group(1)})" in nfkc(measure.header)):
            reading.asked = ""
    unit_asked = re.search(r"何(人|名|台|か所|箇所|校|館|園|回)", qn)
    if reading is not None and not reading.aggregate and not reading.asked and _SCORE_ASKED.search(qn) \
            and any(c.op in ("numbers", "rows") or (c.op == "contains" and c.header == t.name) for c in reading.conds):
        # 「音声認識ソフトの提案って何点だった？」 over one row of a score in parts (①効果性（30）…合計（100）): the total
        reading.asked = _total_of_points(t) or ""
    if reading is not None and reading.aggregate == "count" and not reading.asked \
            and (by_verb := column_of_verb(t, qn)) is not None:
        # 「全部で何人が回答した」 over 回答数: that column's numbers added up
        reading.aggregate, reading.measure = "sum", by_verb[0]
        reading.spans.append(by_verb[1])
    if reading is not None and reading.aggregate == "count" and not reading.asked and unit_asked:
        _figure_of_named_row(t, reading, unit_asked.group(1))
    if reading is not None and reading.aggregate == "count" and not reading.asked and t.name \
            and (tallied := re.search(r"何(件|人|名)", qn)):
        # 「【評価】の意見は何件」 over a tally (区分 │ 件数 over 評価 │ 5件): the count its row prints, not its one row
        from assistant.query.tables.tally_names import tally_name_column
        if tally_name_column(t.columns, t.rows) == t.name:
            _figure_of_named_row(t, reading, tallied.group(1))
    if reading is not None and reading.aggregate == "count" and unit_asked \
            and (not reading.asked or (reading.asked != t.name and not t.column(reading.asked).numeric)) \
            and any(c.numeric and c.unit == unit_asked.group(1) for c in t.columns) \
            and not _counts_rows_as(t, unit_asked.group(1)):
        # 「消防本部の職員数は何人？」 over columns of people by year, none said: the number is in a
        # column the question does not pick; the rows are shown and 何人 is said not used (never 「1件」).
        # (nor 「類似団体比較で使ってる人口は何人」 read on a column of words, 比較 │ 超過・下回る: no rows of people)
        reading.aggregate = ""
        reading.left = [unit_asked.group(0)]
        reading.notes.append(f"どの欄の{unit_asked.group(0)[1:]}数かの指定がないため、各欄の値を示します")
    if reading is not None and reading.aggregate in ("", "gap"):
        # 「削減時間は目標と実績でどれだけ差がありますか」: two numeric columns said with と, then 差.
        # (a measure by year whose first year prints only 「－」, 計画 of a base year, is numeric in its other years)
        cols = sorted((m for m in mentions if m.kind == "col" and (t.column(m.data).numeric or (
            t.column(m.data).year is not None and t.column(m.data).base
            and any(c.numeric and c.base == t.column(m.data).base and c.year is not None for c in t.columns)))),
            key=lambda m: m.start)
        for a, b in zip(cols, cols[1:]):
            gap = _GAP.match(qn, b.end)
            if qn[a.end:b.start] == "と" and gap and a.data != b.data:
                # 「R6の目標と実績」 over columns of a target and a result per year: that year's two columns
                # (not the first year's).
                said_fy = [m.data[0] for m in mentions if m.kind == "year" and not m.data[1]]
                if not said_fy and t.column(a.data).base and t.column(a.data).year is not None:
                    # no year said: the latest year's columns, said so (as for 「実績が目標に届かなかった」)
                    said_fy = [max(c.year for c in t.columns if c.base == t.column(a.data).base and c.year is not None)]
                    if not any(n.startswith("年度の指定がないため") for n in reading.notes):
                        reading.notes.append(f"年度の指定がないため、最新の{fy_text(said_fy[0])}の欄で比べました")
                first, second = _of_year(t, a.data, said_fy[-1:]), _of_year(t, b.data, said_fy[-1:])
                reading.aggregate, reading.measure, reading.asked = "gap", f"{first}|{second}", ""
                reading.conds = [c for c in reading.conds if c.op != "ask"]
                reading.spans.append(gap.span())
                break
    to_target = _TO_TARGET.search(qn)
    if reading is not None and reading.aggregate in ("", "count") and to_target and not reading.measure:
        _left_to_target(t, reading, to_target, mentions)
    if reading is not None and reading.aggregate == "ratio" and reading.asked and ratio \
            and t.column(reading.asked).numeric:
        # 「加入率の目標は何％？」: 何％ asks the percentage the column holds, not a share of the rows.
        # (「令和6年度の「不満」の割合」: the column said is of another year, read as the year said's; the same measure)
        said = [m for m in mentions if m.kind == "col" and m.end <= ratio.start() and (m.data == reading.asked or (
            t.column(m.data).base and t.column(m.data).base == t.column(reading.asked).base))]
        # (「最終目標（令和14年度）は何％」: the year the column's name prints, said with it)
        if said and re.fullmatch(r"(?:\s*[(（][^()（）]{1,12}[)）])?\s*(?:は|が|って|で)?", qn[said[-1].end:ratio.start()]) \
                and ratio.group(0).startswith("何"):
            reading.aggregate = ""
        elif said and re.sub(r"^単位[:：]", "", nfkc(t.column(reading.asked).unit or "")) == "%":
            # (「回答の割合（単位：％）」: the unit printed with its word 単位 is a percentage all the same)
            # 「「ふつう」は何％？」「「不満」と答えた人の割合は？」 over a column of percentages (回答の割合（％）):
            # the share the column holds, not how many of the rows
            reading.aggregate = ""
            answered = re.match(r"[」』]?\s*(?:と|に)?(?:答え|回答し|選ん|選択し)[ぁ-ん]*(?:人|方|者)?の?", qn[said[-1].end:])
            if answered and answered.end() > 1:
                reading.spans.append((said[-1].end, said[-1].end + answered.end()))
    if reading is not None and not (reading.asked or reading.aggregate or reading.measure) and _when_asked(qn):
        # 「いつ」 with no one column of days or years to answer it: the rows are shown, the word said unused.
        reading.left.append(_WHEN_ASKED.search(qn).group(0))
    if reading is not None:
        from assistant.query.tables.status_year_pair import state_of_year_said
        reading.conds = state_of_year_said(t, qn, reading.conds, Cond)
        _labels_as_said(question, qn, mentions, reading.conds)
        reading.notes[:0] = read_notes
        reading.limit = limit if reading.aggregate.startswith("order_") or reading.aggregate == "delta" else 0
        from assistant.query.tables.first_time import first_time_asked

        first_time_asked(t, qn, reading, free)  # 「初めて700人を下回るのは何年度」: the earliest year of those under it
        if reading.aggregate == "group" and group_order:
            reading.group_order, reading.limit = group_order, group_limit
        # 「いちばん多い区分は何事業？」: how many rows the largest group holds.
        # (「件数が一番多い区分はどれ」: the count said as what is compared, the group asked; but
        # 「件数がいちばん多い所管課は何件」 asks the count all the same)
        reading.counted = bool(counting) and reading.aggregate.startswith("top_") \
            and (not re.match(r"\s*(?:が|の)\s*(?:いちばん|一番|最も|もっとも)", qn[counting.end():])
                 or _AMOUNT_ASKED.search(qn, counting.end()) is not None)
    return reading


# 「結局いくらで売れた」「最終的に」: what it came to in the end, of a thing printed on several rows.
_FINALLY = compiled(r"結局|最終的(?:に|には)|最後(?:に|は)|終わってみると")
# 「委員数と同じ」「委員数と等しい」「…と一致していない」: said after the second of two columns.
# (「目標とぴったり同じ」「ちょうど同じ」: the adverb only stresses the sameness)
_SAME_AS = compiled(r"と(?:ぴったり|ピッタリ|ちょうど|丁度|まったく|全く)?(?:同じ|同額|等しい|等しかった|一致(?:する|している|した|してる)?)(?P<ne>で(?:は)?ない|じゃない|ではなかった|していない)?")
# 「を上回る額で」「より高い価格で」: a comparison said before the column compared (its verb after it).
_OVER_THEN = compiled(r"(?:を|より)(?:も)?(?P<w>上回|下回|超え|超|高|低|多|少|安)[ぁ-ん]{0,3}(?:額|金額|価格|値段|値|数)?(?:で|に)?")
# 「利用料金制を採用していない」「駐車場がある」: the verb said of a column printing only 有／無 (あり／なし).
_YES_NO_VERB = compiled(r"(?:を|が|は|も)?(?:(?:採用|導入|実施|適用|設置|活用|使用)(?:し|され)?(?:て|てい)?"
                        r"(?P<neg>いない|ない|おらず|ません|なかった)?(?:いる|る|た|ます)?|(?P<has>ある|あります|あった|ない|無い|なし))")
_YES = {"有", "あり", "有り"}
_NO = {"無", "なし", "無し"}
# 「電子納付ができる」「電子納付ができない」: a column printing 可 and 不可 (besides others, 手数料なし, －) said with
# a verb of being able: 可 or 不可, never the column asked of every row (可／不可 said as printed are values already).
_CAN_VERB = compiled(r"(?:が|は|も|の)?\s*(?:(?P<neg>できない|できず|できません|できなかった|不可能)|できる|できて|できます|できた|可能(?!性))")
_CAN, _CANNOT = "可", "不可"
# 「手数料をオンライン決済できる」: a column marking with ○ what can be done (besides －, ×) said with that verb
_MARKED = {"○", "〇", "◯"}
_MARKED_NOT = {"×", "✕", "-", "－", "―", "ー", ""}
# 「マイナンバーカードがいらない」「…なしで」「…が必要な」: a column printing 必要 and 不要 said with a verb of needing
# (「…なしで申請できて」: the act done without it, said after, is the act the column is needed for; never a negated one)
_NEED_VERB = compiled(r"(?:が|は|も)?\s*(?:(?P<neg>いらない|要らない|いらず|いりません|不要|必要(?:が|は)?(?:ない|ありません|なく)"
                      r"|(?:なし|無し)(?:で|に)(?:[一-龥]{2,4}(?:できる|できて|できます|でき(?=[、,])|可能(?:な|で)?))?|なし(?:の)|無し(?:の))"
                      r"|いる|要る|必要(?!性))")
# 「手数料もネットで払える」: a column of paying (手数料のオンライン決済) marked ○ said with a verb of paying; the way said
# (ネットで) must be the column's own (オンライン, 電子), else it is another column's or none (the question is read with
# its katakana in hiragana: both are said)
_PAY_VERB = compiled(r"(?:を|も|は|が)?\s*(?P<how>(?:インター|いんたー)?(?:ネット|ねっと)|オンライン|おんらいん|スマホ|すまほ|電子|キャッシュレス|きゃっしゅれす)?(?:で|上で)?\s*"
                     r"(?:(?:支)?払え|(?:支)?払うことができ|納付でき|納められ|納めることができ|決済でき)(?:る|て|ます|(?P<neg>ない|ず|ません))")
_PAY_HEAD = compiled(r"決済|納付|支払|払い|収納")
_ONLINE_HEAD = compiled(r"オンライン|電子|ネット|キャッシュレス|web|ウェブ", re.I)
_NEEDED, _NOT_NEEDED = "必要", "不要"
# 「－：利用不可」「×＝対応不可」: a legend saying the dash (or cross) of a column of marks is what cannot be done
_DASH_BARRED = compiled(r"[-－―ー×✕]\s*[:：=＝]\s*[^\s、,。()（）:：]{0,8}(?:不可|できない|不能)")


def _paying_said(header: str, qn: str, at: int) -> re.Match | None:
    """「手数料もネットで払える」 after a column of paying online (手数料のオンライン決済): the verb saying its ○."""
    head = nfkc(header)
    verb = _PAY_VERB.match(qn, at) if _PAY_HEAD.search(head) else None
    if verb is None or (verb.group("how") and not _ONLINE_HEAD.search(head)):
        return None
    return verb


def _in_changed_column(t: Table, qn: str, counting: re.Match, mentions: list[_Mention]) -> bool:
    """「オンライン件数が減った」: 件数 inside the word of the measure a change was read of (its mention taken by
    the change) is that measure, not a count of rows."""
    for m in mentions:
        if m.kind != "change" or not isinstance(m.data, tuple) or not any(c.header == m.data[0] for c in t.columns):
            continue
        for f in t.column(m.data[0]).forms:
            at = qn.find(f) if len(f) >= 3 else -1
            if at >= 0 and at <= counting.start() and counting.end() <= at + len(f):
                return True
    return False


def _read_yes_no(t: Table, qn: str, mentions: list[_Mention], taken: list[tuple[int, int]]) -> None:
    """A column said with a verb of having or adopting, over cells of 有／無 only: 有 (or 無 when the verb is
    negated), the verb used with it. A column headed 「…有無」 over ○／× is said by what it is the having of
    (「終期設定がない」, presence_column)."""
    from assistant.query.tables.declined_cells import declined_said
    from assistant.query.tables.presence_column import doing_said, marked_done_said, presence_said
    from assistant.query.tables.unpriced_cells import unpriced_said

    # (「現地説明会をやらない」 over dates and one 「実施しません」: declined_cells; 「夜間は貸してない」 over fees and a
    # dash: unpriced_cells)
    for start, end, header, mark in presence_said(t, qn) + doing_said(t, qn) + marked_done_said(t, qn) \
            + declined_said(t, qn) + unpriced_said(t, qn):
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.kind != "col" or m.start < start or m.end > end for m in inside):
            continue
        spans = {(m.start, m.end) for m in inside}
        if any(a < end and start < b and (a, b) not in spans for a, b in taken):
            continue
        taken[:] = [s for s in taken if s not in spans]
        mentions[:] = [m for m in mentions if m not in inside]
        at = next((i for i, m in enumerate(mentions) if m.start > start), len(mentions))
        mentions.insert(at, _Mention(start, end, "value", (_key(mark), {header})))
        taken.append((start, end))
    for i, m in enumerate(mentions):
        if m.kind != "col":
            continue
        printed = {nfkc(str(r["cells"].get(m.data) or "")).strip() for r in t.rows} - {""}
        if not printed or not printed <= _YES | _NO or not printed & _YES or not printed & _NO:
            continue
        verb = _YES_NO_VERB.match(qn, m.end)
        if not verb or verb.end() == m.end:
            continue
        no = bool(verb.group("neg")) or verb.group("has") in ("ない", "無い", "なし")
        value = next(iter(sorted(printed & (_NO if no else _YES))))
        mentions[i] = _Mention(m.start, verb.end(), "value", (_key(value), {m.data}))
        taken.append((m.end, verb.end()))
    for i, m in enumerate(mentions):
        if m.kind != "col":
            continue
        printed = {nfkc(str(r["cells"].get(m.data) or "")).strip() for r in t.rows}
        if not {_CAN, _CANNOT} <= printed:
            continue
        verb = _CAN_VERB.match(qn, m.end)
        if not verb:
            continue
        value = _CANNOT if verb.group("neg") else _CAN
        mentions[i] = _Mention(m.start, verb.end(), "value", (_key(value), {m.data}))
        taken.append((m.end, verb.end()))
    for i, m in enumerate(mentions):
        if m.kind != "col":
            continue
        printed = {nfkc(str(r["cells"].get(m.data) or "")).strip() for r in t.rows}
        if {_NEEDED, _NOT_NEEDED} <= printed:
            verb = _NEED_VERB.match(qn, m.end)
            value = (_NOT_NEEDED if verb.group("neg") else _NEEDED) if verb else ""
        elif printed & _MARKED and len(printed) > 1 and printed <= _MARKED | {nfkc(x) for x in _MARKED_NOT}:
            verb = _CAN_VERB.match(qn, m.end) or _paying_said(m.data, qn, m.end)
            # (できない over ○ and － alone: the dash may say "not applicable" as well as "no", left unread — unless
            # the table's legend says it is 「不可」: 「（○：利用可、－：利用不可）」)
            dashes = sorted(printed & {nfkc(x) for x in _MARKED_NOT} - {""})
            barred = dashes[0] if len(dashes) == 1 and _DASH_BARRED.search(nfkc(t.caption or "")) else ""
            value = "" if not verb else (barred if verb.group("neg") else sorted(printed & _MARKED)[0])
        else:
            continue
        if value:
            mentions[i] = _Mention(m.start, verb.end(), "value", (_key(value), {m.data}))
            taken.append((m.end, verb.end()))


_NONE_PLANNED = compiled(r"予定(?:が|は|も)?(?:まったく|全く|一切|何も|ひとつも|一つも|どこにも)?(?:ない|なし|無い|ありません|立っていない)")


# 「」と答えた割合」「って回答した人の割合」: the share of respondents a survey's answer column holds.
_ANSWERED_SHARE = compiled(r"[」』\"']?\s*(?:と|って)\s*(?:答え|こたえ|回答し)た\s*(?:人|方|者)?\s*(?:の)?\s*(?:割合|比率|率)")


def _read_none_planned(db, t: Table, qn: str, mentions: list[_Mention], free, take) -> None:
    """「令和9年度までオンライン化の予定がまったくない手続」 over a timeline of marks by year whose legend
    says the dash is no plan (「― 対応予定なし」; a blank after ● is no dash): every year's column, up to
    the year said with まで, prints the dash. What is planned (オンライン化の) said before it goes with it."""
    from assistant.query.tables.legend_words import none_meaning

    cols = [c for c in t.columns if c.marks and c.year is not None]
    m = _NONE_PLANNED.search(qn) if len(cols) >= 2 else None
    if m is None or not free(*m.span()) or not none_meaning(db, t):
        return
    start = m.start()
    lead = re.search(r"[一-龥ぁ-んー]{1,10}の$", qn[:start])
    if lead:
        start = next((a for a in range(lead.start(), start) if free(a, m.start())), start)
    bound = next((y for y in mentions if y.kind == "year" and y.data[1] == "まで" and 0 <= start - y.end <= 1), None)
    if bound is not None:
        mentions.remove(bound)
        cols = [c for c in cols if c.year <= bound.data[0]]
    take(start, m.end(), "dash_all", [c.header for c in sorted(cols, key=lambda c: c.year)])


def _picks_a_group(t: Table, conds: list[Cond]) -> bool:
    """Whether the conditions pick rows only by a shared value of a column that does not name them
    (部 = 福祉部 over its 課), and more than one row holds it."""
    eq = [c for c in conds if c.op != "ask"]
    if not eq or any(c.op != "eq" or c.header in (t.name, t.number) or not isinstance(c.value, str) for c in eq):
        return False
    held = [r for r in t.rows if all(nfkc(str(r["cells"].get(c.header) or "")).strip() == nfkc(c.value).strip() for c in eq)]
    return len(held) >= 2


# 「いつ」 asked anywhere in the question (「いつ実施される予定？」「いつから」), not 「いつも」「いつか」.
_WHEN_ASKED = compiled(r"いつ(?!も|か|つ|の間|でも)")


# 「削減予定台数は全部で何台」「合わせて何人」「合わせて何時間」: all of a number asked in the unit of a numeric column (its
# unit, or the counter its header counts: 台 of 保有台数) is their sum; the rows' own counter (何件,
# 何課) stays a count of rows.
# 「（村民）一人当たり（の）」: per person, as the question is read with its kanji numerals as digits
_PER_PERSON_SAID = compiled(r"(?:[村町市区県住]民)?1人(?:当たり|あたり|当り)(?:の)?")
_WHOLE_OF_ROWS = compiled(r"(?:全体|全部|全庁|総計)(?:の|で|では)")
# (the amount asked just after the column said: 「効果額はいくら」「効果額はいくらを見込んでる」)
_AMOUNT_AFTER_COLUMN = compiled(r"(?:は|って)?\s*(?:いくら|何円|何千円|何百万円|何億円)")
# (「全部で延床面積は何㎡」: the column's word between, its unit after 何)
_ALL_OF_COUNTER = compiled(r"(?:全部で|全体で|すべてで|全てで|合わせて|あわせて|合計で|トータルで|総計で)(?:は)?"
                           r"(?P<col>[一-龥ァ-ヶー]{2,10}(?:は|が|って))?何(?P<u>m2|時間|[一-龥])")


_ROWS_ADDED_UP = compiled(r"(?:合計|合わせて|あわせて|トータル)(?:で|では)?(?=何(?P<u>件))")


# 「…の児童数を合わせると何人」: a figure named just before を, added up and asked in a counter
_ADDED_UP_IN_COUNTER = compiled(r"を(?:全部|すべて|全て)?(?:合わせる|あわせる|足す|足し合わせる)と\s*(?P<col>)何(?P<u>[一-龥])")


def _counter_summed(t: Table, qn: str) -> re.Match | None:
    added = _ADDED_UP_IN_COUNTER.search(qn)
    if added and any(c.numeric and any(len(f) >= 2 and qn[:added.start()].endswith(f) for f in c.forms) for c in t.columns):
        return added  # (the column said is what is added up, not the rows counted: 「AとBを合わせると何人」 names none)
    m = _ALL_OF_COUNTER.search(qn)
    if m is None:
        return None
    u = m.group("u")
    if any(c.numeric and (c.unit == u or f"{u}数" in nfkc(c.header)) for c in t.columns):
        return m
    if f"{u}数" in nfkc(t.caption + " " + t.measure_word) and any(c.numeric and c.year is not None and not c.unit for c in t.columns):
        return m  # 「区分別の受付件数」 over R3 | … | R7: the counts of each year, 件 their unit
    return None


# 「曜日・時間帯別の待ち時間」: what every cell of the table is (the caption's last words, after 別の).
_CAPTION_MEASURE = compiled(r"(?:別|ごと)の((?:(?![とやの及])[一-龥ぁ-んァ-ヶー]){2,8})$")


def _read_measure_words(db, t: Table, qn: str, free, take) -> None:
    """Words that only say what the table's cells are: the measure its caption names after 別の (「待ち時間」
    of 「曜日・時間帯別の待ち時間」, when no column is named so) and 「何分」 in the unit the document
    prints for its figures (（単位：分）) or a column's unit; a counter of rows (何件) stays a count."""
    from assistant.query.tables.all_columns_counted import read_all_columns_counted

    read_all_columns_counted(t, qn, free, take)  # 「３庁舎の計」 over 本庁舎 │ 北支所 │ 南支所 │ 計
    caption = re.sub(r"^[\d０-９.]+\s*", "", nfkc(t.caption)).strip()
    measure = _CAPTION_MEASURE.search(_key(caption))
    # (「取組項目別の目標と実績」 names two columns, no measure of every cell: a column's word inside it)
    if measure and not any(measure.group(1) in c.forms or any(len(f) >= 2 and f in measure.group(1) for f in c.forms)
                           for c in t.columns):
        for m in re.finditer(re.escape(measure.group(1)), qn):
            if free(*m.span()):
                take(*m.span(), "filler")
    elif not measure:
        from assistant.query.tables.title_line_measure import measure_forms, title_line_measure

        for form in measure_forms(title_line_measure(db, t)) if t.memo.setdefault("title_line_measure", title_line_measure(db, t)) else ():
            for m in re.finditer(re.escape(form), qn):
                if free(*m.span()):
                    take(*m.span(), "filler")
    memo = memo_of(t)
    printed = memo.get("printed_units")
    if printed is None:  # (the units the document prints: read from its whole text once, not at every question)
        from assistant.query.facts import _document_text

        row = db.execute("SELECT sha256 FROM documents WHERE source = ?", [t.source]).fetchone()
        printed = memo["printed_units"] = set(re.findall(r"単位[:：]\s*([^()（）\s、,※。]{1,3})",
                                                           _document_text(db, row[0]) if row else ""))
    # (a unit the document prints for another table's figures, 表１ 単位：時間, is none of a table of marks alone)
    units = {c.unit for c in t.columns if c.numeric and c.unit} | (printed if any(
        c.numeric and c.header != t.number for c in t.columns) else set())
    for m in re.finditer(r"何(分|時間|円|千円|万円|百万円|%|ポイント|日|台|t|kg|kwh)", qn):
        # (「合わせて何時間」: the sum asked in the unit, read with its 合わせて where the sums are read)
        summed = (added := _ALL_OF_COUNTER.search(qn)) is not None and added.end() == m.end()
        if m.group(1) in units and not _COUNT_Q.match(m.group(0)) and free(*m.span()) and not summed:
            take(*m.span(), "filler")
    # 「令和7年度末に…になる見込み」 over a table printing that year as a forecast (年間件数 令和7年度（見込）): the
    # word only says what the table says of the year, no condition
    # (「児童生徒数R12推計」: the word closing the header after its year says so too, unbracketed)
    planned = {c.year for c in t.columns if c.year is not None
               and re.search(r"[(（]\s*(?:見込み?|見通し|予定|計画)\s*[)）]|\d\s*(?:見込み?|見通し|推計)$", nfkc(c.header))}
    if not planned and re.search(r"推計|見込|見通し|予測", nfkc(t.caption or "")):
        # 「北部地区の令和９年度の小学校児童数の推計は」 over 「表２－４ 北部地区の児童生徒数推計」: every figure of the
        # table is an estimate, as its caption says; the word names no column of its own
        heads = [nfkc(c.header) for c in t.columns]
        for m in re.finditer(r"(?:の)?(?P<w>推計|見込み?|見通し|予測)(?:値)?(?:の|で)?", qn):
            if any(qn[max(m.start("w") - 1, 0):m.end("w") + 1] in h for h in heads):
                # (「削減見込額」 under 「…一覧（削減見込額の単位:千円）」: the word is part of a column's name, m57-039)
                continue
            if free(*m.span()):
                take(*m.span(), "filler")
    if planned:
        for m in re.finditer(r"(?:の)?(?:見込み?|見通し|予定|推計)(?:額)?(?:の|で)?", qn):
            if free(*m.span()) and any(y.fiscal_year in planned for y in find_years(qn[:m.start()])):
                # (「R8見込が」 over 予算額R8（見込）: the word right after the year names that year's column, the
                # table's own word said)
                year = next((y for y in find_years(qn[:m.start()]) if y.end == m.start()), None)
                word = re.sub(r"^の|額?[ので]?$", "", qn[m.start():m.end()])
                named = [c.header for c in t.columns if year is not None and c.year == year.fiscal_year
                         and re.search(r"[(（]\s*" + re.escape(word) + r"|\d\s*" + re.escape(word) + "$", nfkc(c.header))]
                if len(named) == 1:
                    # (said with its year, 「r8見込」: words a plan of another kind says alone do not name this table)
                    take(year.start, m.end(), "col", named[0])
                else:
                    take(*m.span(), "filler")
    from assistant.query.tables.survey_verbs import read_survey_verbs

    read_survey_verbs(t, qn, free, take)  # 「一番多く選んだ」「と答えた」 over a survey's ％: what the figures count
    from assistant.query.tables.headcount_verbs import read_headcount_verbs

    read_headcount_verbs(t, qn, free, take)  # 「いちばん多く受けた」 over head counts (人): what the figures count
    # 「千円単位で小数点以下四捨五入」: the table's unit said as what the answer is rounded in, no condition.
    for m in re.finditer(r"(千円|円|万円|百万円|人|件)単位(?:で|の|に)?", qn):
        if m.group(1) in units and free(*m.span()):
            take(*m.span(), "filler")
    # 「合計はいくらですか（千円）」「（単位：千円）」: the table's unit said aside, what the answer is in (「（百万円、
    # 小数第１位まで）」: with the rounding after it, read by its own rule)
    for m in re.finditer(r"[(（](?:単位[:：]?)?(分|時間|円|千円|万円|百万円|%|ポイント|日|台|人|件)(?:[)）]|(?=[、,]))", qn):
        if m.group(1) in units and free(*m.span()):
            take(*m.span(), "filler")


# 「時間帯をならすと平均」「ならして」: a row's figures across the columns of a day's times, averaged.
_EVENED = compiled(r"(?:時間帯|時間)?(?:を|で)?(?:ならす|ならし|ならして|均す|均して|平均する)と?(?:平均)?")


# 「1台も減らさない」「1件も増えていない」: none of what the verb does, the count of it zero.
_NONE_AT_ALL = compiled(r"(?:(?:金額|額|費用)(?:が|は))?(?:1|一)(?P<u>[台件人回個校円])も(?P<verb>減らさ|減ら|削減し|削減さ|減っ|増やさ|増え|増加し)"
                          r"(?:ない|ず|なかった|ていない|てない|ません)")


def _read_none_at_all(t: Table, qn: str, free, take) -> None:
    """The numeric column of what the verb does (削減 for 減らす, 増加 for 増やす): its total over the years
    when the table has one (削減計 beside 削減予定台数 R7…R9), else the one column; its value 0."""
    m = _NONE_AT_ALL.search(qn)
    if not m or not free(*m.span()):
        return
    stem = "削減" if m.group("verb").startswith(("減", "削")) else "増"
    said = [c for c in t.columns if c.numeric and c.base.startswith(stem)]
    total = [c for c in said if re.search(r"計$|合計|累計", c.base)]
    chosen = total if len(total) == 1 else said if len(said) == 1 else []
    if not chosen and len({c.base for c in said}) == 1:
        # 削減額 of 令和6年度 and of 令和7年度: the year said before picks one
        years = {y.fiscal_year for y in find_years(qn[:m.start()])}
        chosen = [c for c in said if c.year in years] if len(years) == 1 else []
    if chosen:
        take(m.start(), m.start(), "col", chosen[0].header)
        take(*m.span(), "cmp", ("eq", 0.0, ""))


# Entries of a list folded into one cell (報告事項: ①…／②…／③…, as the generic kind joins a block's list).
ENTRY_JOIN = "／"


def _lists_entries(t: Table, header: str) -> bool:
    return not t.column(header).numeric and any(ENTRY_JOIN in str(r["cells"].get(header) or "") for r in t.rows)


def _slot_columns(t: Table) -> list[str]:
    return [c.header for c in t.columns if c.numeric and _SLOT_HEADER.match(nfkc(c.header).strip())]


def _over_slots(t: Table, aggregate: str, mentions: list[_Mention], take) -> str:
    """Over a table of a day's times (曜日 | 区分 | 8:45~10:00 | 10:00~12:00 | …) with no time said, a
    largest or smallest asked (「金曜日の最大待ち時間は最長で」) is of every cell of the rows, and a mean
    (「時間帯をならすと」) of each row's cells: the times are one measure, split by when."""
    slots = _slot_columns(t)
    if len(slots) < 2 or any(m.kind == "col" and t.column(m.data).numeric for m in mentions):
        return aggregate
    if aggregate in ("max", "min"):
        take(0, 0, "cells", "|".join(slots))
        return aggregate + "_cells"
    if aggregate in ("avg", "") and any(m.kind == "evened" for m in mentions):
        take(0, 0, "avg_cols", "|".join(slots))
        return "avg_cols"
    return aggregate


# A column of a time of day: 「8:45～10:00」「15:00-17:15」.
_SLOT_HEADER = compiled(r"^(\d{1,2}):(\d{2})\s*[~〜～\-－]\s*(\d{1,2}):(\d{2})$")
# 「10時から12時」「9時30分～12時」「13時半から」: a time said; 「15時以降」 a slot from it on.
_CLOCK = r"(\d{1,2})(?:時|:)(?:(\d{1,2})分?|(半))?"
_SLOT_SAID = compiled(_CLOCK + r"(?:から|~|〜|～|-)" + _CLOCK + r"(?:まで)?(?:の(?=間|時間帯))?(?:の間|の時間帯)?")
_SLOT_FROM = compiled(_CLOCK + r"(?P<from>以降|から|過ぎ|すぎ|台)(?:の(?=時間帯))?(?:の時間帯)?")


def _read_time_slot(t: Table, qn: str, free, take) -> None:
    """「月曜の10時から12時の平均」「15時以降の」 over columns of times of day (8:45~10:00 | 10:00~12:00 | …):
    the column of the slot said (its start and end; 「以降」 the slot starting then), when one holds it."""
    slots = {c.header: (int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4)))
             for c in t.columns if (m := _SLOT_HEADER.match(nfkc(c.header).strip()))}
    if len(slots) < 2:
        return

    def minutes(h: str, mm: str | None, half: str | None) -> int:
        return int(h) * 60 + (30 if half else int(mm) if mm else 0)

    for m in _SLOT_SAID.finditer(qn):
        a, b = minutes(*m.group(1, 2, 3)), minutes(*m.group(4, 5, 6))
        hit = [h for h, (s, e) in slots.items() if s == a and e == b] \
            or [h for h, (s, e) in slots.items() if s <= a and b <= e]  # (「10時から11時」 inside 10:00~12:00)
        if len(hit) == 1 and free(*m.span()):
            take(*m.span(), "col", hit[0])
    for m in _SLOT_FROM.finditer(qn):
        a = minutes(*m.group(1, 2, 3))
        if m.group("from") == "台":
            hit = [h for h, (s, e) in slots.items() if s <= a < e and a + 60 <= e]
        else:
            hit = [h for h, (s, e) in slots.items() if s == a] or [h for h, (s, e) in slots.items() if s <= a < e]
            # (「15時以降」 over slots that go on after it: only the one it opens, when it is the last)
            later = [h for h, (s, e) in slots.items() if s > a]
            hit = hit if not later else []
        if len(hit) == 1 and free(*m.span()):
            take(*m.span(), "col", hit[0])


def _when_asked(qn: str) -> bool:
    return bool(_WHEN_ASKED.search(qn))


def _varies(t: Table, header: str) -> bool:
    """Whether the rows differ in the column: one value over every row (the heading all of a page's
    items sit under, 「…（令和7年4月1日現在）」) is the document's, no day of each row."""
    return len({nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows}) > 1


def _year_of_column_verb(t: Table, after: str) -> str:
    """The column of years whose name says the act the words after a year say (「にオンライン化した」 before
    オンライン化年度, 「に導入した」 before 導入年度): the year is then that column's value; "" when none or several."""
    found = [c.header for c in t.columns if c.years_inside and len(stem := re.sub(r"(?:年度|時期|年)$", "", c.base or "")) >= 2
             and re.match(r"\s*(?:に|で)\s*" + re.escape(stem) + r"(?:し|され|済|を)", after)]
    return found[0] if len(found) == 1 else ""


# 「全庁の」「全市で」「全体では」: the whole organisation or town said
_WHOLE_BODY = compiled(r"(?:全庁|全市|全町|全村|全体|市全体|町全体|村全体)(?:の|で(?:は)?|として)")


def _read_whole_of_yearly(t: Table, qn: str, free, take) -> None:
    """「令和3年度の全庁の時間外勤務は」 over a table of a row per fiscal year (年度 | 時間外勤務時間 | 職員数) naming no
    parts: each row's figures are the whole's, so the word for the whole says nothing more."""
    if not _row_year_column(t):
        return
    for m in _WHOLE_BODY.finditer(qn):
        if free(*m.span()):
            take(*m.span(), "filler")


def _row_year_column(t: Table) -> list:
    """The first column (a 見出し column, the heading the rows sit under, aside) when it keys the rows by fiscal year
    (年度 | 区分 | …); [] otherwise."""
    # (a table's 見出し column standing first is no column of the rows)
    return [c for c in [c for c in t.columns if c.header != "見出し"][:1] if c.years_inside and not c.dates and not t.name]


def _when_column(t: Table) -> str:
    """The column a 「いつ」 asks of a row: the only one holding days, else the only one holding fiscal
    years (実施（予定）年度); "" when none or several (which one is then not said)."""
    days = [c.header for c in t.columns if c.dates and c.header != t.name]
    if days:
        return days[0] if len(days) == 1 else ""
    years = [c.header for c in t.columns if c.years_inside and not c.numeric and not c.marks and c.header != t.name
             and c.header != t.number]
    return years[0] if len(years) == 1 else ""


def _labels_as_said(question: str, qn: str, mentions: list[_Mention], conds: list[Cond]) -> None:
    """A value's words quoted in a condition's label as the question spells them (「オンライン化され」,
    not its search form おんらいん化され)."""
    for m in mentions:
        word = qn[m.start:m.end]
        said = _as_said(question, word) if m.kind == "value" else word
        if said != word:
            for c in conds:
                c.label = c.label.replace(f"（{word}）", f"（{said}）")


def _counting_outside_columns(t: Table, qn: str, mentions: list[_Mention]):
    """The word asking how many rows (何件, 件数), skipping one inside a numeric column's name said
    (「年間件数は？」 of a column 年間件数 asks its value; 「年間件数が1万件以上のものは何件」 still counts)."""
    inside = [m for m in mentions if m.kind == "col" and t.column(m.data).numeric]
    counting = _COUNT_Q.search(qn)
    # (「第何回」: which of the rows numbered 第1回, 第2回… is asked, not how many)
    while counting and (any(m.start <= counting.start() and counting.end() <= m.end for m in inside)
                        or qn[counting.start() - 1:counting.start()] == "第"):
        counting = _COUNT_Q.search(qn, counting.end())
    if counting is None:
        # 「所管課は全部で何課」「担当部は何部ある」: 何 and the last character of a column of words said just before
        # it counts in that column's own unit (how many 課 the column names, read after as its kinds)
        for m in (m for m in mentions if m.kind == "col" and not t.column(m.data).numeric):
            unit = t.column(m.data).base[-1:]
            said = re.compile(rf"(?:は|が|って)?(?:全部で|全体で|あわせて|合わせて)?(?P<n>何{re.escape(unit)})").match(qn, m.end) \
                if re.fullmatch(r"[一-龥]", unit) else None
            if said:
                return re.compile(re.escape(said.group("n"))).search(qn, said.start("n"))
        # 「何橋ある」「何館」 over rows named 大淵橋, 新宮橋 … (中央館, 北館 …): the kanji the names end in counts them
        ending = _names_last_kanji(t)
        named = re.compile(rf"何{re.escape(ending)}(?![一-龥])").search(qn) if ending else None
        if named:
            return named
        # 「改善手法は何種類使われてる？」: how many kinds of a column of words said before it
        kinds = _KINDS_ASKED.search(qn)
        if kinds and any(m.end <= kinds.start() for m in mentions if m.kind == "col" and not t.column(m.data).numeric):
            return kinds
    return counting


def _begins_column_word(t: Table, form: str, qn: str, start: int, end: int) -> bool:
    """Whether a value said runs on into a longer word (its kanji after it) that begins a column's header of the table
    and is no value: 健全 in 「健全度」 over columns 健全度第1巡 | 健全度第2巡."""
    more = re.match(r"[一-龥]+", qn[end:])
    if more is None or re.match(r"[一-龥]", qn[start - 1:start] or " "):
        return False
    word = form + more.group(0)
    return any(_key(c.header).startswith(word) and _key(c.header) != word for c in t.columns)


def _caption_deed_said(t: Table, qn: str) -> tuple[int, int] | None:
    """Where the question says as a verb (修繕した, 実施された) the deed of two kanji or more the table's caption records
    as done (「年度別の修繕実績」「相談の実績」), or as planned (修繕予定) the deed its plan schedules (修繕計画), or None."""
    def of_a_column(a: int, b: int) -> bool:
        # (「削減予定台数」「削減予定がある」 over columns 削減予定台数R6年度 …: a column's word, read as that column)
        return any(len(f) >= 3 and (at := qn.find(f)) >= 0 and at < b and a < at + len(f)
                   for c in t.columns for f in c.forms)

    for m in re.finditer(r"([一-龥]{2,4})の?実績", _key(t.caption or "")):
        said = re.search(re.escape(m.group(1)) + r"(?:し|され)(?:た|て)", qn)
        if said and not of_a_column(said.start(), said.start() + len(m.group(1))):
            return said.start(), said.start() + len(m.group(1))
    # 「令和８年度に修繕予定の橋」 of 「…修繕計画」: the deed its plan schedules said as planned
    for m in re.finditer(r"([一-龥]{2})の?計画", _key(f"{t.caption or ''}／{t.doc_title or ''}")):
        said = re.search(re.escape(m.group(1)) + r"(?:する|される)?予定(?![一-龥])", qn)
        if said and not of_a_column(*said.span()):
            return said.start(), said.end()
    return None


def _deed_of_count_said(t: Table, header: str, form: str, qn: str, end: int) -> bool:
    """Whether a count column (修繕件数, 相談件数) is said by its deed alone as a verb (「修繕した」「相談された」): the
    rows of what was done are asked, not how many (that is said 「修繕件数」「何件修繕した」)."""
    base = t.column(header).base or ""
    # (「平成31年度に採用された提案は何件」 asks the count all the same: 採用件数's figure)
    return t.column(header).numeric and base.startswith(form) and base[len(form):] in ("件数", "数") \
        and re.match(r"(?:し|され|さ)(?:た|て)", qn[end:]) is not None and not _COUNT_Q.search(qn) \
        and not re.search(r"何[一-龥]|いくつ", qn)


def _names_last_kanji(t: Table) -> str:
    """The kanji nearly every row's name ends in (橋 of 大淵橋, 上原大橋 …), the counter users count those rows by; ""
    where the names end in no one kanji."""
    names = [n for r in t.rows if (n := _key(r["cells"].get(t.name) or ""))] if t.name else []
    if len(names) < 3:
        return ""
    last = max(set(n[-1] for n in names), key=lambda ch: sum(n.endswith(ch) for n in names))
    return last if re.fullmatch(r"[一-龥]", last) and sum(n.endswith(last) for n in names) >= 0.9 * len(names) else ""


# (「何種類使われてる」「何種類ある」: the verb of being there says no more than the kinds)
def _said_after_column(t: Table, c, value: str, qn: str) -> bool:
    """「優先度が中の提言」 over a short table of 優先度 高／中／低: a one-kanji value said straight after its own
    column's word and が／は is that value, however few rows print it (never dropped as a word of no meaning)."""
    words = {_key(w) for w in (c.header, c.base, *c.forms) if w and len(_key(w)) >= 2}
    return any(re.search(rf"{re.escape(w)}(?:が|は|って)[「『]?{re.escape(value)}[」』]?(?=の|で|に|だ|[?？、]|$)", qn) for w in words)


def _read_measure_done(t: Table, qn: str, free, take) -> None:
    """「R8上期に改善を実施する業務」「令和9年度以降に実施予定の改善」 over 改善手法 │ … │ 実施時期: the word a column of
    means is of (改善 of 改善手法), said as what is carried out, is each row's own measure — no condition of its own;
    its time is read by the column of when it is done."""
    if not any(c.years_inside or re.search(r"時期|年度", c.base or "") for c in t.columns):
        return
    for c in t.columns:
        head = re.fullmatch(r"([一-龥]{2,4})(?:手法|方法|手段)", _key(c.base or ""))
        if head is None:
            continue
        word = re.escape(head.group(1))
        for m in re.finditer(rf"{word}(?=を(?:実施|行|する|や))|(?<=実施予定の){word}|(?<=予定の){word}(?=は|を|が)", qn):
            if free(*m.span()):
                take(*m.span(), "filler")


def _read_time_column_verb(t: Table, qn: str, free, take) -> None:
    """「令和9年度以降に実施予定の改善」 over 実施時期: the act a column of when names (実施 of 実施時期), said right after
    a year as planned, is that column's own — the year, read by the years' reader, is its value; the words make no
    condition of their own (left unread they would leave the answer partial for nothing)."""
    for c in t.columns:
        base = _key(c.base or "")
        if not (c.years_inside or base.endswith("時期")):
            continue
        stem = re.sub(r"(?:時期|年度|予定)+$", "", base)
        if len(stem) < 2:
            continue
        for m in re.finditer(rf"{re.escape(stem)}(?:する|される)?予定", qn):
            # (only after a time said: 「令和9年度以降に」「R8上期に」, never 実施予定 alone, which asks of a plan)
            if re.search(r"(?:年度|年|期|月)(?:以降|以後|から|まで|までに)?に$", qn[:m.start()]) and free(*m.span()):
                take(*m.span(), "filler")


_KINDS_ASKED = compiled(r"(?:何種類|種類数|何通り)(?:使われ(?:て(?:い)?る|ていま?す|た)|使って(?:い)?る|ある|あります)?")


def _sheet_named(db, t: Table, qn: str) -> tuple[int, int] | None:
    """Where the question says the name of the workbook sheet the table's rows are on (four characters
    or more, and no other table of it on that sheet shares the word), else None."""
    memo = memo_of(t)
    if "sheet_name" not in memo:  # (the table's alone: worked out once, not for each question)
        memo["sheet_name"] = _sheet_name(db, t)
    name = memo["sheet_name"]
    if name is None:
        return None
    at = qn.find(name) if len(name) >= 4 else -1
    return (at, at + len(name)) if at >= 0 else None


def _sheet_name(db, t: Table) -> str | None:
    """The name of the one workbook sheet the table's rows are on, keyed, where a question may name the table by it."""
    if not t.rows:
        return None
    line = t.rows[0]["line"]
    found = db.execute("SELECT place FROM places WHERE source = ? AND place LIKE '%!%' AND first_line <= ? "
                       "AND last_line >= ? LIMIT 1", [t.source, line, line]).fetchone()
    if not found:
        return None
    if len(_sheets_of_rows(db, t)) > 1:
        # (a table joined over sheets, 基本目標１…４ each a sheet: the first sheet's name is a part of its rows, 「基本目標1の
        # 取組」, never the whole table)
        return None
    name = _key(str(found[0]).rsplit("!", 1)[0])
    # (a sheet named by its year, 令和7年度, or by a row of it, 北岬市民体育館: the year or the row said)
    if find_years(name) or any(name in _key(str(v)) for r in t.rows for v in r["cells"].values()):
        return None
    return name


def _sheets_of_rows(db, t: Table) -> set[str]:
    """The names of the workbook sheets the table's rows are on (a place is a cell's line, 方向性別集計!A3, or a
    range of lines: each row is on the sheet of the place holding its line)."""
    lines = sorted({r.get("line") for r in t.rows if r.get("line")})
    if not lines:
        return set()
    sheets = set()
    for place, first, last in db.execute("SELECT place, first_line, last_line FROM places WHERE source = ? AND "
                                         "place LIKE '%!%' AND first_line <= ? AND last_line >= ?",
                                         [t.source, lines[-1], lines[0]]).fetchall():
        at = bisect.bisect_left(lines, first)
        if at < len(lines) and lines[at] <= last:
            sheets.add(str(place).rsplit("!", 1)[0])
    return sheets


def _title_named(t: Table, qn: str) -> tuple[int, int] | None:
    """Where the question names the table's document by the 〜別 words of its title (「区分別集計表で」 of
    「補助金等見直し区分別集計表」): the name of the table, no grouping by 区分; else None."""
    title = _key(str(t.doc_title or ""))
    for m in re.finditer(r"[一-龥]{1,6}別(?:の)?(?:集計表|集計|一覧表|一覧|内訳表|調書|表)", qn):
        if m.group(0) in title:
            return m.span()
    return None


def _era_carried(qn: str, years: list) -> list:
    """「令和4年度から6年度まで」: the second year said without its era is of the first's era."""
    out = list(years)
    for y in years:
        era = re.match(r"令和|平成|r|h", qn[y.start:])
        # (「令和6年度・7年度とも」「令和6年度と7年度」: a year listed after it, as well)
        to = re.match(r"\s*(?:から|[~〜]|[・、,と]|および|及び)\s*(元|\d{1,2})年度?", qn[y.end:])
        if not era or not to:
            continue
        at = y.end + to.start(1)
        if any(o.start <= at < o.end for o in out):
            continue
        fy = era_year({"r": "令和", "h": "平成"}.get(era.group(0), era.group(0)), 1 if to.group(1) == "元" else int(to.group(1)))
        out.append(YearMention(at, y.end + to.end(), fy))
    return sorted(out, key=lambda y: y.start)


def _group_of_said(t: Table, x: _Mention, qn: str, mentions: list[_Mention]) -> bool:
    """The group's word (負担金 of a 負担金合計 column) said beside a member's column of that group."""
    said = qn[x.start:x.end]
    whole = t.column(x.data)
    return whole.numeric and whole.base != said and re.fullmatch(re.escape(said) + r"の?(?:計|合計|小計)", whole.base) is not None \
        and any(o.kind == "col" and o is not x and o.data != x.data and t.column(o.data).base.startswith(said) for o in mentions)


def _member_column(t: Table, header: str, qn: str, span: tuple[int, int], taken: list[tuple[int, int]],
                   place_spans: list[tuple[int, int]]) -> bool:
    """「苧環村の令和7年度負担金」 over 令和７年度負担金 spanning a column per town (杣ノ木町 | 苧環村 | … | 合計): a
    member (a town, a 課) said anywhere names its own column of figures under the measure, though the town is
    also a place scoping the documents."""
    return t.column(header).numeric and _holds_place(span, taken, place_spans) and any(
        a <= s and e <= b and qn[s:e] in t.column(header).base for s, e in place_spans for a, b in [span])


def _place_in_cells(t: Table, data, qn: str, span: tuple[int, int], taken: list[tuple[int, int]],
                    place_spans: list[tuple[int, int]]) -> bool:
    """「楓村が入っている共同処理」「幹事団体が柊町の」 over columns listing towns (構成団体 椿ヶ丘市、柊町、楓村 |
    幹事団体 柊町): a town said alone is a value of those cells, besides the place scoping the documents."""
    if span not in place_spans or any(s != span and not (s[1] <= span[0] or s[0] >= span[1]) for s in taken):
        return False
    if qn.startswith("の", span[1]) and qn[span[0]:span[1]] in nfkc(t.doc_title):
        return False  # 「椿ヶ丘市の共同処理」 in 椿ヶ丘市's own list: whose the rows are, no member said
    _, headers = data
    return any(_lists_places(t, h) for h in headers)


# 「全部は出ていない」「全回出席した」: attendance said of every meeting of a series
_ALL_ATTENDED = compiled(r"(?P<all>全部|すべて|全て|全回|毎回)(?:は|に|には|の会議に)?\s*(?P<verb>出て|出席して|出席し|参加して|参加し|出)"
                         r"(?:(?P<neg>い?ない|いなかった|なかった|ていない|ません)|(?:いる|いた|た|ている|てる))")
_WHOLE_IN_HEADER = compiled(r"全\s*(\d{1,3})\s*(回|日)")


def _read_all_attended(t: Table, qn: str, free, take) -> None:
    """「会議に全部は出ていない委員」 over 「会議出席回数（全５回）」: the header says the whole (全５回); every meeting
    attended is that number, not every one fewer (lt)."""
    m = _ALL_ATTENDED.search(qn)
    if m is None or not free(*m.span()):
        return
    cols = [(c, int(w.group(1))) for c in t.columns if c.numeric and (w := _WHOLE_IN_HEADER.search(nfkc(c.header)))]
    if len(cols) != 1:
        return
    c, whole = cols[0]
    # (the column is said by the whole its header prints, before the bound: a mention of no width of its own, so
    # that 「出ていない」 after it is no blank cell of it)
    take(m.start(), m.start(), "col", c.header)
    take(m.start(), m.end(), "cmp", ("lt" if m.group("neg") else "ge", float(whole), ""))


# (「うちの市の費用負担」: its own figure in the record; 「うちの町が設置主体」 says another column's value, not read here)
_OWN_SAID = compiled(r"(?:うちの|わが|我が|自分たちの|私たちの|本|当)(?P<kind>市|町|村)(?=の|(?P<subject>が|は))")


def _read_own_member(t: Table, qn: str, free, take) -> None:
    """「うちの市の費用負担が５割以上」 of a table of joint records listing their member municipalities (a column of
    places, a member per row under a record's number, or a list per cell): the asker's own municipality is the one
    member of every record (the document's publisher takes part in all it lists), of the kind said (市). Read only
    where exactly one such member is."""
    m = _OWN_SAID.search(qn)
    if m is None or not free(*m.span()):
        return
    for c in t.columns:
        if c.numeric or not _lists_places(t, c.header):
            continue
        groups: dict[str, set[str]] = {}
        for i, r in enumerate(t.rows):
            n = _key(str(r["cells"].get(t.number) or "")) if t.number else ""
            groups.setdefault(n or f"#{i}", set()).update(
                _key(v) for v in _cell_values(str(r["cells"].get(c.header) or "")))
        if len(groups) < 3 or not all(len(g) >= 2 for g in groups.values()):
            continue  # (members of each record, several to one: a column of one place per row names no member)
        common = set.intersection(*groups.values())
        common = {v for v in common if v.endswith(m.group("kind"))}
        if len(common) == 1:
            own = common.pop()
            holders = {c.header}
            if m.group("subject"):
                # 「うちの町が設置主体になっている」: the town said as a subject is a value of whichever column the
                # question goes on to name (設置主体), as the town's name said there would be
                holders |= {o.header for o in t.columns if not o.numeric and any(
                    own in {_key(v) for v in _cell_values(str(r["cells"].get(o.header) or ""))} for r in t.rows)}
            take(*m.span(), "value", (own, holders))
            return


def _lists_places(t: Table, header: str) -> bool:
    """Most of a column's cells are names of municipalities (or lists of them)."""
    cells = [nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows]
    cells = [c for c in cells if c and _key(c) not in _DASHES]
    return len(cells) >= 2 and sum(bool(_PLACE_CELL.fullmatch(c)) for c in cells) * 2 > len(cells)


_PLACE_CELL = compiled(r"(?:[一-龥々ァ-ヶぁ-ゖー]{1,6}(?:市|町|村|県|区)(?:[、・,，/／\s]+|$))+")


def _holds_place(span: tuple[int, int], taken: list[tuple[int, int]], place_spans: list[tuple[int, int]]) -> bool:
    """「春日井市総合体育館」: a row's name beginning with its city's name; the city said inside it is the
    name's, so the row is named (the city still scopes the documents)."""
    a, b = span
    return all(b <= s or a >= e or ((s, e) in place_spans and a <= s and e <= b) for s, e in taken) \
        and any(a <= s and e <= b for s, e in place_spans)


_ALIAS = compiled(r"^(?P<before>.*?)(?P<word>[^の・]+)[(（](?P<other>[^()（）]{2,20})[)）](?P<after>.*)$")


def _by_note_said(found: list, qn: str, free, taken: list[tuple[int, int]]) -> list:
    """「住民票の写しをコンビニで取る」 over 住民票の写し（窓口交付） and 住民票の写し（コンビニ交付）: of rows
    named alike on the same words, the one whose note in brackets the question says (its first word,
    コンビニ of コンビニ交付) is the row; the note's word is used by it."""
    out = []
    for span in dict.fromkeys(f[1] for f in found):
        tied = [f for f in found if f[1] == span]
        best = max(f[0] for f in tied)
        tied = [f for f in tied if f[0] == best]
        notes = {}
        for f in tied:
            note = _NAME_NOTE.search(nfkc(f[3]))
            word = _key(note.group(0).strip().strip("()（）")) if note else ""
            for n in range(len(word), 1, -1):
                at = qn.find(word[:n])
                if at >= 0 and (at >= span[1] or at + n <= span[0]) and free(at, at + n):
                    notes[id(f)] = (at, at + n)
                    break
        if len(tied) >= 2 and len(notes) == 1:
            one = next(f for f in tied if id(f) in notes)
            taken.append(notes[id(one)])
            out.append(one)
        else:
            out.extend(f for f in found if f[1] == span)
    return out


def _note_said(t: Table, bare: str, qn: str) -> bool:
    """Whether the question says a note of a row named bare + note (「一般病床の病床利用率」 of 病床利用率（一般病床）):
    then that row is meant, not every row of the name."""
    for o in t.rows:
        full = nfkc(str(o["cells"].get(t.name) or ""))
        if _key(_NAME_NOTE.sub("", full)) != bare:
            continue
        notes = re.findall(r"[(（]([^()（）]+)[)）]", full[len(_NAME_NOTE.sub("", full)):])
        if any(len(_key(n)) >= 2 and _key(n) in qn for n in notes):
            return True
        # 「コンビニで取る」 of 住民票の写し（コンビニ交付）: the note's head said without its last word (交付)
        if any(len(_key(n)) >= 5 and _key(n)[:len(_key(n)) - 2] in qn for n in notes):
            return True
    return False


from assistant.query.tables.numbered_names import numbered_aliases  # noqa: E402


# 「防災危機管理課」: an office's name, (its words) (its ending)
_OFFICE_NAME = compiled(r"(?P<words>[一-龥ァ-ヶー]{3,}?)(?:課|室|係)")
# 「防災って」「子育ては」: a word standing alone before a particle
_WORD_ALONE = compiled(r"(?<![一-龥ァ-ヶー々])(?P<w>[一-龥ァ-ヶー]{2,})(?=って|は|の|が|で|を|も)")


def _office_said_short(name: str, names: list[str], qn: str) -> tuple[float, tuple[int, int] | None]:
    """「防災って令和５年度は…」: an office called by the first words of its name (防災 of 防災危機管理課), where no
    other row's name starts so; (0, None) when not said so."""
    office = _OFFICE_NAME.fullmatch(name)
    if not office:
        return 0.0, None
    for m in _WORD_ALONE.finditer(qn):
        w = m.group("w")
        if len(w) < len(office.group("words")) and _key(office.group("words")).startswith(w) \
                and sum(1 for n in names if _key(n).startswith(w)) == 1:
            return 99.0, m.span("w")
    return 0.0, None


def _aliases(name: str) -> list[str]:
    """「外部人材（副業人材）の登用」 is said without its bracket (外部人材の登用) and by the other name in it
    in place of the word before it (副業人材の登用)."""
    m = _ALIAS.match(nfkc(name).strip())
    if not m or not m.group("after") or _UNIT_ASIDE_RE.fullmatch(m.group("other")):
        return _shared_head_names(name) + _clipped_name(name)
    return [m.group("before") + m.group("word") + m.group("after"), m.group("before") + m.group("other") + m.group("after")]


# 「要介護・要支援認定の申請」: two words joined by ・ before the head word they share (認定), each as long as the other.
_SHARED_HEAD = compiled(r"(?P<pre>.*?)(?<![一-龥ァ-ヶー])(?P<a>[一-龥ァ-ヶー]{2,6})[・･](?P<b>[一-龥ァ-ヶー]{2,6})(?P<head>[一-龥ァ-ヶー]{2,6})(?P<rest>.*)")


def _shared_head_names(name: str) -> list[str]:
    """「要介護・要支援認定の申請」 is said by either word with the head they share: 要介護認定の申請,
    要支援認定の申請 (the second word as long as the first, the head what follows it)."""
    text = nfkc(name).strip()
    for m in _SHARED_HEAD.finditer(text):
        a, rest_b = m.group("a"), m.group("b") + m.group("head")
        if len(rest_b) - len(a) < 2:
            return []
        head = rest_b[len(a):]
        pre, rest = m.group("pre"), m.group("rest")
        return [pre + a + head + rest, pre + rest_b + rest]
    return []


# 「国民健康保険の資格喪失届」: a run of three two-kanji words (国民・健康・保険) said by the first kanji of its first and
# last (国保), as such names are clipped; so with one kanji closing the name, 「国民健康保険税」 → 国保税.
_THREE_WORDS = compiled(r"(?<![一-龥])([一-龥])[一-龥]{3}([一-龥])[一-龥](?![一-龥])|(?<![一-龥])([一-龥])[一-龥]{3}([一-龥])[一-龥](?=[一-龥]$)")


def _clipped_name(name: str) -> list[str]:
    text = nfkc(name).strip()
    m = _THREE_WORDS.search(text)
    if not m or m.end() >= len(text):
        return []
    first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return [text[:m.start()] + first + last + text[m.end():]]


_ISSUED = compiled(r"(?<=[一-龥ぁ-んァ-ヶー]{3})の(?:交付|発行|閲覧)$")
_CITY_LEAD = compiled(r"([一-龥ヶケ々ノ]{1,6}?[市町村])(?![民立営])(?=[一-龥ァ-ヶー]{2,})")
# A body's legal form, before or after its name (公益財団法人…, …株式会社)
_LEGAL_FORM = compiled(r"^(?:公益|一般)?(?:財団|社団)法人|^社会福祉法人|^特定非営利活動法人|^(?:株式|有限|合同)会社"
                       r"|(?:株式|有限|合同)会社$")


def _body_core(name: str, doc_title: str) -> str:
    """The name of a body without its legal form and the name of the city it belongs to, where the document is that
    city's (公益財団法人藤ノ沢市国際交流協会 → 国際交流協会, 藤ノ沢観光開発株式会社 → 観光開発); "" where the name has no
    legal form or what is left is shorter than three letters."""
    bare = _LEGAL_FORM.sub("", name).strip()
    if bare == name:
        return ""
    city = _CITY_LEAD.match(bare)
    if city and city.group(1) in doc_title:
        bare = bare[city.end():]
    else:
        stem = next((m.group(1) for m in re.finditer(r"([一-龥ヶケ々ノ]{2,6}?)[市町村]", doc_title)
                     if bare.startswith(m.group(1))), "")
        bare = bare[len(stem):]
    return bare if len(bare) >= 3 and bare != name else ""
_TOWN_LEAD = compiled(r"([一-龥ヶケ々ノ]{1,6}?)((?:市|町|村)(?:民|立|営))(?=[一-龥ァ-ヶー]{2,})")


# (a unit or a count in the bracket is no other name: 「延床面積(m2)」「見直し(3件)」)
class _Said:
    """A number and the unit after it found outside _NUMBER_IN_Q (a unit a table's header prints), read as its match."""

    def __init__(self, start: int, end: int, number: str, unit: str) -> None:
        self._span, self._groups = (start, end), (number, unit)

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]

    def span(self) -> tuple[int, int]:
        return self._span

    def group(self, n: int) -> str:
        return self._groups[n - 1]


_UNIT_ASIDE_RE = compiled(r"[\d,.]*\s*[a-z%㎡]*\d*|.*[\d].*|千円|円|件|人|%")


def _rows_by_subject(t: Table, qn: str, free) -> list[tuple]:
    """「ふるさと寄附金の取組」 for the row 「ふるさと寄附金の拡充」: a measure called by what it is about, the
    part of its name before の, when that part is long enough to name one row only and the question
    calls it a measure (の取組, の事業)."""
    heads: dict[str, list[tuple[dict, str]]] = {}
    for r in t.rows:
        name = str(r["cells"].get(t.name) or "")
        head = _key(name).split("の")[0]
        if len(head) >= 5 and head != _key(name):
            heads.setdefault(head, []).append((r, name))
        first = head.split("・")[0]
        if first != head and (len(first) >= 5 or re.fullmatch(r"[a-z]{3,}", first)):
            heads.setdefault(first, []).append((r, name))  # 「RPAの取組」 for 「RPA・AI-OCRの活用拡大」
        latin = re.match(r"[a-z]{3,}(?![a-z0-9\-])", _key(name))
        if latin and latin.group(0) not in (head, first):
            heads.setdefault(latin.group(0), []).append((r, name))  # 「RPAのやつ」 for 「RPAによる定型業務の自動化」
    out = []
    for head, rows in heads.items():
        if len(rows) != 1:
            continue
        # (or said as the subject the question goes on about: 「企業版ふるさと納税、R4からR6までの…」)
        if head not in qn:
            continue
        for m in re.finditer(re.escape(head) + r"(?=の?(?:取組|取り組み|事業|施策|項目|やつ)|[、,]|は|って)", qn):
            if free(*m.span()):
                out.append((90.0, m.span(), rows[0][0], rows[0][1]))
                break
    # 「敬老会の補助金」 for the row 「敬老会開催補助金」: the name's first word and its last, the kind of
    # thing every row is, when one row's name only begins and ends so.
    # (letters are part of a name: 「公衆無線LANの事業」 for 「公衆無線LAN整備事業」)
    for m in re.finditer(r"([一-龥ァ-ヶーa-z0-9]{3,10})の(補助金|負担金|交付金|助成金|事業|施設|制度)", qn):
        if any(o[1][0] <= m.start() < o[1][1] for o in out) or not free(*m.span()):
            continue
        rows = [(r, str(r["cells"].get(t.name) or "")) for r in t.rows]
        hits = [(r, name) for r, name in rows if _key(name).startswith(_key(m.group(1))) and _key(name).endswith(m.group(2))
                and len(_key(name)) > len(_key(m.group(1))) + len(m.group(2))]
        if len(hits) == 1:
            out.append((90.0, m.span(), hits[0][0], hits[0][1]))
    # 「敬老祝金の見直し内容」 for the row 「敬老祝金支給事業」: a word said alone that one row's name only
    # begins with, the rest of the name the kind of thing it is (支給事業, 推進事業, 補助金).
    rows = [(r, _key(str(r["cells"].get(t.name) or "")), str(r["cells"].get(t.name) or "")) for r in t.rows]
    for m in re.finditer(r"(?<![一-龥ァ-ヶー])([一-龥ァ-ヶー]{4,12})(?=の|は|が|を|って|、)", qn):
        if any(o[1][0] <= m.start() < o[1][1] for o in out) or not free(*m.span()):
            continue
        hits = [(r, name) for r, key, name in rows if key.startswith(m.group(1))
                and 0 < len(key) - len(m.group(1)) <= 6 and _KIND_TAIL.search(key)]
        if len(hits) == 1:
            out.append((90.0, m.span(), hits[0][0], hits[0][1]))
    return out


# (or the levy it is, 税・料: 「後期高齢」 for 後期高齢者医療保険料, 「軽自動車」 for 軽自動車税)
_KIND_TAIL = compiled(r"(?:事業|業務|補助金|奨励金|助成金|交付金|負担金|税|料)$")


def _values_grouped(t: Table, qn: str, mentions: list[_Mention], take) -> None:
    """「進捗の◎○△×ごとの件数」: the values of a column listed before ごと are its groups, no condition."""
    run: list[_Mention] = []
    said = sorted((m for m in mentions if m.kind == "value"), key=lambda m: m.start)
    for n, m in enumerate(said):
        # (a mark no row holds, 「×」 of ◎○△× where none is 未着手, may stand in the list)
        if run and not re.fullmatch(r"[、,・/]?|と|や|[◎○〇△▲×✕●]", qn[run[-1].end:m.start]):
            run = []
        run.append(m)
        marks = re.match(r"[◎○〇△▲×✕●、・]*", qn[m.end:]).end()
        by = _GROUPED.match(qn[m.end + marks:])
        if len(run) < 2 or not by or (n + 1 < len(said) and said[n + 1].start < m.end + marks):
            continue  # (the list goes on)
        bases = {t.column(h).base or h for v in run for h in v.data[1]}
        if len(bases) != 1:
            return
        start = run[0].start
        col = next((c for c in mentions if c.kind == "col" and re.fullmatch(r"の|が|は", qn[c.end:start])
                    and (t.column(c.data).base or c.data) in bases), None)
        for v in run + ([col] if col else []):
            mentions.remove(v)
        header = col.data if col else sorted(run[0].data[1])[0]
        take(col.start if col else start, m.end + marks, "col", header)  # (its ごと read as any column's, below)
        return


# 「目標まであと何窓口」「目標値まではあといくつ」: how far the row's latest result is from its target.
_TO_TARGET = compiled(r"(?:目標値?|目標達成)(?:まで|に)(?:は|って)?\s*(?:あと|残り)\s*"
                        r"(?:何[一-龥ぁ-んァ-ヶ]{0,3}|いくつ|いくら|どれ(?:くらい|ぐらい|だけ)|どのくらい)")


def _left_to_target(t: Table, reading: _Reading, said: re.Match, mentions: list[_Mention]) -> None:
    """The target column (its heading says 目標) less the latest year's result (実績), read as the two
    columns' gap; with no one such target, or no result by year, the reading is left as it is."""
    targets = [c for c in t.columns if c.numeric and "目標" in c.base]
    results = [c for c in t.columns if c.numeric and "実績" in c.base and c.year is not None]
    if len(targets) != 1 or not results:
        return
    latest = max(results, key=lambda c: c.year)
    reading.aggregate, reading.measure, reading.asked = "gap", f"{latest.header}|{targets[0].header}", ""
    reading.conds = [c for c in reading.conds if c.op != "ask"]
    reading.spans.append(said.span())
    reading.notes.append(f"「{said.group(0)}」は{targets[0].header}と最新の{latest.header}の差として読みました")


def _prose_cell(raw: str) -> bool:
    """A cell of sentences: long, and ending as a sentence does (。)."""
    text = nfkc(raw).strip()
    return len(text) > 20 and text.endswith(("。", "."))


# 「備考に「新規」ってある」「備考欄に「新規」と書かれた」: the quoted words written in that column.
_QUOTED = compiled(r"(?:に|で|が|は|欄に)?(?:「([^」]{1,30})」(?:って|と|が|を|の)?|"
                     r"(?<=[にで])((?:(?![にでがはをの])[一-龥ァ-ヶーぁ-んa-z0-9]){2,12}?)(?:って|と))(?:ある|あり|書|記載|記入|含|入っ|入る"
                     # 「審査会が「廃止が妥当」とした」: the words the column's author concluded, written there
                     r"|(?<=」と)(?:し(?=た|て)|され|判断|評価|指摘|結論))[ぁ-ん]*"
                     # 「備考で再提案になっている」: words a column of notes says, read as it being so (_quoted_in_column
                     # keeps it to words no cell of the column is whole: 「審査結果で採用になっている」 is its value 採用)
                     r"|(?<=[でに])(?P<become>(?:(?![にでがはをの])[一-龥ァ-ヶー]){2,12}?)(?:に|と)なって(?:いる|る|います)")


_NOTES_COLUMN = compiled(r"備考|摘要|特記|注記|メモ|コメント|その他")


def _quoted_in_column(t: Table, question: str, qn: str, mentions: list[_Mention], taken: list[tuple[int, int]], take) -> None:
    for q in _QUOTED.finditer(qn):
        col = next((m for m in mentions if m.kind == "col" and m.end == q.start() - (1 if q.group("become") else 0)
                    and not t.column(m.data).numeric), None)
        if col is None:
            continue
        if q.group("become") and (col.data in (t.name, t.number) or not _NOTES_COLUMN.search(col.data) or any(
                _key(nfkc(str(v or "")).strip()) == q.group("become") for r in t.rows for v in r["cells"].values())):
            # (a value some column holds whole, 「…提案で実施済になってる」: that value, read as such elsewhere; and only
            # a column of notes, 備考, is read for words said to be so)
            continue
        # (the words written, 「令和7年度って書いてある」, are text to find, not a year or value of the row)
        for m in [m for m in mentions if m is col or (m.kind in ("value", "year", "date", "era", "cmp")
                                                       and q.start() <= m.start < q.end())]:
            mentions.remove(m)
        taken.append(q.span())
        words = _as_said(question, q.group(1) or q.group(2) or q.group("become"))
        holder = _other_holder(t, col.data, words) if q.group(1) else ""
        if holder:
            # (「健全度判定で「早急な対応が必要」とされてるのはどの区分？」 over a legend 判定 │ 状態 │ 対応の考え方: the
            # grade column said holds letters only; the words are another column's, and the grade of the rows holding
            # them is asked)
            take(col.start, col.end, "col", col.data)
            take(q.start(), q.end(), "contains", (holder, words))
            continue
        take(col.start, q.end(), "contains", (col.data, words))


def _other_holder(t: Table, header: str, words: str) -> str:
    """The one other text column whose cells print the quoted words, where the column said prints only short codes
    (grades, marks: A, B, ◎) so it cannot hold them; "" otherwise."""
    said = {nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows} - {""}
    if not said or any(len(v) > 2 for v in said):
        return ""
    key = _key(words)
    holders = [c.header for c in t.columns if c.header != header and not c.numeric
               and any(key in _key(nfkc(str(r["cells"].get(c.header) or ""))) for r in t.rows)]
    return holders[0] if len(holders) == 1 else ""


# 「まだ決まってない」「決まっていない」「決定していない」: not decided yet, what a cell prints as 未定.
_UNDECIDED = compiled(r"(?:まだ|いまだ|未だ)?(?:決まって(?:い)?ない|決まっておらず|決定して(?:い)?ない|定まって(?:い)?ない|決まってません|決まっていません)")


# 「地域公共交通活性化事業に統合される事業」: what a row is merged into, written in its cell (「…へ統合」).
_MERGED_INTO = compiled(r"(?P<x>[^\s、。,?？!！「」のはがを]{3,30}?)(?:に|へ)(?P<verb>統合|移管|集約|編入)(?:され|する|した|して|さ|予定|の)?[ぁ-ん]*")


def _merged_into(t: Table, question: str, qn: str, free, take) -> None:
    """The rows whose cell says they go into the one named (「Xへ統合」「Xに統合」): a condition on that
    cell, read before row names, so X (a row itself, perhaps) is not the row asked about."""
    written = nfkc(question)
    for m in _MERGED_INTO.finditer(qn):
        # (「楡ノ沢小学校へ統合」: the search form writes the name's katakana ノ as the particle の; the name
        # runs on over it)
        first = m.start("x")
        while len(written) == len(qn) and first > 0 and (
                re.match(r"[ァ-ヶー]", written[first - 1]) or re.match(r"[^\s、。,?？!！「」のはがを]", qn[first - 1])) \
                and re.search(r"[ァ-ヶー]", written[first - 1:m.start("x")]):
            first -= 1
        # (「南川市でX事業に統合」: the name is the longest end of the words before に that a cell holds)
        for start in range(first, m.end("x") - 2):
            if not free(start, m.end()):
                continue
            x = (written if len(written) == len(qn) else qn)[start:m.end("x")]  # (as written: 楡ノ沢)
            best = None
            for c in t.columns:
                if c.numeric:
                    continue
                for said in (f"{x}へ{m.group('verb')}", f"{x}に{m.group('verb')}"):
                    hits = sum(_key(said) in _key(str(r["cells"].get(c.header) or "")) for r in t.rows)
                    if hits and (best is None or hits > best[0]):
                        best = (hits, c.header, said)
            if best and best[0] < len(t.rows):
                take(start, m.end(), "contains", (best[1], _as_said(question, best[2])))
                break


# 「RPAについては？」「窓口に関する意見」: a word the rows' text holds, asked about.
# (「…について話し合ったところ」「…について議論した部分」: the discussing is the topic's, no word of its own)
# (「指定管理者のモニタリングの話、市は…」: the talk about it, a topic as well)
_TOPIC = compiled(r"([^\s、。,?？!！「」のはがをにでと]{2,15})(?:について|に関する|に関して|に関わる|関連の|の話(?=[、,はがでを]|って|$)"
                    r"|に(?:触れ|ふれ|言及し|言及され)(?:て(?:い)?る|た)"
                    # 「用語解説を求めた意見」「町民プールの廃止に反対という意見」: what a remark asks for or opposes
                    r"|を(?:求め|要望し|要求し)(?:た|る|ている|てる)(?=意見|要望|提案|声|もの|の(?:は|が|を|[?？]|$))"
                    r"|に(?:反対|賛成)(?:する|した|している|の|という)(?=意見|要望|提案|声|もの|の(?:は|が|を|[?？]|$)))"
                    r"(?:(?:話し合|議論|協議|審議|話し|話さ|意見交換|検討)[ぁ-ん]*?(?:ところ|部分|箇所|場面|内容|議事)?(?=を|は|が|って|[?？]|$)"
                    # 「終期について触れている」「繰越金について指摘された」: remarks touching on it
                    r"|(?:触れ|ふれ|言及|指摘)[ぁ-ん]*?(?=の|もの|[一-龥ァ-ヶ]|[?？]|$))?")


# 「テレワークの意見」: a word, then の and the word the rows are called by (意見 of the column 意見の概要).
_ROWS_OF = compiled(r"([^\s、。,?？!！「」のはがをにでと]{2,15})の(意見|要望|提案|質問|指摘)")


from assistant.query.tables.name_endings import endings_said, kind_of_rows, value_tail  # noqa: E402


# 「本通にある」「若葉町に所在する」: where a row is, a district said before its verb of being there.
_LOCATED = compiled(r"([一-龥ァ-ヶー]{2,8})(?:に(?:ある|あり|あった|所在|立地)|地区の|地内の)")


def _district_in_addresses(t: Table, question: str, qn: str, place_spans, mentions: list[_Mention], free, take) -> None:
    """「緑町にある施設」 over a list whose 所在地 prints 樺ノ宮市緑町2丁目…: a district of the city said is the
    part of the address after the city's name, a condition on that column. (The place also scopes the documents,
    read before; taken for that alone, its rows' condition would be lost and every row counted.)"""
    spans = [s for s in place_spans if not any(m.start < s[1] and s[0] < m.end for m in mentions)]
    spans += [m.span(1) for m in _LOCATED.finditer(qn) if free(*m.span(1))]
    title = _key(t.doc_title or "")
    for a, b in dict.fromkeys(spans):
        word = qn[a:b]
        if word in title:
            continue  # 「樺ノ宮市の施設」: whose the list is, no part of an address
        # (a district is printed after the name of its municipality: 「…市緑町2丁目」「…町大字西原」)
        after_town = re.compile(r"[市町村郡区](?:大字|字)?" + re.escape(word))
        hits = {c.header: sum(bool(after_town.search(_key(str(r["cells"].get(c.header) or "")))) for r in t.rows)
                for c in t.columns if not c.numeric and c.header not in ("見出し", t.name)}
        best = max(hits, key=lambda h: hits[h], default=None)
        if best and 0 < hits[best] < len(t.rows) and sum(n > 0 for n in hits.values()) == 1:
            take(a, b, "contains", (best, _as_said(question, word)))


# 「指定管理者が株式会社の」「所在地は本通の」: a column said, then a word its cells hold among other words.
_ASKING_WORD = compiled(r"(?:どれ|どこ|どちら|どっち|どの|なに|なん|何|いつ|だれ|誰|いくつ|いくら)(?:ですか|か|だ|なの)?")
_WORD_AFTER_COLUMN = compiled(r"(?:が|は|って|の欄が|欄が)([^\s、。,?？!！「」のはがをにでと]{2,12}?)(?=の|で|に|が|を|と|な|[?？]|$)")


def _word_inside_column(t: Table, question: str, qn: str, mentions: list[_Mention], free, take) -> None:
    """「指定管理者が株式会社のところ」 over 指定管理者 printing 株式会社ミナモスポーツ and 樺ノ宮グリーンサービス株式会社:
    the word said of a column of text, no whole value of it, is written in the cells of the rows meant (a kind of
    company, a street of an address). Read only where some rows' cells hold it and others' do not."""
    for col in [m for m in mentions if m.kind == "col"]:
        if t.column(col.data).numeric:
            continue
        m = _WORD_AFTER_COLUMN.match(qn, col.end)
        if m is None or not free(*m.span(1)):
            continue
        word = m.group(1)
        if _ASKING_WORD.fullmatch(word):
            continue  # 「提案はどれ？」: the question's word, though a name's kana hold it (フリーアドレス)
        hits = sum(word in _key(str(r["cells"].get(col.data) or "")) for r in t.rows)
        if 0 < hits < len(t.rows):
            take(*m.span(1), "contains", (col.data, _as_said(question, word)))


def _topic_in_rows(t: Table, question: str, qn: str, free, take) -> None:
    written = nfkc(question)
    # (matched on the question as written where it is as long: the search form writes katakana as hiragana, and と
    # of ソフト would end the word)
    for m in _ROWS_OF.finditer(written if len(written) == len(qn) else qn):
        # (only where the rows are called so: a column of text headed with the word, 意見の概要)
        headed = [c.header for c in t.columns if not c.numeric and m.group(2) in _key(c.header)]
        if len(headed) > 1 and t.name in headed:
            headed = [t.name]  # (「音声認識ソフトの提案」 over 提案名 │ 提案部局 │ 提案課: the rows' names hold the word)
        word = qn[m.start(1):m.end(1)]
        if len(headed) != 1 or not free(*m.span(1)) or word in _key(t.doc_title or ""):
            continue
        hits = sum(word in _key(str(r["cells"].get(headed[0]) or "")) for r in t.rows)
        if 0 < hits < len(t.rows):
            take(*m.span(1), "contains", (headed[0], _as_said(question, word)))
    for m in _TOPIC.finditer(qn):
        word = m.group(1)
        if len(word) >= 2 and word in _key(t.doc_title or ""):
            continue  # 「…の意見書について聞きたい」: the document itself, not a row about it
        start = m.start(1)
        # (the search form writes katakana as hiragana: デ of デジタル化 is no particle で)
        while len(written) == len(qn) and start > 0 and re.match(r"[ァ-ヶー]", written[start - 1]):
            start -= 1
        word = qn[start:m.end(1)]
        if re.search(r"(?:どの|どちらの|いずれの|どういう|どんな)$", qn[:start]):
            continue  # 「それぞれどの施設についての意見」: which row's record it is on is asked, no topic
        lead = re.match(r"(?:じゃあ|じゃ|それでは|それなら|では|なら)(?=[一-龥])", word)
        if lead:  # 「じゃあ用語解説を求めた意見は？」: the follow-up's opening is no part of the word
            start, word = start + lead.end(), word[lead.end():]
        # 「公民館の統廃合に触れてる」: the words joined by の before it, when the rows' text has them so.
        before = re.search(r"([^\s、。,?？!！「」のはがをにでと]{2,15})の$", qn[:start])
        if before and any(before.group(1) + "の" + word in _key(str(r["cells"].get(c.header) or ""))
                          for r in t.rows for c in t.columns if not c.numeric):
            start, word = before.start(1), before.group(1) + "の" + word
        if not free(start, m.end(1)):
            continue
        word = _without_title_tail(t, word)
        # 「使用料の見直しについて」 over the item 「使用料・手数料の見直し方針について」: the words joined by の,
        # each written in the same column of one row.
        before = re.search(r"([^\s、。,?？!！「」のはがをにでと]{2,15})の$", qn[:m.start(1)])
        if before and free(*before.span(1)):
            words = [before.group(1), word]
            cells = {c.header: [_key(str(r["cells"].get(c.header) or "")) for r in t.rows]
                     for c in t.columns if not c.numeric and c.header != "見出し"}
            both = {h: sum(all(w in v for w in words) for v in vs) for h, vs in cells.items()}
            best = max(both, key=lambda h: (both[h], h == t.name), default=None)
            # (only rows' names, the items' titles: a remark holding both words is what someone said, which
            # the text answers with its speaker and the reply after it)
            if best and best == t.name and 0 < both[best] < len(t.rows):
                take(before.start(1), before.end(1), "contains", (best, _as_said(question, words[0])))
                take(m.start(), m.end(), "contains", (best, _as_said(question, word)))
                continue
        hits = {c.header: sum(word in _key(str(r["cells"].get(c.header) or "")) for r in t.rows)
                for c in t.columns if not c.numeric and c.header != "見出し"}
        best = max(hits, key=lambda h: (hits[h], h == t.name), default=None)
        if best and 0 < hits[best] < len(t.rows):
            take(start, m.end(), "contains", (best, _as_said(question, word)))
    for m in _WHAT_KIND_OF.finditer(qn):
        # 「最優秀賞はどんな提案？」: a word one row's text holds (審査意見 「…。最優秀賞。」), asked what that row is.
        word = m.group(1)
        if not free(*m.span(1)) or word in _key(t.doc_title or ""):
            continue
        hits = {c.header: [r["key"] for r in t.rows if word in _key(str(r["cells"].get(c.header) or ""))]
                for c in t.columns if not c.numeric and c.header != "見出し"}
        holding = {k for keys in hits.values() for k in keys}
        if len(holding) == 1:
            take(*m.span(1), "contains", (next(h for h, keys in hits.items() if keys), _as_said(question, word)))


# 「職員提案の最優秀賞はどんな提案？」: a word, then what kind of row holds it asked.
# (「菅原委員はどんな意見を述べた」 asks what someone said, which a row naming them does not: not read so)
_WHAT_KIND_OF = compiled(r"([^\s、。,?？!！「」のはがをにでと]{2,15})(?:は|って)(?:どんな|どういう|どのような)"
                         r"(?!\s*(?:意見|発言|質問|話|こと|回答|答え))")


def _without_title_tail(t: Table, word: str) -> str:
    """「調理委託」 over a list of 民間委託 whose row is 学校給食調理業務: a topic word ending in a word of the
    document's title (委託), which no row's cell holds whole, is its first part, what the row is of."""
    cells = [_key(str(r["cells"].get(c.header) or "")) for r in t.rows for c in t.columns if not c.numeric]
    if any(word in v for v in cells):
        return word
    title = _key(t.doc_title or "")
    for k in range(len(word) - 2, 1, -1):
        if word[k:] in title and any(word[:k] in v for v in cells):
            return word[:k]
    return word


# 「…の部分を見せて」「…のところ」: a part of the document asked for by what it says.
_PART_ASKED = compiled(r"の?(?:部分|ところ|箇所|くだり)(?:を|は)?(?:見せて|教えて|出して|表示して|知りたい)?")


def _part_of_one_row(t: Table, question: str, qn: str, place_spans, free, take) -> tuple[dict, list[str]] | None:
    """「次の大綱に向けた提言の部分を見せて」 over opinions (次期大綱の策定に向けて | …提言する): the one row
    whose text holds every word said (two or more, besides the place and the document's name) is the
    part asked for, read with a note; none or several, nothing is read."""
    from assistant.query.facts import _content_words

    part = _PART_ASKED.search(qn)
    if not part or not free(*part.span()) or part.start() == 0 or not t.name:
        return None
    named = _key(t.doc_title) + " " + _key(t.source.rsplit(".", 1)[0])
    places = [qn[a:b] for a, b in place_spans]
    words = [w for w in (_key(x) for x in _content_words(question[:len(question)]))
             if w and w not in named and not any(w in p or p in w for p in places)
             and not _PART_ASKED.fullmatch(w) and qn.find(w) >= 0 and qn.find(w) < part.start()]
    if len(words) < 2:
        return None
    hits = [r for r in t.rows if all(w in _key(" ".join(str(v) for v in r["cells"].values())) for w in words)]
    start = min(qn.find(w) for w in words)
    if len(hits) != 1 or not free(start, part.start()):
        return None
    take(start, part.start(), "row", hits[0]["key"])
    take(part.start(), part.end(), "filler")
    return hits[0], [_as_said(question, w) for w in words]


def _as_said(question: str, word: str) -> str:
    """The question's own spelling of a word found in its search form (ＲＰＡ → RPA, not rpa)."""
    said = nfkc(question)
    return next((said[n:n + len(word)] for n in range(len(said) - len(word) + 1)
                 if _key(said[n:n + len(word)]) == word), word)


_MAX_READ_ROWS = 300  # names compared by their reading (a tokenisation each) in tables up to this size
def _names_the_document(t: Table, qn: str, start: int, end: int) -> bool:
    """「事務事業評価で」: a column's word (評価) at the end of a compound that is the document's title
    word, said with で, names where to look, not the column."""
    # 「意見書っていつ」: the column's word (意見) with a kanji after it making a word of the title (意見書).
    longer = re.match(r"[一-龥]+", qn[end:])
    if longer and qn[start:end + longer.end()] in _key(t.doc_title):
        return True
    m = re.search(r"[一-龥ァ-ヶー]+$", qn[:start])
    if m is None or not re.match(r"(?:で|では|によると|の中で)", qn[end:]):
        return False
    return qn[m.start():end] in _key(t.doc_title)


def _occasion_before_value(qn: str, form: str, start: int, end: int, title_key: str, headers,
                           values: dict[str, set[str]]) -> bool:
    """Whether a value said with で (「見直しで」) that is a word of the document's title is followed by another
    value of the same column (「廃止になる」): a row holds one value there, so the first names the occasion."""
    if len(form) < 2 or form not in title_key or not re.match(r"(?:で|では|により|によって)(?!も)", qn[end:]):
        return False
    after = qn[end:]
    return any(vk != form and len(vk) >= 2 and vk in after and set(holders) & set(headers)
               for vk, holders in values.items())


def _title_said_short(t: Table, qn: str, values: dict[str, set[str]]) -> list[tuple[int, int]]:
    """「使用料見直し」「使用料・手数料の見直しで」 where the title is 「使用料・手数料の見直し結果一覧」: values that
    are words of the title (区分 使用料), said joined to a later word of the same title (見直し) that is no
    column's or value's word, name the document by its title shortened, not the rows holding them.
    Said alone (「手数料は全部でいくら」) or before a column's word (「使用料の見直し結果」) they are values."""
    title = _key(t.doc_title or "")
    out: list[tuple[int, int]] = []
    for vk in sorted((v for v in values if len(v) >= 2 and v in title), key=len, reverse=True):
        for m in re.finditer(re.escape(vk), qn):
            start, end = m.span()
            after = end + (1 if qn.startswith("の", end) else 0)
            word = re.match(r"[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]*", qn[after:])
            rest = title[title.find(vk) + len(vk):]
            if word is None or any(qn.startswith(f, after) for c in t.columns for f in c.forms if len(f) >= 2):
                continue  # (「使用料の見直し結果」: the column 見直し結果, asked of those rows)
            said = word.group(0)
            # the longest start of the word said that the title holds after the value (見直し of 見直しで)
            n = next((n for n in range(len(said), 1, -1) if said[:n] in rest), 0)
            if n < 2 or len(re.findall(r"[一-龥ァ-ヶー]", said[:n])) < 2 or said[:n] in values:
                continue
            # 「使用料・手数料の見直し」: the values joined before it are the title's too
            while (before := re.search(r"([一-龥ァ-ヶー]{2,})[・と、]$", qn[:start])) and before.group(1) in title:
                start = before.start()
            out.append((start, after + n))
    # 「共同運営施設・システム」「施設やシステム」 where the title is 「共同運営施設・システム一覧」: values of one column
    # listed as the title lists them (A・B) name what the whole document is of, no choice among its rows.
    for col in _column_values(t):
        for run in re.finditer(r"[^・\s]+(?:・[^・\s]+)+", title):
            parts = run.group(0).split("・")
            inner = parts[1:-1]
            first = next((parts[0][k:] for k in range(len(parts[0]) - 1) if parts[0][k:] in col), "")
            last = next((parts[-1][:k] for k in range(len(parts[-1]), 1, -1) if parts[-1][:k] in col), "")
            if not first or not last or not all(p in col for p in inner):
                continue
            said = _TITLE_JOIN.join(map(re.escape, [first, *inner, last]))
            out += [m.span() for m in re.finditer(said, qn)]
    # 「集約化や廃止などが実施された」 where the title is 「公共施設の集約化・廃止等の状況」: values listed with など
    # as the title lists them with 等 are what the whole document is about, no choice among its rows.
    if re.search(r"(?:等|など)", title):
        for m in _SUCH_AS.finditer(qn):
            words = [w for w in re.split(r"や|・|、|と", m.group("list")) if w]
            if len(words) >= 2 and all(len(w) >= 2 and w in title for w in words):
                out.append(m.span())
    # 「交流・派遣」「人事交流・派遣」 where the title is 「人事交流・派遣の実績」 and 区分 prints 派遣: words joined by
    # ・ exactly where the title (or caption) joins them, one of them a value, name the document, not its rows
    # of that value (the other word, 交流, is no choice of 区分 at all).
    named = _key(t.doc_title or "") + " " + _key(t.caption or "")
    printed = set().union(*_column_values(t)) if t.columns else set()
    for m in re.finditer(r"(?P<a>[一-龥ァ-ヶー]{2,})・(?P<b>[一-龥ァ-ヶー]{2,})", qn):
        a, b = m.group("a"), m.group("b")
        if not (a in printed or b in printed):
            continue
        joined = any(before.endswith(a) and after.startswith(b) for run in re.finditer(r"[^・\s]+(?:・[^・\s]+)+", named)
                     for before, after in zip(run.group(0).split("・"), run.group(0).split("・")[1:]))
        if joined:
            out.append(m.span())
    return out


_TITLE_JOIN = "(?:・|や|、|と|及び|および|又は|または)"


def _column_values(t: Table) -> list[set[str]]:
    """Each text column's values (search form)."""
    return [{_key(str(r["cells"].get(c.header) or "")) for r in t.rows} for c in t.columns if not c.numeric]


_SUCH_AS = compiled(r"(?P<list>[一-龥ァ-ヶー]{2,10}(?:(?:や|・|、|と)[一-龥ァ-ヶー]{2,10})+)(?:など|等)")


# Where a heading's words part: its particles, its numbering, spaces and punctuation.
_HEADING_SPLIT = compiled(r"[ぁ-ん]+|[\s\d()（）・、,，。「」]+")


def _clipped(word: str) -> list[str]:
    """A word of six kanji or more with a middle of two or more left out, two or more kept at each end
    (学校教育系施設 → 学校施設, 学校系施設 …): how a long name is shortened when said."""
    if len(word) < 6 or not re.fullmatch(r"[一-龥]+", word):
        return []
    return [word[:i] + word[j:] for i in range(2, len(word) - 3) for j in range(i + 2, len(word) - 1)]


def _heading_words(t: Table, values: dict[str, set[str]]) -> list[tuple[str, str, object]]:
    """「デジタル化の基本方針」 where rows sit under 「基本方針2 デジタル化による行政サービスの向上」: a word of
    one heading (not of every one, not a whole value) names the rows under it."""
    if not any(c.header == "見出し" for c in t.columns):
        return []
    headings = {nfkc(str(r["cells"].get("見出し") or "")) for r in t.rows} - {""}
    if len(headings) < 2:
        return []
    # (行政 of 行政改革推進計画 names the document, not a heading; the caption is the first heading's)
    # (「１ 電気使用量（単位：kWh）」, the first heading with its number and unit, is that heading's too)
    context = _key(t.doc_title + ("" if nfkc(t.caption) in headings or any(h in nfkc(t.caption) for h in headings)
                                  else t.caption))
    holders: dict[str, set[str]] = {}
    # (「所管課別の削減予定台数」 over columns 削減予定台数 R7年度…: a column's own word is the column's)
    columns = {f for c in t.columns for f in c.forms}
    tail = _shared_tail(headings)
    for h in headings:
        # 「都市ガス」 of 「電気使用量」「都市ガス使用量」: what the headings share (使用量) is the measure;
        # the rest of one names it.
        # (「令和5年度の取組」「令和6年度の取組」: a year is read as a year, no heading's word)
        own = [h[:-len(tail)]] if tail and len(h) - len(tail) >= 2 and not re.search(r"\d", h[:-len(tail)]) else []
        for word in map(_key, [*_HEADING_SPLIT.split(h), *own]):  # (split before the key folds katakana to hiragana)
            if len(word) >= 2 and not word.isascii() and word not in values and word not in context \
                    and word not in columns:
                holders.setdefault(word, set()).add(_key(h))
            # (「学校施設」 of 「【１】学校教育系施設」: a long heading word said with its middle left out)
            for cut in _clipped(word) if word not in context else ():
                if cut not in values and cut not in context and cut not in columns:
                    holders.setdefault(cut, set()).add(_key(h))
    return [(w, "value", (next(iter(hs)), {"見出し"})) for w, hs in holders.items() if len(hs) == 1]


# 「北部支所について出た意見」: a word said as what the rows are about.
_ABOUT = r"(?:について|に関する|に関して|に関わる|に(?:触れ|ふれ|言及))"


def _topic_in_text(t: Table, word: str, qn: str) -> bool:
    """A heading's word (the venue 北部支所 of 「【北部地区】 …（火） 北部支所」) said as what the rows are about
    while the rows' own text names it too: the remarks mentioning it are asked (_topic_in_rows), not every row
    under that heading."""
    return bool(re.search(re.escape(word) + _ABOUT, qn)) and any(
        word in _key(str(r["cells"].get(c.header) or "")) for r in t.rows for c in t.columns
        if not c.numeric and c.header != "見出し") and not _heading_of_topic(t, word)


# 「（２）減免について」「不法投棄に関すること」: a heading saying what the rows under it are about.
_HEADING_TOPIC_END = compiled(r"(?:について|に関して|に関する(?:こと|事項|もの|意見)?|に関すること|関係|関連|等|など)$")


def _heading_of_topic(t: Table, word: str) -> bool:
    """「減免に関する意見」 where rows sit under 「（２）減免について」: the heading says the rows under it are about
    the word, so those rows are asked, not only those whose text prints it (紙おむつ…減免すべき, but not 生活保護
    世帯は…全額免除すべき of that heading). Only when every row printing the word sits under such a heading: a
    remark on it under another heading would be dropped by reading the heading alone."""
    topical = {hk for r in t.rows if (hk := _key(str(r["cells"].get("見出し") or "")))
               and _key(_HEADING_TOPIC_END.sub("", nfkc(str(r["cells"].get("見出し") or "")).strip())) == word}
    if not topical:
        return False
    printing = [r for r in t.rows if any(word in _key(str(r["cells"].get(c.header) or "")) for c in t.columns
                                         if not c.numeric and c.header != "見出し")]
    return all(_key(str(r["cells"].get("見出し") or "")) in topical for r in printing)


def _shared_tail(headings: set[str]) -> str:
    """The word every heading ends with (使用量 of 電気使用量 and 都市ガス使用量), "" when they share none."""
    tail = os.path.commonprefix([h[::-1] for h in headings])[::-1] if len(headings) >= 2 else ""
    return tail if len(tail) >= 2 and not re.search(r"[\s\d()（）]", tail) else ""


def _category_words(t: Table, values: dict[str, set[str]]) -> list[tuple[str, str, object]]:
    """「デジタル化の取組」 where rows are grouped under 基本方針 「2 行政サービスのデジタル化」: a word of one
    value of a column of few values repeated over the rows (a category, not a name or a remark) names
    the rows holding that value, when no other value of any column says it."""
    context = _key(t.doc_title + " " + t.caption)
    out: dict[str, tuple[str, set[str]] | None] = {}
    for c in t.columns:
        if c.numeric or c.years_inside or c.header in (t.name, t.number, "見出し"):
            continue
        if re.fullmatch(r"備考|摘要|特記事項|注記|その他", nfkc(c.base or "").strip()):
            # (a remark on some rows, 「令和7年4月から休館のため評価対象外(指定管理料は…)」, is no category: 指定管理料
            # inside it names the column of that name, not the rows the remark is on)
            continue
        cells = list(printed_cells(t, c.header))
        distinct = {v for v in cells if v} - _DASHES
        if len(distinct) < 2 or len(distinct) * 2 > len(t.rows):
            continue
        for v in distinct:
            for word in map(_key, _HEADING_SPLIT.split(v)):  # (split before the key folds katakana to hiragana)
                if len(word) < 3 or word.isascii() or word in values or word in context or word == _key(v):
                    continue
                # (a word two values share, or two columns, names no one category)
                out[word] = (_key(v), {c.header}) if word not in out else None
    held = [w for w in out if out[w] is not None]
    return [(w, "value", out[w]) for w in held if not any(w in vk for vk, hs in values.items() if hs - out[w][1])
            and not any(w in _key(o) for o in held if o != w)]


def _edition_before(db, t: Table) -> Table | None:
    """The same city's previous report of the same table (進捗状況一覧 of 令和6年度実績 before 令和7年度実績):
    a table of another document whose title names the same places and an earlier report year, and
    whose rows are called by the same column."""
    from assistant.query.tables.read import read_tables
    from assistant.text.names import place_names

    own, places = _report_years(t.doc_title), set(place_names(t.doc_title))
    if not own or not places:
        return None
    earlier = [o for o in read_tables(db) if o.source != t.source and o.name == t.name
               and set(place_names(o.doc_title)) == places and _report_years(o.doc_title)
               and max(_report_years(o.doc_title)) < max(own)]
    return max(earlier, key=lambda o: max(_report_years(o.doc_title)), default=None)


# A column of each row's change over the plan (増減（R9－R5）, 差引, 対前年比較): its sign is whether
# the row went up or down.
_CHANGE_COLUMN = compiled(r"^(?:増減|差引|差額|対前年|前年比|比較)")
# 「増える」「増加した」「減らない」「プラス」: a row's change said by its direction (not 削減, a measure's word).
_SIGNED = compiled(r"(?P<up>増え|増加|増員|増額(?!幅)|プラス|ぷらす)|(?P<down>減っ|減ら|減る|減り|減少|減員|減額(?!幅)|マイナス|まいなす)")  # (the search form writes katakana in hiragana)
# 「３人減る」「2課増えた」: an amount with its counter right before the verb of change (no bound said on it)
_EXACT_CHANGE = compiled(r"(?P<n>\d{1,6})\s*(?:人|名|件|課|係|ポスト|か所|箇所|施設|校|台)\s*(?:も|が|ほど)?\s*$")
_SIGN_SAID = {"gt": "プラス", "lt": "マイナス", "ge": "0以上（減らない）", "le": "0以下（増えない）"}
# 「減り方がいちばん大きい」「増加幅が最も大きい」: the row whose change is the largest.
_CHANGE_EXTREME = compiled(r"(?P<dir>減り|減っ|減少|増え|増加)(?:方|幅|た数|た人数|数)?(?:が|の|は)?"
                             r"(?P<most>(?:いちばん|一番|最も|もっとも)(?:大きい|多い|大きな|大きかった|多かった)|最大)")


# 「R12決算の効果額が▲になっている」「計がマイナスの」: a number below zero, as 「0未満」 is
# read (the column said before it); 「▲になっていない」 turns it round.
# (「実績額に▲がついている」, the mark on some year's column, is signed_years.py's)
# (「▲（減少）になっている」: the mark with what it means in brackets after it, as the question glosses it)
# (「経常収支が赤字になっている」: a balance in deficit is below zero, as its ▲ is)
_BELOW_ZERO = compiled(r"(?<=[がは])\s*(?:▲|△|マイナス|まいなす|赤字)(?:\s*[(（](?:減少|減|まいなす|マイナス|負|▲|△)[)）])?(?:の値|の数字|の数値)?")
_BELOW_ZERO_TAIL = compiled(r"(?:に|と)?(?:なっていない|なってない|ならない|ならなかった|ついていない|ついてない|付いていない|"
                            r"いていない|いてない|かない|かなかった|ではない|じゃない)|(?:に|と)?(?:なっている|なってる|なった|なる|"
                            r"ついている|ついてる|付いている|いている|いてる|いた|く)|(?=の|で|だ|な|[?？、。]|$)")


def _read_below_zero(qn: str, free, take) -> None:
    m = _BELOW_ZERO.search(qn)
    if not m or not free(*m.span()):
        return
    tail = _BELOW_ZERO_TAIL.match(qn, m.end())
    if tail is None:
        return
    negated = "な" in tail.group(0) and not tail.group(0).endswith(("なっている", "なってる", "なった", "なる"))
    take(m.start(), tail.end(), "cmp", ("ge" if negated else "lt", 0.0, ""))


# 「前年度より」「前年度と比べて」 said before a row's change (「減額になった」 read by the legend 「▲は減額」).
_SINCE_YEAR_BEFORE = re.compile(r"(?:前年度|前年|前の年度|昨年度)(?:から|より|と比べて|に比べて|比で?)[、,]?$")
# 「令和7年度予算で」「令和7年度の当初予算額は」: the latest year's amount, whose change from the year before is asked.
_YEAR_AMOUNT = re.compile(r"(?:の)?(?:当初)?(?:予算|予算額|決算|決算額|金額|額)?(?:で|では|は|に)?[、,]?")


def _change_from_year_before(t: Table, qn: str, mentions: list[_Mention], free, take) -> None:
    """「令和7年度予算で前年度より減額になった事業」 over …| 令和7年度当初予算額 | 増減 (▲ a cut): the change column is
    that of the latest year from the year before, so 「前年度より」 and the latest year said before it say no more than
    the sign read on it."""
    header = _change_column(t)
    signs = [x for x in mentions if x.kind in ("below_zero", "signed") and (x.data == header or (
        isinstance(x.data, tuple) and x.data and x.data[0] == header))]
    if header is None or len(signs) != 1:
        return
    x = signs[0]
    since = _SINCE_YEAR_BEFORE.search(qn[:x.start])
    if since is None or not free(since.start(), since.end()):
        return
    take(since.start(), since.end(), "filler")
    latest = max((c.year for c in t.columns if c.year is not None), default=None)
    for y in [y for y in mentions if y.kind == "year" and y.end <= since.start()]:
        if latest is None or y.data != (latest, ""):
            continue
        tail = _YEAR_AMOUNT.match(qn, y.end)
        if tail and tail.end() <= since.start() and free(y.end, tail.end()) and tail.end() > y.end:
            take(y.end, tail.end(), "filler")
        mentions.remove(y)
        take(y.start, y.end, "filler")


# 「本町の年間負担額（千円）: 令和7年度 | 対前年度増減」: the change printed under the figure's spanning header,
# its column's base the figure's own then the change word.
_CHANGE_TAIL = compiled(r"(?:対前年度|対前年|前年度比|前年比|前年度)?(?:増減|差引|差額|比較増減)$")


# 「前回計画比（千円）: ▲12,300」: an amount's change since the plan before (in its unit, not a % ratio)
_SINCE_LAST = compiled(r"^(?:前回|前計画|旧計画)(?:計画)?(?:比|比較|差|との差|増減)")


# 「前回より肯定率が下がった」「前回と比べて上がった」: a level said to rise or fall since the time before.
_LEVEL_SINCE_LAST = compiled(r"前回(?:の調査)?(?:から|より|と比べて|に比べて)[、,]?[^、,。]{0,8}?(?:が|は)?(?P<verb>上が|下が|低下|上昇)")
_LEVEL_VERB = compiled(r"(?P<up>上が|上昇)|(?P<down>下が|低下)")


def _change_column(t: Table) -> str | None:
    bases = {c.base for c in t.columns if c.numeric}
    cols = [c.header for c in t.columns if c.numeric and (
        _CHANGE_COLUMN.match(c.base) or ((m := _CHANGE_TAIL.search(c.base)) and m.start() > 0
                                         and c.base[:m.start()] in bases)
        or (_SINCE_LAST.match(c.base) and c.unit not in ("%", "％")))]
    return cols[0] if len(cols) == 1 else None


# 「増額幅が1万千円を超えてる」「減額が500千円以上」: the size of a rise (or a cut) said before a bound on it.
_CHANGE_SIZE = re.compile(r"(?:(?P<up>増額幅|増加幅|増額|増加額|増えた額|増え幅)|(?P<down>減額幅|減少幅|減額|減少額|減った額|減り幅))"
                        r"(?:が|は|の)?\s*$")


def _read_change_size(t: Table, qn: str, mentions: list[_Mention], free, take) -> bool:
    """「増額幅が1万千円を超えてる事業」 over a table with one column of each row's change (増減: ▲3,800 a cut): the
    bound on the rise is one on that column; on a cut, one on its negative side."""
    header = _change_column(t)
    if header is None:
        return False
    for x in [x for x in mentions if x.kind == "cmp" and x.data[0] in ("ge", "gt")]:
        m = _CHANGE_SIZE.search(qn[:x.start])
        if m is None or not free(m.start(), m.end()):
            continue
        op, value = x.data[0], _in_column_unit(x.data[1], x.data[2], _money_unit(t.column(header)))
        if m.group("down"):
            op, value = {"ge": "le", "gt": "lt"}[op], -value
        mentions.remove(x)
        take(m.start(), x.end, "signed", (header, op, value))
        return True
    return False


def _read_signed(t: Table, qn: str, mentions: list[_Mention], free, take) -> None:
    """「職員数が減らない部局」「増減がプラスのもの」 over a table with one column of each row's change
    (増減): a bound on its sign, when no years are said to pick two columns to compare."""
    if _read_change_size(t, qn, mentions, free, take):
        return
    m = _SIGNED.search(qn)
    header = _change_column(t)
    if m is None and header is not None and _SINCE_LAST.match(t.column(header).base):
        # 「前回より肯定率が下がった」 over …| 肯定率 | 前回比 (▲1.3): a level's fall since the survey before is the sign
        # of the column comparing with it (only said so after 前回より, lest a grade's 下がった be read as it)
        level = _LEVEL_SINCE_LAST.search(qn)
        m = level if level is not None and free(*level.span("verb")) else None
        if m is not None:
            m = _LEVEL_VERB.search(qn, level.start("verb"))
    # (「令和7年度の負担金が前年度より減っている」 over 令和７年度負担金 | 令和６年度合計 | 増減: the table's
    # latest year said alone, before the verb, is the year the change is of, no pair of years to compare)
    latest = max((c.year for c in t.columns if c.year is not None), default=None)
    years = [x for x in mentions if x.kind == "year"]
    if m and years and all(x.data == (latest, "") and x.end <= m.start() for x in years) \
            and re.search(r"(?:前年度|前年|前の年度|昨年度)(?:から|より|と比べて|に比べて|比で?)", qn[:m.start()]):
        years = []
    if not m or header is None or not free(*m.span()) or years or re.search(r"[▲△]\s*[(（]$", qn[:m.start()]):
        return  # (「▲（減少）」: the gloss of the mark, read with it by _read_below_zero)
    if re.search(r"(?:一度も|1度も|一回も|1回も|いちども)[^、,。]{0,12}$", qn[:m.start()]):
        return  # 「一度も減っていない」: every year's change, not the one the 増減 column prints (_read_change)
    tail = re.match(r"[ぁ-ん]*", qn[m.end():]).group(0)
    # (「減らない」「減っていない」「増えておらず」「減りません」: the verb's own ending says it is negated)
    negated = bool(re.search(r"ない|なかっ|ず|ません", tail))
    up = bool(m.group("up"))
    op = ("le" if up else "ge") if negated else ("gt" if up else "lt")
    for x in [x for x in mentions if x.kind == "col" and x.data == header]:
        mentions.remove(x)  # 「増減がプラス」: the column said is the one bounded
    by = next((x for x in mentions if x.kind == "cmp" and x.end == m.start() and x.data[0] in ("ge", "gt")), None)
    said = [x for x in mentions if x.kind == "col" and x.end <= m.start() and t.column(x.data).numeric]
    if said and t.column(said[-1].data).unit and t.column(header).unit and t.column(said[-1].data).unit != t.column(header).unit:
        return  # 「職員数が5人以上減った」 beside a 増減 of sheets: not that column's change (left unread)
    exact = _EXACT_CHANGE.search(qn[:m.start()])
    if by is None and not negated and exact and free(*exact.span("n")):
        # 「管理職数が３人減る部」 over …| 増減 (△3): the change is that amount exactly, on its side of zero
        value = float(exact.group("n"))
        for x in [x for x in mentions if exact.start() <= x.start < m.start()] + said[-1:]:
            if x in mentions:
                mentions.remove(x)
        take(said[-1].start if said else exact.start(), m.end() + len(tail), "signed",
             (header, "eq", value if up else -value))
        return
    if by is not None and not negated:
        # 「使用量が200千枚以上減った」: the bound is on the size of the change, the column said before it
        # the figure that changed (its change is the 増減 column's), and 「前年度から」 what that column is.
        op, value = by.data[0], by.data[1]
        op, value = (op, value) if up else ({"ge": "le", "gt": "lt"}[op], -value)
        for x in [by] + said[-1:]:
            mentions.remove(x)
        since = re.search(r"(?:前年度|前年|前の年度|前の年|昨年度)(?:から|より|と比べて|に比べて|比で?)[、,]?$", qn[:said[-1].start if said else by.start])
        start = since.start() if since and free(since.start(), since.end()) else (said[-1].start if said else by.start)
        take(start, m.end() + len(tail), "signed", (header, op, value))
        return
    start = m.start()
    # (「前回の計画より概算費用が減った」 over 前回計画比: the plan before, what that column compares with)
    before = r"(?:前年度|前年|前の年度|前の年|昨年度" + (r"|前回の計画|前回計画|前回" if _SINCE_LAST.match(t.column(header).base) else "") + ")"
    since = re.search(before + r"(?:から|より|と比べて|に比べて|比で?)[、,]?(?P<what>[^、,。]{0,8}?)(?:が|は)?$",
                      qn[:m.start()])
    if since and free(since.start(), since.start("what")):
        # 「前年度より件数が減った」 over …| 前年度合計 | 増減: the year compared with is what the change column
        # is of (the figure said between, 件数, the one that changed)
        between = [x for x in mentions if x.kind == "col" and since.start("what") <= x.start and x.end <= m.start()]
        if since.group("what") == "" or (between and all(t.column(x.data).numeric for x in between)
                                          and _key(since.group("what")) == "".join(qn[x.start:x.end] for x in between)):
            for x in between:
                mentions.remove(x)
            start = since.start()
    take(start, m.end() + len(tail), "signed", (header, op))


# 「職員数の合計は令和5年から令和9年までで何人減る？」: how much the column's total changes between two years.
_TOTAL_CHANGE = compiled(r"(?P<dir>減|増)(?:る|った|えた|える|ら|少|加)?[ぁ-ん]*")
_AMOUNT_ASKED = compiled(r"何人|何件|何円|何千円|いくら|いくつ|どれだけ|どれくらい|どのくらい|何か所|何箇所")
# 「何ポイント上がった」「何%下がった」: a rate's change asked of one row (a percentage's points).
_POINTS_ASKED = compiled(r"何(?:ポイント|ぽいんと|%|パーセント|ぱーせんと|pt)")
_RATE_CHANGE = compiled(r"(?P<dir>上が|あが|下が|さが|改善し|悪化し|伸び|低下し|向上し)[ぁ-ん]*")
# 「令和5年度から」「令和5年度と比べて」: the year a row's change is counted from (to the table's latest).
# (「前年度（令和5年度）より」: the year said in brackets after the word for it)
_BASE_YEAR_SAID = compiled(r"基準(?:値|年度?|時点)?")
def _prints_falls(t: Table) -> bool:
    """Some numeric column prints a fall with the mark 「▲3」「△1,200」 (the document's minus)."""
    return any(c.numeric and any(re.match(r"[△▲]\s*\d", nfkc(str(r["cells"].get(c.header) or "")).strip())
                                 for r in t.rows) for c in t.columns)


_STATE_NOW_TAIL = compiled(r"(?:し)?(?:て|で)(?:る|い|お)")
# (not 「令和3年と比べて」: a year compared with, read with its year by _FROM_YEAR)
_COMPARED_SAID = compiled(r"(?<![とに])(?:を|で)?\s*(?:比べ|くらべ|比較し)(?:て|ると|たら|てみて|てみると)\s*[、,]?")
_FROM_YEAR = compiled(r"(?:度)?[)）]?(?:から|より|と比べて|に比べて|と比較して)")
_COMPARED_WITH = compiled(r"(?:度)?[)）]?(?:と比べて|に比べて|と比較して)")


# 「5年間の」「この5年の」: how many of the series' years are averaged (the last ones).
_YEARS_SPAN = compiled(r"(?:この|直近|過去|最近)?(\d{1,2})\s*(?:年間|か年|カ年|ヶ年|年分|年)(?:の|で)?")


# 「「やや不満」と「不満」を合わせると」「満足度（満足＋やや満足）が」: two numeric columns said joined, added.
# (「満足、やや満足の合計」: listed with a comma, then added, as with と)
_JOINED = compiled(r"[」』]?\s*(?:と|\+|＋|・|や|、|，|,)\s*[「『]?")
# (「満足とやや満足の合計は」: the sum named by its noun, as 合わせると is by its verb)
_ADDED = compiled(r"[」』]?\s*(?:[)）]|(?:を|の)?(?:合わせ|あわせ|足し|合計し|合算し)[ぁ-ん]*|の(?:合計|総計|合算)(?=[はがをでの]|[?？]|$))")
_OP_WORDS = {"ge": "以上", "gt": "超", "le": "以下", "lt": "未満", "eq": ""}


def _read_added_columns(t: Table, qn: str, mentions: list[_Mention], free, take) -> None:
    """Two numeric columns of one unit said joined and added (「やや不満と不満を合わせると何％」, 「満足度（満足
    ＋やや満足）が70％以上」): a bound said right after is a condition on each row's sum of the two; else
    the sum of the two is the value asked (read as columns added, as months said from…to are). An
    extreme (「合わせた満足度がいちばん低い」) is not read so: the columns stay as said."""
    cols = sorted((m for m in mentions if m.kind == "col" and t.column(m.data).numeric), key=lambda m: m.start)
    for a, b in zip(cols, cols[1:]):
        joined = _JOINED.fullmatch(qn[a.end:b.start])
        added = _ADDED.match(qn, b.end)
        if not joined or not added or a.data == b.data or t.column(a.data).unit != t.column(b.data).unit \
                or not free(b.end, added.end()):
            continue
        start = a.start
        named = re.search(r"[一-龥ァ-ヶー]{2,6}[(（]\s*[「『]?$", qn[:a.start])  # 「満足度（」: the sum's own name
        if named and added.group(0).strip("」』 ").startswith((")", "）")):
            start = named.start()
        tail = re.match(r"[一-龥ァ-ヶー]{0,6}(?:が|は)?", qn[added.end():])
        cmp = next((m for m in mentions if m.kind == "cmp" and m.start == added.end() + tail.end()), None)
        if cmp is not None and cmp.data[0] in _OP_WORDS:
            for m in (a, b, cmp):
                mentions.remove(m)
            take(start, cmp.end, "colsum", ((a.data, b.data), cmp.data[0], cmp.data[1], cmp.data[2]))
            return
        if _MAX.search(qn, added.end()) or _MIN.search(qn, added.end()) or _ORDER.search(qn, added.end()):
            # 「満足とやや満足を合わせた満足度がいちばん低い」: the extreme of each row's sum (its name after it)
            for m in (a, b):
                mentions.remove(m)
            name = re.match(r"[一-龥ァ-ヶー]{0,6}", qn[added.end():])
            take(start, added.end() + name.end(), "addcols", [a.data, b.data])
            return
        for m in (a, b):
            mentions.remove(m)
        # (a kind of its own, not months: two columns said by name weigh as said, as each alone would)
        take(start, added.end(), "added", [a.data, b.data])
        return


# (「設立年」: the year a body was founded dates it as a building's does, 「最も新しく設立された団体」)
_BUILT_WORD = compiled(r"建築|建設|竣工|建造|築年|設置年|開設年|開館年|整備年|設立年|創立年|創設年")


def _read_when_marked(t: Table, qn: str, mentions: list[_Mention], free, take) -> bool:
    """「○○小学校はいつ実施する予定ですか」 over a ● timeline by year: the years whose column marks the
    row named (said by the marks' own verb, 実施 of 実施時期, or asked bare: 「…はいつ？」)."""
    marks = [c for c in t.columns if c.marks and c.year is not None]
    if len(marks) < 2 or not any(m.kind == "row" for m in mentions) or any(m.kind in ("year", "col") for m in mentions):
        return False
    when = re.search(r"いつ(?:ごろ|頃)?", qn)
    if not when or not free(*when.span()):
        return False
    verb = _timeline_verb(t).match(qn, when.end())
    end = when.end() + (verb.end() - when.end() if verb else 0)
    take(when.start(), end, "marked_years", "|".join(c.header for c in sorted(marks, key=lambda c: c.year)))
    return True


def _groups_rows(t: Table, header: str, raw: str) -> bool:
    """A value several rows hold in a column of few values (区分 「手数料」 over five fees): a group of the
    table, said as such even when the title names it too (「使用料・手数料の見直し」)."""
    cells = [str(r["cells"].get(header) or "") for r in t.rows]
    return cells.count(raw) >= 2 and len(set(cells)) <= max(2, len(cells) // 2)


def _timeline_verb(t: Table) -> re.Pattern:
    """What a ● under a year says is done that year, as the marks' columns name it (実施 of 「実施時期
    （年度）」): 「（に）実施予定の」「実施する予定」."""
    stems = {re.sub(r"(?:時期|年度|予定|スケジュール)$", "", c.base) for c in t.columns if c.marks}
    stems = [s for s in stems if len(s) >= 2]
    if not stems:
        return re.compile(r"(?!)")
    return re.compile(r"(?:に|で|は|も)?(?:" + "|".join(map(re.escape, stems)) + r")(?:する|される|の)?(?:予定)?(?:の|で|が)?")


def _rows_left_out(t: Table, qn: str, mentions: list[_Mention], named: list[str], free, take) -> None:
    """「○○以外で」「○○を除いて」: a row named, then negated — every other row, not that one."""
    for m in [m for m in mentions if m.kind == "row"]:
        neg = _NEGATION.match(qn[m.end:])
        if neg and free(m.end, m.end + neg.end()):
            name = next((str(r["cells"].get(t.name) or "") for r in t.rows if r["key"] == m.data), "")
            mentions.remove(m)
            if name in named:
                named.remove(name)
            take(m.start, m.end + neg.end(), "notrow", m.data)


def _shared_words_joined(t: Table, qn: str, mentions: list[_Mention]) -> None:
    """Words each of which several columns are said by (「年間」 of 年度計 件数 | 金額, 「寄附件数」 of each
    四半期's 件数): said together (「寄附件数が年間で」「第1四半期の寄附額」), the one column both name;
    said alone, the column of what is asked (いくら: the amount; 何件: the count), else none — the word is
    left unread (the answer says so) rather than bound to the first such column."""
    def holders(m: _Mention) -> list[str]:
        said = qn[m.start:m.end]
        # A word that is one column's whole name (評価) names that column, though it is a part of
        # another's too (評価の理由, said 評価 where the table has no 評価 of its own).
        whole = [c.header for c in t.columns if said in (c.base, _key(c.header))]
        return whole if len(whole) == 1 else [c.header for c in t.columns if said in c.forms]

    for m in [m for m in mentions if m.kind == "col"]:
        named = holders(m)
        if len(named) == 1:
            m.data = named[0]
    shared = [(m, holders(m)) for m in mentions if m.kind == "col"]
    shared = [(m, h) for m, h in shared if len(h) > 1]
    used = set()
    for i, (a, ha) in enumerate(shared):
        for b, hb in shared[i + 1:]:
            both = [h for h in ha if h in hb]
            if len(both) == 1 and id(a) not in used and id(b) not in used:
                a.data = b.data = both[0]
                used |= {id(a), id(b)}
    # 「第4四半期は第1四半期より寄附額が」: one measure word said for two quarters, each joined with it
    for b, hb in shared:
        if id(b) not in used:
            continue
        partners = [(a, [h for h in ha if h in hb]) for a, ha in shared if a is not b and id(a) not in used]
        for a, both in partners:
            if len(both) == 1:
                a.data = both[0]
                used.add(id(a))
    for m, h in shared:
        if id(m) in used or m.data not in h:
            continue
        others = [x for x in mentions if x.kind == "col" and x is not m and x.data in h]
        if others:
            continue  # (another word said names one of them: 「年度計金額」 beside 「年間」)
        money = [x for x in h if re.search(r"(?:額|金)$", t.column(x).base)]
        counts = [x for x in h if re.search(r"(?:件数|数)$", t.column(x).base)]
        if re.search(r"いくら|何円|何万円|何千円|金額", qn) and len(money) == 1:
            m.data = money[0]
        elif re.search(r"何件|件数", qn) and len(counts) == 1:
            m.data = counts[0]
        elif find_years(qn) and len({t.column(x).base for x in h}) > 1 \
                and len({t.column(x).base for x in h if t.column(x).year is not None}) == 1:
            # 「令和6年度の効果額」 over 効果額 | 目標額 (R4～R6累計) and 効果額 | 令和6年度 実績 …: a year said, the
            # word is of the one measure printed by year (the year picks its column)
            m.data = next(x for x in h if t.column(x).year is not None)
        elif len({t.column(x).base for x in h}) > 1 and not _year_series(t, numeric=True).get(t.column(h[0]).base):
            mentions.remove(m)


def _read_row_mean(t: Table, qn: str, mentions: list[_Mention], free, take) -> bool:
    """「教育部門の職員数の5年間の平均は？」 over 部門 | 令和2年 … 令和6年: one row named, no numeric column
    or year said, the table's one series of year columns: the mean of that row's years (the last N when
    「N年間」 is said; N more than the columns held is no reading)."""
    if sum(m.kind == "row" for m in mentions) != 1 or any(
            m.kind == "year" or (m.kind == "col" and t.column(m.data).numeric) for m in mentions):
        return False
    series = [cs for cs in _year_series(t, numeric=True).values() if len(cs) >= 2]
    if len(series) != 1:
        return False
    columns = sorted(series[0], key=lambda c: c.year)
    span = next((m for m in _YEARS_SPAN.finditer(qn) if free(*m.span())), None)
    if span is not None:
        n = int(span.group(1))
        if n > len(columns):
            return False
        columns = columns[-n:]
        take(*span.span(), "filler")
    take(0, 0, "avg_cols", "|".join(c.header for c in columns))
    return True


# 「導入済」 said as its verb: 「導入した」「導入されている」, and not: 「まだ導入していない」「導入されてない」.
_PLAN_SAID = compiled(r"(?:を|が|は|の)?(?:する|される|して(?:いる|る)?)?予定")
_STATE_HEADER = compiled(r"(?P<stem>[^\s]{2,10}?)(?:の)?(?:状況|状態)")
_DONE_VALUE = compiled(r"^[(（]?(?P<stem>[一-龥]{2,6}?)(?:済み?|完了)[)）]?$")
_DONE_SAID = compiled(r"(?:が|を|は)?(?:(?P<neg>して(?:い)?ない|していません|しておらず|せず|しない|されて(?:い)?ない|されておらず|されず)"
                      r"|(?:した|している|してる|された|されている|されてる|済み|済))")


def _read_done_value(t: Table, qn: str, free, take) -> None:
    """A column holding 「導入済」 beside other states (導入予定, 検討中): its verb said after the value's
    stem is that value, negated by the verb's negation (「まだ導入していない」 is every other state)."""
    for c in t.columns:
        if c.numeric or c.header == t.name:
            continue
        done = {m.group("stem"): nfkc(str(v)).strip() for r in t.rows
                if (v := r["cells"].get(c.header)) and (m := _DONE_VALUE.match(nfkc(str(v)).strip()))}
        headed = _STATE_HEADER.fullmatch(nfkc(c.header).replace(" ", ""))
        if not done and headed and any(nfkc(str(r["cells"].get(c.header) or "")).strip() == "済" for r in t.rows):
            # 「オンライン化状況」 printing a bare 済 (beside 予定, 検討中): the header's stem is what is done
            done = {headed.group("stem"): "済"}
        if len(done) != 1:
            continue
        stem, value = next(iter(done.items()))
        planned = sorted({v for r in t.rows if (v := nfkc(str(r["cells"].get(c.header) or "")).strip()) == "予定"})
        for m in re.finditer(re.escape(_key(stem)), qn):
            plan = _PLAN_SAID.match(qn, m.end()) if headed and planned else None
            if plan and free(m.start(), plan.end()):
                # 「令和７年度中にオンライン化する予定」 over the same column's bare 予定: that state
                take(m.start(), m.end(), "value", (_key(planned[0]), {c.header}))
                take(m.end(), plan.end(), "filler")
                return
            said = _DONE_SAID.match(qn, m.end())
            if said is None or not free(m.start(), said.end()):
                continue
            still = re.search(r"(?:まだ|いまだ|未だ)$", qn[:m.start()])
            if still and said.group("neg") and free(still.start(), m.start()):
                take(still.start(), m.start(), "filler")  # (「まだ」 of a state not reached yet: no condition)
            take(m.start(), m.end(), "value", (_key(value), {c.header}))
            if said.group("neg"):
                take(m.end(), said.end(), "neg", m.start())
            else:
                take(m.end(), said.end(), "filler")
            return


def _one_row_before(t: Table, prior) -> bool:
    """The answer before was one row of this table (「一般行政部門を教えて」): a follow-up's 「令和3年と比べて
    令和6年は何人増えた」 asks that row's change."""
    for c in prior:
        if c.op in ("rows", "names") and isinstance(c.value, (list, tuple)) and len(c.value) == 1:
            return True
        if c.op == "eq" and c.header == t.name and t.name:
            return True
        if c.op == "eq" and isinstance(c.value, str) and any(x.header == c.header for x in t.columns) and sum(
                _key(nfkc(str(r["cells"].get(c.header) or "")).strip()) == _key(nfkc(c.value)) for r in t.rows) == 1:
            return True  # (「窓口の待ち時間の目標を教えて」: a value of one row only, 目標項目, picked it)
    return False


# 「基準値からR7までにどれだけ増えた」: from one figure of a row to another, how much it changed.
# (「何分減った」「何時間減った」: a counter of the figures' own unit)
_COLUMN_CHANGE = compiled(r"(?:まで|の間)?(?:に|で|では|は)?\s*(?P<how>何[十百千万]+[一-龥]|" + _AMOUNT_ASKED.pattern + "|" + _POINTS_ASKED.pattern
                          + r"|何(?:時間|[一-龥]))")


_CHANGE_HEADER = compiled(r"増減|差|前年比|伸び|対前")


# 「R4からR6で何時間減った」: the unit the change is asked in
_UNIT_OF_CHANGE = compiled(r"^で?(?:は)?\s*何(?P<u>時間|千円|万円|百万円|円|人|件|回|日|台|%)")


def _in_unit_asked(t: Table, headers: list[str], qn: str) -> list[str]:
    """Of several columns, those in the unit the question asks its figure in (「何時間」), where that is one."""
    asked = re.search(r"何(?P<u>時間|千円|万円|百万円|円|%)", qn)
    of_unit = [h for h in headers if asked and t.column(h).numeric and t.column(h).unit == asked.group("u")]
    return of_unit if len(of_unit) == 1 else headers


def _series_of_unit_asked(t: Table, pair: list[list[str]], after: str) -> list[list[str]]:
    """Of several figures of each year said (時間外勤務時間 R6 beside 年360時間超の人数 R6), the one series asked in
    its unit (「何時間減った」: the hours), where just one series of both years is in it."""
    asked = _UNIT_OF_CHANGE.match(after)
    if asked is None:
        return pair
    bases = [{t.column(h).base for h in p if t.column(h).unit == asked.group("u")} for p in pair]
    shared = bases[0] & bases[1]
    if len(shared) != 1:
        return pair
    base = shared.pop()
    return [[h for h in p if t.column(h).base == base] for p in pair]


def _read_column_change(t: Table, qn: str, mentions: list[_Mention], take, row_before: bool) -> str:
    """Two figures of one row said 「AからBまで」 (two columns, or a column and the year of the one column of
    that year: 「基準値からR7まで」), then how much it grew or fell: B less A, the row's change ("" when
    not so asked)."""
    # (the row named, or picked by a value of one row only: 目標項目 電子申請に対応した手続数)
    one_row = [m for m in mentions if m.kind == "value" and sum(
        any(_key(nfkc(str(r["cells"].get(h) or "")).strip()) == m.data[0] for h in m.data[1]) for r in t.rows) == 1]
    if not (row_before or one_row or any(m.kind == "row" for m in mentions)):
        return ""
    # (「R6決算からR7予算」: a year said right before a column's word is that year's column of it, as
    # 「決算」 alone would read the first of the years)
    for y in [m for m in mentions if m.kind == "year"]:
        c = next((m for m in mentions if m.kind == "col" and m.start == y.end), None)
        if c is None:
            continue
        base = t.column(c.data).base
        of_year = [x.header for x in t.columns if x.numeric and x.year == y.data[0] and x.base == base]
        if len(of_year) == 1 and t.column(c.data).year != y.data[0]:
            mentions[mentions.index(c)] = _Mention(y.start, c.end, "col", of_year[0])
            mentions.remove(y)
    said = sorted((m for m in mentions if m.kind in ("col", "year")), key=lambda m: m.start)
    # (「R4からR7でいくら増えた」: two years said, each the one amount column of its year)
    for a, b in zip(said, said[1:]):
        if a.kind != "year" or b.kind != "year" or a.data[1] not in ("から", "より") or a.end != b.start:
            continue
        pair = [[c.header for c in t.columns if c.numeric and c.year == y.data[0] and not _CHANGE_HEADER.search(nfkc(c.header))]
                for y in (a, b)]
        if any(len(p) != 1 for p in pair):
            pair = _series_of_unit_asked(t, pair, qn[b.end:])
        if any(len(p) != 1 for p in pair) or pair[0] == pair[1]:
            continue
        how = _COLUMN_CHANGE.match(qn, b.end)
        verb = how and (_RATE_CHANGE.match(qn, how.end()) or _TOTAL_CHANGE.match(qn, how.end()))
        if not verb:
            continue
        mentions.remove(a)
        mentions.remove(b)
        down = verb.group("dir").startswith(("減", "下", "さが", "悪化", "低下"))
        take(a.start, verb.end(), "delta", f"{pair[0][0]}|{pair[1][0]}|{'down' if down else 'up'}")
        return "delta"
    for a, b in zip(said, said[1:]):
        if a.kind != "col" or not t.column(a.data).numeric or not re.fullmatch(r"(?:から|より)", qn[a.end:b.start]):
            continue
        if b.kind == "year":
            of_year = [c.header for c in t.columns if c.numeric and c.year == b.data[0]]
            if len(of_year) != 1 or not (b.data[1] or "まで").startswith("まで"):
                continue
            other = of_year[0]
        elif t.column(b.data).numeric:
            other = b.data
        else:
            continue
        how = _COLUMN_CHANGE.match(qn, b.end)
        verb = how and (_RATE_CHANGE.match(qn, how.end()) or _TOTAL_CHANGE.match(qn, how.end()))
        if not verb or other == a.data:
            continue
        mentions.remove(a)
        mentions.remove(b)
        down = verb.group("dir").startswith(("減", "下", "さが", "悪化", "低下"))
        take(a.start, verb.end(), "delta", f"{a.data}|{other}|{'down' if down else 'up'}")
        return "delta"
    # 「R7の実績は基準値から何千人増えた」: the later figure said first, then the one it grew from (the one
    # figure of the year 基準値 stands for), then how much.
    for a, b in zip(said, said[1:]):
        if a.kind != "col" or b.kind != "year" or b.data[1] not in ("から", "より") \
                or qn[a.end:b.start] not in ("は", "が") or not t.column(a.data).numeric:
            continue
        of_year = [c.header for c in t.columns if c.numeric and c.year == b.data[0]
                   and not _CHANGE_HEADER.search(nfkc(c.header))]
        if len(of_year) != 1 or of_year[0] == a.data:
            continue
        how = _COLUMN_CHANGE.match(qn, b.end)
        verb = how and (_RATE_CHANGE.match(qn, how.end()) or _TOTAL_CHANGE.match(qn, how.end()))
        if not verb:
            continue
        # (the year said before the later figure, 「R7の実績」: that year's column of its measure)
        y = next((m for m in mentions if m.kind == "year" and m.data[1] == "" and qn[m.end:a.start] in ("", "の")), None)
        later = a.data
        if y is not None:
            own = [c.header for c in t.columns if c.numeric and c.year == y.data[0] and c.base == t.column(a.data).base]
            if len(own) != 1:
                continue
            later = own[0]
            mentions.remove(y)
        mentions.remove(a)
        mentions.remove(b)
        down = verb.group("dir").startswith(("減", "下", "さが", "悪化", "低下"))
        take(y.start if y is not None else a.start, verb.end(), "delta", f"{of_year[0]}|{later}|{'down' if down else 'up'}")
        return "delta"
    return ""


# 「前の年度から」「前年度と比べて」: a change counted from the year before the table's latest.
_PREVIOUS_YEAR_FROM = compiled(r"(?:前年度|前の年度|前年|前の年|昨年度)(?:から|より|と比べて|に比べて|と比較して)")


_WHOLE_OF_CHANGE = compiled(r"(?:全体|全部|総額)(?=で(?:は)?[、,]?)")


def _read_total_change(t: Table, qn: str, mentions: list[_Mention], free, take, row_before: bool = False) -> str:
    """「合計は令和5年から令和9年までで何人減る」: the sum of the later year's column less the earlier's,
    over the table's rows (each row's own change is another question: 「増える部局」); "" when not so
    asked. The years said pick the columns of one series (実績 and 計画 joined)."""
    total = _SUM_ASKED.search(qn)
    asked = _AMOUNT_ASKED.search(qn)
    years = sorted((m for m in mentions if m.kind == "year"), key=lambda m: m.start)
    points = _POINTS_ASKED.search(qn)
    previous = _PREVIOUS_YEAR_FROM.search(qn)
    # (「R6は前の年からいくら減った」: the year said before it is the later of the two)
    until = years[0] if len(years) == 1 and previous and years[0].end <= previous.start() \
        and re.fullmatch(r"(?:は|の|で|では|に)?[^、,。]{0,12}?(?:は|が)?", qn[years[0].end:previous.start()]) else None
    if not total and (asked or points) and (not years or until) and previous and free(*previous.span()) \
            and (any(m.kind == "row" for m in mentions) or row_before):
        # 「市民部の使用量は前の年度からどれだけ減った」: the row's change from the year before the latest
        # to the latest, of the measure said (or the table's one series).
        how = points or asked
        verb = _RATE_CHANGE.match(qn, how.end()) or _TOTAL_CHANGE.match(qn, how.end())
        said = [t.column(m.data).base for m in mentions if m.kind == "col"]
        series = _year_series(t, numeric=True)
        bases = [b for b in said if b in series] or list(series)
        # (「何千円減った」: the unit asked, read as an aside already, is still what the change is asked in)
        if verb is None or how.start() < previous.end() or not free(how.end(), verb.end()) or len(bases) != 1 \
                or len(series[bases[0]]) < 2:
            return ""
        ordered = sorted(series[bases[0]], key=lambda c: c.year)
        if until:
            at = [n for n, c in enumerate(ordered) if c.year == until.data[0]]
            if not at or at[0] == 0:
                return ""
            ordered = ordered[:at[0] + 1]
            mentions.remove(until)
        latest, start = ordered[:-3:-1]
        for m in [m for m in mentions if m.kind == "col" and t.column(m.data).base in bases]:
            mentions.remove(m)
        down = verb.group("dir").startswith(("減", "下", "さが", "悪化", "低下"))
        take(until.start if until else previous.start(), verb.end(), "delta",
             f"{start.header}|{latest.header}|{'down' if down else 'up'}")
        return "delta"
    if not total and (asked or points) and len(years) == 1 \
            and (years[0].data[1] in ("から", "より") or _FROM_YEAR.match(qn, years[0].end)) \
            and (any(m.kind == "row" for m in mentions) or row_before):
        # 「固定資産税の滞納繰越分、令和5年度から何ポイント上がりましたか」: one year said as the start, the
        # row's change from it to the latest year of the measure said (or the table's one measure).
        how = points or asked
        verb = _RATE_CHANGE.match(qn, how.end()) or _TOTAL_CHANGE.match(qn, how.end())
        if verb is None or how.start() < years[0].end or not free(how.start(), verb.end()):
            return ""
        said = [t.column(m.data).base for m in mentions if m.kind == "col"]
        series = _year_series(t, numeric=True)
        bases = [b for b in said if b in series] or list(series)
        if len(bases) > 1 and not said:
            # (件数 by 令和4〜6年度 beside オンライン率R6: the series that has the year said)
            bases = [b for b in bases if any(c.year == years[0].data[0] for c in series[b])]
        if len(bases) != 1:
            return ""
        start = next((c for c in series[bases[0]] if c.year == years[0].data[0]), None)
        latest = max(series[bases[0]], key=lambda c: c.year)
        if start is None or latest.year <= start.year:
            return ""
        for m in [m for m in mentions if m.kind == "year" or (m.kind == "col" and t.column(m.data).base in bases)]:
            mentions.remove(m)
        down = verb.group("dir").startswith(("減", "下", "さが", "悪化", "低下"))
        take(years[0].start, verb.end(), "delta", f"{start.header}|{latest.header}|{'down' if down else 'up'}")
        return "delta"
    if not total and (asked or points) and len(years) == 2 and (any(m.kind == "row" for m in mentions) or row_before):
        # 「ふるさと納税推進事業、事業費は令和5年度から6年度でいくら増えた」: the change of the row named,
        # its later year's amount less the earlier's (the largest change of the one row).
        # (「令和元年度から令和5年度で何ポイント下がった」: a rate's, in its points)
        how = points or asked
        verb = (_RATE_CHANGE.match(qn, how.end()) or _TOTAL_CHANGE.match(qn, how.end())) if how.start() >= years[-1].end else None
        if verb is None or not free(how.start(), verb.end()):
            return ""
        said = [t.column(m.data).base for m in mentions if m.kind == "col"]
        series = _year_series(t, numeric=True)
        bases = [b for b in said if b in series] or list(series)
        pair = None
        for b in bases:
            a = next((c for c in series[b] if c.year == years[0].data[0]), None)
            z = next((c for c in series[b] if c.year == years[1].data[0]), None)
            if a is not None and z is not None and a is not z:
                pair = (a, z)
                break
        if pair is None or (not said and len(series) > 1):
            return ""
        for m in [m for m in mentions if m.kind == "year" or (m.kind == "col" and t.column(m.data).base in bases)]:
            mentions.remove(m)
        down = verb.group("dir").startswith(("減", "下", "さが", "悪化", "低下"))
        take(years[0].start, verb.end(), "delta", f"{pair[0].header}|{pair[1].header}|{'down' if down else 'up'}")
        return "delta"
    # (「住民福祉部全体で、R8見込はR7当初から何千円減る」: the rows' whole said as 全体で is their total too)
    total = total or _WHOLE_OF_CHANGE.search(qn)
    if not total or not asked or len(years) != 2 or not free(*total.span()):
        return ""
    verb = _TOTAL_CHANGE.search(qn, years[-1].end)
    if verb is None or not free(*verb.span()):
        return ""
    series = [cs for cs in _year_series(t, numeric=True).values() if len(cs) >= 2]
    pair = None
    # (「令和8年度の合計は令和7年度より何千円増えた」: the year said with より is the one compared from)
    first, second = years[0].data[0], years[1].data[0]
    if (years[1].data[1] in ("から", "より") or _FROM_YEAR.match(qn, years[1].end)) \
            and not (years[0].data[1] in ("から", "より") or _FROM_YEAR.match(qn, years[0].end)):
        first, second = second, first
    for cs in series:
        a = next((c for c in cs if c.year == first), None)
        b = next((c for c in cs if c.year == second), None)
        if a is not None and b is not None and a is not b:
            pair = (a, b)
            break
    if pair is None:
        return ""
    for m in years:
        mentions.remove(m)
    for m in [m for m in mentions if m.kind == "col" and t.column(m.data).year is not None]:
        mentions.remove(m)
    take(*total.span(), "agg", "sum")
    take(years[0].start, verb.end(), "delta", f"{pair[0].header}|{pair[1].header}|{'down' if verb.group('dir') == '減' else 'up'}")
    return "sum_change"


# 「前の年度から決算額がいちばん大きく減った」: the most said before the verb of the change
_MOST_THEN_CHANGED = compiled(r"(?:(?:前年度|前年|前の年度|昨年度)(?:から|より|と比べて|に比べて)[、,]?)?(?:(?P<what>[一-龥]{1,6})が)?"
                              r"(?P<most>いちばん|一番|最も|もっとも)(?:大きく|多く)(?P<dir>減っ|減少し|増え|増加し)[ぁ-ん]*")


def _change_column_extreme(t: Table, qn: str, mentions: list[_Mention], free, take) -> str:
    """「減り方がいちばん大きい部局」 over a table with one column of each row's change: its smallest
    (the most negative) for a decrease, its largest for an increase; "" when not so asked."""
    m = _CHANGE_EXTREME.search(qn)
    header = _change_column(t)
    then = _MOST_THEN_CHANGED.search(qn) if not m else None
    if then and header is not None and not any(x.kind == "year" for x in mentions):
        # (the measure said before it is the change column's own: 決算額 of 増減 over 決算額 R5 | R6; any other, not read)
        what = then.group("what")
        said = [x for x in mentions if x.kind == "col" and then.start() <= x.start and x.end <= then.end()]
        if what and not any(what in _key(c.header) for c in t.columns if c.numeric and c.header != header
                            and c.year is not None):
            return ""
        for x in said:
            mentions.remove(x)
        if not free(*then.span()) and not all(any(x.start <= a and b <= x.end for x in said) or b <= then.start() or a >= then.end()
                                              for a, b in [(y.start, y.end) for y in mentions]):
            return ""
        aggregate = "min" if then.group("dir").startswith("減") else "max"
        take(then.start(), then.end(), "agg", aggregate)
        take(then.start(), then.start(), "col", header)
        return aggregate
    if not m or header is None or not free(*m.span()) or any(x.kind == "year" for x in mentions):
        return ""
    take(m.start(), m.start("most"), "col", header)
    aggregate = "min" if m.group("dir").startswith("減") else "max"
    take(m.start("most"), m.end(), "agg", aggregate)
    return aggregate


# 「基準年度比がいちばん大きく減った」: a change column said, then how far it went, the most.
_MOST_CHANGED = compiled(r"^(?:が|の|は)?(?P<most>いちばん|一番|最も|もっとも)(?:大きく)?"
                         r"(?P<dir>減っ|減少し|下がっ|落ち|増え|増加し|上がっ|伸び)[ぁ-ん]*")


def _most_changed_column_said(t: Table, qn: str, mentions: list[_Mention], free, take) -> str:
    """「都市ガスの基準年度比がいちばん大きく減った施設」 over a column of each row's change (基準年度比,
    増減 — printed with △ for a fall): its smallest for a fall, its largest for a rise."""
    for m in [m for m in mentions if m.kind == "col" and t.column(m.data).numeric]:
        said = _MOST_CHANGED.match(qn[m.end:])
        column = t.column(m.data)
        signed = any(re.match(r"[△▲-]\s*\d", nfkc(str(r["cells"].get(m.data) or "")).strip()) for r in t.rows)
        if not said or not free(m.end, m.end + said.end()) or not (signed or re.search(r"比|増減|差", column.base)):
            continue
        aggregate = "min" if said.group("dir")[0] in "減下落" else "max"
        take(m.end, m.end + said.end(), "agg", aggregate)
        return aggregate
    return ""


# The parts of one figure's years: 実績 for the years past, 計画 or 見込 for those to come.
_SERIES_PARTS = {"実績", "計画", "見込", "見込み", "見通し", "目標", "予定", "推計"}
_EVERY_YEAR_SAID = re.compile(r"毎年|年々|ずっと|一貫して|続け|つづけ")
_SERIES_TAIL = re.compile(r"(?:実績|計画|見込み?|見通し|目標|予定|推計|決算|予算)$")


def _point_stem(bases: dict[str, list[Column]], base: str) -> str:
    """The point a forecast's column is of, where its base is the tail alone: 末 of 「令和7年度末見込」 (base 見込,
    one of its forms 末見込), when 末 is the base of other year columns of the table (令和6年度末); else ""."""
    for c in bases[base]:
        for form in c.forms:
            stem = form[:-len(base)] if form.endswith(base) else ""
            if stem and stem != form and stem in bases:
                return stem
    return ""


def _letter_grades(t: Table, header: str) -> bool:
    """Whether every written cell of the column is one letter grade (S, A … E), two rows or more so; or one mark of
    a grade's order (◎ ○ △ ×), two different marks or more among them (a 工程表's lone ○ of the years planned is
    no grade)."""
    cells = [nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows]
    cells = [v for v in cells if v and v not in _EMPTY]
    if len(cells) >= 2 and all(re.fullmatch(r"[SA-E]", v) for v in cells):
        return True
    return len(cells) >= 2 and all(v in _GRADE_MARKS for v in cells) and len(set(cells)) >= 2


_GRADE_MARKS = {"◎", "○", "〇", "△", "×", "✕"}


def _year_series(t: Table, numeric: bool, stems: bool = False) -> dict[str, list[Column]]:
    """The year columns of each measure (進捗状況 of 令和6年度 and 令和7年度), by base; 「実績 | 令和5年 …
    計画 | 令和9年」 (one figure, its past years actual and the rest planned, each year once) is one more
    series whose base is each part's, so 「令和5年から令和9年にかけて増える」 compares across the parts."""
    bases: dict[str, list[Column]] = {}
    for c in t.columns:
        # (columns named by their year only, 令和5年度 | 令和6年度, are of the table's one measure: its years)
        if c.year is not None and (c.base or c.numeric) and (c.numeric or not numeric):
            bases.setdefault(c.base, []).append(c)
    # (「施策番号 | 具体的施策 | Ｒ５ | Ｒ６」 of letter grades A–D: columns named by their year only are the years of
    # the table's one grade, as they are of its one figure)
    graded = [c for c in t.columns if c.year is not None and not c.base and not c.numeric and not numeric
              and _letter_grades(t, c.header)]
    if len(graded) >= 2 and "" not in bases:
        bases[""] = graded
    # (「健全度判定 | R2調査 | R6再調査」: one grade under a merged header, each year's column named by its own survey;
    # the grades of the years are one series of the header's word, no two series of one year each)
    if not numeric:
        lone = [cs[0] for b, cs in bases.items() if b and len(cs) == 1 and not cs[0].numeric
                and _letter_grades(t, cs[0].header)]
        for top in {f for c in lone for f in c.forms if len(f) >= 2 and c.base.startswith(f) and f != c.base}:
            under = [c for c in lone if top in c.forms and c.base.startswith(top)]
            if len(under) >= 2 and len({c.year for c in under}) == len(under) and top not in bases:
                bases[top] = sorted(under, key=lambda c: c.year)
    # (「交付額 | R4決算 R5決算 R6決算 R7予算」: one figure's past years settled and the last budgeted, each year once, is
    # one series too, of the stem the parts share — read so where a change over every year is asked: 「毎年増え続けている」)
    shared: dict[str, list[str]] = {}
    for b in bases:
        tail = _SERIES_TAIL.search(b)
        if tail is not None and all(c.numeric for c in bases[b]) and (stems or b in _SERIES_PARTS):
            shared.setdefault(b[:tail.start()] or _point_stem(bases, b), []).append(b)
    # (「令和5年度末 | 令和6年度末 | 令和7年度末見込」: the balance at each year's end, the last one forecast, is one
    # series of the point 末 — the point's own columns, no tail of theirs, are its settled part)
    for b in bases:
        if b and b in shared and _SERIES_TAIL.search(b) is None and all(c.numeric for c in bases[b]) \
                and any(_SERIES_TAIL.fullmatch(p) for p in shared[b]):
            shared[b].append(b)
    for parts in shared.values():
        joined = sorted((c for b in parts for c in bases[b]), key=lambda c: c.year)
        if len(parts) >= 2 and len({c.year for c in joined}) == len(joined):
            for b in parts:
                bases[b] = joined
    # (「令和６年度交付額 | 令和７年度予算額 | 増減額」: two years named apart, the printed change their difference)
    if numeric and (pair := changed_pair(t)) is not None:
        for c in pair:
            bases[c.base] = pair
    return bases


def _read_revision_change(t: Table, qn: str, change: re.Match, mentions: list[_Mention], free, take) -> None:
    """「補助率が下がった」 over 補助率 見直し前 | 見直し後: the row's number after against before."""
    found = said_pair(t, qn, change.start())
    if found is None or change.group("same") or change.group("differ"):
        return
    _, pair = found
    rank = number_ranks(t, pair, _number)
    if not rank:
        return
    for m in [m for m in mentions if m.kind == "col" and (m.data in pair or t.column(m.data).base in pair)]:
        mentions.remove(m)
    tail = re.match(r"[ぁ-ん]*", qn[change.end():]).group(0)
    lead = re.search(r"逆に$", qn[:change.start()])  # 「逆に引き上げられた」: the other way than most
    start = lead.start() if lead and free(lead.start(), change.start()) else change.start()
    take(start, change.end() + len(tail), "change", (pair[0], pair[1], "up" if change.group("up") else "down", rank))


# 「（小さいほど良い指標に注意）」: the asker's reminder that some figures are better lower.
DIRECTION_ASIDE = compiled(r"[(（]\s*(?:小さい|少ない|低い|大きい|多い|高い)(?:ほど|方が|ほうが)(?:良い|よい|いい)[^()（）]{0,12}?"
                           r"(?:に注意|を考慮|に気をつけ|も考え|を踏まえ|に留意)[^()（）]{0,8}[)）]")


# 「（下がったところ）」「（数値が上がったもの）」 right after a change said as better or worse: which way it went
_RESTATED_WAY = compiled(r"[(（]\s*(?:数値が|値が|数字が|比率が)?\s*(?:(?P<down>下が|さが|減っ|減少し|低くな|小さくな)|"
                         r"(?P<up>上が|あが|増え|増加し|高くな|大きくな))[ぁ-ん]*\s*(?:ところ|もの|団体|方|ほう|の)?\s*[)）]")


def _said_name_end(base: str, said: str) -> str:
    """The longest end of a measure's name (2 characters or more, short of the whole) said right before the
    verb of its change: 評価 of 総合評価 in 「評価が上がった」; "" when none is."""
    for n in range(len(base) - 1, 1, -1):
        if re.search(re.escape(base[-n:]) + r"(?:が|は|も)?(?:[ぁ-ん]{0,2})?(?:上が|下が|良く|悪く|高く|低く|改善|悪化|上昇|低下)", said):
            return base[-n:]
    return ""


def _change_restated(db, t: Table, qn: str, change, mentions: list[_Mention], usable: list[str], bases: dict,
                     take) -> bool:
    """「令和4年度はbだったのに令和5年度にcに下がった」: two years said before the verb, each with a value of one
    series' columns after it; the verb only restates the change the values say, and is read (as no condition of
    its own) where it goes the way the grade's order does (else left unread: the answer is partial). False where no
    such pair is said."""
    headers = {c.header for c in t.columns}
    said = sorted((m for m in mentions if m.kind in ("year", "value") and m.start < change.start()), key=lambda m: m.start)
    values = [m for m in said if m.kind == "value"]
    held = {t.column(h).base for m in values for h in m.data[1] if h in headers}
    hits = [b for b in usable if b in held]
    kinds = [m.kind for m in said]
    if len(hits) != 1 or len(held) != 1 or kinds != ["year", "value", "year", "value"] \
            or said[0].data[0] >= said[2].data[0] or not (change.group("up") or change.group("down")):
        return False
    rank = _ranks(db, t, [c.header for c in bases[hits[0]]])
    first, then = rank.get(_key(str(values[0].data[0]))), rank.get(_key(str(values[1].data[0])))
    if first is not None and then is not None and then != first and (then < first) == bool(change.group("down")):
        tail = re.match(r"(?:続け|つづけ)?[ぁ-ん]*", qn[change.end():]).group(0)
        take(change.start(), change.end() + len(tail), "filler")
    return True


# 「どれだけ」「いくら」「何人」 right before the verb of change: an amount asked
_AMOUNT_BEFORE = re.compile(r"(?:どれだけ|どれくらい|どれぐらい|どのくらい|どのぐらい|どれほど|いくら|何\s*[一-龥]{0,3})\s*(?:くらい|ぐらい)?\s*$")


def _compared_with_column(t: Table, qn: str, mentions: list[_Mention], base: str, before: int) -> _Mention | None:
    """The mention of a column of figures of another series (基準値 (R1), 目標値) said before the change with
    より／から／と比べて after it (its year in brackets between): what the change is counted from."""
    for m in mentions:
        if m.kind != "col" or m.start >= before or not isinstance(m.data, str) or m.data not in {c.header for c in t.columns}:
            continue
        c = t.column(m.data)
        if c.numeric and c.base != base and re.match(
                r"\s*(?:[(（][^()（）]{1,12}[)）])?\s*(?:より|から|と比べて|に比べて)", qn[m.end:before]):
            return m
    return None


def _year_of_value_said(qn: str, year, mentions: list[_Mention]) -> bool:
    """「令和5年度は△だったけど令和6年度に改善した」: a year said right before a value (only a particle between)
    is that value's year as well as the change's first: the value's condition still needs it (else the value
    would be read of the latest year)."""
    nxt = min((x for x in mentions if x.start >= year.end and x is not year), key=lambda x: x.start, default=None)
    return nxt is not None and nxt.kind == "value" and bool(
        re.fullmatch(r"\s*(?:は|が|に|で|も|には|では)?\s*", qn[year.end:nxt.start]))


def _base_asked_before(t: Table, prior) -> str:
    """The measure of the year column the conversation asked before (年360時間超の人数 of its 令和6年度), or ""."""
    headers = {c.header for c in t.columns}
    asked = [c.header for c in prior if isinstance(c, Cond) and c.op == "ask" and c.header in headers
             and t.column(c.header).year is not None and t.column(c.header).base]
    return t.column(asked[-1]).base if asked else ""


def _read_change(db, t: Table, qn: str, mentions: list[_Mention], free, take, asked_before: str = "") -> None:
    """「R6からR7に達成度が上がった」: two year columns of one measure compared by the grade's order
    (the legend's, best first; S>A>B>C, ◎>○>△>×, numbers by size). The years said pick the columns,
    one year said is compared with the year before it, none with the last two."""
    change = _CHANGE.search(qn)
    if not change or not free(*change.span()):
        return
    bases = _year_series(t, numeric=False, stems=bool(_EVERY_YEAR_SAID.search(qn)))
    said = [t.column(m.data).base for m in mentions if m.kind == "col"]
    usable = [b for b, cs in bases.items() if len(cs) >= 2]
    # (前年比 R5 | R6 beside 利用者数 R4 | R5 | R6: each year's change, not a figure the years compare)
    usable = [b for b in usable if not _CHANGE_COLUMN.match(b) or b in said] or usable
    base = next((b for b in said if b in usable), usable[0] if len({id(bases[b]) for b in usable}) == 1 else None)
    if base is None and not said and asked_before in usable:
        # 「（年360時間超えの人数、課ごとに出して）前の年より増えたところは？」: the measure asked before is what changed
        base = asked_before
    subject = re.search(r"([一-龥ァ-ヶー]{2,8})(?:が|は|も)?$", qn[:change.start()])
    if base is not None and subject and any(
            _key(c.header) == _key(subject.group(1)) and c.year is None for c in t.columns) \
            and not any(_key(c.base).endswith(_key(subject.group(1))) for c in bases[base]):
        # 「評価が下がった」 over 実績 R5 | R6 and a column 評価 of its own (no year's): the change said is of that
        # column, which has no years to compare; left unread (the answer is not given as certain)
        return
    if base is not None and subject and re.search(r"(?:評価|判定|評定)$", subject.group(1)) \
            and all(c.numeric for c in bases[base]) \
            and not any(re.search(r"評価|判定|評定", _key(x)) for c in t.columns for x in (c.header, c.base, *c.forms)):
        # 「前期計画でＲ４からＲ５にかけて評価が下がった」 over 令和4年度 | 令和5年度 of amounts (効果額一覧): a grade
        # said to change is no series of figures of a table grading nothing; left unread, so the table grading the
        # rows reads the question (or the answer says it could not)
        return
    if base is None:
        # 「前年度より評価が上がった」 over year columns of 総合評価・利用者数・…: the word said as the verb's subject
        # ends the name of one series (評価 of 総合評価), which is the one compared
        subject = re.search(r"([一-龥ァ-ヶー]{2,8})(?:が|は|も)?$", qn[:change.start()])
        ends = [b for b in usable if subject and _key(b).endswith(subject.group(1))] if subject else []
        if len(ends) == 1:
            base = ends[0]
    if base is None and _AMOUNT_BEFORE.search(qn[:change.start()]):
        # 「観光入込客数はR3からR6でどれだけ増えた」 over year columns of 実績 (figures) and of 達成状況 (marks): an
        # amount asked of the change is of the one series of figures
        figures = [b for b in usable if all(c.numeric for c in bases[b])]
        if len(figures) == 1:
            base = figures[0]
    if base is None:
        # 「前年度より数値が下がった」「毎年、前の年より良くなってる」 over year columns of figures (実績値) and of
        # grades (評価 ◎○△): the figures are compared where the word said is theirs (数値), or where the verb says
        # better or worse and the document gives rows better lower (指標の見方: 低いほど良い), a way of figures
        figures = [b for b in usable if all(c.numeric for c in bases[b])]
        word = re.search(r"(?:数値|数字)(?:が|は|も)?\s*$", qn[:change.start()])
        judged = re.match(r"改善|良くな|よくな|悪化|悪くな", change.group(0)) and t.lower_better
        if len(figures) == 1 and (word and free(word.start(), word.end()) or judged):
            base = figures[0]
            if word:
                take(word.start(), word.end(), "filler")
    if base is None:
        # 「令和4年度はbだったのに令和5年度にcに下がった」 over year columns of 評価 and of KPI実績: the values said
        # before the verb are of one series' columns (a grade of 評価), which is the one compared
        # before the verb, each after its own year, say the change whole: the verb restates it, where it goes the
        # way the grade's order does (b → c 下がった); the other way it is left unread
        if not _change_restated(db, t, qn, change, mentions, usable, bases, take):
            _read_revision_change(t, qn, change, mentions, free, take)
        return
        _read_revision_change(t, qn, change, mentions, free, take)
        return
    if _QUANTITY_VERB.match(change.group(0)) and not any(c.numeric for c in bases[base]):
        # 「令和５年度より時間外が増えた課」 over 取組 graded ○△× by year: an amount grows, a grade does not; the
        # grades unsaid are no series the verb is of (another table's figures are). 「健全度Ⅱの橋は１巡目から２巡目で何橋
        # 減った」 over grades by round, the grade said: what grew or fell is a count of rows, no grade of a row (a grade
        # goes up or down, 上がった・悪くなった); left unread, not said as a change of grade
        return
    columns = sorted(bases[base], key=lambda c: c.year)
    years = sorted({m.data[0] for m in mentions if m.kind == "year" and m.start < change.start()})
    ref = _compared_with_column(t, qn, mentions, base, change.start())
    if ref is not None:
        # 「基準値（R1）よりR6が悪くなってる」 over 基準値 (R1) | 実績値R3 … 実績値R6: the column said before より is what the
        # series' year said (else its latest) is compared with; its words and its year are its own
        later = [y for y in years if y != t.column(ref.data).year]
        pair = [t.column(ref.data), next((c for c in columns if c.year == later[-1]), None) if later else columns[-1]]
        mentions.remove(ref)
        for m in [m for m in mentions if m.kind == "year" and m.data[0] == t.column(ref.data).year and m.start < change.start()]:
            mentions.remove(m)
        years = later
    elif len(years) >= 2:
        pair = [next((c for c in columns if c.year == y), None) for y in years[-2:]]
    elif len(years) == 1 and any(m.kind == "year" and m.data[0] == years[0] and m.start < change.start() and (
            m.data[1] in ("から", "より") or _FROM_YEAR.match(qn, m.end)) for m in mentions):
        # 「令和5年度より下がった」: the year said is the one compared with, the next year the other
        since = next((c for c in columns if c.year == years[0]), None)
        later = [c for c in columns if since is not None and c.year > since.year]
        # (「基準値（R4）より悪くなっている」: the base year compared with the latest the series prints, not the next)
        latest = _BASE_YEAR_SAID.search(qn[:change.start()]) or (since is not None and "基準" in since.header)
        # (「令和2年より減ってる」「R3より減っている」: the state now, said with ている, is the latest year's against the
        # year said; 「令和5年度より下がった」, a past change, stays the next year's)
        latest = latest or _STATE_NOW_TAIL.match(qn, change.end())
        # (「R3と比べて15%以上減った」: the year compared with, and no other said, is set against the latest, as 今と比べて)
        latest = latest or any(m.kind == "year" and m.data[0] == years[0] and _COMPARED_WITH.match(qn, m.end)
                               for m in mentions)
        own = [c for c in later if c.base == since.base]  # (実績 R4…R6 joined to 目標 R9: the latest 実績)
        pair = [since, ((own or later)[-1] if latest else later[0]) if later else None]
    elif len(years) == 1:
        after = next((c for c in columns if c.year == years[0]), None)
        before = [c for c in columns if after is not None and c.year < after.year]
        pair = [before[-1] if before else None, after]
    else:
        pair = columns[-2:]
    # 「担当課評価が下がった」 with no year said, over a series some rows print in other years than the last two (a
    # record run R4–R5, another R5–R6): each row's first year printed is compared with its last (span_changes.py)
    # (「毎年上がった」「ずっと伸びている」: each year's change, every_year.py's, not the first against the last)
    span = spanned_series(t, columns, pair) if not years and ref is None and not change.group("differ") \
        and not _EVERY_YEAR_SAID.search(qn) else None
    if any(c is None for c in pair):
        return
    years_said = [m for m in mentions if m.kind == "year" and m.data[0] in years and m.start < change.start()]
    # (the measure's own column said, 評価 of 総合評価 by year, is the change's: its span is no other word's)
    own_said = [(m.start, m.end) for m in mentions if m.kind == "col" and t.column(m.data).base == base]
    for m in [m for m in mentions if (m.kind == "year" and m.data[0] in years and m.start < change.start()
                                      and not _year_of_value_said(qn, m, mentions))
                                      or (m.kind == "col" and t.column(m.data).base == base)]:
        mentions.remove(m)
    rank = _ranks(db, t, [c.header for c in pair])
    if change.group("differ"):
        # 「契約方法が変わった」: any other value the next year (no order needed), a row on one sheet only not counted
        rank = {v: v for v in {_key(str(r["cells"].get(c.header) or "").strip()) for r in t.rows for c in pair} - {""}}
    if not rank:
        return
    direction = "up" if change.group("up") else "down" if change.group("down") else \
        "differ" if change.group("differ") else "same"
    if direction in ("up", "down") and t.lower_better and pair[0].numeric and pair[1].numeric \
            and re.match(r"悪化|悪くな|改善|良くな|よくな", change.group(0)):
        # 「前年度より悪くなった指標」 over figures some of which the document's note says are better lower: worse is
        # a fall of the others and a rise of those (answer.py: change_worse / change_better).
        direction = "better" if direction == "up" else "worse"
        # 「（小さいほど良い指標に注意）」: the asker's reminder of what the note says, read by the direction just taken
        # (over a table without such a note it is left unread, and the answer is not given as certain).
        for aside in DIRECTION_ASIDE.finditer(qn):
            if free(*aside.span()):
                take(*aside.span(), "filler")
    elif direction in ("up", "down") and pair[0].numeric and pair[1].numeric \
            and re.match(r"悪化|悪くな|改善|良くな|よくな", change.group(0)) \
            and (ratio := better_lower_measure(pair[0].header, pair[1].header)) \
            and not defined_better_higher(db, t.source, ratio):
        # 「経常収支比率が前年度より改善した」: a ratio better lower by what it is (better_lower.py) improves as it falls
        direction = "down" if direction == "up" else "up"
        # (the condition's label says the fall or rise it was read as)
    if direction in ("up", "down") and (restated := _RESTATED_WAY.search(qn, change.end())) \
            and ("down" if restated.group("down") else "up") == direction and free(*restated.span()):
        # 「改善した団体（下がったところ）」: the asker's own restatement of the way read, no condition of its own
        # (one saying the other way is left unread: the answer is then not given as certain)
        take(*restated.span(), "filler")
    tail = re.match(r"(?:続け|つづけ)?[ぁ-ん]*", qn[change.end():]).group(0)  # 「上がった」「変わらない」「増え続けている」
    if re.search(r"ない|なかっ|ず|ません", tail) and direction in ("up", "down", "worse", "better"):
        # 「交付額が減っていない」「上がらなかった」: the change negated is each row's not going that way (a flat row
        # too); of a change with a bound, or one the document's note turns, it is left unread
        if direction in ("worse", "better") or re.search(r"\d\s*(?:段階|ランク)(?:以上)?\s*$", qn[:change.start()]) \
                or any(x.kind == "cmp" and x.end == change.start() for x in mentions):
            return
        direction = "not_" + direction
        # 「3年間一度も交付額が減っていない」: the never said before the verb (read with every year's change by
        # every_year.read_every_year, which takes each pair of years printed)
        for never in re.finditer(r"(?:(?:\d{1,2}|[一二三四五六七八九十])\s*(?:か|ヵ|カ|ケ|ヶ)?年(?:間|度)?(?:で|の間に?|を通じて)?[、,]?\s*)?"
                                 r"(?:一度も|1度も|一回も|1回も|いちども)", qn[:change.start()]):
            if qn.find("が", never.end(), change.start()) < 0 and never.end() < change.start() - 12:
                continue
            if free(*never.span()):
                take(*never.span(), "filler")
    # 「前年度から減った」: the year before is the first of the pair
    # (「前年度より状況が悪くなった」: what changed said between, the state the columns hold)
    # (「前年度より件数が減った」 over year columns of counts: the figures' word said between)
    # (「令和6年度に前年度より評価が上がった」: the one year said is the later of the pair, which 前年度 restates)
    last = re.search(r"(?:前年度|前年|昨年度|前の年度|前の年|" + _LAST_SURVEY + r")(?:から|より|比で?|と比べて)?(?P<yr>)(?:の)?(?:状況|状態|評価|進捗|結果|件数|人数|数値|金額|額|数)?(?:が|は)?$",
                     qn[:change.start()]) if not years or (len(years) == 1 and pair[1] is not None
                                                           and pair[1].year == years[0]) else None
    if last is None and (not years or (len(years) == 1 and pair[1] is not None and pair[1].year == years[0])):
        # 「前年度より負担金が増えた」 over 町の負担金 R5 | R6: the series' own word said between (no other word)
        said_between = re.search(r"(?:前年度|前年|昨年度|前の年度|前の年|" + _LAST_SURVEY + r")(?:から|より|と比べて)(?P<yr>)(?P<w>[一-龥ァ-ヶー]{2,8})(?:が|は)$",
                                 qn[:change.start()])
        # (「前年度より利用者が減った」 over 「表1 利用者数の推移」 of columns headed by the year alone: the word between,
        # already read as the table's title, names the series compared)
        title_said = [(m.start, m.end) for m in mentions if m.kind == "filler" and said_between
                      and (m.start, m.end) == said_between.span("w")] if not base else []
        if said_between and (_key(said_between.group("w")) in _key(base) or title_said):
            last = said_between
            own_said += title_said
    # (「前年度より評価が上がった」 over 総合評価 by year, 評価 its column's word: the words but that column's are free;
    # or the measure's word between may be taken as the column it is: the compared year's words free are enough)
    start = last.start() if last and (all(free(i, i + 1) for i in range(last.start(), change.start())
                                          if not any(a <= i < b for a, b in own_said)) or (
        free(last.start(), last.end("yr")) and _key(qn[last.end("yr"):change.start()]).strip("のがは")
        and _key(base).endswith(_key(qn[last.end("yr"):change.start()]).lstrip("の").rstrip("がは")))) or (
        # (「前年度より評価が下がった」 over 令和4年度 │ 令和5年度 of grades, headed by the year alone: 評価 is what they hold)
        last is not None and free(last.start(), last.end("yr")) and not any(c.numeric for c in columns)
        and re.fullmatch(r"の?(?:評価|判定|評定)(?:が|は)?", _key(qn[last.end("yr"):change.start()]))) else change.start()
    if last is not None and start == change.start() and not base and free(last.start(), last.end("yr")) \
            and all(not free(i, i + 1) or qn[i] in "のがは" for i in range(last.end("yr"), change.start())):
        # 「前回より件数が減った」 over 令和4年度(件) │ 令和6年度(件), columns named by their year alone: the word between
        # read already (件数, what the figures count), the time compared with is the change's
        start = last.start()
    # 「R2とR6で健全度を比べて、良くなった」: the comparing said before the verb of the change is the change's own
    # (its two years read as the pair), no word of a condition
    if len(years) >= 2 or ref is not None:
        for compared in _COMPARED_SAID.finditer(qn, 0, change.start()):
            if free(*compared.span()):
                take(*compared.span(), "filler")
    # 「令和3年度より300千円以上増えた」: a bound said right before the verb is on the size of the change
    # between the two columns (their unit, or none said), not on either figure.
    # (「15%以上減った」 of figures in t: the change as a share of the first figure, _relative_bound)
    by = next((x for x in mentions if x.kind == "cmp" and x.end == change.start() and x.data[0] in ("ge", "gt")
               and direction in ("up", "down") and pair[0].numeric and pair[1].numeric
               and (not x.data[2] or x.data[2] in (pair[0].unit, pair[1].unit) or _relative_bound(x.data[2], pair))), None)
    # 「2段階以上上がった」 of grades: the steps of the document's scale between the two columns
    steps = re.search(r"(?P<n>\d)\s*(?:段階|ランク)(?:以上)?\s*$", qn[:change.start()]) \
        if by is None and direction in ("up", "down") and not (pair[0].numeric and pair[1].numeric) else None
    if steps is not None and free(steps.start(), steps.end()):
        take(start if start < steps.start() else steps.start(), change.end() + len(tail), "change",
             (pair[0].header, pair[1].header, direction, rank, ("ge", int(steps.group("n")), "段階")))
    elif by is not None:
        mentions.remove(by)
        take(start if start < by.start else by.start, change.end() + len(tail), "change",
             (pair[0].header, pair[1].header, direction, rank, (by.data[0], by.data[1], by.data[2])))
    elif span is not None and direction in ("up", "down"):
        take(start, change.end() + len(tail), "change",
             (pair[0].header, pair[1].header, direction, _ranks(db, t, list(span)), ("span", span)))
    else:
        take(start, change.end() + len(tail), "change", (pair[0].header, pair[1].header, direction, rank))
    for y in years_said:
        # 「令和2年度と比べて…減っている」: the words comparing the year said with the other are the change's
        # (not when an amount of the change is asked, 「令和3年と比べて令和6年は何人増えた」: its reader reads them)
        compared = _FROM_YEAR.match(qn, y.end)
        if compared and compared.end() > y.end and free(y.end, compared.end()) \
                and not re.search(r"何|いくら|どれ(?:だけ|くらい|ぐらい|ほど)|どのくらい", qn[compared.end():change.end()]):
            take(y.end, compared.end(), "filler")


# 「前年度から減った額がいちばん大きい」「R6からR7への増加額が最も大きい」: the change between two years'
# columns of one amount, its largest.
# (「下げ幅」「上げ幅」: the noun of the change said by its verb's stem; 「増え方が大きい」 how it rose)
_DELTA = compiled(r"(?P<dir>減っ|減少|下がっ|下げ(?=幅)|下がり(?=幅|方)|下落|低下|増え|増加|伸び|上がっ|上げ(?=幅)|上がり(?=幅|方)|上昇|減り(?=方))(?:た|した)?(?:額|金額|幅|分|方)?"
                    # (「伸び（件数の増加）が」: what the change is, said again in brackets)
                    r"(?:[(（][^()（）]{1,15}[)）])?(?:が|の|は)?"
                    r"(?:(?:いちばん|一番|最も|もっとも)(?:大きい|多い|大きな|多かった|大きかった)|最大"
                    # (「増え方が大きい団体、上位２つ」: the largest changes ranked, the count said after)
                    r"|(?:大きい|多い)(?=[^。?？]{0,8}?(?:上位|トップ|とっぷ|ベスト|べすと|順)))")


# 「いちばん予算が減った」: the superlative said first, the amount's word (a column said) between it and
# the verb.
# (「いちばん大きく下がった」「最も大幅に増えた」: how far said before the verb, the same change at its largest)
_DELTA_FIRST = compiled(r"(?:いちばん|一番|最も|もっとも)(?:大きく|大幅に)?(?P<mid>[^、。?？]{0,12}?)(?:が|の)?(?:大きく|多く|大幅に)?"
                          r"(?P<dir>減っ|減少し|下がっ|増え|増加し|伸び|上がっ|悪化し|改善し)(?:た|て(?:い)?る)")
# 「…いちばん悪化した団体、何ポイント下がった？」: the amount of the change asked after the row, its way said again
_DELTA_AMOUNT_AGAIN = compiled(r"(?:[、,]|は|って)\s*(?P<asked>(?:何(?:ポイント|ぽいんと|%|パーセント|ぱーせんと|pt)|いくら|どれ(?:くらい|だけ))\s*"
                                r"(?P<dir>下がっ|減っ|低下し|上がっ|増え|上昇し)(?:た|て(?:い)?る))")


def _worse_is_down(db, t: Table, base: str) -> bool | None:
    """Whether 悪化 (worse) is a fall of the figures of `base`; None where rows differ (a note's rows better lower)."""
    if t.lower_better:
        return None
    ratio = better_lower_measure(base)
    return not (ratio and not (db is not None and defined_better_higher(db, t.source, ratio)))


def _read_delta(t: Table, qn: str, mentions: list[_Mention], free, take, db=None) -> bool:
    """The two year columns of one amount whose change is asked at its largest; the years said pick them
    (「R6からR7」), else the last two (前年度から)."""
    m = _DELTA.search(qn)
    if not m or not free(*m.span()):
        m = _DELTA_FIRST.search(qn)
        if not m or not free(m.start(), m.start("mid")) or not free(m.end("mid"), m.end()):
            return False
        if re.search(r"大きく|大幅に", m.group(0)) and not find_years(qn):
            # (「基準年度比がいちばん大きく減った」 with no year said: the change column's own lowest, not years compared)
            return False
        # (the word between is a column said, or nothing: 「いちばん予算が」, never 「いちばん古い事業が」)
        mid = (m.start("mid"), m.end("mid"))
        said = [x for x in mentions if x.kind == "col" and mid[0] <= x.start and x.end <= mid[1]]
        if mid[0] < mid[1] and not (said and all(said[0].start <= i < said[-1].end or qn[i] in "のがは"
                                                 for i in range(*mid))):
            return False
    bases = _year_series(t, numeric=True)
    said = [t.column(x.data).base for x in mentions if x.kind == "col"]
    usable = [b for b, cs in bases.items() if len(cs) >= 2]
    # (前年比 R5 | R6 beside 利用者数 R4 | R5 | R6: each year's change, not a figure the years compare)
    usable = [b for b in usable if not _CHANGE_COLUMN.match(b) or b in said] or usable
    base = next((b for b in said if b in usable), usable[0] if len({id(bases[b]) for b in usable}) == 1 else None)
    if base is None:
        # 「上限額の下げ幅がいちばん大きい」 over 上限額 見直し前 | 見直し後: after against before
        found = said_pair(t, qn, m.start())
        if found is None:
            return False
        pair = found[1]
        for x in [x for x in mentions if x.kind == "col" and (x.data in pair or t.column(x.data).base in pair)]:
            mentions.remove(x)
        down = m.group("dir").startswith(("減", "下", "低下"))
        take(m.start(), m.end(), "delta", f"{pair[0]}|{pair[1]}|{'down' if down else 'up'}")
        return True
    columns = sorted(bases[base], key=lambda c: c.year)
    # (「…一番減った手続は？（R5→R6）」: the years of the change restated in brackets after the question)
    asides = [a.span() for a in re.finditer(r"[(（][^()（）]{2,30}[)）]", qn) if a.start() >= m.end()]
    said_years = [x for x in mentions if x.kind == "year" and (x.start < m.start() or any(
        a <= x.start and x.end <= b for a, b in asides))]
    years = sorted({x.data[0] for x in said_years})
    if len(years) >= 2:
        pair = [next((c for c in columns if c.year == y), None) for y in years[-2:]]
    elif len(years) == 1 and any(c.year == years[0] for c in columns[1:]):
        # 「令和6年度の件数が前の年度から一番減った」: the one year said is the later of the pair, the year
        # before it the earlier (not the table's last two years)
        at = next(n for n, c in enumerate(columns) if c.year == years[0])
        pair = [columns[at - 1], columns[at]]
    else:
        pair = columns[-2:]
    if any(c is None for c in pair):
        return False
    for x in [x for x in mentions if x in said_years or (x.kind == "col" and t.column(x.data).base == base)]:
        mentions.remove(x)
    for a, b in asides:
        if said_years and any(a <= x.start and x.end <= b for x in said_years) \
                and re.fullmatch(r"[(（]\s*(?:[^()（）]*?(?:→|から|~|〜|－|-|と)[^()（）]*?)[)）]", qn[a:b]):
            take(a, b, "filler")
    last = re.search(r"(?:前年度|前年|昨年度|前の年度|前の年|前年度比|" + _LAST_SURVEY + r")(?:から|より|比で?|と比べて)?(?:の)?$",
                     qn[:m.start()])
    lead = re.search(_LAST_SURVEY + r"(?:から|より|と比べて|に比べて)(?:の)?",
                     qn[:m.start()]) if last is None and not years else None
    if lead and free(*lead.span()):
        # 「前回からの満足度の伸びがいちばん大きい」: the time compared with said before the measure — the last two
        # columns, as read
        take(*lead.span(), "filler")
    down = m.group("dir").startswith(("減", "下", "低下"))
    if m.group("dir").startswith(("悪化", "改善")):
        # 「いちばん悪化した」: a fall of a figure better higher, a rise of one better lower (better_lower.py)
        worse_down = _worse_is_down(db, t, base)
        if worse_down is None:
            return False
        down = worse_down == m.group("dir").startswith("悪化")
    take(last.start() if last and free(last.start(), m.start()) else m.start(), m.end(), "delta",
         f"{pair[0].header}|{pair[1].header}|{'down' if down else 'up'}")
    again = _DELTA_AMOUNT_AGAIN.search(qn, m.end(), m.end() + 40)
    if again and again.group("dir").startswith(("減", "下", "低下")) == down and free(*again.span("asked")) \
            and re.fullmatch(r"[^、。?？]{0,6}?", qn[m.end():again.start()]):
        # (「…いちばん悪化した団体、何ポイント下がった？」: the change's amount asked, its way said again; the
        # answer's value is the amount, 何ポイント being asked)
        take(*again.span("asked"), "filler")
    return True


# 「改定前と改定後の差がいちばん大きい」: two columns said with と, their difference at its largest.
# (「10代と70代以上で割合の差が」: the two said with で, what is compared named before 差 — a word of the table's
# caption or unit, 割合 of figures in ％)
_GAP_MOST = compiled(r"^(?:で(?:は)?[、,]?(?:割合|比率|数|数値|値|金額|額|点数)?の?|の)?(?:差|差額|開き)(?:が|の)?(?:(?:いちばん|一番|最も|もっとも)(?:大きい|大きな|大きかった)|最大)")


def _read_gap_extreme(t: Table, qn: str, mentions: list[_Mention], free, take) -> bool:
    """Two numeric columns said 「AとBの差がいちばん大きい」: the row whose two numbers are furthest apart
    (either way)."""
    cols = sorted((m for m in mentions if m.kind == "col" and t.column(m.data).numeric), key=lambda m: m.start)
    for a, b in zip(cols, cols[1:]):
        most = _GAP_MOST.match(qn[b.end:])
        if qn[a.end:b.start] == "と" and a.data != b.data and most and free(b.end, b.end + most.end()):
            mentions.remove(a)
            mentions.remove(b)
            take(a.start, b.end + most.end(), "delta", f"{a.data}|{b.data}|apart")
            return True
        # 「落札価格が最低売却価格を一番大きく上回った」: the row where A stands furthest above B (A less B, rows where
        # A is below left out), or, 下回った, furthest below
        over = _OVER_MOST.match(qn[b.end:])
        if qn[a.end:b.start] in ("が", "は") and a.data != b.data and over and free(b.end, b.end + over.end()):
            mentions.remove(a)
            mentions.remove(b)
            take(a.start, b.end + over.end(), "delta", f"{b.data}|{a.data}|{'down' if over.group('dir') == '下' else 'up'}")
            return True
    return False


_OVER_MOST = compiled(r"^を\s*(?:いちばん|一番|最も|もっとも)\s*(?:大きく|多く)?\s*(?:(?P<dir>上|下)回(?:っ|る|り)|超え|超過し)")


# 「目標よりいくつ多かった」: by how much a row's number is over (or under) the column said.
_HOW_MUCH = compiled(r"(?:より|から|と比べて|に比べて)(?:も)?(?:いくつ|いくら|どれだけ|どれくらい|どのくらい|何[一-龥]{0,3})"
                       r"(?P<dir>多|少な|上回|下回|大き|小さ|高|低|超え|増え|増加し|減っ|減少し|伸び)[ぁ-ん]*")


# 「目標まであと何人足りない」「計画にはあといくつ届かない」: how far short of the column said.
_SHORT_OF = compiled(r"(?:まで|に)(?:は)?(?:あと)?(?:何[一-龥]{0,3}|いくつ|いくら|どれだけ|どれくらい|どのくらい)"
                     r"(?:足りない|足りません|足りていない|足らない|足りなかっ|届かない|届いていない|届かなかっ|不足している|不足)[ぁ-ん]*")


# 「目標額に対して実績累計があといくら足りない」: the figure said second, short of the one said first.
_AGAINST = compiled(r"\s*(?:に対して|に対し|と比べて|に比べて|に比べると|と比べると)[、,]?\s*")
_SHORT_AFTER = compiled(r"(?:が|は)\s*(?:あと|まだ)?\s*(?:何[一-龥]{0,3}|いくつ|いくら|どれだけ|どれくらい|どのくらい)\s*"
                        r"(?P<v>足りない|足りません|足りていない|足らない|足りなかっ|届かない|届いていない|届かなかっ|不足している|不足)[ぁ-ん]*")


# 「第1四半期より寄附額がどれだけ増えた」: the measure both columns are of, said between より and how much.
_MEASURE_BETWEEN = compiled(r"(?:より|と比べて|に比べて)(?P<m>[^、。?？]{1,8}?)(?:が|は)(?=いくつ|いくら|どれだけ|どれくらい|どのくらい|何)")


# 「4年間の実績額が目標額を何千円上回った」: by how much the first column's number is over the second's.
_OVER_BY = compiled(r"を(?:いくら|いくつ|どれだけ|どれくらい|どのくらい|何[一-龥]{0,3})\s*"
                    r"(?P<dir>上回|下回|超え|超過し|オーバーし)[ぁ-ん]*")


def _read_over_by(t: Table, qn: str, mentions: list[_Mention], free, take) -> bool:
    """「AがBを何千円上回った」: the row's A less its B. B said by a word several columns share (目標額 of
    each year and of 4年間の計) is the one of A's year and A's span: the column named like A but for
    B's word (4年間の計実績額 → 4年間の計目標額)."""
    cols = sorted((m for m in mentions if m.kind == "col"), key=lambda m: m.start)
    for a, b in zip(cols, cols[1:]):
        over = _OVER_BY.match(qn, b.end)
        if not over or qn[a.end:b.start] not in ("が", "は", "の方が", "のほうが") or a.data == b.data \
                or not free(over.start("dir"), over.end()):
            continue
        first, said = t.column(a.data), t.column(b.data)
        if not (first.numeric and said.numeric):
            continue
        word = qn[b.start:b.end]
        if said.year != first.year or not _key(said.header).endswith(word):
            # (目標額 said after 4年間の実績額: of the columns holding that word, the one A's header
            # gives when its own word, 実績額, is put in place of it)
            alike = [c for c in t.columns if c.numeric and c.year == first.year and word in c.forms
                     and c.header != first.header and _key(c.header).endswith(word)
                     and _key(c.header)[:-len(word)] == _key(first.header)[:len(_key(c.header)) - len(word)]]
            if len(alike) != 1:
                continue
            said = alike[0]
        up = not re.match(r"下回", over.group("dir"))
        mentions.remove(a)
        mentions.remove(b)
        take(a.start, over.end(), "diff", f"{first.header}|{said.header}|{'up' if up else 'down'}")
        return True
    for b in cols:
        # 「時間外勤務総時間の2028年度は、目標を何時間上回った」: B alone said, over a row's one other number (実績)
        over = _OVER_BY.match(qn, b.end)
        said = t.column(b.data)
        if not over or not said.numeric or not free(over.start("dir"), over.end()) \
                or any(m.kind == "col" and m.end <= b.start and t.column(m.data).numeric for m in cols):
            continue
        own = [c for c in t.columns if c.numeric and c.year == said.year and c.header not in (said.header, t.number)
               and c.header not in t.derived]
        if "目標" in _key(said.header):
            # 「目標を何人上回った」 over 基準値 | 目標値 | R6実績: what is over a target is the figure achieved (the one
            # 実績 column, whatever its year), never the baseline
            actual = [c for c in t.columns if c.numeric and c.header not in (said.header, t.number)
                      and re.search(r"実績|実測|達成値|現状値", _key(c.header))]
            own = actual if len(actual) == 1 else [c for c in own if not re.search(r"基準|目標|計画", _key(c.header))]
        if len(own) != 1:
            continue
        up = not re.match(r"下回", over.group("dir"))
        mentions.remove(b)
        take(b.start, over.end(), "diff", f"{own[0].header}|{said.header}|{'up' if up else 'down'}")
        return True
    return False


# 「実績額の合計は目標にどれだけ足りなかった」「実績の合計は目標よりいくら多い」: the rows' sums of two columns apart.
_TOTAL_BETWEEN = compiled(r"の?(?:合計|総額|総計|計)(?:額)?(?:は|が|で)")


def _read_totals_apart(t: Table, qn: str, mentions: list[_Mention], free, take, prior=()) -> bool:
    """A column's sum said against another column (目標) short of or over it: the sum of each row's
    difference, of the year said, else of the year asked before (「令和8年度の目標額の合計は？」→「じゃあ
    実績額の合計は目標にどれだけ足りなかった？」), both columns of that one year."""
    cols = sorted((m for m in mentions if m.kind == "col"), key=lambda m: m.start)
    for a, b in zip(cols, cols[1:]):
        if not _TOTAL_BETWEEN.fullmatch(qn[a.end:b.start]):
            continue
        how = _SHORT_OF.match(qn, b.end) or _HOW_MUCH.match(qn, b.end) or _OVER_BY.match(qn, b.end)
        if not how or not free(b.end, how.end()):
            continue
        years = [m for m in mentions if m.kind == "year" and m.end <= a.start]
        fy = years[-1].data[0] if years else next(
            (t.column(c.header).year for c in prior if isinstance(c, Cond) and c.op in ("ask", "summed")
             and c.header in {x.header for x in t.columns} and t.column(c.header).year is not None), None)
        wa, wb = qn[a.start:a.end], qn[b.start:b.end]
        ca = [c for c in t.columns if c.numeric and c.year == fy and wa in c.forms]
        cb = [c for c in t.columns if c.numeric and c.year == fy and wb in c.forms and c not in ca]
        if len(ca) != 1 or len(cb) != 1:
            continue
        up = how.re.pattern != _SHORT_OF.pattern and not re.match(r"少な|下回|小さ|低|減", how.group("dir"))
        for m in [a, b, *years[-1:]]:
            mentions.remove(m)
        take(a.start, how.end(), "diff", f"{ca[0].header}|{cb[0].header}|{'up' if up else 'down'}|sum")
        return True
    return False


def _read_difference(t: Table, qn: str, mentions: list[_Mention], free, take, prior=()) -> bool:
    """The column said before より and the row's other number of the same year (目標 → 実績 of 令和6年度,
    the year said before), one number each: their difference is asked. 「第4四半期は第1四半期より」: the
    column said first, before は, is the other number."""
    if _read_over_by(t, qn, mentions, free, take) or _read_totals_apart(t, qn, mentions, free, take, prior):
        return True
    ordered = sorted((m for m in mentions if m.kind == "col"), key=lambda m: m.start)
    for b, a in zip(ordered, ordered[1:]):
        # 「目標額に対して実績累計があといくら足りない」: the column said first (with に対して) less the second
        against = _AGAINST.fullmatch(qn[b.end:a.start])
        short = _SHORT_AFTER.match(qn, a.end)
        # (「あと何千円」: the unit asked may already be read aside)
        if against and short and free(b.end, a.start) and free(short.start("v"), short.end()) and a.data != b.data \
                and t.column(a.data).numeric and t.column(b.data).numeric:
            mentions.remove(a)
            mentions.remove(b)
            take(b.start, short.end(), "diff", f"{a.data}|{b.data}|down")
            return True
    for b in sorted((m for m in mentions if m.kind == "col"), key=lambda m: m.start):
        short = _SHORT_OF.match(qn, b.end)
        if short and free(b.end, short.end()) and t.column(b.data).numeric:
            # 「目標まであと何人足りない」: the target less the row's one other number of its year (実績)
            said = t.column(b.data)
            own = [c for c in t.columns if c.numeric and c.header not in (b.data, t.number)
                   and c.year == said.year and c.base != said.base]
            if len(own) == 1:
                mentions.remove(b)
                take(b.start, short.end(), "diff", f"{own[0].header}|{b.data}|down")
                return True
        between = _MEASURE_BETWEEN.match(qn, b.end)
        said_between = [m for m in mentions if m.kind == "col" and between and between.start("m") <= m.start
                        and m.end <= between.end("m")]
        first = [a for a in mentions if a.kind == "col" and a.end <= b.start and a.data != b.data
                 and re.fullmatch(r"(?:は|が|の方が|のほうが)", qn[a.end:b.start])]
        if between and said_between and first and t.column(first[-1].data).numeric and t.column(b.data).numeric:
            how = _HOW_MUCH.match(qn[:between.start()] + "より" + qn[between.end():], between.start())
            if how:
                up = not re.match(r"少な|下回|小さ|低|減", how.group("dir"))
                for m in [first[-1], b, *said_between]:
                    mentions.remove(m)
                take(first[-1].start, between.end() + how.end() - between.start() - 2, "diff",
                     f"{first[-1].data}|{b.data}|{'up' if up else 'down'}")
                return True
        how = _HOW_MUCH.match(qn, b.end)
        if not how or not free(b.end, how.end()):
            continue
        said = t.column(b.data)
        once = first and said.numeric and t.column(first[-1].data).numeric and said.year != t.column(first[-1].data).year \
            and said.base != t.column(first[-1].data).base and sum(c.base == said.base for c in t.columns if c.numeric) == 1
        if once:
            yearly = [m for m in mentions if m.kind == "year" and m.end <= first[-1].start]
            fy = yearly[-1].data[0] if yearly else None
            base = t.column(first[-1].data).base
            of_year = [c for c in t.columns if c.numeric and c.base == base and c.year == fy] if fy is not None else []
            if len(of_year) == 1:
                mentions.remove(yearly[-1])
                first[-1].data = of_year[0].header
            elif fy is not None:
                once = False
        if first and said.numeric and t.column(first[-1].data).numeric and (
                said.year == t.column(first[-1].data).year or once):
            # 「実績は目標よりいくつ多い」: both columns said, the first one's number less the second's.
            # (「R7の実績は基準値から何千人増えた」: a base or target of its own year only, no year's figure of
            # the same measure, against the figure of the year said)
            up = not re.match(r"少な|下回|小さ|低|減", how.group("dir"))
            for m in [first[-1], b]:
                mentions.remove(m)
            take(first[-1].start, how.end(), "diff", f"{first[-1].data}|{b.data}|{'up' if up else 'down'}")
            return True
        # 「予定価格よりいくら高く売れた」: the row's other column said right after, by its verb (売却額)
        after = [a for a in mentions if a.kind == "col" and a.data != b.data and a.start == how.end()
                 and t.column(a.data).numeric and t.column(a.data).year == said.year]
        if not first and said.numeric and len(after) == 1:
            up = not re.match(r"少な|下回|小さ|低|減", how.group("dir"))
            mentions.remove(b)
            mentions.remove(after[0])
            take(b.start, after[0].end, "diff", f"{after[0].data}|{b.data}|{'up' if up else 'down'}")
            return True
        years = [m for m in mentions if m.kind == "year" and m.end <= b.start]
        fy = years[-1].data[0] if years else said.year
        other = [c for c in t.columns if c.year == fy and c.base == said.base and c.numeric] if said.base else []
        # (a column the table implies, 達成率 of 計画 | 実績, is no other figure the row prints: tables/target_rates.py)
        own = [c for c in t.columns if c.numeric and c.year == fy and c.base != said.base and c.header != t.number
               and c.header not in t.derived]
        if len(other) != 1 or len(own) != 1:
            return False
        for m in [b, *years[-1:]]:
            mentions.remove(m)
        up = not re.match(r"少な|下回|小さ|低|減", how.group("dir"))
        take(years[-1].start if years else b.start, how.end(), "diff",
             f"{own[0].header}|{other[0].header}|{'up' if up else 'down'}")
        return True
    return False


def _at_least(qn: str, wordings: dict[str, str], values: dict[str, set[str]]) -> list[tuple[str, str, object]]:
    """「一部でも反映した」 over a legend 「A：反映する B：一部反映する」: a grade whose wording is another's
    with a qualifier before it (一部 + 反映する) is meant too when the qualifier is said with でも; 「一部でも」
    is read as that grade, beside the other's wording said after it (both, one column: either)."""
    out: list[tuple[str, str, object]] = []
    for longer, letter in wordings.items():
        if letter not in values:
            continue
        for shorter, other in wordings.items():
            head = longer[:-len(shorter)] if longer.endswith(shorter) and len(longer) > len(shorter) else ""
            if other != letter and len(head) >= 2 and other in values \
                    and any(qn.find(head + "でも" + w) >= 0 for w, o in wordings.items() if o == other):
                out.append((head + "でも", "value", (letter, values[letter])))
    return out


def _blank_outside(t: Table, headers: list[str]) -> bool:
    """Whether some rows leave some of these year columns blank while printing others (the years outside their
    period), and every row prints at least one of them."""
    filled = [[bool(nfkc(str(r["cells"].get(h) or "")).strip()) for h in headers] for r in t.rows]
    return all(any(f) for f in filled) and any(not all(f) for f in filled)


def _legend_of(db, t: Table) -> list[tuple[str, str]]:
    row = db.execute("SELECT sha256 FROM documents WHERE source = ?", [t.source]).fetchone()
    return _legend(db, row[0]) if row else []


def _graded(t: Table, header: str) -> bool:
    """Whether a column holds grades only (S/A/B/C, ◎○△×), so that one is above another."""
    values = {_key(nfkc(str(r["cells"].get(header) or "")).strip()) for r in t.rows} - {""} - _DASHES - _EMPTY
    return bool(values) and values <= set(_GRADE_RANK)


def _ranks(db, t: Table, headers: list[str]) -> dict[str, float]:
    """Each value of the columns with its place in the grade's order, higher is better."""
    values = {_key(str(r["cells"].get(h) or "").strip()) for r in t.rows for h in headers} - {""} - _DASHES
    legend = [_key(letter) for letter, _ in _legend_of(db, t)]
    # (a mark the legend lines give twice, prose 「評価は◎（…）、○（…）」 read in part and a ※ line, gives no
    # single order: marks of the usual scale then keep their usual order ◎ > ○ > △ > ×)
    twice = any(legend.count(v) > 1 for v in values)
    if values and values <= set(legend) and not (twice and values <= set(_GRADE_RANK)):
        return {v: -legend.index(v) for v in values}
    if values and values <= set(_GRADE_RANK):
        return {v: _GRADE_RANK[v] for v in values}
    numbers = {v: _number(v) for v in values}
    if values and all(n is not None for n in numbers.values()):
        if t.dash_zero:
            # (「※「－」は該当なし」: a row going from 「－」 to 8,000 grew; without the note a dash is no figure)
            dashes = {_key(str(r["cells"].get(h) or "").strip()) for r in t.rows for h in headers} & _DASHES
            numbers.update({d: 0.0 for d in dashes})
        return numbers
    return state_ranks(values)  # 達成 > 一部達成 > 未着手: the order the words say


_YEN = {"円": 1, "千円": 1000, "万円": 10000, "百万円": 1000000, "万千円": 10000000, "千万円": 10000000, "億円": 100000000}


def _figure(value: float) -> str:
    """3e+07 is said 30,000,000 (a bound converted to the column's unit of money); 2.5 stays 2.5."""
    return f"{value:,.0f}" if float(value).is_integer() and abs(value) >= 1e6 else f"{value:g}"  # (:g writes 1e+06)


def _money_unit(c: Column) -> str:
    """The column's unit; an amount column (金額, 寄附額, 事業費) whose unit no header or note states is in
    円: figures written out in full (「3000万円以上」 over 30,670,000 is 30,000,000, never 3000)."""
    if c.unit or not c.numeric or not re.search(r"(?:額|金|費)$", c.base):
        return c.unit
    return "円"


# What a column's figures count, by its unit or its header's last word: points of a score (合計点, 配点), things
# counted (提案件数, 41件), a share (採用率), money (効果額（千円）).
_MEASURE_KINDS = (("点", re.compile(r"(?:点|点数)$"), {"点"}), ("件", re.compile(r"件数$"), {"件"}),
                  ("%", re.compile(r"率$"), {"%", "％"}), ("円", re.compile(r"(?:額|金|費)$"), {"円", "千円", "万円", "百万円"}))


def _measure_kind(unit: str, base: str = "") -> str:
    return next((kind for kind, header, units in _MEASURE_KINDS
                 if nfkc(unit) in units or (not unit and base and header.search(base))), "")


def _unit_clash(said: str, c: Column) -> bool:
    """「提案件数が30件を超えていた」 bound to a column of points (合計点): the number counts another kind of thing
    than the column's figures do, so it is no bound of that column."""
    said_kind, own_kind = _measure_kind(said), _measure_kind(_money_unit(c), c.base)
    return bool(said_kind and own_kind and said_kind != own_kind)


def _in_column_unit(value, said: str, column: str):
    """「1,000万円以上」 over a column in 千円 is 10,000: an amount said in another unit of money."""
    if said in _YEN and column in _YEN:
        factor = _YEN[said] / _YEN[column]
        return tuple(v * factor for v in value) if isinstance(value, tuple) else value * factor
    return value


_WORDINGS: dict[tuple, dict[str, str]] = {}


_TIMELINE_MARK_VALUES = frozenset("■□◆◇▶▷★☆")


def _wordings_for(db, t: Table) -> dict[str, str]:
    """What the document's grade letters and symbols mean (「△：未達成」), read from its legend."""
    key = (id(db), t.source, t.doc_title, len(t.rows), t.rows[0]["key"])
    if key not in _WORDINGS:
        if len(_WORDINGS) > 64:
            _WORDINGS.clear()
        present = {"count_fact"} if db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'count_fact'").fetchone() else set()
        wordings = _grade_wordings(db, present, {t.source})
        for wording, letter in list(wordings.items()):
            # 「D：未着手」 is said 「着手していない」「まだ手をつけていない」 too.
            if wording.startswith("未") and len(wording) >= 3:
                stem = wording[1:]
                said = [f"{stem}していない", f"{stem}してない", f"{stem}されていない",
                        f"{stem}されなかった", f"{stem}しなかった"]
                if stem == "着手":
                    said += ["手をつけていない", "手を付けていない", "手をつけてない", "手つかず"]
                for form in said:
                    wordings.setdefault(_key(form), letter)
        for wording, letter in list(wordings.items()):
            # 「入札不調（応札なし又は予定価格未満）」: said without its bracket, and its two words said apart
            # (「入札が不調に終わった」).
            bare = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", wording)
            if bare != wording and len(bare) >= 2:
                wordings.setdefault(bare, letter)
            # 「■：検討・準備期間」 is said 「検討・準備の段階」「検討・準備に何四半期」: the stage without the
            # word for its span (期間・段階), only of a timeline's mark
            stage = re.fullmatch(r"(.{2,}?)(?:期間|段階)", bare)
            if stage and letter in "■□◆◇▶▷★☆" and len(stage.group(1)) >= 2:
                wordings.setdefault(stage.group(1), letter)
            pair = re.fullmatch(r"([一-龥]{2})([一-龥]{2})", bare)
            if pair:
                for joint in ("が", "は", "の"):
                    wordings.setdefault(pair.group(1) + joint + pair.group(2), letter)
        for wording, letter in list(wordings.items()):
            # 「●：担当課　○：協力課」 over a matrix of offices: the role is said as what the office does (「総務課が
            # 担当している」「福祉課が協力で関わっている」), the office being the column said before it
            role = re.fullmatch(r"((?:主|副)?[一-龥]{2})(?:課|部署|部局|所属)", wording)
            if role and letter in "●○◎〇◯△■□◆◇★☆":
                wordings.setdefault(role.group(1), letter)
        # 「公募の枠を設けていない委員会」: the rows' own word closing the wording is what is counted,
        # no part of what the mark says.
        rows_word = _key(re.sub(r"(?:の)?(?:名称|名)$", "", t.name or ""))
        for wording, letter in list(wordings.items()):
            if len(rows_word) >= 2 and wording.endswith(rows_word) and len(wording) - len(rows_word) >= 4:
                wordings.setdefault(wording[:-len(rows_word)], letter)
        _WORDINGS[key] = _spoken_wordings(dict(sorted(wordings.items(), key=lambda t: -len(t[0]))))
    return _WORDINGS[key]


# Written words of a legend and how staff say them (「既に…記載している」 → 「もう…書いてある」).
_WRITTEN_AS_SPOKEN = (("既に", ("もう", "すでに")),
                      ("記載している", ("書いてある", "書かれている", "書いている", "載っている", "記載済み")),
                      ("記載済み", ("書いてある", "書かれている", "載っている")))


def _spoken_wordings(wordings: dict[str, str]) -> dict[str, str]:
    """A legend's wording as users say it too: 「計画より遅れている」 is 「遅れている」「遅れてる」「計画より遅れ」
    (its verb without what it is measured against, spoken, its stem), each only where no other grade's
    wording says it too; the legend's own wordings first."""
    spoken: dict[str, str] = {}
    for wording, letter in wordings.items():
        if not letter:
            continue
        stem = re.sub(r"[てで](?:いる|る)$", "", wording)
        # (only 「より」 is dropped: 「以上に進んでいる」 without 以上に is also 「計画どおり進んでいる」)
        tail = stem.split("より")[-1]
        ending = wording[len(stem):]
        forms = {stem, tail + ending, stem + ending.replace("いる", "る"), tail + ending.replace("いる", "る")} \
            if ending else set()  # (the bare tail, 進ん, is no word of its own)
        # 「遅れあり」 is said 「遅れが出ている」「遅れがある」「遅れ」: the noun it says there is.
        noun = re.fullmatch(r"(.{2,})あり", wording)
        if noun:
            forms |= {noun.group(1), *(noun.group(1) + v for v in ("がある", "が出ている", "が出てる", "がでている", "がでてる"))}
        # 「反映する」 is said 「反映された」「反映した」: a する verb of a legend in its done forms.
        if wording.endswith("する") and len(wording) >= 4:
            forms |= {wording[:-2] + e for e in ("した", "された", "される", "している", "されている")}
        # 「既に計画に記載している」 is said 「もう計画に書いてある」: the written words as spoken.
        for written, spoken_as in _WRITTEN_AS_SPOKEN:
            if written in wording:
                forms |= {wording.replace(written, s) for s in spoken_as}
        if any(wording.startswith(w) for w, _ in _WRITTEN_AS_SPOKEN[:1]):
            forms |= {f.replace("既に", s) for f in list(forms) for s in ("もう", "すでに") if "既に" in f}
        # 「成果指標を設定していない」 is said 「成果指標が設定されてない」「…を設定してない」: the object as the
        # subject of the passive, the い of ている dropped.
        undone = re.fullmatch(r"(.{2,}?)を(.{2,}?)して(?:い)?ない", wording)
        if undone:
            forms |= {f"{undone.group(1)}{p}{undone.group(2)}{v}" for p in ("を", "が", "は")
                      for v in ("していない", "してない", "されていない", "されてない")}
        # 「公募の枠を設けていない」 is said 「公募の枠がない」: what is not set up is not there.
        lacking = re.fullmatch(r"(.{2,}?)を(?:設けて|設定して|置いて|持って)(?:い)?ない", wording)
        if lacking:
            forms |= {f"{lacking.group(1)}{p}ない" for p in ("が", "は", "の")}
        # 「目標値を達成」 is said 「目標を達成」: the figure's 値 is left out when it is spoken of.
        if re.search(r"[一-龥]値を", wording):
            forms.add(re.sub(r"(?<=[一-龥])値を", "を", wording))
        for form in forms:
            if len(form) >= 2 and form not in wordings and form != wording:
                spoken[form] = letter if spoken.get(form, letter) == letter else ""
    out = dict(wordings)
    out.update({f: letter for f, letter in spoken.items() if letter})
    return dict(sorted(out.items(), key=lambda x: -len(x[0])))


# 「何パーセント」「何％」: a share asked, which a sum of counts is not (the question's katakana read as hiragana).
_PERCENT_ASKED = re.compile(r"何\s*(?:ぱーせんと|パーセント|%|％)")


def _own_years_of_yearless(t: Table) -> set[int]:
    """The years a table of no year column is of: its document title's, else its caption's one year (as _bind reads
    them below)."""
    own = _report_years(t.doc_title)
    if not own and len(caption_years := _report_years(t.caption)) == 1:
        return caption_years
    return own


def _bind(t: Table, qn: str, mentions: list[_Mention], aggregate: str, named: list[str], verbatim: bool,
          taken: list[tuple[int, int]], prior: list[Cond] | tuple = ()) -> _Reading | None:
    mentions.sort(key=lambda m: m.start)
    conds: list[Cond] = []
    notes: list[str] = []
    years: list[int] = []  # fiscal years said and not yet bound
    # 「令和7年度の取組」→「評価が4のものは？」: a value said of rows of one year's table is that year's
    on_sheet = [c.value for c in prior if c.op == "sheet"] if not any(m.kind == "year" for m in mentions) else []
    from_year = None  # a year said with から, whose まで year closes a span
    pending_bound: dict[int, str] = {}  # a year said with its bound before the column it bounds
    summed: list[str] = []  # the columns of several years of one measure, added up row by row
    added_cols: list[str] = []  # two columns said added (満足＋やや満足), the extreme of whose sum is asked
    verb_said: list[str] = []  # 「令和12年度に実施予定」: the verb that binds a year is its column's word (実施年度)
    col: str = ""  # the column said last, not yet bound
    either: list[str] = []  # 「有効性か効率性のどちらかに×」: columns said as alternatives, the value said after them
    asked, measure = "", ""
    two_asked, last_col_end, last_col_start = False, -1, -1
    rows_named = [m.data for m in mentions if m.kind == "row"]
    used = {m.kind for m in mentions}
    negated_at = {m.data for m in mentions if m.kind == "neg"}
    run = next((m.data for m in mentions if m.kind == "run"), 0)
    last_value: _Mention | None = None
    last_headers: list[str] = []  # the columns the value before was bound to
    last_cmp: tuple[_Mention, str] | None = None  # the last bound said and the column it bound to
    value_from = 0
    part_year = 0
    _value_before_its_column(qn, mentions)
    for m in mentions:
        if m.kind == "year" and _sheet_of_rows(t, qn, m, mentions):
            # 「令和6年度の指摘」 over a sheet per year, each row on its year's sheet alone: the rows of that
            # year's sheet (not the year a date of theirs falls in); 「R5からR7までの3年間で」: of those sheets.
            fy, bound = m.data
            if bound == "から":
                from_year = fy
                continue
            span = list(range(from_year, fy + 1)) if bound == "まで" and from_year is not None and from_year < fy else [fy]
            from_year = None
            if set(span) >= set(t.sheets):
                notes.append(f"{fy_text(span[0])}〜{fy_text(span[-1])}の表をすべて見ました")
            elif len(span) == 1:
                conds.append(Cond("", "sheet", fy, f"{fy_text(fy)}の表に載っている"))
            else:
                conds.append(Cond("", "sheet_in", tuple(span), f"{fy_text(span[0])}〜{fy_text(span[-1])}の表に載っている"))
            continue
        if m.kind == "year" and not m.data[1] and (header := _year_of_column_verb(t, qn[m.end:])):
            # 「令和９年度にオンライン化した手続」 over オンライン化年度: the year is that column's value (never the year of
            # another column said after it, オンライン申請率（令和９年度）, nor the report's own year)
            conds.append(Cond(header, "fy_eq", m.data[0], _said(header, "fy_eq", fy_text(m.data[0]))))
            continue
        if m.kind == "year":
            fy, bound = m.data
            target = _years_column(t, col) if bound else None
            began = _BEGAN.match(qn[m.end:]) if bound in ("", "から") else None
            if began:
                bound = "start"  # 「令和7年度から始める」「令和元年度に始まった」: begins that year, not any year after
                taken.append((m.end, m.end + began.end()))
            elif bound == "から" and (acted := re.match(r"(?:[^\s、。をがはにで]{1,8}を)?(?:着手|実施|開始|始め|始ま)", qn[m.end:])):
                # 「令和8年度から見直しを実施する」「2025年度から削減を始める」: what begins that year
                bound = "start"
                if acted.group(0).endswith(("始め", "始ま")):
                    taken.append((m.end, m.end + acted.end()))
            begun_by = _BEGUN_BY.match(qn[m.end:]) if bound in ("まで", "までに", "以前", "より前", "以降", "以後") else None
            if begun_by:
                # 「令和9年度までに対策に着手する」「令和15年度以降に着手する」: the span's first year is bound, not its last
                bound = {"まで": "start_le", "までに": "start_le", "以前": "start_le", "より前": "start_lt"}.get(bound, bound)
                taken.append((m.end, m.end + begun_by.end()))
            if re.match(r"(?:だけ|のみ)", qn[m.end:]) and not bound:
                bound = "only"  # 「スケジュールが令和6年度だけ」: that year and no other
            if bound in ("まで", "までに") and re.match(r"(?:は|も)?(?:続|継続|実施|取り組|行われ)", qn[m.end:]) \
                    and not re.match(r"(?:は|も)?(?:実施|取り?組み?)(?:が|を)?(?:終了|完了|終わ|終え)", qn[m.end:]):
                bound = "lasts"  # 「令和9年度まで続く」: still going that year, not over before it
                # (「令和7年度までに実施が終わる」 says its end: by that year, read below as まで)
            lasting = re.match(r"まで(?:は|も)?(?:続|継続)[ぁ-ん]*", qn[m.end:])
            if bound in ("以降", "以後") and not lasting and (
                    lasting := re.match(r"も(?:(?P<what>[一-龥ァ-ヶー]{1,6})が)?(?:続|継続)[ぁ-ん]*", qn[m.end:])) \
                    and (lasting.group("what") and not _edge_column(t, "end")[0]
                         or re.search(r"年(?!4月)\d{1,2}月", qn[m.start:m.end])):
                # (「…以降も契約が続く」 of a table with no span of its own: nothing here lasts; 「令和8年10月以降も」
                # is a month inside a fiscal year, which a span read by years cannot tell — only 4月 opens one)
                lasting = None
            if bound in ("以降", "以後") and lasting:
                bound = "lasts"  # 「2027年度以降まで続く」「令和8年4月以降も契約が続く」: still going that year or later
                taken.append((m.end, m.end + lasting.end()))
            if not bound and re.match(r"(?:に|で|は|も)?(?:実施|取り組|取組|行われ|進め)", qn[m.end:]) \
                    and not col and len(_plan_years(t)) == 1 \
                    and not any(c.year == fy for c in t.columns):
                # 「平成30年度に実施していた」 over one column of spans (実施年度 2017年度～2019年度): within it.
                target = _plan_years(t)[0]
                conds.append(Cond(target, "fy_eq", fy, _said(target, "fy_eq", fy_text(fy))))
                # (「令和12年度に実施予定となっている」: the plan's 予定 is the verb's too)
                verb = re.match(r"(?:に|で|は|も)?(?P<v>実施|取り組|取組|行われ|進め)[ぁ-ん]*(?:予定)?", qn[m.end:])
                taken.append((m.end, m.end + verb.end()))
                if verb.group("v") in _key(target):
                    verb_said.append(verb.group("v"))
                continue
            ended = _ENDED.match(qn[m.end:]) if not bound else None
            if ended and any(v.kind == "value" and v.start < m.end + ended.end() and v.end > m.end for v in mentions):
                ended = None  # 「令和6年度に完了した」 where 完了 is a value of the table: read as the value
            if ended:
                bound = "end"  # 「令和7年度に終了した」
                taken.append((m.end, m.end + ended.end()))
            if bound in ("start", "end") and target is None:
                # Several columns of years (実施期間, 取組終了): the one its verb names, else the span's edge.
                target, op = _edge_column(t, bound)
                if target is not None:
                    conds.append(Cond(target, op, fy, _said(target, op, _year_shown(qn, m, fy))))
                    col = ""
                    continue
                if bound == "end":
                    years.append(fy)  # no column says when a row ended: the year binds to nothing here
                    # (nor is the verb read: 「令和７年度に廃止した施設」 of a table of amounts per year says nothing of
                    # what ended, and the answer must say so, not give that year's amount)
                    if ended and (m.end, m.end + ended.end()) in taken:
                        taken.remove((m.end, m.end + ended.end()))
                    continue
            if not col and any(c.marks for c in t.columns) and not (bound and _built_column(t, qn, m.end)):
                # A schedule of ○ marks by year: the years are read against the marks (below).
                # (「1980年より前に建てられた」 beside it is the building's year, read below)
                if bound == "start":
                    conds.append(Cond("", "mark_start", fy, f"最初に○がつく年度が{fy_text(fy)}"))
                else:
                    years.append(fy)
                    acted = _timeline_verb(t).match(qn[m.end:])
                    if acted and acted.end():
                        taken.append((m.end, m.end + acted.end()))  # 「2030年度に実施予定の」: what the ● says
                continue
            if bound == "まで" and target is not None and _of_spans(t, target) \
                    and re.match(r"の(?!間|うち|中)", qn[m.end:]) and re.search(r"[がは]\s*$", qn[:m.start]):
                bound = "end"  # 「期間が2027年度までの取組」: the span that runs to that year (までに: by it)
            built = _built_column(t, qn, m.end) if bound and target is None else None
            if built:
                # 「昭和50年度より前に建てられた」: the bound is on the year it was built, not the plan's.
                target = built[0]
                taken.append((m.end, built[1]))
            if bound and target is not None:
                op = {"まで": "fy_le", "までに": "fy_le", "以前": "fy_le", "より前": "fy_lt", "以降": "fy_ge",
                      "から": "fy_ge", "より後": "fy_gt", "以後": "fy_ge", "より先": "fy_gt",
                      "start": "fy_start", "end": "fy_end", "lasts": "fy_lasts", "only": "fy_only",
                      "start_le": "fy_start_le", "start_lt": "fy_start_lt"}.get(bound, "fy_le")
                conds.append(Cond(target, op, fy, _said(target, op, _year_shown(qn, m, fy))))
                col = ""
                _done_by(qn, m, target, op, taken)
            elif bound in ("から", "まで") and len(_plan_years(t)) == 1 and _span_of_year_columns(t, mentions):
                # 「R4からR6までずっとA」 over 劣化度判定 令和4年度 … 令和6年度: the years of the columns read
                # (every year, some year), not a bound on the one column of years (建築年度)
                continue
            elif bound and len(_plan_years(t)) == 1:
                target = _plan_years(t)[0]
                op = {"以降": "fy_ge", "から": "fy_ge", "より後": "fy_gt", "以後": "fy_ge", "より先": "fy_gt",
                      "より前": "fy_lt", "start": "fy_start", "lasts": "fy_lasts", "only": "fy_only",
                      "start_le": "fy_start_le", "start_lt": "fy_start_lt"}.get(bound, "fy_le")
                conds.append(Cond(target, op, fy, _said(target, op, fy_text(fy))))
                _done_by(qn, m, target, op, taken)
            elif _years_column(t, col) is not None:
                target = _years_column(t, col)
                conds.append(Cond(target, "fy_eq", fy, _said(target, "fy_eq", fy_text(fy))))
                col = ""
            elif not bound and not col and (paired := paired_year_said(t, qn, m.end)):
                # 「令和７年度中にオンライン化する予定」: the year the paired state (予定, 済) is of
                conds.append(Cond(paired, "fy_eq", fy, _said(paired, "fy_eq", fy_text(fy))))
                inside = re.match(r"(?:中|内|のうち)", qn[m.end:])
                if inside:
                    taken.append((m.end, m.end + inside.end()))
            elif not bound and (dated := dated_column_of_year(t, qn, m.end)) is not None:
                # 「令和６年度中に措置済になった」: the year of the day it was done (措置年月日), not the row's 監査年度
                op = "fy_eq"
                if edge := edge_after_header(t.rows, dated, qn, m.end):
                    op = edge[0]  # 「令和８年度中に契約期間が切れる」: the year its span ends in, not any year inside it
                    taken.append(edge[1:])
                conds.append(Cond(dated, op, fy, _said(dated, op, fy_text(fy))))
                col = ""
            elif not bound and not col and _year_of_rows(t, fy) is not None:
                # 「令和6年度に評価された事業」 over one column of a year per row (評価年度 2024年度): that year.
                target = _year_of_rows(t, fy)
                conds.append(Cond(target, "fy_eq", fy, _said(target, "fy_eq", fy_text(fy))))
            else:
                if bound in ("まで", "までに") and years and from_year == years[-1] and from_year < fy:
                    years.extend(range(from_year + 1, fy))  # 「令和5年度から令和7年度まで」: every year between
                from_year = fy if bound == "から" else None
                years.append(fy)
                if bound in _BOUND_OPS:
                    pending_bound[fy] = bound  # 「2025年度までに終わる予定」: the column of years said after it
        elif m.kind == "became":  # became_in_year.py
            this, before, vk = m.data
            shown = _shown(t, this, vk)
            conds.append(Cond(this, "eq", vk, f"{this}が{shown}"))
            conds.append(Cond(before, "ne", vk, f"{before}は{shown}でない（その年度の間に{shown}）"))
            col = ""
        elif m.kind == "newly":
            before = {_key(str(r["cells"].get(t.name) or "")) for r in m.data.rows} - {""}
            edition = fy_text(max(_report_years(m.data.doc_title)))
            conds.append(Cond(t.name, "not_names", before, f"{edition}の版にない（新たに加わった）"))
        elif m.kind == "began_since":
            fy, before = m.data
            for header in before:
                op = "zero" if t.column(header).numeric else "empty"
                conds.append(Cond(header, op, None, f"{header}が空欄（{fy_text(fy)}以降に始まった）"))
            if not any(t.column(h).numeric for h in before):
                # (marks per year: the row holds one from the year said on, not 「－」 all along)
                after = [c.header for c in t.columns if c.year == fy and c.base in {t.column(h).base for h in before}]
                if after:
                    conds.append(Cond("|".join(after), "or", [Cond(h, "filled", None, f"{h}の記載あり") for h in after],
                                      f"{fy_text(fy)}の記載あり"))
        elif m.kind == "unrated":
            fy, cols = m.data
            for header in cols:
                conds.append(Cond(header, "empty", None, f"{header}が「－」（{fy_text(fy)}は評価していない）"))
        elif m.kind == "rated":
            fy, cols = m.data
            for header in cols:
                conds.append(Cond(header, "filled", None, f"{header}に評価あり（「－」以外）"))
        elif m.kind == "topcount":  # counted.py
            headers, op, n, counter = m.data
            conds.append(Cond("|".join(headers), "top_" + op, n,
                              f"{_GROUPED_HEAD.sub('', headers[0])}の最多が{n:g}{counter}{_TOP_WORDS[op]}"))
        elif m.kind == "unanimous":
            headers, total = m.data
            conds.append(Cond("|".join(headers), "unanimous", total,
                              f"{_GROUPED_HEAD.sub('', headers[0])}が{f'{total:g}人の' if total else ''}全員一致"))
        elif m.kind == "newly_sheet":
            # on the sheet of the year said (the latest, none said), and not on the sheet of the year before it
            said = [x.data[0] for x in mentions if x.kind == "year" and x.data[0] in t.sheets]
            fy = max(said) if said else max(t.sheets)
            earlier = [y for y in t.sheets if y < fy]
            if not said:
                conds.append(Cond("", "sheet", fy, f"{fy_text(fy)}の表に載っている"))
            if earlier:
                conds.append(Cond("", "not_sheet", max(earlier), f"{fy_text(max(earlier))}の表にない（新たに加わった）"))
        elif m.kind == "everymonth":
            headers, op, n, unit = m.data
            conds.append(Cond(headers, "every_month_" + op, n, f"毎月{n:g}{unit}{_OP_WORDS.get(op, '')}"))
        elif m.kind == "anymonth":
            headers, n, unit = m.data
            conds.append(Cond(headers, "any_month", n, f"いずれかの月が{n:g}{unit}"))
        elif m.kind == "anymonthpast":  # month_runs.py
            headers, op, n, unit = m.data
            conds.append(Cond(headers, "any_month_past", (op, n), month_label(op, n, unit)))
        elif m.kind == "monthrun":  # month_runs.py
            headers, op, n, unit, k = m.data
            conds.append(Cond(headers, "month_run", (op, n, k), month_label(op, n, unit, k)))
        elif m.kind in ("months", "added"):
            summed = list(m.data)  # (their sum, however it is asked: 合わせて何人, 合計)
        elif m.kind == "addcols":
            added_cols = list(m.data)
        elif m.kind == "colsum":
            headers, op, value, unit = m.data
            if years and all(t.column(h).year is not None for h in headers):
                # 「2024年度に補助金と委託料を合わせて」: both columns of the year said, not of the first year printed
                headers = tuple(_of_year(t, h, years) for h in headers)
                years = []
            if unit and any(_unit_clash(unit, t.column(h)) for h in headers):
                return None
            # (「1億円を超えてる」 over columns in 千円: the amount in the columns' unit)
            value = _in_column_unit(value, unit, _money_unit(t.column(headers[0])))
            conds.append(Cond("|".join(headers), "sum_" + op, value,
                              f"{'＋'.join(headers)}が{_figure(value)}{_OP_WORDS.get(op, '')}"))
        elif m.kind == "yspan" and _own_sheet_rows(t) and set(range(m.data[0], m.data[1] + 1)) & set(t.sheets):
            # 「（R5〜R7）」 over a sheet per year whose rows are each of one sheet: the sheets of those years
            a, b = m.data
            if set(range(a, b + 1)) >= set(t.sheets):
                notes.append(f"{fy_text(a)}〜{fy_text(b)}の表をすべて見ました")
            else:
                conds.append(Cond("", "sheet_in", tuple(range(a, b + 1)), f"{fy_text(a)}〜{fy_text(b)}の表に載っている"))
        elif m.kind == "yspan" and not any(c.years_inside for c in t.columns) \
                and _year_only_columns(t, list(range(m.data[0], m.data[1] + 1))):
            years.extend(range(m.data[0], m.data[1] + 1))  # 「R3〜R7の」 over R3 | … | R7: those years' columns
        elif m.kind == "yspan":
            spans = [c.header for c in t.columns if c.years_inside]
            plan = _plan_years(t)
            target = col if col in spans else plan[0] if len(plan) == 1 else None
            if target is None:
                return None
            a, b = m.data
            conds.append(Cond(target, "fy_span", m.data, f"{target}が{fy_text(a)}～{fy_text(b)}"))
            col = ""
        elif m.kind == "col":
            c = t.column(m.data)
            spread = [o.header for fy in dict.fromkeys(years) for o in t.columns
                      if o.year == fy and o.base == c.base and o.numeric] if c.base else []
            if aggregate == "sum" and len(set(years)) >= 2 and len(spread) == len(set(years)):
                # 「R4からR6までの実績を合計」: one measure's columns of the years said, added up.
                summed, years, col = spread, [], ""
                continue
            if c.schedule and years:
                part_year = years.pop()  # 「令和7年度のスケジュール」: that year's part of the cell
                col = c.header
                continue
            of_year = [o.header for o in t.columns if years and o is not c and o.year == years[-1] and o.base == c.base]
            if c.years_inside and len(of_year) == 1:
                # 「R6の目標」 beside 目標 (令和9年度) and 令和6年度目標: that year's column, asked.
                if col and qn[last_col_end:m.start] == "と":
                    two_asked = True
                col, last_col_end, last_col_start = of_year[0], m.end, m.start
                continue
            if c.years_inside and years:
                fy = years.pop()
                # (its bound said with the year, never dropped: 「2025年度までに」 is by that year, not in it)
                op = _BOUND_OPS.get(pending_bound.pop(fy, ""), "fy_eq") if not years else "fy_eq"
                edge = span_edge(t.rows, c.header, qn[m.end:]) if op == "fy_eq" else None
                if edge:  # 「令和８年度中に契約期間が切れる」: the span's last year, not any year inside it
                    op = edge[0]
                    taken.append((m.end, m.end + edge[1]))
                conds.append(Cond(c.header, op, fy, _said(c.header, op, fy_text(fy))))
                continue
            verb = _VALUE_VERB.match(qn[m.end:])
            if last_value is not None and qn[last_value.end:m.start] in ("が", "を", "で", "") and verb:
                # 「情報政策課が所管する」「…が所管しない」: the column's verb after its value.
                if verb.group("neg"):
                    for c in conds[value_from:]:
                        if c.op in ("eq", "ne"):
                            c.op = "ne" if c.op == "eq" else "eq"
                            c.label = _said(c.header, c.op, _shown(t, c.header, c.value))
                taken.append((m.end, m.end + verb.end()))
                continue
            become = re.match(r"(?:に|と)(?:なって(?:いる|る|い)?|なった|なる)", qn[m.end:])
            if last_value is not None and qn[last_value.end:m.start] in ("が", "は") and become \
                    and any(c.header == m.data for c in conds[value_from:]):
                # 「うちの町が設置主体になっている」: the column said after its value restates what the value is of
                # (a condition), not a column asked
                taken.append((m.end, m.end + become.end()))
                continue
            dashed = _DASH_SAID.match(qn[m.end:]) if m.data != t.name else None
            if dashed:
                # 「効果額が「―」になっている」: the dash printed (not a blank cell, not a 0)
                h = _of_year(t, m.data, years)
                years = years[:-1] if years and t.column(h).year == years[-1] else years
                conds.append(Cond(h, "dash", None, f"{h}が「―」"))
                taken.append((m.end, m.end + dashed.end()))
                col = ""
                continue
            presence = _PRESENCE.match(qn[m.end:]) if m.data != t.name else None
            if presence is None and m.data != t.name and _one_mark(t, m.data):
                presence = _MARK_APPLIED.match(qn[m.end:])
            if presence is None and m.data != t.name and _named_by_its_doing(t, m.data, qn[m.start:m.end]):
                presence = _OWN_DOING.match(qn[m.end:])
            if presence and _NOT_DECIDED.search(presence.group(0)) and any(
                    _UNDECIDED_CELL.search(str(r["cells"].get(m.data) or "")) for r in t.rows):
                # 「実施時期がまだ決まってない」 of a column printing 未定: the cells saying so, not blank ones
                presence = None
            if presence and len(years) >= 2 and t.column(m.data).year is not None \
                    and not (presence.group("nonzero") or presence.group("given")) \
                    and re.search(r"(?:年度?|r\d{1,2})も[、,]?\s*(?:[^、,。]{0,12}?(?:年度?|r\d{1,2})も)", qn[:m.start]):
                # 「令和6年度も7年度も、どのツールも導入されていない」: empty in each year said; so is
                # 「R5もR6も実績がある」 a figure in each year said (a 「－」 is none), not one year asked
                each = "empty" if presence.group("empty") else "filled"
                for fy in years:
                    h = _of_year(t, m.data, [fy])
                    if t.column(h).year == fy:
                        conds.append(Cond(h, each, None, _said(h, each, "")))
                years = []
                taken.append((m.end, m.end + presence.end()))
                col = ""
                continue
            if presence and presence.group("given") and not t.column(m.data).numeric:
                presence = None  # (「評価を受けている」: a verb of money said of words, not an amount there)
            if presence:
                h = _of_year(t, m.data, years)
                if not years and t.column(h).year is not None:
                    # 「ツールを入れている業務で、令和7年度の削減率が…」: no year said before it, the one year the
                    # question says elsewhere (else the latest), not the first year's column
                    said = {x.data[0] for x in mentions if x.kind == "year" and isinstance(x.data, tuple)}
                    same = sorted((x for x in t.columns if x.base == t.column(h).base and x.year is not None),
                                  key=lambda x: x.year)
                    pick = [x for x in same if x.year in said] if len(said) == 1 else []
                    if re.search(r"(?:前年度|前の年度|昨年度|前年)(?:は|に|には|では|の)?$", qn[max(0, m.start - 8):m.start]):
                        # 「前年度はツールなしだったのに、令和7年度に…」: the year before the one said (the latest)
                        now = (pick or same[-1:])[0].year if (pick or same) else None
                        pick = [x for x in same if now is not None and x.year == now - 1]
                        taken.append((qn.rfind("前", 0, m.start), m.start))
                    h = (pick or same[-1:] or [t.column(h)])[0].header
                years = years[:-1] if years and t.column(h).year == years[-1] else years
                op = "empty" if presence.group("empty") else "nonzero" if presence.group("nonzero") or presence.group("given") else "filled"
                if op == "filled" and t.column(h).numeric and re.match(r"(?:が|は)?(?:ある|あり|入って(?:いる|る)|計上され[てた])", qn[m.end:]):
                    # 「削減効果額があるもの」: an amount there is, not a 0 written in the cell; so is an amount
                    # 「入っている」 (国庫支出金 of a 財源内訳 printing 0 for none, as 入っていない reads 0 below)
                    op = "nonzero"
                elif op == "empty" and t.column(h).numeric and re.match(
                        r"(?:が|は)?(?:ない|なし|(?:入って|入っ|計上されて)(?:い)?ない)", qn[m.end:]):
                    # 「効果額がないもの」: no amount, a 0 written (「効果額のない取組は0」) or none; so is an amount
                    # 「入っていない」「計上されていない」 (国庫支出金 of a 財源内訳 printing 0 for none)
                    op = "zero"
                glossed = re.match(r"\s*[(（]([^()（）]{1,12})[)）]", qn[m.end + presence.end():]) if op == "empty" else None
                if glossed and any(v and v in glossed.group(1) for v in
                                   {nfkc(str(r["cells"].get(h) or "")).strip() for r in t.rows}):
                    # 「今回変更がない（継続の）もの」: the bracket names the column's value meant by 「ない」 (継続),
                    # read as that value below; no blank cell is asked
                    taken.append((m.end, m.end + presence.end()))
                    col = ""
                    continue
                conds.append(Cond(h, op, None, _said(h, op, "")))
                if col and op in ("empty", "filled") and qn[last_col_end:m.start] == "も" \
                        and qn[m.end:m.end + 1] == "も" and col != t.name:
                    # 「目標も実績も入っていない」: the column said before with も is as the last one is
                    other = _of_year(t, col, [t.column(h).year] if t.column(h).year is not None else [])
                    conds.append(Cond(other, op, None, _said(other, op, "")))
                taken.append((m.end, m.end + presence.end()))
                col = ""
                continue
            if m.data != t.name:  # 「…取組は」: the rows themselves, not a column asked
                if col and qn[last_col_end:m.start] == "と":
                    two_asked = True  # 「実績と目標は」: both asked, the row shown whole
                either = [*(either or [col]), m.data] if col and col != m.data \
                    and re.fullmatch(r"か|または|もしくは|又は", qn[last_col_end:m.start]) else []
                col, last_col_end, last_col_start = m.data, m.end, m.start
        elif m.kind == "value" and re.match(r"(?:も|を)含", qn[m.end:]) and conds and conds[-1].header in m.data[1]:
            # 「達成できなかった（一部達成も含む）」: that value too, beside the condition before.
            vk = m.data[0]
            prev = conds[-1]
            conds[-1] = Cond(prev.header, "or", [prev, Cond(prev.header, "eq", vk, "")],
                             f"{prev.label}（{_shown(t, prev.header, vk)}も含む）")
        elif m.kind == "value" and conds and conds[-1].op == "eq" and isinstance(conds[-1].value, str) \
                and conds[-1].header in m.data[1] and (combined := COMBINED_TOO.match(qn[m.end:])) \
                and joined_in_cells(t.rows, conds[-1].header, conds[-1].value, m.data[0]):
            # 「AI-OCRを使っている業務…RPAとの併用も含めて」: the value said before in the cells joining it with this
            # one too (RPA＋AI-OCR), not this value as a second condition
            prev = conds[-1]
            conds[-1] = Cond(prev.header, "contains", prev.value,
                             f"{prev.header}に「{_shown(t, prev.header, prev.value)}」を含む"
                             f"（{_shown(t, prev.header, m.data[0])}との併用も含む）")
            taken.append((m.end, m.end + combined.end()))
        elif m.kind == "value":
            joined = last_value is not None and re.fullmatch(r"か|または|もしくは|や|、|・|と", qn[last_value.end:m.start])
            # (「「やや遅れ」か「遅れ」」: two values either of which holds, quoted as said)
            either_value = last_value is not None and re.fullmatch(r"[」』]?\s*(?:か|または|もしくは)\s*[「『]?", qn[last_value.end:m.start])
            last_value, value_from = m, len(conds)
            vk, holders = m.data
            negate = m.start in negated_at
            # 「令和6年度の補助金、財団法人の小計」: a column said as the topic, a comma, then a value of another column
            # (the column stays what is asked of the rows the value picks)
            of_col = "" if col and col not in holders and re.fullmatch(r"\s*[、,]\s*", qn[last_col_end:m.start]) else col
            chosen = (not years and on_sheet and _columns_for_value(t, holders, of_col, on_sheet)) \
                or _columns_for_value(t, holders, of_col, years)
            if not chosen:
                return None
            if len(either) >= 2 and col == either[-1] and all(h in holders for h in either) \
                    and re.fullmatch(r"(?:の)?\s*(?:どちらか|どっちか|いずれか|どれか)?\s*(?:に|が|で|は)?\s*",
                                     qn[last_col_end:m.start]):
                # 「有効性か効率性のどちらかに×」: the mark in either column (never only the last one said); 「…に×が
                # ついていない」 is the mark in neither
                if negate:
                    conds.extend(Cond(h, "ne", vk, _said(h, "ne", _shown(t, h, vk))) for h in either)
                else:
                    conds.append(Cond("|".join(either), "or", [Cond(h, "eq", vk, "") for h in either],
                                      f"{'か'.join(either)}のどちらかが{_shown(t, either[0], vk)}"))
                either, col = [], ""
                continue
            whole = [h for h in chosen if not t.column(h).year and any(_key(str(r["cells"].get(h) or "")) == vk for r in t.rows)]
            if not col and 0 < len(whole) < len(chosen) and (_MEMBERSHIP.match(_after_joined(qn, m, mentions)) or (
                    qn.startswith("の", m.end) and all(_lists_places(t, h) for h in chosen))):
                # 「楓村が入っている」「柊町の共同処理」: the column listing it among others, not the one naming it alone
                chosen = [h for h in chosen if h not in whole]
            elif not col and 0 < len(whole) < len(chosen) and not any(t.column(h).year for h in chosen):
                chosen = whole  # 「複合化する施設」: the column printing 複合化 as its value, not one holding it in a sentence
            graded_run = next((b.data[1] for b in mentions if b.kind == "grade_bound" and b.data[0] == m.start), "")
            if run and len(chosen) > 1 and graded_run and vk in _GRADE_RANK:
                # 「2年続けて△以下」: each year's grade on that side of the one said
                op = _GRADE_BOUND_OP[graded_run]
                printed = {_key(nfkc(str(r["cells"].get(h) or "")).strip()) for h in chosen for r in t.rows} & set(_GRADE_RANK)
                rank = _GRADE_RANK[vk]
                wanted = tuple(sorted(g for g in printed if {"ge": _GRADE_RANK[g] >= rank, "le": _GRADE_RANK[g] <= rank,
                                                          "gt": _GRADE_RANK[g] > rank, "lt": _GRADE_RANK[g] < rank}[op]))
                conds.append(Cond("|".join(chosen), "run", (wanted, run),
                                  f"{'・'.join(chosen)}で{run}年続けて{_shown(t, chosen[0], vk)}{graded_run}"))
            elif run and len(chosen) > 1 and either_value and conds and conds[-1].op == "run" \
                    and set(chosen) <= set(conds[-1].header.split("|")):  # (遅れ printed in some years only)
                # 「３年連続で「やや遅れ」か「遅れ」」: either value said for the same run, each year one of them
                prev = conds[-1]
                before = prev.value[0] if isinstance(prev.value[0], tuple) else (prev.value[0],)
                conds[-1] = Cond(prev.header, "run", ((*before, vk), run), f"{prev.label}または{_shown(t, chosen[0], vk)}")
            elif run and len(chosen) > 1:
                conds.append(Cond("|".join(chosen), "run", (vk, run), f"{'・'.join(chosen)}で{run}年続けて{_shown(t, chosen[0], vk)}"))
            else:
                if joined and last_headers and not years and not any(h in chosen for h in last_headers) and all(
                        any(t.column(h).base and t.column(h).base == t.column(c).base for c in chosen)
                        for h in last_headers):
                    # 「令和5年度に◎か○」: ○ of the year ◎ was said of, though no row prints ○ that year
                    chosen = list(last_headers)
                before = [c.header for c in conds if c.header in chosen]
                if len(chosen) > 1 and not years and before and joined and last_headers:
                    chosen = [h for h in last_headers if h in chosen]  # 「R5からR7まで◎か○」: each of those years
                elif len(chosen) > 1 and not years and before:
                    chosen = before[-1:]  # 「R7の達成度がBかC」: C is of the year B was
                elif len(chosen) > 1 and not years and all(t.column(h).year for h in chosen) and not negate \
                        and vk in _DASHES and qn[m.start:m.end] not in _DASHES and _blank_outside(t, chosen):
                    # 「効果額を算定していない取組」 said by what a note says the dash means, no year said, over year
                    # columns left blank outside each row's period (two plans' rows in one table): the row's
                    # every year printed is the dash, not the latest year's column, blank for one plan's rows
                    chosen = sorted(chosen, key=lambda h: t.column(h).year or 0)
                    conds.append(Cond("|".join(chosen), "dash_filled", None,
                                      f"{'・'.join(chosen)}の記載のある年度がすべて「－」（{qn[m.start:m.end]}）"))
                    chosen = []
                elif len(chosen) > 1 and not years and len(asked_before := {
                        c.header for c in prior if isinstance(c, Cond) and c.header in chosen}) == 1:
                    # 「（令和4年度の方針別の評価）その中でBだったのは？」: of the year's column the answer before showed
                    chosen = list(asked_before)
                    notes.append(f"年度の指定がないため、前の質問の「{chosen[0]}」の欄で判断しました")
                elif len(chosen) > 1 and not years and all(t.column(h).year for h in chosen):
                    latest = max(chosen, key=lambda h: t.column(h).year or 0)
                    notes.append(f"年度の指定がないため、最新の「{latest}」の欄で判断しました")
                    chosen = [latest]
                word = qn[m.start:m.end]
                graded = next((b.data[1] for b in mentions if b.kind == "grade_bound" and b.data[0] == m.start), "")
                role_of = re.match(r"\s*(?:に|には)\s*", qn[m.end:]) if len(chosen) > 1 and not col and word not in vk else None
                named_after = [h for h in chosen if role_of and qn.startswith(_key(h), m.end + role_of.end())
                               and re.match(r"\s*(?:が|も)\s*(?:入っ|含まれ|加わっ)", qn[m.end + role_of.end() + len(_key(h)):])]
                if len(named_after) == 1:
                    chosen = named_after  # 「協力課に企画財政課が入っている」: the role (○) in the column of the 課 named after it
                if len(chosen) > 1 and not col and not years and not graded and not negate and word not in vk \
                        and not any(t.column(h).year for h in chosen):
                    # 「協力課に企画財政課が入っている」「協力課が３課以上」 over a matrix of 課 × items printing ○
                    # (○：協力課): the role said by the legend's meaning, of no one column, is the mark in any of
                    # them, never in all of them at once
                    conds.append(Cond("|".join(chosen), "or", [Cond(h, "eq", vk, "") for h in chosen],
                                      f"{'・'.join(chosen)}のいずれかが{_shown(t, chosen[0], vk)}（{word}）"))
                    chosen = []
                for h in chosen:
                    if graded:
                        # 「B以上」: the grades the column prints on that side of B.
                        op = _GRADE_BOUND_OP[graded]
                        printed = {_key(nfkc(str(r["cells"].get(h) or "")).strip()) for r in t.rows} & set(_GRADE_RANK)
                        rank = _GRADE_RANK[vk]
                        wanted = sorted(g for g in printed if {"ge": _GRADE_RANK[g] >= rank, "le": _GRADE_RANK[g] <= rank,
                                                               "gt": _GRADE_RANK[g] > rank, "lt": _GRADE_RANK[g] < rank}[op])
                        if negate:
                            wanted = sorted(printed - set(wanted))
                        conds.append(Cond(h, "in", wanted, f"{h}が{_shown(t, h, vk)}{graded}"
                                          + ("でない" if negate else "")))
                        continue
                    op = "ne" if negate else "eq"
                    if not negate and _MEMBERSHIP.match(qn[m.end:]) and isinstance(vk, str) and any(
                            vk in cell and cell != vk for cell in (_key(str(r["cells"].get(h) or "")) for r in t.rows)):
                        # 「費用按分に人口割が入っている」: the value is one part of cells that print it with others
                        # (均等割30%+人口割70%), all of which hold it, not only the cells printing it alone.
                        def _in_a_name(cell: str) -> bool:
                            """Whether the value is in this cell only as a piece of a longer name (教育総務課)."""
                            return all(i > 0 and re.match(r"[一-龥ァ-ヶー]", cell[i - 1])
                                       for i in (m2.start() for m2 in re.finditer(re.escape(vk), cell)))
                        cells = [str(r["cells"].get(h) or "") for r in t.rows]
                        # (「均等割30%+人口割70%」 holds 人口割 as a part of its own, not inside another name)
                        if any(_key(v) == vk for c in cells for v in _cell_values(c)) and all(
                                any(_key(v) == vk for v in _cell_values(c)) or _in_a_name(_key(c))
                                for c in cells if vk in _key(c)):
                            # (「担当課に総務課が入っている」 over lists 「教育総務課、生涯学習課」「企画課、総務課」: an
                            # item of the list, not a piece of another item's name)
                            conds.append(Cond(h, "in", [vk], f"{h}に「{_shown(t, h, vk)}」が入っている"))
                            continue
                        conds.append(Cond(h, "contains", vk, f"{h}に「{_shown(t, h, vk)}」を含む"))
                        continue
                    # 「未着手」 read as the table's 「－」 by its legend: both are said.
                    shown = _shown(t, h, vk) + (f"（{word}）" if word not in vk and h != "見出し" else "")  # (a word of the value itself: the value says it)
                    conds.append(Cond(h, op, vk, _said(h, op, shown)))
            for h in chosen[:1]:
                # 「RPA（単独）」「RPAだけで動かしてる」: the cell printing it alone, as read; 「AI-OCRを使っている」: the
                # verb of a column of what the rows use (活用ツール)
                said_too = alone_said(t.rows, h, vk, qn[m.end:]) if isinstance(vk, str) else None
                if said_too and not negate and conds and conds[-1].header == h and conds[-1].op == "eq" \
                        and conds[-1].value == vk:
                    # 「財源が起債のみ」 over cells listing it with others (国費・起債): the cells of that value alone
                    conds[-1] = Cond(h, "only", vk, f"{h}が{_shown(t, h, vk)}のみ")
                said_too = said_too or used_verb(h, qn[m.end:])
                if said_too and said_too.end():
                    taken.append((m.end, m.end + said_too.end()))
            last_headers = list(chosen)
            if of_col != col:
                continue  # (the topic column keeps the year said with it, and is still what is asked)
            # 「達成度がBかC」: the column said is the value's (another year's of the same name is not asked).
            kept = col if col and col not in chosen and not t.column(col).years_inside \
                and not any(t.column(col).base and t.column(h).base == t.column(col).base for h in chosen) else ""
            if years and not any(t.column(h).year in years for h in chosen):
                # 「平成28年度に完了した」: the year is in the same cell (完了（平成28年度）).
                # (a column of grades where 完了 alone carries its year, 「完了（令和5年度）」, as well)
                # (「令和5年度に完了していない」 is not the year and not the value: not read so, left unbound)
                inside = [h for h in chosen if t.column(h).years_inside or (not negate and _year_beside(t, h, vk))]
                if not inside:
                    # 「令和7年度中に完了した」: the column of the days it was done (完了日), by the fiscal-year rule.
                    # (「令和7年度にオンライン化予定」 with 状況 予定: the year is the 実施（予定）年度's, its header naming
                    # the value; 「令和8年度に導入予定」: 導入年度's, its header naming the verb said)
                    said_verb = re.match(r"[一-龥]{2}", qn[m.start:m.end])
                    inside = [c.header for c in t.columns if c.years_inside and (
                        (len(vk) >= 2 and vk in _key(c.header))
                        or (not negate and said_verb and _key(c.header).startswith(said_verb.group(0))))]
                    if len(inside) == 1:
                        for fy in years:
                            conds.append(Cond(inside[0], "fy_eq", fy, _said(inside[0], "fy_eq", fy_text(fy))))
                        years, col = [], ""
                        continue
                    # (「令和6年度の施設サービスの対計画比」 over rows keyed by year (年度 | 区分 | 居宅 | 施設 …): the year
                    # is the rows', bound below; the column said before the row's value is still the one asked)
                    col = kept if _row_year_column(t) else ""
                    continue  # the year stays unbound: no answer without it
                for fy in years:
                    conds.append(Cond(inside[0], "fy_eq", fy, _said(inside[0], "fy_eq", fy_text(fy))))
            years, col = [], kept  # 「合計見込み」: 見込 names the row, 合計 is still what is asked
        elif m.kind == "below_zero":
            conds.append(Cond(m.data, "lt", 0.0, _said(m.data, "lt", "0")))
            col = ""
        elif m.kind == "length":
            op, years_long = m.data
            spans = _span_columns(t)
            target = col if col in spans else (spans[0] if len(spans) == 1 else None)
            if target is None:
                return None
            conds.append(Cond(target, op, years_long, _said(target, op, f"{years_long:g}")))
            col = ""
        elif m.kind == "units":
            header, op, many = m.data
            conds.append(Cond(header, op, many, f"{header}が{many:g}部局{'以上' if op == 'units_ge' else ''}（共管）"))
            col = ""
        elif m.kind == "listlen":
            header, op, many = m.data
            conds.append(Cond(header, op, many, _said(header, op, f"{many:g}")))
            col = ""
        elif m.kind == "share":  # member_shares.py
            header, name, op, share, said = m.data
            conds.append(Cond(header, "share_" + op, (name, share),
                              f"{header}のうち{said}の分が{share:g}%{_OP_WORDS.get(op, '')}"))
            notes.append(f"{header}に{said}の割合が数値で書かれていない行（按分の方法だけのものなど）は含めていません")
            col = ""
        elif m.kind == "monthrows":
            header, first, last, label = m.data
            conds.append(Cond(header, "m_in", (first, last), f"{header}が{label}"))
            col = ""
        elif m.kind == "date":
            day, bound = m.data
            dated = [c.header for c in t.columns if c.dates and _varies(t, c.header)]
            target = col if col and t.column(col).dates else (dated[0] if len(dated) == 1 else None)
            if target is None:
                return None
            op = {"まで": "d_le", "までに": "d_le", "以前": "d_le", "より前": "d_lt", "以降": "d_ge", "から": "d_ge",
                  "より後": "d_gt", "以後": "d_ge", "より先": "d_gt", "終了": "d_end", "開始": "d_eq",
                  "開始ne": "d_ne"}.get(bound, "d_eq")
            shown = f"{day[0]}年{day[1]}月{day[2]}日"
            conds.append(Cond(target, op, day, _said(target, op, shown)))
            col = ""
        elif m.kind == "cmp":
            op, value, unit = m.data
            target = (not years and on_sheet and _numeric_column(t, col, on_sheet)) or _numeric_column(t, col, years)
            if target is None and years and not any(c.year is not None for c in t.columns) \
                    and set(years) <= _own_years_of_yearless(t):
                # 「令和5年度、年間13万人以上」 over the 令和5年度 report's table, which has no column of a year:
                # the year is the report's (read so below, and said in a note), not a column's.
                # (or the caption's one year, 「表１ 税目別の滞納処分の状況（令和６年度）」 in a document of no year)
                target = _numeric_column(t, col, [])
            if target is None and years and col and t.column(col).year is None \
                    and {c.year for c in t.columns if c.year is not None} <= set(years) \
                    and set(years) <= _report_years(t.doc_title):
                # 「令和7年度に年間1,500件以上」 over the 令和7年度 report's 4月…3月 | 合計: its months are all of the
                # year said, and the column said (合計) is of no year — the year is the report's
                target = _numeric_column(t, col, [])
            if target is None and not col and not years and last_cmp is not None \
                    and re.fullmatch(r"[、,]?(?:で|かつ)?[、,]?", qn[last_cmp[0].end:m.start]):
                target = last_cmp[1]  # 「5,000千円以上10,000千円以下」: the second bound is of the same column
            if target is None and not col and last_cmp is None:
                target = _bound_before(t, qn, m, years, prior, taken)
            code = _code_said_as_number(t, col, op, value, unit) if target is None else None
            if code is not None:
                # 「基本目標が5の令和6年度」 (header_numbered.py) over a column of codes printed as bare numbers (１ … ５,
                # no figure of a measure): the row of that code, the year left for the column asked after it
                conds.append(Cond(col, "eq", code, f"{col}が{_shown(t, col, code)}"))
                col = ""
                continue
            if target is None:
                return None
            if target == col and not years and not on_sheet and t.column(target).year is not None \
                    and not find_years(qn[last_col_start:last_col_end]):
                # 「満足度が40%未満」 over 満足度 令和元年度 | 令和3年度 | 令和5年度: no year said is the latest
                # year's column, said so (not the first one printed).
                same = [c for c in t.columns if c.base == t.column(target).base and c.year is not None and c.numeric]
                latest = max(same, key=lambda c: c.year).header
                # 「そのうち利用者数が前年度より増えたのは？」 after 「R6に…A評価」: the year the conversation is on
                before = {t.column(c.header).year for c in prior if isinstance(c, Cond)
                          and c.header in {x.header for x in t.columns} and t.column(c.header).year is not None}
                kept = [c.header for c in same if len(before) == 1 and c.year in before]
                if kept:
                    target = kept[0]
                    notes.append(f"年度の指定がないため、前の質問の年度の「{target}」の欄で判断しました")
                elif latest != target:
                    target = latest
                    notes.append(f"年度の指定がないため、最新の「{latest}」の欄で判断しました")
            if unit and _unit_clash(unit, t.column(target)):
                return None
            last_cmp = (m, target)
            value = _in_column_unit(value, unit, _money_unit(t.column(target)))
            label_value = f"{_figure(value[0])}〜{_figure(value[1])}" if op == "between" else _figure(value)
            conds.append(Cond(target, op, value, _said(target, op, label_value)))
            both = next((x.data for x in mentions if x.kind == "both_years" and x.end <= m.start), None)
            if both and t.column(target).year in both:
                # 「R6・R7の両年度とも受講率100％」: the same bound on each year's column of the measure
                for fy in both:
                    other = _of_year(t, target, [fy])
                    if other != target and t.column(other).year == fy:
                        conds.append(Cond(other, op, value, _said(other, op, label_value)))
            years, col = [], ""
        elif m.kind == "cols":
            a, b, op, *reach = m.data
            fixed = len(reach) > 1 and reach[1]
            # (「R8見込がR7と同額」: one figure's columns of two years compared keep their own years; taking both to
            # one year said would compare a column with itself)
            fixed = fixed or (t.column(a).base == t.column(b).base and None not in (t.column(a).year, t.column(b).year)
                              and t.column(a).year != t.column(b).year
                              and {t.column(a).year, t.column(b).year} <= {y.fiscal_year for y in find_years(qn[m.start:m.end])})
            factor = reach[2] if len(reach) > 2 else 1.0  # (a year's column and the year before it's: as read)
            # 「そのうち実績が計画に届かなかったもの」 after 「令和6年度で計画額が…」: that year's columns;
            # no year said at all, the latest, said so.
            at = [] if fixed else years or on_sheet or [t.column(h).year for c in prior for h in c.header.split("|")
                                       if h in {x.header for x in t.columns} and t.column(h).year is not None][-1:]
            if not at and not fixed and t.column(a).base and t.column(a).year is not None:
                at = [max(c.year for c in t.columns if c.base == t.column(a).base and c.year is not None)]
                notes.append(f"年度の指定がないため、最新の{fy_text(at[0])}の欄で比べました")
            if not fixed:
                a, b = _of_year(t, a, at), _of_year(t, b, at)
            if years and t.column(a).year == years[-1]:
                years = years[:-1]
            if op not in ("eq", "ne") and not (t.column(a).numeric and t.column(b).numeric):
                return None
            conds.append(Cond(f"{a}|{b}", "cols_" + op, "reach" if reach and reach[0] else None,
                              _said(a, "cols_" + op, b if factor == 1.0 else f"{b}の{factor:g}倍" if factor > 1 else f"{b}の{factor * 100:g}%"), factor))
            both = next((x.data for x in mentions if x.kind == "both_years" and x.end <= m.start), None)
            if both and not fixed and t.column(a).year in both:
                # 「令和５年度と令和６年度の両方で、実績が計画以上」: the two columns compared in each year said
                for fy in both:
                    oa, ob = _of_year(t, a, [fy]), _of_year(t, b, [fy])
                    if (oa, ob) != (a, b) and t.column(oa).year == fy and t.column(ob).year == fy:
                        conds.append(Cond(f"{oa}|{ob}", "cols_" + op, "reach" if reach and reach[0] else None,
                                          _said(oa, "cols_" + op, ob)))
                years = [y for y in years if y not in both]
        elif m.kind == "grouped":  # 「総務部の業務」: this table's rows another table lists under it (group_of_other_table.py)
            name, keys = m.data
            conds.append(Cond(t.name or "見出し", "rows", keys, name))
            col = ""
        elif m.kind == "section":  # 「基本方針1のもの」: the rows printed under that line (section_said.py)
            name, keys, *_ = m.data
            conds.append(Cond(t.name or "見出し", "rows", keys, f"{name}の下にある"))
            col = ""
        elif m.kind == "contains":
            header, words = m.data
            every = _years_of_text(t, header) if not years and not on_sheet else []
            header = _of_year(t, header, years)
            if years and t.column(header).year == years[-1]:
                years = years[:-1]
            if len(every) > 1 and header in every:
                # 「マイナンバーカードに触れている意見」 over 意見 by year (令和8年度 意見 │ 令和9年度 意見), no year
                # said: the words may be in any year's text, not the one column first bound
                conds.append(Cond("|".join(every), "or", [Cond(h, "contains", words, f"{h}に「{words}」とある")
                                                          for h in every],
                                  "・".join(every) + f"のどれかに「{words}」とある"))
            elif not any(c.header == header and c.op == "contains" and c.value == words for c in conds):
                # (「取組名に「民間委託」って入ってる」 found both as the quoted words and as the column's words: one condition)
                conds.append(Cond(header, "contains", words, f"{header}に「{words}」とある"))
            col = ""
        elif m.kind == "ymonth":
            header, month, op, shown = m.data
            conds.append(Cond(header, op, month, _said(header, op, shown)))
            col = ""
        elif m.kind == "cyear":
            header, year, *since = m.data
            if since:
                conds.append(Cond(header, "cy_ge", year, f"{header}が{year}年1月1日以降"))
            else:
                conds.append(Cond(header, "cy_eq", year, f"{header}が{year}年"))
        elif m.kind == "signed" and len(m.data) == 3:
            header, op, value = m.data
            conds.append(Cond(header, op, value, f"{header}が{_figure(value)}{_OP_WORDS[op]}"))
            col = ""
        elif m.kind == "signed":
            header, op = m.data
            conds.append(Cond(header, op, 0.0, f"{header}が{_SIGN_SAID[op]}"))
            col = ""
        elif m.kind == "odd":
            header, odd, shown = m.data
            conds.append(Cond(header, "rows", odd, f"{header}がほかの行（{shown}）と違う"))
        elif m.kind == "dash_meant":
            header, meaning = m.data
            conds.append(Cond(header, "dash_all", None, f"{header}が「－」（注記：「－」は{meaning}）"))
            col = ""
        elif m.kind == "better_way":
            keys, way = m.data
            conds.append(Cond(t.name, "rows", keys, way))
            col = ""
        elif m.kind == "members_all":
            header, many, counter = m.data
            conds.append(Cond(header, "cnt_eq", float(many), f"{header}が表に出てくる{many}{counter}すべて"))
            col = ""
        elif m.kind == "defined":
            header, keys, negated, term = m.data
            if negated:  # (none of the values the note names)
                conds += [Cond(header, "ne", k, f"{header}が{k.upper()}以外（「{term}」でない）") for k in keys]
            else:
                conds.append(Cond(header, "in", list(keys), f"{header}が{'・'.join(k.upper() for k in keys)}（「{term}」）"))
            col = ""
        elif m.kind == "presence":
            header, op = m.data
            for h in ([header] if isinstance(header, str) else header):  # (the columns of one merged heading)
                conds.append(Cond(h, op, None, _said(h, op, "")))
        elif m.kind == "era":
            lo, hi, said_era = m.data
            built = _built_column(t, qn, m.end)
            if built and not (col and t.column(col).years_inside):
                # 「昭和に建てられた」: the column of the year a building was built (建築年度), of several
                # (a column word said before it, 「公共施設再編計画」's 再編, is not what the verb dates).
                col = built[0]
                taken.append((m.end, built[1]))
            plan = _plan_years(t)
            target = col if col and t.column(col).years_inside else plan[0] if len(plan) == 1 else None
            if target is None:
                return None
            began = _BEGAN.match(qn[m.end:]) or re.match(r"(?:に|から)?(?:取組を|事業を)?(?:開始|着手)", qn[m.end:])
            if began:
                taken.append((m.end, m.end + began.end()))
                # 「令和になってから始まった（始まる予定も含む）」 over starts printing 「令和９年度（予定）」: the planned
                # starts are in the era's years already; the aside asks nothing more
                aside = re.match(r"\s*[(（]\s*(?:始まる|開始する|開始|始める)?\s*予定(?:のもの)?も含(?:む|め|めて|みます)\s*[)）]",
                                 qn[m.end + began.end():])
                if aside and any(re.search(r"予定", str(r["cells"].get(target) or "")) for r in t.rows):
                    taken.append((m.end + began.end(), m.end + began.end() + aside.end()))
            era = "昭和" if lo < 1989 else "平成" if lo < 2019 else "令和"
            era = said_era if re.search(r"以降|以後|以前|より前|より後|年代$", said_era) else era
            op = "fy_start_in" if began else "fy_in"
            conds.append(Cond(target, op, (lo, hi), f"{target}が{era}{'に始まる' if began else 'の年度'}"))
            col = ""
        elif m.kind == "endspan":
            target, lo, hi = m.data
            conds.append(Cond(target, "fy_in", (lo, hi), f"{target}が{fy_text(lo)}〜{fy_text(hi)}"))
        elif m.kind == "change":
            a, b, direction, rank, *bound = m.data
            amounts = t.column(a).numeric and t.column(b).numeric  # (an amount grows, a grade rises)
            said = {"up": f"{a}→{b}で{'増加' if amounts else '上昇'}", "down": f"{a}→{b}で{'減少' if amounts else '低下'}",
                    "same": f"{a}と{b}が同じ", "differ": f"{a}→{b}で変わった",
                    "not_up": f"{a}→{b}で{'増加' if amounts else '上昇'}していない（同じか{'減少' if amounts else '低下'}）",
                    "not_down": f"{a}→{b}で{'減少' if amounts else '低下'}していない（同じか{'増加' if amounts else '上昇'}）",
                    # (the rows the document's note says are better lower compared the other way)
                    "worse": f"{a}→{b}で悪化（小さいほど良い行は増加、ほかは減少）",
                    "better": f"{a}→{b}で改善（小さいほど良い行は減少、ほかは増加）"}[direction]
            if bound and bound[0][0] == "span":
                conds.append(span_condition(Cond, t, bound[0][1], direction, rank))
            elif bound:
                op, value, unit = bound[0]
                relative = _relative_bound(unit, (t.column(a), t.column(b)))
                said = f"{a}→{b}で{'' if not relative else a + 'の'}{_figure(value)}{unit or t.column(b).unit}{_OP_WORDS[op]}" + (
                    ("上昇" if direction == "up" else "低下") if unit == "段階" else ("増加" if direction == "up" else "減少"))
                conds.append(Cond(f"{a}|{b}", "change_by", (rank, direction, op, value, relative), said))
            else:
                conds.append(Cond(f"{a}|{b}", "change_" + direction, rank, said))
        elif m.kind == "code":
            conds.append(Cond(t.number, "names", {_key(m.data)}, f"{t.number}が{m.data}"))
        elif m.kind == "age_band":  # 「50歳以上の」: the rows of the age bands inside it (age_band_rows.py)
            conds.append(Cond(t.name, "names", {_key(n) for n in m.data[0]}, m.data[1]))
        elif m.kind == "place_kind":  # 「町の」: the rows named …町 (place_kinds.py)
            conds.append(Cond(t.name, "names", {_key(n) for n in m.data[0]}, m.data[1]))
        elif m.kind == "coderange":
            conds.append(Cond(t.number, "names", m.data[0], m.data[1]))
        elif m.kind == "code_year":
            conds.append(Cond(t.number, "code_prefix", m.data[0], m.data[1]))
        elif m.kind == "peak_year":
            headers, at, way = m.data
            conds.append(Cond("|".join(headers), "peak_at", (at, way),
                              f"{headers[0]}～{headers[-1]}のうち{at}が{'最大' if way == 'max' else '最小'}"))
        elif m.kind == "dash_years":
            # 「H30からR6までずっと算定されていない」: the dash in each of those years' columns
            conds.append(Cond("|".join(m.data), "dash_all", None, f"{m.data[0]}～{m.data[-1]}がすべて「－」"))
        elif m.kind == "cost_in_years":
            # 「R11以降に事業費がある」: a figure in one of those years' cells; 「…計上されていない」: in none
            headers, op, label = m.data
            if op == "nonzero" and len(headers) > 1:
                conds.append(Cond(headers[0], "or", [Cond(h, op, None, label) for h in headers], label))
            else:
                conds.extend(Cond(h, op, None, label) for h in headers)
        elif m.kind == "filled_years":
            # 「平成30年度から毎年数値が出ている」: a figure in each of those years' columns
            conds.append(Cond("|".join(m.data), "filled_all", None, f"{m.data[0]}～{m.data[-1]}がすべて数値"))
        elif m.kind == "dash_all":
            # 「令和9年度まで…予定がまったくない」: a dash (its legend: 対応予定なし) in each year's column.
            conds.append(Cond("|".join(m.data), "dash_all", None, f"{'・'.join(m.data)}がすべて「―」（予定なし）"))
        elif m.kind == "number":
            low, high = m.data
            conds.append(Cond(t.number, "numbers", (low, high),
                              f"{t.number}が{low}" if low == high else f"{t.number}が{low}〜{high}"))
    # 「どの年度も」「令和4・5・6年度のすべてで」: a year's condition held in every year said
    from assistant.query.tables.years_all_said import every_year, never_above_zero

    said = [m.data[0] for m in mentions if m.kind == "year" and isinstance(m.data, tuple) and isinstance(m.data[0], int)]
    said += [y for m in mentions if m.kind == "yspan" for y in range(m.data[0], m.data[1] + 1)]
    if len(said) == 2 and re.search(r"から|[~〜～]", qn):
        said = list(range(min(said), max(said) + 1))
    conds = every_year(t, qn, conds, said, taken, Cond)
    conds = never_above_zero(t, qn, conds, mentions, taken, Cond)
    conds = _years_either(_either(t, conds, qn))
    conds = group_quantified(t, qn, conds, taken, Cond)  # 「全部の区分で…施設」: of every row of the code's group
    if rows_named:
        conds.insert(0, Cond(t.name, "rows", rows_named, f"{t.name}が{'・'.join(named)}"))
    for m in mentions:
        if m.kind == "notrow":
            name = next(str(r["cells"].get(t.name) or "") for r in t.rows if r["key"] == m.data)
            conds.append(Cond(t.name, "not_names", {_key(name)}, f"{t.name}が{name}以外"))
    marked = [c for c in t.columns if c.marks]
    if years and marked and not conds_on_years(conds):
        # 「令和8年度に実施する」 over a schedule of ○ marks by year (R6 R7 R8 R9).
        tail = qn[max(m.end for m in mentions if m.kind == "year"):]
        neg = re.match(r"(?:に|は|も|で)?(?:実施|取組|取り組|行|予定|着手|やら)?[ぁ-ん]*?(?:しない|されない|ない|ません)", tail)
        every = bool(re.search(r"毎年|毎年度|ずっと|続けて", qn))
        span = [c for c in marked if c.year is not None and min(years) <= c.year <= max(years)]
        if not span:
            return None
        op = "mark_all" if every else "mark_not" if neg else "mark"
        shown = "・".join(c.header for c in span)
        conds.append(Cond("|".join(c.header for c in span), op, None,
                          f"{shown}{'がすべて○' if op == 'mark_all' else 'が○でない' if op == 'mark_not' else 'が○'}"))
        years = []
    # 「令和4年度から6年度までの効果額は合わせて」: the sum of those years' columns of the measure, each row's
    # added across them (one numeric column a year, of the column said or of the table's one measure).
    summed_years = ""
    if aggregate == "sum" and len(set(years)) >= 2 and not any(c.marks for c in t.columns):
        base = t.column(col).base if col else None
        per = [[c.header for c in t.columns if c.numeric and c.year == y and (base is None or c.base == base)]
               for y in sorted(set(years))]
        if base is None and any(len(p) > 1 for p in per):
            # 「R5とR6の売却額を合わせると」 over 目標 | 実績 of each year: what a year came to is its result;
            # a plan is added up only when said (「目標を合わせると」 names its column).
            per = [[h for h in p if re.match(r"実績|決算", t.column(h).base)] for p in per]
            if all(len(p) == 1 for p in per):
                notes.append(f"各年度の実績（{'・'.join(p[0] for p in per)}）を合計しました")
        if all(len(p) == 1 for p in per):
            summed_years, years, col = "|".join(p[0] for p in per), [], ""
    named_rows = {k for c in conds if c.op == "rows" for k in c.value}
    if aggregate == "gap" and not years and col and t.column(col).numeric and t.column(col).year is None \
            and len(named_rows) == 2:
        # 「南部と北部の交流センター、年間でどれくらい差がある」: two rows named, one column of theirs apart.
        aggregate = "row_gap"
    if aggregate == "gap":
        # Two years' columns of the measure (the column said, or the table's one measure by year).
        base = t.column(col).base if col else None
        per = [[c.header for c in t.columns if c.numeric and c.year == y and (base is None or c.base == base)]
               for y in sorted(set(years))]
        if len(per) != 2 or not all(len(p) == 1 for p in per):
            return None
        summed_years, years, col = f"{per[0][0]}|{per[1][0]}", [], ""
    # What is asked: a column said and not bound (「担当課は？」), or the years' column of the measure.
    sheet_said = [c.value for c in prior if c.op == "sheet"]
    days = [c.header for c in t.columns if c.dates and _varies(t, c.header)]
    if _WHEN.search(qn) and len(days) == 1 and (not col or (not t.column(col).years_inside
                                                          and any(c.header == col for c in conds))):
        # 「公共施設の再編を議題にしたのはいつ？」: the column said is the condition's (議題); when is the day
        col = days[0]
    elif not col and not aggregate and _when_asked(qn):
        col = _when_column(t) or col  # 「…はいつオンライン化される予定？」: the one column of years
    if col:
        asked = _of_year(t, col, years)
        if years and t.column(asked).year == years[-1]:
            years = years[:-1]
        elif not years and t.column(asked).year is not None and t.column(asked).base and sheet_said \
                and t.column(_of_year(t, asked, sheet_said)).year == sheet_said[-1]:
            asked = _of_year(t, asked, sheet_said)  # 「その実績額は？」 of rows of the 令和7年度 sheet: that year's
        elif not years and t.column(asked).year is not None and t.column(asked).base and len(bound_years := {
                t.column(c.header).year for c in [*conds, *prior] if isinstance(c, Cond) and c.header in {x.header for x in t.columns}
                and t.column(c.header).year is not None}) == 1 \
                and t.column(_of_year(t, asked, list(bound_years))).year in bound_years:
            # 「令和7年度分で、一般競争の業務の削減額を足すと」: the year said bound the value before the measure
            # (令和7年度 契約方法); the measure is of that year too, not every year's added up.
            asked = _of_year(t, asked, list(bound_years))
        elif not years and aggregate == "sum" and not summed and t.column(asked).year is not None \
                and t.column(asked).base and t.column(asked).numeric \
                and len(spread := sorted((c for c in t.columns if c.base == t.column(asked).base
                                          and c.year is not None and c.numeric), key=lambda c: c.year)) >= 2:
            # 「削減予定台数は全部で何台」 over 削減予定台数 R7年度 | R8年度 | R9年度: every year's, added up
            # (the latest year alone is not all of it), said so.
            summed = [c.header for c in spread]
            notes.append(f"年度の指定がないため、{'・'.join(summed)}をすべて合計しました")
        elif not years and t.column(asked).year is not None and t.column(asked).base and (before_year := next(
                (t.column(c.header).year for c in prior if isinstance(c, Cond) and c.op == "ask"
                 and c.header in {x.header for x in t.columns} and t.column(c.header).year is not None), None)) \
                is not None and t.column(_of_year(t, asked, [before_year])).year == before_year:
            # 「計画値だと？」 after 「消防の2025年の実績値は？」: the other measure of the year asked before,
            # not the latest year's.
            asked = _of_year(t, asked, [before_year])
        elif not years and t.column(asked).year is not None and t.column(asked).base \
                and not (re.fullmatch(r"(?:前年度|前年|昨年度)(?:値|実績)?", _key(asked)) and _key(asked) in qn) \
                and not any(y.fiscal_year == t.column(asked).year for y in find_years(qn)) \
                and t.column(asked).year not in _round_years(t, qn):
            # 「最新の評価は？」 over 評価 by year: the latest year's column, said so.
            # (「前回の満足度」: the round said is the column's year, as a year said is)
            # (「R4実績は？」 names the column 実績R4 whole, its year with it: that column, not the latest)
            # (「前年度のリスク値」 over リスク値 | 前年度: the column of the year before, said by its header)
            same = [c for c in t.columns if c.base == t.column(asked).base and c.year is not None]
            latest = max(same, key=lambda c: c.year).header
            if latest != asked or len(same) > 1:
                asked = latest
                notes.append(f"年度の指定がないため、最新の「{asked}」の欄で答えました")
    elif years and _year_columns(t, None):
        by_year = [h for h in _year_columns(t, None) if t.column(h).year == years[-1]]
        before = next((c.header for c in prior if c.op == "ask" and c.header in {x.header for x in t.columns}), "")
        if len(by_year) > 1 and before and t.column(before).base:
            # 「令和7年度は？」 after 「…の令和6年度の進捗度は？」: the column asked before, of the year said now.
            by_year = [h for h in by_year if t.column(h).base == t.column(before).base]
        grouped = next((m.data for m in mentions if m.kind == "group"), "") if aggregate == "group" else ""
        if len(by_year) > 1 and grouped and t.column(grouped).base:
            # 「R6の評価の内訳」 over 経常収支比率 and 経営評価 by year: the year said is of the column counted by
            by_year = [h for h in by_year if t.column(h).base == t.column(grouped).base]
        if len(by_year) > 1 and len(bare := [h for h in by_year if not t.column(h).base]) == 1:
            # 「扶助費のR7は？」 over R7 … R11 and 構成比（R7）: the year said alone is the column printed as that year
            # alone; the other's word (構成比) is not said
            by_year = bare
        if len(by_year) > 1:
            # 「防災危機管理課は令和５年度は何時間」 over 時間外勤務時間 R5 and 年360時間超の人数 R5: the one in the unit asked
            by_year = _in_unit_asked(t, by_year, qn)
        asked = by_year[0] if len(by_year) == 1 else ""
        if asked:
            years = years[:-1]
    # Only when the rows are years: the first column is the year and no column names the rows.
    keyed = _row_year_column(t)
    if years and len(keyed) == 1 and not _year_columns(t, None) and aggregate.startswith("order_"):
        # 「6年度の電気使用量が多い順に3つ」 ranks rows by that year's figure: over a row per year, the year said
        # would leave one row to rank (nor is it the report's own year, its rows being years): not read here, the
        # table whose column is that year's reads it
        return None
    if years and len(keyed) == 1 and not _year_columns(t, None):
        # 「令和6年度の効果額」 over a table with a row per year (年度 | 窓口業務の民間委託 | … | 合計).
        conds.append(Cond(keyed[0].header, "fy_eq", years[-1], _said(keyed[0].header, "fy_eq", fy_text(years[-1]))))
        years = years[:-1]
    own = _report_years(t.doc_title)
    of_one_year = {c.year for c in t.columns if c.year is not None}
    if not own and len(of_one_year) == 1:
        own = of_one_year  # 「令和6年度の実績」 its only year's column: the table is of that year
    if not own and not of_one_year and len(caption_years := _report_years(t.caption)) == 1:
        # 「令和５年度決算で、本村が類似団体平均を上回っている」 over 「表２ 類似団体との比較（令和５年度決算）」, a
        # table of no year columns in a document of many years: the caption's one year is the table's own
        own = caption_years
    titled = any(m.kind == "year" and m.data[0] in own and _names_title(qn[m.end:], t.doc_title) for m in mentions)
    by_title = of_own_year = False
    # (「令和6年度 事務事業評価結果一覧（令和5年度実施事業）」: either year it names is its own)
    # (「R6〜R7に終わる」: a year that opens a span said is never the report's own year)
    spanned = any(m.kind == "year" and m.data[1] == "から" and any(o.kind == "year" and o.start > m.start for o in mentions)
                  for m in mentions)
    if years and len(set(years)) == 1 and set(years) <= own and not spanned \
            and (used & {"row", "value", "col", "cmp", "cols"} or titled):
        notes.append(f"{'・'.join(fy_text(y) for y in years)}はこの資料の年度として読みました")
        by_title = not used & {"row", "value", "col", "cmp", "cols"}
        of_own_year = True
        years = []  # 「今治市の2024年度の効果額」 of its 2024年度取組結果: the report's own year
    yearly_said = [m for m in mentions if m.kind == "col" and t.column(m.data).base
                   and t.column(_of_year(t, m.data, years)).year == years[-1]] \
        if years and len(set(years)) == 1 and t.sheets and not _own_sheet_rows(t) else []
    if yearly_said:
        # 「令和6年度の満足度が一番低い設問」 over a page per year's survey merged into one row per 設問, each
        # year's 満足度 a column of its own: the year is that column's, not a sheet the rows are picked by
        for m in yearly_said:
            bound = _of_year(t, m.data, years)
            col = bound if col == m.data else col
            m.data = bound
        years = []
    if years and t.sheets and set(years) <= set(t.sheets):
        # 「令和7年度の財政課の取組」 over a sheet per year: the rows that year's sheet lists.
        for fy in dict.fromkeys(years):
            conds.append(Cond("", "sheet", fy, f"{fy_text(fy)}の表に載っている"))
        years = []
    # (the last year of the span said picked the column asked, R7: the span is every year's)
    # (or headed by the years under the caption's one measure, 「類型別関連経費の実績」 over 令和4年度 │ …: said by it)
    series = t.column(asked).base if asked and asked in {c.header for c in t.columns} and t.column(asked).year is not None \
        and t.column(asked).base and caption_measure(t.caption).startswith(t.column(asked).base) else ""
    asked_year = t.column(asked).year if asked and asked in {c.header for c in t.columns} \
        and (not t.column(asked).base or series) else None
    span_said = [*years, *([asked_year] if asked_year is not None else [])]
    if spanned and len(set(span_said)) == 2:
        # 「令和3年度から令和5年度の合計」 with no まで: every year from the first to the second, as 「R3～R5」 says
        span_said = list(range(min(span_said), max(span_said) + 1))
    over_years = _year_only_columns(t, span_said, series) if years and len(set(span_said)) >= 2 and not measure else []
    if over_years and aggregate in ("max", "min"):
        # 「令和3年度から7年度までの5年間で、通報が一番多かった区分」 over 区分 | R3 | … | R7: each row's
        # years added up, the largest sum
        aggregate, measure, years, asked = "sum_cols_" + aggregate, "|".join(over_years), [], ""
        notes.append(f"{'・'.join(over_years)}を行ごとに合計して比べました")
    elif over_years and aggregate == "avg" and _PER_YEAR.search(qn):
        # 「R3〜R7の件数は1年あたり平均何件」: the years' totals (every row's), averaged over the years
        aggregate, measure, years, asked = "avg_years", "|".join(over_years), [], ""
        per = _PER_YEAR.search(qn)
        tail = re.match(r"(?:の)?(?:平均)?(?:で)?(?:何[件人回]|いくつ)?", qn[per.end():])
        taken.append((per.start(), per.end() + (tail.end() if tail else 0)))
    one_year = _year_only_columns(t, years) if years and len(set(years)) == 1 and aggregate in ("max", "min") \
        and not measure else []
    year_measure = one_year[0] if one_year else ""
    if one_year:
        # 「令和6年度いちばん高い柱」 over 柱 │ 令和5年度 │ 令和6年度 (the caption's one measure, a column per year):
        # the year said is the column compared (below, when no other measure is said)
        years = []
    if years:
        return None  # a year said that bound to nothing: not read, and no answer without it
    if two_asked and rows_named and not aggregate:
        asked = ""
    if aggregate.startswith("top_") and not measure and any(m.kind == "group" for m in mentions):
        measure, asked = next(m.data for m in mentions if m.kind == "group"), ""
    if summed and aggregate in ("max", "min"):
        # 「1月から3月までの合計がいちばん多い手続」: the row whose months added are the largest
        aggregate, measure, asked = "sum_cols_" + aggregate, "|".join(summed), ""
    elif summed:
        aggregate, measure = "sum_cols", "|".join(summed)
    if aggregate in ("delta", "diff"):
        measure = next(m.data for m in mentions if m.kind == aggregate)
    if aggregate == "diff":
        measure = qualified_pair(t, qn, measure)  # 「措置済の件数は意見のほうが…」: of 措置済, not of 件数
    if aggregate == "sum_change":
        measure = next(m.data for m in mentions if m.kind == "delta")
    if aggregate == "avg_cols":
        measure = next(m.data for m in mentions if m.kind == "avg_cols")
    if aggregate in ("max_cells", "min_cells"):
        measure, asked = next(m.data for m in mentions if m.kind == "cells"), ""
    if aggregate == "marked_years":
        measure, asked = next(m.data for m in mentions if m.kind == "marked_years"), ""
    if aggregate == "gap":
        measure, asked = summed_years, ""
    if aggregate == "row_gap":
        measure, asked = asked, ""
    if aggregate == "group":
        measure = next(m.data for m in mentions if m.kind == "group")
        if t.column(measure).base and t.column(measure).year is not None:
            # 「達成度の内訳（R7）」: the year said picks the column; none said, the latest, said so.
            same = [c for c in t.columns if c.base == t.column(measure).base and c.year is not None]
            # 「令和6年度の進捗状況の内訳」 over a sheet per year: the year read as that sheet's rows is the column's too
            on_sheet = [c.header for c in same if c.year in [x.value for x in conds if x.op == "sheet"]]
            if asked and asked in [c.header for c in same]:
                measure = asked  # the year said picked it (above)
            elif len(on_sheet) == 1:
                measure = on_sheet[0]
            else:
                measure = max(same, key=lambda c: c.year).header
                notes.append(f"年度の指定がないため、最新の「{measure}」の欄で数えました")
        asked = ""
    if aggregate == "count" and asked and _lists_entries(t, asked) and not any(c.header == asked for c in conds):
        # 「第2回の報告事項は何件」「協議事項は延べ何件」: the entries a column lists in each row, counted
        aggregate, measure, asked = "entries", asked, ""
    if aggregate == "count" and asked and rows_named:
        aggregate = ""  # 「電子申請の拡充はR6の達成度がいくつ？」: its value, not how many
    if aggregate == "count" and asked and t.column(asked).numeric and conds \
            and all(c.op == "eq" and _names_each_row(t, c.header) for c in conds):
        # 「キャッシュレス納付率、令和6年度の実績はいくつ？」: a value of a column naming each row (指標)
        # names a row as its title does; the number asked is its value, not how many rows.
        aggregate = ""
    grouping = next((g for m in re.finditer(r"何[一-龥ァ-ヶー]{2,6}", qn)
                     if (g := grouping_counted(t, m.group(0), {c.header for c in conds}))), "")
    if not grouping and aggregate in ("", "count") and asked in ("",) + tuple(
            c.header for c in t.columns if re.fullmatch(r"[一-龥]名", _key(c.header))):
        # 「…室って何室」 over 室名 merged over a room's 区分 rows: how many rooms (one kanji counter, the column X名)
        one = next(((c.header, m.span()) for m in re.finditer(r"何([一-龥])(?![一-龥ァ-ヶー])", qn) for c in t.columns
                    if not c.numeric and _key(c.header) == m.group(1) + "名"
                    and c.header not in {x.header for x in conds} and grouping_counted(t, "何" + c.header, set())), None)
        if one:
            aggregate, measure, asked = "distinct", one[0], ""
            taken.append(one[1])
    if aggregate == "count" and grouping and asked in ("", grouping):
        # 「改定率が40％以上の区分がある施設は何施設？」 over 施設 merged over its 区分 rows: the facilities, not
        # the rows (see counter_of_column)
        aggregate, measure, asked = "distinct", grouping, ""
    if aggregate == "" and asked and asked != t.name and not t.column(asked).numeric \
            and not any(c.header == asked for c in conds):
        # 「所管課は何課？」: how many different 課 the column holds (see counter_of_column)
        span = next((sp for m in mentions if m.kind == "col" and m.data == asked
                     and (sp := counter_span(t.column(asked).base, qn, m.end))), None)
        if span and conds and _names_rows_in_groups(t, asked):
            # (「※印の区分は何区分」 over rows each its own 区分 of its 施設: the rows chosen, counted)
            aggregate, asked = "count", ""
            taken.append(span)
        elif span and names_end_in_counter(t, asked):
            aggregate, measure, asked = "distinct", asked, ""
            taken.append(span)
    if aggregate == "count" and asked and asked != t.name and not t.column(asked).numeric \
            and not t.column(asked).years_inside and not any(c.header == asked for c in conds):
        # (「A評価は何件？」: the column names the value said, and the rows are counted)
        # 「担当課はいくつある？」: how many values the column holds, not how many rows.
        said_col = next((m for m in reversed(mentions) if m.kind == "col" and t.column(m.data).base == t.column(asked).base), None)
        counted = next((m for m in mentions if m.kind == "count"), None)
        # (「増減率が20%以上の施設の区分は何件？」: 何件 of a column named after conditions counts the rows
        # chosen, each its own 区分; the kinds are counted by いくつ or 何種類)
        # (「会議は何回開催された」: 何回 counts the times, each row one, never the names held)
        rows_counted = counted is not None and (qn[counted.start:counted.end] == "何回" or (
            bool(conds) and qn[counted.start:counted.end] == "何件"))
        # (「NPO法人が指定管理者の施設はいくつ」 beside a column 施設の維持管理: the word before its の said
        # alone is what the rows are, counted, not that column's kinds)
        rows_counted = rows_counted or (said_col is not None
                                        and t.column(asked).base.startswith(qn[said_col.start:said_col.end] + "の"))
        # (「引下げになる区分はいくつ」 over rows each its own 区分 of its 施設: the rows chosen, each a 区分)
        rows_counted = rows_counted or (bool(conds) and _names_rows_in_groups(t, asked))
        # (「改善手法って「なし」を除くと何種類」: the blank cells left out between, as the kinds leave them anyway)
        between = re.sub(_BLANKS_LEFT_OUT.pattern + r"(?:と|ば|て)?[、,]?", "", qn[said_col.end:counted.start]) \
            if said_col and counted else ""
        # (「取組を担当している課は全部でいくつ」: the column said by its verb, 担当 of 所管課, and the noun it
        # qualifies its own counter, 課)
        own = re.escape(nfkc(t.column(asked).base).strip()[-1:] or "課")
        if said_col and counted and not rows_counted and re.fullmatch(
                r"(?:(?:して(?:い)?る|する|した|の)" + own + r")?(?:は|が|って|の数は?|数は?)?(?:全部で|あわせて|合わせて)?",
                between):
            aggregate, measure, asked = "distinct", asked, ""
    if not asked and not aggregate and rows_named and re.search(r"(?:いくら|何円)に(?:なる|なり|なっ)", qn):
        # 「住民票の写しはいくらになる？」 over 現行 | 改定後: what it becomes is the revised amount.
        after = [c.header for c in t.columns if c.numeric and re.match(r"(?:改定|見直し|変更|改正)後", c.base)]
        if len(after) == 1:
            asked = after[0]
    of_best = ""
    if asked and asked in {c.header for c in t.columns} and t.column(asked).year is not None and not t.column(asked).base:
        # 「R7の構成比で見て…大きい順」 over R7 … R11 │ 構成比（R7）: the year said with a measure whose own column is
        # that year's (構成比 of R7) asks that column, not the year's amounts
        of_year = {m.data for m in mentions if m.kind == "col" and m.data in {c.header for c in t.columns}
                   and t.column(m.data).base and t.column(m.data).year == t.column(asked).year}
        if len(of_year) == 1:
            asked = of_year.pop()
    numeric_said = [m.data for m in mentions if m.kind == "col" and t.column(m.data).numeric and m.data != t.number]
    # (「いちばん新しい施設は」: the extreme of a day or year column read; 施設 then names the rows asked)
    numeric_said += [m.data for m in mentions if m.kind == "day"]
    if year_measure and not numeric_said:
        numeric_said.append(year_measure)  # (the year's column is the measure said: 「令和6年度いちばん高い柱」)
    grouped = next((c.header for c in prior if c.op == "grouped" and c.header in {x.header for x in t.columns}), "")
    if aggregate in ("max", "min") and not asked and grouped and not numeric_said:
        # 「いちばん多い課はどこ？」 after counts by 担当課: the value most rows hold, the column's last word its name.
        aggregate, measure = "top_" + aggregate, grouped
        for n in range(len(nfkc(grouped)), 0, -1):
            at = qn.find(_key(nfkc(grouped)[-n:]))
            if at >= 0 and all(e <= at or s >= at + n for s, e in taken):
                taken.append((at, at + n))
                break
    extreme_said = next((qn[m.start:m.end] for m in mentions if m.kind == "agg" and m.data == aggregate), "")
    from assistant.query.tables.key_groups import groups_counted
    if aggregate in ("max", "min") and asked and ((not t.column(asked).numeric and not t.column(asked).dates)
                                                  or (set(numeric_said) <= {asked} and groups_counted(t, asked, extreme_said))) \
            and asked != t.name:
        if numeric_said and t.column(asked).numeric:
            aggregate, measure, asked = "top_" + aggregate, asked, ""  # (groups_counted: 提出者番号 of most rows)
        elif numeric_said:
            # 「事業費が最も大きい事業の所管課は？」: the asked column of the row with the largest value.
            of_best, asked = asked, _of_year(t, numeric_said[-1], years)
        elif _counted_before_rows_asked(t, qn, mentions, asked, aggregate):
            # 「改善指示の件数が一番多い施設は？」: the rows asked (施設) by how many of the column's things each has —
            # not the value most rows hold (改善指示 無); no column counts them here.
            return None
        else:
            # 「取組がいちばん多い部は？」: the value of a column that most rows hold.
            aggregate, measure, asked = "top_" + aggregate, asked, ""
    if aggregate in ("sum", "avg", "max", "min", "order_asc", "order_desc"):
        # (「建築年度の古い順」: a column of days or of years, 昭和49年度, ordered as max/min read them, when the order
        # is said in words of time or as 昇順/降順; 「上位3つに入ってた年度は」 asks no order of the years)
        measure = asked if asked and (t.column(asked).numeric or (aggregate in ("max", "min") and t.column(asked).dates) or (
            aggregate.startswith("order_") and (t.column(asked).dates or t.column(asked).years_inside)
            and _ORDER_OF_TIME.search(qn))) else ""
        measure = next((m.data for m in mentions if m.kind == "day"), summed_years or measure)  # 「一番早く完了した」: 完了日
        if measure and measure == t.number and asked == measure and numeric_said and numeric_said[-1] != measure:
            # 「平均評価点が一番高い分野」 over 分野 │ 分野名 │ 平均評価点: the rows' word said after the extreme is their
            # numbering column's too; the rows are asked, weighed by the figure said before
            measure = numeric_said[-1]
        measure = "|".join(added_cols) if added_cols else measure
        if not measure and aggregate.startswith("order_") and numeric_said:
            # 「改定後料金が高い施設、上から3つ」: the rows (施設) ordered by the amount said before them
            measure = numeric_said[-1]
        if not measure and not (aggregate.startswith("order_") and _COUNT_ORDERED.search(qn)):
            # (a serial No. beside the rows' printed code, 管理番号, only counts the rows: no measure to order by;
            # 「施設ごとの区分の数を多い順に」 orders by a count said, never by the table's one measure unsaid)
            numeric = [c.header for c in t.columns if c.numeric and c.header != t.number
                       and not _NUMBERING_HEADER.search(_key(c.header))]
            measure = numeric[0] if len(numeric) == 1 else ""
        if not measure:  # 「その合計は？」 after rows chosen by an amount: that amount
            said = {c.header for c in prior if c.op in ("ge", "gt", "le", "lt", "between", "eq")
                    and c.header in {h.header for h in t.columns if h.numeric}}
            measure = said.pop() if len(said) == 1 else ""
        revised = revision_summed(t, qn) if not measure and aggregate == "sum" else None
        if revised:
            # 「引上げ額を全部足すと」 over 現行 | 改定案: each row's revision, added up (revision_amount)
            aggregate, measure = "diff", revised[0]
            taken.append(revised[1])
        if not measure:
            return None
        asked = of_best
    if aggregate in ("sum", "avg", "max", "min", "order_asc", "order_desc") and measure \
            and (measure == t.number or _NUMBERING_HEADER.search(_key(measure)) or _SERIAL_HEAD.search(_key(measure))) \
            and not _NUMBER_SAID.search(qn):
        # (「一番意見が多かった項目」 over 意見No.: the rows' serial number, said by its word alone (意見), is no amount
        # to weigh — how many opinions there are is no number a row prints)
        return None
    # (the rows' own word, 「取組」 of a column 取組, names what is listed and weighs nothing)
    score = sum(m.end - m.start for m in mentions if m.kind in ("row", "value", "col", "number", "code", "year", "cyear", "ymonth", "yspan", "endspan", "newly", "became", "newly_sheet", "began_since", "unrated", "rated", "unanimous", "topcount", "cmp", "change", "colsum", "addcols", "added", "notrow", "defined", "dash_all", "dash_years", "filled_years", "cost_in_years", "peak_year", "odd",
                                                                 "presence", "signed", "contains", "era", "day", "cols", "section", "grouped",
                                                                 "below_zero", "length", "listlen", "units", "members_all", "dash_meant", "better_way", "share",
                                                                 "place_kind", "age_band", "deed")
                and not (m.kind == "col" and m.data == t.name))
    # (「稼働率が下がった」: the measure said with the change weighs as a column said, though the change took it)
    score += sum(len(b) for m in mentions if m.kind == "change" and "|" not in str(m.data[0])
                 and (b := _key(t.column(m.data[0]).base)) and len(b) >= 2 and b in qn
                 and not any(x.kind == "col" and t.column(x.data).base == t.column(m.data[0]).base for x in mentions))
    # (「前年度より評価が上がった」 over 総合評価 by year: the measure said by the end of its name, 評価, weighs too)
    score += sum(len(w) for m in mentions if m.kind == "change" and "|" not in str(m.data[0])
                 and (w := _said_name_end(_key(t.column(m.data[0]).base), qn[m.start:m.end]))
                 and _key(t.column(m.data[0]).base) not in qn)
    rows_said = any(m.kind == "col" and m.data == t.name for m in mentions)  # 「酒田市の改革項目」: its rows listed
    if not score and aggregate not in ("count", "group", "top_max", "top_min", "delta", "diff", "gap", "sum_change", "avg_cols", "marked_years",
                                       "max_cells", "min_cells", "entries") and "list" not in used and not rows_said \
            and not (prior and aggregate in ("sum", "avg", "max", "min")):  # 「その合計は？」 of the rows before
        return None
    from assistant.query.tables.marked_years import marked_years
    conds = marked_years(t, qn, conds, taken, Cond)  # 「R9までに…予定」 over cells 令和4年度完了 / R9予定
    from assistant.query.tables.pair_any_year import pair_in_any_year
    conds = pair_in_any_year(t, qn, conds, taken, Cond)  # 「実績が計画を上回った年度がある」: in some year, not the latest
    spans = [s for s in taken if s not in _years_unheld(t, mentions, conds)]
    # (「6人の判定が全員一致した」: the vote of the table's grouped columns, said as its own words are)
    said = [qn[m.start:m.end] for m in mentions if m.kind in ("value", "col", "cols", "group", "unanimous", "topcount")
            and not (m.kind == "col" and m.data == t.name)] + verb_said
    # (「減額になった」 read by the table's legend 「▲は減額」, 「増額幅が…を超える」 on its change column: the legend's word
    # and the change's are the table's own words, said)
    said += [w for m in mentions if m.kind == "below_zero" and re.fullmatch(r"[一-龥]{2,}", w := qn[m.start:m.end])]
    # (「満足とやや満足の合計」: the two columns said added are the table's own words said, as each alone is)
    said += [h for m in mentions if m.kind == "added" for h in m.data if _key(h) in qn]
    # (「後期（R13〜R17）に事業費がある」: a figure column of no year said by its own name, then whether its cell holds
    # a figure: the column's word said, as 「後期の事業費」 is)
    # (「前期の５年間、毎年…事業費がついてる」: year columns said by the word they print with their years, 前期)
    said += [qn[m.start:m.end] for m in mentions if m.kind == "filled_years" and t.column(m.data[0]) is not None
             and (base := t.column(m.data[0]).base) and base in qn[m.start:m.end]]
    # (「前期と後期を合わせた総事業費が一番小さい」: two figure columns said by name, added: the columns' words said)
    said += [qn[m.start:m.end] for m in mentions if m.kind == "addcols"]
    said += [qn[m.start:m.end] for m in mentions if m.kind == "cost_in_years" and len(m.data[0]) == 1
             and t.column(m.data[0][0]) is not None and t.column(m.data[0][0]).year is None]
    # (「令和6年度から新たに評価対象になった」 over marks per year: the year said is that of the table's own columns)
    said += [y.group(0) for m in mentions if m.kind in ("began_since", "unrated", "rated")
             and not any(t.column(h).numeric for h in m.data[1])
             and (y := re.match(r"(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度?|\d{4}\s*年度?", qn[m.start:m.end]))]
    # (「令和４年度はまだ実施してなかった取組」: the verb a note of this table defines its dash by (未実施), of rows
    # called by the word of its name column (取組 of 取組名), is its own words said)
    said += [qn[m.start:m.end] for m in mentions if m.kind == "dash_meant" and t.name
             and any(len(f) >= 2 and f in qn for f in (_key(t.name), re.sub(r"名$", "", _key(t.name))))]
    # (「柱Ⅳの取組」: the group the document's heading rows name, by its word and code, is its own words said)
    said += [qn[m.start:m.end] for m in mentions if m.kind == "section" and len(m.data) > 2]
    said += [w.group(0) for m in mentions if m.kind == "signed" and isinstance(m.data, tuple) and len(m.data) == 3
             and (w := re.match(r"(?:増額|増加|減額|減少)(?:幅|額)?", qn[m.start:m.end]))]
    # (「オンライン件数が減った」: the measure's word said of a change between two years is said too, though the
    # change took its mention)
    said += [max(forms, key=len) for c in conds if c.op.startswith("change_") and c.header.count("|") == 1
             if (forms := [f for f in t.column(c.header.split("|")[0]).forms if len(f) >= 2 and f in qn])]
    # (「稼働率が上がった」: the measure whose change is read is a column word said, as a column's own is)
    said += [b for m in mentions if m.kind == "change" and (b := _key(t.column(m.data[0]).base)) and b in qn and b not in said]
    # (「令和に入ってから委託を始めた」: the word of the column of years the era bounds, 委託 of 委託開始年度, is said)
    said += [stem for c in conds if c.op in ("fy_in", "fy_start_in") and c.header in {x.header for x in t.columns}
             and len(stem := re.sub(r"(?:開始|着手|実施|完了|終了)?(?:年度|時期|年)$", "", _key(t.column(c.header).base))) >= 2
             and stem in qn and stem not in said]
    # (「基本方針３の取組」: the group whose rows another table or the plan's records say, read on this table's rows)
    said += [qn[m.start:m.end] for m in mentions if m.kind == "grouped" and qn[m.start:m.end] not in said]
    if aggregate == "delta" and "|" in measure and any(c.header == measure.split("|")[0] for c in t.columns):
        # (「稼働率の伸びがいちばん大きい」: likewise the measure whose change between two years is compared)
        b = _key(t.column(measure.split("|")[0]).base)
        said += [b] if b and b in qn and b not in said else []
    if aggregate in ("sum", "sum_cols") and _PERCENT_ASKED.search(qn) and measure and not any(
            h in {c.header for c in t.columns} and "%" in nfkc(t.column(h).unit or t.column(h).header)
            for h in measure.split("|")):
        # 「総合満足度（満足＋やや満足）は何パーセント」 over counts in 件: a sum of counts is no share; stated as
        # the percentage asked it would be wrong with confidence
        return None
    reading = _Reading(t, conds, spans, aggregate, measure, asked, named, score, verbatim,
                    bool(used & {"row", "value", "col", "number", "code", "year", "cyear", "ymonth", "yspan", "endspan", "newly", "became", "newly_sheet", "began_since", "unrated", "rated", "unanimous", "topcount", "cmp", "count", "agg", "change", "presence", "defined", "colsum", "addcols", "added", "notrow", "dash_all", "dash_years", "filled_years", "cost_in_years", "peak_year", "odd",
                                 "cols", "contains", "signed", "below_zero", "length", "listlen", "units", "delta", "diff", "section",
                                 "grouped", "members_all", "dash_meant", "better_way", "share",
                                 # (「そのうち令和になってから始まったものは？」: an era read on the rows' years)
                                 "era",
                                 # (「そのうち町だけ」: the kind of municipality, over a table of them)
                                 "place_kind", "age_band"}),
                    notes, said,
                    part_year if asked else 0)
    reading.by_title, reading.own_year = by_title, of_own_year
    from assistant.query.tables.column_left_over import columns_left_over

    reading.left += columns_left_over(t, qn, mentions, reading)  # (「満足、やや満足の合計」: 満足 never dropped silently)
    return reading


def _years_unheld(t: Table, mentions: list[_Mention], conds: list[Cond]) -> set[tuple[int, int]]:
    """The spans of years said that the table holds nowhere: no column, sheet or cell of that year, no condition
    on it, not the document's own year. 「R5もR9も◎」 over R4 | R5 | R6 read R9 as said and answered R5 alone
    with confidence; the year left unread shows as unused instead."""
    said = [m for m in mentions if m.kind == "year"]
    if not said or any(c.years_inside or c.dates or c.schedule for c in t.columns):
        return set()  # (a column of years: a year said may be its value, bound by a comparison)
    held = {c.year for c in t.columns if c.year is not None} | set(t.sheets)
    held |= {y.fiscal_year for y in find_years(nfkc(f"{t.doc_title} {t.caption} {t.source} {t.name or ''}"))}

    def in_conds(fy: int) -> bool:
        return any(fy == v or isinstance(v, (tuple, list, set, frozenset)) and fy in v
                   for c in conds for v in (c.value,))
    unheld = {m.data[0] for m in said if m.data[0] not in held and not in_conds(m.data[0])}
    if unheld:
        # (a year printed in the rows' cells, 令和9年度 of a row's note: said, it may name that row)
        unheld -= {y.fiscal_year for r in t.rows for v in r["cells"].values()
                   if isinstance(v, str) and "年" in v for y in find_years(nfkc(v))}
    return {(m.start, m.end) for m in said if m.data[0] in unheld}


def _year_beside(t: Table, header: str, vk: str) -> bool:
    """Whether every cell of a column holding a value prints a fiscal year beside it (完了（令和5年度）)."""
    cells = [nfkc(str(r["cells"].get(header) or "")) for r in t.rows]
    holding = [c for c in cells if vk and vk in _key(c)]
    return bool(holding) and all(find_years(c, calendar=True) for c in holding)


def _names_each_row(t: Table, header: str) -> bool:
    """A column of words (no numbers) each row has its own of, as its title: 指標 beside 取組項目."""
    if header not in {c.header for c in t.columns} or t.column(header).numeric or len(t.rows) < 3:
        return False
    values = [nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows]
    return all(values) and len(set(values)) == len(values)


def _done_by(qn: str, m, target: str, op: str, taken: list[tuple[int, int]]) -> None:
    """「令和8年度までに…削減が完了する」 over a column of years or spans (2025～2027): done by the year is the
    (last) year at most, as fy_le reads it; the verb is used by it."""
    # (「終わる予定」: the span is the plan's, its end planned; 予定 is said of the verb, no condition of its own)
    done = re.match(r"[^、。?？]{0,12}?(?P<v>完了|終了|終わ|終え)[ぁ-ん]*(?:予定)?", qn[m.end:]) if op == "fy_le" else None
    if done and not re.search(r"開始|着手|始期", target):
        taken.append((m.end + done.start("v"), m.end + done.end()))


def _of_spans(t: Table, header: str) -> bool:
    """Whether a column holds spans of years (2024〜2026), most of its cells more than one year: its
    「…まで」 is where a span ends, where a column of single years (目標年度) is bounded by it."""
    spans = [_fy_span(r["cells"].get(header)) for r in t.rows]
    spans = [s for s in spans if s]
    return bool(spans) and sum(a < b for a, b in spans) * 2 > len(spans)


def _names_title(after: str, title: str) -> bool:
    """「令和7年度の事務事業見直しで」: the words after a year are the title's (the document named by its year)."""
    words = re.match(r"の?([^、。でにはがを]{4,})", after)
    return bool(words) and _key(words.group(1)[:4]) in _key(title)


_WORDED = {"cnt_eq": "{}に挙がる数が{}", "cnt_ge": "{}に挙がる数が{}以上", "cnt_le": "{}に挙がる数が{}以下",
           "cnt_lt": "{}に挙がる数が{}未満", "cnt_gt": "{}に挙がる数が{}を超える",
           "empty": "{}が空欄{}", "filled": "{}の記載あり{}", "nonzero": "{}が0・空欄以外{}", "zero": "{}が0か空欄{}", "d_eq": "{}が{}", "ym_eq": "{}が{}", "ym_ge": "{}が{}以降", "ym_le": "{}が{}まで", "ym_lt": "{}が{}より前", "ym_gt": "{}が{}より後", "d_ne": "{}の始まりが{}以外", "d_le": "{}が{}まで", "d_lt": "{}が{}より前", "d_ge": "{}が{}以降", "d_gt": "{}が{}より後", "d_end": "{}の終わりが{}",
           "len_eq": "{}の長さが{}年", "len_ge": "{}の長さが{}年以上", "len_le": "{}の長さが{}年以下", "len_lt": "{}の長さが{}年未満", "len_gt": "{}の長さが{}年を超える",
           "eq": "{}が{}", "ne": "{}が{}以外", "fy_eq": "{}が{}", "fy_end": "{}の終わりが{}", "fy_start": "{}が{}から", "fy_start_le": "{}の始まりが{}まで", "fy_start_lt": "{}の始まりが{}より前", "fy_lasts": "{}が{}まで続く", "fy_only": "{}が{}だけ", "fy_le": "{}が{}まで", "fy_lt": "{}が{}より前",
           "fy_ge": "{}が{}以降", "fy_gt": "{}が{}より後", "ge": "{}が{}以上", "gt": "{}が{}を超える", "le": "{}が{}以下",
           "lt": "{}が{}未満", "between": "{}が{}", "cols_gt": "{}が{}を上回る", "cols_ge": "{}が{}以上", "cols_le": "{}が{}以下",
           "cols_lt": "{}が{}を下回る", "cols_eq": "{}と{}が同じ", "cols_ne": "{}と{}が異なる"}


# 「…までに（対策に）着手する」「…以降に始める」: the verb of beginning after a year's bound (what begins, said before it)
_BEGUN_BY = re.compile(r"(?:に|から)?\s*(?:[^\s、。をがはにで]{1,8}(?:に|を))?\s*(?:着手|始め|始ま|開始|取りかか|取り掛か|スタート)[ぁ-ん]*")


# A year's bound as a condition on a column of years (「までに」 by it, 「以降」 from it on).
_BOUND_OPS = {"まで": "fy_le", "までに": "fy_le", "以前": "fy_le", "より前": "fy_lt", "以降": "fy_ge", "以後": "fy_ge",
              "より後": "fy_gt", "より先": "fy_gt"}
# (「R6目標がR5目標より」: R5 said with no 年 as well)
_YEAR_BETWEEN = compiled(r"(?:が|は)\s*(?:もう|すでに|既に)?[、,]?\s*(?:(?:(?:令和|平成|r|h|R|H)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年度?"
                         r"|[rhRH]\s*\d{1,2}(?![\d年]))の?")
_UNIT_ASIDE = compiled(r"^(?:百万|十万|万|千|億)?円$|^(?:件|人|時間|%|％)$")
# 「利用者数が前年度を下回った」「前年より増えた」: said of a measure beside a column of its ratio to the year before
# (「実績の数値が」: the column's figure said as such; 「小さくなった」「低くなった」: less, as 減った is)
_PREVIOUS_YEAR = compiled(r"^(?:の(?:数値|値|数字))?(?:が|は)?\s*(?:前年度|前年|昨年度|昨年)(?:を|より|と比べて|に比べて|と比較して)?\s*"
                            r"(?P<verb>上回|下回|増|減|多|少な|伸び|落ち|超え|小さ|大き|低|高|下が|上が)(?:(?<=[増減])(?:額|少|加))?[ぁ-ん]*")
_LESS_VERB = compiled(r"下回|減|少な|落ち|小さ|低|下が")
_RATIO_TO_PREVIOUS = compiled(r"^(?:対)?(?:前年度|前年)(?:比|対比)")


# 「前年度比で何％増えた」「前年度と比べて何時間増えた」: the row's change from the year before asked, in
# the unit said.
_CHANGE_FROM_PREVIOUS = compiled(
    r"(?:前年度|前年|昨年度|昨年)(?:比|対比|と比べ(?:て|ると)|に比べ(?:て|ると)|と比較(?:して|すると)|から|より)?(?:で|では|は)?\s*"
    r"(?:何|なん|どれ(?:くらい|ぐらい|だけ)|いくら)(?P<unit>[％%]|ぱーせんと|パーセント|ポイント|ぽいんと|[一-龥]{1,2})?"
    r"(?:くらい|ぐらい)?(?:増え|増加|減っ|減少|伸び|上が|下が|変わ|変化)[ぁ-ん]*")


def _change_from_previous(t, qn: str, mentions, free, take) -> None:
    """The column of the change from the year before (前年度比 増減（時間） | 増減率（%）) picked by the unit
    the question asks in (何％ → the rate, 何時間 → the column in 時間), its value asked."""
    m = _CHANGE_FROM_PREVIOUS.search(qn)
    # (「何%」 already read as the unit the answer is asked in)
    if m is None or any(x.start < m.end() and x.end > m.start() and x.kind != "filler" for x in mentions) \
            or (not mentions and not free(*m.span())):
        return
    changes = [c for c in t.columns if c.numeric and re.search(r"増減|差引|差額|伸び", c.base)]
    unit = m.group("unit") or ""
    rate = bool(re.fullmatch(r"[％%]|ぱーせんと|パーセント|ポイント|ぽいんと", unit))
    picked = [c for c in changes if (c.unit == "%" or c.base.endswith("率")) == rate
              and (rate or not unit or _key(c.unit) == _key(unit))]
    if len(picked) == 1:
        take(*m.span(), "col", picked[0].header)


def _against_previous_year(t, qn: str, mentions: list, free, take) -> None:
    """The measure said (利用者数) compared with the year before, read as its ratio column (前年度比)
    against 100%, when the table has one such column and none of the year before itself."""
    ratios = [c.header for c in t.columns if c.numeric and _RATIO_TO_PREVIOUS.match(c.base)]
    if len(ratios) != 1:
        _against_previous_column(t, qn, mentions, free, take)
        return
    for b in [m for m in mentions if m.kind == "col" and m.data != ratios[0]]:
        verb = _PREVIOUS_YEAR.match(qn[b.end:])
        if not verb or not free(b.end, b.end + verb.end()) or not t.column(b.data).numeric:
            continue
        mentions.remove(b)
        down = _LESS_VERB.match(verb.group("verb"))
        neg = re.search(r"な(?:い|かっ|く)|ず", verb.group(0)[verb.end("verb"):])  # 「下回らなかった」
        op = ("ge" if neg else "lt") if down else ("le" if neg else "gt")
        take(b.start, b.end, "col", ratios[0])
        take(b.end, b.end + verb.end(), "cmp", (op, 100.0, ""))


_TO_NONE = compiled(r"どの([一-龥ァ-ヶー]{1,6})(?:にも|とも)(?:関係|関連|紐づ|紐付|ひもづ|結びつ|結び付)[ぁ-ん]*?"
                      r"(?P<neg>ない|なかった|ません)")


# 「令和5年度決算より令和6年度予算のほうが増えてる」: the second column said is more (or less) than the first.
_THE_OTHER_MORE = compiled(r"^(?:の方|のほう)?が\s*(?:(?P<up>増え|増加|多|大き|高|上回)|(?P<down>減|少な|小さ|低|下回))[ぁ-ん]*")


def _own_words_of_column(t, qn: str, mentions: list, free, take) -> None:
    """A column's mention taking in the words its header prints in brackets (「二次評価 (行政評価委員会)」), said
    after it in brackets or before it with の (「所管課の一次評価」 of 「一次評価 (所管課)」): where those words
    read as another column (所管課) they only say which of the columns is meant."""
    cols = sorted((m for m in mentions if m.kind == "col"), key=lambda m: m.start)
    for m in cols:
        inner = re.findall(r"[(（]([^()（）]+)[)）]", nfkc(m.data))
        if not inner:
            continue
        words = {_key(w) for w in inner}
        after = re.match(r"[(（]([^()（）]+)[)）]", qn[m.end:])
        if after and _key(after.group(1)) in words and free(m.end, m.end + after.end()):
            take(m.end, m.end + after.end(), "filler")
            m.end += after.end()
        before = next((x for x in cols if x is not m and x in mentions and x.end + 1 == m.start
                       and qn[x.end:m.start] == "の" and _key(qn[x.start:x.end]) in words), None)
        if before is not None:
            mentions.remove(before)
            take(before.start, m.start, "filler")
            m.start = before.start


def _more_than_the_other(t, qn: str, mentions: list, free, take) -> None:
    """Two numeric columns said 「AよりBのほうが増えてる」, each with its year said right before it (令和5年度
    決算, 令和6年度予算): the row's B above A, the years picking each column of its measure."""
    cols = sorted((m for m in mentions if m.kind == "col" and t.column(m.data).numeric), key=lambda m: m.start)
    years = [m for m in mentions if m.kind == "year" and not m.data[1]]

    def of_year(m):
        """The column of the mention's measure in the year said just before it (or its own, none said)."""
        said = next((y for y in years if y.end <= m.start and re.fullmatch(r"の?", qn[y.end:m.start])), None)
        if said is None:
            return None, None
        c = t.column(m.data)
        own = [o.header for o in t.columns if o.numeric and o.base == c.base and o.year == said.data[0]]
        return (own[0], said) if len(own) == 1 else (None, None)

    for a, b in zip(cols, cols[1:]):
        more = _THE_OTHER_MORE.match(qn[b.end:])
        first, a_year = of_year(a)
        second, b_year = of_year(b)
        if more and first is None and second is None and t.column(a.data).base != t.column(b.data).base \
                and re.fullmatch(r"より(?:も)?[、,]?", qn[a.end:b.start]) and free(b.end, b.end + more.end()) \
                and not (more.group("up") and re.match(r"増", more.group("up"))):
            # 「R6で補助金より委託料のほうが多い」: two measures of a row compared, no year said before either (the
            # year said once, or none, picks both columns as a comparison's columns are picked)
            mentions.remove(a)
            mentions.remove(b)
            take(a.start, b.end + more.end(), "cols", (b.data, a.data, "gt" if more.group("up") else "lt", False))
            return
        if not more or not first or not second or first == second \
                or not re.fullmatch(r"より(?:も)?[、,]?", qn[a.end:b_year.start]) or not free(b.end, b.end + more.end()):
            continue
        for m in (a, b, a_year, b_year):
            mentions.remove(m)
        take(a_year.start, b.end + more.end(), "cols", (second, first, "gt" if more.group("up") else "lt", False, True))
        return


# 「値下げになる」「値上げされた」: a fee revised down or up.
# 「料金が下がる」: the fee said with its verb.
# (「使用料が今より下がる」: a fee said by its kind, 使用料・手数料, and 今より, the amount in force, said as its
# other side)
_PRICED = r"(?:料金|値段|価格|使用料|手数料|利用料)(?:が|は)(?:今|現行|現在|いま)?(?:より|よりも)?"
_PRICE_CHANGE = compiled(r"(?:(?P<down>値下げ|値下がり|引き?下げ|" + _PRICED + r"下が[らりるれっ][ぁ-ん]*)"
                           r"|(?P<up>値上げ|値上がり|引き?上げ|" + _PRICED + r"上が[らりるれっ][ぁ-ん]*)"
                           # 「手数料で改定されるのは」: the revised amount other than the one in force
                           r"|(?P<differ>(?:改定|変更)(?:される|された|する|した|になる)(?![ぁ-ん]*ない)))(?![率額幅])"
                           r"(?:に|と|が|を)?(?:なる|なった|なって(?:い)?る|され[ぁ-ん]*|し[たて][ぁ-ん]*|する)?")


def _price_changed(t, qn: str, free, take, mentions=(), taken=()) -> None:
    """「値下げになるところ」 over 現行 | 改定後 (a revision of fees): the revised amount below the one in
    force (above, for 値上げ); read only where one column says each."""
    m = _PRICE_CHANGE.search(qn)
    # (「料金が下がる」: the fee's word read as a column is the verb's subject here)
    said = [x for x in mentions if x.kind == "col" and m and m.start() <= x.start and x.end <= m.end()
            and re.match(_PRICED, qn[x.start:m.end()])]
    if not m or not all(b <= m.start() or a >= m.end() for a, b in taken
                        if not any((a, b) == (x.start, x.end) for x in said)):
        return
    # (「料金（円）」 over 現行 | 改定案, joined as 料金現行: the lower label, after the shared upper one)
    before = [c.header for c in t.columns if c.numeric and re.match(r"(?:[一-龥]{1,4}?)?(?:現行|改定前|見直し前|変更前|旧)", c.base)]
    after = [c.header for c in t.columns if c.numeric and re.match(r"(?:[一-龥]{1,4}?)?(?:改定後|改定案|見直し後|見直し案|変更後|新)", c.base)]
    if len(before) == 1 and len(after) > 1:
        # (改定後 over 料金（円） | 改定率: the revised column of the same measure as the one in force, 料金)
        rest = re.sub(r"^(?:[一-龥]{1,4}?)?(?:現行|改定前|見直し前|変更前|旧)", "", t.column(before[0]).base)
        after = [h for h in after if rest and re.sub(
            r"^(?:[一-龥]{1,4}?)?(?:改定後|改定案|見直し後|見直し案|変更後|新)", "", t.column(h).base) == rest]
    if len(before) == 1 and len(after) == 1:
        for x in said:
            mentions.remove(x)
            if (x.start, x.end) in taken:
                taken.remove((x.start, x.end))
        take(*m.span(), "cols", (after[0], before[0], "lt" if m.group("down") else "ne" if m.group("differ") else "gt",
                                 False, True))


def _against_previous_column(t, qn: str, mentions: list, free, take) -> None:
    """「令和7年度の予算が前の年より増えた」 over 令和6年度交付額 | 令和7年度予算額: the measure's column
    compared with the one numeric column of the year before it."""
    for b in [m for m in mentions if m.kind == "col"]:
        verb = _PREVIOUS_YEAR.match(qn[b.end:]) or re.match(
            r"^(?:の(?:数値|値|数字))?(?:が|は)?\s*前の年度?(?:を|より|と比べて|に比べて)?\s*"
            r"(?P<verb>上回|下回|増|減|多|少な|伸び|落ち|超え|小さ|大き|低|高|下が|上が)(?:(?<=[増減])(?:額|少|加))?[ぁ-ん]*", qn[b.end:])
        c = t.column(b.data)
        if not verb or not free(b.end, b.end + verb.end()) or not c.numeric or c.year is None:
            continue
        series = [o for o in t.columns if o.numeric and o.base == c.base and o.year is not None]
        year = None
        if len(series) >= 2:
            # 「令和6年度の実績値が前の年より減った」 over 実績値 of R4 | R5 | R6: the year said picks the
            # column (never the series' first, whose year before is another measure's, 基準値); none said, none.
            year = next((m for m in reversed(mentions) if m.kind == "year" and not m.data[1] and m.end <= b.start
                         and any(o.year == m.data[0] for o in series)), None)
            if year is None:
                continue
            c = next(o for o in series if o.year == year.data[0])
        before = [o.header for o in series if o.year == c.year - 1] or \
            [o.header for o in t.columns if o.numeric and o.year == c.year - 1]
        if len(before) != 1:
            continue
        if year is not None:
            mentions.remove(year)
            b = _Mention(year.start, b.end, b.kind, c.header)
        if re.search(r"な(?:い|かっ|く)|ず", verb.group(0)[verb.end("verb"):]):
            continue  # 「増えていない」: not more is less or the same, which two columns compared do not say
        mentions[:] = [m for m in mentions if not (m.kind == "col" and m.end == b.end)]
        op = "lt" if _LESS_VERB.match(verb.group("verb")) else "gt"
        take(b.start, b.end + verb.end(), "cols", (b.data, before[0], op, False, year is not None))


# 「協定締結日が他と違うのは」「ほかと異なる」「一つだけ違う」: the rows whose cell is not the one most rows print.
_ODD_ONE = compiled(r"^(?:が|の)?\s*(?:他|ほか|その他|残り)(?:の[一-龥ァ-ヶー]{1,4})?(?:と|とは)\s*(?:違|ちが|異な|ことな)[ぁ-ん]*"
                    r"|^(?:が|の)?\s*(?:一つ|ひとつ|1つ)だけ\s*(?:違|ちが|異な|ことな)[ぁ-ん]*")


def _odd_one_out(t, qn: str, mentions: list, free, take) -> None:
    """「その中で協定を結んだ日が他と違うのはどこ？」: the column said, then that its cell differs from the
    others': the rows not printing the value most rows print (held by more rows than any other value)."""
    from collections import Counter

    for m in [m for m in mentions if m.kind == "col"]:
        said = _ODD_ONE.match(qn[m.end:])
        if not said or not free(m.end, m.end + said.end()):
            continue
        # (「令和4年10月3日（中心市宣言：…）」: an aside in brackets beside the value is no other value)
        cells = [_key(re.sub(r"[(（][^)）]*[)）]", "", nfkc(str(r["cells"].get(m.data) or ""))).strip()) for r in t.rows]
        counts = Counter(c for c in cells if c).most_common()
        if len(counts) < 2 or counts[0][1] < 2 or counts[0][1] == counts[1][1]:
            continue  # (no value most rows print: nothing stands out)
        odd = [r["key"] for r, c in zip(t.rows, cells) if c and c != counts[0][0]]
        shown = min((nfkc(str(r["cells"].get(m.data) or "")).strip() for r, c in zip(t.rows, cells) if c == counts[0][0]), key=len)
        mentions.remove(m)
        take(m.start, m.end + said.end(), "odd", (m.data, odd, shown))
        return


def _related_to_none(t, qn: str, free, take) -> None:
    """「どの取組にも関係しない意見」 over a column 関連取組: the rows whose 関連取組 is blank."""
    for m in _TO_NONE.finditer(qn):
        word = _key(m.group(1))
        named = [c.header for c in t.columns if c.base in (f"関連{word}", f"関係{word}", f"該当{word}", f"対象{word}")]
        if len(named) == 1 and free(*m.span()):
            take(*m.span(), "presence", (named[0], "empty"))


# 「都市ガスを使っていない」「電気を使用しない」: a measure the rows do not use at all.
_NOT_USED = compiled(r"^(?:を|は)?(?:使っ|使用し|利用し)て(?:い)?ない|^(?:を|は)?(?:使わ|使用し|利用し)ない")


_WHO_ASKED = compiled(r"^(?:の|のは|は)?(?:どこの|どの|誰の|なんという|何という)?(?:業者|会社|事業者|企業|団体|ところ)")


_LONG_WORD = compiled(r"[一-龥ァ-ヶー]{3,10}")


_MEASURED_AFTER = compiled(r"\s*(?:が|は|の)?\s*(?:いちばん|一番|最も|もっとも|[0-9０-９]|多|少|大き|小さ|広|狭|高|低|長|短)")


def _word_every_row_holds(t, question: str, qn: str, free, take) -> None:
    """「太陽光を入れた施設」 over a list of equipment whose 設備 prints 太陽光発電, 太陽光発電・蓄電池 in every row: a word
    of three characters or more that every row's cells of one column of text hold (no whole value of it) is what
    the rows all are, a condition every row meets, read as such rather than left unread."""
    if len(t.rows) < 2:
        return
    for m in _LONG_WORD.finditer(qn):
        word = m.group(0)
        if not free(*m.span()) or _MEASURED_AFTER.match(qn, m.end()):
            continue  # (「延床面積がいちばん広い」: a quantity compared, not what the rows are)
        holding = [c.header for c in t.columns if not c.numeric and c.header not in (t.name, t.number, "見出し")
                   and all(word in _key(str(r["cells"].get(c.header) or "")) for r in t.rows)
                   and not any(_key(str(r["cells"].get(c.header) or "")) == word for r in t.rows)]
        if len(holding) == 1:
            take(*m.span(), "contains", (holding[0], _as_said(question, word)))


def _who_said(t, qn: str, mentions: list, free, take) -> None:
    """「落札したのはどこの業者」 over 落札者: the kind of party asked for (業者, 会社) is who the column
    names, no condition."""
    for m in [m for m in mentions if m.kind == "col" and re.search(r"者$", t.column(m.data).base)]:
        who = _WHO_ASKED.match(qn[m.end:])
        if who and free(m.end, m.end + who.end()):
            take(m.end, m.end + who.end(), "filler")


def _not_used_under_heading(t, qn: str, mentions: list, free, take) -> None:
    """「都市ガスを使っていない施設」 over rows under 「都市ガス使用量」 (a heading over the same columns as
    「電気使用量」): the rows under it whose every figure is blank (「―」), not every row under it."""
    numeric = tuple(c.header for c in t.columns if c.numeric)
    for m in [m for m in mentions if m.kind == "value" and set(m.data[1]) == {"見出し"}]:
        verb = _NOT_USED.match(qn[m.end:])
        if verb and numeric and free(m.end, m.end + verb.end()):
            take(m.end, m.end + verb.end(), "presence", (numeric, "empty"))


def _merged_heading_blank(t, qn: str, free, take) -> None:
    """「効果額が空欄」 over 効果額(千円)計画 | 効果額(千円)実績 (one heading merged over both): every column
    under it blank (or every one written), when the word names no column of its own."""
    for m in re.finditer(r"([一-龥ァ-ヶー]{2,8})(?=が|は|の欄|欄)", qn):
        presence = _PRESENCE.match(qn[m.end():])
        word = _key(m.group(1))
        if not presence or not free(m.start(), m.end() + presence.end()) or presence.group("nonzero") or presence.group("given"):
            continue
        if any(word in c.forms for c in t.columns):
            continue
        under = [n for n, c in enumerate(t.columns) if c.base.startswith(word) and len(c.base) > len(word)]
        if len(under) < 2 or under != list(range(under[0], under[0] + len(under))):
            continue
        op = "empty" if presence.group("empty") else "filled"
        take(m.start(), m.end() + presence.end(), "presence", (tuple(t.columns[n].header for n in under), op))


_LIST_SEP = re.compile(r"\s*[、，,]\s*")


_TOP_WORDS = {"eq": "", "ge": "以上", "le": "以下", "lt": "未満", "gt": "を超える"}


_DIGIT = re.compile(r"\d")  # (tried on each part of each cell of each column: kept compiled)


@per_table
def _list_columns(t: Table) -> dict[str, list[str]]:
    """The columns whose cells list names (「鸛ノ江市、茅森市、朧谷町」: most filled cells hold two or more, each short
    and of no figure), with the words the column is said by (its header's forms)."""
    out: dict[str, list[str]] = {}
    for c in t.columns:
        if c.numeric or c.header == t.name:
            continue
        filled = list(printed_cells(t, c.header))
        filled = [v for v in filled if v and v not in _EMPTY]
        if len(filled) < 3:
            continue
        if all(_bullet_count(v) for v in filled):
            # 「・…。 ・…。」 in every cell (a block's 【主な意見】 bullets): its bullets are what it lists, sentences
            # with commas and figures inside them as they may be
            if sum(_bullet_count(v) >= 2 for v in filled) < 0.6 * len(filled):
                continue
        else:
            parts = [[p for p in _list_sep(v).split(v) if p] for v in filled]
            if any(any(len(p) > 12 or _DIGIT.search(p) for p in ps) for ps in parts):
                continue
            if sum(len(ps) >= 2 for ps in parts) < 0.6 * len(filled):
                continue
        said = sorted({f for f in (*c.forms, _key(c.base)) if f and len(f) >= 2}, key=len, reverse=True)
        if said:
            out[c.header] = said
    return out


_UNIT_SEP = re.compile(r"\s*[、，,・/／]\s*")
_UNIT_WORD = re.compile(r"(?:部局|部署|所属|担当課|所管課|課|部|局|室)$")


def unit_count(raw: object) -> int:
    """How many departments a cell of departments joins (「会計課・財政課」: 2)."""
    text = nfkc(str(raw or "")).strip()
    return len([p for p in _UNIT_SEP.split(text) if p]) if text and text not in _EMPTY else 0


@per_table
def _unit_columns(t: Table) -> list[str]:
    """The columns of departments (所管部局, 担当課) some of whose cells join two or more (会計課・財政課)."""
    out = []
    for c in t.columns:
        if c.numeric or not re.search(r"部局|部署|課|所管|担当|所属", c.header):
            continue
        filled = list(printed_cells(t, c.header))
        parts = [[p for p in _UNIT_SEP.split(v) if p] for v in filled if v and v not in _EMPTY]
        if len(parts) >= 3 and all(all(_UNIT_WORD.search(p) and len(p) <= 12 for p in ps) for ps in parts) \
                and any(len(ps) >= 2 for ps in parts):
            out.append(c.header)
    return out


# 「2つの部局の共管になっている」「複数の課が所管する」「共管のリスク」: how many departments a row's cell joins
_UNITS_SAID = re.compile(r"(?:(?P<n>[1-9一二三四五])\s*(?:つ|個)?\s*の?|(?P<many>複数の?))\s*(?:部局|部署|所属|課|部)\s*"
                         r"(?:の|で|が|に(?:よる|わたる))?\s*(?:共管|共同所管|共同で所管|共同で担当|共同担当|所管|担当|共同)"
                         r"|(?P<shared>共管|共同所管)(?=\s*(?:の|に|と|で|され|して|になって|となって))"
                         # 「グループ提案（複数の課）のもの」「連名の申請」: an entry made by a group, its cell joining their 課
                         r"|(?P<group>(?:グループ|ぐるーぷ|共同|合同|連名)(?:の)?(?:提案|申請|応募))"
                         r"(?:\s*[（(]\s*(?:複数|[2-9２-９二三四五]つ以上)の?(?:課|部署|部局|所属)\s*[)）])?")


def _read_units(t: Table, qn: str, free, take) -> None:
    cols = _unit_columns(t)
    m = _UNITS_SAID.search(qn) if len(cols) == 1 else None
    if m is None or not free(*m.span()):
        return
    if m.group("n"):
        n = m.group("n")
        many = float(int(n) if n.isdigit() else "一二三四五".index(n) + 1)
        take(*m.span(), "units", (cols[0], "units_eq", many))
    else:
        take(*m.span(), "units", (cols[0], "units_ge", 2.0))


_YEARS_TOTAL = re.compile(r"(?P<n>[1-9一二三四五六七八九])\s*(?:か年|カ年|ヶ年|箇年|年間|年度間|年度分|年分)\s*(?:の|で|を)?\s*(?=合計|計|累計|総計)")


# After 「合計」 asked, before a superlative: 「合計が」, 「合計で提案が」 (the caption's measure said by its stem)
_SUM_THEN = re.compile(r"(?:で|が|は)?\s*[、,]?\s*(?:(?P<w>[一-龥ァ-ヶー]{1,6})(?:が|は))?")


def _sum_to_most(t: Table, qn: str, at: int) -> int:
    """How far a superlative said of the sum begins after it: 「合計がいちばん多い」, and 「3年間の合計で提案がいちばん多い
    部局」 over 「部局別提案件数」, whose figures are all 提案件数 (the word said between is the caption's measure, no
    other column)."""
    m = _SUM_THEN.match(qn, at)
    if m.group("w") and not caption_measure(t.caption).startswith(_key(m.group("w"))):
        return len(re.match(r"(?:が|は)?", qn[at:]).group(0))
    return m.end() - at


def _read_years_total(t: Table, qn: str, free, take) -> None:
    """「3か年合計で…最も多い」 over 令和4年度 | 令和5年度 | 令和6年度 | 合計: the years counted are those the total
    column adds up (as many numeric columns of one measure, a year each); said of them, the words are read."""
    m = _YEARS_TOTAL.search(qn)
    if m is None or not free(*m.span()):
        return
    n = int(m.group("n")) if m.group("n").isdigit() else "一二三四五六七八九".index(m.group("n")) + 1
    if not any(re.fullmatch(r"(?:合計|計|累計|総計)", _key(c.base)) and c.numeric for c in t.columns):
        return
    bases = [c.base for c in t.columns if c.numeric and c.year is not None]
    if any(bases.count(b) == n and len({c.year for c in t.columns if c.base == b and c.numeric}) == n for b in set(bases)):
        take(*m.span(), "filler")


def list_count(raw: object) -> int:
    """How many names a listing cell holds (「鸛ノ江市、茅森市」: 2), or bullets (「・… ・…」: 2)."""
    text = nfkc(str(raw or "")).strip()
    if _bullet_count(text):
        return _bullet_count(text)
    return len([p for p in _list_sep(text).split(text) if p]) if text and text not in _EMPTY else 0


# 「・稼働率が…。 ・カーシェアリングや…。」: a cell of bullets, each opening with 「・」 at the start or after a space
# (a dot inside a word, 民間・国・県, opens none)
_BULLET_ITEM = re.compile(r"(?:^|\s)[・･](?=\S)")


def _bullet_count(text: str) -> int:
    """How many bullets a cell holds, 0 when it does not open with one."""
    text = nfkc(text).strip()
    return len(_BULLET_ITEM.findall(text)) if text[:1] in ("・", "･") else 0


# 「檜尾町・榾ノ沢村・大鹿谷村」: names listed with 「・」 where no comma separates them
_DOT_SEP = re.compile(r"\s*[・･]\s*")


def _list_sep(text: str) -> re.Pattern:
    """The separator a listing cell uses: commas, or (none written) the middle dot."""
    return _LIST_SEP if _LIST_SEP.search(text) or not _DOT_SEP.search(text) else _DOT_SEP


@per_table
def _span_columns(t: Table) -> list[str]:
    """The columns whose cells are spans with a length (R4.4.1~R9.3.31, 令和6年度～令和9年度)."""
    out = []
    for c in t.columns:
        if c.numeric or not (c.dates or c.years_inside):
            continue
        filled = [r["cells"].get(c.header) for r in t.rows if nfkc(str(r["cells"].get(c.header) or "")).strip() not in _EMPTY]
        spans = sum(_span_years(v) is not None for v in filled)
        # (「R9」 beside 「R9～R10」 in a column of periods of fiscal years: a period of one year; the column is one of
        # spans where at least two cells print a span and the rest single years)
        years = sum(_span_years(v) is None and c.years_inside and _fy_span(v) is not None for v in filled)
        if filled and (spans >= 0.6 * len(filled) or spans >= 2 and spans + years >= 0.9 * len(filled)):
            out.append(c.header)
    return out


def _said(header: str, op: str, value) -> str:
    """A condition as the summary says it: 「担当課が財政課」「目標年度が令和8年度まで」."""
    return _WORDED[op].format(header, value)


def conds_on_years(conds: list[Cond]) -> bool:
    return any(c.op.startswith(("fy_", "mark")) for c in conds)


def _year_order(t: Table) -> list[str]:
    return [c.header for c in sorted((c for c in t.columns if c.marks), key=lambda c: c.year or 0)]


def _shown(t: Table, header: str, vk: str) -> str:
    # (a value another year's column of the same name prints, as printed: B, not b)
    base = t.column(header).base if any(c.header == header for c in t.columns) else ""
    for h in [header] + [c.header for c in t.columns if base and c.base == base and c.header != header]:
        for r in t.rows:
            for v in _cell_values(str(r["cells"].get(h) or "")):
                if _key(v) == vk:
                    return v
    return vk


# 「霧ヶ杜市と鵆川町の両方が参加している」: each value said is meant, not either
_ALL_VALUES = compiled(r"両方|どちらも|いずれも|双方|両者|ともに|とも(?:が|に|参加|加わ|入)|すべて(?:が|に)|全て(?:が|に)")


def _either(t: Table, conds: list[Cond], qn: str = "") -> list[Cond]:
    """「縮小または廃止」: two values of one column cannot both hold a cell, so either is meant. Where the table
    prints a record over several rows (a number spanning them, a member per row: 共-01 鷽ノ原市 / 霧ヶ杜市 …) and
    the question says each of them (両方), the values are those the record's rows hold together (group_all)."""
    out: list[Cond] = []
    for c in conds:
        same = next((o for o in out if o.header == c.header and o.op in ("eq", "in", "group_all") and c.op == "eq"
                     and isinstance(c.value, str) and not isinstance(o.value, float)), None)
        if same is not None and same.op == "group_all":
            same.value = [*same.value, c.value] if c.value not in same.value else same.value
            same.label = f"{c.header}に" + "と".join(_shown(t, c.header, v) for v in same.value) + "のすべて"
            continue
        if same is not None and same.op == "eq" and qn and _ALL_VALUES.search(qn) \
                and not _one_cell(t, c.header, same.value, c.value) and _one_group(t, c.header, same.value, c.value):
            same.op, same.value = "group_all", [same.value, c.value]
            same.label = f"{c.header}に" + "と".join(_shown(t, c.header, v) for v in same.value) + "のすべて"
            continue
        if same is None or (same.op == "eq" and _one_cell(t, c.header, same.value, c.value)):
            out.append(c)  # 「基本方針2（効率的な行政運営）」: two parts of one cell, both meant
            continue
        values = (same.value if same.op == "in" else [same.value])
        values = values + [c.value] if c.value not in values else values  # 「遅れ（×）」: said twice, one value
        same.op, same.value = "in", values
        same.label = f"{c.header}が" + "または".join(_shown(t, c.header, v) for v in values)
    return out


def _years_either(conds: list[Cond]) -> list[Cond]:
    """「R6〜R7に終了」「終了がR6かR7」 read as one year each on one column of a year per row: a row ends
    in one year only, so the years running on from one to the next are a range of them (never both)."""
    out: list[Cond] = []
    for c in conds:
        same = [o for o in out if o.header == c.header and o.op == "fy_eq"] if c.op == "fy_eq" else []
        if not same:
            out.append(c)
            continue
        values = sorted({same[0].value, c.value})
        if values[-1] - values[0] != len(values) - 1:
            out.append(c)
            continue
        same[0].op, same[0].value = "fy_in", (values[0], values[-1])
        same[0].label = f"{c.header}が{fy_text(values[0])}〜{fy_text(values[-1])}"
    return out


# After a year said of the rows: 「令和7年度の指摘」「R5からR7までの3年間で」 (a noun or a span of years
# follows), not 「令和6年度中に措置した」「令和7年度に完了」 (when something was done).
_OF_ROWS_AFTER = compiled(r"(?:の(?:\d+年間|\d+か年)?(?:で|の|に|は)?(?!うち|中|間|内)|[、,]|で(?![きす])|分)")


# 「…が一番多い施設は」: a noun after the extreme (what is asked), before は/が/って or the end
_NOUN_ASKED = compiled(r"^(?:の)?(?P<noun>[一-龥ァ-ヶー]{1,12})(?:は|が|って|を|\s*[?？]|\s*$)")


# Words for the value a column holds (「一番多い区分」「一番多い回答」), never other rows asked
_VALUE_NOUNS = {"区分", "分類", "種類", "種別", "類型", "回答", "結果", "評価", "値", "もの", "内容", "状況", "方向性", "段階",
                "ランク", "カテゴリ", "カテゴリー", "タイプ", "パターン", "傾向", "判定"}


def _counted_before_rows_asked(t: Table, qn: str, mentions: list, asked: str, aggregate: str) -> bool:
    """Whether the column read as asked is said only before the extreme and another noun, not of that column, is
    asked after it: 「改善指示の件数が一番多い施設」 counts the column's things per row, which no cell holds."""
    extreme = next((m for m in mentions if m.kind == "agg" and m.data == aggregate), None)
    said = [m for m in mentions if m.kind == "col" and m.data == asked]
    if extreme is None or not said or any(m.start >= extreme.end for m in said):
        return False
    after = _NOUN_ASKED.match(qn[extreme.end:])
    if after is None:
        return False
    noun = after.group("noun")
    if noun in _VALUE_NOUNS or asked in _list_columns(t):
        # (「今後の方向性で一番多い区分は」: 区分 is the column's value asked; 「参加団体がいちばん多い共同調達」 over a
        # column listing names per row: each row's count is in its cell — both read as before)
        return False
    base = t.column(asked).base or asked
    return noun not in nfkc(asked) and noun not in nfkc(base) and not nfkc(base).endswith(noun)


def _of_months(t: Table, c) -> bool:
    """A column of months (措置年月: 令和7年9月, blank where none), read as days are by a calendar year."""
    key = ("of_months", c.header)  # (of the table alone: asked of every column of every table a question reads)
    found = t.memo.get(key)
    if found is None:
        # (「－」 where a row has none, 直営継続 beside 令和6年10月 and R7.4: no month, as a blank is none)
        filled = [v for r in t.rows if (v := nfkc(str(r["cells"].get(c.header) or "")).strip()) and _key(v) not in _DASHES]
        found = t.memo[key] = len(filled) >= 3 and sum(month_of(v) is not None for v in filled) >= 0.8 * len(filled)
    return found


_YEAR_BEFORE_SAID = compiled(r"(?:前年度|前年|昨年度|前の年度|その前の年度)(?:も|は|が|で|に)?")


_PRINTED_UP = ("改善", "向上", "上昇", "好転")
_PRINTED_DOWN = ("悪化", "低下", "下降")
_CHANGE_LEAD = compiled(r"(?:(?:前年度|前年|昨年度|前の年度|前回)(?:から|より|と比べて|に比べて|比で)[、,]?)?"
                        r"(?:(?:の)?(?:評価|評価結果|状況|結果|判定)(?:が|は))?$")


def _prints_change(t: Table, header: str) -> bool:
    """Whether a column prints changes (↑改善 / ↓悪化, 前年度比): words of both ways, an arrow, or a header saying so.
    (今後の方向性 │ 拡充 / 改善 / 縮小 prints a plan for what comes next, 改善 there no change that happened)"""
    if re.search(r"変化|推移|比較|増減|前年|前回|比$", "".join(nfkc(header).split())):
        return True
    cells = {"".join(nfkc(str(r["cells"].get(header) or "")).split()) for r in t.rows}
    return any(re.match(r"[↑↓↗↘⇧⇩]", v) for v in cells) or (
        any(re.sub(r"^[↑↓→↗↘⇧⇩]+", "", v) in _PRINTED_UP for v in cells)
        and any(re.sub(r"^[↑↓→↗↘⇧⇩]+", "", v) in _PRINTED_DOWN for v in cells))


def _change_printed(t: Table, qn: str, values: dict, free, take) -> None:
    """「前年度から評価が悪くなった」 over a column of the change the document prints (前年度からの変化:
    ↓悪化 / ↑改善 / －): the rows it marks so, by its own reading, not a comparison of grades ranked here."""
    for change in _CHANGE.finditer(qn):
        if re.match(r"増|減|伸|引|小さ|少な|大き|多く", change.group(0)):
            continue  # (「いくら増えた」「減った」: amounts, read from the figures, not a printed 改善/悪化)
        way = _PRINTED_UP if change.group("up") else _PRINTED_DOWN if change.group("down") else ()
        held = {vk: hs for vk, hs in values.items() if re.sub(r"^[↑↓→↗↘⇧⇩]+", "", vk) in way
                and all(t.column(h).year is None and not t.column(h).numeric for h in hs)}
        holders = set().union(*held.values()) if held else set()
        if len(held) != 1 or len(holders) != 1 or not _prints_change(t, next(iter(holders))):
            continue
        lead = _CHANGE_LEAD.search(qn[:change.start()])
        start = lead.start() if lead else change.start()
        verb = re.match(r"(?:く|し)?(?:なった|なっている|なってる|なる|した|している|してる|された)?", qn[change.end():])
        end = change.end() + (verb.end() if verb else 0)
        if free(start, end):
            vk = next(iter(held))
            take(start, end, "value", (vk, holders))
            return


_PER_YEAR = compiled(r"1年(?:間)?(?:あたり|当たり|につき|ごと)|年平均|1年(?:間)?の平均|毎年の平均|年度(?:あたり|当たり|平均)")


def _year_only_columns(t: Table, years: list[int], base: str = "") -> list[str]:
    """The numeric columns headed by the years alone (R3 | R4 | … | R7), one for each year said, in order;
    [] unless every year has its one. (`base`: the caption's measure those columns were given.)"""
    cols = []
    for fy in sorted(set(years)):
        of = [c.header for c in t.columns if c.numeric and c.year == fy and c.base == base]
        if len(of) != 1:
            return []
        cols.append(of[0])
    return cols


_BOTH_TAIL = compiled(r"(?:の)?(?:(?:両年度|両年|両方|いずれ|どちら)(?:の年度)?(?:とも|も)(?:に)?|とも(?:に)?|(?:両年度|両方)(?:で|において)[、,]?)")


_EACH_TAIL = compiled(r"\s*も(?:[、,])?")


def _years_both(qn: str, mentions: list, free, take) -> None:
    """Years listed (R6・R7, 令和6年度と7年度) then 「両年度とも」「いずれも」「とも」: a condition said after
    them holds in each year, not the last one only."""
    years = sorted((m for m in mentions if m.kind == "year" and not m.data[1]), key=lambda m: m.start)
    for n in range(len(years) - 1):
        run = [years[n]]
        # (「R7もR8も4.0以上」: each year said with も, the last も closing the list as 「とも」 would)
        each = None
        for m in years[n + 1:]:
            gap = qn[run[-1].end:m.start]
            said = re.fullmatch(r"\s*(?:([・、,と]|および|及び)|(も))\s*", gap)
            if not said or (each is not None and each != bool(said.group(2))):
                break
            each = bool(said.group(2))
            run.append(m)
        tail = (_EACH_TAIL if each else _BOTH_TAIL).match(qn, run[-1].end) if len(run) >= 2 else None
        if tail and tail.end() > run[-1].end and free(*tail.span()):
            take(*tail.span(), "both_years", [m.data[0] for m in run])
            return


def _year_before_of_column(t: Table, qn: str, prior, free, take) -> None:
    """「前年度の受講率」 over 令和6年度受講率 | 令和7年度受講率: the year before the one the conversation is
    on (its conditions' or asked column's year), else before the latest: a year said, read as any year is."""
    for m in re.finditer(r"(?:前年度|前年|昨年度|前の年度)の", qn):
        if not free(m.start(), m.end()):
            continue
        after = qn[m.end():]
        series = [c for c in t.columns if c.year is not None and c.base
                  and any(after.startswith(f) for f in c.forms if len(f) >= 2)]
        bases = {c.base for c in series}
        if not bases:
            # 「前年度の評価は？」 over 評価結果 令和6年度 | 令和7年度: the table's one measure by year
            bases = {c.base for c in t.columns if c.year is not None and c.base}
            bases = bases if len(bases) == 1 and any(
                re.match(r"[一-龥]{2}", after) and after[:2] in b for b in bases) else set()
        if len(bases) != 1:
            continue
        years = sorted({c.year for c in t.columns if c.base in bases and c.year is not None})
        if len(years) < 2:
            continue
        on = {t.column(c.header).year for c in prior if isinstance(c, Cond) and c.header in {x.header for x in t.columns}
              and t.column(c.header).year is not None}
        ref = max(on) if len(on) == 1 else years[-1]
        if ref - 1 in years:
            take(m.start(), m.end() - 1, "year", (ref - 1, ""))


def _bound_before(t: Table, qn: str, m, years: list[int], prior, taken: list) -> str | None:
    """「その中で、前年度も80％を下回っていたのは？」 after 「令和7年度に受講率が80％未満だった課」: a bound
    said with no column, of rows bounded before on one year's column of a measure: the same measure, of the
    year said now (前年度: the year before that column's)."""
    headers = {c.header for c in t.columns}
    held = {c.header for c in prior if isinstance(c, Cond) and c.header in headers and c.op in ("lt", "le", "gt", "ge", "eq")
            and t.column(c.header).numeric and t.column(c.header).year is not None}
    if len(held) != 1:
        return None
    was = t.column(next(iter(held)))
    before = None
    if years:
        fy = years[-1]
    else:
        before = next((x for x in _YEAR_BEFORE_SAID.finditer(qn, 0, m.start)), None)
        if before is None:
            return None
        fy = was.year - 1
    same = [c.header for c in t.columns if c.base == was.base and c.year == fy and c.numeric]
    if len(same) != 1:
        return None
    if years:
        years.pop()
    elif before is not None:
        taken.append(before.span())
    return same[0]


def _own_sheet_rows(t: Table) -> bool:
    """A table of a sheet per fiscal year whose rows each stand on one sheet only."""
    own = t.memo.get("sheet_own_rows")
    if own is None:
        own = t.memo["sheet_own_rows"] = len(t.sheets) >= 2 and all(len(r.get("sheets") or ()) == 1 for r in t.rows)
    return own


def _sheet_of_rows(t: Table, qn: str, m: _Mention, mentions: list) -> bool:
    """A year said of the rows of a table with a sheet per fiscal year whose rows are each of one sheet
    (指摘番号 5-01… on 令和5年度, 6-01… on 令和6年度): the sheet the rows stand on."""
    fy, bound = m.data
    if len(t.sheets) < 2 or fy not in t.sheets or bound not in ("", "から", "まで"):
        return False
    if not _own_sheet_rows(t):
        return False
    if bound == "から":
        later = next((x for x in mentions if x.kind == "year" and x.start > m.start), None)
        return later is not None and later.data[1] == "まで" and later.data[0] in t.sheets \
            and _OF_ROWS_AFTER.match(qn, later.end) is not None
    return _OF_ROWS_AFTER.match(qn, m.end) is not None


def _edge_column(t: Table, edge: str) -> tuple[str | None, str]:
    """The column a start or an end is read on: one named by the verb (取組終了, 開始年度, 完了日), else
    the only column of spans (実施期間 R5～R8: its first or last year)."""
    inside = [t.column(h) for h in _plan_years(t)]
    words = ("終了", "完了", "終期", "廃止") if edge == "end" else ("開始", "着手", "始期", "開始年度")
    named = [c for c in inside if any(w in c.header for w in words)]
    if len(named) == 1:
        return named[0].header, "fy_eq"
    spans = [c for c in inside if c not in named and any(
        (sp := _fy_span(r["cells"].get(c.header))) and sp[0] != sp[1] for r in t.rows)]
    if len(spans) == 1:
        return spans[0].header, "fy_end" if edge == "end" else "fy_start"
    if edge == "start" and len(inside) == 1 and not spans and re.search(r"実施|開始|着手|時期", inside[0].header):
        return inside[0].header, "fy_eq"  # 「2025年度から実施する」 over 実施時期 | 令和7年度: the year it starts
    return None, ""


def _one_group(t: Table, header: str, a: str, b: str) -> bool:
    """Whether the rows of one record the table prints over several rows (the same number on each) hold both."""
    if not t.number or header == t.number:
        return False
    groups: dict[str, set] = {}
    for r in t.rows:
        n = _key(str(r["cells"].get(t.number) or ""))
        if n:
            groups.setdefault(n, set()).update(_key(v) for v in _cell_values(str(r["cells"].get(header) or "")))
    return len(groups) < len(t.rows) and any({a, b} <= vs for vs in groups.values())


def _one_cell(t: Table, header: str, a: str, b: str) -> bool:
    return any({a, b} <= {_key(v) for v in _cell_values(str(r["cells"].get(header) or ""))} for r in t.rows)


def _years_of_text(t, header: str) -> list[str]:
    """The text columns of one base by year (意見 of 令和8年度 │ 令和9年度), oldest first; [] unless header is one."""
    if header not in {c.header for c in t.columns} or t.column(header).year is None or t.column(header).numeric:
        return []
    base = t.column(header).base
    cols = sorted((c for c in t.columns if c.base == base and c.year is not None and not c.numeric), key=lambda c: c.year)
    return [c.header for c in cols] if len({c.year for c in cols}) == len(cols) else []


def _of_year(t: Table, header: str, years: list[int]) -> str:
    """「令和6年度の実績値」: of the columns sharing the said column's name, the one of the year said last."""
    c = t.column(header)
    if not years or not c.base:
        return header
    same = [x.header for x in t.columns if x.base == c.base and x.year == years[-1]]
    if not same and c.year is not None:
        # 「見直し後のR8予算」 over 交付額 R7予算 | 見直し後 R8予算: the year's one column headed by another upper
        # label, sharing the lower one said (予算); its upper label need not be said.
        lower = set(_lower_forms(c)) - {c.base}
        same = [x.header for x in t.columns if x.year == years[-1] and x.base != c.base
                and lower & (set(_lower_forms(x)) - {x.base})]
    return same[0] if len(same) == 1 else header


def _lower_forms(c) -> tuple[str, ...]:
    """The forms of a year's column that are its lower label alone (予算 of 交付額R7予算): the name the
    column shares with the other years' columns under another upper label."""
    return tuple(f for f in c.forms if len(f) >= 2 and c.base.endswith(f) and f != c.base)


def _year_of_rows(t: Table, fy: int) -> str | None:
    """The one column holding a single fiscal year per row (評価年度: 2024年度, 令和7年度), when some
    of its rows are of `fy` and some are not: a year said alone is a condition on it (the year of
    every row is the document's, no condition). None when no such column or several."""
    if t.sheets or any(c.year is not None for c in t.columns):
        return None  # a column or a sheet of each year: the year said picks it (read after the mentions)
    held = [t.column(h) for h in _plan_years(t)]
    held = [c for c in held if not c.schedule and not c.dates]
    if len(held) != 1:
        return None
    years = []
    for r in t.rows:
        raw = nfkc(str(r["cells"].get(held[0].header) or "")).strip()
        if not raw or raw in _EMPTY:
            continue  # 「－」: no year for the row (存続, nothing planned), as a blank
        found = find_years(raw, calendar=True)
        if len(found) != 1 or found[0].start > 0 or found[0].end < len(raw):
            return None  # 「2025年度から」「2017年度～2019年度」: spans, read by the verbs said with them
        years.append(found[0].fiscal_year)
    return held[0].header if fy in years and set(years) != {fy} else None


_BUILT_HEADER = compiled(r"建築|建設|竣工|築|取得|開設|設置")


_AS_OF_YEAR = compiled(r"\s*(?:時点|現在)")
_WITHIN_YEAR = compiled(r"(?:中|のうち|の間|内)(?=に|で|の|は|[、,])")
_AS_OF_DAY = compiled(r"\s*(?:の)?(?:時点|現在)(?:で|では|の|において)?")


def _column_year_of_day(t: Table, day: tuple[int, int, int] | None) -> int | None:
    """The year of the columns a day falls on, when the table has columns of years and none of days:
    the calendar year when the columns are named by 年 (令和7年: counted on a day of that year), else
    the fiscal year; None when no column is of it."""
    if day is None or any(c.dates for c in t.columns):
        return None
    by_year = {c.year for c in t.columns if c.year is not None}
    calendar = not any("年度" in nfkc(c.header) for c in t.columns if c.year is not None)
    year = day[0] if calendar else (day[0] - 1 if day[1] <= 3 else day[0])
    return year if year in by_year else None


# 「AですかBですか」「AかBか」「AとBのどちら」: two values offered to choose from.
_CHOICE_ASKED = compiled(r"(?:です|でした)?か[、,]?\s*\S{1,12}?(?:です|でした)?か[?？]?$|か[、,]?\s*\S{1,12}?か(?=[?？]|$|を?教|知|わか|分か)"
                         r"|どちら|どっち")


def _alternatives_asked(qn: str, reading: _Reading) -> None:
    """「○○は公開ですか、非公開ですか」: the values of one column offered as a choice are no condition
    (it would hold for either) but the column asked: its value on the rows named is the answer."""
    if reading.asked or reading.aggregate or not _CHOICE_ASKED.search(qn):
        return
    offered = [c for c in reading.conds if c.op == "in" and isinstance(c.value, (list, tuple)) and len(c.value) >= 2]
    if len(offered) != 1 or len(reading.conds) < 2:
        return  # (the rows must be named by something else: 「公開か非公開の会議」 lists them)
    reading.conds.remove(offered[0])
    reading.asked = offered[0].header


_SCORE_ASKED = compiled(r"何点|なん点|点数(?:は|って)")


def _total_of_points(t: Table) -> str | None:
    """The one total column (合計, 合計点, 総合点) of a score printed in parts, columns of no money unit beside it."""
    points = [c for c in t.columns if c.numeric and c.header not in (t.number, t.name)
              and (not c.unit or c.unit == "点") and not re.search(r"番号|No|額|円|件|人|率|%", nfkc(c.header))]
    totals = [c for c in points if re.search(r"合計|総合|総点|計\(|計$", nfkc(c.header))]
    return totals[0].header if len(totals) == 1 and len(points) >= 3 else None


def _figure_of_named_row(t: Table, reading: _Reading, unit: str) -> None:
    """「定員適正化計画の目標は何人」 naming one row (an item 「定員適正化計画の目標」 with a field 目標
    「…を3,250人以内とする」): 何人 asks the figure in 人 its cell states, never how many rows (「1件」).
    Only when exactly one cell of the row states a figure in that unit; it is then the value asked."""
    if len(reading.names) != 1 or _counts_rows_as(t, unit):
        return
    rows = [r for r in t.rows if all(c.op == "rows" and r["key"] in c.value for c in reading.conds)]
    if len(rows) != 1 or not reading.conds:
        return
    counted = [c.header for c in t.columns if c.numeric and c.unit == unit and c.header != t.number]
    if len(counted) == 1:
        # 「税に関する手続・相談は何人」 over 来庁の目的 | 回答者数（人）: the one column counting 人
        reading.aggregate, reading.asked = "", counted[0]
        return
    figure = re.compile(r"\d[\d,]*(?:\.\d+)?\s*" + re.escape(unit))
    holders = [h for h, v in rows[0]["cells"].items() if h not in (t.name, t.number)
               and len(figure.findall(nfkc(str(v or "")))) == 1]
    if len(holders) == 1:
        reading.aggregate, reading.asked = "", holders[0]


def _counts_rows_as(t: Table, counter: str) -> bool:
    """Whether the rows themselves are counted by the counter (何人 over a list of people, 何校 over
    schools): the name column's word ends with it."""
    return bool(t.name) and _key(t.name).rstrip("名等").endswith(counter)


def _top_n_of_rows(t: Table, qn: str) -> re.Match | None:
    """「古い順に3施設」「多い順に5事業」: the count after the order said with the rows' own word (施設 of 施設名),
    as _TOP_N's match (the number its second group; the word is the rows', read as such)."""
    if not t.name or t.name not in {c.header for c in t.columns}:
        return None
    words = sorted({f for f in (*t.column(t.name).forms, re.sub(r"名$", "", t.name)) if re.fullmatch(r"[一-龥ァ-ヶー]{1,4}", f)},
                   key=len, reverse=True)
    if not words:
        return None
    return re.search(r"(?:(\uffff))?(?<=順)に?\s*(\d+|[一二三四五六七八九十])(?=" + "|".join(map(re.escape, words))
                     + r")(?:(\uffff))?(?:(\uffff))?", qn)


def _built_column(t: Table, qn: str, at: int) -> tuple[str, int] | None:
    """「…に建てられた」「…に建設された」 right after a year or an era: the one column of the year a
    building went up (建築年度), and where the verb ends; None when the verb is not there or no single
    such column is."""
    built = _BUILT.match(qn[at:])
    if not built:
        # 「昭和40年代に架けた」 over 架設年: a done form of the one column of years headed by that doing (year_verbs.py)
        lead = re.match(r"(?:に|の間に|のうちに)?", qn[at:]).end()
        said = [(c.header, len(f)) for c in t.columns if c.years_inside and not c.numeric
                for f in c.forms if len(f) >= 3 and qn.startswith(f, at + lead) and re.search(r"[ぁ-ん]$", f)]
        return (said[0][0], at + lead + max(n for _, n in said)) if len({h for h, _ in said}) == 1 else None
    by_verb = [c.header for c in t.columns if c.years_inside and re.search(r"建築|建設|竣工|築", c.header)]
    return (by_verb[0], at + built.end()) if len(by_verb) == 1 else None


def _year_shown(qn: str, m: _Mention, fy: int) -> str:
    """「令和9年3月末で満了」: the month said, with the fiscal year it falls in (令和9年3月（令和8年度）)."""
    month = re.match(r"(?:令和|平成|昭和)(?:\d{1,2}|元)年\d{1,2}月", qn[m.start:m.end])
    return f"{month.group(0)}（{fy_text(fy)}）" if month else fy_text(fy)


def _plan_years(t: Table) -> list[str]:
    """The columns of years a question's year is read on when it names none: of 建築年度 (when a
    building went up) and 実施時期 (when the plan acts), the plan's; every one when none is a building's."""
    inside = [c.header for c in t.columns if c.years_inside]
    plan = [h for h in inside if not _BUILT_HEADER.search(h)]
    return plan or inside


def _span_of_year_columns(t: Table, mentions: list[_Mention]) -> bool:
    """「R4からR6まで」: a span whose first and last years are both years of the table's columns."""
    held = {c.year for c in t.columns if c.year is not None}
    said = [m.data for m in mentions if m.kind == "year"]
    starts = [fy for fy, bound in said if bound == "から"]
    ends = [fy for fy, bound in said if bound == "まで"]
    return any(a in held and b in held and a < b for a in starts for b in ends)


def _years_column(t: Table, col: str) -> str | None:
    if col and t.column(col).years_inside:
        return col
    return None


def _year_columns(t: Table, base: str | None) -> list[str]:
    return [c.header for c in t.columns if c.year is not None and (base is None or c.base == base)]


def _value_before_its_column(qn: str, mentions: list[_Mention]) -> None:
    """「楓村が構成団体の事務」: a value said before the column it is of (が between, の after the column) is
    that column's, which is no column asked (in place: the value bound, the column a filler)."""
    for v, c in zip(mentions, mentions[1:]):
        if v.kind == "value" and c.kind == "col" and c.data in v.data[1] and (
                (qn[v.end:c.start] in ("が", "は") and qn.startswith("の", c.end))
                # 「市が縮小する方針にした事業」「廃止とする方針の事業」: the value done, then the column (方針) it is
                or (qn[v.end:c.start] in ("する", "とする", "にする", "の") and re.match(r"(?:に|の|と|で)", qn[c.end:]))):
            v.data = (v.data[0], {c.data})
            c.kind, c.data = "filler", None


# 「ノー残業デーの徹底」「介護休暇制度の説明会」: what a row does, then the deed (徹底, 実施, 推進…)
_ACT_TAIL = compiled(r"(.{3,}?)の(?:徹底|実施|推進|導入|拡充|充実|強化|活用|設置|促進|見直し|周知|試行|作成|検討|整備)")


_BOTH = compiled(r"^の?(?:両方|両者|どちらも|いずれも|ともに|とも|すべて|全て|全部)")
# A row's name ending in what is done with it (as the search form keys it: katakana folded to hiragana)
_DEED_TAIL = compiled(r"(.+?)(?:の)?(?:共同運営|共同運用|共同設置|共同調達|共同利用|共同実施|運営|運用|管理運営|事業)")


def _after_joined(qn: str, m: _Mention, mentions: list[_Mention]) -> str:
    """What follows a value and the values joined after it (「蒼沼市と鵤野市の両方が参加している」: 「が参加している」
    follows 蒼沼市 too), a closing bracket aside (「うちの市（鷭ヶ淵市）が参加」)."""
    at = m.end
    while True:
        nxt = next((x for x in mentions if x.kind == "value" and x.start > at
                    and re.fullmatch(r"[)）」』]?(?:と|や|、|・|,)", qn[at:x.start])), None)
        if nxt is None:
            break
        at = nxt.end
    rest = re.sub(r"^[)）」』]", "", qn[at:])
    both = _BOTH.match(rest)
    return rest[both.end():] if both else rest


def _columns_for_value(t: Table, holders: set[str], col: str, years: list[int]) -> list[str]:
    """The columns a value said binds to: the column said before it, narrowed to the years said."""
    chosen = [h for h in t.columns if h.header in holders]
    if col:
        c = t.column(col)
        same_base = [h for h in chosen if h.header == col or (c.base and h.base == c.base)]
        if same_base:
            chosen = same_base
    if years:
        by_year = [h for h in chosen if h.year in years]
        if by_year:
            return [h.header for h in by_year]
        bases = {h.base for h in chosen if h.year and h.base}
        # 「令和7年度に進捗状況がB」 where only 令和6年度's column prints a B: that year's column, no row.
        by_year = [h for h in t.columns if h.year in years and h.base in bases]
        if by_year:
            return [h.header for h in by_year]
        if any(h.year for h in chosen):
            return []
    return [h.header for h in chosen]


def _code_said_as_number(t: Table, col: str, op: str, value, unit: str) -> str | None:
    """The key of the cell printing the number said (「が5」) in a column of codes that are not figures (基本目標 │ 名称 …
    printing １ … ５), or None: a comparison of no unit, equal to one code printed."""
    if not col or op != "eq" or unit or t.column(col).numeric or not isinstance(value, (int, float)):
        return None
    cells = {_key(str(r["cells"].get(col) or "")) for r in t.rows}
    said = _key(f"{value:g}")
    return said if said in cells and all(re.fullmatch(r"\d{1,3}", c) for c in cells - {""}) else None


def _numeric_column(t: Table, col: str, years: list[int]) -> str | None:
    if col and t.column(col).numeric:
        col = _of_year(t, col, years)
        # 「令和7年度の達成率」: the year picks the column; a year it cannot pick is not dropped.
        return col if not years or t.column(col).year in years else None
    numeric = [c for c in t.columns if c.numeric and c.header != t.number]
    if years:
        by_year = [c.header for c in numeric if c.year in years]
        if len(by_year) > 1:
            # 「令和7年が100人未満」 over 令和5年 │ 令和6年 │ 令和7年 │ 対前年増減(R7-R6): the year's own column, headed by
            # the year alone; one headed by a measure of its own (増減) is said by its name
            by_year = [h for h in by_year if not t.column(h).base] or by_year
        return by_year[0] if len(by_year) == 1 else None
    if col:
        c = t.column(col)
        same = [n.header for n in numeric if c.base and n.base == c.base]
        return same[0] if len(same) == 1 else None
    return numeric[0].header if len(numeric) == 1 else None


def _numbered_by_word(t: Table) -> bool:
    """Whether the table's numbering column prints its own header's word and a number (重点 | 重点1 …)."""
    from assistant.query.tables.read import _word_numbered

    return bool(t.number) and _word_numbered(t.number, [nfkc(str(r["cells"].get(t.number) or "")) for r in t.rows])
