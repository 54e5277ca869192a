"""「乗務員の接遇の満足は何件」「予約のしやすさの設問」 over a survey's rows 「問7 乗務員の接遇」「問6 デマンド交通の予約の
しやすさ」: a name printed after its own number (the table's number column holds 問7) is said without the number, and a
name 「AのB」 by its B alone (予約のしやすさ) when no other row's name ends so: the other names a row is called by."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_NOTE = re.compile(r"[（(][^）)]*[）)]")
_MAX_ROWS = 300  # (the tails compared across every row: tables up to this size)


def numbered_aliases(t, row: dict, name: str) -> list[str]:
    """The row's name without the number its number column prints before it, and that name's part after its
    first の where no other row's name has the same part (four letters or more)."""
    rest = _without_number(t, row, name)
    if not rest or len(t.rows) > _MAX_ROWS:
        return []
    out = [rest]
    tail = _tail(rest)
    if tail and sum(1 for r in t.rows if _tail(_without_number(t, r, str(r["cells"].get(t.name) or ""))) == tail) == 1:
        out.append(tail)
    return out


def _without_number(t, row: dict, name: str) -> str:
    number = nfkc(str(row["cells"].get(t.number) or "")).strip() if t.number and t.number != t.name else ""
    text = nfkc(name).strip()
    if not number or not text.startswith(number):
        return ""
    rest = text[len(number):].strip()
    return rest if len(rest) >= 2 else ""


def _tail(rest: str) -> str:
    bare = _NOTE.sub("", rest).strip()
    if "の" not in bare:
        return ""
    tail = bare.split("の", 1)[1]
    return tail if len(tail) >= 4 and re.fullmatch(r"[一-龥ァ-ヶーぁ-ん]+", tail) else ""
