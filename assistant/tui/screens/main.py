"""The conversation: questions at the bottom, answers scrolling above, facets beside the current answer.

Questions run in an exclusive thread worker; each request carries a sequence number and an answer
whose number is not the latest is dropped, so a slow stale answer never replaces a newer one.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from io import BytesIO
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from assistant.errors import GyokakuError
from assistant.labels import field_label, kind_label
from assistant.query.answer import Answer
from assistant.query.conversation import EXAMPLES
from assistant.tui.facets import facet_counts, facet_keys, followup_text, without_condition
from assistant.tui.guard import guarded
from assistant.tui.records import with_names
from assistant.tui.messages import AnswerReady, ExportDone, Failed
from assistant.tui.widgets.answer_view import AnswerTable, AnswerView, ConditionChip
from assistant.tui.widgets.facet_panel import FacetPanel
from assistant.tui.widgets.footer import KeysFooter
from assistant.tui.widgets.question_input import QuestionInput

MAX_TURNS = 30  # older answers leave the conversation
HINT = "F3 表へ（Enter 詳細・s 並べ替え） F4 絞り込み BS 条件を外す Ctrl+L 新しい会話"
KEYS = "F1 ヘルプ  F2 資料の一覧  F3 表へ  F4 絞り込みへ  Ctrl+E 書き出し  Ctrl+Y コピー"
# The browser version's keys for the same (assistant.tui.app.BROWSER_KEYS).
BROWSER_HINT = "Ctrl+O 表へ（Enter 詳細・s 並べ替え） Ctrl+F 絞り込み BS 条件を外す Ctrl+L 新しい会話"
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
        Binding("ctrl+y", "copy_table", "TSVコピー", show=False),
        Binding("f3", "focus_table", "表へ", id="gyokaku.table"),
        Binding("f4", "focus_facets", "絞り込み", show=False, id="gyokaku.facets"),
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
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#facets", FacetPanel).show([])
        self.query_one("#question", QuestionInput).focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 90, "-narrow")
        self.call_after_refresh(self._fit_table)

    def _fit_table(self) -> None:
        """The current answer's table takes the conversation's height less the lines above it in its
        turn, so a long answer fills the screen (older answers keep the stylesheet's short height)."""
        view = self.current_view
        table = view.table if view is not None else None
        if table is None or not view.is_mounted:
            return
        above = 0
        for child in view.children:
            if child is table:
                break
            above += child.outer_size.height
        height = self.query_one("#conversation").size.height
        table.styles.max_height = max(6, height - above - 1)

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
                answer = with_names(assistant.db, assistant.ask(text))
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
    async def on_answer_ready(self, message: AnswerReady) -> None:
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
            if self.current_view.table is not None:
                self.current_view.table.styles.max_height = None  # back to the stylesheet's
        view = AnswerView(message.answer, typed=not message.facet, classes="turn -current")
        self.current, self.current_view = message.answer, view
        await conversation.mount(view)
        self.call_after_refresh(self._fit_table)
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
        self.remove_class("-facets-open")
        answer = self.current
        if answer is None:
            return
        text = followup_text(answer.target, event.field, event.value)
        expected = facet_keys(answer.rows, event.field, event.value)
        self.ask(text, facet=(event.field, event.value, expected, answer))

    @guarded
    def on_condition_chip_remove(self, event: ConditionChip.Remove) -> None:
        self.seq += 1
        self.query_one("#status", Static).update(Text(f"条件「{event.label}」を外しています…", style="italic"))
        self.action_focus_question()
        self._remove_worker(self.seq, event.answer, event.index)

    @work(thread=True, exclusive=True, group="ask", exit_on_error=False)
    def _remove_worker(self, seq: int, answer: Answer, index: int) -> None:
        try:
            with self.app.lock:
                new = without_condition(self.app.ensure_assistant(), answer, index)
        except Exception as exc:  # noqa: BLE001 - never a traceback on screen
            new = Answer(question=answer.question, error=f"条件を外せませんでした（{exc}）。")
        self.post_message(AnswerReady(seq, new, facet=True))

    def on_question_input_back_to_chips(self) -> None:
        chips = self.current_view.chips if self.current_view else []
        if chips:
            chips[-1].focus()

    @guarded
    def on_answer_table_open_record(self, event: AnswerTable.OpenRecord) -> None:
        if event.key.startswith("group:"):
            self.notify("集計の行です。区分の名前で質問すると中身を一覧できます。", markup=False)
            return
        from assistant.tui.screens.detail import DetailScreen

        self.app.push_screen(DetailScreen(event.key))

    # ------------------------------------------------------------------ actions
    def action_focus_question(self) -> None:
        self.remove_class("-facets-open")
        self.query_one("#question", QuestionInput).focus()

    def action_focus_table(self) -> None:
        table = self.current_view.table if self.current_view else None
        if table is not None:
            table.focus()
        else:
            self.notify("表のある答えがまだありません。", markup=False)

    def action_focus_facets(self) -> None:
        # Below 90 columns the facets are hidden until asked for, leaving the width to the table.
        self.add_class("-facets-open")
        self.query_one("#facet-options").focus()

    @guarded
    async def action_new_conversation(self) -> None:
        self._reset_worker()
        self.current = self.current_view = None
        conversation = self.query_one("#conversation", VerticalScroll)
        # Removal finishes later: wait for it, or the new welcome meets the old one's id.
        await conversation.remove_children()
        await conversation.mount(Static(welcome(self.app.is_web), id="welcome"))
        self.query_one("#facets", FacetPanel).show([])
        self.action_focus_question()
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

        table = self.current_view.table if self.current_view else None
        if table is not None:  # the rows and columns as shown (after any sort)
            answer = replace(answer, rows=table.rows_in_view(),
                             columns=[str(c.key.value) for c in table.ordered_columns if c.key.value != "@source"])

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
            if not force and path.exists():  # created meanwhile: the CLI's wording (--force) does not apply here
                self.post_message(Failed(f"{path.name} はすでにあります。もう一度書き出して「上書きする」を選んでください。"))
            else:
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
                                                 "label": f"{field_label(field, previous.target)} = {value}"}],
        summary=f"条件に合う{kind}は {len(rows)}件です。", count=len(rows), rows=rows,
        excerpts=[e for e in previous.excerpts if e.get("key") in wanted], columns=list(previous.columns),
        notes=[f"「{field_label(field, previous.target)}」の絞り込みは表示中の結果から直接行いました（質問文としては解釈できませんでした）"],
    )
