"""A table of cases printing figures in columns of their own: 人口（人） and one effect column per unit (効果（時間/年）,
効果（千円/年）; blank = not published), read as numbers and asked of (sum, average, largest, a population bound)."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.case_studies import loader as case_studies
from assistant.kinds.case_studies.measured import measured_columns
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

HEADER = ["No.", "団体名", "都道府県", "人口（人）", "分野", "取組名", "概要", "効果（時間/年）", "効果（千円/年）"]
ROWS = [
    ("1", "桐ヶ丘町", "山梨県", "12,300", "窓口改革", "書かない窓口", "申請書を職員が作る。", "800", ""),
    ("2", "柏木市", "栃木県", "156000", "デジタル化", "AI議事録", "会議録を自動で作る。", "1500", "2000"),
    ("3", "椿原村", "高知県", "3900", "財源確保", "ふるさと納税の強化", "返礼品を見直した。", "", "7000"),
    ("4", "楓台市", "岐阜県", "61000", "デジタル化", "電子申請", "申請をオンラインにした。", "500", ""),
]


def text() -> str:
    lines = ["他団体事例調査（令和9年度）\t\t\t\t\t\t\t\t", "\t".join(HEADER)]
    lines += ["\t".join(row) for row in ROWS]
    return "\n".join(lines) + "\n"


def test_headings_say_the_figures():
    population, figures = measured_columns(HEADER)
    assert population == 3
    assert [(i, f) for i, f, _ in figures] == [(7, "effect_hours"), (8, "effect_amount")]
    assert measured_columns(["No.", "効果", "人口減少の影響"]) == (-1, ())


def test_rows_keep_their_figures():
    doc = text()
    assert registry.detect(doc) is case_studies
    records = {r.code: r.fields for r in case_studies.parse(doc, "chosa.txt").records}
    assert records["1"]["population"] == 12300 and records["1"]["effect_hours"] == 800
    assert "effect_amount" not in records["1"]  # (blank: not published, never 0)
    assert records["3"]["effect_amount"] == 7000 and "effect_hours" not in records["3"]
    assert "効果（千円/年）：7000" in records["3"]["effects"] and "【効果】の記載なし" not in records["3"]["notes"]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chosa")
    (folder / "他団体事例調査.txt").write_text(text(), encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_figures_asked(assistant):
    answer = assistant.ask("他団体事例調査の効果（千円/年）を全部足すといくら？")
    assert (answer.status, answer.value) == ("exact", 9000), answer.summary
    answer = assistant.ask("他団体事例調査で、分野がデジタル化の事例の削減時間（時間/年）の平均は？")
    assert (answer.status, answer.value) == ("exact", 1000), answer.summary
    answer = assistant.ask("他団体事例調査で年間の削減時間がいちばん大きい事例はどこの団体？")
    assert answer.status == "exact" and "柏木市" in answer.summary, answer.summary
    answer = assistant.ask("他団体事例調査で、人口5万人未満の団体はどこ？")
    assert sorted(r["code"] for r in answer.rows) == ["1", "3"], answer.summary
