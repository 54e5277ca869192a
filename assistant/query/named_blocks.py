"""A memo in blocks under a heading per place or body (【朴沢村】【杉ノ原村（参考）】…): a figure asked of one of them
(「杉ノ原村の体育館の使用料はいくら？」) is read only from the passages of the block the question names, never from the
block a search happened to rank first (朴沢村's 「体育館（全面・全日）の使用料は６,０００円」)."""
from __future__ import annotations


from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled
from assistant.query.document_headings import headings

# 「【杉ノ原村（参考）】」→ 杉ノ原村: the heading's name, its bracketed aside left off
_BLOCK_HEAD = compiled(r"^\s*[【\[［■◆●]\s*(?P<name>[^】\]］（()]{2,20}?)\s*(?:[（(][^）)]{0,10}[）)])?\s*[】\]］]?\s*$")


def _heads(db, source: str) -> list[tuple[int, str]]:
    out = []
    for line, text in headings(db, source):
        m = _BLOCK_HEAD.match(nfkc(text))
        if m:
            out.append((int(line), m.group("name").strip()))
    return out


def of_named_blocks(db, question: str, excerpts: list[dict]) -> list[dict]:
    """The excerpts to read a figure from: where the question names blocks of an excerpt's document, only the
    excerpts standing in those blocks (of that document; others as they are)."""
    said = "".join(nfkc(question).split())
    heads_of: dict[str, list[tuple[int, str]]] = {}
    out = []
    for e in excerpts:
        source = str(e.get("source") or "")
        if source not in heads_of:
            try:
                heads_of[source] = _heads(db, source)
            except Exception:
                heads_of[source] = []
        heads = heads_of[source]
        named = {name for _, name in heads if name in said}
        if len(heads) < 2 or not named:
            out.append(e)
            continue
        line = int(e.get("line") or 0)
        block = next((name for at, name in reversed(heads) if at <= line), "")
        if block in named:
            out.append(e)
    return out
