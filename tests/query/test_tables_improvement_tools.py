"""Another town's 業務改善 list beside the shipped corpus (made143 鶚ノ浜市 is the first such edition): its rows asked
as 業務 are the programme's items (practice); a column of tools printing values joined (RPA＋AI-OCR) is read with
「…との併用も含めて」 as holding the value, with 「（単独）」「だけで」 as printing it alone; a contracts table named by its
ツール column when asked as ツール, and a span still going after a month opening a fiscal year."""
from __future__ import annotations

import shutil

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
TASKS = "\n".join([
    "榧ノ浦町 ICTを活用した業務改善 業務一覧",
    T.join(["業務番号", "業務名", "担当課", "活用ツール", "導入年度", "導入費用（千円）", "状況"]),
    T.join(["K-01", "転入届の入力補助", "住民課", "RPA＋AI-OCR", "令和5年度", "3100", "稼働中"]),
    T.join(["K-02", "口座振替依頼書の読取", "収納課", "AI-OCR", "令和5年度", "2400", "稼働中"]),
    T.join(["K-03", "還付通知書の作成", "収納課", "RPA", "令和6年度", "900", "稼働中"]),
    T.join(["K-04", "保育料の督促状作成", "保育課", "RPA", "令和6年度", "1200", "休止"]),
    T.join(["K-05", "道路占用申請の受付", "建設課", "電子申請", "令和6年度", "1500", "稼働中"]),
    T.join(["K-06", "税証明の交付申請", "収納課", "RPA＋AI-OCR", "令和7年度", "2800", "稼働中"]),
    ""])
CONTRACTS = "\n".join([
    "榧ノ浦町 ツール別契約状況",
    T.join(["ツール", "製品・サービス", "年額（千円）", "契約期間"]),
    T.join(["RPA", "端末型業務自動化ソフトウェア", "3600", "令和5年4月～令和8年3月"]),
    T.join(["AI-OCR", "クラウド型帳票読取サービス", "2100", "令和6年4月～令和9年3月"]),
    T.join(["電子申請", "汎用オンライン申請サービス", "1800", "令和4年10月～令和8年9月"]),
    ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("improvement")
    shutil.copytree(corpus_dir, folder / "docs")
    (folder / "docs" / "榧ノ浦町_業務改善_業務一覧.txt").write_text(TASKS, encoding="utf-8")
    (folder / "docs" / "榧ノ浦町_ツール別契約状況.txt").write_text(CONTRACTS, encoding="utf-8")
    return assistant_over(folder / "docs")


def _keys(answer) -> list[str]:
    return [str(r["key"]) for r in answer.to_dict()["rows"]]


def test_the_rows_of_an_improvement_list_asked_as_業務_are_its_items(town) -> None:
    answer = ask(town, "収納課が担当してる業務って何がある？")
    assert _keys(answer) == ["practice:K-02", "practice:K-03", "practice:K-06"], (answer.status, _keys(answer))
    # (no particle after the word: 「…業務ある？」 asks the same rows)
    answer = ask(town, "休止になってる業務ある？")
    assert _keys(answer) == ["practice:K-04"], (answer.status, _keys(answer))


def test_a_value_with_its_joined_cells_too(town) -> None:
    answer = ask(town, "AI-OCRを使っている業務を教えて。RPAとの併用も含めて。")
    assert answer.status == "exact" and _keys(answer) == ["practice:K-01", "practice:K-02", "practice:K-06"], (
        answer.status, answer.summary)
    assert "併用も含む" in answer.summary, answer.summary


def test_a_value_used_alone_is_its_own_cells(town) -> None:
    answer = ask(town, "収納課以外で、RPAだけで動かしてる業務は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:K-04"], (answer.status, answer.summary)
    answer = ask(town, "RPAを使っている業務は？")
    assert answer.status == "exact" and _keys(answer) == ["practice:K-03", "practice:K-04"], (answer.status, answer.summary)


def test_rows_asked_by_a_column_naming_each_once_are_keyed_by_it(town) -> None:
    answer = ask(town, "年額が高いツールを上から２つ")
    assert _keys(answer) == ["table_row:RPA", "table_row:AI-OCR"], (answer.status, _keys(answer))


def test_a_span_still_going_after_the_month_opening_a_year(town) -> None:
    answer = ask(town, "令和８年４月以降も契約が続くツールはどれ？")
    assert answer.status == "exact" and _keys(answer) == ["table_row:AI-OCR", "table_row:電子申請"], (
        answer.status, _keys(answer))
    # (a month inside a fiscal year: a span read by years cannot tell, so not answered as certain)
    answer = ask(town, "令和８年１０月以降も契約が続くツールはどれ？")
    assert answer.status != "exact", (answer.status, answer.summary)


def test_rows_ranked_and_counted_out_with_no_noun_are_the_items(town) -> None:
    answer = ask(town, "榧ノ浦町の業務改善で、導入費用が高い順に上位２つ")
    assert _keys(answer) == ["practice:K-01", "practice:K-06"], (answer.status, _keys(answer))
