"""decode(): encodings detected from the bytes, binaries and empty files refused with Japanese reasons."""
from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest

from assistant.errors import DocumentError
from assistant.kinds.generic import loader as generic
from assistant.text.decode import damaged_message, decode, decode_with_warnings

SAMPLE = "行政改革の取組\r\n岡山市・倉敷市の連携事業（①②）\r\n〜ﾃｽﾄ ではない全角テスト～\r\n"
EXPECTED = SAMPLE.replace("\r\n", "\n")


def _roundtrip(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return decode(path.read_bytes(), name)


def test_utf8_plain_and_line_endings(tmp_path: Path) -> None:
    assert _roundtrip(tmp_path, "a.txt", "一行目\r二行目\r\n三行目\n".encode("utf-8")) == "一行目\n二行目\n三行目\n"


def test_utf8_with_bom(tmp_path: Path) -> None:
    text = _roundtrip(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "行政改革\r\n".encode("utf-8"))
    assert text == "行政改革\n"
    assert not text.startswith("\ufeff")


def test_cp932(tmp_path: Path) -> None:
    sample = "行政改革の取組\r\n岡山市・倉敷市の連携事業（①②）\r\nﾊﾝｶｸもある。～\r\n"
    assert _roundtrip(tmp_path, "sjis.txt", sample.encode("cp932")) == sample.replace("\r\n", "\n")


def test_euc_jp(tmp_path: Path) -> None:
    sample = "行政改革の取組について、岡山市と倉敷市が連携しています。\n事務事業評価シート\n"
    assert _roundtrip(tmp_path, "euc.txt", sample.encode("euc-jp")) == sample


def test_utf16_le_with_bom(tmp_path: Path) -> None:
    assert _roundtrip(tmp_path, "u16.txt", "\ufeff".encode("utf-16-le") + SAMPLE.encode("utf-16-le")) == EXPECTED


def test_utf16_be_with_bom(tmp_path: Path) -> None:
    assert _roundtrip(tmp_path, "u16be.txt", "\ufeff".encode("utf-16-be") + SAMPLE.encode("utf-16-be")) == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, encoding: str) -> None:
    assert _roundtrip(tmp_path, "u16nobom.txt", SAMPLE.encode(encoding)) == EXPECTED


def test_shipped_corpus_decodes_unchanged() -> None:
    for path in sorted((Path(__file__).parents[1] / "corpus").glob("*.txt")):
        data = path.read_bytes()
        assert decode(data, path.name) == data.decode("utf-8").replace("\r\n", "\n")


def _reason(data: bytes) -> str:
    with pytest.raises(DocumentError) as info:
        decode(data, "x.bin")
    assert info.value.source == "x.bin"
    assert "x.bin" in info.value.message
    return info.value.reason


def test_empty_file() -> None:
    assert _reason(b"") == "空のファイルです"


@pytest.mark.parametrize("data", [b"   \n\r\n\t  ", "\u3000\n".encode("utf-8"), b"\xef\xbb\xbf \n"])
def test_whitespace_only_file(data: bytes) -> None:
    assert "空のファイル" in _reason(data)


def test_png_is_binary() -> None:
    rng = random.Random(7)
    data = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4096))
    assert "バイナリファイル" in _reason(data)


def test_random_bytes_are_refused() -> None:
    rng = random.Random(11)
    reason = _reason(bytes(rng.randrange(256) for _ in range(8192)))
    assert "バイナリ" in reason or "文字コード" in reason


def test_nul_bytes_in_text() -> None:
    data = "行政改革".encode("utf-8") + b"\x00\x00\x00\x01" + "の取組です。\n".encode("utf-8") * 3
    assert _reason(data) == "バイナリファイルのようです（NUL バイトを含む）"


def test_mostly_control_bytes() -> None:
    assert "バイナリ" in _reason(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100 + b"abc")


def test_undecodable_text() -> None:
    # Valid in none of UTF-8 / CP932 / EUC-JP (0x80 and 0xA0 are not lead bytes anywhere here).
    reason = _reason(b"abc \x80\xa0\x80\xa0\x80 def \xff\xfe\xfd" * 10)
    assert "文字コード" in reason or "バイナリ" in reason


def test_20mb_cp932_decoded_and_parsed_by_generic(tmp_path: Path) -> None:
    line = "行政改革の取組\t岡山市\t倉敷市\n段落の本文です。市民協働の推進について記載します。\n\n"
    data = (line * (20_000_000 // len(line.encode("cp932")) + 1)).encode("cp932")
    assert len(data) >= 20_000_000
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    text = decode(path.read_bytes(), "big.txt")
    assert text.startswith("行政改革の取組\t岡山市")
    doc = generic.parse(text, "big.txt")
    assert doc.records[0].fields["lines"] == text.count("\n")
    assert any("市民協働の推進" in p.text for p in doc.passages[:10])


def test_unknown_kind_document_words_are_in_generic_passages(tmp_path: Path) -> None:
    text = "# 水道事業の広域化\n\n県内の水道事業者が浄水場を共同で運営する。\n\n項目\t金額\n削減額\t3億円\n"
    path = tmp_path / "unknown.txt"
    path.write_bytes(text.encode("cp932"))
    doc = generic.parse(decode(path.read_bytes(), "unknown.txt"), "unknown.txt")
    joined = "\n".join(p.text for p in doc.passages)
    for word in ("水道事業の広域化", "浄水場を共同で運営", "項目: 削減額", "金額: 3億円"):
        assert word in joined
    assert os.path.basename(doc.records[0].code) == "unknown.txt"


def test_iso2022jp(tmp_path: Path) -> None:
    sample = "行政改革の取組\n市民協働\n"
    assert _roundtrip(tmp_path, "jis.txt", sample.encode("iso2022_jp")) == sample


# ---------------------------------------------------------------- a file cut or damaged inside a character
CORPUS_FILES = sorted((Path(__file__).parents[1] / "corpus").glob("*.txt"))


def _last_multibyte(data: bytes) -> tuple[int, int]:
    """(start, length) of the last multi-byte UTF-8 character."""
    end = len(data)
    while data[end - 1] < 0x80:
        end -= 1
    start = end - 1
    while data[start] & 0xC0 == 0x80:  # continuation bytes
        start -= 1
    return start, end - start


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_cut_inside_the_last_character(path: Path) -> None:
    data = path.read_bytes()
    start, length = _last_multibyte(data)
    assert length >= 2
    before = decode(data[:start], path.name)
    for cut in range(1, length):  # every position inside the character
        text, warnings = decode_with_warnings(data[:start + cut], path.name)
        assert text == before + "\ufffd", cut
        assert warnings == [damaged_message(path.name, 1, before.count("\n") + 1)]
        assert warnings[0].startswith(f"{path.name}: 途中で切れた文字（1 か所")
    assert decode_with_warnings(data, path.name) == (data.decode("utf-8").replace("\r\n", "\n"), [])


def _middle_character(data: bytes) -> tuple[int, int]:
    """(start, length) of a three-byte character near the middle."""
    start = len(data) // 2
    while data[start] & 0xF0 != 0xE0:
        start += 1
    return start, 3


@pytest.mark.parametrize("damage", ["ascii", "invalid", "deleted", "lead"])
def test_damaged_byte_in_the_middle(damage: str) -> None:
    path = CORPUS_FILES[0]
    data = bytearray(path.read_bytes())
    start, length = _middle_character(bytes(data))
    if damage == "ascii":  # a continuation byte overwritten by an ASCII letter
        data[start + 1] = 0x41
    elif damage == "invalid":  # … by a byte UTF-8 never uses
        data[start + 1] = 0xFF
    elif damage == "deleted":  # a byte lost
        del data[start + 1]
    else:  # the lead byte lost: the two continuation bytes are left alone
        del data[start]
    expected = decode(path.read_bytes(), path.name)
    prefix = path.read_bytes()[:start].decode("utf-8")
    text, warnings = decode_with_warnings(bytes(data), path.name)
    # The damaged character is one U+FFFD; everything else reads as before.
    assert text == prefix + "\ufffd" + expected[len(prefix) + 1:]
    assert warnings == [damaged_message(path.name, 1, prefix.count("\n") + 1)]


def test_several_damaged_places_are_counted() -> None:
    path = CORPUS_FILES[2]  # the large report
    data = bytearray(path.read_bytes())
    for fraction in (0.2, 0.5, 0.8):
        i = int(len(data) * fraction)
        while data[i] & 0xF0 != 0xE0:
            i += 1
        data[i + 1] = 0xFF
    text, warnings = decode_with_warnings(bytes(data), path.name)
    assert text.count("\ufffd") == 3
    assert warnings and "（3 か所" in warnings[0]


def test_cut_file_with_bom_and_in_utf16() -> None:
    body = "行政改革の取組について、市民協働を進める事業です。\n"
    cut = (codecs.BOM_UTF8 + body.encode("utf-8"))[:-2]  # inside 。 (the newline and one byte lost)
    text, warnings = decode_with_warnings(cut, "bom.txt")
    assert text == body[:-2] + "\ufffd" and warnings[0].startswith("bom.txt: 途中で切れた文字（1 か所")
    odd = (codecs.BOM_UTF16_LE + body.encode("utf-16-le"))[:-1]
    text, warnings = decode_with_warnings(odd, "u16.txt")
    assert text == body[:-1] + "\ufffd" and warnings[0].startswith("u16.txt: ")


@pytest.mark.parametrize("encoding", ["cp932", "euc-jp"])
def test_legacy_encodings_are_not_read_as_damaged_utf8(encoding: str) -> None:
    """A CP932 or EUC-JP file fails UTF-8 on nearly every Japanese character: it is read in its own
    encoding, without a warning, not as UTF-8 full of replaced characters."""
    for path in CORPUS_FILES:
        original = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        data = original.encode(encoding, errors="replace")
        text, warnings = decode_with_warnings(data, path.name)
        assert warnings == []
        assert text == data.decode(encoding)


def test_binary_with_some_utf8_is_still_refused() -> None:
    rng = random.Random(5)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(4096))
    assert "文字コード" in _reason(noise + "行政改革".encode("utf-8") * 3 + noise)
    assert "バイナリ" in _reason(b"\x89PNG\r\n\x1a\n" + "行政改革の取組".encode("utf-8") * 50)


def test_build_reports_the_cut_file(tmp_path: Path) -> None:
    from assistant.store.build import build_index

    folder = tmp_path / "corpus"
    folder.mkdir()
    data = CORPUS_FILES[0].read_bytes()
    start, _ = _last_multibyte(data)
    (folder / "cut.txt").write_bytes(data[:start + 1])
    summary = build_index([folder], tmp_path / "cut.db")
    assert summary.skipped == []
    assert summary.added == ["cut.txt"]
    assert len(summary.warnings) == 1 and summary.warnings[0].startswith("cut.txt: 途中で切れた文字（1 か所")


def test_ingest_prints_the_warning(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    folder = tmp_path / "corpus"
    folder.mkdir()
    data = CORPUS_FILES[3].read_bytes()
    start, _ = _last_multibyte(data)
    (folder / "cut.txt").write_bytes(data[:start + 2])
    result = run_cli("ingest", "--index", str(tmp_path / "cut.db"), str(folder))
    assert result.returncode == 0, result.stderr
    assert "cut.txt: 途中で切れた文字（1 か所" in result.stderr
