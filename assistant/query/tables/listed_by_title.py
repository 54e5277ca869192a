"""「表彰された提案のうち…」「採用になったけど表彰されていない提案」: a verb whose stem only another document's title says
(表彰 of 「表彰者一覧」), that document's table listing some of the rows of a whole list (its codes among the list's):
the list's rows whose code that table lists, or does not. The stem must be no word of the whole list (its cells and
headers), so 「採用された」 stays the list's own 審査結果 and never reads a page of 採用提案 as the rows said."""
from __future__ import annotations

import re

from assistant.query.tables.shared_codes import _codes
from assistant.text.normalize import nfkc

# 「表彰された」「表彰を受けた」「表彰されていない」「表彰されなかった」「表彰をもらった」: the stem, then whether denied
_VERB = re.compile(r"(?P<stem>[一-龥]{2,4})(?:を受け|をもらっ|を受賞し|され|を受賞)(?P<tail>てい(?:ない|ません)|てない|なかった|ず|た|てい(?:る|ます))"
                   r"(?:もの|の|提案|こと)?")


def joined_list(tables: list, question: str):
    """(the question less the words said, the whole list, its codes listed by the titled table, whether denied) or None."""
    text = nfkc(question)
    for m in _VERB.finditer(text):
        stem = m.group("stem")
        titled = [t for t in tables if stem in nfkc(t.doc_title or "") and len(_codes(t)) >= 3]
        if len(titled) != 1:
            continue
        part = titled[0]
        wholes = [t for t in tables if t.source != part.source and _codes(part) < _codes(t)]
        # (lists of some of the rows nest in the whole list: a page of the 実施済 ones holding every awarded one too)
        wholes = [t for t in wholes if all(_codes(o) <= _codes(t) for o in wholes)]
        if len(wholes) != 1 or _says(wholes[0], stem):
            continue
        denied = m.group("tail").startswith(("てい(", "てな", "な", "ず")) or bool(re.match(r"てい(?:ない|ません)", m.group("tail")))
        return text[:m.start()] + text[m.end():], wholes[0], _codes(part), denied, stem
    return None


def _says(t, stem: str) -> bool:
    """Whether the whole list says the stem as a word of its own (a header, or a short cell such as 審査結果's 採用,
    一部採用): then the stem is its own word. The rows' names (「職員提案の表彰区分見直し」) are not words of it."""
    if any(stem in nfkc(c.header) for c in t.columns):
        return True
    return any(stem in (text := nfkc(str(v or "")).strip()) and len(text) <= 8
               for r in t.rows for h, v in r["cells"].items() if h not in (t.name, t.number))
