"""「令和６年度の稼働率が50％以上の車」→「それ何台？」: the records just listed counted in the counter of what they are
(台 of vehicles, 棟 of buildings). When the rows just answered print no column of that counter (保有台数 would be a
figure asked of them), the question is the plain count 「それ何件？」; else it is left as it is."""
from __future__ import annotations

import unicodedata

from assistant.query.compiled import compiled

# Counters of things a row of a ledger can be (a vehicle, a building, a facility's unit); 何人 and 何回 ask figures.
_COUNTER = "台|両|棟|基|隻|軒|施設|か所|箇所|ヶ所|カ所"
_THEM_COUNTED = compiled(r"^(?P<lead>(?:じゃあ|では|じゃ|で)?[、,]?\s*(?:それ|それら|これ|これら|その\S{0,4}?)?\s*(?:って|は|の数は|で)?"
                         r"\s*[、,]?\s*(?:全部で|ぜんぶで|合わせて|あわせて)?\s*)何\s*(?P<counter>" + _COUNTER + r")"
                         r"(?P<tail>\s*(?:ある|あります|あるの|ですか|なの|になる|だった)?(?:か|の)?\s*[？?。]?\s*)$")


def counted_in_rows_counter(question: str, rows, columns=()) -> str:
    """「それ何台？」 said as 「それ何件？」 when the previous answer listed rows none of whose columns is counted in 台."""
    said = unicodedata.normalize("NFKC", question)
    m = _THEM_COUNTED.match(said)
    if m is None or not rows or not all(isinstance(r, dict) for r in rows):
        return question
    counter = m.group("counter")
    headers = [getattr(c, "header", c) for c in columns] + [k for r in rows for k in r]
    if any(counter in str(h) for h in headers):
        return question  # (「その施設、何台？」 over 保有台数: the column's figure is asked, not the rows counted)
    return m.group("lead") + "何件" + m.group("tail")
