"""A name a record's title prints in brackets that holds a negation (「書かない窓口」「待たない窓口」) is a name,
not a negation: said without its brackets, it is put back in them before the question is read, so the grammar
takes it whole (a word of the records' text) and never reads 書かない as 書く negated."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_BRACKETED = compiled(r"[「『]([^」』]{3,20})[」』]")
_NEGATION = compiled(r"(?:ない|なし|無し|ず|ぬ|レス)")
_NAMES: dict[tuple[int, bool], tuple[str, ...]] = {}


def bracketed_names(lexicon, db=None) -> tuple[str, ...]:
    """The bracketed names of the index's record titles that hold a negation, longest first (once per lexicon);
    with the index, those the documents' text prints in brackets too (「北見市の「書かない窓口」の視察」 in a
    sheet's entry names what no title does)."""
    key = (id(lexicon), db is not None)
    if key not in _NAMES:
        found = {nfkc(m.group(1)) for _, _, _, title in lexicon.title_index() for m in _BRACKETED.finditer(title or "")}
        if db is not None:
            # (only a name the text always brackets: one it also prints bare, 「書かない窓口の導入」「聞き取り型の
            # 書かない窓口を導入」, is read as the documents print it, as before)
            texts = [nfkc(text or "") for (text,) in db.execute("SELECT text FROM document_texts")]
            printed = {nfkc(m.group(1)) for text in texts for m in _BRACKETED.finditer(text)}
            outside = [_BRACKETED.sub("\x00", text) for text in texts]
            found |= {n for n in printed if _NEGATION.search(n) and not any(n in text for text in outside)}
        _NAMES[key] = tuple(sorted((n for n in found if _NEGATION.search(n)), key=lambda n: (-len(n), n)))
    return _NAMES[key]


_PRINTED: dict[int, tuple[str, ...]] = {}


def printed_terms(db) -> tuple[str, ...]:
    """The names holding a negation that any document prints in brackets (「書かない窓口」), bare elsewhere or not,
    longest first (once per index)."""
    if id(db) not in _PRINTED:
        texts = [nfkc(text or "") for (text,) in db.execute("SELECT text FROM document_texts")]
        found = {nfkc(m.group(1)) for text in texts for m in _BRACKETED.finditer(text)}
        _PRINTED[id(db)] = tuple(sorted((n for n in found if _NEGATION.search(n)), key=lambda n: (-len(n), n)))
    return _PRINTED[id(db)]


def term_left_unread(question: str, unused: list[str], db) -> str:
    """「書かない窓口っていつ始めたの？」 whose answer left 書かない unused: the question with the term the documents
    print in brackets, said bare and holding an unused word, put in 「」, so that it is read again whole; "" when
    no such term. (Only then: where the documents also print the term bare, a reading that used every word, the
    term as part of a record's name, 「書かない窓口の導入」, is kept as it was.)"""
    if not unused or not _NEGATION.search(nfkc(question)):
        return ""
    said = nfkc(question)
    if len(said) != len(question):
        return ""
    for name in printed_terms(db):
        at = said.find(name)
        if at < 0 or said[at - 1:at] in ("「", "『"):
            continue
        if not any(nfkc(w) and nfkc(w) in name for w in unused):
            continue
        return question[:at] + "「" + question[at:at + len(name)] + "」" + question[at + len(name):]
    return ""


def bracket_names(question: str, lexicon, db=None) -> str:
    """The question with each such name said bare put in 「」 (a name already in brackets is left as it is)."""
    if not _NEGATION.search(nfkc(question)):
        # Every such name holds a negation, so a question without one holds no name: the names, read from
        # every document's text (about 5 ms, once per process), are not needed for it.
        return question
    text = question
    for name in bracketed_names(lexicon, db):
        said = nfkc(text)
        at = said.find(name)
        if at < 0 or len(said) != len(text):
            continue
        before, after = said[at - 1:at], said[at + len(name):at + len(name) + 1]
        if before in ("「", "『") or after in ("」", "』"):
            continue
        text = text[:at] + "「" + text[at:at + len(name)] + "」" + text[at + len(name):]
    return text
