"""Formula injection: text from an ingested document that looks like a formula is never run."""
from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from assistant.export import answer_table, render_answer, write_answer
from tests.export_helpers import markdown_tables, read_csv

HYPERLINK = '=HYPERLINK("http://example.invalid","x")'
PLUS = "+1+1 HYPERLINK の件"


@pytest.fixture(scope="module")
def injected(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index

    folder = tmp_path_factory.mktemp("inject")
    (folder / "a_リンク.txt").write_text(f"{HYPERLINK}\n\n住民説明会のメモ\n", encoding="utf-8")
    (folder / "b_計算.txt").write_text(f"{PLUS}\n\n-A と @SUM(A1) HYPERLINK\n", encoding="utf-8")
    index = folder / "gyokaku.db"
    summary = build_index([folder / "a_リンク.txt", folder / "b_計算.txt"], index)
    assert not summary.skipped
    db = open_index(index)
    answer = Assistant(db).ask("HYPERLINK")
    assert answer.error is None
    cells = [c for row in answer_table(answer)[1] for c in row]
    assert HYPERLINK in cells and PLUS in cells, cells  # the passages really reached the table
    return answer, db


def test_csv_neutralises(injected, tmp_path):
    answer, _ = injected
    rows = read_csv(write_answer(answer, "csv", tmp_path / "x.csv"))
    cells = [c for r in rows for c in r]
    assert "'" + HYPERLINK in cells and "'" + PLUS in cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells)


def test_xlsx_stores_strings_not_formulas(injected, tmp_path):
    answer, db = injected
    path = write_answer(answer, "xlsx", tmp_path / "x.xlsx", db=db)
    wb = openpyxl.load_workbook(path)
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    assert cell.quotePrefix
                    seen.add(cell.value)
                assert cell.data_type != "f"
    assert HYPERLINK in seen and PLUS in seen
    assert any(v.startswith("-A") for v in seen)  # the excerpt sheet too
    raw = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_markdown_neutralises(injected):
    answer, db = injected
    text = render_answer(answer, "md", db=db).decode("utf-8")
    cells = [c for r in markdown_tables(text)[0] for c in r]
    assert "'" + HYPERLINK in cells and "'" + PLUS in cells
    assert "'-A と @SUM(A1) **HYPERLINK**" in text


def test_json_keeps_the_data(injected):
    answer, _ = injected
    assert HYPERLINK in render_answer(answer, "json").decode("utf-8").replace('\\"', '"')
