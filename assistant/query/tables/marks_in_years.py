"""「令和10年度以降に●（完了予定）がついている取組」「令和8年度までに実施が入る」: a mark or a stage said of a
range of years, over a timeline with a column per year: the mark in any column of the range, not in the
one year said; 「令和9年度から実施に入る」 is the row's first 実施 in that year. A bracket after the mark that
restates the meaning the legend gives it (●：完了…予定) is read with the mark."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# A year said with a bound: from it on (以降・から・以後) or up to it (まで・までに・以前).
_BOUNDED = re.compile(r"(?P<year>(?:令和|平成|r|h)\s*(?:元|\d{1,2})\s*年度?|(?:19|20)\d{2}\s*年度)\s*"
                      r"(?P<bound>以降|以後|から|までに|まで|以前)")
_UP_TO = ("までに", "まで", "以前")
# 「（から）実施に入る」「実施が始まる」「実施を始める」: the stage begun that year
_BEGINS = re.compile(r"\s*「?[^\s「」、。]{1,6}?」?\s*(?:に入る|に入った|に移る|に移行|が始まる|が始まった|を始める|を開始|に着手|がスタート)")
_EVER = re.compile(r"(?:一度|1度|一回|1回)でも")
_EVERY = re.compile(r"ずっと|毎年|すべての年度|全ての年度|全年度|続けて|連続|いずれも|どの年度も")


def read_marks_in_years(db, question: str, reading) -> bool:
    """Replace (in place) the one year's mark condition with the mark in any year of the range said."""
    t = reading.table
    years = {c.header: c.year for c in t.columns if c.year is not None and not c.numeric}
    if len(years) < 3:
        return False
    qn = _key(question)
    said = _BOUNDED.search(qn)
    if said is None:
        return _in_any_year(question, qn, reading, years)
    found = find_years(said.group("year"))
    if not found or _EVERY.search(qn):
        return False  # (「令和8年度から令和10年度までずっと→」: a span of years each holding it, read as such)
    if len(find_years(nfkc(question))) != 1 and (
            re.search(r"(?:から|〜|~|～|－|ー|-)\s*$", qn[:said.start()])
            or said.group("bound") not in _UP_TO or not re.search(r"(?:、|,|で|の|は|が|を)\s*$", qn[:said.start()])):
        # (a span said from one year to the other is read as such; 「令和3年度に着手準備だったもので、令和6年度までに
        # 完了した」 says another year's mark apart, before the range of the mark said up to a year)
        return False
    fy = found[0].fiscal_year
    of_year = [c for c in reading.conds if c.header in years and c.op == "eq" and years[c.header] == fy]
    if len(of_year) != 1:
        return False
    c = of_year[0]
    if said.group("bound") == "から" and _BEGINS.match(qn, said.end()):
        # 「令和9年度から実施に入る」: the row's first 実施 is that year's (not any year from it on)
        headers = "|".join(sorted(years, key=lambda h: years[h]))
        reading.conds[reading.conds.index(c)] = Cond(headers, "first_eq", (_key(str(c.value)), fy),
                                                     f"{c.header}に初めて{c.value}")
        begun = _BEGINS.match(qn, said.end())
        reading.spans.append((said.start(), begun.end()))
        return True
    if said.group("bound") == "から":
        return False  # (「令和9年度から実施している」: from when, not any year of a range)
    up_to = said.group("bound") in _UP_TO
    # (two values each year, 整備上の不備 and 運用評価: the range over the columns of the value said, its base)
    base = t.column(c.header).base
    span = sorted((h for h, y in years.items() if (y <= fy if up_to else y >= fy)
                   and (not base or t.column(h).base == base)), key=lambda h: years[h])
    if len(span) < 2:
        return False
    parts = [Cond(h, "eq", c.value, f"{h}が{c.value}") for h in span]
    label = f"{span[0]}〜{span[-1]}のいずれかが{_shown(c)}"
    reading.conds[reading.conds.index(c)] = Cond("|".join(span), "or", parts, label)
    reading.spans.append(said.span())
    ever = _EVER.search(qn)  # 「令和5年度までに一度でも」: any year of the range, as read
    if ever is not None:
        reading.spans.append(ever.span())
    _restated_meaning(db, t, qn, reading)
    return True


# 「検討・準備の段階が含まれている」「◇がある」「◇が入っている」: the mark somewhere in the row's years
# (「Ａ評価をとったことがある」「Ｃを受けたことのある」: a grade's own verb, in the perfect of some year)
_HELD_SOMEWHERE = re.compile(r"(?:を|が)?(?:とっ|取っ|受け|もらっ|つい|付い)たこと(?:が|の)?(?:ある|あった|あります)"
                             r"|(?:の\s*段階)?\s*(?:が|の)\s*(?:含まれ|ふくまれ|入っ|はいっ|ある|あった|付い|つい)(?:て(?:い)?(?:る|た)|た)?")


# 「今年度」「来年度」: a year said by a word, read elsewhere as that year
_YEAR_WORD = re.compile(r"(?:今|本|来|昨|前|次|翌)年度?|再来年")


def _in_any_year(question: str, qn: str, reading, years: dict) -> bool:
    """No year said: a mark said to be held (含まれている, ある) is the mark in any year of the timeline, not the
    mark in the one year a default read it of (this fiscal year)."""
    held = _HELD_SOMEWHERE.search(qn)
    if find_years(nfkc(question)) or held is None or _EVERY.search(qn) or _YEAR_WORD.search(qn):
        return False
    of_year = [c for c in reading.conds if c.header in years and c.op == "eq"]
    if len(of_year) != 1:
        return False
    c = of_year[0]
    base = reading.table.column(c.header).base
    span = sorted((h for h in years if not base or reading.table.column(h).base == base), key=lambda h: years[h])
    if len(span) < 2:
        return False
    parts = [Cond(h, "eq", c.value, f"{h}が{c.value}") for h in span]
    reading.conds[reading.conds.index(c)] = Cond("|".join(span), "or", parts,
                                                 f"{span[0]}〜{span[-1]}のいずれかが{_shown(c)}")
    reading.spans.append(held.span())
    return True


def _shown(c: Cond) -> str:
    return str(c.label).rsplit("が", 1)[-1] if "が" in str(c.label) else str(c.value)


def _restated_meaning(db, t, qn: str, reading) -> None:
    """「●（完了予定）」: the bracket right after a value the conditions use, saying the meaning a legend line of
    the document gives it (「●：完了（目標達成）予定」, brackets aside), is read with it."""
    values = {str(p.value) for c in reading.conds for p in (c.value if c.op == "or" else [c])
              if p.op == "eq" and isinstance(p.value, str)}
    if not values:
        return
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    text = nfkc((row[0] if row else "") or "")
    for m in re.finditer(r"[(（]([^()（）]{2,12})[)）]", qn):
        before = qn[:m.start()].rstrip().rstrip("」』\"'")  # (「→」（継続）: the mark quoted)
        for value in values:
            if not before.endswith(_key(value)):
                continue
            for said in re.finditer(re.escape(nfkc(value)) + r"\s*[:：]\s*(\S+)", text):
                meaning = _key(re.sub(r"[(（][^()（）]*[)）]", "", said.group(1)))
                bracket = _key(m.group(1))
                if len(meaning) >= 2 and (meaning.startswith(bracket) or bracket.startswith(meaning)):
                    reading.spans.append(m.span())
                    return


def restated_mark_meaning(db, t, qn: str, reading) -> None:
    """The bracket read alone (a mark said of one year): as _restated_meaning."""
    _restated_meaning(db, t, qn, reading)

