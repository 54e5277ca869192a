"""Records named by their place in the list a document prints: 「最後の取組項目」「一覧の3番目の実践項目」「最初の5つの
取組項目」「連携事業の5番目から8番目」「後ろから3つ」, and the records under one so placed (「18番目の取組項目の実践項目」).

The place is the printed order (1, 2, 3, N1, 4 …), not the codes' numeric order; the executor reads it from the
records' lines (list_places.py). 「No.が一番大きい取組項目」 says the numbers, and is read by them."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.vocabulary import KIND_WORDS

# The kinds whose records a document prints as a list, one a row (not comparisons of documents).
_KINDS = [(w, k) for w, k in KIND_WORDS if k not in {"conflicts"} and w not in {"項目", "回答"}]
_KIND = "|".join(re.escape(w) for w, _ in _KINDS)
_KIND_OF = dict(_KINDS)

_NUM = r"[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}"
_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_COUNTER = r"(?:つ|個|件|項目)"

# The place, as one of the named groups the production reads:
#   first / last (「最初」「一番最後」), nth (「3番目」), back (「後ろから2番目」),
#   head / tail (「最初の3つ」「後ろから3つ」), a..b (「5番目から8番目」).
_PLACE = (r"(?:(?P<a>" + _NUM + r")\s*番目\s*(?:から|～|〜|~)\s*(?P<b>" + _NUM + r")\s*番目(?:まで)?"
          r"|(?:最初|先頭|頭|上)\s*(?:の|から)?\s*(?P<head>" + _NUM + r")\s*" + _COUNTER +
          r"|(?:後ろ|うしろ|最後|末尾|下)\s*(?:の|から)?\s*(?P<tail>" + _NUM + r")\s*" + _COUNTER +
          r"|(?:後ろ|うしろ|最後|下)\s*から\s*(?P<back>" + _NUM + r")\s*番目"
          r"|(?P<nth>" + _NUM + r")\s*番目"
          r"|(?P<first>(?:(?:一番|いちばん)\s*)?(?:最初|先頭)|一番目|トップ)(?!\s*(?:から|に(?:決|行|始|着)))"
          r"|(?P<last>(?:(?:一番|いちばん)\s*)?(?:最後|末尾|おしまい))(?!\s*(?:まで|に(?:決|行|終))))")

# Where the records are printed: 「一覧の」「リストで」 (a word of its own, used by the place).
_LIST = r"(?:一覧(?:表)?|リスト|表)"
# What stands for the kind said before (「連携事業の一覧で一番最後の事業」).
_SAME = r"(?:事業|もの|やつ|項目|の(?=[はがをも？?]|$))"
# What says the records asked are under the records placed (「…の取組項目に入っている実践項目」).
_UNDER = r"(?:に(?:入って|含まれて|属して|属する|ぶら下がって)(?:いる|る)?|の|に属する|にある)"


def _n(said: str | None) -> int | None:
    if not said:
        return None
    from assistant.text.normalize import nfkc

    said = nfkc(said)
    if said.isdigit():
        return int(said)
    if said == "十":
        return 10
    if said.startswith("十"):
        return 10 + _KANJI.get(said[1:], 0)
    if "十" in said:
        tens, _, ones = said.partition("十")
        return _KANJI.get(tens, 0) * 10 + _KANJI.get(ones, 0)
    return _KANJI.get(said)


def _place(m: re.Match) -> tuple[dict, str] | None:
    """The place said, as the executor reads it ({"from": "first"|"last", "start": n, "count": k}, 1-based from that
    end), with its words for the label; None for a place of no use (0番目)."""
    g = m.groupdict()
    if g.get("a"):
        a, b = _n(g["a"]), _n(g["b"])
        if not a or not b or b < a:
            return None
        return {"from": "first", "start": a, "count": b - a + 1}, f"{a}番目から{b}番目"
    if g.get("head"):
        n = _n(g["head"])
        return ({"from": "first", "start": 1, "count": n}, f"最初の{n}つ") if n else None
    if g.get("tail"):
        n = _n(g["tail"])
        return ({"from": "last", "start": 1, "count": n}, f"後ろから{n}つ") if n else None
    if g.get("back"):
        n = _n(g["back"])
        return ({"from": "last", "start": n, "count": 1}, f"後ろから{n}番目") if n else None
    if g.get("nth"):
        n = _n(g["nth"])
        return ({"from": "first", "start": n, "count": 1}, f"{n}番目") if n else None
    if g.get("first"):
        return {"from": "first", "start": 1, "count": 1}, "最初"
    if g.get("last"):
        return {"from": "last", "start": 1, "count": 1}, "最後"
    return None


def _placed(m: re.Match, ctx: Context) -> Production | None:
    g = m.groupdict()
    said = g.get("kind") or g.get("kind2")
    kind = _KIND_OF.get(said or "")
    if kind is None or kind not in ctx.lex.kinds:
        return None
    if re.search(r"[一-龥ァ-ヶー]\s*が\s*$", m.string[:m.start()]):
        # 「委員評価が下から2番目の取組項目」: the rank of the value of the field said before, not a place in the list
        return None
    place = _place(m)
    if place is None:
        return None
    spec, words = place
    child = _KIND_OF.get(m.group("child") or "")
    label = f"{said}の一覧で{words}（資料に載っている順）"
    if child and child != kind:
        # 「18番目の取組項目の実践項目」: the records under the ones placed
        return Production([Condition(f"@place:{kind}", "place", spec, f"{label}の{said}に属する")], {child})
    return Production([Condition(f"@place:{kind}", "place", spec, label)], {kind})


def _by_number(m: re.Match, ctx: Context) -> Production | None:
    """「No.が一番大きい取組項目」「番号が最も小さい連携事業」: the record whose number is the largest (smallest)."""
    kind = _KIND_OF.get(m.group("kind") or "")
    if kind is None or kind not in ctx.lex.kinds:
        return None
    end = "last" if m.group("size") in ("大き", "後") else "first"
    spec = {"from": end, "start": 1, "count": 1, "by": "number"}
    label = f"番号が一番{'大きい' if end == 'last' else '小さい'}{m.group('kind')}"
    child = _KIND_OF.get(m.group("child") or "")
    if child and child != kind:
        return Production([Condition(f"@place:{kind}", "place", spec, f"{label}に属する")], {child})
    return Production([Condition(f"@place:{kind}", "place", spec, label)], {kind})


# The records under the ones placed, said after them: the link words are used, the kind word left to name the target.
_CHILD = r"(?:\s*" + _UNDER + r"\s*(?=(?P<child>" + _KIND + r")))?"

RULES: list[Rule] = [
    # 「実践項目一覧の最後に載っている実践項目」「取組項目の最初の3つに入っている実践項目」「連携事業の5番目から8番目」
    # 「連携事業の一覧で一番最後の事業」: the kind said first, its place after.
    Rule("place_after_kind",
         r"(?P<kind>" + _KIND + r")\s*(?:の)?\s*" + _LIST + r"?\s*(?:の|で|では|のうち|のなか(?:で)?|の中(?:で)?)\s*" + _PLACE
         + r"(?:\s*(?:に|で)?\s*(?:載って|並んで|書かれて|出て)(?:いる|る)\s*(?:" + _KIND + r"|" + _SAME + r")?"
         + r"|\s*(?:の)?\s*(?:" + _SAME + r"))?" + _CHILD,
         _placed,
         examples=(("実践項目一覧の最後に載っている実践項目は", {"conditions": [("@place:practice", "place", {"from": "last", "start": 1, "count": 1})]}),
                   ("取組項目の最初の3つに入っている実践項目", {"conditions": [("@place:initiative", "place", {"from": "first", "start": 1, "count": 3})]}),
                   ("取組項目の後ろから3つのうち", {"conditions": [("@place:initiative", "place", {"from": "last", "start": 1, "count": 3})]}),
                   ("連携事業の5番目から8番目で", {"conditions": [("@place:joint_project", "place", {"from": "first", "start": 5, "count": 4})]}),
                   ("連携事業の一覧で一番最後の事業", {"conditions": [("@place:joint_project", "place", {"from": "last", "start": 1, "count": 1})]}),
                   ("実践項目の3番目", {"conditions": [("@place:practice", "place", {"from": "first", "start": 3, "count": 1})]}),
                   ("取組項目の中で後ろから2番目のもの", {"conditions": [("@place:initiative", "place", {"from": "last", "start": 2, "count": 1})]}),
                   ("実践項目の最初から", None))),
    # 「最初の取組項目に入っている実践項目」「18番目の取組項目」「一覧の3番目の実践項目」「最初の10個の取組項目」
    # 「事例集の最後の事例」: the place said first, the kind after.
    Rule("place_before_kind",
         r"(?:" + _LIST + r"\s*(?:の|で)\s*)?" + _PLACE + r"\s*(?:の|に(?:載って|並んで|出て)(?:いる|る)|にある)\s*(?P<kind2>" + _KIND + r")" + _CHILD,
         _placed,
         examples=(("最初の取組項目に入っている実践項目は", {"conditions": [("@place:initiative", "place", {"from": "first", "start": 1, "count": 1})]}),
                   ("18番目の取組項目の実践項目を", {"conditions": [("@place:initiative", "place", {"from": "first", "start": 18, "count": 1})]}),
                   ("一覧の3番目の実践項目はどれ", {"conditions": [("@place:practice", "place", {"from": "first", "start": 3, "count": 1})]}),
                   ("最初の10個の取組項目に属する実践項目", {"conditions": [("@place:initiative", "place", {"from": "first", "start": 1, "count": 10})]}),
                   ("一番最後の取組項目の実践項目", {"conditions": [("@place:initiative", "place", {"from": "last", "start": 1, "count": 1})]}),
                   ("三番目の連携事業", {"conditions": [("@place:joint_project", "place", {"from": "first", "start": 3, "count": 1})]}),
                   ("最後から2番目の事例", {"conditions": [("@place:case_study", "place", {"from": "last", "start": 2, "count": 1})]}),
                   ("0番目の連携事業", None))),
    Rule("place_by_number",
         r"(?:No\.?|NO\.?|番号|ナンバー)\s*(?:が|の)\s*(?:一番|いちばん|最も|もっとも)\s*(?P<size>大き|小さ)(?:い|な)\s*(?P<kind>" + _KIND + r")" + _CHILD,
         _by_number,
         examples=(("No.が一番大きい取組項目の実践項目", {"conditions": [("@place:initiative", "place", {"from": "last", "start": 1, "count": 1, "by": "number"})]}),
                   ("番号が最も小さい連携事業", {"conditions": [("@place:joint_project", "place", {"from": "first", "start": 1, "count": 1, "by": "number"})]}))),
]
