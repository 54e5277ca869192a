"""A name holding a negation that the documents print as a term, in 「」 in one place and bare in another
(「待たない窓口」): said bare in a question whose reading left its verb unused (待たない read as 待つ negated), the
question is read again with the term whole (quoted_names.term_left_unread), and a date asked of it is the date in
a sentence naming it (rank._kind_near_phrase), not a date beside it in another sentence of the same passage.
Another town's annual report beside a visit report that names the term next to an unrelated start date."""
from __future__ import annotations

import pytest

from assistant.text.normalize import nfkc
from tests.conversation_helpers import ask, assistant_over

_REPORT = """令和７年度 窓口改革年次報告（榛名沢町）

１　はじめに
　本町は、待たない窓口の拡充を柱とする窓口改革方針に基づき、取組を進めている。

２　令和７年度の主な成果
（１）電子申請の拡大　電子申請できる手続は８４手続となり、前年度から１２手続増えた。
（２）待たない窓口　令和７年４月から税務課窓口で「待たない窓口」を始め、年度末時点で９手続に対応している。
（３）窓口アンケート　来庁者アンケートを年２回実施し、満足度は８２％であった。
"""

_VISIT = """先進地視察報告書（総務課）

（１）視察の概要
　東雲市の「待たない窓口」の視察を行い、予約制の運用を確認した。令和６年８月に開始される住民票の電子交付について説明を受けた。
（２）所感
　予約制の導入には庁内の調整が必要である。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("negated_term")
    (folder / "令和７年度_窓口改革年次報告.txt").write_text(_REPORT, encoding="utf-8")
    (folder / "先進地視察報告書.txt").write_text(_VISIT, encoding="utf-8")
    return assistant_over(folder)


def _first_read(answer) -> str:
    """What a reader reads first: the summary and the first excerpt (NFKC)."""
    d = answer.to_dict()
    return nfkc(d["summary"] + " " + (d["excerpts"] or [{}])[0].get("text", ""))


@pytest.mark.parametrize("question", ["待たない窓口っていつ始めたの？", "待たない窓口はいつから始まった？"])
def test_a_negated_term_said_bare_is_read_whole(town, question) -> None:
    answer = ask(town, question)
    assert "待たない" not in " ".join(answer.unused) and answer.status in ("search", "exact"), answer.summary
    assert "令和7年4月" in _first_read(answer), answer.summary


def test_the_term_said_in_brackets_finds_its_own_sentence_date(town) -> None:
    answer = ask(town, "「待たない窓口」っていつ始めたの？")
    assert "令和7年4月" in _first_read(answer), answer.summary
