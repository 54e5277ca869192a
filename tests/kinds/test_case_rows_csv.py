"""Cases one a row, saved as a CSV export (UTF-8 with BOM, CRLF, every field quoted, commas inside 概要): read as
the case table it is, the file's name its title, a 「…の変化」 column the case's effect written with its heading,
and 「導入年度」 the year each began (「令和3年度以降に導入した」)."""
from __future__ import annotations

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

CSV = "\r\n".join([
    '"No","自治体名","都道府県","取組名","概要","導入年度","収納率の変化（現年度分）"',
    '"1","北川市","宮城県","スマホ決済","PayPay、LINE Pay等に対応し、24時間納付可能とした","令和2年度","+0.4ポイント"',
    '"2","若松町","静岡県","早期催告","未納者に、電話・SMSで催告した","令和3年度","+0.8ポイント"',
    '"3","東浜市","福岡県","SMS催告","携帯電話番号を把握している未納者に、SMSで納付を呼びかけた","令和4年度","+0.5ポイント"',
]) + "\r\n"


def _assistant(tmp_path):
    folder = tmp_path / "資料"
    folder.mkdir()
    (folder / "他市の収納事例（CSV出力）.txt").write_bytes("\ufeff".encode() + CSV.encode("utf-8"))
    build_index([folder], tmp_path / "g.db")
    reader = open_index(tmp_path / "g.db")
    return reader, Assistant(reader)


def test_csv_export_of_cases_is_a_case_table(tmp_path):
    reader, assistant = _assistant(tmp_path)
    kind, title = reader.execute("SELECT kind, title FROM documents").fetchone()
    assert (kind, title) == ("case_studies", "他市の収納事例（CSV出力）")
    effects = [r[0] for r in reader.execute("SELECT effects FROM case_study ORDER BY line")]
    assert effects[0] == "収納率の変化（現年度分）：+0.4ポイント"
    answer = assistant.ask("他自治体の事例のうち、令和３年度以降に導入したのはどこ？")
    assert [r["key"] for r in answer.rows] == ["case_study:2", "case_study:3"], answer.summary
