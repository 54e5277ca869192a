"""Bytes of a document file → text: detect the encoding, refuse binaries, normalise line endings.

Japanese administrative documents arrive as UTF-8 (with or without BOM), CP932/Shift_JIS,
EUC-JP or UTF-16. The order of attempts is chosen so that a strict success is strong evidence:

1. empty / known binary signatures / a BOM (UTF-32 before UTF-16, whose BOM is a prefix of it);
2. NUL bytes: only a UTF-16 pattern (NULs all on even or all on odd offsets) is text, else binary;
3. UTF-8 strict (multi-byte UTF-8 almost never decodes by accident), then UTF-8 with a few damaged
   characters: a file cut inside a multi-byte character, or with a damaged byte, is still UTF-8 when
   nearly all of its other multi-byte characters are valid (a CP932 or EUC-JP file fails on almost
   every Japanese character instead). The damaged characters become U+FFFD and a warning names the
   file — `decode_with_warnings()` returns it; `decode()` is the same without the warnings;
4. CP932 and EUC-JP strict, choosing by a Japanese-plausibility score when both succeed
   (EUC-JP bytes often decode as CP932 half-width katakana, which real text rarely contains);
5. charset-normalizer as a last resort for other encodings, accepted only if plausible.

ISO-2022-JP is recognised by its escape sequences before step 3 (it is 7-bit, so UTF-8 would
accept it and keep the escapes).

Every step is a C-speed pass over the bytes, so a 20 MB file decodes in well under a second.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

from assistant.errors import DocumentError

# Signatures of file formats users plausibly drop into the corpus folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG 画像"),
    (b"\xff\xd8\xff", "JPEG 画像"),
    (b"GIF87a", "GIF 画像"),
    (b"GIF89a", "GIF 画像"),
    (b"%PDF-", "PDF ファイル。テキストに変換してから入れてください"),
    (b"PK\x03\x04", "ZIP 形式（Excel・Word ファイルなど）。テキストに変換してから入れてください"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧形式の Office ファイル。テキストに変換してから入れてください"),
    (b"SQLite format 3\x00", "SQLite データベース"),
    (b"\x7fELF", "実行ファイル"),
    (b"MZ\x90\x00", "実行ファイル"),
    (b"\x1f\x8b", "gzip 圧縮ファイル"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that never occur in text files (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B))
_SAMPLE = 1 << 20  # plausibility is judged on the first MiB: enough evidence, bounded cost
_MAX_CONTROL_RATIO = 0.05

MSG_EMPTY = "空のファイルです"
MSG_BLANK = "空のファイルです（空白文字しかありません）"
MSG_NUL = "バイナリファイルのようです（NUL バイトを含む）"
MSG_CONTROL = "バイナリファイルのようです（制御文字が多すぎます）"
MSG_UNKNOWN = "文字コードを判別できません（UTF-8・Shift_JIS・EUC-JP・UTF-16 のいずれでもありません）"

# A damaged character for every this many valid non-ASCII ones at most (one at least, so that a short
# file cut at its end still reads), and never without this many valid ones: the encoding must show.
_VALID_PER_DAMAGED = 100
_MIN_VALID = 10
_BYTES_PER_CHARACTER = 4  # errors one damaged character can make at most
_MARK = "\ufdd0"  # a noncharacter: never in a real document
# One damaged character: a run of marks, or two runs around the one ASCII byte that replaced a byte
# inside the character (E8 41 8C reads as mark, "A", mark).
_MARK_RE = re.compile(f"{_MARK}+(?:[\x00-\x09\x0b-\x7f]{_MARK}+)*")
_MARK_ERRORS = "gyokaku-mark-damaged"
codecs.register_error(_MARK_ERRORS, lambda exc: (_MARK, exc.end))


def damaged_message(source: str, places: int, line: int) -> str:
    return f"{source}: 途中で切れた文字（{places} か所、最初は {line} 行目）を「\ufffd」に置き換えて読み込みました"


def decode(data: bytes, source: str) -> str:
    """Decode a document's bytes to text with LF line endings and no BOM, or raise DocumentError."""
    return decode_with_warnings(data, source)[0]


def decode_with_warnings(data: bytes, source: str) -> tuple[str, list[str]]:
    """`decode()`, and the Japanese warnings about what had to be repaired (damaged characters)."""
    warnings: list[str] = []
    text = _decode(data, source, warnings)
    return text, warnings


def _decode(data: bytes, source: str, warnings: list[str]) -> str:
    if not data:
        raise DocumentError(source, MSG_EMPTY)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DocumentError(source, f"バイナリファイルのようです（{what}）")

    text = _decode_by_bom(data, source, warnings)
    if text is None:
        text = _decode_without_bom(data, source, warnings)

    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError(source, MSG_BLANK)
    if _control_ratio_text(text[:_SAMPLE]) > _MAX_CONTROL_RATIO:
        raise DocumentError(source, MSG_CONTROL)
    return text


def _decode_by_bom(data: bytes, source: str, warnings: list[str]) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if not body.strip(b"\x00 \t\r\n"):
                raise DocumentError(source, MSG_BLANK)
            try:
                return body.decode(encoding)
            except UnicodeDecodeError as exc:
                repaired = _with_few_damaged(body, encoding, source, warnings)
                if repaired is not None:
                    return repaired
                raise DocumentError(
                    source, f"文字コードを判別できません（{encoding} の印がありますが {exc.start} バイト目が不正です）"
                ) from exc
    return None


def _decode_without_bom(data: bytes, source: str, warnings: list[str]) -> str:
    if data.count(b"\x00"):
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise DocumentError(source, MSG_NUL)
        return utf16

    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_RATIO * len(sample):
        raise DocumentError(source, MSG_CONTROL)

    if b"\x1b$B" in sample or b"\x1b$@" in sample:
        # ISO-2022-JP (JIS) is 7-bit, so UTF-8 would "succeed" and keep the escape sequences.
        try:
            return data.decode("iso2022_jp_ext")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    repaired = _with_few_damaged(data, "utf-8", source, warnings)
    if repaired is not None:
        return repaired

    candidates: list[tuple[float, str]] = []
    for encoding in ("cp932", "euc-jp"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((japanese_score(text[:_SAMPLE]), text))
    if candidates:
        score, text = max(candidates, key=lambda c: c[0])
        if score >= 0.5:
            return text

    fallback = _charset_normalizer(data)
    if fallback is not None:
        return fallback
    raise DocumentError(source, MSG_UNKNOWN)


def _with_few_damaged(data: bytes, encoding: str, source: str, warnings: list[str]) -> str | None:
    """The text with its few undecodable characters as U+FFFD (and a warning), or None when there
    are too many for the file to be in this encoding."""
    # C-speed looks first (the first MiB, then the whole file): a file in another encoding has an
    # error on nearly every character, and the marking below calls back into Python once per error.
    for part in ((data[:_SAMPLE], data) if len(data) > _SAMPLE else (data,)):
        rough = part.decode(encoding, errors="replace")
        errors = rough.count("\ufffd")
        valid = len(rough) - len(rough.encode("ascii", errors="ignore")) - errors
        if errors > _BYTES_PER_CHARACTER * max(2, valid // _VALID_PER_DAMAGED):
            return None
    # Each undecodable sequence is marked with a noncharacter, so that a U+FFFD the file itself
    # contains is not counted as damage; the marks of one broken character make one place.
    text = data.decode(encoding, errors=_MARK_ERRORS)
    runs = [m.span() for m in _MARK_RE.finditer(text)]
    if not runs:
        return None
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - text.count(_MARK)
    if valid < _MIN_VALID or len(runs) > max(1, valid // _VALID_PER_DAMAGED):
        return None
    warnings.append(damaged_message(source, len(runs), text.count("\n", 0, runs[0][0]) + 1))
    return _MARK_RE.sub("\ufffd", text)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII characters (newlines at least) put NULs on one parity only."""
    if len(data) % 2:
        return None
    sample = data[: _SAMPLE & ~1]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    # Kanji such as U+4E00 put a NUL on the other parity now and then, so require dominance
    # rather than purity.
    if odd_nuls > 4 * even_nuls:
        encoding = "utf-16-le"
    elif even_nuls > 4 * odd_nuls:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    # Binary data can happen to have the parity pattern; real text is mostly printable.
    return text if japanese_score(text[:_SAMPLE]) >= 0.5 else None


def _charset_normalizer(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - pinned dependency
        return None
    matches = from_bytes(data[:_SAMPLE])
    best = matches.best()
    if best is None:
        return None
    # Western European text ties with Baltic/Central European code pages on coherence and
    # charset-normalizer then picks cp1257 ("façade" → "faēade"); prefer cp1252 on a near tie.
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if (western is not None and western is not best and western.coherence >= best.coherence - 0.01
            and western.chaos <= best.chaos + 0.05):
        best = western
    # Any byte string "decodes" in a single-byte code page; accept one only if the result reads
    # as language (coherence), multi-byte guesses are evidence enough with the score below.
    single_byte = best.encoding.startswith(("cp", "latin", "iso8859", "mac", "koi8", "windows", "kz", "ptcp", "hp"))
    if single_byte and best.coherence < 0.3:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if japanese_score(text[:_SAMPLE]) >= 0.7 else None


def japanese_score(text: str) -> float:
    """Share of characters that plausibly belong to a (Japanese) text document, 0..1.

    Half-width katakana, controls and private-use or unassigned characters count against: they
    are what a wrong legacy decoding produces, while real documents consist of kana, kanji,
    ASCII and full-width punctuation. Regex passes keep this fast on large samples.
    """
    if not text:
        return 0.0
    good_re, bad_re = _score_patterns()
    good = good_re.subn("", text)[1]
    bad = bad_re.subn("", text)[1]
    other = len(text) - good - bad
    return max(0.0, (good + 0.5 * other - 2 * bad) / len(text))


@lru_cache(maxsize=None)
def _score_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled on the first legacy-encoded file: their wide ranges take re a few milliseconds to
    compile, which a UTF-8 corpus's ingest never needs."""
    good = re.compile(
        "[\t\n\r\x0b\x0c\x20-\x7e\u00a0-\u024f\u2000-\u2bff\u3000-\u30ff"
        "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]"
    )
    bad = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\uff61-\uff9f\ue000-\uf8ff\ufffd\ud800-\udfff]")
    return good, bad


_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _control_ratio_text(text: str) -> float:
    if not text:
        return 0.0
    return _CONTROL_RE.subn("", text)[1] / len(text)
