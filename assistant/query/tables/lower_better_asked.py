"""「数値が小さいほど良い指標はどれ？」 over a table whose note says which of its rows are better lower
(「※No.６、No.７は数値が小さいほど良い指標です。」, read into Table.lower_better): those rows; 「大きいほど良い」 the
others. A table with no such note reads nothing (the words are left, and the answer says so)."""
from __future__ import annotations

from assistant.query.compiled import compiled

_ASKED = compiled(r"(?:数値|値|数字|実績)?\s*(?:が|は)?\s*(?:(?P<low>小さい|少ない|低い)|(?P<high>大きい|多い|高い))\s*(?:ほど|方が|ほうが)\s*"
                  r"(?:良い|よい|いい|望ましい|改善)(?:とされる|とされている|とされた)?"
                  # (what the note calls those rows, 「…小さいほど良い指標です」: the rows themselves)
                  r"(?:\s*(?:の)?\s*(?:指標|項目|数値目標|目標))?")


def read_lower_better(t, qn: str, free, take) -> None:
    """The rows the note names as better lower (or the others), as a mention of those rows."""
    m = _ASKED.search(qn)
    if m is None or not free(*m.span()) or _in_brackets(qn, m.start()):
        return
    lower = set(t.lower_better) | set(getattr(t, "lower_by_column", ()) or ())
    if not lower or len(lower) >= len(t.rows):
        return
    keys = [r["key"] for r in t.rows if (r["key"] in lower) == bool(m.group("low"))]
    take(m.start(), m.end(), "better_way", (keys, "表の注記で小さいほど良いとされた" if m.group("low") else "表の注記で小さいほど良いとされていない"))


def _in_brackets(qn: str, at: int) -> bool:
    """「…悪くなった指標は？（小さいほど良い指標に注意）」: a reminder in brackets of how to read a change, which the
    change's reading takes (change_worse), no selection of those rows."""
    before = qn[:at]
    opened = max(before.rfind("（"), before.rfind("("))
    return opened >= 0 and opened > max(before.rfind("）"), before.rfind(")"))
