"""取組終了 (`ended`): continuing items, one year, several years, ranges (までに, 以前, 以降, から…まで, の間)."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule, negate
from assistant.query.grammar.years import DATE, labels, months
from assistant.query.compiled import compiled

# The canonical end verb (canon.py rewrites 終わった, 終えた, おわってない, … to these two forms).
_VERB = (r"(?:に|で)?\s*(?:もう|すでに|既に)?\s*(?:取組|取り組み)?(?:を|が)?\s*(終了した|終了していない|終了済み?|完了済み?|終了|廃止(?:に)?(?:なった|された|した)|廃止)"
         r"(?:する)?(?:予定|見込み)?")  # 「R6に終わる予定」: a planned end is the end year
_WHEN = r"({YEAR}|" + DATE + r")"
_SINCE = {"以降": ">=", "以後": ">=", "から": ">=", "より後": ">", "から後": ">", "以前": "<=", "まで": "<=",
          "までに": "<=", "より前": "<", "未満": "<"}
_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}
_NOT_VALUE = compiled(r"何年度|何年何月|何月|いつ")  # 「何年度に終了した」 asks for the year: a value, not a condition


def _negated(m: re.Match) -> bool:
    return (m.group(m.lastindex) or "").endswith("ていない")


def _flip(out: Production, negated: bool) -> Production:
    """A negated end verb (終わっていない) negates what the years say (see grammar.negate)."""
    if negated:
        out.conditions = [negate(c) for c in out.conditions]
    return out


def _between(m: re.Match, ctx: Context) -> Production | None:
    found = labels(m.group(1), ctx) + labels(m.group(2), ctx)
    if len(found) != 2:
        return None
    lo, hi = sorted(found, key=_order)
    return _flip(Production([Condition("ended", "between", [lo, hi], f"取組終了 = {lo}〜{hi}")], {"practice"}),
                 _negated(m))


def _between_months(m: re.Match, ctx: Context) -> Production | None:
    """「2022年1月〜12月の間に終わった」: a range of calendar months (or calendar years), read on the end
    months; an item with no end month is left out and said to be (its month cannot be checked). The
    second end may leave its year out (12月: the first end's year, or the next when it comes earlier)."""
    lo, hi = _month_of(m.group("a"), first=True), _month_of(m.group("b"), first=False, after=None)
    if lo is None:
        return None
    if hi is None:
        bare = re.fullmatch(r"\s*(\d{1,2})\s*月\s*", m.group("b"))
        if not bare or not 1 <= int(bare.group(1)) <= 12:
            return None
        year = int(lo[:4]) + (int(bare.group(1)) < int(lo[5:]))
        hi = f"{year:04d}-{int(bare.group(1)):02d}"
    if hi < lo:
        return None
    written = m.group(0)[:m.end("b") - m.start()]
    if "ended_month" not in ctx.all_fields or _negated(m):
        # No end months to read (or a negated range): the fiscal years, with the months said unused.
        found = labels(f"{lo[:4]}年{int(lo[5:])}月", ctx) + labels(f"{hi[:4]}年{int(hi[5:])}月", ctx)
        out = Production([Condition("ended", "between", found, f"取組終了 = {found[0]}〜{found[1]}")], {"practice"},
                         unused=[written.strip()])
        return _flip(out, _negated(m))
    from assistant.text.wareki import fy_label

    # A fiscal year wholly inside the range (April to March) holds its items with no end month too.
    whole = [fy_label(y) for y in range(int(lo[:4]) - 1, int(hi[:4]) + 1) if lo <= f"{y:04d}-04" and f"{y + 1:04d}-03" <= hi]
    out = Production([Condition("ended_month", "month_between", [lo, hi, whole], f"終了月 = {lo}〜{hi}")], {"practice"})
    first, last = labels(f"{lo[:4]}年{int(lo[5:])}月")[0], labels(f"{hi[:4]}年{int(hi[5:])}月")[0]
    if whole[:1] != [first] or whole[-1:] != [last]:  # a fiscal year at an end only partly inside
        out.notes.append("終了月の記載がない実践項目は、終了年度が範囲に収まるもの以外、月を確かめられないため含めていません")
    return out


def _month_of(text: str, first: bool, after: str | None = None) -> str | None:
    """"YYYY-MM" of a month date, or of a calendar year's first (or last) month; None for a fiscal year."""
    found = months(text)
    if found:
        return found[0]
    calendar = re.fullmatch(r"\s*((?:19|20|21)\d{2})\s*年\s*", text)
    return f"{calendar.group(1)}-{'01' if first else '12'}" if calendar else None


def _since(m: re.Match, ctx: Context) -> Production | None:
    found = labels(m.group(1), ctx)
    if not found:
        return None
    op = _SINCE[m.group(2)]
    out = Production([Condition("ended", op, found[0], f"取組終了 {_SIGN[op]} {found[0]}")], {"practice"})
    month = months(m.group(1))
    # 「令和4年9月までに」: a month inside the fiscal year is checked on the end month too (a month at
    # the year's edge, 令和7年3月まで, says no more than the fiscal year does).
    edge = 3 if op in ("<=", "<") else 4
    if month and int(month[0][5:]) != edge:
        if "ended_month" in ctx.all_fields and not _negated(m):
            out.conditions.append(Condition("ended_month", op, month[0], f"終了月 {_SIGN[op]} {month[0]}"))
            out.notes.append("終了月の記載がない実践項目は月を確かめられないため含めていません")
        else:
            out.notes.append(f"「{m.group(1)}」の月は確かめられません（{found[0]}年度で答えました）")
            out.unused.append(m.group(1))
    return _flip(out, _negated(m))


def _several(m: re.Match, ctx: Context) -> Production | None:
    found = labels(m.group(1), ctx)
    if len(found) < 2:
        return None
    return _flip(Production([Condition("ended", "in", found, f"取組終了 ∈ {'/'.join(found)}")], {"practice"}),
                 _negated(m))


def _calendar_year(m: re.Match) -> str | None:
    """The western year of a calendar year said: 「2022年」, or an era's year said with 中 after it
    (「令和4年中に」: during the year, January to December; 「令和4年度中」「令和4年に」 stay fiscal)."""
    west = compiled(r"\s*((?:19|20)\d{2})\s*年\s*").fullmatch(m.group(1))
    if west:
        return west.group(1)
    era = compiled(r"\s*(令和|平成|(?<![A-Za-z])[RH])\s*(元|\d{1,2})\s*年\s*").fullmatch(m.group(1))
    if era and m.group(0)[m.end(1) - m.start():].lstrip().startswith("中"):
        from assistant.text.wareki import era_year

        return str(era_year(era.group(1), 1 if era.group(2) == "元" else int(era.group(2))))
    return None


def _one(m: re.Match, ctx: Context) -> Production | None:
    calendar = _calendar_year(m)
    if calendar and "ended_month" in ctx.all_fields and not _negated(m):
        # 「2022年に終わった」: the calendar year, read on the end months; the fiscal reading is offered.
        year = calendar
        fy = labels(f"{year}年度")[0]
        out = Production([Condition("ended_month", ">=", f"{year}-01", f"終了月 ≥ {year}-01"),
                          Condition("ended_month", "<=", f"{year}-12", f"終了月 ≤ {year}-12")], {"practice"})
        out.notes.append(f"「{year}年」は暦年（{year}年1〜12月）として終了月で答えました。年度（{year}年度＝{fy}）なら"
                         f"「{fy}に終わった実践項目」と聞いてください。終了月の記載がない実践項目は含めていません")
        return out
    found = labels(m.group(1), ctx)
    if not found:
        return None
    out = Production([Condition("ended", "=", found[0], f"取組終了 = {found[0]}")], {"practice"})
    month = months(m.group(1))
    if month:  # 「令和4年9月に終えた」: the end month too, where the index has it
        if "ended_month" in ctx.all_fields and not _negated(m):
            out.conditions.append(Condition("ended_month", "=", month[0], f"終了月 = {month[0]}"))
            if month[0].endswith("-03"):  # (the fiscal year's last month: the year may be what is meant)
                out.notes.append(f"終了月が{m.group(1).strip()}のものだけを数えました。年度末として{found[0]}年度に"
                                 f"終了したもの全体なら「{found[0]}に終了した実践項目」と聞いてください")
        else:
            out.notes.append(f"終了月は索引にないため「{m.group(1)}」の月は確かめられません（{found[0]}年度で答えました）")
            out.unused.append(m.group(1))
    return _flip(out, _negated(m))


def _ended_except(m: re.Match, ctx: Context) -> Production | None:
    """「R6以外の年度で終了した」: ended, in any year but those said (a continuing item ended in none)."""
    found = [label for text in re.split(r"と|か|、|・|や", m.group("years")) for label in labels(text, ctx)[:1]]
    if not found:
        return None
    said = "・".join(found)
    return Production([Condition("ended", "not_empty", None, "取組終了 = 記載あり（終了済み）"),
                       Condition("ended", "not_in", found, f"取組終了 ≠ {said}")], {"practice"})


def _stated(m: re.Match, ctx: Context) -> Production | None:
    """「完了した」「廃止された」「継続中」 said where a document states where its items stand in words (状況:
    完了 / 継続 / 廃止, a closed field holding the word as the question wrote it): that value, not the end year
    (an item 廃止 has ended but is not 完了; canon rewrites both to 終了した, so the written verb is read)."""
    from assistant.labels import field_label

    written = ctx.canon.original(m.start(), m.end()) if ctx.canon is not None else m.group(0)
    # (only the item's state: 今後の方向性 「継続」 says where it goes next, not that it is going on)
    for word in re.findall(r"完了|廃止|終了|中止|継続", written):
        if word in ctx.lex.closed_values.get(_STATE, set()):
            holders = {k for k, cols in ctx.lex.columns.items() if _STATE in cols}
            # (an item of a report stating no 状況 is read by its end year: ended, or going on for 継続; an
            # abolition no such report tells apart)
            fallback = {"完了": "ended", "終了": "ended", "継続": "going_on"}.get(word, "")
            said = f"{field_label(_STATE)} = {word}" + ("（状況のない資料は取組終了から）" if fallback else "")
            return Production([Condition(_STATE, "state_is", {"word": word, "else": fallback}, said)],
                              hints=holders if len(holders) == 1 else set())
    return None


_STATE = "state"  # (the 状況 a page per item states: kinds/plan_report/item_pages.py)


def _continuing(m: re.Match, ctx: Context) -> Production | None:
    if re.search(r"継続.{0,4}(?:終了|終わ)", m.string):  # 「継続か終了か」: a choice, not a condition
        return None
    if stated := _stated(m, ctx):
        # (「完了していない」 is read here as going on: the state said is the one the item is not in)
        written = ctx.canon.original(m.start(), m.end()) if ctx.canon is not None else m.group(0)
        return stated if "継続" in written else Production([negate(c) for c in stated.conditions], hints=stated.hints)
    # (a kind the index holds: 「そのうち翌年度も続いている」 of joint projects stays with them where there are no items)
    return Production([Condition("ended", "empty", None, "取組終了 = 空欄（継続中）")],
                      {"practice"} if "practice" in ctx.lex.kinds else set())


def _in_progress(m: re.Match, ctx: Context) -> Production | None:
    """「実践項目で実施中のもの」: said of practice items (named, or the previous question's), 実施中 is
    継続中, as a report's status column (取組状況) prints it; said of a generic table's rows it is a
    value of the table's own (「実施中の取組」), left to the tables."""
    named = "実践項目" in m.string
    followed = ctx.previous is not None and ctx.previous.target == "practice"
    if not (named or followed) or "practice" not in ctx.lex.kinds:
        return None
    return Production([Condition("ended", "empty", None, "取組終了 = 空欄（実施中）")], {"practice"})


# Words saying an item's end is a decision on where it goes, not a fact of a past year (「中間見直しで廃止することに
# なった」「見直し後は廃止」「今後廃止する予定」).
_DECIDED = compiled(r"見直し|方向|ことにな|ことに決|予定|今後|後期|(?:廃止|中止|縮小)\s*(?:される|する(?:もの|項目|の|予定|方針))")
_COURSE = "future_policy"


def _course_decided(m: re.Match, ctx: Context) -> Production | None:
    """「中間見直しで廃止することになった」 where the items' course (方向性: 拡充 / 継続 / 縮小 / 廃止 / 完了) holds the word
    said and no 状況 does: that course — an item to be abolished has not ended yet. 「廃止された実施項目」 said
    without a word of decision is that course too: where no 状況 says 廃止, the course is all the document says of
    an abolition (an end year is of items completed, 完了, and would list them as abolished)."""
    if ctx.canon is None:
        return None
    written = ctx.canon.original(m.start(), m.end())
    whole = ctx.canon.original(0, len(ctx.canon.text))
    for word in re.findall(r"廃止|中止|縮小", written):
        if word in ctx.lex.closed_values.get(_COURSE, set()) and word not in ctx.lex.closed_values.get(_STATE, set()) \
                and (_DECIDED.search(whole) or word in ("廃止", "中止")):
            return Production([Condition(_COURSE, "=", word, f"今後の方向性 = {word}")], {"practice"})
    return None


def _ended(m: re.Match, ctx: Context) -> Production | None:
    if _NOT_VALUE.search(m.string):
        return None
    if decided := _course_decided(m, ctx):
        return decided
    if stated := _stated(m, ctx):
        return stated
    return Production([Condition("ended", "not_empty", None, "取組終了 = 記載あり（終了済み）")], {"practice"})


def _order(label: str) -> tuple[int, int]:
    return (label[0] == "R", int(label[1:]) if label[1:].isdigit() else 0)


def _ongoing_at(m: re.Match, ctx: Context) -> Production | None:
    """「令和6年4月1日時点でまだ続いていた」: not ended before that date's fiscal year (an item ending
    in that year, or with no end year, was still going on)."""
    found = labels(m.group(1), ctx)
    if not found:
        return None
    label = found[0]
    return Production([Condition("ended", "not_<", label, f"取組終了 ≥ {label} または継続中（{m.group(1)}時点で継続）")],
                      hints={"practice"})


def _ended_by(m: re.Match, ctx: Context) -> Production | None:
    """「令和5年3月末時点で取組終了してた」「R4.3時点でもう終わってた」: ended by that date. A March date
    closes its fiscal year (ended in it or before); another month's fiscal year is still going on then
    (ended before it)."""
    found = labels(m.group("d"), ctx)
    month = re.search(r"(\d{1,2})\s*月|\.(\d{1,2})$", m.group("d"))
    if not found or not month:
        return None
    label, op = found[0], "<=" if int(month.group(1) or month.group(2)) == 3 else "<"
    return Production([Condition("ended", op, label, f"取組終了 {_SIGN[op]} {label}（{m.group('d')}時点で終了済み）")],
                      {"practice"})


def _ended_by_year(m: re.Match, ctx: Context) -> Production | None:
    """「R2の時点でもう終わった」: a fiscal year said as a point in time, with もう/既に: ended in it or before."""
    found = labels(m.group("y"), ctx)
    if not found or len(found) != 1:
        return None
    label = found[0]
    return Production([Condition("ended", "<=", label, f"取組終了 ≤ {label}（{m.group('y')}の時点で終了済み）")],
                      {"practice"})


def _end_after(m: re.Match, ctx: Context) -> Production | None:
    """「取組が終わったのがR3の」: the end verb first, the year after it."""
    found = labels(m.group("year"), ctx)
    if not found:
        return None
    return Production([Condition("ended", "=", found[0], f"取組終了 = {found[0]}")], {"practice"})


def _end_unset(m: re.Match, ctx: Context) -> Production | None:
    """「終了年度が未定（空欄）」: no end year printed (continuing); 「空欄じゃない」 is the opposite."""
    c = Condition("ended", "empty", None, "取組終了 = 空欄（継続中）")
    return Production([negate(c) if m.group("neg") else c], {"practice"})


_INCLUDES_BLANK = ("!=", "not_in", "empty", "not_<", "not_<=", "not_>", "not_>=", "not_between")


def _blank_included(m: re.Match, ctx: Context) -> Production | None:
    """「（空欄を含む）」 after a negated end year: the blank (continuing) items are already in; said after
    anything else (a range, one year), they are not, and the words are said unused."""
    said = m.group(0).strip("(（)） ")
    ends = [c for c in ctx.so_far if c.field == "ended"]
    if ends and all(c.op in _INCLUDES_BLANK for c in ends):
        return Production(notes=["取組終了が空欄（継続中）の実践項目も含めました"], hints={"practice"})
    return Production(unused=[said])


RULES: list[Rule] = [
    Rule("ended_year_after_verb",
         r"(?:取組|取り組み)?(?:が|を)?\s*(?:終了した|終わった|完了した|廃止された|廃止になった)(?:の|年度)(?:が|は)\s*(?P<year>{YEAR})",
         _end_after,
         examples=(("取組が終わったのがR3", {"conditions": [("ended", "=", "R3")]}),)),
    Rule("ended_unset",
         # (a search box's 「終了年 空欄」: 度 and the particle dropped, a space between)
         r"(?:取組終了(?:の年度|年度|の年|の時期)?|終了年度|完了年度|終了時期|(?:終了|完了)年(?!度)|(?:終わる|終了する|終了した|終える|終わりの|終了の)(?:年度|年|時期))(?:の欄)?(?:が|は|\s+)\s*(?:まだ|何も|なにも)?\s*(?:未定|空欄|空白|未記入|決まって(?:い)?な(?:くて|い|く)|書かれていない|記載がない|記載なし"
         r"|入って(?:い)?な(?:くて|い|く)|含まれない|書いて(?:い)?な(?:くて|い|く)|入力されて(?:い)?ない|記入されて(?:い)?ない)"
         r"(?:\s*[(（](?:未定|空欄|空白)[)）])?\s*(?P<neg>じゃない|ではない|でない|以外)?",
         _end_unset,
         examples=(("終了年度が未定(空欄)", {"conditions": [("ended", "empty", None)]}),
                   ("取組終了の年度が入っていない", {"conditions": [("ended", "empty", None)]}),
                   # (the end said as a verb before its year: 「終わる年が書いてない」 is the blank end cell)
                   ("取組の終わる年が書いてない", {"conditions": [("ended", "empty", None)]}),
                   ("取組終了がまだ入ってない", {"conditions": [("ended", "empty", None)]}),
                   # (the te-form joins a second clause: 「決まってなくて続いてる」 is still unset)
                   ("取組終了がまだ決まってなくて", {"conditions": [("ended", "empty", None)]}),
                   ("終了年度が空欄じゃない", {"conditions": [("ended", "not_empty", None)]}),
                   ("終了年 空欄", {"conditions": [("ended", "empty", None)]}),
                   ("完了年 未記入", {"conditions": [("ended", "empty", None)]}))),
    Rule("ongoing_at_date",
         # (「まだR5も続いてる」: the year said with も, still going on in it)
         r"(?:まだ\s*)?" + _WHEN + r"\s*(?:の)?(?:時点|現在|当時|以降も|以後も|からも|(?<=[年度0-9])(?:にも|でも|も))(?:で|に|では|において)?[、,]?\s*(?:まだ|なお|引き続き)?\s*"
         r"(?:(?:取組|取り組み)(?:が|は)?\s*)?"
         r"(?:続いていた|続いている|続いてる|続いた|続けられた|継続していた|継続している|継続した|継続中|取組中|取り組み中|実施中|進行中|終わっていなかった|終了していない)",
         _ongoing_at,
         examples=(("令和6年4月1日時点でまだ続いていた", {"conditions": [("ended", "not_<", "R6")]}),
                   ("2023年4月1日現在で継続中", {"conditions": [("ended", "not_<", "R5")]}),
                   ("2024年4月以降も続いている", {"conditions": [("ended", "not_<", "R6")]}),
                   ("令和4年度以降も取組が続いた", {"conditions": [("ended", "not_<", "R4")]}),
                   ("まだR5も続いてる", {"conditions": [("ended", "not_<", "R5")]}))),
    Rule("ended_by_date",
         r"(?P<d>" + DATE + r"|(?:令和|平成|(?<![A-Za-z])[RH])\s*\d{1,2}\.\d{1,2}(?![\d.]))\s*末?\s*(?:の)?(?:時点|現在)(?:で|に|では)?[、,]?\s*"
         r"(?:もう|既に|すでに)?\s*(?:取組|取り組み)?(?:が|は)?\s*"
         r"(?:終了して(?:い)?た|終了済み?|終了した|終わって(?:い)?た|終わってた|完了して(?:い)?た|終了して(?:い)?る|終わって(?:い)?る)",
         _ended_by,
         examples=(("令和5年3月末時点で取組終了してた", {"conditions": [("ended", "<=", "R4")]}),
                   ("R4.3時点でもう終わってた", {"conditions": [("ended", "<=", "R3")]}),
                   ("令和5年10月時点で終了していた", {"conditions": [("ended", "<", "R5")]}))),
    # 「R2の時点でもう終わった」「令和3年度の段階で既に終了していた」: a fiscal year, not a date: ended in it or before.
    Rule("ended_by_year",
         r"(?P<y>{YEAR})\s*(?:の)?\s*(?:時点|段階|頃|ころ|うち|末)(?:で|に|では|には|までに)?[、,]?\s*"
         r"(?:もう|既に|すでに)\s*(?:取組|取り組み)?(?:が|は)?\s*"
         r"(?:終了して(?:い)?た|終了済み?|終了した|終わって(?:い)?た|終わってた|終わった|完了して(?:い)?た|完了した|終了して(?:い)?る|終わって(?:い)?る|終わってる)",
         _ended_by_year,
         examples=(("R2の時点でもう終わった実践項目", {"conditions": [("ended", "<=", "R2")]}),
                   ("令和3年度の段階で既に終了していた", {"conditions": [("ended", "<=", "R3")]}),
                   ("R2の時点で終わった", None))),
    Rule("ended_between_months",
         r"(?P<a>" + DATE + r")\s*(?:から|〜|-|より)\s*(?P<b>" + DATE + r"|\d{1,2}\s*月)\s*(?:まで|の間|の期間|にかけて)?(?:の間)?(?:に|で)?"
         + _VERB,
         _between_months, negatable=True,
         examples=(("2022年1月〜12月の間に取組が終わった", {"conditions": [("ended_month", "month_between", ["2022-01", "2022-12", []])]}),
                   ("2022年3月から2022年12月に終わった", {"conditions": [("ended_month", "month_between", ["2022-03", "2022-12", []])]}),
                   ("令和4年10月から令和5年3月までに終了した", {"conditions": [("ended_month", "month_between", ["2022-10", "2023-03", []])]}),
                   ("2021年から2022年にかけて終わった", {"conditions": [("ended_month", "month_between", ["2021-01", "2022-12", ["R3"]])]}),
                   ("2022年10月〜3月に終了した", {"conditions": [("ended_month", "month_between", ["2022-10", "2023-03", []])]}),
                   ("2022年4月から2023年9月までに終わった", {"conditions": [("ended_month", "month_between",
                                                                 ["2022-04", "2023-09", ["R4"]])]}),
                   ("R2からR4の間に終了した", None))),
    Rule("ended_between",
         # (「R2からR4までのいずれかの年度に終了した」: any year of the range said in words)
         _WHEN + r"\s*(?:から|〜|-|より)\s*" + _WHEN + r"\s*(?:まで|の間|の期間|にかけて)?(?:の間)?"
         r"(?:の\s*(?:いずれか|どれか|どこか)(?:の\s*(?:年度|年))?)?(?:に|で)?"
         + _VERB,
         _between, negatable=True,
         examples=(("R2からR4の間に終了した", {"conditions": [("ended", "between", ["R2", "R4"])]}),
                   ("R2からR4の間に取組をやめた", {"conditions": [("ended", "between", ["R2", "R4"])]}),
                   ("令和2年度から令和3年度までに終わった", {"conditions": [("ended", "between", ["R2", "R3"])]}),
                   ("R3〜R5に終了", {"conditions": [("ended", "between", ["R3", "R5"])]}),
                   ("令和2年度から令和4年度までのいずれかの年度に終了した", {"conditions": [("ended", "between", ["R2", "R4"])]}),
                   ("2021年度から2022年度にかけて終わった", {"conditions": [("ended", "between", ["R3", "R4"])]}))),
    # 「取組終了がR3からR5までの実践項目」「取組終了がR3〜R5の」: the field said with a range of years, no verb.
    Rule("ended_field_between",
         r"(?:取組終了|終了年度|完了年度|取組の終了年度|取組終了年度)(?:の年度)?(?:が|は|で)?\s*" + _WHEN
         + r"\s*(?:から|〜|-|より)\s*" + _WHEN + r"\s*(?:まで|の間|の期間)?(?=\s*(?:の|に|で|と|、|,|$))",
         _between, negatable=True,
         examples=(("取組終了がR3からR5までの", {"conditions": [("ended", "between", ["R3", "R5"])]}),
                   ("取組終了がR3〜R5の", {"conditions": [("ended", "between", ["R3", "R5"])]}))),
    # 「取組終了がR5以降の実践項目」: the field said with its range, no verb.
    Rule("ended_field_since_until",
         r"(?:取組終了|終了年度|完了年度|取組の終了年度|取組終了年度)(?:の年度)?(?:が|は|で)?\s*" + _WHEN
         + r"\s*(?:の)?(?:末|中)?\s*(以降|以後|より後|から後|までに|まで|以前|より前|未満)",
         _since, negatable=True,
         examples=(("取組終了がR5以降", {"conditions": [("ended", ">=", "R5")]}),
                   ("終了年度は令和3年度以前", {"conditions": [("ended", "<=", "R3")]}),
                   ("取組終了R5以降", {"conditions": [("ended", ">=", "R5")]}))),
    # 「2023年度以降が取組終了の項目」: the range said first, then the field.
    Rule("ended_range_then_field",
         _WHEN + r"\s*(?:の)?(?:末|中)?\s*(以降|以後|より後|から後|までに|まで|以前|より前|未満)(?:が|に)\s*(?:取組終了|終了年度|完了年度|取組の終了)",
         _since, negatable=True,
         examples=(("2023年度以降が取組終了", {"conditions": [("ended", ">=", "R5")]}),)),
    # 「R6まで続いたのは」: went on until that year, and ended in it.
    Rule("lasted_until",
         _WHEN + r"\s*(?:末)?まで\s*(?:続いた|続けた|継続した|継続された|継続している|実施した|行った)(?=の|もの|取組|実践)",
         _one,
         examples=(("R6まで続いたの", {"conditions": [("ended", "=", "R6")]}),
                   ("R6まで継続している", None))),  # (still going on: not an end)
    Rule("ended_since_until",
         _WHEN + r"\s*(?:の)?(?:末|中)?\s*(以降|以後|より後|から後|までに|まで|以前|より前|未満|から)" + _VERB,
         _since, negatable=True,
         examples=(("令和5年度以降に終わった", {"conditions": [("ended", ">=", "R5")]}),
                   ("R3までに終了した", {"conditions": [("ended", "<=", "R3")]}),
                   ("R4以前に終了", {"conditions": [("ended", "<=", "R4")]}),
                   ("令和7年3月までに終わった", {"conditions": [("ended", "<=", "R6")]}),
                   ("令和4年9月までに終わった", {"conditions": [("ended", "<=", "R4"), ("ended_month", "<=", "2022-09")]}),
                   ("R10以降に終了した", {"conditions": [("ended", ">=", "R10")]}),
                   ("R4までに終わってない", {"conditions": [("ended", "not_<=", "R4")]}),
                   ("令和6年度末までに終わった", {"conditions": [("ended", "<=", "R6")]}),
                   ("R5までにもう終わってる", {"conditions": [("ended", "<=", "R5")]}))),
    Rule("ended_except_years",
         r"(?P<years>{YEAR}(?:\s*(?:と|か|、|・|や)\s*{YEAR})*)\s*(?:以外|を除く|を除いた|を除き|じゃない|でない|ではない)\s*(?:の)?\s*(?:年度|年|時期)?"
         + _VERB,
         _ended_except,
         examples=(("R6以外の年度で終了した", {"conditions": [("ended", "not_empty", None), ("ended", "not_in", ["R6"])]}),
                   ("R5とR6以外に終わった", {"conditions": [("ended", "not_empty", None), ("ended", "not_in", ["R5", "R6"])]}))),
    Rule("ended_in_years",
         r"({YEAR}(?:\s*(?:と|か|、|・|又は|または|もしくは|あるいは|や|及び|および)\s*{YEAR})+)\s*(?:の)?(?:いずれか|どちらか)?" + _VERB,
         _several, negatable=True,
         examples=(("R3かR4に終了した", {"conditions": [("ended", "in", ["R3", "R4"])]}),
                   ("R2もしくはR3に終了した", {"conditions": [("ended", "in", ["R2", "R3"])]}))),
    Rule("ended_in_year",
         _WHEN + r"\s*(?:中|の間|度中|末|度末)?" + _VERB,
         _one, negatable=True,
         examples=(("R4に終了した", {"conditions": [("ended", "=", "R4")]}),
                   ("2031年度に終わった", {"conditions": [("ended", "=", "R13")]}),
                   ("R6年度に終了予定の", {"conditions": [("ended", "=", "R6")]}),
                   ("令和4年に終了", {"conditions": [("ended", "=", "R4")]}),
                   ("2021年度末で終了した", {"conditions": [("ended", "=", "R3")]}),
                   ("令和4年9月に取組を終えた", {"conditions": [("ended", "=", "R4"), ("ended_month", "=", "2022-09")]}),
                   ("令和5年度に終わっていない", {"conditions": [("ended", "!=", "R5")]}),
                   ("2022年に終わった", {"conditions": [("ended_month", ">=", "2022-01"), ("ended_month", "<=", "2022-12")]}),
                   # (an era's year with 中 is the calendar year too: 令和4年1月〜12月)
                   ("令和4年中に取組終了と書かれている", {"conditions": [("ended_month", ">=", "2022-01"),
                                                          ("ended_month", "<=", "2022-12")]}),
                   ("令和4年度中に終了した", {"conditions": [("ended", "=", "R4")]}))),
    Rule("ended_field_years",
         r"(?:取組終了|取り組み終了|取組の終了|終了年度|完了年度|終了時期|(?<![一-龥ぁ-んァ-ヶ])終了(?=が|は))(?:が|は)?\s*"
         r"({YEAR}(?:\s*(?:と|か|、|・|又は|または|もしくは|あるいは|や)\s*{YEAR})+)(?:の)?(?:いずれか|どちらか)?"
         r"(?=\s*(?:の|で|だ|です|に|と|、|な(?:の|もの)|$))",
         _several, negatable=True,
         examples=(("取組終了が令和3年度か令和4年度になっている", {"conditions": [("ended", "in", ["R3", "R4"])]}),
                   ("終了年度がR2またはR5の", {"conditions": [("ended", "in", ["R2", "R5"])]}),
                   ("取組終了がR5かR6なのは", {"conditions": [("ended", "in", ["R5", "R6"])]}))),
    Rule("ended_field_year",
         # (「取組終了月が令和4年9月」: the sheet's end month, said with its year)
         r"(?:(?:取組終了|取り組み終了|取組の終了|(?<![一-龥ぁ-んァ-ヶ])終了)(?:の)?月(?=が|は)|取組終了|取り組み終了|取組の終了|終了年度|完了年度|終了時期"
         r"|(?<![一-龥ぁ-んァ-ヶ])終了(?=が|は|\s*[=＝]))(?:が|は|\s*[=＝])?\s*" + _WHEN + r"(?=\s*(?:の|で|だ|です|と|、|じゃ|以外|な(?:の|もの)|に(?:なって|なっ|な)|$)|\s)()",
         _one, negatable=True,
         examples=(("取組終了がR4の", {"conditions": [("ended", "=", "R4")]}),
                   ("取り組み終了がR2の", {"conditions": [("ended", "=", "R2")]}),
                   ("取組終了がR4になっている", {"conditions": [("ended", "=", "R4")]}),
                   ("一度もA取ってなくて、終了がR6のやつ", {"conditions": [("ended", "=", "R6")]}),
                   ("取組終了がR6じゃない", {"conditions": [("ended", "!=", "R6")]}),
                   # (a council member's fragments: 「取組終了＝R4 何件」, the sign for が and a space ending the value)
                   ("取組終了＝R4 何件", {"conditions": [("ended", "=", "R4")]}),
                   ("取組終了がR5 どれ", {"conditions": [("ended", "=", "R5")]}),
                   # 「…がR6なのは何件」: な(の) after the value is the same condition, said as a clause.
                   ("そのうち取組終了がR6なのは何件", {"conditions": [("ended", "=", "R6")]}),
                   # (a report heading the year an item was done 完了年度)
                   ("完了年度が令和7年度の", {"conditions": [("ended", "=", "R7")]}),
                   ("シートの取組終了月が令和4年9月のもの", {"conditions": [("ended", "=", "R4"), ("ended_month", "=", "2022-09")]}))),
    Rule("continuing_included",
         r"(?:まだ)?(?:継続中|継続している|終了していない|未終了)(?:のもの|もの|の)?(?:も)?(?:含む|含めて|入れて)",
         lambda m, ctx: Production(notes=["継続中（取組終了が空欄）の実践項目も含めました"], hints={"practice"}),
         examples=(("継続中のものも含めて", {}),)),
    # 「ずっとA評価が続いている」: the grade goes on; the grade rules read which and when.
    Rule("grade_goes_on", r"(?<=[価A-DＡ-Ｄ\x1f]が)継続している", lambda m, ctx: Production(),
         examples=(("A評価が続いている", {}),)),
    Rule("continuing",
         # 「A評価が続いている」 is about a grade, not about the item going on (the grade may already
         # have been read, leaving the gap mark \x1f before が).
         r"(?:(?:取組終了|終了年度|終了)(?:が|は)\s*)?"
         # (「いつから続いている」 asks since when, read by start_asked)
         r"(?<![価A-DＡ-Ｄ\x1f]が)(?<!いつから)(?<!何年度から)(?:まだ|現在も|今も|引き続き)?(?:継続中|継続している|終了していない|未終了|取組中|終了前|継続の|継続(?![払性的費]))"
         # (「完了になっていない」: the state said as a noun with なる)
         r"|(?:まだ)?(?:完了|終了)(?:に|と)(?:なっていない|なってない|なっていなかった|なってなかった|ならない|なっておらず)"
         r"|(?:取組終了|終了)(?:が|は)?まだ(?:の|です)?"
         # (「まだ取組を続けている」: the item's work said as kept up, with まだ/今も so it is not a grade or a habit)
         r"|(?:まだ|現在も|今も|引き続き)\s*(?:取組|取り組み)\s*(?:を|が)?\s*(?:続けて(?:い)?る|継続して(?:い)?る|続いて(?:い)?る)",
         _continuing, negatable=True,
         examples=(("まだ終わってない", {"conditions": [("ended", "empty", None)]}),
                   ("おわってない", {"conditions": [("ended", "empty", None)]}),
                   ("継続中の", {"conditions": [("ended", "empty", None)]}),
                   ("終了していない", {"conditions": [("ended", "empty", None)]}),
                   ("取組終了がまだの", {"conditions": [("ended", "empty", None)]}),
                   ("取組終了が継続中の", {"conditions": [("ended", "empty", None)]}),
                   ("完了になっていない", {"conditions": [("ended", "empty", None)]}),
                   ("まだ取組を続けているもの", {"conditions": [("ended", "empty", None)]}),
                   ("A評価が続いている", None),
                   ("いつから続いているのか", None),  # (since when: start_asked)
                   ("継続払いはできる", None))),  # (a word of its own: 継続払い, 継続性)
    Rule("in_progress",
         r"(?:(?:取組状況|状況)(?:が|は)\s*)?(?:まだ|現在も|今も)?(?:実施中|進行中)",
         _in_progress, negatable=True,
         examples=(("実践項目で実施中のもの", {"conditions": [("ended", "empty", None)]}),
                   ("取組状況が実施中の実践項目", {"conditions": [("ended", "empty", None)]}),
                   ("実施中の取組", None))),
    # 「取組終了がR6ではないもの（空欄を含む）」: blanks said to be inside a negated end year, as they are.
    Rule("blank_included",
         r"[(（]\s*(?:空欄|空白|未記入|記載なし|継続中)(?:の(?:もの|項目))?\s*(?:を|も)\s*(?:含む|含める|含めて|入れる|入れて)\s*[)）]",
         _blank_included,
         examples=(("(空欄を含む)", {"unused": ["空欄を含む"]}),)),  # (no negated end before it: not applied)
    Rule("ended",
         # (「計画期間中に完了した」: within the plan's period, where every year an item can end in lies)
         r"(?:(?:計画)?期間(?:中|内)に\s*)?(?:取組|取り組み)?(?:を|が)?(?:終了した|終了済み?|完了済み?)",
         _ended, negatable=True,
         examples=(("終えた", {"conditions": [("ended", "not_empty", None)]}),
                   ("計画期間中に完了した", {"conditions": [("ended", "not_empty", None)]}),
                   ("終了した", {"conditions": [("ended", "not_empty", None)]}))),
]
