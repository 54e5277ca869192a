"""「キャッシュレスに触れた意見は？」 answered with opinions from the documents of two municipalities or more (a
committee's paper of one city, a meeting report of another town), no municipality or document named: which
body's opinions are meant is a guess. The rows are kept, but not as certain (partial), and the answer says whose
documents they came from."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.text.names import place_names
from assistant.text.normalize import nfkc


def said_of_two_places(db, question, answer: Answer, following: bool, places: list[str]) -> None:
    if not isinstance(question, str) or following or places or answer.status != "exact" \
            or answer.target != "comment" or not answer.rows:
        return
    if any(u.get("field") == "source" for u in answer.understood):
        return  # (a document named: its opinions are the ones meant)
    counts: dict[str, int] = {}
    for r in answer.rows:
        if isinstance(r, dict) and r.get("source"):
            counts[r["source"]] = counts.get(r["source"], 0) + 1
    if len(counts) < 2:
        return
    titles = {s: t or s for s, t in db.execute(
        f"SELECT source, title FROM documents WHERE source IN ({','.join('?' * len(counts))})", list(counts))}
    # (each document's municipalities, as its title names them, or else its opening lines: documents of one city,
    # or one naming none, are not told apart here)
    named = {s: _places_of(db, s, titles.get(s, s)) for s in counts}
    if any(not p for p in named.values()) or len(set(named.values())) < 2:
        return
    if frozenset.intersection(*named.values()):
        return
    said = "と".join(f"「{titles.get(s, s)}」（{n}件）" for s, n in sorted(counts.items(), key=lambda x: -x[1]))
    answer.status = "partial"
    answer.caveat = f"どの資料の意見か指定がありません。{said}の意見を合わせています。"
    answer.summary = answer.caveat + answer.summary


# A municipality opening a line (「　鵜ノ沢町ごみ処理有料化実施計画（案）について」): a made-up or small town
# the dictionary does not know as a place is still read by its suffix. 「本町」「市町村」「中核市」 say no one town.
_OPENING_TOWN_RE = re.compile(r"^[\s\u3000]*([一-龥々ヶァ-ヴー]{2,5}?[市町村])(?![民内長議政立制外営有道])", re.M)
_NO_ONE_TOWN = ("市町", "町村", "中核市", "政令市", "特例市", "都市")
_OPENING_LINES = 6


def _places_of(db, source: str, title: str) -> frozenset[str]:
    """The municipalities a document is of: those its title names, else those named in its first lines (a
    consultation's results titled 「ごみ処理有料化…の結果について」 open with the town's 実施計画（案）)."""
    named = place_names(nfkc(title))
    if named:
        return frozenset(named)
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", (source,)).fetchone()
    if not row or not row[0]:
        return frozenset()
    opening = "\n".join([line for line in nfkc(row[0]).splitlines() if line.strip()][:_OPENING_LINES])
    named = place_names(opening)
    if named:
        return frozenset(named[:1])
    found = [m.group(1) for m in _OPENING_TOWN_RE.finditer(opening) if not m.group(1).endswith(_NO_ONE_TOWN)]
    return frozenset(found[:1])
