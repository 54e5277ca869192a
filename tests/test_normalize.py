"""text.normalize: compatibility characters of extracted text folded to ordinary ones."""
from __future__ import annotations

import unicodedata

import pytest

from assistant.text.normalize import fold_compatibility


@pytest.mark.parametrize("raw, folded", [
    ("⾏政改⾰", "行政改革"),  # U+2F8F, U+2FB0: Kangxi radicals
    ("⽊造の建物", "木造の建物"),
    ("⽬標の達成", "目標の達成"),
    ("市⺠協働", "市民協働"),  # U+2EA0: CJK radicals supplement, which NFKC leaves alone
    ("⻑期計画", "長期計画"),
    ("⻄部地域", "西部地域"),
    ("岡山市‧倉敷市", "岡山市・倉敷市"),  # U+2027 hyphenation point
    ("都市計画", "都市計画"),  # U+FA26: CJK compatibility ideograph
])
def test_folds_to_ordinary_ideographs(raw, folded):
    assert fold_compatibility(raw) == folded


def test_every_kangxi_radical_becomes_one_ideograph():
    for cp in range(0x2F00, 0x2FD6):
        folded = fold_compatibility(chr(cp))
        assert len(folded) == 1 and unicodedata.name(folded).startswith("CJK UNIFIED IDEOGRAPH"), hex(cp)


def test_keeps_everything_else():
    text = "①１２３ ＡＢＣ ｶﾀｶﾅ 令和４年度\t部会\n第2行　全角空白"
    assert fold_compatibility(text) == text  # no width or digit folding: kinds read ① and ４ as printed


def test_one_character_for_one_keeps_lines():
    raw = "".join(chr(cp) for cp in range(0x2E80, 0x2FE0)) + "\n" + "".join(chr(cp) for cp in range(0xF900, 0xFB00))
    folded = fold_compatibility(raw)
    assert len(folded) == len(raw)
    assert folded.split("\n")[1] != raw.split("\n")[1]


def test_one_word_spelled_two_ways_searches_as_one():
    from assistant.text.normalize import search_form

    assert search_form("ふるさと寄付金") == search_form("ふるさと寄附金")
    assert search_form("縮少") == search_form("縮小")  # the input method's common slip
    assert len(search_form("寄付金の縮少")) == len("寄付金の縮少")  # one character for one: offsets hold


def test_showa_years():
    from assistant.text.wareki import find_years, fy_text

    assert [y.fiscal_year for y in find_years("昭和53年度（1978）")] == [1978]
    assert fy_text(1978) == "昭和53年度" and fy_text(1989) == "平成元年度"
    assert find_years("S評価") == []  # a lone S is a grade, never the era


def test_no_spaces_drops_exactly_what_the_regex_white_space_class_matches():
    r"""no_spaces and the search form cut with str.split() instead of re.sub(r"\s+", ""): the same
    characters, every one of them (a difference would change every search form in the index)."""
    import re
    import sys

    from assistant.text.normalize import no_spaces

    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    text = "語".join(chars)
    assert no_spaces(text) == re.sub(r"\s+", "", text)
    assert no_spaces(" 行政\u3000改革\t 計画\n") == "行政改革計画"


def test_kana_folding_of_runs_is_the_character_table():
    """kata_to_hira folds only katakana runs: the same as str.translate over every character."""
    from assistant.text.normalize import _KATA_TO_HIRA, kata_to_hira

    text = "".join(chr(c) for c in range(0x3000, 0x3100)) + "ゴミ・バスツアー、ｶﾅ、ヷヺー、ABC"
    assert kata_to_hira(text) == text.translate(_KATA_TO_HIRA)
    assert kata_to_hira("ゴミ出しとバスツアー") == "ごみ出しとばすつあー"


def test_the_large_circle_is_the_mark_circle():
    # ◯ (U+25EF), which NFKC keeps, is the ○ of tables and legends, in documents and questions alike
    from assistant.text.normalize import fold_compatibility, nfkc

    assert nfkc("反映が◯の意見") == "反映が○の意見"
    assert fold_compatibility("◯ 意見を反映し、案を修正したもの") == "○ 意見を反映し、案を修正したもの"
