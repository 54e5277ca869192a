"""「スクールバスに触れている意見はどれ？」 where no comment record holds the words but a table of residents' meetings'
opinions (numbered 北-1 … under a merged row per 地区: tables/rows_are._placed_own_numbers) does: its rows holding
every word are the opinions asked, given as comments keyed by their own numbers, as a filter over that table gives
them. None where no such table holds them all: the answer 「…に触れた意見はありません」 stands."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.text.normalize import nfkc


def _squeezed(text) -> str:
    return "".join(nfkc(str(text or "")).split())


def placed_opinions_holding(db, question: str, words: list[str], notes: list[str]) -> Answer | None:
    """The answer listing the placed opinions whose opinion or answer cells hold every word, or None."""
    from assistant.query.tables.read import read_tables
    from assistant.query.tables.rows_are import _OPINION, _placed_own_numbers

    wanted = [_squeezed(w) for w in words if _squeezed(w)]
    if not wanted:
        return None
    rows = []
    for t in read_tables(db):
        if not _placed_own_numbers(t):
            continue
        # (the opinion's own words: what was said, not the heading of the meeting it was heard at)
        said = [c.header for c in t.columns if _OPINION.search(_squeezed(c.header))]
        for r in t.rows:
            text = _squeezed(" ".join(str(r["cells"].get(h) or "") for h in said))
            if all(w in text for w in wanted):
                number = _squeezed(r["cells"].get(t.number))
                rows.append({"key": r["key"], "source": t.source, "line": r["line"], "number": number,
                             "initiative": number, "title": str(r["cells"].get(said[0]) or ""), **r["cells"]})
    if not rows:
        return None
    answer = Answer(question=question, target="comment", status="exact", rows=rows, count=len(rows),
                    notes=[*notes, "住民説明会の意見の表の行を、その番号の意見として示しています"],
                    understood=[{"field": "text", "op": "match", "value": w, "label": f"意見に「{w}」を含む"}
                                for w in words])
    answer.rows_are = "comment"
    answer.summary = (f"「{'」「'.join(words)}」に触れた意見は {len(rows)}件です："
                      + "、".join(str(r["number"]) for r in rows) + "。")
    return answer
