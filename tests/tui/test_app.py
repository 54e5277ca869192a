"""Pilot tests: the real app on the real index, driven by keys, waiting for its workers."""
from __future__ import annotations

import csv
import json
from collections import Counter

from textual.widgets import DataTable, Input, OptionList, Tree
from textual.worker import WorkerCancelled

from assistant.query.answer import Answer
from assistant.tui.messages import AnswerReady
from assistant.tui.screens.browse import BrowseScreen
from assistant.tui.screens.detail import DetailScreen
from assistant.tui.screens.export import ExportScreen
from assistant.tui.screens.help import HelpScreen
from assistant.tui.screens.main import MainScreen
from assistant.tui.screens.message import IndexErrorScreen
from assistant.tui.widgets.answer_view import AnswerTable, AnswerView
from assistant.tui.widgets.facet_panel import FacetPanel

SIZE = (100, 32)
R4_ENDED = ["8", "9", "24", "29", "33", "34", "35", "36", "40", "41", "56", "57", "58"]


async def settle(pilot) -> None:
    """Wait for every worker (a cancelled, superseded question is fine) and the messages they posted."""
    for _ in range(2):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def ask(pilot, question: str) -> MainScreen:
    main = pilot.app.main_screen
    box = main.query_one("#question", Input)
    box.focus()
    box.value = question
    await pilot.press("enter")
    await settle(pilot)
    return main


def codes(answer: Answer) -> list[str]:
    return [str(r["code"]) for r in answer.rows]


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def select_facet(pilot, field: str, value: str) -> None:
    panel = pilot.app.main_screen.query_one(FacetPanel)
    options = panel.query_one(OptionList)
    oid = next(k for k, v in panel.choices.items() if v == (field, value))
    await pilot.press("f4")
    options.highlighted = options.get_option_index(oid)
    await pilot.press("enter")
    await settle(pilot)


async def test_ask_r4_ended_practice_items(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        assert main.current is not None and main.current.target == "practice"
        assert codes(main.current) == R4_ENDED
        table = main.current_view.table
        assert table.row_count == 13
        assert "取組終了" in [c.label.plain for c in table.ordered_columns]
        text = screen_text(app)
        assert "条件に合う実践項目は 13件です" in text
        assert "取組終了 = R4" in text  # the understood condition as a chip


async def test_fitting_the_table_to_the_screen_draws_no_cell_again(make, monkeypatch):
    """The answer's table is fitted to the conversation's height after its first paint: a change of
    height alone keeps the cells already drawn (DataTable would draw every cell again)."""
    drawn: Counter = Counter()
    draw = DataTable._render_cell

    def counting(self, row_index, column_index, *args, **kwargs):
        drawn[(row_index, column_index, *args[2:], *kwargs.values())] += 1
        return draw(self, row_index, column_index, *args, **kwargs)

    monkeypatch.setattr(DataTable, "_render_cell", counting)
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        assert main.current_view.table.size.height > 11  # fitted: taller than the stylesheet's height
        assert drawn and max(drawn.values()) == 1
        await pilot.resize_terminal(SIZE[0] + 150, SIZE[1])  # wider: every column in view
        await settle(pilot)
        table = main.current_view.table
        assert table.size.width > table.virtual_size.width  # each row ends in a filler to the new width
        text = screen_text(app)
        assert "条件に合う実践項目は 13件です" in text and "給与支給事務の集約化及び民間委託" in text


async def test_follow_up_refines_previous_answer(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        main = await ask(pilot, "そのうち総合評価がAのもの")
        rows = main.current.rows
        assert rows and len(rows) < 13
        assert all(r["overall"] == "A" and r["ended"] == "R4" for r in rows)
        assert set(codes(main.current)) <= set(R4_ENDED)
        assert len(main.query(AnswerView)) == 2


async def test_facet_value_refines_like_a_typed_follow_up(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        before = main.current
        expected = [r["key"] for r in before.rows if r["overall"] == "A"]
        await select_facet(pilot, "overall", "A")
        after = main.current
        assert after is not before
        assert after.question == "そのうち総合評価がAの実践項目"  # the typed equivalent is shown
        assert [r["key"] for r in after.rows] == expected
        assert not main.current_view.typed
        # The same text typed by hand gives the same rows.
        await ask(pilot, "R4に終了した実践項目")
        typed = await ask(pilot, "そのうち総合評価がAの実践項目")
        assert [r["key"] for r in typed.current.rows] == expected


async def test_department_facet(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "実践項目")
        expected = [r["key"] for r in main.current.rows
                    if any(d.endswith("行政監理室") for d in r["departments"])]
        await select_facet(pilot, "departments", "(総)行政監理室")
        assert [r["key"] for r in main.current.rows] == expected
        assert not main.current.notes or "直接" not in main.current.notes[-1]


async def test_facet_the_engine_cannot_phrase_filters_the_shown_rows(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "連携事業")
        expected = [r["key"] for r in main.current.rows if r.get("subcommittee") == "納税部会"]
        assert 0 < len(expected) < len(main.current.rows)
        await select_facet(pilot, "subcommittee", "納税部会")
        assert [r["key"] for r in main.current.rows] == expected


async def test_detail_screen_opens_and_closes_with_cursor_restored(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        await pilot.press("f3", "down", "down", "right")
        table = main.current_view.table
        assert app.focused is table
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.key == "practice:24"
        detail = app.screen.detail
        assert detail is not None and detail.initiative and detail.source_lines
        text = screen_text(app)
        assert "評価の推移" in text and "外国人及び聴覚" in text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is main
        assert app.focused is table
        assert tuple(table.cursor_coordinate) == (2, 1)


async def test_sort_by_cursor_column(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        table = main.current_view.table
        await pilot.press("f3")
        col = [c.key.value for c in table.ordered_columns].index("total")
        table.move_cursor(column=col)
        await pilot.press("s")
        totals = [table.get_row_at(i)[col] for i in range(table.row_count)]
        assert totals == sorted(totals)
        await pilot.press("s")
        totals = [table.get_row_at(i)[col] for i in range(table.row_count)]
        assert totals == sorted(totals, reverse=True)


async def test_browse_to_a_practice_item(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, BrowseScreen)
        browse = app.screen
        browse.query_one("#browse-filter", Input).focus()
        await pilot.press(*"LINE")
        await pilot.pause()
        tree = browse.query_one(Tree)
        leaves = []

        def walk(node):
            for child in node.children:
                leaves.append(child)
                walk(child)

        walk(tree.root)
        target = next(n for n in leaves if n.data == "practice:8")
        assert all(n.data in (None, "initiative:4", "practice:8") or "LINE" in str(n.label) for n in leaves)
        tree.focus()
        tree.move_cursor(target)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.key == "practice:8"
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_export_csv_and_xlsx(make, tmp_path):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        for name in ("out.csv", "out.xlsx"):
            await pilot.press("ctrl+e")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen)
            app.screen.query_one("#export-path", Input).value = str(tmp_path / name)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, MainScreen)
            assert app.last_export == tmp_path / name
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 14
    code = rows[0].index("番号")
    assert [r[code] for r in rows[1:]] == R4_ENDED
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = {str(v) for row in values for v in row if v is not None}
    assert {"苫小牧市LINE公式アカウントの導入", "給与支給事務の集約化及び民間委託"} <= flat


async def test_export_to_existing_file_asks_before_overwriting(make, tmp_path):
    target = tmp_path / "exists.json"
    target.write_text("{}", encoding="utf-8")
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        await pilot.press("ctrl+e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert app.last_export is None
        assert isinstance(app.screen, ExportScreen) and "すでにあります" in screen_text(app)
        await pilot.press("escape")  # not overwritten
        await settle(pilot)
        assert app.last_export is None
    assert json.loads(target.read_text(encoding="utf-8")) == {}


async def test_copy_table_as_tsv(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        await pilot.press("ctrl+y")
        lines = app.clipboard.splitlines()
        assert lines[0].split("\t")[0] == "番号"
        assert [line.split("\t")[0] for line in lines[1:]] == R4_ENDED


async def test_help_screen_lists_examples_and_asks_one(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "R4に終了した実践項目" in text and "Ctrl+E" in text
        options = app.screen.query_one("#help-examples", OptionList)
        index = next(i for i in range(options.option_count)
                     if "総合評価がCの実践項目" in str(options.get_option_at_index(i).prompt))
        options.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert main.current.question == "総合評価がCの実践項目" and main.current.rows


async def test_empty_and_nonsense_questions_show_a_message(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "")
        assert main.current.error and "質問" in screen_text(app)
        main = await ask(pilot, "ほげほげふがふが")
        assert not main.current.rows
        assert main.current.summary in screen_text(app).replace("\n", "") or main.current.suggestions
        main = await ask(pilot, "!!!???")
        assert isinstance(app.screen, MainScreen)
        assert len(main.query(AnswerView)) == 3


async def test_history_is_kept_across_runs(make, data_dir):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        await ask(pilot, "総合評価がCの実践項目")
    assert (data_dir / "gyokaku" / "history.txt").exists()
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        box = app.main_screen.query_one("#question", Input)
        box.focus()
        await pilot.press("up")
        assert box.value == "総合評価がCの実践項目"
        await pilot.press("up")
        assert box.value == "R4に終了した実践項目"
        await pilot.press("down", "down")
        assert box.value == ""


async def test_stale_answer_never_replaces_a_newer_one(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main_screen
        main.ask("R4に終了した実践項目")
        main.ask("総合評価がCの実践項目")
        await settle(pilot)
        assert main.current.question == "総合評価がCの実践項目"
        main.post_message(AnswerReady(0, Answer(question="古い質問", summary="古い答え")))
        await pilot.pause()
        assert main.current.question == "総合評価がCの実践項目"
        assert all(v.answer.question != "古い質問" for v in main.query(AnswerView))


async def test_command_palette_offers_examples(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"R4に終了")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        main = app.main_screen
        assert main.current is not None and codes(main.current) == R4_ENDED


async def test_missing_index_shows_what_to_do(make, tmp_path):
    app = make(tmp_path / "nothing.db")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, IndexErrorScreen)
        assert "gyokaku ingest" in screen_text(app)


async def test_small_terminal(make):
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        assert main.has_class("-narrow")
        assert codes(main.current) == R4_ENDED
        await pilot.press("f3", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)


async def test_new_conversation_forgets_the_context(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        await pilot.press("ctrl+l")
        await settle(pilot)
        main = app.main_screen
        assert main.current is None and not main.query(AnswerView)
        main = await ask(pilot, "総合評価がCの実践項目")
        assert all(r["ended"] != "R4" for r in main.current.rows)


async def test_initiative_detail_lists_its_practice_items(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "No.17の委員評価は？")
        await pilot.press("f3", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.key == "initiative:17"
        table = app.screen.query_one(AnswerTable)
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.key.startswith("practice:")
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen is app.main_screen


async def test_a_partial_answer_shows_its_caveat_above_the_table(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "総合評価がBでエレベーターの実践項目")
        assert main.current.status == "partial"
        caveat = main.current_view.query_one(".caveat")
        assert "「エレベーター」を解釈できなかった" in str(caveat.render())
        views = list(main.current_view.children)
        assert views.index(caveat) < views.index(main.current_view.table)


async def test_a_pdf_row_shows_its_page(make, tmp_path):
    """Another city's progress list in a PDF: the 出典 column names the page, not the extracted line."""
    from assistant.store.build import build_index
    from tests.kinds.other_cities import pdf_bytes

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "aobadai.pdf").write_bytes(pdf_bytes("aobadai.pdf"))
    build_index([docs], tmp_path / "gyokaku.db")
    app = make(tmp_path / "gyokaku.db")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "電子契約の導入の所管課は？")
        assert main.current is not None and main.current.value == "契約課"
        table = main.current_view.table
        sources = [str(table.get_row_at(i)[-1]) for i in range(table.row_count)]
        assert sources == ["aobadai.pdf 1ページ"]
        assert "aobadai.pdf 1ページ" in screen_text(app)
