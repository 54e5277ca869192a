"""A made-up city's maintenance report (a docx, no set's words, years or codes): a table grading each 施設区分 (1–4) year
by year, a table of the facilities filed under them (1-01 …) marked year by year, and a table of each 施設区分's
repair costs by year. The graded groups are the report's initiatives (initiative:1); the cost table lists the same
groups (the same codes and names), so its rows are those initiatives too — 「修繕費がR4よりR5で減った施設区分は？」 is
answered by initiative keys, not the cost table's rows. The facilities' own figures stay table rows (their grade makes
them items, not another table printing them: test_evaluated_rows_keys.py)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

# (code, name, office, R4, R5)
GROUPS = [("1", "教育施設", "学務課", "B", "A"), ("2", "福祉施設", "福祉課", "A", "B"),
          ("3", "スポーツ施設", "スポーツ振興課", "C", "C"), ("4", "市営住宅", "住宅課", "B", "B")]
# (code, name, R3, R4, R5)
FACILITIES = [("1-01", "萩ヶ原小学校", "○", "◎", "○"), ("1-02", "萩ヶ原中学校", "△", "○", "◎"),
              ("2-01", "老人福祉センター", "◎", "○", "△"), ("2-02", "児童館", "○", "○", "○"),
              ("3-01", "総合体育館", "×", "△", "○"), ("4-01", "南団地", "○", "△", "×")]
# (code, name, R3, R4, R5) in 千円: 1 and 3 spent more in R5 than in R4; 3 the least over the three years, 4 the
# most (1 the most of R3 and R5 alone)
COSTS = [("1", "教育施設", 8200, 9100, 12400), ("2", "福祉施設", 6100, 7300, 5200),
         ("3", "スポーツ施設", 1500, 1800, 2600), ("4", "市営住宅", 9900, 15000, 7100)]


def _report(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("萩ヶ原市 公共建築物保全計画 令和５年度実施状況報告", 1)
    doc.add_paragraph("令和６年６月　萩ヶ原市 財産活用課")
    tables = (
        ("１ 施設区分ごとの評価", ["区分番号", "施設区分", "担当課", "R4評価", "R5評価"], GROUPS),
        ("２ 施設ごとの実施状況", ["施設コード", "施設名", "R3", "R4", "R5"], FACILITIES),
        ("３ 施設区分ごとの修繕費（単位：千円）", ["区分番号", "施設区分", "令和３年度", "令和４年度", "令和５年度", "計"],
         [(*row, sum(row[2:])) for row in COSTS] + [("合計", "", *(sum(r[i] for r in COSTS) for i in (2, 3, 4)),
                                                    sum(sum(r[2:]) for r in COSTS))]),
    )
    for heading, header, rows in tables:
        doc.add_heading(heading, 2)
        table = doc.add_table(rows=1, cols=len(header))
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = text
        for row in rows:
            for cell, value in zip(table.add_row().cells, row):
                cell.text = f"{value:,}" if isinstance(value, int) else str(value)
    doc.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("group_rows_of_a_second_table")
    _report(folder / "公共建築物保全計画_実施状況報告.docx")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,keys", [
    ("修繕費がR4よりR5で増えた施設区分は？", ["initiative:1", "initiative:3"]),
    ("令和３年度～令和５年度の修繕費の合計がいちばん少ない施設区分は", ["initiative:3"]),
    # (「から」 with no まで spans the years between too, as 「～」 does: R4 counted)
    ("R3からR5の修繕費の合計がいちばん多い施設区分は", ["initiative:4"]),
    # (the graded table itself, as before)
    ("R5評価がBの施設区分は？", ["initiative:2", "initiative:4"]),
])
def test_a_second_table_of_the_graded_groups_answers_with_their_keys(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _keys(answer) == keys, (answer.status, _keys(answer), answer.summary)


def test_the_facilities_marks_stay_the_reports_items(assistant) -> None:
    answer = ask(assistant, "R5に×がついた施設は？")
    assert _keys(answer) == ["practice:4-01"], (answer.status, _keys(answer), answer.summary)
