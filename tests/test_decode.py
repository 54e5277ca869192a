"""decode(): encodings detected from the bytes, binaries and empty files refused with Japanese reasons."""
from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from assistant.errors import DocumentError
from assistant.kinds.generic import loader as generic
from assistant.text.decode import decode

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
