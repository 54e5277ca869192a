"""A paper's own date asked of it by name: 「…に関する意見書はいつ付で出された」「資料編の…シートはいつ作成されたもの」.

The rule only reads the question's shape (the paper named, its kind word last); cover_dates.py looks for a
heading of that kind in the documents and the date printed right under it (the paper's front matter)."""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule

# The kinds of paper whose cover prints the day it was issued or drawn up.
PAPER_KINDS = r"(?:意見書|報告書|答申書|答申|提言書|建議書|計画書|計画|プラン|大綱|方針|指針|戦略|シート|レポート|冊子|白書)"


def _mark(m: re.Match, ctx: Context) -> Production:
    return Production(marks={"paper_date"})


PAPER_DATE = Rule(
    "paper_date_asked",
    r"^(?:この|本|当)?\s*(?P<name>[^?？。、\s]{0,40}?" + PAPER_KINDS + r")\s*(?:は|って|が)\s*"
    r"(?:いつ\s*(?:付|づけ|時点)?\s*(?:で|に)?\s*(?:出さ|提出さ|発行さ|作成さ|作ら|まとめら|取りまとめら|取り纏めら|公表さ|策定さ|答申さ)"
    r"れ(?:た|ました|たもの|たの)(?:もの|の)?(?:です|でしょう)?か?"
    r"|(?:作成|発行|提出|公表|策定)(?:日|年月日?|時期)\s*(?:は|って)?\s*(?:いつ)?)\s*[?？]?$",
    _mark,
    examples=(("行政創革プランの取組の有効性に関する意見書はいつ付で出された？", {"marks": ["paper_date"]}),
              ("資料編の令和6年度進捗状況シートはいつ作成されたもの？", {"marks": ["paper_date"]}),
              ("行革大綱は いつ策定されたの", {"marks": ["paper_date"]}),
              ("審議会の答申の提出日は？", None),  # (the paper said with の before its date: itself.py reads it)
              ("進捗状況シートの作成日は", None),
              ("意見書はいつ出されたか", {"marks": ["paper_date"]}),
              ("意見書で何が指摘された？", None),
              ("R4に終わった実践項目の計画はいつ策定された？", {"marks": ["paper_date"]})))

RULES: list[Rule] = [PAPER_DATE]
