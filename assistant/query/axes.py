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
    op: str  # value = >= <= > < max min
    number: float | int | None = None
    span: tuple[int, int] = (0, 0)  # where the question (NFKC) says it


# (「市民協働の観点が5点」: the axis called a 観点, as a report heads them 観点別評価)
# (「丹羽委員が5点」「篠原さんは」: a member's column headed by the surname alone, said with the title after it)
_AFTER = r"(?:副?委員長|委員|副?会長|さん|氏)?(?:の観点|観点)?(?:の点数|の点|の評価|の得点)?\s*(?:が|は|って|で)?\s*"
_BOUNDS = {"以上": ">=", "以下": "<=", "未満": "<", "超": ">", "より上": ">", "より下": "<", "を上回": ">", "を下回": "<"}


def axis_asked(question: str, words: tuple[str, ...]) -> AxisAsked | None:
    """The one axis word the question says, and what it asks of it; None when none or several are said."""
    text = nfkc(question)
    said = [w for w in words if w in text and not any(w != o and w in o and o in text for o in words)]
    if len(said) != 1:
        return None
    word = said[0]
    asked = re.search(re.escape(word) + _AFTER + r"(?:何点|何ポイント|いくつ|どのくらい|どれくらい)"
                      # (「委員Bは何点つけてる？」: with the verb of scoring)
                      r"(?:\s*(?:を)?(?:つけ|付け|与え|入れ)(?:た|てる|ている|ています|ました|ていた)?)?", text)
    # (「委員Bの点数は？」: the score asked by its noun alone; 「大西委員の計は？」 of a table summing each member's 観点)
    # (「発展性の点数を教えてください」: asked with a verb of telling)
    asked = asked or re.search(re.escape(word) + r"[」』]?(?:の点数|の点|の得点|の評価点|の評点|の計|の合計|の合計点)\s*(?:は|って|を)?\s*"
                               r"(?:教えて(?:ください|下さい|ほしい)?|知りたい)?\s*(?:[?？。]|$)", text)
    # (「加藤委員は重点取組５に何点つけてる？」: the record scored named between the member and the figure)
    asked = asked or re.search(re.escape(word) + r"\s*(?:は|が)\s*[^、,，。？?\s]{1,20}?(?:に|へ)\s*(?:何点|いくつ)"
                               r"(?:\s*(?:を)?(?:つけ|付け|与え|入れ)(?:た|てる|ている|ています|ました|ていた)?)?", text)
    if asked:
        return AxisAsked(word, "value", None, asked.span())
    # (「委員Cの点数がいちばん低い」: the records its score is highest or lowest for)
    extreme = re.search(re.escape(word) + _AFTER + r"(?:いちばん|一番|最も|もっとも)\s*(高|低|良|悪)", text)
    if extreme:
        return AxisAsked(word, "max" if extreme.group(1) in "高良" else "min", None, extreme.span())
    scored = re.search(re.escape(word) + _AFTER + r"(\d+(?:\.\d+)?)\s*点?\s*(以上|以下|未満|超|より上|より下|を上回|を下回)?"
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
