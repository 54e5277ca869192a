"""Tests of the Datasette plugin, the Datasette-ready schema and `gyokaku datasette`."""
