"""「まだ手を付けてない取組」 over cells printing 未着手: a value 未X said as the verb X not done yet."""
from __future__ import annotations

from assistant.query.facts import _key

# Native ways of saying a kango verb not done (着手 → 手を付ける), beside 「着手していない」.
_NATIVE_NOT_YET = {
    "着手": ("手をつけていない", "手を付けていない", "手をつけてない", "手を付けてない", "手つかず", "手付かず",
             "手をつけていません", "手を付けていません"),
    "実施": ("やっていない", "やってない"),
    "達成": ("達していない", "届いていない", "届いてない"),
}


def not_yet_said(values: dict[str, set[str]]) -> list[tuple[str, str, object]]:
    """(said form, "value", (value, its columns)) for each value 未X: 「Xしていない」「Xしてない」 and X's
    native wordings. A form another value already is stays that value's."""
    out: list[tuple[str, str, object]] = []
    for vk, holders in values.items():
        if not vk.startswith("未") or len(vk) < 3:
            continue
        stem = vk[1:]
        forms = [f"{stem}していない", f"{stem}してない", f"{stem}されていない", f"{stem}していません",
                 *_NATIVE_NOT_YET.get(stem, ())]
        out += [(key, "value", (vk, holders)) for key in dict.fromkeys(_key(f) for f in forms) if key not in values]
    return out
