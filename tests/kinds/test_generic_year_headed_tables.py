"""A PDF's table per year heading (「■ 令和４年度（R4）」 over the header, rows, 「年度計 … 売却2件」), the header
printed again under each heading, a running head atop every page (made153's 売却実績): the rows are the sales only,
each under its year, and the title is the line under the running head. A line of several 【…】 labels is as many
fields (made153's 検討会議報告書)."""
from __future__ import annotations

from assistant.kinds.generic import loader
from assistant.kinds.generic.structure import is_total_row, label_values

SALES = """鵠浦町 財務課
土地売却実績（令和５年度～令和６年度）
各年度の入札結果は次のとおりです。
（単位：円）
■ 令和５年度（R5）
番号	物件名	最低売却価格	落札価格	契約日	備考
A-1	旧東倉庫	1,000,000	1,200,000	R5.6.1
A-2	旧西車庫	2,000,000	－	－	※不調
年度計		1,200,000			売却1件
■ 令和６年度（R6）
番号	物件名	最低売却価格	落札価格	契約日	備考
A-2	旧西車庫	1,800,000	1,900,000	R6.7.1
年度計		1,900,000			売却1件
－ 1 －

鵠浦町 財務課
※年度計は売却が成立した物件の合計額である。
"""


def test_rows_of_each_year_heading() -> None:
    doc = loader.parse(SALES, "sales.pdf")
    rows = [r for r in doc.records if str(getattr(r, "key", "")).startswith("table_row:")]
    cells = [r.fields["cells"] if "cells" in getattr(r, "fields", {}) else getattr(r, "cells", None) for r in rows]
    text = " ".join(str(c) for c in cells)
    assert len(rows) == 3, text
    assert "年度計" not in text and "最低売却価格\", \"最低売却価格" not in text


def test_title_under_running_head() -> None:
    doc = loader.parse(SALES, "sales.pdf")
    assert doc.title.startswith("土地売却実績"), doc.title


def test_year_total_with_count_note() -> None:
    assert is_total_row(["年度計", "", "1,200,000", "", "", "売却1件"])
    assert not is_total_row(["A-1", "旧東倉庫", "1,000,000"])


def test_several_bracketed_labels() -> None:
    assert label_values("【所在地】本町1-2 【面積】120.5㎡ 【審議】第2回会議") == {
        "所在地": "本町1-2", "面積": "120.5㎡", "審議": "第2回会議"}
    assert label_values("【所管課】情報政策課") == {"所管課": "情報政策課"}


def test_running_head_restating_the_title_is_the_title() -> None:
    # (made147's PDF: 「椚ヶ原町 指定管理者モニタリング評価シート」 atop every page over the title without the town; the
    # town is what tells the document's municipality, so the fuller head stays the title)
    text = SALES.replace("鵠浦町 財務課", "鵠浦町 土地売却実績（令和５年度～令和６年度）")
    doc = loader.parse(text, "sales.pdf")
    assert doc.title == "鵠浦町 土地売却実績（令和５年度～令和６年度）", doc.title
