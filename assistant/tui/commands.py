"""Command palette provider: the example questions and the app's screens and actions."""
from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

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
