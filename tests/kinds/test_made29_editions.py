"""made29's editions of the shipped kinds, read by their loaders: a plan report workbook with no section I
heading (its three tables only), joint projects headed 担当課 with a note under the table, an evaluation
sheet whose money table is headed by its 年度 column, a newsletter typed as text with Q./A. lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.formats import to_text
from assistant.kinds import registry

DOCS = Path(__file__).parents[1] / "questions" / "made29" / "docs"


def _parsed(name: str):
    path = DOCS / name
    text = to_text(path.read_bytes(), path.name).text
    return registry.detect(text).KIND, registry.parse(text, path.name)


def _records(doc, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_a_plan_report_workbook_without_section_one_is_a_plan_report():
    kind, doc = _parsed("muroran_gyokaku_plan_ikensho_r9.xlsx")
    assert kind == "plan_report"
    initiatives, practices = _records(doc, "initiative"), _records(doc, "practice")
    assert len(initiatives) == 10 and len(practices) == 32
    # ○ under theme names of a second header row; the council's average as the committee's score
    assert initiatives["1"]["themes"] == ["財政", "協働", "民活"] and initiatives["1"]["committee_score"] == 4.3
    assert initiatives["4"]["self_overall"] == "B"
    # every year graded, blank before an item began, '-' after it ended; two departments in one cell
    assert (practices["N1"]["r5"], practices["N1"]["r7"], practices["3"]["r8"]) == ("", "B", "-")
    assert practices["8"]["departments"] == ["(市)市民課", "(財)税務課"]
    # the last practice row ends before the next table's title, not joined with it
    assert practices["27"]["departments"] == ["(総)行政改革課"]
    assert not [w for w in doc.warnings if w.kind == "repaired_row"]


def test_remarks_one_per_row_under_a_bare_no_column_lose_their_bullets():
    _, doc = _parsed("muroran_gyokaku_plan_ikensho_r9.xlsx")
    comments = _records(doc, "comment")
    assert len(comments) == 24
    assert [c["n"] for code, c in comments.items() if c["initiative"] == "7"] == [1, 2, 3]
    assert comments["7-1"]["text"].startswith("生成AIの試行") and "個人情報" in comments["7-1"]["text"]


def test_joint_projects_headed_with_tanto_ka_and_a_note_under_the_table():
    kind, doc = _parsed("utsunomiya_kanuma_renkei_r7.docx")
    assert kind == "joint_projects"
    projects = _records(doc, "joint_project")
    assert len(projects) == 12
    assert projects["6"]["subcommittee"] == "消防部会" and projects["6"]["chair_city"] == "宇都宮市"
    assert projects["6"]["done"] == "" and projects["6"]["planned"]
    # 「※空欄は該当なし。」 under the table is no part of the last row's department
    assert projects["12"]["departments"] == {"宇都宮市": "環境政策課", "鹿沼市": ""}


def test_a_money_table_headed_by_its_year_column():
    kind, doc = _parsed("ueda_jimujigyo_hyoka_3000127.html")
    assert kind == "program_sheet"
    program = _records(doc, "program")["3000127"]
    assert (program["settlement_year"], program["total_cost"], program["city_burden"]) == ("R6", 5130000, 3930000)
    others = [p.text for p in doc.passages if p.field == "total_cost"]
    assert any("令和5年度決算" in t and "4,820,000" in t for t in others)


def test_a_newsletter_typed_as_text_with_q_and_a_lines():
    kind, doc = _parsed("matsumoto_kyodo_news_vol3.txt")
    assert kind == "newsletter"
    articles, qa, events = _records(doc, "article"), _records(doc, "qa"), _records(doc, "event")
    assert [a["title"] for a in articles.values()][0] == "松本市 協働推進員研修を実施しました。"
    assert len(articles) == 3 and doc.title == "松本市 市民協働ニュースレター Vol.3"
    assert len(qa) == 5
    assert qa["4"] == {**qa["4"], "question": "町会との協働も対象になりますか？"}
    assert qa["4"]["answer"].startswith("対象になります。") and "----" not in qa["5"]["answer"]
    assert {(e["what"], e["date_from"], e["date_to"]) for e in events.values()} >= {
        ("実施日時", "2026-01-23", "2026-01-23"), ("募集期間", "2026-02-02", "2026-03-13")}
    project = _records(doc, "model_project")["1"]
    assert (project["organization"], project["department"]) == ("NPO法人 まつもと暮らしネット", "健康福祉部高齢福祉課")
    # an affiliation of several words, a name with a space between family and given name
    assert (project["interviewee"], project["interviewee_affiliation"]) == ("中村 美咲", "健康福祉部高齢福祉課 地域包括ケア担当")


@pytest.mark.parametrize("text", [
    # One empty line after every printed line (the PDF's text): a single empty line is no gap.
    "市民協働ニュース\n\nContents\n\n>> 研修の報告\n\n>> モデル事業の募集\n\n\n≫研修を実施しました。\n\n本文です。\n",
])
def test_contents_box_of_a_spaced_pdf_text_still_holds_every_entry(text):
    from assistant.kinds.newsletter.loader import _contents

    covered, entries = _contents(text.splitlines())
    assert entries == ["研修の報告", "モデル事業の募集"]
