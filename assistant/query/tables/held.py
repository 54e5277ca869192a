"""Which documents' tables the table reader reads: every generic document's, and those a dedicated kind keeps table
rows of besides its records (a plan report's 「参考　評価の分布」 after its items: kinds/plan_report/trailing_tables.py)."""
from __future__ import annotations


def tabled_documents(db) -> str:
    """The SQL condition on `documents` of the documents whose tables are read."""
    # (the reader's list of tables: read once per open index, cleared by a build when it changes a table)
    has_rows = "table_row" in db.table_names() if hasattr(db, "table_names") else db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'table_row'").fetchone()
    if not has_rows:
        return "kind = 'generic'"
    return "(kind = 'generic' OR (kind != 'generic' AND source IN (SELECT DISTINCT source FROM table_row)))"
