"""Figures a passage prints, worked out as the question asks, when no record's field holds the answer:

- a change between two figures (「倉敷市の予算執行額は何千円圧縮された」 over 「倉敷市:2132千円 … 倉敷市:316千円」,
  「入館者数は旧館時から何人増えた」 over 「462,543人(H27)(旧館時266,338人(H16))」), or the change the passage
  states itself (「7,009戸から486戸を削減し」); 「両市合わせて」 adds up the change of every name printed twice;
- the figures of several items added up (「研修会とバスツアーの参加者数を全部足すと何人」 over the lines
  「・情報セキュリティ研修会 参加者85名」「・婚活まんまるバスツアー 参加者37名」 …): every line naming one of the
  words said, by the figure after the label.

Only figures in the unit asked are read, and only when which figures are meant is plain (two figures, or two
under the name said); the answer stays a search (each figure read is shown, to be checked there)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_MONEY = ("億円", "千万円", "百万円", "万円", "千円", "円")
_SCALE = {"億円": 1e8, "千万円": 1e7, "百万円": 1e6, "万円": 1e4, "千円": 1e3, "円": 1.0}
_COUNTERS = r"千円|万円|億円|円|人|名|戸|件|課|台|本|回|校|社|団体|施設|世帯|か所|箇所|ヶ所|日|時間|棟|ポイント|[%％]"
# The units a figure asked in one unit may be printed in.
_PRINTED = {"人": r"人|名", "名": r"人|名", "か所": r"か所|箇所|ヶ所|カ所", "箇所": r"か所|箇所|ヶ所|カ所",
            "ヶ所": r"か所|箇所|ヶ所|カ所", "ポイント": r"[%％]|ポイント", "%": r"[%％]", "％": r"[%％]"}
_VERBS = r"増え|増加|増や|伸び|伸ば|減っ|減少|減ら|削減|圧縮|縮減|節減|節約|縮小|短縮|少なく|多く|下が|上が|改善|浮い|浮か"
# 「何千円圧縮された」「何人増えた」「何戸削減された」「いくら減った」「どれだけ増えた」
_CHANGE_ASKED = compiled(r"(?:何\s*(?P<unit>" + _COUNTERS + r")|(?P<money>いくら)|どれだけ|どれくらい|どのくらい|どんだけ)\s*"
                         r"(?:が|も|ほど|くらい|ぐらい|を)?\s*(?P<verb>" + _VERBS + r")")
# 「（千円）」「千円単位で」: the unit said apart from the quantity asked.
_UNIT_SAID = compiled(r"[（(]\s*(?P<unit>" + _COUNTERS + r")\s*[）)]|(?P<unit2>千円|万円|億円)\s*(?:単位|で答)")
# 「両市合わせて」「合計で」: the change of every name printed, added up.
_ALL_SAID = compiled(r"合わせて|あわせて|合計|両市|両町|両村|両者|全体で|トータル|総額")
_FIGURE = r"(\d[\d,]*(?:\.\d+)?)\s*({units})"
# 「減り幅が大きかった市では」「削減額が小さい方は」: of the names printed, the one whose change is the largest
# (smallest) is asked.
_WHICH_CHANGE = compiled(r"(?:減り幅|減少幅|削減幅|縮減幅|増え幅|増加幅|伸び幅|変化幅|減った額|増えた額|削減額|減少額|増加額|差)\s*(?:が|の)\s*"
                         r"(?:(?P<big>大きかった|大きい|多かった|多い)|(?P<small>小さかった|小さい|少なかった|少ない))\s*(?:市|町|村|区|方|ほう|団体|自治体)")
# A figure the passage states as the change itself: 「486戸を削減」「1,200人の増加」.
_STATED_CHANGE = r"\s*(?:を|の|が|も)?\s*(?:" + _VERBS + r"|減|増)"
# 「倉敷市:2132千円」: a figure under a name printed right before it with a colon.
_NAMED = r"(?P<name>[^\s\d、,，。:：()（）・]{1,10})\s*[:：]\s*"


def _units(unit: str) -> str:
    return _PRINTED.get(unit, re.escape(unit))


def _number(printed: str) -> float:
    return float(printed.replace(",", ""))


def _tidy(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 4)


def change_asked(question: str) -> tuple[str, str] | None:
    """(the unit, the verb) of a change asked of figures (「何千円圧縮された」), None when none is."""
    text = nfkc(question)
    m = _CHANGE_ASKED.search(text)
    if m is None:
        return None
    said = _UNIT_SAID.search(text)
    if said is None and m.group("money"):
        # 「予算いくら浮いた？両市合計で何千円？」: the unit asked again after the change
        said = compiled(r"何\s*(?P<unit>千円|万円|億円)").search(text, m.end())
    unit = m.group("unit") or (said.group("unit") or said.group("unit2") if said else "") or ("円" if m.group("money") else "")
    return (unit, m.group("verb")) if unit else None


def change_read(question: str, excerpts: list[dict], words: list[str]) -> tuple[int | float, str, dict, list[float]] | None:
    """(the change, how it was read, the passage, the figures it was worked out from, in the unit asked) from the
    first passage holding a word of the question that prints it plainly; None when none does."""
    asked = change_asked(question)
    if asked is None:
        return None
    unit, verb = asked
    text = nfkc(question)
    money = unit in _MONEY
    units = "|".join(_MONEY) if money else _units(unit)
    figure = _FIGURE.format(units=units)
    every = bool(_ALL_SAID.search(text))
    for e in excerpts:
        body = nfkc(str(e.get("text") or ""))
        if words and not any(nfkc(w) in body for w in words):
            continue
        got = (_stated(body, figure, verb) or _by_name(body, figure, text, every) or _between_dates(body, figure, text, words)
               or (None if every or _changes_stated(body, figure) else _two(body, figure)))
        if got is not None:
            printed_value, printed_unit, how, figures = got
            scale = _SCALE[printed_unit] / _SCALE[unit] if money and printed_unit in _SCALE else 1.0
            return _tidy(printed_value * scale), how, e, [f * scale for f in figures]
    return None


# The way a change goes, as asked (減った) and as printed (減少した).
_WAY_DOWN = compiled(r"減|削|圧縮|縮|節|少なく|下が|浮")
_WAY_UP = compiled(r"増|伸|多く|上が")


def _stated(body: str, figure: str, verb: str = "") -> tuple[float, str, str] | None:
    """The one figure the passage states as the change (「486戸を削減」); of several, the one going the way asked
    (「可燃ごみは14.2%減少した。一方、資源ごみは6.8%増加」 asked 「何％減った」: 14.2)."""
    found = {(m.group(1), m.group(2)): m.group(0).strip() for m in compiled(figure + _STATED_CHANGE).finditer(body)}
    way = _WAY_DOWN if _WAY_DOWN.search(verb) else _WAY_UP if _WAY_UP.search(verb) else None
    if len(found) > 1 and way is not None:
        found = {k: printed for k, printed in found.items() if way.search(printed.split(k[1], 1)[-1])}
    if len(found) != 1:
        return None
    (number, unit), printed = found.popitem()
    return _number(number), unit, f"「{printed}」と書かれています", [_number(number)]


def _by_name(body: str, figure: str, question: str, every: bool) -> tuple[float, str, str] | None:
    """Figures under names (「倉敷市:2132千円,岡山市:931千円 … 倉敷市:316千円,岡山市:24千円」): the two under the name
    said, their difference; every name printed twice when all are asked, their differences added up."""
    named: dict[str, list[tuple[str, str]]] = {}
    for m in compiled(_NAMED + figure).finditer(body):
        named.setdefault(m.group("name"), []).append((m.group(2), m.group(3)))
    if not named:
        return None
    said = [n for n in named if n in question or re.sub(r"[市町村区]$", "", n) in question]
    which = _WHICH_CHANGE.search(question)
    if which and not said and not every and len(named) >= 2 \
            and all(len(v) == 2 and v[0][1] == v[1][1] for v in named.values()) and len({v[0][1] for v in named.values()}) == 1:
        # (「減り幅が大きかった市では何千円減った」: the name of the largest change, one only)
        change = {n: abs(_number(v[0][0]) - _number(v[1][0])) for n, v in named.items()}
        pick = (max if which.group("big") else min)(change.values())
        said = [n for n, c in change.items() if c == pick]
        if len(said) != 1:
            return None
    chosen = said if said and not (every and len(said) < 2 and len(named) >= 2) else list(named) if every else []
    if not chosen or any(len(named[n]) != 2 or named[n][0][1] != named[n][1][1] for n in chosen):
        return None
    total, parts, figures = 0.0, [], []
    for n in chosen:
        (a, unit), (b, _) = named[n]
        total += abs(_number(a) - _number(b))
        parts.append(f"{n} {a}{unit}→{b}{unit}")
        figures += [_number(a), _number(b)]
    return (total, named[chosen[0]][0][1], "「" + "」「".join(parts) + "」の差" + ("を足した値です" if len(chosen) > 1 else "です"),
            figures)


# A date or year as a question and a passage say it alike: H16.01.21, R5.4, 平成27年度.
_DATE_SAID = compiled(r"(?<![\dA-Za-z])(?:[RHS]\d{1,2}\.\d{1,2}(?:\.\d{1,2})?|(?:令和|平成)\d{1,2}年度?)")


def _between_dates(body: str, figure: str, question: str, words: list[str]) -> tuple[float, str, str] | None:
    """「電話加入権の本数はH16.01.21の公売からH17.01.19の公売で何本増えた」 over 「H16.01.21 実施 電話加入権30本(…)
    H17.01.19 実施 電話加入権34本(…)」: the figure right after the word said in what the passage prints after each
    of the two dates said, the second less the first. Each date printed once, and one such figure after it."""
    dates = list(dict.fromkeys(m.group(0) for m in _DATE_SAID.finditer(question)))
    if len(dates) != 2 or any(body.count(d) != 1 for d in dates):
        return None
    first, second = (body.index(d) for d in dates)
    if first > second:
        return None
    stretches = (body[first:second], body[second:])
    for word in (w for w in words if len(w) >= 2 and not _DATE_SAID.search(w)):
        found = [compiled(re.escape(nfkc(word)) + r"\s*" + figure).search(stretch) for stretch in stretches]
        if any(f is None for f in found) or found[0].group(2) != found[1].group(2):
            continue
        a, b = (_number(f.group(1)) for f in found)
        unit = found[0].group(2)
        return (abs(b - a), unit, f"{dates[0]}の「{found[0].group(0)}」と{dates[1]}の「{found[1].group(0)}」の差です",
                [a, b])
    return None


def _changes_stated(body: str, figure: str) -> bool:
    """Whether the passage states two figures or more as changes themselves (「14.2%減少した…6.8%増加」): the gap
    between two changes is no change asked."""
    return len({m.group(0) for m in compiled(figure + _STATED_CHANGE).finditer(body)}) >= 2


def _two(body: str, figure: str) -> tuple[float, str, str] | None:
    """The two figures the passage prints in the unit, their difference."""
    found = [(m.group(1), m.group(2)) for m in compiled(figure).finditer(body)]
    if len(found) != 2 or found[0][1] != found[1][1]:
        return None
    (a, unit), (b, _) = found
    return abs(_number(a) - _number(b)), unit, f"「{a}{unit}」と「{b}{unit}」の差です", [_number(a), _number(b)]


_NAME = r"[^\s、,。のでをはが・と]{1,12}"
# 「研修会とバスツアーの参加者数を全部足すと何人」: the items, the label of their figures, the unit.
# (「A、B、Cの参加者は合計何名」: the label, は, then the sum asked)
# (one name said of several lines, 「研修会、参加者数が書いてあるものの合計は何人」: every line naming it that prints
# the figure; a line naming it without one is not counted, as 書いてあるもの says)
_SUM_ASKED = compiled(r"(?:(?P<names>" + _NAME + r"(?:\s*(?:・|、|と|,)\s*" + _NAME + r")+)\s*の"
                      r"|(?P<one>" + _NAME + r")\s*(?:の|、|,)(?=\s*[一-龥ァ-ヶー]{2,8}?(?:数)?\s*(?:が(?:書いて|書かれて|記載されて|載って)(?:い|あ)?る(?:もの|の)の|を\s*(?:全部|すべて|全て|ぜんぶ))))"
                      r"\s*(?P<label>[一-龥ァ-ヶー]{2,8}?)(?:数)?\s*(?:が(?:書いて|書かれて|記載されて|載って)(?:い|あ)?る(?:もの|の)の|を|の|は)?\s*"
                      r"(?:全部|すべて|全て|ぜんぶ)?\s*(?:足す|足し|たす|合わせる|合わせ|あわせる|あわせ|合計す|合算す|合計)(?:と|て|たら|ると|は)?\s*(?:で)?\s*"
                      r"何\s*(?P<unit>人|名|件|回|か所|箇所|個|台|団体|社)")


def _names_first(question: str) -> str:
    """「参加者数（A、B、C）を合計すると」 said with the items first, as the phrasing rule reads it."""
    from assistant.query.grammar.phrasings import named

    return named("named_in_brackets_added_up").apply(nfkc(question))


def sum_asked(question: str) -> bool:
    return _SUM_ASKED.search(_names_first(question)) is not None


def sum_read(question: str, lines: list[str]) -> tuple[int | float, list[str]] | None:
    """(the total, the figures read as printed) over the lines naming an item said, each by the first figure
    after the label; None unless every word said names a line with such a figure."""
    asked = _SUM_ASKED.search(_names_first(question))
    if asked is None:
        return None
    names = [n for n in re.split(r"\s*(?:・|、|と|,)\s*", asked.group("names") or asked.group("one")) if n]
    label = asked.group("label")
    figure = compiled(re.escape(label) + r"(?:数)?\s*[:：]?\s*" + _FIGURE.format(units=_units(asked.group("unit"))))
    total, read, named = 0.0, [], set()
    for line in lines:
        said = nfkc(line)
        holding = [n for n in names if n in said]
        m = figure.search(said)
        if not holding or m is None:
            continue
        head = re.split(r"・|[:：]\s", said[:m.start()])[-1].strip()
        head = head if len(head) <= 24 else head[:24] + "…"
        total += _number(m.group(1))
        read.append(f"{head} {m.group(1)}{m.group(2)}")
        named.update(holding)
    if len(read) < 2 or named != set(names):
        return None
    return _tidy(total), read
