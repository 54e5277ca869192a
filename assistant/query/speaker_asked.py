"""「…と提案したのはどの委員？」「…と発言した委員は誰」 answered by a search: the passage found first is a
speaker's turn in minutes (「樋渡委員：…」), so the one who said it is the name before 委員 (a search still,
to be checked there). A turn without a name (「委員長：」) or a passage of no turn gives no value."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_WHO = compiled(r"誰|だれ|どなた|どの委員|どの人|何委員")
_SAID = compiled(r"発言|提案|言っ|質問|指摘|意見|求め|述べ|要望|話し")
_TURN = compiled(r"^[○◯〇]?\s*(?P<name>[一-龥ァ-ヶー]{1,8}?(?:\s[一-龥ぁ-んァ-ヶー]{1,6}?)?)(?P<role>副委員長|委員長|委員|議員|副会長|会長|議長|座長)\s*[:：]")
# 「〇資産経営課長：…」: a turn of the executive's side, called by office (the office is who answered).
_OFFICE_TURN = compiled(r"^[○◯〇]?\s*(?P<who>[一-龥ァ-ヶー]{0,10}?(?:課長|部長|局長|係長|室長|所長|事務局|副市長|市長|町長|村長|教育長|参事|理事))\s*[:：]")
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


# 「それに答弁したのは誰」「誰が答えた？」: who replied to the turn shown before.
_REPLY_ASKED = compiled(r"(?:答弁|回答|答え|説明)(?:し|され|て)?(?:た|てい?る)?(?:の|人|方)?(?:は|が)?\s*(?:誰|だれ|どなた|どこ|どの)")


def _turn_speaker(text: str) -> tuple[str, str] | None:
    """(who, as said) of a passage that is a turn: a member by name, else an office."""
    m = _TURN.match(text)
    if m is not None:
        return m.group("name"), m.group("name") + m.group("role")
    m = _OFFICE_TURN.match(text)
    if m is not None:
        return m.group("who"), m.group("who")
    bracket = _BRACKET_TURN.match(text)
    if bracket is not None:
        return bracket.group("who"), bracket.group("who")
    return None


def reply_to_turn(db, question: str, shown: dict | None) -> Answer | None:
    """「それに答弁したのは誰」 after a search whose first passage was a speaker's turn: the speaker of the next turn
    in the same document by someone else (the reply), as a search answer naming the passage it read."""
    q = nfkc(question)
    if not shown or not _REPLY_ASKED.search(q):
        return None
    source, line = shown.get("source"), shown.get("line")
    if not source or not isinstance(line, int):
        return None
    rows = db.execute("SELECT line, text FROM passages WHERE source = ? AND field = 'text' AND line >= ? "
                      "ORDER BY line LIMIT 12", [source, line]).fetchall()
    if not rows or rows[0][0] != line:
        return None
    asker = _turn_speaker(nfkc(rows[0][1]))
    if asker is None:
        return None
    for at, text in rows[1:]:
        turn = _turn_speaker(nfkc(text))
        if turn is None:
            continue
        if turn[0] == asker[0]:
            return None  # (the same speaker again before any reply: no reply read)
        words = nfkc(text)
        answer = Answer(question=question, status="search", target="passage")
        answer.value = turn[0]
        answer.summary = (f"{source} {line}行目の {asker[1]} の発言に続けて答えたのは {turn[1]} です"
                          f"（{at}行目、抜粋から読んだ値です）。")
        answer.excerpts = [{"source": source, "line": at, "text": words[:200]}]
        answer.count = 1
        return answer
    return None
