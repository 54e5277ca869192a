"""click in Japanese: its help, usage lines and error messages, as users of `gyokaku` read them.

click marks every text it prints with gettext (`_("Show this message and exit.")`) but ships no
translations, and a .mo file would need the user's locale set. So `install()` gives click's modules a
`_`/`ngettext` that look the English text up in MESSAGES (unknown texts stay as they are), and a help
formatter that writes the usage line and the placeholders (PATH, TEXT …) in Japanese.
"""
from __future__ import annotations

import re

import click
from click.formatting import HelpFormatter

MESSAGES = {
    # help and usage
    "Usage:": "使い方:",
    "Options": "オプション",
    "Commands": "コマンド",
    "Positional arguments": "引数",
    "Show this message and exit.": "このヘルプを表示して終了します。",
    "Show the version and exit.": "版を表示して終了します。",
    "%(prog)s, version %(version)s": "%(prog)s 版 %(version)s",
    "default: {default}": "既定: {default}",
    "env var: {var}": "環境変数: {var}",
    "required": "必須",
    "deprecated": "廃止予定",
    "(dynamic)": "（実行時に決定）",
    # errors
    "Error: {message}": "エラー: {message}",
    "Try '{command} {option}' for help.": "使い方は '{command} {option}' で確かめられます。",
    "No such option {name!r}.": "{name!r} というオプションはありません。",
    "No such command {name!r}.": "{name!r} というコマンドはありません。",
    "Did you mean {possibility}?": "{possibility} のことですか？",
    "(Did you mean one of: {possibilities}?)": "（{possibilities} のどれかのことですか？）",
    # click writes 「{missing} 'KIND'.」
    "Missing argument": "引数の指定がありません:",
    "Missing option": "オプションの指定がありません:",
    "Missing parameter": "指定がありません:",
    "Missing parameter: {param_name}": "{param_name} を指定してください。",
    "Missing {param_type}": "{param_type}の指定がありません:",
    "Missing command.": "コマンドを指定してください。",
    "Option {name!r} requires an argument.": "オプション {name!r} には値が必要です。",
    "Option {name!r} requires {nargs} arguments.": "オプション {name!r} には値が {nargs} 個必要です。",
    "Option {name!r} does not take a value.": "オプション {name!r} は値を取りません。",
    "Got unexpected extra argument ({args})": "余分な引数があります（{args}）",
    "Got unexpected extra arguments ({args})": "余分な引数があります（{args}）",
    "Invalid value for {param_hint}: {message}": "{param_hint} の値が正しくありません: {message}",
    "Invalid value: {message}": "値が正しくありません: {message}",
    "{value!r} is not {choice}.": "{value!r} は指定できません（{choice} だけです）。",
    "{value!r} is not one of {choices}.": "{value!r} は指定できません（{choices} のどれかです）。",
    "{value!r} is not a valid {number_type}.": "{value!r} は{number_type}ではありません。",
    "{value} is not in the range {range}.": "{value} は範囲 {range} の外です。",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} は真偽値ではありません（{states} のどれかです）。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} がありません。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} はフォルダです。",
    "{name} {filename!r} is a file.": "{name} {filename!r} はファイルです（フォルダを指定してください）。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} を読めません。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} に書き込めません。",
    "{name} {filename!r} is not executable.": "{name} {filename!r} は実行できません。",
    "Could not open file {filename!r}: {message}": "ファイル {filename!r} を開けません: {message}",
    "Argument {name!r} takes {nargs} values.": "引数 {name!r} には値が {nargs} 個必要です。",
    "Takes {nargs} values but 1 was given.": "値が {nargs} 個必要ですが 1 個です。",
    "Takes {nargs} values but {len} were given.": "値が {nargs} 個必要ですが {len} 個です。",
    "Aborted!": "中断しました。",
    "Error: invalid input": "エラー: 入力が正しくありません",
    "unknown error": "不明なエラー",
    # the names click gives parameter kinds and value types in messages
    "file": "ファイル",
    "directory": "フォルダ",
    "path": "パス",
    "integer": "整数",
    "float": "数値",
    "Choose from:\n\t{choices}": "次から選んでください:\n\t{choices}",
}

# Placeholders in usage lines and option lists (click writes the type or the parameter's name).
PLACEHOLDERS = {
    "OPTIONS": "オプション", "COMMAND": "コマンド", "ARGS": "引数", "TEXT": "文字列", "PATH": "パス",
    "FILE": "ファイル", "FILENAME": "ファイル名", "DIRECTORY": "フォルダ", "INTEGER": "整数", "FLOAT": "数値",
    "QUESTIONS": "質問", "PATHS": "パス", "KIND": "表", "FILE_OR_DIR": "ファイル",
}
_PLACEHOLDER = re.compile(r"\b(" + "|".join(sorted(PLACEHOLDERS, key=len, reverse=True)) + r")\b")


def translate(text: str) -> str:
    return MESSAGES.get(text, text)


def translate_n(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


def placeholders(text: str) -> str:
    """「[OPTIONS] [QUESTIONS]...」 → 「[オプション] [質問]...」 (only the placeholder words)."""
    return _PLACEHOLDER.sub(lambda m: PLACEHOLDERS[m.group(1)], text)


def _cells(text: str) -> int:
    """Columns a text takes on a terminal (wide characters count two), for click's alignment."""
    from click._compat import strip_ansi
    from rich.cells import cell_len

    return cell_len(strip_ansi(text))


class JapaneseHelpFormatter(HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, placeholders(args), prefix)

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(placeholders(first), second) for first, second in rows], col_max, col_spacing)


def install() -> None:
    """Make click speak Japanese in this process (idempotent)."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.termui
    import click.types
    import click.utils

    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser,
                   click.termui, click.types, click.utils):
        if hasattr(module, "_"):
            module._ = translate
        if hasattr(module, "ngettext"):
            module.ngettext = translate_n
    click.Context.formatter_class = JapaneseHelpFormatter
    click.formatting.term_len = _cells  # aligns the option list when names or placeholders are Japanese
    # 「--index PATH」「Missing argument 'KIND'」: wherever a class defines these itself
    for cls in (click.Parameter, click.Option, click.Argument):
        for name in ("make_metavar", "get_error_hint"):
            english = cls.__dict__.get(name)
            if english is not None and not getattr(english, "_japanese", False):
                setattr(cls, name, _in_japanese(english))


def _in_japanese(method):
    def wrapper(self, *args, **kwargs):
        return placeholders(method(self, *args, **kwargs))

    wrapper._japanese = True
    return wrapper
