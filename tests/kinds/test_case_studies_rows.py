"""Case studies as the rows of one table (a workbook): No. │ 団体名 │ 都道府県 │ 分野 │ 取組名 │ 開始年度 │ 概要 │ 効果,
read by the headings (any order), the figures of the 効果 text compared when asked of (「削減した作業時間がいちばん多い」)."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.case_studies import loader as case_studies
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

HEADER = ["No.", "取組名", "団体名", "都道府県", "開始年度", "分野", "効果", "概要"]
ROWS = [
    ("1", "窓口予約システム", "青柳市", "岐阜県", "令和2年度", "窓口改革", "待ち時間を解消し、職員の対応時間を年間約700時間削減した。", "来庁予約をウェブで受け付けた。"),
    ("2", "議事録の自動作成", "桐生野町", "群馬県", "令和4年度", "デジタル化", "議事録作成の作業を年間約1,900時間削減した。", "音声認識で会議録を作成した。"),
    ("3", "公用車の共同利用", "岩倉台市", "岐阜県", "令和4年度", "財源確保", "維持費を年間約400万円削減した。", "部署ごとの公用車を共同利用に改めた。"),
]


def text() -> str:
    lines = ["自治体改革の事例一覧（令和6年度版）", "\t".join(HEADER)]
    lines += ["\t".join(row) for row in ROWS]
    return "\n".join(lines) + "\n"


def test_rows_are_cases():
    doc = text()
    assert registry.detect(doc) is case_studies
    records = {r.code: r.fields for r in case_studies.parse(doc, "jirei.txt").records}
    assert records["2"]["places"] == ["群馬県", "桐生野町"] and records["2"]["title"] == "議事録の自動作成"
    assert records["2"]["topic"] == "デジタル化" and records["2"]["start_year"] == "令和4年度"
    assert "1,900時間" in records["2"]["effects"] and records["3"]["measures"].startswith("部署ごと")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("jirei")
    (folder / "事例一覧.txt").write_text(text(), encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_asked(assistant):
    answer = assistant.ask("事例一覧で2022年度に始まった事例は？")
    assert sorted(r["code"] for r in answer.rows) == ["2", "3"], answer.summary
    answer = assistant.ask("事例一覧で分野がデジタル化の事例は何件？")
    assert (answer.status, answer.count) == ("exact", 1), answer.summary
    answer = assistant.ask("事例一覧で岐阜県の事例は？")
    assert sorted(r["code"] for r in answer.rows) == ["1", "3"], answer.summary


def test_figure_in_the_effects_text(assistant):
    answer = assistant.ask("事例一覧で削減した作業時間がいちばん多い事例は？")
    assert (answer.status, answer.value) == ("exact", "2"), answer.summary
    assert "1,900時間" in answer.summary
    assert any("3" in n for n in answer.notes)  # (the case stating no hours is said, not counted as 0)
    answer = assistant.ask("事例一覧で作業時間の削減が最も大きい事例は？")
    assert (answer.status, answer.value) == ("exact", "2"), answer.summary


def test_amount_in_the_effects_text(assistant):
    answer = assistant.ask("事例一覧で削減額がいちばん大きい事例は？")
    assert (answer.status, answer.value) == ("exact", "3"), answer.summary
    assert "400万円" in answer.summary


def test_a_prefecture_column_says_cases_without_the_word():
    """A list titled without 事例 is still one of other municipalities' cases when it names their prefectures."""
    doc = text().replace("自治体改革の事例一覧（令和6年度版）", "他団体の改革の取組一覧")
    assert registry.detect(doc) is case_studies
    assert not case_studies.rows.detect(doc.replace("都道府県", "担当"))
