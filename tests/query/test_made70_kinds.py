"""Kinds of document the fresh holdout made70 found misread, in small documents of made-up towns whose names,
years and items are not made70's: a web page of measures with their state in 【】 (the page saying what 【】
holds) and the previous year's in brackets, KPI sentences 「目標Xに対し、実績Y」 and a count table by 施策;
事業仕分け blocks headed 事業番号 whose comment says 成果指標 (no evaluation sheet); a workbook of 委託 rows with
one sheet per 年度 and a ※ note under each title; 市民の声 entries of Q./A. lines; a Word table whose header is two
rows (補助率 over 見直し前 | 見直し後). Each test names the value a wrong reading would miss."""
from __future__ import annotations

import io

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles

# (番号, 取組, 今年度の状況, 前年度の状況, 指標, 目標, 実績, 単位, 担当)
MEASURES = [
    ("1-1", "窓口予約システムの導入", "達成", "一部達成", "予約できる窓口数", 10, 12, "か所", "市民窓口課"),
    ("1-2", "電子申請の拡大", "一部達成", "未着手", "電子申請できる手続数", 200, 140, "件", "情報推進課"),
    ("1-3", "公金収納のスマホ決済", "未着手", "未着手", "対応した税目数", 4, 0, "税目", "納税課"),
    ("2-1", "文書管理システムの更新", "一部達成", "達成", "電子保存率", 90, 75, "%", "総務課"),
    ("2-2", "AI議事録の導入", "未着手", "未着手", "利用した会議数", 30, 0, "件", "情報推進課"),
]
SHISAKU = {"1": "行政手続のデジタル化", "2": "庁内事務の効率化"}


def _page() -> str:
    items = []
    for no in SHISAKU:
        inner = "".join(
            f"<li>{n}\u3000{title}【{now}】（令和8年度末：{before}）<p>KPI：{kpi}\u3000目標{goal}{unit}に対し、実績{got}{unit}。</p>"
            f"<p>担当：{dept}</p></li>"
            for n, title, now, before, kpi, goal, got, unit, dept in MEASURES if n.startswith(no + "-"))
        items.append(f"<li><strong>施策{no}\u3000{SHISAKU[no]}</strong><ul>{inner}</ul></li>")
    rows = "".join(
        f"<tr><td>施策{no}</td><td>{name}</td><td>{sum(m[0].startswith(no + '-') for m in MEASURES)}</td>"
        + "".join(f"<td>{sum(m[0].startswith(no + '-') and m[2] == s for m in MEASURES)}</td>" for s in ("達成", "一部達成", "未着手"))
        + "</tr>" for no, name in SHISAKU.items())
    return f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>DX推進計画 進捗状況 | 白浜台市</title></head>
<body><h1>白浜台市DX推進計画 進捗状況（令和9年度末時点）</h1>
<p>各取組の【】内は令和9年度末の状況で、「達成」「一部達成」「未着手」の3区分で示しています。括弧内は前年度の状況です。</p>
<h2>施策別の取組状況</h2><ul>{''.join(items)}</ul>
<h2>進捗状況の集計（令和9年度末）</h2>
<table><tr><th>施策</th><th>施策名</th><th>取組数</th><th>達成</th><th>一部達成</th><th>未着手</th></tr>{rows}</table>
<p>お問い合わせ：白浜台市 情報推進課</p></body></html>"""


BLOCKS = "\n".join([
    "川端町 令和9年度 事業仕分け結果",
    "仕分け人：6人。判定は評決で最も多くの票を集めた区分とする。",
    "事業番号1",
    "事業名\t町民プール管理運営事業",
    "所管課\t生涯学習課",
    "事業費（千円）\t21,500",
    "評決\t廃止4人・要改善2人・現行どおり0人",
    "判定\t廃止",
    "主なコメント",
    "・利用者数の成果指標が設定されておらず、効果が分からない。",
    "事業番号2",
    "事業名\t地域バス運行事業",
    "所管課\t企画課",
    "事業費（千円）\t33,000",
    "評決\t廃止0人・要改善5人・現行どおり1人",
    "判定\t要改善",
    "主なコメント",
    "・活動指標と成果指標を見直すこと。",
    "事業番号3",
    "事業名\t防災備蓄品購入事業",
    "所管課\t危機管理課",
    "事業費（千円）\t4,800",
    "評決\t廃止0人・要改善0人・現行どおり6人",
    "判定\t現行どおり",
    ""])

# (業務名, 所管課, 委託先, {年度: (契約方法, 契約額, 見直し後)})
WORKS = [
    ("本庁舎清掃業務", "財産管理課", "株式会社みなとクリーン", {8: ("随意契約", 5_000_000, 4_600_000), 9: ("一般競争", 4_600_000, 4_400_000)}),
    ("本庁舎警備業務", "財産管理課", "川端警備株式会社", {8: ("指名競争", 7_000_000, 7_000_000), 9: ("指名競争", 7_000_000, 6_500_000)}),
    ("公園草刈業務", "公園課", "シルバー人材センター", {8: ("随意契約", 2_000_000, 1_800_000), 9: ("随意契約", 1_800_000, 1_800_000)}),
    ("会議録作成業務", "議会事務局", "株式会社ことのは", {9: ("一般競争", 900_000, 900_000)}),
]


def _workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for year in (8, 9):
        sheet = book.create_sheet(f"令和{year}年度")
        sheet.append([f"港北市 委託業務の見直し一覧（令和{year}年度）"])
        sheet.append(["※削減額＝契約額－見直し後。"])
        sheet.append(["No.", "業務名", "所管課", "委託先", "契約方法", "契約額（円）", "見直し後（円）", "削減額（円）"])
        n = 0
        for name, dept, to, years in WORKS:
            if year in years:
                n += 1
                way, amount, after = years[year]
                sheet.append([n, name, dept, to, way, amount, after, amount - after])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


VOICES = [
    ("令和9年5月10日", "使っていない町営住宅を取り壊して跡地を活用すべきではないか。", "住宅課", "検討中"),
    ("令和9年7月2日", "図書館の本の返却をコンビニでもできるようにしてほしい。", "生涯学習課", "反映予定"),
    ("令和9年9月20日", "町のホームページが見づらいので改善してほしい。", "広報課", "反映済み"),
    ("令和10年1月15日", "住民票の写しを郵送で請求できるようにしてほしい。", "住民課", "検討中"),
]


def _voices() -> str:
    lines = ["港北市 市民の声　令和9年度分", ""]
    for n, (day, q, dept, state) in enumerate(VOICES, 1):
        lines += ["-" * 40, f"■No.{n}", f"受付日：{day}", f"Q.　{q}", "A.　担当課で対応を検討しています。",
                  f"担当課：{dept}", f"反映状況：{state}", ""]
    return "\n".join(lines)


# (補助金名, 所管課, 補助率 前, 後, 上限額 前, 後)
GRANTS = [
    ("自治会活動補助金", "地域課", "100%", "75%", "400", "300"),
    ("婦人会活動補助金", "地域課", "50%", "50%", "100", "150"),
    ("商工会育成補助金", "商工課", "80%", "50%", "2,000", "1,200"),
    ("雨水タンク購入補助金", "環境課", "50%", "廃止", "20", "―"),
]


def _grants(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("川端町補助金交付基準の見直し", 0)
    doc.add_heading("別表\u3000補助率及び上限額", 1)
    table = doc.add_table(rows=2, cols=6)
    top, low = table.rows[0].cells, table.rows[1].cells
    top[0].text, top[1].text, top[2].text, top[4].text = "補助金名", "所管課", "補助率", "上限額（千円）"
    top[2].merge(top[3])
    top[4].merge(top[5])
    top[0].merge(low[0])
    top[1].merge(low[1])
    for n, text in ((2, "見直し前"), (3, "見直し後"), (4, "見直し前"), (5, "見直し後")):
        low[n].text = text
    for grant in GRANTS:
        cells = table.add_row().cells
        for cell, value in zip(cells, grant):
            cell.text = value
    doc.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made70_kinds")
    (folder / "白浜台市_DX推進計画_進捗状況.html").write_text(_page(), encoding="utf-8")
    (folder / "川端町_事業仕分け結果.txt").write_text(BLOCKS, encoding="utf-8")
    (folder / "港北市_委託業務の見直し一覧.xlsx").write_bytes(_workbook())
    (folder / "港北市_市民の声.txt").write_text(_voices(), encoding="utf-8")
    _grants(folder / "川端町_補助金交付基準の見直し.docx")
    return assistant_over(folder)


def _exact(answer) -> None:
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)


# -- the DX page: 【】 is this year's state, the bracket the year before's --------------------------------

def test_a_trailing_mark_is_the_items_state_not_its_name(assistant) -> None:
    rows = list(assistant.db.query("SELECT title, fields FROM item WHERE source LIKE '%白浜台市%' AND number = '1-2'"))
    assert rows and rows[0]["title"] == "電子申請の拡大"
    assert '"令和9年度末": "一部達成"' in rows[0]["fields"] and '"実績": "140件"' in rows[0]["fields"]


def test_the_state_of_the_year_said_is_counted(assistant) -> None:
    answer = ask(assistant, "白浜台市のDX推進計画で、令和9年度末の時点で未着手の取組はいくつ？")
    _exact(answer)
    assert answer.value == 2  # 1-3 and 2-2; 1-2 was 未着手 the year before only


def test_asked_done_with_the_printed_word_answers_the_state(assistant) -> None:
    answer = ask(assistant, "白浜台市DX推進計画の窓口予約システムの導入って、もう達成できた？")
    _exact(answer)
    assert answer.value == "達成" and answer.summary.startswith("はい")
    answer = ask(assistant, "白浜台市DX推進計画の文書管理システムの更新って、もう達成できた？")
    assert answer.value == "一部達成" and answer.summary.startswith("いいえ")


def test_the_items_under_a_summary_row_and_not_begun(assistant) -> None:
    answer = ask(assistant, "白浜台市DX推進計画の施策2ってどういう施策？", "その中でまだ手を付けてない取組は？", "それの担当課は？")
    _exact(answer)
    assert answer.value == "情報推進課"


def test_a_kpi_result_stated_in_a_sentence(assistant) -> None:
    answer = ask(assistant, "白浜台市のDX推進計画で、電子保存率は実績で何％まで来てる？")
    _exact(answer)
    assert answer.value == 75


# -- 事業仕分け blocks: no evaluation sheet --------------------------------------------------------------

def test_blocks_headed_by_number_with_a_comment_on_indicators_are_generic(assistant) -> None:
    kinds = {r["kind"] for r in assistant.db.query("SELECT kind FROM documents WHERE source LIKE '%事業仕分け%'")}
    assert kinds == {"generic"}
    answer = ask(assistant, "川端町の事業仕分けで、判定が廃止の事業は何件？")
    _exact(answer)
    assert answer.value == 1


def test_a_vote_read_as_counts_per_category(assistant) -> None:
    answer = ask(assistant, "川端町の事業仕分けで、仕分け人が1人でも廃止に票を入れた事業はいくつ？")
    _exact(answer)
    assert answer.value == 1  # 町民プール only; 地域バス had 0 votes for 廃止
    answer = ask(assistant, "川端町の事業仕分けで、仕分け人6人の評決が全員一致だった事業はある？")
    _exact(answer)
    assert titles(answer) == ["防災備蓄品購入事業"]


# -- the workbook of a sheet per year ------------------------------------------------------------------

def test_the_title_over_a_note_names_the_table(assistant) -> None:
    tables = {r["table"] for r in assistant.db.query("SELECT \"table\" FROM table_row WHERE source LIKE '%委託%'")}
    assert tables == {"港北市 委託業務の見直し一覧（令和8年度）", "港北市 委託業務の見直し一覧（令和9年度）"}


@pytest.mark.parametrize("turns,value", [
    # the year said with 分 is the year; the measure is of the year its value was bound to
    (("港北市の委託業務見直しの令和9年度分で、一般競争の業務の削減額を足すといくら？",), 200_000),
    # a row on the later sheet only, not on the one before
    (("港北市の委託業務の見直し一覧に、2027年度から新しく加わった業務は何？",), "会議録作成業務"),
    # two years' columns of any values compared
    (("港北市の委託業務見直しで、令和8年度と令和9年度で契約方法が変わった業務はいくつ？",), 1),
    # 1円も減らなかった: 削減額 0 of the year said
    (("港北市の委託業務で、令和9年度に見直しても金額が1円も減らなかった業務は何件？",), 2),
    # part of one row's name among the rows of the turn before; 委託先 asked as どこに委託; 見直し後の額
    (("港北市の委託業務の見直しで、令和9年度の財産管理課の業務は？", "そのうち警備のほうはどこに委託してる？"), "川端警備株式会社"),
    (("港北市の委託業務の見直しで、令和9年度の財産管理課の業務は？", "そのうち警備のほうはどこに委託してる？",
      "見直し後の額はいくら？"), 6_500_000),
])
def test_sheets_per_year(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    _exact(answer)
    assert answer.value == value, (answer.value, answer.summary)


# -- 市民の声: Q./A. entries called by what was asked -----------------------------------------------------

def test_an_entry_numbered_only_is_named_by_its_question(assistant) -> None:
    rows = list(assistant.db.query("SELECT number, title, fields FROM item WHERE source LIKE '%市民の声%' ORDER BY line"))
    assert [r["number"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[1]["title"].startswith("図書館の本の返却") and '"回答"' in rows[1]["fields"]


@pytest.mark.parametrize("turns,value", [
    (("港北市の市民の声で、使ってない町営住宅を壊したらという意見、担当はどこの課？",), "住宅課"),
    (("港北市の図書館の本をコンビニで返せるようにって声、もう反映済みになってる？",), "反映予定"),
    (("港北市の市民の声で、反映状況が検討中のものはいくつある？", "そのうちいちばん最近受け付けたのはいつ？"), "令和10年1月15日"),
    (("港北市の市民の声のNo.3は？", "それを担当した課は？"), "広報課"),
])
def test_voices(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    _exact(answer)
    assert answer.value == value, (answer.value, answer.summary)


# -- the Word table under two header rows ------------------------------------------------------------------

@pytest.mark.parametrize("question,value", [
    ("川端町の補助金交付基準の見直しで、商工会育成補助金の見直し後の補助率は？", 50),
    ("川端町の補助金交付基準の見直しで、補助率が下がった補助金はいくつ？廃止になったものは除いて数えて", 2),
    ("川端町の補助金の見直しで、上限額が逆に引き上げられた補助金は？", "婦人会活動補助金"),
    ("川端町の補助金見直しの別表で、上限額の下げ幅がいちばん大きい補助金はどれ？", "商工会育成補助金"),
])
def test_before_and_after_columns(assistant, question, value) -> None:
    answer = ask(assistant, question)
    _exact(answer)
    assert answer.value == value, (answer.value, answer.summary)


def test_two_years_states_compared_by_the_words_order(assistant) -> None:
    # 達成 > 一部達成 > 未着手, read from the words; the bracket is the year before
    answer = ask(assistant, "白浜台市DX推進計画の進捗状況で、前年度より状況が悪くなった取組はどれですか")
    _exact(answer)
    assert titles(answer) == ["文書管理システムの更新"]
    answer = ask(assistant, "白浜台市のDX推進計画で、令和8年度末・令和9年度末のどちらでも「達成」になっていない取組は何件？")
    _exact(answer)
    assert answer.value == 3


def test_how_far_short_of_the_target(assistant) -> None:
    answer = ask(assistant, "白浜台市のDX推進計画で、電子申請の拡大ってどんな状況？", "KPIの目標まであと何件足りないの？")
    _exact(answer)
    assert answer.value == 60  # 200 − 140
