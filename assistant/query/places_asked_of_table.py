"""「令和４年度から取り組んでいる自治体は？」: places asked for (自治体, 団体, 市町村) where the grammar picked a dedicated
kind by a field it shares (a plan's 実践項目 graded per year), a kind whose records are no places and print none.
A table whose rows are places (a memo's 【鷺沢市】 blocks, a prefecture's list of its municipalities) that reads the
question whole (its words read loosely) answers with its rows: answering the kind's records would drop the word
自治体 without saying so, listing items as if they were municipalities."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# The thing asked for, said as a municipality: 「…自治体は？」「…団体はどこ」「何団体」 (not ところ: 「取り組んでいるところ」
# may be said of anything)
_PLACES_ASKED = compiled(r"(?:他|ほか|よそ|事例)?の?(?:自治体|団体|市町村|市区町村|市町)\s*(?:は|って|を|が)?\s*"
                         r"(?:どこ|どれ|何|なに|いくつ|ある|あります)?\s*[?？。]?\s*$|何\s*(?:自治体|団体|市町村)")


def rows_asked_as_places(question: str, target: str, columns: dict, tables):
    """The loose reading of the tables (tables(loose=True)) where the question asks for municipalities, the kind
    the grammar chose prints no place of its records, and that reading is exact, whole and over a table of places;
    None otherwise."""
    from assistant.query.tables.place_rows import rows_are_places

    if not _PLACES_ASKED.search(nfkc(question)):
        return None
    if target and {"places", "place", "municipality", "city"} & set(columns.get(target, ())):
        return None  # (a kind whose records name their places, 事例 of a collection: its own reading stands)
    loose = tables(loose=True)
    if loose is None or loose[0].status != "exact" or loose[0].unused or loose[1] is None \
            or not rows_are_places(loose[1].table):
        return None
    return loose
