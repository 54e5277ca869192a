"""「桐生委員が会議で取り上げた施策はどれ？」「8月の定例会で宍戸委員はどの施策について意見を言ってた？」: minutes whose
members' turns cite the plan's items by code (comment.member, comment.initiative, about = practice/initiative) while
the items are printed in another document: the member's turns are the answer (each under the code it cites), as the
comments the question asks of. 「そのうち令和6年度にA評価だったのは？」 after them is asked of the items alone (the
kind the first question named) and the turns kept are those citing an item found (minutes_comments.narrowed).

The member must be one the index's comments name; the words around the member may only say where the remarks were
made (会議で, 定例会で, 第8回の…で) and, of a month (8月の定例会), only a month the minutes' own opening lines date
the meeting in. Any other word: nothing is answered here (the engine's own reading stands)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_KIND = r"(?P<kind>施策|取組|取り組み|取組項目|実践項目|事業|項目|基本目標|目標|計画|テーマ)"
_END = (r"\s*(?:は|って|を)?\s*(?:どれ|どこ|何|なに|どの\S{0,4}|全部|すべて)?\s*(?:の|ん)?\s*"
        r"(?:ですか|でしょうか|か|教えて(?:ください|下さい)?|挙げて|あげて)?\s*[？?。]?\s*")
_SAID = (r"(?:取り上げ|取上げ|言及し|触れ|意見(?:を|が)?\s*(?:言っ|述べ|出し|いっ)|発言し|指摘し|質問し|意見し)"
         r"(?:た|ている|てる|ていた|てた|ました|ています)")
# 「桐生委員が会議で取り上げた施策はどれ？」
_BEFORE = compiled(rf"^(?P<pre>.*?)(?P<name>[一-龥々ァ-ヶー]{{1,6}}?)\s*委員\s*(?:が|は)\s*(?P<mid>.*?){_SAID}\s*{_KIND}{_END}$")
# 「宍戸委員はどの施策について意見を言ってた？」
_WHICH = compiled(rf"^(?P<pre>.*?)(?P<name>[一-龥々ァ-ヶー]{{1,6}}?)\s*委員\s*(?:が|は)\s*(?P<mid>.*?)どの\s*{_KIND}\s*"
                  r"(?:について|に関して|に対して|に|を)\s*(?:意見|発言|指摘|質問|言及)?\s*(?:を|が)?\s*"
                  r"(?:言っ|述べ|出し|いっ|し|され|取り上げ|触れ)?\s*(?:た|ている|てる|ていた|てた|ました|ています)?"
                  r"\s*(?:の|ん)?\s*(?:ですか|でしょうか|か)?\s*[？?。]?\s*$")
_MONTH = compiled(r"(\d{1,2})\s*月")
_MEETING_NO = compiled(r"第\s*(\d{1,2})\s*回")
# where the remarks were made: no condition of its own (a month and a meeting number are checked below)
_FILLER = compiled(r"^(?:\d{1,2}\s*月|第\s*\d{1,2}\s*回|令和\s*\d{1,2}\s*年(?:度)?|[一-龥々]{0,8}?(?:会議|定例会|臨時会|委員会"
                   r"|協議会|審議会|懇談会|懇話会|部会)|会議録|議事録|議事|席上|場|中|の|で|に|は|が|、|,|\s"
                   # (an opinion paper's members: 「意見書で須永委員が取り上げた」「岡部委員が意見で取り上げた」)
                   r"|[一-龥々]{0,8}?意見書|意見)*$")


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = nfkc(question).strip()
    m = _BEFORE.match(text) or _WHICH.match(text)
    if m is None:
        return None
    around = f"{m.group('pre')} {m.group('mid')}"
    if not _FILLER.fullmatch(around):
        return None
    name = m.group("name")
    try:
        rows = [dict(r) for r in assistant.db.query(
            "SELECT * FROM comment WHERE member = ? AND about IN ('practice', 'initiative') "
            "AND coalesce(initiative, '') <> '' ORDER BY source, line, key", [name])]
    except Exception:  # (an index without comments or members)
        return None
    if not rows:
        return None
    sources = sorted({str(r["source"]) for r in rows})
    month = _MONTH.search(around)
    if month and not _dated_in(assistant.db, sources, int(month.group(1))):
        return None  # (a month the minutes do not date their meeting in: not read here)
    number = _MEETING_NO.search(around)
    if number:
        rows = [r for r in rows if re.sub(r"\s", "", nfkc(str(r.get("meeting") or ""))) == f"第{number.group(1)}回"]
        if not rows:
            return None
    kind = m.group("kind")
    codes = list(dict.fromkeys(str(r["initiative"]) for r in rows))
    understood = [{"field": "member", "op": "=", "value": name, "label": f"委員 = {name}"},
                  {"field": "initiative", "op": "cited", "value": codes,
                   "label": f"発言が名指す{kind}（番号）"}]
    if month:
        understood.append({"field": "source", "op": "in", "value": sources,
                           "label": f"{int(month.group(1))}月に開かれた会議の議事録"})
    result = Answer(question=question, target="comment", rows=rows, count=len(rows), value=None, status="exact",
                    summary=f"{name}委員が発言で名指した{kind}は {len(codes)}件です（{'、'.join(codes)}）。",
                    understood=understood, columns=["initiative", "n", "text", "member"])
    result.notes.append("議事録の委員の発言を、発言が名指す番号の項目への意見として示しています")
    result.turns_kind = kind  # (what a follow-up narrowing the turns asks of: conversation.py)
    return result


def _dated_in(db, sources: list[str], month: int) -> bool:
    """Whether each document's opening lines date it in that month (「令和７年８月２１日」)."""
    for s in sources:
        try:
            head = " ".join(str(r[0] or "") for r in db.execute(
                "SELECT text FROM passages WHERE source = ? ORDER BY line LIMIT 4", [s]).fetchall())
        except Exception:
            return False
        if not re.search(rf"(?<!\d){month}\s*月\s*\d{{1,2}}\s*日", nfkc(head)):
            return False
    return True


def follow_up(assistant, question: str, turns: list[dict]) -> Answer | None:
    """「そのうち令和6年度にA評価だったのは？」 after a member's turns: the rest asked of the items alone (the kind said
    before), then the turns citing the items found. None where it cannot be asked so exactly."""
    kind = getattr(assistant, "_turns_kind", "")
    if not kind or not turns:
        return None
    text = nfkc(question).strip()
    rest = re.sub(r"^(?:その\s*(?:うち|中で|なかで|中から)|うち|この\s*(?:うち|中で))\s*[、,]?\s*", "", text)
    if rest == text:
        return None
    said = re.sub(r"(?:もの|の)(?=\s*(?:は|って|を|が|[？?]|$))", kind, rest, count=1)
    if said == rest:
        return None
    from assistant.query import minutes_comments

    sub = type(assistant)(assistant.db).ask(said)  # (a conversation of its own: the items alone)
    if sub.status not in ("exact", "no_match") or sub.unused or sub.target not in ("practice", "initiative"):
        return None
    minutes_comments.narrowed(turns, sub)
    if sub.target != "comment":
        return None
    sub.question = question
    sub.turns_kind = kind
    sub.understood = [{"field": "@turns", "op": "in", "value": None, "label": "前の回答の委員の発言"}, *sub.understood]
    return sub


# 「休憩のあとに委員から意見が出た施策を全部あげて」「休憩前に発言があった取組は？」
_BREAK = compiled(rf"^(?P<pre>.*?)(?:(?P<after>休憩\s*(?:の\s*)?(?:あと|後|明け|以降)|再開\s*(?:の\s*)?(?:あと|後|以降))"
                  rf"|(?P<before>休憩\s*(?:の\s*)?(?:前|まえ)|休憩に入る\s*(?:前|まえ)))\s*(?:に|で|は|、|,)*\s*"
                  r"(?:委員\s*(?:から|が|の|より)\s*)?(?:意見|発言|指摘|質問|言及)\s*(?:が|を|の)?\s*"
                  r"(?:出|出され|あっ|され|し|述べられ|寄せられ)?(?:た|ている|てる|ていた)?\s*"
                  rf"{_KIND}{_END}$")
_BREAK_LINE = compiled(r"[（(]\s*(?P<what>休憩|再開)\s*(?P<time>(?:午前|午後)?\s*[\d０-９]{1,2}\s*時\s*(?:[\d０-９]{1,2}\s*分)?)?")
# 「定例会、休憩は何時から？」「再開したのは何時？」
_BREAK_TIME = compiled(r"^(?P<pre>.*?)(?P<what>休憩|再開)\s*(?:は|が|したのは|されたのは|になったのは)?\s*"
                       r"(?:何時\s*(?:何分)?\s*(?:から|に|頃|ごろ)?|いつ\s*(?:から)?)\s*(?:です|だった|でした)?\s*"
                       r"(?:の|ん)?\s*(?:ですか|でしょうか|か)?\s*[？?。]?\s*$")


def _breaks(db, sources: list[str]) -> dict[str, dict[str, tuple[int, str, str]]]:
    """Each document's bracketed 休憩 / 再開 lines (「（休憩　午後３時１０分）」): what → (line, time, text)."""
    out: dict[str, dict[str, tuple[int, str, str]]] = {}
    for s in sources:
        try:
            found = db.execute("SELECT line, text FROM passages WHERE source = ? AND kind = 'doc' "
                               "AND (text LIKE '%（休憩%' OR text LIKE '%（再開%' OR text LIKE '%(休憩%' "
                               "OR text LIKE '%(再開%') ORDER BY line", [s]).fetchall()
        except Exception:
            return {}
        for line, text in found:
            for m in _BREAK_LINE.finditer(str(text or "")):
                out.setdefault(s, {}).setdefault(m.group("what"), (int(line), (m.group("time") or "").strip(), str(text)))
    return out


def around_break(assistant, question: object) -> Answer | None:
    """The members' turns after (before) the minutes' break, as the turns citing items (each under its code)."""
    if not isinstance(question, str):
        return None
    text = nfkc(question).strip()
    m = _BREAK.match(text)
    if m is None or not _FILLER.fullmatch(m.group("pre")):
        return None
    try:
        rows = [dict(r) for r in assistant.db.query(
            "SELECT * FROM comment WHERE coalesce(member, '') <> '' AND about IN ('practice', 'initiative') "
            "AND coalesce(initiative, '') <> '' ORDER BY source, line, key")]
    except Exception:
        return None
    breaks = _breaks(assistant.db, sorted({str(r["source"]) for r in rows}))
    if not breaks:
        return None
    after = bool(m.group("after"))
    kept = []
    for r in rows:
        marks = breaks.get(str(r["source"]))
        if not marks:
            continue
        if after:
            line = (marks.get("再開") or marks.get("休憩"))[0]
            if int(r["line"]) > line:
                kept.append(r)
        else:
            line = (marks.get("休憩") or marks.get("再開"))[0]
            if int(r["line"]) < line:
                kept.append(r)
    kind = m.group("kind")
    codes = list(dict.fromkeys(str(r["initiative"]) for r in kept))
    when = "休憩のあと（再開後）" if after else "休憩の前"
    result = Answer(question=question, target="comment", rows=kept, count=len(kept), value=None,
                    status="exact" if kept else "no_match",
                    summary=(f"{when}に委員の発言が名指した{kind}は {len(codes)}件です（{'、'.join(codes)}）。" if kept
                             else f"{when}に委員が名指した{kind}はありません。"),
                    understood=[{"field": "line", "op": ">" if after else "<", "value": None,
                                 "label": f"議事録の（{'再開' if after else '休憩'}）の行より{'後' if after else '前'}の委員の発言"}],
                    columns=["initiative", "n", "text", "member"])
    result.notes.append("議事録の委員の発言を、発言が名指す番号の項目への意見として示しています")
    result.turns_kind = kind
    return result


def break_time(assistant, question: object) -> Answer | None:
    """「休憩は何時から？」: the time printed in the minutes' bracketed 休憩 (再開) line."""
    if not isinstance(question, str):
        return None
    text = nfkc(question).strip()
    m = _BREAK_TIME.match(text)
    if m is None or not _FILLER.fullmatch(m.group("pre")):
        return None
    try:
        sources = [str(r[0]) for r in assistant.db.execute(
            "SELECT DISTINCT source FROM passages WHERE kind = 'doc' AND (text LIKE '%（休憩%' OR text LIKE '%(休憩%')")]
    except Exception:
        return None
    body = [b for b in re.findall(r"[一-龥々]*?(?:定例会|臨時会|委員会|協議会|審議会|懇談会|会議)", m.group("pre"))]
    if body:
        sources = [s for s in sources if any(b in nfkc(s) or b in _title(assistant.db, s) for b in body)]
    found = [(s, mark) for s in sources for mark in [_breaks(assistant.db, [s]).get(s, {}).get(m.group("what"))]
             if mark and mark[1]]
    if len(found) != 1:
        return None  # (no such line, or several meetings' breaks: not one answer)
    source, (line, time, passage) = found[0]
    what = m.group("what")
    return Answer(question=question, target="passage", rows=[], count=None, value=time, status="exact",
                  summary=f"{what}は{time}です（{_title(assistant.db, source) or source}）。",
                  understood=[{"field": "text", "op": "contains", "value": what,
                               "label": f"議事録の（{what}）の行に書かれた時刻"}],
                  excerpts=[{"key": f"doc:{source}", "source": source, "line": line, "text": passage,
                             "field": "text", "highlights": []}])


def _title(db, source: str) -> str:
    try:
        got = db.execute("SELECT title FROM documents WHERE source = ?", [source]).fetchone()
    except Exception:
        return ""
    return nfkc(str(got[0] or "")) if got else ""
