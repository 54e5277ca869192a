"""A made-up town's fields graded Ａ/Ｂ/Ｃ each year (no set's words or grades): 「Ａ評価をとったことがある分野」 is a
field graded Ａ in some year printed (the grade's own verb, とった/受けた, in the perfect), every word read."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

FIELDS = [("1", "窓口サービスの向上", "Ｂ", "Ａ", "Ａ"), ("2", "情報システムの共同化", "Ｃ", "Ｂ", "Ｂ"),
          ("3", "公共施設の適正配置", "Ａ", "Ｂ", "Ｃ"), ("4", "職員の能力開発", "Ｂ", "Ｂ", "Ｃ")]


def _page(path) -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in FIELDS)
    path.write_text(
        "<html><head><title>行革推進本部 分野別評価｜梨ノ木町</title></head><body><h1>分野別評価の推移</h1>"
        "<table><tr><th>分野</th><th>名称</th><th>令和３年度</th><th>令和４年度</th><th>令和５年度</th></tr>"
        f"{rows}</table><p>評価はＡ（順調）、Ｂ（おおむね順調）、Ｃ（遅れ）の３段階。</p></body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("grade_ever_taken")
    _page(folder / "分野別評価.html")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["Ａ評価をとったことがある分野は？", "Ａ評価を受けたことのある分野"])
def test_grade_ever_taken(assistant, question) -> None:
    answer = ask(assistant, question)
    names = sorted(str((r.get("cells") or {}).get("名称") or r.get("名称") or "") for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and names == ["公共施設の適正配置", "窓口サービスの向上"], (
        answer.status, answer.unused, answer.summary)
