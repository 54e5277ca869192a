"""The Datasette plugin: Japanese metadata, gyokaku's search behind the search box, internal columns hidden.

Registered as the `gyokaku` entry point of the `datasette` group (pyproject.toml), so plain
`datasette index/gyokaku.db` behaves as `gyokaku datasette` once gyokaku is installed. It acts only
on databases that are gyokaku indexes of this schema version.

Search: the index's word indexes hold Sudachi's normalised forms (バス → ばす) and a kana-folded
search form, so a MATCH of the typed word misses. The passages table's search box therefore goes to
a temporary view over both full-text indexes, and Datasette's `escape_fts()` is replaced, on these
databases only, by gyokaku's own translation of the typed text (store/search.py fts_query), with a
column filter naming the index it is for. SQLite hands the MATCH down to each index, so the search
runs on the indexes (no scan) and finds exactly what `gyokaku` finds, two-letter words included.
"""
from __future__ import annotations

import re
import weakref
from functools import lru_cache

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from assistant.publish.metadata import INTERNAL_COLUMNS, SEARCH_VIEW, IndexMetadata, index_metadata, is_index
from assistant.store.search import fts_query

NAME = "gyokaku"

# Datasette instance → database name → its metadata (filled at startup; get_metadata is synchronous).
_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

_COLUMN_OF = {"passages_tri": "norm", "passages_tok": "terms"}
# Text with nothing searchable in it (only spaces or signs) finds nothing, as in gyokaku.
_NOTHING = '{norm} : "x" NOT {norm} : "x"'


def register() -> None:
    """Register the plugin in this process when the installed entry point has not (a source checkout)."""
    from datasette.plugins import pm

    if pm.get_plugin(NAME) is None:
        import assistant.publish.plugin as me

        pm.register(me, name=NAME)


@lru_cache(maxsize=256)
def search_expression(text) -> str:
    """The MATCH expression, over the view of both indexes, for what was typed in the search box:
    gyokaku's own phrase for the text (spaces ignored, as `gyokaku` reads one search word), with a
    column filter so that only the index it is meant for can match it."""
    found = fts_query(str(text or ""))
    if found is None:
        return _NOTHING
    table, phrase = found
    return f"{{{_COLUMN_OF[table]}}} : {phrase}"


@hookimpl(trylast=True)  # after Datasette's own prepare_connection, whose escape_fts this replaces
def prepare_connection(conn, database, datasette):
    if database == "_memory" or not is_index(conn):
        return
    conn.execute(f"CREATE TEMP VIEW IF NOT EXISTS {SEARCH_VIEW} AS "
                 f"SELECT rowid, passages_tri AS {SEARCH_VIEW} FROM main.passages_tri UNION ALL "
                 f"SELECT rowid, passages_tok AS {SEARCH_VIEW} FROM main.passages_tok")
    conn.create_function("escape_fts", 1, search_expression, deterministic=True)


@hookimpl
def startup(datasette):
    async def inner():
        found: dict[str, IndexMetadata] = {}
        for name, db in datasette.databases.items():
            if name == "_internal" or name == "_memory":
                continue

            def read(conn):
                return index_metadata(conn) if is_index(conn) else None

            md = await db.execute_fn(read)
            if md is not None:
                found[name] = md
        _INDEXES[datasette] = found

    return inner


@hookimpl
def get_metadata(datasette, key, database, table):
    indexes = _INDEXES.get(datasette) or {}
    if not indexes:
        return {}
    return {"title": "行革アシスタント", "databases": {name: md.metadata for name, md in indexes.items()}}


@hookimpl
def render_cell(value, column, table, database, datasette):
    md = (_INDEXES.get(datasette) or {}).get(database)
    if md is None or table is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    unit = md.units.get(table, {}).get(column)
    if not unit:
        return None
    return f"{value:,} {unit}" if isinstance(value, int) or value != int(value) else f"{int(value):,} {unit}"


_TABLE_PATH = re.compile(r"^/(?P<db>[^/]+)/(?P<table>[^/]+?)(?:\.(?:json|csv))?$")


def _hide_internal_columns(datasette, scope: dict) -> dict:
    """A table page of passages without ?_col=/?_nocol= gets ?_nocol= for the engine's columns:
    Datasette's own way of leaving columns out, made the default (HTML, JSON and CSV alike)."""
    m = _TABLE_PATH.match(scope.get("path", ""))
    if not m:
        return scope
    db, table = tilde_decode(m["db"]), tilde_decode(m["table"])
    hidden = INTERNAL_COLUMNS.get(table)
    if not hidden or db not in (_INDEXES.get(datasette) or {}):
        return scope
    query = scope.get("query_string", b"")
    if re.search(rb"(^|&)_(no)?col=", query):
        return scope
    extra = "&".join(f"_nocol={c}" for c in hidden).encode()
    return dict(scope, query_string=query + b"&" + extra if query else extra)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def hide_internal(scope, receive, send):
            if scope.get("type") == "http":
                await datasette.invoke_startup()  # wrappers run before Datasette's own first-request startup
                scope = _hide_internal_columns(datasette, scope)
            await app(scope, receive, send)

        return hide_internal

    return wrap


# A row page shows every column whatever ?_nocol= says: the engine's columns are hidden there by style.
_CSS = "\n".join(
    f".row.table-{table} .col-{column} {{ display: none; }}"
    for table, columns in INTERNAL_COLUMNS.items() for column in columns) + "\n"


@hookimpl
def register_routes():
    async def css():
        return Response(_CSS, content_type="text/css; charset=utf-8")

    return [(r"^/-/gyokaku\.css$", css)]


@hookimpl
def extra_css_urls(database, datasette):
    if database and database in (_INDEXES.get(datasette) or {}):
        return [datasette.urls.path("/-/gyokaku.css")]
    return []
