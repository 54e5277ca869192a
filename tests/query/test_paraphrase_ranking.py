"""A question worded otherwise than the passage that answers it (assistant/query/rank.py): the same
verb in its other voice (増える ~ 増やす), a noun of the same Sudachi synonym group (心配 ~ 懸念),
a means stated with にて. Made documents, no loader written for them: each pits the
answering passage against one holding the question's other words verbatim."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.query.rank import kind_score, read_question
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCUMENTS = {
    # 増える in the question: 増やしていく is the verb itself, 増築 only shares its kanji.
    "voice.txt": """\
規約の改正後は、構成団体の会館を増築する予定です。

規約の改正後は、地域の実情に応じて、構成団体を段階的に増やしていく予定です。
""",
    # 心配 in the question, 懸念 in the answer; the other passage holds 意見 and the subject verbatim.
    "synonym.txt": """\
防犯カメラの設置について委員の意見を聞き、意見は次回の会議で整理することとした。

防犯カメラの映像の取扱いに懸念があるとの声が寄せられた。
""",
    # How can one compare?: the answer names the means with にて and 比較 (比べる's synonym).
    "means.txt": """\
他の市で実績のある事業者の手順等を分析した上で、地域連携の業務範囲について協議しながら検討を進める。

同規模の他の市の地域連携の進捗状況は？

地域連携調査（発行：研究所）にて他の市との比較が可能です。
""",
    # 答えた in the question, 回答 in the heading of the section the answer stands in (two passages back).
    "minutes.txt": """\
第2回 推進委員会 会議録

日時 令和7年11月18日（火）午後2時から午後4時まで 場所 本庁舎5階 第1委員会室

出席委員 7名（委員長 西村、委員 伊藤、委員 田中） 事務局 総務部長ほか2名

【委員の意見】

○田中委員：電子申請の活用が遅れている理由を知りたい。職員の負担軽減につながるので優先してほしい。

【事務局の回答】

・公共施設の統廃合については、来年2月に対象地区で説明会を開く予定である。

・電子申請の活用については、システムの調達が遅れたため、令和8年度からの本格導入を目指す。
""",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("paraphrase")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = folder / "made.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def first_text(answer) -> str:
    assert answer.excerpts, answer.summary
    return answer.excerpts[0]["text"]


def test_the_other_voice_of_the_asked_verb_counts_as_the_verb(made):
    made.reset()
    answer = made.ask("構成団体は今後増えるの？")
    assert "増やしていく予定" in first_text(answer)
    assert "増やしていく予定" in answer.summary  # the sentence quoted is the one with the verb
    assert answer.status == "search"


def test_a_synonym_of_the_asked_word_counts_as_the_word(made):
    made.reset()
    answer = made.ask("防犯カメラについて心配する意見は？")
    assert "懸念" in first_text(answer)
    assert answer.status == "search"


def test_a_means_stated_with_nite_answers_how(made):
    made.reset()
    answer = made.ask("他の市の地域連携の進み具合を比較するにはどうすればいい？")
    assert "比較が可能" in first_text(answer)
    assert "比較が可能" in answer.summary


def test_nite_states_a_means():
    assert kind_score(read_question("どうすれば比べられる？"), "取組状況調査にて比較が可能です。") == 1.0



def test_the_answer_under_a_heading_that_says_it_in_other_words(made):
    made.reset()
    answer = made.ask("推進委員会で電子申請について事務局は何と答えた？")
    assert "本格導入" in first_text(answer)
