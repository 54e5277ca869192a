"""A council's 答申 whose opinions are headed 「意見Ｎ　施設名（施設番号）」 with labelled parts under each —
【意見】（委員Ｘ）…, 【市の考え方】…, 〔対応区分：…〕 (made165's docx, and a made text of another town in the same
layout): each is a comment keyed by its own number with the member, the response and its class, so that
「減免について触れている意見」「市の考え方で次回の見直しに言及」「対応区分が「今後検討」」「「反映」でも「今後検討」でも
ない」 read them. Also: 「施設ごとの区分の数を多い順に」 ranks the facilities by their rows counted, never by the only
measure of another table. Over real indexes of the made documents."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"
MADE165 = QUESTIONS / "made165" / "docs"
MADE144_REPORT = QUESTIONS / "made144" / "docs" / "03_総務産業常任委員会所管事務調査報告書（ふるさと納税）.docx"

# Another town's answer in the same layout, its categories its own (対応済み / 検討 / 対応困難).
OTHER_TOWN = """\
楢葉台町使用料審議会答申

第２　個別意見及び町の考え方

意見１　町民体育館（体-03）

【意見】（委員甲）照明の更新費用を使用料に含めるべきではない。
【町の考え方】照明の更新費用は原価から除いて算定します。
〔対応区分：対応済み〕

意見２　施設共通

【意見】（委員乙）高齢者団体の減免を広げてほしい。
【町の考え方】減免の範囲は次回の見直しで検討します。
〔対応区分：検討〕

意見３　町民会館（文-01）

【意見】（委員丙）ホールの夜間料金が高い。
【町の考え方】夜間区分も原価に基づいており、変更は困難です。
〔対応区分：対応困難〕

意見４　公民館（集-02）

【意見】（委員丁）和室の利用が少ない。
【町の考え方】予約方法を見直し、利用の促進に努めます。
〔対応区分：対応済み〕
"""


@pytest.fixture(scope="module")
def tsubaki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tsubaki")
    for f in MADE165.iterdir():
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def naraha(tmp_path_factory):
    folder = tmp_path_factory.mktemp("naraha")
    (folder / "使用料審議会答申.txt").write_text(OTHER_TOWN, encoding="utf-8")
    shutil.copy(MADE144_REPORT, folder / MADE144_REPORT.name)
    return assistant_over(folder)


def numbers(answer) -> set[str]:
    return {str(r.get("initiative")) for r in answer.rows}


@pytest.mark.parametrize("question, expected", [
    ("減免について触れている意見はどれ？", {"4", "8"}),
    ("市の考え方で次回の見直しに言及している意見は？", {"1", "2"}),
    ("対応区分が「今後検討」になってる意見", {"2", "8"}),
    ("対応区分が「反映」でも「今後検討」でもない意見は？", {"1", "6"}),
])
def test_labelled_parts_of_each_opinion(tsubaki, question, expected) -> None:
    answer = ask(tsubaki, question)
    assert answer.status in ("exact", "search"), answer.summary  # (a word matched in the text: search)
    assert numbers(answer) == expected, answer.summary


@pytest.mark.parametrize("question, expected", [
    ("町の考え方で次回の見直しに言及している意見は？", {"2"}),
    ("対応区分が「対応済み」になってる意見", {"1", "4"}),
    ("対応区分が「対応済み」でも「検討」でもない意見は？", {"3"}),
])
def test_the_same_layout_of_another_town(naraha, question, expected) -> None:
    answer = ask(naraha, question)
    assert answer.status in ("exact", "search"), answer.summary
    assert {r.get("initiative") for r in answer.rows if "審議会" in str(r.get("source"))} == expected, answer.summary


def test_opinions_with_their_text_on_the_heading_line_are_read_as_before(naraha) -> None:
    # (made144's 「意見１　（事業番号Ｒ６－０１「…」）本文」: keyed by the code it cites, no parts under it)
    answer = ask(naraha, "委員会の意見は全部で何件？")
    assert answer.value == 14, answer.summary


def test_an_order_of_a_count_is_not_the_order_of_another_tables_measure(tsubaki) -> None:
    answer = ask(tsubaki, "施設ごとの区分の数を多い順に")
    assert answer.understood and all(c.get("field") != "受益者負担割合" for c in answer.understood), answer.summary
    assert "受益者負担割合" not in answer.summary
    assert answer.summary.count("9件") == 3, answer.summary  # (three facilities of 3 rooms × 3 区分)


@pytest.mark.parametrize("question, expected", [
    ("使用料が全額免除になるケースは？", {"1", "2", "3"}),  # (全額 read; 免除 the act its column 減免率 names)
    ("今回新しくできた減免はどれ？", {"3", "7"}),  # (新しくできた: 新設)
    ("５割減免で、今回変更がない（継続の）ものは何番？", {"4", "5", "8"}),  # (the bracket names the value meant)
])
def test_the_waiver_table_of_a_web_page(tsubaki, question, expected) -> None:
    answer = ask(tsubaki, question)
    assert answer.status == "exact", answer.summary
    assert {str(r.get("number")) for r in answer.rows} == expected, answer.summary
