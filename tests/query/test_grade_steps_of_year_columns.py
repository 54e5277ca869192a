"""「評価がR3よりR5で2段階以上よくなった事業」「R3からR5で評価が2段階以上上がった事業」 over grade columns headed by
their year only (令和３年度 │ 令和５年度), the grade word (評価) in the table's caption: the steps said between the
word and its verb are the size of the change on the document's scale (Ｃ → Ａ is two), the table answering."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

T = "\t"
SOURCE = "楓台市行財政改革推進プラン 事業評価.txt"
TEXT = "\n".join([
    "楓台市行財政改革推進プラン 事業評価",
    "表１ 事業別評価の推移",
    T.join(["事業番号", "事業名", "所管課", "令和３年度", "令和４年度", "令和５年度"]),
    T.join(["101", "窓口の電子申請化", "情報推進課", "Ｃ", "Ｂ", "Ａ"]),
    T.join(["102", "公共施設の統廃合", "資産管理課", "Ｂ", "Ｂ", "Ａ"]),
    T.join(["103", "使用料の見直し", "財政課", "Ｄ", "Ｃ", "Ｂ"]),
    T.join(["104", "補助金の整理", "財政課", "Ａ", "Ｂ", "Ｃ"]),
    "※ 評価 Ａ：順調 Ｂ：おおむね順調 Ｃ：やや遅れ Ｄ：遅れ",
    ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kaedadai")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, numbers", [
    ("評価がR3よりR5で2段階以上よくなった事業", ["101", "103"]),
    ("R3からR5で評価が2段階以上上がった事業", ["101", "103"]),
    ("R3からR5で評価が2段階以上下がった事業", ["104"]),
])
def test_steps_said_between_the_grade_word_and_its_verb(assistant, question, numbers):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert sorted(str(r.get("number")) for r in answer.rows) == numbers, answer.summary
