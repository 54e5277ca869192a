"""A subsidy list by department over pages (【産業振興部】（続き） a heading printed again), with its amounts by year,
終期 (blank where none is set) and a 答申 letter dated on its cover: the wordings made118 asks with — a cell said
by its being fixed (終期は決まっていない / 設定されてる), an amount said by its deed (交付がない), the size of a change
as a noun (減り幅が最も大きい), a change negated (減っていない, 一度も…ない), and the day the paper was issued."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made118" / "docs"


@pytest.fixture(scope="module")
def made118(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made118_list")
    for name in ("補助金一覧_令和6年度見直し.pdf", "補助金等審議会答申_令和7年2月.docx"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {r.get("number") or r.get("code") for r in answer.rows}


def test_cell_said_by_its_being_fixed(made118):
    a = ask(made118, "縮小になったけど終期は決まっていない補助金は？")
    assert a.status == "exact" and _codes(a) == {"補-001", "補-009", "補-014", "補-021", "補-024", "補-033", "補-044"}
    a = ask(made118, "終期が設定されている補助金は？")
    assert a.status == "exact" and "補-031" in _codes(a) and "補-033" not in _codes(a)


def test_heading_continued_over_pages_is_one_section(made118):
    a = ask(made118, "産業振興部の補助金を一覧にして")
    assert a.status == "exact" and _codes(a) == {"補-031", "補-033", "補-034", "補-036", "補-038", "補-039", "補-041"}


def test_amount_said_by_its_deed(made118):
    a = ask(made118, "令和6年度に交付がない補助金はどれ")
    assert a.status == "exact" and _codes(a) == {"補-029", "補-049"}


def test_size_of_change_between_years_as_a_noun(made118):
    a = ask(made118, "令和4年度と比べて令和6年度の減り幅が最も大きかった補助金は？")
    assert a.status == "exact" and _codes(a) == {"補-034"}


def test_change_negated(made118):
    a = ask(made118, "3年間一度も交付額が減っていない補助金はどれですか")
    assert a.status == "exact" and _codes(a) == {"補-003", "補-005", "補-012", "補-027", "補-036", "補-039", "補-047"}
    a = ask(made118, "令和4年度から令和6年度にかけて交付額が減っていない補助金")
    assert a.status == "exact" and "補-034" not in _codes(a) and "補-027" in _codes(a)


def test_day_the_paper_was_issued(made118):
    a = ask(made118, "答申が出された日付は？")
    assert a.status == "search" and "２月１８日" in a.summary


def test_size_said_to_change(tmp_path):
    shutil.copy(DOCS / "見直し区分別集計表_R4-R7.xlsx", tmp_path / "集計表.xlsx")
    a = ask(assistant_over(tmp_path), "令和7年度見込みの削減額が令和6年度より小さくなる区分を教えて（継続は除く）")
    assert a.status == "exact" and {r.get("number") or r.get("code") for r in a.rows} == {"2", "3", "5"}


def test_proposals_cite_the_records(made118):
    # (「提言２－(３) 類似補助金の統合」 citing （補-006） …: a comment on each code cited)
    a = ask(made118, "縮小とされた補助金で、答申の中で一度も触れられていないものは？")
    assert a.status == "exact" and _codes(a) == {"補-001", "補-014", "補-031"}
    a = ask(made118, "答申で言及された補助金のうち、一覧で見直し区分が継続になっているのは？")
    assert a.status == "exact" and {"".join(str(r.get("initiative") or r.get("code") or "").split()) for r in a.rows} \
        <= {"補-039", "補－039"} and len(a.rows) == 1


def test_proposal_parts_and_added_opinions(made118):
    def cited(a):
        return {"".join(str(r.get("initiative") or "").split()).replace("－", "-") for r in a.rows}
    a = ask(made118, "答申の提言２－(３)で統合すべきとされた補助金は？")
    assert a.status == "exact" and cited(a) == {"補-006", "補-026", "補-038"}
    a = ask(made118, "提言２で取り上げられている補助金を全部")
    assert a.status == "exact" and cited(a) == {"補-006", "補-009", "補-021", "補-026", "補-033", "補-038", "補-044"}
    # (「（付帯意見）…（補-039）…」 run on in 提言３－(２): a comment of its own, not the proposal's)
    a = ask(made118, "提言３－(２)で取り上げられている補助金は？")
    assert a.status == "exact" and cited(a) == {"補-015", "補-041"}
    # (an amount of the part's records is not the part's list)
    a = ask(made118, "提言３－(２)では何を提言してる？", "そこで挙がっている補助金の令和5年度交付額を合計するといくら？")
    assert not (a.status == "exact" and a.target == "comment")
