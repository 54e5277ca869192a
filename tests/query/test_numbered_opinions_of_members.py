"""「意見１（北條委員）」 headings over the member's paragraph citing 取組 codes (A-2), 【町の考え方】 alone on its line
with the town's reply under it: each opinion is the member's comment on every code it cites (headed_turns.py)."""
from __future__ import annotations

import pytest

from assistant.kinds.generic.headed_turns import headed_turn_comments
from tests.conversation_helpers import ask, assistant_over

LINES = [
    "南条町 下水道経営審議会 意見書", "",
    "意見１（山田委員）", "管渠の更新（A-1）は順調だが、処理場の耐震化（A-2）は遅れている。",
    "【町の考え方】", "A-2は令和７年度に工事を発注する。", "",
    "意見２（佐藤委員）", "使用料の見直し（B-1）を先送りすべきではない。",
    "【町の考え方】", "令和７年度中に改定案を取りまとめる。", "",
    "意見３（山田委員）", "未収金対策（B-2）を強化してほしい。",
    "【町の考え方】", "督促の手順を見直した。", ""]


def test_each_cited_code_is_a_comment_of_the_member() -> None:
    records = headed_turn_comments(LINES, "意見書.txt")
    got = {(r.fields["initiative"], r.fields["member"]) for r in records}
    assert got == {("A-1", "山田"), ("A-2", "山田"), ("B-1", "佐藤"), ("B-2", "山田")}, got
    reply = next(r for r in records if r.fields["initiative"] == "B-1").fields.get("response")
    assert reply == "令和７年度中に改定案を取りまとめる。", reply


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("numbered_opinions")
    (folder / "南条町_意見書.txt").write_text("\n".join(LINES), encoding="utf-8")
    return assistant_over(folder)


def test_a_members_opinions_by_code(town) -> None:
    answer = ask(town, "山田委員の意見はどの取組についてのもの？")
    assert {str(r.get("initiative")) for r in answer.rows} == {"A-1", "A-2", "B-2"}, answer.rows
