"""A committee's opinions numbered （１）… one paragraph each, tagged 【評価】【指摘】… and closing with the speaker
(「（野々村副会長）」), citing records in the text by a numbered label (「施設番号301及び303」): a comment per cited code
with the tag, the speaker's name and post, so that questions by tag, by member, by a word of the text, those citing
none, and counts (an opinion citing two counted once) read them. Over made175's minutes and a made-up town's record
of another shape (事業番号A-12, other tags and posts), so nothing is one file's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE175 = Path(__file__).resolve().parents[1] / "questions" / "made175" / "docs"
MINUTES = "令和６年度第２回指定管理者評価委員会_会議録.docx"

TOWN = """令和８年度第１回柚ノ浦町行政評価審議会 記録

３ 委員の意見

各委員の主な意見は次のとおり。（　）内は発言者。
（１）【提案】事業番号A-12（子ども食堂支援）は、参加団体の拡大に向け、補助要件を見直されたい。（小野寺委員長）
（２）【懸念】事業番号B-03と事業番号B-05は、対象者が重複しており、統合を検討すべきである。（水谷委員）
（３）【評価】事業番号A-07は、窓口のオンライン化が進み、待ち時間が短縮された。（小野寺委員長）
（４）【提案】成果指標の設定方法について、町全体で統一した考え方を示されたい。（水谷委員）
（５）【懸念】事業番号C-01（空き家対策）は、相談件数が減っている理由を分析されたい。（樋口副委員長）

以上
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("speaker_opinions")
    shutil.copy(MADE175 / MINUTES, folder / MINUTES)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("speaker_opinions_town")
    (folder / "審議会記録.txt").write_text(TOWN, encoding="utf-8")
    return assistant_over(folder)


def _cited(answer) -> list[str]:
    return sorted({str(r.get("initiative") or "") for r in answer.rows})


@pytest.mark.parametrize("fixture,turns,codes", [
    ("minutes", ("野々村副会長の意見を全部",), ["12", "201", "303"]),
    ("minutes", ("アンケートに触れてる委員意見",), ["203", "403"]),
    ("minutes", ("大迫委員の意見は？", "そのうち要望だけ"), ["15"]),
    ("minutes", ("特定の施設を挙げてない意見はどれ？",), ["12", "15", "16"]),
    ("town", ("「提案」になってる意見",), ["4", "A-12"]),
    ("town", ("樋口副委員長の意見",), ["C-01"]),
    ("town", ("水谷委員の意見は？",), ["4", "B-03", "B-05"]),
    ("town", ("小野寺委員長の意見は？", "そのうち提案だけ"), ["A-12"]),
    ("town", ("特定の事業を挙げていない意見はどれ？",), ["4"]),
])
def test_opinions_by_tag_member_and_word(request, fixture, turns, codes) -> None:
    answer = ask(request.getfixturevalue(fixture), *turns)
    assert answer.status == "exact" and _cited(answer) == codes, (answer.status, answer.summary)


@pytest.mark.parametrize("fixture,question,count", [
    ("minutes", "要望の意見は何件あった？", 5),   # (（６） cites 301 and 303: one opinion)
    ("town", "懸念の意見は何件？", 2),            # (（２） cites B-03 and B-05: one opinion)
])
def test_opinions_of_a_tag_counted_once(request, fixture, question, count) -> None:
    answer = ask(request.getfixturevalue(fixture), question)
    assert answer.count == count, answer.summary


@pytest.mark.parametrize("question, codes", [
    ("小野寺委員長が提案した事業は？", ["A-12"]),
    ("小野寺委員長が評価した事業は？", ["A-07"]),
    ("樋口副委員長が提案した事業ある？", []),  # (its one opinion a 懸念: none, never every opinion of the member)
])
def test_a_tag_said_as_the_members_verb(town, question, codes) -> None:
    answer = ask(town, question)
    assert _cited(answer) == codes and any(u.get("field") == "excerpt_class" for u in answer.understood), \
        (answer.status, answer.summary, answer.understood)


# A staff committee's minutes: the members are officers (「（総務部長）」), the chair printed with who holds the post
# (「（委員長（副町長））」) and outside members by their class and what each is (「（学識委員（大学准教授））」).
OFFICERS = """令和７年度 楢ヶ丘町業務改善審査会 会議要旨

４ 委員からの意見
（１）【評価】改善案番号２０３は、申請書の記入時間を半分にしており、効果が大きい。（委員長（副町長））
（２）【指摘】改善案番号２０７及び２１１は、費用の見積りが示されていない。（財政部長）
（３）【評価】改善案番号２１４は、他の部署でも使える。（学識委員（大学准教授））
（４）【課題】若手職員からの改善案が少ない。応募しやすい様式を検討されたい。（学識委員（社会福祉士））
（５）【評価】改善案番号２０５は、窓口の待ち時間を短くしている。（財政部長）

以上
"""


@pytest.fixture(scope="module")
def officers(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("speaker_opinions_officers")
    (folder / "審査会要旨.txt").write_text(OFFICERS, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("turns,codes", [
    (("財政部長の意見",), ["205", "207", "211"]),
    (("副町長の意見は？",), ["203"]),
    (("「課題」になってる意見",), ["4"]),
    # (the tag said as the verb in the passive: the records the 【指摘】 opinions cite)
    (("委員から指摘された改善案は？",), ["207", "211"]),
    # (the tag said as the noun of the opinions, no kind word: the opinions of that tag)
    (("委員の指摘を教えて",), ["207", "211"]),
    (("委員からの評価は？",), ["203", "205", "214"]),
])
def test_officers_and_classes_of_members_as_speakers(officers, turns, codes) -> None:
    answer = ask(officers, *turns)
    assert answer.status == "exact" and _cited(answer) == codes, (answer.status, answer.summary, _cited(answer))


def test_opinions_of_officers_counted(officers) -> None:
    answer = ask(officers, "財政部長の意見は何件？")
    assert answer.status == "exact" and answer.count == 2, answer.summary


@pytest.mark.parametrize("question,codes", [
    ("提案のうち、個別の事業に触れていないものは？", ["4"]),
    ("懸念のうち、特定の事業に触れていないものは？", []),
])
def test_opinions_of_a_tag_citing_no_record(town, question, codes) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and _cited(answer) == codes and answer.count == len(codes), \
        (answer.status, answer.summary, _cited(answer))


def test_a_class_of_members_named_as_the_minutes_print_it(officers) -> None:
    # (学識委員 is one class of the members here, printed as the speaker: not any member, as 「学識委員の」 reads
    # where the members' opinions name no such class)
    answer = ask(officers, "学識委員の意見は何件？")
    assert answer.status == "exact" and answer.count == 2, answer.summary
