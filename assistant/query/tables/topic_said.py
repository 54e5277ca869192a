"""「補助金のことを言ってる提言はどれ？」「窓口について触れている提言」: the rows whose own text (their cells,
or the body of the item they are read from) says the word, when the word is no value the reading used."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

_TOPIC = re.compile(r"(?P<w>[一-龥ァ-ヶーA-Za-z0-9]{2,12})(?:のこと|の話|の件)?(?:を|について|に関して|に関する|に)?\s*"
                    r"(?:言って|述べて|書いて|触れて|扱って|言及して|指摘して|取り上げて|挙げて)")


def read_topic_said(db, question: str, reading) -> bool:
    """Add (in place) the rows whose text holds the word said as what they speak of."""
    said = nfkc(question)
    m = _TOPIC.search(said)
    if m is None:
        return False
    word = m.group("w")
    qn = _key(question)
    wk = _key(word)
    at = qn.find(wk)
    if at < 0 or any(a <= at < b for a, b in reading.spans):
        return False  # (a value the reading used already)
    t = reading.table
    keys = []
    # (a column said before the word, 「措置の内容で電子申請に触れている」: the word is asked of that column)
    columns = [c.header for c in t.columns if len(_key(c.header)) >= 2 and _key(c.header) in qn[:at]]
    elsewhere = []
    for r in t.rows:
        text = " ".join(str(v) for v in r["cells"].values())
        if wk not in _key(nfkc(text)) and not _body_says(db, r["key"], wk):
            continue
        keys.append(r["key"])
        if columns and not any(wk in _key(nfkc(str(r["cells"].get(c) or ""))) for c in columns):
            elsewhere.append(r)
    if not keys or len(keys) == len(t.rows):
        return False
    if elsewhere:
        # An item whose body holds several entries (one section of 【R4-意-04】 blocks read as one row): the word
        # is somewhere in its text, not in the column said; the row's cell shown would be no answer to it.
        reading.left.append(word)
        reading.notes.append(f"「{word}」は行の本文にありますが、{'・'.join(columns)}の欄にはありません")
    reading.conds.append(Cond(t.name or "見出し", "rows", keys, f"本文に「{word}」とある"))
    end = qn.find(_key(m.group(0)))
    reading.spans.append((at, end + len(_key(m.group(0))) if end >= 0 else at + len(wk)))
    return True


def _body_says(db, key: str, wk: str) -> bool:
    """The body of the record the row is (an item's paragraphs), when it is one."""
    kind = key.split(":", 1)[0]
    if kind not in ("item",):
        return False
    got = db.execute("SELECT text FROM item WHERE key = ?", [key]).fetchone()
    return bool(got) and wk in _key(nfkc(got[0] or ""))
