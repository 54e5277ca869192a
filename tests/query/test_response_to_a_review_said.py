"""A made-up town's response to a review of its 補助金 (no set's words, years or codes): a workbook (its title names no
town) giving each 補助金 the 審査会's 結論 and the town's 対応方針, and a web page of the town printing the 対応方針 again
with the 令和8年度当初予算額. 「町が見直しする方針にした補助金」 binds 見直し to the 方針 said after it (not to the 結論,
which prints 見直し too); the two documents list the very same 補助金, so neither is another town's rows for the
question; 「…の令和8年度予算」 is the 当初予算額."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, name, 担当課, 結論, 対応方針, R8 当初予算額)
GRANTS = [
    ("H-01", "町内会運営補助金", "住民課", "継続", "継続", "2,150"),
    ("H-02", "敬老会開催補助金", "福祉課", "見直し", "見直し", "880"),
    ("H-03", "花いっぱい運動補助金", "環境課", "廃止", "見直し", "300"),
    ("H-04", "少年野球大会補助金", "教育課", "継続", "継続", "420"),
    ("H-05", "雪囲い設置補助金", "建設課", "継続", "見直し", "1,060"),
    ("H-06", "商工会イベント補助金", "商工課", "見直し", "見直し", "1,500"),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "対応方針"
    ws.append(["補助金審査会の審査結果と対応方針"])
    ws.append([])
    ws.append(["補助金番号", "補助金名", "担当課", "審査会の結論", "町の対応方針"])
    for code, name, office, verdict, policy, _ in GRANTS:
        ws.append([code, name, office, verdict, policy])
    wb.save(path)


def _page() -> str:
    rows = "\n".join(f"<tr><td>{c}</td><td>{n}</td><td>{p}</td><td>{b}</td></tr>" for c, n, _, _, p, b in GRANTS)
    return f"""<html><head><title>補助金の見直し結果と予算への反映｜椋田町</title></head><body>
<h1>補助金の見直し結果と予算への反映</h1>
<p>椋田町では補助金審査会の審査結果を受けて、令和８年度当初予算に反映しました。</p>
<table><caption>予算への反映状況</caption>
<tr><th>補助金番号</th><th>補助金名</th><th>町の対応方針</th><th>令和８年度当初予算額（千円）</th></tr>
{rows}
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("response_to_a_review_said")
    _workbook(folder / "補助金審査結果と対応方針.xlsx")
    (folder / "補助金の見直し結果と予算への反映｜椋田町.html").write_text(_page(), encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"])


def test_value_done_then_the_column_it_is_of(assistant) -> None:
    answer = ask(assistant, "町が見直しする方針にした補助金は？")
    assert answer.status == "exact", (answer.status, answer.caveat, answer.summary)
    assert _codes(answer) == ["H-02", "H-03", "H-05", "H-06"], answer.summary


def test_the_years_budget_is_its_initial_budget(assistant) -> None:
    answer = ask(assistant, "雪囲い設置補助金の令和8年度予算いくら？")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert str(answer.value).replace(",", "") in ("1060", "1060千円"), answer.summary
