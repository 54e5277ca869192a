"""A dash a document's note defines as nothing there (「※「－」は該当なし」「－は０」): in its amount columns the
dash is the figure 0, so that 「R5よりR6で増えた」 counts a row going from 「－」 to 8,000.

Only the note makes it 0: a dash the note defines otherwise (未実施又は集計を行っていない), or one no note
defines, stays no figure at all, and a comparison over it holds for no row. A note naming what its dash is in
(「評価別施設数の「-」は該当なし」) makes it 0 there only: in the tables whose caption or columns say that word."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「「－」は該当なし」「「－」は該当者なし」「－：０」「Xの「－」は皆無を表す」「「－」は０票を示す」「「－」は提案がなかったことを示します」:
# the dash said to be none or zero (of what the table counts), nothing more in the sentence. What was not there is
# what the table counts (提案, 申請, 実績); a figure or a record not there (数値がない, データがない) is no count of 0.
_NOTE = compiled(r"(?:(?P<of>[一-龥ァ-ヶー]{2,12})の)?[「『]?\s*[-－―ー—–‐−]\s*[」』]?\s*(?:は|:|：|＝|=)\s*[、,]?\s*"
                 r"(?:該当(?:者|する者|事例)?(?:が)?(?:なし|無し|ない|いない|ありません)|(?:実績|金額|支出|交付)?(?:なし|無し|ゼロ|皆無)|0(?:円|千円|票|件|人|名|回|者|か所|箇所)?|零"
                 r"|(?!(?:数値|数字|データ|値|記録|資料|情報|回答|報告)が)[一-龥ァ-ヶー]{1,8}が(?:なかった|無かった|ない|無い)こと(?=\s*を))"
                 # (「「－」は該当なし（補助金・委託料の支出がない…）を示す」: what none is, said in brackets; not a
                 # gloss saying the figure itself is not there, 「（令和７年度からの新規取組のため令和６年度の目標・実績なし）」)
                 r"(?:\s*[(（](?![^()（）]*(?:新規|開始|目標|未設定|対象外|数値|データ))[^()（）]{1,60}[)）])?"
                 r"\s*(?:を(?:表|示|意味)(?:す|します|しています|している)|です|である|としています)?\s*(?:[。\n]|$)")


def dash_scopes(db, source: str) -> set[str]:
    """What the document's notes define a dash as none in: "" for the whole document, else the word each names."""
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    return {m.group("of") or "" for m in _NOTE.finditer(nfkc((row[0] if row else "") or ""))}


def dash_means_zero(db, table) -> bool:
    """Whether a note of the table's document defines its dash as none, over the whole document or in a word
    the table's caption or one of its columns says."""
    said = nfkc(table.caption or "") + " " + " ".join(nfkc(c.header) for c in table.columns)
    return any(scope == "" or scope in said for scope in dash_scopes(db, table.source))
