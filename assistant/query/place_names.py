"""The municipalities among a record's places (「静岡県」「浜里市」 → 浜里市): 「どこ？」 of a case is who did it."""
from __future__ import annotations

import json
import re

_PREFECTURE_RE = re.compile(r"^(?:北海道|東京都|京都府|大阪府|.{1,4}県)$")


def municipalities_of(places) -> str:
    """The places that are no prefecture, joined by 「・」; "" when the list names only prefectures (then they
    are who did it) or is not a list."""
    if isinstance(places, str) and places.startswith("["):
        try:
            places = json.loads(places)
        except ValueError:
            return ""
    if not isinstance(places, list):
        return ""
    names = [str(p) for p in places if p and not _PREFECTURE_RE.match(str(p))]
    return "・".join(names)


# 「何県？」「どこの県」「どの都道府県」: the prefecture of a case asked, not who did it.
PREFECTURE_ASKED = re.compile(r"何(?:県|都道府県)|(?:どこの|どの)(?:県|都道府県)|都道府県(?:は|って|を)?(?:どこ|何)")


def prefectures_of(places) -> str:
    """The places that are prefectures (「福岡県」), joined by 「・」; "" when none is."""
    if isinstance(places, str) and places.startswith("["):
        try:
            places = json.loads(places)
        except ValueError:
            return ""
    if not isinstance(places, list):
        return ""
    return "・".join(str(p) for p in places if p and _PREFECTURE_RE.match(str(p)))
