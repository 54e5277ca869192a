"""The browser version in a real browser: headless Chromium, every outside request blocked.

Skipped where no Chromium is installed (CI has only Python, pip and git; it never installs one).
"""
from __future__ import annotations

import hashlib

import openpyxl
import pytest

from tests.serve.browser import Browser, find_browser

pytestmark = pytest.mark.skipif(find_browser() is None,
                                reason="no Chromium on this machine (apt-get install chromium to run it)")

R4_ENDED_ROWS = 13


async def test_question_then_ctrl_e_enter_downloads_the_xlsx(served, tmp_path):
    url, index, server_dir = served
    before = hashlib.sha256(index.read_bytes()).hexdigest()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    async with Browser(url, downloads) as browser:
        await browser.open(url + "/")
        # The app has drawn its question box; no click: the keys go straight to it.
        await browser.wait_for(lambda: browser.screen_has("質問を入力して Enter"), "the question box")
        assert await browser.evaluate("document.activeElement && document.activeElement.tagName") == "TEXTAREA"
        await browser.type_text("R4に終了した実践項目")
        await browser.press("Enter", "Enter", 13)
        await browser.wait_for(lambda: browser.screen_has("13件"), "the answer")
        # The footer shows the browser's keys for the function keys.
        assert browser.screen_has("^o") and browser.screen_has("表へ")
        mark = len(browser.frames)
        await browser.press("e", "KeyE", 69, ctrl=True)
        await browser.wait_for(lambda: browser.screen_has("ブラウザにダウンロードします", mark), "the export dialog")
        await browser.press("Enter", "Enter", 13)
        await browser.wait_for(lambda: browser.completed, "the download")
        assert browser.blocked == [], browser.blocked
        assert browser.requests and all(r.split("/")[2] == url.split("/")[2] for r in browser.requests)
    name = browser.completed[0]
    assert name.startswith("gyokaku_practice_") and name.endswith(".xlsx")
    sheet = openpyxl.load_workbook(downloads / name).worksheets[0]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if any(v is not None for v in r)]
    assert len(rows) == R4_ENDED_ROWS
    assert list(server_dir.iterdir()) == []  # nothing was written where the server runs
    assert hashlib.sha256(index.read_bytes()).hexdigest() == before
