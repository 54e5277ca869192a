"""The readings of plan-like tables (timelines by year, amounts printed 「―」, courses of facilities) that
change which words a reading uses: applied to every table's reading before one is chosen, so the words each
reads are counted with them."""
from __future__ import annotations

from assistant.query.tables.done_once import read_done_once
from assistant.query.tables.fate_asked import ask_fate_of_row
from assistant.query.tables.marks_counted import read_marks_counted
from assistant.query.tables.noted_cells import read_noted_cells
from assistant.query.tables.mark_runs import read_mark_runs, read_not_by_year_end, read_begun_in_year, read_period_pair, read_stage_extreme
from assistant.query.tables.marks_in_years import read_marks_in_years, restated_mark_meaning
from assistant.query.tables.never_in_years import read_never_in_years
from assistant.query.tables.never_past_bound import read_never_past_bound
from assistant.query.tables.stage_asked import ask_when_stage
from assistant.query.tables.grades_compared import read_grades_compared
from assistant.query.tables.legal_forms import read_body_named, read_clipped_name
from assistant.query.tables.unit_measured import read_unit_measured
from assistant.query.tables.topic_said import read_topic_said
from assistant.query.tables.either_state import read_either_state
from assistant.query.tables.bare_month_spans import read_month_rows
from assistant.query.tables.year_of_periods import read_mark_of_timeline, read_mark_of_year
from assistant.query.tables.title_span import drop_every_kind_said, drop_title_span, read_no_amount


def apply_plan_readings(db, question: str, qn: str, reading) -> None:
    """Each reading in turn (in place); each does nothing unless its words are said."""
    read_never_in_years(question, reading)  # 「工程に「検討」が一度も出てこない」: no year column holds it
    read_never_past_bound(question, reading)  # 「一度も30万円を超えなかった」: no year column passes the bound
    drop_title_span(question, reading)  # 「行革実施計画（R7〜R11）の」: the title's span, no condition
    drop_every_kind_said(question, reading)  # 「合同研修・共同事業の参加人数」: every 区分 named, no condition
    read_no_amount(question, reading)  # 「効果額が金額で出ていない」: the dash printed in the amount column
    read_noted_cells(question, reading)  # 「R6の数字に※1が付いてる」: the cells carrying the note's mark
    read_marks_counted(question, reading)  # 「○が7項目以上」: the mark counted along the row
    read_mark_runs(question, reading)  # 「◇が4四半期以上続いている」: a run of the mark over the periods
    read_period_pair(question, reading)  # 「第3・第4四半期に◆」: either of the two periods
    read_not_by_year_end(question, reading)  # 「令和7年度末までに●にならない」: none of the periods up to then
    read_begun_in_year(question, reading, db)  # 「令和6年度のうちに稼働し始めた」: the first period of the mark in that year
    read_stage_extreme(db, question, reading)  # 「本番移行がいちばん遅い」: the latest first period of the stage's mark
    if not read_marks_in_years(db, question, reading):  # 「令和10年度以降に●がついている」: any year of the range
        restated_mark_meaning(db, reading.table, qn, reading)  # 「●（完了予定）」: the legend's meaning restated
    # (after the readings above, which read a year's marks as a run, a first period or a range)
    read_mark_of_year(db, question, reading)  # 「R5に■が入っている」: any of the year's periods, none when negated
    read_mark_of_timeline(db, question, reading)  # 「■がない項目」: no period said, none (any) of them
    read_done_once(db, question, reading)  # 「令和6年度末でまだ完了していない」: no ◎ up to then, where ◎ marks the year done only
    ask_fate_of_row(question, reading)  # 「…って、この先どうなる予定？」 of one row: its 方針
    ask_when_stage(db, question, reading)  # 「…はいつ完了する予定？」: the year of the legend's mark for 完了
    read_grades_compared(db, question, reading)  # 「一次評価より二次評価のほうが低い」: one row's two grades
    read_topic_said(db, question, reading)  # 「補助金のことを言ってる提言」: the rows whose text says it
    read_body_named(question, reading)  # 「社会福祉協議会が指定管理者になってる」: the body by the end of its name
    read_clipped_name(question, reading)  # 「漁協の補助金」: the row whose name holds 漁業協同組合
    read_unit_measured(question, reading)  # 「ＫＰＩが％で測られてる」: the rows whose 単位 is ％
    read_either_state(question, reading)  # 「見直し中か、もう終了したもの」: a whole cell or a word inside one
    read_month_rows(question, reading)  # 「４月～９月」「何月」 over rows of the months
