"""A full screen saying the index cannot be used, and what to do (never a traceback)."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Static

from assistant.tui.widgets.footer import KeysFooter


class IndexErrorScreen(Screen):
    BINDINGS = [Binding("escape,q", "app.quit", "終了")]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("索引を開けません\n\n", style="bold red")
        text.append(self.message)
        text.append("\n\n端末で次のコマンドを実行してから、もう一度起動してください:\n", style="")
        text.append("  gyokaku ingest", style="bold")
        with Middle():
            with Center():
                yield Static(text, id="index-error")
        yield KeysFooter()
