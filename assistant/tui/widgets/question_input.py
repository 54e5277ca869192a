"""The question input: Enter asks, ↑/↓ walk the history kept across runs."""
from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from assistant.tui.history import History


class QuestionInput(Input):
    """Backspace in the empty box posts `BackToChips` (the screen moves to the answer's conditions)."""

    class BackToChips(Message):
        pass

    BINDINGS = [
        Binding("backspace", "back_or_chips", "削除", show=False),
        Binding("up", "history_older", "前の質問", show=False),
        Binding("down", "history_newer", "次の質問", show=False),
    ]

    def __init__(self, history: History, **kwargs) -> None:
        super().__init__(**kwargs)
        self.history = history

    def action_back_or_chips(self) -> None:
        if self.value:
            self.action_delete_left()
        else:
            self.post_message(self.BackToChips())

    def action_history_older(self) -> None:
        text = self.history.older()
        if text is not None:
            self.value = text
            self.cursor_position = len(text)

    def action_history_newer(self) -> None:
        text = self.history.newer()
        if text is not None:
            self.value = text
            self.cursor_position = len(text)
