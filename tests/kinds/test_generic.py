"""Generic loader: any text → headings, paragraphs and table rows as passages, in linear time."""
from __future__ import annotations

from dataclasses import replace

from assistant.kinds.generic import loader as generic
from tests.kinds.helpers import CORPUS, corpus_text


def _texts(doc) -> list[tuple[str, str, int]]:
    return [(p.field, p.text, p.line) for p in doc.passages]


def test_detect_accepts_everything() -> None:
    assert generic.detect("")
    assert generic.detect("なんでも")
    for path in CORPUS.glob("*.txt"):
        assert generic.detect(corpus_text(path.name))


def test_headings_paragraphs_and_record() -> None:
    text = "# 行政改革の方針\n\n本市では事務の\n効率化を進める。\n\n■ 重点項目\n\n窓口の一元化\n\nこれは段落です。\n"
    doc = generic.parse(text, "plan.md")
    assert doc.kind == "generic"
    assert doc.title == "行政改革の方針"
    assert len(doc.records) == 1
    record = doc.records[0]
    assert (record.kind, record.code, record.key) == ("doc", "plan.md", "doc:plan.md")
    assert record.fields["title"] == "行政改革の方針"
    assert all(p.key == "doc:plan.md" and p.source == "plan.md" for p in doc.passages)
    assert _texts(doc) == [
        ("heading", "行政改革の方針", 1),
        ("text", "本市では事務の効率化を進める。", 3),
        ("heading", "■ 重点項目", 6),
        ("heading", "窓口の一元化", 8),  # a short line standing alone
        ("text", "これは段落です。", 10),
    ]


def test_tab_table_rows_carry_headers() -> None:
    text = "事業一覧\n\n番号\t事業名\t担当課\n1\t窓口改革\t市民課\n2\t\t財政課\n"
    doc = generic.parse(text, "t.txt")
    tables = [(p.text, p.line) for p in doc.passages if p.field == "table"]
    assert tables == [
        ("番号 / 事業名 / 担当課", 3),
        ("番号: 1 / 事業名: 窓口改革 / 担当課: 市民課", 4),
        ("番号: 2 / 担当課: 財政課", 5),
    ]
    assert doc.records[0].fields["tables"] == 1


def test_pipe_table_skips_separator() -> None:
    text = "| 期 | 年度 |\n|---|---|\n| 第5期 | 29～31年度 |\n"
    doc = generic.parse(text, "t.md")
    assert [p.text for p in doc.passages if p.field == "table"] == ["期 / 年度", "期: 第5期 / 年度: 29～31年度"]


def test_plan_report_as_generic_finds_words() -> None:
    text = corpus_text("002_388add96d06013c9.txt")
    doc = generic.parse(text, "002.txt")
    assert doc.title == "苫小牧市行政創革プラン"
    assert any(p.field == "table" and "37億6千万円" in p.text for p in doc.passages)
    assert any("全体最適" in p.text for p in doc.passages)


def test_renamed_copy_gives_identical_passages() -> None:
    text = corpus_text("001_c52443f5e17d354b.txt")
    first = generic.parse(text, "a.txt")
    second = generic.parse(text, "b.txt")
    assert [replace(p, source="x", key="k") for p in first.passages] == [replace(p, source="x", key="k") for p in second.passages]


def test_many_short_lines() -> None:
    text = "\n".join(f"行{i}です" for i in range(100_000))
    doc = generic.parse(text, "short.txt")
    assert doc.records[0].fields["lines"] == 100_000
    joined = "".join(p.text for p in doc.passages)
    assert "行99999です" in joined and "行0です" in joined
    assert max(len(p.text) for p in doc.passages) <= 2000


def test_extremely_long_line() -> None:
    text = "あ" * 3_000_000 + "終わり"
    doc = generic.parse(text, "long.txt")
    assert all(len(p.text) <= 2000 and p.line == 1 for p in doc.passages)
    assert doc.passages[-1].text.endswith("終わり")


def test_table_with_thousands_of_columns() -> None:
    header = "\t".join(f"列{i}" for i in range(5000))
    row = "\t".join(f"値{i}" for i in range(5000))
    doc = generic.parse(f"{header}\n{row}\n", "wide.tsv")
    rows = [p for p in doc.passages if p.field == "table" and p.line == 2]
    joined = " / ".join(p.text for p in rows)
    assert "列0: 値0" in joined and "列4999: 値4999" in joined
    assert all(len(p.text) <= 2000 for p in doc.passages)


def test_deeply_repeated_headings() -> None:
    text = "## 見出し\n本文。\n" * 50_000
    doc = generic.parse(text, "h.md")
    assert doc.records[0].fields["headings"] == 50_000
    assert sum(1 for p in doc.passages if p.field == "heading") == 50_000


def test_twenty_megabytes_of_text() -> None:
    block = "第1章 総則\n\nこの文書は行政改革の取組を記録する。\n項目\t内容\n予算\t100万円\n\n"
    text = block * (20_000_000 // len(block.encode("utf-8")) + 1)
    doc = generic.parse(text, "big.txt")
    assert doc.records[0].fields["lines"] == text.count("\n")
    assert any(p.text == "項目: 予算 / 内容: 100万円" for p in doc.passages[:20])


def test_empty_text() -> None:
    doc = generic.parse("", "empty.txt")
    assert doc.passages == []
    assert doc.records[0].fields["title"] == "empty.txt"
