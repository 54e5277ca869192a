"""The gyokaku command's entry point. A plain `gyokaku ask` (questions, with --json and --index at most) is
answered here without click: click and what it imports (uuid, platform, gettext, the commands' option
tables) were about 7 ms of a one-question run, a twentieth of it. Every other command line, and an index
that cannot be opened, goes to the click commands (cli_commands.py), which tell usage and errors."""
from __future__ import annotations

import atexit
import gc
import json
import os
import sys


def main() -> None:
    quiet = _plain_quiet_ingest(sys.argv[1:])
    if quiet is not None:
        _ingest_quietly(*quiet)
    plain = _plain_ask(sys.argv[1:])
    if plain is None or not _answer(*plain):
        from assistant.cli_commands import main as commands

        commands()


def _plain_quiet_ingest(args: list[str]) -> tuple[list[str], str | None] | None:
    """(paths, --index) of `ingest --quiet` with only those; None for any other command line (a
    scripted ingest shows nothing, so click and its option tables — some 10 ms of CPU — are not needed)."""
    if not args or args[0] != "ingest":
        return None
    paths: list[str] = []
    index, quiet = None, False
    rest = iter(args[1:])
    for arg in rest:
        if arg in ("--quiet", "-q"):
            quiet = True
        elif arg == "--index":
            index = next(rest, None)
            if index is None or index.startswith("-"):
                return None
        elif arg.startswith("-"):  # any other option, "--" or "-": click reads it
            return None
        else:
            paths.append(arg)
    return (paths, index) if quiet else None


def _ingest_quietly(paths: list[str], index: str | None) -> None:
    """`gyokaku ingest --quiet` as the click command runs it (cli_commands.ingest): the same exit
    status, and the same message for an index it cannot write."""
    from pathlib import Path

    from assistant.config import default_corpus, default_index

    reconfigure_streams()
    targets = [Path(p) for p in paths] or [default_corpus()]
    if any(not p.exists() for p in targets):
        sys.exit(1)
    index = index or os.environ.get("GYOKAKU_INDEX")  # (as click reads --index: an empty variable is unset)
    from assistant.errors import GyokakuError
    from assistant.store.build import build_index

    try:
        summary = build_index(targets, Path(index) if index else default_index())
    except (GyokakuError, OSError) as exc:
        from assistant.cli_commands import build_error

        error = build_error(exc)
        error.show()
        sys.exit(error.exit_code)
    except KeyboardInterrupt:  # as click ends a command
        from assistant.cli_ja import translate

        print(file=sys.stderr)
        print(translate("Aborted!"), file=sys.stderr)
        sys.exit(1)
    if summary.skipped:
        sys.exit(1)
    exit_now()  # (the interpreter's teardown was about 35 ms of a small corpus's ingest)
    sys.exit(0)


def _plain_ask(args: list[str]) -> tuple[list[str], str | None, bool] | None:
    """(questions, --index, --json) of `ask` with only those; None for any other command line."""
    if not args or args[0] != "ask":
        return None
    questions: list[str] = []
    index, as_json = None, False
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--json":
            as_json = True
        elif arg == "--index":
            index = next(rest, None)
            if index is None or index.startswith("-"):
                return None
        elif arg.startswith("-"):  # any other option, "--" or "-": click reads it
            return None
        else:
            questions.append(arg)
    return (questions, index, as_json) if questions else None


def _answer(questions: list[str], index: str | None, as_json: bool) -> bool:
    """Answer as `gyokaku ask` does; False (nothing done) when the index cannot be opened."""
    from pathlib import Path

    from assistant.config import default_index
    from assistant.errors import GyokakuError
    from assistant.store.search import open_index

    reconfigure_streams()
    Assistant = question_engine()
    index = index or os.environ.get("GYOKAKU_INDEX")  # (as click reads --index: an empty variable is unset)
    try:
        db = open_index(Path(index) if index else default_index())
    except GyokakuError:
        return False
    # No cycle collection while answering: the process ends right after (exit_now), the few questions of a
    # command line leave few objects in cycles, and the collector's passes over what the first question
    # imports and reads (some 25, walking its new modules' objects) were about 2.5 ms of a `gyokaku ask`.
    gc.disable()
    try:
        assistant = Assistant(db)
        answers = [assistant.ask(q) for q in questions]
        if as_json:
            echo_json([a.to_dict() for a in answers])
        else:
            from rich.console import Console

            from assistant.cli_render import print_answer

            console = Console()
            for a in answers:
                print_answer(a, console, None, False)
    except (EOFError, KeyboardInterrupt):  # as click ends a command
        from assistant.cli_ja import translate

        print(file=sys.stderr)
        print(translate("Aborted!"), file=sys.stderr)
        sys.exit(1)
    except BrokenPipeError:  # (a reader such as `head` stopped reading): quietly, as click does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    exit_now()
    return True


def reconfigure_streams() -> None:
    for stream in (sys.stdout, sys.stderr):  # characters a terminal cannot show become "?", never a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def question_engine():
    """The question engine's Assistant class, imported.

    Its modules, patterns and rules live as long as the process, so the cycle collector has nothing to
    find in them: it is off while they are imported (some 50 collections, about 4 ms of a one-question
    `gyokaku ask`), and frozen afterwards, so that it no longer walks them at every full collection and
    at exit (about 20 ms). Objects made later are collected as before.

    Every question is read with Sudachi, so its dictionary starts loading in a thread first: Sudachi
    reads it without holding Python's lock, on the other core while these modules import (the load
    was about 30 ms of a one-question `gyokaku ask`, after some 60 ms of imports)."""
    from assistant.query.compiled import install_for_re

    install_for_re(questions=True)  # (the patterns the engine's modules compile with `re` itself, stored too)
    from assistant.text.tokenize import load_in_background

    load_in_background()
    gc.disable()
    try:
        from assistant.query.conversation import Assistant
    finally:
        gc.freeze()
        gc.enable()
    return Assistant


def echo_json(obj) -> None:
    # A terminal that cannot show every character (cp932, ascii) gets \u escapes: still exact JSON.
    # (JSON escapes every control character, so the line is what click.echo would write.)
    utf = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "").startswith("utf")
    sys.stdout.write(json.dumps(obj, ensure_ascii=not utf, default=str) + "\n")
    sys.stdout.flush()


def exit_now() -> None:
    """End a finished `gyokaku ask` process without tearing the interpreter down: freeing every module,
    pattern and table one by one took about 10 ms, more than the question's own work. The output is
    flushed and the exit handlers run (the grammar's pattern cache is written by one) as at a normal
    exit. Only in gyokaku's own process (its own stdout): not under click's test runner, which
    replaces stdout and goes on after the command."""
    if sys.stdout is not sys.__stdout__:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(0)
