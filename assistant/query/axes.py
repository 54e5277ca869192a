"""The axes a report names itself for its 総括 (成果・連携・効率・工夫), read as words of questions.

A plan report may score its practice items on axes of its own; those no declared field is (成果 is not
said to be 進捗度) are kept per item under the report's word (practice.axes: {"成果": 4, "工夫": 4}). The
words are read from the index, never from code: 「工夫が4点のは」 is a condition on the report's 工夫,
「成果は何点」 asks its value. A question naming no such word, or naming two, is left to the grammar.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from assistant.text.normalize import nfkc

_WORDS: dict[tuple[int, str], tuple[str, ...]] = {}


def axis_words(db, kind: str = "practice") -> tuple[str, ...]:
    """The axis words the index's records of a kind are scored on (longest first), read once per open index:
    a practice item's axes, or an initiative's scores by member a committee's paper prints (委員A, 委員B)."""
    key = (id(db), kind)
    if key not in _WORDS:
        found: set[str] = set()
        has = db.execute(f"SELECT 1 FROM pragma_table_info('{kind}') WHERE name = 'axes'").fetchone() \
            if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (kind,)).fetchone() else None
        if has:
            for (value,) in db.execute(f"SELECT axes FROM [{kind}] WHERE axes IS NOT NULL AND axes NOT IN ('', '{{}}')"):
                try:
                    found.update(json.loads(value))
                except (TypeError, ValueError):
                    continue
        _WORDS[key] = tuple(sorted(found, key=lambda w: (-len(w), w)))
    return _WORDS[key]


@dataclass(frozen=True)
class AxisAsked:
    """What a question asks of one axis: its value (op "value"), or the items whose score compares so."""

    word: str
    op: str  # value = >= <= > < max min; sum; dash (the cell printed 「－」); order (number: how many, None all)
    number: float | int | None = None
    span: tuple[int, int] = (0, 0)  # where the question (NFKC) says it
    descending: bool = True  # (op order: the largest first)


# (「市民協働の観点が5点」: the axis called a 観点, as a report heads them 観点別評価)
# (「丹羽委員が5点」「篠原さんは」: a member's column headed by the surname alone, said with the title after it)
_AFTER = r"(?:副?委員長|委員|副?会長|さん|氏)?(?:の観点|観点)?(?:の点数|の点|の評価|の得点)?\s*(?:が|は|って|で)?\s*"
_BOUNDS = {"以上": ">=", "以下": "<=", "未満": "<", "超": ">", "より上": ">", "より下": "<", "を上回": ">", "を下回": "<"}


def said_as(word: str) -> tuple[str, str]:
    """How a question says an axis and the unit its figures are in: 削減効果(千kWh) is said 削減効果, in 千kWh
    (the header printing its unit in brackets); a word without one is said whole, its figures in 点."""
    match = re.fullmatch(r"(.{2,}?)\s*\(([^()]+)\)", word)
    # (only a unit in the brackets: 「委員A(会長)」 is a member's name said whole)
    return (match.group(1), match.group(2)) if match and _UNIT_RE.fullmatch(nfkc(match.group(2))) else (word, "")


_UNIT_RE = re.compile(r"(?:千|百|万|億)?(?:[A-Za-z%㎡㎥][A-Za-z0-9%/]*|円|件|人|回|日|時間|トン|台|本|箇所|か所)")


# (「削減効果が大きい順に上位3つ」「効果の多い順に5件」: the items ordered by the axis, the first n of them)
_ORDER = (r"[」』]?\s*(?:が|の)?\s*(?P<way>大き|多|高|小さ|少な|低)い\s*(?:もの)?順\s*(?:に|で)?\s*"
          r"(?:(?:上位|トップ|ベスト)?\s*(?P<n>\d+)\s*(?:つ|件|個|位|項目)?)?")
# (「削減効果、合計するといくつ」「削減効果を合計すると」「削減効果の総計は」: the figures of the items added up)
_SUM = r"[」』]?\s*(?:[、,]|の|を|は)?\s*(?:合計|総計|合算|足し|足す|全部で|合わせ)"
# (「削減効果が「－」の取組」: the items whose cell prints a dash, no figure given)
_DASH = r"[」』]?\s*(?:が|は|の欄が|欄が)?\s*[「『]?\s*[-‐−―—ー]\s*[」』]?\s*(?:の|と|で|だった|になって|となって)"


def axis_asked(question: str, words: tuple[str, ...]) -> AxisAsked | None:
    """The one axis word the question says, and what it asks of it; None when none or several are said."""
    text = nfkc(question)
    names = {w: said_as(w)[0] for w in words}
    said = [w for w in words if names[w] in text
            and not any(w != o and names[w] in names[o] and names[o] in text for o in words)]
    if len(said) != 1:
        return None
    word, unit = said[0], said_as(said[0])[1]
    name = names[word]
    ordered = re.search(re.escape(name) + _ORDER, text)
    if ordered:
        return AxisAsked(word, "order", int(ordered.group("n")) if ordered.group("n") else None, ordered.span(),
                         descending=ordered.group("way") in ("大き", "多", "高"))
    summed = re.search(re.escape(name) + _SUM, text)
    if summed:
        return AxisAsked(word, "sum", None, summed.span())
    dashed = re.search(re.escape(name) + _DASH, text)
    if dashed:
        return AxisAsked(word, "dash", None, dashed.span())
    # (a figure said in the unit the header prints: 「削減効果が50千kWh以上」)
    points = r"(?:点|" + re.escape(nfkc(unit)) + ")" if unit else "点"
    asked = re.search(re.escape(name) + _AFTER + r"(?:何点|何ポイント|いくつ|どのくらい|どれくらい)"
                      # (「委員Bは何点つけてる？」: with the verb of scoring)
                      r"(?:\s*(?:を)?(?:つけ|付け|与え|入れ)(?:た|てる|ている|ています|ました|ていた)?)?", text)
    # (「委員Bの点数は？」: the score asked by its noun alone; 「大西委員の計は？」 of a table summing each member's 観点)
    # (「発展性の点数を教えてください」: asked with a verb of telling)
    asked = asked or re.search(re.escape(name) + r"[」』]?(?:の点数|の点|の得点|の評価点|の評点|の計|の合計|の合計点)\s*(?:は|って|を)?\s*"
                               r"(?:教えて(?:ください|下さい|ほしい)?|知りたい)?\s*(?:[?？。]|$)", text)
    # (「加藤委員は重点取組５に何点つけてる？」: the record scored named between the member and the figure)
    asked = asked or re.search(re.escape(name) + r"\s*(?:は|が)\s*[^、,，。？?\s]{1,20}?(?:に|へ)\s*(?:何点|いくつ)"
                               r"(?:\s*(?:を)?(?:つけ|付け|与え|入れ)(?:た|てる|ている|ています|ました|ていた)?)?", text)
    if asked:
        return AxisAsked(word, "value", None, asked.span())
    # (「委員Cの点数がいちばん低い」: the records its score is highest or lowest for)
    extreme = re.search(re.escape(name) + _AFTER + r"(?:いちばん|一番|最も|もっとも)\s*(高|低|良|悪)", text)
    if extreme:
        return AxisAsked(word, "max" if extreme.group(1) in "高良" else "min", None, extreme.span())
    scored = re.search(re.escape(name) + _AFTER + r"(\d+(?:\.\d+)?)\s*" + points + r"?\s*(以上|以下|未満|超|より上|より下|を上回|を下回)?"
                       # (「委員Cが5点をつけた」: the one who scores, said with the verb of scoring)
                       r"(?:を?(?:つけた|付けた|つけている|付けている|与えた|入れた))?", text)
    if scored:
        number = float(scored.group(1))
        number = int(number) if number.is_integer() else number
        return AxisAsked(word, _BOUNDS.get(scored.group(2) or "", "="), number, scored.span())
    return None



def holds(axes: object, asked: AxisAsked) -> bool:
    """Whether an item's axes (a dict, or its JSON) meet the comparison asked."""
    if isinstance(axes, str):
        try:
            axes = json.loads(axes)
        except ValueError:
            return False
    if asked.op == "dash":  # (the column printed for the item, a dash in its cell)
        return isinstance(axes, dict) and asked.word in axes and axes[asked.word] is None
    value = axes.get(asked.word) if isinstance(axes, dict) else None
    if not isinstance(value, (int, float)) or asked.number is None:
        return False
    return {"=": value == asked.number, ">=": value >= asked.number, "<=": value <= asked.number,
            ">": value > asked.number, "<": value < asked.number}[asked.op]


def value_of(axes: object, word: str) -> int | float | None:
    if isinstance(axes, str):
        try:
            axes = json.loads(axes)
        except ValueError:
            return None
    value = axes.get(word) if isinstance(axes, dict) else None
    return value if isinstance(value, (int, float)) else None


def printed_for(axes: object, word: str) -> bool:
    """Whether the item's table has the axis's column at all (a figure or a dash in its cell)."""
    if isinstance(axes, str):
        try:
            axes = json.loads(axes)
        except ValueError:
            return False
    return isinstance(axes, dict) and word in axes
