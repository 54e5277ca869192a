"""「…と提案したのはどの委員？」「…と発言した委員は誰」 answered by a search: the passage found first is a
speaker's turn in minutes (「樋渡委員：…」), so the one who said it is the name before 委員 (a search still,
to be checked there). A turn without a name (「委員長：」) or a passage of no turn gives no value."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_WHO = compiled(r"誰|だれ|どなた|どの委員|どの人|何委員")
_SAID = compiled(r"発言|提案|言っ|質問|指摘|意見|求め|述べ|要望|話し")
_TURN = compiled(r"^[○◯]?\s*(?P<name>[一-龥ァ-ヶー]{1,8}?)(?P<role>副委員長|委員長|委員|副会長|会長|議長|座長)\s*[:：]")
# 「【都市建設部長】テニスコートの…」: minutes printing each turn after its speaker in brackets, called by office.
_BRACKET_TURN = compiled(r"^【(?P<who>[一-龥ァ-ヶー]{0,12}(?:長|委員|事務局|理事|参与|監|員)(?:[(（][^()（）]{1,14}[)）])?)】")


def speaker_of_excerpt(db, question: str, answer: Answer) -> None:
    """The speaker of the first passage a search answer found, as its value, when who said it is asked."""
    q = nfkc(question)
    if answer.status != "search" or answer.value is not None or not answer.excerpts \
            or not _WHO.search(q) or not _SAID.search(q):
        return
    first = answer.excerpts[0]
    row = db.execute("SELECT text FROM passages WHERE source = ? AND line = ? AND field = 'text' LIMIT 1",
                     [first.get("source"), first.get("line")]).fetchone()
    text = nfkc(row[0] if row else str(first.get("text", "")))
    m = _TURN.match(text)
    bracket = _BRACKET_TURN.match(text) if m is None else None
    if bracket is not None:
        who = bracket.group("who")
        answer.value = who
        answer.summary = f"最も当てはまる箇所は {who} の発言です（抜粋から読んだ値です）。" + answer.summary
        return
    if m is None:
        return
    answer.value = m.group("name")
    answer.summary = (f"最も当てはまる箇所は {m.group('name')}{m.group('role')} の発言です（抜粋から読んだ値です）。"
                      + answer.summary)
