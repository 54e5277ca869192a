"""A matrix of offices' roles counted across it (assistant/query/tables/role_counts.py): rows by how many offices
hold a role's mark (「協力課が３課以上」「関係課が複数」), the office holding a role in the most rows (「担当して
いる推進項目が一番多い課」). Over made129's ●/○ matrix (Word) and a made page of another town whose legend gives
◎ and △ other roles, so that no mark, role word or office of one edition is assumed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
MATRIX = ROOT / "tests" / "questions" / "made129" / "docs" / "推進項目別_担当課・協力課一覧.docx"

_PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>改革取組 所管・関係課一覧</title></head><body>
<h1>改革取組 所管・関係課一覧</h1>
<p>凡例：◎＝主管課　△＝関係課</p>
<table>
<tr><th>No.</th><th>取組名</th><th>政策課</th><th>財務課</th><th>人事課</th><th>市民課</th><th>環境課</th></tr>
<tr><td>A-1</td><td>窓口の一本化</td><td></td><td>△</td><td></td><td>◎</td><td>△</td></tr>
<tr><td>A-2</td><td>電子契約の導入</td><td>△</td><td>◎</td><td>△</td><td>△</td><td></td></tr>
<tr><td>A-3</td><td>職員定数の適正化</td><td></td><td>△</td><td>◎</td><td></td><td></td></tr>
<tr><td>B-1</td><td>ごみ収集の委託</td><td>△</td><td>△</td><td></td><td>△</td><td>◎</td></tr>
<tr><td>B-2</td><td>補助金の見直し</td><td>◎</td><td>△</td><td></td><td></td><td></td></tr>
<tr><td>B-3</td><td>公用車の削減</td><td></td><td>◎</td><td></td><td></td><td>△</td></tr>
</table>
<p>※主管課は１取組につき１課とする。</p>
</body></html>
"""


@pytest.fixture(scope="module")
def made129(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("role_counts_made129")
    shutil.copy(MATRIX, folder / MATRIX.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other_town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("role_counts_other")
    (folder / "yakuwari.html").write_text(_PAGE, encoding="utf-8")
    return assistant_over(folder)


def _numbers(answer) -> set[str]:
    return {str(r.get("番号") or r.get("No.")) for r in answer.to_dict()["rows"]}


def test_rows_by_how_many_offices_hold_a_role(made129, other_town) -> None:
    a = ask(made129, "協力課が３課以上ついている推進項目")
    assert a.status == "exact" and _numbers(a) == {"1-1-3", "1-2-2", "2-1-1"}
    b = ask(other_town, "関係課が３課以上ある取組は？")
    assert b.status == "exact" and _numbers(b) == {"A-2", "B-1"}
    c = ask(other_town, "関係課が複数の取組は何件？")
    assert c.value == 3 and _numbers(c) == {"A-1", "A-2", "B-1"}


def test_office_holding_a_role_most(made129, other_town) -> None:
    a = ask(made129, "担当している推進項目が一番多い課は？")
    assert a.status == "exact" and a.value == "総務課"
    b = ask(other_town, "主管している取組が一番多い課は？")
    assert b.value == "財務課"
    c = ask(other_town, "関係課として入っている取組が最も多い課はどこ？")
    assert c.value == "財務課"


def test_a_condition_it_does_not_read_is_not_dropped(made129) -> None:
    # 基本方針２ is no part of the counts: the question is left to the rest, never answered without it
    a = ask(made129, "基本方針２で協力課が３課以上ついている推進項目")
    assert not (a.status == "exact" and _numbers(a) == {"1-1-3", "1-2-2", "2-1-1"})
    b = ask(made129, "基本方針２で担当している推進項目が一番多い課は？")
    assert not (b.status == "exact" and b.value == "総務課")
