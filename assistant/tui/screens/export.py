"""Asking where to export the current answer's table.

The file name's extension and the format choice stay in step (typing `….csv` chooses CSV; choosing
Excel makes the name `….xlsx`), and the file written always has the chosen format's extension.
An existing file is never replaced silently: the dialog asks, in place, whether to overwrite it."""
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
SUFFIX = {"xlsx": ".xlsx", "csv": ".csv", "md": ".md", "json": ".json"}


def format_for(path: Path, fallback: str) -> str:
    return EXTENSIONS.get(path.suffix.lower(), fallback)


def with_format(path: Path, fmt: str) -> Path:
    """The path with the format's extension: a known other format's extension is replaced, a name
    without one gets it (another extension, such as `.txt`, is kept: the user chose it)."""
    if format_for(path, "") == fmt:
        return path
    if path.suffix.lower() in EXTENSIONS or not path.suffix:
        return path.with_suffix(SUFFIX[fmt])
    return path


# Characters a download's name cannot hold on Windows, in an HTTP header or safely in a shell.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f"*:;<>?|%,\s]+')


def download_name(text: str, fmt: str, fallback: str) -> str:
    """The bare file name a browser download gets from what was typed: any folder part (`../`,
    `C:\\`, `/etc/`) is dropped, so nothing typed in the browser names a path on the server."""
    name = _UNSAFE.sub("_", re.split(r"[/\\]", text)[-1]).strip("._ ")
    path = Path(name or Path(fallback).stem)
    if format_for(path, "") != fmt:
        path = Path(f"{path.stem if path.suffix.lower() in EXTENSIONS else path.name}{SUFFIX[fmt]}")
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
            yield Static("", id="export-exists")
            with Horizontal(classes="export-row"):
                yield Button("書き出す", variant="primary", id="export-ok")
                yield Button("上書きする", variant="warning", id="export-overwrite")
                yield Button("やめる", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()
        self._asking(None)

    def on_select_changed(self, event: Select.Changed) -> None:
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value.strip() or str(self.default))
        renamed = with_format(path, str(event.value))
        if renamed != path:
            path_input.value = str(renamed)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "export-path":
            return
        self._asking(None)
        fmt = format_for(Path(event.value.strip()), "")
        select = self.query_one("#export-format", Select)
        if fmt and select.value != fmt:
            select.value = fmt

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._finish()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self._finish()
        elif event.button.id == "export-overwrite":
            self._finish(overwrite=True)
        else:
            self.dismiss(None)

    def _asking(self, path: Path | None) -> None:
        """Show (or hide) the question whether to overwrite `path`."""
        self.query_one("#export-exists", Static).update(
            Text(f"「{path.name}」はすでにあります。上書きしますか？（上書きする／ファイル名を変える）",
                 style="bold") if path else "")
        self.query_one("#export-exists").display = path is not None
        self.query_one("#export-overwrite").display = path is not None
        if path is not None:
            self.query_one("#export-overwrite").focus()

    def _finish(self, overwrite: bool = False) -> None:
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            self.notify("ファイル名を入れてください。", severity="warning", markup=False)
            return
        fmt = str(self.query_one("#export-format", Select).value)
        if self.app.is_web:
            self.dismiss((Path(download_name(text, fmt, self.default.name)), fmt, False))
            return
        path = with_format(Path(text).expanduser(), fmt)  # never CSV text under the Excel choice
        force = overwrite or self.query_one("#export-force", Checkbox).value
        if not force and (path.exists() or path.is_symlink()) and not path.is_dir():
            self._asking(path)
            return
        self.dismiss((path, fmt, force))

    def action_cancel(self) -> None:
        self.dismiss(None)
