"""A plan report as a web page of cards (item_cards.py) and its committee's score table as a workbook
(committee_sheet.py): read by their shape, joined by the initiatives' numbers and names, asked in words the
documents print (状況 休止, 評定, the initiatives' own word said alone)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# (group no, group name, [(code, name, dept, start, state, {year: grade})])
GROUPS = [
    ("1", "窓口サービスの向上", [
        ("1-1", "オンライン予約の導入", "住民課", "2025年度", "継続", {"令和7年度": "B", "令和8年度": "A", "令和9年度": "A"}),
        ("1-2", "証明書のコンビニ交付", "住民課", "2025年度", "完了（令和8年度）", {"令和7年度": "C", "令和8年度": "A"}),
        ("1-3", "窓口の番号案内", "総務課", "2026年度", "休止（令和9年度から）", {"令和8年度": "D"}),
    ]),
    ("2", "歳入の確保", [
        ("2-1", "町税の口座振替の推進", "税務課", "2025年度", "継続", {"令和7年度": "B", "令和8年度": "B", "令和9年度": "C"}),
        ("2-2", "遊休地の貸付", "財産管理課", "2025年度", "継続", {"令和7年度": "A", "令和8年度": "B", "令和9年度": "B"}),
    ]),
]


def page() -> str:
    out = ["<html><body><h1>桜ヶ丘町行政改革実行計画 進捗報告（令和7年度～令和9年度）</h1>",
           "<p>評定は、A＝計画以上、B＝計画どおり、C＝やや遅れ、D＝大幅な遅れ、の4段階です。</p>"]
    for no, name, items in GROUPS:
        out.append(f"<section><h2>重点の柱{no}　{name}</h2>")
        for code, title, dept, start, state, grades in items:
            out.append(f'<article class="card"><h3><span class="no">{code}</span> {title}</h3>')
            out.append(f"<dl><dt>所管課</dt><dd>{dept}</dd><dt>開始年度</dt><dd>{start}</dd><dt>状況</dt><dd>{state}</dd></dl>")
            out.append("<ul>" + "".join(f"<li>{y}：{g}</li>" for y, g in grades.items()) + "</ul></article>")
        out.append("</section>")
    return "\n".join(out + ["</body></html>"])


def workbook(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "柱別評価"
    ws.append(["桜ヶ丘町行政改革推進委員会 重点の柱別評価 各観点5点満点"])
    ws.append(["柱", "重点の柱", "必要性", "効率性", "進捗度", "合計", "委員会の意見"])
    ws.append([1, "窓口サービスの向上", 5, 4, 4, 13, "予約の利用は伸びている。番号案内の再開を検討されたい。"])
    ws.append([2, "歳入の確保", 4, 3, 3, 10, "口座振替の勧奨を強めること。遊休地の貸付先の公募を続けるべきである。"])
    ws.append([3, "組織の見直し", 3, 3, 2, 8, "職員の負担が偏っている。"])
    members = wb.create_sheet("委員総評")
    members.append(["委員名", "役職", "総評"])
    members.append(["山田 一郎", "委員長", "窓口の改善は町民に好評である。"])
    wb.save(path)


def test_cards_are_items():
    from assistant.formats import to_text

    text = to_text(page().encode("utf-8"), "report.html").text
    assert registry.detect(text) is plan_report
    records = plan_report.parse(text, "report.html").records
    items = {r.code: r.fields for r in records if r.kind == "practice"}
    assert set(items) == {"1-1", "1-2", "1-3", "2-1", "2-2"}
    assert items["1-2"]["state"] == "完了" and items["1-2"]["ended"] == "R8"
    assert items["1-3"]["state"] == "休止" and items["1-3"]["paused"] == "令和9年度" and not items["1-3"]["ended"]
    assert items["1-3"]["r8"] == "D" and "r9" not in items["1-3"]  # (no line for a year: no grade)
    assert items["2-1"]["started"] == "R7" and items["2-1"]["initiative"] == "2"
    groups = {r.code: r.fields for r in records if r.kind == "initiative"}
    assert groups["1"]["title"] == "窓口サービスの向上" and groups["1"]["n_practice"] == 3


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cards")
    (folder / "report.html").write_text(page(), encoding="utf-8")
    workbook(folder / "committee.xlsx")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


def test_cards_asked(assistant):
    answer = assistant.ask("桜ヶ丘町の行政改革実行計画で休止している実行項目は？")
    assert (answer.status, _codes(answer)) == ("exact", ["1-3"]), answer.summary
    answer = assistant.ask("1-2、令和7年度の評定は？")
    assert (answer.status, answer.value) == ("exact", "C"), answer.summary
    answer = assistant.ask("令和9年度にB評定だった項目は？")
    assert _codes(answer) == ["2-2"], answer.summary
    assistant.ask("1-3はどうなってる？")
    answer = assistant.ask("休止したのはいつから？")
    assert answer.value == "令和9年度", answer.summary
    answer = assistant.ask("遊休地の貸付はもう終わった？")
    assert (answer.status, answer.value) == ("exact", "継続"), answer.summary
    assistant.reset()
    answer = assistant.ask("証明書のコンビニ交付はもう終わった？")
    assert answer.value == "完了", answer.summary


def test_committee_asked(assistant):
    answer = assistant.ask("効率性が3点以下だった柱は？")
    assert (answer.status, _codes(answer)) == ("exact", ["2", "3"]), answer.summary
    assistant.reset()
    answer = assistant.ask("委員会は柱2についてどんな意見を出してる？")
    assert answer.rows and "口座振替" in answer.rows[0]["text"], answer.summary
    assistant.reset()
    answer = assistant.ask("柱1の実行項目は？")
    assert _codes(answer) == ["1-1", "1-2", "1-3"], answer.summary
