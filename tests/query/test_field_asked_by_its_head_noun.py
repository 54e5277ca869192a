"""A field asked with a head noun after its label (「定型・非定型業務の区分」: the field's value, its category) is the
field of the records, even where only other documents print the head noun (a newsletter's 「分別区分」). Only the
head noun said right after the field is set aside; the other words name whose field it is (「パブコメの募集期間」,
test_page_facts_asked) or what is asked (「削減見込の合計は何人工分？」, made155 m155-049). The town and its
documents are made up here; the shipped corpus's shape is paraphrases8's q8-075."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SHEET = """北浜町 事務事業評価表（2025年度実施・2024年度事業分）

【事業番号】2024-208
【事業名】町営バス運行事業
【所管課】地域交通課
【開始年度】2012年度
【事業の目的】交通空白地域の住民の通院・買物の足を確保する。
【定型・非定型業務】定型業務

【事業費（千円）】
      2022年度      2023年度      2024年度
        21,400        22,050        23,900

【指標】
区分      指標名              単位          2022年度  2023年度  2024年度
------------------------------------------------------------------------
成果指標  年間利用者数        人    目標      30,000    30,000    30,000
                                    実績      26,500    25,100    24,300
                                    達成率     88.3%     83.7%     81.0%

【評価結果】改善
【今後の方向性】利用の少ない便を予約制の乗合タクシーに切り替える。
"""

NEWS = """北浜町 くらしの便り 第７号

ごみの分別区分が変わります
令和８年４月から、プラスチック製容器包装を資源ごみの区分で収集します。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("kitahama_bus")
    (folder / "北浜町_評価表.txt").write_text(SHEET, encoding="utf-8")
    (folder / "くらしの便り.txt").write_text(NEWS, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question", ["定型・非定型業務の区分", "定型・非定型業務の区分は？"])
def test_the_field_is_answered_not_the_head_noun_sought(assistant, question):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.target == "program" and answer.value == "定型業務", (answer.target, answer.summary)
