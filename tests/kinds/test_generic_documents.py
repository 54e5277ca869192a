"""Other municipalities' reform documents in the formats staff receive (tests/kinds/other_cities.py),
ingested into a real index and asked as staff ask: none is refused, and each question is answered
in what a user reads first — the value, the first rows or the first excerpt — with the page or cell
it comes from. When an answer cannot be exact it says so (partial or search), never a confident
wrong value.
"""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds import other_cities


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other_cities")
    docs = folder / "docs"
    docs.mkdir()
    for name, data in other_cities.documents().items():
        (docs / name).write_bytes(data)
    index = folder / "gyokaku.db"
    summary = build_index([docs], index)
    return summary, open_index(index)


@pytest.fixture(scope="module")
def assistant(built) -> Assistant:
    return Assistant(built[1])


def ask(assistant: Assistant, question: str):
    assistant.reset()
    return assistant.ask(question)


def test_no_document_is_refused(built) -> None:
    summary, reader = built
    assert not summary.skipped, summary.skipped
    formats = {d["source"]: d["format"] for d in summary.documents}
    assert formats == {"aobadai.pdf": "pdf", "kitahama.pdf": "pdf", "higashiyama.pdf": "pdf",
                       "sakuragawa.xlsx": "xlsx", "minamidai.xlsx": "xlsx", "kohoku.docx": "docx",
                       "kawakita.docx": "docx",
                       "nishihara.html": "html"}


# (question, the value answered) — exact answers from one record of the named document.
VALUES = [
    # 青葉台市, PDF with a ruled table (No. / 取組項目 / 所管課 / 目標 / 実績 / 評価)
    ("電子契約の導入の所管課は？", "契約課"),
    ("市税のコンビニ納付拡大の評価は？", "C"),  # on page 2, the table going on without its header
    ("ペーパーレス会議の推進の目標は？", "紙使用量30%削減"),
    ("職員提案制度の活性化の実績は？", "提案件数112件"),
    ("青葉台市の窓口業務の民間委託はどこの課の担当？", "市民課"),
    ("公用車の削減とカーシェアリングの導入の実績は？", "公用車を8台削減しカーシェアリング2台を導入"),
    # 北浜村, PDF with an unruled table
    ("村営バス路線の再編の所管課は？", "住民課"),
    ("ふるさと納税の推進の目標値は？", "寄附額2億円"),
    ("AI議事録作成の導入の実績値は？", "作成時間60%削減"),
    ("公民館の統廃合の達成状況は？", "未達成"),
    # 東山町, PDF in two columns
    ("公用車の削減の担当は？", "総務課"),
    ("図書館の指定管理者制度導入の担当課は？", "社会教育課"),
    ("水道料金の見直しの評価は？", "A"),
    ("町営プールの廃止の評価は？", "C"),
    # 桜川町, Excel 事務事業評価シート
    ("放課後児童クラブ運営事業の担当課は？", "こども家庭課"),
    ("高齢者配食サービス事業の事業費は？", 12560),  # a number column gives a number
    ("地域公共交通運行事業の評価は？", "C"),
    ("地域公共交通運行事業の実績値は？", 11240),  # a number column gives a number
    ("放課後児童クラブ運営事業の今後の方向性は？", "拡充"),
    # 南台市, Excel progress list
    ("窓口案内の多言語化の所管部署は？", "市民生活課"),
    ("市債残高の縮減の目標は？", "残高400億円以下"),
    ("電子申請の拡充の令和5年度実績は？", "145手続"),
    ("時間外勤務の削減の進捗は？", "◎"),
    # 港北市, Word 取組報告 with 【所管課】 blocks
    ("ごみ収集業務の委託拡大の所管課は？", "環境事業課"),
    ("オンライン手続の拡大の令和5年度の実績は？", "112手続をオンライン化した。"),
    ("窓口の待ち時間短縮の目標は？", "平均待ち時間 15分以内"),
    ("未利用市有地の売却の評価は？", "A"),  # a grade printed with its meaning, A（順調）, is the letter (tables/grade_meanings.py)
    # 川北市, Word table with a header of two rows (令和5年度 over 目標 and 実績)
    ("補助金の整理合理化の実績は？", "4件廃止"),
    ("事務の電子決裁化の令和5年度の目標は？", "電子決裁率90%"),
    ("公共施設の長寿命化の所管課は？", "施設マネジメント課"),
    # 西原市, web page
    ("証明書のコンビニ交付の担当課は？", "市民課"),
    ("下水道使用料の改定の進捗状況は？", "審議会で検討中"),
    ("保育所の民営化の達成度は？", "達成"),
    # worded as staff ask
    ("電子契約の導入を担当しているのはどこの課？", "契約課"),
    ("住民票のオンライン申請の担当課はどこ？", "住民課"),
    ("下水道事業の広域化の所管は？", "下水道経営課"),
    ("窓口の待ち時間短縮の実績は？", "平均待ち時間 12分"),  # the column says 令和5年度の実績
    ("電子申請の拡充の実績は？", "145手続"),
    ("放課後児童クラブ運営事業の成果指標は？", "待機児童数"),
    ("電子申請の拡充の2023年度実績は？", "145手続"),  # 2023年度 is the column 令和5年度実績
]


@pytest.mark.parametrize("question,value", VALUES)
def test_the_value_of_a_named_item(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary
    assert str(value) in answer.summary.replace(",", "")  # as the document prints it (11,240人)


# (question, the titles listed first) — items whose field holds the named value.
LISTINGS = [
    ("青葉台市で評価がCの取組は？", ["市税のコンビニ納付拡大"]),
    ("北浜村の未達成の取組は？", ["村営バス路線の再編", "公民館の統廃合"]),
    ("東山町で評価がBの取組は？", ["窓口のキャッシュレス決済", "図書館の指定管理者制度導入"]),
    ("桜川町で評価がAの事業は？", ["高齢者配食サービス事業"]),
    ("南台市で進捗が△の取組は？", ["下水道事業の広域化", "市債残高の縮減"]),
    ("港北市で評価がCの取組は？", ["ごみ収集業務の委託拡大"]),
    ("西原市で未達成の取組は？", ["下水道使用料の改定", "職員定数の適正化"]),
    ("保育課の取組は？", ["保育所の民営化"]),
    ("デジタル推進課が所管する取組は？", ["オンライン手続の拡大"]),
    # the wording of a grade, read from the document's own legend (「C（未達成） 1項目」)
    ("青葉台市で未達成の取組は？", ["市税のコンビニ納付拡大"]),
    ("青葉台市で目標を達成した取組は？", ["電子契約の導入", "公共施設使用料の見直し", "職員提案制度の活性化"]),
    ("こども家庭課の事業は？", ["放課後児童クラブ運営事業"]),
    ("川北市で評価が△の取組は？", ["補助金の整理合理化"]),
    # legends: 「◎：計画どおり ○：概ね計画どおり」, 「進捗：◎順調 ○概ね順調 △遅れ」
    ("川北市で計画どおりの取組は？", ["事務の電子決裁化", "公共施設の長寿命化"]),
    ("南台市で順調な取組は？", ["電子申請の拡充", "時間外勤務の削減"]),
    ("南台市で概ね順調の取組は？", ["窓口案内の多言語化"]),
]


@pytest.mark.parametrize("question,titles", LISTINGS)
def test_the_items_with_a_value(assistant, question, titles) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert [r["title"] for r in answer.rows] == titles, answer.summary


# (question, the count the document states)
COUNTS = [
    ("青葉台市のA評価は何項目？", 3),
    ("西原市で未達成は何項目？", 8),
    ("西原市の達成は何項目？", 12),
    ("港北市のB評価は何件？", 1),
    ("北浜村で達成は何項目？", 2),
    ("南台市で◎は何件？", 2),
    ("西原市で一部達成は何項目？", 10),
    ("東山町でA評価は何件？", 3),  # no count printed: the items graded A, counted
    ("北浜村の達成状況が未達成の取組は何件？", 2),
]


@pytest.mark.parametrize("question,count", COUNTS)
def test_a_count_the_document_states(assistant, question, count) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", count), answer.summary


def test_a_share_the_document_states(assistant) -> None:
    answer = ask(assistant, "西原市の未達成の割合は？")
    assert (answer.status, answer.value) == ("exact", 26.7), answer.summary


# Questions these documents cannot answer exactly: never a confident value.
NOT_EXACT = [
    "オンライン手続の拡大の令和7年度の実績は？",  # the report has 令和5年度の実績 only
    "川北市で概ね計画どおりの取組は？",  # ○ in the legend, no item graded ○ (never the ◎ of 計画どおり)
    "補助金の整理合理化の令和4年度の実績は？",  # the table has 令和5年度 only
    "西原市の取組は全部で何項目？",
]


@pytest.mark.parametrize("question", NOT_EXACT)
def test_no_confident_answer_where_none_is_exact(assistant, question) -> None:
    answer = ask(assistant, question)
    assert answer.status in ("partial", "search", "no_match"), answer.summary
    if answer.status == "partial":
        assert answer.summary.startswith("「")


# ------------------------------------------------------------------ provenance
def test_rows_name_the_page_or_cell(assistant) -> None:
    pdf = ask(assistant, "電子契約の導入の所管課は？")
    assert pdf.rows[0]["place"] == "1ページ"
    assert "1ページ" in pdf.summary
    sheet = ask(assistant, "地域公共交通運行事業の評価は？")
    assert sheet.rows[0]["place"].startswith("評価シート03!")
    word = ask(assistant, "ごみ収集業務の委託拡大の所管課は？")
    assert word.rows[0]["place"].startswith("段落")
    next_page = ask(assistant, "職員提案制度の活性化の所管課は？")
    assert (next_page.value, next_page.rows[0]["place"]) == ("人事課", "2ページ")
    count = ask(assistant, "青葉台市のA評価は何項目？")
    assert "1ページ" in count.summary and count.rows[0]["place"] == "1ページ"


def test_every_view_prints_the_place(assistant) -> None:
    from rich.console import Console

    from assistant.export.cells import answer_table
    from assistant.export.markdown_writer import to_markdown
    from assistant.cli_render import answer_renderable

    answer = ask(assistant, "地域公共交通運行事業の評価は？")
    place = answer.rows[0]["place"]
    console = Console(width=200, record=True)
    console.print(answer_renderable(answer, 200))
    assert place in console.export_text()
    headers, rows = answer_table(answer)
    assert "箇所" in headers and rows[0][headers.index("箇所")] == place
    assert place in to_markdown(answer)


def test_a_share_is_said_as_printed(assistant) -> None:
    answer = ask(assistant, "西原市の達成は何項目？")
    assert "12項目（40.0%）" in answer.summary  # not 40%
