"""The detail screen's 「関連する他の資料の取組」: the closest records of other documents, opened with Enter."""
from __future__ import annotations

from assistant.tui.screens.detail import DetailScreen
from assistant.tui.widgets.answer_view import AnswerTable
from tests.tui.test_app import SIZE, ask, screen_text, settle


async def test_practice_33_shows_related_case_studies_and_opens_one(make):
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await ask(pilot, "実践項目33")
        await pilot.press("f3", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DetailScreen) and screen.key == "practice:33"
        table = screen.query_one("#related-table", AnswerTable)
        keys = [r["key"] for r in table.answer.rows]
        assert any(k.startswith("case_study:") for k in keys[:3])
        assert all(r["source"] != screen.detail.row["source"] for r in table.answer.rows)
        screen.query_one("#related-title").scroll_visible(top=True, animate=False)
        await pilot.pause(0.2)
        assert "関連する他の資料の取組" in screen_text(app)
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.key == keys[0]


async def test_a_record_without_related_ones_has_no_section(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(DetailScreen("practice:99999"))
        await settle(pilot)
        assert not app.screen.query("#related-table")
