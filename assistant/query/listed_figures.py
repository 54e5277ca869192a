"""Figures a passage states without a label beside them: how many dated entries it lists for what was
asked (「合同訓練って何回やった」 over 「H15.07.04, H15.09.04, H16.11.01 合同訓練の実施」), and the total
it prints (「全部で何人参加」 over 「各12名 計24名」). Read only from the passages shown; the answer
stays a search (to be checked there)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# Dates and years a passage writes its entries under (H17.01.19, 平成27年度, H27, 令和5年度, 2023年度).
ENTRY_DATE = compiled(r"(?<![A-Za-z])(?:[HRS]|平成|令和)\s*\d{1,2}(?:\.\d{1,2}){1,2}|(?:平成|令和|(?<![A-Za-z])[HR])\s*(?:\d{1,2}|元)(?:\s*年度?)?(?![\d.])"
                      r"|(?:19|20)\d{2}\s*年度")


def date_key(text: str) -> str:
    """A date or year as one notation (平成27年度 and H27 alike; H17.01.19 as H17.1.19)."""
    t = nfkc(text).replace(" ", "")
    t = re.sub(r"^平成", "H", re.sub(r"^令和", "R", t))
    return re.sub(r"\.0(?=\d)", ".", re.sub(r"年度?$", "", t))  # (H17.04 and H17.4 alike)


def said_dates(text: str) -> set[str]:
    """The dates and years a question says (date_key), a fiscal year said with 年度 marked (H16@FY)."""
    return {date_key(m.group(0)) + ("@FY" if nfkc(m.group(0)).rstrip().endswith("年度") else "")
            for m in ENTRY_DATE.finditer(nfkc(text))}


def _of_fiscal_year(key: str, year: str) -> bool:
    """「平成16年度」: a date from its April to the March after (H16.4 … H17.3), or the year as printed."""
    m = re.fullmatch(r"([HRS])(\d{1,2})", year)
    d = re.match(r"([HRS])(\d{1,2})\.(\d{1,2})", key)
    if key == year or not m or not d or d.group(1) != m.group(1):
        return key == year
    n, month = int(d.group(2)), int(d.group(3))
    return (n == int(m.group(2)) and month >= 4) or (n == int(m.group(2)) + 1 and month <= 3)


def under_said(key: str, said: set[str]) -> bool:
    """A passage's date is of a date or year the question said: the same, or a day of the year said
    (「H17のとき」 and 「H17.01.19 実施」); of a fiscal year said, a day from its April to March."""
    return key in said or any(_of_fiscal_year(key, s[:-3]) if s.endswith("@FY") else
                              (key.startswith(s + ".") or key.startswith(s + "年")) for s in said)


# One dated entry of a list: H15.10.15(放送), H16年7月号, H16.10.15
_ITEM = (r"(?:(?:[HRS]|平成|令和)\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?|(?:[HRS]|平成|令和)\s*\d{1,2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)"
         r"(?:号|放送|開催|実施)?")
_LIST = compiled(_ITEM + r"(?:\s*[・,，、]\s*" + _ITEM + r")*")
_TIMES_ASKED = compiled(r"何回|何度|(?<!第)何号")  # (「第何号」 asks which issue: issue_stated)
# 「第何号に出てる？」: which numbered issue a passage is of, and the 「第N号」 it prints.
_ISSUE_ASKED = compiled(r"第\s*何\s*(?P<unit>号|巻|版)")


def issue_stated(question: str, excerpts: list[dict]) -> tuple[str, str, dict, str] | None:
    """「…って話、行革通信の第何号に出てる？」: the one 「第N号」 the best passage prints (a bulletin's passages say
    their issue before their text). None when the question asks no issue, or the passage prints none or several."""
    asked = _ISSUE_ASKED.search(nfkc(question))
    if not asked or not excerpts:
        return None
    first = excerpts[0]
    found = list(dict.fromkeys(m.group(0).replace(" ", "") for m in compiled(r"第\s*\d{1,4}\s*" + asked.group("unit")).finditer(
        nfkc(str(first.get("text", ""))))))
    if len(found) != 1:
        return None
    return found[0], found[0], first, f"抜粋は「{found[0]}」の記事です（抜粋から読んだ値です）。"
_TOTAL_ASKED = compiled(r"(?:全部で|合計|合わせて|あわせて|トータル|計)\s*(?:で)?\s*(?:は|って)?\s*何\s*(?P<unit>人|名|回|件|本|台|か所|箇所|団体|社)")
# 「累計はいくら」「合計額は何千円」: a total amount asked.
_TOTAL_MONEY_ASKED = compiled(r"(?:累計|合計|総額|総計)\s*(?:額|金額)?\s*(?:は|って|で)?\s*(?:いくら|何円|何千円|何万円|どれくらい|どのくらい)")
_UNITS = {"人": "人|名", "名": "人|名", "か所": "か所|箇所|カ所", "箇所": "か所|箇所|カ所"}


def _shared(a: str, b: str) -> int:
    """The length of the longest run of a's characters (no brackets, no particle) that b holds."""
    a = re.sub(r"[「」『』()（）\s]", "", a)
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b or re.search(r"[のにをはがでと]", a[i:j]):
                break
            best = j - i
    return best


def times_listed(question: str, excerpts: list[dict]) -> tuple[int, str, dict, str] | None:
    """「何回」 answered by the one list of dated entries that the question's words name, right before
    it (「「広報くらしき」H16年2月号・H16年7月号」) or right after it (「H15.07.04, H15.09.04 合同訓練の
    実施」): the number of its entries (of the year said, when one is). None when no such list or more
    than one."""
    text = nfkc(question)
    if not _TIMES_ASKED.search(text):
        return None
    said = {date_key(m.group(0)) for m in ENTRY_DATE.finditer(text)}
    asked = ENTRY_DATE.sub("", text)
    found: dict[tuple[str, int], tuple[int, dict]] = {}
    for e in excerpts:
        body = nfkc(str(e.get("text", "")))
        lists = list(_LIST.finditer(body))
        for i, m in enumerate(lists):
            # Its label: a name in brackets right before it (「広報くらしき」H16年2月号・…), else the words
            # right after it, up to the next list or name (H15.07.04, H15.09.04 合同訓練の実施).
            start = max(lists[i - 1].end() if i else 0, m.start() - 16)
            before = re.split(r"[。\n]", body[start:m.start()])[-1].strip()
            end = min(lists[i + 1].start() if i + 1 < len(lists) else len(body), m.end() + 12)
            after = re.split(r"[。\n、,「『]", body[m.end():end])[0]
            label = before if before.endswith(("」", "』")) else after
            shared = _shared(label, asked)
            if shared < 3:
                continue
            items = [i.group(0) for i in compiled(_ITEM).finditer(m.group(0))]
            if said:
                items = [i for i in items if under_said(date_key(re.sub(r"(?:号|放送|開催|実施)$", "", i)), said)]
            if items:
                said_as = f"{before} {m.group(0)}" if label is before else f"{m.group(0)} {after.strip()}"
                found.setdefault((str(e.get("source")), e.get("line", 0) * 100000 + m.start()),
                                 (shared, len(items), e, said_as.strip()))
    # (the list whose name the question says longest: 「広報くらしき」 over 「FMくらしき」)
    best = [v for v in found.values() if v[0] == max((v[0] for v in found.values()), default=0)]
    if len(best) != 1:
        return None
    _, n, excerpt, said_as = best[0]
    return n, said_as, excerpt, f"抜粋の「{said_as}」に日付が {n}件あります（{n}回。抜粋から数えた値です）。"


def figure_sentence(figure: tuple) -> str:
    """What the summary says first of a figure read from a passage."""
    return figure[3] if len(figure) > 3 else f"抜粋に「{figure[1]}」とあります（抜粋から読んだ値です）。"


def total_stated(question: str, excerpts: list[dict]) -> tuple[int | float, str, dict] | None:
    """「全部で何人参加」 answered by the one total the passages print (「計24名」「合計3件」) in the unit
    asked, under the date said when one is."""
    text = nfkc(question)
    asked = _TOTAL_ASKED.search(text)
    money = _TOTAL_MONEY_ASKED.search(text) if asked is None else None
    if asked is None and money is None:
        return None
    # (「財政効果額の累計はいくら」: an amount, in the unit the passage prints it: 「累　計　260,100千円」)
    units = _UNITS.get(asked.group("unit"), re.escape(asked.group("unit"))) if asked else r"千円|万円|百万円|億円|円"
    said = {date_key(m.group(0)) for m in ENTRY_DATE.finditer(text)}
    printed = compiled(r"(?:計|合計|総計|延べ)\s*(\d[\d,]*)\s*(" + units + r")") if asked else \
        compiled(r"(?:累\s*計|合\s*計|総\s*計|総\s*額|(?<![一-龥])計)\s*[:：]?\s*(\d[\d,]*)\s*(" + units + r")")
    found: dict[str, tuple[str, dict]] = {}
    for e in excerpts:
        body = nfkc(str(e.get("text", "")))
        dates = [(m.start(), date_key(m.group(0))) for m in ENTRY_DATE.finditer(body)]
        for m in printed.finditer(body):
            under = next((d for at, d in reversed(dates) if at < m.start()), "")
            if said and not under_said(under, said):
                continue
            found.setdefault(m.group(1), (m.group(0), e))
    if len(found) != 1:
        return None
    number, (phrase, excerpt) = next(iter(found.items()))
    value = float(number.replace(",", ""))
    return (int(value) if value.is_integer() else value), phrase, excerpt


_COUNT_ASKED = compiled(r"何(?:人|名|件|つ|か所|箇所|団体|社|校)|いくつ")


def rows_holding(question: str, words: list[str], excerpts: list[dict]) -> tuple[int, str, dict] | None:
    """「審議会委員のうち公募の人って何人？」 answered by a list printed in the best passage (a roster, one
    line per person under a heading line of its columns): the number of its lines holding the one word of
    the question that some lines hold and the heading does not."""
    if not excerpts or not _COUNT_ASKED.search(nfkc(question)):
        return None
    excerpt = excerpts[0]
    lines = [ln.strip() for ln in nfkc(str(excerpt.get("text", ""))).split("\n") if ln.strip()]
    head = next((i for i, ln in enumerate(lines[:3]) if len(ln.split()) >= 2 and not re.search(r"\d", ln)), None)
    if head is None or len(lines) - head - 1 < 3:
        return None
    body = lines[head + 1:]
    held = {w: sum(nfkc(w) in ln for ln in body) for w in words if nfkc(w) not in " ".join(lines[:head + 1])}
    held = {w: n for w, n in held.items() if 0 < n < len(body)}
    if len(held) != 1:
        return None
    word, n = next(iter(held.items()))
    return n, word, excerpt, f"抜粋の一覧（{lines[head]}）で「{word}」とある行が {n}件あります（抜粋から数えた値です）。"


_FALL_ASKED = compiled(r"(?:何(?P<unit>人|名|件|円|千円|万円|台|か所|箇所|%|％)|どれだけ|どんだけ|どれくらい|どんくらい|どのくらい|いくら|いくつ)\s*"
                       r"(?:減った|減少した|減って(?:い)?る|削減(?:した|された|できた)?|減らした|少なくなった)")
_FALL_PRINTED = compiled(r"[▲△]\s*(\d[\d,]*(?:\.\d+)?)\s*(人|名|件|千円|万円|億円|円|台|か所|箇所|%|％)?")


def fall_asked(question: str) -> str:
    """The words asking a decrease (「どれだけ減った」), "" when none."""
    m = _FALL_ASKED.search(nfkc(question))
    return m.group(0) if m else ""


def fall_stated(question: str, excerpts: list[dict]) -> tuple[int | float | str, str, dict] | None:
    """「職員定数どれだけ減った？」 answered by the one decrease the best passages print with ▲ (「職員定数削減
    / 16～28年度移管: ▲436人」), in the passages that hold the question's words; its size, as printed."""
    text = nfkc(question)
    asked = _FALL_ASKED.search(text)
    if asked is None:
        return None
    found: dict[tuple[str, str], dict] = {}
    for e in excerpts:
        body = nfkc(str(e.get("text", "")))
        if _shared(body, text) < 2:
            continue
        for m in _FALL_PRINTED.finditer(body):
            unit = m.group(2) or ""
            if asked.group("unit") and unit and unit != asked.group("unit") \
                    and not {unit, asked.group("unit")} <= {"人", "名"}:
                continue
            found.setdefault((m.group(1), unit), e)
    if len(found) != 1:
        return None
    (number, unit), excerpt = next(iter(found.items()))
    value = float(number.replace(",", ""))
    if unit in ("千円", "万円", "億円", "%", "％"):
        return f"{number}{unit}", f"▲{number}{unit}", excerpt
    return (int(value) if value.is_integer() else value), f"▲{number}{unit}", excerpt


# 「倉敷から岡山へ何人？」: a movement between two places asked (the two names, in the order said).
# (「倉敷市から岡山市の保育所に入ったのって何人」: the place's own facility named after it, and the verb of the
# movement before the quantity asked)
_FLOW_ASKED = compiled(r"(?P<a>[一-龥ァ-ヶー]{1,8}?)(?:市|町|村|区)?\s*(?:から|[→⇒])\s*(?P<b>[一-龥ァ-ヶー]{1,8}?)(?:市|町|村|区)?"
                       r"(?:の[一-龥ァ-ヶー]{1,8})?\s*(?:へ|に|まで|(?=は|って|\s*何))"
                       r"(?:[一-龥]{1,3}(?:っ|し|れ)?(?:た|る)(?:の|ん)?)?"
                       r"(?:は|って)?\s*(?:何(?P<unit>人|名|件|回|台|本|社|団体)|いくつ|どのくらい|どれくらい)?")
_FLOW_OTHER_WAY = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*逆(?:に|は|の場合は|のほう|の方)?[、,]?\s*(?:は)?\s*[?？]?\s*$")


def _flow_printed(a: str, b: str, unit: str):
    number = r"(\d[\d,]*)\s*(" + (_UNITS.get(unit, re.escape(unit)) if unit else r"人|名|件|回|台|本|社|団体") + r")"
    place = r"(?:市|町|村|区)?\s*(?:[(（][^)）]{0,12}[)）])?\s*"
    return compiled(re.escape(a) + place + r"から\s*" + re.escape(b) + place + r"(?:へ|に)\s*(?:は\s*)?" + number)


def flow_asked(question: str, before: tuple[str, str, str, set[str]] | None = None) -> tuple[str, str, str, set[str]] | None:
    """The places, the unit and the dates of a movement asked (「H17.4から倉敷から岡山へ何人」); 「逆に岡山から
    倉敷へは」「逆は？」 after one is the same asked the other way (None when no movement is asked)."""
    text = nfkc(question)
    said = {date_key(m.group(0)) for m in ENTRY_DATE.finditer(text)}
    m = None
    for m in _FLOW_ASKED.finditer(ENTRY_DATE.sub(" ", text)):
        if m.group("unit") or before is not None:
            break
    else:
        m = None
    if m is not None and (m.group("unit") or (before and {m.group("a"), m.group("b")} == set(before[:2]))):
        return m.group("a"), m.group("b"), m.group("unit") or (before[2] if before else ""), said or (before[3] if before else set())
    if before is not None and _FLOW_OTHER_WAY.match(text):
        return before[1], before[0], before[2], before[3]
    return None


def flow_stated(flow: tuple[str, str, str, set[str]] | None, excerpts: list[dict]) -> tuple[int, str, dict] | None:
    """The one figure the passages print for the movement asked (「H17.04~倉敷市から岡山市へ9人」), under the
    date said when one is (the last date printed before it)."""
    if flow is None:
        return None
    a, b, unit, said = flow
    printed = _flow_printed(a, b, unit)
    found: dict[str, tuple[str, dict]] = {}
    for e in excerpts:
        body = nfkc(str(e.get("text", "")))
        dates = [(m.start(), date_key(m.group(0))) for m in ENTRY_DATE.finditer(body)]
        for m in printed.finditer(body):
            under = next((d for at, d in reversed(dates) if at < m.start()), "")
            if said and not under_said(under, said):
                continue
            found.setdefault(m.group(1), (m.group(0), e))
    if len(found) != 1:
        return None
    number, (phrase, excerpt) = next(iter(found.items()))
    return int(number.replace(",", "")), phrase, excerpt


# A heading line printed alone with a mark before it (「■決定事項」「【決定事項】」「◆確認事項」).
_MARKED_HEAD = compiled(r"^\s*(?:[■□◆◇●○◎▼▽★☆]\s*|【)?(?P<word>[^\s■□◆◇●○◎▼▽★☆【】:：。、]{2,12})(?:】)?\s*$")
_UNDER_ASKED = compiled(r"(?:全部で|全体で|合わせて|あわせて|合計で?)?\s*(?:いくつ|何件|何項目|何個|何点)")


def entries_under_heading(question: str, words: list[str], text: str) -> tuple[int, str, int] | None:
    """「決定事項は全部でいくつ」 over minutes printing 「■決定事項」 after each agenda item, one decision a
    line below it up to the blank line: (the lines under every such heading, the word, how many headings).
    Only for a word said that a heading line prints alone, and every such heading with lines under it."""
    if not _UNDER_ASKED.search(nfkc(question)):
        return None
    lines = nfkc(text).splitlines()
    found = None
    for word in sorted({nfkc(w) for w in words if len(nfkc(w)) >= 2}, key=len, reverse=True):
        heads = [i for i, ln in enumerate(lines) if (m := _MARKED_HEAD.match(ln)) and m.group("word") == word
                 and ln.strip() != word]  # (a mark or brackets make it a heading; the word alone may be prose)
        if not heads:
            continue
        counts = []
        for i in heads:
            n = 0
            for ln in lines[i + 1:]:
                if not ln.strip() or _MARKED_HEAD.match(ln) and not re.search(r"[。.]\s*$", ln):
                    break
                n += 1
            counts.append(n)
        if all(counts):
            found = (sum(counts), word, len(heads))
            break
    return found
