"""What the loader tests share: the shipped corpus files, and the checks every document kind passes."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from assistant.model import ParsedDocument

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def corpus_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def corpus_doc(loader: ModuleType, source: str) -> Any:
    """A module-scoped `doc` fixture: what `loader` makes of the shipped file `source`.

    In a test module: `doc = corpus_doc(case_studies, SOURCE)`."""

    @pytest.fixture(scope="module")
    def doc() -> ParsedDocument:
        return loader.parse(corpus_text(source), source)

    return doc


def assert_detects_only(loader: ModuleType, source: str) -> None:
    """The loader accepts its own shipped file and none of the others."""
    for path in sorted(CORPUS.glob("*.txt")):
        assert loader.detect(corpus_text(path.name)) is (path.name == source), path.name


def assert_renamed_copy_is_identical(loader: ModuleType, doc: ParsedDocument, source: str) -> None:
    """Parsing the same text under another file name changes nothing but the records' source."""
    other = loader.parse(corpus_text(source), "renamed.txt")
    assert [replace(r, source=source) for r in other.records] == doc.records
    # A document's own running text is keyed by its file (doc:<source>), as the generic kind keys it.
    assert [replace(p, source=source, key=p.key.replace("doc:renamed.txt", f"doc:{source}"))
            for p in other.passages] == doc.passages
    assert [replace(c, source=source) for c in other.conflicts] == doc.conflicts
