"""Labels of generic items as other cities print them: an acronym in capitals (VFM：, KPI：) and two words
joined by a middle dot (結果・今後の予定：) are labels; times and addresses are not."""
from __future__ import annotations

import pytest

from assistant.kinds.generic.structure import label_values


@pytest.mark.parametrize("line, fields", [
    ("VFM　　　　：7.4％", {"VFM": "7.4％"}),
    ("KPI：従来方式と比べた削減率", {"KPI": "従来方式と比べた削減率"}),
    ("結果・今後の予定：PFI導入決定（2025年度事業者選定）", {"結果・今後の予定": "PFI導入決定（2025年度事業者選定）"}),
    ("所管課：情報政策課、関係課：総務課", {"所管課": "情報政策課", "関係課": "総務課"}),
    ("開始 10:30 終了", {}),
    ("see http://example.jp", {}),
])
def test_label_forms(line, fields):
    assert label_values(line) == fields
