"""Records named by number: N-codes (items added in the plan's later year), 実践項目 No.n, 取組項目 / No.n."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.vocabulary import KIND_WORDS


def _added(m: re.Match, ctx: Context) -> Production | None:
    # The year the items were added in is the edition's: any year before 追加 means the N items.
    return Production([Condition("code", "added", "N", "新たに追加された実践項目（番号が N や漢字の印で始まる、または「新規」の印）")],
                      {"practice"})


# A practice item named by its number is a condition on the item or on its parts (sheets, 課題, …),
# resolved per target like a title: the parts' own codes are 28-R3, never 28.
def _n_code(m: re.Match, ctx: Context) -> Production | None:
    code = f"N{int(m.group(1))}"
    return Production([Condition("@title:practice", "=", code, f"実践項目 = {code}")], {"practice"})


def _lettered_code(m: re.Match, ctx: Context) -> Production | None:
    """「改革項目A4の」「B3は」: an item coded with letters and a number (A4, B12) as its document prints it; only
    a code the index holds for an item (a year 「R6」 said alone is a year, unless an item is coded so and the
    item's word comes before it)."""
    from assistant.text.normalize import nfkc

    code = nfkc(m.group("code"))
    if not any(c == code for c, _ in ctx.lex.practice_titles):
        return None
    if re.fullmatch(r"[RrHh]\d{1,2}", code) and not m.group("word"):
        return None
    return Production([Condition("@title:practice", "=", code, f"実践項目 = {code}")], {"practice"})


def _layered_code(m: re.Match, ctx: Context) -> Production | None:
    """「Ⅱ-1-③ってどこの課」: an item coded by its place in the plan (基本方針 Ⅱ, 推進方策 1, item ③; NFKC makes it
    II-1-3), as its document prints it; only a code the index holds for an item."""
    code = re.sub(r"\s+", "", re.sub(r"\s*[-‐－]\s*", "-", m.group("code"))).upper()
    if not any(c == code for c, _ in ctx.lex.practice_titles):
        if any(c == code for c, _ in ctx.lex.initiative_titles):
            # (「重点項目Ⅱ-3の実施項目」: the group the items stand under, coded so: its number)
            return Production([Condition("@no", "=", code, f"番号 = {code}")], {"initiative"})
        return None
    return Production([Condition("@title:practice", "=", code, f"実践項目 = {code}")], {"practice"})


def _bracketed_code(m: re.Match, ctx: Context) -> Production | None:
    """「3-(2)の成果指標」: an item coded with its last part in brackets (施策 2-(1)); only a code the index holds."""
    code = re.sub(r"\s+", "", re.sub(r"[‐－]", "-", m.group("code")))
    if not any(c == code for c, _ in ctx.lex.practice_titles):
        return None
    return Production([Condition("@title:practice", "=", code, f"実践項目 = {code}")], {"practice"})


def _lettered_group(m: re.Match, ctx: Context) -> Production | None:
    """「取組方針Bの改革項目」 (read as 取組項目B): an initiative coded with a letter, as the index holds one."""
    code = m.group("code").upper()
    if not any(c == code for c, _ in ctx.lex.initiative_titles):
        return None
    return Production([Condition("@no", "=", code, f"番号 = {code}")], {"initiative"})


def _kanji_headed_group(m: re.Match, ctx: Context) -> Production | None:
    """「重点3の推進項目」: an initiative whose code the index holds as printed (重点3, テーマ2), a word's head and a number."""
    code = m.group("code")
    if not any(c == code for c, _ in ctx.lex.initiative_titles):
        return None
    if re.sub(r"\d+$", "", code) in ctx.lex.numbered_groups:
        return None  # (「基本目標3」 of a report grouping its items so: the group, read by numbered_group)
    return Production([Condition("@no", "=", code, f"番号 = {code}")], {"initiative"})


def _practice_no(m: re.Match, ctx: Context) -> Production | None:
    # (a report numbering its items 2-3 under 取組項目 2 names them so)
    code = "-".join(str(int(n)) for n in re.findall(r"\d+", m.group(1)))
    return Production([Condition("@title:practice", "=", code, f"実践項目 = {code}")], {"practice"})


def _ordinal_initiative(m: re.Match, ctx: Context) -> Production | None:
    """「第2の柱の計の平均」 (柱 read as the paper's word for its 取組項目): the initiative printed 「第2」. Said as the
    scope of the 取組 asked after it (「第3の柱には取組がいくつ」: a report calling its practice items 取組), it is
    the initiative those items belong to (the kind word taken: the items are asked)."""
    n = str(int(m.group("n")))
    items = re.search(r"(?<![一-龥])取(?:り)?組(?!項目|み項目)", m.string[m.end():])
    return Production([Condition("@no", "=", n, f"番号 = {n}")], {"practice"} if items else {"initiative"})


def _number(m: re.Match, ctx: Context) -> Production | None:
    said = m.group(1) or m.group(2) or m.group(3)
    # (an initiative numbered under an upper group, 「施策2-3」: its code as printed)
    n = "-".join(str(int(part)) for part in re.split(r"\s*[-‐－]\s*", said))
    # 「取組項目20について」: the 取組項目 itself (No.20 alone leaves the kind to the question).
    return Production([Condition("@no", "=", n, f"番号 = {n}")], {"initiative"} if m.group(1) else set())


def _numbers(m: re.Match, ctx: Context) -> Production | None:
    codes = [str(int(m.group(2)))] + [str(int(n)) for n in re.findall(r"\d{1,3}", m.group("more"))]
    practice = m.group("kind") == "実践項目"
    field, label = ("@title:practice", "実践項目") if practice else ("@no", "番号")
    return Production([Condition(field, "in", codes, f"{label} = {'・'.join(codes)}")],
                      {"practice"} if practice else {"initiative"} if m.group("kind") else set())


def _code_range(m: re.Match, ctx: Context) -> Production | None:
    """「1番から70番の実践項目」: the records numbered from one number to the other (N-codes are not)."""
    a, b = int(m.group("a")), int(m.group("b"))
    if not 0 < a < b <= 999 or (m.group("scope") is not None and not m.group("of")):
        return None
    codes = [str(n) for n in range(a, b + 1)]
    if m.group("kind") == "項目" and not m.group("of"):
        # 「（既存の1から70までの項目に限る）」: the numbers of the records asked, whatever their kind
        return Production([Condition("code", "in", codes, f"番号 = {a}〜{b}")])
    practice = m.group("kind") == "実践項目"
    if m.group("of") and practice:
        # 「取組項目No.1〜17の実践項目」: the items of those initiatives, not items numbered so
        return Production([Condition("@no", "in", codes, f"取組項目 = {a}〜{b}")], {"practice"})
    if m.group("no") and practice and set(codes) <= {code for _, kind, code, _ in ctx.lex.title_index() if kind == "initiative"}:
        # 「No.1〜No.17の実践項目」: numbers every one of which is an initiative's, said with No. as
        # 「No.17の実践項目」 names that initiative's items; a note says so (「No.1〜70」 are the items')
        ctx.notes.append(f"「No.{a}〜{b}」を取組項目の番号と読みました（実践項目の番号なら「実践項目{a}〜{b}」と聞いてください）")
        return Production([Condition("@no", "in", codes, f"取組項目 = {a}〜{b}")], {"practice"})
    field, label = ("@title:practice", "実践項目") if practice else ("@no", "取組項目" if m.group("of") else "番号")
    return Production([Condition(field, "in", codes, f"{label} = {a}〜{b}")],
                      {"practice"} if practice else {"initiative"})


def _kind_code_range(m: re.Match, ctx: Context) -> Production | None:
    """「実践項目(1〜70のほう)で」「実践項目1〜70のうち」: the kind said first, then the numbers its items run from and
    to, as the scope of the question (N-codes are not among them)."""
    a, b = int(m.group("a")), int(m.group("b"))
    if not 0 < a < b <= 999:
        return None
    codes = [str(n) for n in range(a, b + 1)]
    return Production([Condition("@title:practice", "in", codes, f"実践項目 = {a}〜{b}")], {"practice"})


def _code_bound(m: re.Match, ctx: Context) -> Production | None:
    """「No.17まで」「実践項目No.5以降」: the records numbered up to (or from) the number (N-codes are not)."""
    n = int(m.group("n"))
    up = m.group("dir") in ("まで", "以下", "以前")
    codes = [str(i) for i in (range(1, n + 1) if up else range(n, 1000))]
    initiatives = {int(code) for _, kind, code, _ in ctx.lex.title_index() if kind == "initiative" and code.isdigit()}
    # (a number past every initiative's, 「No.70まで」, can only be an item's)
    practice = m.group("kind") == "実践項目" or (not m.group("kind") and initiatives and n > max(initiatives))
    field, label = ("@title:practice", "実践項目") if practice else ("@no", "番号")
    said = f"{label} ≤ {n}" if up else f"{label} ≥ {n}"
    if not practice and not m.group("kind") and initiatives:
        ctx.notes.append(f"「{m.group(0).strip()}」を No. の番号（実践項目なら取組項目の番号）と読みました")
    return Production([Condition(field, "in", codes, said)],
                      {"practice"} if practice else {"initiative"} if m.group("kind") else set())


def _lettered_bound(m: re.Match, ctx: Context) -> Production | None:
    """「N15以降は除く」「N5まで」: the records whose code has the letter said and a number from (up to) it,
    among the codes the index holds (the letters of a series are the document's own)."""
    letter, n = m.group("l").upper(), int(m.group("n"))
    up = m.group("dir") in ("まで", "以下", "以前")
    held = {(kind, code) for _, kind, code, _ in ctx.lex.title_index()
            if re.fullmatch(re.escape(letter) + r"\d{1,3}", code)}
    codes = sorted({code for _, code in held if (int(code[1:]) <= n if up else int(code[1:]) >= n)}, key=lambda c: int(c[1:]))
    kinds = {kind for kind, _ in held}
    if not codes or len(kinds) != 1:
        return None
    kind = kinds.pop()
    said = f"{letter}{n}{'まで' if up else '以降'}"
    return Production([Condition("code", "in", codes, f"番号 = {said}（{'・'.join(codes)}）")], {kind})


def _lettered_range(m: re.Match, ctx: Context) -> Production | None:
    """「N1～N25」「N3からN5まで」: the records whose code has the letter said and a number within the two, among
    the codes the index holds."""
    letter, a, b = m.group("l").upper(), int(m.group("a")), int(m.group("b"))
    if a >= b:
        return None
    held = {(kind, code) for _, kind, code, _ in ctx.lex.title_index()
            if re.fullmatch(re.escape(letter) + r"\d{1,3}", code)}
    codes = sorted({code for _, code in held if a <= int(code[1:]) <= b}, key=lambda c: int(c[1:]))
    kinds = {kind for kind, _ in held}
    if not codes or len(kinds) != 1:
        return None
    return Production([Condition("code", "in", codes, f"番号 = {letter}{a}〜{letter}{b}（{'・'.join(codes)}）")], {kinds.pop()})


def _kind_number(m: re.Match, ctx: Context) -> Production | None:
    """「連携事業24」「取組番号12」「取組20」: a record of that kind by its number (取組 alone is the 取組項目)."""
    n = str(int(m.group("n") or m.group("n2")))
    hints = {"initiative"} if m.group("n2") else set()
    return Production([Condition("@no", "=", n, f"番号 = {n}")], hints)


# Kind words other than the two whose numbers have rules of their own (実践項目, 取組項目).
_KINDS = "|".join(re.escape(w) for w, k in sorted(KIND_WORDS, key=lambda t: -len(t[0]))
                  if k not in ("practice", "initiative", "conflicts") and w not in ("項目", "回答", "質問"))

# What follows a word the text mentions (に触れた, について書かれた, に言及した, を含む).
_MENTIONED = (r"\s*(?:に|へ|を|について|のことに|のことを|の話に)\s*(?:は|も)?\s*"
              r"(?:触れ|ふれ|言及|書か|書い|記載|記述|含|出て|登場)")

# The driver applies the code rules after the years and ends (an N-code needs no year; 「R5から追加」
# is read by new_items before the years are).
NEW_ITEMS: list[Rule] = [
    Rule("new_items",
         # (「R4に追加した決済事業者」: 追加した of another noun is what the item did, no added item)
         # (「計画期間の途中で追加された」: added during the plan, as its note says of a mark like 新 or N)
         r"(?:(?:計画期間の|期間の|計画の)?途中(?:で|に|から)\s*|(?:プラン|計画)(?:の)?期間(?:中|内)(?:に|で)\s*)?"
         # (「H30から新たに取組を開始した」: begun that year, the start rules' — no item added)
         r"(?:{YEAR}\s*(?:から|に|で|より)?\s*(?:追加|新規|新設|新た(?!に\s*(?:(?:取組|取り組み|取組み)[をが]\s*)?(?:始|開始|スタート|着手)))(?:に追加|に加わった|に加わる|に加えられた|に加えた)?(?:された|の|で)?"
         r"(?!した\s*(?!実践項目|取組|項目|もの|の|やつ)[一-龥ァ-ヶー])|"
         r"{YEAR}\s*(?:から|に|で|より)?\s*(?:新しく|新たに)(?:追加された|加わった|加わる|加えられた|入った|含む)|"  # (入った reads as 含む)
         # (「R5から加わったN番号の」: added that year, said with no 新たに)
         r"{YEAR}\s*(?:から|に|で|より)\s*(?:加わった|加わる|加えられた)(?=\s*(?:N|実践項目|項目|もの|の|やつ))|"
         # (「N付きの新規の実践項目」: the N mark and 新規 said of the items are the added items)
         # (「N番号の追加分を除く」: the added items named by their mark and what they are)
         # (「追加のN番号の実践項目」: what they are said before their mark)
         # (「Nの項目」「Nの新規項目」: the items of the mark, the kind word left to name them)
         r"(?<![A-Za-z])Nの(?:新規|追加)?(?=\s*(?:実践項目|項目))|"
         # (「N以外の実践項目」「Nを除いて」: the mark alone, said with what leaves its items out)
         r"(?<![A-Za-z])N(?![A-Za-z\d])(?=\s*(?:以外|を除|は除|じゃない|ではない|でない))|"
         r"(?:(?:新規追加|新規|追加)の\s*)?N番(?:号|台)?の?(?:追加分|追加項目|追加された(?:分|もの))?|(?:(?:新規追加|新規|追加)の\s*)?N項目|Nの(?:付く|つく)|Nで始まる\s*(?:新しい|新規の)?|N(?:付き|つき)の?|Nが(?:付く|つく|付いた|ついた|ついている|付いている)|"
         # (「Nの番号がついてる新しい実践項目」: the mark said as the number's, with what it means after it)
         r"Nの(?:番号|印|記号)が(?:付く|つく|付いた|ついた|ついている|付いている|ついてる|付いてる)\s*(?:新しい|新規の)?|"
         r"新規の(?=\s*(?:実践項目|項目|もの|やつ))|新規追加(?:された|の)?|(?:新しく|新たに|新規に)?\s*追加された|"
         # (「途中から新しく加わった」: said of the plan's items with no year)
         r"(?:(?<=途中から)|(?<=途中で)|(?<=途中に))\s*(?:新しく|新たに)?\s*(?:加わった|加わる|加えられた|追加になった)|"
         # (「途中で追加した項目を除くと」: the plan added them, said of the items)
         r"途中(?:で|に|から)\s*追加(?:した|の)(?=\s*(?:実践項目|改革項目|項目|もの|やつ|の)))",
         _added, negatable=True,
         examples=(("R5から追加された", {"conditions": [("code", "added", "N")]}),
                   ("Nの新規項目", {"conditions": [("code", "added", "N")]}),
                   ("新規のN項目", {"conditions": [("code", "added", "N")]}),
                   ("新規に追加されたN番号の", {"conditions": [("code", "added", "N")]}),
                   ("Nの項目で", {"conditions": [("code", "added", "N")]}),
                   ("新規追加の", {"conditions": [("code", "added", "N")]}),
                   ("途中で追加された", {"conditions": [("code", "added", "N")]}),
                   ("プラン期間中に追加された", {"conditions": [("code", "added", "N")]}),
                   ("新規の実践項目", {"conditions": [("code", "added", "N")]}),
                   ("N付きの実践項目", {"conditions": [("code", "added", "N")]}),
                   ("新しく追加された実践項目", {"conditions": [("code", "added", "N")]}),
                   ("Nの番号がついてる新しい実践項目", {"conditions": [("code", "added", "N")]}),
                   ("新規の予算", None),
                   ("R9から新たに加わった", {"conditions": [("code", "added", "N")]}),
                   ("R4から新たに取組を開始した", None),
                   ("R6に新しく加わった", {"conditions": [("code", "added", "N")]}),
                   ("R5から加わったN番号の実践項目", {"conditions": [("code", "added", "N")]}),
                   ("R5から新しく入ったの", {"conditions": [("code", "added", "N")]}),
                   ("途中から新しく加わった", {"conditions": [("code", "added", "N")]}),
                   ("R4に追加した決済事業者", None),
                   ("追加されたもの以外", {"conditions": [("code", "not_added", "N")]}),
                   ("N以外の実践項目で", {"conditions": [("code", "not_added", "N")]}),
                   ("N番号でもない", {"conditions": [("code", "not_added", "N")]}),
                   ("N番台以外のもの", {"conditions": [("code", "not_added", "N")]}),
                   ("N番台の実践項目", {"conditions": [("code", "added", "N")]}),
                   ("追加のN番号の実践項目", {"conditions": [("code", "added", "N")]}),
                   ("新規追加のN番号の項目を除外すると", {"conditions": [("code", "not_added", "N")]}),
                   ("N番号の追加分を除くと", {"conditions": [("code", "not_added", "N")]}),
                   ("途中で追加した項目を除くと", {"conditions": [("code", "not_added", "N")]}))),
    # 「N 合計12」「R5 A N 件数」: keyword style, the mark typed alone as a word is the items it marks — only where
    # the index's items are coded so (N1, N15).
    Rule("new_items_bare_mark",
         r"(?<![^\s、,/])N(?=[\s、,/?？]|$|の(?:一覧|件数|数|合計|リスト))",
         lambda m, ctx: _added(m, ctx) if any(re.fullmatch(r"N\d+", c) for c, _ in ctx.lex.practice_titles) else None,
         examples=(("N 合計12", {"conditions": [("code", "added", "N")]}),
                   ("R5 A N 件数", {"conditions": [("code", "added", "N")]}),
                   ("N1 合計", None), ("NPO 合計", None), ("Nの付かない", None))),
    # 「既存の実践項目」「当初からの実践項目」: those the plan began with, none added later.
    Rule("original_items",
         # (「最初からあるやつ」: said with ある and the casual word for them)
         # (「元々の70項目」: their number said instead of the kind)
         r"(?:既存|当初から|当初|最初から|元から|もともと|元々)(?:の|(?<=から)\s*(?:ある|あった))(?=\s*(?:実践項目|項目|取組|もの|やつ|の(?![一-龥ァ-ヶー])|\d{1,3}\s*番?\s*(?:から|〜|~|～)"
         r"|\d{1,3}\s*(?:項目|件|個)))",
         lambda m, ctx: Production([Condition("code", "not_added", "N", "追加されたもの以外（当初からの項目）")], {"practice"}),
         examples=(("既存の実践項目", {"conditions": [("code", "not_added", "N")]}),
                   ("既存の1から70までの項目", {"conditions": [("code", "not_added", "N")]}),
                   ("最初からあるやつは？", {"conditions": [("code", "not_added", "N")]}),
                   ("元々の70項目のうち", {"conditions": [("code", "not_added", "N")]}))),
]
def _prefix(m: re.Match, ctx: Context) -> Production | None:
    letter = (m.group("l") or m.group("l2") or m.group("l3")).upper()
    return Production([Condition("code", "prefix", letter, f"番号が {letter} で始まる")])


RULES: list[Rule] = [
    # 「実践項目(1〜70のほう)で」「実践項目1〜70のうち」: the kind, then the numbers of its items from one to the other.
    Rule("kind_then_code_range",
         r"(?P<kind>実践項目)\s*[(（]?\s*(?:No\.?\s*)?(?P<a>\d{1,3})\s*番?\s*(?:から|〜|~|～|－)\s*"
         r"(?:No\.?\s*)?(?P<b>\d{1,3})(?!\d)\s*番?\s*(?:まで)?\s*(?:の\s*(?:ほう|方))?\s*[)）]?(?=\s*(?:で|の中|のうち|は|[、,]|の|を|[?？。]|$))",
         _kind_code_range,
         examples=(("実践項目(1〜70のほう)で", {"conditions": [("@title:practice", "in", [str(n) for n in range(1, 71)])]}),
                   ("実践項目1〜70のうち", {"conditions": [("@title:practice", "in", [str(n) for n in range(1, 71)])]}),
                   # (「取組項目No.1〜3で」 scopes the items of those initiatives: code_range's)
                   ("実践項目No.3〜5は", {"conditions": [("@title:practice", "in", ["3", "4", "5"])]}),
                   # (the range said last, or before what is asked of it: never the first number alone)
                   ("実践項目10から12まで", {"conditions": [("@title:practice", "in", ["10", "11", "12"])]}),
                   ("実践項目10から12までの担当課", {"conditions": [("@title:practice", "in", ["10", "11", "12"])]}))),
    # 「1番から70番の実践項目」「No.1〜10の取組項目」: numbered from one to the other.
    Rule("code_range",
         r"(?:(?P<of>取組項目|取り組み項目|取組)\s*(?:の\s*)?)?"
         r"(?P<no>No\.?\s*)?(?P<a>\d{1,3})\s*番?\s*(?:から|〜|~|～|－)\s*(?:No\.?\s*)?(?P<b>\d{1,3})\s*番?\s*(?:まで)?\s*"
         r"(?:の\s*(?P<kind>実践項目|取組項目|取り組み項目|項目(?=\s*[)）、,]|\s*(?:に|で|の中|のうち)))"
         # (「No.11からNo.14までを、委員評価の高い順に」: what is ordered, まで and a comma before the order)
         r"|(?:(?<=\d)|(?<=まで))(?=\s*(?:を|は|で)\s*[、,]?\s*[^、。]{0,12}(?:順|並べ|比べ|比較))"
         # (「…実践項目は、取組項目No.1〜No.5でどれ？」: the initiatives said, as the scope of the items asked)
         r"|(?<=\d)(?P<scope>)(?=\s*(?:で|の中で|のうち))"
         # (「取組項目No.11からNo.14までについて」: the kind said first names the numbers as its own)
         r"|(?(of)(?<![\d０-９])(?![\d件個つ点%％年人円回])|(?!)))",
         _code_range,
         examples=(("1番から70番の実践項目", {"conditions": [("@title:practice", "in", [str(n) for n in range(1, 71)])]}),
                   ("No.1〜3の取組項目", {"conditions": [("@no", "in", ["1", "2", "3"])]}),
                   ("取組項目No.1〜3の実践項目", {"conditions": [("@no", "in", ["1", "2", "3"])]}),
                   ("取組項目2から4までの実践項目", {"conditions": [("@no", "in", ["2", "3", "4"])]}),
                   ("取組No.1からNo.5を審議会評価の高い順に", {"conditions": [("@no", "in", ["1", "2", "3", "4", "5"])]}),
                   ("取組項目No.1〜No.3でどれ", {"conditions": [("@no", "in", ["1", "2", "3"])]}),
                   ("取組項目No.11からNo.14までを、委員評価の高い順に", {"conditions": [("@no", "in", ["11", "12", "13", "14"])]}),
                   ("No.2からNo.4までを、委員評価の高い順に", {"conditions": [("@no", "in", ["2", "3", "4"])]}),
                   ("取組項目2から4までについて", {"conditions": [("@no", "in", ["2", "3", "4"])]}),
                   # (項目 alone: the numbers of the kind asked)
                   ("（1から3までの項目）", {"conditions": [("code", "in", ["1", "2", "3"])]}),
                   ("No.1〜3でどれ", None))),
    # 「(No.17まで)」「No.5以降の」: numbered up to (from) one number, as No.n alone names records.
    Rule("code_bound",
         r"(?:(?P<kind>実践項目|取組項目|取り組み項目)\s*)?No\.?\s*(?P<n>\d{1,3})\s*番?\s*(?P<dir>まで|以下|以前|以降|以上|より後|から後)"
         r"(?!\s*(?:に|で)?\s*(?:終|完了|実施|開始|始))",
         _code_bound,
         examples=(("(No.17まで)", {"conditions": [("@no", "in", [str(n) for n in range(1, 18)])]}),
                   ("実践項目No.3以下", {"conditions": [("@title:practice", "in", ["1", "2", "3"])]}),
                   ("No.20以降の取組項目", {"conditions": [("@no", "in", [str(n) for n in range(20, 1000)])]}))),
    # 「番号が20番以上のもの」「番号20以降の」: the same bound, the number said after 番号 (「20番以降」 alone is
    # already No.20以降, canon.py); a bare 「20以上」 is any figure's, never the records' numbers.
    Rule("numbered_bound",
         r"(?:(?P<kind>実践項目|取組項目|取り組み項目)\s*(?:の\s*)?)?"
         r"番号\s*(?:が|は)?\s*(?:No\.?\s*)?(?P<n>\d{1,3})(?!\d)\s*番?"
         r"\s*(?P<dir>まで|以下|以前|以降|以上|より後|から後)(?!\s*(?:に|で)?\s*(?:終|完了|実施|開始|始))",
         _code_bound,
         examples=(("番号が20番以上のもの", {"conditions": [("@no", "in", [str(n) for n in range(20, 1000)])]}),
                   ("番号20以降の", {"conditions": [("@no", "in", [str(n) for n in range(20, 1000)])]}),
                   ("取組項目の番号が5番まで", {"conditions": [("@no", "in", [str(n) for n in range(1, 6)])]}),
                   ("実践項目の番号が3以下", {"conditions": [("@title:practice", "in", ["1", "2", "3"])]}),
                   ("20以上", None), ("3番目以上", None))),
    # 「番号がNのもの」「番号にNが付く」: the records whose number starts with the letter said.
    Rule("code_letter",
         r"(?:番号|No\.?|ナンバー)(?:が|は|の頭が|の先頭が)\s*(?P<l>[A-Za-z])(?![A-Za-z\d])\s*(?:で始まる|から始まる|が付く|がつく|付き|の|(?=で))"
         r"|(?:番号|No\.?)に\s*(?P<l2>[A-Za-z])(?![A-Za-z\d])\s*(?:が|の)?(?:付く|つく|付いた|ついた|付いている|ついている)"
         r"|(?<![A-Za-z\d])(?P<l3>[A-Za-z])(?![A-Za-z\d])\s*(?:が|の)?(?:付く|つく|付いた|ついた|付いている|ついている|で始まる|から始まる)\s*(?:番号|No\.?)",
         _prefix, negatable=True,
         examples=(("番号がNのもの", {"conditions": [("code", "prefix", "N")]}),
                   ("番号にNが付いている", {"conditions": [("code", "prefix", "N")]}),
                   ("Nがつく番号の", {"conditions": [("code", "prefix", "N")]}),
                   ("番号がNでない", {"conditions": [("code", "not_prefix", "N")]}),
                   ("番号がN3の", None))),
    # 「取組項目6と7」「実践項目1、2」: several records of one kind by their numbers (any of them).
    Rule("record_numbers",
         r"(?:(?P<kind>取組項目|取り組み項目|実践項目)\s*(?:No\.?)?|(?<![A-Za-z])No\.?)\s*(\d{1,3})"
         r"(?P<more>(?:\s*(?:と|、|,|・|及び|および|や)\s*(?:No\.?)?\s*\d{1,3}(?![\d件個つ点%年]))+)",
         _numbers, negatable=True,
         examples=(("取組項目6と7の", {"conditions": [("@no", "in", ["6", "7"])]}),
                   ("No.11とNo.12を除く", {"conditions": [("@no", "not_in", ["11", "12"])]}),
                   ("実践項目1、2及び5", {"conditions": [("@title:practice", "in", ["1", "2", "5"])]}),
                   ("取組項目6と7件", None))),
    # 「（N15以降は除く）」「N5までの」: the lettered codes from (up to) one of them.
    Rule("lettered_code_bound",
         r"(?<![A-Za-z])(?P<l>[A-Za-z])\s*(?P<n>\d{1,3})\s*番?\s*(?P<dir>まで|以下|以前|以降|以上|より後|から後)"
         r"(?!\s*(?:に|で)?\s*(?:終|完了|実施|開始|始))",
         _lettered_bound, negatable=True,
         examples=(("N23以降の", {"conditions": [("code", "in", ["N23", "N24", "N25"])]}),
                   ("N23以降は除く", {"conditions": [("code", "not_in", ["N23", "N24", "N25"])]}),
                   ("N2まで", {"conditions": [("code", "in", ["N1", "N2"])]}))),
    # 「N項目（N1～N25）」「N3からN5まで」: the lettered codes between two of them.
    Rule("lettered_code_range",
         r"(?<![A-Za-z])(?P<l>[A-Za-z])\s*(?P<a>\d{1,3})\s*番?\s*(?:から|〜|~|～|－)\s*(?P=l)\s*(?P<b>\d{1,3})(?!\d)\s*番?\s*(?:まで)?",
         _lettered_range, negatable=True,
         examples=(("N23〜N25の", {"conditions": [("code", "in", ["N23", "N24", "N25"])]}),
                   ("N1からN2まで", {"conditions": [("code", "in", ["N1", "N2"])]}))),
    # 「取組方針Bの改革項目」「改革項目A4の」: codes of letters, as a page-per-item report prints them.
    # (「重点項目Ⅲ」: a Roman numeral, read III once NFKC-normalised, as a report numbering its groups so prints it)
    Rule("lettered_group", r"(?:取組項目|取り組み項目)\s*(?:No\.?)?\s*(?P<code>[A-Za-z]|[IVX]{2,4})(?![A-Za-z0-9])", _lettered_group,
         examples=(("取組項目Qの実践項目", None),  # (no initiative coded so in the examples' index: nothing)
                   ("取組項目IIIの実践項目", None))),
    # 「重点3に入っている推進項目」: an initiative coded by a kanji word's head and a number, as its document prints it.
    Rule("kanji_headed_group", r"(?<![一-龥ァ-ヶー])(?P<code>[一-龥ァ-ヶー]{1,4}\d{1,2})(?![\d.年度件点%％人円回か])", _kanji_headed_group,
         examples=(("重点9の推進項目", None),  # (no initiative coded so in the examples' index: nothing)
                   ("令和5年度", None))),
    # 「Ⅱ-1-③の」: a code of a roman numeral and numbers (II-1-3 after NFKC).
    # 「3-(2)の成果指標」「施策2-(1)」: an item coded with its last part in brackets, as its document prints it.
    Rule("bracketed_code",
         r"(?<![A-Za-z0-9\-])(?P<code>\d{1,2}(?:\s*[-‐－]\s*\d{1,2})?\s*[-‐－]\s*\(\s*\d{1,2}\s*\))(?![\d\-])(?!" + _MENTIONED + ")",
         _bracketed_code,
         examples=(("施策9-(9)の評価", None),)),  # (no item coded so in the examples' index: nothing)
    Rule("layered_code",
         # (its last part in brackets: 「Ⅱ-1-(2)」, read II-1-(2))
         r"(?<![A-Za-z0-9])(?P<code>[IVXivx]{1,4}\s*[-‐－]\s*\d{1,2}(?:\s*[-‐－]\s*(?:\d{1,2}|\(\s*\d{1,2}\s*\)))?)(?![\d.])(?!" + _MENTIONED + ")",
         _layered_code,
         examples=(("改革項目Q-1-2の評価", None), ("II-1-(2)の進捗率", None))),  # (no item coded so in the examples' index: nothing)
    Rule("lettered_code",
         r"(?P<word>(?:[一-龥ァ-ヶー]{0,6}(?:項目|事業|取組|事項|施策))\s*(?:番号)?\s*)?(?<![A-Za-z0-9])(?P<code>[A-Za-zＡ-Ｚａ-ｚ]{1,2}\d{1,3})(?![A-Za-z0-9.])(?!\s*(?:年|件|点|%|％))(?!" + _MENTIONED + ")",
         _lettered_code,
         examples=(("改革項目Q7の評価", None),  # (no item coded so in the examples' index: nothing)
                   ("R6の評価", None))),
    # 「N10に触れた意見」: a code the text mentions is a word to find (keywords), not the record.
    Rule("n_code", r"(?<![A-Za-z])N\s*(\d{1,3})(?!\d)(?!" + _MENTIONED + ")", _n_code,
         examples=(("N3の", {"conditions": [("@title:practice", "=", "N3")]}),
                   ("意見でN10に触れたもの", None), ("N10について言及した意見", None))),
    # (an item added later numbered after the report's kanji mark, 「改革項目 新1」: its code as printed)
    Rule("practice_marked_number", r"実践項目\s*(?:No\.?)?\s*(?!第)([一-龥]\d{1,3})(?![\d年度件点%])",
         lambda m, ctx: Production([Condition("@title:practice", "=", m.group(1), f"実践項目 = {m.group(1)}")], {"practice"}),
         examples=(("実践項目追1の担当課", {"conditions": [("@title:practice", "=", "追1")]}),
                   ("実践項目第1", None))),
    Rule("practice_number", r"実践項目\s*(?:No\.?)?\s*(\d{1,3}(?:\s*[-‐－]\s*\d{1,3}(?![\d.])){0,2})(?![\-‐－]\d)(?:番)?", _practice_no,
         examples=(("実践項目No.27", {"conditions": [("@title:practice", "=", "27")]}),
                   ("実践項目2-3の", {"conditions": [("@title:practice", "=", "2-3")]}),
                   # (a plan coding its items by policy, group and serial)
                   ("実践項目1-2-2の", {"conditions": [("@title:practice", "=", "1-2-2")]}),
                   # a part of the item (its 課題 of a year) belongs to it by its 実践項目 field
                   ("実践項目28の令和3年度の取組上の課題", {"conditions": [("@title:practice", "=", "28")]}))),
    Rule("kind_number",
         r"(?P<keep>" + _KINDS + r")\s*(?:の)?\s*(?:番号|No\.?|第)?\s*(?P<n>\d{1,3})(?:番)?(?![\d年件点%か号])"
         r"|(?<![一-龥])取組\s*(?:番号|No\.?|第)?\s*(?P<n2>\d{1,3})(?:番)?(?![\d年件点%か])",
         _kind_number, negatable=True,  # (「意見 No.15 以外で」: those of every other number)
         examples=(("連携事業24の", {"conditions": [("@no", "=", "24")]}),
                   ("取組番号12の", {"conditions": [("@no", "=", "12")]}),
                   ("取組20の", {"conditions": [("@no", "=", "20")]}),
                   ("事例3の", {"conditions": [("@no", "=", "3")]}),
                   ("意見 No.15 以外で", {"conditions": [("@no", "!=", "15")]}),
                   ("連携事業2件", None))),
    # 「ニュースレターのVol.8に載っている記事」「第8号の記事」: the issue a newsletter's articles are in.
    Rule("newsletter_issue",
         # (「行革だよりの第11号」: a bulletin called …だより)
         r"[一-龥ァ-ヶー]{0,8}(?:ニュースレター|ニュース|通信|会報|広報紙?|だより|便り)(?:の)?\s*(?:[Vv][Oo][Ll]\.?\s*(?P<n>\d{1,3})|第\s*(?P<n2>\d{1,3})\s*号)(?!\d)"
         r"|(?:[Vv][Oo][Ll]\.?\s*(?P<n3>\d{1,3})|第\s*(?P<n4>\d{1,3})\s*号)(?!\d)(?=\s*(?:の|に|で)?\s*(?:記事|ニュースレター|掲載|載|Q&A|質問|回答|イベント|日程|催し|モデル事業))",
         lambda m, ctx: Production(
             [Condition("@issue", "=", str(int(next(g for g in m.group("n", "n2", "n3", "n4") if g))),
                        f"号 = Vol.{int(next(g for g in m.group('n', 'n2', 'n3', 'n4') if g))}")], hints={"article"}),
         examples=(("ニュースレターのVol.8に載っている", {"conditions": [("@issue", "=", "8")]}),
                   ("第7号の記事", {"conditions": [("@issue", "=", "7")]}),
                   ("Vol.7のQ&A", {"conditions": [("@issue", "=", "7")]}), ("モデル事業Vol.5の", None),
                   ("行革だよりの第11号には", {"conditions": [("@issue", "=", "11")]}))),
    # 「行革通信の第43号っていつ出た？」: the date an issue was issued (a bulletin's articles keep it, 発行日)
    Rule("issue_issued_asked",
         r"(?:は|って|が)?\s*(?:いつ|何日|何月何日)\s*(?:に)?\s*(?:出た|出ました|出て(?:い)?る|出され|発行(?:され(?:た|ました)|した|された|の)?|刊行(?:された)?)",
         lambda m, ctx: Production(value_field="issued", hints={"article"})
         if "issued" in ctx.lex.columns.get("article", set()) and re.search(r"第\s*\d{1,4}\s*号|[Vv][Oo][Ll]", ctx.text or m.string)
         else None,
         examples=(("第43号っていつ出た", {"value_field": "issued"}), ("いつ出た", None))),
    # 「第2の柱の計の平均」 (柱 read as the paper's word for its 取組項目): the initiative printed 「第2」.
    Rule("ordinal_initiative", r"第\s*(?P<n>\d{1,2})\s*の?\s*(?:取組項目|取り組み項目)",
         _ordinal_initiative, negatable=True,
         examples=(("第2の取組項目の", {"conditions": [("@no", "=", "2")]}),
                   ("第4の取組項目以外で", {"conditions": [("@no", "!=", "4")]}),
                   ("第3取組項目", {"conditions": [("@no", "=", "3")]}),
                   ("第1の取組項目で、一度もAでなかった取組", {"conditions": [("@no", "=", "1")]}),
                   ("第2の実践項目", None))),
    Rule("record_number",
         r"(?:取組項目|取り組み項目)\s*(?:No\.?)?\s*(\d{1,3}(?:\s*[-‐－]\s*\d{1,2}(?![\d\-‐－]))?)(?:番)?(?![\d件個つ点%\-‐－])|No\.?\s*(\d{1,3})|(\d{1,3})番の",
         _number, negatable=True,
         examples=(("No.17の", {"conditions": [("@no", "=", "17")]}),
                   ("取組項目No.12以外", {"conditions": [("@no", "!=", "12")]}),
                   ("取組項目5番", {"conditions": [("@no", "=", "5")]}),
                   # (an initiative numbered under an upper group: 「施策2-3」 read as 取組項目2-3)
                   ("取組項目2-3にはどんな実践項目", {"conditions": [("@no", "=", "2-3")]}))),
]


# A program's number as an evaluation sheet prints it (R5-0112, 2024-0733, 1000064): letters and digits
# with a hyphen, or five digits or more. (Read before the years: R5 of R5-0112 is no fiscal year.)
_PROGRAM_CODE = r"(?<![0-9A-Za-z-])(?P<code>[A-Za-z]{0,3}\d[0-9A-Za-z]*(?:-[0-9A-Za-z]+)+|\d{5,})(?![0-9A-Za-z-])"


def _program_code(m: re.Match, ctx: Context) -> Production | None:
    """「事業番号R5-0112の」: the sheet by its number; a number said alone only when the index holds a
    program numbered so (a bare number may be a count or an amount)."""
    code = m.group("code")
    names = {c: name for (c, _), name in ctx.lex.program_names.items() if c == code}
    if not m.group("label") and (not names or len(code) < 5):
        return None  # (a short one, 2-3, is more likely another kind's number)
    name = next(iter(names.values()), "")
    conds = [Condition("@title:program", "=", code, f"事務事業 = {code}" + (f"「{name}」" if name else ""))]
    sources = ctx.lex.title_sources("program", code, name) if name else ()
    if sources:  # (two cities' sheets numbered alike: the number alone does not say which)
        conds.append(Condition("source", "in", list(sources), f"資料 = {'・'.join(sources)}"))
    return Production(conds, {"program"})


def _item_code(m: re.Match, ctx: Context) -> Production | None:
    """「1-3、令和10年度の評価は」: an item's code said alone, as the plan prints it (two numbers joined by a hyphen),
    only when the index holds an item so coded (a bare 2-3 may be a span or a count otherwise)."""
    code = "-".join(str(int(n)) for n in re.findall(r"\d+", m.group("code")))
    if not any(c == code for c, _ in ctx.lex.practice_titles):
        # (an initiative numbered under an upper group, 「じゃあ2-2は？」 after 「施策2-3の推進項目」: that initiative)
        if any(kind == "initiative" and c == code for _, kind, c, _ in ctx.lex.title_index()):
            return Production([Condition("@no", "=", code, f"番号 = {code}")])
        return None
    return Production([Condition("@title:practice", "=", code, f"実践項目 = {code}")], {"practice"})


def _joint_code(m: re.Match, ctx: Context) -> Production | None:
    """「連-09って何の事業」: a joint project by its code as the list prints it (a word's character or a letter, a
    hyphen and the number), only a code the index holds (the word before it may run into the code: 圏域連-09)."""
    from assistant.text.normalize import nfkc

    head, n = nfkc(m.group("head")), m.group("n")
    held = {c for c, _ in ctx.lex.joint_titles}
    code = next((c for k in range(len(head)) if (c := f"{head[k:]}-{n}".upper()) in held), None)
    if code is None:
        return None
    title = next((t for (c, _), t in ctx.lex.joint_titles.items() if c == code), "")
    return Production([Condition("@title:joint_project", "=", code, f"連携事業 = {code}" + (f"「{title}」" if title else ""))],
                      {"joint_project"})


RECORD_CODES: list[Rule] = [
    Rule("joint_code",
         r"(?P<head>[一-龥ァ-ヶA-Za-zＡ-Ｚａ-ｚ]{1,3})\s*[-‐－]\s*(?P<n>\d{1,3})(?![0-9\-‐－.年月日%])",
         _joint_code,
         # (the rules' lexicon holds no joint project so coded: nothing)
         examples=(("連-09って何の事業", None),)),
    Rule("item_code_alone",
         r"(?<![0-9A-Za-z\-‐－.])(?P<code>\d{1,2}\s*[-‐－]\s*\d{1,2}(?:\s*[-‐－]\s*\d{1,2})?)(?![0-9\-‐－.年月日%])(?=\s*(?:の|、|,|は|って|を|が|に|で|\s|$))",
         _item_code,
         # (the rules' lexicon holds no item coded so: a span 「1-3」 said of nothing is no item)
         examples=(("1-3、令和10年度の評価は", None), ("2-3の担当課", None))),
    Rule("program_code",
         # (番号 alone may be another kind's: 取組番号1-2 is no program)
         r"(?P<label>(?<![一-龥ァ-ヶ])(?:事務事業|事業)(?:コード|番号)\s*(?:が|は|:)?\s*)?" + _PROGRAM_CODE,
         _program_code,
         examples=(("事業番号R5-0112の", {"conditions": [("@title:program", "=", "R5-0112")]}),
                   ("事務事業コード1000064の", {"conditions": [("@title:program", "=", "1000064")]}),
                   ("事業番号が2024-0733の事業", {"conditions": [("@title:program", "=", "2024-0733")]}),
                   ("取組番号1-2の", None),
                   # a number said alone names a sheet only when the index holds one so numbered
                   ("R5-0112の", None), ("12345人", None))),
]
