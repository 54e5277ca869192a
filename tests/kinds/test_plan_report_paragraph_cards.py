"""A plan report printed as Word paragraphs, one block per item (item_cards.py): 「1-1　名称【新規】」, 「担当：財務課（税務課と
共管）」, the grades on one line (「評価：R7 A／R8 B／R9 ―」), 「取組期間：令和7年度～令和8年度（完了）」, groups headed 「第1　…」.
A made edition of another town and other years: nothing of it is in the code."""
from __future__ import annotations

import docx
import pytest

from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# (group, [(code, name, 担当, 評価, 取組期間)])
GROUPS = [
    ("第1　窓口の改善", [
        ("1-1", "書かない窓口の導入", "住民課（情報政策課と共管）", "R7 A／R8 A／R9 B", "令和7年度～（継続）"),
        ("1-2", "証明書のコンビニ交付", "住民課", "R7 B／R8 A／R9 ―", "令和7年度～令和8年度（完了）"),
        ("1-3", "電子申請の拡充【新規】", "情報政策課", "R7 ―／R8 C／R9 B", "令和8年度～（継続）"),
    ]),
    ("第2　財源の確保", [
        ("2-1", "町税のキャッシュレス納付", "税務課（会計課と共管）", "R7 C／R8 D／R9 C", "令和7年度～（継続）"),
        ("2-2", "遊休地の売却", "財産管理課", "R7 A／R8 ―／R9 ―", "令和7年度～令和7年度（完了）"),
    ]),
]


def _document(path) -> None:
    document = docx.Document()
    document.add_paragraph("柳ヶ浦町 行財政改革プラン 実施状況報告書（令和7年度～令和9年度）")
    document.add_paragraph("評価の区分")
    for line in ("A：計画どおり", "B：おおむね計画どおり", "C：遅れが見られる", "D：大幅に遅れている", "―：取組期間外"):
        document.add_paragraph(line, style="List Bullet")
    for group, items in GROUPS:
        document.add_heading(group, level=1)
        for code, name, dept, grades, period in items:
            document.add_paragraph().add_run(f"{code}　{name}").bold = True
            for line in (f"担当：{dept}", f"評価：{grades}", f"取組期間：{period}", "概要：…を進めている。"):
                document.add_paragraph(line)
    document.save(path)


def test_blocks_are_items(tmp_path):
    from assistant.formats import to_text

    path = tmp_path / "plan.docx"
    _document(path)
    text = to_text(path.read_bytes(), str(path)).text
    assert plan_report.detect(text)
    doc = plan_report.parse(text, str(path))
    items = {r.fields["code"]: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == ["1-1", "1-2", "1-3", "2-1", "2-2"]
    assert items["1-1"]["departments"] == ["住民課", "情報政策課"] and items["1-1"]["shared"] == ["情報政策課"]
    assert (items["1-1"]["r7"], items["1-1"]["r9"], items["1-2"]["r9"]) == ("A", "B", "-")
    assert (items["1-2"]["state"], items["1-2"]["ended"], items["1-2"]["started"]) == ("完了", "R8", "R7")
    assert (items["1-1"]["state"], items["1-1"]["ended"]) == ("継続", "")
    assert (items["1-3"]["title"], items["1-3"]["tags"], items["1-3"]["started"]) == ("電子申請の拡充", ["新規"], "R8")
    assert (items["2-1"]["initiative"], items["2-1"]["initiative_title"]) == ("2", "財源の確保")
    initiatives = {r.fields["no"]: r.fields for r in doc.records if r.kind == "initiative"}
    assert initiatives["1"]["n_practice"] == 3


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    _document(folder / "plan.docx")
    index = tmp_path_factory.mktemp("index") / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


def test_blocks_asked(assistant):
    answer = assistant.ask("柳ヶ浦町の行財政改革プランで令和8年度にA評価だった取組は？")
    assert (answer.status, _codes(answer)) == ("exact", ["1-1", "1-2"]), answer.summary
    assistant.reset()
    answer = assistant.ask("柳ヶ浦町の行財政改革プランで、まだ継続中の取組は何件？")
    assert (answer.status, answer.value) == ("exact", 3), answer.summary
    assistant.reset()
    answer = assistant.ask("柳ヶ浦町の「証明書のコンビニ交付」ってもう終わった？")
    assert (answer.status, answer.value) == ("exact", "完了"), answer.summary
