"""Pilot tests of what a new user hit at the desk (issue 14): each fixed behaviour, on the real index."""
from __future__ import annotations

import io

from rich.console import Console
from textual.widgets import Input

from assistant.conflict_labels import conflict_lines, value_text, where_label
from assistant.render import asked_first_columns
from assistant.tui.screens.main import MainScreen
from tests.tui.test_app import R4_ENDED, ask, codes, screen_text, settle

WIDE, NARROW = (120, 36), (80, 24)


def sections_text(screen) -> str:
    """Everything the detail screen's sections hold, as plain text (scrolled out of view or not)."""
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None)
    for w in screen.query(".section"):
        console.print(w.content)
    return out.getvalue()


def header_line(app) -> str:
    """The table's header row as drawn (the line holding the 番号 column)."""
    return next(line for line in screen_text(app).splitlines() if "番号" in line and "名称" in line)


# ------------------------------------------------------------------------ asked-about fields first
def test_asked_first_columns_follow_the_question(assistant):
    assistant.ask("R4に終了した実践項目")
    answer = assistant.ask("そのうち総合評価がAのもの")
    cols = asked_first_columns(answer)
    assert cols[:5] == ["code", "title", "ended", "r4", "overall"]
    assert sorted(cols) == sorted(answer.columns)  # nothing lost, nothing added
    assistant.reset()
    ranked = assistant.ask("合計点の高い順に実践項目")
    assert asked_first_columns(ranked)[:3] == ["code", "title", "total"]


async def _asked_columns_visible(make, size):
    app = make()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        main = await ask(pilot, "そのうち総合評価がAのもの")
        table = main.current_view.table
        keys = [c.key.value for c in table.ordered_columns]
        assert keys[:5] == ["code", "title", "ended", "r4", "overall"]
        head = header_line(app)
        assert "総合評価" in head and "R4評価" in head and "取組終了" in head


async def test_asked_columns_visible_at_120_columns(make):
    await _asked_columns_visible(make, WIDE)


async def test_asked_columns_visible_at_80_columns(make):
    await _asked_columns_visible(make, NARROW)


# ------------------------------------------------------------------------ new conversation
async def test_new_conversation_twice_keeps_the_welcome(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        await pilot.press("ctrl+l")
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert not [n for n in app._notifications if n.severity == "error"]
        assert "行政の資料について" in screen_text(app) or "行政改革の資料について" in screen_text(app)
        assert len(app.main_screen.query("#welcome")) == 1


async def test_new_conversation_returns_focus_to_the_question_box(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        await pilot.press("f3")
        assert app.focused is main.current_view.table
        await pilot.press("ctrl+l")
        await settle(pilot)
        box = main.query_one("#question", Input)
        assert app.focused is box
        await pilot.press(*"総合評価がCの実践項目", "enter")
        await settle(pilot)
        assert main.current is not None and main.current.question == "総合評価がCの実践項目"


# ------------------------------------------------------------------------ the table's height
async def test_table_uses_the_height_it_has(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "実践項目")
        table = main.current_view.table
        assert table.row_count > 40
        conversation = main.query_one("#conversation")
        # Header, the question, chips and summary take a few lines: the rows fill the rest.
        assert table.size.height >= conversation.size.height - 8
        assert table.size.height > 14


# ------------------------------------------------------------------------ conflicts in Japanese
def test_conflict_lines_are_japanese_plain_text(db):
    rows = [dict(r) for r in db.query("SELECT * FROM conflicts")]
    assert rows
    for row in rows:
        text = "\n".join(conflict_lines(row))
        for internal in ("main_list", "appendix_list", "section_1", "progress_sheet", "department_city",
                         "same_name_elsewhere", "column_position", "['", "[\"", "{\""):
            assert internal not in text, (internal, text)
    assert where_label("main_list") == "本編の実践項目別一覧"
    assert value_text('["(総)総務課", "(消)総務課"]') == "(総)総務課、(消)総務課"


async def test_detail_screen_conflicts_in_japanese(make):
    from assistant.tui.screens.detail import DetailScreen

    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.push_screen(DetailScreen("practice:N2"))
        await settle(pilot)
        screen = app.screen
        text = sections_text(screen)
        assert "食い違い" in text
        assert "本編の実践項目別一覧" in text
        for internal in ("main_list", "section_1", "['", "[\""):
            assert internal not in text


async def test_joint_project_conflict_in_japanese(make):
    from assistant.tui.screens.detail import DetailScreen

    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.push_screen(DetailScreen("joint_project:2"))
        await settle(pilot)
        text = sections_text(app.screen)
        assert "担当部署の市町村" in text and "same_name_elsewhere" not in text and "department_city" not in text


# ------------------------------------------------------------------------ Textual's built-ins in Japanese
# Words users may see that are not English prose: key names, formats, names in the documents.
ALLOWED_LATIN = {"Ctrl", "Enter", "Esc", "Tab", "Space", "TSV", "xlsx", "csv", "md", "json", "LINE", "ICT",
                 "No", "Excel", "SVG", "gyokaku", "db", "txt", "xlsx", "Shift", "PDF", "pdf", "html", "docx"}


def english_words(text: str) -> set[str]:
    import re

    return {w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in ALLOWED_LATIN}


async def test_command_palette_is_japanese(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        await pilot.press("f3")
        assert not english_words(screen_text(app).split("\n")[-1])  # the footer (no "palette")
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        text = screen_text(app)
        for word in ("Keys", "Maximize", "Quit", "Screenshot", "Theme", "Search for commands"):
            assert word not in text
        assert "終了" in text
        await pilot.press(*"zzqqxx")
        await pilot.pause(1.0)
        text = screen_text(app)
        assert "No matches" not in text
        assert "質問する" in text  # anything typed can be asked as a question
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is main


async def test_ctrl_c_tells_how_to_quit_in_japanese(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.main_screen.query_one("#conversation").focus()
        await pilot.press("ctrl+c")
        await pilot.pause()
        notes = list(app._notifications)
        assert notes
        for n in notes:
            assert not english_words(f"{n.title} {n.message}".replace("Ctrl+Q", "")), n
        assert any("終了" in (n.title or "") + n.message for n in notes)


async def test_palette_question_is_asked(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"総合評価がCの実践項目")
        await pilot.pause(0.8)
        # The example with the same text comes first; either way the question is asked.
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.current.question == "総合評価がCの実践項目"


# ------------------------------------------------------------------------ export
async def _open_export(pilot, path) -> None:
    from assistant.tui.screens.export import ExportScreen

    await pilot.press("ctrl+e")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportScreen)
    pilot.app.screen.query_one("#export-path", Input).value = str(path)
    await pilot.pause()


async def test_export_follows_the_on_screen_sort(make, tmp_path):
    import csv

    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        table = main.current_view.table
        await pilot.press("f3")
        table.move_cursor(column=[c.key.value for c in table.ordered_columns].index("code"))
        await pilot.press("s", "s")  # 番号, descending
        shown = [r["code"] for r in table.rows_in_view()]
        assert shown == sorted(R4_ENDED, key=int, reverse=True)
        await _open_export(pilot, tmp_path / "sorted.csv")
        await pilot.press("enter")
        await settle(pilot)
        assert app.last_export == tmp_path / "sorted.csv"
    with open(tmp_path / "sorted.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    code = rows[0].index("番号")
    assert [r[code] for r in rows[1:]] == shown
    assert rows[0][1:4] == ["番号", "名称", "取組終了"]  # the columns in the order shown


async def test_export_over_an_existing_file_asks_in_the_dialog(make, tmp_path):
    from assistant.tui.screens.export import ExportScreen

    target = tmp_path / "exists.csv"
    target.write_text("old", encoding="utf-8")
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        await _open_export(pilot, target)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)  # still asking
        text = screen_text(app)
        assert "上書き" in text and "--force" not in text
        assert target.read_text(encoding="utf-8") == "old"
        assert not [n for n in app._notifications if "--force" in n.message]
        await pilot.press("enter")  # the focused 「上書きする」
        await settle(pilot)
        assert app.last_export == target
    assert "番号" in target.read_text(encoding="utf-8-sig")


async def test_excel_chosen_with_a_csv_name_writes_xlsx(make, tmp_path):
    from textual.widgets import Select

    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        await _open_export(pilot, tmp_path / "out.csv")
        dialog = app.screen
        assert dialog.query_one("#export-format", Select).value == "csv"  # the name chose CSV
        dialog.query_one("#export-format", Select).value = "xlsx"  # then Excel was chosen
        await pilot.pause()
        dialog.query_one("#export-path", Input).value = str(tmp_path / "out.csv")  # and the name typed again
        await pilot.pause()
        dialog.query_one("#export-format", Select).value = "xlsx"
        await pilot.pause()
        dialog.query_one("#export-ok").press()
        await settle(pilot)
        written = app.last_export
    assert written is not None and written.suffix == ".xlsx"
    assert written.read_bytes()[:2] == b"PK"  # a real workbook, not CSV text
    assert not (tmp_path / "out.csv").exists()


# ------------------------------------------------------------------------ charts
def chart_lines(app) -> list[str]:
    return [line for line in screen_text(app).splitlines() if "%）" in line]


async def test_grade_distribution_is_drawn_as_bars(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "総合評価の分布")
        counts = {r["group"]: r["count"] for r in main.current.rows}
        assert counts.get("A") and counts.get("B")
        bars = chart_lines(app)
        assert len(bars) == len(counts)
        by_grade = {}
        for line in bars:
            label = line.split("▊", 1)[-1].strip().split(" ")[0]
            by_grade[label] = line
        for grade, n in counts.items():
            assert f" {n}（" in by_grade[grade]
        # The longest bar is the largest count.
        widths = {g: line.count("█") for g, line in by_grade.items()}
        assert max(widths, key=widths.get) == max(counts, key=counts.get)


async def test_committee_scores_drawn_in_score_order(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "委員評価の分布")
        assert main.current.rows and main.current.target == "initiative"
        bars = chart_lines(app)
        scores = [float(line.split("▊", 1)[-1].split()[0]) for line in bars]
        assert scores == sorted(scores) and len(scores) == len(main.current.rows)


async def test_detail_draws_the_grade_timeline(make):
    from assistant.tui.screens.detail import DetailScreen

    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.push_screen(DetailScreen("practice:24"))
        await settle(pilot)
        text = sections_text(app.screen)
        row = app.screen.detail.row
        assert "└─R2" in text and "●" in text
        lines = text.splitlines()
        a_line = next(line for line in lines if line.startswith(" A │"))
        assert a_line.count("●") == sum(1 for y in ("r2", "r3", "r4", "r5") if row.get(y) == "A")


# ------------------------------------------------------------------------ facets and chips
async def test_a_condition_chip_is_removed_with_backspace(make):
    from assistant.tui.widgets.answer_view import ConditionChip

    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        main = await ask(pilot, "そのうち総合評価がAのもの")
        assert len(main.current.rows) < 13
        chips = [c for c in main.current_view.query(ConditionChip) if c.removable]
        assert [c.condition["label"] for c in chips] == ["取組終了 = R4", "総合評価 = A"]
        assert "×" in str(chips[1].render())
        # Backspace in the empty question box goes to the last chip; Backspace there removes it.
        main.query_one("#question", Input).focus()
        await pilot.press("backspace")
        assert app.focused is chips[1]
        await pilot.press("backspace")
        await settle(pilot)
        assert codes(main.current) == R4_ENDED
        assert [c["label"] for c in main.current.understood] == ["取組終了 = R4"]
        assert app.focused is main.query_one("#question", Input)
        # The conversation goes on from the widened answer.
        main = await ask(pilot, "そのうち総合評価がBのもの")
        assert main.current.rows and all(r["ended"] == "R4" and r["overall"] == "B" for r in main.current.rows)


async def test_the_first_condition_can_go_too(make):
    from assistant.tui.widgets.answer_view import ConditionChip

    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        main = await ask(pilot, "そのうち総合評価がAのもの")
        first = next(c for c in main.current_view.query(ConditionChip) if c.removable)
        await pilot.click(first)
        await settle(pilot)
        assert [c["label"] for c in main.current.understood] == ["総合評価 = A"]
        assert all(r["overall"] == "A" for r in main.current.rows) and len(main.current.rows) > 13


def test_department_facet_keeps_the_prefix(assistant):
    from assistant.tui.facets import facet_counts

    answer = assistant.ask("実践項目")
    facet = next(f for f in facet_counts(answer.target, answer.rows) if f.field == "departments")
    values = dict(facet.values)
    assert "総務課" not in values
    somu = [v for v in values if v.endswith("総務課")]
    assert len(somu) == 2 and "(総)総務課" in somu and "(消)総務課" in somu
    assert values["(総)総務課"] == 3 and values["(消)総務課"] == 2


# ------------------------------------------------------------------------ names, comments, long pastes
async def test_whole_document_search_rows_have_names(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "偽装請負")
        assert main.current.target == "passage" and main.current.rows
        table = main.current_view.table
        col = [c.key.value for c in table.ordered_columns].index("title")
        names = [table.get_row_at(i)[col] for i in range(table.row_count)]
        assert all(str(n).strip() for n in names), names
        # A progress-sheet entry is named after its practice item.
        rows = {r["key"]: r for r in main.current.rows}
        entry = next(k for k in rows if k.startswith(("sheet_entry:", "challenge:")))
        practice = str(rows[entry]["practice"])
        title = next(iter(app.main_screen.app.assistant.db.query(
            "SELECT title FROM practice WHERE code = ?", [practice])))["title"]
        assert title in rows[entry]["title"]


async def test_comment_rows_show_their_initiative(make):
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, "ふるさと納税に触れた委員の意見")
        assert main.current.target == "comment" and main.current.rows
        table = main.current_view.table
        keys = [c.key.value for c in table.ordered_columns]
        assert "initiative_title" in keys and "committee_score" in keys
        head = header_line_of(app, "取組項目")
        assert "委員評価" in head
        ini = next(iter(app.assistant.db.query("SELECT title, committee_score FROM initiative WHERE code = ?",
                                               [str(main.current.rows[0]["initiative"])])))
        assert main.current.rows[0]["initiative_title"] == ini["title"]
        assert main.current.rows[0]["committee_score"] == ini["committee_score"]


def header_line_of(app, word: str) -> str:
    return next(line for line in screen_text(app).splitlines() if word in line and "│" in line)


async def test_a_long_paste_does_not_flood_the_answer(make):
    from pathlib import Path

    from assistant.render import compact_notes, shorten_word_lists

    source = sorted(Path(__file__).resolve().parents[2].joinpath("corpus").glob("*.txt"))
    text = max((p.read_text(encoding="utf-8") for p in source), key=len)[5000:8000]
    app = make()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        main = await ask(pilot, text)
        answer = main.current
        assert len(answer.notes) + len(answer.unused) > 30  # the engine's own list stays whole
        view = main.current_view
        notes = view.query(".note")
        assert len(notes) <= 7
        caveats = [str(w.render()) for w in view.query(".caveat")]
        assert all(len(c) < 200 for c in caveats)
        if answer.unused and len(answer.unused) > 8:
            assert any(f"計{len(answer.unused)}語" in c for c in caveats)
        assert len(view.query(".chip")) <= 13
    lines = compact_notes(answer.notes)
    assert len(lines) <= 7
    assert "ほか" in shorten_word_lists("".join(f"「語{i}」" for i in range(20)) + "を解釈できませんでした")


# ------------------------------------------------------------------------ 80×24
async def test_small_terminal_gives_the_table_the_width(make):
    from textual.widgets import OptionList

    app = make()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        main = await ask(pilot, "R4に終了した実践項目")
        facets = main.query_one("#facets")
        assert not facets.display  # the facets wait behind F4 at 80 columns
        head = header_line(app)
        assert "取組終了" in head and "R4評価" in head
        await pilot.press("f4")
        await pilot.pause()
        assert facets.display and app.focused is main.query_one("#facet-options", OptionList)
        await pilot.press("escape")
        await pilot.pause()
        assert not facets.display and app.focused is main.query_one("#question", Input)
