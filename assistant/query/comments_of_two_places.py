"""「キャッシュレスに触れた意見は？」 answered with opinions from the documents of two municipalities or more (a
committee's paper of one city, a meeting report of another town), no municipality or document named: which
body's opinions are meant is a guess. The rows are kept, but not as certain (partial), and the answer says whose
documents they came from."""
from __future__ import annotations

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
    # (each document's municipalities, as its title names them: documents of one city, or one naming none, are
    # not told apart here)
    named = {s: frozenset(place_names(nfkc(titles.get(s, s)))) for s in counts}
    if any(not p for p in named.values()) or len(set(named.values())) < 2:
        return
    if frozenset.intersection(*named.values()):
        return
    said = "と".join(f"「{titles.get(s, s)}」（{n}件）" for s, n in sorted(counts.items(), key=lambda x: -x[1]))
    answer.status = "partial"
    answer.caveat = f"どの資料の意見か指定がありません。{said}の意見を合わせています。"
    answer.summary = answer.caveat + answer.summary
