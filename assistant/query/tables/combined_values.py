"""Values a column prints joined with others (活用ツール │ RPA, AI-OCR, RPA＋AI-OCR): 「AI-OCRを使っている業務…RPAとの
併用も含めて」 asks for every cell holding AI-OCR, the joined ones too; 「RPA（単独）」「RPAだけで」 for the cells printing
RPA alone; 「AI-OCRを使っている」 says the verb of a column of what the rows use (活用ツール, 導入ツール)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「RPAとの併用も含めて」「AI-OCRとの組み合わせも含めて」: the value said before, joined with this one too
COMBINED_TOO = re.compile(r"^と(?:の)?(?:併用|組み合わせ|組合せ|組み合せ|組合わせ|セット)(?:の(?:もの|分|業務))?(?:も|を)"
                          r"(?:含め|含む|含ん|入れ)[ぁ-ん]*")

# 「RPA（単独）の」「RPAだけで動かしてる」「RPAのみで」: the value alone in its cell (the plain reading, said outright)
ALONE = re.compile(r"^(?:[(（]\s*単独\s*[)）]|単独で|だけで|のみで|だけの|のみの)"
                   r"(?:(?:動かし|運用し|使っ|使用し|回し|処理し)(?:て(?:い)?る|た|ている|てる))?")

# 「AI-OCRを使っている」「RPAを使った」: the verb of a column whose header says what is used (活用ツール)
USED = re.compile(r"^を(?:使っ|使用し|利用し|活用し)(?:て(?:い)?る|ている|てる|た|ていた)")
_USING_HEADER = re.compile(r"^(?:活用|使用|利用|導入)")


def _key(text) -> str:
    return "".join(nfkc(str(text or "")).split()).lower()  # (as the values said are keyed: ai-ocr)


def joined_in_cells(rows: list[dict], header: str, first: str, second: str) -> bool:
    """Whether some cell of the column prints both values together (RPA＋AI-OCR), as a joined value."""
    return any(first in cell and second in cell and cell not in (first, second)
               for cell in (_key((r.get("cells") or {}).get(header)) for r in rows))


def alone_said(rows: list[dict], header: str, value: str, after: str) -> re.Match | None:
    """「RPA（単独）」 over a column printing RPA alone and joined (RPA＋AI-OCR): the words saying alone, or None."""
    m = ALONE.match(after)
    cells = [_key((r.get("cells") or {}).get(header)) for r in rows]
    if m and value in cells and any(value in c and c != value for c in cells):
        return m
    return None


def used_verb(header: str, after: str) -> re.Match | None:
    """「を使っている」 after a value of a column of what the rows use (活用ツール): the verb, or None."""
    return USED.match(after) if _USING_HEADER.match(_key(header)) else None
