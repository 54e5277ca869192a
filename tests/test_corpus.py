"""The shipped corpus is the five shared documents, byte for byte."""
from __future__ import annotations

import hashlib

import pytest

from tests.conftest import CORPUS, SHARED

PINNED = {
    "000_f03bfc25bf0d6070.txt": "cb46d1e1980959916a15c2518d4b377c18c678475f1b82fae2dc7ef2588a7e4f",
    "001_c52443f5e17d354b.txt": "1cab1c75e89ec2a2a4a81e0cd19e06d62380ae0ce7ef83fcecb8208d141059bb",
    "002_388add96d06013c9.txt": "5a026faf55c81b14d6f27162bfb372a9199db70f2fdd45f4bb4bb47bf2a9c8a1",
    "003_14d72dc13e628662.txt": "a48c4941e38e6f3db3595ccedc6ecbd7f3f1fc147e0c2dda37c79921259356a4",
    "004_b3b6ed6238b81566.txt": "15ca64688bbd82f40d550eff40149cc00918bb5e04742ee0d32a25a6ccd906b5",
}


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corpus_has_the_five_documents():
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(PINNED)


@pytest.mark.parametrize("name", sorted(PINNED))
def test_pinned_sha256(name):
    assert sha(CORPUS / name) == PINNED[name]


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared not present")
@pytest.mark.parametrize("name", sorted(PINNED))
def test_identical_to_shared(name):
    assert sha(CORPUS / name) == sha(SHARED / "corpus" / name)
