"""A reform plan's next-cycle edition as a made-up town prints it (not made120's words, years or codes): a workbook of
one sheet per 基本方針 whose two-row header puts the grades of four years under 評価 (the last two blank, not yet
evaluated), each year's 効果額 under its own merged heading (▲ a negative, 「－」 none) and the state at each year's end
under 取組状況 (令和３年度末 │ 令和４年度末); sub-heading rows 「(1) …」 inside each sheet, items coded 1-(1)-①; an
opinion paper heading each member's opinion 【…委員】意見, the items cited in the paragraph under it, the city's
（回答） after it; a list of joint projects whose 方式 is only in separator rows 「■ 事務の委託」."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (policy, group, code, name, bureau, dept, R3, R4, effect R3, effect R4, state R3末, state R4末)
ITEMS = [
    (1, "(1)　収入の確保", "1-(1)-①", "施設使用料の改定", "財務部", "財政課", "B", "A", "1,200", "2,400", "実施中", "完了"),
    (1, "(1)　収入の確保", "1-(1)-②", "広告収入の拡大", "総務部", "広報課", "C", "C", "－", "300", "検討中", "実施中"),
    (1, "(2)　支出の抑制", "1-(2)-①", "庁舎照明のLED化", "総務部", "管財課", "A", "A", "800", "▲150", "完了", "完了"),
    (2, "(1)　人材の育成", "2-(1)-①", "職員研修の再編", "総務部", "職員課", "B", "B", "－", "－", "実施中", "実施中"),
    (2, "(1)　人材の育成", "2-(1)-②", "人事評価制度の見直し", "総務部", "職員課", "D", "C", "－", "－", "未着手", "検討中"),
    (2, "(2)　組織の最適化", "2-(2)-①", "窓口部署の統合", "市民部", "市民課", "A", "B", "500", "450", "実施中", "実施中"),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    for n, policy in enumerate((1, 2)):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = f"基本方針{'１２'[n]}"
        ws["A1"] = "第２次柊ヶ丘町行財政改革プラン 取組状況一覧"
        ws["A2"] = f"基本方針{'１２'[n]} {'財政の健全化' if policy == 1 else '組織と人材'}"
        ws["A3"] = "計画期間：令和３年度～令和６年度"
        top = ["取組番号", "取組名", "担当", "", "評価", "", "", "", "効果額（千円）", "", "取組状況", "", "備考"]
        sub = ["取組番号", "取組名", "担当部", "担当課", "令和３年度", "令和４年度", "令和５年度", "令和６年度", "R3", "R4",
               "令和３年度末", "令和４年度末", "備考"]
        for col, (a, b) in enumerate(zip(top, sub), 1):
            ws.cell(5, col, a)
            ws.cell(6, col, b)
        row, group = 7, ""
        for p, g, code, name, bureau, dept, g3, g4, e3, e4, s3, s4 in ITEMS:
            if p != policy:
                continue
            if g != group:
                ws.cell(row, 1, g)
                group = g
                row += 1
            for col, v in enumerate((code, name, bureau, dept, g3, g4, "", "", e3, e4, s3, s4), 1):
                if v != "":
                    ws.cell(row, col, v)
            row += 1
        ws.cell(row + 1, 1, "【評価の凡例】Ａ：計画以上 Ｂ：計画どおり Ｃ：遅れ Ｄ：未着手")
    wb.save(path)


OPINIONS = "\n".join([
    "令和４年度 柊ヶ丘町行財政改革推進委員会 意見書", "",
    "氏名\t区分", "楢崎 文子\t学識経験者", "真壁 亮\t公募町民", "",
    "【楢崎委員】意見",
    "（１）取組1-(1)-②「広告収入の拡大」について　広告媒体を増やされたい。",
    "（回答）令和５年度から町ホームページのバナー枠を増やします。",
    "【真壁委員】意見",
    "（２）取組2-(1)-②「人事評価制度の見直し」、取組2-(2)-①「窓口部署の統合」について　進め方を示されたい。",
    "（回答）工程表を次回お示しします。",
    "【楢崎委員】意見",
    "（３）取組1-(2)-①「庁舎照明のLED化」について　経費の増加の理由を示されたい。",
    "（回答）交換工事の前倒しによるものです。",
])

JOINT = """<html><body><h1>広域連携事業一覧</h1>
<table>
<tr><th rowspan="2">番号</th><th rowspan="2">事業名</th><th rowspan="2">連携先</th><th rowspan="2">開始年度</th>
<th colspan="2">町の負担（千円）</th></tr>
<tr><th>令和３年度</th><th>令和４年度</th></tr>
<tr><th colspan="6">■ 一部事務組合</th></tr>
<tr><td>連-1</td><td>し尿処理</td><td>楓川村・芦野町</td><td>平成１０年度</td><td>30,000</td><td>31,000</td></tr>
<tr><td>連-2</td><td>消防</td><td>楓川村・芦野町・茅原市</td><td>平成５年度</td><td>90,000</td><td>92,000</td></tr>
<tr><th colspan="6">■ 事務の委託</th></tr>
<tr><td>連-3</td><td>公平委員会</td><td>茅原市</td><td>平成２０年度</td><td>500</td><td>500</td></tr>
<tr><td>連-4</td><td>証明書のコンビニ交付</td><td>芦野町</td><td>令和３年度</td><td>1,000</td><td>1,100</td></tr>
</table></body></html>
"""


CASES = "\n".join([
    "他市の改革事例（参考）", "", "　参考となる他市の事例をまとめた。", "",
    "――――――――――――――――", "",
    "○ 秋田県霜月市「窓口のオンライン予約」",
    "　窓口の予約制を導入し、待ち時間を短縮した。",
    "　効果額：2.5百万円　／　開始年度：令和２年度", "",
    "○ 高知県潮見台市「公用車の共同利用」",
    "　近隣市と公用車を共同で利用している。",
    "　効果額：12.0百万円　／　開始年度：令和４年度", "",
    "○ 山形県樺平市「紙の削減」",
    "　会議資料をペーパーレス化した。",
    "　効果額：0.8百万円　／　開始年度：令和５年度", "",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("next_cycle_status_sheets")
    (folder / "他市事例.txt").write_text(CASES, encoding="utf-8")
    _workbook(folder / "取組状況一覧.xlsx")
    (folder / "推進委員会意見書.txt").write_text(OPINIONS, encoding="utf-8")
    (folder / "広域連携事業一覧.html").write_text(JOINT, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    # the grades under the two-row header's 評価 (the 効果額 and 取組状況 columns of the same years are no grades)
    ("令和4年度に評価が上がった取組は？", ["1-(1)-1", "2-(1)-2"]),
    ("令和4年度の評価がCの取組は？", ["1-(1)-2", "2-(1)-2"]),
    # the state at each year's end (取組状況 令和３年度末 │ 令和４年度末), a year said by its number alone too
    ("令和3年度末の時点で完了していた取組は？", ["1-(2)-1"]),
    ("令和4年度中に完了した取組は？（3年度末はまだ完了していなかったもの）", ["1-(1)-1"]),
    ("3年度は検討中だったけど4年度に実施中になった取組は？", ["1-(1)-2"]),
    ("令和4年度末で検討中の取組は？", ["2-(1)-2"]),
    # 担当課 of the rows under sub-heading rows
    ("職員課が担当している取組は？", ["2-(1)-1", "2-(1)-2"]),
])
def test_grades_and_states_of_each_year(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status in ("exact", "partial") and _codes(answer) == codes, (answer.status, _codes(answer), answer.summary)


def test_state_of_a_year_then_narrowed(assistant) -> None:
    answer = ask(assistant, "令和3年度末で実施中だった取組は？", "その中で、令和4年度の評価がBだったのは？")
    assert answer.status == "exact" and _codes(answer) == ["2-(1)-1", "2-(2)-1"], (answer.status, _codes(answer), answer.summary)


def test_effect_amounts_of_a_year(assistant) -> None:
    # each year's 効果額 column, ▲ negative
    answer = ask(assistant, "効果額がR3よりR4で減っている取組は？")
    assert _codes(answer) == ["1-(2)-1", "2-(2)-1"], (answer.status, _codes(answer), answer.summary)
    answer = ask(assistant, "令和3年度の効果額が一番大きい取組は？")
    assert _codes(answer) == ["1-(1)-1"], (answer.status, _codes(answer), answer.summary)


def test_members_opinions_citing_items(assistant) -> None:
    answer = ask(assistant, "楢崎委員が意見で取り上げた取組は？")
    assert answer.status == "exact" and sorted({str(r.get("initiative")) for r in answer.rows}) == ["1-(1)-2", "1-(2)-1"], \
        (answer.status, answer.summary)
    answer = ask(assistant, "推進委員会の意見書に意見はいくつある？")
    assert answer.value == 4, (answer.status, answer.value, answer.summary)


def test_joint_projects_grouped_by_separator_rows(assistant) -> None:
    answer = ask(assistant, "芦野町と一緒にやっている広域連携事業は？")
    assert sorted(str(r.get("code")) for r in answer.rows) == ["連-1", "連-2", "連-4"], (answer.status, answer.summary)
    answer = ask(assistant, "連-2の連携先はいくつの自治体？")
    assert answer.value == 3, (answer.status, answer.value, answer.summary)


def test_own_share_of_each_year(assistant) -> None:
    # 「町の負担（千円）」 over the years: each year's amount, said as 町の負担
    answer = ask(assistant, "令和4年度の町の負担が一番大きい広域連携事業は？")
    assert [str(r.get("code")) for r in answer.rows] == ["連-2"], (answer.status, answer.summary)
    answer = ask(assistant, "広域連携の町の負担、令和4年度の合計は何千円？")
    assert answer.value == 124600, (answer.status, answer.value, answer.summary)


def test_year_not_yet_evaluated(assistant) -> None:
    # the R5 column is printed, every cell blank: said to be not yet evaluated
    answer = ask(assistant, "令和5年度の評価って、もう出てる？")
    assert "未評価" in answer.summary, answer.summary


def test_effect_amount_of_a_policy_summed(assistant) -> None:
    # 「基本方針1の令和4年度効果額の合計」: its items' amounts of that year (▲ negative)
    answer = ask(assistant, "基本方針1の令和4年度効果額の合計は何千円？")
    assert answer.value == 2550, (answer.status, answer.value, answer.summary)


def test_policy_where_an_item_so_graded_remains(assistant) -> None:
    answer = ask(assistant, "令和3年度にD評価の取組が残っている基本方針は？")
    assert answer.status == "exact" and [str(r.get("no")) for r in answer.rows] == ["2"], (answer.status, answer.summary)


def test_negative_effect_in_any_year(assistant) -> None:
    answer = ask(assistant, "効果額に▲（マイナス）がついている取組は？")
    assert answer.status == "exact" and _codes(answer) == ["1-(2)-1"], (answer.status, _codes(answer), answer.summary)


def test_cases_headed_by_place_and_quoted_title(assistant) -> None:
    answer = ask(assistant, "令和4年度以降に始まった他市の事例はどこ？")
    assert sorted(str(r.get("code")) for r in answer.rows) == ["2", "3"], (answer.status, answer.summary)
    answer = ask(assistant, "他市事例の中で効果額が一番大きいのは？")
    assert answer.status == "exact" and [str(r.get("code")) for r in answer.rows] == ["2"], (answer.status, answer.summary)


def test_cases_effect_said_in_millions_is_compared_in_yen(assistant) -> None:
    # 「効果額：2.5百万円」 kept in 千円 (effect_unit): 「2百万円以上」 compared in yen, not as the number 2
    answer = ask(assistant, "他市の事例で効果額が2百万円以上のところは？")
    assert sorted(str(r.get("code")) for r in answer.rows) == ["1", "2"], (answer.status, answer.summary)
