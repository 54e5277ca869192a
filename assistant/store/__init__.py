"""The SQLite index: schema, atomic build, full-text search."""
