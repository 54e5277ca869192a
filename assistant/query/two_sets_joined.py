"""「R3にCがついた実践項目と、R4に「-」がついた実践項目、合わせて全部」: two lists of records of one kind, each
said whole with its own conditions, asked joined (合わせて, 両方まとめて): each list is asked alone, and the answer
is the records of either (each once). Read exactly only when both are; else the question is asked as it was."""
from __future__ import annotations

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
