"""Exports: the shared table, CSV (UTF-8 BOM / CP932), XLSX, Markdown and JSON, read back and compared."""
from __future__ import annotations

import io
import json

import openpyxl
import pytest

import assistant as pkg
from assistant.errors import ExportError
from assistant.export import answer_table, render_answer, write_answer
from assistant.export.cells import column_width, display_width, is_formula_like, neutralise, to_cp932
from assistant.export.markdown_writer import escape_inline
from assistant.query.answer import Answer
from tests.export_helpers import (expected_csv, markdown_tables, read_csv, read_sheet, same_cell)

REAL_QUESTIONS = ["R4に終了した実践項目", "部署別の実践項目の件数", "ふるさと納税に触れた委員の意見", "R1に終了した実践項目",
                  "資料の食い違い"]


def sample_answer() -> Answer:
    return Answer(
        question="テスト用の質問",
        target="practice",
        understood=[{"field": "ended", "op": "=", "value": "R4", "label": "取組終了 = R4"}],
        summary="2件です。",
        count=2,
        columns=["code", "title", "r5", "total", "departments", "committee_score"],
        rows=[
            {"key": "practice:N16", "code": "N16", "title": "A, \"B\"\n改行あり | 縦線", "r5": "-", "total": -3,
             "departments": ["(総)行政監理室", "(財)納税課"], "committee_score": 4.5, "source": "a.txt", "line": 7},
            {"key": "practice:27", "code": "27", "title": "=1+2", "r5": "A", "total": 12, "departments": [],
             "committee_score": None, "source": "a.txt", "line": 8},
        ],
        excerpts=[{"key": "practice:N16", "source": "a.txt", "line": 7, "text": "@cmd 抜粋", "field": "title",
                   "highlights": [[1, 4]]}],
    )


# ---------------------------------------------------------------- the shared table
def test_answer_table_columns_labels_and_list_join():
    headers, rows = answer_table(sample_answer())
    assert headers == ["キー", "番号", "名称", "R5評価", "合計", "担当部署", "委員評価", "出典", "行"]
    assert rows[0] == ["practice:N16", "N16", "A, \"B\"\n改行あり | 縦線", "-", -3, "(総)行政監理室、(財)納税課", 4.5,
                       "a.txt", 7]
    assert rows[1][5] == "" and rows[1][6] == ""
    keys, _ = answer_table(sample_answer(), english_keys=True)
    assert keys == ["key", "code", "title", "r5", "total", "departments", "committee_score", "source", "line"]


def test_grouped_answer_is_group_and_count():
    a = Answer(question="q", target="practice", columns=["group", "count"],
               rows=[{"key": "group:x", "group": "x", "count": 3}])
    assert answer_table(a) == (["区分", "件数"], [["x", 3]])


def test_duplicate_labels_are_told_apart():
    a = Answer(question="q", target="x", columns=["title", "name"], rows=[{"key": "k", "title": "t", "name": "n"}])
    headers, _ = answer_table(a)
    assert headers[1:3] == ["名称(title)", "名称(name)"]


# ---------------------------------------------------------------- cells
@pytest.mark.parametrize("text", ["=1+2", "+1+1", "-A", "@SUM(A1)", "\tx", "\rx", "＝１", "-2+3", "=HYPERLINK(\"x\")"])
def test_formula_like_text_is_neutralised(text):
    assert is_formula_like(text)
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["-", "－", "-3", "+1.5", "A", "R4", "N16", "", "a=b", -3, 4.5, 0])
def test_safe_values_are_kept(value):
    assert neutralise(value) == value


def test_display_width_counts_wide_characters_twice():
    assert display_width("abc") == 3
    assert display_width("実践項目") == 8
    assert column_width(["あ" * 100]) == 60
    assert column_width(["ab"]) == 6
    assert column_width(["短い\n" + "長い行" * 5]) == 32


def test_cp932_maps_equivalents_and_reports_replacements():
    replaced: dict[str, int] = {}
    out = to_cp932("〜−①𠮷𠮷😀", replaced)
    assert out == "～－①〓〓〓"
    assert replaced == {"𠮷": 2, "😀": 1}
    out.encode("cp932")


def test_markdown_escape():
    assert escape_inline("a|b\nc") == "a\\|b<br>c"
    assert escape_inline("file_name.txt _x_ <b>") == "file_name.txt \\_x\\_ &lt;b&gt;"


# ---------------------------------------------------------------- writers on a hand-made answer
def test_csv_utf8_bom_crlf_quoting(tmp_path):
    path = write_answer(sample_answer(), "csv", tmp_path / "回答.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.split(b"\r\n")[0].decode("utf-8-sig").startswith("キー,番号")
    assert b'"A, ""B""\n' in data  # RFC 4180 quoting, line break inside the cell kept
    rows = read_csv(path)
    assert rows == expected_csv(*answer_table(sample_answer()))
    assert rows[2][2] == "'=1+2" and rows[1][3] == "-" and rows[1][4] == "-3"


def test_csv_cp932_replaces_visibly_and_warns(tmp_path):
    a = sample_answer()
    a.rows[0]["title"] = "𠮷野家〜"
    warnings: list[str] = []
    path = write_answer(a, "csv", tmp_path / "cp.csv", encoding="cp932", warnings=warnings)
    rows = read_csv(path, "cp932")
    assert rows[0][0] == "キー"
    assert rows[1][2] == "〓野家～"
    assert len(warnings) == 1 and "𠮷" in warnings[0] and "U+20BB7" in warnings[0]


def test_english_keys_in_csv():
    rows = read_csv(render_answer(sample_answer(), "csv", english_keys=True))
    assert rows[0][:3] == ["key", "code", "title"]


def test_xlsx_types_styles_and_sheets(tmp_path):
    path = write_answer(sample_answer(), "xlsx", tmp_path / "回答.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["回答", "条件", "抜粋"]
    ws = wb["回答"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I3"
    assert all(c.font.bold for c in ws[1])
    assert ws["B2"].value == "N16" and ws["B2"].data_type == "s"
    assert ws["B3"].value == "27" and ws["B3"].data_type == "s"  # a code stays text
    assert ws["D2"].value == "-" and ws["D2"].data_type == "s"
    assert ws["E2"].value == -3 and ws["E2"].data_type == "n"
    assert ws["G2"].value == 4.5
    assert ws["C3"].value == "=1+2" and ws["C3"].data_type == "s" and ws["C3"].quotePrefix
    assert ws["C2"].alignment.wrap_text
    assert 6 <= ws.column_dimensions["C"].width <= 60
    assert ws.column_dimensions["F"].width >= display_width("(総)行政監理室、(財)納税課")
    cond = dict((r[0], r[1]) for r in read_sheet(path, "条件") if r[0])
    assert cond["質問"] == "テスト用の質問" and cond["条件"] == "取組終了 = R4" and cond["gyokaku の版"] == pkg.__version__
    ex = read_sheet(path, "抜粋")
    assert ex == [["キー", "出典", "行", "本文"], ["practice:N16", "a.txt", 7, "@cmd 抜粋"]]
    assert wb["抜粋"]["D2"].data_type == "s"


def test_markdown_table_renders():
    text = render_answer(sample_answer(), "md").decode("utf-8")
    assert text.startswith("# テスト用の質問")
    assert "- 条件: 取組終了 = R4" in text
    assert "\\|" in text and "<br>" in text
    headers, rows = answer_table(sample_answer())
    (table,) = markdown_tables(text)
    assert table == [[str(neutralise(c)) for c in r] for r in [headers] + rows]
    assert "'@cmd **抜粋**" not in text and "'@**cmd**" in text  # highlighted excerpt, neutralised


def test_json_is_the_answer_contract():
    data = json.loads(render_answer(sample_answer(), "json"))
    assert data == json.loads(json.dumps(sample_answer().to_dict()))
    assert "テスト用の質問" in render_answer(sample_answer(), "json").decode("utf-8")  # ensure_ascii=False


# ---------------------------------------------------------------- paths and stdout
def test_existing_path_needs_force(tmp_path):
    path = tmp_path / "既存.csv"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError, match="既にあります。上書きするには --force を付けてください"):
        write_answer(sample_answer(), "csv", path)
    assert path.read_text(encoding="utf-8") == "old"
    write_answer(sample_answer(), "csv", path, force=True)
    assert read_csv(path)[0][0] == "キー"
    assert [p.name for p in tmp_path.iterdir()] == ["既存.csv"]  # no temporary file left behind


def test_missing_folder_is_named(tmp_path):
    missing = tmp_path / "ない"
    with pytest.raises(ExportError, match="フォルダ .*ない がありません"):
        write_answer(sample_answer(), "md", missing / "a.md")


def test_directory_as_output(tmp_path):
    with pytest.raises(ExportError, match="フォルダです"):
        write_answer(sample_answer(), "csv", tmp_path)


def test_xlsx_without_output_is_refused():
    with pytest.raises(ExportError, match="-o"):
        write_answer(sample_answer(), "xlsx", None)


def test_text_formats_go_to_stdout_without_bom():
    out = io.StringIO()
    assert write_answer(sample_answer(), "csv", None, stdout=out) is None
    assert out.getvalue().startswith("キー,")
    out = io.StringIO()
    write_answer(sample_answer(), "json", None, stdout=out)
    assert json.loads(out.getvalue())["question"] == "テスト用の質問"


def test_format_from_suffix(tmp_path):
    path = write_answer(sample_answer(), None, tmp_path / "a.md")
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_error_answer_is_not_a_table(tmp_path):
    bad = Answer(question="？？", error="質問を理解できませんでした。")
    with pytest.raises(ExportError, match="質問を理解できませんでした"):
        write_answer(bad, "csv", tmp_path / "e.csv")
    assert not (tmp_path / "e.csv").exists()
    assert json.loads(write_answer(bad, "json", tmp_path / "e.json").read_text(encoding="utf-8"))["error"]


# ---------------------------------------------------------------- real answers from the real index
@pytest.fixture(scope="module")
def real_answers(db):
    from assistant.query.conversation import Assistant

    out = {}
    for q in REAL_QUESTIONS:
        bot = Assistant(db)
        out[q] = bot.ask(q)
        assert out[q].error is None, (q, out[q].error)
    return out


def test_real_answers_have_the_expected_shape(real_answers):
    assert real_answers["R4に終了した実践項目"].count > 0
    assert real_answers["部署別の実践項目の件数"].columns == ["group", "count"]
    assert real_answers["ふるさと納税に触れた委員の意見"].excerpts
    assert real_answers["R1に終了した実践項目"].rows == []


@pytest.mark.parametrize("question", REAL_QUESTIONS)
@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932"])
def test_real_csv_round_trip(real_answers, tmp_path, question, encoding):
    answer = real_answers[question]
    path = write_answer(answer, "csv", tmp_path / f"{question}.csv", encoding=encoding)
    headers, rows = answer_table(answer)
    expected = expected_csv(headers, rows)
    if encoding == "cp932":
        expected = [[to_cp932(c) for c in r] for r in expected]
    got = read_csv(path, encoding)
    assert got == expected
    assert len(got) == len(answer.rows) + 1


@pytest.mark.parametrize("question", REAL_QUESTIONS)
def test_real_xlsx_round_trip(real_answers, db, tmp_path, question):
    answer = real_answers[question]
    path = write_answer(answer, "xlsx", tmp_path / f"{question}.xlsx", db=db)
    headers, rows = answer_table(answer)
    got = read_sheet(path, "回答")
    assert got[0] == headers
    assert len(got) == len(rows) + 1
    for got_row, row in zip(got[1:], rows):
        for g, e in zip(got_row, row):
            assert same_cell(g, e), (g, e)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["回答", "条件"]
    assert ("抜粋" in wb.sheetnames) == bool(answer.excerpts)
    cond = read_sheet(path, "条件")
    first = {r[0]: r[1] for r in cond if r[0]}
    assert first["質問"] == question
    assert [r[1] for r in cond if r[0] == "条件"] == ([u["label"] for u in answer.understood] or ["（なし）"])
    assert first["回答"] == answer.summary
    assert first["作成日時"] and first["gyokaku の版"] == pkg.__version__
    from assistant.store.search import corpus_hashes

    hashes = corpus_hashes(db)
    start = next(i for i, r in enumerate(cond) if r[0] == "資料ファイル")
    assert cond[start][1] == "SHA-256"
    assert {r[0]: r[1] for r in cond[start + 1:]} == hashes and hashes
    if answer.excerpts:
        ex = read_sheet(path, "抜粋")
        assert ex[1:] == [[e["key"], e["source"], e["line"], e["text"]] for e in answer.excerpts]


@pytest.mark.parametrize("question", REAL_QUESTIONS)
def test_real_markdown(real_answers, db, question):
    answer = real_answers[question]
    text = render_answer(answer, "md", db=db).decode("utf-8")
    assert text.startswith(f"# {question}")
    for u in answer.understood:
        assert u["label"] in text
    headers, rows = answer_table(answer)
    tables = markdown_tables(text)
    assert tables == [[[str(neutralise(c)) for c in r] for r in [headers] + rows]]
    if answer.excerpts:
        assert "## 抜粋" in text


@pytest.mark.parametrize("question", REAL_QUESTIONS)
def test_real_json(real_answers, tmp_path, question):
    answer = real_answers[question]
    path = write_answer(answer, "json", tmp_path / "a.json")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(answer.to_dict(), default=str))
    assert question in path.read_text(encoding="utf-8")
