"""A memo of other municipalities in 【place】 blocks (tests/questions/made142, made143, made145: 【事例１】北浦町（茨城県）
over 「・管理件数：128件」 lines; 【鷺沢市】 over sentences 「年間約２，１００時間の削減効果」; 【雁来町】 over both and
「主な取組：フレックスタイム」), asked of as a table: a figure's bound, the top three, a sum and a mean, a list without a
word, the kind of place by its name, a あり／なし column said by its doing, a follow-up narrowing. A made memo of other
towns with other labels (generic/place_blocks.py reads the shape, not one memo's labels) is read the same way."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.generic.loader import parse
from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).parent.parent / "questions"
MEMOS = {
    "made142": QUESTIONS / "made142" / "docs" / "05_他自治体における答弁管理の取組事例（メモ）.txt",
    "made143": QUESTIONS / "made143" / "docs" / "05_他自治体の取組事例（参考）.txt",
    "made145": QUESTIONS / "made145" / "docs" / "他団体の取組状況（参考）.txt",
}

# Another edition: other towns, other labels, a figure in 億 and 万, a block in sentences only.
_OTHER = """近隣町村の図書館運営の状況（参考）

※各町村の公表資料による。

【若葉町】
　・蔵書数：８２,０００冊
　・年間貸出件数：１２,４００件
　・指定管理：あり
　・主なサービス：電子書籍、移動図書館

【青柳村】
　・蔵書数：３１,５００冊
　・年間貸出件数：４,２００件
　・指定管理：なし
　・主なサービス：移動図書館

【小鷹市】
　・蔵書数：２４０,０００冊
　・年間貸出件数：９８,０００件
　・指定管理：あり
　・主なサービス：電子書籍、学習室、ラーニングコモンズ

【柚木町】
　・蔵書数：５５,０００冊
　・年間貸出件数：８,９００件
　・指定管理：なし
　・主なサービス：学習室

以上
"""


def _items(path: Path) -> dict[str, dict]:
    doc = parse(path.read_text(encoding="utf-8"), path.name)
    return {r.fields["title"]: r.fields["fields"] for r in doc.records if r.kind == "item"}


def test_blocks_read_as_items_of_their_figures():
    labelled = _items(MEMOS["made142"])
    assert list(labelled) == ["北浦町", "桜川台市", "西原村", "東郷町", "美浜野町"]
    assert labelled["北浦町"]["管理件数"] == "128件" and labelled["北浦町"]["都道府県"] == "茨城県"
    stated = _items(MEMOS["made143"])
    # (「年間約２，１００時間の削減効果」「削減時間は年間約３，４００時間」「年間約４５０時間を削減」: one 削減時間 each)
    assert {k: v["削減時間"] for k, v in stated.items()} == {
        "鷺沢市": "2100時間", "千鳥ケ丘市": "3400時間", "鶴見野町": "450時間", "鴎台市": "1800時間",
        "雲雀川市": "300時間", "白鷺町": "600時間"}
    assert stated["千鳥ケ丘市"]["開始年度"] == "令和4年度" and "開始年度" not in stated["白鷺町"]  # (調達: no start said)
    mixed = _items(MEMOS["made145"])
    assert mixed["雁来町"]["人口"] == "31000人" and mixed["雁来町"]["主な取組"] == "フレックスタイム"


def test_amounts_in_oku_and_man(tmp_path):
    memo = tmp_path / "memo.txt"
    memo.write_text("他市の状況\n\n" + "\n\n".join(
        f"【{name}】\n令和５年度に実施し、翌年度予算での削減額は{amount}であった。"
        for name, amount in (("東町市", "1億2,300万円"), ("西野市", "4,150万円"), ("南山市", "860万円"))), encoding="utf-8")
    assert {k: v["削減額"] for k, v in _items(memo).items()} == {
        "東町市": "123000000円", "西野市": "41500000円", "南山市": "8600000円"}


def test_too_few_blocks_are_no_table(tmp_path):
    memo = tmp_path / "memo.txt"
    memo.write_text("メモ\n\n【東町市】\n・人口：1,000人\n\n【西野市】\n・人口：2,000人\n", encoding="utf-8")
    from assistant.kinds.generic.place_blocks import place_block_items

    assert place_block_items(memo.read_text(encoding="utf-8").splitlines(), memo.name, "メモ", []) == []


_BUILT: dict = {}


@pytest.fixture(scope="module")
def memo_of(tmp_path_factory):
    """The assistant over one memo beside the shipped corpus, as users run it (the corpus's collection of case studies
    holds 事例 of a dedicated kind): built once per memo."""
    def built(name: str):
        if name not in _BUILT:
            folder = tmp_path_factory.mktemp(name)
            if name == "other":
                (folder / "図書館の状況.txt").write_text(_OTHER, encoding="utf-8")
            else:
                shutil.copy(MEMOS[name], folder / MEMOS[name].name)
            for path in (Path(__file__).parent.parent.parent / "corpus").iterdir():
                if path.is_file() and not path.name.startswith("."):
                    shutil.copy(path, folder / path.name)
            _BUILT[name] = assistant_over(folder)
        return _BUILT[name]
    yield built
    _BUILT.clear()


@pytest.mark.parametrize("memo, turns, places, absent", [
    ("made142", ("事例自治体の完了率の平均は？",), ["45.72"], []),
    ("made142", ("他自治体の事例で管理件数を多い順に並べると？上位３つ",), ["桜川台市", "東郷町", "北浦町"], ["美浜野町", "西原村"]),
    ("made142", ("メモに載ってる他自治体の管理件数、合計すると何件？",), ["684"], []),
    ("made142", ("ホームページで公表してる他自治体は？", "そのうち完了率が40%以上なのは？"), ["北浦町", "桜川台市"], ["東郷町", "西原村"]),
    ("made143", ("参考事例の中で年間の削減時間が一番大きい自治体",), ["千鳥ケ丘市"], ["鴎台市"]),
    ("made143", ("他自治体の事例のうち、町の事例はどこ？",), ["鶴見野町", "白鷺町"], ["鷺沢市"]),
    # (「令和４年度から導入」 is the block's 開始年度: places asked by the year they began, not the plan's items graded that
    # year, phrasings worked_on_since_year_by_places)
    ("made143", ("令和４年度から取り組んでいる自治体は？",), ["千鳥ケ丘市", "鴎台市"], ["鷺沢市", "鶴見野町", "実践項目"]),
    ("made143", ("令和５年度から取り組んでいる他自治体は？",), ["鷺沢市", "鶴見野町"], ["千鳥ケ丘市", "鴎台市", "実践項目"]),
    ("made143", ("R4から導入している団体は？",), ["千鳥ケ丘市", "鴎台市"], ["鷺沢市", "実践項目"]),
    ("made145", ("主な取組に勤務間インターバルが入っていない他団体は？",), ["雁来町", "鶺鴒台市", "鴫原市", "鵯田村"], ["梟ノ森市"]),
    ("made145", ("他団体5団体の月平均時間外勤務時間の平均は？",), ["9.92"], []),
    # (the made edition: other labels, other towns)
    ("other", ("指定管理を導入していない町村は？",), ["青柳村", "柚木町"], ["若葉町", "小鷹市"]),
    ("other", ("近隣の町村で蔵書数が多い順に上位２つ",), ["小鷹市", "若葉町"], ["柚木町", "青柳村"]),
    ("other", ("近隣の町村で、主なサービスに電子書籍が入っていないところは？",), ["青柳村", "柚木町"], ["若葉町", "小鷹市"]),
    ("other", ("町村の年間貸出件数の合計は？",), ["123,500"], []),
])
def test_memo_asked_as_a_table(memo_of, memo, turns, places, absent):
    answer = ask(memo_of(memo), *turns)
    assert answer.status == "exact", answer.summary
    assert all(p in answer.summary for p in places), answer.summary
    assert not any(p in answer.summary for p in absent), answer.summary


def test_count_of_one_named_block_is_its_text(memo_of):
    """「鷺沢市はAI-OCRで年間何件くらいの帳票を読み取ってる？」: no count of rows (1) but the figure its text states."""
    answer = ask(memo_of("made143"), "鷺沢市はAI-OCRで年間何件くらいの帳票を読み取ってる？")
    assert answer.value == 48000 and answer.status == "search", answer.summary
