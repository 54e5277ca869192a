"""Facets against the real engine: each facet follow-up, typed as text, gives exactly the rows with the value."""
from __future__ import annotations

import pytest

from assistant.tui.facets import facet_counts, facet_keys, facet_values, followup_text
from assistant.tui.records import browse_tree, filter_tree, load_detail


# (question, facet fields the engine can be asked by text). The others (連携事業の部会, 進捗状況シートの
# 年度 as a follow-up) are not understood by the engine yet: the app filters the shown rows instead.
TYPED = [("実践項目", None), ("R4に終了した実践項目", None), ("事例", None), ("連携事業", {"chair_city"})]


@pytest.mark.parametrize(("question", "fields"), TYPED)
def test_every_facet_follow_up_selects_exactly_its_rows(assistant, question, fields):
    base = assistant.ask(question)
    facets = [f for f in facet_counts(base.target, base.rows) if fields is None or f.field in fields]
    assert facets
    for facet in facets:
        for value, count in facet.values:
            assistant.reset()
            assistant.ask(question)
            refined = assistant.ask(followup_text(base.target, facet.field, value))
            expected = facet_keys(base.rows, facet.field, value)
            assert len(expected) == count
            assert sorted(r["key"] for r in refined.rows) == sorted(expected), (facet.field, value)


def test_facet_values_follow_the_engine():
    # The printed prefix stays: (総)総務課 and (消)総務課 are different departments.
    row = {"departments": ["(総)行政監理室", "健康支援課"]}
    assert facet_values("departments", row) == ["(総)行政監理室", "健康支援課"]
    # A name printed bare elsewhere takes the one prefix it has in the rows.
    assert facet_values("departments", row, {"健康支援課": {"(健)"}}) == ["(総)行政監理室", "(健)健康支援課"]
    assert facet_values("chair_city", {"chair_city": "岡山市(H16)・倉敷市(H17)"}) == []  # by year: neither's alone
    assert facet_values("chair_city", {"chair_city": "倉敷市"}) == ["倉敷市"]
    assert facet_values("ended", {"ended": ""}) == []


def test_practice_detail_has_everything(db):
    d = load_detail(db, "practice:21")  # its copies print two names of its department
    assert d.title == "水道料金のキャッシュレス化"
    assert d.initiative and d.initiative["code"] == "8"
    assert d.comments and d.years and "R2" in d.years
    assert d.conflicts and d.conflicts[0]["values"]
    first, last = d.own_lines
    assert first == d.row["line"] and any(n == first for n, _ in d.source_lines)
    assert len(d.source_lines) <= 2 * 10 + (last - first + 1)


def test_browse_tree_nests_practice_items_under_initiatives(db):
    tree = browse_tree(db)
    plan = next(n for n in tree if any(c.key == "initiative:4" for c in n.children))
    ini = next(c for c in plan.children if c.key == "initiative:4")
    assert "practice:8" in [c.key for c in ini.children]
    shown = filter_tree(tree, "ｌｉｎｅ")  # width and case do not matter
    keys = []

    def walk(nodes):
        for n in nodes:
            keys.append(n.key)
            walk(n.children)

    walk(shown)
    assert "practice:8" in keys and "practice:27" not in keys
