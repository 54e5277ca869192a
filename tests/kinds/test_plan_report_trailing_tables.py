"""A plan report of item cards (Word paragraphs) ending in a table of its own (「参考　評価の分布（取組数）」: grades ×
fiscal years): the table's rows kept as table rows beside the items, and a question of one cell or of two read
from them (the caption said, 「評価の分布で」, names the table: no count of its rows by 評価)."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

CARDS = [
    ("1-1", "窓口のオンライン化", "市民課", "R7 A／R8 A／R9 B"),
    ("1-2", "電子決裁の導入", "総務課", "R7 B／R8 A／R9 A"),
    ("2-1", "公共施設の複合化", "資産経営課", "R7 C／R8 B／R9 A"),
    ("2-2", "使用料の見直し", "財政課", "R7 A／R8 C／R9 B"),
]


def text() -> str:
    lines = ["桐野市 行財政改革プラン 実施状況報告書（令和7年度～令和9年度）", "", "第1　デジタル化の推進", ""]
    for code, name, dept, grades in CARDS:
        if code == "2-1":
            lines += ["", "第2　公共施設の最適化", ""]
        lines += [f"{code}　{name}", f"担当：{dept}", f"評価：{grades}", "取組期間：令和7年度～（継続）", "概要：取り組んだ。"]
    lines += ["", "参考　評価の分布（取組数）", "", "評価\t令和7年度\t令和8年度\t令和9年度",
              "A\t2\t2\t2", "B\t1\t1\t2", "C\t1\t1\t0", "評価対象の取組数\t4\t4\t4"]
    return "\n".join(lines) + "\n"


def test_table_kept_beside_the_items():
    doc = text()
    assert registry.detect(doc) is plan_report
    parsed = plan_report.parse(doc, "report.txt")
    kinds = [r.kind for r in parsed.records]
    assert kinds.count("practice") == 4
    rows = [r.fields["cells"] for r in parsed.records if r.kind == "table_row"]
    assert [r["評価"] for r in rows] == ["A", "B", "C", "評価対象の取組数"]
    assert rows[1]["令和8年度"] == "1"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kirino")
    (folder / "実施状況報告書.txt").write_text(text(), encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_cells_asked(assistant):
    answer = assistant.ask("桐野市の実施状況報告書の評価の分布で、令和9年度のBは何件？")
    assert (answer.status, answer.value) == ("exact", 2), answer.summary
    assistant.reset()
    answer = assistant.ask("桐野市の行財政改革プランのA評価の数って、令和7年度と令和9年度でいくつ違う？")
    assert (answer.status, answer.value) == ("exact", 0), answer.summary
    assistant.reset()
    answer = assistant.ask("桐野市の行財政改革プランで令和8年度にA評価だった取組は？")
    assert sorted(r["code"] for r in answer.rows) == ["1-1", "1-2"], answer.summary
