"""The plan report as plain text (tab-separated tables) of a town whose evaluating body is not a
委員会: a 推進会議 that scores each initiative 「推進会議評価 3.6／5.0」. Its parts come in an order of its
own (the committee's opinions first, then the initiative summary, then the practice list), its headings
are numbered with a point (「2. 取組項目ごとの推進会議の評価」), each initiative is headed 「【取組項目 2】…」,
the remarks are bulleted with ◆ under a bracketed label, the practice list ends with a status column
(取組状況: 「R6終了」 or 「継続」) after the departments, and the summary names its themes as a list
mixing the report's themes with the town's own wording and heads its averages 「進捗度平均」. No
progress sheets.

The town, its years, themes and titles are made up and differ from every shipped or made edition."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument

SOURCE = "kawabe_suishinkaigi.txt"
YEARS = ["R4", "R5", "R6"]
# no, title, themes as printed, themes as read, self grade, committee score, remarks
INITIATIVES = [
    ("1", "歳入の確保", "財政運営・住民サービス・収納対策", ["財政", "サービス", "収納対策"], "A", "3.6",
     ["滞納整理は着実に進んだ。", "使用料の見直しは利用者に丁寧に説明してほしい。"]),
    ("2", "市民サービスの向上", "住民サービス", ["サービス"], "B", "4.2",
     ["窓口の待ち時間が短くなった。", "時間外勤務が窓口の職員に偏っている。"]),
]
# code, initiative, title, grades, scores, overall, departments, status as printed, end as read
PRACTICES = [
    ("1", "1", "滞納整理の強化", ["B", "A", "-"], [3, 2, 3, 2], "A", "収納課", "R5終了", "R5"),
    ("2", "1", "施設使用料の見直し", ["C", "B", "B"], [2, 2, 1, 2], "B", "財政課、生涯学習課", "継続", ""),
    ("3", "2", "窓口の一本化", ["", "B", "A"], [3, 3, 2, 2], "A", "住民窓口課", "完了（R6）", "R6"),
    ("4", "2", "時間外勤務の縮減", ["C", "C", "B"], [2, 1, 2, 1], "C", "人事課", "継続", ""),
]


def document_text() -> str:
    out = ["川辺町行政改革大綱 実施計画", "取組の評価に関する報告書", "", "令和7年7月1日", "川辺町行政改革推進会議", "",
           "1. はじめに", "本報告書は、町の担当課による自己評価を踏まえ、推進会議の評価と意見をまとめたものです。", "",
           "2. 取組項目ごとの推進会議の評価", ""]
    for no, title, _, _, _, score, remarks in INITIATIVES:
        members = "、".join(p[0] for p in PRACTICES if p[1] == no)
        out += [f"【取組項目 {no}】{title}", f"実践項目：{members}", f"推進会議評価　{score}／5.0", "【推進会議の意見】",
                *(f"◆{r}" for r in remarks), ""]
    out += ["3. 取組項目別の集計",
            "\t".join(["取組項目", "名称", "テーマ", "実践項目数", "進捗度平均", "連携度平均", "効率性平均", "創造性平均",
                       "担当課自己評価", "推進会議評価"])]
    for no, title, themes, _, grade, score, _ in INITIATIVES:
        items = [p for p in PRACTICES if p[1] == no]
        averages = [sum(p[4][k] for p in items) / len(items) for k in range(4)]
        out.append("\t".join([no, title, themes, str(len(items)), *(f"{a:.1f}" for a in averages), grade, score]))
    out += ["", "4. 実践項目の一覧",
            "\t".join(["番号", "実践項目名", "取組項目", "令和4年度", "令和5年度", "令和6年度", "進捗度", "連携度", "効率性",
                       "創造性", "合計", "総合評価", "担当課", "取組状況"])]
    for code, no, title, grades, scores, overall, depts, status, _ in PRACTICES:
        out.append("\t".join([code, title, no, *grades, *map(str, scores), str(sum(scores)), overall, depts, status]))
    out += ["", "以上"]
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    text = document_text()
    assert plan_report.detect(text)
    assert registry.detect(text) is plan_report
    return registry.parse(text, SOURCE)


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def test_the_committee_named_its_own_way_scores_and_remarks(doc):
    assert doc.kind == plan_report.KIND
    initiatives = _records(doc, "initiative")
    assert list(initiatives) == ["1", "2"]
    for no, title, _, themes, grade, score, _ in INITIATIVES:
        got = initiatives[no]
        assert (got["title"], got["committee_score"], got["self_overall"], got["themes"]) == (
            title, float(score), grade, themes)
    comments = _records(doc, "comment")
    # The bullets and the label are not remarks.
    assert [c["text"] for c in comments.values()] == [r for *_, remarks in INITIATIVES for r in remarks]


def test_practice_items_with_an_end_marker_that_states_its_year(doc):
    practices = _records(doc, "practice")
    assert list(practices) == ["1", "2", "3", "4"]
    for code, no, title, grades, scores, overall, depts, _, ended in PRACTICES:
        got = practices[code]
        assert (got["initiative"], got["title"], got["overall"], got["ended"]) == (no, title, overall, ended)
        assert [got[y.lower()] for y in YEARS] == grades
        assert [got["progress"], got["collaboration"], got["efficiency"], got["creativity"]] == scores
        assert got["departments"] == depts.split("、")


def test_nothing_is_left_unread(doc):
    assert not [w for w in doc.warnings if w.kind == "malformed_row"]
    assert not doc.conflicts
    # The last initiative's remarks end at the next numbered heading.
    assert not any("集計" in r.fields.get("text", "") for r in doc.records if r.kind == "comment")
