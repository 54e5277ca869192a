"""The terminal app (Textual): ask, facets, drill down, browse, export, help — a thin shell over Answer."""
