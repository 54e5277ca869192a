"""Citizens' excerpts headed by their printed number and writer (「No.12（60代・男性）【窓口サービス】」, 「意見No.5〔70歳以上／
男性〕〈福祉〉」): comments keyed by that number (generic/numbered_opinions.tagged_opinions), the writer's age group, sex
and the paper's class usable as conditions (grammar/writers.py). Over real indexes: made141's txt beside the shipped
corpus's committee opinions (which the excerpts' words must not pull in), and a second made paper of another layout."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
M141 = ROOT / "tests" / "questions" / "made141" / "docs" / "自由記述の分類結果.txt"
CORPUS_OPINIONS = ROOT / "corpus" / "002_388add96d06013c9.txt"  # (another city's committee's opinions, shipped)
# (a joint-projects table whose merged 分野 column is the word the excerpts' class is said with too)
M67_JOINT = ROOT / "tests" / "questions" / "made67" / "docs" / "03_北嶺圏域_連携事業一覧.xlsx"

# (a second paper: 意見No.n〔年齢／性別〕〈分野〉 headings, ages in 歳, a text over two lines)
OTHER = """令和６年度 市民アンケート 自由意見の抜粋

■寄せられた主な意見

意見No.5〔70歳以上／男性〕〈福祉〉
バスの本数が減って通院が不便になった。
デマンド交通を検討してほしい。

意見No.9〔30〜39歳／女性〕〈子育て〉
保育園の空き状況をLINEで知らせてほしい。

意見No.14〔40〜49歳／男性〕〈子育て〉
放課後児童クラブの時間を延ばしてほしい。

意見No.22〔60〜69歳／女性〕〈福祉〉
地域の見守り活動にもっと若い人が加わってほしい。
"""


def _codes(answer) -> set[str]:
    return {str(r.get("initiative")) for r in answer.rows}


@pytest.fixture(scope="module")
def made141(tmp_path_factory):
    folder = tmp_path_factory.mktemp("m141")
    shutil.copy(M141, folder / M141.name)
    shutil.copy(CORPUS_OPINIONS, folder / CORPUS_OPINIONS.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def both_areas(tmp_path_factory):
    folder = tmp_path_factory.mktemp("both")
    shutil.copy(M141, folder / M141.name)
    shutil.copy(M67_JOINT, folder / M67_JOINT.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other")
    (folder / "自由意見抜粋.txt").write_text(OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_excerpts_are_comments_keyed_by_their_number_with_writer_conditions(made141) -> None:
    older = ask(made141, "自由記述で紹介されてる意見のうち、60代以上の人のものは？")
    assert older.status == "exact" and _codes(older) == {"No.12", "No.58", "No.103", "No.212"}, older.summary
    men = ask(made141, "自由記述の抜粋で男性の意見はどれ？")
    assert _codes(men) == {"No.12", "No.45", "No.81", "No.150", "No.212", "No.307"}, men.summary
    counter = ask(made141, "窓口サービス分野の男性の意見")
    assert _codes(counter) == {"No.12", "No.212"}, counter.summary
    # (the committee's opinions of the shipped corpus mention LINE too: 自由意見 keeps them out)
    line = ask(made141, "LINEに触れてる自由意見")
    assert line.status == "exact" and _codes(line) == {"No.45"}, line.summary


def test_another_layout_of_excerpts_reads_the_same(other) -> None:
    everyone = ask(other, "自由意見は全部で何件？")
    assert everyone.count == 4 and _codes(everyone) == {"No.5", "No.9", "No.14", "No.22"}, everyone.summary
    older = ask(other, "60代以上の人の意見")
    assert older.status == "exact" and _codes(older) == {"No.5", "No.22"}, older.summary
    women = ask(other, "女性の意見で福祉分野のもの")
    assert _codes(women) == {"No.22"}, women.summary
    two_lines = ask(other, "デマンド交通に触れてる意見")
    assert _codes(two_lines) == {"No.5"}, two_lines.summary


def test_an_age_only_partly_inside_the_groups_is_not_used(other) -> None:
    # (「65歳以上」 splits 60〜69歳: which writers are meant cannot be said, so the answer is partial)
    answer = ask(other, "65歳以上の人の意見")
    assert answer.status != "exact", (answer.status, answer.summary)


def test_a_word_two_kinds_declare_names_the_field_holding_the_value(both_areas) -> None:
    # (分野 is a joint project's column and an excerpt's class: the value said decides which, in either order of kinds)
    joint = ask(both_areas, "北嶺圏域の観光・産業分野の事業の令和8年度事業費、平均するといくら？")
    assert joint.status == "exact" and joint.value == 4650, (joint.status, joint.summary)
    assert any(c["field"] == "area" and c["value"] == "観光・産業" for c in joint.understood), joint.understood
    counter = ask(both_areas, "自由記述の抜粋で男性の意見はどれ？", "そのうち窓口サービス分野のは？")
    assert counter.status == "exact" and _codes(counter) == {"No.12", "No.212"}, counter.summary
    facilities = ask(both_areas, "分野が公共施設の自由意見")
    assert facilities.status == "exact" and _codes(facilities) == {"No.27", "No.103"}, facilities.summary


def test_the_excerpts_class_leaves_the_joint_projects_category_its_label() -> None:
    # (one field name means one thing in every kind: the joint projects' `category` stays their 事業区分)
    from assistant.labels import field_label

    assert field_label("category") == "事業区分"
    assert field_label("excerpt_class") == "分野"
