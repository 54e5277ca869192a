"""「△は上昇、▲は低下」: a document whose legend makes △ a rise (in most towns' accounts △ is a minus,
as ▲ is): its cells 「△2.1」 are read as +2.1, as the legend says, the rest of the corpus as before."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_RISE = compiled(r"△\s*(?:は|:|：|=|＝|が)\s*(?:上昇|増加|プラス|改善|向上|増)")


def triangle_rises(text: str) -> bool:
    """Whether the document's text defines △ as a rise."""
    return bool(_RISE.search(nfkc(text or "")))


def signed_by_legend(cells: dict) -> dict:
    """The row's cells with 「△2.1」 written 「+2.1」 (the legend's rise), other cells as printed."""
    return {k: re.sub(r"^△\s*(?=\d)", "+", v) if isinstance(v, str) else v for k, v in cells.items()}
