"""Another town's web page of procedures and its staff proposals printed as ruled-off text blocks (made77's
layouts, other words): the town named only in the page's browser title, 「全手続あわせて」, a count column said
without its deed (電子件数 for 電子申請件数), a decrease between two years asked with ありますか, a legend's long
meaning said in other words, an amount 「算定されているものだけで」 summed, the office that sent the most, and
「…はどんな提案」 of a word one block holds."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>電子申請の状況｜白浜台市</title></head>
<body><header><p>白浜台市公式サイト</p></header><main><h1>電子申請の状況</h1>
<p>主な手続の電子申請への対応状況をお知らせします。</p>
<table><thead><tr><th rowspan="2">手続名</th><th rowspan="2">担当課</th><th rowspan="2">状況</th>
<th colspan="2">電子申請件数（件）</th></tr><tr><th>令和5年度</th><th>令和6年度</th></tr></thead><tbody>
<tr><td>転入届</td><td>住民課</td><td>済</td><td>300</td><td>420</td></tr>
<tr><td>印鑑証明</td><td>住民課</td><td>一部</td><td>120</td><td>180</td></tr>
<tr><td>犬の登録</td><td>衛生課</td><td>済</td><td>90</td><td>70</td></tr>
<tr><td>建築届</td><td>建築課</td><td>一部</td><td>15</td><td>40</td></tr>
<tr><td>農地転用</td><td>農政課</td><td>未</td><td>－</td><td>－</td></tr>
</tbody></table>
<dl><dt>凡例</dt><dd>済：すべて電子申請で完結する</dd>
<dd>一部：申請は電子申請で可能だが、書類の郵送や来庁が必要な場合がある</dd><dd>未：電子申請に未対応</dd></dl>
</main><footer>白浜台市</footer></body></html>
"""

RULE = "━" * 20
PROPOSALS = "\n".join([
    "令和7年度 白浜台市 業務改善提案 審査結果", "",
    "効果額は年間の見込額（千円）。「－」は効果額を算定していないもの。",
    RULE, "提案番号：K-1", "件　　名：会議録作成の自動化", "提 案 課：秘書課", "効果額（千円）：９００",
    "採　　否：採用", "審査意見：作業時間の削減。優秀賞。",
    RULE, "提案番号：K-2", "件　　名：公用車の予約管理", "提 案 課：管財課", "効果額（千円）：400",
    "採　　否：採用", "審査意見：稼働率の向上。",
    RULE, "提案番号：K-3", "件　　名：窓口の案内表示", "提 案 課：住民課", "効果額（千円）：－",
    "採　　否：採用", "審査意見：費用が小さい。",
    RULE, "提案番号：K-4", "件　　名：夜間窓口の予約制", "提 案 課：住民課", "効果額（千円）：1,100",
    "採　　否：不採用", "審査意見：時期尚早。",
    RULE, "提案番号：K-5", "件　　名：申請書の統一", "提 案 課：住民課", "効果額（千円）：200",
    "採　　否：不採用", "審査意見：効果が小さい。",
    RULE, "",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("shirahamadai")
    (folder / "denshi_shinsei.html").write_text(PAGE, encoding="utf-8")
    (folder / "kaizen_teian.txt").write_text(PROPOSALS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _ask(assistant, *turns):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


def test_the_town_named_only_in_the_browser_title(assistant):
    answer = _ask(assistant, "白浜台市の電子申請で、状況が「未」の手続はどれですか。")
    assert "農地転用" in answer.summary


def test_every_procedure_added_up_and_the_count_said_without_its_deed(assistant):
    answer = _ask(assistant, "令和6年度の電子件数は、全手続あわせて何件ですか。")
    assert answer.status == "exact" and answer.value == 710


def test_a_decrease_asked_with_arimasuka_answers_the_row(assistant):
    answer = _ask(assistant, "令和5年度より令和6年度のほうが電子件数が減った手続はありますか。")
    assert answer.value == "犬の登録"


def test_a_legends_long_meaning_in_other_words(assistant):
    answer = _ask(assistant, "申請は電子申請でできるけれど郵送や来庁が必要になる場合がある手続は、いくつありますか。")
    assert answer.count == 2


def test_amounts_worked_out_only_summed(assistant):
    answer = _ask(assistant, "採用になった提案の効果額は、算定されているものだけで合計いくらですか。")
    assert answer.status == "exact" and answer.value == 1300


def test_the_office_that_sent_the_most(assistant):
    answer = _ask(assistant, "業務改善提案をいちばん多く出した課はどこですか？")
    assert answer.value == "住民課"


def test_a_word_one_block_holds_asked_what_kind_of_row(assistant):
    answer = _ask(assistant, "業務改善提案の優秀賞はどんな提案？")
    assert "会議録作成の自動化" in answer.summary
