"""「ワーキングチーム研修でいただいた質問と回答は何組紹介されている？」: a count of records (質問と回答) whose words are
not the records' own but those of the document part holding them (the article 「（ワーキングチーム研修）を実施
しました … 質問と回答をご紹介します」). When no record of the kind holds the words and the kind's records name
their holder in a column (qa.article = the article's code), the holder whose passages hold every word is
sought; when exactly one does, its records are counted, and the answer says it was read so (a search).
Any other condition than words, or two holders, or none: the answer is left as it was."""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant


def recounted(assistant: "Assistant", answer: Answer) -> None:
    """Replaces (in place) an empty count of records by the count of the records of the one holder the words name."""
    if answer.error or answer.count or answer.target not in assistant.executor.tables:
        return
    understood = [u for u in answer.understood if isinstance(u, dict)]
    if not any(u.get("op") == "count" for u in understood):
        return
    words = [str(u.get("value")) for u in understood if u.get("field") == "text" and u.get("op") == "match"]
    if not words or any(u.get("op") not in ("count", "match") or (u.get("op") == "match" and u.get("field") != "text")
                        for u in understood):
        return
    kind = answer.target
    columns = assistant.executor.columns.get(kind, [])
    for holder in (c for c in columns if c != kind and c in assistant.executor.tables):
        # (only holders of records of the kind: 「研修」 is also in an article on model projects holding no Q&A,
        # which says nothing of which Q&As are meant)
        # (a holder's code is its document's own, article 1 of every newsletter: its records are those of its source)
        holding = {(str(s), str(c)) for s, c in assistant.db.execute(f"SELECT DISTINCT source, [{holder}] FROM [{kind}]")}
        held = []
        for key, code, source in assistant.db.execute(f"SELECT key, code, source FROM [{holder}]").fetchall():
            if (str(source), str(code)) not in holding:
                continue
            body = "".join(nfkc(str(t or "")) for (t,) in assistant.db.execute("SELECT text FROM passages WHERE key = ?", [key]))
            if all(nfkc(w) in body for w in words):
                held.append((str(key), str(code), str(source)))
        if len(held) > 1:
            _unsure(assistant, answer, words, kind, holder, held)
            return
        if len(held) != 1:
            continue
        key, code, source = held[0]
        names = [d for d in assistant.executor.columns.get(kind, [])]
        rows = [dict(zip(names, r)) for r in assistant.db.execute(
            f"SELECT {', '.join(f'[{n}]' for n in names)} FROM [{kind}] WHERE [{holder}] = ? AND source = ? ORDER BY rowid", [code, source]).fetchall()]
        if not rows:
            continue
        title = next((str(t) for (t,) in assistant.db.execute(f"SELECT title FROM [{holder}] WHERE key = ?", [key])), "") \
            if "title" in assistant.executor.columns.get(holder, []) else key
        answer.rows, answer.count, answer.value, answer.status = rows, len(rows), len(rows), "search"
        answer.understood = [{"field": holder, "op": "=", "value": key,
                              "label": f"「{'」「'.join(words)}」を含む{kind_label(holder)}（{title}）の{kind_label(kind)}"},
                             *(u for u in understood if u.get("op") == "count")]
        answer.summary = (f"「{'」「'.join(words)}」は{kind_label(kind)}ではなく{kind_label(holder)}「{title}」の本文にあるため、"
                          f"その{kind_label(holder)}の{kind_label(kind)}を数えました: {len(rows)}件です。")
        return


def _unsure(assistant: "Assistant", answer: Answer, words: list[str], kind: str, holder: str,
            held: list[tuple[str, str, str]]) -> None:
    """An empty count is no answer when the words introduce several holders' records: says where they stand, partial."""
    titles = []
    for key, _code, _source in held:
        title = next((str(t) for (t,) in assistant.db.execute(f"SELECT title FROM [{holder}] WHERE key = ?", [key])), "") \
            if "title" in assistant.executor.columns.get(holder, []) else key
        titles.append(title or key)
    answer.status = "partial"
    answer.summary = (f"「{'」「'.join(words)}」は{kind_label(kind)}ではなく{len(held)}つの{kind_label(holder)}"
                      f"（{'、'.join(titles)}）の本文にあり、どの{kind_label(holder)}の{kind_label(kind)}か決められません。"
                      + (answer.summary or ""))
