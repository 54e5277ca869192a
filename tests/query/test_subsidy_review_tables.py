"""made118's subsidy review (樒ヶ岡市): a PDF list whose merged heading prints its unit in brackets
（交付額（単位：千円）） over each year's column, a workbook summary numbered No. │ 見直し区分 (one column of
short words naming its rows), a follow-up asking a column of the one row an extreme answered (「その交付先は」),
and case studies asked over a span of years (「令和5年度以降に実施した」) their text writes year by year."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE118 = Path(__file__).resolve().parents[1] / "questions" / "made118" / "docs"


@pytest.fixture(scope="module")
def made118(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made118_docs")
    for doc in _MADE118.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _codes(answer, kind: str) -> set[str]:
    out = set()
    for r in answer.to_dict()["rows"]:
        k, _, code = str(r.get("key", "")).partition(":")
        if k == kind:
            out.add(unicodedata.normalize("NFKC", code))
    return out


def test_a_bracketed_unit_under_a_merged_heading_converts_man_yen(made118) -> None:
    # (交付額（単位：千円）令和6年度: 1,000万円 is 10,000千円, not 1,000)
    a = ask(made118, "令和6年度の交付額が1,000万円以上の補助金は？")
    assert a.status == "exact"
    assert _codes(a, "table_row") == {"補-005", "補-014", "補-021", "補-027", "補-033", "補-034"}


def test_the_one_word_column_of_a_numbered_summary_names_its_rows(made118) -> None:
    a = ask(made118, "区分別集計表で、令和6年度の削減額が一番大きい区分は？")
    assert _codes(a, "table_row") == {"2"}
    assert "縮小" in a.summary


def test_a_column_of_the_row_an_extreme_answered(made118) -> None:
    a = ask(made118, "健康福祉部で令和6年度いちばん交付額が大きい補助金は？", "その交付先はどこ？")
    assert a.status == "exact" and unicodedata.normalize("NFKC", str(a.value)) == "私立保育所(9園)"


def test_a_span_of_years_over_case_studies_without_a_year_field(made118) -> None:
    a = ask(made118, "令和5年度以降に見直しを実施した他市の事例は？")
    places = {p for r in a.to_dict()["rows"] for p in (r.get("places") or [])}
    assert places == {"朴ノ坂市", "槇ノ内市", "菅生浦市"}
    # (the year said alone is still that year only)
    a = ask(made118, "令和5年度に見直しを実施した他市の事例は？")
    assert {p for r in a.to_dict()["rows"] for p in (r.get("places") or [])} == {"朴ノ坂市", "槇ノ内市"}


def test_joint_projects_of_a_nested_definition_list(made118) -> None:
    # (<dt>共補-1 …</dt><dd><dl><dt>構成団体</dt><dd>樒ヶ岡市・蘭沼県・汐見台町</dd>…</dl></dd>: a project per <dt>,
    # its members the prefecture too, its share of the year printed 「令和６年度市負担額：4,200千円」)
    a = ask(made118, "汐見台町と一緒にやっている共同補助は？")
    assert _codes(a, "joint_project") == {"共補-1", "共補-4", "共補-6"}
    a = ask(made118, "令和になってから始まった共同補助を教えて")
    assert a.status == "exact" and _codes(a, "joint_project") == {"共補-2", "共補-4", "共補-5", "共補-6", "共補-8"}
    a = ask(made118, "共同補助の令和6年度市負担額を全部足すと何千円？")
    assert a.value == 33400


def test_a_short_row_name_of_the_summary_said_once(made118) -> None:
    # (縮小, a name of two letters, names its row of the numbered summary; the follow-up keeps it)
    a = ask(made118, "集計表の縮小の件数、令和5年度は何件？", "令和7年度の見込みは？")
    assert a.status == "exact" and a.value == 8
