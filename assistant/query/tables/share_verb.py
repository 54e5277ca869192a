"""「市が100%出資してる団体」「50%以上出資している」 over a column 市出資比率（％）: a share said before the deed it is
of (出資, 負担, 補助), the deed naming the column of its ratio (出資比率, 負担割合, 補助率), compared with the figure."""
from __future__ import annotations

import re

from assistant.query.facts import _key

_BOUNDS = {"以上": "ge", "以下": "le", "未満": "lt", "超": "gt", "を超え": "gt", "を超えて": "gt"}
# 「100%出資してる」「50%以上を出資」「100%出資の」: the figure, its bound, then the deed (a two-kanji word) done
_SHARE_DEED = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|％|ぱーせんと|パーセント)\s*(?P<b>以上|以下|未満|を超えて|を超え|超)?\s*を?\s*"
                         r"(?P<deed>[一-龥]{2})(?P<verb>して(?:い)?る|してい(?:ない|ます)|した|する|され(?:て(?:い)?る|た)|の(?=[一-龥ァ-ヶ]))")


def ratio_column_of(t, deed: str) -> str:
    """The one numeric column of percentages whose name is the deed's ratio (市出資比率 of 出資), or ''."""
    found = [c.header for c in t.columns if c.numeric and c.year is None
             and re.fullmatch(rf"[一-龥]{{0,4}}?{re.escape(deed)}(?:比率|割合|率)", c.base)
             and ("%" in c.unit or "％" in c.unit or re.search(r"[%％]", c.header) or _percentages(t, c.header))]
    return found[0] if len(found) == 1 else ""


def _percentages(t, header: str) -> bool:
    """Whether every figure of the column lies between 0 and 100 (a 比率 printed without its %)."""
    figures = []
    for r in t.rows:
        raw = str(r["cells"].get(header) or "").replace(",", "").strip()
        if re.fullmatch(r"\d+(?:\.\d+)?", raw):
            figures.append(float(raw))
    return bool(figures) and all(0 <= f <= 100 for f in figures)


def read_share_by_deed(t, qn: str, free, take) -> None:
    """Take 「N%(以上)出資してる」 as the deed's ratio column compared with N (mentions "col" then "cmp": the
    column is read over the figure, the comparison over the deed, so the two come in the order the reading binds;
    the figure's % is the column's own, checked here, so no unit is passed on to clash with a table-wide 千円)."""
    for m in _SHARE_DEED.finditer(qn):
        if not free(m.start(), m.end()):
            continue
        header = ratio_column_of(t, _key(m.group("deed")))
        if not header:
            continue
        op = _BOUNDS.get(m.group("b") or "", "eq")
        figure_end = m.start("deed")
        take(m.start(), figure_end, "col", header)
        take(figure_end, m.end("verb") if m.group("verb") != "の" else m.end("deed"), "cmp", (op, float(m.group("n")), ""))
