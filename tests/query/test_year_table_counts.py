"""A text report's table of years (年度 │ 提案件数 │ 採用件数 │ 採用率, ruled with dashes, its labels printed left of the
right-aligned figures under them), beside minutes listing commended proposals with their 合計点:
「提案件数が25件を超えていた年度は？」 is a bound on the table's 提案件数 (labels whole, not cut by the characters'
nearest columns), never on a column of points (25件 counts things, 合計点 points), and 「採用件数が5件以上だった年度は
何回ある？」 counts the years meeting the bound (no number the text states). Made documents of 朝霧台村 (other years,
figures and words than tests/questions/made180's 椿ヶ瀬市)."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 年度, 提案件数, 採用件数, 採用率
_YEARS = [("令和元年度", 31, 6, "19.4"), ("令和２年度", 24, 4, "16.7"), ("令和３年度", 28, 7, "25.0"),
          ("令和４年度", 19, 5, "26.3"), ("令和５年度", 26, 3, "11.5"), ("令和６年度", 22, 8, "36.4")]


def _fw(text: str) -> str:
    return text.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))


def _report(path: Path) -> None:
    rule = "　" + "-" * 48
    lines = ["朝霧台村 職員提案制度の実施状況", "", "１　提案件数の推移",
             "　提案件数は令和元年度をピークに減少しているが、採用率は上昇している。", "",
             rule, "　年度　　　　　提案件数　　採用件数　　採用率", rule]
    for year, proposed, adopted, rate in _YEARS:
        label = year + "　" * (8 - len(year))
        lines.append(f"　{label}    {_fw(str(proposed))}件{' ' * (7 if adopted < 10 else 6)}{_fw(str(adopted))}件"
                     f"     {_fw(rate + '%')}")
    lines += [rule, "　※採用件数は審査でＡ又はＢとされた件数。", "", "２　今後の方向性", "　審査会は年２回開き、若手職員からの提案を増やす。"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _commended(path: Path) -> None:
    doc = Document()
    doc.add_heading("令和６年度 朝霧台村職員提案審査会 会議録", level=1)
    doc.add_heading("２　審査結果及び表彰候補", level=2)
    rows = [("賞", "提案番号", "提案名", "合計点"), ("最優秀賞", "2401", "窓口予約のオンライン化", "８８"),
            ("優秀賞", "2405", "公用車の共同利用", "８１"), ("優秀賞", "2407", "庁内照会のフォーム化", "７９"),
            ("奨励賞", "2409", "会議録の自動作成", "７４"), ("奨励賞", "2412", "広報紙の音声版", "７２")]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    doc.add_paragraph("以上の提案を表彰候補とすることが了承された。")
    doc.save(path)


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    docs = tmp_path_factory.mktemp("asagiridai_docs")
    _report(docs / "職員提案制度の実施状況.txt")
    _commended(docs / "職員提案審査会_会議録.docx")
    index = tmp_path_factory.mktemp("asagiridai_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def test_bound_on_the_count_column_of_years(village):
    village.reset()
    answer = village.ask("提案件数が25件を超えていた年度は？")
    assert answer.status == "exact", answer.summary
    keys = {r["key"] for r in answer.to_dict()["rows"]}
    assert keys == {"table_row:令和元年度", "table_row:令和3年度", "table_row:令和5年度"}, answer.summary


def test_years_meeting_a_bound_counted(village):
    village.reset()
    answer = village.ask("採用件数が5件以上だった年度は何回ある？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 4, answer.summary
