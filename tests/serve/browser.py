"""A headless Chromium driven over the DevTools protocol (aiohttp's websocket client, no extra package).

Every request the page makes to anything but the one allowed origin is failed and recorded; the
browser's own name lookups go nowhere either (--host-resolver-rules), so nothing leaves the machine.
Downloads land in a folder of the test's choosing; the websocket frames the page receives are kept
as text, so a test can wait for what the terminal app draws.
"""
from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Z0-9]|\x1b[=>78]")


def find_browser() -> str | None:
    return next((p for name in CANDIDATES if (p := shutil.which(name))), None)


class Browser:
    """One headless browser with one page; use `async with Browser(allowed_origin, downloads) as b`."""

    def __init__(self, allowed_origin: str, downloads: Path) -> None:
        self.allowed = urlsplit(allowed_origin).netloc
        self.downloads = downloads
        self.blocked: list[str] = []  # outside requests the page attempted (all failed)
        self.requests: list[str] = []  # every request the page made
        self.frames: list[str] = []  # websocket frames received, escape codes removed
        self.completed: list[str] = []  # finished downloads' suggested names
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future] = {}
        self._names: dict[str, str] = {}

    async def __aenter__(self) -> "Browser":
        # Chromium's helper processes may still write into the profile for a moment after it exits.
        self._profile = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
        self._proc = subprocess.Popen(
            [find_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--disable-extensions", "--window-size=1400,900",
             # no name resolves to anything (so no request can leave), except this machine's own
             "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
             "--remote-debugging-port=0", f"--user-data-dir={self._profile.name}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self._profile.name) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and len(port_file.read_text().split()) >= 2):
            if time.monotonic() > deadline or self._proc.poll() is not None:
                raise RuntimeError("the browser did not start")
            await asyncio.sleep(0.1)
        port, path = port_file.read_text().split()[:2]
        self._http = aiohttp.ClientSession()
        self._ws = await self._http.ws_connect(f"ws://127.0.0.1:{port}{path}", max_msg_size=0)
        self._reader = asyncio.create_task(self._read())
        target = await self.send("Target.createTarget", url="about:blank")
        attached = await self.send("Target.attachToTarget", targetId=target["targetId"], flatten=True)
        self.session = attached["sessionId"]
        await self.send("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(self.downloads),
                        eventsEnabled=True)
        await self.send("Network.enable", session=True)
        await self.send("Fetch.enable", session=True, patterns=[{"urlPattern": "*"}])
        await self.send("Page.enable", session=True)
        return self

    async def __aexit__(self, *exc) -> None:
        self._reader.cancel()
        await self._ws.close()
        await self._http.close()
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        for _ in range(20):  # its helpers' last writes into the profile: retried, then left to the OS
            try:
                shutil.rmtree(self._profile.name)
                break
            except FileNotFoundError:
                break
            except OSError:
                await asyncio.sleep(0.1)
        self._profile.cleanup()

    async def send(self, method: str, session: bool = False, **params):
        n = next(self._ids)
        message = {"id": n, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self._pending[n] = future = asyncio.get_running_loop().create_future()
        await self._ws.send_str(json.dumps(message))
        return await asyncio.wait_for(future, 30)

    async def _read(self) -> None:
        async for msg in self._ws:
            data = json.loads(msg.data)
            if "id" in data:
                future = self._pending.pop(data["id"], None)
                if future and not future.done():
                    if "error" in data:
                        future.set_exception(RuntimeError(str(data["error"])))
                    else:
                        future.set_result(data.get("result", {}))
                continue
            asyncio.get_running_loop().create_task(self._event(data["method"], data.get("params", {})))

    async def _event(self, method: str, params: dict) -> None:
        if method == "Fetch.requestPaused":
            url = params["request"]["url"]
            self.requests.append(url)
            if urlsplit(url).netloc == self.allowed:
                await self.send("Fetch.continueRequest", session=True, requestId=params["requestId"])
            else:
                self.blocked.append(url)
                await self.send("Fetch.failRequest", session=True, requestId=params["requestId"],
                                errorReason="BlockedByClient")
        elif method == "Network.webSocketCreated":
            url = params["url"]
            self.requests.append(url)
            if urlsplit(url).netloc != self.allowed:
                self.blocked.append(url)
        elif method == "Network.webSocketFrameReceived":
            frame = params["response"]
            text = base64.b64decode(frame["payloadData"]).decode("utf-8", "replace") if frame["opcode"] == 2 \
                else frame["payloadData"]
            self.frames.append(_ESCAPES.sub("", text))
        elif method == "Browser.downloadWillBegin":
            self._names[params["guid"]] = params["suggestedFilename"]
        elif method == "Browser.downloadProgress" and params.get("state") == "completed":
            self.completed.append(self._names.get(params["guid"], ""))

    async def open(self, url: str) -> None:
        await self.send("Page.navigate", session=True, url=url)

    async def evaluate(self, expression: str):
        result = await self.send("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def wait_for(self, predicate, what: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.1)

    def screen_has(self, text: str, since: int = 0) -> bool:
        return text in "".join(self.frames[since:])

    async def type_text(self, text: str) -> None:
        """Text as an input method commits it (how Japanese reaches the page)."""
        await self.send("Input.insertText", session=True, text=text)

    async def press(self, key: str, code: str, key_code: int, ctrl: bool = False, text: str = "") -> None:
        common = {"key": key, "code": code, "windowsVirtualKeyCode": key_code, "modifiers": 2 if ctrl else 0}
        await self.send("Input.dispatchKeyEvent", session=True, type="keyDown" if text else "rawKeyDown",
                        text=text, **common)
        await self.send("Input.dispatchKeyEvent", session=True, type="keyUp", **common)
