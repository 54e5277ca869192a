"""「女性が15人以上いる年齢層は？」 over 年齢階層 │ 男性 │ 女性 │ 計 whose rows are age bands (～24歳, 25～29歳 … 60歳～):
年齢層・年代・世代・年齢区分 said are the rows' word, whatever the document heads its name column; 「50歳以上」 picks
the bands wholly at or over 50 (a band straddling the age said leaves it unread: no band is split)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_AGE_WORD = compiled(r"年齢階層|年齢層|年齢区分|年齢階級|年齢帯|年代|世代")
# 「年齢別の職員構成で」: the table by age said, its rows' being age bands (no condition)
_BY_AGE = compiled(r"(?:年齢階層|年齢層|年齢|年代)別(?:の|に)?")
# An age band as printed: 「～24歳」「25～29歳」「60歳～」「20代」「65歳以上」.
_AGE_BAND = compiled(r"[~〜～\-－]?\s*\d{1,3}\s*(?:歳|才|代)?\s*(?:[~〜～\-－]\s*(?:\d{1,3}\s*(?:歳|才)?)?)?"
                     r"\s*(?:歳|才|代)?\s*(?:以上|以下|未満)?")


def age_band_rows(t) -> bool:
    """Every row of the table is named by an age band (three rows or more), with 歳 or 代 in them."""
    if not t.name or len(t.rows) < 3:
        return False
    names = [nfkc(str(r["cells"].get(t.name) or "")).strip() for r in t.rows]
    return all(n and _AGE_BAND.fullmatch(n) for n in names) and sum(bool(re.search(r"歳|才|代", n)) for n in names) >= 3


def read_age_band_word(t, qn: str, free, take) -> None:
    """Take 年齢層 (年代, 世代 …) as the name column said when the table's rows are age bands."""
    if not age_band_rows(t):
        return
    read_age_bound(t, qn, free, take)
    for m in _BY_AGE.finditer(qn):
        if free(*m.span()):
            take(*m.span(), "filler")
    for m in _AGE_WORD.finditer(qn):
        if free(*m.span()):
            take(*m.span(), "col", t.name)


_AGE_BOUND = compiled(r"(\d{1,3})\s*(?:歳|才)\s*(以上|以下|未満|超|より上|より下)(?:の)?")


def band_range(name: str) -> tuple[float, float] | None:
    """The ages a band holds, lowest and highest: 「25～29歳」 (25, 29), 「～24歳」 (0, 24), 「60歳～」 (60, inf),
    「20代」 (20, 29), 「65歳以上」 (65, inf); None for anything else."""
    n = nfkc(name).strip()
    nums = [int(x) for x in re.findall(r"\d{1,3}", n)]
    if not nums:
        return None
    if re.search(r"代", n) and len(nums) == 1:
        return float(nums[0]), float(nums[0] + 9) if "以上" not in n else float("inf")
    if len(nums) == 2:
        return float(nums[0]), float(nums[1])
    if re.match(r"[~〜～\-－]", n) or re.search(r"以下$|未満$", n):
        return 0.0, float(nums[0] - (1 if n.endswith("未満") else 0))
    if re.search(r"[~〜～\-－]$|以上$", n):
        return float(nums[0]), float("inf")
    return float(nums[0]), float(nums[0])


def read_age_bound(t, qn: str, free, take) -> None:
    """「50歳以上の職員」「40歳以上の年齢階層」 over rows of age bands: the bands wholly inside the bound said."""
    if not age_band_rows(t):
        return
    bands = {str(r["cells"].get(t.name) or ""): band_range(str(r["cells"].get(t.name) or "")) for r in t.rows}
    if any(b is None for b in bands.values()):
        return
    for m in _AGE_BOUND.finditer(qn):
        if not free(*m.span()):
            continue
        age, word = int(m.group(1)), m.group(2)
        low = {"以上": age, "超": age + 1, "より上": age + 1}.get(word)
        high = {"以下": age, "未満": age - 1, "より下": age - 1}.get(word)
        if low is not None:
            inside = {n for n, (a, b) in bands.items() if a >= low}
            split = any(a < low <= b for a, b in bands.values())
        else:
            inside = {n for n, (a, b) in bands.items() if b <= high}
            split = any(a <= high < b for a, b in bands.values())
        if split or not inside:
            continue  # (a band across the age said: which of its people are inside is not printed)
        take(*m.span(), "age_band", (inside, f"{t.name}が{m.group(1)}歳{word}（{'・'.join(inside_sorted(inside, bands))}）"))


def inside_sorted(inside: set, bands: dict) -> list[str]:
    return sorted(inside, key=lambda n: bands[n][0])
