"""Everyday short forms staff type for words documents print in full (スマホ講座 for スマートフォン講座, クレカ for
クレジットカード). A keyword holding one is sought in its full form only when the documents never print it short
and do print the full form: a document that writes スマホセミナー is searched as written.

Also names whose everyday core stands for the whole in the documents' own compounds (新型コロナ → コロナ, as in
コロナ禍): the core is sought, which every text printing the full name prints too (it only adds the texts saying the
core alone), where the documents print it."""
from __future__ import annotations

from typing import Callable

SHORT_FORMS: tuple[tuple[str, str], ...] = (
    ("スマホ", "スマートフォン"), ("クレカ", "クレジットカード"), ("コンビニ", "コンビニエンスストア"),
    ("マイナカード", "マイナンバーカード"), ("マイナ保険証", "マイナンバーカードの健康保険証"), ("ネット", "インターネット"),
    ("パソコン", "PC"), ("ガバクラ", "ガバメントクラウド"), ("テレワ", "テレワーク"),
    ("キャッシュレス決済", "キャッシュレス"), ("アプリ", "アプリケーション"), ("パブコメ", "パブリックコメント"),
)


def in_full(word: str, printed: Callable[[str], bool]) -> str:
    """The word with its short form said in full, when only that is printed; else the word."""
    if printed(word):
        return word
    for short, full in SHORT_FORMS:
        if short in word and full not in word:
            spelled = word.replace(short, full)
            if printed(spelled):
                return spelled
    return word


def said(word: str, question: str) -> bool:
    """Whether the question says the word, as written or in its short form (パブリックコメント said パブコメ)."""
    return where(word, question) >= 0


def where(word: str, question: str) -> int:
    """Where the question says the word, as written or in its short form; -1 when it does not."""
    if word in question:
        return question.index(word)
    return next((question.index(word.replace(full, short)) for short, full in SHORT_FORMS
                 if full in word and word.replace(full, short) in question), -1)


# (a full name, its core as the documents print it in compounds of their own: コロナ禍, コロナ対策)
COMMON_CORES: tuple[tuple[str, str], ...] = (
    ("新型コロナウイルス感染症", "コロナ"), ("新型コロナウイルス", "コロナ"), ("新型コロナ", "コロナ"),
)


def common_core(word: str, printed: Callable[[str], bool]) -> str:
    """The word's core when it is one of the full names and the documents print the core; else the word."""
    for name, core in COMMON_CORES:
        if word == name and printed(core):
            return core
    return word
