"""Document kinds: one package per kind (detection, parsing, its record kinds and their fields)."""
