"""Figures asked that are not about the records found: a figure the found records' kind never prints (a joint
project's 事業費) is said missing, not pointed at another report's line; 何％ of a phrase searched in the text is
that figure (「34%の運用コスト削減見込み」), not the share of records holding the phrase; a share said after
「…の実践項目で、」 is of those records."""
import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

CORPUS = next((p for p in (Path(__file__).resolve().parents[2] / "corpus",
                           Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
               if any(p.glob("000*"))), Path(__file__).resolve().parents[2] / "corpus")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    files = [p for prefix in ("000", "001", "002") for p in CORPUS.glob(prefix + "*") if p.is_file()]
    if len(files) < 3:
        pytest.skip("the shared corpus is not present")
    folder = tmp_path_factory.mktemp("figures")
    for f in files:
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


def test_a_field_the_kind_does_not_print_is_said_missing(assistant):
    answer = ask(assistant, "国体部会の連携事業にかかった事業費（予算額）はいくらですか。")
    assert answer.status == "no_match" and not answer.rows and answer.value is None
    assert "事業費" in answer.summary and "記載がありません" in answer.summary


def test_a_figure_beside_the_record_in_its_own_document_stays_a_search(assistant):
    answer = ask(assistant, "財政効果の主な取組を教えて", "企業版ふるさと納税はいくらの効果？")
    assert answer.status == "search"
    assert "7億7千万円" in answer.summary


def test_percent_of_a_searched_phrase_is_a_figure_of_the_text(assistant):
    answer = ask(assistant, "群馬県吾妻郡6町村の自治体クラウドでは、運用コストの削減見込みは何％とされていますか。")
    assert answer.value != 5.9 and "割合は" not in answer.summary
    assert "34%" in answer.excerpts[0]["text"]


def test_a_share_after_the_records_said_with_de_is_of_them(assistant):
    answer = ask(assistant, "納税課の実践項目で、Bは何％？")
    assert "95件のうち" not in answer.summary
    assert answer.value == 50.0


def test_two_records_compared_one_by_number_one_by_title(assistant):
    answer = ask(assistant, "17番の委員評価と町内会の取組の差は")
    assert answer.status == "exact" and answer.value == 1.2
    assert ask(assistant, "17番の委員評価と18番の差は").value == 0.4


def test_a_short_form_is_sought_in_full_and_the_years_entry_comes_first(assistant):
    answer = ask(assistant, "高齢者向けのスマホ講座、R6は何回開いて延べ何人参加した？")
    assert "スマホ講座" not in answer.unused
    assert "138回" in answer.excerpts[0]["text"] and "1,228人" in answer.excerpts[0]["text"]


def test_a_word_of_the_plans_title_names_its_documents(assistant):
    answer = ask(assistant, "そちらのプランの実践項目は全部でいくつですか？", "そのうち途中から追加されたN番号のものは何件？")
    assert answer.status == "exact" and answer.count == 25
    assert ask(assistant, "御市の行政創革プランでは、取組項目をいくつ設定されていたんでしょうか？").count == 22
    # (a word of the title searched in a passage stays a word: no list of every record)
    assert ask(assistant, "行政創革プランが挑んだ相反する課題とは").status == "search"


def test_the_end_field_with_a_range_and_a_state_asked_of_words_naming_one_item(assistant):
    assert ask(assistant, "取組終了がR3からR5までの実践項目は何件ありますか？").count == 23
    answer = ask(assistant, "ごみの分別アプリのやつって、まだやってるの？終わった？")
    assert answer.status == "exact" and answer.value == "R4"
