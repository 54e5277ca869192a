"""Kinds of document and wordings the fresh holdout made73 found misread. Small documents of a made-up town
(桜川台町, 令和5〜8年度) whose names, years and scores are not made73's: a plan report in HTML, one table per 重点取組
with ○△× per year under a legend after a bracketed label (【年度別評価の凡例】○＝…), 担当課 「A課・B課」 and 終了予定年度;
a committee's Word paper whose members' table is turned sideways (members as rows, 重点取組 as columns, a 平均 row);
a joint projects workbook with a sheet per 分野 named only in brackets in its title (「共同事業一覧（防災・消防）」) and a
状況 column; case studies headed by the place with its prefecture and population in brackets. Each test names the
value a wrong reading would miss."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# 重点取組 → (title, rows: code, title, 担当課, grades R5..R8, 総合評価, 終了予定年度, 備考)
_PLAN = {
    1: ("窓口の改革", (
        ("1-1", "証明書のコンビニ交付", "住民課", "○○○○", "A", "R8", ""),
        ("1-2", "窓口の予約制", "住民課・税務課", "△○○－", "A", "R7", ""),
        ("1-3", "電子申請の拡充", "情報政策課", "××△○", "C", "継続", ""))),
    2: ("財政の健全化", (
        ("2-1", "遊休地の売却", "管財課", "○○－－", "A", "R6", ""),
        ("2-2", "使用料の見直し", "財政課", "△△×△", "B", "継続", ""),
        ("2-3", "広告収入の確保", "財政課・企画課", "－○○○", "B", "継続", "令和６年度追加"))),
}


def _plan_page() -> str:
    parts = []
    for no, (title, rows) in _PLAN.items():
        body = "".join(
            f"<tr><td>{code}</td><td>{name}</td><td>{dept}</td>{''.join(f'<td>{g}</td>' for g in grades)}"
            f"<td>{overall}</td><td>{end}</td><td>{note}</td></tr>"
            for code, name, dept, grades, overall, end, note in rows)
        parts.append(
            f"<h2>重点取組{'１２'[no - 1]}　{title}</h2><table border='1'><thead>"
            "<tr><th rowspan='2'>No.</th><th rowspan='2'>実施項目</th><th rowspan='2'>担当課</th>"
            "<th colspan='4'>年度別評価</th><th rowspan='2'>総合評価</th><th rowspan='2'>終了予定年度</th><th rowspan='2'>備考</th></tr>"
            "<tr><th>R5</th><th>R6</th><th>R7</th><th>R8</th></tr></thead>"
            f"<tbody>{body}</tbody></table>")
    return ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>桜川台町 行財政改革プラン 進捗評価報告書</title></head><body>"
            "<h1>桜川台町 行財政改革プラン 進捗評価報告書（令和５年度～令和８年度）</h1>"
            "<p>令和９年５月　桜川台町 総務課</p>"
            "<p>【年度別評価の凡例】○＝計画どおり　△＝一部遅れ　×＝未着手　－＝対象年度外</p>"
            "<p>【総合評価】A＝目標を達成、B＝おおむね達成、C＝達成できなかった。</p>"
            + "".join(parts) + "</body></html>")


_MEMBERS = (("森下委員", (4, 2)), ("石田委員", (5, 3)), ("大川委員", (4, 2)))


def _committee_paper(path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("令和８年度 桜川台町行財政改革推進委員会 評価結果報告")
    d.add_paragraph("当委員会は、重点取組ごとに各委員が５点満点で評価した。")
    table = d.add_table(rows=1 + len(_MEMBERS) + 1, cols=3)
    for j, head in enumerate(("委員", "重点取組１", "重点取組２")):
        table.rows[0].cells[j].text = head
    for i, (member, scores) in enumerate(_MEMBERS, start=1):
        table.rows[i].cells[0].text = member
        for j, v in enumerate(scores, start=1):
            table.rows[i].cells[j].text = str(v)
    table.rows[-1].cells[0].text = "平均"
    table.rows[-1].cells[1].text = "4.33"
    table.rows[-1].cells[2].text = "2.33"
    d.add_paragraph("（重点取組の名称）１ 窓口の改革、２ 財政の健全化")
    d.add_paragraph("○（重点取組１）電子申請の利用を高齢者にも広げること。")
    d.add_paragraph("○（重点取組２）使用料の見直しは町民に丁寧に説明すること。")
    d.add_paragraph("○（重点取組２）広告収入は景観に配慮すること。")
    d.add_paragraph("以上")
    d.save(path)


def _joint_workbook(path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    sheets = {"防災・消防": ((1, "防災無線の共同整備", "東山村", 84000, "終了"), (2, "備蓄品の共同購入", "桜川台町", 9000, "実施中")),
              "環境・衛生": ((3, "ごみ焼却の広域化", "西野町", 150000, "検討中"), (4, "浄化槽の共同点検", "東山村", 4000, "実施中"))}
    for n, (area, rows) in enumerate(sheets.items()):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = area
        ws["A1"] = f"北嶺地域連携協議会 共同事業一覧（{area}） 令和８年４月１日現在"
        ws.append([])
        ws.append(["No.", "事業名", "幹事団体", "参加団体数", "参加団体", "開始年度", "状況", "事業費（千円）"])
        for no, title, chair, cost, state in rows:
            ws.append([no, title, chair, 2, f"{chair}\n西野町", "令和6年度", state, cost])
    wb.save(path)


_CASES = """他自治体の改革事例集（令和８年度版）
桜川台町 総務課 編

■窓口分野

事例１：青山市（宮城県、人口約１５万人）
【取組】窓口の手続をオンラインで予約できるようにした。
【成果】待ち時間を年間約２，０００時間削減した。

事例２：白浜町（静岡県、人口約８千人）
【取組】申請書の入力をRPAで自動化した。
【成果】入力作業を年間約３，５００時間削減した。

■施設分野

事例３：谷口村（長野県、人口約４千人）
【取組】公民館を小学校に集約した。
【成果】維持管理費を年間約８００万円削減した。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made73_kinds")
    (folder / "桜川台町_行財政改革プラン_進捗評価報告書.html").write_text(_plan_page(), encoding="utf-8")
    _committee_paper(folder / "桜川台町_推進委員会_評価結果報告.docx")
    _joint_workbook(folder / "北嶺地域連携協議会_共同事業一覧.xlsx")
    (folder / "他自治体の改革事例集.txt").write_text(_CASES, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


def test_marks_read_under_a_bracketed_legend(town) -> None:
    rows = {r["code"]: r for r in town.db.query("SELECT code, r5, r6, r7, r8, departments, period_end FROM practice")}
    # the legend's first mark (○ right after 】) is a grade too: no year left blank
    assert (rows["1-3"]["r5"], rows["1-3"]["r7"], rows["2-1"]["r7"]) == ("×", "△", "-")
    assert rows["2-1"]["period_end"] == "R6" and rows["2-2"]["period_end"] == "継続"


@pytest.mark.parametrize("turns,codes", [
    (("桜川台町の行財政改革プランで令和6年度以降に一度でもバツがついた実施項目は？",), ["1-3", "2-2"]),
    (("桜川台町の行財政改革プランで、総合評価Cの実施項目を含んでいる重点取組はどれ？",), ["1"]),
    (("桜川台町の行財政改革プランで終了予定年度が「継続」の項目は？",), ["1-3", "2-2", "2-3"]),
])
def test_plan_questions(town, turns, codes) -> None:
    answer = ask(town, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, _codes(answer), answer.summary)


@pytest.mark.parametrize("turns,value", [
    # two departments in one cell, answered as the cell prints them
    (("桜川台町の行財政改革プランの「窓口の予約制」はどこの課が担当？",), "住民課・税務課"),
    (("桜川台町の行財政改革プランで、○の項目数は令和5年度と令和8年度でいくつ違う？",), 1),
    (("桜川台町の行財政改革プランで遊休地の売却の担当課は？", "それの終了予定年度は？"), "R6"),
])
def test_plan_values(town, turns, value) -> None:
    answer = ask(town, *turns)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


def test_sideways_member_table(town) -> None:
    rows = {r["code"]: r for r in town.db.query("SELECT code, title, committee_score, axes FROM initiative WHERE source LIKE '%.docx'")}
    assert rows["2"]["title"] == "財政の健全化" and rows["2"]["committee_score"] == pytest.approx(2.33)
    assert '"石田委員": 3' in rows["2"]["axes"]
    comments = {r["code"] for r in town.db.query("SELECT code FROM comment")}
    assert comments == {"1-1", "2-1", "2-2"}


@pytest.mark.parametrize("turns,value", [
    (("桜川台町の推進委員会で石田委員は重点取組２に何点つけてる？",), 3),
    # the mean of one numbered initiative is its score; the next turn asks the same of another, or the lowest of all
    (("桜川台町の推進委員会で重点取組１の平均は何点？", "じゃあ重点取組２は？"), 2.33),
    (("桜川台町の推進委員会で重点取組１の平均は？", "じゃあ平均がいちばん低いのはどの重点取組？"), "2"),
])
def test_committee_values(town, turns, value) -> None:
    answer = ask(town, *turns)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


def test_joint_areas_from_bracketed_sheet_titles(town) -> None:
    areas = {r["code"]: r["area"] for r in town.db.query("SELECT code, area FROM joint_project")}
    assert areas == {"1": "防災・消防", "2": "防災・消防", "3": "環境・衛生", "4": "環境・衛生"}


@pytest.mark.parametrize("turns,value,first", [
    # 「もう終わった？」: the printed state is the value, はい／いいえ first
    (("北嶺地域連携協議会のごみ焼却の広域化ってもう終わった？",), "検討中", "いいえ"),
    (("北嶺地域連携協議会の防災無線の共同整備、もう終わってる？",), "終了", "はい"),
    # a field asked of the one record an extreme named, not of every record
    (("北嶺地域連携協議会の共同事業で事業費がいちばん大きいのはどれ？", "その幹事団体は？"), "西野町", ""),
])
def test_joint_values(town, turns, value, first) -> None:
    answer = ask(town, *turns)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)
    assert answer.summary.startswith(first)


def test_cases_headed_by_their_place(town) -> None:
    rows = {r["code"]: r for r in town.db.query("SELECT code, places, population, topic FROM case_study")}
    assert rows["2"]["population"] == 8000 and '"白浜町"' in rows["2"]["places"] and rows["3"]["topic"] == "施設分野"
    answer = ask(town, "桜川台町の事例集で、削減できた作業時間がいちばん多いのはどこの取組？")
    assert answer.status == "exact" and answer.value == "白浜町", (answer.status, answer.value, answer.summary)
    answer = ask(town, "他自治体の改革事例集で人口がいちばん多いのはどこ？")
    assert answer.value == "青山市", (answer.status, answer.value, answer.summary)
