"""A note naming a set by one word (「※「全構成町村」は、鹿籠町、檜葉沢町、楢瀬村、茅生谷村、鮎返町の５町村をいう。」):
a cell saying only that word says those members, so a question naming one of them (「楢瀬村が入っている」,
「茅生谷村が参加していない」) reads the cell as listing it: the cell lists the members in the word's place
(「鹿籠町、檜葉沢町、…」, each an entry of its own as a listing cell's are)."""
from __future__ import annotations

from functools import lru_cache

from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

# 「「全構成町村」は、A、B、Cの５町村をいう」「「圏域全体」とは、A・B・Cを指す」: the word, its members, a count word.
_NAMED = compiled(r"[「『](?P<word>[^」』\s]{2,12})[」』](?:は|とは)[、,]?\s*(?P<members>[^。「」『』※]{3,120}?)"
                    r"(?:の\s*[0-9一二三四五六七八九十]+\s*[市町村区団体機関校者社]+)?\s*"
                    r"(?:をいう|を指す|を示す|とする|のことをいう|のことである|である|です)")
_SEP = compiled(r"\s*[、,・]\s*|\s*及び\s*|\s*並びに\s*")
# (a member is a name, no clause: 「前年度の同一事項を再度指摘したもの」 lists nothing)
_CLAUSE = compiled(r"[をがはにへ]|した|する|もの|こと")


@lru_cache(maxsize=256)
def named_sets(text: str) -> dict[str, tuple[str, ...]]:
    """The sets a document's notes name: {word: members} (two members or more, each a short name)."""
    out: dict[str, tuple[str, ...]] = {}
    for m in _NAMED.finditer(nfkc(text or "")):
        members = tuple(p for p in _SEP.split(m.group("members").strip()) if p)
        if len(members) < 2 or any(len(p) > 12 or _CLAUSE.search(p) for p in members):
            continue
        out.setdefault("".join(m.group("word").split()), members)
    return out


def with_members(cells: dict, sets: dict[str, tuple[str, ...]]) -> dict:
    """The cells, one saying only a named set's word listing its members instead."""
    if not sets:
        return cells
    out = {}
    for h, v in cells.items():
        word = "".join(nfkc(v).split()) if isinstance(v, str) else ""
        out[h] = '、'.join(sets[word]) if word in sets else v
    return out
