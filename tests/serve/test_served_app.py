"""The app as the browser version runs it, driven by Textual's pilot.

Under `run_test` Textual always uses its headless driver; here that driver is made a browser tab
(`is_web`, and a delivered file is kept for the test instead of being sent to a browser), which is
what textual-serve's web driver is to the app. The real web driver is tested in test_protocol.py.
"""
from __future__ import annotations

import io

import openpyxl
import pytest
import textual.drivers.headless_driver as headless
from textual.widgets import Checkbox, Input
from textual.widgets._footer import FooterKey

from assistant.serve import served_app
from assistant.tui.app import make_app
from assistant.tui.screens.export import ExportScreen, download_name
from assistant.tui.screens.help import HelpScreen
from assistant.tui.screens.main import MainScreen
from tests.tui.test_app import R4_ENDED, SIZE, ask, settle

R4_ENDED_ROWS = len(R4_ENDED)


class BrowserTabDriver(headless.HeadlessDriver):
    """Textual's headless driver as a browser tab: web mode, and deliveries kept, never saved."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.deliveries: list[tuple[str, bytes, str | None]] = []

    @property
    def is_web(self) -> bool:
        return True

    def deliver_binary(self, binary, *, delivery_key, save_path, open_method="download", encoding=None,
                       mime_type=None, name=None) -> None:
        self.deliveries.append((save_path.name, binary.read(), mime_type))
        binary.close()


@pytest.fixture()
def browser_tab(monkeypatch, tmp_path):
    """Pilot runs the app as a browser tab, in an empty working folder (to check nothing lands there)."""
    monkeypatch.setattr(headless, "HeadlessDriver", BrowserTabDriver)
    cwd = tmp_path / "server"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def records(data: bytes) -> int:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    return sum(1 for row in sheet.iter_rows(min_row=2, values_only=True) if any(v is not None for v in row))


async def export_as(pilot, typed: str | None) -> ExportScreen:
    await pilot.press("ctrl+e")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    if typed is not None:
        screen.query_one("#export-path", Input).value = typed
    await pilot.press("enter")
    await settle(pilot)
    return screen


async def test_ctrl_e_delivers_a_download_and_writes_nothing(index_path, browser_tab, data_dir):
    app = served_app(index_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_web
        await ask(pilot, "R4に終了した実践項目")
        await pilot.press("ctrl+e")
        await pilot.pause()
        dialog = app.screen
        shown = dialog.query_one("#export-path", Input).value
        assert "/" not in shown and "\\" not in shown and shown.endswith(".xlsx")  # no server path shown
        assert not dialog.query(Checkbox)  # nothing to overwrite on a download
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        [(name, data, mime)] = app._driver.deliveries
        assert name == shown
        assert mime == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        assert records(data) == R4_ENDED_ROWS
        assert any("ダウンロード" in str(n.message) for n in app._notifications)
        assert app.last_export is None
    assert list(browser_tab.iterdir()) == []
    assert not data_dir.exists()  # not even the question history is kept on the server


@pytest.mark.parametrize("typed, expected", [
    ("../../etc/passwd.xlsx", "passwd.xlsx"),
    ("..\\x.xlsx", "x.xlsx"),
    ("/tmp/answer.csv", "answer.csv"),
    ("C:\\Users\\職員\\結果.md", "結果.md"),
    ("..", None),
])
async def test_a_typed_path_becomes_a_bare_download_name(index_path, browser_tab, tmp_path, typed, expected):
    app = served_app(index_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        await export_as(pilot, typed)
        [(name, data, _)] = app._driver.deliveries
    if expected is None:  # nothing left of the name: the default one
        assert name.startswith("gyokaku_practice_") and name.endswith(".xlsx")
    else:
        assert name == expected
    assert data
    assert list(browser_tab.iterdir()) == []
    assert not (tmp_path / "etc").exists() and not (tmp_path.parent / "x.xlsx").exists()


def test_download_name_keeps_the_format_and_drops_unsafe_characters():
    assert download_name("a b;c\"d.xlsx", "xlsx", "gyokaku.xlsx") == "a_b_c_d.xlsx"
    assert download_name("回答", "csv", "gyokaku.xlsx") == "回答.csv"
    assert download_name("", "json", "gyokaku_practice.xlsx") == "gyokaku_practice.json"
    assert download_name("x" * 300 + ".xlsx", "xlsx", "g.xlsx") == "x" * 80 + ".xlsx"


def footer(app) -> dict[str, str]:
    """What the footer shows: key -> description."""
    return {key.key: key.description for key in app.screen.query(FooterKey)}


async def test_footer_shows_ctrl_keys_for_function_keys_when_served(index_path, browser_tab):
    app = served_app(index_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        shown = footer(app)
        assert shown.get("ctrl+g") == "ヘルプ" and shown.get("ctrl+o") == "表へ" and shown.get("ctrl+b") == "資料一覧"
        assert not {"f1", "f2", "f3"} & set(shown)
        assert "Ctrl+O 表へ" in str(app.screen.query_one("#status").render())
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.focused is not None and app.focused.id != "question"
        await pilot.press("escape", "ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "f3")  # the function keys still work where the browser passes them on
        await pilot.pause()
        assert app.focused is not None and app.focused.id != "question"


async def test_terminal_footer_keeps_function_keys(index_path):
    app = make_app(index_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "R4に終了した実践項目")
        shown = footer(app)
        assert shown.get("f1") == "ヘルプ" and shown.get("f3") == "表へ"
        assert not {"ctrl+g", "ctrl+o"} & set(shown)
