"""The gyokaku terminal app: `make_app(index_path)` is shared by the CLI (`gyokaku`) and the tests.

One Assistant (it keeps the conversation context) lives on the app and is only used inside worker
threads, one at a time under `lock`; screens that read the index open their own connection in
their worker, as SQLite connections belong to their thread.
"""
from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from assistant.errors import GyokakuError
from assistant.query.conversation import Assistant
from assistant.tui.commands import GyokakuCommands, JapanesePalette
from assistant.tui.guard import guarded
from assistant.tui.history import History
from assistant.tui.screens.main import MainScreen


# A browser may keep function keys for itself (F1 its help, F3 its search): in the browser version
# each gets a Ctrl key as well, listed first so that the footer shows it.
BROWSER_KEYS = {
    "gyokaku.help": "ctrl+g,f1",
    "gyokaku.browse": "ctrl+b,f2",
    "gyokaku.table": "ctrl+o,f3",
    "gyokaku.facets": "ctrl+f,f4",
}


class GyokakuApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "行革アシスタント"
    COMMANDS = App.COMMANDS | {GyokakuCommands}
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS = [
        Binding("f1", "help", "ヘルプ", id="gyokaku.help"),
        Binding("question_mark", "help", "ヘルプ", show=False),
        Binding("f2,ctrl+b", "browse", "資料一覧", id="gyokaku.browse"),
        Binding("ctrl+q", "quit", "終了"),
        # Declared here so Textual does not add its own, described in English ("palette").
        Binding("ctrl+p", "command_palette", "コマンド", show=False, priority=True,
                tooltip="コマンドパレットを開く"),
    ]

    def __init__(self, index_path: Path, history: History | None = None) -> None:
        # What is alive as the app starts (the imported modules: some 90,000 objects) lives as long
        # as the process. Frozen, it is skipped by every later pass of the cycle collector, whose
        # full passes over it were a fifth of the time to the first answer; the garbage is
        # collected first, so none of it is kept for good.
        gc.collect()
        gc.freeze()
        super().__init__()
        self.index_path = Path(index_path)
        self.lock = threading.Lock()
        self.assistant: Assistant | None = None
        self.history = history or History()
        self.last_export: Path | None = None
        self.index_error: str | None = None

    def on_mount(self) -> None:
        self.sub_title = str(self.index_path.name)
        if self.is_web:
            self.set_keymap(BROWSER_KEYS)
        self.push_screen(MainScreen())
        self._open_index()

    # ---------------------------------------------------------------- Textual's built-ins in Japanese
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette's own commands, in Japanese (Textual's Keys and Screenshot panels are English
        throughout and left out; our provider offers the help and the screens)."""
        yield SystemCommand("終了", "行革アシスタントを終了する（Ctrl+Q）", self.action_quit)
        if screen.maximized is not None:
            yield SystemCommand("元の大きさに戻す", "最大化した部品を元の大きさに戻す", screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand("最大化", "選択中の部品（表など）を画面いっぱいに表示する", screen.action_maximize)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not JapanesePalette.is_open(self):
            self.push_screen(JapanesePalette(id="--command-palette"))

    def action_help_quit(self) -> None:
        """Ctrl+C does not quit (it copies in an input): say in Japanese how to quit."""
        self.notify("終了するには Ctrl+Q を押してください。", title="終了しますか？", markup=False)

    def ensure_assistant(self) -> Assistant:
        """The Assistant on the open index (call with `lock` held, in a worker thread)."""
        if self.assistant is None:
            from assistant.store.search import open_index

            self.assistant = Assistant(open_index(self.index_path))
        return self.assistant

    @work(thread=True, group="open", exit_on_error=False)
    def _open_index(self) -> None:
        try:
            with self.lock:
                self.ensure_assistant()
        except GyokakuError as exc:
            self.call_from_thread(self._index_failed, exc.message)
        except Exception as exc:  # noqa: BLE001
            self.call_from_thread(self._index_failed, f"索引を開けませんでした（{exc}）。")

    def _index_failed(self, message: str) -> None:
        from assistant.tui.screens.message import IndexErrorScreen

        self.index_error = message
        self.push_screen(IndexErrorScreen(message))

    @property
    def main_screen(self) -> MainScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _back_to_main(self) -> MainScreen | None:
        main = self.main_screen
        if main is None or self.index_error:
            return None
        while self.screen is not main and len(self.screen_stack) > 1:
            self.pop_screen()
        return main

    @guarded
    def ask_question(self, question: str) -> None:
        main = self._back_to_main()
        if main is not None:
            main.ask(question)

    @guarded
    def run_command(self, what: str) -> None:
        if what == "browse":
            self.action_browse()
        elif what == "help":
            self.action_help()
        elif (main := self._back_to_main()) is not None:
            main.call_later({"export": main.action_export, "copy": main.action_copy_table,
                             "new": main.action_new_conversation}[what])

    @guarded
    def action_help(self) -> None:
        from assistant.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return

        def chosen(question: str | None) -> None:
            if question:
                self.ask_question(question)

        self.push_screen(HelpScreen(), chosen)

    @guarded
    def action_browse(self) -> None:
        from assistant.tui.screens.browse import BrowseScreen

        if not isinstance(self.screen, BrowseScreen) and not self.index_error:
            self.push_screen(BrowseScreen())


def make_app(index_path: Path) -> App:
    """The app on an index file (the CLI builds the index first when it is missing)."""
    return GyokakuApp(Path(index_path))
