"""The browser version: `gyokaku serve` runs the terminal app in the browser through textual-serve.

textual-serve starts one app process per browser tab (`python -m assistant.serve INDEX`, below) and
relays the screen and the keys over a websocket. Each process opens the index read-only, keeps the
question history in memory only and delivers exports as browser downloads (the app sees `is_web`),
so nothing a browser does writes on the server or names a path on it. The page is textual-serve's
own with everything loaded from this server (assistant/serve_page/app_index.html).
"""
from __future__ import annotations

import os
import shlex
import sys
import threading
from pathlib import Path

PAGE_DIR = Path(__file__).with_name("serve_page")
TITLE = "行革アシスタント"
_LOOPBACK = ("localhost", "::1", "[::1]")


def is_loopback(host: str) -> bool:
    return host in _LOOPBACK or host.startswith("127.")


def exposure_warning(host: str, port: int) -> str | None:
    """The Japanese warning printed when the server listens beyond this machine (None on loopback)."""
    if is_loopback(host):
        return None
    return (f"警告: {host}:{port} で待ち受けます。このポートに届く人は誰でも索引の内容を読めます。"
            "事務所で使うときは、事務所のウェブサーバーの後ろに置いてパスワードをかけてください（README「ブラウザ版」）。")


def session_command(index_path: Path) -> str:
    """The shell command textual-serve runs for each browser tab."""
    return f"{shlex.quote(sys.executable)} -m assistant.serve {shlex.quote(str(Path(index_path).resolve()))}"


def served_app(index_path: Path):
    """The app for one browser tab: its question history lives and dies with the tab."""
    from textual.drivers.web_driver import WebDriver

    from assistant.tui.app import GyokakuApp
    from assistant.tui.history import History

    app = GyokakuApp(Path(index_path), history=History(remember=False))
    if app.driver_class is WebDriver:  # under textual-serve
        app.driver_class = _whole_packet_web_driver()
    return app


def _whole_packet_web_driver():
    """Textual's web driver writing each packet whole and one at a time. It writes the screen (main
    thread) and a download's pieces (its input thread) to the same pipe with bare os.write calls, so on
    a busy server a piece of the file can land inside a screen update (or be cut short) and the browser
    gets a broken XLSX; measured by scripts/bench --serve."""
    from textual.drivers.web_driver import WebDriver

    class WholePacketWebDriver(WebDriver):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            lock, fileno = threading.Lock(), self.fileno

            def write_all(data: bytes) -> None:
                view = memoryview(data)
                with lock:
                    while view:
                        view = view[os.write(fileno, view):]

            self._write = write_all

    return WholePacketWebDriver


# Seconds textual-serve waits for each piece of a download from the app process. Its default (4)
# ends the download early when a busy server's app is slower than that, and the browser gets a cut,
# unreadable XLSX with no error; a slow download is better than a broken one.
DOWNLOAD_CHUNK_WAIT = 60


def make_server(index_path: Path, host: str = "127.0.0.1", port: int = 8000, public_url: str | None = None):
    from textual_serve import download_manager
    from textual_serve.server import Server

    download_manager.DOWNLOAD_TIMEOUT = DOWNLOAD_CHUNK_WAIT

    class GyokakuServer(Server):
        async def on_startup(self, app) -> None:
            self.console.print(f"{TITLE}（ブラウザ版）: {self.public_url} をブラウザで開いてください。"
                               "終了するには Ctrl+C を押します。", highlight=False, soft_wrap=True)

    return GyokakuServer(session_command(index_path), host=host, port=port, title=TITLE, public_url=public_url,
                         templates_path=PAGE_DIR)


def main(argv: list[str]) -> None:
    """One browser tab's app (run by textual-serve, never by hand)."""
    if len(argv) != 2:
        sys.exit("使い方: python -m assistant.serve 索引ファイル（gyokaku serve が使います）")
    served_app(Path(argv[1])).run()


if __name__ == "__main__":
    main(sys.argv)
