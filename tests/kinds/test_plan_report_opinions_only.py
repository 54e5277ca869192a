"""The committee's opinions published on their own: section I of the plan report without practice
items, lists, summary tables or sheets — each initiative a numbered heading, 委員評価 X.X /5 on a line
of its own, a 「委員の意見」 label and the remarks one to a paragraph. It is read as a plan report
with only that section (initiatives with their committee score, and comments), so that 「…の委員の意見
で○○に触れたもの」 and 「取組項目で委員評価が4.0以上」 work as for the full report.

The document is written here as a Word file (python-docx, read back by the formats layer) and as text.
The city and its titles are made up and differ from every shipped or made edition."""
from __future__ import annotations

import io

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report
from assistant.model import ParsedDocument

TITLE = "緑川市行政改革推進計画 取組の有効性に関する意見書"
INITIATIVES = [
    ("1", "歳出の見直し", "3.9", ["補助金の見直しは対象団体への説明を重ねてほしい。", "事務事業評価の結果を予算に生かしている。"]),
    ("2", "市民協働の推進", "4.4", ["町内会への支援・相談体制が整った。", "協働事業の提案制度を続けてほしい。",
                              "若い世代の参加を増やす工夫を期待する。"]),
    ("3", "公共施設の再編", "3.1", ["施設の統合は地域の声を聞いて進めてほしい。"]),
]


def _paragraphs() -> list[str]:
    out = [TITLE, "", "令和5年9月1日", "緑川市行政改革推進委員会",
           "本意見書は、計画の取組項目ごとに委員の評価（5段階）と意見をまとめたものです。", "",
           "I 取組項目別の評価について", ""]
    for no, title, score, remarks in INITIATIVES:
        out += [f"{no} {title}", "", f"委員評価 {score} /5", "委員の意見", *remarks, ""]
    return out


def document_text() -> str:
    return "\n".join(_paragraphs())


def document_docx() -> bytes:
    import docx

    document = docx.Document()
    for text in _paragraphs():
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _records(doc: ParsedDocument, kind: str) -> dict[str, dict]:
    return {r.code: r.fields for r in doc.records if r.kind == kind}


def check_read(doc: ParsedDocument) -> None:
    assert doc.kind == plan_report.KIND
    initiatives = _records(doc, "initiative")
    assert list(initiatives) == [i[0] for i in INITIATIVES]
    for no, title, score, remarks in INITIATIVES:
        got = initiatives[no]
        assert (got["title"], got["committee_score"], got["n_comments"]) == (title, float(score), len(remarks))
        # What the edition does not print stays unstated.
        assert got["n_practice"] is None and got["themes"] == [] and got["self_overall"] is None
    assert {c: r["text"] for c, r in _records(doc, "comment").items()} == {
        f"{no}-{n}": text for no, _t, _s, remarks in INITIATIVES for n, text in enumerate(remarks, start=1)}
    for kind in ("practice", "grade", "sheet", "sheet_entry", "self_eval", "challenge"):
        assert _records(doc, kind) == {}
    assert doc.conflicts == []
    assert doc.title == TITLE
    assert not [w for w in doc.warnings if w.kind in ("malformed_row", "repaired_row", "other_kind")]
    # The edition has no practice items at all: said once, not as copies missing from lists.
    notes = [w.note for w in doc.warnings if w.kind == "absent_copy"]
    assert not [n for n in notes if "実践項目" in n and "一覧がありません" in n]


def test_the_text_is_read_as_section_one_alone():
    text = document_text()
    assert registry.detect(text) is plan_report
    check_read(registry.parse(text, "midorikawa_ikensho.txt"))


def test_the_word_file_is_read_the_same():
    text = to_text(document_docx(), "midorikawa_ikensho.docx").text
    assert registry.detect(text) is plan_report
    check_read(registry.parse(text, "midorikawa_ikensho.docx"))


def test_headings_alone_are_not_this_report():
    """Section I's heading and numbered headings without the committee's scores are not enough."""
    text = "\n".join(line for line in document_text().split("\n") if not line.startswith("委員評価"))
    assert not plan_report.detect(text)
