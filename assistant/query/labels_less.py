"""「令和７年度の人件費削減額から委託料を差し引くと、効果額はいくら」 over prose printing each label's figure by year
(「人件費の削減額は、令和６年度（…）が１２，４８０千円、令和７年度が31,260千円であった。一方、委託料は令和６年度が
９，３５０千円、令和７年度が22,800千円であり」): the first label's figure of the year said less the second's, in one
unit. Each label is found where the text names it (the question's 人件費削減額 printed 人件費の削減額 too) and its
figure is the one the sentence gives the year said; read only when each label has exactly one such figure; the
answer stays a search (both figures shown, to be checked there)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# 「AからBを差し引くと」「AからBを引いた」「AからBを除くと」
_ASKED = compiled(r"(?P<a>[一-龥ァ-ヶー]{2,12})\s*(?:から|より)\s*(?P<b>[一-龥ァ-ヶー]{2,12})\s*を\s*"
                  r"(?:差し引|差引|引い|引く|引け|控除し|控除す)")
_UNITS = r"千円|万円|百万円|億円|円|人|件"


def _forms(label: str) -> list[str]:
    """The label as asked and with の between its nouns (人件費削減額 → 人件費の削減額)."""
    out = [label]
    for i in range(2, len(label) - 1):
        out.append(label[:i] + "の" + label[i:])
    return out


def _figure(text: str, label: str, year: int) -> tuple[float, str, str] | None:
    """(figure, unit, the words read) the text gives the label for the fiscal year, when it gives exactly one."""
    found = {}
    for form in _forms(label):
        for m in re.finditer(re.escape(form), text):
            sentence = text[m.end(): text.find("。", m.end()) if "。" in text[m.end():] else len(text)]
            for f in re.finditer(r"(?P<y>(?:令和|平成|R)\s*(?:元|\d{1,2})\s*年度?)\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:が|は|:|：)?\s*"
                                 r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")", sentence):
                years = find_years(f.group("y"))
                if years and years[0].fiscal_year == year:
                    found[(f.group("n"), f.group("u"))] = f"{form} {f.group('y')} {f.group('n')}{f.group('u')}"
    if len(found) != 1:
        return None
    (number, unit), said = next(iter(found.items()))
    return float(number.replace(",", "")), unit, said


def asked(question: str) -> re.Match | None:
    return _ASKED.search(nfkc(question))


def worked_out(question: str, texts: list[str]) -> tuple[int | float, str] | None:
    """(the difference, how it was read) from the texts of the documents shown; None when not plain."""
    m = asked(question)
    years = find_years(nfkc(question))
    if m is None or len({y.fiscal_year for y in years}) != 1:
        return None
    year = years[0].fiscal_year
    text = nfkc("".join(t.replace("\n", "") for t in texts))
    a, b = _figure(text, m.group("a"), year), _figure(text, m.group("b"), year)
    if a is None or b is None or a[1] != b[1]:
        return None
    value = a[0] - b[0]
    value = int(value) if float(value).is_integer() else round(value, 2)
    return value, f"「{a[2]}」から「{b[2]}」を差し引くと {value:,}{a[1]} です"
