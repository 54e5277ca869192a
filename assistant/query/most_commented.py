"""「委員の意見がいちばん多く寄せられた施設は？」「意見が最も少なかった施設はどれ」 over a table of opinions whose target
cells name records by code (kinds/generic/opinion_rows.py: comments keyed 「A-02-3」, what the target is called kept
as target_word, 施設): the opinions are counted per code the table names, and the comments of the code(s) with the
most are the answer (the fewest: not read, the records with none are not in the table). Only where the question says nothing but that (no member, meeting or other condition,
which this reading would drop) and names what the table calls its targets; otherwise the question is left as it was."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_WHO = r"(?:(?:委員会?|審議会|検討委員会|外部評価委員会)\s*(?:の|から|からの)\s*)?"
_OPINION = r"(?:意見|指摘|コメント)(?:の(?:数|件数))?"
_MOST = r"(?P<sup>いちばん|一番|最も|もっとも)\s*(?P<dir>多|少な)(?:く|い|かった)"
# (「意見で２回以上取り上げられた補助金」: the records named in them, said as taken up)
_GIVEN = r"(?:寄せられ(?:た|ている|てる)|出され(?:た|ている|てる)|出(?:た|ている|てる)|集ま(?:った|っている|ってる)|あ(?:った|る)|付いた|ついた" \
         r"|取り上げられ(?:た|ている|てる)|取りあげられ(?:た|ている|てる)|挙げられ(?:た|ている|てる))?"
_TAIL = r"\s*(?:は|って)?\s*(?:どれ|どこ|何|なに)?\s*(?:ですか|でしょうか|か)?\s*[？?。]?\s*$"
_WORD = r"(?P<word>[一-龥々ァ-ヶー]{1,8})"
_ASKED = (
    # 「委員の意見がいちばん多く寄せられた施設は」
    compiled(rf"^{_WHO}{_OPINION}\s*(?:が|の)\s*{_MOST}\s*{_GIVEN}\s*{_WORD}{_TAIL}"),
    # 「いちばん多く意見が寄せられた施設」「最も多くの意見が出た施設」
    compiled(rf"^{_MOST}(?:の)?\s*{_WHO}{_OPINION}\s*(?:が|の)?\s*{_GIVEN}\s*{_WORD}{_TAIL}"),
    # 「意見がいちばん多い施設」 said after the word: 「施設のうち、意見がいちばん多いのは」
    compiled(rf"^{_WORD}\s*(?:の)?(?:うち|中で|なかで)[、,]?\s*{_WHO}{_OPINION}\s*(?:が|の)\s*{_MOST}\s*{_GIVEN}\s*の{_TAIL}"),
)


def _target_words(db) -> set[str]:
    try:
        return {r["target_word"] for r in db.query(
            "SELECT DISTINCT target_word FROM comment WHERE about = 'item' AND target_word <> ''")}
    except Exception:  # (an index without such comments)
        return set()


def answer(assistant, question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = nfkc(question).strip()
    m = next((m for p in _ASKED if (m := p.match(text))), None)
    if m is None:
        return None
    said = m.group("word")
    words = _target_words(assistant.db)
    word = next((w for w in sorted(words, key=len, reverse=True) if said == w or said.endswith(w)), None)
    if word is None:
        return None
    rows = [dict(r) for r in assistant.db.query(
        "SELECT * FROM comment WHERE about = 'item' AND target_word = ? ORDER BY source, line, key", [word])]
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["initiative"]] = counts.get(r["initiative"], 0) + 1
    if not counts:
        return None
    fewest = m.group("dir").startswith("少")
    if fewest:
        return None  # (the fewest would be the records no opinion names, which the table does not list)
    best = (min if fewest else max)(counts.values())
    codes = sorted(c for c, n in counts.items() if n == best)
    out = [r for r in rows if r["initiative"] in codes]
    how = "少ない" if fewest else "多い"
    summary = (f"委員の意見が最も{how}{word}は {'、'.join(codes)} です（意見 {best}件）。"
               f"意見の表の対象{word}ごとに意見を数えています（対象が「全体」などの意見は数えていません）。")
    understood = [{"field": "initiative", "op": "group_count", "value": word,
                   "label": f"意見の対象の{word}ごとに件数を数える"},
                  {"field": "n_comments", "op": "min" if fewest else "max", "value": None,
                   "label": f"意見数が最も{how}"}]
    return Answer(question=question, target="comment", rows=out, count=len(codes), value=None, status="exact",
                  summary=summary, understood=understood, columns=["initiative", "n", "text", "member"])


# 「委員から2回以上意見が出た改善項目は？」「意見が2件以上ついた項目」: the records the opinions name by code at least
# that many times (each opinion counted once per code it names), over the opinions of one document
_TIMES = r"(?P<n>\d{1,2})\s*(?:回|件|度)\s*以上"
# (「2つ以上」 said of a speaker's opinions only: without one, 意見が2つ以上 is the plan's own count of its opinions too)
_SAID_TIMES = r"(?P<n>\d{1,2})\s*(?:回|件|度|つ|個)\s*以上"
# 「組合側の意見が2つ以上出た取組」: a body whose opinions a paper gives under a section of its own (the comments' member,
# generic/opinion_cited.py), said before the opinions; only the opinions it gave are counted
_SPEAKER = r"(?:(?P<who>[一-龥々ァ-ヶー]{1,8}?)\s*側?\s*(?:の|から|からの)\s*)?"
_TIMES_ASKED = (
    compiled(rf"^{_WHO}{_TIMES}\s*(?:の)?\s*{_OPINION}\s*(?:が|の)?\s*{_GIVEN}\s*{_WORD}{_TAIL}"),
    compiled(rf"^{_WHO}{_OPINION}\s*(?:が|の|で)\s*{_TIMES}\s*{_GIVEN}\s*{_WORD}{_TAIL}"),
    compiled(rf"^{_SPEAKER}{_SAID_TIMES}\s*(?:の)?\s*{_OPINION}\s*(?:が|の)?\s*{_GIVEN}\s*{_WORD}{_TAIL}"),
    compiled(rf"^{_SPEAKER}{_OPINION}\s*(?:が|の)\s*{_SAID_TIMES}\s*{_GIVEN}\s*{_WORD}{_TAIL}"),
)


def at_least_times(assistant, question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = nfkc(question).strip()
    m = next((m for p in _TIMES_ASKED if (m := p.match(text))), None)
    # (the records the opinions name: any word of them but a person or a meeting, 「…意見が出た委員」 none)
    if m is None or re.search(r"委員|人|者|方|会議|会合|回", m.group("word")):
        return None
    rows = [dict(r) for r in assistant.db.query(
        "SELECT * FROM comment WHERE about = 'item' AND initiative <> '' ORDER BY source, line, key")]
    who = m.groupdict().get("who") or ""
    if "who" in m.groupdict() and not who and not re.search(r"[回件度]", m.group(0)):
        return None  # (「意見が2つ以上出た取組」 with no speaker: the plan's count, n_comments, reads it)
    if who:
        rows = [r for r in rows if str(r.get("member") or "") == who]
        if not rows:
            return None  # (a word no opinions' speaker is: left to the other readings, reported if unread)
    if not rows or len({r["source"] for r in rows}) != 1:
        return None  # (opinions of several papers: which paper's is unsaid)
    least = int(m.group("n"))
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["initiative"]] = counts.get(r["initiative"], 0) + 1
    codes = [c for c in dict.fromkeys(r["initiative"] for r in rows) if counts[c] >= least]
    out = [r for r in rows if r["initiative"] in codes]
    summary = (f"委員の意見が{least}件以上ある項目は {'、'.join(codes)} です（意見の対象の番号ごとに数えています）。"
               if codes else f"委員の意見が{least}件以上ある項目はありません。")
    understood = [{"field": "initiative", "op": "group_count", "value": m.group("word"),
                   "label": "意見の対象の番号ごとに件数を数える"},
                  {"field": "n_comments", "op": ">=", "value": least, "label": f"意見が{least}件以上"}]
    if who:
        understood.insert(0, {"field": "member", "op": "=", "value": who, "label": f"発言者 = {who}"})
        summary = summary.replace("委員の意見", f"{who}の意見", 1)
    return Answer(question=question, target="comment", rows=out, count=len(codes), value=None,
                  status="exact" if codes else "no_match", summary=summary, understood=understood,
                  columns=["initiative", "n", "text", "member"])


# 「それぞれどの施設についての意見？」「それらはどの施設に対する意見ですか」 right after opinions were listed: what each
# is on, the records the table names as its targets.
_WHICH_TARGET = compiled(r"^(?:(?:それぞれ|各々|おのおの|それら|これら|その意見|それらの意見)\s*(?:は|って)?[、,]?\s*)*"
                         r"(?:どの|どちらの|いずれの)\s*(?P<word>[一-龥々ァ-ヶー]{1,8}?)\s*"
                         r"(?:について|に対して|に対する|に関する|への|に向けた)?\s*(?:の)?\s*(?:意見|指摘|コメント|もの)?"
                         r"\s*(?:なの|なん)?\s*(?:ですか|でしょうか|か)?\s*[？?。]?\s*$"
                         # 「どの補助金について言ってる？」: the verb of saying in place of 意見, the same question
                         r"|^(?:(?:それぞれ|それら|これら|その委員|その人)\s*(?:は|って)?[、,]?\s*)*(?:どの|どちらの|いずれの)\s*"
                         r"(?P<said_word>[一-龥々ァ-ヶー]{1,8}?)\s*(?:について|に対して|に関して|のことを?)\s*"
                         r"(?:言って(?:る|いる|います)|述べて(?:る|いる|います)|言った|述べた|言われて(?:る|いる))"
                         r"\s*(?:の|んです)?\s*(?:ですか|でしょうか|か)?\s*[？?。]?\s*$")


def targets_of_shown(assistant, question: str) -> Answer | None:
    """The opinions the previous answer listed, asked what each is on: the same comments, their codes said."""
    shown = getattr(assistant, "_last_comments", None) or []
    if not isinstance(question, str) or not shown:
        return None
    m = _WHICH_TARGET.match(nfkc(question).strip())
    if m is None:
        return None
    said = m.group("word") or m.group("said_word")
    if any(r.get("about") != "item" or not r.get("initiative") for r in shown):
        return None
    words = {str(r.get("target_word") or "") for r in shown}
    if len(words) != 1 or not (said == next(iter(words)) or said.endswith(next(iter(words)))):
        return None
    word = next(iter(words)) or said  # (opinions under coded headings name no word of their own: the one asked)
    codes = list(dict.fromkeys(str(r["initiative"]) for r in shown))
    summary = f"前の回答の意見 {len(shown)}件の対象の{word}は {'、'.join(codes)} です。"
    understood = [{"field": "initiative", "op": "of_shown", "value": word, "label": f"前の回答の意見の対象の{word}"}]
    return Answer(question=question, target="comment", rows=list(shown), count=len(codes), value=None,
                  status="exact", summary=summary, understood=understood,
                  columns=["initiative", "n", "text", "member"])


# 「…について意見を言ったのはどの委員？」「…に意見を出したのは誰」: who made the opinions found.
_WHO_ASKED = compiled(r"(?:どの|どちらの)\s*委員|(?:のは|は)\s*(?:誰|だれ|どなた|どの方)|委員は\s*(?:誰|だれ|どなた)")


def say_members(question: object, answer: Answer) -> None:
    """The members who made the opinions answered, said first where the question asks who (the rows alone show the
    opinions, a member's name only in a column)."""
    if not isinstance(question, str) or answer.target != "comment" or answer.error or not answer.rows:
        return
    if not _WHO_ASKED.search(nfkc(question)):
        return
    rows = [r for r in answer.rows if isinstance(r, dict)]
    names = list(dict.fromkeys(str(r.get("member") or "").strip() for r in rows))
    if not names or "" in names:
        return
    answer.summary = f"意見を述べた委員は {'、'.join(names)} です（{len(rows)}件の意見）。" + answer.summary
