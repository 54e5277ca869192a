"""A newsletter of numbered issues in one document, each issue a heading of its own (「第11号（2025年1月）」, a Word
Heading 1 standing between blank lines), its articles headed under it (a short line of no sentence, between blank
lines) with their paragraphs below — maybe a table among them.

Each article is a record of its issue (volume N, the issue's date as printed), its text the paragraphs under its
heading, so that 「第11号の記事」 and 「その号の研修の参加者」 are asked of one issue. The document is otherwise read as
the generic reader reads it (its tables' rows, its stated counts, and its kind: the questions of a generic
document's tables read it), which this adds to. Found by shape: two issue
headings or more, each with an article heading under it; nothing is read from the names.
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc

# 「第11号（2025年1月）」「行革だより 第12号（令和7年7月発行）」: the issue's number and when it came out.
_ISSUE_RE = re.compile(r"^(?:\S.{0,30}?\s*)?第\s*(?P<n>\d{1,4})\s*号\s*(?:[(（]\s*(?P<date>[^()（）]{4,20}?)\s*(?:発行|刊行)?\s*[)）])?\s*[=＝\-－―─━]*\s*$")
# 「【職員提案制度を見直しました】」: an article headed by a bracketed line, its text on the lines right under it.
_BRACKETED_RE = re.compile(r"^【[^【】]{2,40}】$")
_SENTENCE_END = ("。", "！", "？", "!", "?")


def _is_heading(lines: list[str], i: int) -> bool:
    """A line standing alone between blank lines, short, no sentence, no table row."""
    line = lines[i]
    text = clean(line)
    if _BRACKETED_RE.match(text) and "\t" not in line:
        return True
    return bool(text) and "\t" not in line and len(text) <= 40 and not text.endswith(_SENTENCE_END) \
        and (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())


def _issue(lines: list[str], i: int) -> re.Match | None:
    return _ISSUE_RE.match(nfkc(clean(lines[i]))) if _is_heading(lines, i) else None


def _articles(lines: list[str]) -> list[tuple[re.Match, int, str, list[tuple[int, str]]]]:
    """(issue, heading line, title, [(line, paragraph)]) of each article, in order."""
    out: list[tuple[re.Match, int, str, list[tuple[int, str]]]] = []
    issue: re.Match | None = None
    for i, line in enumerate(lines):
        head = _issue(lines, i)
        if head:
            issue = head
            continue
        if issue is None or not line.strip():
            continue
        if _is_heading(lines, i):
            out.append((issue, i, clean(line).strip("【】"), []))
        elif out and out[-1][0] is issue:
            out[-1][3].append((i, clean(line.replace("\t", " "))))
    return [a for a in out if a[3]]


def detect(text: str) -> bool:
    """Two issue headings or more, each with an article under it."""
    lines = text.splitlines()[:3000]
    articles = _articles(lines)
    issues = {a[0].group("n") for a in articles}
    headings = sum(1 for i in range(len(lines)) if _issue(lines, i))
    return len(issues) >= 2 and headings == len(issues)


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.generic.loader import parse as generic_parse

    # (the document stays the generic reader's, which the questions of its tables read: its articles are added)
    doc = generic_parse(text, source)
    lines = text.splitlines()
    seen: dict[str, int] = {}
    for issue, at, title, paragraphs in _articles(lines):
        n = issue.group("n")
        seen[n] = seen.get(n, 0) + 1
        code = f"{n}-{seen[n]}"
        body = "\n".join(p for _, p in paragraphs)
        end = paragraphs[-1][0] + 1
        # (the issue's date as printed, 「2025年1月」, is no day: the heading's passage holds it)
        doc.records.append(Record("article", code, {"title": title, "text": body, "volume": n}, source, at + 1, end))
        doc.passages.append(Passage(f"article:{code}", "title", title, source, at + 1))
        for i, paragraph in paragraphs:
            doc.passages.append(Passage(f"article:{code}", "text", paragraph, source, i + 1))
    return doc
