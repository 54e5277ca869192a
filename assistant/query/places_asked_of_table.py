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


# The fields by which a kind's records name a place or a body (places, chair_city, organization, member_towns)
_NAMES_PLACES = compiled(r"place|city|town|municip|member|organi[sz]ation|prefecture")


def rows_asked_as_places(question: str, target: str, columns: dict, tables):
    """The loose reading of the tables (tables(loose=True)) where the question asks for municipalities, the kind
    the grammar chose prints no place of its records, and that reading is exact, whole and over a table of places;
    None otherwise."""
    from assistant.query.tables.place_rows import rows_are_places

    if not _PLACES_ASKED.search(nfkc(question)):
        return None
    if target and any(_NAMES_PLACES.search(c) for c in columns.get(target, ())):
        # (a kind whose records name their places or bodies, 事例 of a collection, a joint project's 幹事市, a model
        # project's 実施団体: its own reading stands)
        return None
    loose = tables(loose=True)
    if loose is None or loose[0].status != "exact" or loose[0].unused or loose[1] is None \
            or not rows_are_places(loose[1].table):
        return None
    return loose
