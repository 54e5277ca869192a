"""The footer shows the keys of the focused part, and is rebuilt only when they change."""
from __future__ import annotations

import asyncio

from textual.widgets._footer import FooterKey

from tests.tui.test_app import SIZE, ask, screen_text, settle


def footer_line(app) -> str:
    return screen_text(app).split("\n")[-1]


async def test_footer_follows_the_focus(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        assert "並べ替え" not in footer_line(app) and "書き出し" in footer_line(app)
        await pilot.press("f3")  # the table: its sort and detail keys join the screen's
        await pilot.pause()
        assert "並べ替え" in footer_line(app) and "詳細" in footer_line(app)
        await pilot.press("escape")  # back to the question box
        await pilot.pause()
        assert "並べ替え" not in footer_line(app) and "書き出し" in footer_line(app)


async def test_footer_keys_are_built_once(make):
    """Starting and asking move the focus and the screen stack but change no key: the footer keeps
    the very widgets it first showed (Textual's own Footer rebuilds them on each such change)."""
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        first: list[FooterKey] = []
        for _ in range(2000):  # until the footer first shows its keys
            first = list(app.screen.query(FooterKey))
            if first:
                break
            await asyncio.sleep(0.005)
        assert [k.description for k in first][:1] == ["書き出し"]
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        assert [id(k) for k in app.screen.query(FooterKey)] == [id(k) for k in first]
