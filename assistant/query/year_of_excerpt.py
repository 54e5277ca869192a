"""「高齢者向けのスマホ講座、R6は何回開いて延べ何人参加した？」: a search whose words are spread over one record and
its yearly entries (the item's heading names the 講座, the R6 row says only 「計138回開催し、延べ1,228人が参加した」)
shows first the entries of the records found, of the year the question says, before other records' passages
that hold more of its common words (延べ, 参加)."""
from __future__ import annotations

from assistant.text.wareki import find_years


def put_first(db, columns: dict, row_keys: list[str], excerpts: list[dict], question: str) -> list[dict]:
    said = {y.label for y in find_years(question)}
    found = {k.split(":", 1)[-1] for k in row_keys if ":" in k}
    if not said or not found or not excerpts:
        return excerpts

    def of_the_year(e: dict) -> bool:
        """An entry of a found record dated the year said (only those move: a record found by its common
        words alone is no reason to put its other passages first)."""
        kind, _, code = str(e.get("key", "")).partition(":")
        if not (code in found or code.split("-")[0] in found) or "year" not in columns.get(kind, ()):
            return False
        row = next(iter(db.query(f"SELECT year FROM [{kind}] WHERE key = ?", [e["key"]])), None)
        return bool(row and str(row["year"]) in said)

    return sorted(excerpts, key=lambda e: not of_the_year(e))
