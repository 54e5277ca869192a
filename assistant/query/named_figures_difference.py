"""「婚活バスツアーの参加者は男性が女性より何名多い」 over 「参加者37名(男性20名、女性17名)」, 「電話加入権は岡山市分が
倉敷市分より何本多かった」 over 「H17.01.19 実施 電話加入権34本(岡山市26本,倉敷市8本)」: the figures one passage
prints beside the two names said, one less the other. Only when each name has one figure in the unit asked
there (a name printed with several is read after the date or word said that the passage prints once); the
answer stays a search (both figures shown, to be checked there), and says so when the difference runs the
other way than asked (「多い」 asked, fewer printed). 「実績、目標に何台届かなかった」 asks the shortfall: the target's figure
less the one reached."""
from __future__ import annotations

from assistant.query.grammar.named_figures import NAME_MORE_THAN_NAME, NAME_SHORT_OF_NAME
from assistant.query.named_figures_sum import figures_beside, unit_forms
from assistant.text.normalize import nfkc

_MORE = ("多", "大き", "高")


def difference(question: str, excerpts: list[dict], anchors: tuple[str, ...] = ()
               ) -> tuple[float | int, list[str], dict, str] | None:
    """(the difference as asked, the two figures as printed, the passage, the unit asked) or None."""
    asked = NAME_MORE_THAN_NAME.search(nfkc(question))
    short = NAME_SHORT_OF_NAME.search(nfkc(question)) if asked is None else None
    asked = asked or short
    if asked is None or asked.group("a") == asked.group("b"):
        return None
    got = figures_beside([asked.group("a"), asked.group("b")], unit_forms(asked.group("unit")), excerpts, anchors)
    if got is None:
        return None
    (a, b), figures, excerpt = got
    value = a - b if short is None and asked.group("way") in _MORE else b - a
    return (int(value) if float(value).is_integer() else round(value, 4)), figures, excerpt, asked.group("unit")
