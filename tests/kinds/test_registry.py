"""The kinds' declarations and what the registry derives from them."""
from __future__ import annotations

import sqlite3

from assistant.kinds import registry
from assistant.kinds.spec import Field
from assistant.labels import field_label, kind_label
from assistant.query import vocabulary
from assistant.store.schema import RECORD_BASE_COLUMNS


def _tables(index_path) -> dict[str, list[str]]:
    conn = sqlite3.connect(index_path)
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info([{name}])")]
        if tuple(cols[: len(RECORD_BASE_COLUMNS)]) == RECORD_BASE_COLUMNS:
            out[name] = cols[len(RECORD_BASE_COLUMNS):]
    return out


def test_every_stored_field_is_declared(index_path):
    """A field a loader writes but no kind declares would reach users as an English name."""
    for table, cols in _tables(index_path).items():
        rk = registry.record_kinds()[table]
        for col in cols:
            if col == registry.link_column(table):  # the declared parent's key
                assert field_label(col, table) == f"{kind_label(rk.parent[1])}のキー"
                continue
            assert rk.field(col) or rk.family(col), f"{table}.{col} is not declared in its kind's records.py"
            assert field_label(col, table) != col, f"{table}.{col} has no Japanese label"
        assert kind_label(table) != table


def test_year_fields_are_a_family_labelled_from_their_name():
    assert field_label("r4") == "R4評価"
    assert field_label("r12", "practice") == "R12評価"
    assert field_label("h30", "practice") == "H30評価"
    assert registry.display_columns("practice", {"r6", "r3", "r5", "r4", "title"})[:6] == \
        ["code", "initiative", "title", "r3", "r4", "r5"]


def test_question_words_come_from_the_declarations():
    declared = {(w, f.name) for rk in registry.record_kinds().values() for f in rk.fields
                if isinstance(f, Field) for w in f.words}
    labels = {(w, f.name) for rk in registry.record_kinds().values() for f in rk.fields
              if isinstance(f, Field) for w in (f.label, *(x[:-1] for x in (f.label, *f.words) if x.endswith("名")))}
    assert declared <= set(vocabulary.VALUE_FIELDS) <= declared | labels
    # Printed labels are words users say, with their short forms; two-character labels are not.
    assert ("事業の意義", "significance") in vocabulary.VALUE_FIELDS
    assert ("担当部", "department") in vocabulary.VALUE_FIELDS
    assert not any(w == "目的" for w, _ in vocabulary.VALUE_FIELDS)
    assert ("総合評価", "overall") in vocabulary.VALUE_FIELDS
    assert ("委員の意見", "comment") in vocabulary.KIND_WORDS
    lengths = [len(w) for w, _ in vocabulary.KIND_WORDS]
    assert lengths == sorted(lengths, reverse=True)  # 委員の意見 is taken before 意見


def test_links_and_wider_scope_follow_the_parent_declarations():
    assert vocabulary.LINKS[("practice", "sheet")] == "practice"
    assert vocabulary.LINKS[("initiative", "comment")] == "initiative"
    assert vocabulary.WIDER_SCOPE["practice"] == ["sheet", "sheet_entry", "self_eval", "challenge"]
    assert "practice" not in vocabulary.WIDER_SCOPE.get("initiative", [])


def test_each_kind_package_declares_records_and_a_loader():
    for module in registry.kinds():
        assert module.KIND and callable(module.detect) and callable(module.parse)
    assert set(registry.record_kinds()) >= {"practice", "initiative", "joint_project", "case_study", "program", "doc"}


def test_a_recognised_document_that_its_kind_cannot_read_is_read_as_generic():
    """Detected as the plan report (section I, practice items, progress sheets) but cut before section I
    ends: the generic kind reads it, and a note says why, instead of losing the file."""
    from assistant.kinds import registry
    from tests.kinds.helpers import corpus_text

    lines = corpus_text("002_388add96d06013c9.txt").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("I 取組項目別の評価について"))
    cut = "\n".join(lines[:start + 3])
    assert registry.detect(cut).__name__.endswith("plan_report.loader")
    doc = registry.parse(cut, "cut.txt")
    assert doc.kind == "generic" and doc.records
    assert any(w.kind == "other_kind" and "汎用の文書として読みました" in w.note for w in doc.warnings)


def test_a_folders_readme_is_not_a_document(tmp_path):
    from assistant.store.build import collect_files

    (tmp_path / "README.md").write_text("# この資料集について\n", encoding="utf-8")
    (tmp_path / "report.txt").write_text("本文\n", encoding="utf-8")
    assert [p.name for p in collect_files([tmp_path])] == ["report.txt"]
