"""Questions about a document itself (「このニュースレターは第何号？」「この意見書のタイトルは？」): the one
document whose title holds the word after この answers, from its title and its opening passages.

A dedicated kind's parser keeps records, not the title lines (Ｖｏｌ. ７), so the documents table's title
is read here. The answer is a search (a place to read): the title or passage that holds the kind of
thing asked for comes first, and nothing is claimed about records.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.meeting_lines import head_lines, people_of, spelled_meeting
from assistant.text.normalize import nfkc, notation_key, spelled_out

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader

# この + a word for a kind of paper + a property of the paper as a whole (not of what it holds).
_ABOUT_ITSELF = compiled(
    # (「焼津市の行革委員会の意見書」: who issued it, said before the kind of paper, qualifies it)
    r"^(?:この|本|当|(?P<place>[一-龥ァ-ヶー]{1,8}(?:市|町|村|県|府|都|道))の)\s*(?:[一-龥ァ-ヶー]{2,12}の)?([^\sのはをがにでと、。？?]{0,16}?(?:ニュースレター|通信|つうしん|だより|便り|広報|会報|報告書|意見書"
    r"|答申|計画|大綱|プラン|資料|文書|シート|冊子|レポート|一覧|事例集))\s*(?:は|の|って)\s*"
    r"(第?何号|号数|何番目|タイトル|題名|表題|名前|名称|発行日|発行年月日?|いつ(?:の|発行|作成|出|出さ|作ら)|発行元|発行者"
    r"|作成者|計画期間|期間|対象期間|問い?合わ?せ先|連絡先)")
# 「答申が出された日付は？」「意見書の提出日は」: the day a paper was issued, asked of a paper named by its kind
# without この (the one document whose title holds that word, as above).
_DATED_ITSELF = compiled(
    r"^(?:この|本|当|(?P<place>[一-龥ァ-ヶー]{1,8}(?:市|町|村|県|府|都|道))の)?\s*(?:[一-龥ァ-ヶー]{2,12}の)?([^\sのはをがにでと、。？?]{0,16}?"
    r"(?:報告書|意見書|答申書?|提言書|建議書?|大綱|一覧))\s*(?:が|は|の|って)\s*"
    r"((?:(?:出され|提出され|発行され|作成され|まとめられ|公表され|答申され)た\s*)(?:日付|年月日|日)|日付|提出日|発行日|作成日|答申日)"
    r"\s*(?:は|って|を)?\s*(?:いつ|何日|教えて)?\s*(?:ですか|でしょうか|か)?\s*[?？]?\s*$")
_TITLE_ASKED = ("タイトル", "題名", "表題", "名前", "名称")
# A meeting's record named by its title's words (「小諸市の行財政改革推進委員会の開催日は？」): what its
# opening lines state of the meeting, under the labels a record prints (日時 | 令和7年10月21日…).
# (「…委員会、令和6年度の第2回は」: which meeting of the body, said between; its title must say it too)
_MEETING_SAID = compiled(
    r"^(.{2,40}?(?:委員会|審議会|懇話会|懇談会|協議会|部会|会議))\s*"
    r"(?:[、,]?\s*(?P<which>(?:(?:令和|平成)(?:\d{1,2}|元)年度の?)?第\d{1,2}回)\s*)?(?:の|は|って)\s*"
    r"(?P<asked>開催日時?|開催日程|日時|いつ(?=開催|開か|行わ|やっ|行っ|開い|あっ|だっ)|開催場所|会場|場所|出席者|出席委員|欠席者|欠席)")
_MEETING_LABELS = {"日": ("日時", "開催日時", "開催日", "日程"), "所": ("場所", "会場", "開催場所"), "者": ("出席者", "出席委員", "出席"),
                   "欠": ("欠席者", "欠席委員", "欠席")}
# 「出席者は何人」: the people the line lists, counted.
_HOW_MANY = compiled(r"(?:何人|何名|人数)")

# (「１　日　時　　令和７年８月２６日（火）」: the label spaced out as the minutes print it)
_DAY_LINE = compiled(r"(?:^|\s)(開催日時|日\s?時|開催日|日\s?程)\s*[:：]?\s*((?:令和|平成)?\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                       r"(?:\s*[(（][^)）]{1,3}[)）])?(?:\s*(?:午前|午後)?\s*\d{1,2}\s*時(?:\s*\d{1,2}\s*分)?"
                       r"(?:\s*[~〜～]\s*(?:午前|午後)?\s*\d{1,2}\s*時(?:\s*\d{1,2}\s*分)?)?)?)")

OPENING = 3  # the first passages of the document read besides the ranked ones


def answer_about_document(db: IndexReader, question: str) -> Answer | None:
    """The answer from the document the question names with この, or None when it is not about one."""
    m = _ABOUT_ITSELF.search(nfkc(question).strip()) or _DATED_ITSELF.search(nfkc(question).strip())
    if not m:
        return _meeting_answer(db, question)
    word = notation_key(m.group(2))
    place = notation_key(m.group("place") or "")  # 「北山市の意見書は」: the place's document of that kind
    docs = [d for d in db.query("SELECT source, title FROM documents")
            if word in notation_key(d["title"] or "") and place in notation_key(d["title"] or "")]
    if len(docs) != 1:
        return None  # no document, or several, is called that: the question is left to the engine
    source, title = docs[0]["source"], docs[0]["title"] or ""
    from assistant.query.rank import kind_score, ranker  # (only a question about one document ranks its passages)

    r = ranker(db)
    need = r.need(question)
    opening = [{"key": p["key"], "source": source, "line": p["line"], "text": p["text"], "field": p["field"]}
               for p in db.query("SELECT key, line, text, field FROM passages WHERE source = ? ORDER BY line, id "
                                 f"LIMIT {OPENING}", [source])]
    passages = [e for e in r.rank(need, opening, limit=60) if e["source"] == source][:5]
    dated = [e for e in opening if need.kind in ("date", "start") and kind_score(need, e["text"]) >= 1.0]
    if dated:  # 「いつ出された」: the full date on the cover is the paper's own
        passages = [dated[0]] + [e for e in passages if e["key"] != dated[0]["key"] or e["line"] != dated[0]["line"]]
    heading = {"key": f"doc:{source}", "source": source, "line": 1, "text": title, "field": "title", "highlights": []}
    asks_title = m.group(3) in _TITLE_ASKED
    title_first = asks_title or not passages or (need.kind and kind_score(need, title) == 1.0
                                                 and kind_score(need, passages[0]["text"]) < 1.0)
    excerpts = [heading] + passages if title_first else passages + [heading]
    first = excerpts[0]
    quote = " ".join(first["text"].split())
    quote = quote if len(quote) <= 90 else quote[:89] + "…"
    return Answer(question=question, target="passage", status="search", count=1,
                  understood=[{"field": "document", "op": "=", "value": source, "label": f"文書: {title}"}],
                  rows=[{"key": f"doc:{source}", "title": title, "excerpt": first["text"]}], columns=["title", "excerpt"],
                  excerpts=excerpts,
                  summary=(f"「{title}」の表題は「{title}」です。" if asks_title else
                           f"「{title}」の表題と本文から探しました。最も当てはまりそうな箇所"
                           f"（{source} {first['line']}行目）: 「{quote}」。"))


def _meeting_answer(db: IndexReader, question: str) -> Answer | None:
    """The line of a meeting's record stating when, where or who (日時・場所・出席者), when the question
    names one document by its title's words; None otherwise."""
    said_q = spelled_meeting(question).strip()
    m = _MEETING_SAID.search(said_q)
    if not m:
        return None
    parts = [notation_key(spelled_out(p)) for p in m.group(1).split("の") if p.strip()]
    if m.group("which"):
        parts += [notation_key(w) for w in re.findall(r"(?:令和|平成)(?:\d{1,2}|元)年度|第\d{1,2}回", m.group("which"))]
    docs = [d for d in db.query("SELECT source, title FROM documents")
            if all(p in notation_key(d["title"] or "") for p in parts)]
    if len(docs) != 1:
        return None
    source, title = docs[0]["source"], docs[0]["title"] or ""
    asked = m.group("asked")
    labels = _MEETING_LABELS["所" if "場所" in asked or "会場" in asked else "欠" if "欠席" in asked
                             else "者" if "出席" in asked else "日"]
    for p in db.query("SELECT key, line, text, field FROM passages WHERE source = ? ORDER BY line, id LIMIT 12", [source]):
        text = nfkc(p["text"]).strip()
        # 「日時 / 令和7年…」, or a row read under the first as its header: 「日時: 場所 / 令和7年…: 市役所」
        names, _, values = text.partition(" / ")
        said = dict(zip(names.split(": "), values.split(": "))) if values else {}
        # (「日　時：令和7年…場　所：…出席者：…」: the head's labelled lines, run together)
        said = {**head_lines(text), **said}
        label = next((w for w in labels if w in said), None)
        if label is None and labels is _MEETING_LABELS["日"]:
            # 「1　日時　令和6年11月20日（水）午後2時…」: the label and its day on a line of the record's text.
            day = _DAY_LINE.search(text)
            if day:
                label, value = "".join(day.group(1).split()), day.group(2).strip()
        elif label is not None:
            value = said[label]
        if label is None:
            continue
        excerpt = {"key": p["key"], "source": source, "line": p["line"], "text": p["text"], "field": p["field"],
                   "highlights": []}
        if labels is not _MEETING_LABELS["日"] and labels is not _MEETING_LABELS["所"] and _HOW_MANY.search(said_q[m.end():]):
            people = people_of(value)
            return Answer(question=question, target="passage", status="exact", count=len(people), value=len(people),
                          understood=[{"field": "document", "op": "=", "value": source, "label": f"文書: {title}"},
                                      {"field": label, "op": "count", "value": None, "label": f"{label}の欄に並ぶ人数"}],
                          rows=[{"key": f"doc:{source}", "title": title, "excerpt": p["text"]}], columns=["title", "excerpt"],
                          excerpts=[excerpt],
                          summary=f"「{title}」の{label}は {len(people)}人です（{label}の欄に並ぶ人数、{source} {p['line']}行目）：{value}。")
        return Answer(question=question, target="passage", status="search", count=1,
                      understood=[{"field": "document", "op": "=", "value": source, "label": f"文書: {title}"}],
                      rows=[{"key": f"doc:{source}", "title": title, "excerpt": p["text"]}], columns=["title", "excerpt"],
                      excerpts=[excerpt],
                      summary=f"「{title}」の{label}は「{value}」です（{source} {p['line']}行目）。")
    return None
