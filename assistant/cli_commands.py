"""The gyokaku command: a thin click layer, one library call per command (the TUI is the default). Its entry
point is cli.main, which answers a plain `gyokaku ask` itself."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.cli import echo_json as _echo_json
from assistant.cli import exit_now, question_engine, reconfigure_streams
from assistant.cli_ja import install as _click_in_japanese
from assistant.config import default_corpus, default_index
from assistant.errors import GyokakuError

_click_in_japanese()  # click's help, usage and error texts in Japanese (see cli_ja.py)


def index_option(f):
    return click.option(
        "--index", "index_path", type=click.Path(path_type=Path), default=None, envvar="GYOKAKU_INDEX",
        help="索引ファイル (既定: index/gyokaku.db、環境変数 GYOKAKU_INDEX)",
    )(f)


def _index(path: Path | None) -> Path:
    return path or default_index()


def _open(path: Path | None):
    from assistant.store.search import open_index

    try:
        return open_index(_index(path))
    except GyokakuError as exc:
        raise click.ClickException(exc.message) from exc


@click.group(invoke_without_command=True)
@click.version_option(package_name="gyokaku")
@click.pass_context
def main(ctx: click.Context) -> None:
    """行革アシスタント: 行政改革の資料に日本語で質問できます。引数なしで端末アプリを起動します。"""
    reconfigure_streams()
    if ctx.invoked_subcommand is None:
        ctx.invoke(tui)


def _build(targets: list[Path], index_path: Path | None, progress):
    """build_index, its errors as clean messages."""
    from assistant.store.build import build_index

    try:
        return build_index(targets, _index(index_path), progress=progress)
    except (GyokakuError, OSError) as exc:
        raise build_error(exc) from exc


def build_error(exc: GyokakuError | OSError) -> click.ClickException:
    """What `gyokaku ingest` says when no index could be written (also for cli.py's quiet ingest)."""
    if isinstance(exc, GyokakuError):
        return click.ClickException(exc.message)
    return click.ClickException(f"索引を書き込めません（{exc}）。前の索引はそのまま残っています。")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@index_option
@click.option("--quiet", "-q", is_flag=True, help="進捗と集計を表示しない")
def ingest(paths: tuple[Path, ...], index_path: Path | None, quiet: bool) -> None:
    """資料（ファイルまたはフォルダ、既定は corpus/）を読み込んで索引を作ります。"""
    targets = list(paths) or [default_corpus()]
    missing = [p for p in targets if not p.exists()]
    if quiet:
        # Nothing is shown, so rich is not even imported: a quiet Console still renders every table
        # before dropping it, and rich is a tenth of a small corpus's `gyokaku ingest`.
        if missing:
            sys.exit(1)
        if _build(targets, index_path, None).skipped:
            sys.exit(1)
        # (the interpreter's teardown — the dictionary, the parsers' modules and patterns — was about
        # 35 ms of a small corpus's `gyokaku ingest`, a twentieth of it; the index is written and closed.
        # A plain `ingest --quiet` does not come here: cli.py runs it without click)
        exit_now()
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from assistant.formats import FORMAT_LABELS
    from assistant.kinds.registry import document_label
    from assistant.labels import kind_label

    console = Console(stderr=True)
    for p in missing:
        console.print(f"[red]{escape(str(p))} が見つかりません[/red]", soft_wrap=True)
    if missing:
        # Building anyway would prune every document whose folder is missing (an unmounted drive,
        # a typo) and empty the index: refuse and leave it as it is.
        console.print("[red]索引は変更していません。パスを確かめてから `gyokaku ingest` をやり直してください。[/red]")
        sys.exit(1)
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task("読み込み中", total=None)

        def progress(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"読み込み中 {name}")

        summary = _build(targets, index_path, progress)
    table = Table(title="索引の内容", header_style="bold")
    table.add_column("項目")
    table.add_column("件数", justify="right")
    table.add_row("文書", str(len(summary.documents)))
    for kind, n in summary.records.items():
        table.add_row(f"{kind_label(kind)} ({kind})", str(n))
    table.add_row("本文の断片 (passages)", str(summary.passages))
    table.add_row("資料間の食い違い (conflicts)", str(summary.conflicts))
    table.add_row("読み取りの注意（gyokaku check で確認）", str(summary.reading_notes))
    table.add_row("秒", f"{summary.seconds:.2f}")
    console.print(table)
    files = Table(title="文書ごと", header_style="bold")
    for name in ("ファイル", "形式", "種類", "記録", "本文の断片"):
        files.add_column(name, justify="right" if name in ("記録", "本文の断片") else "left")
    for d in summary.documents:
        files.add_row(escape(d["source"]), FORMAT_LABELS.get(d.get("format") or "", d.get("format") or ""),
                      document_label(d["kind"]), str(d["n_records"]), str(d["n_passages"]))
    console.print(files)
    console.print(f"追加・更新 {len(summary.added)} 件、変更なし {len(summary.unchanged)} 件、削除 {len(summary.removed)} 件")
    for warning in summary.warnings:
        console.print(f"[yellow]{escape(warning)}[/yellow]", soft_wrap=True)
    for name, reason in summary.skipped:
        # one unwrapped line per file, so paths and bug reports can be copied and grepped
        console.print(f"[red]読み込めなかったファイル: {escape(name)} — {escape(reason)}[/red]", soft_wrap=True)
    if summary.skipped or missing:
        console.print(f"[red]{len(summary.skipped) + len(missing)} 件のファイルを読み込めませんでした。[/red]")
        sys.exit(1)
    exit_now()  # (as with --quiet)


@main.command()
@click.argument("questions", nargs=-1)
@index_option
@click.option("--json", "as_json", is_flag=True, help="回答を JSON で出力する")
@click.option("--explain", is_flag=True, help="解析した条件と SQL も出力する")
@click.option("--batch", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='JSON Lines ファイル {"id": ..., "turns": [...]} をまとめて処理する')
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "md", "json"]), default=None,
              help="最後の回答を指定形式で書き出す")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="書き出し先ファイル")
@click.option("--force", is_flag=True, help="既存ファイルを上書きする")
@click.option("--encoding", type=click.Choice(["utf-8-sig", "cp932"]), default="utf-8-sig", help="CSV の文字コード")
@click.option("--keys", is_flag=True, help="CSV の見出しを英語のキーにする")
@click.option("--columns", "columns_spec", default=None, metavar="項目,項目,…",
              help="表示する項目を日本語の見出しか英語のキーで選ぶ（例: --columns キー,名称,総合評価）")
@click.option("--cards", is_flag=True, help="記録を表でなく「項目: 値」の行で表示する")
def ask(questions: tuple[str, ...], index_path: Path | None, as_json: bool, explain: bool, batch: Path | None,
        fmt: str | None, output: Path | None, force: bool, encoding: str, keys: bool, columns_spec: str | None,
        cards: bool) -> None:
    """日本語で質問します。複数の質問は一続きの会話（後の質問が前の回答を絞り込む）になります。"""
    Assistant = question_engine()

    db = _open(index_path)
    if batch:
        _run_batch(db, batch, explain)
    else:
        if not questions:
            raise click.UsageError("質問を指定してください（例: gyokaku ask \"R4に終了した実践項目\"）。")
        assistant = Assistant(db)
        answers = [assistant.ask(q) for q in questions]
        if fmt:
            _write_answer(answers[-1], fmt, output, force, encoding, keys, db)
        elif as_json or explain:
            _echo_json([a.to_dict(explain=explain) for a in answers])
        else:
            _print_answers(answers, columns_spec, cards)
    exit_now()


def _print_answers(answers, columns_spec: str | None, cards: bool) -> None:
    from rich.console import Console

    from assistant.cli_render import ColumnError, chosen_columns, print_answer

    console = Console()
    for a in answers:
        columns = None
        if columns_spec and a.rows:
            try:
                columns = chosen_columns(a, columns_spec)
            except ColumnError as exc:
                raise click.UsageError(str(exc)) from exc
        print_answer(a, console, columns, cards)


def _run_batch(db, path: Path, explain: bool) -> None:
    from assistant.query.answer import Answer
    from assistant.query.conversation import Assistant

    assistant = Assistant(db)
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        item = None
        try:
            item = json.loads(line)
            turns = item["turns"]
            if isinstance(turns, str) or not isinstance(turns, list):
                raise ValueError("turns はリストにしてください")
        except (ValueError, KeyError, TypeError) as exc:
            ident = item.get("id") if isinstance(item, dict) else None
            err = Answer(question="", error=f"{n}行目を読めません: {exc}", summary="入力行が不正です。")
            _echo_json({"id": ident if ident is not None else n, "answers": [err.to_dict()]})
            continue
        assistant.reset()
        answers = [assistant.ask(str(t)).to_dict(explain=explain) for t in turns]
        _echo_json({"id": item.get("id"), "answers": answers})


def _write_answer(answer, fmt: str, output: Path | None, force: bool, encoding: str, keys: bool, db) -> None:
    from assistant.export import write_answer

    warnings: list[str] = []
    try:
        written = write_answer(answer, fmt, output, force=force, encoding=encoding, english_keys=keys, db=db,
                               warnings=warnings)
    except GyokakuError as exc:
        raise click.ClickException(exc.message) from exc
    for warning in warnings:
        click.echo(f"警告: {warning}", err=True)
    if written:
        click.echo(f"{written} に書き出しました。", err=True)


@main.command()
@click.argument("kind")
@index_option
@click.option("--where", default=None, help="質問の条件で絞り込む（例: \"R4に終了\"）")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "md", "json"]), default="csv", help="書き出す形式")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="書き出し先ファイル")
@click.option("--force", is_flag=True, help="既存ファイルを上書きする")
@click.option("--encoding", type=click.Choice(["utf-8-sig", "cp932"]), default="utf-8-sig", help="CSV の文字コード")
@click.option("--keys", is_flag=True, help="CSV の見出しを英語のキーにする")
def export(kind: str, index_path: Path | None, where: str | None, fmt: str, output: Path | None, force: bool,
           encoding: str, keys: bool) -> None:
    """表（practice, initiative, comment, joint_project, case_study, program, qa, conflicts …）を書き出します。"""
    from assistant.query.conversation import Assistant

    db = _open(index_path)
    answer = Assistant(db).table(kind, where)
    if answer.error:
        raise click.ClickException(answer.error)
    if fmt == "json" and output is None:
        _echo_json(answer.rows)
        return
    _write_answer(answer, fmt, output, force, encoding, keys, db)


# What each kind of loader warning is called in `gyokaku check`.
_WARNING_KINDS = {
    "absent_copy": "写しがない",
    "malformed_row": "読めない行",
    "repaired_row": "分断された行",
}


@main.command()
@index_option
@click.option("--json", "as_json", is_flag=True, help="JSON で出力する")
def check(index_path: Path | None, as_json: bool) -> None:
    """資料の中で同じ項目の値が食い違っている箇所と、読み取りの注意（写しの欠落、変換で分断された行）を一覧します。"""
    import sqlite3

    from assistant.query.conversation import conflict_rows

    db = _open(index_path)
    try:
        rows = conflict_rows(db)
        warnings = [dict(r) for r in db.query(
            "SELECT source, line, kind, record, note FROM warnings ORDER BY source, line, rowid")]
    except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:  # damaged cells in an index that opened
        raise click.ClickException(
            f"索引の食い違いの表を読めません（{type(exc).__name__}: {exc}）。"
            "`gyokaku ingest` を実行して索引を作り直してください。") from exc
    if as_json:
        # One list, as before: the conflicts, then the warnings (told apart by `type`).
        out = [{"type": "conflict", **r} for r in rows]
        out += [{"type": "warning", "key": f"warning:{n}", "record": w["record"] or "", "field": "",
                 "kind": w["kind"], "kind_label": _WARNING_KINDS.get(w["kind"], w["kind"]),
                 "note": w["note"], "source": w["source"], "line": w["line"]}
                for n, w in enumerate(warnings, 1)]
        _echo_json(out)
        return
    from assistant.cli_render import print_check

    print_check(rows, warnings, _WARNING_KINDS)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="待ち受けるアドレス（127.0.0.1 以外は誰でも読めます）")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535), help="待ち受けるポート")
@index_option
def datasette(host: str, port: int, index_path: Path | None) -> None:
    """索引を Datasette で読み取り専用で公開します（表・絞り込み・日本語の検索）。"""
    from assistant.publish.app import serve

    try:
        serve(_index(index_path), host, port, echo=lambda text: click.echo(text, err=True))
    except GyokakuError as exc:
        raise click.ClickException(exc.message) from exc


@main.command()
@index_option
def tui(index_path: Path | None) -> None:
    """端末アプリを起動します（索引がなければ先に作ります）。"""
    path = _index(index_path)
    if not path.exists():
        click.echo("索引がないため corpus/ から作成します…", err=True)
        from assistant.store.build import build_index

        build_index([default_corpus()], path)
    try:
        from assistant.tui.app import make_app
    except ImportError:
        _summary(path)
        return
    make_app(path).run()


@main.command()
@index_option
@click.option("--host", default="127.0.0.1", show_default=True, help="待ち受けるアドレス（127.0.0.1 はこの機械だけ）")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="待ち受けるポート")
@click.option("--public-url", default=None, help="ウェブサーバーの後ろに置くときの外から見たURL（例: https://gyokaku.example.lg.jp）")
def serve(index_path: Path | None, host: str, port: int, public_url: str | None) -> None:
    """端末アプリをブラウザで使えるようにします（textual-serve。書き出しはブラウザへのダウンロード）。"""
    from assistant.serve import exposure_warning, make_server

    path = _index(index_path)
    _open(path).conn.close()  # a missing or broken index is told here; the browser version never builds one
    if warning := exposure_warning(host, port):
        click.echo(warning, err=True)
    try:
        make_server(path, host, port, public_url).serve()
    except OSError as exc:
        raise click.ClickException(f"{host}:{port} で待ち受けられません（{exc.strerror or exc}）。"
                                   "--port で別のポートを指定してください。") from exc


def _summary(path: Path) -> None:
    from rich.console import Console

    from assistant.labels import kind_label
    from assistant.query.conversation import EXAMPLES
    from assistant.store.schema import record_counts

    db = _open(path)
    console = Console()
    console.print(f"[bold]行革アシスタント[/bold] 索引: {path}")
    for kind, n in record_counts(db).items():
        console.print(f"  {kind_label(kind)}: {n}件")
    console.print("質問の例（gyokaku ask \"…\"）:")
    for e in EXAMPLES:
        console.print(f"  ・{e}")
