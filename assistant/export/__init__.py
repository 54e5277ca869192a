"""Writing an Answer as CSV, XLSX, Markdown or JSON — one library call shared by the CLI and the TUI.

`write_answer(answer, fmt, output, ...)` renders the answer and writes it:
* to `output` (atomically: a temporary file in the same folder, then renamed), refusing an existing
  path unless `force`, and a folder that does not exist, with a Japanese ExportError;
* to stdout when `output` is None (csv, md, json only; XLSX is binary and refused). CSV on stdout
  has no BOM (it goes to another program or a terminal); `-o` files get the BOM for Excel.

Warnings (characters replaced for CP932) are appended to the `warnings` list when one is passed;
`to_csv` returns them as well. Nothing here prints.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from assistant.errors import ExportError
from assistant.export.cells import answer_table, describe_replaced
from assistant.export.csv_writer import to_csv
from assistant.export.json_writer import to_json
from assistant.export.markdown_writer import to_markdown

def to_xlsx(answer, english_keys: bool = False, db=None, generated_at: str | None = None) -> bytes:
    """The answer as an XLSX workbook (xlsx_writer.py: openpyxl is imported only when one is written,
    not by every `gyokaku ask` that reads this package for its chart)."""
    from assistant.export.xlsx_writer import to_xlsx as write

    return write(answer, english_keys, db, generated_at)


__all__ = ["FORMATS", "answer_table", "render_answer", "write_answer", "to_csv", "to_xlsx", "to_markdown",
           "to_json", "format_for_path"]

FORMATS = {"csv": ".csv", "xlsx": ".xlsx", "md": ".md", "json": ".json"}
_TEXT_FORMATS = ("csv", "md", "json")


def format_for_path(path: Path) -> str | None:
    """The format a file name implies (`回答.xlsx` -> "xlsx", `a.markdown` -> "md")."""
    suffix = Path(path).suffix.lower()
    if suffix in (".markdown", ".md"):
        return "md"
    return next((f for f, s in FORMATS.items() if s == suffix), None)


def render_answer(answer, fmt: str, *, encoding: str = "utf-8-sig", english_keys: bool = False, db=None,
                  warnings: list[str] | None = None) -> bytes:
    """The exported file's bytes (for a file, a clipboard, a test)."""
    if fmt == "csv":
        if answer.error:
            raise ExportError(f"回答がエラーのため表を書き出せません: {answer.error}")
        data, replaced = to_csv(answer, english_keys, encoding)
        if replaced and warnings is not None:
            warnings.append(f"CP932 で表せない文字を「〓」に置き換えました: {describe_replaced(replaced)}。"
                            "そのまま残すには --encoding utf-8-sig を使ってください。")
        return data
    if fmt == "xlsx":
        if answer.error:
            raise ExportError(f"回答がエラーのため表を書き出せません: {answer.error}")
        return to_xlsx(answer, english_keys, db)
    if fmt == "md":
        return to_markdown(answer, english_keys, db).encode("utf-8", errors="replace")
    if fmt == "json":
        return to_json(answer).encode("utf-8", errors="replace")
    raise ExportError(f"形式「{fmt}」には書き出せません（{'、'.join(FORMATS)} のどれかを指定してください）。")


def check_output(output: Path, force: bool = False, db=None) -> Path:
    """Raise ExportError when `output` cannot be written; return it (expanded) otherwise."""
    try:
        return _check_output(Path(output).expanduser(), force, db)
    except OSError as exc:  # a name too long, a path under /proc, ...: still a clear message
        raise ExportError(f"{output} に書き出せません（{exc.strerror or exc}）。") from exc


def _index_file(db) -> Path | None:
    if db is None:
        return None
    try:
        row = db.execute("PRAGMA database_list").fetchone()
    except Exception:  # noqa: BLE001 - a closed or odd connection has no file to protect
        return None
    return Path(row[2]).resolve() if row and row[2] else None


def _check_output(output: Path, force: bool, db) -> Path:
    index = _index_file(db)
    if index is not None and output.resolve() == index:
        raise ExportError(f"{output} は質問に答えている索引ファイルです。別の名前を指定してください。")
    if output.is_dir():
        raise ExportError(f"{output} はフォルダです。書き出すファイルの名前を指定してください。")
    folder = output.parent
    if not folder.exists():
        raise ExportError(f"書き出し先のフォルダ {folder} がありません。先にフォルダを作るか、別の場所を指定してください。")
    if not folder.is_dir():
        raise ExportError(f"{folder} はフォルダではありません。書き出し先を確かめてください。")
    if (output.exists() or output.is_symlink()) and not force:
        raise ExportError(f"{output} は既にあります。上書きするには --force を付けてください。")
    return output


def write_answer(answer, fmt: str | None, output: Path | str | None = None, *, force: bool = False,
                 encoding: str = "utf-8-sig", english_keys: bool = False, db=None,
                 warnings: list[str] | None = None, stdout=None) -> Path | None:
    """Write `answer` as `fmt` to `output` (returns the path) or to stdout (returns None).

    fmt None: taken from the output's suffix. encoding applies to CSV only (utf-8-sig or cp932);
    english_keys: English field keys as headers instead of Japanese labels. Raises ExportError.
    """
    if fmt is None:
        fmt = format_for_path(Path(output)) if output is not None else None
        if fmt is None:
            raise ExportError("書き出す形式が分かりません。--format csv|xlsx|md|json を指定してください。")
    if fmt not in FORMATS:
        raise ExportError(f"形式「{fmt}」には書き出せません（{'、'.join(FORMATS)} のどれかを指定してください）。")
    if output is None:
        if fmt not in _TEXT_FORMATS:
            raise ExportError("XLSX はバイナリのため画面には出せません。-o 回答.xlsx のように書き出し先を指定してください。")
        stream_encoding = "utf-8" if encoding == "utf-8-sig" else encoding
        data = render_answer(answer, fmt, encoding=stream_encoding if fmt == "csv" else "utf-8",
                             english_keys=english_keys, db=db, warnings=warnings)
        _to_stream(data, stdout or sys.stdout, stream_encoding if fmt == "csv" else "utf-8")
        return None
    output = check_output(Path(output), force, db)
    data = render_answer(answer, fmt, encoding=encoding, english_keys=english_keys, db=db, warnings=warnings)
    _atomic_write(output, data, force)
    return output


def _to_stream(data: bytes, stream, encoding: str) -> None:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(data)
        buffer.flush()
    else:  # a text stream without bytes (StringIO in tests, an embedding app)
        stream.write(data.decode(encoding, errors="replace"))


def _atomic_write(output: Path, data: bytes, force: bool) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".gyokaku-", suffix=output.suffix, dir=output.parent)
    except OSError as exc:
        raise ExportError(f"{output} に書き出せません（{exc.strerror or exc}）。") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if not force and output.exists():  # appeared while we were writing
            raise ExportError(f"{output} は既にあります。上書きするには --force を付けてください。")
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, output)
    except OSError as exc:
        raise ExportError(f"{output} に書き出せません（{exc.strerror or exc}）。") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _read_umask() -> int:
    mask = os.umask(0o022)  # read once at import (umask is process-wide; not from worker threads)
    os.umask(mask)
    return mask


_UMASK = _read_umask()
