"""A list of improvement ideas with a column 表彰 printing what each idea got (金賞, 努力賞) or nothing, beside a
record of the committee's opinions tagged 【評価】【指摘】 that cite the ideas by number: 「表彰された」 is a cell
written there, 「表彰されていない」 a blank one (never the column asked of every row); a tag said as the verb
(「委員が【評価】した」「委員から評価された」) reads the records the opinions of that tag cite; and 「委員が【評価】した
改善案のうち、表彰されていないのは？」 keeps the opinions whose cited idea the list leaves unawarded. Made-up
documents of 萩ノ台村 (other codes, awards, tags and years than tests/questions/made180's 椿ヶ瀬市)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# 改善案番号, 改善案名, 担当課, 合計点, 表彰
_IDEAS = [("811", "住民票の窓口予約", "住民課", 78, "金賞"),
          ("812", "庁舎の節電パトロール", "管財課", 52, ""),
          ("813", "児童手当の電子申請", "子育て支援課", 74, ""),
          ("814", "公民館の鍵の電子化", "生涯学習課", 66, "努力賞"),
          ("815", "議事録の自動文字起こし", "議会事務局", 81, "銀賞"),
          ("816", "道路補修の通報アプリ", "建設課", 59, "")]

_MINUTES = """令和８年度 萩ノ台村業務改善委員会 会議要旨

３ 委員の意見
（１）【評価】改善案番号８１５は、議事録の作成時間を大きく減らしており、効果が明らかである。（委員長（副村長））
（２）【指摘】改善案番号８１２は、節電の効果額が示されていない。（総務部長）
（３）【評価】改善案番号８１３は、申請者の来庁を不要にしている。（学識委員（大学教授））
（４）【要望】若手職員の応募が増えるよう、募集方法を工夫されたい。（総務部長）
（５）【評価】改善案番号８１１は、待ち時間の短縮が大きい。（学識委員（大学教授））

以上
"""


def _list(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "審査結果"
    ws.cell(1, 1, "令和８年度 萩ノ台村 業務改善案 審査結果")
    for c, v in enumerate(["改善案番号", "改善案名", "担当課", "合計点", "表彰"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_IDEAS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v if v != "" else None)
    wb.save(path)


@pytest.fixture(scope="module")
def village(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("awarded_rows")
    _list(folder / "業務改善案審査結果.xlsx")
    (folder / "業務改善委員会_会議要旨.txt").write_text(_MINUTES, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key", "")).split(":", 1)[1] for r in answer.to_dict()["rows"] if isinstance(r, dict))


def _cited(answer) -> list[str]:
    return sorted({str(r.get("initiative") or "") for r in answer.rows})


@pytest.mark.parametrize("turns,codes", [
    (("表彰された改善案は？",), ["811", "814", "815"]),
    (("表彰されていない改善案は？",), ["812", "813", "816"]),
    (("合計点が70点以上の改善案は？", "その中で表彰されていないのはどれ？"), ["813"]),
])
def test_awarded_said_as_the_columns_own_verb(village, turns, codes) -> None:
    answer = ask(village, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary, _codes(answer))


@pytest.mark.parametrize("question,codes", [
    ("委員から評価された改善案は？", ["811", "813", "815"]),
    ("委員が【評価】した改善案は？", ["811", "813", "815"]),
])
def test_tag_said_as_the_verb_reads_the_cited_records(village, question, codes) -> None:
    answer = ask(village, question)
    assert answer.status == "exact" and _cited(answer) == codes, (answer.status, answer.summary, _cited(answer))


def test_opinions_of_a_tag_joined_with_the_lists_blank_awards(village) -> None:
    answer = ask(village, "委員が【評価】した改善案のうち、表彰されていないのは？")
    assert answer.status == "exact" and _cited(answer) == ["813"], (answer.status, answer.summary, _cited(answer))
