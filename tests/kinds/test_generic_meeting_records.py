"""Meeting records read as records (a Word document of meetings held one per place or round):

* bullets 「・…（保護者）」 under numbered headings 「（１）東部地区」 are comments of that speaker class (member) heard at
  that place (place), generic/section_bullets.py; 「地域住民が言ってたこと」 reads the speaker (grammar/member_names.py)
  and 「…について一つも意見が出なかった地区」 the places none of whose opinions say the word (places_without_opinions.py);
  the overview table's 参加者数 summed when 「５地区合わせて何人」 is asked (tables/whole_said.py);
* pages 「第２回　鶇ヶ谷中央保育園（民営化）」 over 開催日／会場／参加者数 boxes and 「Ｑ１　…」 questions are one table,
  a row per meeting holding its round, its place's name and its questions (generic/form_pages.py), 「どこの園」 asking
  the column of names ending 園 (tables/which_of_ending.py).

Over real indexes: made163's and made161's documents beside the shipped corpus, and a second made document of
another layout for each kind."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
M163 = ROOT / "tests" / "questions" / "made163" / "docs" / "地区別懇談会記録（令和5年度）.docx"
M161 = ROOT / "tests" / "questions" / "made161" / "docs" / "03_保護者説明会記録（令和６年度）.docx"
CORPUS = ROOT / "corpus" / "002_388add96d06013c9.txt"  # (another city's committee's opinions, shipped)

# (a second record: headings 「1. 北浜地域」, bullets with ●, speakers 利用者／事業者, a bullet naming nobody)
OTHER_PLACES = """公共交通の再編に関する地域説明会 記録

１　各地域の意見
1. 北浜地域
　開催日：令和６年６月２日
　参加者数：１８名
●デマンドバスの予約を電話以外でもできるようにしてほしい。（利用者）
●乗合タクシーの運賃を据え置いてほしい。（利用者）
●運転手の確保が難しい。（事業者）
2. 南浦地域
　開催日：令和６年６月９日
　参加者数：２４名
●通院に使える便を朝に増やしてほしい。（利用者）
●デマンドバスの車両を更新してほしい。（事業者）
●停留所の屋根を整備してほしい。
3. 東山地域
　開催日：令和６年６月１６日
　参加者数：１１名
●バス停まで遠く、乗合タクシーしか使えない。（利用者）

２　今後の対応
　いただいた意見を踏まえ、再編計画を取りまとめます。
"""

# (a second record of meetings one per round: 「第1回 東町児童館（統合）」, 問1 questions, figures in 人)
OTHER_ROUNDS = """児童館の統合に係る利用者説明会 記録

第1回 東町児童館（統合）

開催日\t令和６年５月１１日
会場\t東町児童館 集会室
参加者数\t２５人

問1 統合後の開館時間は変わるのか。
回答（こども課） 現在と同じです。

第2回 西町児童館（統合）

開催日\t令和６年５月１８日
会場\t西町児童館 集会室
参加者数\t３３人

問1 送迎バスは出るのか。
回答（こども課） 検討します。
問2 おやつの提供は続くのか。
回答（こども課） 続けます。

第3回 北町児童館（存続）

開催日\t令和６年６月１日
会場\t北町公民館
参加者数\t１４人

問1 利用者が増えて狭くならないか。
回答（こども課） 部屋を増やします。
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    folder = tmp_path_factory.mktemp("m163")
    for doc in M163.parent.iterdir():  # (the set's other documents: their tables of 地区 beside the record's)
        shutil.copy(doc, folder / doc.name)
    shutil.copy(CORPUS, folder / CORPUS.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other_places(tmp_path_factory):
    folder = tmp_path_factory.mktemp("places")
    (folder / "地域説明会記録.txt").write_text(OTHER_PLACES, encoding="utf-8")
    shutil.copy(CORPUS, folder / CORPUS.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("m161")
    shutil.copy(M161, folder / M161.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other_rounds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rounds")
    (folder / "利用者説明会記録.txt").write_text(OTHER_ROUNDS, encoding="utf-8")
    return assistant_over(folder)


def test_speakers_and_places(places):
    a = ask(places, "懇談会で保護者から出た意見は全部で何件？")
    assert (a.status, a.count) == ("exact", 10)
    a = ask(places, "南部地区の懇談会で地域住民が言ってたことは？")
    assert a.status == "exact" and {r["code"] for r in a.rows} == {"南部地区-2", "南部地区-6"}
    assert "体育館" in a.summary  # (a few opinions listed by what they say)
    a = ask(places, "北部地区の懇談会ではどんな意見が出た？", "そのうち保護者の意見は何件？")
    assert (a.status, a.count) == ("exact", 2)


def test_places_without_the_word(places):
    a = ask(places, "通学区域について一つも意見が出なかった地区はどこ？")
    assert a.status == "exact" and [r["place"] for r in a.rows] == ["東部地区", "南部地区"]


def test_overview_summed(places):
    a = ask(places, "懇談会の参加者は５地区合わせて何人？")
    assert (a.status, a.value) == ("exact", 225)
    a = ask(places, "懇談会の参加者は３地区合わせて何人？")  # (three of five, unsaid which: no sum)
    assert a.value != 225 and a.status != "exact"


def test_other_places_layout(other_places):
    a = ask(other_places, "利用者から出た意見は何件？")
    assert (a.status, a.count) == ("exact", 4)
    a = ask(other_places, "南浦地域で事業者が言ってたことは？")
    assert a.status == "exact" and [r["code"] for r in a.rows] == ["南浦地域-2"]
    a = ask(other_places, "乗合タクシーについて一つも意見が出なかった地域はどこ？")
    assert a.status == "exact" and [r["place"] for r in a.rows] == ["南浦地域"]


def test_rounds(rounds):
    a = ask(rounds, "第２回の保護者説明会には何人来た？")
    assert (a.status, a.value) == ("exact", 57)
    a = ask(rounds, "保護者説明会の参加者、4回分合わせると何人？")
    assert (a.status, a.value) == ("exact", 168)
    a = ask(rounds, "参加者が一番多かった説明会はどこの園のもの？")
    assert (a.status, a.value) == ("exact", "鶇ヶ谷中央保育園")
    a = ask(rounds, "説明会で給食について質問が出たのはどこの園の回？")
    assert a.status == "exact" and "鶇ヶ谷中央保育園" in a.summary and "本町保育園" in a.summary


def test_other_rounds_layout(other_rounds):
    a = ask(other_rounds, "第3回の説明会には何人来た？")
    assert (a.status, a.value) == ("exact", 14)
    a = ask(other_rounds, "利用者説明会の参加者は全部で何人？")
    assert (a.status, a.value) == ("exact", 72)
    a = ask(other_rounds, "参加者が一番多かった説明会はどこの児童館？")
    assert (a.status, a.value) == ("exact", "西町児童館")
    a = ask(other_rounds, "送迎バスについて質問が出たのはどこの館？")
    assert a.status == "exact" and "西町児童館" in a.summary and "東町児童館" not in a.summary
