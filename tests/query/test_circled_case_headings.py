"""Case studies each headed by a circle and their place, then their title (「〇 秋田県楢ノ瀬市　評価シートの簡素化」),
with the amount they saved labelled after the prose (「削減効果：年間約1,860万円」, others in 千円): read as case
studies (kinds/case_studies/headed.py), the amount kept in 千円 whatever unit printed it, (what a comparison of them
needs). made103's report, and a second collection of its own."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made103" / "docs"

_OTHER = """近隣団体の業務改善事例

〇 長野県杉ノ平町　窓口のキャッシュレス化
　窓口での手数料の支払いにキャッシュレス決済を導入した。
　削減効果：年間約350万円

〇 山形県柊台市　文書管理の電子化
　紙の文書を電子化し、保管スペースを削減した。
　削減効果：年間12,000千円

〇 愛媛県楓ヶ浦市　会議録作成の自動化
　音声認識による会議録作成を導入した。
　削減効果：金額による効果は算定していない
"""


def _places(answer) -> set[str]:
    return {p for r in answer.rows for p in (r.get("places") or [])}


@pytest.fixture(scope="module")
def made103(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made103_cases")
    shutil.copy(DOCS / "tashi_kaizen_jirei.txt", folder / "tashi_kaizen_jirei.txt")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("other_cases")
    (folder / "kaizen.txt").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_cases_by_their_place(made103, other):
    a = ask(made103, "檜ノ沢市の改善事例は？")
    assert a.target == "case_study" and len(a.rows) == 1 and "檜ノ沢市" in _places(a)
    a = ask(other, "柊台市の事例は？")
    assert a.target == "case_study" and len(a.rows) == 1 and "柊台市" in _places(a)


def test_amount_kept_in_thousands():
    from assistant.kinds.case_studies.headed import amount_in_thousands

    assert amount_in_thousands("年間約1,860万円") == 18600
    assert amount_in_thousands("３年間累計で31,400千円") == 31400
    assert amount_in_thousands("金額による効果は算定していない") is None
