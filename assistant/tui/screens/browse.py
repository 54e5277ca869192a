"""Browsing the documents as a tree (document → initiative → practice item, and the other records),
filtered by typing; Enter on a record opens its detail screen."""
from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Input, Static, Tree

from assistant.errors import GyokakuError
from assistant.tui.guard import guarded
from assistant.tui.records import Node, browse_tree, filter_tree
from assistant.tui.widgets.footer import KeysFooter


class BrowseScreen(Screen):
    BINDINGS = [
        Binding("escape", "back", "戻る"),
        Binding("ctrl+f", "focus_filter", "絞り込み"),
        Binding("down", "focus_tree", "ツリーへ", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[Node] = []

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Input(placeholder="名前や番号で絞り込み（例: LINE、納税、No.17）", id="browse-filter")
        yield Static("文字を入れると絞り込み　↓ ツリーへ　Enter 詳細を開く　Space 枝を開く・閉じる", id="browse-hint")
        yield Tree("資料", id="browse-tree")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = "資料の一覧"
        tree = self.query_one("#browse-tree", Tree)
        tree.show_root = False
        tree.auto_expand = False
        self.query_one("#browse-filter", Input).focus()
        self._load()

    @work(thread=True, exclusive=True, group="browse", exit_on_error=False)
    def _load(self) -> None:
        db = None
        try:
            from assistant.store.search import open_index

            db = open_index(self.app.index_path)
            nodes = browse_tree(db)
        except GyokakuError as exc:
            self.app.call_from_thread(self.notify, exc.message, severity="error", markup=False)
            return
        except Exception as exc:  # noqa: BLE001
            self.app.call_from_thread(self.notify, f"資料の一覧を作れません（{exc}）。", severity="error", markup=False)
            return
        finally:
            if db is not None:
                db.conn.close()
        self.app.call_from_thread(self._loaded, nodes)

    def _loaded(self, nodes: list[Node]) -> None:
        self.nodes = nodes
        self.populate(self.query_one("#browse-filter", Input).value)

    def populate(self, text: str = "") -> None:
        tree = self.query_one("#browse-tree", Tree)
        tree.clear()
        shown = filter_tree(self.nodes, text)

        def add(parent, node: Node, depth: int) -> None:
            if node.children:
                branch = parent.add(node.label, data=node.key, expand=bool(text.strip()) or depth == 0)
                for child in node.children:
                    add(branch, child, depth + 1)
            else:
                parent.add_leaf(node.label, data=node.key)

        for node in shown:
            add(tree.root, node, 0)
        tree.root.expand()

    @guarded
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "browse-filter":
            self.populate(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "browse-filter":
            self.query_one("#browse-tree", Tree).focus()

    @guarded
    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        key = event.node.data
        if not key:
            event.node.toggle()
        else:
            from assistant.tui.screens.detail import DetailScreen

            self.app.push_screen(DetailScreen(key))

    def action_focus_tree(self) -> None:
        self.query_one("#browse-tree", Tree).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#browse-filter", Input).focus()

    def action_back(self) -> None:
        self.app.pop_screen()
