"""「R3にCがついた実践項目と、R4に「-」がついた実践項目、合わせて全部」: two lists of records of one kind, each
said whole with its own conditions, asked joined (合わせて, 両方まとめて): each list is asked alone, and the answer
is the records of either (each once). Read exactly only when both are; else the question is asked as it was."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_KIND = r"実践項目|取組項目|取り組み項目|事業|項目"
_JOINED = compiled(
    r"^\s*(?P<a>[^。?？]{2,60}?(?P<k>" + _KIND + r"))\s*(?:と|、それと|それから)\s*[、,]?\s*(?P<b>[^。?？]{2,60}?(?P=k))\s*[、,]?\s*(?:を|は)?\s*"
    r"(?:合わせて|あわせて|両方(?:とも)?|まとめて|どちらも|合算して)\s*(?:全部|ぜんぶ|すべて|全て)?\s*"
    r"(?P<rest>(?:で\s*)?(?:何件|いくつ|何項目)?[^。?？]{0,12})[。?？]?\s*$")
_COUNT = compiled(r"何件|いくつ|何項目|何個")


def joined(conv, question: str):
    """The answer of both lists joined, or None (the conversation as it was)."""
    if not isinstance(question, str):
        return None
    m = _JOINED.match(nfkc(question))
    if m is None or m.group("a").startswith(("その", "それ", "この")):
        return None
    saved = dict(conv.__dict__)
    one = conv._ask_one(m.group("a") + "を全部")
    two = conv._ask_one(m.group("b") + "を全部")
    if any(a.error or a.status != "exact" or a.value is not None or (a.query or {}).get("aggregate")
           or a.target in ("", "passage") for a in (one, two)) or one.target != two.target:
        conv.__dict__.clear()
        conv.__dict__.update(saved)
        return None
    first, second = len(one.rows), len(two.rows)
    seen = {r.get("key") for r in one.rows if isinstance(r, dict)}
    two.rows = [*one.rows, *(r for r in two.rows if not isinstance(r, dict) or r.get("key") not in seen)]
    two.count = len(two.rows)
    two.question = question
    codes = "、".join(str(r.get("code", "")) for r in two.rows if isinstance(r, dict))
    two.summary = (f"「{m.group('a')}」{first}件と「{m.group('b')}」{second}件を合わせると"
                   f"（両方に当てはまるものは1件として）{two.count}件です: {codes}。")
    two.understood = [*one.understood, *(u for u in two.understood if u not in one.understood)]
    two.excerpts = [*one.excerpts, *(e for e in two.excerpts if e not in one.excerpts)]
    return two


# 「委員会とパブコメの両方で意見が出てる補助金」「第１回と第２回、両方の会議で取り上げられた業務」: two places (bodies,
# papers, meetings) said, then what was said of records in each; the records said of in both are asked.
_IN_BOTH = compiled(
    r"^\s*(?P<a>[^、。?？]{1,20}?)\s*と\s*[、,]?\s*(?P<b>[^、。?？]{1,20}?)\s*[、,]?\s*の?\s*"
    r"(?:両方|どちらにも|どちらも|いずれにも|双方)\s*(?:の\s*(?P<noun>[一-龥ァ-ヶー]{1,8}))?\s*(?P<p>で|に|から)\s*"
    r"(?P<rest>[^。?？]{2,40}?)\s*[。?？]?\s*$")


# the opinions themselves asked (「…委員意見」「…意見は？」), not the records they are on
_OPINIONS_ASKED = compiled(r"(?:意見|指摘|要望|提言|質問|コメント)\s*(?:は|って|を)?\s*(?:どれ|何|なに|ある|あります|教えて|見せて)?\s*(?:ですか|か|ください)?\s*$")


# 「…は何件」「何施設」「いくつ」: a number asked (not read here: only the list is)
_COUNTED = compiled(r"何\s*[一-龥]|いくつ|幾つ|件数")


def _record_code(key: str) -> str:
    """The record a listed row is or is said of: 「comment:103-1」 → 103 (a comment on its own, comment:6, none)."""
    kind, _, code = key.partition(":")
    if kind == "comment":
        head, dash, _ = code.partition("-")
        return head if dash else ""
    return code


def in_both(conv, question: str):
    """The rows of each place's reading whose records both readings list, or None (the conversation as it was).
    Each place is asked alone (「委員会で意見が出てる補助金は」); read only where both are read exactly as lists."""
    if not isinstance(question, str):
        return None
    m = _IN_BOTH.match(nfkc(question))
    if m is None or _COUNTED.search(m.group("rest")) or any(m.group(g).startswith(("その", "それ", "この")) for g in "ab"):
        return None
    saved = dict(conv.__dict__)
    place = (lambda w: f"{w}の{m.group('noun')}") if m.group("noun") else (lambda w: w)
    asked = [conv._ask_one(f"{place(m.group(g))}{m.group('p')}{m.group('rest')}") for g in "ab"]
    shown = [a.to_dict()["rows"] for a in asked]
    # (「周知と災害の両方について書いてある委員意見」: the opinions asked are the records, each one of both lists —
    # never two opinions of one record)
    code_of = (lambda key: key) if _OPINIONS_ASKED.search(m.group("rest")) else _record_code
    codes = [{code_of(str(r.get("key", ""))) for r in rows} - {""} for rows in shown]
    both = codes[0] & codes[1]
    if any(a.error or a.status != "exact" or a.value is not None or (a.query or {}).get("aggregate")
           or a.target in ("", "passage") or not a.rows for a in asked) or not both:
        conv.__dict__.clear()
        conv.__dict__.update(saved)
        return None
    kept = [r for rows in shown for r in rows if code_of(str(r.get("key", ""))) in both]
    sources = [{str(r.get("source", "")) for r in rows} for rows in shown]
    if any(str(r.get("key", "")).startswith("table_row:") for r in kept) and sources[0] != sources[1]:
        # (two documents' table rows by their printed numbers, 1, 2, 3: no record the two share)
        conv.__dict__.clear()
        conv.__dict__.update(saved)
        return None
    kept = list({str(r.get("key", "")): r for r in kept}.values())
    listed = sorted(both, key=lambda c: next(i for i, r in enumerate(kept) if code_of(str(r.get("key", ""))) == c))
    one = asked[0]
    one.rows, one.excerpts, one.rows_are, one.shown_keys = kept, [], "", {}
    one.question, one.count = question, len(listed)
    if all(str(r.get("key", "")).startswith("comment:") for r in kept):
        one.target = "comment"
    one.understood = [*asked[0].understood, *(u for u in asked[1].understood if u not in asked[0].understood)]
    # (「意見が出てる補助金は」 → 意見が出てる補助金: what is listed, without the asking)
    what = re.sub(r"\s*(?:は|って|を)?\s*(?:どれ|何|なに|どこ|ある|あります|教えて|見せて|出して)?\s*(?:ですか|か|ください)?$", "",
                  m.group("rest")) or "もの"
    one.summary = (f"「{m.group('a')}」と「{m.group('b')}」の両方{m.group('p')}{what}は {len(listed)}件です"
                   f"（{'、'.join(listed)}）。")
    return one
