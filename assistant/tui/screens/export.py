"""Asking where to export the current answer's table: path (format from the extension) or a format."""
from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Select, Static

FORMATS = [("Excel (.xlsx)", "xlsx"), ("CSV (.csv)", "csv"), ("Markdown (.md)", "md"), ("JSON (.json)", "json")]
EXTENSIONS = {".xlsx": "xlsx", ".csv": "csv", ".md": "md", ".markdown": "md", ".json": "json"}


def format_for(path: Path, fallback: str) -> str:
    return EXTENSIONS.get(path.suffix.lower(), fallback)


# Characters a download's name cannot hold on Windows, in an HTTP header or safely in a shell.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f"*:;<>?|%,\s]+')


def download_name(text: str, fmt: str, fallback: str) -> str:
    """The bare file name a browser download gets from what was typed: any folder part (`../`,
    `C:\\`, `/etc/`) is dropped, so nothing typed in the browser names a path on the server."""
    name = _UNSAFE.sub("_", re.split(r"[/\\]", text)[-1]).strip("._ ")
    path = Path(name or Path(fallback).stem)
    if format_for(path, "") != fmt:
        path = Path(f"{path.name}.{fmt}")
    return f"{path.stem[:80]}{path.suffix}"


class ExportScreen(ModalScreen[tuple[Path, str, bool] | None]):
    """Dismisses with (path, format, overwrite) or None."""

    BINDINGS = [Binding("escape", "cancel", "やめる")]

    def __init__(self, default: Path) -> None:
        super().__init__()
        self.default = default

    def compose(self) -> ComposeResult:
        web = self.app.is_web  # the browser version: a download, never a file on the server
        with Vertical(id="export-box"):
            yield Static(Text("表を書き出す", style="bold"))
            yield Static("ファイル名（ブラウザにダウンロードします。拡張子で形式が決まります）:" if web
                         else "ファイル名（拡張子で形式が決まります）:")
            yield Input(str(self.default), id="export-path")
            with Horizontal(classes="export-row"):
                yield Select(FORMATS, value=format_for(self.default, "xlsx"), allow_blank=False, id="export-format")
                if not web:
                    yield Checkbox("上書きする", id="export-force")
            with Horizontal(classes="export-row"):
                yield Button("書き出す", variant="primary", id="export-ok")
                yield Button("やめる", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value.strip() or str(self.default))
        fmt = str(event.value)
        if format_for(path, "") != fmt:
            ext = {"xlsx": ".xlsx", "csv": ".csv", "md": ".md", "json": ".json"}[fmt]
            path_input.value = str(path.with_suffix(ext))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._finish()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self._finish()
        else:
            self.dismiss(None)

    def _finish(self) -> None:
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            self.notify("ファイル名を入れてください。", severity="warning", markup=False)
            return
        chosen = str(self.query_one("#export-format", Select).value)
        if self.app.is_web:
            fmt = format_for(Path(text), chosen)
            self.dismiss((Path(download_name(text, fmt, self.default.name)), fmt, False))
            return
        path = Path(text).expanduser()
        fmt = format_for(path, chosen)
        self.dismiss((path, fmt, self.query_one("#export-force", Checkbox).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
