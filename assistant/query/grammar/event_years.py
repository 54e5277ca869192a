"""A year said by an event of one item's progress sheet: 「キャッシュレス決済を始めた年度の翌年度」
「募集を見送った年度の翌年度」「アンケートを最初に実施した年度の前年度」.

The rule only reads the question's shape; event_years.py finds the sheet entry that records the event (its
words, its verb as the sheets write it), takes that entry's year and moves along the sheet's own years."""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule

# (a verb said by the user → the forms a sheet records the deed with: 始めた is written 開始 as often)
EVENT_VERBS: dict[str, tuple[str, ...]] = {
    "始め": ("開始", "始め", "始ま", "スタート"), "始ま": ("開始", "始め", "始ま", "スタート"),
    "開始": ("開始", "始め", "始ま"), "スタート": ("スタート", "開始"),
    "行っ": ("実施", "行っ"), "やっ": ("実施", "行っ"), "実施": ("実施", "行っ"),
    "受け": ("受け", "受領"), "もらっ": ("受け", "受領"), "導入": ("導入", "開始"),
}
# 「最初に」「初めて」 the first year the event is written in, 「最後に」 the last.
ORDER_WORDS = {"最初に": "first", "初めて": "first", "はじめて": "first", "最後に": "last"}


def _mark(m: re.Match, ctx: Context) -> Production | None:
    # (a grade's move, 「Cに下がった年の翌年度」, is the yearly grades', not a sheet's event)
    if re.search(r"評価|[A-EＡ-Ｅ]\s*(?:に|から|へ|だ)|上が|下が", m.group(0)):
        return None
    return Production(marks={"event_year"})


EVENT_YEAR = Rule(
    "year_of_a_sheet_event",
    r"(?:^|(?<=[、,。\s]))(?P<event>[^、,。?？「」\s]{2,30}?[ぁ-ゖ](?:た|だ))\s*(?:年度|年)\s*の\s*"
    r"(?P<rel>翌年度?|次の年度?|次年度|前年度?|前の年度?)",
    _mark,
    examples=(("キャッシュレス決済を始めた年度の翌年度の利用件数は", {"marks": ["event_year"]}),
              ("ガバメントクラウドファンディングで、募集を見送った年度の翌年度に寄附を募ったプロジェクトは何",
               {"marks": ["event_year"]}),
              ("利用者アンケートを最初に実施した年度の翌年度、「満足・やや満足」は何%", {"marks": ["event_year"]}),
              ("委託を開始した年の前年度に何をした", {"marks": ["event_year"]}),
              ("Cに下がった年の翌年度", None),  # (the grades')
              ("R3年度の翌年度", None), ("最初の年度の翌年度", None)))



def _order(m: re.Match, ctx: Context) -> Production | None:
    return _mark(m, ctx) and Production(marks={"event_order"})


# 「AとB、委託を先に始めたのはどっち」: the condition of a pair's comparison (grammar/compared_pairs.py's HOLDS) saying
# which side's event came first (or last); event_years.which_first finds each side's event on its sheet.
EVENT_ORDER = Rule(
    "which_event_first",
    r"^(?P<event>[^、,。?？「」\s]{0,24}?)\s*(?P<order>先に|早く|最初に|後に|あとに|遅く|後から)\s*"
    r"(?P<verb>[^、,。?？「」\s]{0,8}?[ぁ-ゖ](?:た|だ))$",
    _order,
    examples=(("委託を先に始めた", {"marks": ["event_order"]}),
              ("民間委託を早く開始した", {"marks": ["event_order"]}),
              ("キャッシュレス決済を後に導入した", {"marks": ["event_order"]}),
              ("先にAに上がった", None)))

RULES: list[Rule] = [EVENT_YEAR, EVENT_ORDER]
