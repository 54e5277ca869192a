"""「状況が公募中の物件」 beside a document titled 「公募中物件のご案内」: a word said as the value of a column the
question names right before it (状況が公募中) is that column's value, not a word naming the document whose title
holds it. Read as the title, the other document's table is the only one asked, and the column said finds no
rows there."""
from __future__ import annotations

from assistant.query.facts import _key
from assistant.text.normalize import nfkc


def _after_particle(word: str, qn: str):
    """The starts of re.finditer(r"(?:が|は)" + re.escape(word), qn), found without a pattern per word
    (over other towns' documents a conversation's patterns outgrow re's cache, and each was compiled again)."""
    at = 0
    while True:
        found = [i for i in (qn.find("が" + word, at), qn.find("は" + word, at)) if i != -1]
        if not found:
            return
        start = min(found)
        yield start
        at = start + 1 + len(word)


def said_as_value(word: str, qn: str, tables) -> bool:
    """Whether `word` (a key) is said in `qn` (a key) right after a column's name and が/は, and is a value that
    column holds in one of `tables`."""
    for start in _after_particle(word, qn):
        before = qn[:start]
        for t in tables:
            for c in t.columns:
                if not any(len(f) >= 2 and before.endswith(_key(f)) for f in c.forms):
                    continue
                if any(_key(nfkc(str(r["cells"].get(c.header) or ""))).startswith(word) for r in t.rows):
                    return True
    return False
