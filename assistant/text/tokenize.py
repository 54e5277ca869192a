"""Sudachi tokenisation into search terms (one dictionary, loaded once per process)."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.text.normalize import fix_ocr, kata_to_hira, nfkc

# Sudachi refuses inputs over ~49 KB; stay well below in characters (UTF-8 is ≤ 3 bytes/char here).
_MAX_CHARS = 12_000
_KATAKANA_RE = re.compile(r"^[ァ-ヺー]{4,}$")
_SKIP_POS = {"補助記号", "空白"}


@lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(SplitMode.A)


def _chunks(text: str):
    """Split long text at line breaks (or hard) so each chunk stays under Sudachi's limit."""
    while len(text) > _MAX_CHARS:
        cut = text.rfind("\n", 0, _MAX_CHARS)
        if cut <= 0:
            cut = _MAX_CHARS
        yield text[:cut]
        text = text[cut:]
    yield text


def _term(form: str) -> str:
    return kata_to_hira(form.lower())


@lru_cache(maxsize=65536)
def _katakana_parts(word: str) -> tuple[str, ...]:
    """バスツアー → (ばす, つあー): a katakana compound split where both halves are dictionary words,
    so that a short word is found inside it. Sudachi keeps such compounds whole even in mode A."""
    tok = _tokenizer()

    def known(part: str) -> bool:
        ms = list(tok.tokenize(part))
        return len(ms) == 1 and not ms[0].is_oov()

    cuts = range(2, len(word) - 1)
    for cut in cuts:
        if known(word[:cut]) and known(word[cut:]):
            return (_term(word[:cut]), _term(word[cut:]))
    # デジタル|サイネージ: one known word of three or more letters beside a word the dictionary lacks.
    for cut in cuts:
        left, right = word[:cut], word[cut:]
        if len(left) >= 3 and len(right) >= 3 and (known(left) or known(right)):
            return (_term(left), _term(right))
    return ()


def terms(text: str, expand: bool = True) -> list[str]:
    """Search terms of a text: Sudachi mode-A normalized forms, lower case, katakana folded to
    hiragana (Sudachi keeps ゴミ and ごみ apart). With `expand`, katakana compounds also yield
    their parts, placed after the compound."""
    out: list[str] = []
    tok = _tokenizer()
    for chunk in _chunks(fix_ocr(nfkc(text))):
        if not chunk.strip():
            continue
        for m in tok.tokenize(chunk):
            if m.part_of_speech()[0] in _SKIP_POS:
                continue
            surface = m.surface()
            if not surface.strip():
                continue
            out.append(_term(m.normalized_form()))
            if expand and _KATAKANA_RE.match(surface):
                out.extend(_katakana_parts(surface))
    return out


def tokenize_raw(text: str) -> int:
    """Tokenise once and count morphemes: the benchmark's floor for ingest."""
    tok = _tokenizer()
    return sum(len(tok.tokenize(chunk)) for chunk in _chunks(text) if chunk.strip())
