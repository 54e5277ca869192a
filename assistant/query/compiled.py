"""Regular expressions of the question grammar, compiled once per machine instead of once per process.

Reading one question tries every grammar rule and, for each name the index knows, a pattern with
the negations spelled out: several hundred patterns of up to a thousand characters. Python's `re`
parses and compiles such patterns in pure Python (about 0.3 s for one question), keeps only 512 of
them, and forgets them all when the process ends, so every `gyokaku ask` paid that again, and a
long conversation paid it again whenever its cache had turned over.

Here a compiled pattern is kept for the life of the process, and its compiled form (the
instruction list `re` hands to its C engine, `_sre`) is stored in the user's cache folder, keyed by
the pattern text and the engine's version, so a later process builds the same pattern object
without parsing it. Anything unexpected (another Python, a damaged file, an unwritable folder)
falls back to `re.compile`; the file is only ever a shortcut.

With each pattern the strings its every match must contain (literals.py) are worked out from the
same parse and stored beside it: `finditer` and `search` test them first and skip a scan that cannot
match, which most rules' scans of a question are.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import threading
from array import array
from pathlib import Path

from assistant.query.literals import Needed, might_match, required

try:  # the compiler's internals moved in Python 3.11
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_parse as _parser

import _sre

# The file keeps at most this many bytes of patterns, the most recently used: one index's questions
# use about 650 patterns (2 MB: every rule, and patterns spelling the index's names); an index built
# again from other documents adds its names, and reading every name ever seen would cost each
# process more than compiling saves.
_MAX_BYTES = 8_000_000  # (the patterns one conversation uses came near 6 MB (5.8 on main, 6.0 with fx178's rules): room for more rules)
_lock = threading.RLock()  # (re-entered when the store's own parsing compiles through `re`: install_for_re)
_memo: dict[tuple[str, int], re.Pattern] = {}
_plain: dict[str, re.Pattern] = {}  # the patterns compiled without flags, by their text
_needed: dict[int, Needed] = {}  # id of a pattern built here -> the strings its matches hold
# The stored entry's form; a file of another form is another file (and is never read).
_FORMAT = "n3"
# The file: _MAGIC, the length of the index (8 bytes, little-endian), the index marshalled, then the entries'
# bytes one after another. The index maps each pattern (its flags and text, as bytes) to (offset, length,
# the strings its matches hold), so a process reads the index and only the entries it builds: a `gyokaku
# ask` asks most stored patterns only for those strings (triggers.py, phrasings.py) and builds half of
# them, and unmarshalling the whole file as one mapping of entries cost it about 8 ms.
_MAGIC = b"gyokaku-regex\0"


def _stored_key(key: tuple[str, int]) -> bytes:
    return f"{key[1]}\0{key[0]}".encode("utf-8", "surrogatepass")  # (a class may span lone surrogates)


class _Store:
    """One file of compiled patterns: its index read on the first miss, added to at exit (see _write).

    Each entry is marshalled on its own: a process builds only the entries it uses, and reads their bytes
    only (the file is mapped, not read whole)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.stored: dict[bytes, tuple[int, int, Needed]] | None = None  # the file's index, read on the first miss
        self.blob = b""  # the entries' bytes (a map of the file where it can be mapped)
        self.new: dict[bytes, tuple[bytes, Needed]] = {}
        self.writes = False  # whether write runs at exit
        self.used: list[bytes] = []  # the stored patterns this process built: the file's recent end

    def file(self) -> Path:
        base = os.environ.get("GYOKAKU_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        version = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}-{_sre.MAGIC}-{_sre.CODESIZE}-{_FORMAT}"
        return Path(base) / "gyokaku" / f"{self.name}-{version}.marshal"

    def _found(self, key: tuple[str, int]) -> tuple[bytes, tuple[int, int, Needed] | None]:
        if self.stored is None:
            self.stored, self.blob = self.read()
        stored = _stored_key(key)
        return stored, self.stored.get(stored)

    def entry(self, key: tuple[str, int]) -> tuple | None:
        stored, where = self._found(key)
        if where is None:
            return None
        try:
            entry = marshal.loads(self.blob[where[0]:where[0] + where[1]])
        except Exception:  # noqa: BLE001 - a damaged entry or index: compiled afresh
            return None
        self.used.append(stored)
        return entry

    def needed(self, key: tuple[str, int]) -> tuple[bool, Needed]:
        """(whether the file has the pattern, the strings its matches hold), without reading its entry."""
        stored, where = self._found(key)
        if type(where) is not tuple or len(where) != 3:  # (not stored, or a damaged index: compiled afresh)
            return False, None
        self.used.append(stored)
        return True, where[2]

    def add(self, key: tuple[str, int], entry: tuple) -> None:
        self.write_at_exit()
        self.new[_stored_key(key)] = (marshal.dumps(entry), entry[5])

    def read(self) -> tuple[dict[bytes, tuple[int, int, Needed]], bytes]:
        """(the index, the entries' bytes); empty when the file is missing, damaged or of another form."""
        try:
            with open(self.file(), "rb") as f:
                head = f.read(len(_MAGIC) + 8)
                if len(head) < len(_MAGIC) + 8 or not head.startswith(_MAGIC):
                    return {}, b""
                size = int.from_bytes(head[len(_MAGIC):], "little")
                index = marshal.loads(f.read(size))
                start = len(head) + size
                try:
                    import mmap

                    blob = memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))[start:]
                except (ImportError, OSError, ValueError):  # no map: the entries read whole
                    blob = f.read()
            if not isinstance(index, dict):
                return {}, b""
            if start + len(blob) > _MAX_BYTES and sum(len(k) + v[1] + 10 for k, v in index.items()) > _MAX_BYTES:
                self.write_at_exit()  # (left by a race): trimmed at exit, as write counts the bytes
            return index, blob
        except Exception:  # noqa: BLE001 - missing, damaged or from another version: start empty
            return {}, b""

    def write_at_exit(self) -> None:
        if not self.writes:
            self.writes = True
            atexit.register(self.write)

    def write(self) -> None:
        """Add this process's new patterns to the file (at exit; atomically, so a reader never sees
        half), in the order of their last use, dropping the least recently used past _MAX_BYTES."""
        path = self.file()
        try:
            index, blob = self.read()
            merged = {key: (bytes(blob[off:off + size]), needed) for key, (off, size, needed) in index.items()}
            del blob
            for key in self.used:  # used again: moved to the end, the recent side
                entry = merged.pop(key, None)
                if entry is not None:
                    merged[key] = entry
            merged.update(self.new)
            room = _MAX_BYTES
            for key in reversed(list(merged)):
                room -= len(key) + len(merged[key][0]) + 10  # (about the index's own bytes around each)
                if room < 0:
                    del merged[key]
            out_index, offset = {}, 0
            for key, (raw, needed) in merged.items():
                out_index[key] = (offset, len(raw), needed)
                offset += len(raw)
            head = marshal.dumps(out_index)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}")
            self.stored, self.blob = None, b""  # (the old file unmapped, which Windows wants before replacing it; read again on a later miss)
            with open(tmp, "wb") as f:
                f.write(_MAGIC + len(head).to_bytes(8, "little"))
                f.write(head)
                for raw, _ in merged.values():
                    f.write(raw)
            os.replace(tmp, path)
        except Exception:  # noqa: BLE001 - a read-only home or a full disk only costs speed
            pass

    def patterns(self) -> list[str]:
        """The stored patterns' texts, oldest use first (for tests)."""
        return [k.decode("utf-8", "surrogatepass").split("\0", 1)[1] for k in self.read()[0]]


_questions = _Store("regex")  # the question grammar's patterns
# The patterns the document kinds compile through `re` during an ingest (install_for_re): a file of
# their own, so that neither kind of process reads the other's patterns.
_ingest = _Store("ingest-regex")


def cache_file() -> Path:
    return _questions.file()


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, compiled at most once per process, and per machine when it can.

    Called in a module's body (a pattern the module keeps as a constant), it gives a _Deferred that builds
    the pattern on its first use, when the machine's file knows the strings its matches hold."""
    if not flags:  # the usual call, on every use of a pattern: one lookup by the text alone
        found = _plain.get(pattern)
        if found is not None:
            return found
    flags = int(flags)  # a RegexFlag as a plain int: the stored keys must be marshal's own types
    key = (pattern, flags)
    found = _memo.get(key)
    if found is not None:
        return found
    if sys._getframe(1).f_code.co_name == "<module>":
        deferred = _deferred_for(key)
        if deferred is not None:
            return deferred
    with _lock:
        found = _memo.get(key)
        if found is None:
            found = _memo[key] = _build(pattern, flags)
            if not flags:
                _plain[pattern] = found
    return found


class _Deferred:
    """A pattern a module compiles in its body, built on its first use that can match.

    The modules a `gyokaku ask` imports compile some 850 patterns as constants, and one question uses
    about 250 of them: building the others from the machine's file (reading each entry, and the Python
    list of its instructions that `_sre` wants) was some 10 ms of every process. Until it is built, a
    search, match, sub, ... over a text lacking every string its matches hold (literals.py) gives what no
    match gives, as finditer and search below do; once built, the pattern's methods and attributes are this
    object's own (no check, and no lookup through __getattr__, again). It is not a `re.Pattern`:
    `match.re` is the built pattern, so compare `match.re.pattern` with its `pattern`."""

    def __init__(self, key: tuple[str, int], needs: Needed) -> None:
        self._key = key
        self._needs = needs
        self.pattern = key[0]

    def _built(self) -> re.Pattern:
        regex = compiled(*self._key)  # (not in a module's body: the pattern itself)
        for attr in _PATTERN_ATTRS:
            setattr(self, attr, getattr(regex, attr))
        return regex

    def __getattr__(self, name: str):
        return getattr(self._built(), name)

    # (what each gives when nothing matches: the pattern is not built for a text it cannot match)
    def search(self, string, *args, **kwargs):
        return self._built().search(string, *args, **kwargs) if might_match(self._needs, string) else None

    def match(self, string, *args, **kwargs):
        return self._built().match(string, *args, **kwargs) if might_match(self._needs, string) else None

    def fullmatch(self, string, *args, **kwargs):
        return self._built().fullmatch(string, *args, **kwargs) if might_match(self._needs, string) else None

    def finditer(self, string, *args, **kwargs):
        return self._built().finditer(string, *args, **kwargs) if might_match(self._needs, string) else iter(())

    def findall(self, string, *args, **kwargs):
        return self._built().findall(string, *args, **kwargs) if might_match(self._needs, string) else []

    def sub(self, repl, string, *args, **kwargs):
        return self._built().sub(repl, string, *args, **kwargs) if might_match(self._needs, string) else string

    def subn(self, repl, string, *args, **kwargs):
        return self._built().subn(repl, string, *args, **kwargs) if might_match(self._needs, string) else (string, 0)

    def split(self, string, *args, **kwargs):
        return self._built().split(string, *args, **kwargs) if might_match(self._needs, string) else [string]

    def __repr__(self) -> str:
        return repr(compiled(*self._key))

    def __reduce__(self):
        return compiled, self._key

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_PATTERN_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                  "pattern", "flags", "groups", "groupindex")
# key -> its _Deferred: one per pattern for the life of the process, so that its id in _needed is never
# another object's.
_deferreds: dict[tuple[str, int], _Deferred] = {}


def _deferred_for(key: tuple[str, int]) -> _Deferred | None:
    """The pattern's _Deferred, or None when the machine's file lacks it (built now, and stored)."""
    with _lock:
        deferred = _deferreds.get(key)
        if deferred is None:
            found, strings = _questions.needed(key)
            if not found:
                return None
            deferred = _deferreds[key] = _Deferred(key, strings)
            _needed[id(deferred)] = strings  # (finditer and search skip a scan without building it)
        return deferred


def needed(regex: re.Pattern) -> Needed:
    """The strings every match of a pattern built here holds (None: it promises none)."""
    return _needed.get(id(regex))


def needed_of(pattern: str, flags: int = 0) -> Needed:
    """The strings every match of a pattern holds, read from the machine's file without building the
    pattern when the file has it (which rules a question can trigger is known before any is built)."""
    flags = int(flags)
    found = _memo.get((pattern, flags))
    if found is not None:
        return _needed.get(id(found))
    with _lock:
        found, strings = _questions.needed((pattern, flags))  # (kept on the file's recent side, as a pattern built is)
    if found:
        return strings
    return needed(compiled(pattern, flags))


def finditer(regex: re.Pattern, text: str):
    """`regex.finditer(text)`, without the scan when the text lacks what every match holds."""
    return regex.finditer(text) if might_match(_needed.get(id(regex)), text) else iter(())


def search(regex: re.Pattern, text: str) -> re.Match | None:
    """`regex.search(text)`, without the scan when the text lacks what every match holds."""
    return regex.search(text) if might_match(_needed.get(id(regex)), text) else None


def _build(pattern: str, flags: int) -> re.Pattern:
    regex = _from_store(_questions, pattern, flags)
    if regex is None:  # internals not as expected: the ordinary way, not stored
        return re.compile(pattern, flags)
    return regex


def _from_store(store: _Store, pattern: str, flags: int, noted: bool = True) -> re.Pattern | None:
    """The pattern built from its stored form, or compiled and stored; None when the internals are
    not as expected (called with _lock held)."""
    entry = store.entry((pattern, flags))
    if entry is not None:
        try:
            flags_out, code, groups, groupindex, indexgroup, needed = entry
            regex = _sre.compile(pattern, flags_out, array("I", code).tolist(), groups, groupindex, indexgroup)
            if noted:  # (only the patterns kept for good are searched through finditer and search: an
                # object `re` may drop must leave no entry another pattern could take over with its id)
                _needed[id(regex)] = needed
            return regex
        except Exception:  # noqa: BLE001 - a damaged entry: compile afresh below
            pass
    try:
        entry = _parts(pattern, flags)
        regex = _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), *entry[2:5])
    except Exception:  # noqa: BLE001
        return None
    if noted:
        _needed[id(regex)] = entry[5]
    store.add((pattern, flags), entry)
    return regex


def install_for_re(questions: bool = False) -> None:
    """Have `re` itself (re.compile, re.match with a pattern's text, ...) build the patterns it has not
    cached from a store of their own, in a process that ingests. The document kinds compile some
    3,500 patterns, many with classes of thousands of kanji that re's compiler walks character by
    character in Python: about 55 ms of every `gyokaku ingest` (a sixth of it for the shipped corpus),
    against a few ms to read them back. re's own cache and everything else it does stay as they
    are; only its compiler is replaced, and anything unexpected falls back to it.

    With `questions`, for a process that answers: the few dozen patterns the question engine's
    modules compile through `re` itself (at import, or as re.search with a pattern's text) go into
    the question grammar's own file, about 6 ms of every `gyokaku ask`."""
    store = _questions if questions else _ingest
    original = _compiler.compile
    if getattr(original, "through_store", False):
        return
    ours = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the assistant package
    theirs = os.path.dirname(os.path.abspath(re.__file__))

    def ours_asked(frame) -> bool:
        """Whether our own code asked for the pattern: a library's patterns are left out (one spells a
        pattern from a set, in another order in every process, and would fill the file)."""
        while frame is not None and frame.f_code.co_filename.startswith(theirs):
            frame = frame.f_back
        return frame is not None and frame.f_code.co_filename.startswith(ours)

    def compile(p, flags=0):
        if type(p) is str and not flags & re.DEBUG and ours_asked(sys._getframe(1)):
            with _lock:
                regex = _from_store(store, p, int(flags), noted=False)
            if regex is not None:
                return regex
        return original(p, flags)

    compile.through_store = True
    _compiler.compile = compile


def _parts(pattern: str, flags: int) -> tuple:
    """What re's own compile() hands to _sre.compile, and the strings every match holds, in a form
    marshal can store."""
    parsed = _parser.parse(pattern, flags)
    needed = required(parsed, flags | parsed.state.flags)  # read before compiling, which may alter the tree
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup), needed)


def _write() -> None:
    _questions.write()
