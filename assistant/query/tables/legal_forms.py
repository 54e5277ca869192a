"""「株式会社が指定管理者になっている施設」: a legal form said where a column names bodies (指定管理者): the rows
whose body is registered so (its name carries the form, before or after it)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

_FORMS = ("社会福祉法人", "公益財団法人", "一般財団法人", "公益社団法人", "一般社団法人", "特定非営利活動法人", "NPO法人",
          "学校法人", "医療法人", "株式会社", "有限会社", "合同会社")
_SAID = re.compile("(?P<form>" + "|".join(map(re.escape, _FORMS)) + r")(?:が|の|で|である)")
_NEGATED = re.compile(r"[^、。?？]{0,16}?(?:じゃない|ではない|でない|以外)")


def read_legal_form(question: str, reading) -> bool:
    """Add the condition (in place) when exactly one column prints bodies of the form said."""
    qn = nfkc(question)
    m = _SAID.search(qn)
    if m is None:
        return False
    t = reading.table
    form = m.group("form")
    holders = [c.header for c in t.columns if not c.numeric and any(
        form in nfkc(str(r["cells"].get(c.header) or "")) for r in t.rows)]
    if len(holders) != 1 or any(c.header == holders[0] and c.op == "contains" for c in reading.conds):
        return False
    header = holders[0]
    if _NEGATED.match(qn, m.end()):
        return False  # (「株式会社じゃない」: no condition of the kind here; the word stays unused, said so)
    reading.conds.append(Cond(header, "contains", form, f"{header}が{form}"))
    at = _key(question).find(_key(form))
    if at >= 0:
        reading.spans.append((at, at + len(_key(form))))
    return True


# 「社会福祉協議会が指定管理者になってる」: a body said by the end of its registered name (社会福祉法人蕗ノ宮市社会福祉
# 協議会), as the subject of the column naming bodies said right after it
# (「社協が指定管理者になってる」: the body said by its clipped name, 社会福祉協議会 → 社協; see _clipped_in)
_BODY_SAID = re.compile(r"(?P<body>[一-龥ァ-ヶー・]{2,20}?)(?:が|の)(?P<col>[一-龥ァ-ヶー]{2,8}?)(?:に|と|で|を|は|が|の|として)")


def read_body_named(question: str, reading) -> bool:
    """Add (in place) the rows whose cell of the column said holds the body named by part of its name."""
    qn = _key(question)
    t = reading.table
    for m in _BODY_SAID.finditer(qn):
        cols = [c for c in t.columns if not c.numeric and c.year is None
                and any(_key(f) == m.group("col") for f in (*c.forms, c.header))]
        if len(cols) != 1 or any(x.header == cols[0].header for x in reading.conds):
            continue
        header, body = cols[0].header, m.group("body")
        cells = {_key(nfkc(str(r["cells"].get(header) or ""))) for r in t.rows} - {""}
        holding = [v for v in cells if body in v] if len(body) >= 3 else []
        label = f"{header}が「{body}」（名前の一部）"
        if not holding and (full := _clipped_in(body, cells)):
            holding = [v for v in cells if full in v]
            label = f"{header}が「{full}」（「{body}」をその略と読みました）"
            body = full
        if not holding or len(holding) == len(cells) or body in cells \
                or any(a <= m.start("body") < b for a, b in reading.spans):
            continue  # (a whole cell said is the value itself, read as such)
        reading.conds.append(Cond(header, "contains", body, label))
        reading.spans.append((m.start("body"), m.end("body")))
        return True
    return False


# 「漁協の補助金」: a row said by the clipped name of the body its name holds (漁業協同組合育成補助金), then の
_CLIPPED_ROW = re.compile(r"(?<![一-龥])(?P<body>[一-龥]{2})の")


def read_clipped_name(question: str, reading) -> bool:
    """Add (in place) the rows whose name holds the compound the two kanji said clip (漁協 → 漁業協同組合), where
    no name holds them together and one compound of the names is so clipped."""
    t = reading.table
    if not t.name or any(c.header == t.name for c in reading.conds):
        return False
    qn = _key(question)
    names = {_key(nfkc(str(r["cells"].get(t.name) or ""))) for r in t.rows} - {""}
    for m in _CLIPPED_ROW.finditer(qn):
        if any(a <= m.start("body") < b for a, b in reading.spans):
            continue
        full = _clipped_in(m.group("body"), names)
        holding = [v for v in names if full and full in v]
        if not holding or len(holding) == len(names):
            continue
        reading.conds.append(Cond(t.name, "contains", full, f"{t.name}に「{full}」（「{m.group('body')}」をその略と読みました）"))
        reading.spans.append((m.start("body"), m.end("body")))
        return True
    return False


# A compound's words, each of two kanji or more: 社会|福祉|協議|会 (the clipped name takes the first kanji of two).
_CLIP_OF = "(?P<full>{0}[一-龥]{{1,5}}?{1}[一-龥]+)"


def _clipped_in(said: str, cells: set[str]) -> str:
    """「社協」 for 社会福祉協議会, 「選管」 for 選挙管理委員会: two kanji said, no cell holding them together, each the
    first of a word of one compound a cell holds (the first kanji beginning it, the second a later word's, both
    followed by more of their word). The compound (to the end of its kanji), when the cells holding it agree."""
    if not re.fullmatch(r"[一-龥]{2}", said) or any(said in v for v in cells):
        return ""
    clip = re.compile(_CLIP_OF.format(re.escape(said[0]), re.escape(said[1])))
    found = {m.group("full") for v in cells for m in clip.finditer(v)}
    return found.pop() if len(found) == 1 else ""
