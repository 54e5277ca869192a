"""「第3回の協議会ではどんなことが決まりましたか」「第4回協議会はいつ、どこで開かれた？」: minutes printing each
meeting under a heading line of its own (「第３回協議会」), its 日時・場所 rows and its 【決定事項】 lines below it,
up to the next meeting's heading. The meeting is the one whose number the question says; the answer is the
lines the document prints there (a search: what is read is shown, with its place). Read only when one
document of the index prints that meeting's heading with such lines under it."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_NUMBER_SAID = compiled(r"第\s*(?P<n>\d{1,2})\s*回")
_DECIDED_ASKED = compiled(r"何(?:が|を)?決(?:ま|め)|どう(?:いう|いった|んな)?[^、。?？]{0,6}決(?:ま|め)|どんな[^、。?？]{0,8}決(?:ま|め)"
                          r"|決(?:ま|め)った(?:こと|事項|内容)|決定(?:事項|内容|した|された|し)")
_WHEN_WHERE_ASKED = compiled(r"いつ|どこで|日時|場所|開催日|開催場所")
# A meeting's heading: its number and the meeting's word alone on the line (「第３回協議会」「第2回 会議」).
# (minutes numbering their sections and saying the year: 「３　令和７年度 第２回 蕨ヶ汀圏域…懇談会」)
_HEAD = compiled(r"^\s*(?:\d{1,2}[\s.、]+|[(]\d{1,2}[)]\s*)?(?:(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度\s*)?"
                 r"第\s*(\d{1,2})\s*回\s*([一-龥ァ-ヶー]{0,30})\s*$")
_DECIDED_HEAD = compiled(r"^\s*(?:[■□◆◇●○◎▼▽★☆]\s*|【)?(?:決定事項|決定内容|決議事項)(?:】)?\s*$")
_SECTION_HEAD = compiled(r"^\s*(?:【[^】]{1,12}】|[■□◆◇▼▽]\s*\S{1,12})\s*$")
# (「（２）場　所　鹿籠町 生涯学習センター」: a numbered row, its label spaced out, its value after a space)
_ROW = compiled(r"^\s*(?:[(]\d{1,2}[)]\s*)?(?P<label>日\s?時|日\s?程|開催日時|開催日|場\s?所|開催場所|会\s?場)"
                r"(?:\t|\s+|[:：])(?P<value>\S.*)$")


def _sections(text: str, n: int) -> list[tuple[int, str, list[str]]]:
    """(first line number, heading, lines) of each meeting numbered n in the text."""
    lines = text.splitlines()
    out = []
    for i, line in enumerate(lines):
        head = _HEAD.match(nfkc(line))
        if head is None or int(head.group(1)) != n:
            continue
        body = []
        for later in lines[i + 1:]:
            if _HEAD.match(nfkc(later)):
                break
            body.append(later)
        out.append((i + 1, nfkc(line).strip(), body))
    return out


def _decided(body: list[str]) -> list[str]:
    for i, line in enumerate(body):
        if _DECIDED_HEAD.match(nfkc(line)):
            under = []
            for later in body[i + 1:]:
                if not later.strip() or _SECTION_HEAD.match(nfkc(later)):
                    break
                under.append(nfkc(later).strip())
            return under
    return []


def answer(db, question: str) -> Answer | None:
    """The decisions, or the date and place, of the meeting numbered in the question; None otherwise."""
    qn = nfkc(question)
    said = _NUMBER_SAID.search(qn)
    decided = bool(_DECIDED_ASKED.search(qn))
    when = bool(_WHEN_WHERE_ASKED.search(qn))
    if said is None or not (decided or when) or "document_texts" not in db.table_names():
        return None
    n = int(said.group("n"))
    found = []
    for source, text in db.execute("SELECT d.source, t.text FROM documents d JOIN document_texts t ON t.source = d.source "
                                   "WHERE d.kind = 'generic'").fetchall():
        for line, head, body in _sections(str(text or ""), n):
            # (the meeting's word said in the question, when the heading prints one: 協議会 of 第３回協議会)
            word = _HEAD.match(head).group(2)
            if word and word not in qn and not (len(word) >= 3 and word[-3:] in qn):
                continue
            lines = _decided(body) if decided else [f"{''.join(m.group('label').split())}：{m.group('value').strip()}"
                                                    for m in map(_ROW.match, map(nfkc, body)) if m]
            if lines:
                found.append((source, line, head, lines))
    if len(found) != 1:
        return None  # (none, or the same number printed in several documents: which one is not said)
    source, line, head, lines = found[0]
    what = "決定事項" if decided else "日時・場所"
    joined = " ".join(lines)
    return Answer(question=question, target="passage", status="search", count=len(lines), rows=[],
                  excerpts=[{"key": f"doc:{source}", "source": source, "line": line, "field": "text",
                             "text": "\n".join([head, *lines]), "highlights": []}],
                  understood=[{"field": "heading", "op": "=", "value": head, "label": f"「{head}」の{what}"}],
                  summary=f"{head}の{what}（{source} {line}行目の見出しの下）：{joined}")


# 「協議会は何回開かれましたか」: how many meetings the minutes print, each under a heading of its number.
_TIMES_HELD = compiled(r"何回(?:目)?(?!目)\s*(?:開かれ|開催|行われ|実施|開い|やっ|あっ)")


def times_held(db, question: str) -> Answer | None:
    """The number of meetings one document prints under headings 「第N回<word>」, the word said in the question."""
    qn = nfkc(question)
    if not _TIMES_HELD.search(qn) or "何回目" in qn or "document_texts" not in db.table_names():
        return None
    found = []
    for source, title, text in db.execute("SELECT d.source, d.title, t.text FROM documents d JOIN document_texts t "
                                          "ON t.source = d.source WHERE d.kind = 'generic'").fetchall():
        heads: dict[int, tuple[int, str]] = {}
        for i, line in enumerate(str(text or "").splitlines()):
            head = _HEAD.match(nfkc(line))
            if head and len(head.group(2)) >= 2 and head.group(2) in qn:
                heads.setdefault(int(head.group(1)), (i + 1, nfkc(line).strip()))
        if len(heads) >= 2:
            found.append((source, nfkc(title or source), heads))
    if len(found) != 1:
        return _times_stated(db, qn, question) if not found else None
    source, title, heads = found[0]
    n = len(heads)
    listed = "、".join(h for _, h in sorted(heads.values()))
    return Answer(question=question, target="passage", status="search", count=n, value=n, rows=[],
                  excerpts=[{"key": f"doc:{source}", "source": source, "line": line, "field": "text", "text": head,
                             "highlights": []} for line, head in sorted(heads.values())[:3]],
                  understood=[{"field": "heading", "op": "count", "value": None, "label": "回ごとの見出しを数える"}],
                  summary=f"{title}には {n}回分の会議（{listed}）が載っています（見出しから数えた値です）。")


# 「委員８名により計５回の会議を開催し」「計５回の審議を重ねた」: the number of meetings a sentence states, with what
# held them
_TIMES_STATED = compiled(r"(?:計|合計|全|延べ)?\s*(\d{1,3})\s*回(?:の[一-龥]{1,6})?(?:を|にわたり|にわたって)?\s*(?:開催|開い|行い|行っ|重ね)")
_SUBJECT = compiled(r"[一-龥ァ-ヶー]{2,}")


def _says(word: str, sentence: str, whole: str) -> bool:
    """The sentence says the word, or (in a document that prints it whole) names it by its end after 本／当 as a
    body names itself: 「本委員会は」 in the 補助金等検討委員会's own 意見書."""
    if word in sentence:
        return True
    return word in whole and any(re.search(f"[本当]{re.escape(word[-n:])}", sentence) for n in range(3, len(word)))


def _times_stated(db, qn: str, question: str) -> Answer | None:
    """「審議会は何回開いた？」 of a 答申 printing no heading per meeting: the one figure a sentence of one document
    states (「本審議会は…計５回の会議を開催し」), the sentence saying a word the question says before 何回."""
    words = [w for w in _SUBJECT.findall(qn[:qn.find("何回")]) if w not in ("会議",)]
    if not words:
        return None
    found: dict[str, tuple[str, int, str]] = {}
    for source, text in db.execute("SELECT t.source, t.text FROM documents d JOIN document_texts t ON t.source = d.source "
                                   "WHERE d.kind = 'generic'").fetchall():
        whole = nfkc(str(text or ""))
        for i, line in enumerate(str(text or "").splitlines()):
            for sentence in nfkc(line).split("。"):
                m = _TIMES_STATED.search(sentence)
                if m and all(_says(w, sentence[:m.start()], whole) for w in words):
                    found.setdefault(source, (m.group(1), i + 1, sentence.strip()))
    if len(found) != 1 or len({v[0] for v in found.values()}) != 1:
        return None
    source, (n, line, sentence) = next(iter(found.items()))
    return Answer(question=question, target="passage", status="search", count=int(n), value=int(n), rows=[],
                  excerpts=[{"key": f"doc:{source}", "source": source, "line": line, "field": "text", "text": sentence,
                             "highlights": []}],
                  understood=[{"field": "text", "op": "times_stated", "value": words, "label": f"「{'」「'.join(words)}」の開催回数の記載"}],
                  summary=f"{source} {line}行目に「{sentence}」とあります（{n}回、記載から読んだ値です）。")


# 「いつから始めることになった」: a day asked, where a list prints only the fiscal year a project starts in.
_SINCE_ASKED = compiled(r"いつから|いつ(?:ごろ|頃)?(?:に)?(?:開始|始ま|始め|スタート)")
_DAY_FROM = compiled(r"(?:令和|平成)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:から|より)\s*(?:開始|実施|運用|始)")


def day_of_start(db, question: str, answer: Answer) -> None:
    """(In place) the line of another document saying the day one record's start, asked by 「いつから」, was set
    for (「病児保育の相互利用（広-07）を令和6年10月1日から開始する」), after its 開始年度: the year is the list's,
    the day the minutes'. Only one such line, naming the record by its code or its whole name."""
    if len(answer.rows) != 1 or not _SINCE_ASKED.search(nfkc(question)) or answer.value in (None, "") \
            or "document_texts" not in db.table_names():
        return
    row = answer.rows[0]
    code, title = nfkc(str(row.get("code") or "")).strip(), nfkc(str(row.get("title") or "")).strip()
    if not title:
        return
    found = []
    for source, text in db.execute("SELECT d.source, t.text FROM documents d JOIN document_texts t ON t.source = d.source "
                                   "WHERE d.source != ?", [str(row.get("source") or "")]).fetchall():
        for i, line in enumerate(str(text or "").splitlines()):
            said = nfkc(line)
            if _DAY_FROM.search(said) and (title in said or (code and not code.isdigit() and f"({code})" in said)):
                found.append((source, i + 1, said.strip()))
    if len(found) != 1:
        return
    source, line, said = found[0]
    answer.summary += f"日付は {source} {line}行目に「{said}」とあります。"
    answer.excerpts = [{"key": f"doc:{source}", "source": source, "line": line, "field": "text", "text": said,
                        "highlights": []}, *answer.excerpts]
