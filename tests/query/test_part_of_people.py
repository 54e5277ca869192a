"""A made-up prefecture's list of the 公社 it sends staff to (no set's words or codes): 常勤理事 │ うち県派遣 (人数, 「－」
where none is sent). 「県派遣が常勤理事にいる公社」 is a part above 0, 「常勤理事に県派遣がいない公社」 a part of 0 or a
dash — never the whole list with the word dropped."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (number, name, 常勤理事, うち県派遣)
BODIES = [("A1", "桐ヶ原県道路公社", "3人", "2人"), ("A2", "桐ヶ原県住宅公社", "2人", "－"),
          ("A3", "桐ヶ原県林業公社", "2人", "1人"), ("A4", "桐ヶ原県観光振興公社", "1人", "－"),
          ("A5", "桐ヶ原県下水道公社", "4人", "3人")]


def _page(path) -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>"
                   for a, b, c, d, e in [(*r, "12人") for r in BODIES])
    path.write_text(
        "<html><head><title>県出資公社の役員体制｜桐ヶ原県</title></head><body><h1>県出資公社の役員体制</h1>"
        "<h2>役員・職員の状況</h2><table><tr><th>番号</th><th>公社名</th><th>常勤理事</th><th>うち県派遣</th>"
        f"<th>職員数</th></tr>{rows}</table><p>※「－」は県派遣の常勤理事がいないことを示します。</p></body></html>",
        encoding="utf-8")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("part_of_people")
    _page(folder / "県出資公社の役員体制.html")
    return assistant_over(folder)


@pytest.mark.parametrize("question,keys", [
    ("県派遣が常勤理事にいる公社は？", ["table_row:A1", "table_row:A3", "table_row:A5"]),
    ("常勤理事に県派遣がいない公社", ["table_row:A2", "table_row:A4"]),
])
def test_part_of_people_there_or_not(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    got = sorted(str(r["key"]) for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and got == keys, (answer.status, answer.unused, got, answer.summary)
