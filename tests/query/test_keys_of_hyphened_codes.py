"""Keys of comments and initiatives whose printed code has hyphens of its own (Ⅱ-2, H-101).

The CLI contract reads a comment's key as 「<item>-<n>」 up to its first hyphen; the item's own hyphens
are written full-width, which NFKC reads back as the printed code."""
import unicodedata

from assistant.query.answer import Answer


def _keys(rows, excerpts=()):
    d = Answer("q", rows=list(rows), excerpts=list(excerpts)).to_dict()
    return [r["key"] for r in d["rows"]], [e["key"] for e in d["excerpts"]], d


def test_comment_on_a_hyphened_item_keeps_its_number_after_the_first_hyphen():
    rows, excerpts, d = _keys([{"key": "comment:II-2-1@答申.docx", "initiative": "II-2", "n": 1}],
                              [{"key": "comment:II-2-3"}])
    assert rows == ["comment:II－2-1"] and excerpts == ["comment:II－2-3"]
    assert unicodedata.normalize("NFKC", rows[0].partition(":")[2].split("-")[0]) == "II-2"
    assert d["rows"][0]["record"] == "comment:II-2-1@答申.docx"


def test_comment_keyed_by_its_item_alone_and_an_initiative():
    rows, _, _ = _keys([{"key": "comment:H-101", "initiative": "H-101"}, {"key": "initiative:Ⅱ-3-(2)"}])
    assert rows == ["comment:H－101", "initiative:Ⅱ－3－(2)"]


def test_plain_codes_are_left_as_printed():
    rows, _, d = _keys([{"key": "comment:1-4", "initiative": "1", "n": 4}, {"key": "practice:N1-2"},
                        {"key": "initiative:3"}])
    assert rows == ["comment:1-4", "practice:N1-2", "initiative:3"]
    assert "record" not in d["rows"][0]
