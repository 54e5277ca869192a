"""A meeting's questions and answers numbered on across its parts (「Q1」「問3」), a part per district or meeting
(「（３）東部地区（令和６年７月２０日（土））」), each part printing them either as paragraphs — 「Q1　（関連施設：1-01 北部公民館）」
over 「【質問】…」 and 「【回答】…（生涯学習課）」 — or as a table's rows (番号 │ 関連施設 │ 質問の要旨 │ 回答の要旨 │ 回答課):
each is a comment keyed by its own number (「Q8-1」: a question is a record of its own, not an opinion on the record it
cites), with the answer (`response`), the office that answered (`responder`: the table's column, or the bracket
closing the answer paragraph), the part's district or meeting (`place`) and the record it names (`cited`, the
code as printed; 「なし」「－」 name none), so that 「西部地区から出た質問」「財産活用課が回答した質問」「東部地区の質疑
のうち回答が建築住宅課のもの」 read them whichever layout their part is printed in.

Read by the layout alone: question numbers of a mark and a number, distinct, two or more in all; a table is one of
this layout when its header names a number, a question and an answer column. A document printing its questions only
as tables keeps them as the tables' rows (as a page of 番号 │ 地区 │ 質問要旨 │ 回答要旨 │ 回答課 per venue is read
everywhere else): the comment reading is for the paragraphs, and the tables of the same meeting join them."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

# 「Q1」「Ｑ１２」「問3」「質問4」: a question's own number (NFKC)
_NO = r"(?:Q|問|質問)\s*\d{1,3}"
_NO_RE = re.compile(rf"^{_NO}$")
# 「Q1　（関連施設：1-01 北部公民館）」「問2 (対象:なし)」: the number opening a paragraph question, maybe what it is on
_OPENING = re.compile(rf"^(?P<no>{_NO})(?:[\s.．:：]*[(（](?P<label>[^:：()（）]{{1,8}})[:：]\s*(?P<cited>[^()（）]*)[)）])?\s*$")
_QUESTION = re.compile(r"^[【\[［(（](?:質問|問|Q)[】\]］)）]\s*(?P<text>\S.*)$")
_ANSWER = re.compile(r"^[【\[［(（](?:回答|答|A)[】\]］)）]\s*(?P<text>\S.*)$")
# 「…計画です。（公共施設マネジメント課）」: the answer's office in the closing bracket
_RESPONDER = re.compile(r"^(?P<text>.*?)\s*[(（](?P<who>[^()（）]{1,20}(?:課|室|局|部|所|センター|事務局|委員会))[)）]\s*$")
# 「（３）東部地区（令和６年７月２０日（土））」「2. 中央会場」: a numbered part naming where, maybe with its date
_PART = re.compile(r"^(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．])\s*(?P<name>[^\s()（）。、]{2,20}?)\s*(?:[(（].*[)）])?$")
# 「３　今後の対応」: a part of the document's own, ending the last district's
_OTHER_PART = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十])[\s\u3000、.．]+\S")
_NUMBER_HEAD = re.compile(r"^(?:No\.?|番号|№|質問番号|質疑番号)$")
_QUESTION_HEAD = re.compile(r"質問|質疑|問い|意見")
_ANSWER_HEAD = re.compile(r"回答|答弁|市の考え方|町の考え方")
_RESPONDER_HEAD = re.compile(r"^(?:回答課|回答者|答弁者|担当課|所管課|回答部署|担当部署)$")
_CITED_HEAD = re.compile(r"^(?:関連|対象)[一-龥]{0,4}$")
_NONE = re.compile(r"^(?:[-－―‐ー—]?|なし|無し|該当なし|全般)$")
# 「1-01 北部公民館」「K-02」「学05　北川分校」: the code opening what a question is on
_CODE = re.compile(r"^(?P<code>[A-Za-z一-龥]{0,3}[-‐－]?\d{1,4}(?:[-‐－]\d{1,4})?)(?![\d])")
_MIN = 2


def _key(head: str) -> str:
    return "".join(nfkc(head).split())


def _cited(said: str) -> str:
    said = nfkc(clean(said)).strip()
    if _NONE.match(said):
        return ""
    m = _CODE.match(said)
    return re.sub(r"[‐－]", "-", m.group("code")) if m else ""


def _places(lines: list[str]) -> list[str]:
    """Each line's district or meeting: the numbered part heading over it ("" outside such parts)."""
    out: list[str] = []
    place = ""
    for raw in lines:
        said = nfkc(clean(raw)).strip()
        if (m := _PART.match(said)) is not None:
            place = m.group("name")
        elif _OTHER_PART.match(said) and "\t" not in raw and len(said) <= 30:
            place = ""
        out.append(place)
    return out


def qa_comments(rows: list[Record], lines: list[str], source: str) -> list[Record]:
    """The comment records of both layouts in a document (none where fewer than two numbered questions are found)."""
    places = _places(lines)
    found: list[tuple[int, int, str, dict]] = []  # (line, end line, number, fields)
    opened: list | None = None
    for i, raw in enumerate(lines):
        said = nfkc(clean(raw)).strip()
        if (m := _OPENING.match(said)) is not None:
            opened = [i + 1, i + 1, "".join(m.group("no").split()),
                      {"cited": _cited(m.group("cited") or ""), "cited_word": _key(m.group("label") or ""),
                       "cited_as": f"{_key(m.group('label') or '')}：{clean(m.group('cited') or '').strip()}"
                       if m.group("label") else ""}]
            continue
        if opened is None:
            continue
        if (m := _QUESTION.match(said)) is not None and "text" not in opened[3]:
            opened[3]["text"], opened[1] = m.group("text").strip(), i + 1
        elif (m := _ANSWER.match(said)) is not None and "text" in opened[3]:
            answer = m.group("text").strip()
            who = _RESPONDER.match(answer)
            opened[3]["response"] = who.group("text") if who else answer
            if who:
                opened[3]["responder"] = "".join(who.group("who").split())
            opened[1] = i + 1
            found.append((opened[0], opened[1], opened[2], opened[3]))
            opened = None
        elif said:
            opened = None  # (prose after the number: no question of this layout)
    if not found:
        return []
    found.extend(_table_questions(rows))
    numbers = [no for _, _, no, _ in found]
    if len(found) < _MIN or len(set(numbers)) != len(numbers):
        return []
    out: list[Record] = []
    for line, end, no, fields in sorted(found, key=lambda f: f[0]):
        place = places[line - 1] if 0 < line <= len(places) else ""
        record = {"initiative": no, "n": 1, "number": no, "question_no": no, "member": "", "member_role": "", "practice": "",
                  "target_word": fields.pop("cited_word", "").removeprefix("関連").removeprefix("対象"),
                  "about": "item" if fields.get("cited") else "", **fields}
        if place:
            record["place"] = place
        out.append(Record("comment", f"{no}-1", record, source, line, end))
    return out


def _table_questions(rows: list[Record]) -> list[tuple[int, int, str, dict]]:
    out: list[tuple[int, int, str, dict]] = []
    for r in rows:
        cells = r.fields.get("cells") or {}
        heads = {_key(h): h for h in cells}
        number = next((h for k, h in heads.items() if _NUMBER_HEAD.match(k)), "")
        responder = next((h for k, h in heads.items() if _RESPONDER_HEAD.match(k)), "")
        answer = next((h for k, h in heads.items() if h != responder and _ANSWER_HEAD.search(k)), "")
        question = next((h for k, h in heads.items() if h not in (number, answer, responder)
                         and _QUESTION_HEAD.search(k)), "")
        cited = next((h for k, h in heads.items() if _CITED_HEAD.match(k)), "")
        no = "".join(nfkc(str(cells.get(number) or "")).split()) if number else ""
        if not (question and answer and _NO_RE.match(no)):
            continue
        fields = {"text": clean(str(cells.get(question) or "")).strip(),
                  "response": clean(str(cells.get(answer) or "")).strip(),
                  "cited": _cited(str(cells.get(cited) or "")) if cited else "", "cited_word": _key(cited),
                  "cited_as": f"{_key(cited)}：{' '.join(clean(str(cells.get(cited) or '')).split())}" if cited else ""}
        if responder:
            fields["responder"] = "".join(nfkc(str(cells.get(responder) or "")).split())
        out.append((r.line, r.end_line or r.line, no, fields))
    return out
