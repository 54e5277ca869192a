"""A prefecture's collection of cases as plain text: numbered, bracketed case headings (「［事例2］…」) and labelled
parts — who did it (【団体名】, or 「団体名：」 before a colon), what was done (【取組内容】) and what it achieved
(【効果】), a label on a line of its own or opening its text. One case names two places joined by 「、」; one
place has two cases. Indexed for real; the places and the cases are made up."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.case_studies import loader as case_studies
from tests.conversation_helpers import ask, assistant_over

SOURCE = "kita_jirei.txt"
TEXT = """\
北浦県 市町村行政改革 事例集（第3集）
北浦県 企画部 市町村支援課

［事例1］ 窓口のキャッシュレス決済
【団体名】川辺市
【取組内容】
証明書の手数料をキャッシュレスで支払えるようにした。
【効果】現金の取扱件数が年間8,000件減った。

［事例2］ 消防の指令業務の共同化
団体名：山里村、浜中町
【取組内容】二つの町村の119番通報を一か所で受ける。
【効果】指令員を6人から4人に減らした。

［事例3］ 電子図書館の開設
【団体名】川辺市
【取組内容】電子書籍の貸出を始めた。
【効果】貸出は初年度に12,000点であった。
"""


def test_cases_with_labelled_parts_are_read():
    assert registry.detect(TEXT) is case_studies
    doc = registry.parse(TEXT, SOURCE)
    cases = {r.code: r.fields for r in doc.records}
    assert list(cases) == ["1", "2", "3"]
    assert cases["2"]["places"] == ["山里村", "浜中町"] and cases["2"]["title"] == "消防の指令業務の共同化"
    # (a label on a line of its own: its text under it)
    assert cases["1"]["measures"] == "証明書の手数料をキャッシュレスで支払えるようにした。"
    assert cases["3"]["effects"] == "貸出は初年度に12,000点であった。" and not cases["3"]["notes"]
    assert any(p.text == "北浦県 企画部 市町村支援課" for p in doc.passages if p.key.startswith("doc:"))


def test_labels_without_a_numbered_case_are_no_collection():
    text = "お知らせ\n【団体名】川辺市\n【効果】よく分かった。\n【団体名】山里村\n"
    assert registry.detect(text) is not case_studies


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("labelled_cases")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    return assistant_over(folder)


def test_which_places_did_it(assistant):
    answer = ask(assistant, "事例集で指令業務を共同化した自治体は？")
    assert answer.status == "exact", answer.summary
    assert [r.get("places") for r in answer.rows] == [["山里村", "浜中町"]], answer.summary


def test_how_many_cases_a_place_has(assistant):
    answer = ask(assistant, "事例集に川辺市の事例はいくつある？")
    assert answer.status == "exact" and answer.count == 2, answer.summary


def test_the_collection_named_by_its_issuer(assistant):
    # (「北浦県の事例集で」 names the document; its word 事例集 still says the records asked are cases)
    answer = ask(assistant, "北浦県の事例集でキャッシュレス決済を始めた自治体は？")
    assert answer.target == "case_study" and answer.status == "exact", answer.summary
    assert [r.get("places") for r in answer.rows] == [["川辺市"]], answer.summary


def test_places_in_brackets_after_the_title_and_a_marked_heading():
    text = ("事例集（市町村DX編）\n\n■事例1 電子契約の導入（東町）\n取組内容：契約書を電子化した。\n効果：印紙代が不要になった。\n\n"
            "■事例2 窓口の共同化（西村・南町）\n取組内容：二つの窓口を一つにした。\n効果：職員を2人減らした。\n")
    assert registry.detect(text) is case_studies
    cases = {r.code: r.fields for r in registry.parse(text, "dx.txt").records}
    assert cases["2"]["places"] == ["西村", "南町"] and cases["2"]["title"] == "窓口の共同化"
    assert cases["1"]["effects"] == "印紙代が不要になった。" and cases["1"]["measures"] == "契約書を電子化した。"


def test_facts_on_colon_lines_are_the_cases_facts():
    # (a saved page's <dl> read as 「人口：12,480人」「取組開始：令和5年度」 lines: the same facts a table's cells give)
    text = ("事例集\n\n事例1　書かない窓口\n自治体名：東町\n人口：12,480人\n分野：窓口改革\n取組開始：令和5年度\n"
            "取組の概要：申請書を職員が作る。\n効果：滞在時間が短くなった。\n\n"
            "事例2　RPAの導入\n自治体名：西市\n人口：86,300人\n取組開始：平成30年度\n"
            "取組の概要：42業務にRPAを入れた。\n効果：4,200時間を削減した。\n")
    doc = registry.parse(text, "colon_facts.txt")
    cases = {r.code: r.fields for r in doc.records}
    assert cases["1"]["population"] == 12480 and cases["1"]["start_year"] == "R5"
    assert cases["2"]["population"] == 86300 and cases["2"]["start_year"] == "H30"


HEARD = """\
先進地ヒアリング記録
作成：川辺町総務課

【事例１　東浦市（北浦県）】
訪問日：令和８年８月６日
■取組の概要
・令和４年度から新規採用職員にメンター制度を導入。
■本町への示唆
・本町でも導入を検討する価値がある。

■人事評価分野
【事例２　西岡町（南浜県）】
■取組の概要
・評価者研修を毎年必修化した。
■本町への示唆
・評価者研修の見直しに参考になる。

以上
"""


def test_the_place_inside_the_case_brackets_and_a_marked_part_no_label_names():
    # (「【事例１　東浦市（北浦県）】」: the heading inside the brackets; 「■本町への示唆」 is a part of its case, while
    # 「■人事評価分野」 before a case heading is the field of the cases under it; 「以上」 closes the document)
    assert registry.detect(HEARD) is case_studies
    cases = {r.code: r.fields for r in registry.parse(HEARD, "heard.txt").records}
    assert list(cases) == ["1", "2"]
    assert cases["1"]["places"] == ["北浦県", "東浦市"] and cases["2"]["places"] == ["南浜県", "西岡町"]
    assert cases["1"]["title"] == "令和４年度から新規採用職員にメンター制度を導入"
    assert "本町でも導入を検討する価値がある" in cases["1"]["details"]
    assert cases["2"]["topic"] == "人事評価分野" and "以上" not in cases["2"]["details"]


def test_cases_of_a_prefecture_and_of_a_word(tmp_path):
    (tmp_path / "heard.txt").write_text(HEARD, encoding="utf-8")
    assistant = assistant_over(tmp_path)
    answer = ask(assistant, "南浜県の事例を教えて")
    assert answer.target == "case_study" and [r["code"] for r in answer.rows] == ["2"], answer.summary
    answer = ask(assistant, "メンター制度の事例がある自治体は？")
    assert [r["code"] for r in answer.rows] == ["1"], answer.summary
