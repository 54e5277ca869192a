"""Snapshot tests (pytest-textual-snapshot) of the main screens at 100×32 on the real index.

Regenerate with `pytest tests/tui/test_snapshots.py --snapshot-update` and look at the SVGs.
"""
from __future__ import annotations

from textual.worker import WorkerCancelled

SIZE = (100, 32)


async def _settle(pilot) -> None:
    for _ in range(2):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            pass
        await pilot.pause()


async def _steady(pilot) -> None:
    """A blinking cursor is drawn or not depending on the instant the picture is taken: stop every
    input's blink with its cursor shown, so the picture depends only on what the app shows."""
    for box in pilot.app.screen.query("Input"):
        box.cursor_blink = False
        box._pause_blink(visible=True)
    await pilot.pause()


async def _ask(pilot, question: str) -> None:
    await _settle(pilot)
    box = pilot.app.main_screen.query_one("#question")
    box.focus()
    box.value = question
    await pilot.press("enter")
    await _settle(pilot)


def test_conversation_with_an_answer(snap_compare, make):
    async def run_before(pilot) -> None:
        await _ask(pilot, "R4に終了した実践項目")
        await _steady(pilot)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_answer_with_excerpts(snap_compare, make):
    async def run_before(pilot) -> None:
        await _ask(pilot, "ふるさと納税に触れた委員の意見")
        await _steady(pilot)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_detail_screen(snap_compare, make):
    async def run_before(pilot) -> None:
        await _ask(pilot, "R4に終了した実践項目")
        await pilot.press("f3", "enter")
        await _settle(pilot)
        await _steady(pilot)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, make):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        await _steady(pilot)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_browse_screen(snap_compare, make):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("f2")
        await _settle(pilot)
        await _steady(pilot)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_small_terminal_answer(snap_compare, make):
    async def run_before(pilot) -> None:
        await _ask(pilot, "R4に終了した実践項目")
        await _steady(pilot)

    assert snap_compare(make(), terminal_size=(80, 24), run_before=run_before)


def test_distribution_chart(snap_compare, make):
    async def run_before(pilot) -> None:
        await _ask(pilot, "総合評価の分布")
        await _steady(pilot)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_small_terminal_refined_answer(snap_compare, make):
    """At 80×24 the asked-about columns (取組終了, R4評価, 総合評価) are in view beside the names."""
    async def run_before(pilot) -> None:
        await _ask(pilot, "R4に終了した実践項目")
        await _ask(pilot, "そのうち総合評価がAのもの")
        await _steady(pilot)

    assert snap_compare(make(), terminal_size=(80, 24), run_before=run_before)
