"""Inputs to survive: any question (thousands of generated ones per run, in the library and through
the CLI), odd documents, odd export paths. Always an Answer or a clear Japanese message; never an
exception or a traceback; never a change to the index file.

tests/test_fuzz_questions.py covers short text and a list of FTS/SQL tokens; this file adds all of
Unicode including lone surrogates, questions built from the index's own vocabulary and grammar
(which reach the parser's condition, aggregate and follow-up paths), whole conversations, and
the CLI with bytes that are not UTF-8.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.query.answer import Answer
from tests.robustness_helpers import ROOT, assert_clean_failure, cli, cli_env, sha256

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                      HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def unchanged_index(index_path):
    """The session index, asserted byte-identical after every test of this module that asks."""
    before = sha256(index_path)
    yield index_path
    assert sha256(index_path) == before, "asking changed the index file"


@pytest.fixture(scope="module")
def module_db(unchanged_index):
    from assistant.store.search import open_index

    return open_index(unchanged_index)


def _check(answer) -> None:
    assert isinstance(answer, Answer)
    assert isinstance(answer.summary, str) and answer.summary
    d = answer.to_dict(explain=True)
    # what `ask --json` prints must be valid UTF-8 (a lone surrogate would end in UnicodeEncodeError)
    json.dumps(d, ensure_ascii=False, default=str).encode("utf-8")
    if answer.error:
        assert re.search("[ぁ-んァ-ン一-龥]", answer.error), answer.error  # a Japanese message


# --- generated questions ------------------------------------------------------------------------

# Every Unicode category, lone surrogates (Cs: a broken terminal's surrogateescape) included.
ANY_CHAR = st.one_of(
    st.characters(codec=None, exclude_categories=()),
    st.integers(0xD800, 0xDFFF).map(chr),
    st.sampled_from(list("\x00\x1b\u200b\u200d\u202e\ufeff\ufffd\u3000\u0301\U0001f468\u2028")),
)


@settings(FUZZ, max_examples=1000)
@given(q=st.text(alphabet=ANY_CHAR, max_size=200))
def test_any_unicode_question(module_db, q):
    from assistant.query.conversation import Assistant

    _check(Assistant(module_db).ask(q))


GRAMMAR = ["の", "で", "が", "は", "を", "に", "と", "や", "から", "まで", "以上", "以下", "未満", "より大きい",
           "件数", "平均", "最大", "最小", "合計", "一覧", "部署別", "年度別", "上位3件", "上位0件", "上位99999件",
           "順", "多い順", "は？", "とは", "それ", "その中で", "さらに", "そのうち", "ではなく", "以外",
           "R4", "R0", "R99", "令和4年度", "令和元年", "平成17年度", "H17", "2022年度", "1900年", "No.17", "No.",
           "No.N16", "N99", "4.5", "-1", "0", "99999999999999999999", "1e309", "NaN", "inf", "０．５", "Ｂ", "B",
           "A", "D", "E", "-", "実践項目", "取組項目", "委員の意見", "委員評価", "総合評価", "取組終了", "担当",
           "連携事業", "事例", "事務事業", "記事", "質問", "食い違い", "課題", "特記事項", "進捗状況シート",
           "ふるさと納税", "デジタル", "AI", "京都", "東京都", "苦小牧", "介護保険課", "納税課", "岡山市", "倉敷市"]


@pytest.fixture(scope="module")
def vocabulary(module_db) -> list[str]:
    from assistant.query.lexicon import load_lexicon

    lex = load_lexicon(module_db)
    words: list[str] = []
    for name in ("departments", "practice_titles", "initiative_titles", "joint_titles", "places",
                 "program_names", "case_topics", "subcommittees"):
        value = getattr(lex, name, None) or []
        items = list(value.keys() if isinstance(value, dict) else value)
        if items and isinstance(items[0], tuple):  # titles: (code, source) -> title
            items = list(value.values())
        words.extend(str(w) for w in items[:40])
    return sorted(set(words)) or ["実践項目"]


@settings(FUZZ, max_examples=300)
@given(data=st.data())
def test_conversations_of_known_words(module_db, vocabulary, data):
    """Questions made of the index's own words and the question grammar, asked one after another
    in one conversation (each may be taken as a follow-up of the previous answer)."""
    from assistant.query.conversation import Assistant

    word = st.one_of(st.sampled_from(GRAMMAR), st.sampled_from(vocabulary), st.text(max_size=3))
    question = st.lists(word, min_size=1, max_size=8).map(lambda ws: "".join(ws))
    spaced = st.lists(word, min_size=1, max_size=8).map(lambda ws: " ".join(ws))
    turns = data.draw(st.lists(st.one_of(question, spaced), min_size=1, max_size=4))
    assistant = Assistant(module_db)
    for turn in turns:
        _check(assistant.ask(turn))
    assistant.reset()
    _check(assistant.ask(turns[0]))


SYNTAX = ['"', "'", "*", "^", "(", ")", ":", "-", "+", "NEAR(", "NEAR/2", "AND", "OR", "NOT", "{", "}",
          "passages_tri:", "norm:", "terms:", "rowid", "MATCH", "'; DROP TABLE practice; --", "\"; DELETE FROM",
          "' OR '1'='1", "UNION SELECT * FROM meta --", "%", "_", "\\", "/*", "*/", "?", "?1", ":name",
          "@p", "$x", "PRAGMA writable_schema=1;", "ATTACH DATABASE '/tmp/x' AS x;", "x'00'", "CAST(",
          "\x00", "\x1b[2J", "\r\n", "\t", "\u3000", "　", "｜", "＊", "＂", "（", "）", "…", "・", "〜"]


@settings(FUZZ, max_examples=500)
@given(parts=st.lists(st.one_of(st.sampled_from(SYNTAX), st.sampled_from(GRAMMAR),
                                st.text(alphabet=st.characters(categories=["P", "S", "Z", "C"]), max_size=4)),
                      max_size=25),
       joiner=st.sampled_from(["", " ", "　", "の"]))
def test_query_syntax_and_punctuation(module_db, parts, joiner):
    from assistant.query.conversation import Assistant

    _check(Assistant(module_db).ask(joiner.join(parts)))


LONG_AND_ODD = [
    "あ" * 100_000,
    "R4に終了した実践項目" * 10_000,
    "a" * 100_000,
    "実践項目 " * 20_000,
    " " * 1000,
    "\u3000" * 1000,
    "\n\t\r" * 100,
    "。、！？…「」（）" * 500,
    "".join(chr(c) for c in range(0x21, 0x7f)) * 100,
    "".join(chr(c) for c in range(0x00, 0x20)),
    "\x7f\x80\x9f",
    "e\u0301" * 5000,  # combining marks
    "\U0001f468\u200d\U0001f469\u200d\U0001f467" * 500,  # emoji ZWJ sequences
    "\u202e実践項目\u202c",  # right-to-left override
    "\udcff\udcfe",  # surrogate escapes
    "\ud800R4に終了\udfff",
    "'; DROP TABLE practice; --",
    '"実践項目" OR 1=1',
    "NEAR(実践 項目, 2)",
    "* " * 1000,
    "No." + "9" * 5000,
    "上位" + "9" * 400 + "件",
]


@pytest.mark.parametrize("q", LONG_AND_ODD, ids=range(len(LONG_AND_ODD)))
def test_long_and_odd_questions(module_db, q):
    from assistant.query.conversation import Assistant

    assistant = Assistant(module_db)
    _check(assistant.ask(q))
    _check(assistant.ask("その中で" + q[:1000]))  # as a follow-up too


# --- the CLI ------------------------------------------------------------------------------------


def _run_bytes(*args: bytes, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([os.fsencode(sys.executable), b"-m", b"assistant", *args], capture_output=True,
                          env=env or cli_env(), cwd=ROOT, timeout=120)


def test_cli_arguments_that_are_not_utf8(unchanged_index):
    """A broken terminal passes bytes that are not UTF-8; Python turns them into surrogate escapes."""
    index = os.fsencode(unchanged_index)
    args = (b"\xff\xfe", b"R4\xe3\x81", b"\xed\xa0\x80", b"\xe5\xae\x9f\xff\xe8\xb7\xb5", b"\x1b[31m\xe5\xae\x9f",
            b"\xc0\xaf'; DROP TABLE practice; --")
    for extra in ((b"--json",), (b"--explain",), ()):
        r = _run_bytes(b"ask", b"--index", index, *extra, *args)
        assert r.returncode == 0, (extra, r.stderr.decode("utf-8", "replace"))
        assert b"Traceback" not in r.stderr
        out = r.stdout.decode("utf-8")  # valid UTF-8, whatever came in
        if extra:
            assert len(json.loads(out)) == len(args)


def test_cli_odd_questions(unchanged_index):
    questions = ["   ", "。、！？", "\x01\x02\x03", "'; DROP TABLE practice; --", 'NEAR("実践" 項目)',
                 "a" * 100_000, "\u202e実践項目", "\U0001f600" * 100]
    r = cli("ask", "--index", str(unchanged_index), "--json", *questions)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    answers = json.loads(r.stdout)
    assert len(answers) == len(questions)
    assert answers[0]["error"]  # only spaces: asked to type a question, in Japanese
    r = cli("ask", "--index", str(unchanged_index), *questions[:6])  # rendered with rich too
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    r = cli("ask", "--index", str(unchanged_index))
    assert_clean_failure(r, "質問を指定してください")


def test_cli_batch_of_odd_lines(unchanged_index, tmp_path):
    """--batch with 100 000-character questions (longer than one argv entry may be, and runs of one word), broken JSON
    lines, wrong types and bytes that are not UTF-8."""
    batch = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": 1, "turns": ["あ" * 100_000, "R4に終了した実践項目"]}, ensure_ascii=False).encode(),
        b'{"id": 2, "turns": "not a list"}',
        b'{"id": 3}',
        b"{broken json",
        b'{"id": 5, "turns": [null, 3, {"a": 1}, ["x"]]}',
        b'{"id": 6, "turns": ["\xff\xfe R4"]}',
        b"[1, 2, 3]",
        b'"just a string"',
        b"",
        json.dumps({"id": 10, "turns": ["\ud800", "\x00"]}).encode(),
        # long runs that once took minutes (a regex backtracking over a run of kana, name candidates
        # cubic in the の of a run)
        json.dumps({"id": 11, "turns": ["の" * 100_000, "市の" * 50_000, "課の" * 50_000]}, ensure_ascii=False).encode(),
    ]
    batch.write_bytes(b"\n".join(lines) + b"\n")
    r = cli("ask", "--index", str(unchanged_index), "--batch", str(batch))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    results = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(results) == 10  # one per non-blank line
    for item in results:
        for answer in item["answers"]:
            assert isinstance(answer["summary"], str)


@pytest.mark.parametrize("encoding", ["cp932", "ascii"])
def test_cli_terminal_that_cannot_show_every_character(unchanged_index, encoding):
    """A Japanese Windows console (cp932) or an ASCII-only terminal: characters it cannot show are
    replaced, never a UnicodeEncodeError traceback."""
    for extra in ((), ("--json",)):
        r = subprocess.run([sys.executable, "-m", "assistant", "ask", "--index", str(unchanged_index), *extra,
                            "𠮷野家の😀について"], capture_output=True, cwd=ROOT, timeout=120,
                           env=cli_env(PYTHONIOENCODING=encoding))
        assert r.returncode == 0 and b"Traceback" not in r.stderr, r.stderr.decode("utf-8", "replace")
        r.stdout.decode(encoding)  # what was printed is in the terminal's encoding
        if extra:
            assert json.loads(r.stdout.decode(encoding))[0]["summary"]


# --- documents ----------------------------------------------------------------------------------

MARK = {  # file name -> a word only that document contains (None: must be refused)
    "long_line.txt": "長大行目印語",
    "many_lines.txt": "十万行目印語",
    "wide_tab_table.txt": "横長表目印語",
    "wide_pipe_table.txt": "縦棒表目印語",
    "headings.txt": "見出し目印語",
    "utf8.txt": "文字コード目印甲",
    "utf8_bom.txt": "文字コード目印乙",
    "cp932.txt": "文字コード目印丙",
    "euc_jp.txt": "文字コード目印丁",
    "utf16_le.txt": "文字コード目印戊",
    "utf16_be.txt": "文字コード目印己",
    "iso2022jp.txt": "文字コード目印庚",
    "crlf_cr_mix.txt": "改行混在目印語",
    "punctuation_only.txt": None,  # no searchable word, but a document
    "empty.txt": None,
    "blank.txt": None,
    "binary.bin": None,
    "nul_bytes.txt": None,
    "controls.txt": None,
    "latin1.txt": "Ærøskøbing",  # neither UTF-8 nor Japanese: accepted by charset detection
}
REFUSED = {"empty.txt", "blank.txt", "binary.bin", "nul_bytes.txt", "controls.txt"}


def _odd_documents(folder: Path) -> None:
    folder.mkdir(parents=True)
    unit = "ふるさと納税の取組を進める長い行です"  # 18 characters
    body = (unit + "。。") * (3_400_000 // 20)  # ~10 MB of UTF-8 in one line
    cut = len(body) // 2
    (folder / "long_line.txt").write_text(body[:cut] + MARK["long_line.txt"] + body[cut:], encoding="utf-8")
    (folder / "many_lines.txt").write_text("".join(f"{i % 977}行目\n" for i in range(100_000))
                                           + MARK["many_lines.txt"] + "\n", encoding="utf-8")
    header = "\t".join(f"列{i}" for i in range(5000))
    row = "\t".join(f"値{i}" for i in range(5000))
    (folder / "wide_tab_table.txt").write_text(
        f"{header}\n{row}\n{row.replace('値4321', MARK['wide_tab_table.txt'])}\n", encoding="utf-8")
    pipe_row = "|" + "|".join(f"セル{i}" for i in range(3000)) + "|"
    (folder / "wide_pipe_table.txt").write_text(
        f"{pipe_row}\n|" + "---|" * 3000 + f"\n{pipe_row.replace('セル2999', MARK['wide_pipe_table.txt'])}\n",
        encoding="utf-8")
    (folder / "headings.txt").write_text(
        "".join("#" * (i % 6 + 1) + f" 見出し{i % 50}\n" for i in range(50_000))
        + "■ " + MARK["headings.txt"] + "\n" + "【見出し】\n" * 20_000, encoding="utf-8")
    text = "これは{}を含む文書です。市民協働について。\n"
    (folder / "utf8.txt").write_bytes(text.format(MARK["utf8.txt"]).encode("utf-8"))
    (folder / "utf8_bom.txt").write_bytes(codecs.BOM_UTF8 + text.format(MARK["utf8_bom.txt"]).encode("utf-8"))
    (folder / "cp932.txt").write_bytes(text.format(MARK["cp932.txt"]).encode("cp932"))
    (folder / "euc_jp.txt").write_bytes(text.format(MARK["euc_jp.txt"]).encode("euc-jp"))
    (folder / "utf16_le.txt").write_bytes(codecs.BOM_UTF16_LE + text.format(MARK["utf16_le.txt"]).encode("utf-16-le"))
    (folder / "utf16_be.txt").write_bytes(codecs.BOM_UTF16_BE + text.format(MARK["utf16_be.txt"]).encode("utf-16-be"))
    (folder / "iso2022jp.txt").write_bytes(text.format(MARK["iso2022jp.txt"]).encode("iso2022_jp"))
    (folder / "crlf_cr_mix.txt").write_bytes(
        ("一行目\r\n二行目\r三行目\n" + MARK["crlf_cr_mix.txt"] + "\r\n").encode("utf-8"))
    (folder / "punctuation_only.txt").write_text("。、！？…・" * 10_000 + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\n\t\r\n" * 1000)
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 400)
    (folder / "nul_bytes.txt").write_bytes("本文の途中に NUL\x00 があります。\n".encode("utf-8") * 50)
    (folder / "controls.txt").write_bytes(b"\x01\x02\x03\x04\x05abc" * 1000)
    (folder / "latin1.txt").write_bytes(
        ("Le café de la façade était fermé. Déjà vu à Ærøskøbing, où les élèves étudient le français "
         "et l'économie.\n").encode("latin-1") * 3)


@pytest.fixture(scope="module")
def odd_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd") / "資料"
    _odd_documents(folder)
    index = folder.parent / "odd.db"
    r = cli("ingest", "--index", str(index), str(folder))
    return folder, index, r


def test_odd_documents_ingested_or_refused_with_a_message(odd_index):
    folder, index, r = odd_index
    assert r.returncode == 1  # some were refused
    assert "Traceback" not in r.stderr, r.stderr
    refused = {Path(line.split("読み込めなかったファイル: ", 1)[1].split(" — ")[0]).name: line
               for line in r.stderr.splitlines() if "読み込めなかったファイル: " in line}
    assert set(refused) == REFUSED, refused
    for line in refused.values():
        assert re.search("(空|バイナリ|文字コード|制御文字)", line), line
    from tests.robustness_helpers import documents

    assert documents(index) == set(MARK) - REFUSED


@pytest.mark.parametrize("name", sorted(n for n, m in MARK.items() if m))
def test_odd_documents_are_searchable(odd_index, name):
    from assistant.query.conversation import Assistant
    from assistant.store.search import find_passages, open_index

    _, index, _ = odd_index
    db = open_index(index)
    hits = find_passages(db, MARK[name])
    assert [h["source"] for h in hits] == [name], hits
    answer = Assistant(db).ask(MARK[name])
    assert answer.error is None and answer.count >= 1, answer.to_dict()


def test_odd_documents_rebuild_is_stable(odd_index, tmp_path):
    """A second ingest of the same folder changes nothing (every document unchanged, none lost)."""
    folder, index, _ = odd_index
    copy = tmp_path / "copy.db"
    copy.write_bytes(index.read_bytes())
    r = cli("ingest", "--index", str(copy), str(folder))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"変更なし {len(MARK) - len(REFUSED)} 件" in r.stderr


# --- exports ------------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://example.invalid","x")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
            "＝１＋１", "\t=1", "=1\r"]


@pytest.fixture(scope="module")
def formula_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formula")
    doc = folder / "docs" / "数式.txt"
    doc.parent.mkdir()
    rows = "\n".join(f"数式目印\t{cell}" for cell in FORMULAS)
    doc.write_text(f"項目\t値\n{rows}\n\n数式目印の段落です。\n", encoding="utf-8")
    index = folder / "gyokaku.db"
    assert cli("ingest", "-q", "--index", str(index), str(doc.parent)).returncode == 0
    return index


def test_export_formula_like_cells_via_cli(formula_index, tmp_path):
    out = tmp_path / "出力 フォルダ" / "数式の結果 ①.csv"
    out.parent.mkdir()
    r = cli("ask", "--index", str(formula_index), "数式目印", "--format", "csv", "-o", str(out))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    text = out.read_bytes().decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    dangerous = [c for c in cells if c.startswith(("=", "+", "@", "\t", "\r", "＝", "＋", "＠"))
                 or (c.startswith("-") and c not in ("-",) and not re.fullmatch(r"-\d+(\.\d+)?", c))]
    assert dangerous == [], dangerous
    assert any("HYPERLINK" in c for c in cells)


def _export(index: Path, out: Path | str, *extra: str) -> subprocess.CompletedProcess:
    return cli("ask", "--index", str(index), "R4に終了した実践項目", "--format", "csv", "-o", str(out), *extra)


def test_export_to_odd_paths(unchanged_index, tmp_path):
    existing = tmp_path / "既存.csv"
    existing.write_text("keep", encoding="utf-8")
    assert_clean_failure(_export(unchanged_index, existing), "--force")
    assert existing.read_text(encoding="utf-8") == "keep"

    folder = tmp_path / "フォルダ.csv"
    folder.mkdir()
    assert_clean_failure(_export(unchanged_index, folder))
    assert_clean_failure(_export(unchanged_index, folder, "--force"))
    assert folder.is_dir()

    assert_clean_failure(_export(unchanged_index, tmp_path / "ない" / "x.csv"), "ない")
    a_file = tmp_path / "regular-file"
    a_file.write_text("x", encoding="utf-8")
    assert_clean_failure(_export(unchanged_index, a_file / "x.csv"))

    for name in ("日本語の名前.csv", "空白 と　全角空白.csv", "絵文字😀.csv", "①②③.csv", "-dash-first.csv",
                 "x" * 200 + ".csv"):
        out = tmp_path / name
        r = _export(unchanged_index, out)
        assert r.returncode == 0 and "Traceback" not in r.stderr, (name, r.stderr)
        assert out.read_bytes().startswith(codecs.BOM_UTF8)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gyokaku-")]  # no temp files left


def test_export_name_that_is_not_utf8(unchanged_index, tmp_path):
    out = os.fsencode(tmp_path) + b"/\xff\xfe-broken.csv"
    r = _run_bytes(b"ask", b"--index", os.fsencode(unchanged_index), "R4に終了した実践項目".encode(),
                   b"--format", b"csv", b"-o", out)
    assert r.returncode == 0 and b"Traceback" not in r.stderr, r.stderr.decode("utf-8", "replace")
    assert os.path.exists(out)


@pytest.mark.parametrize("where", ["/proc/gyokaku-robustness.csv", "long"])
def test_export_where_nothing_can_be_written(unchanged_index, tmp_path, where):
    """/proc (no file can be created there) and a 300-byte file name: a message, not an OSError."""
    out = tmp_path / ("長" * 100 + ".csv") if where == "long" else Path(where)  # 300 bytes: too long a name
    assert_clean_failure(_export(unchanged_index, out))


def test_export_over_the_index_itself(index_path, tmp_path):
    """`-o <the index file> --force` must not replace the index being read with a CSV."""
    index = tmp_path / "gyokaku.db"
    index.write_bytes(index_path.read_bytes())
    before = sha256(index)
    r = _export(index, index, "--force")
    assert sha256(index) == before
    assert_clean_failure(r)
