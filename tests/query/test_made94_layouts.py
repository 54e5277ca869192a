"""A town's 外部評価 paper, 広域連携 web page and 先進事例 text (made94's documents, read alone): score columns headed
by the members' surnames (the paper's list 役職│氏名│所属等 says who they are), the score table over a page break with
its header printed again, opinions naming their initiative in a column beside a serial No.; projects coded 連-01 with
the towns' 担当課 under a merged heading (－ = not taking part) and 進捗 marks under years in a second header row;
cases headed 「■県 町村」 with 人口・取組開始 on one line and the reader's related items in a labelled line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.plans_mixed import title_places
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made94" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made94_layouts")
    for name in ("令和11年度_外部評価委員会評価結果.pdf", "koiki_renkei_shinchoku.html", "先進事例集_行財政改革.txt"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    """The records' codes; an opinion's, the initiative it is on (comments are answered by their initiative)."""
    return sorted({str(r.get("initiative")) if str(r.get("key", "")).startswith("comment:")
                   else str(r.get("key", "")).split(":", 1)[-1].split("@")[0] for r in answer.rows})


@pytest.mark.parametrize("turns,codes", [
    # the mean against a number (「外部評価の平均点」), row 8 printed on the next page under the header again
    (("外部評価委員会の平均点が4点以上だった重点取組",), ["1", "4", "8"]),
    (("外部評価の平均点が3.5点未満の重点取組を教えて",), ["2", "3", "5", "7"]),
    # a member's column headed by the surname alone, said with 委員 after it
    (("丹羽委員が5点をつけた重点取組は？",), ["1"]),
    # the opinions' initiative is the 重点取組 column's, not the serial No.
    (("篠原委員長が意見を出している重点取組はどれ？",), ["1", "3", "5", "7", "8"]),
    # a follow-up naming another member: the member is of the opinions
    (("丹羽さんの意見はどの重点取組についてのもの？", "柏木さんのは？"), ["2", "4", "7", "8"]),
    # what the member stands for, as the list prints it (委員 │ 永友 聡 │ 公募町民)
    (("公募町民の委員のコメントはどの重点取組に対してのもの？",), ["1", "3", "5", "7"]),
])
def test_committee_paper(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary)


def test_comments_counted_per_initiative(assistant) -> None:
    answer = ask(assistant, "重点取組7に対する委員のコメントは何件ある？")
    assert answer.count == 4 or answer.value == 4, answer.summary


@pytest.mark.parametrize("turns,codes", [
    (("幹事町が榁ヶ崎町になっている広域連携事業は？",), ["連-02", "連-05", "連-09"]),
    # the mark itself said
    (("2029年度の進捗が△の連携事業",), ["連-04", "連-06"]),
    # worse on the legend's printed order (◎ > ○ > △), the last year against the one before
    (("前年度より進捗が悪くなった広域連携事業は？",), ["連-06", "連-10"]),
    (("前年度より進捗が良くなった広域連携事業は？",), ["連-01", "連-02", "連-07", "連-09"]),
    # 「－」 in a town's 担当課 column: it takes no part
    (("栃ノ窪町が参加していない連携事業はどれ？",), ["連-03", "連-04"]),
    (("檜垣田町が幹事の連携事業は？", "そのうち2029年度の進捗が◎のものだけにして"), ["連-01", "連-12"]),
])
def test_joint_projects(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.target == "joint_project" and _codes(answer) == codes, (answer.status, answer.summary)


def test_joint_project_department_and_intro(assistant) -> None:
    assert ask(assistant, "連-07の茅ヶ尻町側の担当課はどこ？").value == "環境整備課"
    answer = ask(assistant, "近隣4町とつくっている広域連携の協議会の名前は？")
    assert any("北嶺5町広域連携協議会" in str(e.get("text", "")) for e in answer.excerpts), answer.summary


def _places(answer) -> list[str]:
    return sorted(p for r in answer.rows for p in (r.get("places") or []) if not p.endswith(("県", "道", "都", "府")))


@pytest.mark.parametrize("turns,places", [
    (("先進事例のなかで長野県の自治体はどこ？",), ["笹目平村", "萱ノ平町"]),
    # 【本町の関連する重点取組】重点取組8 (the question's 重点取組 said in the engine's word for it)
    (("重点取組8に関係する他自治体の事例を教えて",), ["樗木村", "笹目平村"]),
    (("先進事例で人口が1万人未満の自治体は？", "その中で2022年度より前から取り組んでいるところは？"), ["笹目平村"]),
    (("2025年度以降に取組を始めた事例は？",), ["萱ノ平町", "蓮ヶ江町", "鮎返町"]),
])
def test_case_studies(assistant, turns, places) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _places(answer) == sorted(places), (answer.status, answer.summary)


def test_title_opening_with_its_year_names_its_town() -> None:
    assert title_places("令和１１年度 榁ヶ崎町 外部評価委員会 評価結果") == frozenset({"榁ヶ崎町"})
    assert title_places("苫小牧市行政創革プラン 取組の有効性に関する意見書") == frozenset({"苫小牧市"})
