"""「令和7年度に実施した事業」「2024年度は検討段階だった」「令和6年度から令和8年度まで毎年実施」「令和8年度に検討段階に
戻った」 over a joint-projects table marking each year's state with a symbol (a record's states_by_year, and the
legend the document prints: state_legend {"●": "実施", "△": "検討・準備"}).

The state asked is a word of the legend's meanings said in the question (実施, 検討), the year a column the table
prints; the rest of the question is read as any other (the document, the members, the 事務局 of the question
before). A year the table does not print is said, never answered from another; a question naming no state of the
legend, or no year, is left to the rest of the engine (None).
"""
from __future__ import annotations

import copy
import re
from contextvars import ContextVar
from typing import TYPE_CHECKING

from assistant.kinds.registry import is_year_field
from assistant.labels import kind_label
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.store.records import decoded
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_label, fy_text, label_fiscal_year

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

KIND = "joint_project"
# The kind read: joint projects, or practice items of a plan printing each item's 取組状況 per year (完了 / 実施中 …
# at the end of each fiscal year: a record's states_by_year, its legend the words as printed).
_KIND: ContextVar[str] = ContextVar("joint_years_kind", default=KIND)
_ITEMS = "practice"
_JOINT_SAID = compiled(r"連携事業|共同事業|広域連携")
# Every year of a span said: 「令和6年度から令和8年度まで毎年」「ずっと」「連続して」.
_EVERY = compiled(r"毎年|ずっと|連続して|継続して|いずれも|すべて|全て|続けて")
# A change into the state in the year said: 「検討段階に戻った」 (from another state printed the year before).
_BACK = compiled(r"戻っ|戻り|戻る|逆戻り|後退")
# Every year the table prints, said without naming them: 「両方の年度とも」「どちらの年度も」「各年度とも」.
_ALL_YEARS = compiled(r"(?:両方の|両|どちらの|いずれの|各|全|すべての|全ての)年度\s*(?:とも|共|も|で|に)")
# A change into the state in the year said from any other (a blank too): 「令和7年度に新たに実施」「実施に移った」.
_NEWLY = compiled(r"新たに|新しく|初めて|はじめて|に移っ|へ移っ|に移行|へ移行|に変わっ|になっ")
# 「令和6年度から令和8年度まで実施」: a span of years, each in the state said.
_SPAN = compiled(r"(?:から|～|〜|~)\s*(?:令和|平成|[RH])?\s*\d{1,4}\s*(?:年度|年)?\s*(?:まで|にかけて)")
# The state of one project asked: 「令和6年度の状況は？」「令和6年度はどうだった？」.
_STATE_ASKED = compiled(r"状況|状態|どう|何|どんな|段階")
# (「実施してない」: the い of ている dropped, as said)
_NEGATED = compiled(r"(?:を|が)?(?:し|でき|され)?(?:てい|て)?(?:ない|なかった|ません)")
# Words this reading uses besides the years and the states' words.
_TAKEN = compiled(r"^(?:段階|状態|状況|毎年|ずっと|連続|継続|いずれも|すべて|全て|続け|戻|逆戻り|後退|新たに|新しく|初めて|移行|した|して|する|だった|です|中)|毎年|戻っ"
                  r"|切り替わ|切替わ|切り替え|変わっ|移っ|移行")
# Words dating the state said (「計画1年目の令和6年度の時点で」「年度末現在」), no condition of their own.
_WHEN_WORDS = compiled(r"時点|年目|年度末|現在|まだ|もう|すでに|既に")
_CHANGE_WORDS = compiled(r"から\s*[^\s、。]{1,8}?\s*(?:に|へ)\s*(?:切り替わ|切替わ|切り替え|切替え|変わ|移っ|移行|移り|なっ|進ん|進み|転じ)")


def _said_states(said: str, legend: dict[str, str]) -> list[tuple[str, str, re.Match]]:
    """(symbol, the word said, where) for each symbol whose meaning's word the question says; a longer word first
    (「実施なし」 before 「実施」)."""
    words: list[tuple[str, str]] = []
    for mark, meaning in legend.items():
        for part in re.split(r"[・/／、]", nfkc(meaning)):
            part = re.sub(r"(?:中|段階|済み?)$", "", part.strip())
            if len(part) >= 2:
                words.append((mark, part))
    out: list[tuple[str, str, re.Match]] = []
    taken: list[tuple[int, int]] = []
    # (the mark itself said: 「2029年度の進捗が△」)
    words += [(mark, mark) for mark in legend if len(mark) == 1 and not re.match(r"[\w]", mark)]
    for mark, word in sorted(words, key=lambda w: -len(w[1])):
        for m in re.finditer(re.escape(word), said):
            if re.search(r"[一-龥々]$", said[:m.start()]) and not said[:m.start()].endswith(("年度", "年")):
                continue  # (inside a name: 「観光プロモーションの共同実施」 says no state)
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append((mark, word, m))
                taken.append((m.start(), m.end()))
    return out


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    found = _answer_of(assistant, q, question)
    if found is not None:
        return found
    previous = getattr(assistant, "context", None)
    if q.target != _ITEMS and not (q.target in ("", "passage") and previous is not None and previous.target == _ITEMS):
        return None
    if "states_by_year" not in assistant.executor.columns.get(_ITEMS, []):
        return None
    token = _KIND.set(_ITEMS)
    try:
        return _answer_of(assistant, q, question)
    finally:
        _KIND.reset(token)


def _answer_of(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    KIND = _KIND.get()
    columns = assistant.executor.columns.get(KIND, [])
    if "states_by_year" not in columns:
        return None
    said = nfkc(question)
    previous = getattr(assistant, "context", None)
    # (「準備から実施に切り替わったのが2029年度の事業」: a change between two states of a table's legend, said of
    # 事業 with no kind word, is read here too; nothing else is)
    loose = q.target != KIND and not (KIND == globals()["KIND"] and _JOINT_SAID.search(said)) \
        and not (previous is not None and previous.target == KIND)
    if loose and not ("事業" in said and _CHANGE_WORDS.search(said)):
        return None
    mentions = find_years(said)
    if KIND == _ITEMS:
        mentions = _with_bare_years(said, mentions)
    years = list(dict.fromkeys(fy_label(y.fiscal_year) for y in mentions))
    every_year = _ALL_YEARS.search(said) if not years else None
    if not years and not every_year:
        return _turned(assistant, q, said) if KIND == globals()["KIND"] else None
    rest = [c for c in q.conditions if not _of_years(c, years, mentions)]
    if _NEWLY.search(said):  # (「新たに」 read as an item added to a plan: here the state's change)
        rest = [c for c in rest if c.op not in ("added", "not_added")]
    legend: dict[str, str] = {}
    for r in _select(assistant, q, [c for c in rest if c.field != "text"]):
        legend.update(decoded(dict(r), ("state_legend",)).get("state_legend") or {})
    asked = _said_states(said, legend)
    # (the state's words and this reading's own were sought as words of the text: they are the condition here)
    rest = [c for c in rest if not (c.field == "text" and (
        any(w in nfkc(str(c.value)) for _, w, _ in asked) or _TAKEN.search(nfkc(str(c.value)))))]
    if KIND == _ITEMS and asked:
        # (practice items: the state said of a year is this reading's, not the item's state now nor its end year;
        # 「計画1年目の…時点で」 only dates it)
        rest = [c for c in rest if c.field not in ("state", "ended", "status")
                and not (c.field == "text" and _WHEN_WORDS.search(nfkc(str(c.value))))]
    rows = _select(assistant, q, rest)
    states = {id(r): decoded(dict(r), ("states_by_year", "state_legend")) for r in rows}
    rows = [r for r in rows if isinstance(states[id(r)].get("states_by_year"), dict)]
    if not rows:
        return None
    marks = list(dict.fromkeys(mark for mark, _, _ in asked))
    printed = sorted({y for r in rows for y in states[id(r)]["states_by_year"]}, key=label_fiscal_year)
    if every_year:
        # 「両方の年度とも実施中」: every year the table prints, first to last
        years = [printed[0], printed[-1]] if len(printed) >= 2 else []
        if not years:
            return None
    if not marks:
        # 「3番の令和6年度の状況は？」: one project's state in the one year said, as its legend says it.
        if len(rows) == 1 and len(years) == 1 and years[0] in printed and _STATE_ASKED.search(said):
            mark = str(states[id(rows[0])]["states_by_year"].get(years[0]) or "")
            meaning = legend.get(mark, mark)
            shown = f"「{meaning}」（{mark}）" if mark and meaning != mark else f"「{mark}」" if mark else "空欄（記載なし）"
            unused = [w for w in q.unused if not find_years(w) and not _STATE_ASKED.search(nfkc(w))]
            understood = [c.to_dict() for c in rest] + [
                {"field": "states_by_year", "op": "value", "value": years[0], "label": f"{_fy(years[0])}の状況を答える"}]
            return _answer(q, rows, understood, unused, f"{_names(rows)} の{_fy(years[0])}の状況は {shown} です。",
                           value=meaning if mark else None)
        return None  # no state of the legend said (left to the rest)

    def state(row: dict, year: str) -> str:
        return str(states[id(row)]["states_by_year"].get(year) or "")

    label = kind_label(KIND)
    words = {w for _, w, _ in asked}
    missing = [y for y in years if y not in printed]
    unused = [w for w in q.unused if not find_years(w) and not any(x in nfkc(w) for x in words) and not _TAKEN.search(nfkc(w))
              and not (every_year and nfkc(w) in every_year.group(0))]
    understood = [c.to_dict() for c in rest]
    if missing:
        return _answer(q, [], understood, unused + [_fy(y) for y in missing],
                       f"{'・'.join(_fy(y) for y in missing)}の状況は一覧にありません（一覧の年度: {'・'.join(_fy(y) for y in printed)}）。")
    # Each year said with the state said after it (before the next year): 「2024年度は検討で2025年度に実施」.
    ordered = sorted(mentions, key=lambda y: y.start)
    pairs: list[tuple[str, str, bool]] = []
    for i, y in enumerate(ordered):
        end = ordered[i + 1].start if i + 1 < len(ordered) else len(said)
        inside = [(m, w) for m, w, at in asked if y.end <= at.start() < end]
        if inside:
            m, w = inside[0]
            at = next(a for mm, ww, a in asked if mm == m and ww == w and y.end <= a.start() < end)
            pairs.append((fy_label(y.fiscal_year), m, bool(_NEGATED.match(said[at.end():]))))
    change = _change_said(asked, said)
    if loose and change is None:
        return None
    if change is not None and len(years) == 1:
        # 「準備から実施に切り替わったのが2029年度」: the one state the year before, the other in the year said.
        (from_mark, from_word), (to_mark, to_word) = change
        year = years[0]
        before = [y for y in printed if label_fiscal_year(y) < label_fiscal_year(year)]
        if not before:
            return _answer(q, [], understood, unused + [f"{from_word}から{to_word}"],
                           f"{_fy(year)}より前の年度の状況が一覧にないため、{from_word}から{to_word}に変わったかどうかは読めません。")
        prior = before[-1]
        chosen = [r for r in rows if state(r, prior) == from_mark and state(r, year) == to_mark]
        text = (f"{_fy(prior)}が「{legend.get(from_mark, '')}」（{from_mark}）で{_fy(year)}に"
                f"「{legend.get(to_mark, '')}」（{to_mark}）に変わった")
        understood.append({"field": "states_by_year", "op": "changed", "value": [prior, from_mark, year, to_mark],
                           "label": text})
        summary = f"{text}{label}は {len(chosen)}件です" + (f"（{_names(chosen)}）。" if chosen else "。")
        return _answer(q, chosen, understood, unused, summary, value=len(chosen) if q.aggregate == "count" else None)
    if len(marks) == 1 and len(asked) == 1 or len(pairs) == 1:
        mark = pairs[-1][1] if pairs else marks[0]
        negated = pairs[-1][2] if pairs else bool(_NEGATED.match(said[asked[0][2].end():]))
    else:
        mark, negated = "", False
    shown = f"「{legend.get(mark, '')}」（{mark}）"
    if len(years) == 2 and len(pairs) <= 1 and mark and (_EVERY.search(said) or _SPAN.search(said) or every_year):
        first, last = sorted(years, key=label_fiscal_year)
        span = [y for y in printed if label_fiscal_year(first) <= label_fiscal_year(y) <= label_fiscal_year(last)]
        chosen = [r for r in rows if all((state(r, y) == mark) != negated for y in span)]
        text = f"{_fy(first)}から{_fy(last)}まで毎年{shown}{'でない' if negated else 'の'}"
        understood.append({"field": "states_by_year", "op": "all", "value": [span, mark], "label": text})
    elif len(years) == 1 and mark and (_BACK.search(said) or _NEWLY.search(said)):
        year = years[0]
        back = _BACK.search(said)
        before = [y for y in printed if label_fiscal_year(y) < label_fiscal_year(year)]
        if not before:
            return _answer(q, [], understood, unused + [(back or _NEWLY.search(said)).group(0)],
                           f"{_fy(year)}より前の年度の状況が一覧にないため、前の年度から変わったかどうかは読めません。")
        prior = before[-1]
        if back:
            # (back to it: the year before printed another state, not a blank — a project only then begun is no return)
            chosen = [r for r in rows if state(r, year) == mark and state(r, prior) not in ("", mark)]
            text = f"{_fy(year)}に{shown}で、{_fy(prior)}は別の状況だった"
        else:
            chosen = [r for r in rows if state(r, year) == mark and state(r, prior) != mark]
            text = f"{_fy(year)}に{shown}で、{_fy(prior)}は{shown}でなかった"
        understood.append({"field": "states_by_year", "op": "back" if back else "became", "value": [prior, year, mark],
                           "label": text})
    elif len(pairs) == len(years) >= 1 and (len(pairs) > 1 or mark):
        chosen = [r for r in rows if all((state(r, y) == m) != neg for y, m, neg in pairs)]
        text = "、".join(f"{_fy(y)}が「{legend.get(m, '')}」（{m}）{'でない' if neg else ''}" for y, m, neg in pairs)
        text += "" if pairs[-1][2] else "の"
        for y, m, neg in pairs:
            understood.append({"field": "states_by_year", "op": "!=" if neg else "=", "value": [y, m],
                               "label": f"{_fy(y)}が「{legend.get(m, '')}」（{m}）{'でない' if neg else ''}"})
        if KIND == _ITEMS and not any(neg for _, _, neg in pairs):
            # (the question goes on from these items, 「その中で…」: its conditions are the states read here)
            from assistant.query.answer import Condition

            q.conditions = list(rest) + [
                Condition("states_by_year", "year_state_in", {"years": [y], "states": [m]},
                          f"{_fy(y)}が「{legend.get(m, '')}」") for y, m, _ in pairs]
    else:
        return None
    summary = f"{text}{label}は {len(chosen)}件です" + (f"（{_names(chosen)}）。" if chosen else "。")
    return _answer(q, chosen, understood, unused, summary, value=len(chosen) if q.aggregate == "count" else None)


# 「前年度より進捗が悪くなった」「前の年より良くなった」: a project's mark in the last year the table prints against
# the year before it, the legend's order (as printed, best first: ◎ 計画どおり, ○ 概ね順調, △ 遅れ) the scale.
_WORSE = compiled(r"悪くなっ|悪化|後退|下がっ|落ち")
_BETTER = compiled(r"良くなっ|よくなっ|改善|向上|上がっ")
_YEAR_BEFORE = compiled(r"前年度|前の年|昨年度|前年|去年")


def _turned(assistant: "Assistant", q: Query, said: str) -> Answer | None:
    """The projects whose mark got worse (or better) from the year before to the last year the table prints;
    None when the question says no such change."""
    worse, better = _WORSE.search(said), _BETTER.search(said)
    if not (worse or better) or (worse and better) or not _YEAR_BEFORE.search(said):
        return None
    rest = [c for c in q.conditions if not (c.field == "text" and (
        _WORSE.search(nfkc(str(c.value))) or _BETTER.search(nfkc(str(c.value))) or _YEAR_BEFORE.search(nfkc(str(c.value)))
        or _STATE_ASKED.search(nfkc(str(c.value))) or "進捗" in str(c.value)))]
    rows = _select(assistant, q, rest)
    states = {id(r): decoded(dict(r), ("states_by_year", "state_legend")) for r in rows}
    rows = [r for r in rows if isinstance(states[id(r)].get("states_by_year"), dict)]
    legends = {tuple(states[id(r)].get("state_legend") or {}) for r in rows}
    if not rows or len(legends) != 1:
        return None
    order = [m for m in next(iter(legends)) if m]
    printed = sorted({y for r in rows for y in states[id(r)]["states_by_year"]}, key=label_fiscal_year)
    if len(order) < 2 or len(printed) < 2:
        return None
    prior, year = printed[-2], printed[-1]

    def rank(row: dict, y: str) -> int | None:
        mark = str(states[id(row)]["states_by_year"].get(y) or "")
        return order.index(mark) if mark in order else None

    def turned(row: dict) -> bool:
        a, b = rank(row, prior), rank(row, year)
        return a is not None and b is not None and (b > a if worse else b < a)

    chosen = [r for r in rows if turned(r)]
    scale = " > ".join(order)
    text = f"{_fy(prior)}より{_fy(year)}の状況が{'悪く' if worse else '良く'}なった（凡例の順 {scale} で比べて）"
    understood = [c.to_dict() for c in rest] + [
        {"field": "states_by_year", "op": "worse" if worse else "better", "value": [prior, year, order], "label": text}]
    unused = [w for w in q.unused if not (_WORSE.search(nfkc(w)) or _BETTER.search(nfkc(w)) or _YEAR_BEFORE.search(nfkc(w))
                                          or "進捗" in w or _STATE_ASKED.search(nfkc(w)))]
    summary = f"{text}{kind_label(_KIND.get())}は {len(chosen)}件です" + (f"（{_names(chosen)}）。" if chosen else "。")
    return _answer(q, chosen, understood, unused, summary, value=len(chosen) if q.aggregate == "count" else None)


# 「準備から実施に切り替わった」: one state said, then from it (から) another the project changed into.
_FROM = compiled(r"\s*(?:から|→|->|⇒)\s*$")
_INTO = compiled(r"\s*(?:に|へ)?\s*(?:切り替わ|切替わ|切り替え|切替え|変わ|移っ|移行|移り|なっ|進ん|進み|転じ)")


def _change_said(asked: list[tuple[str, str, re.Match]], said: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((mark, word) before, (mark, word) after) of 「AからBに変わった」, the two states said in that order."""
    ordered = sorted(asked, key=lambda a: a[2].start())
    for (m1, w1, a1), (m2, w2, a2) in zip(ordered, ordered[1:]):
        if m1 != m2 and _FROM.match(said[a1.end():a2.start()]) and _INTO.match(said, a2.end()):
            return (m1, w1), (m2, w2)
    return None


def _select(assistant: "Assistant", q: Query, conditions: list) -> list[dict]:
    probe = copy.copy(q)
    probe.target = _KIND.get()
    probe.conditions, probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = \
        conditions, "", "", "", "", None
    probe = assistant.executor.resolve(probe)[0]
    return list(assistant.executor.select(probe)[0])


def _of_years(c, years: list[str], mentions) -> bool:
    """A condition the years said made (a year field, a document named by its year, the year as a word): the
    years are the table's columns here."""
    texts = {fy_text(y.fiscal_year) for y in mentions} | set(years)
    if is_year_field(c.field):
        # (a practice item's grade of a year said beside its state, 「7年度の評価がC」, stays a condition)
        return _KIND.get() != _ITEMS or c.op in ("evaluated", "not_evaluated")  # (「令和7年度に実施していない」 read as a grade's year: the year is the table's column here)
    if str(c.value) in years or (isinstance(c.value, list) and set(map(str, c.value)) & set(years)):
        return c.field not in ("departments", "members", "chair_city", "title", "no")
    if c.field == "source" and any(t in str(c.label) for t in texts):
        return True
    return c.field == "text" and bool(find_years(str(c.value)))


# 「6年度は検討中で7年度に実施中」: a year said by its number alone, in the era of the other years said (令和 when
# none is: the era of the plans these items are read from).
_BARE_YEAR = compiled(r"(?<![\d年度令和平成RHＲＨ/／.])(\d{1,2})\s*年度")


def _with_bare_years(said: str, mentions: list) -> list:
    from assistant.text.wareki import YearMention

    taken = [(y.start, y.end) for y in mentions]
    eras = {"H" if label.startswith("H") else "R" for label in (fy_label(y.fiscal_year) for y in mentions)}
    if len(eras) > 1 or any(label_fiscal_year(fy_label(y.fiscal_year)) >= 2100 for y in mentions):
        return mentions
    base = 1988 if eras == {"H"} else 2018
    out = list(mentions)
    for m in _BARE_YEAR.finditer(said):
        if not any(s < m.end() and m.start() < e for s, e in taken) and int(m.group(1)) >= 1:
            out.append(YearMention(m.start(1), m.end(), base + int(m.group(1))))
    return sorted(out, key=lambda y: y.start)


def _fy(label: str) -> str:
    return fy_text(label_fiscal_year(label))


def _names(rows: list[dict]) -> str:
    out = [f"{r.get('code', '')} {r.get('title') or ''}".strip() for r in rows[:10]]
    return "、".join(out) + (" ほか" if len(rows) > 10 else "")


def _answer(q: Query, rows: list[dict], understood: list[dict], unused: list[str], summary: str, value=None) -> Answer:
    unused = list(dict.fromkeys(unused))
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    return Answer(question=q.question, target=_KIND.get(), rows=rows, count=len(rows), value=value,
                  summary=caveat + summary, caveat=caveat, status="partial" if unused else ("exact" if rows else "no_match"),
                  unused=unused, understood=understood, query=q.to_dict())
