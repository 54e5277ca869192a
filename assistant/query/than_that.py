"""「改革項目６の委員会評価は何点？」→「それより低い評価だった改革項目は？」: a follow-up comparing records with the one
value the previous answer gave (3.8 of that record's 委員評価) is the question asked again with that value said
(「委員評価が3.8より低い改革項目は？」), no longer of the record named before (its number is no condition)."""
from __future__ import annotations

import re

from assistant.labels import field_label
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_THAN_THAT = compiled(
    r"^\s*(?:じゃあ|では|なら|で)?[、,]?\s*(?:それ|その(?:点数|評価|値|数値|点))\s*(?:より|を)\s*(?:も)?\s*"
    r"(?P<cmp>低い|低かった|高い|高かった|下回(?:る|った|って(?:い)?る)|上回(?:る|った|って(?:い)?る)|小さい|大きい|少ない|少なかった|多い|多かった)"
    r"\s*(?:の)?\s*(?:評価|点数|点|値|数値)?\s*(?:だった|の|で|が)?\s*")
_BELOW = ("低", "下回", "小さ", "少な")


def than_that(question: str, context, rows: list[dict]) -> str | None:
    """The follow-up said again with the value compared (None when it is no such follow-up)."""
    m = _THAN_THAT.match(nfkc(question or ""))
    if m is None or context is None or not context.value_field or len(rows) != 1 or not isinstance(rows[0], dict):
        return None
    value = rows[0].get(context.value_field)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            value = float(str(value))
        except (TypeError, ValueError):
            return None
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    below = m.group("cmp").startswith(_BELOW)
    label = field_label(context.value_field, context.target)
    rest = nfkc(question)[m.end():].strip()
    if not rest or re.match(r"^(?:は|って)?\s*(?:どれ|どこ|何|なに)?\s*[?？]?$", rest):
        return None  # (「それより低いのは？」: no kind said; left to the other readings)
    return f"{label}が{shown}より{'低い' if below else '高い'}{rest}"
