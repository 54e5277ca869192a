"""「令和5年度から令和6年度で評価が下がった取組」 over ◎○△× marks a report explains twice, once in its prose
(「評価は◎（…）、○（…）…とし」, of which a reading catches only part, and 「○が4件となり」 read as one more
entry) and once in a ※ line: a legend giving a mark twice gives no single order, so the marks keep their usual
order ◎ > ○ > △ > × (a ◎ that became ○ went down, a ○ that became ◎ went up)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SOURCE = "柚木沢町ごみ減量推進計画（中間見直し）.txt"
TEXT = """柚木沢町ごみ減量推進計画（中間見直し）
第３章　施策の評価
各施策は毎年度、環境衛生課が評価している。評価は◎（計画を上回った）、○（計画どおり）、△（遅れがある）、×（成果が出ていない）の４段階とし、未実施の年度は「－」と表記する。令和６年度は◎が２件、○が４件となり、前年度より改善した施策が多い。
表３　施策別評価一覧
施策番号\t施策名\t担当課\t令和５年度\t令和６年度
A-1\t生ごみ堆肥化の推進\t環境衛生課\t◎\t○
A-2\t資源回収拠点の拡充\t環境衛生課\t○\t◎
A-3\t分別アプリの配信\t企画課\t△\t○
A-4\t事業系ごみの指導\t商工課\t○\t△
A-5\t集団回収への補助\t環境衛生課\t－\t◎
A-6\t剪定枝の資源化\t農林課\t◎\t◎
A-7\t出前講座の開催\t環境衛生課\t○\t○
A-8\t食品ロス削減協力店\t商工課\t×\t○
※ 評価基準　◎：計画以上　○：計画どおり　△：遅れがある　×：成果なし　－：未実施
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("yunokizawa")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number")) for r in answer.rows)


@pytest.mark.parametrize("question, codes", [
    ("令和5年度から令和6年度で評価が下がった施策は？", ["A-1", "A-4"]),
    ("令和5年度から令和6年度で評価が上がった施策は？", ["A-2", "A-3", "A-8"]),
])
def test_marks_explained_twice_keep_their_usual_order(assistant, question, codes):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _codes(answer) == codes, answer.summary
