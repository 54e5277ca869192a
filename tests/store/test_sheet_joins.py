"""A town's plan read twice: a LONG progress list (workbook, every item × year, grades in the town's own words) and
its 進行管理表 (web page, one table per item for some of the items, 計画 │ 実績 │ 自己評価 A–C and 今後の方向性).
The sheets are the list's items seen again: attached to them in the index (store/sheet_joins), never counted as
items of their own, whichever document was read first, and undone when either is read again or deleted. A
committee text with no themes is asked by a theme's word, and its opinions by what they say. The town, its plan
and its items are made up (tests/kinds/test_plan_report_long_list)."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS
from tests.kinds.test_plan_report_long_list import ITEMS, PLAN, opinions, workbook

SHEETS = [  # number, title, department, [(year, plan, result, grade)], direction
    (2, "補助金の見直し", "財政課", [("令和6年度", "対象の洗い出し", "洗い出し完了", "B"), ("令和7年度", "10件の見直し", "3件見直し", "C"),
                                  ("令和8年度", "10件の見直し", "見直しできず", "C")], "見直し"),
    (4, "窓口の一元化", "住民課", [("令和7年度", "窓口の統合準備", "レイアウト案を作成", "C"),
                                 ("令和8年度", "統合窓口の開設", "統合窓口を開設（4課）", "A")], "継続"),
    (5, "施設の統廃合", "管財課", [("令和6年度", "方針の策定", "方針を策定", "A"), ("令和7年度", "説明会の開催", "説明会を6回開催", "A"),
                                 ("令和8年度", "2施設の廃止", "1施設を廃止", "C")], "拡充"),
]


def sheets(sheet_list=SHEETS, title: str = f"{PLAN}　進行管理表（令和8年度末時点）") -> str:
    out = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>進行管理表</title></head><body>",
           f"<h1>{title}</h1>", "<p>自己評価　A：計画どおり　B：一部未達　C：未達成</p>"]
    for no, name, dept, years, direction in sheet_list:
        out.append(f"<table border='1'><caption>取組事項{no}　{name}（所管：{dept}）</caption>")
        out.append("<tr><th>年度</th><th>計画</th><th>実績</th><th>自己評価</th></tr>")
        out += [f"<tr><td>{y}</td><td>{p}</td><td>{r}</td><td>{g}</td></tr>" for y, p, r, g in years]
        out.append(f"<tr><th>今後の方向性</th><td colspan='3'>{direction}</td></tr></table>")
    return "\n".join(out + ["</body></html>"])


def _codes(answer) -> list[str]:
    return sorted((str(r["code"]) for r in answer.rows), key=int)


def _ask(assistant: Assistant, *turns: str):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("attached")
    (folder / "minamiura_shinchoku.xlsx").write_bytes(workbook())
    (folder / "minamiura_iken.txt").write_text(opinions(), encoding="utf-8")
    (folder / "minamiura_shinko.html").write_text(sheets(), encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_sheets_are_the_lists_items(assistant):
    rows = list(assistant.db.query("SELECT code, source, r7, r7_self, future_policy, attached FROM practice ORDER BY CAST(code AS INT)"))
    assert [r["code"] for r in rows] == [str(c) for c in ITEMS]  # (no item twice)
    assert {r["source"] for r in rows} == {"minamiura_shinchoku.xlsx"}
    four = next(r for r in rows if r["code"] == "4")
    assert (four["r7"], four["r7_self"], four["future_policy"], four["attached"]) == \
        ("遅延", "C", "継続", '["minamiura_shinko.html"]')
    assert not list(assistant.db.query("SELECT 1 FROM grade WHERE source = 'minamiura_shinko.html'"))


@pytest.mark.parametrize("question, expected", [
    ("財政課の取組事項", ["2", "3"]),
    ("一度も「遅延」がついていない取組事項", ["1", "3"]),
    # the sheets' own words and the document they are printed in still reach them
    ("進行管理表で今後の方向性が見直しの取組事項", ["2"]),
    ("進行管理表で令和8年度の自己評価がCだった取組事項", ["2", "5"]),
    ("2025年度の自己評価がAの取組事項", ["5"]),
    ("自己評価が3年間すべてCの取組事項", []),
    ("進行管理表の取組事項", ["2", "4", "5"]),
])
def test_asked_over_the_attached_sheets(assistant, question, expected):
    answer = _ask(assistant, question)
    assert answer.status in ("exact", "no_match") and _codes(answer) == expected, (answer.summary, answer.unused)


def test_the_years_grade_result_and_direction_of_one_item(assistant):
    answer = _ask(assistant, "窓口の一元化の2026年度の状況は")
    assert answer.status == "exact" and answer.value == "着実", answer.summary  # the list's grade, once
    answer = _ask(assistant, "進行管理表で窓口の一元化の令和8年度の実績は")
    assert answer.status == "exact" and answer.value == "統合窓口を開設（4課）", answer.summary
    answer = _ask(assistant, "取組事項5の進行管理表", "今後の方向性は？")
    assert answer.value == "拡充", answer.summary


def test_a_theme_word_over_a_paper_without_themes_is_its_text(index_path, tmp_path):
    # (beside the shipped report, whose initiatives carry themes: 施設 is a theme's word in that index)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "minamiura_iken.txt").write_text(opinions().replace("施設の統廃合は住民", "公共施設の統廃合は住民"),
                                               encoding="utf-8")
    index = tmp_path / "gyokaku.db"
    shutil.copy(index_path, index)
    build_index([CORPUS, folder], index)
    both = Assistant(open_index(index))
    answer = _ask(both, "南浦町の意見書で公共施設について委員が意見を述べている重点方針は")
    assert answer.status == "exact" and _codes(answer) == ["2"], (answer.summary, answer.unused)
    assert any("本文の語として" in n for n in answer.notes), answer.notes
    answer = _ask(both, "施設がテーマの取組項目")  # (the shipped report's themes are still themes)
    assert answer.status == "exact" and answer.rows and all("施設" in r["themes"] for r in answer.rows), answer.summary


def test_what_the_opinions_said_about_a_thing(assistant):
    answer = _ask(assistant, "重点方針2の委員の意見", "窓口の工程については何と言っている？")
    assert answer.status == "exact" and [r["code"] for r in answer.rows] == ["2-2"], (answer.summary, answer.unused)


def _items(index) -> list[tuple[str, str]]:
    db = open_index(index)
    return sorted(((r["code"], r["source"]) for r in db.query("SELECT code, source FROM practice")), key=lambda r: (int(r[0]), r[1]))


def test_read_in_any_order_read_again_and_deleted(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    index = tmp_path / "gyokaku.db"
    (folder / "shinko.html").write_text(sheets(), encoding="utf-8")
    build_index([folder], index)
    assert [c for c, _ in _items(index)] == ["2", "4", "5"]  # alone, the sheets are the items
    (folder / "list.xlsx").write_bytes(workbook())
    build_index([folder], index)
    assert _items(index) == [(str(c), "list.xlsx") for c in ITEMS]
    changed = [(no, name, dept, [(y, p, r, "B") for y, p, r, _ in years], direction)
               for no, name, dept, years, direction in SHEETS]
    (folder / "shinko.html").write_text(sheets(changed), encoding="utf-8")
    build_index([folder], index)
    db = open_index(index)
    assert [r[0] for r in db.execute("SELECT r7_self FROM practice WHERE code = '2'")] == ["B"]
    assert len(_items(index)) == len(ITEMS)
    (folder / "list.xlsx").unlink()
    build_index([folder], index)
    assert [c for c, _ in _items(index)] == ["2", "4", "5"]


def test_sheets_of_other_items_or_another_plan_stay_items(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "list.xlsx").write_bytes(workbook())
    renamed = [(no, name + "の推進", dept, years, direction) for no, name, dept, years, direction in SHEETS]
    (folder / "shinko.html").write_text(sheets(renamed), encoding="utf-8")
    other = tmp_path / "other"
    shutil.copytree(folder, other)
    build_index([folder], tmp_path / "a.db")
    assert len(_items(tmp_path / "a.db")) == len(ITEMS) + len(SHEETS)  # (other names: not the same items)
    (other / "shinko.html").write_text(sheets(title="北浦村行政改革大綱　進行管理表"), encoding="utf-8")
    build_index([other], tmp_path / "b.db")
    assert len(_items(tmp_path / "b.db")) == len(ITEMS) + len(SHEETS)  # (another plan)
