"""Help: example questions for every kind of question the engine understands (Enter asks one)
and every key binding."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.tui.examples import EXAMPLE_GROUPS
from assistant.tui.widgets.footer import KeysFooter

KEYS: list[tuple[str, str]] = [
    ("Enter", "質問する（入力欄）／詳細を開く（表）／絞り込む（絞り込み欄）"),
    ("↑ ↓", "入力欄で前後の質問（履歴は次回も残ります）"),
    ("F3", "いまの答えの表へ移る"),
    ("F4", "絞り込み欄へ移る（80桁の画面では絞り込み欄を開く）"),
    ("Backspace", "空の入力欄で押すと答えの条件へ移り、もう一度で条件を外す（× のクリックでも）"),
    ("s", "表でカーソルの列を並べ替え（もう一度で逆順）"),
    ("Esc", "入力欄へ戻る／詳細・一覧・ヘルプを閉じる"),
    ("Ctrl+E", "いまの答えの表を書き出す（xlsx/csv/md/json）"),
    ("Ctrl+Y", "いまの答えの表をTSVでクリップボードにコピー"),
    ("Ctrl+L", "新しい会話（前の答えへの絞り込みをやめる）"),
    ("F2 / Ctrl+B", "資料の一覧（ツリー）"),
    ("F1 / ?", "このヘルプ"),
    ("Ctrl+P", "コマンドパレット（質問の例や画面を選べます）"),
    ("Space", "資料の一覧で枝を開く・閉じる"),
    ("Tab", "次の部品へ移る"),
    ("Ctrl+Q", "終了"),
]


def keys_table() -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
    table.add_column("キー", no_wrap=True, style="bold #ffd75f")
    table.add_column("はたらき", overflow="fold")
    for key, what in KEYS:
        table.add_row(key, what)
    return table


class HelpScreen(ModalScreen[str | None]):
    """Dismisses with the chosen example question (or None)."""

    BINDINGS = [
        Binding("escape", "close", "閉じる"),
        Binding("f1", "close", "閉じる", show=False),
        Binding("q", "close", "閉じる", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("ヘルプ — 質問の例（Enterでその質問をします）", style="bold"), classes="help-title")
            with Horizontal(id="help-columns"):
                options: list[Option | None] = []
                for group, questions in EXAMPLE_GROUPS:
                    options.append(Option(Text(group, style="bold underline"), disabled=True))
                    for q in questions:
                        options.append(Option(f"  {q}", id=f"ex{len(options)}"))
                yield OptionList(*options, id="help-examples")
                yield Static(keys_table(), id="help-keys")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#help-examples", OptionList).focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 100, "-narrow")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        prompt = event.option.prompt
        text = prompt.plain if isinstance(prompt, Text) else str(prompt)
        self.dismiss(text.strip())

    def action_close(self) -> None:
        self.dismiss(None)
