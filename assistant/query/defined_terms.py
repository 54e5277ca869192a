"""「有収率ってどうやって計算してるの？」「料金回収率の算定方法は」 answered by a search: the document's own note
defining the term (「注４ 有収率：年間有収水量÷年間配水量×100」, a line of a 【注記】 list), shown first. Read only where
one line of the index's texts gives the term, a colon, and a formula (÷ × ＋ － or 割); the answer stays a search."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「どうやって計算してるの」「どのように算出」「計算方法は」「定義は」: how a figure is worked out asked
_HOW_ASKED = compiled(r"(?:どうやって|どのように|どうやって|どう|何を元に|なにをもとに)\s*(?:計算|算出|算定|求め|出して|出し)"
                      r"|計算(?:方法|式)|算定(?:方法|式)|算出(?:方法|式)|算式|求め方|計算の仕方|定義")
# 「注４ 有収率：年間有収水量÷年間配水量×100」: a note's number (maybe), the term, a colon, what it is
_FORMULA = compiled(r"[÷×＋+－\-/]|割っ|除し|乗じ")


def _term_lines(db, term: str) -> list[tuple[str, int, str]]:
    out: list[tuple[str, int, str]] = []
    pattern = re.compile(r"^(?:[(（]?注\s*[0-9０-９]+[)）]?\s*|[・※]\s*)?" + re.escape(term) + r"\s*[:：＝=]\s*(?P<what>\S.{1,120})$")
    for source, text in db.execute("SELECT source, text FROM document_texts").fetchall():
        if not text or term not in text:
            continue
        for n, raw in enumerate(text.split("\n"), start=1):
            said = nfkc(raw).strip()
            m = pattern.match(said) if term in said else None
            if m and _FORMULA.search(m.group("what")):
                out.append((source, n, said))
    return out


def read_definition(db, question: str, words: list[str], answer) -> None:
    """Put (in place) the one note line defining the term asked first in the answer's summary and excerpts."""
    if answer.error or answer.status != "search" or not isinstance(question, str):
        return
    qn = nfkc(question)
    if not _HOW_ASKED.search(qn):
        return
    terms = sorted({nfkc(w) for w in words if len(nfkc(w)) >= 2 and nfkc(w) in qn
                    and not _HOW_ASKED.fullmatch(nfkc(w))}, key=len, reverse=True)
    for term in terms:
        found = _term_lines(db, term)
        if not found:
            continue
        if len({said for _, _, said in found}) != 1:
            return  # (two documents defining it differently: which is meant is unsaid)
        source, n, said = found[0]
        answer.summary = f"{source} {n}行目の注記に「{said}」とあります。" + answer.summary
        answer.excerpts = [{"key": f"doc:{source}", "source": source, "line": n, "field": "text", "text": said,
                            "highlights": []}, *(answer.excerpts or [])]
        return
