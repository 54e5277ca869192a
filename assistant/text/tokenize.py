"""Sudachi tokenisation into search terms (one dictionary, loaded once per process).

Speed notes (see README 「性能」, measured with scripts/bench):
- A Sudachi tokenizer keeps its work buffers at the size of the longest input it has seen, and
  every later call pays for clearing them, so one long text makes each short call after it about
  twice as slow. Short texts (passages, questions, compound halves) therefore get their own
  tokenizer; long texts go to another one.
- Per morpheme, the work after Sudachi (part-of-speech filter, kana folding, compound split) is
  cached by word id and surface. A dictionary word's id fixes its part of speech and normalized
  form; an unknown word's id encodes its part of speech and its normalized form is its surface
  after Sudachi's character-wise input normalisation. So the key fixes the terms, and each
  morpheme costs two calls into Sudachi instead of three. The passages' loop (passage_terms) keeps
  the terms joined, by surface with the word id last seen with it: one look-up and one comparison
  per morpheme, and a passage's terms joined once.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
import threading
from functools import lru_cache
from pathlib import Path

from assistant.text.normalize import fix_ocr, nfkc

# Sudachi refuses inputs over ~49 KB; stay well below in characters (UTF-8 is ≤ 3 bytes/char here).
_MAX_CHARS = 12_000
# Inputs up to this length use the short-text tokenizer (passages are a few hundred characters).
_SHORT = 2_000
_KATAKANA_RE = re.compile(r"^[ァ-ヺー]{4,}$")
_SKIP_POS = {"補助記号", "空白"}
# Katakana → hiragana, the same mapping as normalize.kata_to_hira (ァ..ヶ shifted by 0x60).
_KATA_TO_HIRA = {c: c - 0x60 for c in range(ord("ァ"), ord("ヶ") + 1)}


_dictionary_lock = threading.Lock()
_loaded: list = []


def _dictionary():
    """The one Sudachi dictionary of the process (loaded once, even when threads race for it)."""
    if not _loaded:
        with _dictionary_lock:
            if not _loaded:
                from sudachipy import Dictionary

                _loaded.append(Dictionary(dict="core"))
    return _loaded[0]


def load_in_background() -> None:
    """Start loading the dictionary in a thread: Sudachi reads it without holding Python's lock, so
    a build that will tokenise in this process gets it on the other core while it parses its first
    file, instead of later between two passages. A caller that needs it first waits for it."""
    def load() -> None:
        try:
            _dictionary()
        except Exception:  # no dictionary: the caller that needs it reports that itself
            pass

    if not _loaded:
        # (sudachipy's own modules imported here, in the calling thread: its Config dataclass, built in a
        # thread while this one is importing `typing`, can find that module half initialised)
        import sudachipy  # noqa: F401

        threading.Thread(target=load, daemon=True).start()


# Tokenizers belong to one thread (Sudachi raises on concurrent use), so each thread gets its own;
# making one from the loaded dictionary takes microseconds.
_local = threading.local()


def _tokenizer(long: bool = False):
    """The calling thread's mode-A tokenizer for short texts, or (long=True) for long ones."""
    name = "long" if long else "short"
    tok = getattr(_local, name, None)
    if tok is None:
        from sudachipy import SplitMode

        tok = _dictionary().tokenizer(SplitMode.A)
        setattr(_local, name, tok)
    return tok


@lru_cache(maxsize=2048)
def morphemes(text: str) -> tuple:
    """Sudachi's mode-A morphemes of a short text (a question, a word, a title), for reading only. The
    steps of one question (its canonical text, place names, content words, facts) read the same
    text, and the index's titles are read by more than one table built on first use (their words,
    their clipped forms): each is tokenised once."""
    return tuple(_tokenizer().tokenize(text))


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
    return form.lower().translate(_KATA_TO_HIRA)


@lru_cache(maxsize=65536)
def _known(part: str) -> bool:
    """Whether a katakana string is one dictionary word. The halves tried for one compound are
    tried again for the next (サービス in every サービス… compound, a half tried by both loops
    below): each is tokenised once."""
    ms = _tokenizer().tokenize(part)
    return len(ms) == 1 and not ms[0].is_oov()


@lru_cache(maxsize=65536)
def _katakana_parts(word: str) -> tuple[str, ...]:
    """バスツアー → (ばす, つあー): a katakana compound split where both halves are dictionary words,
    so that a short word is found inside it. Sudachi keeps such compounds whole even in mode A."""
    known = _known
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


# The morpheme's terms by word id, then surface: [0] without, [1] with compound parts (a look-up
# by the id's int and then the surface is cheaper than building and hashing a tuple of both).
# Bounded: cleared when full (the shipped corpus has under 10,000 distinct keys).
_MORPHEME_TERMS: tuple[dict[int, dict[str, tuple[str, ...]]], dict[int, dict[str, tuple[str, ...]]]] = ({}, {})
_MORPHEME_CACHE_MAX = 200_000
_cached = 0
_SKIP_POS_IDS: dict[int, bool] = {}


def _morpheme_terms(m, word_id: int, surface: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    global _cached
    pos_id = m.part_of_speech_id()
    skip = _SKIP_POS_IDS.get(pos_id)
    if skip is None:
        skip = _SKIP_POS_IDS[pos_id] = m.part_of_speech()[0] in _SKIP_POS
    if skip or not surface.strip():
        plain = expanded = ()
    else:
        plain = (_term(m.normalized_form()),)
        expanded = plain + _katakana_parts(surface) if _KATAKANA_RE.match(surface) else plain
    if _cached >= _MORPHEME_CACHE_MAX:
        _MORPHEME_TERMS[0].clear()
        _MORPHEME_TERMS[1].clear()
        _cached = 0
    _cached += 1
    _MORPHEME_TERMS[0].setdefault(word_id, {})[surface] = plain
    _MORPHEME_TERMS[1].setdefault(word_id, {})[surface] = expanded
    return plain, expanded


# passage_terms' own caches, of a morpheme's expanded terms joined by spaces ("" for none): by word
# id and surface, and by surface alone, the word id last seen with it beside the terms. A surface
# nearly always comes with one word id, so the loop over an ingest's morphemes looks up one string
# and compares one int instead of two dictionary look-ups, and joins nothing but the passage.
_JOINED: dict[tuple[int, str], str] = {}
_JOINED_BY_SURFACE: dict[str, tuple[int, str]] = {}


# The joined terms of every (word id, surface) an ingest met, kept in the user's cache folder for the next
# ingest (GYOKAKU_CACHE, as compiled.py's patterns): a morpheme met for the first time costs its
# normalized form, part of speech and, for katakana, the compound's halves tokenised, some 30% of the
# Python work beside Sudachi. Read only under the key of the dictionary file, this module and Sudachi's
# version (what fixes a morpheme's terms), so an entry is never stale; anything wrong costs only speed.
_KNOWN_FORMAT = "j1"
_known_loaded: list[int] = []  # how many entries the file gave (once read)


def _known_terms_file() -> Path:
    base = os.environ.get("GYOKAKU_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "gyokaku" / f"morpheme-terms-{_KNOWN_FORMAT}.marshal"


def _known_terms_key() -> tuple:
    import sudachipy

    stamps = []
    try:
        import sudachidict_core

        for path in (os.path.join(os.path.dirname(sudachidict_core.__file__), "resources", "system.dic"), __file__):
            st = os.stat(path)
            stamps.append((path, st.st_size, st.st_mtime_ns))
    except (ImportError, OSError, TypeError):
        return ("unknown", os.getpid())  # a key no file holds
    return (_KNOWN_FORMAT, getattr(sudachipy, "__version__", ""), tuple(sys.version_info[:2]), tuple(stamps))


def load_known_terms() -> None:
    """Read the terms earlier ingests found (once per process, before or beside the first tokenising)."""
    if _known_loaded:
        return
    _known_loaded.append(0)
    try:
        key, table = marshal.loads(_known_terms_file().read_bytes())
        if key == _known_terms_key() and isinstance(table, dict) and len(table) < _MORPHEME_CACHE_MAX:
            for k, v in table.items():
                _JOINED.setdefault(k, v)
            _known_loaded[0] = len(table)
    except Exception:  # noqa: BLE001 - missing, damaged or another version's: found anew
        pass


def save_known_terms() -> None:
    """Keep the terms found, when this process found some the file lacks (atomically: a reader never
    sees half a file, and of two processes writing, the last one's file is kept)."""
    if not _known_loaded or len(_JOINED) <= _known_loaded[0]:
        return
    path = _known_terms_file()
    key = _known_terms_key()
    try:
        merged: dict = {}
        try:  # (what a terms helper beside this process saved meanwhile is kept too)
            held_key, held = marshal.loads(path.read_bytes())
            if held_key == key and isinstance(held, dict):
                merged = held
        except Exception:  # noqa: BLE001 - none yet, or damaged: replaced
            pass
        merged.update(_JOINED)
        if len(merged) >= _MORPHEME_CACHE_MAX:
            merged = dict(_JOINED)
        data = marshal.dumps((key, merged))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        _known_loaded[0] = len(_JOINED)
    except Exception:  # noqa: BLE001 - a read-only home or a full disk only costs speed
        pass


def clear_caches() -> None:
    """Forget cached morphemes and compound splits (the benchmark measures a cold ingest)."""
    global _cached
    _MORPHEME_TERMS[0].clear()
    _MORPHEME_TERMS[1].clear()
    _cached = 0
    _katakana_parts.cache_clear()
    _known.cache_clear()
    _JOINED.clear()
    _JOINED_BY_SURFACE.clear()
    _known_loaded.clear()  # (read again by the next ingest, as a new process would)


def _joined_terms(m, word_id: int, surface: str) -> str:
    """A morpheme's expanded terms joined by spaces, cached (the slow path of _add_joined)."""
    key = (word_id, surface)
    got = _JOINED.get(key)
    if got is None:
        if len(_JOINED) >= _MORPHEME_CACHE_MAX:
            _JOINED.clear()
            _JOINED_BY_SURFACE.clear()
        known = _MORPHEME_TERMS[1].get(word_id)
        found = known.get(surface) if known is not None else None
        if found is None:
            found = _morpheme_terms(m, word_id, surface)[1]
        got = _JOINED[key] = " ".join(found)
    _JOINED_BY_SURFACE[surface] = (word_id, got)
    return got


def _add_joined(out: list[str], tok, text: str) -> None:
    """Append each morpheme's expanded terms of one chunk, joined by spaces, skipping morphemes with
    none: " ".join(out) is then " ".join(normalized_terms(text)). The loop every ingested morpheme
    goes through: two calls into Sudachi (surface, word id) and one look-up."""
    add = out.append
    by_surface = _JOINED_BY_SURFACE.get
    for m in tok.tokenize(text):
        surface = m.surface()
        seen = by_surface(surface)
        if seen is not None and seen[0] == m.word_id():
            got = seen[1]
        else:
            got = _joined_terms(m, m.word_id(), surface)
        if got:
            add(got)


def _passage_line(text: str) -> str:
    """" ".join(normalized_terms(text)) of a text already in NFKC with OCR fixes applied."""
    out: list[str] = []
    if len(text) <= _SHORT:  # a passage: one chunk
        if text.strip():
            _add_joined(out, _tokenizer(), text)
        return " ".join(out)
    for chunk in _chunks(text):
        if chunk.strip():
            _add_joined(out, _tokenizer(len(chunk) > _SHORT), chunk)
    return " ".join(out)


def _add_terms(out: list[str], tok, text: str, which: int) -> None:
    """Append the terms of one chunk (short enough for Sudachi): the loop every ingested morpheme
    goes through, so it does no more than two calls into Sudachi and two dictionary look-ups."""
    add = out.extend
    by_id = _MORPHEME_TERMS[which].get
    for m in tok.tokenize(text):
        word_id = m.word_id()
        surface = m.surface()
        known = by_id(word_id)
        got = known.get(surface) if known is not None else None
        if got is None:
            got = _morpheme_terms(m, word_id, surface)[which]
        add(got)


def normalized_terms(text: str, expand: bool = True) -> list[str]:
    """`terms` of a text that is already in NFKC with OCR fixes applied (fix_ocr(nfkc(...)))."""
    out: list[str] = []
    which = 1 if expand else 0
    if len(text) <= _SHORT:  # a passage, a question: one chunk
        if text.strip():
            _add_terms(out, _tokenizer(), text, which)
        return out
    for chunk in _chunks(text):
        if chunk.strip():
            _add_terms(out, _tokenizer(len(chunk) > _SHORT), chunk, which)
    return out


def passage_terms(texts: list[str]) -> list[str]:
    """What the index keeps of each passage (passages.terms): its expanded `terms` joined by spaces.
    Each distinct text is tokenised once: a document repeats short passages (「R2と同じ」 dozens of
    times in the shipped plan report), and equal texts have equal terms."""
    done: dict[str, str] = {}
    out: list[str] = []
    for text in texts:
        words = done.get(text)
        if words is None:
            words = done[text] = _passage_line(fix_ocr(nfkc(text)))
        out.append(words)
    return out


def terms(text: str, expand: bool = True) -> list[str]:
    """Search terms of a text: Sudachi mode-A normalized forms, lower case, katakana folded to
    hiragana (Sudachi keeps ゴミ and ごみ apart). With `expand`, katakana compounds also yield
    their parts, placed after the compound."""
    return normalized_terms(fix_ocr(nfkc(text)), expand)


def tokenize_raw(text: str) -> int:
    """Tokenise once, with the tokenizer ingest would use, and count morphemes: the benchmark's
    floor for ingest (run over the passages the index holds)."""
    return sum(len(_tokenizer(len(chunk) > _SHORT).tokenize(chunk)) for chunk in _chunks(text) if chunk.strip())


def tokenize_read(text: str) -> int:
    """tokenize_raw, also reading each morpheme's word id and surface as ingest does (two calls into
    Sudachi each): the least any use of the morphemes costs, beside the floor in the benchmark."""
    n = 0
    for chunk in _chunks(text):
        if chunk.strip():
            for m in _tokenizer(len(chunk) > _SHORT).tokenize(chunk):
                m.word_id()
                m.surface()
                n += 1
    return n
