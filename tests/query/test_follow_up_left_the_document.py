"""A follow-up of an answer from one document's table, answered from another document's records only:
not given as certain, and it says where the answer comes from."""
import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

PAGE = """<html><head><title>北山市 事業評価（令和3年度決算）</title></head><body>
<h1>北山市 事業評価（令和3年度決算）</h1>
<table>
<tr><th>事業番号</th><th>事業開始年度</th></tr>
<tr><td>事務事業名</td><td>連携団体</td></tr>
<tr><td>7020145</td><td>平成27年度</td></tr>
<tr><td>北部広域連携推進事業</td><td>北山市、南川市</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("left")
    sheet = next((p for p in CORPUS.glob("003*") if p.is_file()), None)
    if sheet is None:
        pytest.skip("the shared corpus's evaluation sheet is not present")
    shutil.copy(sheet, folder / sheet.name)
    (folder / "北山市_事業評価_令和3年度決算.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_a_field_the_documents_table_does_not_hold_is_answered_from_elsewhere_with_a_caveat(assistant):
    first = ask(assistant, "北山市の北部広域連携推進事業")
    assert any("北山市" in str(r.get("source")) for r in first.rows + first.excerpts)
    answer = ask(assistant, "北山市の北部広域連携推進事業", "今後の方針は？")
    # (the other city's sheet holds the field: it answers, but never as certain)
    assert answer.value is not None
    assert answer.status == "partial"
    assert answer.summary.startswith("前の回答の資料") and "北山市" in answer.caveat


def test_asked_alone_the_other_document_answers_as_certain(assistant):
    answer = ask(assistant, "今後の方針は？")
    assert answer.value is not None and answer.status == "exact"
