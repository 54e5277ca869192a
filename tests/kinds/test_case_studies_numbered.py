"""A collection of case studies as a web page laid out otherwise than the shipped one: topics under
「■ …」 headings, each case 「事例N 取組名」 with its organisations on the line under it and 【取組】/
【効果】, a list of the cases first. The cases, their organisations and the date are made up."""
from __future__ import annotations

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.case_studies import loader as case_studies

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>地方公共団体における行政改革の取組事例（令和5年2月10日公表）</title></head><body>
<h1>地方公共団体における行政改革の取組事例</h1>
<p>（令和5年2月10日公表）</p>
<h2>事例一覧</h2>
<table><tr><th>No.</th><th>テーマ</th><th>団体名</th></tr>
<tr><td>1</td><td>公金収納のキャッシュレス化</td><td>福岡県久留米市</td></tr>
<tr><td>2</td><td>公金収納のキャッシュレス化</td><td>長野県松本市・塩尻市</td></tr>
<tr><td>3</td><td>職員の業務改善</td><td>静岡県</td></tr></table>
<h2>■ 公金収納のキャッシュレス化</h2>
<h3>事例1　窓口のキャッシュレス決済</h3><p>福岡県久留米市</p>
<h4>【取組】</h4><p>証明書の手数料をキャッシュレスで納められるようにした。</p>
<h4>【効果】</h4><p>釣銭の準備が不要になった。</p>
<h3>事例2　共同の収納代行</h3><p>長野県松本市・塩尻市</p>
<h4>【取組】</h4><p>2市で収納代行業者を共同で選定した。</p>
<h4>【効果】</h4><p>手数料率が下がった。</p>
<h2>■ 職員の業務改善</h2>
<h3>事例3　業務改善の職員提案</h3><p>静岡県</p>
<h4>【取組】</h4><p>職員提案を毎年募集し、優れた提案を表彰している。</p>
</body></html>
""".encode()


def _parsed():
    text = to_text(PAGE, "事例集.html").text
    return text, case_studies.parse(text, "事例集.html")


def test_read_as_case_studies():
    text, _ = _parsed()
    assert registry.detect(text) is case_studies


def test_numbered_cases_under_their_topics():
    _, doc = _parsed()
    cases = {r.code: r.fields for r in doc.records}
    assert list(cases) == ["1", "2", "3"]
    assert (cases["1"]["topic"], cases["1"]["title"], cases["1"]["places"]) == (
        "公金収納のキャッシュレス化", "窓口のキャッシュレス決済", ["福岡県", "久留米市"])
    assert cases["2"]["places"] == ["長野県", "松本市", "塩尻市"]
    assert cases["2"]["measures"] == "2市で収納代行業者を共同で選定した。"
    assert cases["2"]["effects"] == "手数料率が下がった。"
    assert cases["3"]["topic"] == "職員の業務改善" and "【効果】の記載なし" in cases["3"]["notes"]
    # The title and the date it was published are the document's own text.
    assert any("令和5年2月10日公表" in p.text for p in doc.passages if p.key.startswith("doc:"))
