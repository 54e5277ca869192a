"""One table holding every level of a plan: heading rows merged across it (「【基本方針1】…」, 「1-1　…」) that carry
their own grades in the year columns, over the items coded three levels deep (1-1-1 …). A generic reading keeps
them all as rows alike; a question asking for the items (「…施策は？」「推進施策は何件？」) asks for the coded
items only, one asking for the headings (「基本方針で…」「施策の方向（2階層目）は」) for the heading rows of that
level only. The rows kept are shown under the key of the record they are (practice:1-1-1, initiative:1-1).

Read by the shape of the code cells (a bracketed word and number, a shorter code before a title), never by names."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_ITEM = re.compile(r"^\d{1,2}(?:-\d{1,2}){2,3}$")
_BRACKET = re.compile(r"^【(?P<word>[^\d】]{1,8}?)\s*(?P<no>\d{1,2})】\s*\S")
_CODED = re.compile(r"^(?P<no>\d{1,2}(?:-\d{1,2}){0,2})\s+\S")
# 「施策の方向」「方向」: the middle level as plans call it; 「2階層目」「第2階層」: a level by its depth
_MIDDLE = re.compile(r"の方向|方向性?(?:は|を|が|で|の|って|[(（・、]|$)")
_DEPTH = re.compile(r"第?(\d)階層目?")


def _level(cell: str) -> tuple[str, int, str] | None:
    """(code, depth, heading word) of a code cell: 1-1-1 an item, 【基本方針1】… or 1-1 … a heading row."""
    text = nfkc(str(cell or "")).strip()
    compact = re.sub(r"\s+", "", text)
    if _ITEM.match(compact):
        return compact, compact.count("-") + 1, ""
    m = _BRACKET.match(text)
    if m:
        return m.group("no"), 1, m.group("word")
    m = _CODED.match(text)
    if m:
        return m.group("no"), m.group("no").count("-") + 1, ""
    return None


def _code_header(table) -> str:
    return table.number or (table.columns[0].header if table.columns else "")


def levels(table) -> tuple[int, str] | None:
    """(item depth, the top heading word) when the table codes heading rows above its items, else None."""
    head = _code_header(table)
    if not head:
        return None
    read = [_level((r.get("cells") or {}).get(head)) for r in table.rows]
    items = [x for x in read if x and not x[2] and x[0].count("-") >= 2]
    if len(items) < 3 or any(x is None for x in read):
        return None
    depth = max(x[1] for x in items)
    heads = [x for x in read if x and x[1] < depth and (x[2] or not _ITEM.match(x[0]))]
    if not heads:
        return None
    word = next((x[2] for x in heads if x[2]), "")
    return depth, word


def asked_levels(question: str, depth: int, word: str) -> set[int]:
    """The levels a question asks for: the headings' when it names them as what is asked, else the items'."""
    asked = "".join(nfkc(question).split())
    wanted: set[int] = set()
    if word:
        for m in re.finditer(re.escape(word), asked):
            if not re.match(r"\d", asked[m.end():]):  # (「基本方針2の施策」: which items, not what is asked)
                wanted.add(1)
    if _MIDDLE.search(asked):
        wanted.add(2)
    for m in _DEPTH.finditer(asked):
        wanted.add(int(m.group(1)))
    wanted = {n for n in wanted if 1 <= n < depth} | ({depth} if depth in wanted else set())
    return wanted or {depth}


def keep_asked_levels(question: str, answer, table) -> str:
    """Narrow (in place) an answer over such a table to the rows of the levels asked, shown under their records'
    keys; the kind they are ("practice" / "initiative"), or "" when the table is not of that shape."""
    if answer.target != "table_row" or not answer.rows:
        return ""
    found = levels(table)
    if found is None:
        return ""
    depth, word = found
    wanted = asked_levels(question, depth, word)
    head = _code_header(table)
    by_key = {str(r.get("key")): _level((r.get("cells") or {}).get(head)) for r in table.rows}

    def kept(item) -> bool:
        lv = by_key.get(str(item.get("key", ""))) if isinstance(item, dict) else None
        return lv is not None and lv[1] in wanted

    before = len(answer.rows)
    rows = [r for r in answer.rows if kept(r)]
    answer.rows = rows
    answer.excerpts = [e for e in answer.excerpts if not str(e.get("key", "")).startswith("table_row:") or kept(e)] \
        if isinstance(answer.excerpts, list) else answer.excerpts
    kind = "practice" if wanted == {depth} else "initiative"
    _words_read(question, answer, word, wanted != {depth})
    said = "、".join(f"第{n}階層" + (f"（{word}）" if n == 1 and word else "") for n in sorted(wanted))
    answer.understood = [*answer.understood, {"field": "", "op": "levels", "value": sorted(wanted),
                                              "label": f"表の{said}の行（コードの階層で区別）"}]
    for item in [*answer.rows, *answer.excerpts]:
        lv = by_key.get(str(item.get("key", ""))) if isinstance(item, dict) else None
        if lv is not None:
            code = lv[0] if kind == "practice" else lv[0].replace("-", "－")
            answer.shown_keys[str(item["key"])] = f"{kind}:{code}"
    if len(rows) != before or kind == "initiative":
        if answer.count == before:
            answer.count = len(rows)
        if answer.value == before:
            answer.value = len(rows)
        names = "、".join(by_key[str(r.get("key"))][0] for r in rows[:8]) + (" ほか" if len(rows) > 8 else "")
        label = "項目（最下層）" if kind == "practice" else "見出しの行（上位の階層）"
        answer.summary = (answer.caveat or "") + (f"該当する{label}は {len(rows)}件です：{names}。" if rows
                                                  else f"該当する{label}はありません。")
    return kind


def _words_read(question: str, answer, word: str, headings: bool) -> None:
    """The words naming the levels (基本方針, 方向, 2階層目) were read here: no longer unused; an answer partial only
    for them is exact."""
    if not headings or not answer.unused:
        return
    asked = "".join(nfkc(question).split())
    phrases = [m.group(0) for m in _DEPTH.finditer(asked)] + (["施策の方向", "方向"] if _MIDDLE.search(asked) else []) \
        + ([word] if word and word in asked else []) \
        + (["総合評価"] if "総合評価" in asked else [])  # (a heading row's own grade is its level's overall one)
    left = [w for w in answer.unused if not any(nfkc(str(w)) in p for p in phrases)]
    if len(left) == len(answer.unused):
        return
    answer.unused = left
    if answer.status == "partial" and "を解釈できなかった" in (answer.caveat or ""):
        if not left:
            answer.status = "exact"
            answer.caveat = ""
        else:
            answer.caveat = f"「{'」「'.join(str(w) for w in left)}」を解釈できなかったため、その条件なしの回答です。"
