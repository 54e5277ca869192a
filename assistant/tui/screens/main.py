"""The conversation: questions at the bottom, answers scrolling above, facets beside the current answer.

Questions run in an exclusive thread worker; each request carries a sequence number and an answer
whose number is not the latest is dropped, so a slow stale answer never replaces a newer one.
"""
from __future__ import annotations

from datetime import datetime
from io import BytesIO
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import get_current_worker

from assistant.errors import GyokakuError
from assistant.labels import field_label, kind_label
from assistant.query.answer import Answer
from assistant.query.conversation import EXAMPLES
from assistant.tui.facets import facet_counts, facet_keys, followup_text
from assistant.tui.guard import guarded
from assistant.tui.messages import AnswerReady, ExportDone, Failed
from assistant.tui.widgets.answer_view import AnswerTable, AnswerView
from assistant.tui.widgets.facet_panel import FacetPanel
from assistant.tui.widgets.question_input import QuestionInput

MAX_TURNS = 30  # older answers leave the conversation
HINT = "F3 表へ（Enter 詳細・s 並べ替え）　F4 絞り込み　Ctrl+E 書き出し　Ctrl+L 新しい会話"
KEYS = "F1 ヘルプ  F2 資料の一覧  F3 表へ  F4 絞り込みへ  Ctrl+E 書き出し  Ctrl+Y コピー"
# The browser version's keys for the same (assistant.tui.app.BROWSER_KEYS).
BROWSER_HINT = "Ctrl+O 表へ（Enter 詳細・s 並べ替え）　Ctrl+F 絞り込み　Ctrl+E 書き出し　Ctrl+L 新しい会話"
BROWSER_KEYS = "Ctrl+G ヘルプ  Ctrl+B 資料の一覧  Ctrl+O 表へ  Ctrl+F 絞り込みへ  Ctrl+E 書き出し  Ctrl+Y コピー"


def welcome(web: bool = False) -> Text:
    text = Text()
    text.append("行革アシスタント\n", style="bold")
    text.append("行政改革の資料について、日本語で質問してください。例:\n")
    for e in EXAMPLES[:4]:
        text.append(f"  ・{e}\n")
    text.append("続けて「そのうち総合評価がAのもの」のように聞くと、前の答えを絞り込みます。\n", style="dim")
    text.append(BROWSER_KEYS if web else KEYS, style="dim")
    return text


class MainScreen(Screen):
    BINDINGS = [
        Binding("ctrl+e", "export", "書き出し", priority=True),
        Binding("ctrl+y", "copy_table", "TSVコピー"),
        Binding("f3", "focus_table", "表へ", id="gyokaku.table"),
        Binding("f4", "focus_facets", "絞り込みへ", show=False, id="gyokaku.facets"),
        Binding("ctrl+l", "new_conversation", "新しい会話", show=False),
        Binding("escape", "focus_question", "入力へ", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.seq = 0
        self.current: Answer | None = None
        self.current_view: AnswerView | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="body"):
            with VerticalScroll(id="conversation"):
                yield Static(welcome(self.app.is_web), id="welcome")
            yield FacetPanel(id="facets")
        yield Static("", id="status")
        yield QuestionInput(self.app.history, id="question",
                            placeholder=f"質問を入力して Enter（例: {EXAMPLES[0]}）  ↑↓ 履歴")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#facets", FacetPanel).show([])
        self.query_one("#question", QuestionInput).focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 90, "-narrow")

    # ------------------------------------------------------------------ asking
    def ask(self, text: str, facet: tuple[str, str, list[str], Answer] | None = None) -> None:
        """Ask a question (or a facet's follow-up) in the background."""
        self.seq += 1
        self.app.history.add(text)
        self.query_one("#status", Static).update(Text(f"考え中…「{text[:40]}」", style="italic"))
        self._ask_worker(self.seq, text, facet)

    @work(thread=True, exclusive=True, group="ask", exit_on_error=False)
    def _ask_worker(self, seq: int, text: str, facet) -> None:
        worker = get_current_worker()
        try:
            with self.app.lock:
                assistant = self.app.ensure_assistant()
                answer = assistant.ask(text)
            if facet is not None:
                answer = _check_facet(answer, text, facet)
        except GyokakuError as exc:
            self.post_message(Failed(exc.message))
            return
        except Exception as exc:  # noqa: BLE001 - never a traceback on screen
            answer = Answer(question=text, error=f"内部エラーのため答えられませんでした（{exc}）。",
                            summary="別の言い方でお試しください。")
        if not worker.is_cancelled:
            self.post_message(AnswerReady(seq, answer, facet=facet is not None))

    @guarded
    def on_answer_ready(self, message: AnswerReady) -> None:
        if message.seq != self.seq:
            return  # a newer question was asked meanwhile
        hint = BROWSER_HINT if self.app.is_web else HINT
        self.query_one("#status", Static).update(Text(hint if message.answer.rows else "", style="dim"))
        conversation = self.query_one("#conversation", VerticalScroll)
        for old in self.query("#welcome"):
            old.remove()
        views = list(conversation.query(AnswerView))
        for old in views[: max(0, len(views) - MAX_TURNS + 1)]:
            old.remove()
        if self.current_view is not None:
            self.current_view.remove_class("-current")
        view = AnswerView(message.answer, typed=not message.facet, classes="turn -current")
        conversation.mount(view)
        self.current, self.current_view = message.answer, view
        self.call_after_refresh(conversation.scroll_end, animate=False)
        self.call_after_refresh(lambda: self.call_after_refresh(view.scroll_visible, top=True, animate=False))
        a = message.answer
        self.query_one("#facets", FacetPanel).show(facet_counts(a.target, a.rows))
        if a.error:
            self.notify(a.error, title="答えられませんでした", severity="warning", markup=False)

    def on_failed(self, message: Failed) -> None:
        self.query_one("#status", Static).update("")
        self.notify(message.message, title="エラー", severity="error", markup=False, timeout=8)

    @guarded
    def on_input_submitted(self, event: QuestionInput.Submitted) -> None:
        if event.input.id != "question":
            return
        text = event.value
        event.input.value = ""
        self.ask(text)

    @guarded
    def on_facet_panel_selected(self, event: FacetPanel.Selected) -> None:
        answer = self.current
        if answer is None:
            return
        text = followup_text(answer.target, event.field, event.value)
        expected = facet_keys(answer.rows, event.field, event.value)
        self.ask(text, facet=(event.field, event.value, expected, answer))

    @guarded
    def on_answer_table_open_record(self, event: AnswerTable.OpenRecord) -> None:
        if event.key.startswith("group:"):
            self.notify("集計の行です。区分の名前で質問すると中身を一覧できます。", markup=False)
            return
        from assistant.tui.screens.detail import DetailScreen

        self.app.push_screen(DetailScreen(event.key))

    # ------------------------------------------------------------------ actions
    def action_focus_question(self) -> None:
        self.query_one("#question", QuestionInput).focus()

    def action_focus_table(self) -> None:
        table = self.current_view.table if self.current_view else None
        if table is not None:
            table.focus()
        else:
            self.notify("表のある答えがまだありません。", markup=False)

    def action_focus_facets(self) -> None:
        self.query_one("#facet-options").focus()

    @guarded
    def action_new_conversation(self) -> None:
        self._reset_worker()
        self.current = self.current_view = None
        conversation = self.query_one("#conversation", VerticalScroll)
        conversation.remove_children()
        conversation.mount(Static(welcome(self.app.is_web), id="welcome"))
        self.query_one("#facets", FacetPanel).show([])
        self.notify("新しい会話を始めます（前の答えの絞り込みは解除されました）。", markup=False)

    @work(thread=True, group="reset", exit_on_error=False)
    def _reset_worker(self) -> None:
        try:
            with self.app.lock:
                if self.app.assistant is not None:
                    self.app.assistant.reset()
        except Exception as exc:  # noqa: BLE001
            self.post_message(Failed(f"会話をリセットできませんでした（{exc}）。"))

    @guarded
    def action_copy_table(self) -> None:
        table = self.current_view.table if self.current_view else None
        if table is None:
            self.notify("コピーする表がありません。", severity="warning", markup=False)
            return
        tsv = table.as_tsv()
        self.app.copy_to_clipboard(tsv)
        self.notify(f"{table.row_count}行をTSVでクリップボードにコピーしました。", markup=False)

    @guarded
    def action_export(self) -> None:
        answer = self.current
        if answer is None or not answer.rows:
            self.notify("書き出す表がありません。先に質問してください。", severity="warning", markup=False)
            return
        from assistant.tui.screens.export import ExportScreen

        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        name = f"gyokaku_{answer.target or 'answer'}_{stamp}.xlsx"
        default = Path(name) if self.app.is_web else Path.cwd() / name  # the browser is shown no server path

        def chosen(result) -> None:
            if result:
                path, fmt, force = result
                self._export_worker(answer, path, fmt, force)

        self.app.push_screen(ExportScreen(default), chosen)

    @work(thread=True, group="export", exit_on_error=False)
    def _export_worker(self, answer: Answer, path: Path, fmt: str, force: bool) -> None:
        db = None
        try:
            from assistant.export import render_answer, write_answer
            from assistant.store.search import open_index

            db = open_index(self.app.index_path)
            if self.app.is_web:
                # The browser version: the file goes to the browser as a download, nothing is written here.
                data = render_answer(answer, fmt, db=db)
                self.app.call_from_thread(self.app.deliver_binary, BytesIO(data), save_filename=path.name)
                self.post_message(ExportDone(path))
                return
            written = write_answer(answer, fmt, path, force=force, db=db)
            self.post_message(ExportDone(Path(written or path)))
        except GyokakuError as exc:
            self.post_message(Failed(exc.message))
        except ImportError as exc:
            self.post_message(Failed(f"書き出し機能を読み込めません（{exc}）。"))
        except OSError as exc:
            self.post_message(Failed(f"{path} に書き込めません（{exc.strerror or exc}）。"))
        except Exception as exc:  # noqa: BLE001
            self.post_message(Failed(f"書き出しに失敗しました（{type(exc).__name__}: {exc}）。"))
        finally:
            if db is not None:
                db.conn.close()

    def on_export_done(self, message: ExportDone) -> None:
        if self.app.is_web:
            self.notify(f"{message.path.name} をダウンロードとしてブラウザに送りました。", title="書き出し完了",
                        markup=False, timeout=6)
            return
        self.app.last_export = message.path
        self.notify(f"{message.path} に書き出しました。", title="書き出し完了", markup=False, timeout=6)


def _check_facet(answer: Answer, text: str, facet) -> Answer:
    """The engine's answer to a facet's follow-up must hold exactly the rows with the value; when
    the engine read the words differently, the shown answer is filtered directly instead (and said so)."""
    field, value, expected, previous = facet
    got = sorted(str(r.get("key")) for r in answer.rows)
    if not answer.error and got == sorted(expected):
        return answer
    wanted = set(expected)
    rows = [r for r in previous.rows if r.get("key") in wanted]
    kind = kind_label(previous.target)
    return Answer(
        question=text, target=previous.target,
        understood=list(previous.understood) + [{"field": field, "op": "=", "value": value,
                                                 "label": f"{field_label(field)} = {value}"}],
        summary=f"条件に合う{kind}は {len(rows)}件です。", count=len(rows), rows=rows,
        excerpts=[e for e in previous.excerpts if e.get("key") in wanted], columns=list(previous.columns),
        notes=[f"「{field_label(field)}」の絞り込みは表示中の結果から直接行いました（質問文としては解釈できませんでした）"],
    )
