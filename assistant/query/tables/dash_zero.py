"""A dash a document's note defines as nothing there (「※「－」は該当なし」「－は０」): in its amount columns the
dash is the figure 0, so that 「R5よりR6で増えた」 counts a row going from 「－」 to 8,000.

Only the note makes it 0: a dash the note defines otherwise (未実施又は集計を行っていない), or one no note
defines, stays no figure at all, and a comparison over it holds for no row."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「「－」は該当なし」「－：０」「「－」は皆無を表す」: the dash said to be none or zero, nothing more in the sentence
_NOTE = compiled(r"[「『]?\s*[-－―ー—–‐−]\s*[」』]?\s*(?:は|:|：|＝|=)\s*[、,]?\s*"
                 r"(?:該当(?:が)?(?:なし|無し|ない|ありません)|(?:実績|金額|支出|交付)?(?:なし|無し|ゼロ|皆無)|0(?:円|千円)?|零)"
                 r"\s*(?:を(?:表す|示す|意味する)|です|である|としています)?\s*(?:[。\n]|$)")


def dash_means_zero(db, source: str) -> bool:
    """Whether the document's text defines a dash as none or zero."""
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    return bool(_NOTE.search(nfkc((row[0] if row else "") or "")))
