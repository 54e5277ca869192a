"""A plan's period asked by its name: 「…プランの計画期間は何年度から何年度まで？」「…計画の期間はいつからいつまで」.

The rule only reads the question's shape; plan_period.py finds the span of years the documents print as that
plan's period (「令和2年度から令和6年度までの5年間の取組期間」「計画期間：令和3年度～令和7年度」)."""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule


def _mark(m: re.Match, ctx: Context) -> Production:
    return Production(marks={"plan_period"})


PERIOD_ASKED = Rule(
    "plan_period_asked",
    r"^(?:この|本|当)?\s*(?P<name>[^?？。、\s]{2,40}?(?:計画|プラン|大綱|方針|指針|戦略|ビジョン))\s*の\s*"
    r"(?:計画|取組|取り組み|実施|推進)?期間\s*(?:は|って)?\s*"
    # (いつまで reads as いつ終了した in the canonical text)
    r"(?:何年度\s*から\s*何年度\s*まで|いつ\s*から\s*いつ\s*(?:まで|終了した)|いつ(?:から)?|何年間|どれくらい|どのくらい)?"
    r"(?:ですか|でしょうか|だった|でした|か)?\s*[?？]?$",
    _mark,
    examples=(("苫小牧市行政創革プランの計画期間は何年度から何年度まで？", {"marks": ["plan_period"]}),
              ("行政改革大綱の計画期間はいつからいつまで", {"marks": ["plan_period"]}),
              ("集中改革プランの期間は？", {"marks": ["plan_period"]}),
              ("実践項目の取組期間は？", None),  # (no plan named: a record's own period is the engine's)
              ("プランの計画期間が終わった取組", None)))

RULES: list[Rule] = [PERIOD_ASKED]
