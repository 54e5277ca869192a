"""The command palette in Japanese: our provider (example questions, the app's screens and actions,
and whatever was typed as a question) and the palette itself with Japanese wording."""
from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.binding import Binding
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider

PLACEHOLDER = "コマンドや質問を入力…（Enter で実行、Esc で閉じる）"


class JapanesePalette(CommandPalette):
    """Textual's palette with Japanese key descriptions and placeholder."""

    BINDINGS = [
        Binding("escape", "escape", "閉じる"),
        Binding("down", "cursor_down", "次の候補", show=False),
        Binding("up", "command_list('cursor_up')", "前の候補", show=False),
        Binding("pagedown", "command_list('page_down')", "次のページ", show=False),
        Binding("pageup", "command_list('page_up')", "前のページ", show=False),
        Binding("ctrl+end, shift+end", "command_list('last')", "最後へ", show=False),
        Binding("ctrl+home, shift+home", "command_list('first')", "最初へ", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder=PLACEHOLDER, **kwargs)

from assistant.tui.examples import all_examples

SCREENS = [
    ("資料の一覧を開く", "browse", "文書・取組項目・実践項目のツリー"),
    ("ヘルプを開く", "help", "質問の例とキー操作"),
    ("表を書き出す", "export", "いまの答えを xlsx/csv/md/json に"),
    ("表をTSVでコピー", "copy", "いまの答えをクリップボードへ"),
    ("新しい会話", "new", "前の答えへの絞り込みをやめる"),
]


class GyokakuCommands(Provider):
    def _commands(self):
        app = self.app
        for title, what, help_text in SCREENS:
            yield title, partial(app.run_command, what), help_text
        for q in all_examples():
            yield f"質問: {q}", partial(app.ask_question, q), "この質問をする"

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
        text = query.strip()
        if text:
            # Anything typed can be asked as it is (last), so the palette never answers in English
            # that nothing matched.
            yield Hit(0.001, Text(f"質問する: {text}"), partial(self.app.ask_question, text),
                      help="入力した文で質問する")
