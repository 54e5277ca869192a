"""「提出方法 │ 提出者数（人）」 over 電子メール, ＦＡＸ, 持参, 郵送 and a 合計 row: a tally table, one column of
words beside its counts. Its words name the rows however short (持参) or Latin (FAX) they are, so a row is
answered by its name (「table_row:電子メール」), as the document prints it, not by the line it stands on."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# A word of the column: not a figure, a code (R5, A-1) or a year; Latin only as a word of letters (FAX, RPA).
_FIGURE = re.compile(r"[\d\s,.%()\-－・/]+")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def tally_name_column(columns, rows: list[dict]) -> str:
    """The header of the one text column of a table whose other columns are all counts, where every row has
    its own word there; "" when the table is not so (two text columns: which names the rows is not clear)."""
    # (「区分 │ 件数 │ 意見番号」 over 評価 │ 5件 │ ２、３、６、８、１０: a column listing which records each count is of
    # names no row; the one column of words beside it still does)
    texts = [c for c in columns if not c.numeric and not _lists_numbers(c.header, rows)]
    if len(texts) != 1 or len(columns) < 2 or len(rows) < 2 or texts[0].years_inside or texts[0].header == "見出し":
        return ""
    # (only counts beside it, 提出者数（人）, 件数: a tally; rates or amounts (達成率) are a summary whose rows the
    # plan's groups may be, keyed as those)
    if not all(re.search(r"数|件|人", nfkc(c.header)) for c in columns if c.numeric):
        return ""
    values = [nfkc(str(r["cells"].get(texts[0].header) or "")).strip() for r in rows]
    if len(set(values)) != len(values):
        return ""
    for v in values:
        if not v or _FIGURE.fullmatch(v) or re.search(r"\d", v) and not re.search(r"[一-龥ぁ-んァ-ヶ]", v):
            return ""  # (a blank, a figure, a code like R5: no name)
        if re.fullmatch(r"[\x00-\x7f]+", v) and not _LATIN_WORD.fullmatch(v):
            return ""
    return texts[0].header


# 「２、３、６、８、１０」「4・5」: numbers listed, no word
_NUMBER_LIST = re.compile(r"\d{1,3}(?:\s*[、,，・]\s*\d{1,3})*")


def _lists_numbers(header: str, rows: list[dict]) -> bool:
    """Whether every cell of the column is a number or a list of numbers (the records a count is of), some a list."""
    values = [nfkc(str(r["cells"].get(header) or "")).strip() for r in rows]
    return bool(values) and all(_NUMBER_LIST.fullmatch(v) for v in values) and any(re.search(r"[、,，・]", v) for v in values)
