"""The second wave on tests/questions/made162: a web page of procedures grouped under 分野 headings, each item
「手続名（令和Ｘ年Ｙ月開始）【マイナンバーカードが必要】」 (generic/bracketed_list_rows.py), and a PDF of paper used per
課 and month titled 「課別紙使用量調査結果」 (tables/title_measure.py); each proved on a second document of the same
shape with other words."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "tests" / "questions" / "made162" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made162")
    for f in DOCS.iterdir():
        shutil.copy(f, folder)
    shutil.copy(ROOT / "corpus" / "002_388add96d06013c9.txt", folder)
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


LIBRARY = """<html><head><title>予約できるサービス｜西浜市</title></head><body><main>
<h1>インターネットで予約できるサービス</h1>
<p>（ ）内は受付を開始した時期です。</p>
<h2>種類別のサービス</h2>
<h3>図書館</h3>
<ul>
<li><a href="#">図書の貸出予約</a>（2023年4月開始）</li>
<li><a href="#">視聴覚資料の予約</a>（2024年10月開始）【利用者カードが必要】</li>
</ul>
<h3>スポーツ</h3>
<ul>
<li><a href="#">市民プールの予約</a>（2024年6月開始）【利用者カードが必要】</li>
<li><a href="#">野球場の予約</a>（2025年4月開始）</li>
<li><a href="#">弓道場の予約</a>（2025年4月開始）【利用者カードが必要】</li>
</ul>
</main></body></html>
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("library")
    (folder / "yoyaku.html").write_text(LIBRARY, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _names(answer) -> list[str]:
    return sorted(r.get("名称") or r.get("title") for r in answer.rows)


def test_grouped_dated_list_items_are_rows(assistant, library):
    assistant.reset()
    answer = assistant.ask("令和７年10月から電子申請できるようになった手続は？")
    assert answer.status == "exact"
    assert _names(answer) == sorted(["放課後児童クラブの利用申込み", "子ども医療費受給資格の申請", "口座振替の申込み",
                                     "楮ノ里町文化ホールの利用予約"])
    assistant.reset()
    answer = assistant.ask("施設予約でネット申請できるものは？")  # (loan_words.py net_application: 電子申請)
    assert answer.status == "exact" and answer.count == 4
    library.reset()
    answer = library.ask("スポーツの予約サービスは？")
    assert _names(answer) == ["市民プールの予約", "弓道場の予約", "野球場の予約"]
    library.reset()
    answer = library.ask("令和7年4月から開始した予約は？")  # (the page prints 2025年4月)
    assert _names(answer) == ["弓道場の予約", "野球場の予約"]


def test_began_said_of_the_start_month_column(assistant):
    # (start_end_verbs.py: 「電子申請が始まった」 over the one column opening with 開始, 開始時期)
    assistant.reset()
    answer = assistant.ask("令和６年度中に電子申請が始まった手続は何件？")
    assert answer.status == "exact" and answer.count == 9
    # (began_column.py: of the two tables of start months, the one whose rows are called 取組)
    assistant.reset()
    answer = assistant.ask("令和７年度から始めた取組はどれ？")
    assert sorted(r["number"] for r in answer.rows) == ["P-1-04", "P-2-03", "P-3-04", "P-4-04"]


POWER = """東岬市 令和６年度 施設別電力使用量調査結果

（単位：kWh）

施設名\t4月\t5月\t6月\t7月\t8月\t9月\t10月\t11月\t12月\t1月\t2月\t3月\t合計\t前年度合計
本庁舎\t100\t100\t100\t100\t100\t100\t100\t100\t100\t100\t100\t120\t1220\t1300
中央図書館\t50\t50\t50\t50\t50\t50\t50\t50\t50\t50\t50\t60\t610\t580
市民体育館\t80\t80\t80\t80\t80\t80\t80\t80\t80\t80\t80\t90\t970\t990
合計\t230\t230\t230\t230\t230\t230\t230\t230\t230\t230\t230\t270\t2800\t2870
"""


@pytest.fixture(scope="module")
def power(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("power")
    (folder / "denryoku.txt").write_text(POWER, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_title_measure_is_the_total_column(assistant, power):
    assistant.reset()
    answer = assistant.ask("R6で紙を一番使った課は？")
    assert answer.status == "exact" and answer.value == 319430
    assistant.reset()
    answer = assistant.ask("前年度より紙使用量が増えてしまった課はどこ？")
    assert sorted(r["課名"] for r in answer.rows) == ["健康増進課", "選挙管理委員会事務局"]
    assistant.reset()
    answer = assistant.ask("紙使用量が多い順に上位３課を教えて")
    assert [r["課名"] for r in answer.rows][:3] == ["税務課", "総務課", "企画財政課"]
    assistant.reset()
    answer = assistant.ask("３月の全庁の紙使用量は何枚？")
    assert answer.value == 248340
    assistant.reset()
    answer = assistant.ask("１課あたりの年間紙使用量は平均何枚？")
    assert round(answer.value, 1) == 150396.9
    power.reset()
    answer = power.ask("電力を一番使った施設は？")
    assert answer.status == "exact" and "本庁舎（1,220kWh）" in answer.summary
    power.reset()
    answer = power.ask("前年度より電力使用量が増えた施設は？")
    assert [r["施設名"] for r in answer.rows] == ["中央図書館"]
    power.reset()
    answer = power.ask("中央図書館の３月の電力使用量は？")
    assert answer.value == 60


def test_a_needed_mark_not_printed_is_not_needed(assistant, library):
    # (bracketed_list_rows.py: 【マイナンバーカードが必要】 is the column マイナンバーカード, 必要 or blank;
    # needed_words.py: 「要らない」「不要な」 read as 必要でない, never the column listed whole)
    assistant.reset()
    assistant.ask("届出の分野にはどんな電子申請がある？")
    answer = assistant.ask("そのうちマイナンバーカードが要らないものは？")
    assert answer.status == "exact"
    assert _names(answer) == sorted(["犬の登録・狂犬病予防注射済票の交付申請", "粗大ごみの収集申込み", "水道の使用開始・中止の届出"])
    library.reset()
    answer = library.ask("利用者カードが不要な予約は？")
    assert _names(answer) == ["図書の貸出予約", "野球場の予約"]
    library.reset()
    answer = library.ask("利用者カードが必要な予約は？")
    assert _names(answer) == ["市民プールの予約", "弓道場の予約", "視聴覚資料の予約"]
