"""Fact questions put the passage that answers them first (assistant/query/rank.py).

Made documents, no loader written for them: each test pits a passage that states the asked fact
against passages that only mention the question's words, and the stating one must come first.
"""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.query.rank import kind_score, read_question
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCUMENTS = {
    # いつ: a date beats a shorter passage with the same words and no date.
    "report.txt": """\
報告書の提出について各課で検討した。

報告書は、関係する部署による内容の確認と文言の調整を何度も経たうえで、令和6年5月10日に議会へ提出された。

報告書の提出先は議会である。
""",
    # 何件: a number with the asked counter beats a number with another counter and the words alone.
    "counter.txt": """\
相談窓口の相談の受付方法と相談の記録の取り方について説明する。

相談窓口は市内の3か所に設置されている。

相談窓口で受け付けた相談は、昨年度は合計で152件であった。
""",
    # A short line that states the fact beats a long paragraph that holds the same words.
    "length.txt": """\
地域連絡員は、地域の行事や防災訓練、見守り活動など多くの場面で住民と行政をつなぐ役割を担ってきた。これまでの経緯を振り返ると、制度の開始当初は担い手が少なく、説明会を重ねながら少しずつ理解が広がっていった。今後も研修の充実や情報共有の仕組みづくりを進め、活動しやすい環境を整えていくことが求められる。地域連絡員の負担が偏らないよう、役割分担の見直しも検討していく必要がある。

地域連絡員の任期は2年である。
""",
    # The paragraph after a lead-in that names the subject states the fact (a scale under 「次の基準」).
    "scale.txt": """\
各事業は、担当課の報告を踏まえ、次の採点基準で採点を行った。

5 大いに成果があった
3 一定の成果があった
1 成果が見られない

採点の結果は別表のとおりである。
""",
    # 何曜日: a weekday in the passage that names the event.
    "event.txt": """\
ボランティア養成講座を開催しました。多くの方に参加いただきました。

ボランティア養成講座 開催日時：2016年3月11日（金）10:00～12:00

次回の講座の予定は未定です。
""",
    # …の名前は: a passage that gives a name the question does not already say (the new plan's).
    "name.txt": """『みどり市健康づくり計画』は、平成30年度から令和4年度までの計画として策定した。

『みどり市健康づくり計画』では、計画の各年度で取組の評価を行い、最終年度には計画全体の評価を行った。

令和5年度から、健康づくり計画と食育推進計画を統合した新計画『みどり市いきいき健康プラン』が始まった。
""",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = folder / "made.db"
    build_index([folder], index)
    db = open_index(index)
    return Assistant(db)


def first_text(answer) -> str:
    assert answer.excerpts, answer.summary
    return answer.excerpts[0]["text"]


def test_when_puts_the_passage_with_a_date_first(made):
    answer = made.ask("報告書はいつ提出された？")
    assert "令和6年5月10日" in first_text(answer)
    assert answer.status == "search"  # a place to read, not a claimed answer
    assert "令和6年5月10日" in answer.summary  # the summary quotes the line that states it


def test_how_many_wants_a_number_with_the_asked_counter(made):
    made.reset()
    answer = made.ask("相談窓口で受け付けた相談は何件？")
    assert "152件" in first_text(answer)
    assert answer.status == "search"


def test_how_many_places_wants_that_counter_not_another(made):
    made.reset()
    answer = made.ask("相談窓口は何か所ある？")
    assert "3か所" in first_text(answer)


def test_a_short_stating_line_beats_a_long_paragraph(made):
    made.reset()
    answer = made.ask("地域連絡員の任期は？")
    assert first_text(answer).startswith("地域連絡員の任期は2年")


def test_the_passage_after_a_lead_in_that_matched(made):
    made.reset()
    answer = made.ask("採点基準の5は何を意味する？")
    assert "大いに成果があった" in first_text(answer)


def test_what_weekday(made):
    made.reset()
    answer = made.ask("ボランティア養成講座は何曜日に開催された？")
    assert "（金）" in first_text(answer)


def test_what_name_wants_a_name_the_question_does_not_say(made):
    made.reset()
    answer = made.ask("みどり市健康づくり計画の後の新しい計画の名前は？")
    assert "みどり市いきいき健康プラン" in first_text(answer)


@pytest.mark.parametrize("question, kind, counters", [
    ("意見書はいつ出された？", "date", ()),
    ("関係各課は何課ある？", "number", ("課",)),
    ("登録者は何人まで増えた？", "number", ("人", "名")),
    ("専門部会は何回開かれた？", "number", ("回", "度")),
    ("寄附の額は？", "money", ()),
    ("目標値は？", "number", ()),
    ("研修は何曜日に開催された？", "weekday", ()),
    ("審議会の副会長は誰？", "person", ()),
    ("詳細はどこで見られる？", "place", ()),
    ("登録数はどうやって算定している？", "method", ()),
    ("モデル事業はどんなことに使える？", "", ()),
    ("新しい計画の名前は？", "name", ()),
    ("後継の計画は何という計画？", "name", ()),
])
def test_the_kind_of_thing_asked_for(question, kind, counters):
    need = read_question(question)
    assert need.kind == kind
    assert need.counters == counters


def test_question_words_and_counters_are_not_content():
    need = read_question("関係各課は何課ある？")
    assert need.terms == ("関係", "各課")
    assert "何" not in need.terms and "課" not in need.terms


@pytest.mark.parametrize("question, text, holds", [
    ("いつ提出された？", "令和7年7月30日", True),
    ("いつ提出された？", "提出の手順を確認した。", False),
    ("何件あった？", "合計で152件であった。", True),
    ("何件あった？", "3か所に設置", False),
    ("額は？", "寄附額は820万円", True),
    ("何曜日？", "2015年11月20日（金）", True),
])
def test_kind_score(question, text, holds):
    assert (kind_score(read_question(question), text) == 1.0) is holds
