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
_MAX_BYTES = 6_000_000  # (the patterns one conversation uses came near 4 MB: room for more rules)
_lock = threading.Lock()
_memo: dict[tuple[str, int], re.Pattern] = {}
_plain: dict[str, re.Pattern] = {}  # the patterns compiled without flags, by their text
_stored: dict[tuple[str, int], tuple] | None = None  # read from the file on the first miss
_new: dict[tuple[str, int], tuple] = {}
_writes = False  # whether _write runs at exit
_used: list[tuple[str, int]] = []  # the stored patterns this process built: the recent end of the file
_needed: dict[int, Needed] = {}  # id of a pattern built here -> the strings its matches hold
# The stored entry's form; a file of another form is another file (and is never read).
_FORMAT = "n1"


def cache_file() -> Path:
    base = os.environ.get("GYOKAKU_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    version = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}-{_sre.MAGIC}-{_sre.CODESIZE}-{_FORMAT}"
    return Path(base) / "gyokaku" / f"regex-{version}.marshal"


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, compiled at most once per process, and per machine when it can."""
    if not flags:  # the usual call, on every use of a pattern: one lookup by the text alone
        found = _plain.get(pattern)
        if found is not None:
            return found
    flags = int(flags)  # a RegexFlag as a plain int: the stored keys must be marshal's own types
    key = (pattern, flags)
    found = _memo.get(key)
    if found is not None:
        return found
    with _lock:
        found = _memo.get(key)
        if found is None:
            found = _memo[key] = _build(pattern, flags)
            if not flags:
                _plain[pattern] = found
    return found


def needed(regex: re.Pattern) -> Needed:
    """The strings every match of a pattern built here holds (None: it promises none)."""
    return _needed.get(id(regex))


def needed_of(pattern: str, flags: int = 0) -> Needed:
    """The strings every match of a pattern holds, read from the machine's file without building the
    pattern when the file has it (which rules a question can trigger is known before any is built)."""
    global _stored
    flags = int(flags)
    found = _memo.get((pattern, flags))
    if found is not None:
        return _needed.get(id(found))
    if _stored is None:
        with _lock:
            if _stored is None:
                _stored = _read()
    entry = _stored.get((pattern, flags))
    if entry is not None and len(entry) == 6:
        _used.append((pattern, flags))  # (kept on the file's recent side, as a pattern built is)
        return entry[5]
    return needed(compiled(pattern, flags))


def finditer(regex: re.Pattern, text: str):
    """`regex.finditer(text)`, without the scan when the text lacks what every match holds."""
    return regex.finditer(text) if might_match(_needed.get(id(regex)), text) else iter(())


def search(regex: re.Pattern, text: str) -> re.Match | None:
    """`regex.search(text)`, without the scan when the text lacks what every match holds."""
    return regex.search(text) if might_match(_needed.get(id(regex)), text) else None


def _build(pattern: str, flags: int) -> re.Pattern:
    global _stored
    if _stored is None:
        _stored = _read()
    entry = _stored.get((pattern, flags))
    if entry is not None:
        try:
            flags_out, code, groups, groupindex, indexgroup, needed = entry
            regex = _sre.compile(pattern, flags_out, array("I", code).tolist(), groups, groupindex, indexgroup)
            _needed[id(regex)] = needed
            _used.append((pattern, flags))
            return regex
        except Exception:  # noqa: BLE001 - a damaged entry: compile afresh below
            pass
    try:
        entry = _parts(pattern, flags)
        regex = _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), *entry[2:5])
    except Exception:  # noqa: BLE001 - internals not as expected: the ordinary way, not stored
        return re.compile(pattern, flags)
    _needed[id(regex)] = entry[5]
    _write_at_exit()
    _new[(pattern, flags)] = entry
    return regex


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


def _read() -> dict[tuple[str, int], tuple]:
    try:
        raw = cache_file().read_bytes()
        data = marshal.loads(raw)
        if len(raw) > _MAX_BYTES:  # (left by an older version, or a race): trimmed at exit
            _write_at_exit()
        return data if isinstance(data, dict) else {}
    except Exception:  # noqa: BLE001 - missing, damaged or from another version: start empty
        return {}


def _write_at_exit() -> None:
    global _writes
    if not _writes:
        _writes = True
        atexit.register(_write)


def _write() -> None:
    """Add this process's new patterns to the file (at exit; atomically, so a reader never sees half),
    in the order of their last use, dropping the least recently used past _MAX_BYTES."""
    path = cache_file()
    try:
        merged = _read()
        for key in _used:  # used again: moved to the end, the recent side
            entry = merged.pop(key, None)
            if entry is not None:
                merged[key] = entry
        merged.update(_new)
        room = _MAX_BYTES
        for key in reversed(list(merged)):
            room -= len(marshal.dumps((key, merged[key])))
            if room < 0:
                del merged[key]
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}")
        tmp.write_bytes(marshal.dumps(merged))
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - a read-only home or a full disk only costs speed
        pass
