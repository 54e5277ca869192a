"""Related initiatives across documents: for one record, the closest records of OTHER documents.

Built only from what the index already stores: each passage's Sudachi terms. A record's text is its
own passages plus those of the records that belong to it and count as its text (a practice item's
progress sheet, self-evaluation and challenges; a program's indicators), as the registry declares.
Each record becomes a TF-IDF vector over content words (nouns, verbs' stems are left out: 為る, 行う …
say nothing about what an initiative is), title terms weighted up, and records are compared by cosine.
The record's own document is never offered: the point is what others did.
"""
from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass

from assistant.kinds import registry
from assistant.query.compiled import compiled

# Fields whose words name what a record is about (weighted above the body text).
TITLE_FIELDS = ("title", "topic", "name", "question", "subcommittee")
TITLE_BOOST = 2.0
# A term in more than this share of the records is a word of the genre (取組, 推進, 実施), not a topic.
MAX_SHARE = 0.5
# Whole-document records are not initiatives: a document's leftover text, never offered as related.
NOT_OFFERED = ("doc",)
# Parts of speech that carry a topic; the rest (particles, auxiliaries, verbs such as 為る, 有る,
# pronouns, numerals, suffixes) would make every record look like every other.
_CONTENT_POS = {"名詞", "形状詞"}
_SKIP_SUBPOS = {"数詞", "代名詞"}
_DIGITS = compiled(r"^[0-9０-９.,]+$")


@dataclass(frozen=True)
class Related:
    key: str
    kind: str
    title: str
    source: str
    document: str  # the title of the document it is in
    line: int
    score: float  # cosine similarity, 0..1
    shared: tuple[str, ...]  # the terms that weigh most in the match, for the reader to judge it

    def to_dict(self) -> dict:
        return {"key": self.key, "kind": self.kind, "title": self.title, "source": self.source,
                "document": self.document, "line": self.line, "score": round(self.score, 3), "shared": list(self.shared)}


class RelatedIndex:
    """TF-IDF vectors of every top-level record of an index (built once per index file)."""

    def __init__(self, db) -> None:
        units: dict[str, Counter] = {}
        source_of: dict[str, str] = {}
        line_of: dict[str, int] = {}
        titles: dict[str, str] = {}
        parent_of = _parents(db)
        stop = _StopWords()
        in_title: dict[str, set[str]] = {}
        for key, kind, field, source, line, text, terms in db.execute(
                "SELECT key, kind, field, source, line, text, terms FROM passages ORDER BY id"):
            owner = parent_of.get(key, key)
            bag = units.setdefault(owner, Counter())
            words = [t for t in _without_parts((terms or "").split()) if stop.is_content(t)]
            bag.update(words)
            if field in TITLE_FIELDS and owner == key:
                in_title.setdefault(key, set()).update(words)
            if owner == key:
                source_of.setdefault(key, source)
                line_of.setdefault(key, line)
                if field in TITLE_FIELDS and key not in titles:
                    titles[key] = " ".join(str(text).split())
        units = {k: v for k, v in units.items() if v}
        n = len(units)
        df = Counter(t for bag in units.values() for t in bag)
        self.idf = {t: math.log((n + 1) / (d + 1)) + 1.0 for t, d in df.items()
                    if d >= 2 and d <= max(2, MAX_SHARE * n)}
        self.vectors: dict[str, dict[str, float]] = {}
        for key, bag in units.items():
            title = in_title.get(key, set())
            vec = {t: (1.0 + math.log(c)) * self.idf[t] * (TITLE_BOOST if t in title else 1.0)
                   for t, c in bag.items() if t in self.idf}
            norm = math.sqrt(sum(w * w for w in vec.values()))
            if norm:
                self.vectors[key] = {t: w / norm for t, w in vec.items()}
        self.parent_of = parent_of
        self.source_of = source_of
        self.line_of = line_of
        self.titles = titles
        self.spelling = stop.spelling
        self.documents = {src: title or src for src, title in db.execute("SELECT source, title FROM documents")}
        self._titles_from_records(db)

    def _titles_from_records(self, db) -> None:
        """Records are named by their table's title (or name) column; one without (a whole document,
        a table row) by its first words of text, so a list of related records never shows a blank name."""
        kinds = {key.split(":", 1)[0] for key in self.vectors}
        for kind in sorted(kinds & set(db.table_names())):
            cols = [c.name for c in db[kind].columns]
            col = next((c for c in TITLE_FIELDS if c in cols), None)
            if col:
                for key, title in db.execute(f'SELECT key, "{col}" FROM "{kind}"'):
                    if title not in (None, "") and key in self.vectors:
                        self.titles[key] = " ".join(str(title).split())
        for key in self.vectors:
            if key in self.titles:
                continue
            row = db.execute("SELECT text FROM passages WHERE key = ? ORDER BY id LIMIT 1", (key,)).fetchone()
            text = " ".join(str(row[0]).split()) if row and row[0] else key
            self.titles[key] = text[:40] + ("…" if len(text) > 40 else "")

    def owner(self, key: str) -> str:
        """The record whose text `key`'s text counts as (sheet:33 → practice:33)."""
        return self.parent_of.get(key, key)

    def related(self, key: str, limit: int = 8, min_score: float = 0.05) -> list[Related]:
        """The records of other documents closest to `key`, best first ([] for an unknown key)."""
        key = self.owner(key)
        vec = self.vectors.get(key)
        if not vec:
            return []
        own = self.source_of.get(key)
        scored = []
        for other, ov in self.vectors.items():
            if other == key or self.source_of.get(other) == own or other.split(":", 1)[0] in NOT_OFFERED:
                continue
            small, large = (vec, ov) if len(vec) < len(ov) else (ov, vec)
            parts = {t: w * large[t] for t, w in small.items() if t in large}
            score = sum(parts.values())
            if score >= min_score:
                scored.append((score, other, parts))
        scored.sort(key=lambda s: (-s[0], s[1]))
        out = []
        for score, other, parts in scored[:limit]:
            shared = tuple(self.spelling(t) for t, _ in sorted(parts.items(), key=lambda p: -p[1])[:4])
            out.append(Related(key=other, kind=other.split(":", 1)[0], title=self.titles.get(other, other),
                               source=self.source_of.get(other, ""),
                               document=self.documents.get(self.source_of.get(other, ""), ""), line=self.line_of.get(other, 0),
                               score=score, shared=shared))
        return out


def _without_parts(terms: list[str]) -> list[str]:
    """Terms without the parts the index adds after a katakana compound (くらうど → くら, うど):
    the compound says it, and its halves would match unrelated words."""
    out: list[str] = []
    for term in terms:
        if out and term != out[-1] and term in out[-1] and re.fullmatch(r"[ぁ-ゖー]+", term):
            continue
        out.append(term)
    return out


def _parents(db) -> dict[str, str]:
    """Child record key → the key of the record whose text it counts as (sheet:33 → practice:33)."""
    out: dict[str, str] = {}
    kinds = registry.record_kinds()
    tables = set(db.table_names())
    for (parent_kind, child_kind), fld in registry.links().items():
        if not kinds[child_kind].text_of_parent or child_kind not in tables:
            continue
        for key, code in db.execute(f'SELECT key, "{fld}" FROM "{child_kind}"'):
            if code not in (None, ""):
                out[key] = f"{parent_kind}:{code}"
    # A child of a child (none today) still reaches the top record.
    for key, parent in list(out.items()):
        seen = {key}
        while parent in out and parent not in seen:
            seen.add(parent)
            parent = out[parent]
        out[key] = parent
    return out


class _StopWords:
    """Which stored terms are content words, decided once per term with the Sudachi dictionary
    (the index stores terms without their part of speech)."""

    def __init__(self) -> None:
        self.known: dict[str, str | None] = {}

    def is_content(self, term: str) -> bool:
        if term not in self.known:
            self.known[term] = _content(term)
        return self.known[term] is not None

    def spelling(self, term: str) -> str:
        """How a reader writes the term (でーた → データ)."""
        return self.known.get(term) or term


def _content(term: str) -> str | None:
    """The term's spelling when it is a content word, None otherwise."""
    # One letter (名, 県, 数, 回) is a counter or a fragment far more often than a topic.
    if len(term) < 2 or _DIGITS.match(term):
        return None
    from assistant.text.tokenize import _tokenizer

    tok = _tokenizer()
    spellings = [term]
    if re.fullmatch(r"[ぁ-ゖー]{3,}", term):  # katakana folded to hiragana at ingest (せんたー)
        spellings.append(term.translate({c: c + 0x60 for c in range(ord("ぁ"), ord("ゖ") + 1)}))
    for spelling in reversed(spellings):  # the katakana reading first: でーた is データ
        ms = tok.tokenize(spelling)
        if len(ms) != 1 or ms[0].is_oov() and spelling != term:
            continue
        pos = ms[0].part_of_speech()
        return spelling if pos[0] in _CONTENT_POS and pos[1] not in _SKIP_SUBPOS else None
    # Several morphemes: a compound or a word Sudachi splits again; kanji in it make it a topic word.
    if re.search(r"[\u4e00-\u9fff]", term):
        return term
    return spellings[-1] if len(spellings) > 1 else None


_cache: dict[tuple, RelatedIndex] = {}
_lock = threading.Lock()


def related_index(db) -> RelatedIndex:
    """The index's RelatedIndex, built on first use and kept while the index file is unchanged."""
    try:
        row = db.execute("SELECT value FROM meta WHERE name = 'built_at'").fetchone()
        stamp = row[0] if row else ""
        path = db.execute("PRAGMA database_list").fetchone()[2]
    except Exception:  # noqa: BLE001 - an in-memory or odd database: build every time
        stamp, path = "", ""
    cache_key = (path, stamp)
    with _lock:
        if path and cache_key in _cache:
            return _cache[cache_key]
    built = RelatedIndex(db)
    if path:
        with _lock:
            _cache.clear()
            _cache[cache_key] = built
    return built


def related_records(db, key: str, limit: int = 8) -> list[Related]:
    """The records of other documents most like `key` (a record key such as practice:33)."""
    return related_index(db).related(key, limit)


# ---------------------------------------------------------------- as an answer (「これに似た他の自治体の取組は？」)
COLUMNS = ["title", "record_kind", "shared", "similarity", "document"]  # the long document name last


def related_answer(db, question: str, previous_rows: list[dict], limit: int = 8):
    """The answer to 「似た取組は？」 about the one record the previous answer selected."""
    from assistant.labels import kind_label
    from assistant.query.answer import Answer

    keys = [str(r["key"]) for r in previous_rows if ":" in str(r.get("key", ""))
            and not str(r["key"]).startswith("group:")]
    if len(keys) != 1:
        why = ("前の回答が 1 件の記録ではないため、どの記録に似たものを探すか分かりません。"
               if keys else "何に似たものを探すか分かりません。")
        return Answer(question=question, status="no_match", error=None,
                      summary=why + "先に記録を 1 件に絞ってから（例: 「実践項目33」）聞いてください。",
                      suggestions=["実践項目33", "これに似た他の自治体の取組は？"])
    key = keys[0]
    index = related_index(db)
    base = index.owner(key)
    name = index.titles.get(base, base)
    label = f"{kind_label(base.split(':', 1)[0])} {base.split(':', 1)[1]}「{name}」"
    hits = index.related(base, limit)
    understood = [{"field": "@related", "op": "related", "value": base, "label": f"{label}に似た他の資料の記録"}]
    if not hits:
        return Answer(question=question, target="related", understood=understood, status="no_match",
                      summary=f"{label}と語の重なる記録は、ほかの資料に見つかりませんでした。")
    rows = [{"key": h.key, "title": h.title, "record_kind": kind_label(h.kind), "document": h.document,
             "shared": "、".join(h.shared), "similarity": round(h.score, 2), "source": h.source, "line": h.line}
            for h in hits]
    return Answer(
        question=question, target="related", understood=understood, rows=rows, count=len(rows),
        columns=list(COLUMNS), status="search",
        summary=(f"{label}に内容の近い、ほかの資料の記録 {len(rows)}件です（似ている順。"
                 "本文の語の重なりで選んだもので、同じ取組だという意味ではありません）。"),
        notes=["類似度は本文の名詞の重なり（TF-IDF のコサイン、0〜1）、共通の語はその重みの大きい語です"])
