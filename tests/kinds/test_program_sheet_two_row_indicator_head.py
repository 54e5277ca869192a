"""An evaluation sheet (a Word table's text) whose indicator table has a two-row heading: 「年度 │ 目標進捗 │ │ 達成率 │
所見」 over 「│ 計画値 │ 実績値 │ (%)」. The column the lower row names only by its unit is the 達成率 the row above names
there. The program and its figures are made up."""
from __future__ import annotations

from assistant.kinds import registry

T = "\t"
TEXT = "\n".join([
    "事務事業評価シート　1000123 架空市広域連携推進事業（令和9年度決算）", "",
    T.join(["事務事業コード", "1000123", "事業名", "架空市広域連携推進事業"]),
    T.join(["担当部名", "企画部", "担当課名", "企画課"]), "",
    "【成果指標 ※市民(市)がどうなったか】 指標名：相互利用の件数　単位：件　目標値：3000", "",
    T.join(["年度", "目標進捗", "", "達成率", "所見"]),
    T.join(["", "計画値", "実績値", "(%)"]),
    T.join(["令和8年度", "2800", "2660", "95.0"]),
    T.join(["令和9年度", "2900", "3132", "108.0"]),
    T.join(["令和10年度", "3000"]), "",
])


def test_rate_column_named_by_the_heading_row_above_its_unit():
    doc = registry.parse(TEXT, "sheet.docx")
    assert doc.kind == "program_sheet"
    rows = [(r.fields["year"], r.fields["plan"], r.fields["actual"], r.fields["rate"])
            for r in doc.records if r.kind == "indicator"]
    assert rows == [("R8", 2800, 2660, 95.0), ("R9", 2900, 3132, 108.0), ("R10", 3000, None, None)]
