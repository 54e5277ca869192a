"""The plan that follows a named plan: 「行政創革プランの次の計画は何という名前で、いつスタートした？」「…の後継計画は」.

The rule only reads the question's shape (the plan named, its successor asked); successor_plan.py finds the
sentence that names the new plan and when it began (「令和7年4月から、…新計画である『…プラン』がスタート」)."""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule

PLAN_WORDS = r"(?:計画|プラン|大綱|方針|指針|戦略|ビジョン)"


def _mark(m: re.Match, ctx: Context) -> Production:
    return Production(marks={"successor_plan"})


SUCCESSOR_ASKED = Rule(
    "successor_plan_asked",
    r"^(?:この|本|当)?\s*(?P<name>[^?？。、\s]{2,40}?" + PLAN_WORDS + r")\s*の\s*(?:次の|次期|後継の?|その後の|新しい|新たな)\s*"
    + PLAN_WORDS + r"\s*(?:は|って)\s*"
    r"(?:何|なに|どんな|どういう)?(?:という)?\s*(?:名前|名称)?\s*(?:で|は)?[、,]?\s*"
    r"(?:いつ\s*(?:から)?\s*(?:スタートした|始まった|開始した|開始された|策定された)?)?\s*(?:ですか|でしょうか|か)?\s*[?？]?$",
    _mark,
    examples=(("行政創革プランの次の計画は何という名前で、いつスタートした？", {"marks": ["successor_plan"]}),
              ("行政改革大綱の後継計画は？", {"marks": ["successor_plan"]}),
              ("集中改革プランの次期計画はいつから始まった？", {"marks": ["successor_plan"]}),
              ("次の計画は？", None)))  # (no plan named: which plan's successor is unsaid)

RULES: list[Rule] = [SUCCESSOR_ASKED]
